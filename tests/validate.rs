//! Integration tests for `plan validate`: the real binary on the fixture repositories under
//! `tests/fixtures/` (one per finding code, see `tests/fixtures/README.md`) and on inputs
//! that cannot be kept in git (made in a scratch folder at test time). Each test checks the
//! exact findings (code, path, line, column, message, help) and the exit status.

mod common;

use std::time::{Duration, Instant};

use common::{
    Finding, TempDir, copy_dir, copy_fixture, edit, fixtures, plan, validate_fixture, validate_json,
};
use plan::Code;

/// One expected finding: code, path inside the fixture, line, column, message, help.
type Expected<'a> = (&'a str, &'a str, u32, u32, &'a str, Option<&'a str>);

fn code_named(name: &str) -> Code {
    *Code::ALL
        .iter()
        .find(|c| c.as_str() == name)
        .unwrap_or_else(|| panic!("no finding code `{name}`"))
}

fn expected_findings(prefix: &str, expected: &[Expected]) -> Vec<Finding> {
    expected
        .iter()
        .map(|&(code, path, line, column, message, help)| Finding {
            code: code.to_string(),
            severity: code_named(code).severity().as_str().to_string(),
            path: format!("{prefix}/{path}"),
            line,
            column,
            message: message.to_string(),
            help: help.map(str::to_string),
        })
        .collect()
}

/// Validates the fixture `name` and checks every finding and the exit status.
fn expect(name: &str, expected: &[Expected], status: i32) {
    let (findings, actual_status) = validate_fixture(name);
    assert_eq!(
        findings,
        expected_findings(name, expected),
        "findings of fixture {name}"
    );
    assert_eq!(actual_status, status, "exit status of fixture {name}");
}

/// Codes whose input cannot be kept in git; their tests make it in a scratch folder.
const MADE_AT_TEST_TIME: &[&str] = &[
    "io-error",
    "file-too-large",
    "symlink-loop",
    "symlink",
    "special-file",
];

#[test]
fn every_code_has_a_fixture_and_a_line_in_the_readme() {
    let readme =
        std::fs::read_to_string(fixtures().join("README.md")).expect("tests/fixtures/README.md");
    for code in Code::ALL.iter().map(|c| c.as_str()) {
        assert!(
            fixtures().join(code).is_dir() || MADE_AT_TEST_TIME.contains(&code),
            "finding code `{code}` has no fixture tests/fixtures/{code}/"
        );
        assert!(
            readme.contains(&format!("`{code}`")),
            "tests/fixtures/README.md does not describe `{code}`"
        );
    }
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            let name = entry.file_name().into_string().unwrap();
            assert!(
                readme.contains(&format!("`{name}/`")),
                "tests/fixtures/README.md does not list `{name}/`"
            );
        }
    }
}

