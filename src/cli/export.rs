//! `plan export`: the whole repository, resolved, as JSON, YAML or CSV for other tools, or
//! the items a `plan list` filter selects as an Excel workbook to edit and import back.

use std::io::Write;

use anyhow::{Result, bail};

use crate::cli::format::Export as Format;
use crate::cli::list::{FilterArgs, filter};
use crate::cli::settings::Settings;
use crate::cli::{Context, EXIT_OK, OutFile};
use crate::export::Streamed;
use crate::index::{ItemIx, Repository};
use crate::load::Prose;
use crate::model::Language;
use crate::query::{self, SortKey};
use crate::render;
use crate::sheet::View;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  plan export --format json --out plan.json\n  plan export --format csv --excel --out tiltak.csv\n  plan export --format xlsx --region Valdres --out valdres.xlsx",
    mut_args = with_xlsx_only
)]
pub(crate) struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub(crate) format: Format,
    /// With --format csv: a UTF-8 byte-order mark and `;` between fields, as Norwegian Excel
    /// expects.
    #[arg(long)]
    pub(crate) excel: bool,
    /// With --format xlsx: which items, as `plan list` selects them.
    #[command(flatten)]
    pub(crate) filters: FilterArgs,
    #[command(flatten)]
    pub(crate) moment: crate::cli::Moment,
    #[command(flatten)]
    pub(crate) out: OutFile,
}

/// An item filter's help says it goes with `--format xlsx` (the catalogue's translations
/// say so too): the other formats export the whole repository.
fn with_xlsx_only(arg: clap::Arg) -> clap::Arg {
    let filters = <FilterArgs as clap::Args>::augment_args(clap::Command::new("filters"));
    let is_filter = filters.get_arguments().any(|a| a.get_id() == arg.get_id());
    match arg.get_help().map(ToString::to_string) {
        Some(help) if is_filter => match help.strip_prefix("With ") {
            Some(rest) => arg.help(format!("With --format xlsx and {rest}")),
            None => {
                let mut chars = help.chars();
                let first = chars.next().map(|c| c.to_lowercase().to_string());
                let rest = chars.as_str();
                arg.help(format!(
                    "With --format xlsx: {}{rest}",
                    first.unwrap_or_default()
                ))
            }
        },
        _ => arg,
    }
}

pub(super) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    if args.excel && args.format != Format::Csv {
        bail!("{}", crate::t!("error-excel-needs-csv"));
    }
    if args.format != Format::Xlsx && !args.filters.is_empty() {
        bail!("{}", crate::t!("error-filters-need-xlsx"));
    }
    let ctx = Context::open_at(settings, Prose::Keep, &args.moment)?;
    let repo = &ctx.repo;
    match args.format {
        Format::Json => args.out.write(out, |w| {
            serde_json::to_writer_pretty(&mut *w, &Streamed(repo))?;
            writeln!(w)
        })?,
        Format::Yaml => args
            .out
            .write(out, |w| crate::export::write_yaml(w, repo))?,
        Format::Csv => args
            .out
            .write(out, |w| render::export::csv(w, repo, args.excel))?,
        Format::Xlsx => return xlsx(args, settings, &ctx, out),
    }
    Ok(EXIT_OK)
}

fn xlsx(args: &Args, settings: &Settings, ctx: &Context, out: &mut dyn Write) -> Result<u8> {
    if args.out.out.is_none() {
        bail!("{}", crate::t!("error-xlsx-needs-out"));
    }
    let mut selection = filter(&args.filters, ctx, args.moment.as_of)?.select(&ctx.repo);
    query::sort(&ctx.repo, &mut selection.items, SortKey::Id);
    let items: Vec<ItemIx> = selection.items.iter().map(|(ix, _)| *ix).collect();
    // The workbook is in the language asked for (--lang, PLAN_LANG), else plan.toml's, else
    // that of the programme it shows.
    let language = settings
        .asked_language()
        .or(ctx.dir.config.language)
        .unwrap_or_else(|| first_language(&ctx.repo, &items));
    let bytes = render::xlsx::workbook(&View::new(&ctx.repo, &items, language))?;
    args.out.write(out, |w| w.write_all(&bytes))?;
    Ok(EXIT_OK)
}

/// The language of the first exported item's programme; bokmål when there is none.
fn first_language(repo: &Repository, items: &[ItemIx]) -> Language {
    items
        .first()
        .and_then(|&ix| repo.programme_of(&repo.items[ix]))
        .map_or(Language::Nb, |p| p.language)
}
