//! Integration tests for authoring and CI: the JSON Schemas in `schema/` (up to date, and
//! agreeing with the loader on the shipped data and every fixture, checked by an independent
//! validator), `plan new`, `plan.toml` (discovery, severity overrides and exit status),
//! `plan validate --format sarif|gitlab`, shell completions and the man page.

mod common;

use std::path::{Path, PathBuf};

use common::{TempDir, copy_dir, copy_fixture, fixtures, plan, root, validate_json};
use plan::EntityKind;
use serde_json::Value;

/// The schema files, by kind, read from `schema/` and compiled.
fn schema_validator(kind: EntityKind) -> jsonschema::Validator {
    let path = root().join("schema").join(plan::schema_file_name(kind));
    let text = std::fs::read_to_string(&path).expect("schema/ holds every kind's schema");
    let schema: Value = serde_json::from_str(&text).expect("a schema is JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

/// Every YAML file under `folder` (a data folder) with its kind, path relative to `folder`
/// joined by `/`, sorted.
fn entity_files(folder: &Path) -> Vec<(EntityKind, String, PathBuf)> {
    let mut files = Vec::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read a data folder") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let relative = path
                .strip_prefix(folder)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let parts: Vec<&str> = relative.split('/').collect();
            if relative.ends_with(".yaml")
                && let Some(kind) = EntityKind::of_path(&parts)
            {
                files.push((kind, relative, path));
            }
        }
    }
    files.sort_by(|a, b| a.1.cmp(&b.1));
    files
}

/// The schema's errors for one file, or `None` when the file is not one YAML document a
/// plain YAML reader takes (syntax errors, duplicate keys, not UTF-8: not the schema's job).
fn schema_errors(kind: EntityKind, path: &Path) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(path).ok()?;
    let value = plan::yaml_to_json(text.trim_start_matches('\u{feff}'))
        .ok()
        .filter(|v| !v.is_null())?;
    Some(
        schema_validator(kind)
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect(),
    )
}

