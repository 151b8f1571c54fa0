//! The commands that change the data (`update`, `set`, `link`, `unlink`, `rename`,
//! `remove`, `new item`), run on a git copy of the shipped `data/`: each change is exactly
//! the expected lines, validation stays free of errors, refusals change no byte, and
//! parallel runs lose nothing.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};

use common::{
    TempDir, added_lines, assert_no_errors, assert_no_findings, changed_lines, data_repo, git,
    plan, plan_with_env, plan_with_stdin, refused, root, snapshot, validate_json,
};

const K3: &str = "data/programmes/innlandet/items/K3.yaml";

#[test]
fn an_update_adds_exactly_one_entry_and_shows_first() {
    let temp = data_repo("edit");
    let out = plan(
        temp.path(),
        &[
            "update",
            "K3",
            "--status",
            "completed",
            "--date",
            "2026-11-01",
            "--text",
            "Fullført: alle kurs er holdt",
        ],
    )
    .ok();
    assert_eq!(
        out,
        "K3: status: started → completed, update 2026-11-01 added (data/programmes/innlandet/items/K3.yaml)\n"
    );
    let changed = changed_lines(temp.path());
    assert_eq!(
        changed,
        BTreeMap::from([(
            K3.to_string(),
            vec![
                "+updates:".to_string(),
                "+  - date: \"2026-11-01\"".into(),
                "+    status: completed".into(),
                "+    text: \"Fullført: alle kurs er holdt\"".into(),
            ]
        )])
    );
    let show = plan(temp.path(), &["show", "K3"]).ok();
    let updates = show.split("Updates (newest first)\n").nth(1).unwrap();
    assert!(
        updates.starts_with("  2026-11-01  [completed] Fullført: alle kurs er holdt\n"),
        "{show}"
    );
    assert_no_findings(temp.path());
}

#[test]
fn any_text_is_quoted_and_read_back_as_written() {
    let temp = data_repo("edit");
    let text = "Møte: \"Æ Ø Å\" # ikke en kommentar\nandre linje\t– ferdig\\";
    plan(
        temp.path(),
        &["update", "K3", "--date", "2025-11", "--text", text],
    )
    .ok();
    let stdin_text = "fra standard inndata: 'ja'";
    let args = [
        "update", "K3", "--date", "2025-12", "--text", "-", "--format", "json",
    ];
    let out = plan_with_stdin(temp.path(), &args, stdin_text.as_bytes()).ok();
    let record: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(record["changes"][0], "update 2025-12 added");
    assert_eq!(record["written"], true);
    let show: serde_json::Value =
        serde_json::from_str(&plan(temp.path(), &["show", "K3", "--format", "json"]).ok()).unwrap();
    let texts: Vec<&str> = show["updates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.contains(&text) && texts.contains(&stdin_text),
        "{texts:?}"
    );
    assert_no_errors(temp.path());
}

#[test]
fn an_earlier_update_goes_in_at_its_date() {
    let temp = data_repo("edit");
    for (date, text) in [
        ("2026-11-01", "a"),
        ("2026", "b"),
        ("2026-03", "c"),
        ("2026-03", "d"),
        ("2025-12-31", "e"),
        ("2026-11-01", "f"),
    ] {
        plan(
            temp.path(),
            &["update", "K3", "--date", date, "--text", text],
        )
        .ok();
    }
    let dates: Vec<String> = changed_lines(temp.path())[K3]
        .iter()
        .filter_map(|l| l.strip_prefix("+  - date: "))
        .map(str::to_string)
        .collect();
    let texts: Vec<String> = changed_lines(temp.path())[K3]
        .iter()
        .filter_map(|l| l.strip_prefix("+    text: "))
        .map(|t| t.trim_matches('"').to_string())
        .collect();
    // A month or a year holds by its end; the same date goes after the one there is.
    assert_eq!(
        dates,
        [
            "\"2025-12-31\"",
            "\"2026-03\"",
            "\"2026-03\"",
            "\"2026-11-01\"",
            "\"2026-11-01\"",
            "\"2026\""
        ]
    );
    assert_eq!(texts, ["e", "c", "d", "a", "f", "b"]);
    assert_no_findings(temp.path());
}

