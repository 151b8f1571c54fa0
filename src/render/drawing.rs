//! Link graphs drawn as SVG for the web page, laid out here so the page needs no script, no
//! network and no Graphviz: linked items are placed in columns by their distance (in links) from
//! the best-connected item of their group, ordered within a column to keep links short, and
//! items with no link in the graph are set out in rows below.
//!
//! The SVG is written with maud, so every text from the data is escaped; node text is dark on
//! light fills (contrast ≥ 4.5:1).

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use maud::{Markup, PreEscaped, html};

use crate::index::{ItemIx, Repository};
use crate::model::Status;
use crate::render::chart::{Tenths, coord};
use crate::render::graph::GraphView;
use crate::render::truncated;

const NODE_W: f64 = 176.0;
const NODE_H: f64 = 44.0;
const COLUMN_GAP: f64 = 56.0;
const ROW_GAP: f64 = 14.0;
const MARGIN: f64 = 8.0;
/// Titles are cut to this many characters to fit a node; the full title is its tooltip.
const TITLE_CHARS: usize = 23;
/// Nodes per row for the items that have no link in the graph.
const LOOSE_PER_ROW: usize = 4;

/// A node: an item or a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Node {
    Item(ItemIx),
    Document(String),
}

/// Where each node goes, and the links between them.
pub(crate) struct Layout {
    nodes: Vec<(Node, f64, f64)>,
    /// Node positions in `nodes`; `true` for links both ways, drawn as one line.
    links: Vec<(usize, usize, bool)>,
    /// Item → document references, drawn dotted.
    references: Vec<(usize, usize)>,
    width: f64,
    height: f64,
}

impl Layout {
    pub(crate) fn new(view: &GraphView) -> Layout {
        let mut nodes: Vec<Node> = view.items.iter().map(|&ix| Node::Item(ix)).collect();
        let documents: BTreeSet<&String> = view.documents.iter().map(|(_, d)| d).collect();
        nodes.extend(documents.into_iter().map(|d| Node::Document(d.clone())));
        let position: BTreeMap<&Node, usize> =
            nodes.iter().enumerate().map(|(i, n)| (n, i)).collect();
        let item_at = |ix: ItemIx| position[&Node::Item(ix)];
        let pairs: BTreeSet<(usize, usize)> = view
            .edges
            .iter()
            .map(|&(a, b)| (item_at(a), item_at(b)))
            .collect();
        let links: Vec<(usize, usize, bool)> = pairs
            .iter()
            .filter(|&&(a, b)| a < b || !pairs.contains(&(b, a)))
            .map(|&(a, b)| (a, b, pairs.contains(&(b, a))))
            .collect();
        let references: Vec<(usize, usize)> = view
            .documents
            .iter()
            .map(|(ix, d)| (item_at(*ix), position[&Node::Document(d.clone())]))
            .collect();
        let mut neighbours = vec![BTreeSet::new(); nodes.len()];
        for (a, b) in links
            .iter()
            .map(|&(a, b, _)| (a, b))
            .chain(references.iter().copied())
        {
            neighbours[a].insert(b);
            neighbours[b].insert(a);
        }
        let columns = columns(&neighbours);
        let mut placed = place(&columns, &neighbours);
        let loose_top = placed.iter().map(|p| p.2).fold(0.0, f64::max)
            + if placed.is_empty() {
                MARGIN
            } else {
                NODE_H + 2.0 * ROW_GAP
            };
        let loose: Vec<usize> = (0..nodes.len())
            .filter(|&n| neighbours[n].is_empty())
            .collect();
        for (k, &n) in loose.iter().enumerate() {
            let (row, column) = (k / LOOSE_PER_ROW, k % LOOSE_PER_ROW);
            placed.push((
                n,
                MARGIN + column as f64 * (NODE_W + ROW_GAP),
                loose_top + row as f64 * (NODE_H + ROW_GAP),
            ));
        }
        placed.sort_by_key(|p| p.0);
        let width = placed.iter().map(|p| p.1).fold(0.0, f64::max) + NODE_W + MARGIN;
        let height = placed.iter().map(|p| p.2).fold(0.0, f64::max) + NODE_H + MARGIN;
        Layout {
            nodes: placed
                .into_iter()
                .map(|(n, x, y)| (nodes[n].clone(), x, y))
                .collect(),
            links,
            references,
            width,
            height,
        }
    }
}