#[test]
fn schema_folder_is_up_to_date() {
    let run = plan(&root(), &["schema", "--check", "--out", "schema"]);
    assert_eq!(
        (run.status, run.stdout.as_str()),
        (0, ""),
        "schema/ is out of date: run `cargo run -- schema --out schema --force`"
    );
    let mut names: Vec<String> = std::fs::read_dir(root().join("schema"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = EntityKind::ALL
        .iter()
        .map(|&k| plan::schema_file_name(k))
        .collect();
    expected.sort();
    assert_eq!(names, expected, "schema/ holds exactly one file per kind");
}

#[test]
fn schema_writes_only_with_force_and_check_reports() {
    let temp = TempDir::new("schema");
    let out = temp.path().join("schema");
    let run = plan(temp.path(), &["schema", "--out", "schema"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), EntityKind::ALL.len());
    let item = out.join("item.schema.json");
    assert_eq!(
        std::fs::read(&item).unwrap(),
        std::fs::read(root().join("schema/item.schema.json")).unwrap()
    );
    // Up to date: nothing written, nothing said.
    assert_eq!(plan(temp.path(), &["schema", "--out", "schema"]).stdout, "");
    std::fs::write(&item, "{}\n").unwrap();
    let check = plan(temp.path(), &["schema", "--out", "schema", "--check"]);
    assert_eq!(check.status, 1);
    assert_eq!(
        check.stdout,
        "schema/item.schema.json: out of date\nhint: run `plan schema --out schema --force` to update\n"
    );
    let refused = plan(temp.path(), &["schema", "--out", "schema"]);
    assert_eq!(refused.status, 2);
    assert!(refused.stderr.contains("add --force"), "{}", refused.stderr);
    assert_eq!(std::fs::read_to_string(&item).unwrap(), "{}\n");
    let forced = plan(temp.path(), &["schema", "--out", "schema", "--force"]);
    assert_eq!(forced.stdout, "wrote schema/item.schema.json\n");
}

#[test]
fn every_data_file_passes_its_schema() {
    let files = entity_files(&root().join("data"));
    assert!(files.len() > 200, "found {} files", files.len());
    for (kind, relative, path) in files {
        let errors = schema_errors(kind, &path).expect("data files are plain YAML");
        assert_eq!(errors, Vec::<String>::new(), "data/{relative}");
        let first = std::fs::read_to_string(&path).unwrap();
        let depth = relative.matches('/').count() + 1;
        assert_eq!(
            first.lines().next().unwrap(),
            format!(
                "# yaml-language-server: $schema={}schema/{}",
                "../".repeat(depth),
                plan::schema_file_name(kind)
            ),
            "data/{relative} names its schema on the first line"
        );
    }
}

/// The loader's findings that the schema also expresses.
const SCHEMA_CODES: &[&str] = &[
    "wrong-type",
    "unknown-field",
    "missing-field",
    "invalid-value",
    "invisible-character",
];

#[test]
fn schema_and_loader_agree_on_every_fixture() {
    let mut failing = Vec::new();
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let (findings, _) = validate_json(&fixtures(), &name, &[]);
        for (kind, relative, path) in entity_files(&dir) {
            let Some(errors) = schema_errors(kind, &path) else {
                continue;
            };
            let shown = format!("{name}/{relative}");
            let loader_rejects = findings
                .iter()
                .any(|f| f.path == shown && SCHEMA_CODES.contains(&f.code.as_str()));
            assert_eq!(
                !errors.is_empty(),
                loader_rejects,
                "{shown}: schema errors {errors:?}, loader findings {findings:?}"
            );
            if loader_rejects {
                failing.push(shown);
            }
        }
    }
    failing.sort();
    assert_eq!(
        failing,
        [
            "invalid-value/programmes/demo/items/L2.yaml",
            "invisible-character/bodies/kommunene.yaml",
            "missing-field/programmes/demo/items/K2.yaml",
            "several-findings/programmes/demo/items/L1.yaml",
            "unknown-field/programmes/demo/items/K2.yaml",
            "wrong-type/programmes/demo/items/K2.yaml",
        ]
    );
}

#[test]
fn schema_accepts_what_the_loader_accepts_and_rejects_the_rest() {
    let item = schema_validator(EntityKind::Item);
    let base =
        "id: K1\nprogramme: p\ntheme: K\ntitle: T\nresponsible: [b]\nsources: [{title: S}]\n";
    let accepted = [
        "",
        "level: ~\n",
        "title_editorial: true\n",
        "links: [K2, other:digi-mr]\n",
        "municipalities: [3403, \"0301\"]\n",
        "period: {start: 2024, end: 2025-06}\n",
        "funding: [{amount: 1000000}]\n",
        "goals: [5.1, true]\n",
        "description: \"two\\nlines\\u200B\"\n",
        "goals: [\"two\\nlines\"]\n",
        "places: [{name: 5.1, municipality: 3403}]\n",
    ];
    for extra in accepted {
        let value = plan::yaml_to_json(&format!("{base}{extra}")).unwrap();
        assert!(item.is_valid(&value), "rejected {extra:?}");
    }
    let rejected = [
        "partnres: [x]\n",
        "status: begun\n",
        "links: [K 2]\n",
        "municipalities: [\"301\"]\n",
        "period: {start: 2024-13}\n",
        "funding: [{amount: -1}]\n",
        "responsible: b\n",
        "places: [{name: \"two\\nlines\", municipality: 3403}]\n",
        "places: [{name: \"Vika\\u200B\", municipality: 3403}]\n",
        "sources: [{title: \"S\\u00AD\"}]\n",
    ];
    for extra in rejected {
        let value = plan::yaml_to_json(&format!("{base}{extra}")).unwrap();
        assert!(!item.is_valid(&value), "accepted {extra:?}");
    }
    let missing = plan::yaml_to_json(&base.replace("title: T\n", "title: ~\n")).unwrap();
    assert!(!item.is_valid(&missing), "a required field may not be null");
    let id_with_programme = plan::yaml_to_json(&base.replace("id: K1", "id: p:K1")).unwrap();
    assert!(
        !item.is_valid(&id_with_programme),
        "an item's own id has no programme"
    );
}

// --- plan new ----------------------------------------------------------------------------

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Validates the data folder `name` in `cwd`: the findings must be none.
fn assert_clean(cwd: &Path, name: &str) {
    let (findings, status) = validate_json(cwd, name, &[]);
    assert_eq!(findings, [], "findings in {name}");
    assert_eq!(status, 0);
}

#[test]
fn new_item_takes_the_next_number_and_validates() {
    let temp = copy_fixture("valid");
    let run = plan(
        temp.path(),
        &[
            "--repo",
            "valid",
            "new",
            "item",
            "--programme",
            "demo",
            "--theme",
            "K",
            "--level",
            "district",
            "--title",
            "Ny satsing: kompetanse",
        ],
    );
    assert_eq!((run.status, run.stderr.as_str()), (0, ""));
    assert_eq!(run.stdout, "valid/programmes/demo/items/K3.yaml\n");
    let path = temp.path().join("valid/programmes/demo/items/K3.yaml");
    assert_eq!(
        read(&path),
        "# yaml-language-server: $schema=../../../../schema/item.schema.json\n\
         id: K3\n\
         programme: demo\n\
         theme: K\n\
         level: district\n\
         title: \"Ny satsing: kompetanse\"\n\
         # title_editorial: false  # True when the source has no title and the title was written for it.\n\
         # description: \"\"  # The source's text.\n\
         # goals: []  # Stated goals.\n\
         responsible:\n  - demo-county\n\
         # partners: []  # Partner bodies.\n\
         # links: []  # Linked items: `K2`, or `programme:ID` in another programme.\n\
         # documents: []  # Linked documents that are not items.\n\
         # links_note: \"\"  # The source's wording where its links are vague.\n\
         # priority: {term: short, text: \"\"}  # Priority.\n\
         # status: planned  # Status as the source states it. One of: planned, started, ongoing, completed, removed.\n\
         # period: {}  # Period the item runs.\n\
         # regions: []  # Scope: regions where the item acts.\n\
         # municipalities: []  # Scope: municipalities where the item acts, by number.\n\
         # places: []  # Scope: places (not municipalities) where the item acts.\n\
         # mentions: {}  # Places the text only names: examples, partners' locations, earlier experience.\n\
         # updates: []  # Dated status history, oldest first.\n\
         # indicators: []  # Measurable indicators: baseline, target and measurements.\n\
         # funding: []  # Funding.\n\
         # people: []  # People by role.\n\
         sources: []\n\
         # notes: \"\"  # Corrections and remarks, with what the source said.\n"
    );
    assert_eq!(schema_errors(EntityKind::Item, &path), Some(vec![]));
    assert_clean(temp.path(), "valid");

    // The theme by name, responsible bodies by name; the next number again.
    let run = plan(
        &temp.path().join("valid"),
        &[
            "new",
            "item",
            "--theme",
            "lokalsamfunn",
            "--level",
            "county",
            "--title",
            "Torg",
            "--responsible",
            "kommunene",
        ],
    );
    assert_eq!((run.status, run.stderr.as_str()), (0, ""));
    assert_eq!(run.stdout, "programmes/demo/items/L3.yaml\n");
    assert_clean(temp.path(), "valid");
}

#[test]
fn every_commented_hint_validates_when_uncommented() {
    let temp = copy_fixture("valid");
    let run = plan(
        temp.path(),
        &[
            "--repo", "valid", "new", "item", "--theme", "K", "--level", "county", "--title", "T",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let path = temp.path().join(run.stdout.trim());
    let template = read(&path);
    let hints: Vec<&str> = template
        .lines()
        .filter(|l| l.starts_with("# ") && !l.contains("$schema"))
        .collect();
    assert!(hints.len() > 10, "{template}");
    for hint in hints {
        std::fs::write(&path, template.replacen(hint, &hint[2..], 1)).unwrap();
        let (findings, status) = validate_json(temp.path(), "valid", &[]);
        assert_eq!((findings, status), (vec![], 0), "uncommented: {hint}");
    }
}

#[test]
fn new_item_refuses_what_would_not_validate() {
    let temp = copy_fixture("valid");
    let cases: [(&[&str], &str); 3] = [
        (
            &["--theme", "K", "--title", "T"],
            "programme `demo` has levels: give --level (county (Fylkessatsinger), district (Distriktssatsinger))",
        ),
        (
            &["--theme", "X", "--level", "county", "--title", "T"],
            "unknown theme `X`",
        ),
        (
            &["--theme", "K", "--level", "regional-centre", "--title", "T"],
            "programme `demo` has no level `regional-centre`; its levels are county (Fylkessatsinger), district (Distriktssatsinger)",
        ),
    ];
    for (args, message) in cases {
        let mut all = vec!["--repo", "valid", "new", "item"];
        all.extend_from_slice(args);
        let run = plan(temp.path(), &all);
        assert_eq!(run.status, 2, "{args:?}");
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
    }
    assert_clean(temp.path(), "valid");
}

#[test]
fn new_item_in_a_programme_without_numbers_gets_a_slug() {
    let temp = TempDir::new("new-slug");
    copy_dir(&root().join("data"), &temp.path().join("data"));
    let args = [
        "new",
        "item",
        "--programme",
        "mr2025",
        "--theme",
        "S",
        "--title",
        "Digital Møre og Romsdal",
    ];
    let run = plan(temp.path(), &args);
    assert_eq!((run.status, run.stderr.as_str()), (0, ""));
    assert_eq!(
        run.stdout,
        "data/programmes/mr2025/items/digital-more-og-romsdal.yaml\n"
    );
    let again = plan(temp.path(), &args);
    assert_eq!(
        again.stdout,
        "data/programmes/mr2025/items/digital-more-og-romsdal-2.yaml\n"
    );
    let run = plan(
        temp.path(),
        &[
            "new",
            "item",
            "--programme",
            "innlandet",
            "--theme",
            "K",
            "--level",
            "county",
            "--title",
            "T",
        ],
    );
    assert_eq!(run.stdout, "data/programmes/innlandet/items/K12.yaml\n");
    assert_clean(temp.path(), "data");
}

#[test]
fn new_body_region_and_document_validate_and_never_overwrite() {
    let temp = copy_fixture("valid");
    let cwd = temp.path().join("valid");
    let made = [
        (
            vec![
                "new",
                "body",
                "--name",
                "Høgskolen i Innlandet",
                "--kind",
                "university",
            ],
            "bodies/hogskolen-i-innlandet.yaml",
        ),
        (
            vec![
                "new",
                "region",
                "--name",
                "Vest",
                "--municipality",
                "3401",
                "--municipality",
                "Kongsvinger",
            ],
            "regions/vest.yaml",
        ),
        (
            vec![
                "new",
                "document",
                "--title",
                "Ny strategi",
                "--kind",
                "strategy",
                "--owner",
                "demo-county",
            ],
            "documents/ny-strategi.yaml",
        ),
    ];
    for (args, path) in &made {
        let run = plan(&cwd, args);
        assert_eq!((run.status, run.stderr.as_str()), (0, ""), "{args:?}");
        assert_eq!(run.stdout, format!("{path}\n"));
    }
    assert_eq!(
        read(&cwd.join("regions/vest.yaml")),
        "# yaml-language-server: $schema=../../schema/region.schema.json\n\
         id: vest\n\
         name: \"Vest\"\n\
         county: \"34\"\n\
         municipalities:\n  - \"3401\"\n\
         # aliases: []  # Other names the sources use.\n\
         # council: \"\"  # The regional council.\n\
         # notes: \"\"  # Remarks.\n"
    );
    assert_clean(temp.path(), "valid");
    for (kind, relative, path) in entity_files(&cwd) {
        assert_eq!(schema_errors(kind, &path), Some(vec![]), "{relative}");
    }
    // The same again: the files exist, and are kept as they are.
    let before = read(&cwd.join("regions/vest.yaml"));
    for (args, _) in &made {
        let run = plan(&cwd, args);
        assert_eq!(run.status, 2, "{args:?}");
        assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    }
    assert_eq!(read(&cwd.join("regions/vest.yaml")), before);
    let taken = plan(
        &cwd,
        &[
            "new",
            "body",
            "--name",
            "X",
            "--kind",
            "other",
            "--id",
            "demo-county",
        ],
    );
    assert!(
        taken
            .stderr
            .contains("`demo-county` already exists in `bodies/`"),
        "{}",
        taken.stderr
    );
    let bad_kind = plan(&cwd, &["new", "body", "--name", "X", "--kind", "univ"]);
    assert_eq!(bad_kind.status, 2);
}

// --- plan.toml -----------------------------------------------------------------------------

/// Writes `plan.toml` in `folder`.
fn write_config(folder: &Path, text: &str) {
    std::fs::write(folder.join("plan.toml"), text).unwrap();
}

#[test]
fn severity_overrides_change_findings_and_exit_status() {
    let temp = copy_fixture("broken-link");
    let data = temp.path().join("broken-link");
    let (findings, status) = validate_json(temp.path(), "broken-link", &[]);
    assert_eq!((findings[0].severity.as_str(), status), ("error", 1));

    // In the repository root, naming the data folder: applies to `plan validate broken-link`.
    write_config(
        temp.path(),
        "data = \"broken-link\"\n[severity]\nbroken-link = \"warn\"\n",
    );
    let (findings, status) = validate_json(temp.path(), "broken-link", &[]);
    assert_eq!(findings.len(), 1);
    assert_eq!((findings[0].severity.as_str(), status), ("warning", 0));
    let (_, status) = validate_json(temp.path(), "broken-link", &["--deny-warnings"]);
    assert_eq!(status, 1);
    // Found by walking up from inside the data folder, and in the other formats.
    let run = plan(&data.join("programmes"), &["validate", "--format", "sarif"]);
    assert_eq!(run.status, 0);
    let sarif: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(sarif["runs"][0]["results"][0]["level"], "warning");
    let run = plan(&data, &["validate", "--format", "github"]);
    assert!(run.stdout.starts_with("::warning "), "{}", run.stdout);

    write_config(
        temp.path(),
        "data = \"broken-link\"\n[severity]\nbroken-link = \"allow\"\n",
    );
    let (findings, status) = validate_json(temp.path(), "broken-link", &[]);
    assert_eq!((findings.len(), status), (0, 0));
    let run = plan(temp.path(), &["validate", "broken-link"]);
    assert!(
        run.stdout.starts_with("ok: 0 errors, 0 warnings in "),
        "{}",
        run.stdout
    );

    // A plan.toml whose data folder is another one does not apply.
    write_config(
        temp.path(),
        "data = \"elsewhere\"\n[severity]\nbroken-link = \"allow\"\n",
    );
    let (_, status) = validate_json(temp.path(), "broken-link", &[]);
    assert_eq!(status, 1);
}

#[test]
fn deny_makes_a_warning_fail() {
    let temp = copy_fixture("link-to-removed");
    let (_, status) = validate_json(temp.path(), "link-to-removed", &[]);
    assert_eq!(status, 0);
    write_config(
        &temp.path().join("link-to-removed"),
        "data = \".\"\n[severity]\nlink-to-removed = \"deny\"\n",
    );
    let (findings, status) = validate_json(temp.path(), "link-to-removed", &[]);
    assert_eq!((findings[0].severity.as_str(), status), ("error", 1));
}

#[test]
fn plan_toml_mistakes_are_usage_errors() {
    let temp = copy_fixture("valid");
    write_config(temp.path(), "data = \"valid\"\nstael = \"6m\"\n");
    let run = plan(temp.path(), &["validate"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr
            .contains("plan.toml:2:1: unknown key `stael`; did you mean `stale`?"),
        "{}",
        run.stderr
    );
    write_config(temp.path(), "data = \"missing\"\n");
    let run = plan(temp.path(), &["validate"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("names the data folder `missing`"),
        "{}",
        run.stderr
    );
}

#[test]
fn plan_toml_names_the_data_folder_and_default_programme() {
    let temp = copy_fixture("valid");
    write_config(temp.path(), "data = \"valid\"\nprogramme = \"demo\"\n");
    let run = plan(
        temp.path(),
        &[
            "new", "item", "--theme", "K", "--level", "county", "--title", "T",
        ],
    );
    assert_eq!((run.status, run.stderr.as_str()), (0, ""));
    assert_eq!(run.stdout, "valid/programmes/demo/items/K3.yaml\n");
    let run = plan(temp.path(), &["validate", "--format", "json"]);
    assert_eq!((run.status, run.stdout.as_str()), (0, "[]\n"));
}

#[test]
fn the_shipped_plan_toml_is_read() {
    let run = plan(&root(), &["validate"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("ok: 0 feil, 0 advarsler i "),
        "{}",
        run.stdout
    );
}

/// Editors check dates as dates, as the loader does: `2024-02-30` is refused by both, and a
/// refused pattern comes with a sentence saying what is expected.
#[test]
fn schema_dates_are_calendar_dates_with_readable_errors() {
    let schema: Value =
        serde_json::from_str(&read(&root().join("schema/item.schema.json"))).unwrap();
    let date = &schema["properties"]["updates"]["items"]["properties"]["date"];
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(date)
        .unwrap();
    for good in ["2024", "2024-03", "2024-02-29", "2024-12-31"] {
        assert!(validator.is_valid(&Value::from(good)), "{good}");
        assert!(plan::Date::parse(good).is_some(), "{good}");
    }
    assert!(validator.is_valid(&Value::from(2024)));
    for bad in [
        "2024-02-30",
        "2023-02-29",
        "2024-13",
        "2024-3-5",
        "24-03-05",
        "2024-04-31",
    ] {
        assert!(!validator.is_valid(&Value::from(bad)), "{bad}");
        assert!(plan::Date::parse(bad).is_none(), "{bad}");
    }
    for option in date["anyOf"].as_array().unwrap() {
        if option.get("pattern").is_some() {
            assert!(
                option["patternErrorMessage"]
                    .as_str()
                    .unwrap()
                    .contains("ÅÅÅÅ-MM-DD")
            );
        }
    }
    let id = &schema["properties"]["responsible"]["items"]["anyOf"][0];
    assert!(
        id["patternErrorMessage"]
            .as_str()
            .unwrap()
            .contains("små ASCII-ord"),
        "{id}"
    );
}

// --- SARIF and GitLab --------------------------------------------------------------------

#[test]
fn sarif_output_passes_the_official_schema() {
    // The schema's `language` patterns have a stray `]`, a literal in ECMAScript that the
    // Rust regex engine refuses; escaping it keeps the meaning and lets the schema compile.
    let text = read(&root().join("tests/sarif/sarif-schema-2.1.0.json"));
    let stray = "-[a-zA-Z]{2}]?$";
    assert_eq!(text.matches(stray).count(), 2);
    let schema: Value = serde_json::from_str(&text.replace(stray, "-[a-zA-Z]{2}\\\\]?$")).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    let run = plan(
        &fixtures(),
        &["validate", "several-findings", "--format", "sarif"],
    );
    assert_eq!(run.status, 1);
    let log: Value = serde_json::from_str(&run.stdout).unwrap();
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
    assert_eq!(errors, Vec::<String>::new());
    // Same findings as the JSON format, in the same order, located the same.
    let (findings, _) = validate_json(&fixtures(), "several-findings", &[]);
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());
    for (result, finding) in results.iter().zip(&findings) {
        assert_eq!(result["ruleId"], finding.code.as_str());
        assert_eq!(result["level"], finding.severity.as_str());
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], finding.path.as_str());
        assert_eq!(location["region"]["startLine"], finding.line);
        assert_eq!(location["region"]["startColumn"], finding.column);
        let rule = &log["runs"][0]["tool"]["driver"]["rules"]
            [usize::try_from(result["ruleIndex"].as_u64().unwrap()).unwrap()];
        assert_eq!(rule["id"], finding.code.as_str());
    }
    // The rules are explained in the run's language, and valid in each.
    for language in ["nn", "en"] {
        let args = [
            "--lang",
            language,
            "validate",
            "several-findings",
            "--format",
            "sarif",
        ];
        let log: Value = serde_json::from_str(&plan(&fixtures(), &args).stdout).unwrap();
        let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
        assert_eq!(errors, Vec::<String>::new(), "{language}");
    }
    // A clean run is valid SARIF too.
    let clean = plan(&fixtures(), &["validate", "valid", "--format", "sarif"]);
    let log: Value = serde_json::from_str(&clean.stdout).unwrap();
    assert!(validator.is_valid(&log));
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
}

/// Every rule says what it means and how to fix it, as GitHub code scanning shows it.
#[test]
fn sarif_rules_carry_descriptions_and_help() {
    let args = ["--lang", "en", "validate", "valid", "--format", "sarif"];
    let run = plan(&fixtures(), &args);
    let log: Value = serde_json::from_str(&run.stdout).unwrap();
    let driver = &log["runs"][0]["tool"]["driver"];
    // No made-up address: the project has no public home to point at yet.
    assert_eq!(driver.get("informationUri"), None);
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), plan::Code::ALL.len());
    for rule in rules {
        for field in [
            &rule["shortDescription"]["text"],
            &rule["fullDescription"]["text"],
            &rule["help"]["text"],
            &rule["help"]["markdown"],
        ] {
            assert!(field.as_str().is_some_and(|t| !t.is_empty()), "{rule}");
        }
        // A name only where it says more than the id (`BrokenLink` for `broken-link`).
        let id = rule["id"].as_str().unwrap();
        match rule.get("name").and_then(Value::as_str) {
            Some(name) => assert!(!name.eq_ignore_ascii_case(id), "{rule}"),
            None => assert!(!id.contains('-'), "{rule}"),
        }
        assert!(
            rule["help"]["text"].as_str().unwrap().contains("Fix: "),
            "{rule}"
        );
    }
}

/// SARIF Multitool's GitHub rule set (what code scanning requires) finds nothing to warn about.
/// `.ci/run` installs it with npm (`@microsoft/sarif-multitool`) and names it in
/// `SARIF_MULTITOOL`.
#[test]
fn sarif_multitool_github_rules_are_clean() {
    let tool = std::env::var("SARIF_MULTITOOL").unwrap_or_else(|_| "sarif-multitool".into());
    if !common::has_tool(&tool) {
        common::skip(
            "SARIF Multitool is not installed (npm install @microsoft/sarif-multitool; set SARIF_MULTITOOL)",
        );
        return;
    }
    let temp = TempDir::new("sarif-multitool");
    let log = temp.path().join("plan.sarif");
    let run = plan(
        &fixtures(),
        &["validate", "several-findings", "--format", "sarif"],
    );
    std::fs::write(&log, run.stdout).unwrap();
    let output = std::process::Command::new(&tool)
        .args([
            "validate",
            "--rule-kind",
            "Gh;Sarif",
            "--level",
            "Error;Warning",
            "-o",
        ])
        .arg(temp.path().join("out.sarif"))
        .arg(&log)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    // SARIF2005 asks for the tool's web address, left out on purpose until the project has
    // a public home.
    let complaints: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(": error ") || l.contains(": warning "))
        .filter(|l| !l.contains("SARIF2005"))
        .collect();
    assert!(complaints.is_empty(), "{}", complaints.join("\n"));
}

