//! One item in full: fields with names resolved, links with titles, backlinks, places,
//! status history newest first, sources. For people (terminal), Markdown, or JSON.

use std::io::{self, Write};

use serde::Serialize;

use crate::index::{ItemIx, Repository};
use crate::indicator::Progress;
use crate::model::*;
use crate::query::link_label;
use crate::render::diagnostics::{visible, visible_lines};
use crate::render::style::Style;
use crate::render::wrap::{self, Breaks};
use crate::text::fold;
use crate::words;
use crate::{i18n, t};

/// A linked item as shown: how it is named from here, and its title.
#[derive(Debug, Serialize)]
pub(crate) struct LinkView {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) removed: bool,
}

/// A named reference: id and display name.
#[derive(Debug, Serialize)]
pub(crate) struct NamedRef {
    pub(crate) id: String,
    pub(crate) name: String,
}

/// Everything `plan show` shows, computed once for every format.
#[derive(Debug, Serialize)]
pub(crate) struct ItemView<'a> {
    pub(crate) id: String,
    pub(crate) programme: NamedRef,
    pub(crate) theme: NamedRef,
    pub(crate) level: Option<NamedRef>,
    pub(crate) title: &'a str,
    pub(crate) title_editorial: bool,
    pub(crate) status: Option<Status>,
    pub(crate) priority: Option<&'a Priority>,
    pub(crate) period: Option<String>,
    pub(crate) responsible: Vec<NamedRef>,
    pub(crate) partners: Vec<NamedRef>,
    pub(crate) links: Vec<LinkView>,
    pub(crate) unresolved_links: Vec<String>,
    pub(crate) backlinks: Vec<LinkView>,
    pub(crate) documents: Vec<NamedRef>,
    pub(crate) links_note: Option<&'a str>,
    pub(crate) regions: Vec<NamedRef>,
    pub(crate) municipalities: Vec<NamedRef>,
    pub(crate) places: Vec<NamedRef>,
    /// Places the text only names (examples, partners' locations): not the item's scope.
    pub(crate) mentions: Vec<NamedRef>,
    /// Newest first.
    pub(crate) updates: Vec<&'a Update>,
    pub(crate) indicators: Vec<IndicatorView<'a>>,
    pub(crate) funding: Vec<FundingView<'a>>,
    pub(crate) people: Vec<NamedRef>,
    pub(crate) goals: &'a [String],
    pub(crate) description: Option<&'a str>,
    pub(crate) sources: &'a [Source],
    pub(crate) notes: Option<&'a str>,
    pub(crate) file: &'a str,
}

/// An indicator with where it stands on the day shown (`--as-of`, else today), as
/// `plan list --behind` judges it.
#[derive(Debug, Serialize)]
pub(crate) struct IndicatorView<'a> {
    #[serde(flatten)]
    pub(crate) indicator: &'a Indicator,
    pub(crate) progress: Progress,
}

/// An indicator on one line: "Kommunar med avtale: 7 kommunar (2021-06); target 26 by 2022-06
/// — behind".
fn indicator_line(view: &IndicatorView) -> String {
    let i = view.indicator;
    let value = |v: f64, d: &crate::model::Date| format!("{v} {} ({d})", i.unit);
    let mut parts = Vec::new();
    if let Some(b) = &i.baseline {
        parts.push(t!("show-baseline", value = value(b.value, &b.date.value)));
    }
    parts.extend(
        i.measurements
            .iter()
            .map(|m| t!("show-measured", value = value(m.value, &m.date.value))),
    );
    parts.push(t!(
        "show-target",
        value = value(i.target.value, &i.target.date.value)
    ));
    let progress = t!("report-progress", progress = view.progress.code());
    format!("{}: {} — {progress}", i.name, parts.join("; "))
}

