//! The status report as one self-contained web page, made from the report's Markdown with
//! pulldown-cmark: inline CSS (readable on a phone, printable), no scripts, no fonts or
//! images from the network, and charts as inline SVG.
//!
//! Everything around and between the Markdown (the page, table boxes, charts, the drawn
//! graphs) is written with maud, and the Markdown's text by pulldown-cmark: both escape
//! every text they are given, so text from the data can only ever become text. Raw HTML in
//! the Markdown is shown as text too, except the anchors and markers `render::report` writes
//! itself. Items, most of the page, are written straight as the HTML pulldown-cmark makes of
//! their Markdown (`render::blocks`, tested against this conversion).

use std::io::{self, Write};

use maud::{DOCTYPE, Markup, PreEscaped, html};
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use rayon::prelude::*;

use crate::index::Repository;
use crate::model::Status;
use crate::render::blocks;
use crate::render::chart::{self, coord};
use crate::render::drawing;
use crate::render::labels::Labels;
use crate::render::report::{
    CHART_COVERAGE, CHART_STATUS, Cut, PART_END, Pieces, chart_marker, graph_marker,
    indicator_marker, item_anchor, part_marker, title,
};
use crate::report::{ProgrammeReport, Report};

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.5; margin: 0; color: #1f2328; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.7rem; border-bottom: 2px solid #d0d7de; padding-bottom: .3rem; margin-top: 2.5rem; }
h2 { font-size: 1.35rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.15rem; margin-top: 1.6rem; }
h4 { font-size: 1rem; margin: 1.4rem 0 .3rem; }
a { color: #0969da; }
:target { background: #fff8c5; }
table { border-collapse: collapse; }
/* A table wider than the screen scrolls sideways in its box, not the whole page. */
div.table { overflow-x: auto; margin: .5rem 0 1rem; }
div.table:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
/* The heading above a table says what it is; the caption says it again for screen readers. */
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { border: 1px solid #d0d7de; padding: .25rem .6rem; }
th { background: #f6f8fa; }
ul { padding-left: 1.4rem; }
/* A description that starts with a list, below the item's facts: set apart as its own block. */
ul + ul { margin-top: 1.25rem; padding-top: .75rem; border-top: 1px solid #d0d7de; }
code { font-size: .85em; background: #f6f8fa; padding: .1em .3em; border-radius: 4px; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .75rem;
  overflow: auto; max-height: 28rem; font-size: .78rem; }
pre code { background: none; padding: 0; }
figure { margin: .5rem 0 1.5rem; }
figcaption { font-size: .85rem; color: #57606a; }
/* A chart is drawn at its own width, and only ever shrunk to fit, down to the min-width that
   keeps its text readable; a narrower screen scrolls it sideways in its box. */
div.chart { overflow-x: auto; }
div.chart:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
svg.chart { display: block; max-width: 100%; height: auto; margin: .5rem 0 1.2rem; }
svg.chart text { font-family: inherit; }
figure.graph { overflow-x: auto; }
svg.graph { display: block; height: auto; margin: .5rem 0; }
svg.graph text { font-family: inherit; }
@media (max-width: 40rem) {
  main { padding: .5rem .75rem 2rem; }
  body { font-size: .95rem; }
  h1 { font-size: 1.4rem; }
}
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3, h4 { break-after: avoid; }
  h2:has(> a[id*="-theme-"]) { break-before: page; }
  table { width: 100%; }
  div.table, div.chart { overflow: visible; }
  tr, svg, pre, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  figure.graph { overflow: visible; }
  svg.graph { max-width: 100%; }
  pre { max-height: none; white-space: pre-wrap; }
  :target { background: none; }
}
"#;

/// Where streamed content goes in an element maud writes, which is then split around it. No
/// text maud writes can hold it: maud escapes `<` in all of them.
const CONTENT: &str = "<!--plan:content-->";

/// The start and end tags (and whatever maud wrote around them) of `element`, which holds
/// [`CONTENT`] once, for content written between them piece by piece.
fn start_and_end(element: &Markup) -> (&str, &str) {
    element
        .0
        .split_once(CONTENT)
        .expect("the element holds the content marker")
}

/// Writes the page for `report`. `write_markdown` writes the report's Markdown (from
/// `render::report`) to the [`MarkdownToHtml`] it is given, which converts each piece and
/// writes its HTML as soon as the text ends between top-level blocks, so the page is never
/// whole in memory.
pub(crate) fn page(
    out: &mut dyn Write,
    repo: &Repository,
    report: &Report,
    write_markdown: impl FnOnce(&mut MarkdownToHtml) -> io::Result<()>,
) -> io::Result<()> {
    let mut programmes = report.programmes();
    let page_title = match (programmes.next(), programmes.next()) {
        (Some(one), None) => title(report, Some(one)),
        _ => title(report, None),
    };
    let page = html! {
        (DOCTYPE)
        html lang=(report.language) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                link rel="icon" href="data:,";
                title { (page_title) }
                // CSS, not HTML: nothing from the data is in it (see `page_footer`).
                style { (PreEscaped(STYLE)) (PreEscaped(page_footer(report))) }
            }
            body { main { (PreEscaped(CONTENT)) } }
        }
    };
    let (start, end) = start_and_end(&page);
    out.write_all(start.as_bytes())?;
    let mut body = MarkdownToHtml {
        markdown: Vec::new(),
        html: String::new(),
        heading: String::new(),
        repo,
        out,
    };
    write_markdown(&mut body)?;
    body.convert_pending(None)?;
    writeln!(body.out, "{end}")
}

/// Takes the report's Markdown and writes it as HTML, a piece at a time.
pub(crate) struct MarkdownToHtml<'a> {
    markdown: Vec<u8>,
    /// Reused for each piece's HTML.
    html: String,
    /// The last heading's text, which captions the tables after it in later pieces too.
    heading: String,
    repo: &'a Repository,
    out: &'a mut dyn Write,
}

impl MarkdownToHtml<'_> {
    /// Converts the Markdown written since the last call, which must end between top-level
    /// blocks, and writes its HTML. `part` is the programme's part the text belongs to,
    /// whose charts and graphs its markers name.
    pub(crate) fn convert_pending(&mut self, part: Option<&ProgrammeReport>) -> io::Result<()> {
        let markdown = std::str::from_utf8(&self.markdown).map_err(io::Error::other)?;
        self.html.clear();
        convert(self.repo, part, markdown, &mut self.heading, &mut self.html);
        self.out.write_all(self.html.as_bytes())?;
        self.markdown.clear();
        Ok(())
    }
}

impl Pieces for MarkdownToHtml<'_> {
    type Item = blocks::Html;

    fn item(l: &'static Labels) -> blocks::Html {
        blocks::Html::new(l)
    }

    fn write_item(&mut self, part: &ProgrammeReport, item: blocks::Html) -> io::Result<()> {
        self.convert_pending(Some(part))?;
        self.out.write_all(item.html.as_bytes())?;
        self.heading = item.heading;
        Ok(())
    }

    fn cut(&mut self, cut: Cut) -> io::Result<()> {
        self.convert_pending(cut.part())
    }
}

