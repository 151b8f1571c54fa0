//! The `plan` binary: parse the command line, run, map the outcome to an exit status.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = plan::cli::Cli::parse();
    match plan::cli::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("plan: error: {err:#}");
            ExitCode::from(plan::cli::EXIT_USAGE)
        }
    }
}