fn gitlab_issues(cwd: &Path, target: &str) -> Vec<Value> {
    let run = plan(cwd, &["validate", target, "--format", "gitlab"]);
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn gitlab_fingerprints_are_unique_and_survive_moved_lines() {
    let temp = copy_fixture("several-findings");
    let before = gitlab_issues(temp.path(), "several-findings");
    let mut fingerprints: Vec<&str> = before
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    fingerprints.sort();
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), before.len());
    // A line added at the top of every file moves every finding down one line.
    for (_, _, path) in entity_files(&temp.path().join("several-findings")) {
        let text = read(&path);
        std::fs::write(&path, format!("# moved\n{text}")).unwrap();
    }
    let after = gitlab_issues(temp.path(), "several-findings");
    assert_eq!(after.len(), before.len());
    let mut moved = 0;
    for (a, b) in before.iter().zip(&after) {
        assert_eq!(a["fingerprint"], b["fingerprint"]);
        if a["location"]["lines"]["begin"] != b["location"]["lines"]["begin"] {
            moved += 1;
        }
    }
    assert!(moved > 0);
    assert_eq!(before[1]["check_name"], "broken-link");
    assert_eq!(before[1]["severity"], "major");
}

// --- completions and man page -------------------------------------------------------------

#[test]
fn completions_and_man_page_come_from_the_commands() {
    let cases = [
        ("bash", "_plan()"),
        ("zsh", "#compdef plan"),
        ("fish", "complete -c plan"),
        ("powershell", "Register-ArgumentCompleter"),
    ];
    for (shell, marker) in cases {
        let run = plan(&root(), &["completions", shell]);
        assert_eq!(run.status, 0, "{shell}");
        assert!(run.stdout.contains(marker), "{shell}");
        assert!(run.stdout.contains("validate"), "{shell}");
    }
    let bash = plan(&root(), &["completions", "bash"]).stdout;
    assert!(
        bash.contains("human json github sarif gitlab"),
        "validate --format values"
    );
    let man = plan(&root(), &["man"]);
    assert_eq!(man.status, 0);
    assert!(man.stdout.contains("\n.TH plan 1 "), "{}", man.stdout);
    assert!(man.stdout.contains("plan\\-validate(1)"), "{}", man.stdout);
}

