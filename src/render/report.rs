//! The status report as Markdown that reads well on GitHub: every heading a link can point
//! to carries an explicit `<a id>` anchor, links between items in the report are `#anchor`
//! links, and all text from the data is escaped so it shows as written.
//!
//! Two HTML comments mark where the web page puts its charts (`<!-- plan:chart … -->`);
//! GitHub hides them.

use std::io::{self, Write};

use rayon::prelude::*;

use crate::index::{ItemIx, Repository};
use crate::model::{Date, Level, Period, Programme, Word};
use crate::query::link_label;
use crate::render::blocks::{self, Blocks, block_start, escape};
use crate::render::graph;
use crate::render::labels::Labels;
use crate::render::show::group_thousands;
use crate::report::{ItemEntry, ProgrammeReport, Report, ThemeSection};
use crate::text::{fold, fold_into};

/// Kinds of chart the web page draws, named in the chart markers.
pub(crate) const CHART_STATUS: &str = "status";
pub(crate) const CHART_COVERAGE: &str = "coverage";
pub(crate) const CHART_INDICATOR: &str = "indicator";
pub(crate) const GRAPH: &str = "graph";

/// The marker of the `n`th indicator chart of the item with `anchor`:
/// `<!-- plan:chart indicator item-mr2025-x 0 -->`.
pub(crate) fn indicator_marker(anchor: &str, n: usize) -> String {
    chart_marker(CHART_INDICATOR, &format!("{anchor} {n}"))
}

/// The marker comment for a chart of one programme: `<!-- plan:chart status innlandet -->`.
pub(crate) fn chart_marker(kind: &str, programme: &str) -> String {
    format!("<!-- plan:chart {kind} {programme} -->")
}

/// The marker that opens a programme's part of the report: the web page marks it with the
/// language its data is written in.
pub(crate) fn part_marker(programme: &Programme) -> String {
    format!("<!-- plan:part {} -->", programme.id.value)
}

/// The marker that closes a programme's part.
pub(crate) const PART_END: &str = "<!-- plan:end-part -->";

/// The marker of a programme's `n`th link graph, which the web page draws:
/// `<!-- plan:graph innlandet 0 -->`.
pub(crate) fn graph_marker(programme: &str, n: usize) -> String {
    format!("<!-- plan:{GRAPH} {programme} {n} -->")
}

/// Whom the Markdown is for: GitHub, which draws Mermaid link graphs, or the web page, which
/// draws the graphs itself and marks each programme's part with its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    GitHub,
    Web,
}

/// The anchor of an item: `item-innlandet-k3`.
pub(crate) fn item_anchor(repo: &Repository, ix: ItemIx) -> String {
    let mut anchor = String::new();
    item_anchor_into(&mut anchor, repo, ix);
    anchor
}

/// [`item_anchor`], appended to `out`.
fn item_anchor_into(out: &mut String, repo: &Repository, ix: ItemIx) {
    let item = &repo.items[ix];
    out.push_str("item-");
    fold_into(out, &item.programme.value);
    out.push('-');
    fold_into(out, &item.id.value);
}

/// Every item's anchor, made once (a report links to items half a million times), all in
/// one string: a string each would take twice the memory.
struct Anchors {
    text: String,
    /// Where each item's anchor ends in `text`.
    ends: Vec<usize>,
}

impl Anchors {
    fn of(repo: &Repository) -> Anchors {
        let mut anchors = Anchors {
            text: String::with_capacity(24 * repo.items.len()),
            ends: Vec::with_capacity(repo.items.len()),
        };
        for ix in 0..repo.items.len() {
            item_anchor_into(&mut anchors.text, repo, ix);
            anchors.ends.push(anchors.text.len());
        }
        anchors
    }

    fn of_item(&self, ix: ItemIx) -> &str {
        let start = ix.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.text[start..self.ends[ix]]
    }
}

fn section_anchor(programme: &Programme, section: &str) -> String {
    format!("{}-{section}", fold(&programme.id.value))
}

fn theme_anchor(programme: &Programme, code: &str) -> String {
    section_anchor(programme, &format!("theme-{}", fold(code)))
}

fn level_anchor(programme: &Programme, code: &str, level: Option<Level>) -> String {
    let level = level.map_or("none", |l| l.as_str());
    format!("{}-{level}", theme_anchor(programme, code))
}

/// An inline anchor, written inside a heading so the heading is the target.
fn anchor(id: &str) -> String {
    format!("<a id=\"{id}\"></a>")
}

/// The blocks of a text: runs of lines that are not blank, each line trimmed.
pub(crate) fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut blocks = Vec::new();
    let mut block = Vec::new();
    for line in text.lines().map(str::trim) {
        if !line.is_empty() {
            block.push(line);
        } else if !block.is_empty() {
            blocks.push(std::mem::take(&mut block));
        }
    }
    if !block.is_empty() {
        blocks.push(block);
    }
    blocks
}

