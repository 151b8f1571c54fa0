//! The status report as a view: for each programme, its items grouped by theme and level,
//! summary counts, funding totals, region coverage, link graphs small enough to draw and the
//! findings `plan validate` has for its files; with `--since`, the changes of the period.
//! Computed once; `render::report` writes it as Markdown and `render::html` as a web page.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::diff::{Change, Diff, ItemChange, ProgrammeDiff, same_update};
use crate::index::{ItemIx, Repository};
use crate::indicator::{self, Progress};
use crate::model::{Date, Indicator, Language, Level, Programme, Status, Term, Theme, Update};
use crate::query::{self, Filter, GraphView};

/// Graphs with more nodes than this are too large for GitHub to draw legibly; the report
/// then shows one graph per theme.
pub(crate) const GRAPH_NODE_LIMIT: usize = 60;

/// What the user asked for, with names already resolved to ids.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    /// Programme ids; all programmes when empty.
    pub(crate) programmes: Vec<String>,
    /// A region id: only items tied to it.
    pub(crate) region: Option<String>,
    /// Municipality numbers: only items tied to them (as `plan list --municipality`).
    pub(crate) municipalities: Vec<String>,
    /// With `region` or `municipalities`: the items that apply county-wide too, in sections
    /// of their own.
    pub(crate) with_county_wide: bool,
    /// Body ids: only items these bodies (or their parts) are responsible for or partners in.
    pub(crate) involves: Vec<String>,
    pub(crate) since: Option<Date>,
    pub(crate) language: Option<Language>,
    /// The day the report states the status for.
    pub(crate) date: Date,
    /// The short id of the commit the data was read from, when it is one.
    pub(crate) revision: Option<String>,
    /// True when the data was read from a working tree with changes not yet committed.
    pub(crate) uncommitted: bool,
}

impl Options {
    /// True when the report is narrowed to a region or municipalities.
    fn is_narrowed(&self) -> bool {
        self.region.is_some() || !self.municipalities.is_empty()
    }

    /// A report of everything, in each programme's language, as of `date`.
    #[cfg(test)]
    pub(crate) fn on(date: Date) -> Options {
        Options {
            programmes: Vec::new(),
            region: None,
            municipalities: Vec::new(),
            with_county_wide: false,
            involves: Vec::new(),
            since: None,
            language: None,
            date,
            revision: None,
            uncommitted: false,
        }
    }
}

/// The changes of a reporting period: the diff from the repository as it was at the start.
pub(crate) struct PeriodDiff<'r> {
    /// The start of the period.
    pub(crate) from_date: Date,
    /// The short id of the commit the start was read from, when it is one.
    pub(crate) from_revision: Option<String>,
    pub(crate) from: &'r Repository,
    pub(crate) diff: Diff,
}

/// The report: what it is about and, programme by programme, the items it shows. Each
/// programme's part is computed when it is asked for ([`Report::parts`]) and dropped once
/// written, so a report on 100,000 items never holds more than one programme's part.
pub(crate) struct Report<'a> {
    /// The language of text that belongs to no one programme.
    pub(crate) language: Language,
    /// The name of the region the report is narrowed to.
    pub(crate) region: Option<String>,
    /// The names of the municipalities the report is narrowed to.
    pub(crate) municipalities: Vec<String>,
    pub(crate) since: Option<Date>,
    /// The day the status is stated for.
    pub(crate) date: Date,
    /// The short commit id the data was read from.
    pub(crate) revision: Option<String>,
    /// The working tree had changes not yet committed.
    pub(crate) uncommitted: bool,
    /// With `--since`: the start of the period the changes are counted from, and the short
    /// id of the commit read for it.
    pub(crate) changes_from: Option<(Date, Option<String>)>,
    /// The programmes with a part in the report, in order, with the items each selects.
    scopes: Vec<Scope<'a>>,
    /// Per item: shown somewhere in the report, so links to it can be followed.
    shown: Vec<bool>,
    repo: &'a Repository,
    options: Options,
    findings: &'a [Diagnostic],
    /// Every part's coverage, counted in one pass over the items.
    coverage: query::Coverage<'a>,
    graph_limit: usize,
    /// With `--since`: the period's changes per programme id.
    changes: BTreeMap<String, ProgrammeDiff>,
}

