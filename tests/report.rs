//! Integration tests for `plan report`: the real binary on the shipped data and on fixtures.
//! Every internal link of the Markdown must resolve (checked by parsing it with
//! pulldown-cmark), text from the data must never become HTML, and the web page must load in
//! headless Chromium without a console error or a dangling link.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use common::{TempDir, copy_fixture, edit, plan, root};
use pulldown_cmark::{Event, Parser, Tag};

/// Runs `plan report` on the shipped data; the Markdown it prints.
fn report(args: &[&str]) -> String {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    let run = plan(&root(), &all);
    assert_eq!(run.status, 0, "plan {all:?} failed: {}", run.stderr);
    run.stdout
}

/// The `id="…"` values of raw HTML anchors in the Markdown, and the `#…` link targets.
fn anchors_and_links(markdown: &str) -> (Vec<String>, Vec<String>) {
    let mut anchors = Vec::new();
    let mut links = Vec::new();
    for event in Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                let mut rest = html.as_ref();
                while let Some(start) = rest.find("id=\"") {
                    let tail = &rest[start + 4..];
                    let end = tail.find('"').expect("a closed id attribute");
                    anchors.push(tail[..end].to_string());
                    rest = &tail[end..];
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(target) = dest_url.strip_prefix('#') {
                    links.push(target.to_string());
                }
            }
            _ => {}
        }
    }
    (anchors, links)
}

/// Asserts that every `#anchor` link resolves and no anchor is defined twice.
fn assert_links_resolve(markdown: &str, what: &str) -> usize {
    let (anchors, links) = anchors_and_links(markdown);
    let unique: BTreeSet<&String> = anchors.iter().collect();
    assert_eq!(
        unique.len(),
        anchors.len(),
        "{what}: an anchor is defined twice"
    );
    let dangling: Vec<&String> = links.iter().filter(|l| !unique.contains(l)).collect();
    assert!(
        dangling.is_empty(),
        "{what}: links without a target: {dangling:?}"
    );
    links.len()
}

#[test]
fn every_internal_link_resolves_on_the_shipped_data() {
    for args in [
        &[][..],
        &["--programme", "innlandet"],
        &["--programme", "mr2025"],
        &["--programme", "smart-molde"],
        &["--region", "Valdres"],
        &["--programme", "innlandet", "--region", "sor-osterdal"],
        &["--since", "2021-06", "--lang", "en"],
    ] {
        let links = assert_links_resolve(&report(args), &format!("{args:?}"));
        assert!(links >= 5, "{args:?}: only {links} internal links");
    }
}

#[test]
fn report_has_the_sections_in_order() {
    let md = report(&["--programme", "innlandet"]);
    let headings: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("# ") || l.starts_with("## "))
        .collect();
    assert_eq!(
        headings,
        [
            "# <a id=\"innlandet-report\"></a>Statusrapport: Regional plan for det inkluderende Innlandet – Handlingsprogram 2024",
            "## <a id=\"innlandet-summary\"></a>Sammendrag",
            "## <a id=\"innlandet-theme-k\"></a>K Kompetanse og livslang læring",
            "## <a id=\"innlandet-theme-a\"></a>A Arbeidsliv og arbeidsplassutvikling",
            "## <a id=\"innlandet-theme-l\"></a>L Lokalsamfunn, møteplasser og kultur",
            "## <a id=\"innlandet-removed\"></a>Tiltak som er tatt ut",
            "## <a id=\"innlandet-coverage\"></a>Dekning: region og tema",
            "## <a id=\"innlandet-graph\"></a>Koblingsgraf",
            "## <a id=\"innlandet-quality\"></a>Datakvalitet",
        ]
    );
    assert!(md.contains(
        "| K Kompetanse og livslang læring | 6 | 3 | 2 | 11 |\n\
         | A Arbeidsliv og arbeidsplassutvikling | 3 | 2 | 7 | 12 |\n\
         | L Lokalsamfunn, møteplasser og kultur | 7 | 4 | 5 | 16 |\n\
         | **Sum** | **16** | **9** | **14** | **39** |\n"
    ));
    assert!(
        md.contains("| NOK | 34\u{a0}000\u{a0}000 | 1 |\n"),
        "funding total"
    );
    assert!(md.contains(
        "- 5\\. mars 2024, Fylkesutvalget i Innlandet (PS 38/2024): Fylkesutvalget behandlet"
    ));
    // The removed item is in its own section, not under its theme.
    let removed = md.find("innlandet-removed\"></a>").unwrap();
    assert!(
        md.find("<a id=\"item-innlandet-l8\"></a>L8 Tett på 2030")
            .unwrap()
            > removed
    );
    assert!(md.contains("```mermaid\nflowchart LR\n"));
    assert!(md.contains("| Valdres | 1 | 1 | 3 | 5 |\n"), "coverage row");
}

