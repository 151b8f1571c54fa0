//! `plan links`: cross-reference views over the links between items: broken links, orphans,
//! one-way links, and the link graph as DOT or Mermaid.

use std::io::Write;

use anyhow::{Result, bail};

use crate::cli::format::{Graph, Record as Format};
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
pub(crate) struct Args {
    /// Only this programme (id or name); repeat for several.
    #[arg(long)]
    pub(crate) programme: Vec<String>,
    #[command(flatten)]
    pub(crate) view: Option<View>,
    /// With --graph: only the items within --depth links of this one.
    #[arg(long, value_name = "ID", requires = "graph")]
    pub(crate) around: Option<String>,
    /// With --around: how many links away to go.
    #[arg(long, default_value_t = 1, requires = "around")]
    pub(crate) depth: usize,
    /// Output format for --orphans and --one-way.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,
}

/// The view `plan links` shows, chosen by one of its flags: `--broken`, `--orphans`,
/// `--one-way` or `--graph FORMAT` (clap refuses two).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum View {
    /// `--broken`: the link findings.
    Broken,
    /// `--orphans`
    Orphans,
    /// `--one-way`
    OneWay,
    /// `--graph dot|mermaid`
    Graph(Graph),
}

/// The flags are written by hand because clap derives argument groups for structs only;
/// their ids are the ones `--help` is translated by (`arg-links-broken`…).
impl clap::Args for View {
    fn group_id() -> Option<clap::Id> {
        Some(clap::Id::from("view"))
    }

    fn augment_args(command: clap::Command) -> clap::Command {
        use clap::{Arg, ArgAction, ArgGroup};
        let flag = |id: &'static str, long: &'static str, help: &'static str| {
            Arg::new(id)
                .long(long)
                .action(ArgAction::SetTrue)
                .help(help)
        };
        command
            .arg(flag(
                "broken",
                "broken",
                "Links to items or documents that do not exist, self-links and links to removed items",
            ))
            .arg(flag(
                "orphans",
                "orphans",
                "Items nothing links to, and items that link nowhere",
            ))
            .arg(flag(
                "one_way",
                "one-way",
                "Links A → B where B does not link back to A",
            ))
            .arg(
                Arg::new("graph")
                    .long("graph")
                    .value_name("FORMAT")
                    .value_parser(clap::value_parser!(Graph))
                    .help("The link graph, for Graphviz (`dot -Tsvg`) or Mermaid (GitHub renders it)"),
            )
            .group(ArgGroup::new("view").args(["broken", "orphans", "one_way", "graph"]))
    }

    fn augment_args_for_update(command: clap::Command) -> clap::Command {
        Self::augment_args(command)
    }
}

impl clap::FromArgMatches for View {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        let view = if matches.get_flag("broken") {
            View::Broken
        } else if matches.get_flag("orphans") {
            View::Orphans
        } else if matches.get_flag("one_way") {
            View::OneWay
        } else if let Some(graph) = matches.get_one::<Graph>("graph") {
            View::Graph(*graph)
        } else {
            return Err(clap::Error::new(
                clap::error::ErrorKind::MissingRequiredArgument,
            ));
        };
        Ok(view)
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        *self = View::from_arg_matches(matches)?;
        Ok(())
    }
}

const LINK_CODES: &[Code] = &[
    Code::BrokenLink,
    Code::SelfLink,
    Code::LinkToRemoved,
    Code::UnknownDocument,
];

pub(super) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    let ctx = Context::open(settings, Prose::Skip)?;
    let repo = &ctx.repo;
    let programmes = query::resolve_programmes(repo, &args.programme)?;
    let scope = query::scope(repo, &programmes);
    let (style, width) = (settings.style, settings.width.map(usize::from));
    let Some(view) = args.view else {
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
                Graph::Dot => graph::dot(out, repo, &view)?,
                Graph::Mermaid => graph::mermaid(out, repo, &view)?,
            }
        }
        (View::Orphans, Format::Human) => {
            let orphans = query::orphans(repo, &scope);
            links::orphans_human(out, repo, &orphans, style, width)?;
        }
        (View::Orphans, Format::Json) => {
            links::orphans_json(out, repo, &query::orphans(repo, &scope))?;
        }
        (View::OneWay, Format::Human) => {
            let pairs = query::one_way(repo, &scope);
            links::one_way_human(out, repo, &pairs, style, width)?;
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