/// A programme's items in the report, by index: all a part needs decided before the
/// report is written.
struct Scope<'a> {
    programme: &'a Programme,
    /// The items the report's filters select, removed ones included.
    selected: Vec<ItemIx>,
    /// With a region: the programme's items, not removed, that apply to the whole county and
    /// are not among `selected`.
    county_wide: Vec<ItemIx>,
}

/// Where a part places its items: by theme and level (and county-wide per theme), and
/// removed.
struct Layout<'a> {
    sections: Vec<SectionLayout<'a>>,
    removed: Vec<ItemIx>,
}

struct SectionLayout<'a> {
    theme: &'a Theme,
    levels: Vec<(Option<Level>, Vec<ItemIx>)>,
    county_wide: Vec<ItemIx>,
}

pub(crate) struct ProgrammeReport<'a> {
    pub(crate) programme: &'a Programme,
    pub(crate) language: Language,
    pub(crate) sections: Vec<ThemeSection<'a>>,
    pub(crate) removed: Vec<ItemEntry<'a>>,
    /// Items the region filter left out because they apply to the whole county (removed
    /// items not counted, as in `plan list`).
    pub(crate) county_wide_left_out: usize,
    /// With `--since`: this programme's changes in the period, `None` when there are none.
    pub(crate) changes: Option<&'a ProgrammeDiff>,
    pub(crate) summary: Summary,
    pub(crate) coverage: CoverageTable<'a>,
    pub(crate) graphs: Vec<Graph<'a>>,
    pub(crate) findings: Vec<&'a Diagnostic>,
}

pub(crate) struct ThemeSection<'a> {
    pub(crate) theme: &'a Theme,
    /// In the programme's level order; items with no level last.
    pub(crate) levels: Vec<(Option<Level>, Vec<ItemEntry<'a>>)>,
    /// With `--with-county-wide`: the theme's items that apply to the whole county.
    pub(crate) county_wide: Vec<ItemEntry<'a>>,
}

pub(crate) struct ItemEntry<'a> {
    pub(crate) ix: ItemIx,
    /// Newest first: the updates since `--since`, or else the latest one.
    pub(crate) updates: Vec<&'a Update>,
    /// True when `--since` was given and nothing was reported since.
    pub(crate) nothing_since: bool,
    pub(crate) partners: Vec<&'a str>,
    /// The item's indicators with their progress on the report's date.
    pub(crate) indicators: Vec<(&'a Indicator, Progress)>,
}

/// Per theme (code and name): a count per column of a table.
pub(crate) type ThemeCounts = Vec<(String, Vec<usize>)>;

/// How many items have each status, in status order; `None` is "not stated".
pub(crate) type StatusCounts = Vec<(Option<Status>, usize)>;

pub(crate) struct Summary {
    /// Columns of the theme × level table; `None` is "no level".
    pub(crate) levels: Vec<Option<Level>>,
    /// Per theme (code and name): counts per column of `levels`.
    pub(crate) by_theme_and_level: ThemeCounts,
    pub(crate) by_status: StatusCounts,
    pub(crate) by_priority: Vec<(Option<Term>, usize)>,
    /// Per theme code: counts per status, for the chart.
    pub(crate) status_by_theme: Vec<(String, StatusCounts)>,
    /// Per currency: the sum of item amounts and how many items state one.
    pub(crate) funding: Vec<FundingTotal>,
    /// Removed items in the report: no table counts them, so all tables add up alike.
    pub(crate) removed: usize,
}

