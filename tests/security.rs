//! Untrusted repositories (README, "Untrusted repositories"): each test builds a hostile
//! repository at run time and checks one promise: nothing outside the repository is read,
//! time and memory stay bounded, one broken file gives one finding, every output shows the
//! data as inert text, and exit codes and pipes behave.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{
    Finding, Run, TempDir, copy_fixture, edit, files_under, plan, plan_on, plan_with_env,
    validate_json,
};

/// The codes and paths of findings, for comparing.
fn found(findings: &[Finding]) -> Vec<(&str, &str)> {
    findings
        .iter()
        .map(|f| (f.code.as_str(), f.path.as_str()))
        .collect()
}

/// Runs `plan args` in `cwd` and fails the test (killing plan) if it takes longer than
/// `limit`: a hang must fail, not stall the suite.
fn run_within(cwd: &Path, args: &[&str], limit: Duration) -> Run {
    let mut child = common::plan_command(cwd, args, &[])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("plan starts");
    let start = Instant::now();
    while child.try_wait().expect("wait for plan").is_none() {
        if start.elapsed() > limit {
            child.kill().expect("kill plan");
            child.wait().expect("reap plan");
            panic!("plan {args:?} took longer than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    common::finished(child.wait_with_output())
}

/// Validates the copied fixture `valid` in `cwd` (within 20 seconds), expecting exit 1 and
/// exactly the findings `expected` (code, path), in order; the findings, for more checks.
fn finds(cwd: &Path, expected: &[(&str, &str)]) -> Vec<Finding> {
    let args = ["validate", "valid", "--format", "json"];
    let run = run_within(cwd, &args, Duration::from_secs(20));
    let findings: Vec<Finding> = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(found(&findings), expected, "{findings:?}");
    assert_eq!(run.status, 1);
    findings
}

// 1. Nothing outside the repository is ever read ---------------------------------------

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_repository_are_not_followed() {
    let temp = copy_fixture("valid");
    let documents = temp.path().join("valid/documents");
    std::os::unix::fs::symlink("/etc/passwd", documents.join("passwd.yaml")).unwrap();
    std::os::unix::fs::symlink("/", documents.join("root")).unwrap();
    std::os::unix::fs::symlink("/proc/self/environ", documents.join("env.yaml")).unwrap();
    let findings = finds(
        temp.path(),
        &[
            ("symlink", "valid/documents/env.yaml"),
            ("symlink", "valid/documents/passwd.yaml"),
            ("symlink", "valid/documents/root"),
        ],
    );
    assert_eq!(
        findings[0].message,
        "symbolic link leads outside the data folder; it is not followed"
    );
    // Writing commands read the folder themselves, to edit its bytes: the same walk.
    let update = [
        "--repo",
        "valid",
        "update",
        "K1",
        "--status",
        "started",
        "--text",
        "x",
        "--dry-run",
    ];
    for args in [
        &["validate", "valid"][..],
        &["--repo", "valid", "list"],
        &update,
    ] {
        let run = plan(temp.path(), args);
        let all = run.stdout + &run.stderr;
        assert!(
            !all.contains("root:x:0"),
            "{args:?} showed /etc/passwd:\n{all}"
        );
        assert!(
            !all.contains("PATH="),
            "{args:?} showed the environment:\n{all}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_inside_the_data_folder_is_refused_too() {
    let temp = copy_fixture("valid");
    let bodies = temp.path().join("valid/bodies");
    std::os::unix::fs::symlink("kommunene.yaml", bodies.join("copy.yaml")).unwrap();
    finds(temp.path(), &[("symlink", "valid/bodies/copy.yaml")]);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_never_opened() {
    let temp = copy_fixture("valid");
    let fifo = temp.path().join("valid/documents/pipe.yaml");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    finds(
        temp.path(),
        &[("special-file", "valid/documents/pipe.yaml")],
    );
}

#[test]
fn plan_toml_cannot_point_the_data_folder_outside() {
    for (data, column) in [("/etc", 8), ("../../..", 8)] {
        let temp = copy_fixture("valid");
        let toml = temp.path().join("plan.toml");
        std::fs::write(&toml, format!("# settings\ndata = \"{data}\"\n")).unwrap();
        let run = plan(temp.path(), &["validate"]);
        assert_eq!(run.status, 2, "{data}");
        assert_eq!(run.stdout, "");
        assert!(
            run.stderr.contains(&format!(
                "plan.toml:2:{column}: `data` must name a folder inside the repository"
            )),
            "{data}: {}",
            run.stderr
        );
    }
}

#[test]
fn the_root_folder_is_not_a_repository_and_is_not_walked() {
    for repo in ["/", "/proc"] {
        let temp = TempDir::new("root");
        let start = Instant::now();
        let run = plan_with_env(temp.path(), &["validate"], &[("PLAN_REPO", repo)]);
        assert!(start.elapsed() < Duration::from_secs(5), "{repo}");
        assert_eq!(run.status, 2, "{repo}");
        assert!(
            run.stderr.contains("is not a plan repository"),
            "{repo}: {}",
            run.stderr
        );
    }
}

#[test]
fn an_empty_folder_is_an_error() {
    let temp = TempDir::new("empty");
    std::fs::create_dir_all(temp.path().join("empty")).unwrap();
    std::fs::create_dir_all(temp.path().join("bare/programmes")).unwrap();
    for folder in ["empty", "bare"] {
        let run = plan(temp.path(), &["validate", folder]);
        assert_eq!(run.status, 2, "{folder}: {}", run.stdout);
        assert_eq!(run.stdout, "");
    }
}

// 2. Bounded time and memory -------------------------------------------------------------

#[test]
fn aliases_of_a_long_text_are_refused_by_size() {
    let temp = copy_fixture("valid");
    let long = "x".repeat(1024 * 1024);
    let aliases = vec!["*a"; 2000].join(", ");
    std::fs::write(
        temp.path().join("valid/documents/bomb.yaml"),
        format!("a: &a {long}\nb: [{aliases}]\n"),
    )
    .unwrap();
    let start = Instant::now();
    finds(temp.path(), &[("yaml-limit", "valid/documents/bomb.yaml")]);
    assert!(start.elapsed() < Duration::from_secs(10));
}

#[test]
fn a_mapping_of_100_000_keys_is_checked_in_linear_time() {
    let temp = copy_fixture("valid");
    let mut text = String::from("id: keys\nextra:\n");
    text.extend((0..100_000).map(|i| format!("  k{i}: v\n")));
    text.push_str("  k5: again\n");
    std::fs::write(temp.path().join("valid/documents/keys.yaml"), text).unwrap();
    let start = Instant::now();
    let (findings, _) = validate_json(temp.path(), "valid", &[]);
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    let duplicate = findings.iter().find(|f| f.code == "duplicate-key").unwrap();
    assert_eq!((duplicate.line, duplicate.column), (100_003, 3));
}

#[test]
fn thousands_of_unknown_bodies_among_thousands_of_bodies() {
    let temp = copy_fixture("valid");
    let bodies = temp.path().join("valid/bodies");
    for i in 0..6000 {
        std::fs::write(
            bodies.join(format!("body-number-{i}.yaml")),
            format!("id: body-number-{i}\nname: \"Body {i}\"\nkind: group\n"),
        )
        .unwrap();
    }
    let unknown: Vec<String> = (0..6000).map(|i| format!("body-numbr-{i}")).collect();
    let item = temp.path().join("valid/programmes/demo/items/K2.yaml");
    edit(
        &item,
        "responsible: [demo-county, kommunene]",
        &format!(
            "responsible: [demo-county, kommunene, {}]",
            unknown.join(", ")
        ),
    );
    let start = Instant::now();
    let (findings, status) = validate_json(temp.path(), "valid", &[]);
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(findings.len(), 6000);
    assert_eq!(
        findings[0].help.as_deref(),
        Some("did you mean `body-number-0`?")
    );
    assert_eq!(status, 1);
}

#[test]
fn a_nul_byte_is_a_located_finding() {
    let temp = copy_fixture("valid");
    let item = temp.path().join("valid/programmes/demo/items/K2.yaml");
    edit(
        &item,
        "title: \"Desentralisert utdanning\"",
        "title: \"Desentralisert\0 utdanning\"",
    );
    let item = "valid/programmes/demo/items/K2.yaml";
    let findings = finds(temp.path(), &[("control-character", item)]);
    let nul = &findings[0];
    assert_eq!(
        (
            nul.code.as_str(),
            nul.line,
            nul.column,
            nul.message.as_str()
        ),
        (
            "control-character",
            5,
            23,
            "control character U+0000 is not allowed in YAML"
        )
    );
}

#[test]
fn a_huge_stale_age_is_a_usage_error() {
    plan(
        &common::fixtures(),
        &["--repo", "query", "list", "--stale", "2000000000000000000w"],
    )
    .says(2, "reaches back before the year 1");
}

// 3. One broken file gives one finding ---------------------------------------------------

#[test]
fn a_tab_in_a_linked_item_gives_one_finding() {
    let temp = copy_fixture("valid");
    let k1 = temp.path().join("valid/programmes/demo/items/K1.yaml");
    edit(&k1, "theme: K", "\ttheme: K");
    let body = temp.path().join("valid/bodies/kommunene.yaml");
    edit(&body, "kind: group", "kind: [group");
    finds(
        temp.path(),
        &[
            ("yaml-syntax", "valid/bodies/kommunene.yaml"),
            ("yaml-syntax", "valid/programmes/demo/items/K1.yaml"),
        ],
    );
}

#[test]
fn queries_refuse_to_answer_without_an_unreadable_file() {
    let temp = unreadable_k2();
    for args in [
        &["list"][..],
        &["show", "K1"],
        &["export"],
        &["report"],
        &["coverage"],
        &["links", "--orphans"],
    ] {
        let run = plan_on(temp.path(), "valid", args);
        assert_eq!(run.status, 1, "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, "", "{args:?}");
        assert!(
            run.stderr.contains("error[yaml-syntax]")
                && run
                    .stderr
                    .contains("valid/programmes/demo/items/K2.yaml:3:1")
                && run.stderr.contains("1 file could not be read"),
            "{args:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn writing_commands_refuse_a_repository_with_an_unreadable_file() {
    // K2 links to K1 but cannot be read: renaming K1 would leave K2's link stale.
    let temp = unreadable_k2();
    let before = files_under(&temp.path().join("valid"));
    for args in [
        &["rename", "K1", "K9"][..],
        &["update", "K1", "--status", "started", "--text", "x"],
    ] {
        plan_on(temp.path(), "valid", args).says(1, "1 file could not be read");
    }
    assert_eq!(files_under(&temp.path().join("valid")), before);
}

/// A copy of the fixture `valid` whose K2 cannot be read (a tab indents a field).
fn unreadable_k2() -> TempDir {
    let temp = copy_fixture("valid");
    let k2 = temp.path().join("valid/programmes/demo/items/K2.yaml");
    edit(&k2, "theme: K", "\ttheme: K");
    temp
}

// 4. Every output is inert ---------------------------------------------------------------

/// A repository whose K1 title carries every kind of live text, and L1's description a
/// formula.
fn hostile_texts() -> TempDir {
    let temp = copy_fixture("valid");
    let title = "=HYPERLINK(\\\"http://evil.example\\\") <script>alert(1)</script> \
                 [x](javascript:alert(1)) ![i](https://evil.example/p.png) @octocat \
                 ``` \\\"q\\\" # %% <img src=x>\\n::error::forged";
    edit(
        &temp.path().join("valid/programmes/demo/items/K1.yaml"),
        "title: \"Kompetanseløft\"",
        &format!("title: \"{title}\""),
    );
    edit(
        &temp.path().join("valid/programmes/demo/items/L1.yaml"),
        "title: \"Møteplasser\"",
        "title: \"Møteplasser\"\ndescription: \"@SUM(1+1)\"",
    );
    temp
}

#[test]
fn markdown_shows_data_as_text() {
    let temp = hostile_texts();
    for args in [
        &["list", "--format", "markdown"][..],
        &["show", "K1", "--format", "markdown"],
        &["report"],
    ] {
        let run = plan_on(temp.path(), "valid", args);
        assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
        // What is escaped (`\<`, `\[`, `\!`) is shown as text; nothing else may be live.
        let live_text = run
            .stdout
            .replace("\\<", "")
            .replace("\\[", "")
            .replace("\\]", "")
            .replace("\\!", "");
        for live in [
            "<script",
            "<img",
            "](javascript",
            "![i](",
            "@octocat",
            "\n::error",
        ] {
            assert!(
                !live_text.contains(live),
                "{args:?} has {live}:\n{}",
                run.stdout
            );
        }
        assert!(run.stdout.contains("\\<script\\>"), "{args:?}");
    }
}

#[test]
fn graph_labels_cannot_end_the_label_or_the_fence() {
    let temp = copy_fixture("valid");
    edit(
        &temp.path().join("valid/programmes/demo/items/K1.yaml"),
        "title: \"Kompetanseløft\"",
        "title: \"```%% \\\"] --> X; <script>\\nclick\"",
    );
    let run = plan_on(temp.path(), "valid", &["links", "--graph", "mermaid"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let k1 = run
        .stdout
        .lines()
        .find(|l| l.contains("demo__K1["))
        .unwrap();
    assert!(k1.ends_with("\"]"), "{k1}");
    assert_eq!(k1.matches('"').count(), 2, "{k1}");
    for live in ["```", "%%", "<script", "\nclick"] {
        assert!(
            !run.stdout.contains(live),
            "mermaid has {live}:\n{}",
            run.stdout
        );
    }
    let run = plan_on(temp.path(), "valid", &["links", "--graph", "dot"]);
    let k1 = run
        .stdout
        .lines()
        .find(|l| l.contains("demo__K1 ["))
        .unwrap();
    assert!(k1.ends_with("\"];"), "{k1}");
    assert!(!run.stdout.contains("\nclick"), "{}", run.stdout);
}

#[test]
fn csv_cells_are_never_formulas() {
    let temp = hostile_texts();
    for args in [
        &["list", "--format", "csv"][..],
        &["export", "--format", "csv"],
        &["export", "--format", "csv", "--excel"],
    ] {
        let run = plan_on(temp.path(), "valid", args);
        assert!(
            run.stdout.contains("'=HYPERLINK"),
            "{args:?}:\n{}",
            run.stdout
        );
        assert!(
            !run.stdout.contains(",=") && !run.stdout.contains(";="),
            "{args:?}"
        );
    }
    let run = plan_on(temp.path(), "valid", &["export", "--format", "csv"]);
    assert!(
        run.stdout.contains(",'@SUM(1+1),,demo L1 "),
        "{}",
        run.stdout
    );
}

#[test]
fn yaml_export_keeps_texts_texts() {
    let temp = copy_fixture("valid");
    edit(
        &temp.path().join("valid/bodies/kommunene.yaml"),
        "name: \"Kommunene\"",
        "name: \"yes\"",
    );
    let run = plan_on(temp.path(), "valid", &["export", "--format", "yaml"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("name: \"yes\""), "{}", run.stdout);
    assert!(
        run.stdout.contains("- date: \"2024-01-15\""),
        "{}",
        run.stdout
    );
}

#[test]
fn findings_show_control_characters_and_newlines_visibly() {
    let temp = copy_fixture("valid");
    let forged = temp.path().join("valid/bodies/a\u{1b}[31m.yaml");
    std::fs::write(&forged, "id: x\n").unwrap();
    edit(
        &temp.path().join("valid/programmes/demo/items/K2.yaml"),
        "responsible: [demo-county, kommunene]",
        "responsible: [demo-county, kommunene, \"x\\n::error::forged\"]",
    );
    let run = plan(temp.path(), &["validate", "valid"]);
    assert_eq!(run.status, 1);
    assert!(!run.stdout.contains('\u{1b}'), "{}", run.stdout);
    assert!(run.stdout.contains("a\\u{1b}[31m.yaml"), "{}", run.stdout);
    assert!(
        run.stdout.lines().all(|l| !l.starts_with("::")),
        "{}",
        run.stdout
    );
}

// 6. Exit codes and pipes ----------------------------------------------------------------

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_quietly_with_the_command_status() {
    let fixtures = common::fixtures();
    // Outputs larger than plan's 8 KiB buffer, written to a reader that has already gone.
    for (command, status) in [
        ("validate several-findings --format sarif", 1),
        ("completions bash", 0),
        ("--repo query export", 0),
    ] {
        let script = format!(
            "'{}' {command} | true; exit ${{PIPESTATUS[0]}}",
            env!("CARGO_BIN_EXE_plan")
        );
        let output = Command::new("bash")
            .args(["-c", &script])
            .current_dir(&fixtures)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(status), "{command}");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{command}");
    }
}

#[cfg(unix)]
#[test]
fn a_full_disk_is_an_error_not_a_panic() {
    if !Path::new("/dev/full").exists() {
        panic!("this test needs /dev/full");
    }
    for args in [
        &["completions", "bash"][..],
        &["man"],
        &["--repo", "query", "export"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_plan"))
            .args(args)
            .current_dir(common::fixtures())
            .env("PLAN_LANG", "en")
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.starts_with("plan: error: "), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

/// A closed standard output (`>&-`) is an error before anything is done; `>/dev/null` and a
/// `/dev/null` opened for reading and writing (as Python's `DEVNULL` does) are not.
#[cfg(target_os = "linux")]
#[test]
fn a_closed_standard_output_is_an_error() {
    let run = |redirect: &str| {
        Command::new("sh")
            .args(["-c", &format!("exec \"$0\" --repo query list {redirect}")])
            .arg(env!("CARGO_BIN_EXE_plan"))
            .current_dir(common::fixtures())
            .env("PLAN_LANG", "en")
            .output()
            .unwrap()
    };
    let closed = run(">&-");
    let stderr = String::from_utf8_lossy(&closed.stderr);
    assert_eq!(closed.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.starts_with("plan: error: standard output is closed"),
        "{stderr}"
    );
    for open in [">/dev/null", "1<>/dev/null"] {
        let output = run(open);
        assert_eq!(output.status.code(), Some(0), "{open}");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{open}");
    }
}

#[test]
fn read_errors_cannot_be_allowed_away() {
    let temp = copy_fixture("valid");
    std::fs::write(
        temp.path().join("plan.toml"),
        "data = \"valid\"\n[severity]\nyaml-syntax = \"allow\"\n",
    )
    .unwrap();
    plan(temp.path(), &["validate"]).says(2, "3:15: `yaml-syntax` cannot be allowed");
}

#[test]
fn severity_overrides_apply_to_links_as_to_validate() {
    let temp = copy_fixture("valid");
    std::fs::write(
        temp.path().join("plan.toml"),
        "data = \"valid\"\n[severity]\nbroken-link = \"warn\"\n",
    )
    .unwrap();
    edit(
        &temp.path().join("valid/programmes/demo/items/K2.yaml"),
        "links: [K1]",
        "links: [K1, K9]",
    );
    let validate = plan(temp.path(), &["validate"]);
    let links = plan(temp.path(), &["links", "--broken"]);
    assert_eq!((validate.status, links.status), (0, 0));
    assert!(
        links.stdout.contains("warning[broken-link]"),
        "{}",
        links.stdout
    );
}

#[test]
fn an_upper_case_extension_gets_the_yml_finding() {
    let temp = copy_fixture("valid");
    for name in ["extra.YAML", "other.Yml"] {
        std::fs::write(temp.path().join("valid/bodies").join(name), "id: x\n").unwrap();
    }
    let findings = finds(
        temp.path(),
        &[
            ("unknown-file", "valid/bodies/extra.YAML"),
            ("unknown-file", "valid/bodies/other.Yml"),
        ],
    );
    assert_eq!(
        findings[0].message,
        "plan files end in `.yaml`, not `.YAML`"
    );
}

#[test]
fn the_pre_commit_hooks_run_on_every_commit() {
    let hooks = std::fs::read_to_string(common::root().join(".pre-commit-hooks.yaml")).unwrap();
    let entries: Vec<&str> = hooks.split("\n- id: ").skip(1).collect();
    assert_eq!(entries.len(), 2);
    for entry in entries {
        assert!(entry.contains("\n  always_run: true\n"), "{entry}");
        assert!(entry.contains("\n  pass_filenames: false"), "{entry}");
        assert!(!entry.contains("files:"), "{entry}");
    }
}

/// Fails when a line of `output` starts with `::`, which GitHub runs as a workflow command.
fn assert_no_workflow_command(what: &str, output: &str) {
    for line in output.lines() {
        assert!(
            !line.starts_with("::"),
            "{what}: a line of data starts at column 0: {line:?}\n{output}"
        );
    }
}

#[test]
fn a_line_break_in_a_title_is_refused_and_never_starts_a_line() {
    let temp = copy_fixture("valid");
    let k1 = temp.path().join("valid/programmes/demo/items/K1.yaml");
    let before = std::fs::read_to_string(&k1).unwrap();
    let run = plan(
        &temp.path().join("valid"),
        &["set", "K1", "title", "Ny\n::error file=x::pwned"],
    );
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&k1).unwrap(), before);
    assert_no_workflow_command("plan set", &format!("{}{}", run.stdout, run.stderr));

    edit(
        &k1,
        "title: \"Kompetanseløft\"",
        "title: \"Ny\\n::error file=x::pwned\"",
    );
    let findings = finds(
        temp.path(),
        &[("invalid-value", "valid/programmes/demo/items/K1.yaml")],
    );
    assert_eq!((findings[0].line, findings[0].column), (5, 8));
    let show = plan(&temp.path().join("valid"), &["show", "K1"]);
    assert_no_workflow_command("plan show", &show.stdout);
    assert!(
        show.stdout.contains("    ::error file=x::pwned"),
        "{}",
        show.stdout
    );
}

#[test]
fn a_multi_line_update_text_is_indented_in_show_and_diff() {
    let temp = common::git_repo("multi-line-update", &common::fixtures().join("valid"));
    let data = temp.path().join("data");
    let k1 = data.join("programmes/demo/items/K1.yaml");
    edit(
        &k1,
        "text: \"Satt i gang.\"",
        "text: \"Satt i gang.\\n::error::upd\"",
    );
    edit(
        &k1,
        "regions: [north]",
        "regions: [north]\nnotes: \"Notat\\n::error::notes\"",
    );
    edit(
        &k1,
        "    text: \"Vedtatt.\"",
        "    text: \"Vedtatt.\"\n  - date: \"2024-03-01\"\n    text: \"Ny\\n::error::new\"",
    );
    let show = plan(temp.path(), &["show", "K1"]);
    assert_eq!(show.status, 0, "{}", show.stderr);
    assert_no_workflow_command("plan show", &show.stdout);
    assert!(
        show.stdout.contains("\n    ::error::upd\n"),
        "{}",
        show.stdout
    );
    let diff = plan(temp.path(), &["diff", "HEAD"]);
    assert_eq!(diff.status, 0, "{}", diff.stderr);
    assert!(diff.stdout.contains("::error::new"), "{}", diff.stdout);
    assert_no_workflow_command("plan diff", &diff.stdout);
}

#[test]
fn bidirectional_controls_are_a_located_finding() {
    for (written, column) in [("Kommu\u{202e}nene", 13), ("Kommu\\u2066nene", 7)] {
        let temp = copy_fixture("valid");
        edit(
            &temp.path().join("valid/bodies/kommunene.yaml"),
            "name: \"Kommunene\"",
            &format!("name: \"{written}\""),
        );
        let findings = finds(
            temp.path(),
            &[("control-character", "valid/bodies/kommunene.yaml")],
        );
        assert_eq!(findings[0].column, column, "{written}");
    }
}

/// A character drawn as nothing makes `Kompetanseløft` and `Kompetanse` + U+200B + `løft`
/// look the same in CSV, Markdown, HTML and a spreadsheet: an error in a title (so `plan set`
/// refuses it), a warning in prose, and shown escaped on a terminal either way.
#[test]
fn invisible_characters_are_findings_and_shown_escaped() {
    let temp = copy_fixture("valid");
    let k1 = temp.path().join("valid/programmes/demo/items/K1.yaml");
    edit(
        &k1,
        "title: \"Kompetanseløft\"",
        "title: \"Kompetanse\u{200b}løft\u{200d}\"",
    );
    edit(&k1, "text: \"Vedtatt.\"", "text: \"Ved\u{ad}tatt.\"");
    finds(
        temp.path(),
        &[
            ("invisible-character", "valid/programmes/demo/items/K1.yaml"),
            ("invisible-in-prose", "valid/programmes/demo/items/K1.yaml"),
        ],
    );
    let show = plan(&temp.path().join("valid"), &["show", "K1"]);
    assert!(
        show.stdout
            .starts_with("K1  Kompetanse\\u{200b}løft\\u{200d}\n"),
        "{}",
        show.stdout
    );
    let before = std::fs::read(temp.path().join("valid/programmes/demo/items/K2.yaml")).unwrap();
    let set = plan(
        &temp.path().join("valid"),
        &["set", "K2", "title", "Kompetanse\u{2060}løft"],
    );
    assert_eq!(set.status, 1, "{}{}", set.stdout, set.stderr);
    assert!(set.stdout.contains("invisible-character"), "{}", set.stdout);
    assert_eq!(
        std::fs::read(temp.path().join("valid/programmes/demo/items/K2.yaml")).unwrap(),
        before
    );
}