impl Write for MarkdownToHtml<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.markdown.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Converts a piece of the report's Markdown, which ends between top-level blocks, and
/// appends its HTML to `html`. `heading` is the text of the last heading before the piece,
/// and is left as the last one in it.
fn convert(
    repo: &Repository,
    part: Option<&ProgrammeReport>,
    markdown: &str,
    heading: &mut String,
    html: &mut String,
) {
    let mut graphs = drawn_graphs(repo, part, markdown);
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => match own_html(&raw, part) {
            Some(html) => Event::Html(CowStr::from(html)),
            None if raw.trim().starts_with(INDICATOR_PREFIX) => {
                Event::Html(CowStr::from(indicator_chart(repo, part, raw.trim())))
            }
            None if raw.trim().starts_with(GRAPH_PREFIX) => {
                Event::Html(CowStr::from(take_graph(part, &mut graphs, raw.trim())))
            }
            None => Event::Text(raw),
        },
        // The word joiners that keep GitHub from making mentions and links are not needed
        // on a page plan writes itself, and would ride along when a reader copies a link.
        Event::Text(text) if text.contains('\u{2060}') => {
            Event::Text(CowStr::from(text.replace('\u{2060}', "")))
        }
        other => other,
    });
    let start = html.len();
    pulldown_cmark::html::push_html(html, captioned(events, heading));
    // Column headers say what they head; no text from the data can hold `<th` (it is
    // escaped). Most pieces are items, which hold no table.
    if html[start..].contains("<th") {
        let scoped = html[start..]
            .replace("<th>", "<th scope=\"col\">")
            .replace("<th style=", "<th scope=\"col\" style=");
        html.truncate(start);
        html.push_str(&scoped);
    }
}

