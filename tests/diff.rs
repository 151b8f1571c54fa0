//! Integration tests for `plan diff`: a scratch git repository is made from the `valid`
//! fixture, changed and committed, and the real binary's output is checked in every format.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{TempDir, assert_snapshot, copy_dir, edit, fixtures, plan, plan_with_env};

/// A scratch git repository whose `data/` starts as the `valid` fixture, committed.
struct GitRepo {
    temp: TempDir,
}

impl GitRepo {
    fn new(label: &str) -> GitRepo {
        let temp = TempDir::new(label);
        copy_dir(&fixtures().join("valid"), &temp.path().join("data"));
        let repo = GitRepo { temp };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "Plan Test"]);
        repo.git(&["config", "user.email", "plan-test@example.org"]);
        repo.git(&["config", "commit.gpgsign", "false"]);
        repo.commit("the valid fixture");
        repo
    }

    fn path(&self) -> &Path {
        self.temp.path()
    }

    fn item(&self, name: &str) -> PathBuf {
        self.path()
            .join("data/programmes/demo/items")
            .join(format!("{name}.yaml"))
    }

    fn git(&self, args: &[&str]) {
        let output = Command::new("git")
            .args(args)
            .current_dir(self.path())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .expect("git runs");
        assert!(
            output.status.success(),
            "git {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// Runs `plan diff` with `args`; checks it succeeded without a word on stderr.
    /// `plan diff` with every line whole (`--width 0`): these tests are about what a diff
    /// lists; [`the_diff_fits_the_terminal_breaking_between_words`] is about its width.
    fn diff(&self, args: &[&str]) -> String {
        let mut all = vec!["--width", "0", "diff"];
        all.extend_from_slice(args);
        let run = plan(self.path(), &all);
        assert_eq!(run.stderr, "", "plan diff wrote to stderr");
        assert_eq!(run.status, 0, "exit status of plan diff {args:?}");
        run.stdout
    }
}

const L3: &str = "id: L3\nprogramme: demo\ntheme: L\nlevel: district\ntitle: \"Kulturarena\"\n\
                  responsible: [demo-council]\nsources:\n  - title: \"Demo handlingsprogram\"\n";

const K3: &str = "id: K3\nprogramme: demo\ntheme: K\nlevel: county\ntitle: \"Lærlingløftet\"\n\
                  responsible: [demo-county]\nsources:\n  - title: \"Demo handlingsprogram\"\n";

/// The fixture plus L3, committed; then every kind of change, committed again: K1 gets a
/// status update that removes it, K2 a priority and other links, K3 is new, L1 no longer
/// parses, L2's file is renamed, L3's file is deleted.
fn changed_repo() -> GitRepo {
    let repo = GitRepo::new("diff");
    std::fs::write(repo.item("L3"), L3).unwrap();
    repo.commit("L3");
    edit(
        &repo.item("K1"),
        "    text: \"Satt i gang.\"\n",
        "    text: \"Satt i gang.\"\n  - date: \"2024-09\"\n    status: removed\n    text: \"Tatt ut av handlingsprogrammet.\"\n",
    );
    edit(
        &repo.item("K2"),
        "links: [K1]\n",
        "links: [L1, \"demo:L3\"]\npriority:\n  term: short\n  text: \"kort sikt\"\n",
    );
    std::fs::write(repo.item("K3"), K3).unwrap();
    edit(
        &repo.item("L1"),
        "title: \"Møteplasser\"",
        "title: \"Møteplasser",
    );
    std::fs::rename(repo.item("L2"), repo.item("L2-gammel")).unwrap();
    edit(
        &repo.item("L2-gammel"),
        "title: \"Gammel satsing\"",
        "title: \"Gammel satsing (avsluttet)\"",
    );
    std::fs::remove_file(repo.item("L3")).unwrap();
    repo.commit("changes");
    repo
}

#[test]
fn every_kind_of_change_in_the_human_format() {
    let repo = changed_repo();
    assert_eq!(
        repo.diff(&["HEAD~1", "HEAD"]),
        "\
HEAD~1 → HEAD

demo  Demo handlingsprogram
  added
    K3  Lærlingløftet
  removed
    L3  Kulturarena
  marked removed
    K1  Kompetanseløft
      status: started → removed
      updates: + 2024-09  [removed] Tatt ut av handlingsprogrammet.
  changed
    K2  Desentralisert utdanning
      priority: (none) → short (kort sikt)
      links: + L1
      links: + L3
      links: - K1 (Kompetanseløft)
    L2  Gammel satsing (avsluttet)
      file: data/programmes/demo/items/L2.yaml → data/programmes/demo/items/L2-gammel.yaml
      title: Gammel satsing → Gammel satsing (avsluttet)

could not read in HEAD
  data/programmes/demo/items/L1.yaml:5:8: error[yaml-syntax]: a text in quotes is not closed, or has more after its closing quote

Items: 1 added, 1 removed, 1 marked removed, 2 changed
"
    );
}

#[test]
fn every_kind_of_change_in_markdown() {
    let repo = changed_repo();
    assert_eq!(
        repo.diff(&["HEAD~1", "HEAD", "--format", "markdown"]),
        "\
## Changes: `HEAD~1` → `HEAD`

### Demo handlingsprogram (`demo`)

**Added**

- **K3** Lærlingløftet

**Removed**

- **L3** Kulturarena

**Marked removed**

- **K1** Kompetanseløft
  - status: `started` → `removed`
  - update: **September 2024** (removed): Tatt ut av handlingsprogrammet.

**Changed**

- **K2** Desentralisert utdanning
  - priority: *(none)* → `short` (kort sikt)
  - links added: `L1`
  - links added: `L3`
  - links removed: `K1` (Kompetanseløft)
- **L2** Gammel satsing (avsluttet)
  - file: `data/programmes/demo/items/L2.yaml` → `data/programmes/demo/items/L2-gammel.yaml`
  - title: Gammel satsing → Gammel satsing (avsluttet)

### Files that could not be read

- `HEAD`: `data/programmes/demo/items/L1.yaml:5:8` yaml-syntax: a text in quotes is not closed, or has more after its closing quote

*Items: 1 added, 1 removed, 1 marked removed, 2 changed.*
"
    );
}

#[test]
fn every_kind_of_change_in_json() {
    let repo = changed_repo();
    assert_snapshot(
        "diff-json",
        &repo.diff(&["HEAD~1", "HEAD", "--format", "json"]),
    );
}

#[test]
fn one_priority_and_one_link_are_exactly_two_changes() {
    let repo = GitRepo::new("diff-two");
    edit(
        &repo.item("K2"),
        "links: [K1]\n",
        "links: [K1]\npriority: { term: short, text: \"kort sikt\" }\n",
    );
    repo.commit("K2 has a priority");
    edit(
        &repo.item("K2"),
        "priority: { term: short, text: \"kort sikt\" }",
        "priority: { term: long, text: \"lang sikt\" }",
    );
    edit(&repo.item("L1"), "links: [K1]", "links: [K1, K2]");
    repo.commit("K2 long, L1 links K2");
    let expected = "\
HEAD~1 → working tree

demo  Demo handlingsprogram
  changed
    K2  Desentralisert utdanning
      priority: short (kort sikt) → long (lang sikt)
    L1  Møteplasser
      links: + K2 (Desentralisert utdanning)

Items: 0 added, 0 removed, 0 marked removed, 2 changed
";
    assert_eq!(repo.diff(&["HEAD~1"]), expected);
    assert_eq!(
        repo.diff(&["HEAD~1", "HEAD"]),
        expected.replace("working tree", "HEAD")
    );
    let endringer = "\
## Endringer: `HEAD~1` → `HEAD`

### Demo handlingsprogram (`demo`)

**Endret**

- **K2** Desentralisert utdanning
  - prioritet: `short` (kort sikt) → `long` (lang sikt)
- **L1** Møteplasser
  - koblinger lagt til: `K2` (Desentralisert utdanning)

*Tiltak: 0 nye, 0 slettet, 0 tatt ut, 2 endret.*
";
    assert_eq!(
        repo.diff(&["HEAD~1", "HEAD", "--format", "markdown", "--lang", "nb"]),
        endringer
    );
    let nynorsk = repo.diff(&["HEAD~1", "HEAD", "--format", "markdown", "--lang", "nn"]);
    assert!(
        nynorsk.starts_with("## Endringar: `HEAD~1` → `HEAD`\n"),
        "{nynorsk}"
    );
    assert!(
        nynorsk.contains("  - koplingar lagt til: `K2` (Desentralisert utdanning)\n"),
        "{nynorsk}"
    );
}

#[test]
fn the_working_tree_is_compared_with_head_by_default() {
    let repo = GitRepo::new("diff-worktree");
    assert_eq!(repo.diff(&[]), "no changes: HEAD → working tree\n");
    assert_eq!(
        repo.diff(&["--format", "markdown"]),
        "## Changes: `HEAD` → `working tree`\n\nNo changes.\n"
    );
    edit(&repo.item("L1"), "regions: [south]", "regions: [north]");
    assert_eq!(
        repo.diff(&[]),
        "\
HEAD → working tree

demo  Demo handlingsprogram
  changed
    L1  Møteplasser
      regions: + north (Nordre)
      regions: - south (Søndre)

Items: 0 added, 0 removed, 0 marked removed, 1 changed
"
    );
}

#[test]
fn outside_git_and_unknown_revisions_are_usage_errors() {
    let temp = TempDir::new("diff-nogit");
    copy_dir(&fixtures().join("valid"), &temp.path().join("data"));
    let ceiling = temp.path().parent().unwrap().to_string_lossy().into_owned();
    let run = plan_with_env(
        temp.path(),
        &["diff"],
        &[("GIT_CEILING_DIRECTORIES", &ceiling)],
    );
    assert_eq!(run.status, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        format!(
            "plan: error: `{}` is not in a git repository; plan diff compares git revisions\n",
            temp.path().join("data").display()
        )
    );

    let repo = GitRepo::new("diff-norev");
    for rev in ["HEAD~5", "no-such-branch"] {
        let run = plan(repo.path(), &["diff", rev]);
        assert_eq!(run.status, 2, "{rev}");
        assert_eq!(run.stdout, "", "{rev}");
        assert_eq!(
            run.stderr,
            format!("plan: error: `{rev}` is not a revision in this git repository\n")
        );
    }
}

/// Bodies, regions, municipalities and documents are listed too: added, removed, changed
/// (each field old → new); a reference file that cannot be read is "could not read", not removed.
#[test]
fn reference_entities_added_removed_and_changed() {
    let repo = GitRepo::new("diff-references");
    let data = repo.path().join("data");
    std::fs::write(
        data.join("bodies/ny-skole.yaml"),
        "id: ny-skole\nname: \"Ny skole\"\nkind: school\n",
    )
    .unwrap();
    std::fs::remove_file(data.join("documents/demo-strategy.yaml")).unwrap();
    edit(
        &data.join("regions/north.yaml"),
        "name: \"Nordre\"",
        "name: \"Nord\"",
    );
    std::fs::write(data.join("municipalities/3401.yaml"), "number: [\n").unwrap();
    edit(
        &data.join("programmes/demo/programme.yaml"),
        "name: \"Demo handlingsprogram\"",
        "name: \"Demo handlingsprogram 2025\"",
    );
    let human = repo.diff(&["HEAD"]);
    // The footer counts every kind of entity changed, not only items.
    assert!(
        human.ends_with(
            "\nItems: 0 added, 0 removed, 0 marked removed, 0 changed; Programmes: 1 changed; \
             Bodies: 1 added; Regions: 1 changed; Documents: 1 removed\n"
        ),
        "{human}"
    );
    for expected in [
        "Bodies\n  added\n    ny-skole  Ny skole\n",
        "Regions\n  changed\n    north  Nord\n      name: Nordre → Nord\n",
        "Documents\n  removed\n    demo-strategy  ",
    ] {
        assert!(human.contains(expected), "{expected}\n--\n{human}");
    }
    assert!(!human.contains("Municipalities"), "{human}");
    assert!(
        human.contains("could not read in working tree\n  data/municipalities/3401.yaml"),
        "{human}"
    );
    let markdown = repo.diff(&["HEAD", "--format", "markdown", "--lang", "nb"]);
    assert!(
        markdown.contains("### Aktører\n\n- Nye: **ny-skole** Ny skole\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("- Endret: **north** Nord\n  - navn: Nordre → Nord\n"),
        "{markdown}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&repo.diff(&["HEAD", "--format", "json"])).unwrap();
    let kinds: Vec<&str> = json["references"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["body", "region", "document"]);
    assert_eq!(
        json["references"][1]["changed"][0]["fields"],
        serde_json::json!(["name"])
    );
    assert_eq!(
        json["references"][1]["changed"][0]["changes"],
        serde_json::json!([{"field": "name", "old": "Nordre", "new": "Nord"}])
    );
}

#[test]
fn a_report_since_a_revision_lists_the_period_s_changes_and_its_commit() {
    let repo = GitRepo::new("report-since");
    edit(
        &repo.item("K1"),
        "    text: \"Satt i gang.\"\n",
        "    text: \"Satt i gang.\"\n  - date: \"2024-09-01\"\n    status: ongoing\n    text: \"I full drift.\"\n",
    );
    repo.commit("K1 is ongoing");
    let run = plan(
        repo.path(),
        &[
            "report",
            "--since",
            "HEAD~1",
            "--as-of",
            "2024-12-31",
            "--lang",
            "nb",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let out = run.stdout;
    assert!(
        out.contains("**Status per 31. desember 2024** · data fra versjon "),
        "{out}"
    );
    let changes = &out[out
        .find("Endringer i perioden</a>")
        .or(out.find("Endringer i perioden\n"))
        .expect("a changes section")..];
    assert!(
        changes.contains("data fra versjon "),
        "the start's version is named"
    );
    assert!(
        changes.contains("**K1**")
            && changes.contains("**1. september 2024** (pågår): I full drift"),
        "{changes}"
    );

    // As of a day before the new update, the same data has nothing new to report.
    let run = plan(
        repo.path(),
        &[
            "report",
            "--since",
            "2024-07-01",
            "--as-of",
            "2024-08-01",
            "--lang",
            "nb",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("Ingen endringer i perioden."),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("I full drift"));

    // --at reads the earlier commit: K1 is still started there.
    let run = plan(repo.path(), &["list", "--at", "HEAD~1", "--format", "csv"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let k1 = run.stdout.lines().find(|l| l.starts_with("K1,")).unwrap();
    assert!(k1.contains(",started,"), "{k1}");
    let run = plan(repo.path(), &["list", "--format", "csv"]);
    let k1 = run.stdout.lines().find(|l| l.starts_with("K1,")).unwrap();
    assert!(k1.contains(",ongoing,"), "{k1}");

    // A report from a working tree with changes not yet committed says so.
    assert!(!out.contains("ikke er lagret"));
    edit(&repo.item("K1"), "I full drift.", "I full drift, nesten.");
    let run = plan(repo.path(), &["report", "--lang", "nb"]);
    assert!(
        run.stdout
            .contains("med endringer som ennå ikke er lagret som en ny versjon"),
        "{}",
        run.stdout
    );

    let run = plan(repo.path(), &["report", "--since", "no-such-rev"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("neither a date"), "{}", run.stderr);
}

#[test]
fn a_report_since_before_the_history_lists_later_items_as_new() {
    let repo = GitRepo::new("report-since-before");
    let k3 = format!("{K3}updates:\n  - date: \"2026-01-10\"\n    status: started\n");
    std::fs::write(repo.item("K3"), k3).unwrap();
    repo.commit("K3 is new");
    let run = plan(
        repo.path(),
        &["report", "--since", "2000-01-01", "--lang", "nb"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let changes = &run.stdout[run
        .stdout
        .find("-changes\"></a>Endringer i perioden")
        .expect("a changes section")..];
    let changes = &changes[..changes.find("\n## ").unwrap_or(changes.len())];
    let new = changes.find("**Nye**").expect("a list of new items");
    let k3 = changes.find("**K3**").expect("K3 is listed");
    assert!(k3 > new, "{changes}");
    assert!(
        changes
            .find("**Endret**")
            .is_none_or(|changed| k3 < changed),
        "{changes}"
    );
    let changed = changes.find("**Endret**").unwrap_or(changes.len());
    assert!(!changes[new..changed].contains("(ingen)"), "{changes}");
}

/// K2 before and after a change to every field `plan diff` used to overlook: scope, mentions,
/// text, period, indicators, funding, people, sources and notes.
const K2_CONTENT: &str = "period:\n  start: \"2024\"\n  end: \"2026\"\n\
description: \"Desentraliserte studietilbud i hele fylket, med samlinger i regionsentrene.\"\n\
goals:\n  - \"Flere voksne tar høyere utdanning\"\n\
places:\n  - name: \"Fagernes\"\n    municipality: \"3403\"\n    kind: village\n\
mentions:\n  regions: [south]\n  municipalities: [\"3405\"]\n  places:\n    - name: \"Beito\"\n      municipality: \"3407\"\n\
indicators:\n  - name: \"Studenter\"\n    unit: \"personer\"\n    target:\n      value: 100\n      date: \"2026\"\n    measurements:\n      - value: 40\n        date: \"2024\"\n\
funding:\n  - amount: 2000000\n    currency: NOK\n\
people:\n  - name: \"Kari Nordmann\"\n    role: \"rådgiver\"\n\
notes: \"Tallene er foreløpige.\"\n";

/// The fixture with K2's content added, committed; then `change` applied to K2, committed.
fn content_repo(label: &str, change: impl Fn(&Path)) -> GitRepo {
    let repo = GitRepo::new(label);
    edit(
        &repo.item("K2"),
        "sources:\n",
        &format!("{K2_CONTENT}sources:\n"),
    );
    repo.commit("K2 in full");
    change(&repo.item("K2"));
    repo.commit("K2 changed");
    repo
}

#[test]
fn each_content_field_on_its_own_is_a_change() {
    let cases: [(&str, &str, &str, &str); 14] = [
        (
            "period",
            "  end: \"2026\"\n",
            "  end: \"2027\"\n",
            "period: 2024–2026 → 2024–2027",
        ),
        (
            "description",
            "i hele fylket",
            "i hele Innlandet",
            "description: …fylket, med samlinger i… → …Innlandet, med samlinger…",
        ),
        (
            "places",
            "    kind: village\n",
            "    kind: village\n  - name: \"Nes\"\n    municipality: \"3401\"\n",
            "places: + Nes (Kongsvinger)",
        ),
        (
            "mentioned-regions",
            "regions: [south]",
            "regions: [north]",
            "mentioned regions: - south (Søndre)",
        ),
        (
            "mentioned-municipalities",
            "municipalities: [\"3405\"]",
            "municipalities: []",
            "mentioned municipalities: - 3405 (Lillehammer)",
        ),
        (
            "mentioned-places",
            "\"Beito\"",
            "\"Beitostølen\"",
            "mentioned places: + Beitostølen (Gjøvik)",
        ),
        (
            "indicators",
            "      value: 100\n",
            "      value: 120\n",
            "indicators: Studenter: 100 (2026) personer → 120 (2026) personer",
        ),
        (
            "measurements",
            "      - value: 40\n        date: \"2024\"\n",
            "      - value: 40\n        date: \"2024\"\n      - value: 55\n        date: \"2025\"\n",
            "measurements: + Studenter 2025 (55 personer)",
        ),
        (
            "changed-measurement",
            "      - value: 40\n",
            "      - value: 45\n",
            "measurements: Studenter 2024: 40 personer → 45 personer",
        ),
        (
            "funding",
            "amount: 2000000",
            "amount: 2500000",
            "funding: + 2500000 NOK",
        ),
        (
            "people",
            "\"rådgiver\"",
            "\"seniorrådgiver\"",
            "people: Kari Nordmann: rådgiver → seniorrådgiver",
        ),
        (
            "sources",
            "  - title: \"Demo handlingsprogram\"\n",
            "  - title: \"Demo handlingsprogram\"\n    section: \"3.2\"\n",
            "sources: + Demo handlingsprogram, 3.2",
        ),
        (
            "notes",
            "foreløpige",
            "endelige",
            "notes: …foreløpige. → …endelige.",
        ),
        (
            "goal-text",
            "Flere voksne",
            "Mange voksne",
            "goals: + Mange voksne tar høyere…",
        ),
    ];
    let mut wrong = Vec::new();
    for (label, from, to, line) in cases {
        let repo = content_repo(label, |k2| edit(k2, from, to));
        let out = repo.diff(&["HEAD~1", "HEAD"]);
        let wide = out.lines().any(|l| l.chars().count() > 80);
        if !out.contains(&format!("      {line}\n")) || wide {
            wrong.push(format!("{label}: {out}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A long indicator whose target changes and which gets a measurement with a source: every
/// line of the terminal and the Markdown diff stays within 80 columns, the measurement's date
/// and what changed still said.
#[test]
fn long_changes_fit_80_columns_on_a_terminal_and_are_whole_in_markdown() {
    let long = "Kommunar med samarbeidsavtale med Ungt Entreprenørskap i heile fylket";
    let repo = GitRepo::new("long-indicator");
    edit(
        &repo.item("K2"),
        "sources:\n",
        &format!("{K2_CONTENT}sources:\n").replace("Studenter", long),
    );
    repo.commit("K2 in full");
    edit(&repo.item("K2"), "      value: 100\n", "      value: 120\n");
    edit(
        &repo.item("K2"),
        "links: [K1]\n",
        "links: [K1]\npriority:\n  term: short\n  text: \"kort sikt: arbeidet er sett i gang i alle \
         regionsentra og skal vere ferdig innan utgangen av 2026\"\n",
    );
    edit(
        &repo.item("K2"),
        "        date: \"2024\"\n",
        "        date: \"2024\"\n      - value: 55\n        date: \"2025-06\"\n        \
         source:\n          title: \"Kva er status for satsingane i Møre og Romsdal 2025?\"\n",
    );
    repo.commit("K2 changed");
    let human = repo.diff(&["HEAD~1", "HEAD"]);
    let markdown = repo.diff(&["HEAD~1", "HEAD", "--format", "markdown"]);
    let widest = human.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 80, "a line is {widest} wide:\n{human}");
    for line in [
        "      priority: (none)\n        → short (kort sikt: arbeidet er sett i gang i alle regionsentra og…\n",
        "      indicators: Kommunar med samarbeidsavtale med Ungt… fylket:\n        100 (2026) personer → 120 (2026) personer\n",
        "      measurements: + Kommunar med samarbeidsavtale med Ungt… 2025-06\n        (55 personer Kva er status for satsingane i Møre og Romsdal 2025?)\n",
    ] {
        assert!(human.contains(line), "{line}\n{human}");
    }
    // Markdown has no width to fit: a rendered line wraps, and a name cut short is lost.
    for line in [
        "  - priority: *(none)* → `short` (kort sikt: arbeidet er sett i gang i alle regionsentra \
         og skal vere ferdig innan utgangen av 2026)\n",
        "  - indicators: `Kommunar med samarbeidsavtale med Ungt Entreprenørskap i heile fylket`: \
         100 (2026) personer → 120 (2026) personer\n",
        "  - measurements added: `Kommunar med samarbeidsavtale med Ungt Entreprenørskap i heile \
         fylket 2025-06` (55 personer Kva er status for satsingane i Møre og Romsdal 2025?)\n",
    ] {
        assert!(markdown.contains(line), "{line}\n{markdown}");
    }
    assert!(!markdown.contains('…'), "{markdown}");
}

#[test]
fn content_changes_in_json_and_markdown() {
    let repo = content_repo("content-formats", |k2| {
        edit(k2, "  end: \"2026\"\n", "  end: \"2027\"\n");
        edit(k2, "      - value: 40\n", "      - value: 45\n");
        edit(k2, "i hele fylket", "i hele Innlandet");
    });
    let json: serde_json::Value =
        serde_json::from_str(&repo.diff(&["HEAD~1", "HEAD", "--format", "json"])).unwrap();
    let changes = &json["programmes"][0]["changed"][0]["changes"];
    let fields: Vec<&str> = changes
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["period", "description", "measurements"]);
    assert_eq!(changes[0]["new"]["value"], "2024–2027");
    assert!(
        changes[1]["new"]["value"]
            .as_str()
            .unwrap()
            .ends_with("i hele Innlandet, med samlinger i regionsentrene."),
        "the JSON has the whole text"
    );
    assert_eq!(changes[2]["old"]["value"], "Studenter 2024");
    assert_eq!(changes[2]["new"]["name"], "45 personer");

    let md = repo.diff(&["HEAD~1", "HEAD", "--format", "markdown", "--lang", "nb"]);
    for line in [
        "  - periode: `2024–2026` → `2024–2027`\n",
        "  - beskrivelse: …fylket, med samlinger i… → …Innlandet, med samlinger…\n",
        "  - målinger: `Studenter 2024`: 40 personer → 45 personer\n",
    ] {
        assert!(md.contains(line), "{line}\n{md}");
    }
}

/// An item's line under "changed" keeps within 80 columns however long its title: the title
/// is shortened, as a change's values are.
#[test]
fn a_long_title_keeps_the_item_line_within_80_columns() {
    let repo = GitRepo::new("long-title");
    let long = "Kompetanseløft for ansatte i kommunene, fylkeskommunen og næringslivet i hele \
                fylket, med vekt på digital kompetanse";
    edit(
        &repo.item("K1"),
        "title: \"Kompetanseløft\"",
        &format!("title: \"{long}\""),
    );
    repo.commit("K1 has a long title");
    edit(
        &repo.item("K1"),
        "    text: \"Satt i gang.\"\n",
        "    text: \"Godt i gang.\"\n",
    );
    repo.commit("K1's update reworded");
    let out = repo.diff(&["HEAD~1", "HEAD", "--lang", "en"]);
    let widest = out.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 80, "a line is {widest} wide:\n{out}");
    let heading = out
        .lines()
        .find(|l| l.starts_with("    K1  "))
        .expect("K1's line");
    assert!(
        heading.starts_with("    K1  Kompetanseløft for ansatte i kommunene")
            && heading.ends_with('…'),
        "{heading}"
    );
}

/// A source is what it cites: a publisher, date or address stated where none was (as when
/// the sources stopped naming files of ours and named their publishers) is no change; one
/// that differs is, worded as the detail old → new.
#[test]
fn a_source_changes_only_when_what_it_says_differs() {
    let source = "  - title: \"Demo handlingsprogram\"\n";
    let published = |publisher: &str| format!("{source}    publisher: \"{publisher}\"\n");
    let stated = content_repo("source-stated", |k2| {
        edit(k2, source, &published("Demo fylkeskommune"))
    });
    let out = stated.diff(&["HEAD~1", "HEAD", "--lang", "en"]);
    assert!(!out.contains("sources"), "{out}");
    edit(&stated.item("K2"), "Demo fylkeskommune", "Demo kommune");
    stated.commit("another publisher");
    let out = stated.diff(&["HEAD~1", "HEAD", "--lang", "en"]);
    assert!(
        out.contains("      sources: Demo handlingsprogram: Demo fylkeskommune → Demo kommune\n"),
        "{out}"
    );
}

/// Every line of the diff fits the width (`COLUMNS`), broken between words under its own
/// indentation; with `--width 0` the lines are whole. Only a word wider than the
/// room (a file's path) is left whole.
#[test]
fn the_diff_fits_the_terminal_breaking_between_words() {
    let repo = changed_repo();
    let data = repo.path().join("data");
    edit(
        &data.join("regions/north.yaml"),
        "name: \"Nordre\"",
        "name: \"Nordre region med et langt navn som fyller linja\"",
    );
    let args = ["--lang", "nb", "diff", "HEAD~1"];
    let whole = [&["--width", "0"][..], &args].concat();
    let piped = plan(repo.path(), &whole).stdout;
    let narrow = plan_with_env(repo.path(), &args, &[("COLUMNS", "50")]);
    assert_eq!(narrow.status, 0, "{}", narrow.stderr);
    let out = narrow.stdout;
    assert!(piped.lines().any(|l| l.chars().count() > 60), "{piped}");
    for line in out.lines() {
        let fits = line.chars().count() <= 50 || !line.trim().contains(' ');
        assert!(fits, "`{line}`\n{out}");
    }
    assert!(
        out.contains(
            "    north  Nordre region med et langt navn som\n      fyller linja\n      \
             navn: Nordre → Nordre region med et langt\n        navn som fyller linja\n"
        ),
        "{out}"
    );
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(words(&out), words(&piped));
}

#[test]
fn a_corrected_status_update_is_shown_corrected_not_new() {
    let repo = GitRepo::new("diff-corrected");
    edit(
        &repo.item("K1"),
        "  - date: \"2024-06-01\"\n    status: started\n    text: \"Satt i gang.\"\n",
        "  - date: \"2024-06\"\n    status: started\n    text: \"Satt i gang i juni.\"\n",
    );
    repo.commit("K1's update corrected");
    let out = repo.diff(&["HEAD~1", "HEAD"]);
    assert!(
        out.contains(
            "    K1  Kompetanseløft\n      updates: corrected 2024-06-01 → 2024-06, \
             text: …gang. → …gang i juni.\n"
        ),
        "{out}"
    );
    assert!(!out.contains("+ 2024-06"), "{out}");

    // The report's changes of the period say the same, in the report's language.
    let run = plan(
        repo.path(),
        &["report", "--since", "HEAD~1", "--lang", "nb"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "  - statusoppdatering rettet: **1. juni 2024** → **juni 2024**, \
             tekst: …gang. → …gang i juni.\n"
        ),
        "{}",
        run.stdout
    );
    // K1's own facts agree: the update corrected in the period is among its updates of the
    // period, though dated before it, and no line says nothing newer came.
    assert!(
        run.stdout
            .contains(":**\n  - juni 2024 (igangsatt): Satt i gang i juni.\n"),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("ingen nyere oppdatering"),
        "{}",
        run.stdout
    );

    // An update taken out of the file is shown removed.
    edit(
        &repo.item("K1"),
        "  - date: \"2024-01-15\"\n    status: planned\n    text: \"Vedtatt.\"\n",
        "",
    );
    let out = repo.diff(&[]);
    assert!(
        out.contains("      updates: - 2024-01-15  [planned] Vedtatt.\n"),
        "{out}"
    );
}

#[test]
fn a_change_of_spaces_only_says_so() {
    let repo = GitRepo::new("diff-whitespace");
    edit(
        &repo.item("K1"),
        "title: \"Kompetanseløft\"\n",
        "title: \"Kompetanseløft\"\ndescription: \"Mer kompetanse i hele fylket.\"\n",
    );
    repo.commit("K1 described");
    edit(&repo.item("K1"), "Mer kompetanse i", "Mer kompetanse  i");
    assert!(
        repo.diff(&[])
            .contains("      description: only spaces/line breaks changed\n"),
    );
    let nb = plan(
        repo.path(),
        &["--lang", "nb", "diff", "--format", "markdown"],
    )
    .stdout;
    assert!(
        nb.contains("  - beskrivelse: bare mellomrom/linjeskift endret\n"),
        "{nb}"
    );
    assert!(!nb.contains("… → …"), "{nb}");
}

#[test]
fn an_item_given_a_new_id_is_shown_renamed_not_removed_and_added() {
    let repo = GitRepo::new("diff-renamed");
    let run = plan(repo.path(), &["rename", "K2", "K12"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    repo.commit("K2 is K12");
    let out = repo.diff(&["HEAD~1"]);
    // K1's link to K2 follows the new id: said once under K12, not as K1's change.
    assert!(
        out.contains(
            "    K12  Desentralisert utdanning\n      K2 has a new id, K12\n      \
             links from K1 follow it\n"
        ),
        "{out}"
    );
    assert!(!out.contains("    K1  "), "{out}");
    assert!(
        !out.contains("  added\n") && !out.contains("  removed\n"),
        "{out}"
    );
    assert!(
        !out.contains("file: "),
        "the move of its file is the new id's: {out}"
    );
    let run = plan(
        repo.path(),
        &["report", "--since", "HEAD~1", "--lang", "nb"],
    );
    assert!(
        run.stdout.contains(
            "- **K12** Desentralisert utdanning\n  - K2 har fått ny id K12\n  \
                 - koblingene fra K1 følger med\n"
        ),
        "{}",
        run.stdout
    );
    let json = plan(repo.path(), &["diff", "HEAD~1", "--format", "json"]).stdout;
    assert!(json.contains("\"renamed_from\": \"K2\""), "{json}");
    assert!(
        json.contains("\"relinked\": [\n            \"K1\"\n          ]"),
        "{json}"
    );
}
