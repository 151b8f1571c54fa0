//! Integration tests for `plan export`: the real binary on the shipped data. JSON reads back
//! into the same value, YAML holds the same data as JSON, CSV has one row per item with the
//! columns of `plan list`, and `--excel` output opens in Norwegian Excel.

mod common;

use common::{TempDir, plan, root};
use plan::export::{Export, FORMAT_VERSION};

fn export(args: &[&str]) -> String {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    let run = plan(&root(), &all);
    assert_eq!(run.status, 0, "plan {all:?} failed: {}", run.stderr);
    assert_eq!(run.stderr, "");
    run.stdout
}

/// The export of the shipped data, loaded the way the binary run from the crate's root loads
/// it, as one value.
fn shipped() -> Export {
    plan::read_export(&root()).unwrap()
}

#[test]
fn json_reads_back_into_the_same_data() {
    let json = export(&["--format", "json"]);
    let back: Export = serde_json::from_str(&json).expect("the export reads back");
    assert_eq!(back, shipped());
    assert_eq!(serde_json::to_string_pretty(&back).unwrap() + "\n", json);
    assert_eq!(back.format_version, FORMAT_VERSION);
    assert!(json.starts_with(
        "{\n  \"format_version\": 2,\n  \"programmes\": [\n    {\n      \"id\": \"innlandet\",\n"
    ));
    let order: Vec<usize> = [
        "\n  \"programmes\"",
        "\n  \"items\"",
        "\n  \"bodies\"",
        "\n  \"regions\"",
        "\n  \"municipalities\"",
        "\n  \"documents\"",
    ]
    .iter()
    .map(|key| json.find(key).unwrap_or_else(|| panic!("no {key}")))
    .collect();
    assert!(order.is_sorted(), "top-level keys in documented order");
}

#[test]
fn json_items_are_resolved() {
    let back: Export = serde_json::from_str(&export(&[])).unwrap();
    assert_eq!(back.programmes.len(), 3);
    assert_eq!(back.items.len(), 49);
    let k3 = back.items.iter().find(|i| i.id == "K3").unwrap();
    assert_eq!(k3.programme, "innlandet");
    assert_eq!(k3.status.as_deref(), Some("started"));
    assert_eq!(k3.links, ["K7", "K8", "K10", "A3"]);
    assert_eq!(k3.backlinks, ["K1", "K7", "A1", "A5", "A7"]);
    assert_eq!(k3.path, "data/programmes/innlandet/items/K3.yaml");
    let digi = back.items.iter().find(|i| i.id == "digi-mr").unwrap();
    let amounts: Vec<(i64, bool)> = digi
        .funding
        .iter()
        .map(|f| (f.amount, f.approximate))
        .collect();
    assert_eq!(
        amounts,
        [(4_000_000, true)],
        "nær 4 millionar, no invented rest"
    );
    let share = &digi.funding[0].of_which[0];
    assert_eq!(share.amount, 3_000_000);
    assert_eq!(
        share.from.as_deref(),
        Some("statsforvaltaren-more-og-romsdal")
    );
    assert!(digi.mentions.municipalities == ["1505"] && digi.municipalities.is_empty());
    let dates: Vec<&str> = digi.updates.iter().map(|u| u.date.as_str()).collect();
    assert_eq!(dates, ["2020", "2021-06", "2022-04"], "oldest first");
    let valdres = back.regions.iter().find(|r| r.id == "valdres").unwrap();
    assert_eq!(valdres.name, "Valdres");
    let oystre = back
        .municipalities
        .iter()
        .find(|m| m.name == "Øystre Slidre")
        .unwrap();
    assert_eq!(oystre.regions, ["valdres"]);
}

#[test]
fn yaml_holds_the_same_data_as_json() {
    let yaml = export(&["--format", "yaml"]);
    assert!(yaml.starts_with("format_version: 2\nprogrammes:\n- id: innlandet\n"));
    let from_yaml = plan::parse_yaml(&yaml).expect("valid YAML");
    let from_json: serde_json::Value = serde_json::from_str(&export(&[])).unwrap();
    assert_eq!(serde_json::to_value(from_yaml).unwrap(), from_json);
}

/// Splits CSV text into records of fields (RFC 4180 quoting).
fn parse_csv(text: &str, separator: char) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (c, false) if c == separator => record.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (c, _) => field.push(c),
        }
    }
    records
}

const HEADER: &str = "id,programme,title,theme,level,priority,priority_text,status,responsible,partners,links,documents,regions,municipalities,places,description,latest_update,plan";

