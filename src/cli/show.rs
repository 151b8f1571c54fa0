//! `plan show ID`: one item in full, with backlinks.

use std::io::Write;

use anyhow::Result;

use crate::cli::format::View as Format;
use crate::cli::settings::Settings;
use crate::cli::{Context, EXIT_OK};
use crate::load::Prose;
use crate::query;
use crate::render::show::{self, ItemView};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Item id: `K3`, or `programme:ID` where programmes share ids (`mr2025:digi-mr`).
    pub(crate) id: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,
    #[command(flatten)]
    pub(crate) moment: crate::cli::Moment,
}

pub(super) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    // Only the one item's prose is shown: read it alone, not every item's.
    let mut ctx = Context::open_at(settings, Prose::Skip, &args.moment)?;
    let ix = query::resolve_item(&ctx.repo, &args.id)?;
    ctx.repo.read_prose(ix);
    // Indicators are judged on the day the item is shown as of, as `plan list --behind` does.
    let day = match args.moment.as_of {
        Some(day) => day,
        None => crate::cli::parse_today(None)?,
    };
    let view = ItemView::new(&ctx.repo, ix, day);
    let width = settings.width.map(usize::from);
    match args.format {
        Format::Human => show::human(out, &view, settings.style, width)?,
        Format::Markdown => show::markdown(out, &view)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &view)?;
            writeln!(out)?;
        }
    }
    Ok(EXIT_OK)
}
