//! Tests of the data across programmes: links written `programme:ID` resolve both ways and
//! are checked like any other link. (That the shipped programmes load without a problem is a
//! test inside the crate, `src/tests.rs`.)

mod common;

use common::{Finding, copy_fixture, edit, fixtures, plan, validate_fixture, validate_json};

fn json(run: &common::Run) -> serde_json::Value {
    assert_eq!(run.stderr, "");
    assert_eq!(run.status, 0);
    serde_json::from_str(&run.stdout).expect("plan printed JSON")
}

#[test]
fn links_across_programmes_resolve_both_ways() {
    assert_eq!(validate_fixture("cross-programme"), (vec![], 0));
    let repo = fixtures().join("cross-programme");
    let repo = repo.to_str().unwrap();
    let x1 = json(&plan(
        &fixtures(),
        &["show", "other:X1", "--format", "json", "--repo", repo],
    ));
    assert_eq!(
        x1["links"],
        serde_json::json!([{"id": "demo:K1", "title": "Kompetanseløft", "removed": false}])
    );
    assert_eq!(
        x1["backlinks"],
        serde_json::json!([{"id": "demo:K2", "title": "Desentralisert utdanning", "removed": false}])
    );
    let k1 = json(&plan(
        &fixtures(),
        &["show", "K1", "--format", "json", "--repo", repo],
    ));
    let backlinks: Vec<&str> = k1["backlinks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(backlinks, ["K2", "L1", "other:X1"]);
}

#[test]
fn a_broken_link_across_programmes_is_reported() {
    let temp = copy_fixture("cross-programme");
    let k2 = temp
        .path()
        .join("cross-programme/programmes/demo/items/K2.yaml");
    edit(&k2, "\"other:X1\"", "\"other:X11\", \"annet:X1\"");
    let (findings, status) = validate_json(temp.path(), "cross-programme", &[]);
    let broken = |column: u32, target: &str, help: &str| Finding {
        code: "broken-link".into(),
        severity: "error".into(),
        path: "cross-programme/programmes/demo/items/K2.yaml".into(),
        line: 7,
        column,
        message: format!("link to unknown item `{target}`"),
        help: Some(help.into()),
    };
    assert_eq!(
        findings,
        [
            broken(13, "other:X11", "did you mean `other:X1`?"),
            broken(26, "annet:X1", "no programme `annet`"),
        ]
    );
    assert_eq!(status, 1);
}