/// The places an item mentions, named: regions, municipalities, then other places.
fn mention_names(repo: &Repository, m: &Mentions) -> Vec<NamedRef> {
    let regions = m
        .regions
        .iter()
        .map(|r| named(&r.value, repo.region_name(&r.value)));
    let municipalities = m
        .municipalities
        .iter()
        .map(|n| named(&n.value, repo.municipality_name(&n.value)));
    let places = m.places.iter().map(|p| place(repo, p));
    regions.chain(municipalities).chain(places).collect()
}

fn named(id: &str, name: &str) -> NamedRef {
    NamedRef {
        id: id.to_string(),
        name: name.to_string(),
    }
}

fn link_view(repo: &Repository, from: ItemIx, to: ItemIx) -> LinkView {
    LinkView {
        id: link_label(repo, from, to).into_owned(),
        title: repo.items[to].title.clone(),
        removed: repo.items[to].is_removed(),
    }
}

impl<'a> ItemView<'a> {
    /// The item as it stands on `day`, which judges its indicators' progress.
    pub(crate) fn new(repo: &'a Repository, ix: ItemIx, day: Date) -> Self {
        let item = &repo.items[ix];
        let (programme, theme, level) = placement(repo, item);
        let bodies = |list: &[Spanned<String>]| {
            list.iter()
                .map(|b| named(&b.value, repo.body_name(&b.value)))
                .collect()
        };
        ItemView {
            id: repo.display_id(ix, None),
            programme,
            theme,
            level,
            title: &item.title,
            title_editorial: item.title_editorial,
            status: item.current_status(),
            priority: item.priority.as_ref(),
            period: item.period.as_ref().map(ToString::to_string),
            responsible: bodies(&item.responsible),
            partners: bodies(&item.partners),
            links: repo.links_out[ix]
                .iter()
                .map(|&to| link_view(repo, ix, to))
                .collect(),
            unresolved_links: item
                .links
                .iter()
                .filter(|l| repo.resolve_link(item, &l.value).is_none())
                .map(|l| l.value.clone())
                .collect(),
            backlinks: repo.links_in[ix]
                .iter()
                .map(|&from| link_view(repo, ix, from))
                .collect(),
            documents: documents(repo, item),
            links_note: item.links_note.as_deref(),
            regions: item
                .regions
                .iter()
                .map(|r| named(&r.value, repo.region_name(&r.value)))
                .collect(),
            municipalities: item
                .municipalities
                .iter()
                .map(|m| named(&m.value, repo.municipality_name(&m.value)))
                .collect(),
            places: item.places.iter().map(|p| place(repo, p)).collect(),
            mentions: mention_names(repo, item.mentions()),
            updates: newest_first(&item.updates),
            indicators: item
                .indicators
                .iter()
                .map(|indicator| IndicatorView {
                    indicator,
                    progress: crate::indicator::progress(indicator, day),
                })
                .collect(),
            funding: item.funding.iter().map(|f| funding_view(repo, f)).collect(),
            people: item.people.iter().map(|p| person(repo, p)).collect(),
            goals: &item.goals,
            description: item.description.as_deref(),
            sources: &item.sources,
            notes: item.notes.as_deref(),
            file: &item.path,
        }
    }
}

/// Where an item sits: its programme, its theme and its level, by the programme's names
/// (a level the programme does not name by the word for it).
fn placement(repo: &Repository, item: &Item) -> (NamedRef, NamedRef, Option<NamedRef>) {
    let programme = repo.programme_of(item);
    let programme_ref = named(
        &item.programme.value,
        programme.map_or(&item.programme.value, |p| &p.name),
    );
    let theme = named(
        &item.theme.value,
        programme
            .and_then(|p| p.theme(&item.theme.value))
            .map_or("", |t| t.name.as_str()),
    );
    let level = item.level.as_ref().map(|l| {
        named(
            l.value.as_str(),
            &programme
                .and_then(|p| p.level_name(l.value))
                .map_or_else(|| words::name(i18n::current(), l.value), str::to_string),
        )
    });
    (programme_ref, theme, level)
}

/// The documents an item names, by title where the repository has it.
fn documents(repo: &Repository, item: &Item) -> Vec<NamedRef> {
    item.documents
        .iter()
        .map(|d| {
            named(
                &d.value,
                repo.documents
                    .get(&d.value)
                    .map_or(&d.value, |doc| &doc.title),
            )
        })
        .collect()
}

