//! `plan links`: cross-reference views over the links between items: broken links, orphans,
//! one-way links, and the link graph as DOT or Mermaid.

use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};
use clap::ValueEnum;
use serde::Serialize;

use crate::cli::{Context, EXIT_FINDINGS, EXIT_OK};
use crate::diagnostic::{Code, Tally};
use crate::index::{ItemIx, Repository};
use crate::load::Prose;
use crate::query;
use crate::render::diagnostics;
use crate::render::graph::{self, GraphView};
use crate::render::style::Style;
use crate::t;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  plan links --orphans\n  plan links --graph dot | dot -Tsvg > links.svg\n  plan links --graph mermaid --around K3 --depth 1"
)]
pub struct Args {
    /// Only this programme (id or name); repeat for several.
    #[arg(long)]
    pub programme: Vec<String>,
    /// Links to items or documents that do not exist, self-links and links to removed items.
    #[arg(long, group = "view")]
    pub broken: bool,
    /// Items nothing links to, and items that link nowhere.
    #[arg(long, group = "view")]
    pub orphans: bool,
    /// Links A → B where B does not link back to A.
    #[arg(long, group = "view")]
    pub one_way: bool,
    /// The link graph, for Graphviz (`dot -Tsvg`) or Mermaid (GitHub renders it).
    #[arg(long, group = "view", value_enum, value_name = "FORMAT")]
    pub graph: Option<GraphFormat>,
    /// With --graph: only the items within --depth links of this one.
    #[arg(long, value_name = "ID", requires = "graph")]
    pub around: Option<String>,
    /// With --around: how many links away to go.
    #[arg(long, default_value_t = 1, requires = "around")]
    pub depth: usize,
    /// Output format for --orphans and --one-way.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

const LINK_CODES: &[Code] = &[
    Code::BrokenLink,
    Code::SelfLink,
    Code::LinkToRemoved,
    Code::UnknownDocument,
];

#[derive(Serialize)]
struct Entry {
    id: String,
    title: String,
}

fn entry(repo: &Repository, ix: ItemIx) -> Entry {
    Entry {
        id: repo.display_id(ix, None),
        title: repo.items[ix].title.clone(),
    }
}

pub fn run(args: &Args, repo_path: Option<&Path>, out: &mut dyn Write) -> Result<u8> {
    let ctx = Context::open(repo_path, Prose::Skip)?;
    let repo = &ctx.repo;
    let programmes = query::resolve_programmes(repo, &args.programme)?;
    let scope = query::scope(repo, &programmes);
    let style = Style::stdout();
    if args.broken {
        let mut findings = ctx.findings();
        let in_scope = |path: &str| {
            programmes.is_empty()
                || programmes
                    .iter()
                    .filter_map(|p| repo.programmes.get(p))
                    .any(|p| p.holds_path(path))
        };
        findings.retain(|d| LINK_CODES.contains(&d.code) && in_scope(&d.path));
        let excerpts = repo.excerpts();
        let source = |path: &str, line: u32| excerpts.line(path, line);
        match args.format {
            Format::Human => {
                diagnostics::human(out, &findings, &source, style)?;
                writeln!(out, "{}", t!("links-broken-count", count = findings.len()))?;
            }
            Format::Json => diagnostics::json(out, &findings)?,
        }
        return Ok(if Tally::of(&findings).errors > 0 {
            EXIT_FINDINGS
        } else {
            EXIT_OK
        });
    }
    if let Some(format) = args.graph {
        let items = match &args.around {
            Some(id) => {
                let centre = query::resolve_item(repo, id)?;
                query::neighbourhood(repo, centre, args.depth)
            }
            None => scope.clone(),
        };
        let view = GraphView::new(repo, items);
        match format {
            GraphFormat::Dot => graph::dot(out, repo, &view)?,
            GraphFormat::Mermaid => graph::mermaid(out, repo, &view)?,
        }
        return Ok(EXIT_OK);
    }
    if args.orphans {
        let orphans = query::orphans(repo, &scope);
        let unlinked: Vec<Entry> = orphans.unlinked.iter().map(|&ix| entry(repo, ix)).collect();
        let nowhere: Vec<Entry> = orphans
            .linking_nowhere
            .iter()
            .map(|&ix| entry(repo, ix))
            .collect();
        match args.format {
            Format::Json => {
                #[derive(Serialize)]
                struct Orphans {
                    unlinked: Vec<Entry>,
                    linking_nowhere: Vec<Entry>,
                }
                serde_json::to_writer_pretty(
                    &mut *out,
                    &Orphans {
                        unlinked,
                        linking_nowhere: nowhere,
                    },
                )?;
                writeln!(out)?;
            }
            Format::Human => {
                section(out, style, &t!("links-unlinked"), &unlinked)?;
                writeln!(out)?;
                section(out, style, &t!("links-linking-nowhere"), &nowhere)?;
            }
        }
        return Ok(EXIT_OK);
    }
    if args.one_way {
        let pairs = query::one_way(repo, &scope);
        match args.format {
            Format::Json => {
                let rows: Vec<[String; 2]> = pairs
                    .iter()
                    .map(|&(a, b)| [repo.display_id(a, None), repo.display_id(b, None)])
                    .collect();
                serde_json::to_writer_pretty(&mut *out, &rows)?;
                writeln!(out)?;
            }
            Format::Human => {
                writeln!(
                    out,
                    "{} ({})",
                    style.bold(&t!("links-one-way")),
                    pairs.len()
                )?;
                for (a, b) in pairs {
                    writeln!(
                        out,
                        "  {} → {}  {} → {}",
                        repo.display_id(a, None),
                        repo.display_id(b, None),
                        repo.items[a].title,
                        repo.items[b].title
                    )?;
                }
            }
        }
        return Ok(EXIT_OK);
    }
    bail!("{}", t!("links-choose-view"))
}

fn section(
    out: &mut dyn Write,
    style: Style,
    title: &str,
    entries: &[Entry],
) -> std::io::Result<()> {
    writeln!(out, "{} ({})", style.bold(title), entries.len())?;
    for e in entries {
        writeln!(out, "  {:<6} {}", e.id, e.title)?;
    }
    Ok(())
}
