//! Integration tests of what queries say about places and bodies: scope versus mentions,
//! bodies that are part of bodies, bodies that act for a region, approximate amounts, and
//! the names users type for places. On the shipped data and on the `scope` fixture.

mod common;

use common::{fixtures, plan, root};
use serde_json::Value;

fn on_scope(args: &[&str]) -> common::Run {
    let mut all = vec!["--repo", "scope"];
    all.extend_from_slice(args);
    plan(&fixtures(), &all)
}

fn on_data(args: &[&str]) -> common::Run {
    plan(&root(), args)
}

fn json(run: &common::Run) -> Value {
    assert_eq!(run.status, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("invalid JSON ({e}): {}", run.stdout))
}

/// The listed items as (id, why).
fn listed(run: &common::Run) -> Vec<(String, Vec<String>)> {
    json(run)
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let why = i["why"].as_array().map_or(Vec::new(), |w| {
                w.iter().map(|r| r.as_str().unwrap().to_string()).collect()
            });
            (i["id"].as_str().unwrap().to_string(), why)
        })
        .collect()
}

fn ids(run: &common::Run) -> Vec<String> {
    listed(run).into_iter().map(|(id, _)| id).collect()
}

#[test]
fn a_mentioned_place_does_not_put_an_item_there() {
    let north = on_scope(&["list", "--region", "Nordre", "--format", "json", "--why"]);
    assert_eq!(
        listed(&north),
        [
            ("K2".into(), vec!["acts in Hamar, in Nordre".to_string()]),
            (
                "L1".into(),
                vec!["Nordre regionråd acts for Nordre".to_string()]
            ),
        ]
    );
    let with_county_wide = on_scope(&[
        "list",
        "--region",
        "Nordre",
        "--with-county-wide",
        "--format",
        "json",
        "--why",
    ]);
    assert_eq!(
        listed(&with_county_wide)[0],
        (
            "K1".to_string(),
            vec![
                "applies county-wide".to_string(),
                "only mentions Vika (Kongsvinger, in Nordre); does not act there".to_string()
            ]
        )
    );
}

#[test]
fn text_still_finds_mentions_and_says_so() {
    let run = on_scope(&["list", "--text", "Vika", "--format", "json", "--why"]);
    assert_eq!(
        listed(&run),
        [(
            "K1".to_string(),
            vec!["only mentions Vika (Kongsvinger); does not act there".to_string()]
        )]
    );
}

#[test]
fn a_body_matches_with_the_bodies_that_are_part_of_it() {
    let run = on_scope(&["list", "--partner", "Etaten", "--format", "json", "--why"]);
    assert_eq!(
        listed(&run),
        [
            (
                "K1".to_string(),
                vec!["partner: Etaten Vika, part of Etaten".to_string()]
            ),
            ("K2".to_string(), vec!["partner: Etaten".to_string()]),
        ]
    );
    // A part matches only itself and what is below it.
    let north = on_scope(&["list", "--involves", "etaten-nord", "--format", "json"]);
    assert_eq!(ids(&north), ["K1"]);
}

