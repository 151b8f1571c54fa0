//! `plan regions`, `plan bodies` and `plan coverage`: the reference views.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use clap::ValueEnum;
use serde::Serialize;

use crate::cli::{Context, EXIT_OK, terminal_width};
use crate::load::Prose;
use crate::query;
use crate::render::table::Table;
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Markdown,
}

#[derive(Debug, clap::Args)]
pub struct RegionsArgs {
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, clap::Args)]
pub struct BodiesArgs {
    /// Only this programme (id or name).
    #[arg(long)]
    pub programme: Vec<String>,
    /// Also list bodies with no items.
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, clap::Args)]
pub struct CoverageArgs {
    /// Only this programme (id or name).
    #[arg(long)]
    pub programme: Vec<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// A grid written as a terminal table or a Markdown table.
fn grid(
    out: &mut dyn Write,
    format: Format,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    numeric_from: usize,
) -> std::io::Result<()> {
    if format == Format::Markdown {
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
    table.write(out, terminal_width().map(usize::from))
}

fn json(out: &mut dyn Write, value: &impl Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

pub fn regions(args: &RegionsArgs, repo_path: Option<&Path>, out: &mut dyn Write) -> Result<u8> {
    let ctx = Context::open(repo_path, Prose::Skip)?;
    let repo = &ctx.repo;
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
    let per_region = query::items_per_region(repo);
    let rows: Vec<Row> = query::regions_sorted(repo)
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
    if args.format == Format::Json {
        json(out, &rows)?;
        return Ok(EXIT_OK);
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
    grid(out, args.format, header, table_rows, 3)?;
    Ok(EXIT_OK)
}

pub fn bodies(args: &BodiesArgs, repo_path: Option<&Path>, out: &mut dyn Write) -> Result<u8> {
    let ctx = Context::open(repo_path, Prose::Skip)?;
    let repo = &ctx.repo;
    let programmes = query::resolve_programmes(repo, &args.programme)?;
    let scope = query::scope(repo, &programmes);
    let has_load =
        |l: &query::BodyLoad| args.all || !l.responsible.is_empty() || !l.partner.is_empty();
    let loads = query::body_loads(repo, &scope);
    let ids = |list: &[usize]| {
        list.iter()
            .map(|&ix| repo.display_id(ix, None))
            .collect::<Vec<_>>()
    };
    if args.format == Format::Json {
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
            .filter(|l| has_load(l))
            .map(|l| Row {
                id: &l.body.id.value,
                name: &l.body.name,
                kind: crate::model::Word::as_str(l.body.kind),
                part_of: l.body.part_of.as_ref().map(|p| p.as_str()),
                responsible: ids(&l.responsible),
                partner: ids(&l.partner),
            })
            .collect();
        json(out, &rows)?;
        return Ok(EXIT_OK);
    }
    // The table shows which bodies are part of which: each under its parent, indented.
    let rows = query::body_tree(repo, loads, has_load)
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
    grid(out, args.format, header, rows, 3)?;
    Ok(EXIT_OK)
}

pub fn coverage(args: &CoverageArgs, repo_path: Option<&Path>, out: &mut dyn Write) -> Result<u8> {
    let ctx = Context::open(repo_path, Prose::Skip)?;
    let repo = &ctx.repo;
    let programmes = query::resolve_programmes(repo, &args.programme)?;
    let coverage = query::coverage(repo, &programmes);
    let several = coverage
        .themes
        .iter()
        .map(|t| &t.0)
        .collect::<std::collections::BTreeSet<_>>()
        .len()
        > 1;
    if args.format == Format::Json {
        #[derive(Serialize)]
        struct Row<'a> {
            region: &'a str,
            name: &'a str,
            counts: std::collections::BTreeMap<String, usize>,
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
        json(out, &rows)?;
        return Ok(EXIT_OK);
    }
    let mut header = vec![t!("regions-col-region")];
    header.extend(coverage.themes.iter().map(|(p, code, name)| {
        let label = format!("{code} {name}");
        if several {
            format!("{p}: {label}")
        } else {
            label
        }
    }));
    header.push(t!("coverage-col-total"));
    let rows = coverage
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
        .collect();
    grid(out, args.format, header, rows, 1)?;
    if args.format == Format::Table {
        writeln!(out, "{}", t!("coverage-note"))?;
        for programme in coverage.without_county() {
            writeln!(
                out,
                "{}",
                t!("coverage-note-no-county", programme = programme)
            )?;
        }
    }
    Ok(EXIT_OK)
}
