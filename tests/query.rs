//! Integration tests of the query commands (`list`, `show`, `links`, `regions`, `bodies`,
//! `coverage`) on the shipped data and on the `query` fixture.

mod common;

use std::collections::BTreeSet;

use common::{fixtures, plan, root};
use serde_json::Value;

/// Runs `plan --repo <fixture> <args>` from `tests/fixtures`.
fn on_fixture(args: &[&str]) -> common::Run {
    let mut all = vec!["--repo", "query"];
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

fn ids(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect()
}

fn strings(value: &Value) -> BTreeSet<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn valdres_lists_exactly_the_items_tied_to_valdres() {
    let valdres = json(&on_data(&[
        "list", "--region", "Valdres", "--format", "json", "--why",
    ]));
    // L7 only mentions Beitostølen as an example: it applies county-wide, not to Valdres.
    assert_eq!(ids(&valdres), ["K8", "A4", "L11", "L13", "L15"]);

    // Independently: every item that names Valdres, one of its municipalities, or a place in
    // one of them, and no other item.
    let regions = json(&on_data(&["regions", "--format", "json"]));
    let members: BTreeSet<String> = regions
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "valdres")
        .unwrap()["municipalities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["number"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(members.len(), 6);
    let all = json(&on_data(&["list", "--format", "json"]));
    let mut expected = Vec::new();
    for item in all.as_array().unwrap() {
        let id = item["id"].as_str().unwrap().to_string();
        let shown = on_data(&["show", &id, "--format", "json"]);
        let detail = json(&shown);
        let place_numbers: BTreeSet<String> = detail["places"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_string())
            .collect();
        let ties = strings(&item["regions"]).contains("valdres")
            || !strings(&item["municipalities"]).is_disjoint(&members)
            || !place_numbers.is_disjoint(&members);
        if ties {
            expected.push(id);
        }
    }
    assert_eq!(ids(&valdres), expected);
    let l13 = &valdres.as_array().unwrap()[3];
    assert_eq!(
        l13["why"],
        serde_json::json!([
            "Valdres Natur- og Kulturpark arbeider for Valdres",
            "virker i Øystre Slidre, i Valdres",
            "virker i Beitostølen (Øystre Slidre, i Valdres)"
        ])
    );
}

#[test]
fn valdres_table_says_how_many_county_wide_items_are_left_out() {
    let run = on_data(&["list", "--region", "valdres", "--width", "0"]);
    assert_eq!(run.status, 0);
    assert!(
        run.stdout
            .contains("│ L13 ┆ Beitostølen – inkluderende bosted og reisemål"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("5 tiltak\n"));
    let county_wide = json(&on_data(&[
        "list",
        "--region",
        "Valdres",
        "--with-county-wide",
        "--format",
        "json",
    ]));
    assert!(ids(&county_wide).contains(&"L7".to_string()));
    let extra = ids(&county_wide).len() - 5;
    assert!(extra > 0);
    assert!(run.stdout.ends_with(&format!(
        "{extra} fylkesdekkende tiltak gjelder også; legg til --with-county-wide for å ta dem med.\n"
    )));
}

#[test]
fn region_names_match_without_case_diacritics_or_aliases() {
    let canonical = on_data(&["list", "--region", "Sør-Østerdal", "--format", "json"]).stdout;
    for spelling in ["sor-osterdal", "SØR-ØSTERDAL", "Sør Østerdal"] {
        assert_eq!(
            on_data(&["list", "--region", spelling, "--format", "json"]).stdout,
            canonical,
            "{spelling}"
        );
    }
    let alias = on_data(&["list", "--region", "Nord-Østerdal", "--format", "json"]).stdout;
    assert_eq!(
        alias,
        on_data(&["list", "--region", "Fjellregionen", "--format", "json"]).stdout
    );
    assert_eq!(
        on_data(&[
            "list",
            "--region",
            "Nord-Gudbrandsdalen",
            "--format",
            "json"
        ])
        .stdout,
        on_data(&["list", "--region", "nord-gudbrandsdal", "--format", "json"]).stdout
    );
}

#[test]
fn unknown_filter_values_are_errors_with_suggestions() {
    let cases = [
        (
            vec!["list", "--region", "Valdrez"],
            "plan: feil: ukjent region `Valdrez`; mente du `Valdres`?\n",
        ),
        (
            vec!["list", "--status", "igangsat"],
            // parsed by clap, which offers the words to shell completion
            "plan: feil: ukjent status `igangsat`; mente du `igangsatt`? (gyldige verdier: planlagt (planned), igangsatt (started), pågår (ongoing), fullført (completed), tatt ut (removed))\n",
        ),
        (
            vec!["--lang", "en", "list", "--status", "startd"],
            "plan: error: unknown status `startd`; did you mean `started`? (allowed values: planned, started, ongoing, completed, removed)\n",
        ),
        (
            vec!["list", "--responsible", "Innlandet fylkeskomune"],
            "plan: feil: ukjent aktør `Innlandet fylkeskomune`; mente du `Innlandet fylkeskommune`?\n",
        ),
        (
            vec!["show", "K33"],
            "plan: feil: ukjent tiltak `K33`; mente du `K3`?\n",
        ),
        (
            vec!["list", "--programme", "innlandt"],
            "plan: feil: ukjent program `innlandt`; mente du `innlandet`?\n",
        ),
    ];
    for (args, message) in cases {
        let run = on_data(&args);
        assert_eq!(run.status, 2, "{args:?}");
        assert_eq!(run.stdout, "", "{args:?}");
        assert_eq!(run.stderr, message, "{args:?}");
    }
}

#[test]
fn bodies_match_by_alias_and_spelling_variant() {
    let by_id = on_data(&[
        "list",
        "--involves",
        "hogskolen-i-innlandet",
        "--format",
        "json",
    ])
    .stdout;
    assert_eq!(
        on_data(&[
            "list",
            "--involves",
            "Høyskolen i Innlandet",
            "--format",
            "json"
        ])
        .stdout,
        by_id
    );
    assert_eq!(
        on_data(&["list", "--involves", "HINN", "--format", "json"]).stdout,
        by_id
    );
    let responsible = ids(&json(&on_data(&[
        "list",
        "--responsible",
        "HINN",
        "--format",
        "json",
    ])));
    let partner = ids(&json(&on_data(&[
        "list",
        "--partner",
        "HINN",
        "--format",
        "json",
    ])));
    let involves = ids(&json(&on_data(&[
        "list",
        "--involves",
        "HINN",
        "--format",
        "json",
    ])));
    let union: BTreeSet<_> = responsible.iter().chain(&partner).cloned().collect();
    assert_eq!(involves.iter().cloned().collect::<BTreeSet<_>>(), union);
}

#[test]
fn backlinks_of_k3_are_complete() {
    let k3 = json(&on_data(&["show", "K3", "--format", "json"]));
    let backlinks: Vec<&str> = k3["backlinks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    let all = json(&on_data(&["list", "--include-removed", "--format", "json"]));
    let expected: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| strings(&i["links"]).contains("K3"))
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(backlinks, expected);
    assert_eq!(backlinks, ["K1", "K7", "A1", "A5", "A7"]);
    let human = on_data(&["show", "K3"]).stdout;
    assert!(
        human.contains("\nKoblinger hit\n  K1   Trygt og inkluderende oppvekstmiljø\n"),
        "{human}"
    );
}

#[test]
fn items_sort_naturally_and_titles_in_norwegian_order() {
    let default = json(&on_fixture(&["list", "--format", "json"]));
    assert_eq!(ids(&default), ["K1", "K2", "K10", "L1", "L2"]);
    let by_title = json(&on_fixture(&[
        "list", "--sort", "title", "--format", "json",
    ]));
    let titles: Vec<&str> = by_title
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "alfa-prosjektet",
            "Zebra-tiltak",
            "Ærfugl for alle",
            "Øvelse i Søndre",
            "Ålesund-modellen"
        ]
    );
}