/// Columns of linked nodes: each connected group is laid out from its best-connected node (the
/// first of those in item order), one column per link of distance.
fn columns(neighbours: &[BTreeSet<usize>]) -> Vec<Vec<usize>> {
    let mut column_of = vec![None; neighbours.len()];
    let mut columns: Vec<Vec<usize>> = Vec::new();
    for start in 0..neighbours.len() {
        if column_of[start].is_some() || neighbours[start].is_empty() {
            continue;
        }
        let group = reachable(neighbours, start);
        let root = *group
            .iter()
            .max_by_key(|&&n| (neighbours[n].len(), std::cmp::Reverse(n)))
            .expect("a group has its start");
        let mut queue = VecDeque::from([(root, 0)]);
        column_of[root] = Some(0);
        while let Some((n, depth)) = queue.pop_front() {
            if columns.len() <= depth {
                columns.push(Vec::new());
            }
            columns[depth].push(n);
            for &next in &neighbours[n] {
                if column_of[next].is_none() {
                    column_of[next] = Some(depth + 1);
                    queue.push_back((next, depth + 1));
                }
            }
        }
    }
    columns
}

fn reachable(neighbours: &[BTreeSet<usize>], start: usize) -> BTreeSet<usize> {
    let mut seen = BTreeSet::from([start]);
    let mut stack = vec![start];
    while let Some(n) = stack.pop() {
        for &next in &neighbours[n] {
            if seen.insert(next) {
                stack.push(next);
            }
        }
    }
    seen
}

/// Orders each column by the mean row of its neighbours in the column before (a few sweeps of
/// the barycentre method), and gives each node its place: (node, x, y).
fn place(columns: &[Vec<usize>], neighbours: &[BTreeSet<usize>]) -> Vec<(usize, f64, f64)> {
    let mut columns = columns.to_vec();
    // Each node's row in its column, once it has one.
    let mut row: Vec<Option<f64>> = vec![None; neighbours.len()];
    for _ in 0..4 {
        for column in &mut columns {
            let mean = |n: usize| {
                let (sum, count) = neighbours[n]
                    .iter()
                    .filter_map(|&m| row[m])
                    .fold((0.0, 0), |(sum, count), r| (sum + r, count + 1));
                if count == 0 {
                    row[n].unwrap_or(f64::MAX)
                } else {
                    sum / f64::from(count)
                }
            };
            let mut keyed: Vec<(f64, usize)> = column.iter().map(|&n| (mean(n), n)).collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            *column = keyed.into_iter().map(|(_, n)| n).collect();
            for (i, &n) in column.iter().enumerate() {
                row[n] = Some(i as f64);
            }
        }
    }
    let tallest = columns.iter().map(Vec::len).max().unwrap_or(0) as f64;
    let mut placed = Vec::new();
    for (c, column) in columns.iter().enumerate() {
        // Shorter columns are centred against the tallest.
        let offset = (tallest - column.len() as f64) / 2.0 * (NODE_H + ROW_GAP);
        for (i, &n) in column.iter().enumerate() {
            placed.push((
                n,
                MARGIN + c as f64 * (NODE_W + COLUMN_GAP),
                MARGIN + offset + i as f64 * (NODE_H + ROW_GAP),
            ));
        }
    }
    placed
}

fn fill(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Planned) => "#eaeef2",
        Some(Status::Started) => "#fff8c5",
        Some(Status::Ongoing) => "#ddf4ff",
        Some(Status::Completed) => "#dafbe1",
        Some(Status::Removed) => "#ffffff",
        None => "#f6f8fa",
    }
}