/// An overlay holds only what differs from `valid/`, so a change to the format edits the
/// base and the few fixtures about that change, not a copy in every folder.
#[test]
fn overlays_hold_only_what_differs_from_the_base() {
    let sources = common::fixture_sources();
    let base = sources.join("valid");
    for entry in std::fs::read_dir(&sources).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.join(common::OVERLAY).is_file() {
            continue;
        }
        for file in walk(&dir) {
            let relative = file.strip_prefix(&dir).unwrap();
            let in_base = std::fs::read(base.join(relative)).ok();
            assert!(
                in_base.is_none_or(|bytes| bytes != std::fs::read(&file).unwrap()),
                "{} is the same as valid/{}; delete it from the overlay",
                file.display(),
                relative.display()
            );
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Fixtures that load cleanly.

#[test]
fn valid_fixture_has_no_findings() {
    expect("valid", &[], 0);
    let run = plan(&fixtures(), &["validate", "valid"]);
    assert_eq!(
        (run.status, run.stdout.as_str(), run.stderr.as_str()),
        (0, "ok: 0 errors, 0 warnings in 15 files\n", "")
    );
}

#[test]
fn byte_order_mark_is_dropped() {
    let text = std::fs::read(fixtures().join("bom/programmes/demo/items/K2.yaml")).unwrap();
    assert!(
        text.starts_with(b"\xEF\xBB\xBFid: K2\n"),
        "the fixture keeps its byte-order mark"
    );
    expect("bom", &[], 0);
}

#[test]
fn crlf_line_ends_are_read() {
    let text =
        std::fs::read_to_string(fixtures().join("crlf/programmes/demo/items/K1.yaml")).unwrap();
    assert!(
        text.starts_with("id: K1\r\n"),
        "the fixture keeps its CRLF line ends"
    );
    expect("crlf", &[], 0);
}

#[test]
fn findings_in_crlf_and_bom_files_have_true_columns() {
    let temp = copy_fixture("crlf");
    let items = temp.path().join("crlf/programmes/demo/items");
    edit(
        &items.join("K1.yaml"),
        "links: [K2, L1]",
        "links: [K22, L1]",
    );
    std::fs::write(items.join("L2.yaml"), b"\xEF\xBB\xBFid: L\xE52\n").unwrap();
    let mut document = b"\xEF\xBB\xBF".to_vec();
    document.extend_from_slice(b"id: demo-strategy\r\ntitle: T\r\nkind: plan\r\nowner: nobody\r\n");
    std::fs::write(
        temp.path().join("crlf/documents/demo-strategy.yaml"),
        document,
    )
    .unwrap();
    let (findings, status) = validate_json(temp.path(), "crlf", &[]);
    let at: Vec<_> = findings
        .iter()
        .map(|f| (f.code.as_str(), f.path.as_str(), f.line, f.column))
        .collect();
    assert_eq!(
        at,
        [
            ("unknown-body", "crlf/documents/demo-strategy.yaml", 4, 8),
            ("broken-link", "crlf/programmes/demo/items/K1.yaml", 8, 9),
            ("not-utf8", "crlf/programmes/demo/items/L2.yaml", 1, 6),
        ]
    );
    assert_eq!(status, 1);
}

#[test]
fn readme_gitkeep_and_other_files_are_ignored() {
    for file in ["README.md", "bodies/.gitkeep", "documents/notes.txt"] {
        assert!(
            fixtures().join("ignored-files").join(file).is_file(),
            "fixture has {file}"
        );
    }
    expect("ignored-files", &[], 0);
    let run = plan(&fixtures(), &["validate", "ignored-files"]);
    assert_eq!(run.stdout, "ok: 0 errors, 0 warnings in 15 files\n");
}

// ---------------------------------------------------------------------------------------
// One fixture per finding code (and a few variants), each with one defect.

#[test]
fn ambiguous_name() {
    expect(
        "ambiguous-name",
        &[(
            "ambiguous-name",
            "bodies/kommunene.yaml",
            1,
            5,
            "the name `fylkeskommunen` belongs to body `demo-county` and to `kommunene`",
            Some("remove the alias from one of them, so searches find one"),
        )],
        0,
    );
}

#[test]
fn broken_link() {
    expect(
        "broken-link",
        &[(
            "broken-link",
            "programmes/demo/items/K1.yaml",
            8,
            9,
            "link to unknown item `K22`",
            Some("did you mean `K2`?"),
        )],
        1,
    );
}

#[test]
fn duplicate_id() {
    expect(
        "duplicate-id",
        &[(
            "duplicate-id",
            "bodies/demo-county2.yaml",
            1,
            5,
            "body id `demo-county` is already used in duplicate-id/bodies/demo-county.yaml:1:5",
            Some("give one of them another id"),
        )],
        1,
    );
}

#[test]
fn duplicate_key() {
    expect(
        "duplicate-key",
        &[(
            "duplicate-key",
            "programmes/demo/items/K2.yaml",
            6,
            1,
            "duplicate key `title` (first at line 5)",
            Some("remove one of the two"),
        )],
        1,
    );
}

#[test]
fn duplicate_value() {
    expect(
        "duplicate-value",
        &[(
            "duplicate-value",
            "programmes/demo/items/K2.yaml",
            6,
            39,
            "`demo-county` is listed twice in `responsible` (first at line 6)",
            Some("remove the second entry"),
        )],
        0,
    );
}

#[test]
fn empty_file_comments() {
    expect(
        "empty-file-comments",
        &[(
            "empty-file",
            "documents/draft.yaml",
            1,
            1,
            "the file holds no YAML document",
            Some("write a document here, or delete the file"),
        )],
        1,
    );
}

#[test]
fn empty_file() {
    expect(
        "empty-file",
        &[(
            "empty-file",
            "documents/draft.yaml",
            1,
            1,
            "the file holds no YAML document",
            Some("write a document here, or delete the file"),
        )],
        1,
    );
}

#[test]
fn file_name_mismatch() {
    expect(
        "file-name-mismatch",
        &[(
            "file-name-mismatch",
            "programmes/demo/items/L3.yaml",
            1,
            5,
            "id `L2` does not match the file name `L3.yaml`",
            Some("rename the file to `L2.yaml`, or change the id to `L3`"),
        )],
        1,
    );
}

#[test]
fn id_theme_mismatch() {
    expect(
        "id-theme-mismatch",
        &[(
            "id-theme-mismatch",
            "programmes/demo/items/K2.yaml",
            1,
            5,
            "item `K2` is numbered in theme K but has theme `L`",
            Some("use theme `K`, or renumber the item in theme L"),
        )],
        1,
    );
}

#[test]
fn invalid_value() {
    expect(
        "invalid-value",
        &[(
            "invalid-value",
            "programmes/demo/items/L2.yaml",
            7,
            9,
            "`begun` is not an allowed value",
            Some("allowed values: planned, started, ongoing, completed, removed"),
        )],
        1,
    );
}

/// A soft hyphen in an alias: `Fylkes\u{ad}kommunen` looks like demo-county's `Fylkeskommunen`, and
/// would pass `ambiguous-name` unseen.
#[test]
fn invisible_character() {
    expect(
        "invisible-character",
        &[(
            "invisible-character",
            "bodies/kommunene.yaml",
            4,
            11,
            "this text holds U+00AD, a character drawn as nothing, so it looks like a text it is not: `Fylkes\\u{ad}kommunen`",
            Some(
                "delete the character (text pasted from a web page or a PDF can carry them); titles, names and other one-line texts never need one",
            ),
        )],
        1,
    );
}

#[test]
fn invisible_in_prose() {
    expect(
        "invisible-in-prose",
        &[(
            "invisible-in-prose",
            "programmes/demo/items/K1.yaml",
            17,
            11,
            "this text holds U+200B, a character drawn as nothing: `… gang med kompetanse\\u{200b}løftet.`",
            Some(
                "delete the character (text pasted from a web page or a PDF can carry them); a search does not find a word it splits",
            ),
        )],
        0,
    );
}

#[test]
fn link_to_removed() {
    expect(
        "link-to-removed",
        &[(
            "link-to-removed",
            "programmes/demo/items/K2.yaml",
            7,
            13,
            "link to `L2`, which has been removed",
            Some("remove the link, or link to the item that replaced it"),
        )],
        0,
    );
}

#[test]
fn missing_field() {
    expect(
        "missing-field",
        &[(
            "missing-field",
            "programmes/demo/items/K2.yaml",
            1,
            1,
            "an item is missing required field `title`",
            Some("add `title:` (title)"),
        )],
        1,
    );
}

#[test]
fn missing_programme() {
    expect(
        "missing-programme",
        &[(
            "missing-programme",
            "programmes/other/items/X1.yaml",
            1,
            5,
            "programme `other` has no programme.yaml",
            Some("create programmes/other/programme.yaml"),
        )],
        1,
    );
}

#[test]
fn not_utf8() {
    expect(
        "not-utf8",
        &[(
            "not-utf8",
            "programmes/demo/items/L2.yaml",
            5,
            30,
            "byte 0xE5 is not valid UTF-8",
            Some("save the file as UTF-8 (files saved as Latin-1/Windows-1252 garble æ, ø and å)"),
        )],
        1,
    );
}

/// Windows Notepad's "Unicode" is UTF-16 with a byte-order mark: the finding names the
/// encoding at the start of the file, in every language, not a stray byte of Latin-1.
#[test]
fn a_file_saved_as_utf16_or_utf32_is_told_so() {
    let says = |encoding: &str| format!("file is saved as {encoding}, not UTF-8");
    let help = "save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)";
    expect(
        "utf-16",
        &[(
            "not-utf8",
            "programmes/demo/items/L2.yaml",
            1,
            1,
            &says("UTF-16"),
            Some(help),
        )],
        1,
    );
    let temp = copy_fixture("valid");
    let l2 = temp.path().join("valid/programmes/demo/items/L2.yaml");
    let text = std::fs::read_to_string(&l2).unwrap();
    let utf16_be = text.encode_utf16().flat_map(u16::to_be_bytes);
    let utf32_le = text.chars().flat_map(|c| u32::from(c).to_le_bytes());
    let utf32_be = text.chars().flat_map(|c| u32::from(c).to_be_bytes());
    let saved: [(&[u8], Vec<u8>, &str); 3] = [
        (b"\xFE\xFF", utf16_be.collect(), "UTF-16"),
        (b"\xFF\xFE\x00\x00", utf32_le.collect(), "UTF-32"),
        (b"\x00\x00\xFE\xFF", utf32_be.collect(), "UTF-32"),
    ];
    for (mark, body, encoding) in saved {
        std::fs::write(&l2, [mark, &body].concat()).unwrap();
        let (findings, status) = validate_json(temp.path(), "valid", &[]);
        let found: Vec<_> = findings
            .iter()
            .map(|f| (f.code.as_str(), f.line, f.column, f.message.as_str()))
            .collect();
        assert_eq!(found, [("not-utf8", 1, 1, says(encoding).as_str())]);
        assert_eq!(status, 1);
    }
    for (lang, message) in [
        ("nb", "filen er lagret som UTF-32, ikke som UTF-8"),
        ("nn", "fila er lagra som UTF-32, ikkje som UTF-8"),
    ] {
        plan(temp.path(), &["validate", "valid", "--lang", lang]).says(1, message);
    }
}

#[test]
fn programme_mismatch() {
    expect(
        "programme-mismatch",
        &[(
            "programme-mismatch",
            "programmes/demo/items/L2.yaml",
            2,
            12,
            "item says programme `demx` but sits in the folder of `demo`",
            Some("write `programme: demo`, or move the file"),
        )],
        1,
    );
}

#[test]
fn responsible_also_partner() {
    expect(
        "responsible-also-partner",
        &[(
            "responsible-also-partner",
            "programmes/demo/items/K2.yaml",
            7,
            12,
            "`kommunene` is listed both as responsible and as partner",
            Some("keep it in one of the two lists"),
        )],
        0,
    );
}

#[test]
fn self_link() {
    expect(
        "self-link",
        &[(
            "self-link",
            "programmes/demo/items/K2.yaml",
            7,
            13,
            "item `K2` links to itself",
            Some("remove the link"),
        )],
        1,
    );
}

#[test]
fn status_mismatch() {
    expect(
        "status-mismatch",
        &[(
            "status-mismatch",
            "programmes/demo/items/K1.yaml",
            10,
            9,
            "status is `ongoing` but the latest update says `started`",
            Some("set `status: started`, or add an update that explains the change"),
        )],
        0,
    );
}

#[test]
fn unknown_body() {
    expect(
        "unknown-body",
        &[(
            "unknown-body",
            "programmes/demo/items/K2.yaml",
            6,
            28,
            "unknown body `kommuene`",
            Some("did you mean `kommunene`?"),
        )],
        1,
    );
}

#[test]
fn unknown_document() {
    expect(
        "unknown-document",
        &[(
            "unknown-document",
            "programmes/demo/items/K1.yaml",
            9,
            13,
            "unknown document `demo-strategi`",
            Some("did you mean `demo-strategy`?"),
        )],
        1,
    );
}

#[test]
fn unknown_field() {
    expect(
        "unknown-field",
        &[(
            "unknown-field",
            "programmes/demo/items/K2.yaml",
            8,
            1,
            "unknown field `partnres` in an item",
            Some("did you mean `partners`?"),
        )],
        1,
    );
}

#[test]
fn unknown_file_folder() {
    expect(
        "unknown-file-folder",
        &[(
            "unknown-file",
            "archive.yaml",
            1,
            1,
            "a folder is named like a YAML file",
            Some("rename the folder; plan reads only files ending in .yaml"),
        )],
        1,
    );
}

#[test]
fn unknown_file_yml() {
    expect(
        "unknown-file-yml",
        &[(
            "unknown-file",
            "bodies/extra.yml",
            1,
            1,
            "plan files end in `.yaml`, not `.yml`",
            Some("rename the file to end in .yaml"),
        )],
        1,
    );
}

#[test]
fn unknown_file() {
    expect(
        "unknown-file",
        &[(
            "unknown-file",
            "notes/todo.yaml",
            1,
            1,
            "YAML file outside the folders plan knows",
            Some(
                "plan reads programmes/<id>/programme.yaml, programmes/<id>/items/<ID>.yaml, bodies/, regions/, municipalities/ and documents/; see docs/format.md",
            ),
        )],
        1,
    );
}

#[test]
fn unknown_level() {
    expect(
        "unknown-level",
        &[(
            "unknown-level",
            "programmes/demo/items/K2.yaml",
            4,
            8,
            "programme `demo` has no level `regional-centre`",
            Some("levels: county, district"),
        )],
        1,
    );
}

#[test]
fn unknown_municipality() {
    expect(
        "unknown-municipality",
        &[(
            "unknown-municipality",
            "programmes/demo/items/K1.yaml",
            19,
            18,
            "unknown municipality `3499`",
            Some(
                "no municipality has number 3499; add data/municipalities/3499.yaml if it is right",
            ),
        )],
        1,
    );
}

#[test]
fn unknown_region() {
    expect(
        "unknown-region",
        &[(
            "unknown-region",
            "programmes/demo/items/L1.yaml",
            8,
            11,
            "unknown region `sout`",
            Some("did you mean `south`?"),
        )],
        1,
    );
}

#[test]
fn part_of_cycle() {
    expect(
        "part-of-cycle",
        &[(
            "part-of-cycle",
            "bodies/demo-council.yaml",
            4,
            10,
            "`part_of` goes round in a circle: demo-council → demo-county → demo-council",
            Some("a body cannot be part of itself; remove `part_of` from one of them"),
        )],
        1,
    );
}

#[test]
fn unknown_theme() {
    expect(
        "unknown-theme",
        &[(
            "unknown-theme",
            "programmes/demo/items/K2.yaml",
            3,
            8,
            "programme `demo` has no theme `X`",
            Some("themes: K, L"),
        )],
        1,
    );
}

#[test]
fn updates_out_of_order() {
    expect(
        "updates-out-of-order",
        &[(
            "updates-out-of-order",
            "programmes/demo/items/K1.yaml",
            15,
            11,
            "update dated 2024-01-15 comes after one dated 2024-06-01",
            // The help states the rule `plan update` places updates by.
            Some(
                "list updates oldest first; a date given only as a month or a year counts \
                 as its end, so `2020-03` comes before `2020`",
            ),
        )],
        0,
    );
}

#[test]
fn target_before_baseline() {
    expect(
        "target-before-baseline",
        &[(
            "target-before-baseline",
            "programmes/demo/items/K2.yaml",
            14,
            31,
            "the target of `Studieplasser` is dated 2023, not after its baseline (2024)",
            Some("date the target by when it is to be reached"),
        )],
        1,
    );
}

#[test]
fn measurements_out_of_order() {
    expect(
        "measurements-out-of-order",
        &[(
            "measurements-out-of-order",
            "programmes/demo/items/K2.yaml",
            19,
            15,
            "measurement dated 2024-06 comes after one dated 2025-01-31",
            Some("list measurements oldest first"),
        )],
        0,
    );
}

#[test]
fn wrong_type() {
    expect(
        "wrong-type",
        &[(
            "wrong-type",
            "programmes/demo/items/K2.yaml",
            6,
            14,
            "expected a list, found text",
            None,
        )],
        1,
    );
}

#[test]
fn yaml_limit_depth() {
    expect(
        "yaml-limit-depth",
        &[(
            "yaml-limit",
            "documents/deep.yaml",
            1,
            256,
            "values are nested more than 64 levels deep",
            None,
        )],
        1,
    );
}

#[test]
fn yaml_limit() {
    expect(
        "yaml-limit",
        &[(
            "yaml-limit",
            "documents/bomb.yaml",
            6,
            45,
            "aliases expand to more than 1000000 values or 10 MiB of text (an alias bomb?)",
            None,
        )],
        1,
    );
}

#[test]
fn yaml_syntax_documents() {
    expect(
        "yaml-syntax-documents",
        &[(
            "yaml-syntax",
            "programmes/demo/items/L2.yaml",
            10,
            1,
            "a plan file holds one YAML document; found a second one",
            None,
        )],
        1,
    );
}

#[test]
fn yaml_syntax_tab() {
    expect(
        "yaml-syntax-tab",
        &[(
            "yaml-syntax",
            "programmes/demo/items/L2.yaml",
            9,
            1,
            "a tab where YAML expects spaces",
            Some("YAML does not allow tabs for indentation; indent with spaces"),
        )],
        1,
    );
}

/// Characters drawn as nothing, raw or written as a YAML escape, in an id, a link, a title
/// and a currency are errors (they make one value look like another); in prose, a warning.
#[test]
fn invisible_characters_in_every_kind_of_field() {
    let temp = copy_fixture("valid");
    let items = temp.path().join("valid/programmes/demo/items");
    edit(
        &items.join("K1.yaml"),
        "links: [K2, L1]",
        "links: [\"K2\\u200B\", L1]",
    );
    edit(
        &items.join("K1.yaml"),
        "title: \"Kompetanseløft\"",
        "title: \"Kompetanse\u{2060}løft\"",
    );
    edit(&items.join("K2.yaml"), "id: K2", "id: \"K2\u{feff}\"");
    edit(
        &items.join("L1.yaml"),
        "regions:",
        "funding:\n  - amount: 100\n    currency: \"NOK\\u200D\"\n    text: \"Del\u{ad}finansiert\"\nregions:",
    );
    let (findings, status) = validate_json(temp.path(), "valid", &[]);
    let found: Vec<(&str, &str, u32)> = findings
        .iter()
        .map(|f| (f.code.as_str(), f.path.as_str(), f.line))
        .collect();
    assert_eq!(
        found,
        [
            (
                "invisible-character",
                "valid/programmes/demo/items/K1.yaml",
                5
            ),
            (
                "invisible-character",
                "valid/programmes/demo/items/K1.yaml",
                8
            ),
            (
                "invisible-character",
                "valid/programmes/demo/items/K2.yaml",
                1
            ),
            (
                "invisible-character",
                "valid/programmes/demo/items/L1.yaml",
                10
            ),
            (
                "invisible-in-prose",
                "valid/programmes/demo/items/L1.yaml",
                11
            ),
        ],
        "{findings:#?}"
    );
    assert!(
        findings[1].message.contains("`K2\\u{200b}`"),
        "{findings:#?}"
    );
    assert_eq!(status, 1);
}

#[test]
fn tab_on_the_next_line_is_pointed_at() {
    let temp = copy_fixture("valid");
    let item = temp.path().join("valid/programmes/demo/items/K1.yaml");
    std::fs::write(&item, "id: K1\n\tprogramme: demo\n").unwrap();
    let (findings, status) = validate_json(temp.path(), "valid", &[]);
    let tab = findings
        .iter()
        .find(|f| f.code == "yaml-syntax")
        .expect("a yaml-syntax finding");
    assert_eq!(
        (tab.path.as_str(), tab.line, tab.column),
        ("valid/programmes/demo/items/K1.yaml", 2, 1)
    );
    assert_eq!(
        tab.help.as_deref(),
        Some("YAML does not allow tabs for indentation; indent with spaces")
    );
    assert_eq!(status, 1);
}

/// A line of an item file, what it is changed to, and the finding expected: line, column,
/// message, help.
type Mistake<'a> = (&'a str, &'a str, u32, u32, &'a str, Option<&'a str>);

/// Syntax mistakes a planner makes by hand, each told in words that lead to the fix and
/// pointed at the line where the mistake is (not where the scanner gave up).
#[test]
fn syntax_mistakes_are_told_as_what_they_are() {
    let cases: &[Mistake] = &[
        (
            "title: \"Kompetanseløft\"",
            "title: \"Trygt og inkluderende",
            5,
            8,
            "a text in quotes is not closed, or has more after its closing quote",
            None,
        ),
        (
            "level: county",
            "level: 'county",
            4,
            8,
            "a text in quotes is not closed, or has more after its closing quote",
            None,
        ),
        (
            "level: county",
            "level: [county",
            4,
            8,
            "a list in `[ ]` or a mapping in `{ }` is not closed, or lacks a comma between its values",
            None,
        ),
        (
            "level: county",
            "level: {county",
            4,
            8,
            "a list in `[ ]` or a mapping in `{ }` is not closed, or lacks a comma between its values",
            None,
        ),
        (
            "status: started",
            "status: [started",
            10,
            9,
            "a list in `[ ]` or a mapping in `{ }` is not closed, or lacks a comma between its values",
            None,
        ),
        (
            "level: county",
            "level: county\n  x: y",
            5,
            4,
            "this line is indented under a field that already has a value, or is a field too many",
            Some(
                "if the line is a field of its own, remove the spaces before it so it lines up \
                 with the other fields; if it belongs to the text above, put that text in quotes",
            ),
        ),
        (
            "level: county",
            "level: !!int county",
            4,
            14,
            "YAML markup plan files do not use (`!tag`, `%directive`, `---`, `...`); put a \
             text that begins with `!` or `%` in quotes",
            None,
        ),
    ];
    for &(old, new, line, column, message, help) in cases {
        let temp = copy_fixture("valid");
        let item = temp.path().join("valid/programmes/demo/items/K1.yaml");
        let text = std::fs::read_to_string(&item).unwrap();
        // The last case ends the file on its open bracket.
        let text = match text.split_once("status: started") {
            Some((head, _)) if old == "status: started" => format!("{head}{old}\n"),
            _ => text,
        };
        std::fs::write(&item, text.replacen(old, new, 1)).unwrap();
        let (findings, status) = validate_json(temp.path(), "valid", &[]);
        let found: Vec<_> = findings
            .iter()
            .map(|f| {
                (
                    f.code.as_str(),
                    f.line,
                    f.column,
                    f.message.as_str(),
                    f.help.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            (found, status),
            (vec![("yaml-syntax", line, column, message, help)], 1),
            "{new}"
        );
    }
}

#[test]
fn yaml_syntax() {
    expect(
        "yaml-syntax",
        &[(
            "yaml-syntax",
            "programmes/demo/items/L2.yaml",
            5,
            22,
            "a colon followed by a space (`: `) cannot stand here, inside a value",
            Some("put the text in quotes: title: \"Gammel satsing: kultur\""),
        )],
        1,
    );
}

#[test]
fn funding_overflow() {
    expect(
        "funding-overflow",
        &[(
            "funding-overflow",
            "programmes/demo/items/K2.yaml",
            1,
            5,
            "funding in NOK adds up to more than 9223372036854775807 over programme `demo`",
            Some("check the amounts: one is likely written wrong"),
        )],
        1,
    );
}

#[test]
fn control_character() {
    expect(
        "control-character",
        &[(
            "control-character",
            "documents/demo-strategy.yaml",
            2,
            14,
            "control character U+001B is not allowed in YAML",
            Some("delete it (text pasted from another program can carry invisible characters)"),
        )],
        1,
    );
}

// ---------------------------------------------------------------------------------------
// Inputs made at test time.

#[test]
fn hostile_yaml_is_refused_quickly() {
    for name in ["yaml-limit", "yaml-limit-depth"] {
        let start = Instant::now();
        let (findings, status) = validate_fixture(name);
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{name} took {:?}",
            start.elapsed()
        );
        assert_eq!(
            (findings.len(), findings[0].code.as_str(), status),
            (1, "yaml-limit", 1),
            "{name}"
        );
    }
}

#[test]
fn file_too_large() {
    let temp = copy_fixture("valid");
    let big = temp.path().join("valid/documents/big.yaml");
    let limit = 8 * 1024 * 1024;
    // Exactly the limit is read (a comment only, so it is empty)…
    std::fs::write(&big, format!("#{}\n", "x".repeat(limit - 2))).unwrap();
    let (findings, status) = validate_json(temp.path(), "valid", &[]);
    let found: Vec<_> = findings
        .iter()
        .map(|f| (f.code.as_str(), f.path.as_str()))
        .collect();
    assert_eq!(
        (found, status),
        (vec![("empty-file", "valid/documents/big.yaml")], 1)
    );
    // …one byte more is refused without parsing.
    std::fs::write(&big, format!("#{}\n", "x".repeat(limit - 1))).unwrap();
    let (findings, status) = validate_json(temp.path(), "valid", &[]);
    assert_eq!(
        findings,
        [Finding {
            code: "file-too-large".into(),
            severity: "error".into(),
            path: "valid/documents/big.yaml".into(),
            line: 1,
            column: 1,
            message: "file is larger than 8 MiB".into(),
            help: Some("plan files hold one entity each; split the content or move it out of the data folder".into()),
        }]
    );
    assert_eq!(status, 1);
}

#[cfg(unix)]
#[test]
fn symlink_loop() {
    let temp = copy_fixture("valid");
    std::os::unix::fs::symlink("..", temp.path().join("valid/bodies/loop")).unwrap();
    let (findings, status) = validate_json(temp.path(), "valid", &[]);
    assert_eq!(
        findings,
        [Finding {
            code: "symlink-loop".into(),
            severity: "error".into(),
            path: "valid/bodies/loop".into(),
            line: 1,
            column: 1,
            message: "symbolic link loops back to `valid`".into(),
            help: Some("remove the link".into()),
        }]
    );
    assert_eq!(status, 1);
}

#[cfg(unix)]
#[test]
fn io_error_for_a_dangling_link() {
    let temp = copy_fixture("valid");
    std::os::unix::fs::symlink(
        "missing.yaml",
        temp.path().join("valid/documents/ghost.yaml"),
    )
    .unwrap();
    let (findings, status) = validate_json(temp.path(), "valid", &[]);
    let found: Vec<_> = findings
        .iter()
        .map(|f| (f.code.as_str(), f.path.as_str(), f.line, f.column))
        .collect();
    assert_eq!(found, [("io-error", "valid/documents/ghost.yaml", 1, 1)]);
    assert!(
        findings[0].message.starts_with("cannot read: "),
        "{}",
        findings[0].message
    );
    assert_eq!(status, 1);
}

/// Makes `path` unreadable (mode 000) and validates the fixture `valid` in `temp`. Root reads
/// any file whatever its mode, so as root `plan` runs as the unprivileged user `nobody`
/// (through `setpriv`), for whom the mode holds.
#[cfg(unix)]
fn validate_with_unreadable(
    temp: &std::path::Path,
    path: &std::path::Path,
) -> Option<(Vec<Finding>, i32)> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable = if path.is_dir() {
        std::fs::read_dir(path).is_ok()
    } else {
        std::fs::read(path).is_ok()
    };
    if !readable {
        return Some(validate_json(temp, "valid", &[]));
    }
    if !common::has_tool("setpriv") {
        common::skip(
            "running as root and setpriv (util-linux) is missing: cannot make a file unreadable",
        );
        return None;
    }
    // `nobody` must be able to reach the fixture: open the scratch folder's other parts to it.
    for entry in everything_under(temp) {
        if entry != path {
            let mode = if entry.is_dir() { 0o755 } else { 0o644 };
            std::fs::set_permissions(&entry, std::fs::Permissions::from_mode(mode)).unwrap();
        }
    }
    let output = std::process::Command::new("setpriv")
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            env!("CARGO_BIN_EXE_plan"),
        ])
        .args(["validate", "valid", "--format", "json"])
        .current_dir(temp)
        .env_remove("PLAN_REPO")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "",
        "plan wrote to stderr"
    );
    let findings = serde_json::from_slice(&output.stdout).unwrap();
    Some((findings, output.status.code().unwrap()))
}

