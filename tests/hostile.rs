//! Hostile inputs the other suites do not make (alias bomb, `[` nested 10,000 deep, a symbolic
//! link loop, an unreadable file and a folder named like a YAML file are in
//! `tests/validate.rs`): each gives a finding, in bounded time and memory, without a panic.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Finding, copy_fixture, validate_json};

/// Validates the copied fixture at `temp/valid`; the findings, the exit status, and the
/// peak memory in MiB when `/usr/bin/time` can tell.
fn validate_bounded(temp: &Path) -> (Vec<Finding>, i32, Option<u64>) {
    let start = Instant::now();
    let (findings, status) = validate_json(temp, "valid", &[]);
    let elapsed = start.elapsed();
    assert!(elapsed < Duration::from_secs(30), "took {elapsed:?}");
    (findings, status, peak_mib(temp))
}

fn peak_mib(temp: &Path) -> Option<u64> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        common::skip(
            "/usr/bin/time is not installed (apt-get install time); peak memory not checked",
        );
        return None;
    }
    let out = Command::new(time)
        .args(["-f", "%M", env!("CARGO_BIN_EXE_plan"), "validate", "valid"])
        .current_dir(temp)
        .env("NO_COLOR", "1")
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    stderr
        .lines()
        .last()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(|kib| kib / 1024)
}

fn codes(findings: &[Finding]) -> Vec<(&str, &str, u32, u32)> {
    findings
        .iter()
        .map(|f| (f.code.as_str(), f.path.as_str(), f.line, f.column))
        .collect()
}

#[test]
fn fifty_megabyte_file_is_refused_unread() {
    let temp = copy_fixture("valid");
    // The binary's own footprint (a debug build maps ~30 MiB) is measured, not assumed.
    let baseline = peak_mib(temp.path());
    let big = temp.path().join("valid/documents/big.yaml");
    let line = format!("# {}\n", "x".repeat(1022));
    std::fs::write(&big, line.repeat(50 * 1024)).unwrap();
    let (findings, status, mib) = validate_bounded(temp.path());
    assert_eq!(
        (codes(&findings), status),
        (
            vec![("file-too-large", "valid/documents/big.yaml", 1, 1)],
            1
        )
    );
    // Read no further than the 8 MiB limit: well under the file's 50 MiB.
    if let (Some(base), Some(peak)) = (baseline, mib) {
        assert!(
            peak < base + 20,
            "peak {peak} MiB, {base} MiB without the file"
        );
    }
}

#[test]
fn item_with_100_000_links() {
    let temp = copy_fixture("valid");
    let item = temp.path().join("valid/programmes/demo/items/L2.yaml");
    let text = std::fs::read_to_string(&item).unwrap();
    let links: String = (0..100_000).map(|i| format!("  - X{i}\n")).collect();
    std::fs::write(&item, format!("{text}links:\n{links}")).unwrap();
    let (findings, status, mib) = validate_bounded(temp.path());
    assert_eq!(status, 1);
    assert_eq!(findings.len(), 100_000);
    assert!(findings.iter().all(|f| f.code == "broken-link"));
    assert_eq!(
        (
            findings[0].line,
            findings[0].column,
            findings[0].message.as_str()
        ),
        (11, 5, "link to unknown item `X0`")
    );
    assert_eq!(findings[99_999].line, 100_010);
    assert!(mib.is_none_or(|m| m < 500), "peak {mib:?} MiB");
}

#[test]
fn id_of_10_000_characters() {
    let temp = copy_fixture("valid");
    let item = temp.path().join("valid/programmes/demo/items/L2.yaml");
    let long = "L".repeat(10_000);
    common::edit(&item, "id: L2", &format!("id: {long}"));
    let (findings, status, _) = validate_bounded(temp.path());
    assert_eq!(status, 1);
    assert_eq!(
        codes(&findings),
        [("invalid-value", "valid/programmes/demo/items/L2.yaml", 1, 5)]
    );
    // The message shows the id cut short, not 10,000 characters.
    assert!(findings[0].message.len() < 300, "{}", findings[0].message);
}

#[test]
fn mapping_nesting_10_000_deep() {
    let temp = copy_fixture("valid");
    let deep = temp.path().join("valid/documents/deep.yaml");
    std::fs::write(&deep, "{a: ".repeat(10_000)).unwrap();
    let (findings, status, _) = validate_bounded(temp.path());
    assert_eq!(
        (codes(&findings), status),
        (
            vec![("yaml-limit", "valid/documents/deep.yaml", 1, 1021)],
            1
        )
    );
}