#[test]
fn removed_items_are_hidden_unless_asked_for() {
    assert!(!ids(&json(&on_fixture(&["list", "--format", "json"]))).contains(&"L3".to_string()));
    assert!(
        ids(&json(&on_fixture(&[
            "list",
            "--include-removed",
            "--format",
            "json"
        ])))
        .contains(&"L3".to_string())
    );
    assert_eq!(
        ids(&json(&on_fixture(&[
            "list", "--status", "removed", "--format", "json"
        ]))),
        ["L3"]
    );
}

#[test]
fn filters_combine_with_and_and_repeat_with_or() {
    let run = |args: &[&str]| {
        let mut all = vec!["list", "--format", "json"];
        all.extend_from_slice(args);
        ids(&json(&on_fixture(&all)))
    };
    assert_eq!(run(&["--theme", "K"]), ["K1", "K2", "K10"]);
    assert_eq!(run(&["--theme", "K", "--level", "county"]), ["K1", "K10"]);
    assert_eq!(
        run(&["--status", "planned", "--status", "ongoing"]),
        ["K10", "L2"]
    );
    assert_eq!(run(&["--priority", "long"]), ["K2"]);
    assert_eq!(run(&["--region", "Nord-Regionen"]), ["K2"]);
    assert_eq!(run(&["--region", "sondre"]), ["K1", "L1"]);
    // K1 acts in Søndre, the region 3407 belongs to.
    assert_eq!(run(&["--municipality", "3407"]), ["K1", "L1"]);
    assert_eq!(run(&["--links-to", "K10"]), ["K1", "L1"]);
    assert_eq!(run(&["--linked-from", "K1"]), ["K2", "K10"]);
    assert_eq!(run(&["--text", "søndre øvelse"]), ["K1"]);
    assert_eq!(run(&["--partner", "demo-council"]), ["L2"]);
    assert_eq!(
        run(&["--stale", "6m", "--today", "2026-01-01"]),
        ["K1", "K2", "K10", "L1"]
    );
    let default_age = run(&["--today", "2026-01-01", "--stale"]);
    assert_eq!(
        default_age,
        ["K1", "K2", "K10", "L1"],
        "plan.toml's default, 6m"
    );
    assert_eq!(
        run(&["--stale", "3y", "--today", "2026-06-01"]),
        ["K1", "K2", "L1"],
        "items with no update are stale"
    );
}

