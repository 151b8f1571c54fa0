//! `plan import` output: the findings in the workbook, each at its cell (`Tiltak!G12`) with
//! the row's item, then the change set as `plan diff` shows it under a heading naming the
//! spreadsheet, then a closing line.

use std::io::{self, Write};

use crate::diagnostic::Severity;
use crate::diff::Diff;
use crate::render::diff;
use crate::render::style::Style;
use crate::render::wrap::{self, Breaks};
use crate::sheet::finding::Finding;
use crate::t;

/// Text from the workbook with control characters shown as `�`, so a cell cannot drive
/// the terminal.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// The findings, like `plan validate` shows them, located at cells; messages and help
/// fitted to `width` (none: every line whole), their further lines indented.
pub(crate) fn findings(
    out: &mut dyn Write,
    findings: &[Finding],
    style: Style,
    width: Option<u16>,
) -> io::Result<()> {
    for f in findings {
        let (word, paint): (String, fn(Style, &str) -> String) = match f.severity {
            Severity::Error => (t!("validate-error"), Style::error),
            Severity::Warning => (t!("validate-warning"), Style::warning),
        };
        let label = format!("{word}[{}]: ", f.code);
        let message = fitted(&printable(&f.message), wrap::width(&label), "    ", width);
        let mut lines = message.iter();
        let first = lines.next().map(String::as_str).unwrap_or_default();
        let label = paint(style, label.trim_end_matches(' '));
        writeln!(out, "{label} {}", style.bold(first))?;
        for line in lines {
            writeln!(out, "    {}", style.bold(line))?;
        }
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
            let word = t!("validate-help");
            let lead = wrap::width(&format!("   = {word}: "));
            let help = fitted(&printable(help), lead, "     ", width);
            let mut lines = help.iter();
            let first = lines.next().map(String::as_str).unwrap_or_default();
            writeln!(
                out,
                "   {} {}: {first}",
                style.accent("="),
                style.bold(&word)
            )?;
            for line in lines {
                writeln!(out, "     {line}")?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// `text` in lines that fit `width` when the first follows `lead` columns of other text and
/// the others `indent`; one line when there is no width.
fn fitted(text: &str, lead: usize, indent: &str, width: Option<u16>) -> Vec<String> {
    let Some(width) = width.map(usize::from) else {
        return vec![text.to_string()];
    };
    let first = width.saturating_sub(lead).max(1);
    let rest = width.saturating_sub(wrap::width(indent)).max(1);
    wrap::wrap(text, first, rest, Breaks::Prose)
        .into_iter()
        .map(|line| line.text)
        .collect()
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