#[test]
fn bodies_show_the_tree() {
    let run = on_scope(&["bodies", "--format", "markdown"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let names: Vec<&str> = run
        .stdout
        .lines()
        .skip(2)
        .map(|l| l.split('|').nth(1).unwrap().trim_matches(' '))
        .collect();
    // By load, each body followed by its parts, indented by depth.
    assert_eq!(
        names,
        [
            "Demo fylkeskommune",
            "Nordre regionråd",
            "Etaten",
            "└ Etaten Nord",
            "\u{a0}\u{a0}└ Etaten Vika",
        ]
    );
    let flat = json(&on_scope(&["bodies", "--format", "json"]));
    let etaten_vika = flat
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "etaten-vika")
        .unwrap();
    assert_eq!(etaten_vika["part_of"], "etaten-nord");
}

#[test]
fn approximate_amounts_make_approximate_totals() {
    let shown = on_scope(&["show", "K1"]);
    assert!(
        shown.stdout.contains(
            "ca. 1\u{a0}000\u{a0}000 NOK — nær 1 million; of which 600\u{a0}000 NOK from Etaten"
        ),
        "{}",
        shown.stdout
    );
    let report = on_scope(&["report"]);
    assert_eq!(report.status, 0, "{}", report.stderr);
    assert!(
        report
            .stdout
            .contains("| NOK | ca. 1\u{a0}500\u{a0}000 | 2 |\n"),
        "the share is not added again, and the total is approximate: {}",
        report.stdout
    );
}

#[test]
fn shipped_data_ties_items_to_where_they_act() {
    let kongsvinger = on_data(&["list", "--municipality", "Kongsvinger", "--format", "json"]);
    assert!(
        !ids(&kongsvinger).contains(&"K3".to_string()),
        "K3 only names the college centre there"
    );
    let valdres = on_data(&["list", "--region", "Valdres", "--format", "json"]);
    assert!(!ids(&valdres).contains(&"L7".to_string()));
    let county_wide = on_data(&[
        "list",
        "--region",
        "Valdres",
        "--with-county-wide",
        "--format",
        "json",
    ]);
    assert!(ids(&county_wide).contains(&"L7".to_string()));
    let beitostolen = on_data(&["list", "--text", "Beitostølen", "--format", "json", "--why"]);
    let l7 = listed(&beitostolen)
        .into_iter()
        .find(|(id, _)| id == "L7")
        .expect("--text finds the mention");
    assert!(
        l7.1.iter().any(|r| r.contains("nevner bare Beitostølen")),
        "{l7:?}"
    );
    let kristiansund = on_data(&["list", "--municipality", "Kristiansund", "--format", "json"]);
    assert!(!ids(&kristiansund).contains(&"digi-mr".to_string()));
}

#[test]
fn a_municipality_lists_what_acts_in_its_regions() {
    let vaga = on_data(&[
        "list",
        "--municipality",
        "Vågå",
        "--format",
        "json",
        "--why",
    ]);
    let (_, why) = listed(&vaga)
        .into_iter()
        .find(|(id, _)| id == "A4")
        .expect("A4 acts in Nord-Gudbrandsdal, which holds Vågå");
    assert!(
        why.contains(&"virker i regionen Nord-Gudbrandsdal, som Vågå hører til".to_string()),
        "{why:?}"
    );
    let tynset = on_data(&[
        "list",
        "--municipality",
        "Tynset",
        "--format",
        "json",
        "--why",
    ]);
    assert_eq!(ids(&tynset), ["K8", "A4", "A12", "L11", "L15"]);
    let (_, why) = listed(&tynset)
        .into_iter()
        .find(|(id, _)| id == "L15")
        .unwrap();
    assert_eq!(why, ["virker i Tynset"], "named directly, said so");
    let human = on_data(&["list", "--municipality", "Tynset", "--why", "--lang", "en"]);
    assert!(
        human
            .stdout
            .contains("acts in region Fjellregionen, which Tynset belongs to"),
        "{}",
        human.stdout
    );
    // A region's filter is unchanged: only what ties an item to the region itself.
    let region = on_data(&[
        "list",
        "--region",
        "Fjellregionen",
        "--format",
        "json",
        "--why",
    ]);
    assert!(
        listed(&region)
            .iter()
            .all(|(_, why)| why.iter().all(|w| !w.contains("hører til"))),
        "{:?}",
        listed(&region)
    );
}

#[test]
fn shipped_nav_includes_its_county_office() {
    let run = on_data(&["list", "--partner", "NAV", "--format", "json", "--why"]);
    let found = listed(&run);
    for id in ["A8", "L1"] {
        let (_, why) = found.iter().find(|(i, _)| i == id).expect(id);
        assert!(
            why.contains(&"partner: NAV Innlandet, del av NAV".to_string()),
            "{id}: {why:?}"
        );
    }
    let hamar = on_data(&["list", "--region", "Hamarregionen", "--format", "json"]);
    for id in ["K11", "A9"] {
        assert!(
            ids(&hamar).contains(&id.to_string()),
            "{id} is run by Hamarregionen Utvikling"
        );
    }
}

#[test]
fn all_of_more_og_romsdal_is_there() {
    let volda = on_data(&[
        "list",
        "--municipality",
        "Volda",
        "--with-county-wide",
        "--format",
        "json",
    ]);
    assert!(ids(&volda).contains(&"digi-mr".to_string()));
    let regions = json(&on_data(&["regions", "--format", "json"]));
    let members = |id: &str| {
        regions
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()["municipalities"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(
        [members("sunnmore"), members("romsdal"), members("nordmore")],
        [14, 5, 8]
    );
}

#[test]
fn place_names_lead_to_the_right_flag() {
    let hamar = on_data(&["list", "--region", "Hamar"]);
    assert_eq!(hamar.status, 2);
    assert!(
        hamar
            .stderr
            .contains("Hamar er en kommune; mente du `--municipality Hamar`?"),
        "{}",
        hamar.stderr
    );
    let fagernes = on_data(&["list", "--municipality", "Fagernes", "--format", "json"]);
    assert!(
        fagernes
            .stderr
            .contains("Fagernes er et sted i Nord-Aurdal; viser Nord-Aurdal (3451)"),
        "{}",
        fagernes.stderr
    );
    assert_eq!(
        fagernes.stdout,
        on_data(&["list", "--municipality", "Nord-Aurdal", "--format", "json"]).stdout
    );
}

#[test]
fn a_part_of_cycle_does_not_hang_queries() {
    let run = plan(
        &fixtures(),
        &[
            "--repo",
            "part-of-cycle",
            "bodies",
            "--all",
            "--format",
            "json",
        ],
    );
    assert_eq!(json(&run).as_array().unwrap().len(), 3);
    let table = plan(&fixtures(), &["--repo", "part-of-cycle", "bodies", "--all"]);
    assert!(
        table.stdout.contains("Nordre regionråd"),
        "{}",
        table.stdout
    );
    let involves = plan(
        &fixtures(),
        &[
            "--repo",
            "part-of-cycle",
            "list",
            "--involves",
            "demo-council",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        ids(&involves),
        ["K1", "K2", "L1"],
        "the whole cycle is below each body"
    );
}