#[test]
fn an_earlier_status_is_history_and_a_removal_comes_last() {
    let temp = data_repo("edit");
    plan(
        temp.path(),
        &[
            "update", "K3", "--status", "ongoing", "--date", "2026-05", "--text", "a",
        ],
    )
    .ok();
    let out = plan(
        temp.path(),
        &[
            "update",
            "K3",
            "--status",
            "completed",
            "--date",
            "2026-03",
            "--text",
            "b",
        ],
    )
    .ok();
    assert!(
        out.starts_with(
            "K3: status stays ongoing (the newer update dated 2026-05 decides it), update 2026-03 added"
        ),
        "{out}"
    );
    refused(
        temp.path(),
        &["remove", "K3", "--reason", "x", "--date", "2026-04"],
        2,
        "K3 has an update dated 2026-05 that sets its status",
    );
    plan(
        temp.path(),
        &["remove", "K3", "--reason", "x", "--date", "2026-05"],
    )
    .ok();
    let show: serde_json::Value =
        serde_json::from_str(&plan(temp.path(), &["show", "K3", "--format", "json"]).ok()).unwrap();
    let dates: Vec<&str> = show["updates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["date"].as_str().unwrap())
        .collect();
    // Newest first; the removal, dated the same day, counts as the later one.
    assert_eq!(dates, ["2026-05", "2026-05", "2026-03"]);
    assert_eq!(show["updates"][0]["status"], "removed");
    assert_no_errors(temp.path());
}

/// Text a planner may paste from anywhere: YAML syntax, a leading dash, a spreadsheet
/// formula, a tab, a Windows line end, characters other YAML readers take for line breaks,
/// a right-to-left mark, a byte-order mark. (Bidirectional overrides are refused.)
const HOSTILE: &str = "a \"q\" 's' : b # c\nlinje 2\n- strek\n=SUM(A1)\n[31mrød\t\\ \
                       \u{2028}\u{2029}\u{200f}\u{feff}\r\n$(slutt) `x` &amp; <b>";

/// [`HOSTILE`] for a one-line field (a title): no line break, and no character drawn as
/// nothing (`invisible-character`).
const HOSTILE_LINE: &str =
    "a \"q\" 's' : b # c - strek =SUM(A1) [31mrød\t\\ $(slutt) `x` &amp; <b>";

/// The texts of an item as `plan show --format json` reads them back.
fn shown_texts(cwd: &Path, id: &str) -> Vec<String> {
    fn walk(value: &serde_json::Value, texts: &mut Vec<String>) {
        match value {
            serde_json::Value::String(text) => texts.push(text.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, texts)),
            serde_json::Value::Object(fields) => fields.values().for_each(|v| walk(v, texts)),
            _ => {}
        }
    }
    let show = plan(cwd, &["show", id, "--format", "json"]).ok();
    let mut texts = Vec::new();
    walk(&serde_json::from_str(&show).unwrap(), &mut texts);
    texts
}

#[test]
fn hostile_text_is_written_escaped_and_read_back_exactly() {
    let temp = data_repo("edit");
    let long = "lang tekst ".repeat(10_000);
    let runs: [&[&str]; 8] = [
        &[
            "update",
            "K3",
            "--date",
            "2026-01",
            "--text",
            HOSTILE,
            "--source",
            HOSTILE_LINE,
        ],
        &[
            "update",
            "K3",
            "--date",
            "2026-02",
            "--text",
            "- punkt: ferdig",
        ],
        &["update", "K3", "--date", "2026-03", "--text", &long],
        &["set", "K3", "title", HOSTILE_LINE],
        &["set", "K3", "description", HOSTILE],
        &["set", "K3", "goals", "--add", "--", HOSTILE],
        &["set", "K3", "priority", "short", HOSTILE],
        &["remove", "K5", "--reason", HOSTILE],
    ];
    for args in runs {
        plan(temp.path(), args).ok();
    }
    let new = plan(
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
            HOSTILE_LINE,
            "--description",
            HOSTILE,
        ],
    )
    .ok();
    let new_id = Path::new(new.trim())
        .file_stem()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    // From standard input, only the final line break is dropped.
    let args = ["update", "K3", "--date", "2026-04", "--text", "-"];
    plan_with_stdin(temp.path(), &args, format!("{HOSTILE}\n").as_bytes()).ok();

    let k3 = shown_texts(temp.path(), "K3");
    assert_eq!(k3.iter().filter(|t| *t == HOSTILE).count(), 5);
    assert_eq!(k3.iter().filter(|t| *t == HOSTILE_LINE).count(), 2);
    for text in ["- punkt: ferdig", long.as_str()] {
        assert!(k3.iter().any(|t| t == text), "{:?}", &text[..15]);
    }
    assert!(shown_texts(temp.path(), "K5").contains(&HOSTILE.to_string()));
    let created = shown_texts(temp.path(), &new_id);
    assert_eq!(created.iter().filter(|t| *t == HOSTILE).count(), 1);
    assert_eq!(created.iter().filter(|t| *t == HOSTILE_LINE).count(), 1);
    // The files hold no character a YAML reader refuses or takes for a line break.
    for (path, bytes) in snapshot(temp.path()) {
        let text = String::from_utf8(bytes).unwrap();
        let raw = text.chars().find(|&c| {
            (c.is_control() && c != '\n' && c != '\r')
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202e}' | '\u{feff}')
        });
        assert_eq!(raw, None, "{path}");
    }
    assert_no_errors(temp.path());
}

/// A control character (an escape, NUL from standard input) is one the files may not hold:
/// the change is refused as `plan validate` would, shown escaped, and nothing is written.
#[test]
fn control_characters_are_refused_and_never_reach_the_terminal() {
    let temp = data_repo("edit");
    let escapes = "r\u{1b}[31mød\u{1b}]0;tittel\u{7}";
    let args = ["update", "K3", "--text", escapes];
    let run = refused(temp.path(), &args, 1, "error[control-character]");
    assert!(!run.stdout.contains(['\u{1b}', '\u{7}']), "{}", run.stdout);
    let before = snapshot(temp.path());
    let run = plan_with_stdin(temp.path(), &["update", "K3", "--text", "-"], b"nul\0her");
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(!run.stdout.contains('\0'), "{:?}", run.stdout);
    assert_eq!(snapshot(temp.path()), before);
}

#[test]
fn blank_texts_typos_and_a_second_removal_are_refused() {
    let temp = data_repo("edit");
    let cases: [(&[&str], &str); 4] = [
        (
            &["set", "K3", "level", "Distriktsatsinger"],
            "did you mean `Distriktssatsinger`?",
        ),
        (
            &["update", "K3", "--text", "x", "--source", ""],
            "the source's title (--source) is empty",
        ),
        (
            &["remove", "K3", "--reason", "  "],
            "the reason (--reason) is empty",
        ),
        (
            &["set", "K3", "places", "Otta, Lilehammer"],
            "did you mean `Lillehammer`?",
        ),
    ];
    for (args, message) in cases {
        refused(temp.path(), args, 2, message);
    }
    plan(temp.path(), &["remove", "K3", "--reason", "a"]).ok();
    refused(
        temp.path(),
        &["remove", "K3", "--reason", "b"],
        2,
        "K3 is already removed",
    );
}