#[test]
fn every_list_format_has_the_same_items() {
    let csv = on_fixture(&["list", "--format", "csv"]).stdout;
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "id,programme,title,theme,level,priority,priority_text,status,responsible,partners,links,documents,regions,municipalities,places"
    );
    assert_eq!(
        lines[1],
        "K1,demo,Øvelse i Søndre,K,county,short,kort sikt,started,demo-county,kommunene,K2; K10,,south,,"
    );
    assert_eq!(
        lines.len(),
        7,
        "header, five rows, and the empty string after the last CRLF"
    );
    let markdown = on_fixture(&["list", "--format", "markdown"]).stdout;
    assert!(markdown.starts_with("| ID | Title | Level | Priority | Status | Responsible |\n|---|---|---|---|---|---|\n| K1 | Øvelse i Søndre |"));
    let table = on_fixture(&["list", "--width", "0"]).stdout;
    assert!(
        table.contains("│ K10 ┆ Ærfugl for alle  ┆ county level   ┆ –          ┆ planned ┆"),
        "{table}"
    );
    assert!(table.ends_with("5 items\n"));
}

#[test]
fn show_prints_history_newest_first_in_every_format() {
    let human = on_fixture(&["show", "K10"]).stdout;
    assert!(
        human.contains("Updates (newest first)\n  2024-03  [planned] Planlagt.\n"),
        "{human}"
    );
    let markdown = on_fixture(&["show", "K10", "--format", "markdown"]).stdout;
    assert!(markdown.starts_with("# K10 Ærfugl for alle\n"));
    assert!(
        markdown
            .contains("## Linked from\n\n- **K1** Øvelse i Søndre\n- **L1** Ålesund-modellen\n"),
        "{markdown}"
    );
    let shown = json(&on_fixture(&["show", "k10", "--format", "json"]));
    assert_eq!(shown["id"], "K10");
    assert_eq!(shown["updates"][0]["date"], "2024-03");
}

