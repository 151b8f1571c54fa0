//! The command line in bokmål and nynorsk: errors, edit confirmations and warnings are worded
//! in the chosen language (here from the locale, as a planner's terminal sets it), on a copy
//! of the shipped data.

mod common;

use std::path::Path;

use common::{Run, TempDir, copy_dir, git_repo, plan_with_env, root};

/// A copy of the shipped `data/` in a scratch folder.
fn data() -> TempDir {
    let temp = TempDir::new("texts");
    copy_dir(&root().join("data"), &temp.path().join("data"));
    temp
}

/// Runs `plan` in `cwd` under a Norwegian locale (`nb` or `nn`).
fn plan_in(language: &str, cwd: &Path, args: &[&str]) -> Run {
    let locale = format!("{language}_NO.UTF-8");
    plan_with_env(cwd, args, &[("LANG", &locale)])
}

/// The error a refused run printed (exit status 2), checked to carry no English.
fn in_norwegian(run: Run) -> String {
    assert_eq!(run.status, 2, "{}{}", run.stdout, run.stderr);
    for english in [
        "error:",
        "hint:",
        "did you mean",
        " is ",
        "cannot",
        "nothing ",
    ] {
        assert!(
            !run.stderr.contains(english),
            "English `{english}`: {}",
            run.stderr
        );
    }
    run.stderr
}

#[test]
fn a_misspelt_level_is_suggested_in_the_language_of_the_run() {
    let temp = data();
    let nb = in_norwegian(plan_in(
        "nb",
        temp.path(),
        &["set", "K8", "level", "distrik"],
    ));
    assert!(
        nb.contains("ukjent nivå `distrik`; mente du `distrikt`?"),
        "{nb}"
    );
    assert!(nb.contains("tips: ett av "), "{nb}");
    assert!(nb.contains("fylke, distrikt, regionsenter"), "{nb}");
    let nn = in_norwegian(plan_in(
        "nn",
        temp.path(),
        &["set", "K8", "level", "distrik"],
    ));
    assert!(
        nn.contains("ukjent nivå `distrik`; meinte du `distrikt`?"),
        "{nn}"
    );
    assert!(nn.contains("tips: eitt av "), "{nn}");
}

#[test]
fn edit_errors_are_norwegian() {
    let temp = data();
    let cwd = temp.path();
    let removed = in_norwegian(plan_in("nb", cwd, &["remove", "L8", "--reason", "x"]));
    assert!(removed.contains("L8 er allerede tatt ut"), "{removed}");
    let removed = in_norwegian(plan_in("nn", cwd, &["remove", "L8", "--reason", "x"]));
    assert!(removed.contains("L8 er allereie teke ut"), "{removed}");
    let place = in_norwegian(plan_in("nb", cwd, &["set", "K8", "places", ", Vang"]));
    assert!(place.contains("et sted trenger et navn"), "{place}");
    let place = in_norwegian(plan_in("nn", cwd, &["set", "K8", "places", "Ukjendstad"]));
    assert!(
        place.contains("sei kva kommune `Ukjendstad` ligg i"),
        "{place}"
    );
}

#[test]
fn finding_the_repository_fails_in_norwegian() {
    let empty = TempDir::new("texts-empty");
    let shown = empty.path().display().to_string();
    let run = in_norwegian(plan_in("nb", Path::new("/"), &["--repo", &shown, "list"]));
    assert!(run.contains("er ikke et plan-repositorium"), "{run}");
    assert!(run.contains("tips: angi repositoriet"), "{run}");
    let file = empty.path().join("fil.txt");
    std::fs::write(&file, "").unwrap();
    let shown = file.display().to_string();
    let run = in_norwegian(plan_in("nn", Path::new("/"), &["--repo", &shown, "list"]));
    assert!(run.contains("er ikkje ei mappe"), "{run}");
}