/// A place with its municipality: "Fagernes (Nord-Aurdal)".
fn place(repo: &Repository, p: &Place) -> NamedRef {
    let municipality = repo.municipality_name(&p.municipality.value);
    named(
        &p.municipality.value,
        &format!("{} ({municipality})", p.name),
    )
}

/// Updates newest first; of two on one date, the one listed later is the newer.
fn newest_first(updates: &[Update]) -> Vec<&Update> {
    let mut updates: Vec<&Update> = updates.iter().rev().collect();
    updates.sort_by(|a, b| b.date.value.chronological(&a.date.value));
    updates
}

fn funding_view<'a>(repo: &Repository, f: &'a Funding) -> FundingView<'a> {
    let body_name = |b: &Spanned<String>| repo.body_name(&b.value).to_string();
    FundingView {
        funding: f,
        from_name: f.from.as_ref().map(body_name),
        share_names: f
            .of_which
            .iter()
            .map(|s| s.from.as_ref().map(body_name))
            .collect(),
    }
}

/// A person with role and body: "Kari Nordmann (prosjektleder, NAV Innlandet)".
fn person(repo: &Repository, p: &Person) -> NamedRef {
    let body = p
        .body
        .as_ref()
        .map(|b| format!(", {}", repo.body_name(&b.value)))
        .unwrap_or_default();
    named(&p.name, &format!("{} ({}{body})", p.name, p.role))
}