/// `root` and everything under it.
fn everything_under(root: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut all = vec![root.to_path_buf()];
    let mut next = 0;
    while next < all.len() {
        if all[next].is_dir() {
            let entries = std::fs::read_dir(&all[next]).unwrap();
            all.extend(entries.map(|e| e.unwrap().path()));
        }
        next += 1;
    }
    all
}

#[cfg(unix)]
fn make_readable(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
#[test]
fn io_error_for_an_unreadable_file() {
    let temp = copy_fixture("valid");
    let file = temp.path().join("valid/programmes/demo/items/L2.yaml");
    let Some((findings, status)) = validate_with_unreadable(temp.path(), &file) else {
        return;
    };
    make_readable(&file, 0o644);
    let found: Vec<_> = findings
        .iter()
        .map(|f| (f.code.as_str(), f.path.as_str(), f.line, f.column))
        .collect();
    assert_eq!(
        found,
        [("io-error", "valid/programmes/demo/items/L2.yaml", 1, 1)]
    );
    assert!(
        findings[0].message.starts_with("cannot read: "),
        "{}",
        findings[0].message
    );
    assert_eq!(status, 1);
}

#[cfg(unix)]
#[test]
fn io_error_for_an_unreadable_folder() {
    let temp = copy_fixture("valid");
    let folder = temp.path().join("valid/archive");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("old.yaml"), "id: old\n").unwrap();
    let Some((findings, status)) = validate_with_unreadable(temp.path(), &folder) else {
        return;
    };
    make_readable(&folder, 0o755);
    let found: Vec<_> = findings
        .iter()
        .map(|f| (f.code.as_str(), f.path.as_str(), f.line, f.column))
        .collect();
    assert_eq!(found, [("io-error", "valid/archive", 1, 1)]);
    assert_eq!(status, 1);
}