/// The funding of a report's items in one currency.
pub(crate) struct FundingTotal {
    pub(crate) currency: String,
    pub(crate) amount: i64,
    /// True when an amount in the sum is approximate, so the sum is too.
    pub(crate) approximate: bool,
    pub(crate) items: usize,
}

/// Regions of the programme's county (or the one region asked for) × themes.
pub(crate) struct CoverageTable<'a> {
    pub(crate) themes: Vec<(String, String)>,
    pub(crate) rows: Vec<(&'a str, Vec<usize>)>,
}

/// One Mermaid graph: the whole programme, or one theme of it.
pub(crate) struct Graph<'a> {
    pub(crate) theme: Option<&'a Theme>,
    pub(crate) view: GraphView,
}

/// Node count of a graph: items and the documents they link to.
pub(crate) fn graph_nodes(view: &GraphView) -> usize {
    let documents: BTreeSet<&String> = view.documents.iter().map(|(_, d)| d).collect();
    view.items.len() + documents.len()
}

/// Builds the report: what it is about, and which items each programme's part shows.
/// `findings` are what `plan validate` found in the whole repository; `period` is the diff
/// from the start of the period, with `--since`.
pub(crate) fn build<'a>(
    repo: &'a Repository,
    options: &Options,
    findings: &'a [Diagnostic],
    graph_limit: usize,
    period: Option<PeriodDiff>,
) -> Report<'a> {
    let filtered = options.is_narrowed() || !options.involves.is_empty();
    let (changes_from, changes) = match period {
        Some(p) => {
            let changes = period_changes(repo, options, p.from, p.diff);
            (Some((p.from_date, p.from_revision)), changes)
        }
        None => (None, BTreeMap::new()),
    };
    let programmes: Vec<&Programme> = repo
        .programmes
        .values()
        .filter(|p| options.programmes.is_empty() || options.programmes.contains(&p.id.value))
        .collect();
    // One pass over the items for every programme's coverage, not one per programme.
    let ids: Vec<String> = programmes.iter().map(|p| p.id.value.clone()).collect();
    let coverage = query::coverage(repo, &ids);
    let mut shown = vec![false; repo.items.len()];
    let scopes: Vec<Scope> = scopes(repo, options, programmes)
        .into_iter()
        .filter(|scope| {
            let mut any = false;
            for ix in scope.layout(repo, options.with_county_wide).items() {
                shown[ix] = true;
                any = true;
            }
            !filtered || any || changes.contains_key(&scope.programme.id.value)
        })
        .collect();
    let language = options
        .language
        .or_else(|| scopes.first().map(|s| s.programme.language))
        .unwrap_or(Language::Nb);
    Report {
        language,
        region: options
            .region
            .as_deref()
            .map(|r| repo.region_name(r).to_string()),
        municipalities: options
            .municipalities
            .iter()
            .map(|m| repo.municipality_name(m).to_string())
            .collect(),
        since: options.since,
        date: options.date,
        revision: options.revision.clone(),
        uncommitted: options.uncommitted,
        changes_from,
        scopes,
        shown,
        repo,
        options: options.clone(),
        findings,
        coverage,
        graph_limit,
        changes,
    }
}

impl<'a> Report<'a> {
    /// The programmes with a part in the report, in order.
    pub(crate) fn programmes(&self) -> impl ExactSizeIterator<Item = &'a Programme> + '_ {
        self.scopes.iter().map(|s| s.programme)
    }

    /// Each programme's part, computed as it is asked for.
    pub(crate) fn parts(&self) -> impl Iterator<Item = ProgrammeReport<'_>> + '_ {
        self.scopes.iter().map(|scope| self.part(scope))
    }

    /// True when the item is shown somewhere in the report, so a link to it can be followed.
    pub(crate) fn shows(&self, ix: ItemIx) -> bool {
        self.shown[ix]
    }

    /// The language a programme's part is written in: the one asked for, or its own.
    pub(crate) fn language_of(&self, programme: &Programme) -> Language {
        self.options.language.unwrap_or(programme.language)
    }