#[test]
fn orphans_and_one_way_links() {
    let orphans = json(&on_fixture(&["links", "--orphans", "--format", "json"]));
    assert_eq!(ids(&orphans["unlinked"]), ["L2"]);
    assert_eq!(ids(&orphans["linking_nowhere"]), ["L2", "L3"]);
    let one_way = json(&on_fixture(&["links", "--one-way", "--format", "json"]));
    assert_eq!(one_way, serde_json::json!([["K1", "K10"], ["L1", "L3"]]));
    let data = on_data(&["links", "--orphans"]).stdout;
    for id in [
        "K11", "A4", "A8", "A11", "A12", "L8", "L12", "L15", "L16", "L17",
    ] {
        assert!(
            data.contains(&format!("\n  {id:<6} ")),
            "{id} missing from\n{data}"
        );
    }
}

#[test]
fn broken_links_fail_like_validate() {
    let fixture = on_fixture(&["links", "--broken"]);
    assert_eq!(fixture.status, 0, "a warning alone does not fail");
    assert!(fixture.stdout.contains("warning[link-to-removed]"));
    let broken = plan(&fixtures(), &["--repo", "broken-link", "links", "--broken"]);
    assert_eq!(broken.status, 1);
    assert!(broken.stdout.contains("error[broken-link]"));
    let scoped = plan(
        &fixtures(),
        &[
            "--repo",
            "broken-link",
            "links",
            "--broken",
            "--programme",
            "demo",
        ],
    );
    assert_eq!(
        scoped.stdout, broken.stdout,
        "the broken link is in programme demo"
    );
}

#[test]
fn graphs_are_well_formed() {
    let dot = on_data(&["links", "--graph", "dot"]).stdout;
    assert!(dot.starts_with("digraph plan {\n"));
    assert!(dot.ends_with("}\n"));
    assert!(
        dot.contains("innlandet__L8 [label=\"L8\\nTett på 2030"),
        "removed item is present"
    );
    assert!(
        dot.contains("style=\"rounded,dashed\""),
        "removed items are dashed"
    );
    assert!(dot.contains("innlandet__K1 -> innlandet__K3;"));
    assert!(dot.contains("-> doc__kulturstrategi_innlandet [style=dotted"));
    let balance = dot.matches('"').count();
    assert_eq!(balance % 2, 0, "quotes are balanced");
    render_with_graphviz(&dot);
    let mermaid = on_fixture(&[
        "links", "--graph", "mermaid", "--around", "K2", "--depth", "1",
    ])
    .stdout;
    assert_eq!(
        mermaid,
        "flowchart LR\n  demo__K1[\"K1<br/>Øvelse i Søndre\"]\n  demo__K2[\"K2<br/>Zebra-tiltak\"]\n  demo__K1 --> demo__K2\n  demo__K2 --> demo__K1\n  classDef removed stroke-dasharray: 5 5, color:#777\n  classDef document fill:#f4f4f4, stroke:#999\n"
    );
}