fn names(list: &[NamedRef]) -> String {
    list.iter()
        .map(|n| n.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn source_line(s: &Source) -> String {
    let mut line = s.title.clone();
    for part in [
        s.publisher.clone(),
        s.section.clone(),
        s.date.map(|d| d.to_string()),
        s.url.clone(),
    ]
    .into_iter()
    .flatten()
    {
        line.push_str(", ");
        line.push_str(&part);
    }
    line
}

/// A funding entry with the granting body's name resolved.
#[derive(Debug, Serialize)]
pub(crate) struct FundingView<'a> {
    #[serde(flatten)]
    pub(crate) funding: &'a Funding,
    pub(crate) from_name: Option<String>,
    /// The granting body's name for each part in `of_which`.
    pub(crate) share_names: Vec<Option<String>>,
}

/// An amount as the source states it: "ca. 4 000 000" when it is approximate.
fn amount_text(amount: i64, approximate: bool) -> String {
    let amount = group_thousands(amount);
    if approximate {
        t!("show-approximately", amount = amount)
    } else {
        amount
    }
}

fn funding_line(view: &FundingView) -> String {
    let f = view.funding;
    let mut line = format!("{} {}", amount_text(f.amount, f.approximate), f.currency);
    if let Some(from) = &view.from_name {
        line.push_str(&format!(" {}", t!("show-from", body = from.as_str())));
    }
    if let Some(p) = &f.period {
        line.push_str(&format!(" ({p})"));
    }
    if let Some(text) = &f.text {
        line.push_str(&format!(" — {text}"));
    }
    for (share, from) in f.of_which.iter().zip(&view.share_names) {
        let amount = format!(
            "{} {}",
            amount_text(share.amount, share.approximate),
            f.currency
        );
        line.push_str(&format!("; {}", t!("show-of-which", amount = amount)));
        if let Some(from) = from {
            line.push_str(&format!(" {}", t!("show-from", body = from.as_str())));
        }
    }
    line
}

/// `34000000` → `34 000 000`, as Norwegian texts write amounts.
pub(crate) fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// A link's id, padded to `id_width` columns so the titles line up, and its title.
fn link_line(l: &LinkView, id_width: usize) -> String {
    let removed = if l.removed {
        format!(" ({})", t!("show-removed"))
    } else {
        String::new()
    };
    format!("{}  {}{removed}", padded(&l.id, id_width), l.title)
}

/// An id padded with spaces to `width` columns, so the titles after a list of ids line up.
pub(crate) fn padded(id: &str, width: usize) -> String {
    format!("{id}{}", " ".repeat(width.saturating_sub(wrap::width(id))))
}

/// A status by its name in the language of the run, or "not stated".
fn status_text(status: Option<Status>) -> String {
    status.map_or_else(
        || t!("show-not-stated"),
        |s| words::name(i18n::current(), s),
    )
}

/// A priority as the programme words it, after the term's name unless the wording starts
/// with it ("kort sikt (arbeidet er satt i gang)").
fn priority_text(priority: &Priority) -> String {
    let term = words::name(i18n::current(), priority.term);
    if fold(&priority.text).starts_with(&fold(&term)) {
        priority.text.clone()
    } else {
        format!("{term} — {}", priority.text)
    }
}

/// An update: its date, its status by name in brackets, its text.
fn update_line(u: &Update) -> String {
    let status = u
        .status
        .map(|s| format!("[{}] ", words::name(i18n::current(), s)))
        .unwrap_or_default();
    format!("{status}{}", u.text)
}

/// Where the values of the fields start, and where their continuation lines do.
const LABEL_WIDTH: usize = 20;
/// Before a section's lines.
const SECTION_INDENT: &str = "  ";
/// Before a section line's continuation lines (its own and the wrapped ones).
const SECTION_HANGING: &str = "    ";

/// For the terminal, `width` columns wide: a line of data wider than that is wrapped between
/// words with a hanging indent. Without a width (output to a pipe or a file) nothing is
/// wrapped.
pub(crate) fn human(
    out: &mut dyn Write,
    v: &ItemView,
    style: Style,
    width: Option<usize>,
) -> io::Result<()> {
    human_title(out, v, style, width)?;
    let indent = " ".repeat(LABEL_WIDTH);
    for (label, value) in human_fields(v) {
        if !value.is_empty() {
            let label = format!("{:<LABEL_WIDTH$}", format!("{label}:"));
            let value = fit(&value, wrap::width(&label), &indent, width);
            writeln!(out, "{}{value}", style.bold(&label))?;
        }
    }
    for (title, lines) in sections(v, width.is_some()) {
        if lines.is_empty() {
            continue;
        }
        writeln!(out, "\n{}", style.bold(&title))?;
        for line in lines {
            let line = fit(&line, SECTION_INDENT.len(), SECTION_HANGING, width);
            writeln!(out, "{SECTION_INDENT}{line}")?;
        }
    }
    if let Some(description) = v.description {
        writeln!(out, "\n{}", style.bold(&t!("show-description")))?;
        let description = description_lines(description).join("\n");
        let text = fit(&description, SECTION_INDENT.len(), SECTION_INDENT, width);
        writeln!(out, "{SECTION_INDENT}{text}")?;
    }
    Ok(())
}

/// A description's lines as the reports show it: plain text, its line breaks kept, a blank
/// line between blocks; in a block that is a list, each entry's lines after the first under
/// its text.
fn description_lines(text: &str) -> Vec<String> {
    use crate::render::report::{blocks, is_list, list_entries};
    let mut lines = Vec::new();
    for block in blocks(text) {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        if !is_list(&block) {
            lines.extend(block.iter().map(|line| line.to_string()));
            continue;
        }
        for entry in list_entries(&block) {
            for (n, line) in entry.iter().enumerate() {
                lines.push(format!("{}{line}", if n == 0 { "- " } else { "  " }));
            }
        }
    }
    lines
}

/// The id and title; "(title written for the source)" after it, or under it when it does not
/// fit on the title's last line.
fn human_title(
    out: &mut dyn Write,
    v: &ItemView,
    style: Style,
    width: Option<usize>,
) -> io::Result<()> {
    let before = wrap::width(&v.id) + 2;
    let title = fit(v.title, before, SECTION_HANGING, width);
    let note = if v.title_editorial {
        let note = format!("({})", t!("show-title-editorial"));
        let end = match title.rsplit_once('\n') {
            Some((_, last)) => wrap::width(last),
            None => before + wrap::width(&title),
        };
        let space = if width.is_some_and(|w| end + 1 + wrap::width(&note) > w) {
            format!("\n{SECTION_HANGING}")
        } else {
            " ".to_string()
        };
        style.dim(&format!("{space}{note}"))
    } else {
        String::new()
    };
    writeln!(out, "{}  {}{note}", style.accent(&v.id), style.bold(&title))
}

/// The labelled fields at the top, in the terminal's wording; empty ones are left out.
fn human_fields(v: &ItemView) -> [(String, String); 16] {
    [
        (
            t!("show-programme"),
            format!("{} ({})", v.programme.name, v.programme.id),
        ),
        (t!("show-theme"), format!("{} {}", v.theme.id, v.theme.name)),
        (
            t!("show-level"),
            v.level.as_ref().map(|l| l.name.clone()).unwrap_or_default(),
        ),
        (t!("show-status"), status_text(v.status)),
        (
            t!("show-priority"),
            v.priority.map(priority_text).unwrap_or_default(),
        ),
        (t!("show-period"), v.period.clone().unwrap_or_default()),
        (t!("show-responsible"), names(&v.responsible)),
        (t!("show-partners"), names(&v.partners)),
        (t!("show-documents"), names(&v.documents)),
        (
            t!("show-links-note"),
            v.links_note.unwrap_or("").to_string(),
        ),
        (t!("show-regions"), names(&v.regions)),
        (t!("show-municipalities"), municipality_names(v)),
        (t!("show-places"), names(&v.places)),
        (t!("show-mentions"), names(&v.mentions)),
        (t!("show-people"), names(&v.people)),
        (t!("show-file"), v.file.to_string()),
    ]
}

/// "Nord-Aurdal (3451), Etnedal (3450)".
fn municipality_names(v: &ItemView) -> String {
    v.municipalities
        .iter()
        .map(|m| format!("{} ({})", m.name, m.id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The titled sections under the fields, a line per entry; empty ones are left out. `unfold`:
/// the notes' paragraphs and list items each on one line, for wrapping.
fn sections(v: &ItemView, unfold: bool) -> [(String, Vec<String>); 8] {
    let unknown = t!("show-unknown-item");
    // One column for the titles of both lists of links.
    let id_width = (v.links.iter().chain(&v.backlinks))
        .map(|l| wrap::width(&l.id))
        .chain(v.unresolved_links.iter().map(|l| wrap::width(l)))
        .max()
        .unwrap_or(0);
    [
        (
            t!("show-links-to"),
            v.links
                .iter()
                .map(|l| link_line(l, id_width))
                .chain(
                    v.unresolved_links
                        .iter()
                        .map(|l| format!("{}  ({unknown})", padded(l, id_width))),
                )
                .collect(),
        ),
        (
            t!("show-linked-from"),
            v.backlinks.iter().map(|l| link_line(l, id_width)).collect(),
        ),
        (t!("show-goals"), v.goals.to_vec()),
        (
            t!("show-funding"),
            v.funding.iter().map(funding_line).collect(),
        ),
        (
            t!("show-updates-newest-first"),
            v.updates
                .iter()
                .map(|u| format!("{}  {}", u.date.value, update_line(u)))
                .collect(),
        ),
        (
            t!("show-indicators"),
            v.indicators.iter().map(indicator_line).collect(),
        ),
        (
            t!("show-sources"),
            v.sources.iter().map(source_line).collect(),
        ),
        (
            t!("show-notes"),
            without_emphasis(match (v.notes, unfold) {
                (Some(notes), true) => unfold_markdown(notes),
                (Some(notes), false) => notes.lines().map(str::to_string).collect(),
                (None, _) => Vec::new(),
            }),
        ),
    ]
}

/// Text from the data for a terminal `width` columns wide, to be written after `before`
/// columns: each line made safe by [`visible`], `indent` before every line after the first
/// (so no line of data starts at column 0). A line wider than the terminal is broken between
/// words, its continuation lines under its own start, and at least at `indent`; a word wider
/// than the room is kept whole (an address stays one piece). Without a width, lines are kept.
pub(crate) fn fit(text: &str, before: usize, indent: &str, width: Option<usize>) -> String {
    let Some(width) = width else {
        return visible_lines(text, indent);
    };
    let mut out = Vec::new();
    for (i, line) in text.lines().map(visible).enumerate() {
        let start = if i == 0 { before } else { wrap::width(indent) };
        if start + wrap::width(&line) <= width {
            out.push(line);
            continue;
        }
        let words = line.trim_start();
        let own = &line[..line.len() - words.len()];
        let marker = list_marker(words).map_or(0, str::len);
        let hanging = (start + wrap::width(own) + marker).max(wrap::width(indent));
        let pad = " ".repeat(hanging - wrap::width(indent));
        let first = width.saturating_sub(start + wrap::width(own)).max(1);
        let rest = width.saturating_sub(hanging).max(1);
        for (p, piece) in wrap::wrap(words, first, rest, Breaks::Prose)
            .into_iter()
            .enumerate()
        {
            let before = if p == 0 { own } else { &pad };
            out.push(format!("{before}{}", piece.text));
        }
    }
    out.join(&format!("\n{indent}"))
}

/// The marker a Markdown list item starts with, with its space: `- `, `* `, `+ `, `1. `.
fn list_marker(line: &str) -> Option<&str> {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        line.get(..digits + 2)
            .filter(|m| m.ends_with(". ") || m.ends_with(") "))
    } else {
        line.get(..2).filter(|m| ["- ", "* ", "+ "].contains(m))
    }
}

/// Markdown text with its soft line breaks as spaces, as Markdown reads them: each
/// paragraph, list item, heading or table row on one line, blank lines kept. Text with a code
/// block is left as written.
fn unfold_markdown(text: &str) -> Vec<String> {
    if text.contains("```") || text.contains("~~~") {
        return text.lines().map(str::to_string).collect();
    }
    // As in CommonMark, a numbered item interrupts a paragraph only when it is number 1: "er
    // det oktober\n2021. Det første" is one sentence.
    let starts_block = |line: &str| {
        let line = line.trim_start();
        match list_marker(line) {
            Some(marker) => {
                !marker.starts_with(|c: char| c.is_ascii_digit())
                    || marker.starts_with('1') && marker.len() == 3
            }
            None => line.starts_with(['#', '|', '>']),
        }
    };
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        match lines.last_mut() {
            Some(last)
                if !last.trim().is_empty()
                    && !line.trim().is_empty()
                    && !starts_block(line)
                    && !last.trim_start().starts_with(['#', '|'])
                    && !last.ends_with("  ") =>
            {
                last.push(' ');
                last.push_str(line.trim());
            }
            _ => lines.push(line.to_string()),
        }
    }
    lines
}

/// Lines of light Markdown for the terminal: emphasis and strong emphasis as plain text
/// (`**Namn.** Statussida` → `Namn. Statussida`); lines in a fenced code block kept.
fn without_emphasis(lines: Vec<String>) -> Vec<String> {
    let mut in_code = false;
    lines
        .into_iter()
        .map(|line| {
            if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
                in_code = !in_code;
            }
            if in_code { line } else { plain_line(&line) }
        })
        .collect()
}

/// One line without the `*` and `_` that open and close emphasis (runs of one or two, as a
/// pair on the line); code spans, a list's `* `, `2 * 3` and `snake_case` stay as written.
fn plain_line(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut dropped = vec![false; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let run = chars[i..].iter().take_while(|&&d| d == c).count();
        if c == '`' {
            i = code_span_end(&chars, i).unwrap_or(i + 1);
        } else if (c == '*' || c == '_') && !dropped[i] && run <= 2 && opens(&chars, i, run) {
            if let Some(close) = closing(&chars, i + run, c, run) {
                for at in (i..i + run).chain(close..close + run) {
                    dropped[at] = true;
                }
            }
            i += run;
        } else {
            i += run;
        }
    }
    chars
        .iter()
        .zip(dropped)
        .filter(|(_, dropped)| !dropped)
        .map(|(c, _)| c)
        .collect()
}

/// After a code span starting at `start` (its closing backtick included), if it is closed.
fn code_span_end(chars: &[char], start: usize) -> Option<usize> {
    let end = chars[start + 1..].iter().position(|&c| c == '`')?;
    Some(start + end + 2)
}

/// Whether the run of `run` markers at `at` can open emphasis: a word follows, and an `_`
/// is not inside a word.
fn opens(chars: &[char], at: usize, run: usize) -> bool {
    let next = chars.get(at + run).is_some_and(|c| !c.is_whitespace());
    let inside_word = at > 0 && chars[at - 1].is_alphanumeric();
    next && !(chars[at] == '_' && inside_word)
}

/// Where the run of exactly `run` markers `c` that closes emphasis opened before `from` is.
fn closing(chars: &[char], from: usize, c: char, run: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        if chars[i] == '`' {
            i = code_span_end(chars, i).unwrap_or(i + 1);
            continue;
        }
        let here = chars[i..].iter().take_while(|&&d| d == c).count();
        if here == 0 {
            i += 1;
            continue;
        }
        let after_word = i > from && !chars[i - 1].is_whitespace();
        let word_follows = chars.get(i + here).is_some_and(|d| d.is_alphanumeric());
        if here == run && after_word && !(c == '_' && word_follows) {
            return Some(i);
        }
        i += here;
    }
    None
}