#[test]
fn report_since_neither_date_nor_revision_is_norwegian() {
    let temp = data();
    let run = in_norwegian(plan_in(
        "nb",
        temp.path(),
        &["report", "--since", "forrige"],
    ));
    assert!(run.contains("`forrige` er verken en dato"), "{run}");
}

#[test]
fn the_editor_falls_back_and_says_what_it_looked_for() {
    let temp = data();
    let no_tools = TempDir::new("texts-path");
    let path = no_tools.path().display().to_string();
    let env = [("LANG", "nb_NO.UTF-8"), ("PATH", path.as_str())];
    let run = plan_with_env(temp.path(), &["update", "K8", "--edit"], &env);
    let run = in_norwegian(run);
    assert!(
        run.contains("fant ikke noe redigeringsprogram (så etter editor, nano, vi)"),
        "{run}"
    );
    let env = [("LANG", "nn_NO.UTF-8"), ("EDITOR", " ")];
    let run = in_norwegian(plan_with_env(
        temp.path(),
        &["update", "K8", "--edit"],
        &env,
    ));
    assert!(run.contains("$EDITOR er tom"), "{run}");
    // With neither variable set, the first editor on the PATH is started: here a script that
    // writes the text, standing in for `nano`.
    let nano = no_tools.path().join("nano");
    std::fs::write(&nano, "#!/bin/sh\nprintf 'Ferdig\\n' > \"$1\"\n").unwrap();
    make_executable(&nano);
    let env = [("LANG", "nb_NO.UTF-8"), ("PATH", path.as_str())];
    let run = plan_with_env(temp.path(), &["update", "K8", "--edit"], &env);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    let file = temp.path().join("data/programmes/innlandet/items/K8.yaml");
    assert!(std::fs::read_to_string(file).unwrap().contains("Ferdig"));
}

fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn edit_confirmations_name_fields_and_values_in_words() {
    let temp = data();
    let cwd = temp.path();
    let said = |language: &str, args: &[&str]| {
        let run = plan_in(language, cwd, args);
        assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
        run.stdout
    };
    let level = said("nb", &["set", "K8", "level", "county"]);
    assert!(level.starts_with("K8: nivå satt til fylke ("), "{level}");
    let status = said("nb", &["set", "A4", "status", "started"]);
    assert!(
        status.starts_with("A4: status satt til igangsatt ("),
        "{status}"
    );
    let partner = said(
        "nb",
        &[
            "set",
            "K8",
            "partners",
            "--add",
            "innovasjon-norge-innlandet",
        ],
    );
    assert!(
        partner.starts_with("K8: Innovasjon Norge Innlandet lagt til som samarbeidspartner ("),
        "{partner}"
    );
    let period = said("nb", &["set", "K8", "period", "2024", "2027"]);
    assert!(
        period.starts_with("K8: periode satt til 2024–2027 ("),
        "{period}"
    );
    let end = said("nn", &["set", "K8", "period.end", "2030"]);
    assert!(
        end.starts_with("K8: slutten på perioden sett til 2030 ("),
        "{end}"
    );
    let level = said("nn", &["set", "K8", "level", "district"]);
    assert!(level.starts_with("K8: nivå sett til distrikt ("), "{level}");
    let removed = said(
        "nn",
        &[
            "set",
            "K8",
            "partners",
            "--remove",
            "innovasjon-norge-innlandet",
        ],
    );
    assert!(
        removed.starts_with("K8: Innovasjon Norge Innlandet fjerna som samarbeidspartnar ("),
        "{removed}"
    );
}

#[test]
fn diff_names_the_changed_fields_of_a_body_in_words() {
    let temp = git_repo("texts-diff", &root().join("data"));
    let cwd = temp.path();
    let body = cwd.join("data/bodies/beitostolen-utvikling.yaml");
    let text = std::fs::read_to_string(&body).unwrap();
    std::fs::write(
        &body,
        text.replacen("notes: |\n", "notes: |\n  Endret.\n", 1),
    )
    .unwrap();
    let run = plan_in("nb", cwd, &["diff", "HEAD"]);
    assert!(
        run.stdout
            .contains("Beitostølen Utvikling\n      merknader: Beitostølen er en bygd"),
        "{}{}",
        run.stdout,
        run.stderr
    );
    assert!(!run.stdout.contains("notes"), "{}", run.stdout);
}

