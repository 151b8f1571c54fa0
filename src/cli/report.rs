//! `plan report`: a programme's status as Markdown for GitHub or as a self-contained web page.

use std::io::Write;
use std::path::Path;

use anyhow::{Result, anyhow, bail};
use clap::ValueEnum;

use crate::cli::{Context, EXIT_OK, OutFile};
use crate::load::Prose;
use crate::model::{Date, Language};
use crate::query;
use crate::render::{html, report as markdown};
use crate::report::{self, GRAPH_NODE_LIMIT, Options};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  plan report --programme innlandet > report.md\n  plan report --region Valdres --since 2024-01-01\n  plan report --format html --out report.html --force"
)]
pub struct Args {
    /// Only this programme (id or name); repeat for several. Default: all.
    #[arg(long)]
    pub programme: Vec<String>,
    /// Only items tied to this region, as `plan list --region`; the title says so.
    #[arg(long)]
    pub region: Option<String>,
    /// Show every status update since this date (YYYY, YYYY-MM or YYYY-MM-DD), not just the
    /// latest.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// nb, nn or en. Default: `language` in plan.toml, else each programme's own language.
    #[arg(long, value_name = "LANG", value_parser = crate::cli::words::WordParser::<Language>::new("language"))]
    pub lang: Option<Language>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    #[command(flatten)]
    pub out: OutFile,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For GitHub: tables, anchors, a Mermaid link graph.
    Markdown,
    /// One self-contained page with charts; opens in any browser, prints well.
    Html,
}

pub fn run(args: &Args, repo_path: Option<&Path>, out: &mut dyn Write) -> Result<u8> {
    let ctx = Context::open(repo_path, Prose::Keep)?;
    let findings = ctx.findings();
    let (dir, repo) = (&ctx.dir, &ctx.repo);
    let region = match &args.region {
        Some(name) => {
            let ids = query::resolve_region(repo, name)?;
            if ids.len() > 1 {
                let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                bail!(
                    "`{name}` names several regions: `{}`; use one of their ids",
                    ids.join("`, `")
                );
            }
            ids.into_iter().next()
        }
        None => None,
    };
    let options = Options {
        programmes: query::resolve_programmes(repo, &args.programme)?,
        region,
        since: args
            .since
            .as_deref()
            .map(|text| {
                Date::parse(text).ok_or_else(|| {
                    anyhow!("`{text}` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
                })
            })
            .transpose()?,
        language: args.lang.or(dir.config.language),
    };
    let report = report::build(repo, &options, &findings, GRAPH_NODE_LIMIT);
    let mut text = Vec::new();
    markdown::markdown(&mut text, repo, &report)?;
    let text = String::from_utf8(text)?;
    args.out.write(out, |w| match args.format {
        Format::Markdown => w.write_all(text.as_bytes()),
        Format::Html => html::page(w, &report, &text),
    })?;
    Ok(EXIT_OK)
}