pub(crate) fn title(report: &Report, programme: Option<&Programme>) -> String {
    let l = Labels::of(programme.map_or(report.language, |p| report.language_of(p)));
    let mut title = l.status_report.to_string();
    if let Some(programme) = programme {
        title.push_str(": ");
        title.push_str(&programme.name);
    }
    if let Some(region) = &report.region {
        title.push_str(&format!(" – {} {region}", l.region));
    }
    if !report.municipalities.is_empty() {
        let names = report.municipalities.join(", ");
        title.push_str(&format!(" – {} {names}", l.municipality));
    }
    title
}

/// "**Status per 31. desember 2024** · data fra versjon abc1234".
fn dated(report: &Report, l: &Labels) -> String {
    let mut line = format!("**{} {}**", l.status_as_of, l.date(report.date));
    if let Some(commit) = &report.revision {
        line.push_str(&format!(" · {} {commit}", l.data_from_commit));
        if report.uncommitted {
            line.push_str(&format!(" {}", l.uncommitted));
        }
    }
    line
}

/// A number as the language writes it: `7`, `12,5` (English `12.5`).
pub(crate) fn number(l: &Labels, value: f64) -> String {
    let text = if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.2}");
        text.trim_end_matches('0').to_string()
    };
    if l.language == crate::model::Language::En {
        text
    } else {
        text.replace('.', ",")
    }
}

fn period(l: &Labels, period: &Period) -> String {
    let date = |d: Option<Date>| d.map(|d| l.date(d)).unwrap_or_default();
    format!("{}–{}", date(period.start), date(period.end))
}

pub(crate) fn markdown(
    out: &mut dyn Write,
    repo: &Repository,
    report: &Report,
    form: Form,
) -> io::Result<()> {
    markdown_in_pieces(&mut Plain(out), repo, report, form)
}

/// Where the text written so far ends: always between top-level blocks.
#[derive(Clone, Copy)]
pub(crate) enum Cut<'p, 'a> {
    /// After the title (and the list of programmes of a report on several).
    Title,
    /// Inside a programme's part: after its front matter, an item or a section.
    Within(&'p ProgrammeReport<'a>),
    /// At the end of a programme's part.
    PartEnd(&'p ProgrammeReport<'a>),
}

impl<'p, 'a> Cut<'p, 'a> {
    /// The part the text since the last cut belongs to.
    pub(crate) fn part(self) -> Option<&'p ProgrammeReport<'a>> {
        match self {
            Cut::Title => None,
            Cut::Within(part) | Cut::PartEnd(part) => Some(part),
        }
    }
}

/// Where the report's Markdown goes, told where it can be cut: the web page converts it to
/// HTML a piece at a time. Items, most of a report's work, are written on every core, each
/// into its own text ([`Pieces::Item`]): Markdown, or the web page's HTML straight.
pub(crate) trait Pieces: Write {
    /// An item's text.
    type Item: Blocks + Send;
    /// An empty item's text, in the language of `l`.
    fn item(l: &'static Labels) -> Self::Item;
    /// Writes an item's text; the text written before it ends between top-level blocks,
    /// and the item is followed by a cut.
    fn write_item(&mut self, part: &ProgrammeReport, item: Self::Item) -> io::Result<()>;
    /// The text written since the last cut ends between top-level blocks.
    fn cut(&mut self, cut: Cut) -> io::Result<()>;
}

/// The Markdown as it is written.
struct Plain<'w>(&'w mut dyn Write);

impl Write for Plain<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.0.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

impl Pieces for Plain<'_> {
    type Item = blocks::Markdown;

    fn item(_: &'static Labels) -> blocks::Markdown {
        blocks::Markdown::default()
    }

    fn write_item(&mut self, _: &ProgrammeReport, item: blocks::Markdown) -> io::Result<()> {
        self.0.write_all(item.text.as_bytes())
    }

    fn cut(&mut self, _: Cut) -> io::Result<()> {
        Ok(())
    }
}

/// Writes the Markdown to `out`, telling it wherever the text so far ends between top-level
/// blocks (after the title, and after each programme's front matter, item and section), so
/// it converts to HTML piece by piece exactly as it would in one go. The web page is made
/// this way, without ever holding the whole report's text; each programme's part is
/// computed as it is written and dropped after it.
pub(crate) fn markdown_in_pieces<W: Pieces>(
    out: &mut W,
    repo: &Repository,
    report: &Report,
    form: Form,
) -> io::Result<()> {
    title_and_contents(out, report)?;
    out.cut(Cut::Title)?;
    let anchors = Anchors::of(repo);
    let from = Sources {
        repo,
        report,
        anchors: &anchors,
    };
    for part in report.parts() {
        programme(out, from, &part, form)?;
    }
    Ok(())
}

/// What items' texts are written from.
#[derive(Clone, Copy)]
struct Sources<'r, 'a> {
    repo: &'r Repository,
    report: &'r Report<'a>,
    anchors: &'r Anchors,
}

