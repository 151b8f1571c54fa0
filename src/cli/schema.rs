//! `plan schema`: writes the JSON Schemas editors use into a folder (`schema/`), or checks
//! that the folder is up to date with the format the loader checks.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context as _, Result};

use crate::cli::{EXIT_FINDINGS, EXIT_OK};
use crate::format::EntityKind;
use crate::output::{self, FileWrite};
use crate::schema;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 written or up to date; 1 with --check, a schema file \
    is missing or out of date; 2 a file could not be written."
)]
pub(crate) struct Args {
    /// The folder the schemas go in.
    #[arg(long, value_name = "DIR", default_value = "schema")]
    pub(crate) out: PathBuf,
    /// Replace schema files that differ from the generated ones.
    #[arg(long)]
    pub(crate) force: bool,
    /// Write nothing; say which files are missing or out of date, and exit 1 if any is.
    #[arg(long, conflicts_with = "force")]
    pub(crate) check: bool,
}

pub(super) fn run(args: &Args, out: &mut dyn Write) -> Result<u8> {
    let mut stale = 0;
    let mut writes = Vec::new();
    for &kind in EntityKind::ALL {
        let path = args.out.join(schema::file_name(kind));
        let text = schema::text(kind);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() == Some(text.as_str()) {
            continue;
        }
        let shown = path.display();
        if args.check {
            let state = if current.is_some() {
                crate::t!("schema-out-of-date")
            } else {
                crate::t!("schema-missing")
            };
            writeln!(out, "{shown}: {state}")?;
            stale += 1;
            continue;
        }
        if current.is_some() && !args.force {
            let path = shown.to_string();
            anyhow::bail!("{}", crate::t!("error-exists", path = path));
        }
        let bytes = text.into_bytes();
        writes.push(if args.force {
            FileWrite::Replace { path, bytes }
        } else {
            FileWrite::Create { path, bytes }
        });
    }
    if !writes.is_empty() {
        std::fs::create_dir_all(&args.out).with_context(|| {
            crate::t!(
                "error-could-not-create",
                path = args.out.display().to_string()
            )
        })?;
        // All schema files or none: editors read them together.
        output::commit(&writes)?;
    }
    for write in &writes {
        if let FileWrite::Create { path, .. } | FileWrite::Replace { path, .. } = write {
            let path = path.display().to_string();
            writeln!(out, "{}", crate::t!("schema-wrote", path = path))?;
        }
    }
    if stale > 0 {
        let folder = args.out.display().to_string();
        writeln!(out, "{}", crate::t!("schema-hint", folder = folder))?;
        return Ok(EXIT_FINDINGS);
    }
    Ok(EXIT_OK)
}
