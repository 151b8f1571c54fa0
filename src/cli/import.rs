//! `plan import FILE.xlsx|FILE.csv`: reads back a workbook made by `plan export --format
//! xlsx` (or a CSV file from `--format csv`), checks every changed cell as `plan validate`
//! would, and shows the changes as `plan diff` does.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use crate::cli::change;
use crate::cli::settings::Settings;
use crate::cli::{Context, EXIT_FINDINGS, EXIT_OK};
use crate::diagnostic::Severity;
use crate::diff::{self, Diff, Side};
use crate::index::Repository;
use crate::load::Prose;
use crate::load::workbook::{read_csv, read_workbook};
use crate::render;
use crate::render::diagnostics;
use crate::sheet::finding::Finding;
use crate::sheet::{csv, import, validate, write};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  plan export --format xlsx --region Valdres --out valdres.xlsx\n  plan import valdres.xlsx            show what the workbook changes (as --dry-run)\n  plan import valdres.xlsx --apply    write it\n\nExit status: 0 the workbook can be imported (or has no changes); 1 a cell has an error."
)]
pub(crate) struct Args {
    /// The workbook (`.xlsx`) as `plan export --format xlsx` wrote it and a spreadsheet
    /// saved it, or a `.csv` file from `plan export --format csv`.
    #[arg(value_name = "FILE")]
    pub(crate) file: PathBuf,
    /// Write the changes (checked, under the repository lock). Without it nothing is written.
    #[arg(long)]
    pub(crate) apply: bool,
    /// Show what the workbook changes and write nothing: what the import does without
    /// `--apply`, said aloud as for the other commands that edit.
    #[arg(long, conflicts_with = "apply")]
    pub(crate) dry_run: bool,
    /// Also take the sheet's values for items changed in the repository since the export.
    #[arg(long)]
    pub(crate) force: bool,
}

/// What the workbook asks for, checked: the change set, the repository it would make, every
/// finding, and the change as `plan diff` shows it.
struct Planned {
    changes: import::ChangeSet,
    checked: validate::Checked,
    findings: Vec<Finding>,
    diff: Diff,
}

fn plan(args: &Args, ctx: &Context) -> Result<Planned> {
    let changes = read(args, &ctx.repo)?;
    let baseline = ctx
        .dir
        .config
        .findings(&ctx.repo, ctx.load_findings.clone());
    let loaded = crate::load::load(&ctx.dir.path, &ctx.dir.display, Prose::Keep)?;
    let mut checked = validate::check(&changes, &ctx.repo, &baseline, loaded, &ctx.dir.config);
    let mut findings = changes.findings.clone();
    findings.append(&mut checked.findings);
    findings.sort_by(|a, b| (&a.cell, &a.item, a.code).cmp(&(&b.cell, &b.item, b.code)));
    let label = args.file.to_string_lossy();
    let repository = crate::t!("diff-working-tree");
    let diff = diff::diff(
        &Side {
            label: &repository,
            repo: &ctx.repo,
            findings: &[],
        },
        &Side {
            label: &label,
            repo: &checked.repo,
            findings: &[],
        },
    );
    Ok(Planned {
        changes,
        checked,
        findings,
        diff,
    })
}

pub(super) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    // --apply holds the repository lock from reading to writing, so no other change slips
    // in between; a preview (the default, or --dry-run) takes no lock.
    let (ctx, files) = if args.apply && !args.dry_run {
        let open = change::open(settings)?;
        (open.ctx, Some(open.changes))
    } else {
        (Context::open(settings, Prose::Keep)?, None)
    };
    let planned = plan(args, &ctx)?;
    let style = settings.style;
    // The spreadsheet by its name: where it lies was given on the command line.
    let name = args
        .file
        .file_name()
        .unwrap_or(args.file.as_os_str())
        .to_string_lossy();
    render::import::findings(out, &planned.findings, style, settings.width)?;
    let errors = planned
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let Some(mut files) = files.filter(|_| errors == 0 && !planned.diff.is_empty()) else {
        render::import::outcome(out, &name, &planned.diff, errors, None, style)?;
        return Ok(if errors > 0 { EXIT_FINDINGS } else { EXIT_OK });
    };
    write::apply(
        &planned.changes,
        &planned.checked.new_files,
        &ctx.repo,
        &mut files,
        &change::item_order(),
    )?;
    // The edit layer's own check, on the files as they will be written.
    if let Err(refusal) = files.check(&ctx.dir.config, (&ctx.repo, ctx.load_findings)) {
        let excerpts = refusal.repo.excerpts();
        let source = |path: &str, line: u32| excerpts.line(path, line);
        diagnostics::human(out, &refusal.findings, &source, style)?;
        writeln!(out, "{}", crate::t!("import-refused"))?;
        return Ok(EXIT_FINDINGS);
    }
    let touched = files.touched();
    files.write()?;
    render::import::outcome(out, &name, &planned.diff, 0, Some(&touched), style)?;
    Ok(EXIT_OK)
}

/// The change set a workbook or CSV file asks for.
fn read(args: &Args, repo: &Repository) -> Result<import::ChangeSet> {
    let is_csv = args
        .file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if !is_csv {
        return import::read(&read_workbook(&args.file)?, repo, args.force);
    }
    csv::read(&read_csv(&args.file)?, repo, args.force)
}