// ---------------------------------------------------------------------------------------
// Output formats and exit status.

#[test]
fn human_format_shows_excerpt_caret_and_help() {
    let run = plan(&fixtures(), &["validate", "broken-link"]);
    assert_eq!(run.status, 1);
    assert_eq!(
        run.stdout,
        "error[broken-link]: link to unknown item `K22`\n \
         --> broken-link/programmes/demo/items/K1.yaml:8:9\n  \
         |\n\
         8 | links: [K22, L1]\n  \
         |         ^^^\n  \
         = help: did you mean `K2`?\n\
         \n\
         invalid: 1 error, 0 warnings in 15 files\n"
    );
}

#[test]
fn human_format_snapshot() {
    let run = plan(&fixtures(), &["validate", "several-findings"]);
    assert_eq!(run.status, 1);
    common::assert_snapshot("several-findings", &run.stdout);
}

#[test]
fn github_format() {
    let run = plan(
        &fixtures(),
        &["validate", "several-findings", "--format", "github"],
    );
    assert_eq!(run.status, 1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 6);
    assert_eq!(
        lines[1],
        "::error file=several-findings/programmes/demo/items/K1.yaml,line=8,col=9,title=plan broken-link::\
         link to unknown item `K22`%0Ahelp: did you mean `K2`?"
    );
    assert_eq!(
        lines[5],
        "::warning file=several-findings/programmes/demo/items/L1.yaml,line=8,col=13,title=plan link-to-removed::\
         link to `L2`, which has been removed%0Ahelp: remove the link, or link to the item that replaced it"
    );
}

