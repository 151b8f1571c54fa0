//! Link graphs as Graphviz DOT or Mermaid: items as nodes labelled with id and short title,
//! removed items drawn dashed, links to documents as distinct dotted edges to note-shaped nodes.

use std::collections::BTreeSet;
use std::io::{self, Write};

use crate::index::{ItemIx, Repository};
use crate::render::truncated;

/// Titles are cut to this many characters in node labels.
const LABEL_CHARS: usize = 40;

// The view is computed in the query layer, which `plan report` shares; re-exported here
// for the renderers that take it.
pub(crate) use crate::query::GraphView;

/// Each linked document once, in id order: its node id and short title.
fn document_nodes(view: &GraphView, repo: &Repository) -> Vec<(String, String)> {
    let ids: BTreeSet<&String> = view.documents.iter().map(|(_, d)| d).collect();
    ids.into_iter()
        .map(|d| {
            let title = repo
                .documents
                .get(d)
                .map_or(d.as_str(), |doc| doc.title.as_str());
            (doc_node(d), truncated(title, LABEL_CHARS))
        })
        .collect()
}

fn node_id(repo: &Repository, ix: ItemIx) -> String {
    let item = &repo.items[ix];
    format!(
        "{}__{}",
        node_name(&item.programme.value),
        node_name(&item.id.value)
    )
}

fn doc_node(id: &str) -> String {
    format!("doc__{}", node_name(id))
}

/// An id as DOT and Mermaid take a node name unquoted: `-` and `:` become `_`, any other
/// character but ASCII letters, digits and `_` its code in hex, so an id from the data can
/// never end the statement it stands in.
fn node_name(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for c in id.chars() {
        match c {
            '-' | ':' => out.push('_'),
            c if c.is_ascii_alphanumeric() || c == '_' => out.push(c),
            c => out.push_str(&format!("_{:x}_", c as u32)),
        }
    }
    out
}

fn dot_string(text: &str) -> String {
    format!("\"{}\"", dot_text(text))
}

/// Text inside a DOT string: quotes and backslashes escaped, line breaks as DOT's `\n`.
fn dot_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace("\r\n", "\\n")
        .replace(['\n', '\r'], "\\n")
}

pub(crate) fn dot(out: &mut dyn Write, repo: &Repository, g: &GraphView) -> io::Result<()> {
    writeln!(out, "digraph plan {{")?;
    writeln!(out, "  rankdir=LR;")?;
    writeln!(
        out,
        "  node [shape=box, style=\"rounded\", fontname=\"Helvetica\"];"
    )?;
    for &ix in &g.items {
        let item = &repo.items[ix];
        let label = format!(
            "{}\\n{}",
            repo.display_id(ix, None),
            dot_text(&truncated(&item.title, LABEL_CHARS))
        );
        let style = if item.is_removed() {
            ", style=\"rounded,dashed\", fontcolor=gray40, color=gray40"
        } else {
            ""
        };
        writeln!(out, "  {} [label=\"{label}\"{style}];", node_id(repo, ix))?;
    }
    for (node, title) in document_nodes(g, repo) {
        writeln!(
            out,
            "  {node} [label={}, shape=note, style=\"\", color=gray40];",
            dot_string(&title)
        )?;
    }
    for &(from, to) in &g.edges {
        writeln!(out, "  {} -> {};", node_id(repo, from), node_id(repo, to))?;
    }
    for (from, d) in &g.documents {
        writeln!(
            out,
            "  {} -> {} [style=dotted, arrowhead=empty];",
            node_id(repo, *from),
            doc_node(d)
        )?;
    }
    writeln!(out, "}}")
}

/// Text for a quoted Mermaid label, written with Mermaid's entity codes (`#quot;`) so that
/// nothing in it ends the label, starts a comment (`%%`), makes HTML or Markdown in the
/// label, or closes the code fence the graph sits in.
fn mermaid_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '%' => out.push_str("#37;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '`' => out.push_str("#96;"),
            '*' | '_' | '~' | '[' | ']' | '{' | '}' | '|' | '\\' => {
                out.push_str(&format!("#{};", c as u32))
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn mermaid(out: &mut dyn Write, repo: &Repository, g: &GraphView) -> io::Result<()> {
    writeln!(out, "flowchart LR")?;
    for &ix in &g.items {
        let item = &repo.items[ix];
        let label = format!(
            "{}<br/>{}",
            mermaid_text(&repo.display_id(ix, None)),
            mermaid_text(&truncated(&item.title, LABEL_CHARS))
        );
        writeln!(out, "  {}[\"{label}\"]", node_id(repo, ix))?;
        if item.is_removed() {
            writeln!(out, "  class {} removed", node_id(repo, ix))?;
        }
    }
    for (node, title) in document_nodes(g, repo) {
        writeln!(out, "  {node}[/\"{}\"/]", mermaid_text(&title))?;
        writeln!(out, "  class {node} document")?;
    }
    for &(from, to) in &g.edges {
        writeln!(out, "  {} --> {}", node_id(repo, from), node_id(repo, to))?;
    }
    for (from, d) in &g.documents {
        writeln!(out, "  {} -.-> {}", node_id(repo, *from), doc_node(d))?;
    }
    writeln!(out, "  classDef removed stroke-dasharray: 5 5, color:#777")?;
    writeln!(out, "  classDef document fill:#f4f4f4, stroke:#999")
}
