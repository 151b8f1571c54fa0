//! The same input gives the same bytes out, however many threads load and check it.

mod common;

use common::{TempDir, copy_dir, plan_with_env, root};

/// A copy of the shipped data with a defect in every item: findings from all over the
/// repository, produced on whichever thread read the file.
fn data_with_many_findings() -> TempDir {
    let dir = TempDir::new("determinism");
    copy_dir(&root().join("data"), &dir.path().join("data"));
    let items = dir.path().join("data/programmes/innlandet/items");
    for entry in std::fs::read_dir(&items).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let broken = text.replacen("responsible:\n", "responsible:\n  - no-such-body\n", 1);
        std::fs::write(&path, broken.replacen("title:", "titel: x\ntitle:", 1)).unwrap();
    }
    std::fs::copy(items.join("K1.yaml"), items.join("K1-copy.yaml")).unwrap();
    dir
}

#[test]
fn output_is_the_same_on_any_number_of_threads() {
    let dir = data_with_many_findings();
    let commands: [&[&str]; 4] = [
        &["validate", "--format", "json"],
        &["validate"],
        &["list", "--format", "json", "--include-removed"],
        &["report", "--format", "markdown"],
    ];
    for args in commands {
        let runs: Vec<String> = ["1", "2", "8", "2"]
            .iter()
            .map(|threads| {
                plan_with_env(dir.path(), args, &[("RAYON_NUM_THREADS", threads)]).stdout
            })
            .collect();
        assert!(
            runs[0].len() > 1000,
            "{args:?} printed little:\n{}",
            runs[0]
        );
        for run in &runs[1..] {
            assert!(run == &runs[0], "{args:?} differs between runs");
        }
    }
    let json = plan_with_env(dir.path(), &["validate", "--format", "json"], &[]).stdout;
    assert!(json.matches("\"unknown-body\"").count() >= 40);
    assert!(json.contains("\"duplicate-id\""));
}