#[test]
fn rename_refuses_an_id_validate_would_refuse() {
    let temp = data_repo("edit");
    for bad in ["K3\nx", "=SUM(A1)", "K 3", "../x", ""] {
        let run = refused(temp.path(), &["rename", "K3", bad], 2, "cannot be an id");
        assert!(!run.stderr.contains('\n') || run.stderr.lines().count() == 1);
    }
}

#[test]
fn rename_keeps_a_programme_numbered_by_theme() {
    let temp = data_repo("edit");
    for (bad, meant) in [
        ("k14", "K14"),
        ("K-14", "K14"),
        ("K014", "K14"),
        ("A14", "K14"),
    ] {
        let hint = format!("numbered by theme (`K1`, `K2`, …); did you mean `{meant}`?");
        refused(temp.path(), &["rename", "K11", bad], 2, &hint);
    }
    // No number in it: the next free one.
    let args = ["rename", "K11", "kompetanse"];
    refused(temp.path(), &args, 2, "did you mean `K12`?");
    plan(temp.path(), &["rename", "K11", "K14"]).ok();
    // A programme of named items takes any id.
    plan(temp.path(), &["rename", "digi-mr", "digi-more"]).ok();
    assert_no_errors(temp.path());
}

#[test]
fn an_update_names_its_source_and_reporting_body() {
    let temp = data_repo("edit");
    plan(
        temp.path(),
        &[
            "update",
            "K3",
            "--date",
            "2026-11",
            "--text",
            "Meldt",
            "--source",
            "Årsrapport 2026",
            "--by",
            "NAV",
        ],
    )
    .ok();
    assert_eq!(
        changed_lines(temp.path())[K3],
        [
            "+updates:",
            "+  - date: \"2026-11\"",
            "+    text: \"Meldt\"",
            "+    source:",
            "+      title: \"Årsrapport 2026\"",
            "+    by: nav",
        ]
    );
    assert_no_errors(temp.path());
    // A body nobody knows is an error where the file names it.
    common::edit(&temp.path().join(K3), "by: nav", "by: navv");
    let (findings, status) = validate_json(temp.path(), "data", &[]);
    assert_eq!(status, 1);
    assert_eq!(findings[0].code, "unknown-body", "{findings:?}");
}

#[test]
fn the_editor_writes_the_text() {
    let temp = data_repo("edit");
    let editor = temp.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nprintf 'Skrevet i editor\\n# hint\\n' > \"$1\"\n",
    )
    .unwrap();
    Command::new("chmod")
        .arg("+x")
        .arg(&editor)
        .status()
        .unwrap();
    let editor = editor.display().to_string();
    let run = plan_with_env(
        temp.path(),
        &["update", "K3", "--edit", "--date", "2026"],
        &[("EDITOR", &editor), ("VISUAL", &editor)],
    );
    run.ok();
    let changed = &changed_lines(temp.path())[K3];
    assert!(
        changed.contains(&"+    text: \"Skrevet i editor\"".to_string()),
        "{changed:?}"
    );
}

#[test]
fn dry_run_prints_the_diff_and_writes_nothing() {
    let temp = data_repo("edit");
    let before = snapshot(temp.path());
    let out = plan(
        temp.path(),
        &[
            "set",
            "K3",
            "partners",
            "--add",
            "Innovasjon Norge Innlandet",
            "--dry-run",
        ],
    )
    .ok();
    assert!(
        out.starts_with(&format!("--- a/{K3}\n+++ b/{K3}\n@@ ")),
        "{out}"
    );
    assert!(
        out.contains("\n   - hoyskolen-for-yrkesfag\n+  - innovasjon-norge-innlandet\n links:\n"),
        "{out}"
    );
    assert_eq!(
        out.lines()
            .filter(|l| l.starts_with('+') || l.starts_with('-'))
            .count(),
        3
    );
    assert_eq!(snapshot(temp.path()), before);
}

/// The diff shows the data's bidirectional marks and control characters escaped: a comment in the
/// file cannot reorder or colour what the planner reads.
#[test]
fn dry_run_shows_the_data_escaped() {
    let temp = data_repo("edit");
    let path = temp.path().join(K3);
    common::edit(&path, "status: started", "status: started # \u{200f}evil\t");
    let out = plan(
        temp.path(),
        &["set", "K3", "status", "ongoing", "--dry-run"],
    )
    .ok();
    assert!(
        out.contains(
            "\n-status: started # \\u{200f}evil\\u{9}\n+status: ongoing # \\u{200f}evil\\u{9}\n"
        ),
        "{out}"
    );
    assert!(!out.contains(['\u{200f}', '\t']), "{out}");
    // A CRLF file's diff keeps its line ends.
    let crlf = std::fs::read_to_string(&path)
        .unwrap()
        .replace('\n', "\r\n");
    std::fs::write(&path, crlf).unwrap();
    let out = plan(
        temp.path(),
        &["set", "K3", "status", "ongoing", "--dry-run"],
    )
    .ok();
    assert!(
        out.contains("\r\n+status: ongoing # \\u{200f}evil\\u{9}\r\n"),
        "{out}"
    );
}