/// Every page a man page refers to (`plan-list(1)`, `plan-new-item(1)`) is written by
/// `plan man --out DIR`, which creates the folder, and renders without a warning.
#[test]
fn man_pages_exist_for_every_subcommand_and_render() {
    let temp = TempDir::new("man");
    let dir = temp.path().join("share/man/man1");
    let run = plan(&root(), &["man", "--out", dir.to_str().unwrap()]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let mut referred = std::collections::BTreeSet::new();
    for line in run.stdout.lines() {
        let page = read(Path::new(line));
        assert!(page.contains("\n.TH "), "{line}");
        for (at, _) in page.match_indices("(1)") {
            let start = page[..at]
                .rfind(|c: char| c.is_whitespace() || c == ',')
                .map_or(0, |s| s + 1);
            let name = page[start..at].replace("\\-", "-");
            if name.starts_with("plan") {
                referred.insert(name);
            }
        }
    }
    assert!(referred.contains("plan-new-item"), "{referred:?}");
    for name in &referred {
        assert!(
            dir.join(format!("{name}.1")).is_file(),
            "{name}(1) is referred to but not written"
        );
    }
    if !common::has_tool("man") {
        common::skip("man (man-db) is not installed; cannot render the pages");
        return;
    }
    for name in &referred {
        let page = dir.join(format!("{name}.1"));
        let output = std::process::Command::new("man")
            .args(["--warnings", "-l"])
            .arg(&page)
            .env("MANWIDTH", "80")
            .output()
            .unwrap();
        assert!(output.status.success(), "{name}");
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            "",
            "{name}: warnings"
        );
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("NAME"),
            "{name}"
        );
    }
}

