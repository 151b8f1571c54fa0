//! `plan diff [REV] [REV2]`: what changed in the programmes between two git revisions, or
//! between a revision and the working tree.

use std::io::Write;

use anyhow::Result;

use crate::cli::format::View as Format;
use crate::cli::settings::Settings;
use crate::cli::{DataDir, EXIT_OK, load};
use crate::diagnostic::Diagnostic;
use crate::diff::{self, Side};
use crate::index::Repository;
use crate::load::Prose;
use crate::load::git::GitData;
use crate::render::diff as render;
use crate::render::fitted::Fitted;

/// What the working tree is called in JSON (people read it in their language).
const WORKING_TREE: &str = "working tree";

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  plan diff                 HEAD against the working tree\n  \
    plan diff HEAD~1          the last commit's parent against the working tree\n  \
    plan diff main HEAD       two revisions\n  \
    plan diff v1 --format markdown > endringer.md"
)]
pub(crate) struct Args {
    /// The revision to compare from. Default: HEAD.
    #[arg(value_name = "REV")]
    pub(crate) from: Option<String>,
    /// The revision to compare to. Default: the working tree.
    #[arg(value_name = "REV2")]
    pub(crate) to: Option<String>,
    /// Output format.
    #[arg(long, value_parser = Format::markdown_first(), default_value = "human")]
    pub(crate) format: Format,
}

pub(super) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    let dir = settings.repository()?;
    let git = GitData::open(&dir.path)?;
    let from_label = args.from.as_deref().unwrap_or("HEAD");
    let from = at_revision(&git, dir, from_label)?;
    let to = match &args.to {
        Some(rev) => at_revision(&git, dir, rev)?,
        None => load(dir, Prose::Keep)?,
    };
    let working_tree = match args.format {
        Format::Json => WORKING_TREE.to_string(),
        Format::Human | Format::Markdown => crate::t!("diff-working-tree"),
    };
    let diff = diff::diff(
        &Side {
            label: from_label,
            repo: &from.0,
            findings: &from.1,
        },
        &Side {
            label: args.to.as_deref().unwrap_or(&working_tree),
            repo: &to.0,
            findings: &to.1,
        },
    );
    match args.format {
        Format::Human => {
            let mut fitted = Fitted::new(out, settings.width.map(usize::from));
            render::human(
                &mut fitted,
                &diff,
                settings.style,
                settings.language.language,
            )?;
            fitted.finish()?;
        }
        Format::Markdown => render::markdown(out, &diff, settings.language.language)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &diff)?;
            writeln!(out)?;
        }
    }
    Ok(EXIT_OK)
}

/// The data folder as it was at `revision`, loaded like the working tree.
fn at_revision(
    git: &GitData,
    dir: &DataDir,
    revision: &str,
) -> Result<(Repository, Vec<Diagnostic>)> {
    let commit = git.commit(revision)?;
    let files = git.files_at(&commit)?;
    Ok(Repository::build(crate::load::load_memory(
        &dir.display,
        files,
        // Descriptions, goals and notes are compared.
        Prose::Keep,
    )))
}
