//! Terminal tables and their footers at 80 columns, as a planner reads them: every line fits,
//! and every name is read whole (a line breaks between words or after a hyphen).

mod common;

use common::{plan_with_env, root};

/// `plan <args>` on the shipped data in Norwegian, as a terminal of 80 columns shows it.
fn at_80(args: &[&str]) -> String {
    let mut all = vec!["--lang", "nb"];
    all.extend_from_slice(args);
    let run = plan_with_env(&root(), &all, &[("COLUMNS", "80")]);
    assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
    for line in run.stdout.lines() {
        assert!(
            line.chars().count() <= 80,
            "{args:?}: `{line}`\n{}",
            run.stdout
        );
    }
    run.stdout
}

/// The words of a terminal text, border characters left out.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || "│┆".contains(c))
        .filter(|w| !w.is_empty())
        .collect()
}

fn assert_whole(text: &str, names: &[&str]) {
    let words = words(text);
    for name in names {
        for word in name.split_whitespace() {
            assert!(
                words.contains(&word),
                "`{word}` of `{name}` is broken:\n{text}"
            );
        }
    }
}

#[test]
fn a_list_breaks_only_between_words() {
    let text = at_80(&["list", "--region", "Valdres", "--with-county-wide"]);
    assert_whole(
        &text,
        &[
            "Boligutvikling i distriktskommuner med svake boligmarkeder",
            "Innlandet fylkeskommune, regionsenterkommunene",
            "Desentralisert kompetanseutvikling i skole og voksenopplæring",
            "Valdres interkommunale politiske råd",
        ],
    );
    // The responsible bodies do not fit beside the rest: they are a line under their row.
    assert!(
        text.contains("│   Ansvarlig: Beitostølen Utvikling"),
        "{text}"
    );
    let footer: Vec<&str> = text.lines().skip_while(|l| !l.starts_with('└')).collect();
    assert!(footer.len() > 1, "{text}");
}

#[test]
fn coverage_heads_its_columns_with_theme_codes_and_names_them_below() {
    let text = at_80(&["coverage"]);
    assert_whole(
        &text,
        &[
            "Kongsvingerregionen",
            "Nordmøre",
            "Hadeland",
            "Kompetanse og livslang læring (innlandet)",
            "Arbeidsliv og arbeidsplassutvikling",
        ],
    );
    let header = text.lines().nth(1).unwrap();
    assert_eq!(
        words(header),
        [
            "Region",
            "K",
            "A",
            "L",
            "mr2025",
            "S",
            "M",
            "smart-molde",
            "S",
            "Sum"
        ],
        "{text}"
    );
    assert!(
        text.contains("\nK: Kompetanse og livslang læring (innlandet)\n"),
        "{text}"
    );
    assert!(
        text.contains("\nmr2025 S: Strategiske samarbeid (mr2025)\n"),
        "{text}"
    );
}

/// The column each line's text starts in after its id (the first run of two or more spaces
/// after the indentation), for the lines in `text` between `from` and the next blank line.
fn title_columns(text: &str, from: &str) -> Vec<usize> {
    let section = &text[text.find(from).expect("the section")..];
    section
        .lines()
        .skip(1)
        .take_while(|l| !l.trim().is_empty() && l.starts_with("  "))
        .filter(|l| !l.starts_with("   "))
        .filter_map(|l| {
            let id_end = 2 + l[2..].find("  ")?;
            let gap = l[id_end..].len() - l[id_end..].trim_start().len();
            Some(l[..id_end + gap].chars().count())
        })
        .collect()
}

#[test]
fn link_views_line_up_their_titles_and_break_between_words() {
    let orphans = at_80(&["links", "--orphans"]);
    let columns = title_columns(&orphans, "Tiltak ingen kobler til");
    assert!(columns.len() > 5, "{orphans}");
    assert!(columns.iter().all(|c| *c == columns[0]), "{orphans}");
    // An id too wide for the column has its title on the next line, in the column.
    let title = " ".repeat(columns[0]) + "Statsetatmøte\n";
    assert!(
        orphans.contains(&format!("  statsetatmote\n{title}")),
        "{orphans}"
    );
    let one_way = at_80(&["links", "--one-way"]);
    assert_whole(
        &one_way,
        &[
            "Kompetanseprogram om flerkulturelt samfunn, inkludering og antidiskriminering",
            "Inkluderende og likestilt arbeidsliv etter Agder-modellen",
        ],
    );
    let columns = title_columns(&one_way, "Enveiskoblinger");
    assert!(columns.iter().all(|c| *c == columns[0]), "{one_way}");
    let show = at_80(&["show", "K3"]);
    let links = title_columns(&show, "Kobler til\n");
    assert_eq!(links.len(), 4, "{show}");
    assert!(links.iter().all(|c| *c == links[0]), "{show}");
    let back = title_columns(&show, "Koblinger hit\n");
    assert!(back.iter().all(|c| *c == links[0]), "{show}");
}

/// Piped (into `less`, `head`, a file) with no `COLUMNS`, the output is fitted to 80 columns
/// as on a terminal; `--width` sets another width, and `--width 0` writes every line whole.
#[test]
fn piped_output_fits_80_columns_unless_a_width_is_given() {
    let widest = |args: &[&str]| {
        let run = common::plan(&root(), args);
        assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
        let lines = run.stdout.lines().map(|l| l.chars().count());
        lines.max().unwrap_or_default()
    };
    for args in [
        &["list", "--status", "igangsatt"][..],
        &["bodies"],
        &["regions"],
        &["coverage"],
        &["show", "K3"],
    ] {
        let piped = widest(args);
        assert!((60..=80).contains(&piped), "{args:?}: {piped} columns");
        let wide = widest(&[&["--width", "120"][..], args].concat());
        assert!((81..=120).contains(&wide), "{args:?}: {wide} columns");
    }
    assert!(widest(&["--width", "0", "bodies"]) > 120);
    // The setting is global: after the command too.
    assert_eq!(
        widest(&["bodies", "--width", "100"]),
        widest(&["--width", "100", "bodies"])
    );
}