#[test]
fn github_format_escapes_properties_and_data() {
    let temp = TempDir::new("github");
    copy_dir(&fixtures().join("valid"), &temp.path().join("a,b"));
    edit(
        &temp.path().join("a,b/programmes/demo/items/K2.yaml"),
        "links: [K1]\n",
        "links: [K1]\n\"x%y\\rz\": 1\n",
    );
    let run = plan(temp.path(), &["validate", "a,b", "--format", "github"]);
    assert_eq!(run.status, 1);
    let fields = "id, programme, theme, level, title, title_editorial, description, goals, responsible, \
                  partners, links, documents, links_note, priority, status, period, regions, municipalities, \
                  places, mentions, updates, indicators, funding, people, sources, notes";
    assert_eq!(
        run.stdout,
        format!(
            "::error file=a%2Cb/programmes/demo/items/K2.yaml,line=8,col=1,title=plan unknown-field::\
             unknown field `x%25y%0Dz` in an item%0Ahelp: the fields of an item are: {fields}\n"
        )
    );
}

#[test]
fn json_format_is_an_array_with_fixed_keys() {
    let run = plan(
        &fixtures(),
        &["validate", "broken-link", "--format", "json"],
    );
    assert_eq!(run.status, 1);
    assert_eq!(
        run.stdout,
        r#"[
  {
    "code": "broken-link",
    "severity": "error",
    "path": "broken-link/programmes/demo/items/K1.yaml",
    "line": 8,
    "column": 9,
    "message": "link to unknown item `K22`",
    "help": "did you mean `K2`?"
  }
]
"#
    );
}