    fn part<'s>(&'s self, scope: &'s Scope<'a>) -> ProgrammeReport<'s> {
        let (repo, options, programme) = (self.repo, &self.options, scope.programme);
        let changes = self.changes.get(&programme.id.value);
        let changed: HashMap<&str, &ItemChange> = changes
            .iter()
            .flat_map(|p| p.marked_removed.iter().chain(&p.changed))
            .map(|i| (i.id.as_str(), i))
            .collect();
        // On every core: a programme may hold most of a repository's items.
        let entries = |ixs: &[ItemIx]| {
            ixs.par_iter()
                .map(|&ix| {
                    let change = changed.get(repo.items[ix].id.value.as_str()).copied();
                    item_entry(repo, ix, options.since.map(|s| (s, change)), options.date)
                })
                .collect()
        };
        let layout = scope.layout(repo, options.with_county_wide);
        // County-wide items shown are counted with the rest; left out, they are counted apart.
        let shown_wide: &[ItemIx] = if options.with_county_wide {
            &scope.county_wide
        } else {
            &[]
        };
        let active: Vec<ItemIx> = scope.active(repo).collect();
        let counted = [active.as_slice(), shown_wide].concat();
        let counted_all = [scope.selected.as_slice(), shown_wide].concat();
        ProgrammeReport {
            programme,
            language: self.language_of(programme),
            sections: layout
                .sections
                .iter()
                .map(|s| ThemeSection {
                    theme: s.theme,
                    levels: s
                        .levels
                        .iter()
                        .map(|(level, ixs)| (*level, entries(ixs)))
                        .collect(),
                    county_wide: entries(&s.county_wide),
                })
                .collect(),
            removed: entries(&layout.removed),
            county_wide_left_out: scope.county_wide.len() - shown_wide.len(),
            changes,
            summary: summary(repo, programme, &counted, counted_all.len() - counted.len()),
            coverage: programme_coverage(&self.coverage, programme, options.region.as_deref()),
            graphs: graphs(repo, programme, &counted_all, self.graph_limit),
            findings: self
                .findings
                .iter()
                .filter(|d| programme.holds_path(&d.path))
                .collect(),
        }
    }
}

impl<'a> ProgrammeReport<'a> {
    /// Every item entry in the programme's part: by theme and level, county-wide, removed.
    pub(crate) fn entries(&self) -> impl Iterator<Item = &ItemEntry<'a>> {
        self.sections
            .iter()
            .flat_map(|s| s.levels.iter().flat_map(|l| &l.1).chain(&s.county_wide))
            .chain(&self.removed)
    }
}

/// The filter a report's options make for some programmes.
fn scope_filter(programmes: Vec<String>, options: &Options, with_county_wide: bool) -> Filter {
    Filter {
        programmes,
        regions: options.region.iter().cloned().collect(),
        municipalities: options.municipalities.iter().cloned().collect(),
        involves: options.involves.iter().cloned().collect(),
        include_removed: true,
        with_county_wide,
        ..Filter::default()
    }
}

