//! `plan diff` output: a terminal listing, or Markdown to paste as a pull-request comment or
//! as the "Endringer" section of a revised programme. Labels are English; values are as
//! written in the data (Norwegian).

use std::io::{self, Write};

use crate::diagnostic::Diagnostic;
use crate::diff::{Change, Diff, Field, FieldChange, ItemChange, ItemRef, Named, Presence};
use crate::model::Update;
use crate::render::items::markdown_cell;
use crate::render::style::Style;

fn summary(diff: &Diff) -> String {
    let c = diff.counts();
    format!(
        "{} added, {} removed, {} marked removed, {} changed",
        c.added, c.removed, c.marked_removed, c.changed
    )
}

fn presence(p: Presence) -> &'static str {
    match p {
        Presence::Added => " (new programme)",
        Presence::Removed => " (programme removed)",
        Presence::Changed => "",
    }
}

fn update_text(u: &Update) -> String {
    format!(
        "{}{}",
        u.status.map(|s| format!("[{s}] ")).unwrap_or_default(),
        u.text
    )
}

fn decision_text(d: &crate::model::Decision) -> String {
    let reference = d
        .reference
        .as_ref()
        .map(|r| format!(" {r}"))
        .unwrap_or_default();
    format!("{}{reference}: {}", d.body.value, d.text)
}

/// `short (kort sikt)`, `K2 (Desentralisert utdanning)`, `started`.
fn plain(n: &Named) -> String {
    match &n.name {
        Some(name) => format!("{} ({name})", n.value),
        None => n.value.clone(),
    }
}

fn plain_opt(n: &Option<Named>) -> String {
    n.as_ref().map_or_else(|| "(none)".to_string(), plain)
}

/// The lines a field change takes, without indentation.
fn human_change(c: &FieldChange, style: Style) -> Vec<String> {
    let field = c.field;
    match &c.change {
        Change::Value { old, new } => {
            vec![format!("{field}: {} → {}", plain_opt(old), plain_opt(new))]
        }
        Change::List { added, removed } => added
            .iter()
            .map(|n| format!("{field}: {} {}", style.good("+"), plain(n)))
            .chain(
                removed
                    .iter()
                    .map(|n| format!("{field}: {} {}", style.error("-"), plain(n))),
            )
            .collect(),
        Change::Updates { added } => added
            .iter()
            .map(|u| {
                format!(
                    "{field}: {} {}  {}",
                    style.good("+"),
                    u.date.value,
                    update_text(u)
                )
            })
            .collect(),
    }
}

/// For the terminal.
pub fn human(out: &mut dyn Write, diff: &Diff, style: Style) -> io::Result<()> {
    let title = format!("{} → {}", diff.from, diff.to);
    if diff.is_empty() {
        return writeln!(out, "no changes: {title}");
    }
    writeln!(out, "{}", style.bold(&title))?;
    for p in &diff.programmes {
        writeln!(
            out,
            "\n{}  {}{}",
            style.accent(&p.id),
            style.bold(&p.name),
            presence(p.change)
        )?;
        for c in &p.fields {
            for line in human_change(c, style) {
                writeln!(out, "  {line}")?;
            }
        }
        for d in &p.decisions_added {
            writeln!(out, "  decision added: {}  {}", d.date, decision_text(d))?;
        }
        let refs = |out: &mut dyn Write, label: &str, items: &[ItemRef]| -> io::Result<()> {
            if !items.is_empty() {
                writeln!(out, "  {}", style.bold(label))?;
            }
            for i in items {
                writeln!(out, "    {}  {}", style.accent(&i.id), i.title)?;
            }
            Ok(())
        };
        let changes = |out: &mut dyn Write, label: &str, items: &[ItemChange]| -> io::Result<()> {
            if !items.is_empty() {
                writeln!(out, "  {}", style.bold(label))?;
            }
            for i in items {
                writeln!(out, "    {}  {}", style.accent(&i.id), i.title)?;
                for c in &i.changes {
                    for line in human_change(c, style) {
                        writeln!(out, "      {line}")?;
                    }
                }
            }
            Ok(())
        };
        refs(out, "added", &p.added)?;
        refs(out, "removed", &p.removed)?;
        changes(out, "marked removed", &p.marked_removed)?;
        changes(out, "changed", &p.changed)?;
    }
    for (side, findings) in [
        (&diff.from, &diff.unreadable.from),
        (&diff.to, &diff.unreadable.to),
    ] {
        if findings.is_empty() {
            continue;
        }
        writeln!(
            out,
            "\n{}",
            style.bold(&format!("could not read in {side}"))
        )?;
        for d in findings {
            writeln!(out, "  {}", finding_line(d))?;
        }
    }
    writeln!(out, "\n{}", summary(diff))
}