/// The title and list of programmes of a report on several programmes (nothing for one).
fn title_and_contents(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    if report.programmes().len() != 1 {
        let l = Labels::of(report.language);
        writeln!(out, "# {}\n", escape(&title(report, None)))?;
        writeln!(out, "{}\n", dated(report, l))?;
        let links: Vec<String> = report
            .programmes()
            .map(|p| format!("[{}](#{})", escape(&p.name), section_anchor(p, "report")))
            .collect();
        writeln!(
            out,
            "**{}:** {}\n",
            l.programmes_in_report,
            links.join(" · ")
        )?;
    }
    Ok(())
}

/// One programme's part of the report: its front matter, contents and summary (one piece),
/// each theme's items (a piece per item and per theme), then the removed items, coverage,
/// link graphs and data quality (the last piece).
fn programme<W: Pieces>(
    out: &mut W,
    from: Sources,
    part: &ProgrammeReport,
    form: Form,
) -> io::Result<()> {
    let Sources { repo, report, .. } = from;
    let l = Labels::of(part.language);
    let p = part.programme;
    if form == Form::Web {
        writeln!(out, "{}\n", part_marker(p))?;
    }
    front_matter(out, repo, report, l, part)?;
    contents(out, report, l, part)?;
    summary(out, l, part)?;
    if let Some((from, revision)) = &report.changes_from {
        changes(out, report, l, part, *from, revision.as_deref())?;
    }
    out.cut(Cut::Within(part))?;
    for section in &part.sections {
        theme_section(out, from, l, part, section)?;
        out.cut(Cut::Within(part))?;
    }
    if !part.removed.is_empty() {
        writeln!(
            out,
            "## {}{}\n",
            anchor(&section_anchor(p, "removed")),
            l.removed_items
        )?;
        items(out, from, l, part, &part.removed, 3)?;
    }
    coverage(out, l, part)?;
    graphs(out, repo, l, part, form)?;
    quality(out, l, part)?;
    if form == Form::Web {
        writeln!(out, "{PART_END}\n")?;
    }
    out.cut(Cut::PartEnd(part))
}

/// The programme's title, date, key facts (owner, period, vision, main goal) and decisions.
fn front_matter(
    out: &mut dyn Write,
    repo: &Repository,
    report: &Report,
    l: &Labels,
    part: &ProgrammeReport,
) -> io::Result<()> {
    let p = part.programme;
    writeln!(
        out,
        "# {}{}\n",
        anchor(&section_anchor(p, "report")),
        escape(&title(report, Some(p)))
    )?;
    writeln!(out, "{}\n", dated(report, l))?;
    let mut facts = vec![(l.owner, escape(repo.body_name(&p.owner.value)))];
    facts.extend(p.period.as_ref().map(|x| (l.period, period(l, x))));
    facts.extend(p.vision.as_deref().map(|v| (l.vision, escape(v))));
    facts.extend(p.main_goal.as_deref().map(|g| (l.main_goal, escape(g))));
    facts.extend(report.since.map(|d| (l.updates_since, l.date(d))));
    for (label, value) in facts {
        writeln!(out, "- **{label}:** {value}")?;
    }
    if part.county_wide_left_out > 0 {
        writeln!(
            out,
            "- {} {}.",
            part.county_wide_left_out, l.county_wide_left_out
        )?;
    }
    if p.decisions.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n**{}:**\n", l.decisions)?;
    for d in &p.decisions {
        let reference = d
            .reference
            .as_deref()
            .map(|r| format!(" ({})", escape(r)))
            .unwrap_or_default();
        let line = format!(
            "{}, {}{reference}: {}",
            l.date(d.date),
            escape(repo.body_name(&d.body.value)),
            escape(&d.text)
        );
        writeln!(out, "- {}", block_start(line))?;
    }
    Ok(())
}

/// A theme's heading and goal, then its items by level, then its county-wide items.
fn theme_section<W: Pieces>(
    out: &mut W,
    from: Sources,
    l: &'static Labels,
    part: &ProgrammeReport,
    section: &ThemeSection,
) -> io::Result<()> {
    let p = part.programme;
    let theme = section.theme;
    writeln!(
        out,
        "## {}{} {}\n",
        anchor(&theme_anchor(p, &theme.code)),
        escape(&theme.code),
        escape(&theme.name)
    )?;
    if let Some(goal) = &theme.goal {
        writeln!(out, "*{}*\n", escape(goal))?;
    }
    if section.levels.is_empty() && section.county_wide.is_empty() {
        writeln!(out, "{}\n", l.no_items)?;
    }
    // Items of a programme without levels sit right under the theme.
    let depth = if p.levels.is_empty() { 3 } else { 4 };
    for (level, entries) in &section.levels {
        let name = match level {
            Some(level) => p.level_name(*level).unwrap_or(l.level(*level)),
            None => l.no_level,
        };
        if !p.levels.is_empty() {
            writeln!(
                out,
                "### {}{}\n",
                anchor(&level_anchor(p, &theme.code, *level)),
                escape(name)
            )?;
        }
        items(out, from, l, part, entries, depth)?;
    }
    if !section.county_wide.is_empty() {
        writeln!(
            out,
            "### {}{}\n\n{}\n",
            anchor(&format!("{}-county-wide", theme_anchor(p, &theme.code))),
            l.county_wide_items,
            l.county_wide_note
        )?;
        items(out, from, l, part, &section.county_wide, 4)?;
    }
    Ok(())
}

