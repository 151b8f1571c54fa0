//! Tests of the library as a whole that look inside what it computes: the shipped data
//! loads cleanly and its notes are in Norwegian, a report's graphs split by theme, and the
//! report's web page converted a piece at a time is each programme's part of its Markdown
//! converted in one go.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::cli::DataDir;
use crate::index::Repository;
use crate::load::Prose;
use crate::model::Date;
use crate::render::html::{self, MarkdownToHtml};
use crate::render::report::{self as markdown, Cut, Form, Pieces};
use crate::report::{GRAPH_NODE_LIMIT, Options, ProgrammeReport};

// The benchmark's generator, for a repository large enough to have many programmes, pieces
// and cross-programme links (and its random numbers, for the fuzz test); its `main` is not
// used here.
#[allow(dead_code, unreachable_pub)]
#[path = "../examples/generate.rs"]
pub(crate) mod generate;

/// The crate's root folder, which holds the shipped data.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The data folder at `path`, loaded the way the binary loads it.
fn open(path: &Path) -> (DataDir, Repository, Vec<crate::diagnostic::Diagnostic>) {
    let dir = crate::cli::locate(Some(path)).unwrap();
    let (repo, found) = crate::cli::load(&dir, Prose::Keep).unwrap();
    (dir, repo, found)
}

#[test]
fn the_three_shipped_programmes_load_with_no_problem() {
    let loaded =
        crate::load::load(&root().join("data"), "data", Prose::Keep).expect("data/ is read");
    let (repo, findings) = Repository::build(loaded);
    assert_eq!(findings, [], "loading data/ met problems");
    let mut items: BTreeMap<&str, usize> = BTreeMap::new();
    for item in &repo.items {
        *items.entry(item.programme.value.as_str()).or_default() += 1;
    }
    assert_eq!(
        repo.programmes
            .keys()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        ["innlandet", "mr2025", "smart-molde"]
    );
    assert_eq!(
        items.into_iter().collect::<Vec<_>>(),
        [("innlandet", 40), ("mr2025", 8), ("smart-molde", 1)]
    );
}

/// Short English words that Norwegian prose does not use: one of them in a note, outside
/// what the note quotes, means the note was written in English, while bokmål and nynorsk
/// show and reports print notes as they are.
const ENGLISH_WORDS: &str =
    "the and of which with from this that its are was also only published recorded";

/// The text outside `code`, "quotations" and «quotations», where notes keep ids and the
/// sources' own words (which may be English names, such as "Future classroom").
fn outside_quotes(text: &str) -> String {
    let mut own = String::new();
    let mut closing = None;
    for c in text.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '`' | '"' => closing = Some(c),
                '«' => closing = Some('»'),
                _ => own.push(c),
            },
        }
    }
    own
}

#[test]
fn the_shipped_notes_are_written_in_norwegian() {
    let (_, repo, _) = open(&root());
    let items = repo
        .items
        .iter()
        .flat_map(|i| [(&i.path, &i.notes), (&i.path, &i.links_note)]);
    let notes = (repo.programmes.values().map(|p| (&p.path, &p.notes)))
        .chain(items)
        .chain(repo.bodies.values().map(|b| (&b.path, &b.notes)))
        .chain(repo.regions.values().map(|r| (&r.path, &r.notes)))
        .chain(repo.municipalities.values().map(|m| (&m.path, &m.notes)))
        .chain(repo.documents.values().map(|d| (&d.path, &d.notes)));
    let mut english = Vec::new();
    for (path, note) in notes {
        let own = outside_quotes(note.as_deref().unwrap_or_default());
        let words: Vec<&str> = own
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| ENGLISH_WORDS.split(' ').any(|english| english == *word))
            .collect();
        if !words.is_empty() {
            english.push(format!("{path}: {words:?}"));
        }
    }
    assert!(
        english.is_empty(),
        "notes in English:\n{}",
        english.join("\n")
    );
    assert_eq!(
        outside_quotes("er \"the text\" og `of` i «and»."),
        "er  og  i ."
    );
}

