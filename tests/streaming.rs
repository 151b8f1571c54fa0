//! Output written as it is made is byte for byte what building the whole document first
//! gives: `plan export --format json|yaml` against the export built in memory, and the
//! report's web page, converted a piece at a time as `plan report --format html` does,
//! against each programme's part of its Markdown converted in one go. On the shipped data and on a generated
//! repository of 1,000 items.

mod common;
// The benchmark's generator, for a repository large enough to have many programmes, pieces
// and cross-programme links; its `main` is not used here.
#[allow(dead_code)]
#[path = "../examples/generate.rs"]
mod generate;

use std::io::Write;
use std::path::Path;

use common::{TempDir, plan, root};
use plan::export::Export;
use plan::load::Prose;
use plan::model::Date;
use plan::render::html::{self, MarkdownToHtml};
use plan::render::report::{self as markdown, Cut, Form};
use plan::report::{GRAPH_NODE_LIMIT, Options};

fn stdout(repo: &Path, args: &[&str]) -> String {
    let mut all = vec!["--repo", repo.to_str().unwrap()];
    all.extend_from_slice(args);
    let run = plan(&root(), &all);
    assert_eq!(run.status, 0, "plan {all:?} failed: {}", run.stderr);
    assert!(run.stdout.len() > 10_000, "plan {all:?} printed little");
    run.stdout
}

/// Fails with the first line that differs, not two documents of megabytes.
fn assert_same(streamed: &str, whole: &str, what: &str) {
    if streamed == whole {
        return;
    }
    let (line, (a, b)) = streamed
        .lines()
        .zip(whole.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
        .unwrap_or((0, ("(a prefix of the other)", "")));
    panic!(
        "{what}: streamed output differs from the whole document at line {}:\n  streamed: {a}\n  whole:    {b}",
        line + 1
    );
}

fn compare(repo_path: &Path) {
    let dir = plan::cli::locate(Some(repo_path)).unwrap();
    let (repo, found) = plan::cli::load(&dir, Prose::Keep).unwrap();
    let export = Export::new(&repo);

    let json = serde_json::to_string_pretty(&export).unwrap() + "\n";
    assert_same(
        &stdout(repo_path, &["export", "--format", "json"]),
        &json,
        "export --format json",
    );
    assert_same(
        &stdout(repo_path, &["export", "--format", "yaml"]),
        &plan::yaml::to_string(&export).unwrap(),
        "export --format yaml",
    );

    let findings = plan::cli::findings(&dir, &repo, found);
    let options = Options {
        language: dir.config.language,
        ..Options::on(Date::parse("2026-01-01").unwrap())
    };
    let report = plan::report::build(&repo, &options, &findings, GRAPH_NODE_LIMIT, None);
    let web_page = |piece_end: &mut dyn FnMut(&mut MarkdownToHtml, Cut) -> std::io::Result<()>| {
        page(|out| {
            html::page(out, &repo, &report, |body| {
                markdown::markdown_in_pieces(body, &repo, &report, Form::Web, piece_end)
            })
        })
    };
    let streamed = web_page(&mut |body, cut| body.convert_pending(cut.part()));
    // Each programme's part (and the title before them) converted in one go.
    let whole = web_page(&mut |body, cut| match cut {
        Cut::Within(_) => Ok(()),
        cut => body.convert_pending(cut.part()),
    });
    assert!(whole.len() > 10_000, "the page is short");
    assert_same(&streamed, &whole, "report --format html");
}

fn page(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    write(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn streamed_output_is_the_whole_document_on_the_shipped_data() {
    compare(&root());
}

#[test]
fn streamed_output_is_the_whole_document_on_a_generated_repository() {
    let dir = TempDir::new("streaming");
    generate::generate(1000, dir.path(), 1).unwrap();
    compare(dir.path());
}
