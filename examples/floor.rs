//! The benchmark's floor (`bench/run.sh`): walks the same YAML files `plan validate` reads and
//! parses each into a generic serde_yaml value, on one thread, and does nothing else.
//! `cargo run --release --example floor -- DATA_FOLDER`.

use anyhow::{Context, Result, bail};

fn main() -> Result<()> {
    let Some(root) = std::env::args().nth(1) else {
        bail!("usage: floor DATA_FOLDER");
    };
    let mut files = 0usize;
    let mut bytes = 0usize;
    let mut failed = 0usize;
    for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
        let entry = entry.with_context(|| format!("cannot walk `{root}`"))?;
        let name = entry.file_name().to_string_lossy();
        if !entry.file_type().is_file() || !(name.ends_with(".yaml") || name.ends_with(".yml")) {
            continue;
        }
        let text = std::fs::read_to_string(entry.path())
            .with_context(|| format!("cannot read `{}`", entry.path().display()))?;
        bytes += text.len();
        files += 1;
        if plan::parse_yaml(&text).is_err() {
            failed += 1;
        }
    }
    println!("{files} files, {bytes} bytes, {failed} not parsed");
    Ok(())
}