/// As a Markdown section.
pub(crate) fn markdown(out: &mut dyn Write, v: &ItemView) -> io::Result<()> {
    use crate::render::blocks::escape;
    writeln!(out, "# {} {}\n", escape(&v.id), escape(v.title))?;
    if v.title_editorial {
        writeln!(out, "*{}*\n", t!("show-title-editorial-note"))?;
    }
    writeln!(out, "| | |\n|---|---|")?;
    for (label, value) in markdown_fields(v).iter().filter(|(_, v)| !v.is_empty()) {
        writeln!(
            out,
            "| {label} | {} |",
            crate::render::items::markdown_cell(value)
        )?;
    }
    markdown_sections(out, v)
}

/// The rows of the table at the top, in Markdown's wording; empty ones are left out.
fn markdown_fields(v: &ItemView) -> [(String, String); 13] {
    [
        (
            t!("show-programme"),
            format!("{} (`{}`)", v.programme.name, v.programme.id),
        ),
        (t!("show-theme"), format!("{} {}", v.theme.id, v.theme.name)),
        (
            t!("show-level"),
            v.level.as_ref().map(|l| l.name.clone()).unwrap_or_default(),
        ),
        (t!("show-status"), status_text(v.status)),
        (
            t!("show-priority"),
            v.priority.map(|p| p.text.clone()).unwrap_or_default(),
        ),
        (t!("show-period"), v.period.clone().unwrap_or_default()),
        (t!("show-responsible"), names(&v.responsible)),
        (t!("show-partners"), names(&v.partners)),
        (t!("show-documents"), names(&v.documents)),
        (t!("show-regions"), names(&v.regions)),
        (t!("show-municipalities"), municipality_names(v)),
        (t!("show-places"), names(&v.places)),
        (t!("show-mentions"), names(&v.mentions)),
    ]
}

