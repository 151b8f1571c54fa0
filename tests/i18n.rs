//! Every command in every language on the shipped data: bokmål and nynorsk output carries
//! no English label, English output still works, and the done-when examples of the issue
//! are pinned as snapshots.

mod common;

use common::{TempDir, assert_snapshot, fixtures, plan, plan_with_env, root};

/// Labels, headings and messages that only the English catalogue writes. Data text (titles,
/// notes) is not checked: it is in the programme's own words.
const ENGLISH_LABELS: &[&str] = &[
    "Title",
    "Responsible",
    "Partners:",
    "Partner in",
    "Programme:",
    "Priority",
    "Linked from",
    "Links to\n",
    "Updates (",
    "Sources\n",
    "Description\n",
    " items\n",
    "error:",
    "error[",
    "warning[",
    "= help:",
    "Usage:",
    "Options:",
    "Commands:",
    "Print help",
    "not stated",
    "did you mean",
    "county-wide item",
    "Also called",
    "Municipalities",
    "broken link",
    "One-way links",
    "Items nothing links to",
    "Total",
    "nothing to change",
    " set to ",
    " added",
    "Changes",
    "Status report",
    "Summary",
];

/// Every command, once, with arguments that work on the shipped data and change nothing.
fn commands() -> Vec<Vec<&'static str>> {
    let list: &[&[&str]] = &[
        &["list", "--region", "Valdres", "--why"],
        &[
            "list",
            "--status",
            "igangsatt",
            "--priority",
            "kort",
            "--format",
            "markdown",
        ],
        &["show", "K3"],
        &["show", "ungt-entreprenorskap", "--format", "markdown"],
        &["links", "--broken"],
        &["links", "--orphans"],
        &["links", "--one-way"],
        &["regions"],
        &["bodies"],
        &["coverage"],
        &["validate"],
        &["report", "--programme", "smart-molde"],
        &[
            "new",
            "item",
            "--programme",
            "innlandet",
            "--theme",
            "K",
            "--level",
            "distrikt",
            "--title",
            "Ny satsing",
            "--dry-run",
        ],
        &[
            "update",
            "K3",
            "--status",
            "fullført",
            "--text",
            "Ferdig.",
            "--date",
            "2025-01-01",
            "--dry-run",
        ],
        &["set", "K3", "status", "pågår"],
        &["link", "K3", "K9", "--dry-run"],
        &["rename", "K3", "K30", "--dry-run"],
        &[
            "remove",
            "K3",
            "--reason",
            "Slått sammen med K2.",
            "--date",
            "2025-01-01",
            "--dry-run",
        ],
        &["--help"],
        &["list", "--help"],
    ];
    list.iter().map(|c| c.to_vec()).collect()
}

fn with_language<'a>(language: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--lang", language];
    all.extend_from_slice(args);
    all
}

#[test]
fn norwegian_output_has_no_english_labels() {
    for language in ["nb", "nn"] {
        for args in commands() {
            // `set` without --dry-run would write; its refusal path is what runs here.
            let args = if args[0] == "set" {
                let mut a = args.clone();
                a.push("--dry-run");
                a
            } else {
                args
            };
            let run = plan(&root(), &with_language(language, &args));
            assert!(run.status <= 1, "{language} {args:?}: {}", run.stderr);
            let output = format!("{}{}", run.stdout, run.stderr);
            for label in ENGLISH_LABELS {
                assert!(
                    !output.contains(label),
                    "{language} {args:?} says {label:?}:\n{output}"
                );
            }
        }
    }
}

#[test]
fn english_output_is_english() {
    for args in commands() {
        let mut args = args;
        if args[0] == "set" {
            args.push("--dry-run");
        }
        let run = plan(&root(), &with_language("en", &args));
        assert!(run.status <= 1, "en {args:?}: {}", run.stderr);
        assert!(!run.stdout.is_empty(), "en {args:?}");
    }
    let list = plan(&root(), &["--lang", "en", "list", "--region", "Valdres"]);
    assert!(list.stdout.contains("Responsible"), "{}", list.stdout);
    assert!(list.stdout.contains(" items\n"), "{}", list.stdout);
}