#[test]
fn csv_has_one_row_per_item() {
    let csv = export(&["--format", "csv"]);
    assert!(csv.starts_with(&format!("{HEADER}\r\n")));
    let records = parse_csv(&csv, ',');
    assert_eq!(records.len(), 1 + 49);
    assert!(records.iter().all(|r| r.len() == 18));
    let k3 = records.iter().find(|r| r[0] == "K3").unwrap();
    assert_eq!(k3[2], "Fleksible og desentraliserte utdanningstilbud");
    assert_eq!(k3[10], "K7; K8; K10; A3");
    assert!(k3[15].starts_with("Strategiens formål er å øke tilgangen"));
    assert!(
        k3[15].contains("\n\nDet handler om"),
        "descriptions keep their paragraphs"
    );
    assert_eq!(k3[16], "");
    assert!(
        k3[17].starts_with("innlandet K3 "),
        "the key `plan import` reads"
    );
    let digi = records.iter().find(|r| r[0] == "digi-mr").unwrap();
    assert!(digi[16].starts_with("2022-04 [ongoing] "), "{}", digi[16]);
}

#[test]
fn excel_csv_has_a_byte_order_mark_and_semicolons() {
    let csv = export(&["--format", "csv", "--excel"]);
    assert!(csv.starts_with(&format!("\u{feff}{}\r\n", HEADER.replace(',', ";"))));
    let records = parse_csv(csv.trim_start_matches('\u{feff}'), ';');
    assert_eq!(records.len(), 1 + 49);
    assert!(records.iter().all(|r| r.len() == 18));
    assert!(csv.contains(";Nyttårskonferansen;") && csv.contains(";Beitostølen – inkluderende"));
    let plain = parse_csv(&export(&["--format", "csv"]), ',');
    assert_eq!(records, plain, "the same cells either way");
}

#[test]
fn excel_goes_with_csv_only() {
    let run = plan(&root(), &["export", "--format", "json", "--excel"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("--excel hører sammen med --format csv"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_item_filters_and_the_workbook_say_so_in_the_language_of_the_run() {
    for (args, message) in [
        (
            &["export", "--format", "csv", "--region", "Valdres"][..],
            "filtrene for tiltak (--programme, --region, --status …) velger tiltak til et regneark og hører sammen med --format xlsx; json, yaml og csv eksporterer alltid hele repositoriet",
        ),
        (
            &["export", "--format", "xlsx"][..],
            "--format xlsx skriver en fil: legg til --out FIL.xlsx",
        ),
    ] {
        let run = plan(&root(), args);
        assert_eq!(run.status, 2, "{args:?}");
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
    }
}

/// `--out` naming a folder is told as that, with or without `--force`, for every command
/// that writes a file; nothing is written.
#[test]
fn the_help_of_the_item_filters_says_they_go_with_the_workbook() {
    for (lang, says) in [
        ("en", "With --format xlsx: items tied to the region"),
        ("nb", "Med --format xlsx: tiltak knyttet til regionen"),
        ("nn", "Med --format xlsx: tiltak knytte til regionen"),
    ] {
        let help = plan(&root(), &["--lang", lang, "export", "--help"]).ok();
        let (_, region) = help.split_once("--region <").expect("--region is listed");
        let first_line = region.lines().nth(1).unwrap_or_default().trim();
        assert!(first_line.starts_with(says), "{lang}: {help}");
    }
}

#[test]
fn out_naming_a_folder_is_refused_as_a_folder() {
    let temp = TempDir::new("export-out-folder");
    let folder = temp.path().join("dd");
    std::fs::create_dir(&folder).unwrap();
    let folder = folder.to_str().unwrap();
    for (lang, says) in [
        ("nb", "er en mappe, ikke en fil"),
        ("nn", "er ei mappe, ikkje ei fil"),
        ("en", "is a folder, not a file"),
    ] {
        for args in [
            &["export", "--format", "csv", "--out", folder][..],
            &["export", "--format", "csv", "--out", folder, "--force"],
            &["report", "--out", folder, "--force"],
        ] {
            let args = [&["--lang", lang][..], args].concat();
            let run = plan(&root(), &args);
            assert_eq!(run.status, 2, "{args:?}");
            assert_eq!(
                run.stderr,
                format!(
                    "plan: {}: `{folder}` {says}\n",
                    if lang == "en" { "error" } else { "feil" }
                ),
                "{args:?}"
            );
            assert_eq!(std::fs::read_dir(folder).unwrap().count(), 0);
            assert_eq!(std::fs::read_dir(temp.path()).unwrap().count(), 1);
        }
    }
}

#[test]
fn out_refuses_to_overwrite_without_force() {
    let temp = TempDir::new("export-out");
    let target = temp.path().join("plan.json");
    let args = ["export", "--out", target.to_str().unwrap()];
    assert_eq!(plan(&root(), &args).status, 0);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), export(&[]));
    std::fs::write(&target, "old").unwrap();
    let run = plan(&root(), &args);
    assert_eq!(run.status, 2);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
    let mut forced = args.to_vec();
    forced.push("--force");
    assert_eq!(plan(&root(), &forced).status, 0);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), export(&[]));
    assert_eq!(std::fs::read_dir(temp.path()).unwrap().count(), 1);
}