#[test]
fn deny_warnings_fails_on_a_warning() {
    let (findings, status) = validate_json(&fixtures(), "link-to-removed", &[]);
    assert_eq!(
        (findings.len(), findings[0].severity.as_str(), status),
        (1, "warning", 0)
    );
    let (_, status) = validate_json(&fixtures(), "link-to-removed", &["--deny-warnings"]);
    assert_eq!(status, 1);
    let (_, status) = validate_json(&fixtures(), "valid", &["--deny-warnings"]);
    assert_eq!(status, 0);
    let run = plan(
        &fixtures(),
        &["validate", "link-to-removed", "--deny-warnings"],
    );
    // A run that fails does not say ok.
    run.says(1, "")
        .ends("not passed: 0 errors, 1 warning in 15 files (--deny-warnings)\n");
    let plain = plan(&fixtures(), &["validate", "link-to-removed"]);
    plain
        .says(0, "")
        .ends("ok: 0 errors, 1 warning in 15 files\n");
    let bokmal = [
        "--lang",
        "nb",
        "validate",
        "link-to-removed",
        "--deny-warnings",
    ];
    plan(&fixtures(), &bokmal)
        .says(1, "")
        .ends("ikke godkjent: 0 feil, 1 advarsel i 15 filer (--deny-warnings)\n");
    let nynorsk = [
        "--lang",
        "nn",
        "validate",
        "link-to-removed",
        "--deny-warnings",
    ];
    plan(&fixtures(), &nynorsk)
        .says(1, "")
        .ends("ikkje godkjent: 0 feil, 1 åtvaring i 15 filer (--deny-warnings)\n");
}