#[test]
fn a_graph_too_large_to_draw_is_split_by_theme() {
    let (_, repo, _) = open(&root());
    let options = Options {
        programmes: vec!["innlandet".into()],
        ..Options::on(Date::parse("2025-04-30").unwrap())
    };
    let whole = crate::report::build(&repo, &options, &[], GRAPH_NODE_LIMIT, None);
    let part = whole.parts().next().unwrap();
    let graphs = &part.graphs;
    assert_eq!(graphs.len(), 1);
    assert!(graphs[0].theme.is_none());
    assert_eq!(crate::report::graph_nodes(&graphs[0].view), 40 + 4);
    let split = crate::report::build(&repo, &options, &[], 40, None);
    let part = split.parts().next().unwrap();
    let themes: Vec<&str> = part
        .graphs
        .iter()
        .map(|g| g.theme.expect("one graph per theme").code.as_str())
        .collect();
    assert_eq!(themes, ["K", "A", "L"]);
    let sizes: Vec<usize> = part.graphs.iter().map(|g| g.view.items.len()).collect();
    assert_eq!(sizes, [11, 12, 17]);
    let mut md = Vec::new();
    markdown::markdown(&mut md, &repo, &split, Form::GitHub).unwrap();
    let md = String::from_utf8(md).unwrap();
    assert_eq!(md.matches("```mermaid\n").count(), 3);
    assert!(
        md.contains(
            "så den vises per tema.\n\n### K Kompetanse og livslang læring\n\n```mermaid\n"
        )
    );
}

/// The report's web page, converted a piece at a time as `plan report --format html` does,
/// against each programme's part of its Markdown converted in one go.
fn page_streamed_is_whole(repo_path: &Path) {
    let (dir, repo, found) = open(repo_path);
    let findings = crate::cli::findings(&dir, &repo, found);
    let options = Options {
        language: dir.config.language,
        ..Options::on(Date::parse("2026-01-01").unwrap())
    };
    let report = crate::report::build(&repo, &options, &findings, GRAPH_NODE_LIMIT, None);
    let streamed = page(|out| {
        html::page(out, &repo, &report, |body| {
            markdown::markdown_in_pieces(body, &repo, &report, Form::Web)
        })
    });
    let whole = page(|out| {
        html::page(out, &repo, &report, |body| {
            markdown::markdown_in_pieces(&mut Whole(body), &repo, &report, Form::Web)
        })
    });
    assert!(whole.len() > 10_000, "the page is short");
    if streamed != whole {
        let (line, (a, b)) = streamed
            .lines()
            .zip(whole.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .unwrap_or((0, ("(a prefix of the other)", "")));
        panic!(
            "the streamed page differs from the whole page at line {}:\n  streamed: {a}\n  whole:    {b}",
            line + 1
        );
    }
}

/// The web page with each programme's part (and the title before them) converted in one go:
/// items are left as Markdown and nothing is converted within a part.
struct Whole<'b, 'a>(&'b mut MarkdownToHtml<'a>);

impl Write for Whole<'_, '_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Pieces for Whole<'_, '_> {
    type Item = crate::render::blocks::Markdown;

    fn item(_: &'static crate::render::labels::Labels) -> Self::Item {
        Self::Item::default()
    }

    fn write_item(&mut self, _: &ProgrammeReport, item: Self::Item) -> io::Result<()> {
        self.0.write_all(item.text.as_bytes())
    }

    fn cut(&mut self, cut: Cut) -> io::Result<()> {
        match cut {
            Cut::Within(_) => Ok(()),
            cut => self.0.convert_pending(cut.part()),
        }
    }
}

fn page(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    write(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_streamed_page_is_the_whole_page_on_the_shipped_data() {
    page_streamed_is_whole(&root());
}

#[test]
fn the_streamed_page_is_the_whole_page_on_a_generated_repository() {
    let dir = std::env::temp_dir().join(format!("plan-streamed-page-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    generate::generate(1000, &dir, 1).unwrap();
    page_streamed_is_whole(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
}
