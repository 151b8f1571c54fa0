//! `plan links`: cross-reference views over the links between items: broken links, orphans,
//! one-way links, and the link graph as DOT or Mermaid.

use std::io::Write;

use anyhow::{Result, bail};
use clap::ValueEnum;

use crate::cli::settings::Settings;
use crate::cli::{Context, EXIT_FINDINGS, EXIT_OK};
use crate::diagnostic::{Code, Tally};
use crate::load::Prose;
use crate::query;
use crate::render::graph::{self, GraphView};
use crate::render::style::Style;
use crate::render::{diagnostics, links};
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

/// The view the flags choose; clap lets at most one be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Broken,
    Orphans,
    OneWay,
    Graph(GraphFormat),
}

impl Args {
    pub fn view(&self) -> Option<View> {
        match (self.broken, self.orphans, self.one_way, self.graph) {
            (true, ..) => Some(View::Broken),
            (_, true, ..) => Some(View::Orphans),
            (_, _, true, _) => Some(View::OneWay),
            (.., Some(format)) => Some(View::Graph(format)),
            (false, false, false, None) => None,
        }
    }
}

pub(super) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    let ctx = Context::open(settings, Prose::Skip)?;
    let repo = &ctx.repo;
    let programmes = query::resolve_programmes(repo, &args.programme)?;
    let scope = query::scope(repo, &programmes);
    let style = settings.style;
    let Some(view) = args.view() else {
        bail!("{}", t!("links-choose-view"))
    };
    match (view, args.format) {
        (View::Broken, format) => return broken(&ctx, &programmes, format, style, out),
        (View::Graph(format), _) => {
            let items = match &args.around {
                Some(id) => {
                    let centre = query::resolve_item(repo, id)?;
                    query::neighbourhood(repo, centre, args.depth)
                }
                None => scope,
            };
            let view = GraphView::new(repo, items);
            match format {
                GraphFormat::Dot => graph::dot(out, repo, &view)?,
                GraphFormat::Mermaid => graph::mermaid(out, repo, &view)?,
            }
        }
        (View::Orphans, Format::Human) => {
            links::orphans_human(out, repo, &query::orphans(repo, &scope), style)?;
        }
        (View::Orphans, Format::Json) => {
            links::orphans_json(out, repo, &query::orphans(repo, &scope))?;
        }
        (View::OneWay, Format::Human) => {
            links::one_way_human(out, repo, &query::one_way(repo, &scope), style)?;
        }
        (View::OneWay, Format::Json) => {
            links::one_way_json(out, repo, &query::one_way(repo, &scope))?;
        }
    }
    Ok(EXIT_OK)
}

/// The link findings in the programmes chosen (all when none); exit 1 when any is an error.
fn broken(
    ctx: &Context,
    programmes: &[String],
    format: Format,
    style: Style,
    out: &mut dyn Write,
) -> Result<u8> {
    let repo = &ctx.repo;
    let mut findings = ctx.findings();
    let in_scope = |path: &str| {
        programmes.is_empty()
            || programmes
                .iter()
                .filter_map(|p| repo.programmes.get(p))
                .any(|p| p.holds_path(path))
    };
    findings.retain(|d| LINK_CODES.contains(&d.code) && in_scope(&d.path));
    match format {
        Format::Human => links::broken_human(out, repo, &findings, style)?,
        Format::Json => diagnostics::json(out, &findings)?,
    }
    Ok(if Tally::of(&findings).errors > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}
