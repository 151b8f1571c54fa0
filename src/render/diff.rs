//! `plan diff` output: a terminal listing, or Markdown to paste as a pull-request comment or
//! as the "Endringer" section of a revised programme. The terminal listing is labelled in
//! English; the Markdown in bokmål, nynorsk or English. Values are as written in the data.

use std::io::{self, Write};

use crate::diagnostic::Diagnostic;
use crate::diff::{
    Change, Diff, EntityRef, Field, FieldChange, ItemChange, ItemRef, Named, Presence,
    ReferenceDiff,
};
use crate::model::{Language, Update};
use crate::render::diagnostics::visible;
use crate::render::items::markdown_cell;
use crate::render::labels::{DiffLabels, Labels};
use crate::render::style::Style;

fn summary(diff: &Diff, l: &DiffLabels) -> String {
    let c = diff.counts();
    format!(
        "{} {}, {} {}, {} {}, {} {}",
        c.added,
        l.added,
        c.removed,
        l.removed,
        c.marked_removed,
        l.marked_removed,
        c.changed,
        l.changed
    )
}

fn presence(p: Presence, l: &DiffLabels) -> String {
    match p {
        Presence::Added => format!(" ({})", l.new_programme),
        Presence::Removed => format!(" ({})", l.programme_removed),
        Presence::Changed => String::new(),
    }
}

/// The terminal listing's labels.
fn english() -> &'static DiffLabels {
    &Labels::of(Language::En).diff
}