#[test]
fn nonexistent_path_is_a_usage_error() {
    let run = plan(
        &fixtures(),
        &["validate", "no-such-folder", "--format", "json"],
    );
    assert_eq!(run.status, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "plan: error: `no-such-folder` does not exist\n");
}

#[test]
fn a_file_is_not_a_data_folder() {
    let run = plan(&fixtures(), &["validate", "README.md"]);
    assert_eq!(run.status, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "plan: error: `README.md` is not a folder\n");
}

#[test]
fn unknown_format_is_a_usage_error() {
    let run = plan(&fixtures(), &["validate", "valid", "--format", "xml"]);
    assert_eq!(run.status, 2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("`xml`") && run.stderr.contains("human, json"),
        "{}",
        run.stderr
    );
}

#[test]
fn output_is_deterministic() {
    for format in ["human", "json", "github"] {
        let first = plan(
            &fixtures(),
            &["validate", "several-findings", "--format", format],
        );
        let second = plan(
            &fixtures(),
            &["validate", "several-findings", "--format", format],
        );
        assert!(
            first.stdout.lines().count() > 5,
            "{format}: several findings expected"
        );
        assert_eq!(
            first.stdout.as_bytes(),
            second.stdout.as_bytes(),
            "{format} output differs between runs"
        );
        assert_eq!(first.status, second.status);
    }
}

// ---------------------------------------------------------------------------------------
// The shipped data.

#[test]
fn shipped_data_is_valid() {
    let (findings, status) = validate_json(&common::root(), "data", &[]);
    assert_eq!(findings, [], "data/ has findings");
    assert_eq!(status, 0);
}