/// Items rendered and made ready on every core, a batch at a time, and written in order,
/// each one a piece: they are most of a report's work. `depth` is their headings' level.
fn items<W: Pieces>(
    out: &mut W,
    from: Sources,
    l: &'static Labels,
    part: &ProgrammeReport,
    entries: &[ItemEntry],
    depth: usize,
) -> io::Result<()> {
    const BATCH: usize = 256;
    for batch in entries.chunks(BATCH) {
        let ready: Vec<W::Item> = batch
            .par_iter()
            .map(|entry| {
                let mut text = W::item(l);
                item(&mut text, from, l, entry, depth);
                text
            })
            .collect();
        for item in ready {
            out.write_item(part, item)?;
        }
    }
    Ok(())
}

fn contents(
    out: &mut dyn Write,
    report: &Report,
    l: &Labels,
    part: &ProgrammeReport,
) -> io::Result<()> {
    let p = part.programme;
    let mut links = vec![(l.summary.to_string(), section_anchor(p, "summary"))];
    if report.changes_from.is_some() {
        links.push((l.changes_in_period.into(), section_anchor(p, "changes")));
    }
    for s in &part.sections {
        links.push((
            format!("{} {}", s.theme.code, s.theme.name),
            theme_anchor(p, &s.theme.code),
        ));
    }
    if !part.removed.is_empty() {
        links.push((l.removed_items.into(), section_anchor(p, "removed")));
    }
    links.push((l.coverage.into(), section_anchor(p, "coverage")));
    links.push((l.link_graph.into(), section_anchor(p, "graph")));
    links.push((l.data_quality.into(), section_anchor(p, "quality")));
    writeln!(out, "\n**{}:**\n", l.contents)?;
    for (text, target) in links {
        writeln!(out, "- [{}](#{target})", escape(&text))?;
    }
    writeln!(out)
}

/// A Markdown table; cells are already escaped, columns after the first are numbers.
fn table(out: &mut dyn Write, header: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    writeln!(out, "| {} |", header.join(" | "))?;
    let align: Vec<&str> = (0..header.len())
        .map(|i| if i == 0 { "---" } else { "---:" })
        .collect();
    writeln!(out, "|{}|", align.join("|"))?;
    for row in rows {
        writeln!(out, "| {} |", row.join(" | "))?;
    }
    writeln!(out)
}

/// A table row: a name, its counts and their sum.
fn counts_row(name: &str, counts: &[usize]) -> Vec<String> {
    let mut row = vec![escape(name)];
    row.extend(counts.iter().map(ToString::to_string));
    row.push(counts.iter().sum::<usize>().to_string());
    row
}

/// The rows of a one-column count table, then their sum: it matches the theme table's.
fn with_total(l: &Labels, counts: impl Iterator<Item = (String, usize)>) -> Vec<Vec<String>> {
    let mut total = 0;
    let mut rows: Vec<Vec<String>> = counts
        .map(|(name, n)| {
            total += n;
            vec![name, n.to_string()]
        })
        .collect();
    rows.push(vec![format!("**{}**", l.total), format!("**{total}**")]);
    rows
}

