//! The reference views (`plan regions`, `plan bodies`, `plan coverage`) as a terminal
//! table, a Markdown table or JSON.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{self, Write};

use serde::Serialize;

use crate::index::{ItemIx, Repository};
use crate::model::Region;
use crate::query::{self, BodyLoad, Coverage};
use crate::render::table::{Table, write_paragraph};
use crate::t;

/// How a reference view is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// A terminal table fitted to this width (none: piped).
    Table(Option<usize>),
    Markdown,
    Json,
}

/// A grid written as a terminal table or a Markdown table.
fn grid(
    out: &mut dyn Write,
    layout: Layout,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    numeric_from: usize,
) -> std::io::Result<()> {
    if layout == Layout::Markdown {
        writeln!(out, "| {} |", header.join(" | "))?;
        let align: Vec<&str> = (0..header.len())
            .map(|i| if i >= numeric_from { "---:" } else { "---" })
            .collect();
        writeln!(out, "|{}|", align.join("|"))?;
        for row in rows {
            let cells: Vec<String> = row
                .iter()
                .map(|c| crate::render::items::markdown_cell(c))
                .collect();
            writeln!(out, "| {} |", cells.join(" | "))?;
        }
        return Ok(());
    }
    let mut table = Table::new(header);
    table.right_align_from(numeric_from);
    for row in rows {
        table.add_row(row, None);
    }
    let Layout::Table(width) = layout else {
        unreachable!("JSON is written before any grid")
    };
    table.write(out, width)
}

fn json(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// Every region with its municipalities (and their centrality class) and its item count.
pub(crate) fn regions(
    out: &mut dyn Write,
    repo: &Repository,
    regions: Vec<&Region>,
    per_region: &HashMap<&str, Vec<ItemIx>>,
    layout: Layout,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Member<'a> {
        number: &'a str,
        name: &'a str,
        county: &'a str,
        centrality: Option<u8>,
    }
    #[derive(Serialize)]
    struct Row<'a> {
        id: &'a str,
        name: &'a str,
        aliases: &'a [String],
        municipalities: Vec<Member<'a>>,
        items: usize,
    }
    let rows: Vec<Row> = regions
        .into_iter()
        .map(|r| Row {
            id: &r.id.value,
            name: &r.name,
            aliases: &r.aliases,
            municipalities: query::region_municipalities(repo, r)
                .into_iter()
                .map(|n| {
                    let m = repo.municipalities.get(n);
                    Member {
                        number: n,
                        name: repo.municipality_name(n),
                        county: m.map_or("", |m| m.county.as_str()),
                        centrality: m.and_then(|m| m.centrality),
                    }
                })
                .collect(),
            items: per_region.get(r.id.as_str()).map_or(0, Vec::len),
        })
        .collect();
    if layout == Layout::Json {
        return json(out, &rows);
    }
    let table_rows = rows
        .iter()
        .map(|r| {
            let members = r
                .municipalities
                .iter()
                .map(|m| {
                    let class = m.centrality.map(|c| format!(" [{c}]")).unwrap_or_default();
                    format!("{} {}{class}", m.name, m.number)
                })
                .collect::<Vec<_>>()
                .join(", ");
            vec![
                r.name.to_string(),
                members,
                r.aliases.join(", "),
                r.items.to_string(),
            ]
        })
        .collect();
    let header = vec![
        t!("regions-col-region"),
        t!("regions-col-municipalities"),
        t!("regions-col-aliases"),
        t!("regions-col-items"),
    ];
    grid(out, layout, header, table_rows, 3)
}

/// Each body with the items it is responsible for and partner in; the table nests bodies
/// under the ones they are part of.
pub(crate) fn bodies(
    out: &mut dyn Write,
    repo: &Repository,
    loads: Vec<BodyLoad>,
    shown: impl Fn(&BodyLoad) -> bool,
    layout: Layout,
) -> io::Result<()> {
    let ids = |list: &[usize]| {
        list.iter()
            .map(|&ix| repo.display_id(ix, None))
            .collect::<Vec<_>>()
    };
    if layout == Layout::Json {
        #[derive(Serialize)]
        struct Row<'a> {
            id: &'a str,
            name: &'a str,
            kind: &'a str,
            part_of: Option<&'a str>,
            responsible: Vec<String>,
            partner: Vec<String>,
        }
        let rows: Vec<Row> = loads
            .iter()
            .filter(|l| shown(l))
            .map(|l| Row {
                id: &l.body.id.value,
                name: &l.body.name,
                kind: crate::model::Word::as_str(l.body.kind),
                part_of: l.body.part_of.as_ref().map(|p| p.as_str()),
                responsible: ids(&l.responsible),
                partner: ids(&l.partner),
            })
            .collect();
        return json(out, &rows);
    }
    // The table shows which bodies are part of which: each under its parent, indented.
    let rows = query::body_tree(repo, loads, shown)
        .iter()
        .map(|(depth, l)| {
            let indent = if *depth == 0 {
                String::new()
            } else {
                // No-break spaces: Markdown and table cells keep them.
                format!("{}└ ", "\u{a0}\u{a0}".repeat(depth - 1))
            };
            vec![
                format!("{indent}{}", l.body.name),
                ids(&l.responsible).join(", "),
                ids(&l.partner).join(", "),
                l.responsible.len().to_string(),
                l.partner.len().to_string(),
            ]
        })
        .collect();
    let header = vec![
        t!("bodies-col-body"),
        t!("bodies-col-responsible-for"),
        t!("bodies-col-partner-in"),
        t!("bodies-col-responsible-count"),
        t!("bodies-col-partner-count"),
    ];
    grid(out, layout, header, rows, 3)
}

