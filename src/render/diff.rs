//! `plan diff` output: a terminal listing, or Markdown to paste as a pull-request comment or
//! as the "Endringer" section of a revised programme, labelled in bokmål, nynorsk or English.
//! Statuses are named in that language; other values are as written in the data.

use std::io::{self, Write};

use crate::diagnostic::Diagnostic;
use crate::diff::{
    Change, Correction, Diff, EntityFieldChange, Field, FieldChange, ItemChange, ItemRef, Named,
    Presence, ReferenceDiff, UpdatePart,
};
use crate::model::{Language, Status, Update};
use crate::render::diagnostics::{visible, visible_lines};

/// Before the continuation lines of a text from the data, deeper than any line of a human
/// diff, so that no line of data starts at column 0.
const CONTINUATION: &str = "        ";

/// Text from the data for the terminal: escaped, continuation lines indented.
fn shown(text: &str) -> String {
    visible_lines(text, CONTINUATION)
}
use crate::render::items::markdown_cell;
use crate::render::labels::{DiffLabels, Labels};
use crate::render::style::Style;

fn summary(diff: &Diff, l: &DiffLabels) -> String {
    l.counts(&diff.counts())
}

fn presence(p: Presence, l: &DiffLabels) -> String {
    match p {
        Presence::Added => format!(" ({})", l.new_programme),
        Presence::Removed => format!(" ({})", l.programme_removed),
        Presence::Changed => String::new(),
    }
}

fn labels(language: Language) -> &'static DiffLabels {
    &Labels::of(language).diff
}

