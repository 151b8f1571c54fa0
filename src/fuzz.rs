//! A property test of the loader and validator: real fixture files mutated at random
//! (bytes flipped or inserted, truncated, lines repeated so keys are duplicated, deep
//! nesting, anchors and aliases, invalid UTF-8, new files in odd places) never panic,
//! finish in bounded time, and give findings whose locations exist in their file.
//!
//! `cargo test --lib fuzz` runs a bounded number of cases; the long run is
//! `PLAN_FUZZ_CASES=200000 cargo test --release --lib fuzz -- --ignored --nocapture`.
//! A failing case is written to `tests/fuzz-regressions/`, whose files are replayed by
//! every run.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::check;
use crate::index::Repository;
use crate::load::load_memory;
// The generator's splitmix64, so a case number alone reproduces a case.
use crate::tests::generate::Rng;

/// The crate's root folder.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const YAML_BYTES: &[u8] = b":-[]{}&*!|>'\"#%@`,?\n\t ~0123456789aZ";

/// The files of a whole fixture, as (path relative to it, bytes), sorted.
fn fixture_files(name: &str) -> Vec<(String, Vec<u8>)> {
    let root = root().join("tests").join("fixtures").join(name);
    let mut out = Vec::new();
    collect(&root, &root, &mut out);
    out.sort();
    out
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(root, &path, out);
        } else {
            let relative = path.strip_prefix(root).unwrap().to_string_lossy();
            out.push((relative.replace('\\', "/"), std::fs::read(&path).unwrap()));
        }
    }
}

/// Changes `bytes` in one of several ways.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    let at = rng.below(bytes.len() + 1);
    match rng.below(10) {
        0 if !bytes.is_empty() => {
            let last = bytes.len() - 1;
            bytes[at.min(last)] = rng.next().to_le_bytes()[0];
        }
        1 => {
            let byte = YAML_BYTES[rng.below(YAML_BYTES.len())];
            bytes.insert(at, byte);
        }
        2 => bytes.truncate(at),
        3 => {
            // Repeat a line: duplicate keys, repeated list entries.
            let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
            let line = lines[rng.below(lines.len())].to_vec();
            let mut out: Vec<u8> = line;
            out.push(b'\n');
            let start = bytes[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            bytes.splice(start..start, out);
        }
        4 => {
            let depth = 1 + rng.below(300);
            let open = if rng.below(2) == 0 { "[" } else { "{a: " };
            bytes.splice(at..at, open.repeat(depth).into_bytes());
        }
        5 => {
            let text = [
                "&a ",
                "*a",
                "<<: *a\n",
                "&b [*a, *a, *a]\n",
                "--- \n",
                "...\n",
            ];
            let piece = text[rng.below(text.len())].as_bytes().to_vec();
            bytes.splice(at..at, piece);
        }
        6 => bytes.insert(at, [0xC3, 0xFF, 0x80, 0xEF, 0x00][rng.below(5)]),
        7 => {
            let end = (at + rng.below(40)).min(bytes.len());
            bytes.drain(at..end);
        }
        8 => {
            let indent = " ".repeat(rng.below(12));
            let piece = format!("\n{indent}- x: {}\n", "y".repeat(rng.below(3)));
            bytes.splice(at..at, piece.into_bytes());
        }
        _ => {
            bytes.splice(at..at, "\t".repeat(1 + rng.below(3)).into_bytes());
        }
    }
}

/// Builds case `case` from the fixture files.
fn make_case(case: u64, base: &[(String, Vec<u8>)]) -> Vec<(String, Vec<u8>)> {
    let mut rng = Rng(case);
    let mut files = base.to_vec();
    for _ in 0..1 + rng.below(4) {
        let pick = rng.below(files.len());
        mutate(&mut rng, &mut files[pick].1);
    }
    if rng.below(8) == 0 {
        let folders = [
            "",
            "bodies/",
            "programmes/demo/items/",
            "programmes/x/",
            "regions/",
        ];
        let folder = folders[rng.below(folders.len())];
        let source = files[rng.below(files.len())].1.clone();
        files.push((format!("{folder}n{}.yaml", rng.below(100)), source));
    }
    files
}

/// Loads, indexes and validates one case; a message naming what went wrong, if anything.
fn run_case(files: Vec<(String, Vec<u8>)>) -> Result<(), String> {
    let texts: Vec<(String, usize)> = files
        .iter()
        .map(|(path, bytes)| {
            // Line ends as YAML and editors count them: `\r\n`, `\n` or a lone `\r`.
            let text = String::from_utf8_lossy(bytes).replace("\r\n", "\n");
            let breaks = text.matches(['\n', '\r']).count();
            let lines = breaks + usize::from(!text.ends_with(['\n', '\r']));
            (format!("d/{path}"), lines)
        })
        .collect();
    let start = Instant::now();
    let result = std::panic::catch_unwind(move || {
        let loaded = load_memory("d", files, crate::load::Prose::Keep);
        let (repo, found) = Repository::build(loaded);
        check::validate(&repo, found)
    });
    let findings = result.map_err(|_| "panicked".to_string())?;
    if start.elapsed() > Duration::from_secs(10) {
        return Err(format!("took {:?}", start.elapsed()));
    }
    for f in &findings {
        let lines = texts
            .iter()
            .find(|(path, _)| *path == f.path)
            .map(|(_, lines)| *lines);
        let valid = f.line >= 1 && f.column >= 1 && lines.is_some_and(|n| f.line as usize <= n + 1);
        if !valid {
            return Err(format!(
                "finding {} at {}:{}:{} is outside its file ({lines:?} lines)",
                f.code, f.path, f.line, f.column
            ));
        }
    }
    Ok(())
}

/// Runs `cases` cases starting at `first`; failing cases are saved as regression files.
fn fuzz(first: u64, cases: u64) {
    let base = fixture_files("valid");
    let mut failures = Vec::new();
    for case in first..first + cases {
        let files = make_case(case, &base);
        if let Err(why) = run_case(files.clone()) {
            save_regression(case, &files);
            failures.push(format!("case {case}: {why}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn regressions() -> PathBuf {
    root().join("tests").join("fuzz-regressions")
}

/// Keeps a failing case as `tests/fuzz-regressions/case-<n>/`, the mutated fixture.
fn save_regression(case: u64, files: &[(String, Vec<u8>)]) {
    let dir = regressions().join(format!("case-{case}"));
    for (path, bytes) in files {
        let target = dir.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    }
}

#[test]
fn mutated_files_never_break_the_validator() {
    fuzz(0, 300);
}

#[test]
fn saved_regressions_pass() {
    let entries = std::fs::read_dir(regressions()).expect("tests/fuzz-regressions is in git");
    for entry in entries {
        let dir = entry.unwrap().path();
        let mut files = Vec::new();
        collect(&dir, &dir, &mut files);
        files.sort();
        if let Err(why) = run_case(files) {
            panic!("{}: {why}", dir.display());
        }
    }
}

/// The long run: `PLAN_FUZZ_CASES` cases (default 100,000) after the bounded ones.
#[test]
#[ignore]
fn long_fuzz() {
    let cases = std::env::var("PLAN_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let start = Instant::now();
    fuzz(1_000_000, cases);
    println!("{cases} cases in {:?}", start.elapsed());
}
