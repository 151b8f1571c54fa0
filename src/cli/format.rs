//! The values of `--format`, one enum per family of output: commands that write the same kind
//! of thing share a family. A family is exactly the set its commands accept, so clap offers
//! (and lists in `--help` and its errors) just those values, and every `match` on a format
//! is total without an arm that cannot happen.

use clap::ValueEnum;
use clap::builder::{PossibleValuesParser, TypedValueParser, ValueParser};

/// Findings about the data, for people or for CI (`plan validate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Findings {
    /// For people: excerpt, caret and help; colour on a terminal.
    Human,
    /// A JSON array of findings: code, severity, path, line, column, message, help.
    Json,
    /// GitHub Actions workflow commands, shown as annotations on the pull request.
    Github,
    /// SARIF 2.1.0, for code scanning (GitHub, Azure DevOps, IDE viewers).
    Sarif,
    /// GitLab Code Quality JSON, shown on the merge request.
    Gitlab,
}

/// Rows of items (`plan list`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Listing {
    Table,
    Json,
    Csv,
    Markdown,
}

/// The reference tables: `plan regions`, `plan bodies`, `plan coverage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Reference {
    Table,
    Json,
    Markdown,
}

/// One thing shown in full: an item (`plan show`) or a change (`plan diff`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum View {
    Human,
    Json,
    Markdown,
}

impl View {
    /// The parser of `plan diff --format`, which has always listed Markdown before JSON.
    pub(crate) fn markdown_first() -> ValueParser {
        ValueParser::new(
            PossibleValuesParser::new(["human", "markdown", "json"])
                .map(|name| View::from_str(&name, false).expect("each name is a View")),
        )
    }
}

/// A short answer, for people or as a JSON record: the lists of `plan links` and what a
/// command that changes the data did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Record {
    Human,
    Json,
}

/// A report to read or publish (`plan report`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Document {
    /// For GitHub: tables, anchors, a Mermaid link graph.
    Markdown,
    /// One self-contained page with charts and a drawn link graph; opens in any browser,
    /// prints well.
    Html,
}

/// The repository for other tools, or items to edit in a spreadsheet (`plan export`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Export {
    /// Programmes, items with backlinks, bodies, regions, municipalities and documents.
    Json,
    /// One row per item: the columns of `plan list`, the description and the latest update.
    Csv,
    /// The same document as JSON, as YAML.
    Yaml,
    /// An Excel workbook of the selected items, their updates and links, to edit and read
    /// back with `plan import`.
    Xlsx,
}

/// The link graph (`plan links --graph`): for Graphviz or for Mermaid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Graph {
    Dot,
    Mermaid,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_offers_every_view_once() {
        let offered: Vec<String> = View::markdown_first()
            .possible_values()
            .into_iter()
            .flatten()
            .map(|v| v.get_name().to_string())
            .collect();
        assert_eq!(offered, ["human", "markdown", "json"]);
        let mut views: Vec<String> = View::value_variants()
            .iter()
            .filter_map(ValueEnum::to_possible_value)
            .map(|v| v.get_name().to_string())
            .collect();
        let mut sorted = offered.clone();
        sorted.sort();
        views.sort();
        assert_eq!(sorted, views);
    }
}