fn summary(out: &mut dyn Write, l: &Labels, part: &ProgrammeReport) -> io::Result<()> {
    let p = part.programme;
    let s = &part.summary;
    writeln!(
        out,
        "## {}{}\n",
        anchor(&section_anchor(p, "summary")),
        l.summary
    )?;
    if s.removed > 0 {
        let note = crate::tr!(l.language, "report-removed-not-counted", count = s.removed);
        writeln!(out, "{note}\n")?;
    }
    writeln!(out, "### {}\n", l.by_theme_and_level)?;
    let mut header = vec![l.theme.to_string()];
    header.extend(s.levels.iter().map(|level| match level {
        Some(level) => escape(p.level_name(*level).unwrap_or(l.level(*level))),
        None if p.levels.is_empty() => l.items.to_string(),
        None => l.no_level.to_string(),
    }));
    header.push(l.total.into());
    let mut rows: Vec<Vec<String>> = s
        .by_theme_and_level
        .iter()
        .map(|(theme, counts)| counts_row(theme, counts))
        .collect();
    let sums: Vec<usize> = (0..s.levels.len())
        .map(|column| s.by_theme_and_level.iter().map(|(_, c)| c[column]).sum())
        .collect();
    let mut totals = vec![format!("**{}**", l.total)];
    totals.extend(sums.iter().map(|n| format!("**{n}**")));
    totals.push(format!("**{}**", sums.iter().sum::<usize>()));
    rows.push(totals);
    table(out, &header, &rows)?;

    writeln!(out, "### {}\n", l.by_status)?;
    let rows = with_total(
        l,
        s.by_status
            .iter()
            .map(|(status, n)| (l.status(*status).to_string(), *n)),
    );
    table(out, &[l.status.into(), l.items.into()], &rows)?;
    writeln!(out, "{}\n", chart_marker(CHART_STATUS, &p.id.value))?;

    writeln!(out, "### {}\n", l.by_priority)?;
    let rows = with_total(
        l,
        s.by_priority
            .iter()
            .map(|(term, n)| (l.term(*term).to_string(), *n)),
    );
    table(out, &[l.priority.into(), l.items.into()], &rows)?;

    writeln!(out, "### {}\n", l.funding)?;
    if s.funding.is_empty() {
        return writeln!(out, "{}\n", l.no_funding);
    }
    let rows: Vec<Vec<String>> = s
        .funding
        .iter()
        .map(|total| {
            let about = if total.approximate { l.about } else { "" };
            vec![
                escape(&total.currency),
                format!("{about}{}", group_thousands(total.amount)),
                total.items.to_string(),
            ]
        })
        .collect();
    table(
        out,
        &[
            l.currency.into(),
            l.amount.into(),
            l.items_with_amounts.into(),
        ],
        &rows,
    )
}

/// An item under a heading of `depth` (3 or 4: one below the section it is in): its facts,
/// updates and links as a list, then its indicators and description.
fn item<B: Blocks>(out: &mut B, from: Sources, l: &Labels, entry: &ItemEntry, depth: usize) {
    let Sources { repo, report, .. } = from;
    let ix = entry.ix;
    let item = &repo.items[ix];
    let anchor = from.anchors.of_item(ix);
    out.heading(depth, anchor);
    out.data(&repo.shown_id(ix, None));
    out.words(" ");
    out.data(&item.title);
    out.end_heading(depth);
    out.list(false);
    item_facts(out, repo, l, entry);
    item_updates(out, report, l, entry);
    item_links(out, from, l, ix);
    out.end_list();
    indicators(out, l, entry, anchor);
    if let Some(text) = &item.description {
        description(out, text);
    }
}

/// Starts an entry of a list with its bold label: "**Status:** ".
fn labelled<B: Blocks>(out: &mut B, label: &str) {
    out.entry();
    bold_label(out, label);
    out.words(" ");
}

/// A label in bold, with its colon: "**Status:**".
fn bold_label<B: Blocks>(out: &mut B, label: &str) {
    out.strong();
    out.words(label);
    out.words(":");
    out.end_strong();
}

/// Who is responsible, the partners, the priority and the status, each that is known.
fn item_facts<B: Blocks>(out: &mut B, repo: &Repository, l: &Labels, entry: &ItemEntry) {
    let item = &repo.items[entry.ix];
    let responsible: Vec<&str> = item
        .responsible
        .iter()
        .map(|r| repo.body_name(&r.value))
        .collect();
    for (label, names) in [(l.responsible, &responsible), (l.partners, &entry.partners)] {
        if names.iter().all(|n| n.is_empty()) {
            continue;
        }
        labelled(out, label);
        for (n, name) in names.iter().enumerate() {
            if n > 0 {
                out.words(", ");
            }
            out.data(name);
        }
        out.end_entry();
    }
    labelled(out, l.priority);
    match &item.priority {
        None => out.words(l.not_stated),
        Some(p) => {
            let label = l.term(Some(p.term));
            // The data's own wording ("kort sikt (arbeidet er satt i gang)") when it says the same.
            if fold(&p.text).starts_with(&fold(label)) {
                out.data(&p.text);
            } else {
                out.words(label);
                out.words(" (");
                out.data(&p.text);
                out.words(")");
            }
        }
    }
    out.end_entry();
    labelled(out, l.status);
    out.words(l.status(item.current_status()));
    out.end_entry();
}

/// The item's updates in the report's period, or its latest update (saying when there has
/// been none in the period).
fn item_updates<B: Blocks>(out: &mut B, report: &Report, l: &Labels, entry: &ItemEntry) {
    let update = |out: &mut B, u: &crate::model::Update| {
        out.words(&l.date(u.date.value));
        if let Some(status) = u.status {
            out.words(" (");
            out.words(l.status(Some(status)));
            out.words(")");
        }
        out.words(": ");
        update_text(out, &u.text);
    };
    match (report.since, entry.updates.as_slice()) {
        (_, []) => {
            labelled(out, l.latest_update);
            out.words(l.no_updates);
        }
        (Some(since), updates) if !entry.nothing_since => {
            labelled(out, &format!("{} {}", l.updates_since, l.date(since)));
            out.list(false);
            for u in updates {
                out.entry();
                update(out, u);
                out.end_entry();
            }
            out.end_list();
        }
        (since, [latest, ..]) => {
            labelled(out, l.latest_update);
            update(out, latest);
            if let Some(since) = since.filter(|_| entry.nothing_since) {
                out.words(" (");
                out.words(l.no_updates_since);
                out.words(" ");
                out.words(&l.date(since));
                out.words(")");
            }
        }
    }
    out.end_entry();
}