/// A piece of Markdown with no charts or graphs, converted as the page converts it, and the
/// text of its last heading: what the items' [`blocks::Html`] is tested against.
#[cfg(test)]
pub(crate) fn converted(markdown: &str) -> (String, String) {
    let (mut heading, mut html) = (String::new(), String::new());
    convert(
        &Repository::default(),
        None,
        markdown,
        &mut heading,
        &mut html,
    );
    (html, heading)
}

/// Printed pages carry the report's date (and commit) and the page number in their footer.
/// Only the labels, the date and the commit's hex id go into the CSS string, never data.
fn page_footer(report: &Report) -> String {
    let l = Labels::of(report.language);
    let mut line = format!("{} {}", l.status_as_of, l.date(report.date));
    if let Some(commit) = &report.revision {
        line.push_str(&format!(" · {} {commit}", l.data_from_commit));
        if report.uncommitted {
            line.push_str(&format!(" {}", l.uncommitted));
        }
    }
    let quoted: String = line
        .chars()
        .filter(|c| c.is_alphanumeric() || " .·-".contains(*c))
        .collect();
    format!(
        "@page {{ margin: 16mm 14mm 18mm; \
         @bottom-left {{ content: \"{quoted}\"; font-family: system-ui, sans-serif; font-size: 8pt; color: #57606a; }} \
         @bottom-right {{ content: counter(page) \" / \" counter(pages); font-family: system-ui, sans-serif; font-size: 8pt; color: #57606a; }} }}\n"
    )
}