#[test]
fn coverage_shows_every_region_of_the_covered_counties() {
    let coverage = json(&on_data(&["coverage", "--format", "json"]));
    let names: Vec<&str> = coverage
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Fjellregionen",
            "Gjøvikregionen",
            "Hadeland",
            "Hamarregionen",
            "Kongsvingerregionen",
            "Lillehammerregionen",
            "Midt-Gudbrandsdal",
            "Nord-Gudbrandsdal",
            "Nordmøre",
            "Romsdal",
            "Sunnmøre",
            "Sør-Østerdal",
            "Valdres"
        ]
    );
    let valdres = &coverage.as_array().unwrap()[12];
    assert_eq!(valdres["total"], 5);
    assert_eq!(valdres["counts"]["innlandet:L"], 3, "L11, L13, L15; not L7");
}

#[test]
fn regions_and_bodies_views() {
    let regions = json(&on_data(&["regions", "--format", "json"]));
    let valdres = regions
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "valdres")
        .unwrap();
    let names: Vec<&str> = valdres["municipalities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Etnedal",
            "Nord-Aurdal",
            "Sør-Aurdal",
            "Vang",
            "Vestre Slidre",
            "Øystre Slidre"
        ]
    );
    assert_eq!(valdres["items"], 5);
    let bodies = json(&on_data(&["bodies", "--format", "json"]));
    assert_eq!(
        bodies[0]["id"], "innlandet-fylkeskommune",
        "the heaviest load comes first"
    );
    let loads: Vec<usize> = bodies
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            b["responsible"].as_array().unwrap().len() + b["partner"].as_array().unwrap().len()
        })
        .collect();
    assert!(loads.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn output_is_deterministic() {
    for args in [
        vec!["list", "--format", "json"],
        vec!["links", "--graph", "dot"],
        vec!["coverage"],
    ] {
        assert_eq!(on_data(&args).stdout, on_data(&args).stdout);
    }
}

#[test]
fn old_spelling_aa_finds_names_with_a_ring() {
    for (old, new) in [("Aamot", "Åmot"), ("Vaaler", "Våler")] {
        let by_old = on_data(&["list", "--municipality", old, "--format", "json"]);
        assert_eq!(by_old.status, 0, "{old}: {}", by_old.stderr);
        let by_new = on_data(&["list", "--municipality", new, "--format", "json"]);
        assert_eq!(by_old.stdout, by_new.stdout, "{old}");
    }
}

/// At 80 columns every line of `plan list --why` is 80 wide, the reasons are a line of their
/// own, and no word that fits its column is split.
#[test]
fn list_why_fits_80_columns_and_wraps_between_words() {
    let run = common::plan_with_env(
        &root(),
        // English: the layout is the subject here, and its level names are several words.
        &["--lang", "en", "list", "--region", "Valdres", "--why"],
        &[("COLUMNS", "80")],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let table: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with(['┌', '│', '╞', '└']))
        .collect();
    assert!(
        table.iter().all(|l| l.chars().count() == 80),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("│   Why: acts in region Valdres"),
        "{}",
        run.stdout
    );
    for word in [
        "distriktskommuner",
        "Trainee-ordninger",
        "inkluderende",
        "fylkeskommune",
    ] {
        assert!(
            run.stdout.contains(word),
            "{word} is split:\n{}",
            run.stdout
        );
    }
}

/// At 80 columns (`COLUMNS`, or piped) `plan show` wraps its long fields, sections and
/// description between words with a hanging indent; with `--width 0` it writes every line
/// whole.
#[test]
fn show_wraps_at_80_columns_and_not_with_width_0() {
    let args = ["show", "K3", "--lang", "nb"];
    let wide = common::plan_with_env(&root(), &args, &[("COLUMNS", "80")]);
    assert_eq!(wide.status, 0, "{}", wide.stderr);
    let longest = wide.stdout.lines().map(|l| l.chars().count()).max();
    assert!(longest.is_some_and(|w| w <= 80), "{}", wide.stdout);
    for wrapped in [
        "Partnere:           Høgskolen i Innlandet, NTNU, Fagskolen i Innlandet, Karriere\n                    Innlandet,",
        "  K7   Desentralisert kompetanseutvikling i skole og voksenopplæring (DeKomp og\n    DekompVO)\n",
        "  - Teksten nevner \"Strategiens formål\" uten å si hvilken strategi; ingen\n    dokumentkobling er registrert.\n",
        "\n  utdanningstilbud av høy kvalitet",
    ] {
        assert!(wide.stdout.contains(wrapped), "{wrapped}:\n{}", wide.stdout);
    }
    // Piped with no COLUMNS, as into `less`: the same 80 columns.
    assert_eq!(on_data(&args).stdout, wide.stdout);
    let whole = on_data(&[&args[..], &["--width", "0"]].concat());
    assert!(
        whole.stdout.lines().any(|l| l.chars().count() > 200),
        "{}",
        whole.stdout
    );
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(words(&wide.stdout), words(&whole.stdout));
}

#[test]
fn reference_tables_honour_columns() {
    for command in ["regions", "bodies", "coverage"] {
        let run = common::plan_with_env(&root(), &[command], &[("COLUMNS", "72")]);
        assert_eq!(run.status, 0, "{command}: {}", run.stderr);
        let widths: Vec<usize> = run
            .stdout
            .lines()
            .filter(|l| l.starts_with(['┌', '│', '╞', '└']))
            .map(|l| l.chars().count())
            .collect();
        assert!(
            !widths.is_empty() && widths.iter().all(|&w| w <= 72),
            "{command}:\n{}",
            run.stdout
        );
    }
}

#[test]
fn list_csv_has_a_why_column_with_why() {
    let csv = on_data(&["list", "--region", "Valdres", "--why", "--format", "csv"]).stdout;
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().ends_with(",places,why"), "{csv}");
    let first = lines.next().unwrap();
    let why = &first[first.rfind(',').unwrap() + 1..];
    assert!(why.starts_with("virker i regionen Valdres"), "{csv}");
}