#[test]
fn set_changes_fields_and_list_members() {
    let temp = data_repo("edit");
    plan(
        temp.path(),
        &[
            "set",
            "K3",
            "partners",
            "--add",
            "Innovasjon Norge Innlandet",
        ],
    )
    .ok();
    plan(temp.path(), &["set", "K3", "partners", "--remove", "ntnu"]).ok();
    plan(temp.path(), &["set", "K3", "level", "Distriktssatsinger"]).ok();
    let out = plan(
        temp.path(),
        &["set", "K3", "municipalities", "3427", "Lillehammer"],
    )
    .ok();
    assert!(
        out.starts_with(
            "K3: Tynset (3427) added to municipalities, Lillehammer (3405) added to municipalities ("
        ),
        "{out}"
    );
    assert_eq!(
        changed_lines(temp.path())[K3],
        [
            "-level: county",
            "+level: district",
            "-  - ntnu",
            "+  - innovasjon-norge-innlandet",
            // K3 names its municipalities only under `mentions`: the scope list is new, in
            // field order.
            "+municipalities:",
            "+  - \"3427\"",
            "+  - \"3405\"",
        ]
    );
    assert_no_errors(temp.path());
}

#[test]
fn refusals_of_set_show_a_command_for_the_item_that_works() {
    let temp = data_repo("edit");
    refused(
        temp.path(),
        &["set", "K3", "priority", "lang"],
        2,
        "give the priority's wording too, as the source has it: \
         `plan set K3 priority lang \"lang sikt\"`",
    );
    // K3 has no period: its end alone has no start; the programme's start is the example.
    refused(
        temp.path(),
        &["set", "K3", "period.end", "2027"],
        2,
        "K3 has no period yet, so an end alone has no start to go with; \
         give both: `plan set K3 period 2024 2027`",
    );
}

#[test]
fn refusals_of_set_name_the_field_by_the_word_typed() {
    let temp = data_repo("edit");
    let nb = |args: &[&str], says: &str| {
        let before = snapshot(temp.path());
        plan_with_env(temp.path(), args, &[("PLAN_LANG", "nb")]).says(2, says);
        assert_eq!(snapshot(temp.path()), before, "{args:?} changed the data");
    };
    nb(
        &["set", "K3", "tittel", "Ny", "tittel"],
        "`tittel` tar én verdi; sett anførselstegn",
    );
    nb(&["set", "K3", "tittel", ""], "`tittel` kan ikke være tomt");
    nb(
        &["set", "K3", "prioritet", "a", "b", "c"],
        "`prioritet` tar 2 verdier;",
    );
    nb(
        &["set", "K3", "prioritet", "lang"],
        "`plan set K3 prioritet lang \"lang sikt\"`",
    );
    // The suggestion names the whole period in the language of the word typed.
    nb(
        &["set", "K3", "periode.slutt", "2027"],
        "`plan set K3 periode 2024 2027`",
    );
    let nn = plan_with_env(
        temp.path(),
        &["set", "K3", "tittel", "a", "b"],
        &[("PLAN_LANG", "nn")],
    );
    nn.says(2, "`tittel` tek éin verdi;");
    refused(
        temp.path(),
        &["set", "K3", "title", "a", "b"],
        2,
        "`title` takes one value;",
    );
}

#[test]
fn a_field_written_into_a_new_file_takes_the_place_of_its_hint() {
    let temp = data_repo("edit");
    let new = [
        "new",
        "item",
        "--programme",
        "innlandet",
        "--theme",
        "K",
        "--level",
        "district",
        "--title",
        "Ny satsing",
    ];
    plan(temp.path(), &new).ok();
    let args = [
        "remove",
        "K12",
        "--reason",
        "Slått sammen med K3",
        "--date",
        "2026-11-01",
    ];
    plan(temp.path(), &args).ok();
    let path = temp.path().join("data/programmes/innlandet/items/K12.yaml");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(!text.contains("# updates:"), "{text}");
    assert!(
        text.contains("# mentions: {}  # Places the text only names: examples, partners' locations, earlier experience.\nupdates:\n  - date: \"2026-11-01\"\n"),
        "{text}"
    );
    assert_no_errors(temp.path());
}

#[test]
fn fields_are_named_in_norwegian_too() {
    let temp = data_repo("edit");
    plan(temp.path(), &["set", "K3", "tittel", "Ny tittel"]).ok();
    plan(temp.path(), &["set", "K3", "partnarar", "--add", "NTNU"]).ok();
    let out = plan(
        temp.path(),
        &["set", "K3", "nevnte.kommuner", "--add", "Gjøvik"],
    )
    .ok();
    assert!(
        out.starts_with("K3: Gjøvik (3407) added to mentioned municipalities"),
        "{out}"
    );
    assert_eq!(
        changed_lines(temp.path())[K3],
        [
            "-title: \"Fleksible og desentraliserte utdanningstilbud\"",
            "+title: \"Ny tittel\"",
            "+    - \"3407\""
        ]
    );
    refused(
        temp.path(),
        &["set", "K3", "tittl", "x"],
        2,
        "did you mean `title`?",
    );
}

#[test]
fn place_kinds_are_typed_and_shown_in_the_language() {
    let temp = data_repo("edit");
    let add = [
        "set",
        "K3",
        "mentions.places",
        "--add",
        "Beitostølen, Øystre Slidre, bygd",
    ];
    plan(temp.path(), &add).ok();
    assert!(
        changed_lines(temp.path())[K3].contains(&"+      kind: village".to_string()),
        "{:?}",
        changed_lines(temp.path())
    );
    let diff = plan(temp.path(), &["--lang", "nb", "diff"]).ok();
    assert!(
        diff.contains("nevnte steder: + Beitostølen (Øystre Slidre, tettsted)"),
        "{diff}"
    );
    let diff = plan(temp.path(), &["diff"]).ok();
    assert!(
        diff.contains("+ Beitostølen (Øystre Slidre, village)"),
        "{diff}"
    );
    refused(
        temp.path(),
        &[
            "set",
            "K3",
            "places",
            "--add",
            "Fagernes, Nord-Aurdal, fjell",
        ],
        2,
        "unknown kind of place `fjell`",
    );
}