/// The sections under the table: bullet lists under `##` headings, the description and the
/// notes as text, escaped line by line.
fn markdown_sections(out: &mut dyn Write, v: &ItemView) -> io::Result<()> {
    use crate::render::blocks::{escape, escape_lines};
    let list = |out: &mut dyn Write, title: &str, lines: Vec<String>| -> io::Result<()> {
        if !lines.is_empty() {
            writeln!(out, "\n## {title}\n")?;
            for line in lines {
                writeln!(out, "- {line}")?;
            }
        }
        Ok(())
    };
    let linked = |l: &LinkView| format!("**{}** {}", escape(&l.id), escape(&l.title));
    let escaped = |lines: Vec<String>| lines.iter().map(|l| escape(l)).collect();
    list(
        out,
        &t!("show-links-to"),
        v.links.iter().map(linked).collect(),
    )?;
    list(
        out,
        &t!("show-linked-from"),
        v.backlinks.iter().map(linked).collect(),
    )?;
    list(out, &t!("show-goals"), escaped(v.goals.to_vec()))?;
    list(
        out,
        &t!("show-funding"),
        escaped(v.funding.iter().map(funding_line).collect()),
    )?;
    list(
        out,
        &t!("show-updates"),
        v.updates
            .iter()
            .map(|u| format!("**{}** {}", u.date.value, escape(&update_line(u))))
            .collect(),
    )?;
    list(
        out,
        &t!("show-indicators"),
        escaped(v.indicators.iter().map(indicator_line).collect()),
    )?;
    if let Some(description) = v.description {
        let heading = t!("show-description");
        // As the report writes it: line breaks stay, a block of "- " lines is a list.
        let mut text = crate::render::blocks::Markdown::default();
        crate::render::report::description(&mut text, description);
        writeln!(out, "\n## {heading}\n\n{}", text.text.trim_end())?;
    }
    list(
        out,
        &t!("show-sources"),
        escaped(v.sources.iter().map(source_line).collect()),
    )?;
    if let Some(notes) = v.notes {
        let heading = t!("show-notes");
        writeln!(out, "\n## {heading}\n\n{}", escape_lines(notes.trim_end()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_wraps_with_a_hanging_indent_only_given_a_width() {
        let text = "- one two three four five six\n  seven eight nine";
        assert_eq!(fit(text, 2, "    ", None), visible_lines(text, "    "));
        assert_eq!(
            fit(text, 2, "    ", Some(20)),
            "- one two three\n    four five six\n      seven eight\n      nine"
        );
        // Lines that fit keep their spacing; control characters are shown, not sent.
        assert_eq!(fit("a  b\x1b", 20, "  ", Some(80)), "a  b\\u{1b}");
    }

    #[test]
    fn markdown_unfolds_paragraphs_and_list_items_but_not_code() {
        let text = "- first\n  item\n- second\n\nA paragraph\nin 2021.\n2021. Still it.\n1. A list";
        assert_eq!(
            unfold_markdown(text),
            [
                "- first item",
                "- second",
                "",
                "A paragraph in 2021. 2021. Still it.",
                "1. A list"
            ]
        );
        let code = "```\na\nb\n```";
        assert_eq!(unfold_markdown(code), ["```", "a", "b", "```"]);
    }

    #[test]
    fn emphasis_is_plain_text_but_code_lists_and_words_stay() {
        let lines = [
            "**Namn.** Statussida frå *juni* og __no__ _meir_.",
            "* a list item, 2 * 3 and part_of_it",
            "`**kept**` in code, **bold `x` around**",
            "```",
            "**code**",
            "```",
            "**unclosed and * lone",
        ];
        assert_eq!(
            without_emphasis(lines.map(str::to_string).to_vec()),
            [
                "Namn. Statussida frå juni og no meir.",
                "* a list item, 2 * 3 and part_of_it",
                "`**kept**` in code, bold `x` around",
                "```",
                "**code**",
                "```",
                "**unclosed and * lone",
            ]
        );
    }

    #[test]
    fn a_description_keeps_its_lines_as_the_reports_do() {
        let text = "Ein\n  to **ikkje feit**\n\n\n- Punkt ein\n- Punkt to\nLinje tre\n\nSist";
        assert_eq!(
            description_lines(text),
            [
                "Ein",
                "to **ikkje feit**",
                "",
                "- Punkt ein",
                "- Punkt to",
                "  Linje tre",
                "",
                "Sist"
            ]
        );
    }

    #[test]
    fn thousands_are_grouped_with_no_break_spaces() {
        assert_eq!(group_thousands(34_000_000), "34\u{a0}000\u{a0}000");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(-1000), "-1\u{a0}000");
    }
}
