//! `plan regions`, `plan bodies` and `plan coverage`: the reference views, written by
//! [`crate::render::reference`].

use std::io::Write;

use anyhow::Result;

use crate::cli::format::Reference as Format;
use crate::cli::settings::Settings;
use crate::cli::{Context, EXIT_OK};
use crate::load::Prose;
use crate::query;
use crate::render::reference::{self, Layout};

#[derive(Debug, clap::Args)]
pub(crate) struct RegionsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub(crate) format: Format,
}

#[derive(Debug, clap::Args)]
pub(crate) struct BodiesArgs {
    /// Only this programme (id or name).
    #[arg(long)]
    pub(crate) programme: Vec<String>,
    /// Also list bodies with no items.
    #[arg(long)]
    pub(crate) all: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub(crate) format: Format,
}

#[derive(Debug, clap::Args)]
pub(crate) struct CoverageArgs {
    /// Only this programme (id or name).
    #[arg(long)]
    pub(crate) programme: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub(crate) format: Format,
}

/// How a reference table is laid out in `format`: a table as wide as the terminal.
fn layout(format: Format, settings: &Settings) -> Layout {
    match format {
        Format::Table => Layout::Table(settings.width.map(usize::from)),
        Format::Json => Layout::Json,
        Format::Markdown => Layout::Markdown,
    }
}

pub(super) fn regions(args: &RegionsArgs, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    let ctx = Context::open(settings, Prose::Skip)?;
    let repo = &ctx.repo;
    let per_region = query::items_per_region(repo);
    let regions = query::regions_sorted(repo);
    reference::regions(
        out,
        repo,
        regions,
        &per_region,
        layout(args.format, settings),
    )?;
    Ok(EXIT_OK)
}

pub(super) fn bodies(args: &BodiesArgs, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    let ctx = Context::open(settings, Prose::Skip)?;
    let repo = &ctx.repo;
    let programmes = query::resolve_programmes(repo, &args.programme)?;
    let scope = query::scope(repo, &programmes);
    let loads = query::body_loads(repo, &scope);
    let has_load =
        |l: &query::BodyLoad| args.all || !l.responsible.is_empty() || !l.partner.is_empty();
    reference::bodies(out, repo, loads, has_load, layout(args.format, settings))?;
    Ok(EXIT_OK)
}

pub(super) fn coverage(
    args: &CoverageArgs,
    settings: &Settings,
    out: &mut dyn Write,
) -> Result<u8> {
    let ctx = Context::open(settings, Prose::Skip)?;
    let programmes = query::resolve_programmes(&ctx.repo, &args.programme)?;
    let coverage = query::coverage(&ctx.repo, &programmes);
    reference::coverage(out, &coverage, layout(args.format, settings))?;
    Ok(EXIT_OK)
}