#[test]
fn adding_a_member_by_another_of_its_names_says_it_is_there() {
    let temp = data_repo("edit");
    let add = ["set", "K3", "partners", "--add", "Innovasjon Norge"];
    plan(temp.path(), &add).ok();
    let out = refused(temp.path(), &add, 0, "").stdout;
    assert_eq!(out, "K3: Innovasjon Norge Innlandet is already a partner\n");
    let out = plan(
        temp.path(),
        &[
            "--lang",
            "nn",
            "set",
            "K3",
            "responsible",
            "--add",
            "innlandet-fylkeskommune",
        ],
    )
    .ok();
    assert_eq!(out, "K3: Innlandet fylkeskommune er allereie ansvarleg\n");
}

/// A description of several paragraphs is written as the data writes descriptions, a
/// literal block; a text a block would not give back exactly (blanks at a line's end) stays
/// quoted; both read back exactly.
#[test]
fn set_writes_a_text_of_several_lines_as_a_literal_block() {
    let temp = data_repo("edit");
    let text = "Første avsnitt: med kolon.\n\n  Innrykk med «sitat» og # tegn.";
    plan(
        temp.path(),
        &["--lang", "nb", "set", "K3", "description", text],
    )
    .ok();
    // The blank line between the paragraphs is the old text's, kept.
    assert_eq!(
        added_lines(temp.path(), K3),
        [
            "+description: |-",
            "+  Første avsnitt: med kolon.",
            "+    Innrykk med «sitat» og # tegn."
        ]
    );
    let show = |cwd| {
        let json: serde_json::Value =
            serde_json::from_str(&plan(cwd, &["show", "K3", "--format", "json"]).ok()).unwrap();
        json["description"].as_str().unwrap().to_string()
    };
    assert_eq!(show(temp.path()), text);
    let ragged = "linje med blank på slutten \nneste";
    plan(temp.path(), &["set", "K3", "description", ragged]).ok();
    assert_eq!(show(temp.path()), ragged);
    assert!(
        std::fs::read_to_string(temp.path().join(K3))
            .unwrap()
            .contains("description: \"linje med blank på slutten \\nneste\"\n")
    );
    assert_no_findings(temp.path());
}

#[test]
fn set_changes_places_and_mentions() {
    let temp = data_repo("edit");
    let l7 = "data/programmes/innlandet/items/L7.yaml";
    plan(
        temp.path(),
        &["set", "L7", "places", "--add", "Otta, Sel, town"],
    )
    .ok();
    // A place items already name needs no municipality.
    plan(
        temp.path(),
        &["set", "L7", "mentions.places", "--add", "Fagernes"],
    )
    .ok();
    plan(
        temp.path(),
        &["set", "L7", "mentions.places", "--remove", "beitostølen"],
    )
    .ok();
    plan(temp.path(), &["set", "L7", "mentions.regions", "Valdres"]).ok();
    assert_eq!(
        changed_lines(temp.path())[l7],
        [
            "+places:",
            "+  - name: \"Otta\"",
            "+    municipality: \"3437\"",
            "+    kind: town",
            "+  regions:",
            "+    - valdres",
            "-    - name: \"Beitostølen\"",
            "-      municipality: \"3453\"",
            "-      kind: village",
            "+    - name: \"Fagernes\"",
            "+      municipality: \"3451\"",
        ]
    );
    assert_no_errors(temp.path());
    let args = ["set", "L7", "places", "--add", "Nyby"];
    refused(
        temp.path(),
        &args,
        2,
        "say which municipality `Nyby` lies in",
    );
    // A municipality left empty between the commas is missing, not unknown.
    let args = ["set", "L7", "places", "--add", "Foo, , village"];
    refused(
        temp.path(),
        &args,
        2,
        "the place `Foo` has no municipality: write `Foo, Municipality[, kind]`",
    );
    let nb = plan_with_env(temp.path(), &args, &[("PLAN_LANG", "nb")]);
    nb.says(
        2,
        "stedet `Foo` mangler kommune: skriv `Foo, Kommune[, type]`",
    );
    let nn = plan_with_env(temp.path(), &args, &[("PLAN_LANG", "nn")]);
    nn.says(
        2,
        "staden `Foo` manglar kommune: skriv `Foo, Kommune[, type]`",
    );
    let args = [
        "set",
        "L7",
        "mentions.municipalities",
        "--add",
        "Lilehammer",
    ];
    refused(temp.path(), &args, 2, "did you mean `Lillehammer`?");
}

#[test]
fn set_changes_one_field_of_the_period_and_names_fields_as_the_file_does() {
    let temp = data_repo("edit");
    let a1 = "data/programmes/innlandet/items/A1.yaml";
    plan(temp.path(), &["set", "A1", "period.end", "2027"]).ok();
    plan(
        temp.path(),
        &["set", "A1", "links_note", "--", "- se også K3"],
    )
    .ok();
    assert_eq!(
        changed_lines(temp.path())[a1],
        ["+links_note: \"- se også K3\"", "+  end: \"2027\""]
    );
    assert_no_errors(temp.path());
    // K3 has no period: an end alone is not one.
    let args = ["set", "K3", "period.end", "2027"];
    refused(
        temp.path(),
        &args,
        2,
        "K3 has no period yet, so an end alone has no start to go with",
    );
    let args = ["set", "A1", "period.end", "2023"];
    refused(
        temp.path(),
        &args,
        1,
        "period ends (2023) before it starts (2024)",
    );
}