#[test]
fn the_language_comes_from_plan_lang_then_plan_toml_then_the_locale() {
    // Lines whole: the count is then the line before the note on county-wide items.
    let args = ["list", "--region", "Valdres", "--width", "0"];
    let count = |env: &[(&str, &str)]| {
        let run = plan_with_env(&root(), &args, env);
        run.stdout
            .lines()
            .rev()
            .nth(1)
            .unwrap_or_default()
            .to_string()
    };
    // The shipped plan.toml says bokmål.
    assert!(count(&[]).ends_with(" tiltak"), "{}", count(&[]));
    assert!(count(&[("PLAN_LANG", "en")]).ends_with(" items"));
    assert!(count(&[("PLAN_LANG", "nynorsk")]).ends_with(" tiltak"));
    // A fixture has no plan.toml: the locale decides, then English.
    let valid =
        |env: &[(&str, &str)]| plan_with_env(&fixtures(), &["validate", "valid"], env).stdout;
    assert!(valid(&[]).starts_with("ok: 0 errors"));
    assert!(valid(&[("LANG", "nb_NO.UTF-8")]).starts_with("ok: 0 feil, 0 advarsler"));
    assert!(valid(&[("LANG", "nn_NO.UTF-8")]).starts_with("ok: 0 feil, 0 åtvaringar"));
    assert!(valid(&[("LC_ALL", "C"), ("LANG", "nb_NO.UTF-8")]).starts_with("ok: 0 errors"));
    assert!(valid(&[("LANG", "nb_NO"), ("PLAN_LANG", "en")]).starts_with("ok: 0 errors"));
}

