//! Dates as a planner gives them, run on a git copy of the shipped `data/`: `--as-of` on
//! `list`, `show`, `export` and `report` after `plan update` has moved an item past the status
//! its source gave (the status field holds until the first update that sets one), and days
//! typed in Norwegian order (`29.11.2026`) on the command line.

mod common;

use std::path::Path;
use std::process::Command;

use common::{TempDir, copy_dir, plan, root};
use serde_json::Value;

/// A copy of `data/` in a fresh git repository with one commit.
fn repo() -> TempDir {
    let temp = TempDir::new("dates");
    copy_dir(&root().join("data"), &temp.path().join("data"));
    for args in [
        &["init", "-q"][..],
        &["add", "-A"],
        &[
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "commit",
            "-qm",
            "data",
        ],
    ] {
        let status = Command::new("git")
            .args(args)
            .current_dir(temp.path())
            .status()
            .expect("git runs");
        assert!(status.success(), "git {args:?}");
    }
    temp
}

/// [`repo`], where K3 (`status: started` in its file) is marked completed on 15 September
/// 2026.
fn repo_with_k3_completed() -> TempDir {
    let temp = repo();
    let args = [
        "update",
        "K3",
        "--date",
        "2026-09-15",
        "--status",
        "completed",
        "--text",
        "Alle kurs holdt",
    ];
    let run = plan(temp.path(), &args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    temp
}

fn json(cwd: &Path, args: &[&str]) -> Value {
    let run = plan(cwd, args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

fn k3_in(items: &Value) -> &Value {
    items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "K3")
        .expect("K3 is listed")
}

#[test]
fn the_status_field_holds_until_the_first_update_that_sets_one() {
    let temp = repo_with_k3_completed();
    let cwd = temp.path();
    let before = ["--as-of", "2026-08-31", "--format", "json"];
    let list = json(
        cwd,
        &[&["list", "--programme", "innlandet"][..], &before].concat(),
    );
    assert_eq!(k3_in(&list)["status"], "started");
    let show = json(cwd, &[&["show", "K3"][..], &before].concat());
    assert_eq!(show["status"], "started");
    let export = json(cwd, &[&["export"][..], &before].concat());
    assert_eq!(k3_in(&export["items"])["status"], "started");
    let after = json(
        cwd,
        &[
            "list",
            "--programme",
            "innlandet",
            "--as-of",
            "2026-09-15",
            "--format",
            "json",
        ],
    );
    assert_eq!(k3_in(&after)["status"], "completed");
    let text = plan(cwd, &["show", "K3", "--as-of", "2026-07-01"]).stdout;
    assert!(text.contains("Status:             started\n"), "{text}");
}

#[test]
fn a_report_shows_the_status_of_its_day_and_the_change_since() {
    let temp = repo_with_k3_completed();
    let cwd = temp.path();
    let args = [
        "--lang",
        "en",
        "report",
        "--programme",
        "innlandet",
        "--as-of",
    ];
    let before = plan(cwd, &[&args[..], &["2026-08-31"]].concat());
    assert_eq!(before.status, 0, "{}", before.stderr);
    let k3 = before.stdout.split("K3 Fleksible").last().unwrap();
    assert!(k3.contains("**Status:** started"), "{k3}");
    let period = plan(
        cwd,
        &[&args[..], &["2026-09-30", "--since", "2026-08-31"]].concat(),
    );
    assert_eq!(period.status, 0, "{}", period.stderr);
    assert!(
        period
            .stdout
            .contains("  - status: `started` → `completed`\n"),
        "{}",
        period.stdout
    );
}

#[test]
fn a_status_field_written_from_a_later_update_is_set_aside() {
    // Ungt Entreprenørskap's file says `ongoing`, as the June 2021 status report it was written
    // from does; before that report the status was not stated.
    let list = json(
        &root(),
        &[
            "list",
            "--programme",
            "mr2025",
            "--as-of",
            "2021-01-01",
            "--format",
            "json",
        ],
    );
    let item = list
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "ungt-entreprenorskap")
        .unwrap();
    assert_eq!(item["status"], Value::Null);
}

#[test]
fn a_day_in_norwegian_order_is_read_on_the_command_line_and_written_as_iso() {
    let temp = repo();
    let cwd = temp.path();
    let args = [
        "update",
        "K3",
        "--date",
        "29.11.2026",
        "--future",
        "--text",
        "Kurs holdt",
    ];
    let run = plan(cwd, &args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("update 2026-11-29 added"),
        "{}",
        run.stdout
    );
    let file = std::fs::read_to_string(cwd.join("data/programmes/innlandet/items/K3.yaml"));
    assert!(file.unwrap().contains("  - date: \"2026-11-29\"\n"));
    let run = plan(cwd, &["set", "K3", "period", "1.1.2025", "31.12.2026"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let show = json(
        cwd,
        &["show", "K3", "--as-of", "30.11.2026", "--format", "json"],
    );
    assert_eq!(show["period"], "2025-01-01–2026-12-31", "{show}");
    assert_eq!(show["updates"].as_array().unwrap().len(), 1, "{show}");
    let report = [
        "report",
        "--programme",
        "innlandet",
        "--since",
        "28.11.2026",
    ];
    assert_eq!(plan(cwd, &report).status, 0);
    // A two-digit year is refused: the century would be a guess.
    let run = plan(cwd, &["update", "K3", "--date", "29.11.26", "--text", "x"]);
    assert_eq!(run.status, 2, "{}", run.stdout);
    assert!(run.stderr.contains("DD.MM.YYYY"), "{}", run.stderr);
}

#[test]
fn a_file_keeps_iso_dates_and_the_finding_names_the_one_meant() {
    let temp = repo();
    let cwd = temp.path();
    common::edit(
        &cwd.join("data/programmes/innlandet/items/K3.yaml"),
        "status: started\n",
        "status: started\nperiod:\n  start: \"29.11.2026\"\n",
    );
    let (findings, status) = common::validate_json(cwd, "data", &[]);
    assert_eq!(status, 1);
    let finding = findings.iter().find(|f| f.code == "invalid-value").unwrap();
    assert_eq!(
        finding.help.as_deref(),
        Some("did you mean 2026-11-29? Files keep dates as YYYY-MM-DD")
    );
}

#[test]
fn a_report_as_of_an_earlier_day_lists_only_the_changes_made_by_then() {
    let temp = TempDir::new("dates-period");
    let cwd = temp.path();
    copy_dir(&root().join("data"), &cwd.join("data"));
    common::git(cwd, &["init", "-q", "-b", "main"]);
    common::git(cwd, &["add", "-A"]);
    let status = Command::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "commit",
            "-qm",
            "2024",
        ])
        .env("GIT_AUTHOR_DATE", "2024-01-10T12:00:00Z")
        .env("GIT_COMMITTER_DATE", "2024-01-10T12:00:00Z")
        .current_dir(cwd)
        .status()
        .expect("git runs");
    assert!(status.success());
    // Edited today, long after the period the report is about.
    let run = plan(
        cwd,
        &["update", "K8", "--status", "started", "--text", "Oppstart"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = plan(
        cwd,
        &["set", "K8", "title", "Trainee-ordninger i distriktene"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let changes = |extra: &[&str]| {
        let args = ["--lang", "en", "report", "--programme", "innlandet"];
        let run = plan(
            cwd,
            &[&args[..], &["--since", "2024-03-05"], extra].concat(),
        );
        assert_eq!(run.status, 0, "{}", run.stderr);
        let section = run.stdout.split("Changes in the period").nth(2).unwrap();
        section.split("\n## ").next().unwrap().to_string()
    };
    let until_today = changes(&[]);
    assert!(until_today.contains("**K8**"), "{until_today}");
    let in_2024 = changes(&["--as-of", "2024-12-31"]);
    assert!(!in_2024.contains("**K8**"), "{in_2024}");
    assert!(in_2024.contains("No changes in the period."), "{in_2024}");
}

#[test]
fn a_month_or_a_year_as_of_counts_as_its_last_day() {
    let temp = repo_with_k3_completed();
    let cwd = temp.path();
    let status_as_of = |when: &str| {
        let args = ["list", "--programme", "innlandet", "--format", "json"];
        let list = json(cwd, &[&args[..], &["--as-of", when]].concat());
        k3_in(&list)["status"].clone()
    };
    assert_eq!(status_as_of("2026-08"), "started");
    assert_eq!(status_as_of("2026-09"), "completed");
    assert_eq!(status_as_of("2025"), "started");
    assert_eq!(status_as_of("2026"), "completed");
    let export = json(cwd, &["export", "--as-of", "2026"]);
    assert_eq!(k3_in(&export["items"])["status"], "completed");
    let report = ["--lang", "en", "report", "--programme", "innlandet"];
    let run = plan(cwd, &[&report[..], &["--as-of", "2026-08"]].concat());
    let k3 = run.ok();
    let k3 = k3.split("K3 Fleksible").last().unwrap();
    assert!(k3.contains("**Status:** started"), "{k3}");
    // Garbage is still refused, and the message lists the forms a date may take.
    let run = plan(cwd, &["--lang", "en", "list", "--as-of", "2026-13"]);
    assert_eq!(run.status, 2, "{}", run.stdout);
    assert!(
        run.stderr
            .contains("`2026-13` is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY"),
        "{}",
        run.stderr
    );
}
