//! Output written as it is made is byte for byte what building the whole document first
//! gives: `plan export --format json|yaml` against the export built in memory, on the shipped
//! data and on a generated repository of 1,000 items. (The report's web page, converted a
//! piece at a time, is checked the same way inside the crate, `src/tests.rs`.)

mod common;
// The benchmark's generator, for a repository large enough to have many programmes, pieces
// and cross-programme links; its `main` is not used here.
#[allow(dead_code)]
#[path = "../examples/generate.rs"]
mod generate;

use std::path::Path;

use common::{TempDir, plan, root};

fn stdout(repo: &Path, args: &[&str]) -> String {
    let mut all = vec!["--repo", repo.to_str().unwrap()];
    all.extend_from_slice(args);
    let run = plan(&root(), &all);
    assert_eq!(run.status, 0, "plan {all:?} failed: {}", run.stderr);
    assert!(run.stdout.len() > 10_000, "plan {all:?} printed little");
    run.stdout
}

/// Fails with the first line that differs, not two documents of megabytes.
fn assert_same(streamed: &str, whole: &str, what: &str) {
    if streamed == whole {
        return;
    }
    let (line, (a, b)) = streamed
        .lines()
        .zip(whole.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
        .unwrap_or((0, ("(a prefix of the other)", "")));
    panic!(
        "{what}: streamed output differs from the whole document at line {}:\n  streamed: {a}\n  whole:    {b}",
        line + 1
    );
}

fn compare(repo_path: &Path) {
    let export = plan::read_export(repo_path).unwrap();
    let json = serde_json::to_string_pretty(&export).unwrap() + "\n";
    assert_same(
        &stdout(repo_path, &["export", "--format", "json"]),
        &json,
        "export --format json",
    );
    assert_same(
        &stdout(repo_path, &["export", "--format", "yaml"]),
        &export.to_yaml().unwrap(),
        "export --format yaml",
    );
}

#[test]
fn streamed_output_is_the_whole_document_on_the_shipped_data() {
    compare(&root());
}

#[test]
fn streamed_output_is_the_whole_document_on_a_generated_repository() {
    let dir = TempDir::new("streaming");
    generate::generate(1000, dir.path(), 1).unwrap();
    compare(dir.path());
}