/// Each programme's scope, from one pass over the items (and, with a region, a second for
/// the items that apply county-wide), not one per programme.
fn scopes<'a>(
    repo: &Repository,
    options: &Options,
    programmes: Vec<&'a Programme>,
) -> Vec<Scope<'a>> {
    let mut scopes: Vec<Scope> = programmes
        .into_iter()
        .map(|programme| Scope {
            programme,
            selected: Vec::new(),
            county_wide: Vec::new(),
        })
        .collect();
    if scopes.is_empty() {
        // A filter naming no programme would select every programme's items.
        return scopes;
    }
    let ids: Vec<String> = scopes
        .iter()
        .map(|s| s.programme.id.value.clone())
        .collect();
    let position: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(n, id)| (id.as_str(), n))
        .collect();
    let select = |with_county_wide| {
        scope_filter(ids.clone(), options, with_county_wide)
            .select(repo)
            .items
            .into_iter()
            .map(|(ix, _)| ix)
    };
    // In item order, so each scope's lists are too.
    let selected: Vec<ItemIx> = select(false).collect();
    let county_wide: Vec<ItemIx> = match options.is_narrowed() {
        true => select(true)
            .filter(|ix| selected.binary_search(ix).is_err() && !repo.items[*ix].is_removed())
            .collect(),
        false => Vec::new(),
    };
    let scope_of = |ix: ItemIx| position[repo.items[ix].programme.value.as_str()];
    for ix in selected {
        scopes[scope_of(ix)].selected.push(ix);
    }
    for ix in county_wide {
        scopes[scope_of(ix)].county_wide.push(ix);
    }
    scopes
}

/// The period's changes per programme, narrowed to the items in the report's scope at either
/// end of the period.
fn period_changes(
    repo: &Repository,
    options: &Options,
    from: &Repository,
    diff: Diff,
) -> BTreeMap<String, ProgrammeDiff> {
    let in_scope = |r: &Repository, programme: &str| -> BTreeSet<String> {
        scope_filter(
            vec![programme.to_string()],
            options,
            options.with_county_wide,
        )
        .select(r)
        .items
        .iter()
        .map(|(ix, _)| r.items[*ix].id.value.clone())
        .collect()
    };
    diff.programmes
        .into_iter()
        .filter(|p| options.programmes.is_empty() || options.programmes.contains(&p.id))
        .filter_map(|mut p| {
            let mut keep = in_scope(repo, &p.id);
            keep.extend(in_scope(from, &p.id));
            p.added.retain(|i| keep.contains(&i.id));
            p.removed.retain(|i| keep.contains(&i.id));
            p.marked_removed.retain(|i| keep.contains(&i.id));
            p.changed.retain(|i| keep.contains(&i.id));
            (!p.is_empty()).then(|| (p.id.clone(), p))
        })
        .collect()
}

impl<'a> Scope<'a> {
    /// The selected items that are not removed.
    fn active<'r>(&'r self, repo: &'r Repository) -> impl Iterator<Item = ItemIx> + 'r {
        self.selected
            .iter()
            .copied()
            .filter(|&ix| !repo.items[ix].is_removed())
    }

    /// The programme's themes in its order, each with its active items by level and (with
    /// `--with-county-wide`) the items that apply to the whole county; then the removed.
    fn layout(&self, repo: &Repository, with_county_wide: bool) -> Layout<'a> {
        let programme = self.programme;
        let active: Vec<ItemIx> = self.active(repo).collect();
        let in_theme = |ix: ItemIx, theme: &Theme| repo.items[ix].theme.value == theme.code;
        let level_of = |ix: ItemIx| repo.items[ix].level.as_ref().map(|l| l.value);
        let mut level_order: Vec<Option<Level>> =
            programme.levels.iter().map(|l| Some(l.id)).collect();
        level_order.push(None);
        let sections = programme
            .themes
            .iter()
            .map(|theme| SectionLayout {
                theme,
                levels: level_order
                    .iter()
                    .map(|&level| {
                        let items = active
                            .iter()
                            .copied()
                            .filter(|&ix| in_theme(ix, theme) && level_of(ix) == level)
                            .collect();
                        (level, items)
                    })
                    .filter(|(_, items): &(_, Vec<ItemIx>)| !items.is_empty())
                    .collect(),
                county_wide: if with_county_wide {
                    self.county_wide
                        .iter()
                        .copied()
                        .filter(|&ix| in_theme(ix, theme))
                        .collect()
                } else {
                    Vec::new()
                },
            })
            .collect();
        Layout {
            sections,
            removed: self
                .selected
                .iter()
                .copied()
                .filter(|&ix| repo.items[ix].is_removed())
                .collect(),
        }
    }
}

