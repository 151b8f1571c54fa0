//! `plan links` views as text or JSON: broken links (the findings renderer plus a count),
//! orphans and one-way links. The graph view is [`crate::render::graph`].

use std::io::{self, Write};

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::index::{ItemIx, Repository};
use crate::query::Orphans;
use crate::render::diagnostics;
use crate::render::style::Style;
use crate::t;

/// An item as the link views list it.
#[derive(Serialize)]
struct Entry {
    id: String,
    title: String,
}

fn entries(repo: &Repository, items: &[ItemIx]) -> Vec<Entry> {
    items
        .iter()
        .map(|&ix| Entry {
            id: repo.display_id(ix, None),
            title: repo.items[ix].title.clone(),
        })
        .collect()
}

/// The link findings with excerpts, then how many there are.
pub(crate) fn broken_human(
    out: &mut dyn Write,
    repo: &Repository,
    findings: &[Diagnostic],
    style: Style,
) -> io::Result<()> {
    let excerpts = repo.excerpts();
    let source = |path: &str, line: u32| excerpts.line(path, line);
    diagnostics::human(out, findings, &source, style)?;
    writeln!(out, "{}", t!("links-broken-count", count = findings.len()))
}

pub(crate) fn orphans_human(
    out: &mut dyn Write,
    repo: &Repository,
    orphans: &Orphans,
    style: Style,
) -> io::Result<()> {
    let unlinked = entries(repo, &orphans.unlinked);
    section(out, style, &t!("links-unlinked"), &unlinked)?;
    writeln!(out)?;
    let nowhere = entries(repo, &orphans.linking_nowhere);
    section(out, style, &t!("links-linking-nowhere"), &nowhere)
}

pub(crate) fn orphans_json(
    out: &mut dyn Write,
    repo: &Repository,
    orphans: &Orphans,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Shown {
        unlinked: Vec<Entry>,
        linking_nowhere: Vec<Entry>,
    }
    let shown = Shown {
        unlinked: entries(repo, &orphans.unlinked),
        linking_nowhere: entries(repo, &orphans.linking_nowhere),
    };
    serde_json::to_writer_pretty(&mut *out, &shown)?;
    writeln!(out)
}

pub(crate) fn one_way_human(
    out: &mut dyn Write,
    repo: &Repository,
    pairs: &[(ItemIx, ItemIx)],
    style: Style,
) -> io::Result<()> {
    writeln!(
        out,
        "{} ({})",
        style.bold(&t!("links-one-way")),
        pairs.len()
    )?;
    for &(a, b) in pairs {
        writeln!(
            out,
            "  {} → {}  {} → {}",
            repo.display_id(a, None),
            repo.display_id(b, None),
            repo.items[a].title,
            repo.items[b].title
        )?;
    }
    Ok(())
}

/// Each pair as `["A", "B"]`.
pub(crate) fn one_way_json(
    out: &mut dyn Write,
    repo: &Repository,
    pairs: &[(ItemIx, ItemIx)],
) -> io::Result<()> {
    let rows: Vec<[String; 2]> = pairs
        .iter()
        .map(|&(a, b)| [repo.display_id(a, None), repo.display_id(b, None)])
        .collect();
    serde_json::to_writer_pretty(&mut *out, &rows)?;
    writeln!(out)
}

fn section(out: &mut dyn Write, style: Style, title: &str, entries: &[Entry]) -> io::Result<()> {
    writeln!(out, "{} ({})", style.bold(title), entries.len())?;
    for e in entries {
        writeln!(out, "  {:<6} {}", e.id, e.title)?;
    }
    Ok(())
}