#[test]
fn a_refusal_follows_its_finding_and_says_the_file_is_unchanged() {
    let temp = data();
    // Both streams into one, as on a terminal: the order they were written in is kept.
    let run = std::process::Command::new("sh")
        .args(["-c", "\"$0\" \"$@\" 2>&1"])
        .arg(env!("CARGO_BIN_EXE_plan"))
        .args(["set", "K8", "period", "2027", "2024"])
        .current_dir(temp.path())
        .env("LANG", "nb_NO.UTF-8")
        .env("NO_COLOR", "1")
        .output()
        .expect("sh runs");
    let both = String::from_utf8(run.stdout).unwrap();
    let finding = both.find("perioden slutter (2024) før den begynner (2027)");
    let refusal = both.find("plan: ingenting skrevet: endringen ville gitt 1 feil");
    assert!(finding.is_some() && finding < refusal, "{both}");
    assert!(
        both.contains("slik endringen din ville skrevet dem; data/programmes/innlandet/items/K8.yaml er ikke endret"),
        "{both}"
    );
}

#[test]
fn the_same_update_twice_is_refused() {
    let temp = data();
    let cwd = temp.path();
    let args = ["update", "L13", "--status", "fullført", "--text", "Ferdig"];
    let first = plan_in("nb", cwd, &args);
    assert_eq!(first.status, 0, "{}{}", first.stdout, first.stderr);
    let file = cwd.join("data/programmes/innlandet/items/L13.yaml");
    let written = std::fs::read(&file).unwrap();
    let again = in_norwegian(plan_in("nb", cwd, &args));
    assert!(
        again.contains("L13 har allerede denne oppdateringen"),
        "{again}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), written, "nothing written");
    // Another text the same day is news.
    let other = plan_in("nn", cwd, &["update", "L13", "--text", "Rapport levert"]);
    assert_eq!(other.status, 0, "{}{}", other.stdout, other.stderr);
}

#[test]
fn a_change_shows_the_warnings_it_adds_and_is_written() {
    let temp = data();
    let cwd = temp.path();
    let run = plan_in(
        "nb",
        cwd,
        &["set", "K8", "partners", "--add", "Valdres Næringshage"],
    );
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("advarsel[responsible-also-partner]"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("K8.yaml:"), "{}", run.stdout);
    let file = cwd.join("data/programmes/innlandet/items/K8.yaml");
    let text = std::fs::read_to_string(file).unwrap();
    assert_eq!(text.matches("valdres-naeringshage").count(), 2, "{text}");
    // A warning that was there before is not repeated by a change that does not add it.
    let run = plan_in(
        "nb",
        cwd,
        &["set", "K8", "title", "Trainee-ordninger i distriktene"],
    );
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert!(!run.stdout.contains("advarsel"), "{}", run.stdout);
}

#[test]
fn report_takes_the_municipality_its_region_error_suggests() {
    let temp = data();
    let cwd = temp.path();
    let wrong = in_norwegian(plan_in("nb", cwd, &["report", "--region", "Hamar"]));
    assert!(
        wrong.contains("mente du `--municipality Hamar`?"),
        "{wrong}"
    );
    let run = plan_in("nb", cwd, &["report", "--municipality", "Hamar"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let title = run.stdout.lines().next().unwrap_or_default();
    assert!(title.ends_with(" – kommune Hamar"), "{title}");
    // The items `plan list --municipality Hamar` lists, and no other.
    let listed = plan_in(
        "nb",
        cwd,
        &["list", "--municipality", "Hamar", "--format", "json"],
    );
    let listed: Vec<serde_json::Value> = serde_json::from_str(&listed.stdout).unwrap();
    assert!(!listed.is_empty());
    for item in &listed {
        let id = item["id"].as_str().unwrap().to_lowercase();
        let anchor = format!("<a id=\"item-innlandet-{id}\">");
        assert!(run.stdout.contains(&anchor), "{anchor}: {}", run.stdout);
    }
    let items = run.stdout.matches("<a id=\"item-").count();
    assert_eq!(items, listed.len(), "{}", run.stdout);
    let wide = plan_in(
        "nb",
        cwd,
        &["report", "--municipality", "Hamar", "--with-county-wide"],
    );
    assert!(
        wide.stdout.matches("<a id=\"item-").count() > listed.len(),
        "{}",
        wide.stdout
    );
}

/// A new item is published nowhere yet: it does not claim the programme's publication.
#[test]
fn a_new_item_claims_no_source() {
    let temp = data();
    let cwd = temp.path();
    let args = [
        "new",
        "item",
        "--programme",
        "mr2025",
        "--theme",
        "S",
        "--title",
        "Prøvetiltak",
    ];
    let run = plan_in("nn", cwd, &args);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    let file = run.stdout.split_whitespace().find(|w| w.ends_with(".yaml"));
    let file = file.unwrap_or_else(|| panic!("no file named: {}", run.stdout));
    let text = std::fs::read_to_string(cwd.join(file.trim_matches(['(', ')']))).unwrap();
    assert!(text.contains("\nsources: []\n"), "{text}");
    assert!(!text.contains("Møre og Romsdal 2025"), "{text}");
}

#[test]
fn every_option_of_new_and_the_reference_tables_is_explained_in_norwegian() {
    let commands: [&[&str]; 6] = [
        &["new", "item"],
        &["new", "body"],
        &["new", "region"],
        &["new", "document"],
        &["regions"],
        &["coverage"],
    ];
    for command in commands {
        let mut args = command.to_vec();
        args.push("--help");
        let run = plan_in("nn", Path::new("/"), &args);
        assert_eq!(run.status, 0, "{}", run.stderr);
        // An option without a help text is listed under clap's own English heading.
        assert!(
            !run.stdout.contains("Options:"),
            "{command:?}:\n{}",
            run.stdout
        );
    }
}

#[test]
fn a_file_written_in_a_shape_plan_cannot_edit_is_explained_in_norwegian() {
    let temp = data();
    let cwd = temp.path();
    let file = cwd.join("data/programmes/innlandet/items/K8.yaml");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("period: {start: \"2024\"}\n");
    std::fs::write(&file, &text).unwrap();
    let run = in_norwegian(plan_in("nb", cwd, &["set", "K8", "period.end", "2027"]));
    assert!(
        run.contains("kan ikke endre `data/programmes/innlandet/items/K8.yaml`: `period` er skrevet på én linje; skriv det som en blokk først"),
        "{run}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

#[test]
fn an_out_file_that_is_there_or_read_only_is_refused_in_norwegian() {
    let temp = data();
    let out = temp.path().join("ut.json");
    std::fs::write(&out, "kept").unwrap();
    let shown = out.display().to_string();
    let args = ["export", "--format", "json", "--out", shown.as_str()];
    let run = in_norwegian(plan_in("nb", temp.path(), &args));
    assert!(run.contains("finnes allerede; legg til --force"), "{run}");
    let mut permissions = std::fs::metadata(&out).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&out, permissions).unwrap();
    let forced = [&args[..], &["--force"]].concat();
    let run = in_norwegian(plan_in("nn", temp.path(), &forced));
    assert!(run.contains("er skriveverna; ingenting er skrive"), "{run}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "kept");
}

#[test]
fn an_unknown_git_revision_is_named_in_norwegian() {
    let temp = git_repo("texts-revision", &root().join("data"));
    let run = in_norwegian(plan_in("nb", temp.path(), &["diff", "NOSUCHREV"]));
    assert!(
        run.contains("`NOSUCHREV` er ikke en revisjon i dette git-repositoriet"),
        "{run}"
    );
}
