//! One item in full: fields with names resolved, links with titles, backlinks, places,
//! status history newest first, sources. For people (terminal), Markdown, or JSON.

use std::io::{self, Write};

use serde::Serialize;

use crate::index::{ItemIx, Repository};
use crate::model::*;
use crate::query::link_label;
use crate::render::diagnostics::visible_lines;
use crate::render::style::Style;
use crate::text::fold;
use crate::words;
use crate::{i18n, t};

/// A linked item as shown: how it is named from here, and its title.
#[derive(Debug, Serialize)]
pub struct LinkView {
    pub id: String,
    pub title: String,
    pub removed: bool,
}

/// A named reference: id and display name.
#[derive(Debug, Serialize)]
pub struct NamedRef {
    pub id: String,
    pub name: String,
}

/// Everything `plan show` shows, computed once for every format.
#[derive(Debug, Serialize)]
pub struct ItemView<'a> {
    pub id: String,
    pub programme: NamedRef,
    pub theme: NamedRef,
    pub level: Option<NamedRef>,
    pub title: &'a str,
    pub title_editorial: bool,
    pub status: Option<Status>,
    pub priority: Option<&'a Priority>,
    pub period: Option<String>,
    pub responsible: Vec<NamedRef>,
    pub partners: Vec<NamedRef>,
    pub links: Vec<LinkView>,
    pub unresolved_links: Vec<String>,
    pub backlinks: Vec<LinkView>,
    pub documents: Vec<NamedRef>,
    pub links_note: Option<&'a str>,
    pub regions: Vec<NamedRef>,
    pub municipalities: Vec<NamedRef>,
    pub places: Vec<NamedRef>,
    /// Places the text only names (examples, partners' locations): not the item's scope.
    pub mentions: Vec<NamedRef>,
    /// Newest first.
    pub updates: Vec<&'a Update>,
    pub indicators: &'a [Indicator],
    pub funding: Vec<FundingView<'a>>,
    pub people: Vec<NamedRef>,
    pub goals: &'a [String],
    pub description: Option<&'a str>,
    pub sources: &'a [Source],
    pub notes: Option<&'a str>,
    pub file: &'a str,
}

/// An indicator on one line: "Kommunar med avtale: 7 kommunar (2021-06); target 26 by 2022-06".
fn indicator_line(i: &Indicator) -> String {
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
    format!("{}: {}", i.name, parts.join("; "))
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
    let places = m.places.iter().map(|p| {
        let municipality = repo.municipality_name(&p.municipality.value);
        named(
            &p.municipality.value,
            &format!("{} ({municipality})", p.name),
        )
    });
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
        id: link_label(repo, from, to),
        title: repo.items[to].title.clone(),
        removed: repo.items[to].is_removed(),
    }
}