fn finding_line(d: &Diagnostic) -> String {
    format!(
        "{}:{}:{}: {}[{}]: {}",
        d.path,
        d.line,
        d.column,
        d.severity.as_str(),
        d.code,
        d.message
    )
}

/// `` `short` kort sikt ``; titles as plain text.
fn md(field: Field, n: &Named) -> String {
    let id = if field == Field::Title {
        markdown_cell(&n.value)
    } else {
        format!("`{}`", n.value)
    };
    match &n.name {
        Some(name) => format!("{id} {}", markdown_cell(name)),
        None => id,
    }
}

fn md_opt(field: Field, n: &Option<Named>) -> String {
    n.as_ref()
        .map_or_else(|| "*(none)*".to_string(), |n| md(field, n))
}

fn markdown_change(c: &FieldChange) -> Vec<String> {
    let field = c.field;
    match &c.change {
        Change::Value { old, new } => vec![format!(
            "{field}: {} → {}",
            md_opt(field, old),
            md_opt(field, new)
        )],
        Change::List { added, removed } => added
            .iter()
            .map(|n| format!("{field} added: {}", md(field, n)))
            .chain(
                removed
                    .iter()
                    .map(|n| format!("{field} removed: {}", md(field, n))),
            )
            .collect(),
        Change::Updates { added } => added
            .iter()
            .map(|u| {
                format!(
                    "update: **{}** {}",
                    u.date.value,
                    markdown_cell(&update_text(u))
                )
            })
            .collect(),
    }
}

/// As Markdown: a `##` heading, a `###` section per programme, bullet lists.
pub fn markdown(out: &mut dyn Write, diff: &Diff) -> io::Result<()> {
    writeln!(out, "## Changes: `{}` → `{}`\n", diff.from, diff.to)?;
    if diff.is_empty() {
        return writeln!(out, "No changes.");
    }
    for p in &diff.programmes {
        writeln!(
            out,
            "### {} (`{}`){}\n",
            markdown_cell(&p.name),
            p.id,
            presence(p.change)
        )?;
        let mut top: Vec<String> = p.fields.iter().flat_map(markdown_change).collect();
        top.extend(p.decisions_added.iter().map(|d| {
            format!(
                "decision added: **{}** {}",
                d.date,
                markdown_cell(&decision_text(d))
            )
        }));
        if !top.is_empty() {
            for line in top {
                writeln!(out, "- {line}")?;
            }
            writeln!(out)?;
        }
        for (label, items) in [("Added", &p.added), ("Removed", &p.removed)] {
            if items.is_empty() {
                continue;
            }
            writeln!(out, "**{label}**\n")?;
            for i in items {
                writeln!(out, "- **{}** {}", i.id, markdown_cell(&i.title))?;
            }
            writeln!(out)?;
        }
        for (label, items) in [
            ("Marked removed", &p.marked_removed),
            ("Changed", &p.changed),
        ] {
            if items.is_empty() {
                continue;
            }
            writeln!(out, "**{label}**\n")?;
            for i in items {
                writeln!(out, "- **{}** {}", i.id, markdown_cell(&i.title))?;
                for line in i.changes.iter().flat_map(markdown_change) {
                    writeln!(out, "  - {line}")?;
                }
            }
            writeln!(out)?;
        }
    }
    if !diff.unreadable.from.is_empty() || !diff.unreadable.to.is_empty() {
        writeln!(out, "### Files that could not be read\n")?;
        for (side, findings) in [
            (&diff.from, &diff.unreadable.from),
            (&diff.to, &diff.unreadable.to),
        ] {
            for d in findings {
                writeln!(
                    out,
                    "- `{side}`: `{}:{}:{}` {}: {}",
                    d.path,
                    d.line,
                    d.column,
                    d.code,
                    markdown_cell(&d.message)
                )?;
            }
        }
        writeln!(out)?;
    }
    writeln!(out, "*{}.*", summary(diff))
}