/// The items this one links to, as links to them where they are in the report.
fn item_links<B: Blocks>(out: &mut B, from: Sources, l: &Labels, ix: ItemIx) {
    let repo = from.repo;
    let targets = &repo.links_out[ix];
    if targets.is_empty() {
        return;
    }
    labelled(out, l.links);
    for (n, &to) in targets.iter().enumerate() {
        if n > 0 {
            out.words("; ");
        }
        let shown = from.report.shows(to);
        if shown {
            out.link(from.anchors.of_item(to));
        }
        out.data(&link_label(repo, ix, to));
        out.words(" ");
        out.data(&repo.items[to].title);
        if shown {
            out.end_link(from.anchors.of_item(to));
        }
    }
    out.end_entry();
}

/// The period's changes in this programme, as `plan diff` lists them.
fn changes(
    out: &mut dyn Write,
    report: &Report,
    l: &Labels,
    part: &ProgrammeReport,
    from: Date,
    revision: Option<&str>,
) -> io::Result<()> {
    writeln!(
        out,
        "## {}{}\n",
        anchor(&section_anchor(part.programme, "changes")),
        l.changes_in_period
    )?;
    let commit = revision
        .map(|c| format!(" ({} {c})", l.data_from_commit))
        .unwrap_or_default();
    writeln!(
        out,
        "{} {}{commit} {} {}.\n",
        l.from,
        l.date(from),
        l.to,
        l.date(report.date)
    )?;
    match &part.changes {
        Some(diff) => crate::render::diff::programme_markdown(out, diff, &l.diff),
        None => writeln!(out, "{}\n", l.no_changes_in_period),
    }
}

/// The item's indicators: what is measured, the latest value, the target and the progress,
/// each followed by its chart.
fn indicators<B: Blocks>(out: &mut B, l: &Labels, entry: &ItemEntry, anchor: &str) {
    if entry.indicators.is_empty() {
        return;
    }
    out.paragraph();
    bold_label(out, l.indicators);
    out.end_paragraph();
    for (n, (indicator, progress)) in entry.indicators.iter().enumerate() {
        let value = |out: &mut B, label: &str, v: f64, d: Date| {
            out.words(label);
            out.words(" ");
            out.words(&number(l, v));
            out.words(" ");
            out.data(&indicator.unit);
            out.words(" (");
            out.words(&l.date(d));
            out.words(")");
        };
        out.list(false);
        out.entry();
        out.data(&indicator.name);
        out.words(": ");
        if let Some(b) = &indicator.baseline {
            value(out, l.baseline, b.value, b.date.value);
            out.words("; ");
        }
        match crate::indicator::latest(indicator) {
            Some(m) => value(out, l.measured, m.value, m.date.value),
            None => out.words(l.no_indicators_measured),
        }
        out.words("; ");
        let t = &indicator.target;
        value(out, l.target, t.value, t.date.value);
        out.words(" — ");
        out.strong();
        out.words(&l.progress(*progress));
        out.end_strong();
        out.end_entry();
        out.end_list();
        out.chart(&indicator_marker(anchor, n), indicator, *progress);
    }
}

/// A description: paragraphs, and lists where a block's lines start with `- ` (lists
/// with blank lines between them are one list, set apart). A line break stays a line
/// break, in a paragraph and in a list entry: descriptions break lines on purpose (a list,
/// an address), and Markdown would join the lines.
pub(crate) fn description<B: Blocks>(out: &mut B, text: &str) {
    let blocks = blocks(text);
    let mut rest = blocks.as_slice();
    while let Some(first) = rest.first() {
        if !is_list(first) {
            out.paragraph();
            lines(out, first.iter().copied());
            out.end_paragraph();
            rest = &rest[1..];
            continue;
        }
        let run = rest.iter().take_while(|b| is_list(b)).count();
        out.list(run > 1);
        for block in &rest[..run] {
            for entry in list_entries(block) {
                out.entry();
                lines(out, entry);
                out.end_entry();
            }
        }
        out.end_list();
        rest = &rest[run..];
    }
}

/// Whether a block of a description is a list: it starts with `- `.
pub(crate) fn is_list(block: &[&str]) -> bool {
    block[0].starts_with("- ")
}

