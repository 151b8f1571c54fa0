//! `plan import FILE.xlsx`: reads back a workbook made by `plan export --format xlsx`,
//! checks every changed cell as `plan validate` would, and shows the changes as `plan diff`
//! does.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::check;
use crate::cli::{Context, EXIT_FINDINGS, EXIT_OK};
use crate::diagnostic::Severity;
use crate::diff::{self, Side};
use crate::load::Prose;
use crate::load::workbook::read_xlsx;
use crate::render;
use crate::render::style::Style;
use crate::sheet::{import, validate};

/// What the repository is called in the output.
const REPOSITORY: &str = "working tree";

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  plan export --format xlsx --region Valdres --out valdres.xlsx\n  plan import valdres.xlsx            show what the workbook changes\n\nExit status: 0 the workbook can be imported (or has no changes); 1 a cell has an error."
)]
pub struct Args {
    /// The workbook, as `plan export --format xlsx` wrote it and a spreadsheet saved it.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Also take the sheet's values for items changed in the repository since the export.
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &Args, repo_path: Option<&Path>, out: &mut dyn Write) -> Result<u8> {
    let ctx = Context::open(repo_path, Prose::Keep)?;
    let sheets = read_xlsx(&args.file)?;
    let changes = import::read(&sheets, &ctx.repo, args.force)?;
    let baseline = ctx
        .dir
        .config
        .apply(check::validate(&ctx.repo, ctx.load_findings.clone()));
    let loaded = crate::load::load(&ctx.dir.path, &ctx.dir.display, Prose::Keep)?;
    let checked = validate::check(&changes, &ctx.repo, &baseline, loaded, &ctx.dir.config);
    let mut findings = changes.findings.clone();
    findings.extend(checked.findings);
    findings.sort_by(|a, b| (&a.cell, &a.item, a.code).cmp(&(&b.cell, &b.item, b.code)));
    let label = args.file.to_string_lossy();
    let diff = diff::diff(
        &Side {
            label: REPOSITORY,
            repo: &ctx.repo,
            findings: &[],
        },
        &Side {
            label: &label,
            repo: &checked.repo,
            findings: &[],
        },
    );
    let style = Style::stdout();
    render::import::findings(out, &findings, style)?;
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    render::import::outcome(out, &diff, errors, false, style)?;
    Ok(if errors > 0 { EXIT_FINDINGS } else { EXIT_OK })
}
