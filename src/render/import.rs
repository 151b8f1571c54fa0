//! `plan import` output: the findings in the workbook, each at its cell (`Tiltak!G12`) with
//! the row's item, then the change set as `plan diff` shows it under a heading naming the
//! spreadsheet, then a closing line.

use std::io::{self, Write};

use crate::diagnostic::Severity;
use crate::diff::Diff;
use crate::render::diff;
use crate::render::style::Style;
use crate::sheet::finding::Finding;
use crate::t;

/// Text from the workbook with control characters shown as `�`, so a cell cannot drive
/// the terminal.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// The findings, like `plan validate` shows them, located at cells.
pub(crate) fn findings(out: &mut dyn Write, findings: &[Finding], style: Style) -> io::Result<()> {
    for f in findings {
        let label = match f.severity {
            Severity::Error => style.error(&format!("{}[{}]", t!("validate-error"), f.code)),
            Severity::Warning => style.warning(&format!("{}[{}]", t!("validate-warning"), f.code)),
        };
        writeln!(out, "{label}: {}", style.bold(&printable(&f.message)))?;
        let place = match (&f.cell, &f.item) {
            (Some(cell), Some(item)) => format!("{cell} ({})", printable(item)),
            (Some(cell), None) => cell.to_string(),
            (None, Some(item)) => printable(item),
            (None, None) => String::new(),
        };
        if !place.is_empty() {
            writeln!(out, "  {} {place}", style.accent("-->"))?;
        }
        if let Some(help) = &f.help {
            writeln!(
                out,
                "   {} {}: {}",
                style.accent("="),
                style.bold(&t!("validate-help")),
                printable(help)
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// What the import of the spreadsheet `file` (its name) would do or did: the change set
/// under a heading that names the file, and a line saying whether it was written
/// (`written` lists the files then).
pub(crate) fn outcome(
    out: &mut dyn Write,
    file: &str,
    changes: &Diff,
    errors: usize,
    written: Option<&[String]>,
    style: Style,
) -> io::Result<()> {
    if errors > 0 {
        return writeln!(
            out,
            "{}",
            style.error(&crate::t!("import-errors", count = errors))
        );
    }
    let file = printable(file);
    if changes.is_empty() {
        return writeln!(out, "{}", crate::t!("import-no-changes", file = file));
    }
    let heading = crate::t!("import-changes", file = file);
    writeln!(out, "{}", style.bold(&heading))?;
    diff::human_changes(out, changes, style, crate::i18n::current())?;
    match written {
        Some(files) => writeln!(
            out,
            "{}",
            crate::t!("import-written", files = files.join(", "))
        ),
        None => writeln!(out, "{}", crate::t!("import-not-yet")),
    }
}