/// The entries of a block of a list: each starts with `- `, and lines after it belong to it.
pub(crate) fn list_entries<'t>(block: &[&'t str]) -> Vec<Vec<&'t str>> {
    let mut entries: Vec<Vec<&str>> = Vec::new();
    for line in block {
        match (line.strip_prefix("- "), entries.last_mut()) {
            (Some(start), _) => entries.push(vec![start]),
            (None, Some(last)) => last.push(line),
            (None, None) => {}
        }
    }
    entries
}

/// An update's text: its lines as written, blank ones left out (as in a paragraph of a
/// description).
fn update_text<B: Blocks>(out: &mut B, text: &str) {
    lines(
        out,
        text.lines().map(str::trim).filter(|line| !line.is_empty()),
    );
}

/// Lines of text from the data, with a line break between them.
fn lines<'t, B: Blocks>(out: &mut B, lines: impl IntoIterator<Item = &'t str>) {
    for (n, line) in lines.into_iter().enumerate() {
        if n > 0 {
            out.line_break();
        }
        out.data(line);
    }
}

fn coverage(out: &mut dyn Write, l: &Labels, part: &ProgrammeReport) -> io::Result<()> {
    let p = part.programme;
    writeln!(
        out,
        "## {}{}\n",
        anchor(&section_anchor(p, "coverage")),
        l.coverage
    )?;
    let c = &part.coverage;
    if c.rows.is_empty() {
        return writeln!(out, "{}\n", l.no_regions);
    }
    let mut header = vec![l.region_heading.to_string()];
    header.extend(c.themes.iter().map(|(code, _)| escape(code)));
    header.push(l.total.into());
    let rows: Vec<Vec<String>> = c
        .rows
        .iter()
        .map(|(region, counts)| counts_row(region, counts))
        .collect();
    table(out, &header, &rows)?;
    writeln!(out, "{}\n", chart_marker(CHART_COVERAGE, &p.id.value))?;
    writeln!(out, "{}\n", l.coverage_note)
}

fn graphs(
    out: &mut dyn Write,
    repo: &Repository,
    l: &Labels,
    part: &ProgrammeReport,
    form: Form,
) -> io::Result<()> {
    writeln!(
        out,
        "## {}{}\n",
        anchor(&section_anchor(part.programme, "graph")),
        l.link_graph
    )?;
    if part.graphs.is_empty() {
        return writeln!(out, "{}\n", l.no_links);
    }
    let note = match form {
        Form::GitHub => l.graph_note,
        Form::Web => l.graph_note_drawn,
    };
    writeln!(out, "{note}\n")?;
    if part.graphs.iter().any(|g| g.theme.is_some()) {
        writeln!(out, "{}.\n", l.graph_by_theme)?;
    }
    // The Mermaid text of every graph, on every core (the web page draws its own).
    let mermaid: Vec<Vec<u8>> = match form {
        Form::GitHub => part
            .graphs
            .par_iter()
            .map(|g| {
                let mut text = Vec::new();
                graph::mermaid(&mut text, repo, &g.view).map(|()| text)
            })
            .collect::<io::Result<_>>()?,
        Form::Web => Vec::new(),
    };
    for (n, g) in part.graphs.iter().enumerate() {
        if let Some(theme) = g.theme {
            writeln!(out, "### {} {}\n", escape(&theme.code), escape(&theme.name))?;
        }
        match mermaid.get(n) {
            Some(text) => {
                writeln!(out, "```mermaid")?;
                out.write_all(text)?;
                writeln!(out, "```\n")?;
            }
            None => writeln!(out, "{}\n", graph_marker(&part.programme.id.value, n))?,
        }
    }
    Ok(())
}