#[test]
fn labels_and_dates_follow_the_language() {
    let nn = report(&["--programme", "mr2025", "--since", "2022"]);
    assert!(nn.contains("- **Eigar:** Møre og Romsdal fylkeskommune\n"));
    assert!(nn.contains("- **Oppdateringar sidan 2022:**\n  - april 2022 (pågår): "));
    assert!(nn.contains("## <a id=\"mr2025-summary\"></a>Samandrag\n"));
    let en = report(&["--programme", "innlandet", "--lang", "en"]);
    assert!(en.contains("- 5 March 2024, Fylkesutvalget i Innlandet (PS 38/2024)"));
    assert!(en.contains("## <a id=\"innlandet-removed\"></a>Removed items\n"));
    assert!(
        nn.contains("| NOK | nær 4\u{a0}000\u{a0}000 | 1 |\n"),
        "a total with an approximate amount is approximate"
    );
    let nb = report(&["--programme", "mr2025", "--lang", "nb"]);
    assert!(nb.contains("- **Siste oppdatering:** april 2022 (pågår): "));
    // An item whose latest update is older than the period says so in words.
    let quiet = report(&["--programme", "mr2025", "--since", "2023"]);
    assert!(quiet.contains(" (ingen nyare oppdatering sidan 2023)\n"));
    let quiet = report(&["--programme", "mr2025", "--since", "2023", "--lang", "nb"]);
    assert!(quiet.contains(" (ingen nyere oppdatering siden 2023)\n"));
}

#[test]
fn region_narrows_the_report_and_says_so() {
    let md = report(&["--programme", "innlandet", "--region", "valdres"]);
    assert!(md.starts_with(
        "# <a id=\"innlandet-report\"></a>Statusrapport: Regional plan for det inkluderende Innlandet – Handlingsprogram 2024 – region Valdres\n"
    ));
    assert!(md.contains("<a id=\"item-innlandet-l13\"></a>L13 Beitostølen"));
    assert!(
        !md.contains("<a id=\"item-innlandet-k1\"></a>"),
        "K1 names no place"
    );
    assert!(md.contains("fylkesdekkende tiltak gjelder også"));
    // A9 links to L13 (in the report) but L13's own links to items outside it are plain text.
    let (_, links) = anchors_and_links(&md);
    assert!(links.iter().all(|l| l != "item-innlandet-k1"));
    let coverage: Vec<&str> = md.lines().filter(|l| l.starts_with("| Valdres")).collect();
    assert_eq!(coverage, ["| Valdres | 1 | 1 | 3 | 5 |"]);
    assert!(
        !md.contains("<a id=\"item-innlandet-l7\"></a>"),
        "L7 only mentions Beitostølen"
    );
}

