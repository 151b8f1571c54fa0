//! `plan completions SHELL` and `plan man`: shell completion scripts and a man page, made
//! from the clap definitions so they always match the commands.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::{Cli, EXIT_OK};

#[derive(Debug, clap::Args)]
#[command(after_help = "Install, for example: \
    mkdir -p ~/.local/share/bash-completion/completions; \
    plan completions bash > ~/.local/share/bash-completion/completions/plan; \
    plan completions zsh > ~/.zfunc/_plan; \
    plan completions fish > ~/.config/fish/completions/plan.fish; \
    plan completions powershell >> $PROFILE")]
pub(crate) struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub(crate) shell: Shell,
}

pub(super) fn completions(args: &CompletionsArgs, out: &mut dyn Write) -> Result<u8> {
    // clap_complete panics when its writer fails (a full disk): generate into memory,
    // then write where a failure is an error.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut in_language(), "plan", &mut script);
    out.write_all(&script)?;
    Ok(EXIT_OK)
}

#[derive(Debug, clap::Args)]
#[command(after_help = "Install, for example: plan man --out ~/.local/share/man/man1")]
pub(crate) struct ManArgs {
    /// Write `plan.1` and one page per subcommand (`plan-list.1`, `plan-new-item.1`, …) into
    /// this folder, creating it if needed, and print their paths. Without it, `plan.1` goes to
    /// standard output.
    #[arg(long, value_name = "DIR")]
    pub(crate) out: Option<PathBuf>,
}

/// Writes the man pages, in roff: `plan.1` to `out`, or every page into `--out DIR`.
pub(super) fn man(args: &ManArgs, out: &mut dyn Write) -> Result<u8> {
    let command = in_language();
    match &args.out {
        None => clap_mangen::Man::new(command).render(out)?,
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| {
                crate::t!("error-could-not-create", path = dir.display().to_string())
            })?;
            clap_mangen::generate_to(command, dir).with_context(|| {
                crate::t!("error-could-not-write", path = dir.display().to_string())
            })?;
            let mut pages: Vec<PathBuf> = std::fs::read_dir(dir)?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|path| is_plan_page(path))
                .collect();
            pages.sort();
            for page in pages {
                writeln!(out, "{}", page.display())?;
            }
        }
    }
    Ok(EXIT_OK)
}

/// The commands with their texts in the run's language, as `--help` shows them (the man
/// page's section names are clap_mangen's own, in English).
fn in_language() -> clap::Command {
    super::help::translated(Cli::command(), crate::i18n::current())
}

/// `plan.1`, `plan-list.1`, …: the pages [`man`] writes.
fn is_plan_page(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| name.ends_with(".1") && (name == "plan.1" || name.starts_with("plan-")))
}
