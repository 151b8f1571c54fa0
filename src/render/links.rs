//! `plan links` views as text or JSON: broken links (the findings renderer plus a count),
//! orphans and one-way links. The graph view is [`crate::render::graph`].

use std::io::{self, Write};

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::index::{ItemIx, Repository};
use crate::query::Orphans;
use crate::render::diagnostics::{self, visible};
use crate::render::show::{fit, padded};
use crate::render::style::Style;
use crate::render::wrap;
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

/// Orphans for a terminal `width` columns wide (none: a pipe), titles wrapped under titles.
pub(crate) fn orphans_human(
    out: &mut dyn Write,
    repo: &Repository,
    orphans: &Orphans,
    style: Style,
    width: Option<usize>,
) -> io::Result<()> {
    for (n, (title, items)) in [
        (t!("links-unlinked"), &orphans.unlinked),
        (t!("links-linking-nowhere"), &orphans.linking_nowhere),
    ]
    .into_iter()
    .enumerate()
    {
        if n > 0 {
            writeln!(out)?;
        }
        let rows: Vec<(String, String)> = entries(repo, items)
            .into_iter()
            .map(|e| (e.id, e.title))
            .collect();
        let heading = format!("{title} ({})", rows.len());
        rows_human(out, style, &heading, &rows, width)?;
    }
    Ok(())
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

/// One-way links for a terminal `width` columns wide (none: a pipe): the pairs of ids in a
/// column, their titles beside them, wrapped under one another.
pub(crate) fn one_way_human(
    out: &mut dyn Write,
    repo: &Repository,
    pairs: &[(ItemIx, ItemIx)],
    style: Style,
    width: Option<usize>,
) -> io::Result<()> {
    let rows: Vec<(String, String)> = pairs
        .iter()
        .map(|&(a, b)| {
            let ids = format!(
                "{} → {}",
                repo.display_id(a, None),
                repo.display_id(b, None)
            );
            let titles = format!("{} → {}", repo.items[a].title, repo.items[b].title);
            (ids, titles)
        })
        .collect();
    let heading = format!("{} ({})", t!("links-one-way"), pairs.len());
    rows_human(out, style, &heading, &rows, width)
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

/// A bold heading, then a line per row: its ids padded to a column as wide as the widest
/// ids of at most [`ID_COLUMN`] columns, and its text beside them, wrapped to the terminal's `width`
/// under the text's own start. Ids wider than the column have the text on the next line.
fn rows_human(
    out: &mut dyn Write,
    style: Style,
    heading: &str,
    rows: &[(String, String)],
    width: Option<usize>,
) -> io::Result<()> {
    writeln!(out, "{}", style.bold(heading))?;
    let id_width = (rows.iter().map(|(ids, _)| wrap::width(ids)))
        .filter(|w| *w <= ID_COLUMN)
        .max()
        .unwrap_or(0);
    let before = INDENT.len() + id_width + GAP.len();
    let indent = " ".repeat(before);
    for (ids, text) in rows {
        let ids = visible(ids);
        let text = fit(text, before, &indent, width);
        if wrap::width(&ids) > id_width {
            writeln!(out, "{INDENT}{ids}\n{indent}{text}")?;
        } else {
            writeln!(out, "{INDENT}{}{GAP}{text}", padded(&ids, id_width))?;
        }
    }
    Ok(())
}

/// The widest the column of ids gets, so that a long id leaves the others room.
const ID_COLUMN: usize = 12;
/// Before each row.
const INDENT: &str = "  ";
/// Between the ids and the text of a row.
const GAP: &str = "  ";