impl Layout<'_> {
    /// Every item placed: by theme and level, county-wide, removed.
    fn items(&self) -> impl Iterator<Item = ItemIx> + '_ {
        self.sections
            .iter()
            .flat_map(|s| s.levels.iter().flat_map(|l| &l.1).chain(&s.county_wide))
            .chain(&self.removed)
            .copied()
    }
}

/// The item's entry; `since` is the start of the period and the item's changes in it.
fn item_entry<'a>(
    repo: &'a Repository,
    ix: ItemIx,
    since: Option<(Date, Option<&ItemChange>)>,
    today: Date,
) -> ItemEntry<'a> {
    let item = &repo.items[ix];
    let mut updates: Vec<&Update> = match since {
        Some((since, change)) => {
            let written = written_in_period(change);
            item.updates
                .iter()
                .filter(|u| {
                    u.date.value.latest() >= since.earliest()
                        || written.iter().any(|w| same_update(w, u))
                })
                .collect()
        }
        None => Vec::new(),
    };
    let nothing_since = since.is_some() && updates.is_empty();
    if updates.is_empty() {
        updates.extend(item.latest_update());
    }
    // Newest first; of two on one date, the one listed later is the newer.
    updates.reverse();
    updates.sort_by(|a, b| b.date.value.chronological(&a.date.value));
    let mut partners: Vec<&str> = item
        .partners
        .iter()
        .map(|p| repo.body_name(&p.value))
        .collect();
    partners.sort_by(|a, b| crate::text::norwegian_cmp(a, b));
    ItemEntry {
        ix,
        updates,
        nothing_since,
        partners,
        indicators: item
            .indicators
            .iter()
            .map(|i| (i, indicator::progress(i, today)))
            .collect(),
    }
}