/// The words of `text` that fit on one line of a node, and the rest.
fn first_line(text: &str) -> (String, &str) {
    let mut end = 0;
    for (at, _) in text.match_indices(' ').chain([(text.len(), "")]) {
        if text[..at].chars().count() > TITLE_CHARS {
            break;
        }
        end = at;
    }
    if end == 0 {
        return (truncated(text, TITLE_CHARS), "");
    }
    (text[..end].to_string(), text[end..].trim_start())
}

/// The graph as an SVG element, titled `caption`.
pub(crate) fn svg(repo: &Repository, layout: &Layout, caption: &str) -> Markup {
    let at = |n: usize| (layout.nodes[n].1, layout.nodes[n].2);
    html! {
        svg.graph role="img" viewBox=(format!("0 0 {:.0} {:.0}", layout.width, layout.height))
            width=(format!("{:.0}", layout.width)) xmlns="http://www.w3.org/2000/svg" {
            title { (caption) }
            @for &(a, b, both) in &layout.links {
                @let c = Curve::between(at(a), at(b));
                // Paths are numbers and letters only, nothing to escape (see `Tenths`).
                path d=(PreEscaped(&c.path)) fill="none" stroke=(EDGE) stroke-width="1.3" {}
                (arrowhead(c.end, c.end_points))
                @if both {
                    (arrowhead(c.start, -c.start_leaves))
                }
            }
            @for &(a, b) in &layout.references {
                path d=(PreEscaped(Curve::between(at(a), at(b)).path)) fill="none" stroke=(EDGE)
                    stroke-width="1.3" stroke-dasharray="2 3" {}
            }
            @for (node, x, y) in &layout.nodes {
                (node_svg(repo, node, *x, *y))
            }
        }
    }
}

const EDGE: &str = "#57606a";

/// A link's curve from one node's side to the other's: right to left when the second is
/// further right, left to right when it is further left, else out of and back into the right
/// sides. Directions are +1 (rightwards) or -1.
struct Curve {
    path: String,
    start: (f64, f64),
    /// The way the curve leaves its start.
    start_leaves: f64,
    end: (f64, f64),
    /// The way the curve points as it arrives.
    end_points: f64,
}

impl Curve {
    fn between(from: (f64, f64), to: (f64, f64)) -> Curve {
        let (y1, y2) = (from.1 + NODE_H / 2.0, to.1 + NODE_H / 2.0);
        let (x1, x2, c1, c2, leaves, points) = if to.0 > from.0 + 1.0 {
            let (x1, x2) = (from.0 + NODE_W, to.0);
            (x1, x2, (x1 + x2) / 2.0, (x1 + x2) / 2.0, 1.0, 1.0)
        } else if to.0 + 1.0 < from.0 {
            let (x1, x2) = (from.0, to.0 + NODE_W);
            (x1, x2, (x1 + x2) / 2.0, (x1 + x2) / 2.0, -1.0, -1.0)
        } else {
            let (x1, x2) = (from.0 + NODE_W, to.0 + NODE_W);
            let bulge = x1 + 30.0 + (y2 - y1).abs() / 6.0;
            (x1, x2, bulge, bulge, 1.0, -1.0)
        };
        Curve {
            path: {
                let [x1, y1, c1, c2, x2, y2] = [x1, y1, c1, c2, x2, y2].map(Tenths);
                format!("M{x1},{y1} C{c1},{y1} {c2},{y2} {x2},{y2}")
            },
            start: (x1, y1),
            start_leaves: leaves,
            end: (x2, y2),
            end_points: points,
        }
    }
}

/// A filled triangle with its tip at `tip`, pointing right (`direction` 1) or left (-1).
fn arrowhead(tip: (f64, f64), direction: f64) -> Markup {
    let base = tip.0 - direction * 8.0;
    let [x, y, base, above, below] = [tip.0, tip.1, base, tip.1 - 4.0, tip.1 + 4.0].map(Tenths);
    let d = format!("M{x},{y} L{base},{above} L{base},{below} z");
    html! { path d=(PreEscaped(d)) fill=(EDGE) {} }
}