#[test]
fn link_and_unlink_both_ways() {
    let temp = data_repo("edit");
    let out = plan(
        temp.path(),
        &["link", "K3", "K9", "mr2025:digi-mr", "--both"],
    )
    .ok();
    assert!(
        out.starts_with("K3: link to K9 added, K9 → K3 added, link to mr2025:digi-mr added, "),
        "{out}"
    );
    let changed = changed_lines(temp.path());
    assert_eq!(changed[K3], ["+  - K9", "+  - \"mr2025:digi-mr\""]);
    assert_eq!(
        changed["data/programmes/innlandet/items/K9.yaml"],
        ["+  - K3"]
    );
    assert_eq!(
        changed["data/programmes/mr2025/items/digi-mr.yaml"].len(),
        1,
        "{changed:?}"
    );
    assert_no_errors(temp.path());
    plan(
        temp.path(),
        &["unlink", "K3", "K9", "mr2025:digi-mr", "--both"],
    )
    .ok();
    assert_eq!(changed_lines(temp.path()), BTreeMap::new());
    let out = plan(temp.path(), &["unlink", "K3", "K9"]).ok();
    assert_eq!(out, "K3: does not link to K9\n");
    plan(temp.path(), &["link", "K3", "K9"]).ok();
    let out = plan(temp.path(), &["link", "K3", "K9", "K11"]).ok();
    assert!(
        out.starts_with("K3: link to K11 added, already links to K9 ("),
        "{out}"
    );
}

#[test]
fn rename_rewrites_every_link() {
    let temp = data_repo("edit");
    plan(temp.path(), &["rename", "K3", "K12"]).ok();
    assert!(!temp.path().join(K3).exists());
    let changed = changed_lines(temp.path());
    let renamed = &changed["data/programmes/innlandet/items/K12.yaml"];
    assert!(renamed.contains(&"+id: K12".to_string()));
    for file in ["K1", "K7", "A1", "A5", "A7"] {
        let lines = &changed[&format!("data/programmes/innlandet/items/{file}.yaml")];
        assert_eq!(lines, &["-  - K3", "+  - K12"], "{file}");
    }
    assert_eq!(
        changed.len(),
        7,
        "K3 gone, K12 new, five linking items: {changed:?}"
    );
    assert_no_errors(temp.path());
    plan(temp.path(), &["rename", "K12", "K7"]).says(2, "`K7` already exists");
}

#[test]
fn remove_records_the_reason_and_purge_needs_no_links() {
    let temp = data_repo("edit");
    let out = plan(
        temp.path(),
        &[
            "remove",
            "K3",
            "--reason",
            "Slått sammen med K7",
            "--date",
            "2026-11-01",
        ],
    )
    .ok();
    assert!(
        out.starts_with("K3: status: started → removed, update 2026-11-01 added"),
        "{out}"
    );
    assert_no_errors(temp.path());
    // `plan diff` words the change as the command did.
    let diff = plan(temp.path(), &["diff"]).ok();
    assert!(
        diff.contains("\n      status: started → removed\n"),
        "{diff}"
    );
    // Refused by naming who links to it, with the command that unlinks them all.
    let purge = refused(
        temp.path(),
        &["remove", "K3", "--purge"],
        2,
        "K3 is linked from K1, K7, A1, A5, A7; remove the links first: \
         `plan unlink K3 K1 K7 A1 A5 A7 --both`",
    );
    assert!(!purge.stdout.contains("broken-link"), "{}", purge.stdout);
    plan(
        temp.path(),
        &["unlink", "K3", "K1", "K7", "A1", "A5", "A7", "--both"],
    )
    .ok();
    let out = plan(temp.path(), &["remove", "K3", "--purge"]).ok();
    assert_eq!(out, format!("K3: file deleted ({K3})\n"));
    assert_no_errors(temp.path());
}

