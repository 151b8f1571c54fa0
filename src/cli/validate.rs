//! `plan validate`: every check over the repository, reported for people or machines.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use crate::cli::format::Findings as Format;
use crate::cli::settings::Settings;
use crate::cli::{EXIT_FINDINGS, EXIT_OK, findings, load};
use crate::diagnostic::Tally;
use crate::load::Prose;
use crate::render::diagnostics;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 no errors (warnings allowed); 1 errors, or warnings with \
    --deny-warnings; 2 usage error or the repository cannot be read. The [severity] table of \
    plan.toml makes a finding code allowed (not reported), a warning or an error."
)]
pub(crate) struct Args {
    /// The data folder (or a repository containing `data/`). Default: found from the
    /// current folder.
    pub(crate) path: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,

    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub(crate) deny_warnings: bool,
}

pub(super) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    // The settings found the folder `path` names (see `Cli::data_path`).
    let dir = settings.repository()?;
    let (repository, found) = load(dir, Prose::Skip)?;
    let findings = findings(dir, &repository, found);
    let tally = Tally::of(&findings);
    match args.format {
        Format::Human => {
            let excerpts = repository.excerpts();
            let source = |path: &str, line: u32| excerpts.line(path, line);
            diagnostics::human(out, &findings, &source, settings.style)?;
            let files = repository.files.len();
            diagnostics::summary(out, tally, files, args.deny_warnings, settings.style)?;
        }
        Format::Json => diagnostics::json(out, &findings)?,
        Format::Github => diagnostics::github(out, &findings)?,
        Format::Sarif => diagnostics::sarif(out, &findings)?,
        Format::Gitlab => diagnostics::gitlab(out, &findings)?,
    }
    let failed = tally.errors > 0 || (args.deny_warnings && tally.warnings > 0);
    Ok(if failed { EXIT_FINDINGS } else { EXIT_OK })
}