/// Items per region and theme, with totals.
pub(crate) fn coverage(out: &mut dyn Write, coverage: &Coverage, layout: Layout) -> io::Result<()> {
    if layout == Layout::Json {
        return coverage_json(out, coverage);
    }
    let several = coverage
        .themes
        .iter()
        .map(|t| &t.0)
        .collect::<BTreeSet<_>>()
        .len()
        > 1;
    let legend = match layout {
        Layout::Table(_) => theme_legend(coverage, several),
        _ => Vec::new(),
    };
    let header = coverage_header(coverage, &legend, several);
    grid(out, layout, header, coverage_rows(coverage), 1)?;
    if let Layout::Table(width) = layout {
        coverage_notes(out, coverage, legend, width)?;
    }
    Ok(())
}

/// Coverage as JSON: per region, the count of each theme that applies to it.
fn coverage_json(out: &mut dyn Write, coverage: &Coverage) -> io::Result<()> {
    #[derive(Serialize)]
    struct Row<'a> {
        region: &'a str,
        name: &'a str,
        counts: BTreeMap<String, usize>,
        total: usize,
    }
    let rows: Vec<Row> = coverage
        .rows
        .iter()
        .map(|(r, counts)| Row {
            region: &r.id.value,
            name: &r.name,
            counts: coverage
                .themes
                .iter()
                .zip(counts)
                .enumerate()
                .filter(|(column, _)| coverage.applies(r, *column))
                .map(|(_, ((p, c, _), n))| (format!("{p}:{c}"), *n))
                .collect(),
            total: counts.iter().sum(),
        })
        .collect();
    json(out, &rows)
}

/// The header row: region, one column per theme (its short label when a legend explains
/// them, else code and name), total.
fn coverage_header(coverage: &Coverage, legend: &[(String, String)], several: bool) -> Vec<String> {
    let mut header = vec![t!("regions-col-region")];
    if legend.is_empty() {
        header.extend(coverage.themes.iter().map(|(p, code, name)| {
            let label = format!("{code} {name}");
            if several {
                format!("{p}: {label}")
            } else {
                label
            }
        }));
    } else {
        header.extend(legend.iter().map(|(label, _)| label.clone()));
    }
    header.push(t!("coverage-col-total"));
    header
}

/// One row per region: its name, the count per theme, the total.
fn coverage_rows(coverage: &Coverage) -> Vec<Vec<String>> {
    coverage
        .rows
        .iter()
        .map(|(r, counts)| {
            let mut row = vec![r.name.clone()];
            // A theme of another county's programme cannot apply: a dash, not a zero.
            row.extend(counts.iter().enumerate().map(
                |(column, n)| match coverage.applies(r, column) {
                    true => n.to_string(),
                    false => "–".to_string(),
                },
            ));
            row.push(counts.iter().sum::<usize>().to_string());
            row
        })
        .collect()
}

/// Under a terminal table: the legend of short theme labels and the notes on what counts.
fn coverage_notes(
    out: &mut dyn Write,
    coverage: &Coverage,
    legend: Vec<(String, String)>,
    width: Option<usize>,
) -> io::Result<()> {
    let notes = legend
        .into_iter()
        .map(|(label, name)| format!("{label}: {name}"))
        .chain([t!("coverage-note")])
        .chain(
            coverage
                .without_county()
                .into_iter()
                .map(|programme| t!("coverage-note-no-county", programme = programme)),
        );
    for note in notes {
        write_paragraph(out, &note, width)?;
    }
    Ok(())
}

/// A terminal table's short theme headers and what they stand for: the theme's code, with
/// its programme when another programme has a theme of that code ("K", "mr2025 S"), so the
/// columns fit 80 characters and every theme's name is read in full under the table.
fn theme_legend(coverage: &Coverage, several: bool) -> Vec<(String, String)> {
    let themes = &coverage.themes;
    themes
        .iter()
        .map(|(programme, code, name)| {
            let shared = themes
                .iter()
                .any(|(other, other_code, _)| other != programme && other_code == code);
            let label = match shared {
                true => format!("{programme} {code}"),
                false => code.clone(),
            };
            let name = match several {
                true => format!("{name} ({programme})"),
                false => name.clone(),
            };
            (label, name)
        })
        .collect()
}