#[test]
fn help_and_clap_errors_take_the_language_by_the_same_precedence() {
    let first_line = |cwd: &std::path::Path, args: &[&str], env: &[(&str, &str)]| {
        let run = plan_with_env(cwd, args, env);
        format!("{}{}", run.stdout, run.stderr)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let english = "Validate, query, cross-reference";
    let bokmal = "Valider, søk i, kryssreferer og eksporter regionale utviklingsprogrammer";
    let nynorsk = "Valider, søk i, kryssreferer og eksporter regionale utviklingsprogram ";
    // The shipped plan.toml says bokmål; --lang and PLAN_LANG come before it.
    assert!(first_line(&root(), &["--help"], &[]).starts_with(bokmal));
    assert!(first_line(&root(), &["--lang", "en", "--help"], &[]).starts_with(english));
    let nn = [("PLAN_LANG", "nn")];
    assert!(first_line(&root(), &["--help"], &nn).starts_with(nynorsk));
    // Without a repository, the locale; `--repo` names one to take it from.
    let temp = TempDir::new("help-language");
    let elsewhere = temp.path();
    let locale = [("LANG", "nn_NO.UTF-8")];
    assert!(first_line(elsewhere, &["--help"], &[]).starts_with(english));
    assert!(first_line(elsewhere, &["--help"], &locale).starts_with(nynorsk));
    let repo = root().display().to_string();
    let named = first_line(elsewhere, &["--repo", &repo, "--help"], &locale);
    assert!(named.starts_with(bokmal), "{named}");
    // A value clap refuses is told in the repository's language.
    let refused = first_line(&root(), &["list", "--lang", "xx"], &[]);
    assert!(refused.contains("ukjent språk"), "{refused}");
}

#[test]
fn norwegian_values_are_accepted_per_value_set() {
    let ids = |args: &[&str]| {
        let run = plan(&root(), args);
        assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
        run.stdout
    };
    for (norwegian, english) in [
        (vec!["--status", "igangsatt"], vec!["--status", "started"]),
        (vec!["--status", "I gang"], vec!["--status", "started"]),
        (vec!["--status", "sett i gang"], vec!["--status", "started"]),
        (vec!["--status", "pågår"], vec!["--status", "ongoing"]),
        (vec!["--status", "fullfort"], vec!["--status", "completed"]),
        (vec!["--status", "ferdig"], vec!["--status", "completed"]),
        (vec!["--status", "planlagt"], vec!["--status", "planned"]),
        (vec!["--status", "tatt ut"], vec!["--status", "removed"]),
        (vec!["--priority", "kort"], vec!["--priority", "short"]),
        (vec!["--priority", "Kort sikt"], vec!["--priority", "short"]),
        (vec!["--priority", "lang sikt"], vec!["--priority", "long"]),
        (vec!["--level", "distrikt"], vec!["--level", "district"]),
        (vec!["--level", "fylke"], vec!["--level", "county"]),
        (
            vec!["--level", "regionsenter"],
            vec!["--level", "regional-centre"],
        ),
        (
            vec!["--level", "Distriktssatsinger"],
            vec!["--level", "district"],
        ),
    ] {
        let mut a = vec!["list", "--include-removed", "--format", "json"];
        a.extend(&norwegian);
        let mut b = vec!["list", "--include-removed", "--format", "json"];
        b.extend(&english);
        assert_eq!(ids(&a), ids(&b), "{norwegian:?}");
    }
    let bokmal = plan(
        &root(),
        &["--lang", "bokmål", "list", "--status", "started"],
    );
    assert_eq!(bokmal.status, 0, "{}", bokmal.stderr);
}

#[test]
fn norwegian_values_are_accepted_in_the_data() {
    let temp = common::copy_fixture("valid");
    let item = temp.path().join("valid/programmes/demo/items/K1.yaml");
    let text = std::fs::read_to_string(&item).unwrap();
    let text = text.replacen("status: started", "status: Igangsatt", 1);
    assert!(text.contains("status: Igangsatt"), "{text}");
    std::fs::write(&item, text).unwrap();
    let run = plan(temp.path(), &["validate", "valid"]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    let run = plan(
        temp.path(),
        &["--repo", "valid", "show", "K1", "--format", "json"],
    );
    assert!(
        run.stdout.contains("\"status\": \"started\""),
        "{}",
        run.stdout
    );
}

#[test]
fn an_unknown_value_lists_the_allowed_ones_in_the_language() {
    let run = plan(&root(), &["--lang", "nn", "list", "--priority", "kortsikt"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("ukjend prioritet `kortsikt`; meinte du `kort sikt`? (gyldige verdiar: kort sikt (short), lang sikt (long), kort og lang sikt (short-and-long))"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_misspelt_value_in_the_data_is_answered_with_the_name_in_the_language() {
    let temp = common::copy_fixture("valid");
    let item = temp.path().join("valid/programmes/demo/items/K1.yaml");
    let text = std::fs::read_to_string(&item).unwrap();
    let text = text
        .replacen(
            "\nstatus: started\n",
            "\npriority:\n  term: kortsikt\n\nstatus: igangsat\n",
            1,
        )
        .replacen("level: county", "level: fylk", 1);
    std::fs::write(&item, text).unwrap();
    let help = |language: &str| {
        let (findings, status) = common::validate_json(temp.path(), "valid", &["--lang", language]);
        assert_eq!(status, 1);
        let help: Vec<String> = findings.into_iter().filter_map(|f| f.help).collect();
        help.join("\n")
    };
    let bokmal = help("nb");
    for meant in [
        "mente du `igangsatt`?",
        "mente du `kort sikt`?",
        "mente du `fylke`?",
    ] {
        assert!(bokmal.contains(meant), "{meant}: {bokmal}");
    }
    let english = help("en");
    for meant in [
        "did you mean `started`?",
        "did you mean `short term`?",
        "did you mean `county level`?",
    ] {
        assert!(english.contains(meant), "{meant}: {english}");
    }
}

/// Nynorsk «ukjend» agrees with its noun: `ukjend` before a masculine or feminine noun,
/// `ukjent` before a neuter one. Every noun after either form in the nynorsk catalogue must be
/// listed here with its gender, so a new message is checked too.
#[test]
fn nynorsk_unknown_agrees_with_its_noun() {
    const MASCULINE_OR_FEMININE: &[&str] = &[
        "region",
        "aktør",
        "kommune",
        "status",
        "prioritet",
        "aktørtype",
        "dokumenttype",
        "stadtype",
        "funnkode",
        "nøkkel",
        "kommando",
    ];
    const NEUTER: &[&str] = &[
        "tiltak", "program", "tema", "nivå", "språk", "val", "felt", "anker", "teikn", "dokument",
    ];
    let folder = root().join("i18n/nn");
    let mut checked = 0;
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        // Comments name the rule itself; only messages are checked.
        let messages = text.lines().filter(|line| !line.starts_with('#'));
        let words: Vec<&str> = messages.flat_map(str::split_whitespace).collect();
        for pair in words.windows(2) {
            let noun = pair[1].trim_matches(|c: char| !c.is_alphabetic());
            let wanted = match pair[0].trim_start_matches('«') {
                "ukjend" => MASCULINE_OR_FEMININE,
                "ukjent" => NEUTER,
                _ => continue,
            };
            assert!(
                wanted.contains(&noun),
                "{}: `{} {noun}` does not agree (or the noun's gender is not listed here)",
                path.display(),
                pair[0]
            );
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} uses of «ukjend» found");
}

// --- The examples, as a Norwegian planner reads them ------------------------------

#[test]
fn bokmal_list_of_valdres() {
    let run = plan(&root(), &["--lang", "nb", "list", "--region", "Valdres"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_snapshot("nb-list-valdres", &run.stdout);
}

#[test]
fn nynorsk_show() {
    let run = plan(&root(), &["--lang", "nn", "show", "ungt-entreprenorskap"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_snapshot("nn-show-ungt-entreprenorskap", &run.stdout);
}

#[test]
fn bokmal_validate_on_a_broken_link() {
    let run = plan(&fixtures(), &["--lang", "nb", "validate", "broken-link"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert_snapshot("nb-validate-broken-link", &run.stdout);
}

#[test]
fn bokmal_help() {
    let run = plan(&root(), &["--lang", "nb", "--help"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_snapshot("nb-help", &run.stdout);
}

/// The commands a help text lists under `heading` (`help` left out).
fn subcommands(help: &str, heading: &str) -> Vec<String> {
    help.split_once(&format!("\n{heading}:\n"))
        .map(|(_, rest)| rest.split("\n\n").next().unwrap_or(""))
        .unwrap_or("")
        .lines()
        .filter_map(|line| line.strip_prefix("  "))
        .filter(|entry| !entry.starts_with(' '))
        .filter_map(|entry| entry.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

/// Every command's translated help lists its arguments in the order of its usage line.
#[test]
fn translated_help_lists_arguments_in_usage_order() {
    for (language, usage, arguments, commands) in [
        ("nb", "Bruk:", "Argumenter", "Kommandoer"),
        ("nn", "Bruk:", "Argument", "Kommandoar"),
    ] {
        let mut paths: Vec<Vec<String>> = vec![vec![]];
        let mut checked = 0;
        while let Some(path) = paths.pop() {
            let mut args = vec!["--lang".to_string(), language.to_string()];
            args.extend(path.iter().cloned());
            args.push("--help".into());
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let help = plan(&root(), &args).stdout;
            for sub in subcommands(&help, commands) {
                paths.push([path.clone(), vec![sub]].concat());
            }
            let usage_line = help
                .lines()
                .find(|line| line.starts_with(usage))
                .unwrap_or_else(|| panic!("{args:?}: {help}"));
            let placeholder = |text: &str| -> Vec<String> {
                text.split('<')
                    .skip(1)
                    .filter_map(|part| part.split_once('>'))
                    .map(|(name, _)| name.to_string())
                    .collect()
            };
            let listed: Vec<String> = help
                .split_once(&format!("\n{arguments}:\n"))
                .map(|(_, rest)| rest.split("\n\n").next().unwrap_or(""))
                .unwrap_or("")
                .lines()
                .filter(|line| line.starts_with("  <"))
                .flat_map(placeholder)
                .collect();
            let in_usage: Vec<String> = placeholder(usage_line)
                .into_iter()
                .filter(|name| listed.contains(name))
                .collect();
            assert_eq!(listed, in_usage, "{args:?}:\n{help}");
            checked += usize::from(listed.len() > 1);
        }
        assert!(
            checked > 3,
            "{language}: only {checked} commands with arguments"
        );
    }
}

#[test]
fn the_shipped_repository_lists_by_norwegian_status_and_priority() {
    let run = plan(
        &root(),
        &["list", "--status", "igangsatt", "--priority", "kort"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_snapshot("nb-list-igangsatt-kort", &run.stdout);
}

/// The YAML reader's own messages are English and written for YAML experts; each kind of
/// syntax error is told in the run's language, at the same line and column.
#[test]
fn yaml_syntax_errors_are_told_in_norwegian() {
    let temp = common::copy_fixture("valid");
    let item = temp.path().join("valid/programmes/demo/items/K1.yaml");
    let cases = [
        (
            "id: K1\ntitle: Satsing: kultur\n",
            "2:15",
            "et kolon med mellomrom etter",
        ),
        (
            "id: K1\ntitle: @x\n",
            "2:8",
            "tegnet `@` kan ikke stå først",
        ),
        (
            "id: K1\ntitle: \"uten slutt\n",
            "2:8",
            "tekst i anførselstegn",
        ),
        ("id: K1\nlinks: [K2, K3\n", "2:8", "en liste i `[ ]`"),
        (
            "id: K1\n\ttitle: x\n",
            "2:1",
            "tabulator der YAML krever mellomrom",
        ),
    ];
    for (text, at, says) in cases {
        std::fs::write(&item, text).unwrap();
        let run = plan(temp.path(), &["--lang", "nb", "validate", "valid"]);
        let output = run.stdout + &run.stderr;
        assert!(output.contains(says), "{text:?}:\n{output}");
        assert!(
            output.contains(&format!("K1.yaml:{at}")),
            "{text:?}:\n{output}"
        );
        for english in [
            "not allowed",
            "did not find",
            "while scanning",
            "character:",
        ] {
            assert!(!output.contains(english), "{text:?}:\n{output}");
        }
    }
    std::fs::write(&item, "id: K1\ntitle: Satsing: kultur\n").unwrap();
    let nynorsk = plan(temp.path(), &["--lang", "nn", "validate", "valid"]).stdout;
    assert!(
        nynorsk.contains("eit kolon med mellomrom etter"),
        "{nynorsk}"
    );
}

/// The operating system's reasons ("No such file or directory (os error 2)") are English;
/// a file that is not there is told in the run's language.
#[test]
fn a_missing_file_is_told_in_the_language() {
    let temp = common::TempDir::new("missing-file");
    let missing = temp.path().join("finnes-ikke.xlsx");
    let missing = missing.to_str().unwrap();
    for (language, says) in [("nb", "finnes ikke"), ("nn", "finst ikkje")] {
        let run = plan(&root(), &["--lang", language, "import", missing]);
        assert_eq!(run.status, 2, "{}", run.stderr);
        assert!(run.stderr.contains(says), "{language}: {}", run.stderr);
        assert!(
            !run.stderr.contains("os error"),
            "{language}: {}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("No such file"),
            "{language}: {}",
            run.stderr
        );
    }
}

/// What clap writes itself in English, in its errors and its help.
const CLAP_ENGLISH: &[&str] = &[
    "error:",
    "tip:",
    "Usage:",
    "For more information",
    "unexpected argument",
    "unrecognized subcommand",
    "required arguments",
    "invalid value",
    "[OPTIONS]",
    "<COMMAND>",
    "[possible values",
    "[default:",
    "[env:",
    "[aliases",
];

fn has_no_clap_english(said: &str) {
    for english in CLAP_ENGLISH {
        assert!(!said.contains(english), "says {english:?}:\n{said}");
    }
}

/// A mistyped command line is told in the language, with clap's suggestion and the usage
/// line, and ends with the usage status.
#[test]
fn command_line_mistakes_are_told_in_norwegian() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["--lang", "nb", "lst"],
            &[
                "plan: feil: ukjent kommando `lst`",
                "mente du `list`?",
                "Bruk: plan [VALG] <KOMMANDO>",
            ],
        ),
        (
            &["--lang", "nn", "list", "--stat"],
            &[
                "plan: feil: ukjent val `--stat`",
                "meinte du `--status`?",
                "Bruk: plan list [VAL]",
            ],
        ),
        (
            &["--lang", "nb", "show"],
            &["dette må være med, men mangler:\n  <ID>"],
        ),
        (
            &["--lang", "nn", "list", "--format", "xml"],
            &[
                "ugyldig verdi `xml` for `--format",
                "gyldige verdiar: table, json",
            ],
        ),
        (
            &["--lang", "nb", "list", "--format"],
            &["må ha en verdi, men fikk ingen"],
        ),
        (
            &["--lang", "nb", "show", "K3", "K4"],
            &["`K4` var ikke ventet her"],
        ),
        (
            &["--lang", "nb", "list", "--sort", "idd"],
            &["mente du `id`?"],
        ),
    ];
    for (args, says) in cases {
        let run = plan(&root(), args);
        assert_eq!(run.status, 2, "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, "", "{args:?}");
        for said in *says {
            assert!(run.stderr.contains(said), "{args:?}:\n{}", run.stderr);
        }
        has_no_clap_english(&run.stderr);
    }
}

/// clap's notes after an option's help (`[default: …]`, `[possible values: …]`, `[env: …]`)
/// and the placeholders of the usage line are in the language, and so are the man pages and
/// the completions' descriptions, made from the same commands.
#[test]
fn help_notes_and_usage_are_in_norwegian() {
    // Lines are wrapped to the terminal: words are compared, not line breaks.
    let words = |said: String| said.split_whitespace().collect::<Vec<_>>().join(" ");
    let update = words(plan(&root(), &["--lang", "nn", "update", "--help"]).ok());
    has_no_clap_english(&update);
    for said in [
        "Bruk: plan update [VAL] <ID>",
        "[standard: human]",
        "[moglege verdiar: planned, started, ongoing, completed, removed]",
        "[miljøvariabel: PLAN_REPO]",
        "--repo <STI>",
        "--date <DATO>",
    ] {
        assert!(update.contains(said), "{said:?}:\n{update}");
    }
    let list = words(plan(&root(), &["--lang", "nb", "list", "--help"]).ok());
    has_no_clap_english(&list);
    assert!(list.contains("[standard: table]"), "{list}");
    let man = plan(&root(), &["--lang", "nb", "man"]).ok();
    assert!(man.contains(".TH plan 1"), "{man}");
    assert!(
        man.contains("\nplan \\- Valider, søk i, kryssreferer"),
        "{man}"
    );
    assert!(man.contains("\n.SH VALG\n"), "{man}");
    let completions = plan(&root(), &["--lang", "nb", "completions", "bash"]).ok();
    assert!(completions.contains("_plan()"), "{completions}");
    let zsh = plan(&root(), &["--lang", "nn", "completions", "zsh"]).ok();
    assert!(zsh.contains("'validate:Kontroller repositoriet"), "{zsh}");
}

/// Code scanning shows each rule's description and help: they are in the run's language.
#[test]
fn sarif_rules_are_explained_in_norwegian() {
    let rule = |language: &str| {
        let args = ["--lang", language, "validate", "valid", "--format", "sarif"];
        let log: serde_json::Value =
            serde_json::from_str(&plan(&fixtures(), &args).stdout).unwrap();
        let rules = log["runs"][0]["tool"]["driver"]["rules"].clone();
        let rules = rules.as_array().unwrap().clone();
        rules
            .into_iter()
            .find(|r| r["id"] == "broken-link")
            .unwrap()
    };
    let bokmal = rule("nb");
    assert_eq!(
        bokmal["shortDescription"]["text"],
        "en kobling til et tiltak som ikke finnes"
    );
    let help = bokmal["help"]["text"].as_str().unwrap();
    assert!(help.contains("Eksempel: K1 kobler til `K22`"), "{help}");
    assert!(help.contains("Løsning: Rett id-en"), "{help}");
    let nynorsk = rule("nn");
    let full = nynorsk["fullDescription"]["text"].as_str().unwrap();
    assert!(
        full.starts_with("ei kopling til eit tiltak som ikkje finst (feil). Døme:"),
        "{full}"
    );
    for english in ["Example", "Fix", "does not exist", "Every finding code"] {
        assert!(!bokmal.to_string().contains(english), "{bokmal}");
        assert!(!nynorsk.to_string().contains(english), "{nynorsk}");
    }
}