/// The events with every table captioned by the text of the heading before it, and set in a
/// box that scrolls sideways when the table is wider than the screen, rather than the whole
/// page. The box takes the keyboard focus, so it can be scrolled without a mouse, and is named
/// by the same caption.
fn captioned<'e, 'h>(
    events: impl Iterator<Item = Event<'e>> + 'h,
    heading: &'h mut String,
) -> impl Iterator<Item = Event<'e>> + 'h
where
    'e: 'h,
{
    let mut in_heading = false;
    // The events a table's start or end adds, to come next (most events pass alone).
    let mut after: Vec<Event<'e>> = Vec::new();
    let mut events = events;
    std::iter::from_fn(move || {
        if let Some(event) = after.pop() {
            return Some(event);
        }
        let event = events.next()?;
        match &event {
            Event::Start(Tag::Heading { .. }) => {
                heading.clear();
                in_heading = true;
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(text) | Event::Code(text) if in_heading => heading.push_str(text),
            Event::Start(Tag::Table(_)) => {
                let caption = heading.trim();
                let scroll = html! {
                    div.table role="region" tabindex="0" aria-label=(caption) {
                        (PreEscaped(CONTENT))
                    }
                };
                let caption = html! { caption { (caption) } };
                // Popped from the end: the table's start, then its caption.
                after.push(Event::Html(caption.into_string().into()));
                after.push(event);
                return Some(Event::Html(start_and_end(&scroll).0.to_owned().into()));
            }
            Event::End(TagEnd::Table) => after.push(Event::Html("</div>\n".into())),
            _ => {}
        }
        Some(event)
    })
}

/// The HTML `render::report` wrote on purpose: anchors (`<a id="…">`, `</a>`) and the
/// markers of `part`, which become charts. Anything else is not ours.
fn own_html(raw: &str, part: Option<&ProgrammeReport>) -> Option<String> {
    let raw = raw.trim();
    if raw == "</a>" {
        return Some(raw.to_string());
    }
    if let Some(id) = raw
        .strip_prefix("<a id=\"")
        .and_then(|rest| rest.strip_suffix("\">"))
    {
        let plain = id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        return plain.then(|| raw.to_string());
    }
    if raw == PART_END {
        return Some("</section>\n".into());
    }
    part.and_then(|part| {
        let id = &part.programme.id.value;
        if raw == part_marker(part.programme) {
            // The data is in the programme's language, whatever the labels are in.
            let section =
                html! { section lang=(part.programme.language) { (PreEscaped(CONTENT)) } };
            Some(format!("{}\n", start_and_end(&section).0))
        } else if raw == chart_marker(CHART_STATUS, id) {
            Some(status_chart(part).into_string())
        } else if raw == chart_marker(CHART_COVERAGE, id) {
            Some(coverage_chart(part).into_string())
        } else {
            None
        }
    })
}

const INDICATOR_PREFIX: &str = "<!-- plan:chart indicator ";

/// The chart an indicator marker names, or nothing when the marker names no indicator of
/// the part (text from the data that looks like one is dropped, never shown as HTML). The
/// markers are in items, which the page writes straight; their Markdown converted here is
/// what that is tested against.
fn indicator_chart(repo: &Repository, part: Option<&ProgrammeReport>, marker: &str) -> String {
    part.into_iter()
        .flat_map(|part| part.entries().map(move |e| (part, e)))
        .find_map(|(part, entry)| {
            entry.indicators.iter().enumerate().find_map(|(n, (i, p))| {
                (indicator_marker(&item_anchor(repo, entry.ix), n) == marker)
                    .then(|| chart::indicator(Labels::of(part.language), i, *p).into_string())
            })
        })
        .unwrap_or_default()
}

const GRAPH_PREFIX: &str = "<!-- plan:graph ";

/// The part's link graphs, drawn on every core, when `markdown` holds a graph marker.
fn drawn_graphs(repo: &Repository, part: Option<&ProgrammeReport>, markdown: &str) -> Vec<String> {
    match part {
        Some(part) if markdown.contains(GRAPH_PREFIX) => (0..part.graphs.len())
            .into_par_iter()
            .map(|n| link_graph(repo, part, n))
            .collect(),
        _ => Vec::new(),
    }
}

/// The drawn graph a graph marker names, taken from `drawn`, or nothing when it names none
/// of the part's.
fn take_graph(part: Option<&ProgrammeReport>, drawn: &mut [String], marker: &str) -> String {
    part.and_then(|part| {
        (0..drawn.len()).find(|&n| graph_marker(&part.programme.id.value, n) == marker)
    })
    .map(|n| std::mem::take(&mut drawn[n]))
    .unwrap_or_default()
}

/// The part's `n`th link graph, drawn.
fn link_graph(repo: &Repository, part: &ProgrammeReport, n: usize) -> String {
    let g = &part.graphs[n];
    let l = Labels::of(part.language);
    let caption = match g.theme {
        Some(theme) => format!("{}: {} {}", l.link_graph, theme.code, theme.name),
        None => format!("{}: {}", l.link_graph, part.programme.name),
    };
    let layout = drawing::Layout::new(&g.view);
    // A wide graph scrolls rather than shrinking its text; the scroll area takes the
    // keyboard focus so it can be scrolled without a mouse.
    html! {
        figure.graph tabindex="0" aria-label=(caption) {
            (drawing::svg(repo, &layout, &caption))
            figcaption { (caption) }
        }
    }
    .into_string()
}

fn status_colour(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Planned) => "#afb8c1",
        Some(Status::Started) => "#e3b341",
        Some(Status::Ongoing) => "#0969da",
        Some(Status::Completed) => "#1a7f37",
        Some(Status::Removed) => "#cf222e",
        None => "#eaeef2",
    }
}