/// A label with its first letter in upper case, for section titles.
fn title_case(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "[igangsatt] ": an update's status by name, before its text.
fn status_prefix(u: &Update, l: &DiffLabels) -> String {
    u.status
        .map(|s| format!("[{}] ", crate::words::name(l.language, s)))
        .unwrap_or_default()
}

fn update_text(u: &Update, l: &DiffLabels) -> String {
    format!("{}{}", status_prefix(u, l), shown(&u.text))
}

/// A changed value as people read it: a status by its name in the language, anything else
/// as written in the data.
fn value_text(field: Field, value: &str, l: &DiffLabels) -> String {
    match crate::words::parse::<Status>(value) {
        Some(status) if field == Field::Status => crate::words::name(l.language, status),
        _ if field.is_text() => shortened(value),
        _ => value.to_string(),
    }
}

/// Free text in one line of at most [`SHORT`] characters, so that an old → new pair fits in
/// 80 columns; the JSON has the whole text.
fn shortened(text: &str) -> String {
    shortened_to(text, SHORT)
}

const SHORT: usize = 28;

/// Text in one line of at most `max` characters, cut at a word's end where one is near.
fn shortened_to(text: &str, max: usize) -> String {
    let max = max.max(2);
    let words: Vec<&str> = text.split_whitespace().collect();
    let line = words.join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let cut: String = line.chars().take(max - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > max / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

/// An entry's key in at most `max` characters, its last word kept: a measurement's date
/// ends it.
fn shortened_key(key: &str, max: usize) -> String {
    match key.trim_end().rsplit_once(' ') {
        Some((head, last)) if key.chars().count() > max => {
            let head = shortened_to(head, max.saturating_sub(last.chars().count() + 1));
            format!("{head} {last}")
        }
        _ => shortened_to(key, max),
    }
}

/// The widest a line of a diff gets, its indentation included: an entry whose change would
/// be wider (a long indicator and its details) takes a second line, its parts shortened. A
/// file's path is the exception: it is never shortened or broken, so that it can be copied.
const LINE_WIDTH: usize = 80;

/// Before the second line of a change that takes two.
const SECOND_LINE: &str = "  ";

/// The room for a change's line after `indent` columns.
fn room(indent: usize) -> usize {
    LINE_WIDTH.saturating_sub(indent)
}

fn fits(line: &str, room: usize) -> bool {
    line.chars().count() <= room
}

/// An item's line under added, removed or changed: its id and title, the title shortened so
/// the line, indented by four, stays within [`LINE_WIDTH`] (`plan show` has it whole).
fn item_heading(style: Style, id: &str, title: &str) -> String {
    let used = ITEM_INDENT + id.chars().count() + 2;
    let title = shortened_to(&shown(title), room(used).max(SHORT));
    format!("{}  {title}", style.accent(id))
}

/// The indentation of an item's line in a programme's part of a diff.
const ITEM_INDENT: usize = 4;

/// An entry's old and new details from the first word where they differ, each short enough
/// that `old → new` fits a second line of `room` columns.
fn details_pair(
    old: &Option<String>,
    new: &Option<String>,
    room: usize,
) -> (Option<String>, Option<String>) {
    let half = room.saturating_sub(SECOND_LINE.len() + " → ".len()) / 2;
    let (old, new) = match (old, new) {
        (Some(o), Some(n)) => {
            let (o, n) = from_first_difference(o, n);
            (Some(o), Some(n))
        }
        _ => (old.clone(), new.clone()),
    };
    let short = |d: Option<String>| d.map(|d| shortened_to(&d, half));
    (short(old), short(new))
}

/// Two versions of a free text from the first word where they differ, so that the shortened
/// forms show what changed; other values as they are.
fn from_difference(
    field: Field,
    old: &Option<Named>,
    new: &Option<Named>,
) -> (Option<Named>, Option<Named>) {
    let (Some(o), Some(n), true) = (old, new, field.is_text()) else {
        return (old.clone(), new.clone());
    };
    let (old, new) = from_first_difference(&o.value, &n.value);
    (Some(Named::plain(&old)), Some(Named::plain(&new)))
}

/// Two texts from the first word where they differ, `…` where words were left out.
fn from_first_difference(old: &str, new: &str) -> (String, String) {
    let old_words: Vec<&str> = old.split_whitespace().collect();
    let new_words: Vec<&str> = new.split_whitespace().collect();
    let same = old_words
        .iter()
        .zip(&new_words)
        .take_while(|(a, b)| a == b)
        .count();
    let rest = |words: &[&str]| match same {
        0 => words.join(" "),
        _ => format!("…{}", words[same.min(words.len())..].join(" ")),
    };
    (rest(&old_words), rest(&new_words))
}

/// Two texts that differ only in spaces and line breaks, which a shortened line cannot show.
fn only_whitespace(old: &str, new: &str) -> bool {
    old != new && old.split_whitespace().eq(new.split_whitespace())
}

/// Two values that differ, each in its value or its name, only in spaces and line breaks.
fn named_only_whitespace(old: &Named, new: &Named) -> bool {
    let same = |a: &str, b: &str| a == b || only_whitespace(a, b);
    let names = match (&old.name, &new.name) {
        (Some(a), Some(b)) => same(a, b),
        (a, b) => a == b,
    };
    old != new && same(&old.value, &new.value) && names
}

/// `beskrivelse: bare mellomrom/linjeskift endret`, or for an entry whose details changed so,
/// `indikatorer: Studenter: bare mellomrom/linjeskift endret`; `value` as the caller writes it.
fn whitespace_change(l: &DiffLabels, name: &str, old: &Named, new: &Named, value: &str) -> String {
    if old.value == new.value {
        format!("{name}: {value}: {}", l.whitespace_only)
    } else {
        format!("{name}: {}", l.whitespace_only)
    }
}

/// A list's entries added and removed, less those that are one entry changed only in spaces
/// and line breaks (a goal, say): those first, as they are now.
fn respaced<'a>(
    added: &'a [Named],
    removed: &'a [Named],
) -> (Vec<&'a Named>, Vec<&'a Named>, Vec<&'a Named>) {
    let mut removed: Vec<&Named> = removed.iter().collect();
    let mut respaced = Vec::new();
    let mut rest = Vec::new();
    for n in added {
        match removed.iter().position(|r| named_only_whitespace(r, n)) {
            Some(at) => {
                removed.remove(at);
                respaced.push(n);
            }
            None => rest.push(n),
        }
    }
    (respaced, rest, removed)
}

/// `K4 har fått ny id K14`.
fn renamed(l: &DiffLabels, old: &str, new: &str) -> String {
    crate::tr!(l.language, "diff-renamed", old = old, new = new)
}

/// `koblingene fra K2, L4, L5 følger med`: the items whose links follow a new id, each as
/// `said` writes it.
fn relinked(l: &DiffLabels, items: &[String], said: impl Fn(&str) -> String) -> String {
    let items: Vec<String> = items.iter().map(|i| said(i)).collect();
    crate::tr!(l.language, "diff-relinked", items = items.join(", "))
}

/// A corrected update's date, `2023 → 2023-06` (or `2023` where it stayed), the dates as
/// `date` writes them.
fn correction_dates(c: &Correction, date: impl Fn(&Update) -> String) -> String {
    let (old, new) = (date(&c.old), date(&c.new));
    if c.old.date.value == c.new.date.value {
        new
    } else {
        format!("{old} → {new}")
    }
}

/// A corrected update's other changed parts, each `tekst: …gammel → …ny` with the values as
/// `said` writes them, each value shortened to half of `room`.
fn correction_parts(
    c: &Correction,
    l: &DiffLabels,
    room: usize,
    said: fn(&str) -> String,
) -> Vec<String> {
    let half = room.saturating_sub(" → ".len()) / 2;
    let status = |u: &Update| {
        u.status.map_or_else(
            || l.absent.to_string(),
            |s| crate::words::name(l.language, s),
        )
    };
    let source = |u: &Update| {
        u.source
            .as_ref()
            .map_or_else(|| l.absent.to_string(), crate::diff::source_text)
    };
    let by = |u: &Update| {
        u.by.as_ref()
            .map_or_else(|| l.absent.to_string(), |b| b.value.clone())
    };
    let (old, new) = (&c.old, &c.new);
    c.changed()
        .into_iter()
        .filter(|part| *part != UpdatePart::Date)
        .map(|part| {
            let label = l.update_part(part);
            let (old, new) = match part {
                UpdatePart::Text if only_whitespace(&old.text, &new.text) => {
                    return format!("{label}: {}", l.whitespace_only);
                }
                UpdatePart::Text => from_first_difference(&old.text, &new.text),
                UpdatePart::Status => (status(old), status(new)),
                UpdatePart::Source => (source(old), source(new)),
                UpdatePart::Date | UpdatePart::By => (by(old), by(new)),
            };
            let short = |text: &str| said(&shortened_to(text, half));
            value_change(l, &label, &short(&old), &short(&new))
        })
        .collect()
}

/// `statusoppdateringer: rettet 2023 → 2023-06, tekst: …Prosjektet Ung… → …Rettet tekst.`;
/// when too wide, each changed part on a line of its own. A correction of the date alone
/// names the update by its text.
fn human_correction(at: &Layout, c: &Correction, l: &DiffLabels) -> Vec<String> {
    let room = at.room();
    let dates = correction_dates(c, |u| u.date.value.to_string());
    let head = format!("{}: {} {dates}", at.name, l.update_corrected);
    let parts = correction_parts(c, l, room.saturating_sub(SECOND_LINE.len()), shown);
    if parts.is_empty() {
        let text = update_text(&c.new, l);
        let used = head.chars().count() + 2;
        return vec![format!(
            "{head}  {}",
            shortened_to(&text, room.saturating_sub(used))
        )];
    }
    let line = format!("{head}, {}", parts.join(", "));
    if fits(&line, room) {
        return vec![line];
    }
    std::iter::once(head)
        .chain(parts.into_iter().map(|p| format!("{SECOND_LINE}{p}")))
        .collect()
}

fn decision_text(d: &crate::model::Decision) -> String {
    let reference = d
        .reference
        .as_ref()
        .map(|r| format!(" {r}"))
        .unwrap_or_default();
    format!("{}{reference}: {}", d.body.value, d.text)
}

/// `short (kort sikt)`, `K2 (Desentralisert utdanning)`, `igangsatt`.
fn plain(field: Field, n: &Named, l: &DiffLabels) -> String {
    let value = shown(&value_text(field, &n.value, l));
    match &n.name {
        Some(name) => named(l, &value, &shown(name)),
        None => value,
    }
}

/// A value with its name, as the catalogue words it: `nav (NAV)`.
fn named(l: &DiffLabels, value: &str, name: &str) -> String {
    crate::tr!(l.language, "diff-named", value = value, name = name)
}

/// `field: old → new`: one changed value, as the catalogue words it for the diff, the
/// report's changes and `plan update` and `remove`.
fn value_change(l: &DiffLabels, field: &str, old: &str, new: &str) -> String {
    crate::tr!(
        l.language,
        "diff-value-change",
        field = field,
        old = old,
        new = new
    )
}

/// `status: igangsatt → tatt ut`, or `status: (ingen) → tatt ut`: an item's status changed
/// by a command, worded as `plan diff` words it.
pub(crate) fn status_change(language: Language, old: Option<Status>, new: Status) -> String {
    let l = labels(language);
    let name = |s: Status| crate::words::name(language, s);
    let old = old.map_or_else(|| l.absent.to_string(), name);
    value_change(l, &l.field(Field::Status), &old, &name(new))
}

fn plain_opt(field: Field, n: &Option<Named>, l: &DiffLabels) -> String {
    n.as_ref()
        .map_or_else(|| l.absent.to_string(), |n| plain(field, n, l))
}

/// An entry's details, old or new, where the entry itself stayed: `(none)` when it had none.
fn details(name: &Option<String>, l: &DiffLabels) -> String {
    name.clone().unwrap_or_else(|| l.absent.to_string())
}

/// The lines a field change takes after `indent` columns, without the indentation.
fn human_change(c: &FieldChange, style: Style, l: &DiffLabels, indent: usize) -> Vec<String> {
    let at = Layout {
        field: c.field,
        name: l.field(c.field),
        indent,
    };
    match &c.change {
        Change::Value {
            old: Some(Named { value, name: old }),
            new: Some(Named {
                value: same,
                name: new,
            }),
        } if value == same => human_details_change(&at, value, old, new, l),
        Change::Value {
            old: Some(old),
            new: Some(new),
        } if named_only_whitespace(old, new) => {
            let value = shown(&value_text(at.field, &new.value, l));
            vec![whitespace_change(l, &at.name, old, new, &value)]
        }
        Change::Value { old, new } => {
            let (old, new) = from_difference(at.field, old, new);
            human_value_change(&at, &old, &new, l)
        }
        Change::List { added, removed } => {
            let (respaced, added, removed) = respaced(added, removed);
            let room = at.room().saturating_sub(at.name.chars().count() + 2);
            (respaced.iter())
                .map(|n| {
                    let value = shortened_to(&value_text(at.field, &n.value, l), room / 2);
                    format!("{}: {}: {}", at.name, shown(&value), l.whitespace_only)
                })
                .chain(
                    (added.iter())
                        .flat_map(|n| human_list_entry(&at, ("+", style.good("+")), n, l)),
                )
                .chain(
                    (removed.iter())
                        .flat_map(|n| human_list_entry(&at, ("-", style.error("-")), n, l)),
                )
                .collect()
        }
        Change::Updates {
            added,
            corrected,
            removed,
        } => {
            let listed = |sign: String, u: &Update| {
                format!(
                    "{}: {sign} {}  {}",
                    at.name,
                    u.date.value,
                    update_text(u, l)
                )
            };
            (added.iter().map(|u| listed(style.good("+"), u)))
                .chain(corrected.iter().flat_map(|c| human_correction(&at, c, l)))
                .chain(removed.iter().map(|u| listed(style.error("-"), u)))
                .collect()
        }
    }
}

/// `indicators: Studenter: 100 (2026) personer → 120 (2026) personer`: an entry whose
/// details changed; when too wide, the details on a second line from where they differ.
fn human_details_change(
    at: &Layout,
    value: &str,
    old: &Option<String>,
    new: &Option<String>,
    l: &DiffLabels,
) -> Vec<String> {
    let (name, room) = (at.name.as_str(), at.room());
    let said = |d: &Option<String>| shown(&details(d, l));
    let value = shown(&value_text(at.field, value, l));
    if let (Some(o), Some(n)) = (old, new)
        && only_whitespace(o, n)
    {
        return vec![format!("{name}: {value}: {}", l.whitespace_only)];
    }
    let line = value_change(l, &format!("{name}: {value}"), &said(old), &said(new));
    if fits(&line, room) {
        return vec![line];
    }
    let value = shortened_key(&value, room.saturating_sub(name.chars().count() + 3));
    let (old, new) = details_pair(old, new, room);
    vec![
        format!("{name}: {value}:"),
        format!("{SECOND_LINE}{} → {}", said(&old), said(&new)),
    ]
}

/// `priority: (none) → short (kort sikt)`; when too wide, the new value on a second line.
fn human_value_change(
    at: &Layout,
    old: &Option<Named>,
    new: &Option<Named>,
    l: &DiffLabels,
) -> Vec<String> {
    let (old, new) = (plain_opt(at.field, old, l), plain_opt(at.field, new, l));
    arrow_lines(
        l,
        &at.name,
        (&old, &new),
        at.room(),
        at.field == Field::File,
    )
}

/// `name: old → new`; when wider than `room` (and not to be `kept` whole), the new value on
/// a second line, both shortened to fit.
fn arrow_lines(
    l: &DiffLabels,
    name: &str,
    (old, new): (&str, &str),
    room: usize,
    kept: bool,
) -> Vec<String> {
    let line = value_change(l, name, old, new);
    if kept || fits(&line, room) {
        return vec![line];
    }
    let old = shortened_to(old, room.saturating_sub(name.chars().count() + 2));
    let new = shortened_to(new, room.saturating_sub(SECOND_LINE.len() + 2));
    vec![format!("{name}: {old}"), format!("{SECOND_LINE}→ {new}")]
}

/// A reference entity's field change, its values as `said` writes them (for the terminal or
/// Markdown): `navn: NAV → NAV Ny`, `none` where a value was or became absent.
fn entity_change(
    c: &EntityFieldChange,
    l: &DiffLabels,
    indent: usize,
    (said, none): (fn(&str) -> String, &str),
) -> Vec<String> {
    let room = room(indent);
    let field = l.entity_field(&c.field);
    if let (Some(o), Some(n)) = (&c.old, &c.new)
        && only_whitespace(o, n)
    {
        return vec![format!("{field}: {}", l.whitespace_only)];
    }
    let value = |v: &Option<String>| {
        v.as_ref()
            .map_or_else(|| none.to_string(), |text| said(&shortened_to(text, room)))
    };
    let (old, new) = (value(&c.old), value(&c.new));
    arrow_lines(l, &field, (&old, &new), room, false)
}

/// `measurements: + Studenter 2025 (55 personer)`, the sign as `(plain, painted)`; when too
/// wide, the details on a second line.
fn human_list_entry(
    at: &Layout,
    (sign, painted): (&str, String),
    n: &Named,
    l: &DiffLabels,
) -> Vec<String> {
    let (name, room) = (at.name.as_str(), at.room());
    let text = plain(at.field, n, l);
    let (Some(details), false) = (&n.name, fits(&format!("{name}: {sign} {text}"), room)) else {
        return vec![format!("{name}: {painted} {text}")];
    };
    let used = name.chars().count() + 4;
    let value = shortened_key(
        &value_text(at.field, &n.value, l),
        room.saturating_sub(used),
    );
    let details = shortened_to(details, room.saturating_sub(SECOND_LINE.len() + 2));
    vec![
        format!("{name}: {painted} {}", shown(&value)),
        format!("{SECOND_LINE}({})", shown(&details)),
    ]
}

/// For the terminal, in `language`.
pub(crate) fn human(
    out: &mut dyn Write,
    diff: &Diff,
    style: Style,
    language: Language,
) -> io::Result<()> {
    let title = format!("{} → {}", diff.from, diff.to);
    if diff.is_empty() {
        return writeln!(
            out,
            "{}",
            crate::tr!(language, "diff-nothing", title = title)
        );
    }
    writeln!(out, "{}", style.bold(&title))?;
    human_changes(out, diff, style, language)
}

/// The changes of a diff that has some, under a title the caller wrote.
pub(crate) fn human_changes(
    out: &mut dyn Write,
    diff: &Diff,
    style: Style,
    language: Language,
) -> io::Result<()> {
    let l = labels(language);
    for p in &diff.programmes {
        writeln!(
            out,
            "\n{}  {}{}",
            style.accent(&p.id),
            style.bold(&shown(&p.name)),
            presence(p.change, l)
        )?;
        for c in &p.fields {
            for line in human_change(c, style, l, 2) {
                writeln!(out, "  {line}")?;
            }
        }
        for d in &p.decisions_added {
            let text = shown(&decision_text(d));
            writeln!(out, "  {}: {}  {text}", l.decision_added, d.date)?;
        }
        let refs = |out: &mut dyn Write, label: &str, items: &[ItemRef]| -> io::Result<()> {
            if !items.is_empty() {
                writeln!(out, "  {}", style.bold(label))?;
            }
            for i in items {
                writeln!(out, "    {}", item_heading(style, &i.id, &i.title))?;
            }
            Ok(())
        };
        let changes = |out: &mut dyn Write, label: &str, items: &[ItemChange]| -> io::Result<()> {
            if !items.is_empty() {
                writeln!(out, "  {}", style.bold(label))?;
            }
            for i in items {
                writeln!(out, "    {}", item_heading(style, &i.id, &i.title))?;
                if let Some(old) = &i.renamed_from {
                    writeln!(out, "      {}", renamed(l, &shown(old), &shown(&i.id)))?;
                }
                if !i.relinked.is_empty() {
                    writeln!(out, "      {}", relinked(l, &i.relinked, shown))?;
                }
                for c in &i.changes {
                    for line in human_change(c, style, l, 6) {
                        writeln!(out, "      {line}")?;
                    }
                }
            }
            Ok(())
        };
        refs(out, l.added, &p.added)?;
        refs(out, l.removed, &p.removed)?;
        changes(out, l.marked_removed, &p.marked_removed)?;
        changes(out, l.changed, &p.changed)?;
    }
    for r in &diff.references {
        human_references(out, r, style, l)?;
    }
    for (side, findings) in [
        (&diff.from, &diff.unreadable.from),
        (&diff.to, &diff.unreadable.to),
    ] {
        if findings.is_empty() {
            continue;
        }
        let heading = crate::tr!(language, "diff-unreadable-in", side = side.as_str());
        writeln!(out, "\n{}", style.bold(&heading))?;
        for d in findings {
            writeln!(out, "  {}", finding_line(d))?;
        }
    }
    writeln!(out, "\n{}", summary(diff, l))
}

/// Bodies, regions, municipalities or documents added, removed and changed.
fn human_references(
    out: &mut dyn Write,
    r: &ReferenceDiff,
    style: Style,
    l: &DiffLabels,
) -> io::Result<()> {
    writeln!(out, "\n{}", style.bold(l.kind(r.kind)))?;
    for (label, entities) in [(l.added, &r.added), (l.removed, &r.removed)] {
        if !entities.is_empty() {
            writeln!(out, "  {}", style.bold(label))?;
        }
        for e in entities {
            writeln!(out, "    {}  {}", style.accent(&e.id), shown(&e.name))?;
        }
    }
    if !r.changed.is_empty() {
        writeln!(out, "  {}", style.bold(l.changed))?;
    }
    for e in &r.changed {
        writeln!(out, "    {}  {}", style.accent(&e.id), shown(&e.name))?;
        for line in e
            .changes
            .iter()
            .flat_map(|c| entity_change(c, l, 6, (shown, l.absent)))
        {
            writeln!(out, "      {line}")?;
        }
    }
    Ok(())
}

/// The Markdown for one kind of reference entity.
fn markdown_references(out: &mut dyn Write, r: &ReferenceDiff, l: &DiffLabels) -> io::Result<()> {
    writeln!(out, "### {}\n", l.kind(r.kind))?;
    let line = |id: &str, name: &str| format!("**{id}** {}", markdown_cell(name));
    for (label, entities) in [(l.added, &r.added), (l.removed, &r.removed)] {
        for e in entities {
            writeln!(out, "- {}: {}", title_case(label), line(&e.id, &e.name))?;
        }
    }
    for e in &r.changed {
        writeln!(out, "- {}: {}", title_case(l.changed), line(&e.id, &e.name))?;
        let none = format!("*{}*", l.absent);
        for c in &e.changes {
            // A change too wide for one line continues inside its list item.
            let lines = entity_change(c, l, 4, (markdown_cell, &none));
            writeln!(out, "  - {}", lines.join("\n    "))?;
        }
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

/// `` `short` kort sikt ``; titles as plain text, statuses by name.
fn md(field: Field, n: &Named, l: &DiffLabels) -> String {
    let id = match field {
        Field::Title => markdown_cell(&n.value),
        _ if field.is_text() => markdown_cell(&value_text(field, &n.value, l)),
        Field::Status if value_text(field, &n.value, l) != n.value => {
            markdown_cell(&value_text(field, &n.value, l))
        }
        _ => code(&n.value),
    };
    match &n.name {
        Some(name) => named(l, &id, &markdown_cell(name)),
        None => id,
    }
}

fn md_opt(field: Field, n: &Option<Named>, l: &DiffLabels) -> String {
    n.as_ref()
        .map_or_else(|| format!("*{}*", l.absent), |n| md(field, n, l))
}

/// The lines of a field change as Markdown list items after `indent` columns; an entry too
/// wide for one line continues on the next, inside its item.
fn markdown_change(c: &FieldChange, l: &DiffLabels, indent: usize) -> Vec<String> {
    let at = Layout {
        field: c.field,
        name: l.field(c.field),
        indent,
    };
    match &c.change {
        Change::Value {
            old: Some(Named { value, name: old }),
            new: Some(Named {
                value: same,
                name: new,
            }),
        } if value == same => vec![md_details_change(&at, value, old, new, l)],
        Change::Value {
            old: Some(old),
            new: Some(new),
        } if named_only_whitespace(old, new) => {
            let value = md(at.field, &Named::plain(&new.value), l);
            vec![whitespace_change(l, &at.name, old, new, &value)]
        }
        Change::Value { old, new } => {
            let (old, new) = from_difference(at.field, old, new);
            vec![md_value_change(&at, &old, &new, l)]
        }
        Change::List { added, removed } => {
            let (respaced, added, removed) = respaced(added, removed);
            let room = at.room().saturating_sub(at.name.chars().count() + 2);
            (respaced.iter())
                .map(|n| {
                    let value = Named::plain(&shortened_to(&n.value, room / 2));
                    format!(
                        "{}: {}: {}",
                        at.name,
                        md(at.field, &value, l),
                        l.whitespace_only
                    )
                })
                .chain(added.iter().map(|n| md_list_entry(&at, l.list_added, n, l)))
                .chain((removed.iter()).map(|n| md_list_entry(&at, l.list_removed, n, l)))
                .collect()
        }
        Change::Updates {
            added,
            corrected,
            removed,
        } => (added.iter().map(|u| md_update(u, l, l.update)))
            .chain(corrected.iter().map(|c| md_correction(c, l)))
            .chain(
                removed
                    .iter()
                    .map(|u| md_update(u, l, &format!("{} {}", l.update, l.list_removed))),
            )
            .collect(),
    }
}

/// How a change's lines are laid out: its field, the field's label and the indentation.
struct Layout {
    field: Field,
    name: String,
    indent: usize,
}

impl Layout {
    fn room(&self) -> usize {
        room(self.indent)
    }
}

/// `indicators: `Studenter`: 100 (2026) personer → 120 (2026) personer`: an entry whose
/// details changed, whole: Markdown has no width to fit.
fn md_details_change(
    at: &Layout,
    value: &str,
    old: &Option<String>,
    new: &Option<String>,
    l: &DiffLabels,
) -> String {
    let said = |d: &Option<String>| markdown_cell(&details(d, l));
    let value = md(at.field, &Named::plain(value), l);
    if let (Some(o), Some(n)) = (old, new)
        && only_whitespace(o, n)
    {
        return format!("{}: {value}: {}", at.name, l.whitespace_only);
    }
    format!("{}: {value}: {} → {}", at.name, said(old), said(new))
}

/// `priority: *(none)* → `short` kort sikt`: a value replaced, whole.
fn md_value_change(
    at: &Layout,
    old: &Option<Named>,
    new: &Option<Named>,
    l: &DiffLabels,
) -> String {
    let field = at.field;
    value_change(l, &at.name, &md_opt(field, old, l), &md_opt(field, new, l))
}

/// `measurements added: `Studenter 2025` (55 personer)`, whole.
fn md_list_entry(at: &Layout, said: &str, n: &Named, l: &DiffLabels) -> String {
    format!("{} {said}: {}", at.name, md(at.field, n, l))
}

/// `update: **1 September 2024** (removed): Tatt ut av handlingsprogrammet.`, under `label`.
fn md_update(u: &Update, l: &DiffLabels, label: &str) -> String {
    let words = Labels::of(l.language);
    let status = u
        .status
        .map(|s| format!(" ({})", words.status(Some(s))))
        .unwrap_or_default();
    format!(
        "{label}: **{}**{status}: {}",
        words.date(u.date.value),
        markdown_cell(u.text.trim())
    )
}

/// `statusoppdatering rettet: **2023** → **juni 2023**, tekst: …Prosjektet Ung… → …Rettet
/// tekst.`; a correction of the date alone names the update by its text.
fn md_correction(c: &Correction, l: &DiffLabels) -> String {
    let words = Labels::of(l.language);
    let date = |u: &Update| format!("**{}**", words.date(u.date.value));
    let head = format!(
        "{} {}: {}",
        l.update,
        l.update_corrected,
        correction_dates(c, date)
    );
    let parts = correction_parts(c, l, LINE_WIDTH, markdown_cell);
    if parts.is_empty() {
        return format!("{head}: {}", markdown_cell(&shortened(&c.new.text)));
    }
    format!("{head}, {}", parts.join(", "))
}

/// One programme's changes as Markdown bullet lists under bold labels, without a heading: for
/// `plan diff --format markdown` and the report's "changes in the period".
pub(crate) fn programme_markdown(
    out: &mut dyn Write,
    p: &crate::diff::ProgrammeDiff,
    l: &DiffLabels,
) -> io::Result<()> {
    let mut top: Vec<String> = p
        .fields
        .iter()
        .flat_map(|c| markdown_change(c, l, 2))
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
            if let Some(old) = &i.renamed_from {
                let line = renamed(l, &markdown_cell(old), &markdown_cell(&i.id));
                writeln!(out, "  - {line}")?;
            }
            if !i.relinked.is_empty() {
                writeln!(out, "  - {}", relinked(l, &i.relinked, markdown_cell))?;
            }
            for line in i.changes.iter().flat_map(|c| markdown_change(c, l, 4)) {
                writeln!(out, "  - {line}")?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// As Markdown in `language`: a `##` heading, a `###` section per programme, bullet lists.
pub(crate) fn markdown(out: &mut dyn Write, diff: &Diff, language: Language) -> io::Result<()> {
    let l = labels(language);
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
    fn keys_are_shortened_keeping_their_last_word() {
        let key = "Kommunar med samarbeidsavtale med Ungt Entreprenørskap 2025-06";
        assert_eq!(shortened_key(key, 80), key);
        assert_eq!(
            shortened_key(key, 40),
            "Kommunar med samarbeidsavtale… 2025-06"
        );
        assert!(shortened_key(key, 40).chars().count() <= 40);
        assert_eq!(shortened_key("Studenter", 5), "Stud…");
    }

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
            Field::TitleEditorial,
            Field::Period,
            Field::Description,
            Field::Goals,
            Field::LinksNote,
            Field::Places,
            Field::MentionedRegions,
            Field::MentionedMunicipalities,
            Field::MentionedPlaces,
            Field::Indicators,
            Field::Measurements,
            Field::Funding,
            Field::People,
            Field::Sources,
            Field::Notes,
            Field::Updates,
        ];
        for field in fields {
            assert_eq!(
                labels(Language::En).field(field),
                field.as_str().replace('_', " ")
            );
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

    fn update(date: &str, text: &str) -> Update {
        Update {
            date: crate::model::Spanned {
                value: crate::model::Date::parse(date).expect("a date"),
                pos: crate::model::Pos::default(),
            },
            status: None,
            text: text.to_string(),
            source: None,
            by: None,
        }
    }

    fn correction_lines(old: Update, new: Update, indent: usize) -> Vec<String> {
        let at = Layout {
            field: Field::Updates,
            name: labels(Language::Nb).field(Field::Updates),
            indent,
        };
        human_correction(&at, &Correction { old, new }, labels(Language::Nb))
    }

    #[test]
    fn a_corrected_update_shows_its_date_and_text_old_and_new() {
        let (old, new) = (update("2023", "Gammel."), update("2023-06", "Ny."));
        assert_eq!(
            correction_lines(old.clone(), new.clone(), 6),
            ["statusoppdateringer: rettet 2023 → 2023-06, tekst: Gammel. → Ny."]
        );
        // Too wide for one line, the text takes a line of its own.
        assert_eq!(
            correction_lines(old, new, 20),
            [
                "statusoppdateringer: rettet 2023 → 2023-06",
                "  tekst: Gammel. → Ny.",
            ]
        );
    }

    #[test]
    fn a_correction_of_the_date_alone_names_the_update_and_of_spaces_says_so() {
        let text = "Prosjektet ble avsluttet.";
        assert_eq!(
            correction_lines(update("2023", text), update("2023-06", text), 6),
            ["statusoppdateringer: rettet 2023 → 2023-06  Prosjektet ble avsluttet."]
        );
        assert_eq!(
            correction_lines(
                update("2023", text),
                update("2023", "Prosjektet  ble\navsluttet."),
                6
            ),
            ["statusoppdateringer: rettet 2023, tekst: bare mellomrom/linjeskift endret"]
        );
    }

    #[test]
    fn a_value_changed_only_in_spaces_says_so_instead_of_showing_nothing() {
        let change = |old: &str, new: &str| FieldChange {
            field: Field::Description,
            change: Change::Value {
                old: Some(Named::plain(old)),
                new: Some(Named::plain(new)),
            },
        };
        let l = labels(Language::Nb);
        let human = |c: &FieldChange| human_change(c, Style::default(), l, 6);
        assert_eq!(
            human(&change("To  ord.\n", "To ord.")),
            ["beskrivelse: bare mellomrom/linjeskift endret"]
        );
        assert_eq!(
            markdown_change(&change("To  ord.", "To ord."), l, 4),
            ["beskrivelse: bare mellomrom/linjeskift endret"]
        );
        assert_eq!(
            human(&change("To ord.", "Tre ord.")),
            ["beskrivelse: To ord. → Tre ord."]
        );
        assert_eq!(
            human_change(
                &change("Ein  tekst", "Ein tekst"),
                Style::default(),
                labels(Language::Nn),
                6
            ),
            ["skildring: berre mellomrom/linjeskift endra"]
        );
    }

    #[test]
    fn a_goal_changed_only_in_spaces_is_one_entry_that_says_so() {
        let change = FieldChange {
            field: Field::Goals,
            change: Change::List {
                added: vec![Named::plain("Flere  lærlinger."), Named::plain("Nytt mål.")],
                removed: vec![Named::plain("Flere lærlinger.")],
            },
        };
        let l = labels(Language::Nb);
        assert_eq!(
            human_change(&change, Style::default(), l, 6),
            [
                "mål: Flere lærlinger.: bare mellomrom/linjeskift endret",
                "mål: + Nytt mål.",
            ]
        );
        assert_eq!(
            markdown_change(&change, l, 4),
            [
                "mål: Flere lærlinger.: bare mellomrom/linjeskift endret",
                "mål lagt til: Nytt mål.",
            ]
        );
    }
}