#[test]
fn refusals_leave_every_byte_unchanged() {
    let temp = data_repo("edit");
    let cases: [(&[&str], i32, &str); 10] = [
        (&["update", "K33", "--text", "x"], 2, "did you mean `K3`?"),
        (
            &[
                "set",
                "K3",
                "partners",
                "--add",
                "Innovasjon Norge Innlandt",
            ],
            2,
            "did you mean",
        ),
        (
            &["update", "K3", "--status", "done", "--text", "x"],
            2,
            "unknown status",
        ),
        (
            &["update", "K3", "--date", "2026-13-01", "--text", "x"],
            2,
            "not a date",
        ),
        (
            &["update", "K3", "--date", "2099-01-01", "--text", "x"],
            2,
            "2099-01-01 is after today",
        ),
        (
            &["remove", "K3", "--date", "2099", "--reason", "x"],
            2,
            "add --future if it is meant",
        ),
        (
            &[
                "new",
                "item",
                "--programme",
                "innlandet",
                "--theme",
                "X",
                "--title",
                "x",
            ],
            2,
            "unknown theme `X` (allowed values: K, A, L)",
        ),
        (
            &[
                "new",
                "body",
                "--name",
                "nav innlandet",
                "--kind",
                "state-agency",
            ],
            2,
            "the body `NAV Innlandet` already exists, with the id `nav-innlandet`",
        ),
        (&["link", "K3", "K99"], 2, "unknown item `K99`"),
        (&["rename", "K3", "A99"], 2, "did you mean `K99`?"),
    ];
    for (args, status, message) in cases {
        refused(temp.path(), args, status, message);
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_left_alone() {
    use std::os::unix::fs::PermissionsExt;
    let temp = data_repo("edit");
    let k9 = temp.path().join("data/programmes/innlandet/items/K9.yaml");
    std::fs::set_permissions(&k9, std::fs::Permissions::from_mode(0o444)).unwrap();
    // K3 is writable, K9 is not: the change to both is refused whole, and no temporary
    // file is left behind (the snapshot holds dot files too).
    refused(
        temp.path(),
        &["link", "K3", "K9", "--both"],
        2,
        "is read-only; nothing written",
    );
}

#[test]
fn new_item_takes_every_flag() {
    let temp = data_repo("edit");
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
            "Distriktssatsinger",
            "--title",
            "Kurs",
            "--partner",
            "NAV",
            "--link",
            "K3",
            "--region",
            "Valdres",
            "--municipality",
            "Hamar",
            "--priority",
            "short",
            "--description",
            "Kurs: for alle",
        ],
    );
    let path = run.ok();
    assert_eq!(path, "data/programmes/innlandet/items/K12.yaml\n");
    let text = std::fs::read_to_string(temp.path().join(path.trim())).unwrap();
    for line in [
        "level: district\n",
        "description: \"Kurs: for alle\"\n",
        "partners:\n  - nav\n",
        "links:\n  - K3\n",
        "priority:\n  term: short\n",
        "regions:\n  - valdres\n",
        "municipalities:\n  - \"3403\"\n",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    assert_no_errors(temp.path());
    plan(
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
            " ",
        ],
    )
    .says(2, "the title is empty");
}