#[test]
fn breaking_a_link_in_the_shipped_data_is_reported_where_it_is() {
    let temp = TempDir::new("data");
    copy_dir(&common::root().join("data"), &temp.path().join("data"));
    let file = temp.path().join("data/programmes/innlandet/items/K1.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let links = text
        .lines()
        .position(|l| l == "links:")
        .expect("K1 has a block list of links");
    let line = text
        .lines()
        .skip(links + 1)
        .position(|l| l == "  - K3")
        .expect("K1 links to K3")
        + links
        + 2;
    edit(&file, "\n  - K3\n", "\n  - K33\n");

    let (findings, status) = validate_json(temp.path(), "data", &[]);
    let expected = Finding {
        code: "broken-link".into(),
        severity: "error".into(),
        path: "data/programmes/innlandet/items/K1.yaml".into(),
        line: u32::try_from(line).unwrap(),
        column: 5,
        message: "link to unknown item `K33`".into(),
        help: Some("did you mean `K3`?".into()),
    };
    assert_eq!(findings, [expected]);
    assert_eq!(status, 1);

    let run = plan(temp.path(), &["validate", "data"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stdout.contains(&format!(
            "--> data/programmes/innlandet/items/K1.yaml:{line}:5\n"
        )),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(&format!("{line} |   - K33\n")),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("|     ^^^\n"), "{}", run.stdout);
    assert!(
        run.stdout.contains("= help: did you mean `K3`?\n"),
        "{}",
        run.stdout
    );
}

/// Paths in findings are relative to the repository root from any folder, also with
/// `--repo /absolute/path` (GitLab refuses absolute paths), and in every format.
#[test]
fn finding_paths_are_relative_to_the_repository_root() {
    let temp = TempDir::new("root-relative");
    let repo = temp.path().join("repo");
    copy_dir(&fixtures().join("broken-link"), &repo.join("data"));
    let expected = "data/programmes/demo/items/K1.yaml";
    let absolute = repo.canonicalize().unwrap();
    let absolute = absolute.to_str().unwrap();
    let data = format!("{absolute}/data");
    let runs = [
        (repo.clone(), vec!["validate", "--format", "json"]),
        (repo.join("data"), vec!["validate", "--format", "json"]),
        (
            repo.join("data/programmes/demo"),
            vec!["validate", "--format", "json"],
        ),
        (repo.clone(), vec!["validate", "data", "--format", "json"]),
        (
            temp.path().to_path_buf(),
            vec!["--repo", absolute, "validate", "--format", "json"],
        ),
        (
            temp.path().to_path_buf(),
            vec!["validate", &data, "--format", "json"],
        ),
    ];
    for (cwd, args) in &runs {
        let run = plan(cwd, args);
        let findings: Vec<common::Finding> = serde_json::from_str(&run.stdout).unwrap();
        let paths: Vec<&str> = findings.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, [expected], "in {}: {args:?}", cwd.display());
    }
    let gitlab = plan(&repo.join("data"), &["validate", "--format", "gitlab"]).stdout;
    assert!(
        gitlab.contains(&format!("\"path\": \"{expected}\"")),
        "{gitlab}"
    );
    // A plan.toml naming a nested data folder: paths start with that folder.
    std::fs::rename(repo.join("data"), repo.join("content")).unwrap();
    std::fs::write(repo.join("plan.toml"), "data = \"content\"\n").unwrap();
    let run = plan(
        &repo.join("content/programmes"),
        &["validate", "--format", "json"],
    );
    assert!(
        run.stdout
            .contains("\"path\": \"content/programmes/demo/items/K1.yaml\""),
        "{}",
        run.stdout
    );
}

/// A record with two bad fields reports both: an update with a bad date and a word that is
/// not a status, an indicator's target with a bad value and date; and nothing more, as a
/// status ahead of the updates that could be read.
#[test]
fn every_bad_field_of_a_record_is_reported() {
    let temp = copy_fixture("valid");
    let k1 = temp.path().join("valid/programmes/demo/items/K1.yaml");
    edit(
        &k1,
        "  - date: \"2024-06-01\"\n    status: started",
        "  - date: \"2024-13-01\"\n    status: påbegynt",
    );
    edit(
        &k1,
        "sources:",
        "indicators:\n  - name: \"Kurs\"\n    unit: \"kurs\"\n    target:\n      value: mange\n      date: \"snart\"\nsources:",
    );
    let (findings, status) = validate_json(temp.path(), "valid", &["--lang", "en"]);
    assert_eq!(status, 1);
    let found: Vec<(&str, u32, &str)> = findings
        .iter()
        .map(|f| (f.code.as_str(), f.line, f.message.as_str()))
        .collect();
    let at = |line: u32| found.iter().filter(|f| f.1 == line).count();
    assert_eq!((at(15), at(16)), (1, 1), "date and status: {found:?}");
    assert!(
        found.iter().any(|f| f.1 == 16 && f.2.contains("påbegynt")),
        "{found:?}"
    );
    assert_eq!(
        found.iter().filter(|f| f.1 > 20).count(),
        2,
        "target value and date: {found:?}"
    );
    // The update that could not be read is not taken for a status the item is ahead of.
    assert!(!found.iter().any(|f| f.0 == "status-mismatch"), "{found:?}");
}

#[test]
fn a_municipality_written_by_name_is_answered_with_its_number() {
    let temp = common::TempDir::new("municipality-name");
    common::copy_dir(&common::root().join("data"), &temp.path().join("data"));
    common::edit(
        &temp.path().join("data/programmes/innlandet/items/K3.yaml"),
        "    - \"3427\"\n    - \"3401\"\n",
        "    - \"HAMAR\"\n    - \"Lilehammer\"\n",
    );
    let (findings, status) = validate_json(temp.path(), "data", &[]);
    assert_eq!(status, 1);
    let help = |value: &str| {
        let finding = findings
            .iter()
            .find(|f| f.message == format!("`{value}` is not a valid municipality id"))
            .unwrap_or_else(|| panic!("no finding for {value}: {findings:?}"));
        finding.help.clone().unwrap_or_default()
    };
    // Any case: the name is folded as names are everywhere.
    assert_eq!(help("HAMAR"), "did you mean `3403` (Hamar)?");
    // Not a name: the help tells what a number looks like.
    assert_eq!(
        help("Lilehammer"),
        "municipality numbers have four digits, such as `3403`"
    );
    let run = plan(temp.path(), &["--lang", "nb", "validate", "data"]);
    run.says(1, "= hjelp: mente du `3403` (Hamar)?");
}
