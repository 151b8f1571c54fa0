//! `plan completions SHELL` and `plan man`: shell completion scripts and a man page, made
//! from the clap definitions so they always match the commands.

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::{Cli, EXIT_OK};

#[derive(Debug, clap::Args)]
#[command(after_help = "Install, for example: \
    plan completions bash > ~/.local/share/bash-completion/completions/plan; \
    plan completions zsh > ~/.zfunc/_plan; \
    plan completions fish > ~/.config/fish/completions/plan.fish; \
    plan completions powershell >> $PROFILE")]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn completions(args: &CompletionsArgs, out: &mut dyn Write) -> Result<u8> {
    clap_complete::generate(args.shell, &mut Cli::command(), "plan", out);
    Ok(EXIT_OK)
}

/// Writes the man page, in roff: `plan man > plan.1`.
pub fn man(out: &mut dyn Write) -> Result<u8> {
    clap_mangen::Man::new(Cli::command()).render(out)?;
    Ok(EXIT_OK)
}