/// The bash script `plan completions bash` writes offers the status words after `--status `.
#[test]
fn bash_completion_offers_the_values_of_closed_sets() {
    if !common::has_tool("bash") {
        common::skip("bash is not installed");
        return;
    }
    let temp = TempDir::new("completion");
    let script = temp.path().join("plan.bash");
    std::fs::write(&script, plan(&root(), &["completions", "bash"]).stdout).unwrap();
    let complete = |words: &str| {
        let program = format!(
            "source {}; COMP_WORDS=({words} ''); COMP_CWORD=${{#COMP_WORDS[@]}}; \
             COMP_CWORD=$((COMP_CWORD - 1)); COMP_LINE='{words} '; COMP_POINT=${{#COMP_LINE}}; \
             _plan plan '' \"${{COMP_WORDS[COMP_CWORD - 1]}}\"; echo \"${{COMPREPLY[*]}}\"",
            script.display()
        );
        let output = std::process::Command::new("bash")
            .args(["-c", &program])
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap().trim().to_string()
    };
    assert_eq!(
        complete("plan list --status"),
        "planned started ongoing completed removed"
    );
    assert_eq!(
        complete("plan list --priority"),
        "short long short-and-long"
    );
    assert_eq!(
        complete("plan list --level"),
        "county district regional-centre"
    );
    // `new item --level` also takes a programme's own level names, but offers the words.
    assert_eq!(
        complete("plan new item --level"),
        "county district regional-centre"
    );
    assert_eq!(complete("plan report --lang"), "nb nn en");
    assert_eq!(
        complete("plan validate --format"),
        "human json github sarif gitlab"
    );
}