fn quality(out: &mut dyn Write, l: &Labels, part: &ProgrammeReport) -> io::Result<()> {
    writeln!(
        out,
        "## {}{}\n",
        anchor(&section_anchor(part.programme, "quality")),
        l.data_quality
    )?;
    if part.findings.is_empty() {
        return writeln!(out, "{}\n", l.no_findings);
    }
    for d in &part.findings {
        let severity = match d.severity {
            crate::diagnostic::Severity::Error => l.error,
            crate::diagnostic::Severity::Warning => l.warning,
        };
        let help = d
            .help
            .as_deref()
            .map(|h| format!(" ({})", escape(h)))
            .unwrap_or_default();
        writeln!(
            out,
            "- **{severity}** `{}` {}:{}:{}: {}{help}",
            d.code,
            escape(&d.path),
            d.line,
            d.column,
            escape(&d.message)
        )?;
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::blocks::{Html, Markdown};
    use crate::render::labels::Labels;
    use crate::tests::generate::Rng;

    /// Line breaks in a description stay line breaks, in paragraphs and list entries, in the
    /// Markdown and in the HTML made from it; blank lines start paragraphs.
    #[test]
    fn line_breaks_in_a_description_stay() {
        let text = "Fylkeshuset\nPostboks 4\n2. etasje\n\n\n  - første\n    fortsatt\n- - andre\n";
        let mut markdown = Markdown::default();
        description(&mut markdown, text);
        assert_eq!(
            markdown.text,
            "Fylkeshuset\\\nPostboks 4\\\n2\\. etasje\n\n- første\\\n  fortsatt\n- \\- andre\n\n"
        );
        let expected = "<p>Fylkeshuset<br />\nPostboks 4<br />\n2. etasje</p>\n\
             <ul>\n<li>første<br />\nfortsatt</li>\n<li>- andre</li>\n</ul>\n";
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&markdown.text));
        assert_eq!(html, expected);
        let mut direct = Html::new(Labels::of(crate::model::Language::Nb));
        description(&mut direct, text);
        assert_eq!(direct.html, expected);
        let mut markdown = Markdown::default();
        description(&mut markdown, "Ein\nto \\\n\n  \ntre");
        assert_eq!(
            markdown.text, "Ein\\\nto \\\\\n\ntre\n\n",
            "a backslash from the data stays text"
        );
    }

    /// Text made of the pieces Markdown and HTML are most particular about.
    fn random_text(rng: &mut Rng) -> String {
        const PIECES: &[&str] = &[
            "a",
            "Æø",
            " ",
            "  ",
            "\t",
            "\n",
            "\r",
            "-",
            "- ",
            "+",
            "=",
            "1.",
            "2)",
            "*",
            "_",
            "`",
            "[",
            "]",
            "(",
            ")",
            "<",
            ">",
            "&",
            "&amp;",
            "\"",
            "'",
            "#",
            "!",
            "$",
            "~",
            "|",
            "\\",
            "@",
            ":",
            "https://x",
            "@a",
            "\u{2060}",
            "\u{a0}",
            "\u{3000}",
            "\0",
            "<b>",
            "---",
            "***",
            "===",
            ". ",
            "    kode",
            "é",
            "—",
            "<!-- x -->",
            "\n\n",
            "\n- ",
            "\n  - ",
            "\n1. ",
            "\n> ",
            "\n# ",
            "    ",
            "\u{2028}",
            "\u{85}",
        ];
        (0..rng.below(12))
            .map(|_| PIECES[rng.below(PIECES.len())])
            .collect()
    }

    /// Something like an item: a heading, a list of labelled facts (one with a list of
    /// updates in it, one with links), a paragraph, and a description.
    fn random_item<B: Blocks>(out: &mut B, rng: &mut Rng) {
        let depth = 3 + rng.below(2);
        out.heading(depth, "item-x-1");
        out.data(&random_text(rng));
        out.words(" ");
        out.data(&random_text(rng));
        out.end_heading(depth);
        out.list(false);
        for _ in 0..1 + rng.below(4) {
            labelled(out, "Status");
            match rng.below(4) {
                0 => {
                    out.data(&random_text(rng));
                    out.list(false);
                    for _ in 0..1 + rng.below(3) {
                        out.entry();
                        out.words("5. mars 2024: ");
                        let text: String = (0..rng.below(4)).map(|_| random_text(rng)).collect();
                        update_text(out, &text);
                        out.end_entry();
                    }
                    out.end_list();
                }
                1 => {
                    out.data(&random_text(rng));
                    out.link("item-x-2");
                    out.data(&random_text(rng));
                    out.end_link("item-x-2");
                    out.words("; ");
                }
                // The latest update.
                2 => update_text(out, &random_text(rng)),
                _ => out.data(&random_text(rng)),
            }
            out.end_entry();
        }
        out.end_list();
        if rng.below(2) == 0 {
            out.paragraph();
            out.strong();
            out.words("Indikatorer:");
            out.end_strong();
            out.end_paragraph();
            out.list(false);
            out.entry();
            out.data(&random_text(rng));
            out.end_entry();
            out.end_list();
        }
        let text: String = (0..rng.below(6)).map(|_| random_text(rng)).collect();
        description(out, &text);
    }

    /// An item written straight as HTML is its Markdown converted, on random text.
    #[test]
    fn items_written_as_html_are_their_markdown_converted() {
        let labels = Labels::of(crate::model::Language::Nb);
        for case in 0..20_000 {
            let mut markdown = Markdown::default();
            random_item(&mut markdown, &mut Rng(case));
            let mut direct = Html::new(labels);
            random_item(&mut direct, &mut Rng(case));
            let (html, heading) = crate::render::html::converted(&markdown.text);
            let at = html
                .bytes()
                .zip(direct.html.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            let around = |text: &str| {
                text[text.floor_char_boundary(at.saturating_sub(40))..]
                    .chars()
                    .take(80)
                    .collect::<String>()
            };
            assert!(
                direct.html == html,
                "case {case}, from the Markdown:\n{:?}\nwritten:   {:?}\nconverted: {:?}",
                markdown.text,
                around(&direct.html),
                around(&html)
            );
            assert_eq!(direct.heading, heading, "case {case}");
        }
    }
}