impl<'a> ItemView<'a> {
    pub fn new(repo: &'a Repository, ix: ItemIx) -> Self {
        let item = &repo.items[ix];
        let programme = repo.programme_of(item);
        let bodies = |list: &[Spanned<String>]| {
            list.iter()
                .map(|b| named(&b.value, repo.body_name(&b.value)))
                .collect()
        };
        // Newest first; of two on one date, the one listed later is the newer.
        let mut updates: Vec<&Update> = item.updates.iter().rev().collect();
        updates.sort_by(|a, b| b.date.value.chronological(&a.date.value));
        ItemView {
            id: repo.display_id(ix, None),
            programme: named(
                &item.programme.value,
                programme.map_or(&item.programme.value, |p| &p.name),
            ),
            theme: named(
                &item.theme.value,
                programme
                    .and_then(|p| p.theme(&item.theme.value))
                    .map_or("", |t| t.name.as_str()),
            ),
            level: item.level.as_ref().map(|l| {
                named(
                    l.value.as_str(),
                    &programme
                        .and_then(|p| p.level_name(l.value))
                        .map_or_else(|| words::name(i18n::current(), l.value), str::to_string),
                )
            }),
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
            documents: item
                .documents
                .iter()
                .map(|d| {
                    named(
                        &d.value,
                        repo.documents
                            .get(&d.value)
                            .map_or(&d.value, |doc| &doc.title),
                    )
                })
                .collect(),
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
            places: item
                .places
                .iter()
                .map(|p| {
                    named(
                        &p.municipality.value,
                        &format!(
                            "{} ({})",
                            p.name,
                            repo.municipality_name(&p.municipality.value)
                        ),
                    )
                })
                .collect(),
            mentions: mention_names(repo, item.mentions()),
            updates,
            indicators: &item.indicators,
            funding: item
                .funding
                .iter()
                .map(|f| FundingView {
                    funding: f,
                    from_name: f
                        .from
                        .as_ref()
                        .map(|b| repo.body_name(&b.value).to_string()),
                    share_names: f
                        .of_which
                        .iter()
                        .map(|s| {
                            s.from
                                .as_ref()
                                .map(|b| repo.body_name(&b.value).to_string())
                        })
                        .collect(),
                })
                .collect(),
            people: item
                .people
                .iter()
                .map(|p| {
                    let body = p
                        .body
                        .as_ref()
                        .map(|b| format!(", {}", repo.body_name(&b.value)))
                        .unwrap_or_default();
                    named(&p.name, &format!("{} ({}{body})", p.name, p.role))
                })
                .collect(),
            goals: &item.goals,
            description: item.description.as_deref(),
            sources: &item.sources,
            notes: item.notes.as_deref(),
            file: &item.path,
        }
    }
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
pub struct FundingView<'a> {
    #[serde(flatten)]
    pub funding: &'a Funding,
    pub from_name: Option<String>,
    /// The granting body's name for each part in `of_which`.
    pub share_names: Vec<Option<String>>,
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
pub fn group_thousands(n: i64) -> String {
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

fn link_line(l: &LinkView) -> String {
    let removed = if l.removed {
        format!(" ({})", t!("show-removed"))
    } else {
        String::new()
    };
    format!("{}  {}{removed}", l.id, l.title)
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

/// For the terminal.
pub fn human(out: &mut dyn Write, v: &ItemView, style: Style) -> io::Result<()> {
    let editorial = if v.title_editorial {
        style.dim(&format!(" ({})", t!("show-title-editorial")))
    } else {
        String::new()
    };
    writeln!(
        out,
        "{}  {}{editorial}",
        style.accent(&v.id),
        style.bold(&visible_lines(v.title, "    "))
    )?;
    let mut field = |label: &str, value: String| -> io::Result<()> {
        if value.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "{}{}",
            style.bold(&format!("{:<20}", format!("{label}:"))),
            visible_lines(&value, &" ".repeat(20))
        )
    };
    field(
        &t!("show-programme"),
        format!("{} ({})", v.programme.name, v.programme.id),
    )?;
    field(
        &t!("show-theme"),
        format!("{} {}", v.theme.id, v.theme.name),
    )?;
    field(
        &t!("show-level"),
        v.level.as_ref().map(|l| l.name.clone()).unwrap_or_default(),
    )?;
    field(&t!("show-status"), status_text(v.status))?;
    field(
        &t!("show-priority"),
        v.priority.map(priority_text).unwrap_or_default(),
    )?;
    field(&t!("show-period"), v.period.clone().unwrap_or_default())?;
    field(&t!("show-responsible"), names(&v.responsible))?;
    field(&t!("show-partners"), names(&v.partners))?;
    field(&t!("show-documents"), names(&v.documents))?;
    field(
        &t!("show-links-note"),
        v.links_note.unwrap_or("").to_string(),
    )?;
    field(&t!("show-regions"), names(&v.regions))?;
    field(
        &t!("show-municipalities"),
        v.municipalities
            .iter()
            .map(|m| format!("{} ({})", m.name, m.id))
            .collect::<Vec<_>>()
            .join(", "),
    )?;
    field(&t!("show-places"), names(&v.places))?;
    field(&t!("show-mentions"), names(&v.mentions))?;
    field(&t!("show-people"), names(&v.people))?;
    field(&t!("show-file"), v.file.to_string())?;
    let unknown = t!("show-unknown-item");
    let sections: [(String, Vec<String>); 8] = [
        (
            t!("show-links-to"),
            v.links
                .iter()
                .map(link_line)
                .chain(
                    v.unresolved_links
                        .iter()
                        .map(|l| format!("{l}  ({unknown})")),
                )
                .collect(),
        ),
        (
            t!("show-linked-from"),
            v.backlinks.iter().map(link_line).collect(),
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
            v.notes
                .map(|n| n.lines().map(str::to_string).collect())
                .unwrap_or_default(),
        ),
    ];
    for (title, lines) in sections {
        if lines.is_empty() {
            continue;
        }
        writeln!(out, "\n{}", style.bold(&title))?;
        for line in lines {
            writeln!(out, "  {}", visible_lines(&line, "    "))?;
        }
    }
    if let Some(description) = v.description {
        writeln!(out, "\n{}", style.bold(&t!("show-description")))?;
        writeln!(out, "  {}", visible_lines(description, "  "))?;
    }
    Ok(())
}

/// As a Markdown section.
pub fn markdown(out: &mut dyn Write, v: &ItemView) -> io::Result<()> {
    use crate::render::report::{escape, escape_lines};
    writeln!(out, "# {} {}\n", escape(&v.id), escape(v.title))?;
    if v.title_editorial {
        writeln!(out, "*{}*\n", t!("show-title-editorial-note"))?;
    }
    let rows = [
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
        (
            t!("show-municipalities"),
            v.municipalities
                .iter()
                .map(|m| format!("{} ({})", m.name, m.id))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (t!("show-places"), names(&v.places)),
        (t!("show-mentions"), names(&v.mentions)),
    ];
    writeln!(out, "| | |\n|---|---|")?;
    for (label, value) in rows.iter().filter(|(_, v)| !v.is_empty()) {
        writeln!(
            out,
            "| {label} | {} |",
            crate::render::items::markdown_cell(value)
        )?;
    }
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
    list(
        out,
        &t!("show-goals"),
        v.goals.iter().map(|g| escape(g)).collect(),
    )?;
    list(
        out,
        &t!("show-funding"),
        v.funding.iter().map(|f| escape(&funding_line(f))).collect(),
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
        v.indicators
            .iter()
            .map(|i| escape(&indicator_line(i)))
            .collect(),
    )?;
    if let Some(description) = v.description {
        let heading = t!("show-description");
        writeln!(
            out,
            "\n## {heading}\n\n{}",
            escape_lines(description.trim_end())
        )?;
    }
    list(
        out,
        &t!("show-sources"),
        v.sources.iter().map(|s| escape(&source_line(s))).collect(),
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
    fn thousands_are_grouped_with_no_break_spaces() {
        assert_eq!(group_thousands(34_000_000), "34\u{a0}000\u{a0}000");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(-1000), "-1\u{a0}000");
    }
}