/// Stacked bars: for each theme, its items by status.
fn status_chart(part: &ProgrammeReport) -> Markup {
    let l = Labels::of(part.language);
    let rows = &part.summary.status_by_theme;
    // 392 pixels wide in all, as the indicator charts: a phone 390 wide shows it whole.
    let (label_w, bar_w, row_h, top) = (64.0, 328.0, 28.0, 8.0);
    let max = rows
        .iter()
        .map(|(_, counts)| counts.iter().map(|c| c.1).sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    // Each status's bar in a row: where it starts, its width, its status and its count.
    let bars = |counts: &[(Option<Status>, usize)]| {
        let mut x = label_w;
        let mut bars = Vec::new();
        for &(status, n) in counts {
            let w = n as f64 / max * bar_w;
            bars.push((x, w, status, n));
            x += w;
        }
        bars
    };
    let legend_y = top + rows.len() as f64 * row_h + 10.0;
    let mut shown: Vec<Option<Status>> = Status::ALL.iter().map(|&s| Some(s)).collect();
    shown.push(None);
    shown.retain(|s| rows.iter().any(|(_, c)| c.iter().any(|(t, _)| t == s)));
    let content = html! {
        @for (i, (code, counts)) in rows.iter().enumerate() {
            @let y = top + i as f64 * row_h;
            @let name = part.programme.theme(code).map_or(code.as_str(), |t| t.name.as_str());
            text x="0" y=(coord(y + 17.0)) font-size="13" font-weight="600" {
                title { (name) }
                (code)
            }
            @for (x, w, status, n) in bars(counts) {
                rect x=(coord(x)) y=(coord(y)) width=(coord(w)) height="22"
                    fill=(status_colour(status)) {
                    title { (code) " " (l.status(status)) ": " (n) }
                }
                @if w >= 18.0 {
                    text x=(coord(x + w / 2.0)) y=(coord(y + 15.5)) font-size="12"
                        text-anchor="middle" fill=(chart::ink(status_colour(status))) { (n) }
                }
            }
        }
        @for (i, status) in shown.iter().enumerate() {
            @let (x, y) = ((i % 3) as f64 * 128.0, legend_y + (i / 3) as f64 * 20.0);
            rect x=(coord(x)) y=(coord(y)) width="12" height="12" fill=(status_colour(*status)) {}
            text x=(coord(x + 17.0)) y=(coord(y + 10.5)) font-size="12" { (l.status(*status)) }
        }
    };
    let height = legend_y + shown.len().div_ceil(3) as f64 * 20.0;
    figure(l.chart_status, label_w + bar_w, height, &content)
}

/// A heat map: items per region (rows) and theme (columns).
fn coverage_chart(part: &ProgrammeReport) -> Markup {
    let l = Labels::of(part.language);
    let c = &part.coverage;
    let (label_w, cell_w, cell_h, top) = (180.0, 56.0, 26.0, 22.0);
    let max = c
        .rows
        .iter()
        .flat_map(|(_, counts)| counts.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let content = html! {
        @for (j, (code, name)) in c.themes.iter().enumerate() {
            text x=(coord(label_w + j as f64 * cell_w + cell_w / 2.0)) y="16" font-size="13"
                font-weight="600" text-anchor="middle" {
                title { (name) }
                (code)
            }
        }
        @for (i, (region, counts)) in c.rows.iter().enumerate() {
            @let y = top + i as f64 * cell_h;
            text x="0" y=(coord(y + 17.0)) font-size="13" { (region) }
            @for (j, &n) in counts.iter().enumerate() {
                @let x = label_w + j as f64 * cell_w;
                @let fill = heat(n, max);
                rect x=(coord(x)) y=(coord(y)) width=(coord(cell_w)) height=(coord(cell_h))
                    fill=(fill) stroke="#fff" {
                    title { (region) " " (c.themes[j].0) ": " (n) }
                }
                text x=(coord(x + cell_w / 2.0)) y=(coord(y + 17.0)) font-size="12"
                    text-anchor="middle" fill=(chart::ink(&fill)) { (n) }
            }
        }
    };
    let width = label_w + c.themes.len() as f64 * cell_w;
    let height = top + c.rows.len() as f64 * cell_h + 4.0;
    figure(l.chart_coverage, width, height, &content)
}

/// The heat map's colour for a count `n` of at most `max`: from pale to deep blue as the
/// count grows; empty cells stay grey.
fn heat(n: usize, max: f64) -> String {
    if n == 0 {
        return "#f6f8fa".to_string();
    }
    let share = n as f64 / max;
    // Between two channel values, so within 0..=255.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let mix = |pale: f64, deep: f64| (pale + (deep - pale) * share).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        mix(221.0, 9.0),
        mix(235.0, 80.0),
        mix(255.0, 180.0)
    )
}

/// How far a chart may shrink to fit a narrow screen: its smallest text, 12 pixels, then
/// reads at 11. On a narrower screen the chart keeps that size and scrolls sideways in its box.
const SMALLEST_SCALE: f64 = 11.0 / 12.0;

/// A chart in a figure, captioned, drawn at its own size (`width` × `height` pixels) and made
/// smaller to fit a narrow screen, never larger, and never so small its text cannot be read.
/// Its box is focusable and named, so it can be scrolled from the keyboard, as a table's is.
pub(crate) fn figure(caption: &str, width: f64, height: f64, content: &Markup) -> Markup {
    let smallest = format!("min-width: {:.0}px", width * SMALLEST_SCALE);
    html! {
        figure {
            div.chart role="region" tabindex="0" aria-label=(caption) {
                svg.chart role="img" viewBox=(format!("0 0 {width:.0} {height:.0}"))
                    width=(format!("{width:.0}")) style=(smallest)
                    xmlns="http://www.w3.org/2000/svg" {
                    title { (caption) }
                    (content)
                }
            }
            figcaption { (caption) }
        }
    }
}