#[test]
fn vscode_settings_map_every_folder_to_its_schema() {
    let settings: Value =
        serde_json::from_str(&read(&root().join(".vscode/settings.json"))).unwrap();
    let globs = settings["yaml.schemas"].as_object().unwrap();
    for &kind in EntityKind::ALL {
        let key = format!("./schema/{}", plan::schema_file_name(kind));
        let glob = globs[&key]
            .as_str()
            .unwrap_or_else(|| panic!("{key} is mapped"));
        // The glob, with `*` as one name, is a path the loader reads as this kind.
        let example = glob.trim_start_matches("data/").replace('*', "x");
        let parts: Vec<&str> = example.split('/').collect();
        assert_eq!(EntityKind::of_path(&parts), Some(kind), "{glob}");
    }
    assert_eq!(globs.len(), EntityKind::ALL.len());
}

/// The README shows the shipped `plan.toml` as it is, so the two cannot drift apart.
#[test]
fn readme_shows_the_shipped_plan_toml() {
    let readme = read(&root().join("README.md"));
    let shipped = read(&root().join("plan.toml"));
    assert!(
        readme.contains(&format!("```toml\n{shipped}```\n")),
        "README.md's plan.toml block differs from plan.toml"
    );
}

/// A mistake in plan.toml's syntax is told in the run's language, and a word left without
/// quotes is called that (the parser calls `language = nb` an invalid float).
#[test]
fn plan_toml_syntax_mistakes_are_told_in_norwegian() {
    let temp = copy_fixture("valid");
    write_config(temp.path(), "data = \"valid\"\nlanguage = nb\n");
    let run = plan(temp.path(), &["--lang", "nb", "validate"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr
            .contains("plan.toml:2:12: en tekst må stå i anførselstegn, som i `language = \"nb\"`"),
        "{}",
        run.stderr
    );
    write_config(temp.path(), "data = \"valid\"\n[severity\n");
    let run = plan(temp.path(), &["--lang", "nn", "validate"]);
    assert!(
        run.stderr
            .contains("plan.toml:2:10: tabelloverskrifta er ikkje lukka; avslutt ho med `]`"),
        "{}",
        run.stderr
    );
}