#[test]
fn unknown_values_are_usage_errors() {
    let run = plan(&root(), &["report", "--region", "Valdress"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("mente du `Valdres`?"), "{}", run.stderr);
    let run = plan(&root(), &["report", "--lang", "de"]);
    assert_eq!(run.status, 2);
    let run = plan(&root(), &["report", "--since", "2024-13"]);
    assert_eq!(run.status, 2);
}

#[test]
fn the_same_data_gives_the_same_bytes() {
    assert_eq!(report(&[]), report(&[]));
}

/// The fixture `valid` with HTML and Markdown in a description and a title.
fn hostile_fixture() -> TempDir {
    let temp = copy_fixture("valid");
    edit(
        &temp.path().join("valid/programmes/demo/items/K1.yaml"),
        "title: \"Kompetanseløft\"\n",
        "title: \"Kompetanseløft <b>fet</b> [lenke](https://example.com)\"\n\
         description: |\n  Før <script>alert(1)</script> etter.\n\n  <div onclick=\"alert(2)\">rå HTML</div>\n\n  <img src=x onerror=alert(3)>\n\
         indicators:\n  - name: \"<!-- plan:chart indicator item-demo-k1 0 --><img src=y onerror=alert(4)>\"\n    \
         unit: \"</text><script>alert(5)</script>\"\n    target: {value: 10, date: \"2030\"}\n    \
         measurements:\n      - {value: 2, date: \"2025\"}\n",
    );
    temp
}

#[test]
fn text_from_the_data_is_shown_never_run() {
    let temp = hostile_fixture();
    let data = temp.path().join("valid");
    let run = plan(&data, &["report", "--format", "markdown"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("Før \\<script\\>alert(1)\\</script\\> etter.")
    );
    assert_links_resolve(&run.stdout, "fixture");
    let run = plan(&data, &["report", "--format", "html"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let html = run.stdout;
    assert!(html.contains("Før &lt;script&gt;alert(1)&lt;/script&gt; etter."));
    assert!(html.contains("&lt;div onclick=\"alert(2)\"&gt;rå HTML&lt;/div&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(3)&gt;"));
    assert!(html.contains("Kompetanseløft &lt;b&gt;fet&lt;/b&gt; [lenke](https://example.com)"));
    // An indicator's name and unit are text in its chart and the page, never markup.
    assert!(html.contains("&lt;/text&gt;&lt;script&gt;alert(5)&lt;/script&gt;"));
    assert_eq!(
        html.matches("<svg class=\"chart\"").count(),
        2,
        "status, indicator"
    );
    let lower = html.to_lowercase();
    // The only `div`s are the page's own boxes around tables and charts.
    assert_eq!(
        lower.matches("<div").count(),
        lower
            .matches("<div class=\"table\" role=\"region\" tabindex=\"0\"")
            .count()
            + lower
                .matches("<div class=\"chart\" role=\"region\" tabindex=\"0\"")
                .count()
    );
    for forbidden in ["<script", "<img", "<b>", "href=\"http"] {
        assert!(!lower.contains(forbidden), "the page contains {forbidden}");
    }
}

#[test]
fn html_is_one_self_contained_page() {
    let run = plan(&root(), &["report", "--format", "html"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let html = &run.stdout;
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"nb\">"));
    assert!(
        html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    );
    assert!(html.contains("@media print"));
    assert!(html.contains("<title>Statusrapport</title>"));
    // Charts for each programme: status bars and, where regions exist (Innlandet and Møre og
    // Romsdal), the heat map; and one indicator (Ungt Entreprenørskap).
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 3 + 2 + 1);
    assert!(html.contains("<figcaption>Tiltak per region og tema</figcaption>"));
    // Each chart is drawn at its own width (a heat map of one row is not blown up to the
    // page's), and every table is in a box that scrolls on its own on a narrow screen.
    for svg in html
        .split("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .skip(1)
    {
        let (view_box, rest) = svg.split_once('"').unwrap();
        let width = view_box.split(' ').next().unwrap();
        assert!(
            rest.starts_with(&format!(" width=\"{width}\" ")),
            "{svg:.80}"
        );
    }
    assert_eq!(
        html.matches("<table>").count(),
        html.matches("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-label=\"")
            .count()
    );
    // Link graphs are drawn, not given as Mermaid source.
    assert_eq!(html.matches("<svg class=\"graph\"").count(), 3);
    assert!(!html.contains("language-mermaid") && !html.contains("flowchart LR"));
    assert!(
        html.contains("<section lang=\"nn\">"),
        "the nynorsk programme is marked"
    );
    assert!(
        !html.contains("plan:chart"),
        "every chart marker is replaced"
    );
    let lower = html.to_lowercase();
    for forbidden in [
        "<script",
        "<link rel=\"stylesheet",
        "@import",
        "url(",
        "src=\"http",
    ] {
        assert!(!lower.contains(forbidden), "the page contains {forbidden}");
    }
}

#[test]
fn out_is_written_atomically_and_not_overwritten() {
    let temp = TempDir::new("report-out");
    let target = temp.path().join("report.md");
    let target_arg = target.to_str().unwrap();
    let args = ["report", "--programme", "smart-molde", "--out", target_arg];
    let run = plan(&root(), &args);
    assert_eq!((run.status, run.stdout.as_str()), (0, ""), "{}", run.stderr);
    let first = std::fs::read_to_string(&target).unwrap();
    assert_eq!(first, report(&["--programme", "smart-molde"]));
    std::fs::write(&target, "kept").unwrap();
    let run = plan(&root(), &args);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("finnes allerede; legg til --force"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "kept");
    let mut forced = args.to_vec();
    forced.push("--force");
    assert_eq!(plan(&root(), &forced).status, 0);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), first);
    let names: Vec<_> = std::fs::read_dir(temp.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file is left behind");
}

/// The Chromium binary, if installed.
fn chromium() -> Option<&'static Path> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .map(Path::new)
        .find(|p| p.is_file())
}

/// Runs headless Chromium on `page` with `extra` arguments; its stdout and stderr.
fn run_chromium(chromium: &Path, profile: &Path, page: &Path, extra: &[&str]) -> (String, String) {
    let output = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(output.status.success(), "chromium failed: {output:?}");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The values of attribute `name` (`id`, `href`) in a DOM dump.
fn attribute_values(dom: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    dom.match_indices(&needle)
        .map(|(at, _)| {
            let tail = &dom[at + needle.len()..];
            tail[..tail.find('"').expect("closed attribute")].to_string()
        })
        .collect()
}

#[test]
fn html_report_loads_in_chromium_with_working_links() {
    let Some(chromium) = chromium() else {
        common::skip("chromium is not installed (apt-get install chromium); .ci/run installs it");
        return;
    };
    let temp = TempDir::new("report-browser");
    let page = temp.path().join("report.html");
    let run = plan(
        &root(),
        &[
            "report",
            "--format",
            "html",
            "--out",
            page.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let profile = temp.path().join("profile");
    let (dom, log) = run_chromium(chromium, &profile, &page, &["--dump-dom"]);
    let console: Vec<&str> = log
        .lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
        .collect();
    assert!(console.is_empty(), "console messages: {console:#?}");
    assert!(
        dom.contains("<svg class=\"chart\""),
        "charts are in the DOM"
    );
    let ids: BTreeSet<String> = attribute_values(&dom, "id").into_iter().collect();
    let hrefs = attribute_values(&dom, "href");
    let internal: Vec<&String> = hrefs.iter().filter(|h| h.starts_with('#')).collect();
    assert!(
        internal.len() > 100,
        "only {} internal links",
        internal.len()
    );
    let dangling: Vec<&&String> = internal.iter().filter(|h| !ids.contains(&h[1..])).collect();
    assert!(dangling.is_empty(), "links without a target: {dangling:?}");
    // Keep the screenshot where `cargo test` keeps its scratch files, out of git.
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report.png");
    let _ = std::fs::remove_file(&shot);
    let screenshot = format!("--screenshot={}", shot.display());
    run_chromium(
        chromium,
        &profile,
        &page,
        &[&screenshot, "--window-size=1280,2400", "--hide-scrollbars"],
    );
    let png = std::fs::read(&shot).expect("chromium wrote a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "a real screenshot"
    );
    eprintln!("screenshot: {}", shot.display());
}

#[test]
fn a_region_report_is_dated_counts_as_list_does_and_leaves_out_empty_programmes() {
    let md = report(&[
        "--region",
        "Valdres",
        "--with-county-wide",
        "--as-of",
        "2024-12-31",
    ]);
    assert!(md.contains("**Status per 31. desember 2024**"), "dated");
    assert!(md.contains("Fylkesdekkende tiltak"), "county-wide sections");
    assert!(
        !md.contains("Møre og Romsdal 2025"),
        "no empty programme parts"
    );
    let listed = plan(
        &root(),
        &[
            "list",
            "--region",
            "Valdres",
            "--with-county-wide",
            "--format",
            "json",
        ],
    );
    let items: Vec<serde_json::Value> = serde_json::from_str(&listed.stdout).unwrap();
    assert!(
        md.contains(&format!(
            "| **Sum** | **16** | **9** | **5** | **{}** |",
            items.len()
        )),
        "the summary counts what plan list lists ({})",
        items.len()
    );
    // Without the county-wide items, the note counts what plan list's footer counts.
    let md = report(&["--programme", "innlandet", "--region", "Valdres"]);
    let list = plan(
        &root(),
        &[
            "list",
            "--programme",
            "innlandet",
            "--region",
            "Valdres",
            "--width",
            "0",
        ],
    );
    // With lines whole, the footer is the last line.
    let footer = list.stdout.lines().last().unwrap();
    let left_out: usize = footer
        .split_whitespace()
        .find_map(|w| w.parse().ok())
        .unwrap();
    assert!(
        md.contains(&format!("- {left_out} fylkesdekkende tiltak")),
        "{footer}"
    );
    assert!(md.contains("Ingen feil funnet i dataene."));
}

#[test]
fn a_report_for_one_body_has_only_its_items() {
    let md = report(&["--involves", "Ungt Entreprenørskap"]);
    assert!(md.contains("Styrking av Ungt Entreprenørskap"));
    assert!(
        !md.contains("Digi Møre og Romsdal</a>") && !md.contains("Innlandet –"),
        "{md}"
    );
}

#[test]
fn an_indicator_is_charted_with_its_progress_on_the_report_s_date() {
    let html = report(&["--programme", "mr2025", "--format", "html"]);
    let chart = &html[html.find("Kommunar med samarbeidsavtale med Ungt").unwrap()..];
    let svg = &chart[chart.find("<svg").unwrap()..chart.find("</svg>").unwrap()];
    assert!(
        svg.contains(">bak planen</tspan>"),
        "past June 2022 with 7 of 26: behind"
    );
    assert!(
        svg.contains(">målt 7</text>") && svg.contains(">mål 26</text>"),
        "{svg}"
    );
    // In December 2021 the target date is ahead and there is no baseline to draw a line from.
    let md = report(&["--programme", "mr2025", "--as-of", "2021-12-31"]);
    assert!(md.contains("**kan ikkje vurderast utan utgangspunkt eller måling**"));
    let run = plan(&root(), &["list", "--behind", "--format", "csv"]);
    let ids: Vec<&str> = run
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(ids, ["ungt-entreprenorskap"]);
}

/// The region report the county council gets: Valdres with the county-wide items, dated, with
/// the period's changes. Written to `page`.
fn valdres_page(page: &Path) {
    let run = plan(
        &root(),
        &[
            "report",
            "--programme",
            "innlandet",
            "--region",
            "Valdres",
            "--with-county-wide",
            "--as-of",
            "2024-12-31",
            "--since",
            "2024-03-05",
            "--format",
            "html",
            "--out",
            page.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
}

#[test]
fn the_printed_report_keeps_every_row_and_the_date_on_each_page() {
    let Some(chromium) = chromium() else {
        common::skip("chromium is not installed (apt-get install chromium); .ci/run installs it");
        return;
    };
    if !common::has_tool("pdftotext") {
        common::skip(
            "pdftotext is not installed (apt-get install poppler-utils); .ci/run installs it",
        );
        return;
    }
    let temp = TempDir::new("report-print");
    let page = temp.path().join("valdres.html");
    valdres_page(&page);
    let pdf = temp.path().join("valdres.pdf");
    run_chromium(
        chromium,
        &temp.path().join("profile"),
        &page,
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    let text = Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&text.stdout);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(pages.len() > 3, "{} pages", pages.len());
    for (n, page) in pages.iter().enumerate() {
        assert!(
            page.contains("Status per 31. desember 2024"),
            "page {} has the date in its footer",
            n + 1
        );
    }
    // Every row of the summary table, with its numbers, is on paper.
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for row in ["6 3 1 10", "3 2 2 7", "7 4 2 13", "Sum 16 9 5 30"] {
        assert!(flat.contains(row), "the summary row `{row}` is printed");
    }
    for theme in ["Kompetanse og livslang", "Arbeidsliv og", "møteplasser og"] {
        assert!(flat.contains(theme), "{theme}");
    }
    // Each theme starts a page.
    for heading in [
        "K Kompetanse og livslang læring",
        "A Arbeidsliv og arbeidsplassutvikling",
        "L Lokalsamfunn, møteplasser og kultur",
    ] {
        let starts = pages
            .iter()
            .filter(|p| p.trim_start().starts_with(heading))
            .count();
        assert_eq!(starts, 1, "a page starts with {heading}");
    }
}

/// The npm packages the accessibility test uses (axe-core, puppeteer-core, html-validate):
/// `PLAN_A11Y_MODULES`, else `target/a11y/node_modules`, where `.ci/run` installs them.
fn a11y_modules() -> Option<std::path::PathBuf> {
    let dir = std::env::var_os("PLAN_A11Y_MODULES")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root().join("target/a11y/node_modules"));
    ["axe-core", "puppeteer-core", "html-validate"]
        .iter()
        .all(|m| dir.join(m).is_dir())
        .then_some(dir)
}

#[test]
fn the_web_page_has_no_accessibility_violations_and_is_valid_html() {
    let Some(chromium) = chromium() else {
        common::skip("chromium is not installed (apt-get install chromium); .ci/run installs it");
        return;
    };
    let Some(modules) = a11y_modules().filter(|_| common::has_tool("node")) else {
        common::skip(
            "node or the npm packages axe-core, puppeteer-core and html-validate are missing \
             (npm install --prefix target/a11y axe-core puppeteer-core html-validate); .ci/run installs them",
        );
        return;
    };
    let temp = TempDir::new("report-a11y");
    let valdres = temp.path().join("valdres.html");
    valdres_page(&valdres);
    let all = temp.path().join("all.html");
    let run = plan(
        &root(),
        &["report", "--format", "html", "--out", all.to_str().unwrap()],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    for page in [&valdres, &all] {
        let axe = Command::new("node")
            .arg(root().join("tests/a11y/axe.js"))
            .arg(&modules)
            .arg(chromium)
            .arg(page)
            .output()
            .expect("node runs");
        let stdout = String::from_utf8_lossy(&axe.stdout);
        assert!(
            axe.status.success(),
            "axe failed: {}",
            String::from_utf8_lossy(&axe.stderr)
        );
        assert_eq!(
            stdout.trim(),
            "[]",
            "axe-core violations in {}",
            page.display()
        );
    }
    let validate = Command::new(modules.join(".bin/html-validate"))
        .arg("--config")
        .arg(root().join("tests/a11y/html-validate.json"))
        .args([&valdres, &all])
        .output()
        .expect("html-validate runs");
    assert!(
        validate.status.success(),
        "html-validate: {}",
        String::from_utf8_lossy(&validate.stdout)
    );
}

#[test]
fn a_backwards_or_future_period_is_a_usage_error() {
    for (args, message) in [
        (
            ["--since", "2024-12-31", "--as-of", "2024-01-01"],
            "is after --as-of 2024-01-01",
        ),
        (
            ["--since", "2999-01-01", "--as-of", "2024-01-01"],
            "is after today",
        ),
    ] {
        let mut all = vec!["report", "--lang", "en"];
        all.extend(args);
        let run = plan(&root(), &all);
        assert_eq!(run.status, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
    }
}

#[test]
fn the_summary_tables_add_up_alike_and_say_removed_items_are_not_counted() {
    let out = report(&["--programme", "innlandet", "--lang", "en"]);
    let summary = &out[out.find("-summary\"></a>").expect("a summary")..];
    let summary = &summary[..summary[1..].find("\n## ").expect("a next section")];
    let totals: Vec<&str> = summary
        .lines()
        .filter(|l| l.starts_with("| **Total** |"))
        .map(|l| l.trim_end_matches(" |").rsplit("| ").next().unwrap())
        .collect();
    assert_eq!(
        totals.len(),
        3,
        "theme, status and priority totals: {summary}"
    );
    assert!(
        totals.iter().all(|t| *t == totals[0]),
        "{totals:?}\n{summary}"
    );
    assert!(
        summary.contains("One removed item is not counted in these tables"),
        "L8 is removed: {summary}"
    );
    assert!(!summary.contains("| removed |"), "{summary}");
}

/// On a phone 390 pixels wide (366 inside the page's margins), a chart's text reads at 11
/// pixels or more: a chart shrinks to fit only down to 11/12 of its size (its smallest text
/// is 12), in a focusable, named box that scrolls a wider one sideways; the status and
/// indicator charts are narrow enough to be shown whole.
#[test]
fn charts_stay_readable_on_a_phone() {
    let page = report(&["--programme", "mr2025", "--format", "html"]);
    let charts: Vec<&str> = page.split("<figure>").skip(1).collect();
    let mut widths = Vec::new();
    for chart in charts.iter().filter(|c| c.contains("<svg class=\"chart\"")) {
        assert!(
            chart.starts_with("<div class=\"chart\" role=\"region\" tabindex=\"0\" aria-label=\""),
            "{chart}"
        );
        let number = |after: &str| -> f64 {
            let rest = &chart[chart.find(after).expect(after) + after.len()..];
            rest[..rest.find(|c: char| !c.is_ascii_digit()).unwrap()]
                .parse()
                .unwrap()
        };
        let (width, smallest) = (number(" width=\""), number("min-width: "));
        assert!(smallest >= (width * 11.0 / 12.0).floor(), "{chart}");
        assert!(smallest <= width, "{chart}");
        widths.push(width * 11.0 / 12.0);
    }
    assert_eq!(widths.len(), 3, "status, indicator and coverage charts");
    assert!(widths.iter().all(|w| *w <= 366.0), "{widths:?}");
}

#[test]
fn the_summary_names_the_removed_items_section_by_its_heading() {
    for lang in ["nb", "nn", "en"] {
        let out = report(&["--programme", "innlandet", "--lang", lang]);
        let heading = out
            .split("## <a id=\"innlandet-removed\"></a>")
            .nth(1)
            .and_then(|rest| rest.lines().next())
            .expect("a section of removed items");
        let summary = &out[out.find("-summary\"></a>").expect("a summary")..];
        let note = summary.lines().nth(2).expect("the note on removed items");
        assert!(
            note.contains(&format!("«{heading}»")) || note.contains(&format!("“{heading}”")),
            "{lang}: {note} / {heading}"
        );
    }
}

#[test]
fn an_update_keeps_its_lines_in_both_reports() {
    let temp = copy_fixture("valid");
    let data = temp.path().join("valid");
    let run = plan(
        &data,
        &["update", "K1", "--text", "Linje1\nLinje2\n- punkt"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = plan(&data, &["report", "--format", "markdown"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    // A line break, and the line starting with a dash stays text, not a list.
    assert!(
        run.stdout.contains(": Linje1\\\n  Linje2\\\n  \\- punkt\n"),
        "{}",
        run.stdout
    );
    let run = plan(&data, &["report", "--format", "html"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains(": Linje1<br />\nLinje2<br />\n- punkt</li>"),
        "{}",
        run.stdout
    );
}

#[test]
fn show_keeps_a_description_s_line_breaks_as_the_report_does() {
    let temp = copy_fixture("valid");
    let data = temp.path().join("valid");
    edit(
        &data.join("programmes/demo/items/K1.yaml"),
        "title: \"Kompetanseløft\"\n",
        "title: \"Kompetanseløft\"\ndescription: |\n  - Punkt ein\n  - Punkt to\n  Linje tre\n",
    );
    let run = plan(&data, &["show", "K1", "--width", "80"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("\n  - Punkt to\n    Linje tre\n"),
        "{}",
        run.stdout
    );
    let run = plan(&data, &["report", "--format", "html"]);
    assert!(
        run.stdout.contains("<li>Punkt to<br />\nLinje tre</li>"),
        "{}",
        run.stdout
    );
}