/// A label with its first letter in upper case, for section titles.
fn title_case(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
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
            presence(p.change, english())
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
    for r in &diff.references {
        human_references(out, r, style)?;
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
    writeln!(out, "\n{}", summary(diff, english()))
}

/// Bodies, regions, municipalities or documents added, removed and changed.
fn human_references(out: &mut dyn Write, r: &ReferenceDiff, style: Style) -> io::Result<()> {
    writeln!(out, "\n{}", style.bold(english().kind(r.kind)))?;
    for (label, entities) in [("added", &r.added), ("removed", &r.removed)] {
        if !entities.is_empty() {
            writeln!(out, "  {}", style.bold(label))?;
        }
        for e in entities {
            writeln!(out, "    {}  {}", style.accent(&e.id), e.name)?;
        }
    }
    if !r.changed.is_empty() {
        writeln!(out, "  {}", style.bold("changed"))?;
    }
    for e in &r.changed {
        writeln!(
            out,
            "    {}  {}: {}",
            style.accent(&e.id),
            e.name,
            e.fields.join(", ")
        )?;
    }
    Ok(())
}

/// The Markdown for one kind of reference entity.
fn markdown_references(out: &mut dyn Write, r: &ReferenceDiff, l: &DiffLabels) -> io::Result<()> {
    writeln!(out, "### {}\n", l.kind(r.kind))?;
    let line = |e: &EntityRef| format!("**{}** {}", e.id, markdown_cell(&e.name));
    for (label, entities) in [(l.added, &r.added), (l.removed, &r.removed)] {
        for e in entities {
            writeln!(out, "- {}: {}", title_case(label), line(e))?;
        }
    }
    for e in &r.changed {
        writeln!(
            out,
            "- {}: **{}** {} ({})",
            title_case(l.changed),
            e.id,
            markdown_cell(&e.name),
            e.fields.join(", ")
        )?;
    }
    writeln!(out)
}

fn finding_line(d: &Diagnostic) -> String {
    format!(
        "{}:{}:{}: {}[{}]: {}",
        visible(&d.path),
        d.line,
        d.column,
        d.severity.as_str(),
        d.code,
        visible(&d.message)
    )
}

/// A value as a Markdown code span; one that holds the span's delimiter or a line break
/// (and so could end it) is escaped as plain text instead.
fn code(text: &str) -> String {
    if text.contains(['`', '\n', '\r']) {
        markdown_cell(text)
    } else {
        format!("`{text}`")
    }
}

/// `` `short` kort sikt ``; titles as plain text.
fn md(field: Field, n: &Named) -> String {
    let id = if field == Field::Title {
        markdown_cell(&n.value)
    } else {
        code(&n.value)
    };
    match &n.name {
        Some(name) => format!("{id} {}", markdown_cell(name)),
        None => id,
    }
}

fn md_opt(field: Field, n: &Option<Named>, l: &DiffLabels) -> String {
    n.as_ref()
        .map_or_else(|| format!("*({})*", l.none), |n| md(field, n))
}

fn markdown_change(c: &FieldChange, l: &DiffLabels) -> Vec<String> {
    let field = c.field;
    let name = l.field(field);
    match &c.change {
        Change::Value { old, new } => vec![format!(
            "{name}: {} → {}",
            md_opt(field, old, l),
            md_opt(field, new, l)
        )],
        Change::List { added, removed } => added
            .iter()
            .map(|n| format!("{name} {}: {}", l.list_added, md(field, n)))
            .chain(
                removed
                    .iter()
                    .map(|n| format!("{name} {}: {}", l.list_removed, md(field, n))),
            )
            .collect(),
        Change::Updates { added } => added
            .iter()
            .map(|u| {
                format!(
                    "{}: **{}** {}{}",
                    l.update,
                    u.date.value,
                    u.status.map(|s| format!("[{s}] ")).unwrap_or_default(),
                    markdown_cell(&u.text)
                )
            })
            .collect(),
    }
}

/// As Markdown: a `##` heading, a `###` section per programme, bullet lists.
/// One programme's changes as Markdown bullet lists under bold labels, without a heading: for
/// `plan diff --format markdown` and the report's "changes in the period".
pub fn programme_markdown(
    out: &mut dyn Write,
    p: &crate::diff::ProgrammeDiff,
    l: &DiffLabels,
) -> io::Result<()> {
    let mut top: Vec<String> = p
        .fields
        .iter()
        .flat_map(|c| markdown_change(c, l))
        .collect();
    top.extend(p.decisions_added.iter().map(|d| {
        format!(
            "{}: **{}** {}",
            l.decision_added,
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
    for (label, items) in [(l.added, &p.added), (l.removed, &p.removed)] {
        if items.is_empty() {
            continue;
        }
        writeln!(out, "**{}**\n", title_case(label))?;
        for i in items {
            writeln!(out, "- **{}** {}", i.id, markdown_cell(&i.title))?;
        }
        writeln!(out)?;
    }
    for (label, items) in [
        (l.marked_removed, &p.marked_removed),
        (l.changed, &p.changed),
    ] {
        if items.is_empty() {
            continue;
        }
        writeln!(out, "**{}**\n", title_case(label))?;
        for i in items {
            writeln!(out, "- **{}** {}", i.id, markdown_cell(&i.title))?;
            for line in i.changes.iter().flat_map(|c| markdown_change(c, l)) {
                writeln!(out, "  - {line}")?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

pub fn markdown(out: &mut dyn Write, diff: &Diff, l: &DiffLabels) -> io::Result<()> {
    writeln!(out, "## {}: `{}` → `{}`\n", l.changes, diff.from, diff.to)?;
    if diff.is_empty() {
        return writeln!(out, "{}", l.no_changes);
    }
    for p in &diff.programmes {
        writeln!(
            out,
            "### {} (`{}`){}\n",
            markdown_cell(&p.name),
            p.id,
            presence(p.change, l)
        )?;
        programme_markdown(out, p, l)?;
    }
    for r in &diff.references {
        markdown_references(out, r, l)?;
    }
    if !diff.unreadable.from.is_empty() || !diff.unreadable.to.is_empty() {
        writeln!(out, "### {}\n", l.unreadable)?;
        for (side, findings) in [
            (&diff.from, &diff.unreadable.from),
            (&diff.to, &diff.unreadable.to),
        ] {
            for d in findings {
                writeln!(
                    out,
                    "- {}: {} {}: {}",
                    code(side),
                    code(&format!("{}:{}:{}", d.path, d.line, d.column)),
                    d.code,
                    markdown_cell(&d.message)
                )?;
            }
        }
        writeln!(out)?;
    }
    writeln!(out, "*{}.*", summary(diff, l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_field_labels_are_the_field_names() {
        let fields = [
            Field::Name,
            Field::File,
            Field::Title,
            Field::Theme,
            Field::Level,
            Field::Priority,
            Field::Status,
            Field::Links,
            Field::Responsible,
            Field::Partners,
            Field::Documents,
            Field::Regions,
            Field::Municipalities,
            Field::Updates,
        ];
        for field in fields {
            assert_eq!(english().field(field), field.as_str());
        }
        assert_eq!(
            Labels::of(Language::Nb).diff.field(Field::Partners),
            "samarbeidspartnere"
        );
        assert_eq!(
            Labels::of(Language::Nn).diff.field(Field::Links),
            "koplingar"
        );
    }
}