fn node_svg(repo: &Repository, node: &Node, x: f64, y: f64) -> Markup {
    let (id, title, fill, dash) = match node {
        Node::Item(ix) => {
            let item = &repo.items[*ix];
            let dash = item.is_removed().then_some("5 4");
            (
                repo.display_id(*ix, None),
                item.title.as_str(),
                fill(item.current_status()),
                dash,
            )
        }
        Node::Document(d) => {
            let title = repo
                .documents
                .get(d)
                .map_or(d.as_str(), |doc| doc.title.as_str());
            (String::new(), title, "#ffffff", Some("2 3"))
        }
    };
    // An item shows its id in bold over its title; a document its title over two lines.
    let (first, second, weight) = if id.is_empty() {
        let (head, rest) = first_line(title);
        (head, truncated(rest, TITLE_CHARS), "400")
    } else {
        (id, truncated(title, TITLE_CHARS), "700")
    };
    html! {
        g {
            title { (title) }
            rect x=(coord(x)) y=(coord(y)) width=(NODE_W) height=(NODE_H) rx="6" fill=(fill)
                stroke="#57606a" stroke-dasharray=[dash] {}
            text x=(coord(x + 8.0)) y=(coord(y + 18.0)) font-size="11" font-weight=(weight)
                fill="#1f2328" { (first) }
            text x=(coord(x + 8.0)) y=(coord(y + 35.0)) font-size="11" fill="#1f2328" { (second) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(items: usize, edges: &[(ItemIx, ItemIx)]) -> GraphView {
        GraphView {
            items: (0..items).collect(),
            edges: edges.to_vec(),
            documents: vec![(0, "doc".into())],
        }
    }

    #[test]
    fn linked_items_are_in_columns_and_loose_ones_below() {
        // 0 links 1 and 2 both ways; 1 links 3; 4 links nothing.
        let layout = Layout::new(&view(5, &[(0, 1), (1, 0), (0, 2), (2, 0), (1, 3)]));
        let place = |n: Node| {
            layout
                .nodes
                .iter()
                .find(|(m, ..)| *m == n)
                .map(|p| (p.1, p.2))
                .unwrap()
        };
        let (x0, _) = place(Node::Item(0));
        let (x1, _) = place(Node::Item(1));
        let (x3, _) = place(Node::Item(3));
        assert!(
            x0 < x1 && x1 < x3,
            "columns by distance from the best-connected item"
        );
        let (_, y4) = place(Node::Item(4));
        assert!(
            layout
                .nodes
                .iter()
                .all(|(n, _, y)| *n == Node::Item(4) || *y < y4)
        );
        // Links both ways are one line.
        assert_eq!(layout.links.iter().filter(|l| l.2).count(), 2);
        assert_eq!(layout.links.len(), 3);
        assert_eq!(layout.references.len(), 1);
    }

    #[test]
    fn a_document_title_breaks_between_words() {
        assert_eq!(
            first_line("Handlingsprogram for Regional plan for klima"),
            (
                "Handlingsprogram for".to_string(),
                "Regional plan for klima"
            )
        );
        assert_eq!(first_line("Kort"), ("Kort".to_string(), ""));
    }

    #[test]
    fn arrowheads_point_the_way_the_link_goes() {
        let right = Curve::between((0.0, 0.0), (300.0, 0.0));
        assert_eq!((right.start_leaves, right.end_points), (1.0, 1.0));
        let left = Curve::between((300.0, 0.0), (0.0, 0.0));
        assert_eq!((left.start_leaves, left.end_points), (-1.0, -1.0));
        let same = Curve::between((0.0, 0.0), (0.0, 100.0));
        assert_eq!((same.start_leaves, same.end_points), (1.0, -1.0));
    }
}