/// The status updates added or corrected in the period (as the period's changes list them),
/// however early they are dated: an update written down late, or corrected, is news of the
/// period as much as one dated in it.
fn written_in_period(change: Option<&ItemChange>) -> Vec<&Update> {
    let changes = change.map_or(&[][..], |c| &c.changes[..]);
    changes
        .iter()
        .flat_map(|c| match &c.change {
            Change::Updates {
                added, corrected, ..
            } => added
                .iter()
                .chain(corrected.iter().map(|c| &c.new))
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

fn summary(repo: &Repository, programme: &Programme, active: &[ItemIx], removed: usize) -> Summary {
    let in_theme = |ix: ItemIx, theme: &Theme| repo.items[ix].theme.value == theme.code;
    let (levels, by_theme_and_level) = theme_level_counts(repo, programme, active);
    Summary {
        levels,
        by_theme_and_level,
        by_status: status_counts(repo, active.iter().copied()),
        by_priority: priority_counts(repo, active),
        status_by_theme: programme
            .themes
            .iter()
            .map(|t| {
                let items = active.iter().copied().filter(|&ix| in_theme(ix, t));
                (t.code.clone(), status_counts(repo, items))
            })
            .collect(),
        funding: funding_totals(repo, active),
        removed,
    }
}

/// The theme × level table: its columns (the programme's levels, then "no level" when an
/// item has none or the programme names no levels) and each theme's counts per column.
fn theme_level_counts(
    repo: &Repository,
    programme: &Programme,
    active: &[ItemIx],
) -> (Vec<Option<Level>>, ThemeCounts) {
    let mut levels: Vec<Option<Level>> = programme.levels.iter().map(|l| Some(l.id)).collect();
    let level_of = |ix: ItemIx| repo.items[ix].level.as_ref().map(|l| l.value);
    if levels.is_empty() || active.iter().any(|&ix| level_of(ix).is_none()) {
        levels.push(None);
    }
    let rows = programme
        .themes
        .iter()
        .map(|t| {
            let counts = levels
                .iter()
                .map(|&l| {
                    active
                        .iter()
                        .filter(|&&ix| repo.items[ix].theme.value == t.code && level_of(ix) == l)
                        .count()
                })
                .collect();
            (format!("{} {}", t.code, t.name), counts)
        })
        .collect();
    (levels, rows)
}

/// How many of `items` have each status, in status order ("not stated" last).
fn status_counts(repo: &Repository, items: impl Iterator<Item = ItemIx>) -> StatusCounts {
    let mut counts: BTreeMap<Option<Status>, usize> = BTreeMap::new();
    for ix in items {
        *counts.entry(repo.items[ix].current_status()).or_default() += 1;
    }
    Status::ALL
        .iter()
        .map(|&s| Some(s))
        .chain([None])
        .filter_map(|s| counts.get(&s).map(|&n| (s, n)))
        .collect()
}

/// How many items have each priority, in term order ("not stated" last).
fn priority_counts(repo: &Repository, items: &[ItemIx]) -> Vec<(Option<Term>, usize)> {
    let mut counts: BTreeMap<Option<Term>, usize> = BTreeMap::new();
    for &ix in items {
        *counts
            .entry(repo.items[ix].priority.as_ref().map(|p| p.term))
            .or_default() += 1;
    }
    Term::ALL
        .iter()
        .map(|&t| Some(t))
        .chain([None])
        .filter_map(|t| counts.get(&t).map(|&n| (t, n)))
        .collect()
}

/// The items' funding summed per currency, in currency order.
fn funding_totals(repo: &Repository, items: &[ItemIx]) -> Vec<FundingTotal> {
    let mut totals: BTreeMap<&str, FundingTotal> = BTreeMap::new();
    for &ix in items {
        let mut counted = BTreeSet::new();
        for f in &repo.items[ix].funding {
            let total = totals
                .entry(f.currency.as_str())
                .or_insert_with(|| FundingTotal {
                    currency: f.currency.clone(),
                    amount: 0,
                    approximate: false,
                    items: 0,
                });
            // A total past i64::MAX is a `funding-overflow` finding; the report shows the cap.
            total.amount = total.amount.saturating_add(f.amount);
            total.approximate |= f.approximate;
            // An item with two amounts in one currency counts once.
            if counted.insert(f.currency.as_str()) {
                total.items += 1;
            }
        }
    }
    totals.into_values().collect()
}

/// The programme's columns of the coverage of all the report's programmes.
fn programme_coverage<'a>(
    all: &query::Coverage<'a>,
    programme: &Programme,
    region: Option<&str>,
) -> CoverageTable<'a> {
    let columns: Vec<usize> = (0..all.themes.len())
        .filter(|&c| all.themes[c].0 == programme.id.value)
        .collect();
    CoverageTable {
        themes: columns
            .iter()
            .map(|&c| (all.themes[c].1.clone(), all.themes[c].2.clone()))
            .collect(),
        rows: all
            .rows
            .iter()
            .filter(|(r, _)| match region {
                Some(wanted) => r.id.value == wanted,
                None => programme.county.as_ref() == Some(&r.county),
            })
            .map(|(r, counts)| {
                (
                    r.name.as_str(),
                    columns.iter().map(|&c| counts[c]).collect(),
                )
            })
            .collect(),
    }
}

fn graphs<'a>(
    repo: &Repository,
    programme: &'a Programme,
    items: &[ItemIx],
    limit: usize,
) -> Vec<Graph<'a>> {
    let whole = GraphView::new(repo, items.to_vec());
    if graph_nodes(&whole) <= limit {
        return vec![Graph {
            theme: None,
            view: whole,
        }];
    }
    programme
        .themes
        .iter()
        .map(|theme| Graph {
            theme: Some(theme),
            view: GraphView::new(
                repo,
                items
                    .iter()
                    .copied()
                    .filter(|&ix| repo.items[ix].theme.value == theme.code)
                    .collect(),
            ),
        })
        .filter(|g| !g.view.items.is_empty())
        .collect()
}