/// Graphviz draws the DOT graph (skipped, visibly, when it is not installed).
fn render_with_graphviz(dot: &str) {
    if !common::has_tool("dot") {
        common::skip(
            "Graphviz is not installed (apt-get install graphviz); cannot render the DOT graph",
        );
        return;
    }
    let mut child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
}

/// A 100 KB title without a space: listing it is quick in a table of any width, a piped table
/// is not padded to it (columns stay at most 60 wide), and CSV and JSON give it in full.
#[test]
fn a_huge_unbroken_title_is_wrapped_quickly_and_not_padded_on_a_pipe() {
    let temp = common::copy_fixture("valid");
    let title = "x".repeat(100_000);
    common::edit(
        &temp.path().join("valid/programmes/demo/items/K1.yaml"),
        "title: \"Kompetanseløft\"",
        &format!("title: \"{title}\""),
    );
    let start = std::time::Instant::now();
    let piped = plan(temp.path(), &["--repo", "valid", "list"]);
    let wide = common::plan_with_env(
        temp.path(),
        &["--repo", "valid", "list"],
        &[("COLUMNS", "80")],
    );
    assert!(
        start.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    assert_eq!((piped.status, wide.status), (0, 0), "{}", piped.stderr);
    let longest = piped
        .stdout
        .lines()
        .map(|l| l.chars().count())
        .max()
        .unwrap();
    assert!(longest < 200, "a piped line is {longest} wide");
    assert!(
        wide.stdout
            .lines()
            .filter(|l| l.starts_with('│'))
            .all(|l| l.chars().count() == 80)
    );
    let csv = plan(temp.path(), &["--repo", "valid", "list", "--format", "csv"]).stdout;
    assert!(csv.contains(&title));
    let json = plan(
        temp.path(),
        &["--repo", "valid", "list", "--format", "json"],
    )
    .stdout;
    assert!(json.contains(&title));
}

#[test]
fn as_of_a_date_gives_the_statuses_of_that_day() {
    let status_of = |args: &[&str]| -> Vec<(String, Option<String>)> {
        let mut all = vec!["list", "--programme", "mr2025", "--format", "json"];
        all.extend_from_slice(args);
        let run = plan(&root(), &all);
        assert_eq!(run.status, 0, "{}", run.stderr);
        let items: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
        items
            .iter()
            .map(|i| {
                (
                    i["id"].as_str().unwrap().to_string(),
                    i["status"].as_str().map(str::to_string),
                )
            })
            .collect()
    };
    let then = status_of(&["--as-of", "2021-01-01"]);
    let get = |list: &[(String, Option<String>)], id: &str| {
        list.iter().find(|(i, _)| i == id).unwrap().1.clone()
    };
    // Digi Møre og Romsdal was started in 2020; the rest had no status stated yet.
    assert_eq!(get(&then, "digi-mr").as_deref(), Some("started"));
    assert_eq!(get(&then, "ungt-entreprenorskap"), None);
    // A statement dated June 2021 holds from the end of June.
    let mid_june = status_of(&["--as-of", "2021-06-15"]);
    assert_eq!(get(&mid_june, "ungt-entreprenorskap"), None);
    let july = status_of(&["--as-of", "2021-07-01"]);
    assert_eq!(
        get(&july, "ungt-entreprenorskap").as_deref(),
        Some("ongoing")
    );
    let run = plan(&root(), &["list", "--as-of", "2021-13-01"]);
    assert_eq!(run.status, 2);
}

#[test]
fn export_as_of_a_date_has_that_day_s_updates_and_measurements() {
    let run = plan(&root(), &["export", "--as-of", "2021-01-01"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let export: Value = serde_json::from_str(&run.stdout).unwrap();
    let items = export["items"].as_array().unwrap();
    let ue = items
        .iter()
        .find(|i| i["id"] == "ungt-entreprenorskap")
        .unwrap();
    assert_eq!(ue["status"], Value::Null);
    assert_eq!(
        ue["updates"].as_array().unwrap().len(),
        1,
        "only the 2020 statement"
    );
    assert_eq!(ue["indicators"][0]["measurements"], serde_json::json!([]));
    let run = plan(
        &root(),
        &["export", "--format", "csv", "--as-of", "2021-01-01"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
}

#[test]
fn show_has_the_prose_of_its_item() {
    let export = json(&on_data(&["export", "--format", "json"]));
    let items = export["items"].as_array().unwrap();
    let with_goals = items
        .iter()
        .find(|i| !i["goals"].as_array().unwrap().is_empty() && i["notes"].is_string())
        .expect("an item with goals and notes");
    for item in [with_goals, &items[0]] {
        let id = item["id"].as_str().unwrap();
        let shown = json(&on_data(&["show", id, "--format", "json"]));
        for field in ["description", "goals", "notes"] {
            assert_eq!(shown[field], item[field], "{id}: {field}");
        }
        assert!(shown["description"].is_string(), "{id} has a description");
    }
}

#[test]
fn coverage_counts_every_programme_in_its_own_county_only() {
    let coverage = json(&on_data(&["coverage", "--format", "json"]));
    let row = |name: &str| {
        coverage
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name)
            .unwrap()
            .clone()
    };
    // smart-molde names no county: its item in Romsdal is counted, as `plan regions` does.
    let romsdal = row("Romsdal");
    assert_eq!(romsdal["total"], 1, "{romsdal}");
    assert_eq!(romsdal["counts"]["smart-molde:S"], 1, "{romsdal}");
    assert!(romsdal["counts"].get("innlandet:K").is_none(), "{romsdal}");
    // An Innlandet region has no cells for Møre og Romsdal's programme.
    assert!(row("Valdres")["counts"].get("mr2025:S").is_none());
    let table = on_data(&["coverage"]).stdout;
    let footer = table.lines().last().unwrap();
    assert!(footer.starts_with("smart-molde "), "{table}");
}

// Long outputs pinned as snapshot files (`tests/snapshots/`), so a change to them is
// reviewed as a diff: `UPDATE_SNAPSHOTS=1 cargo test --test query`, then `git diff`.

#[test]
fn show_is_pinned_in_every_format() {
    for (format, name) in [
        ("human", "show-K1"),
        ("markdown", "show-K1-markdown"),
        ("json", "show-K1-json"),
    ] {
        // In English whatever the locale: the snapshots pin the layout, not a language.
        let run = common::plan_with_env(
            &fixtures(),
            &["--repo", "query", "show", "K1", "--format", format],
            &[("PLAN_LANG", "en")],
        );
        assert_eq!((run.status, run.stderr.as_str()), (0, ""), "{format}");
        common::assert_snapshot(name, &run.stdout);
    }
}

#[test]
fn help_is_pinned() {
    for (args, name) in [
        (&["--help"][..], "help"),
        (&["list", "--help"], "help-list"),
        (&["validate", "--help"], "help-validate"),
    ] {
        // Help wraps to the terminal's width, which a set COLUMNS overrides.
        let run = common::plan_with_env(
            &fixtures(),
            args,
            &[("COLUMNS", "100"), ("PLAN_LANG", "en")],
        );
        assert_eq!((run.status, run.stderr.as_str()), (0, ""), "{args:?}");
        common::assert_snapshot(name, &run.stdout);
    }
}

#[test]
fn show_says_where_each_indicator_stands_as_list_behind_does() {
    let behind = json(&on_data(&["list", "--behind", "--format", "json"]));
    assert!(ids(&behind).contains(&"ungt-entreprenorskap".to_string()));
    let args = [
        "show",
        "ungt-entreprenorskap",
        "--lang",
        "en",
        "--width",
        "0",
    ];
    let human = on_data(&args).stdout;
    let line = human
        .lines()
        .find(|l| l.contains("Ungt Entreprenørskap: measured"))
        .expect("the indicator's line");
    assert!(line.trim_end().ends_with("— behind"), "{line}");
    let markdown = on_data(&["show", "ungt-entreprenorskap", "--format", "markdown"]).stdout;
    assert!(markdown.contains("(2022-06) — bak planen"), "{markdown}");
    let shown = json(&on_data(&[
        "show",
        "ungt-entreprenorskap",
        "--format",
        "json",
    ]));
    assert_eq!(shown["indicators"][0]["progress"], "behind");
    assert_eq!(shown["indicators"][0]["target"]["value"], 26.0);
    // Before the target date, with no baseline to draw the line from, it cannot be judged.
    let then = json(&on_data(&[
        "show",
        "ungt-entreprenorskap",
        "--format",
        "json",
        "--as-of",
        "2021-07-01",
    ]));
    assert_eq!(then["indicators"][0]["progress"], "unknown");
}

/// Notes may hold light Markdown: the terminal shows its emphasis as plain text.
#[test]
fn show_writes_the_notes_emphasis_as_plain_text_on_the_terminal() {
    let human = on_data(&["--lang", "nn", "show", "levekarsnettverket"]).stdout;
    assert!(human.contains("\n  Namn. Statussida frå "), "{human}");
    assert!(!human.contains("**"), "{human}");
}

/// `show --format markdown` writes a description as the report does: its paragraphs, its
/// lists, and a line that would start a numbered list kept as text.
#[test]
fn show_as_markdown_writes_a_description_as_the_report_does() {
    let markdown = on_data(&["show", "verdifull", "--format", "markdown"]).stdout;
    assert!(
        markdown.contains(
            "\n\nRelevante artikler og dokumenter\n\n- Kommuneplanens samfunnsdel\n- NAVs omverdenanalyse 2021\n"
        ),
        "{markdown}"
    );
    assert!(
        markdown.contains("\n\n1\\. - 2. september ble det arrangert"),
        "{markdown}"
    );
}
