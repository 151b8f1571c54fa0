//! `plan export`: the whole repository, resolved, as JSON, YAML or CSV for other tools.

use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};
use clap::ValueEnum;

use crate::cli::{Context, EXIT_OK, OutFile};
use crate::export::Streamed;
use crate::load::Prose;
use crate::render;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  plan export --format json --out plan.json\n  plan export --format csv --excel --out tiltak.csv"
)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// With --format csv: a UTF-8 byte-order mark and `;` between fields, as Norwegian Excel
    /// expects.
    #[arg(long)]
    pub excel: bool,
    #[command(flatten)]
    pub moment: crate::cli::Moment,
    #[command(flatten)]
    pub out: OutFile,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Programmes, items with backlinks, bodies, regions, municipalities and documents.
    Json,
    /// One row per item: the columns of `plan list`, the description and the latest update.
    Csv,
    /// The same document as JSON, as YAML.
    Yaml,
}

pub fn run(args: &Args, repo_path: Option<&Path>, out: &mut dyn Write) -> Result<u8> {
    if args.excel && args.format != Format::Csv {
        bail!("{}", crate::t!("error-excel-needs-csv"));
    }
    let ctx = Context::open_at(repo_path, Prose::Keep, &args.moment)?;
    let repo = &ctx.repo;
    args.out.write(out, |w| match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *w, &Streamed(repo))?;
            writeln!(w)
        }
        Format::Yaml => crate::export::write_yaml(w, repo),
        Format::Csv => render::export::csv(w, repo, args.excel),
    })?;
    Ok(EXIT_OK)
}