#[test]
fn parallel_updates_and_new_items_lose_nothing() {
    let temp = data_repo("edit");
    let updates: Vec<_> = (0..10)
        .map(|n| {
            Command::new(env!("CARGO_BIN_EXE_plan"))
                .args([
                    "update",
                    "K3",
                    "--date",
                    "2026-11-01",
                    "--text",
                    &format!("Parallell {n}"),
                ])
                .current_dir(temp.path())
                .env("NO_COLOR", "1")
                .output_async()
        })
        .collect();
    for child in updates {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let text = std::fs::read_to_string(temp.path().join(K3)).unwrap();
    for n in 0..10 {
        assert!(text.contains(&format!("Parallell {n}\"")), "{n}: {text}");
    }
    let news: Vec<_> = (0..20)
        .map(|n| {
            Command::new(env!("CARGO_BIN_EXE_plan"))
                .args([
                    "new",
                    "item",
                    "--programme",
                    "innlandet",
                    "--theme",
                    "A",
                    "--level",
                    "county",
                    "--title",
                    &format!("Ny {n}"),
                ])
                .current_dir(temp.path())
                .output_async()
        })
        .collect();
    let mut paths = std::collections::BTreeSet::new();
    for child in news {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        paths.insert(String::from_utf8(out.stdout).unwrap());
    }
    assert_eq!(paths.len(), 20, "{paths:?}");
    assert!(!temp.path().join("data/.plan.lock").exists());
    assert_no_errors(temp.path());
}

/// Starts a command with its output captured, without waiting for it.
trait OutputAsync {
    fn output_async(&mut self) -> std::process::Child;
}

impl OutputAsync for Command {
    fn output_async(&mut self) -> std::process::Child {
        self.env_remove("PLAN_REPO")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the plan binary starts")
    }
}

/// Runs the `plan` and `git` lines of the shell examples in a document section, in order
/// (a `#` line is a comment, a line ending in `\\` goes on on the next); the repository
/// they ran in.
fn run_examples(doc: &str, heading: &str) -> TempDir {
    let text = std::fs::read_to_string(root().join(doc)).unwrap();
    let section = section(&text, heading);
    let temp = data_repo("edit");
    let mut ran = 0;
    for block in section.split("```sh\n").skip(1) {
        let block = block.split("```").next().unwrap().replace("\\\n", " ");
        for line in block.lines().filter(|l| !l.starts_with('#')) {
            let words = shell_words(line);
            let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
            match words[0].as_str() {
                "plan" => {
                    plan(temp.path(), &args).ok();
                }
                "git" => {
                    git(temp.path(), &args);
                }
                other => panic!("unexpected example command `{other}`"),
            }
            ran += 1;
        }
        assert_no_errors(temp.path());
    }
    assert!(ran >= 5, "{doc}: {ran} examples");
    temp
}

/// The text under `heading` up to the next heading of its level or above (`#` lines in code
/// blocks are not headings).
fn section(text: &str, heading: &str) -> String {
    let level = heading.chars().take_while(|c| *c == '#').count();
    let start = text.find(heading).expect("the section exists") + heading.len();
    let mut fenced = false;
    let mut out = String::new();
    for line in text[start..].lines() {
        fenced ^= line.starts_with("```");
        let hashes = line.chars().take_while(|c| *c == '#').count();
        if !fenced && (1..=level).contains(&hashes) && line[hashes..].starts_with(' ') {
            break;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Splits a shell line into words: double quotes group, nothing else is special.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            _ => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

#[test]
fn the_readme_examples_run() {
    let temp = run_examples("README.md", "## How to record progress");
    assert_eq!(
        changed_lines(temp.path()),
        BTreeMap::new(),
        "the undo example undoes"
    );
    // `plan new` infers the programme from the theme, as the examples leave it out.
    let temp = run_examples("README.md", "### `plan new`");
    let new = changed_lines(temp.path());
    assert!(
        new.contains_key("data/programmes/innlandet/items/K12.yaml"),
        "{new:?}"
    );
    assert_eq!(new.len(), 5, "{new:?}");
}

#[test]
fn the_norwegian_examples_run() {
    let temp = run_examples(
        "docs/slik-oppdaterer-du.md",
        "# Slik oppdaterer du handlingsprogrammet",
    );
    assert_eq!(
        changed_lines(temp.path()),
        BTreeMap::new(),
        "the undo example undoes"
    );
}

/// What the Norwegian guide quotes `plan` saying is what it says.
#[test]
fn the_norwegian_guide_quotes_real_answers() {
    let guide = std::fs::read_to_string(root().join("docs/slik-oppdaterer-du.md")).unwrap();
    let guide = guide.split_whitespace().collect::<Vec<_>>().join(" ");
    let temp = data_repo("edit");
    let said = |args: &[&str]| {
        let mut all = vec!["--lang", "nb"];
        all.extend_from_slice(args);
        let run = plan(temp.path(), &all);
        let text = run.stdout + &run.stderr;
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(guide.contains(&text), "the guide should quote: {text}");
    };
    let update = [
        "update",
        "K3",
        "--status",
        "fullført",
        "--date",
        "2026-11-01",
    ];
    said(&[&update[..], &["--text", "a"]].concat());
    let earlier = ["update", "K3", "--status", "pågår", "--date", "2026-10-01"];
    said(&[&earlier[..], &["--text", "b"]].concat());
    said(&[
        "set",
        "K3",
        "partnere",
        "--add",
        "Innovasjon Norge Innlandt",
    ]);
    plan(
        temp.path(),
        &[
            "set",
            "K3",
            "partnere",
            "--add",
            "Innovasjon Norge Innlandet",
        ],
    )
    .ok();
    said(&["set", "K3", "partnere", "--add", "Innovasjon Norge"]);
    said(&["unlink", "K3", "K9"]);
    said(&["remove", "K3", "--purge"]);
}

#[test]
fn set_status_refuses_once_an_update_sets_one_and_points_to_update() {
    let temp = data_repo("edit");
    plan(
        temp.path(),
        &[
            "update",
            "K3",
            "--status",
            "completed",
            "--date",
            "2025-01-01",
            "--text",
            "ferdig",
        ],
    )
    .ok();
    refused(
        temp.path(),
        &["set", "K3", "status", "ongoing"],
        2,
        "plan update K3 --status",
    );
}

#[test]
fn a_future_date_is_written_when_confirmed() {
    let temp = data_repo("edit");
    plan(
        temp.path(),
        &[
            "update",
            "K3",
            "--date",
            "2099-01-01",
            "--future",
            "--text",
            "planlagt",
        ],
    )
    .ok();
    assert_eq!(
        changed_lines(temp.path())[K3],
        [
            "+updates:",
            "+  - date: \"2099-01-01\"",
            "+    text: \"planlagt\""
        ]
    );
}

#[test]
fn a_summary_wider_than_the_terminal_has_a_line_per_change() {
    let temp = data_repo("edit");
    let args = ["unlink", "K3", "K1", "K7", "A1", "A5", "A7", "--both"];
    let run = plan_with_env(temp.path(), &args, &[("COLUMNS", "60")]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let items = "data/programmes/innlandet/items";
    let expected = format!(
        "K3:
  K1 → K3 removed
  link to K7 removed
  K7 → K3 removed
  A1 → K3 removed
  A5 → K3 removed
  A7 → K3 removed
  does not link to K1
  does not link to A1
  does not link to A5
  does not link to A7
  written: {items}/A1.yaml,
    {items}/A5.yaml,
    {items}/A7.yaml,
    {items}/K1.yaml,
    {items}/K3.yaml,
    {items}/K7.yaml
"
    );
    assert_eq!(run.stdout, expected);
    assert!(run.stdout.lines().all(|l| l.chars().count() <= 60));
    // A summary that fits stays one line.
    let run = plan_with_env(temp.path(), &["link", "K3", "K7"], &[("COLUMNS", "80")]);
    assert_eq!(
        run.stdout,
        format!("K3: link to K7 added ({items}/K3.yaml)\n")
    );
}

/// Removing an item's last responsible body is written (an item whose source names none has
/// none, and `plan validate` accepts that) but warned about, in the run's language.
#[test]
fn removing_the_last_responsible_body_is_warned_about() {
    let temp = data_repo("edit-no-responsible");
    let args = [
        "set",
        "K6",
        "ansvarlig",
        "--remove",
        "innlandet-fylkeskommune",
    ];
    let run = plan(temp.path(), &[&["--lang", "nb"][..], &args].concat());
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "plan: advarsel: K6 har nå ingen ansvarlig aktør; det er lov bare når kilden ikke \
         nevner noen (legg til en med `plan set K6 ansvarlig --add AKTØR`)\n"
    );
    assert_eq!(
        common::added_lines(temp.path(), "data/programmes/innlandet/items/K6.yaml"),
        ["+responsible: []"]
    );
    common::assert_no_findings(temp.path());
    // Removing one of several, or adding back, says nothing more.
    let back = [
        "set",
        "K6",
        "responsible",
        "--add",
        "innlandet-fylkeskommune",
        "--lang",
        "en",
    ];
    assert_eq!(plan(temp.path(), &back).stderr, "");
    let partner = ["set", "K3", "partners", "--remove", "ntnu"];
    assert_eq!(plan(temp.path(), &partner).stderr, "");
}
