//! The words reports and diffs are written in, read from the catalogue ([`crate::i18n`]) once
//! per language, and dates formatted the way each language writes them ("5. mars 2024",
//! "5 March 2024").

use std::sync::OnceLock;

use crate::diff::{Counts, Field, UpdatePart};
use crate::format::EntityKind;
use crate::indicator::Progress;
use crate::model::{Date, Language, Level, Status, Term};
use crate::words;

/// Declares a struct of labels in one language, each field read from the catalogue message
/// named beside it. The texts are read once per language for the whole run and kept (see
/// [`Labels::of`]), so renderers borrow them as `&'static str`.
macro_rules! labels {
    ($(#[$meta:meta])* $name:ident { $($field:ident = $key:literal,)* } $($vis:vis $extra:ident: $ty:ty = $init:expr,)*) => {
        $(#[$meta])*
        pub(crate) struct $name {
            pub(crate) language: Language,
            $(pub(crate) $field: &'static str,)*
            $($vis $extra: $ty,)*
        }

        impl $name {
            fn read(language: Language) -> $name {
                $name {
                    language,
                    $($field: keep(crate::i18n::text(language, $key, &[])),)*
                    $($extra: $init(language),)*
                }
            }
        }
    };
}

/// A text kept for the rest of the run: at most one per label and language is ever made.
fn keep(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

labels!(
    /// Every fixed text a report uses, in one language.
    Labels {
        status_report = "report-status-report",
        region = "report-region",
        municipality = "report-municipality",
        region_heading = "report-region-heading",
        programmes_in_report = "report-programmes-in-report",
        owner = "report-owner",
        period = "report-period",
        vision = "report-vision",
        main_goal = "report-main-goal",
        updates_since = "report-updates-since",
        decisions = "report-decisions",
        contents = "report-contents",
        county_wide_left_out = "report-county-wide-left-out",
        summary = "report-summary",
        by_theme_and_level = "report-by-theme-and-level",
        by_status = "report-by-status",
        by_priority = "report-by-priority",
        funding = "report-funding",
        no_funding = "report-no-funding",
        currency = "report-currency",
        amount = "report-amount",
        // Before an amount that is approximate, or a sum that includes one.
        about = "report-about",
        items_with_amounts = "report-items-with-amounts",
        theme = "report-theme",
        no_level = "report-no-level",
        total = "report-total",
        items = "report-items",
        not_stated = "report-not-stated",
        responsible = "report-responsible",
        partners = "report-partners",
        priority = "report-priority",
        status = "report-status",
        latest_update = "report-latest-update",
        no_updates = "report-no-updates",
        no_updates_since = "report-no-updates-since",
        links = "report-links",
        no_items = "report-no-items",
        removed_items = "report-removed-items",
        coverage = "report-coverage",
        coverage_note = "report-coverage-note",
        no_regions = "report-no-regions",
        link_graph = "report-link-graph",
        graph_note = "report-graph-note",
        graph_by_theme = "report-graph-by-theme",
        no_links = "report-no-links",
        data_quality = "report-data-quality",
        no_findings = "report-no-findings",
        error = "report-error",
        warning = "report-warning",
        chart_status = "report-chart-status",
        chart_coverage = "report-chart-coverage",
        graph_note_drawn = "report-graph-note-drawn",
        status_as_of = "report-status-as-of",
        data_from_commit = "report-data-from-commit",
        uncommitted = "report-uncommitted",
        county_wide_items = "report-county-wide-items",
        county_wide_note = "report-county-wide-note",
        changes_in_period = "report-changes-in-period",
        from = "report-from",
        to = "report-to",
        no_changes_in_period = "report-no-changes-in-period",
        indicators = "report-indicators",
        baseline = "report-baseline",
        target = "report-target",
        measured = "report-measured",
        chart_indicator = "report-chart-indicator",
        expected_line = "report-expected-line",
        no_indicators_measured = "report-no-indicators-measured",
    }
    pub(crate) diff: DiffLabels = DiffLabels::read,
    statuses: Vec<&'static str> = names::<Status>,
    terms: Vec<&'static str> = names::<Term>,
    levels: Vec<&'static str> = names::<Level>,
    // Read once: a report writes a date for every item.
    months: Vec<&'static str> = month_names,
);

/// The names of the months, January first.
fn month_names(language: Language) -> Vec<&'static str> {
    (1..=12)
        .map(|month| keep(crate::tr!(language, "report-month", month = month)))
        .collect()
}

/// The names of every value of a set, in the order of its codes.
fn names<W: words::Named>(language: Language) -> Vec<&'static str> {
    W::NAMES
        .iter()
        .filter_map(|code| W::parse(code))
        .map(|value| keep(words::name(language, value)))
        .collect()
}

labels!(
    /// The words of `plan diff` in one language.
    DiffLabels {
        changes = "diff-changes",
        no_changes = "diff-no-changes",
        added = "diff-added",
        removed = "diff-removed",
        marked_removed = "diff-marked-removed",
        changed = "diff-changed",
        new_programme = "diff-new-programme",
        programme_removed = "diff-programme-removed",
        list_added = "diff-list-added",
        list_removed = "diff-list-removed",
        absent = "diff-absent",
        update = "diff-update",
        update_corrected = "diff-update-corrected",
        whitespace_only = "diff-whitespace-only",
        decision_added = "diff-decision-added",
        unreadable = "diff-unreadable",
        // Section titles for bodies, regions, municipalities and documents, and with the
        // programmes and items the kinds the summary counts.
        programmes = "diff-programmes",
        items = "diff-items",
        bodies = "diff-bodies",
        regions = "diff-regions",
        municipalities = "diff-municipalities",
        documents = "diff-documents",
    }
);

impl DiffLabels {
    /// A kind of entity, as a section title.
    pub(crate) fn kind(&self, kind: EntityKind) -> &'static str {
        match kind {
            EntityKind::Programme => self.programmes,
            EntityKind::Item => self.items,
            EntityKind::Body => self.bodies,
            EntityKind::Region => self.regions,
            EntityKind::Municipality => self.municipalities,
            EntityKind::Document => self.documents,
        }
    }

    pub(crate) fn field(&self, field: Field) -> String {
        crate::tr!(self.language, "diff-field", field = field.as_str())
    }

    /// A part of a corrected status update: `tekst`.
    pub(crate) fn update_part(&self, part: UpdatePart) -> String {
        crate::tr!(self.language, "diff-update-part", part = part.as_str())
    }

    /// The changed fields of a body, region, municipality or document, as people read them
    /// ("merknader, alternative navn"); a field the catalogue does not name is shown as the
    /// file writes it.
    pub(crate) fn entity_field(&self, field: &str) -> String {
        crate::tr!(self.language, "diff-entity-field", field = field)
    }

    /// "Tiltak: 1 ny, 0 slettet, 2 tatt ut, 3 endret; Aktører: 1 endret": the closing counts
    /// per kind of entity, with the plural forms of the language; items with every count,
    /// other kinds with those that are not zero.
    pub(crate) fn counts(&self, counts: &[(EntityKind, Counts)]) -> String {
        let l = self.language;
        let kind = |(kind, c): &(EntityKind, Counts)| {
            let items = *kind == EntityKind::Item;
            let said: Vec<String> = [
                (c.added, crate::tr!(l, "diff-count-added", count = c.added)),
                (
                    c.removed,
                    crate::tr!(l, "diff-count-removed", count = c.removed),
                ),
                (
                    c.marked_removed,
                    crate::tr!(l, "diff-count-marked-removed", count = c.marked_removed),
                ),
                (
                    c.changed,
                    crate::tr!(l, "diff-count-changed", count = c.changed),
                ),
            ]
            .into_iter()
            .filter(|(n, _)| items || *n > 0)
            .map(|(_, text)| text)
            .collect();
            format!("{}: {}", self.kind(*kind), said.join(", "))
        };
        counts.iter().map(kind).collect::<Vec<_>>().join("; ")
    }
}

impl Labels {
    pub(crate) fn of(language: Language) -> &'static Labels {
        static LABELS: OnceLock<Vec<Labels>> = OnceLock::new();
        let all = LABELS.get_or_init(|| Language::ALL.iter().map(|l| Labels::read(*l)).collect());
        all.iter()
            .find(|l| l.language == language)
            .expect("labels in every language")
    }

    /// A status, or "not stated".
    pub(crate) fn status(&self, status: Option<Status>) -> &'static str {
        status.map_or(self.not_stated, |s| self.statuses[s as usize])
    }

    pub(crate) fn term(&self, term: Option<Term>) -> &'static str {
        term.map_or(self.not_stated, |t| self.terms[t as usize])
    }

    /// An indicator's progress: on track, behind, reached, cannot be assessed.
    pub(crate) fn progress(&self, progress: Progress) -> String {
        crate::tr!(self.language, "report-progress", progress = progress.code())
    }

    /// A level's generic name, for programmes that do not name their levels.
    pub(crate) fn level(&self, level: Level) -> &'static str {
        self.levels[level as usize]
    }

    /// A date at its own precision: "5. mars 2024", "mars 2024", "2024" (English: "5 March
    /// 2024", "March 2024").
    pub(crate) fn date(&self, date: Date) -> String {
        let english = self.language == Language::En;
        match (date.month, date.day) {
            (Some(m), Some(d)) if english => format!("{d} {} {}", self.month(m), date.year),
            (Some(m), Some(d)) => format!("{d}. {} {}", self.month(m), date.year),
            (Some(m), None) => format!("{} {}", self.month(m), date.year),
            _ => date.year.to_string(),
        }
    }

    fn month(&self, month: u8) -> &'static str {
        self.months[usize::from(month.clamp(1, 12)) - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_per_language() {
        let d = |s| Date::parse(s).unwrap();
        let nb = Labels::of(Language::Nb);
        let nn = Labels::of(Language::Nn);
        let en = Labels::of(Language::En);
        assert_eq!(nb.date(d("2024-03-05")), "5. mars 2024");
        assert_eq!(nn.date(d("2021-06")), "juni 2021");
        assert_eq!(en.date(d("2024-03-05")), "5 March 2024");
        assert_eq!(en.date(d("2021-06")), "June 2021");
        assert_eq!(en.date(d("2020")), "2020");
        assert_eq!(nb.date(d("2020")), "2020");
    }

    #[test]
    fn words_per_language() {
        assert_eq!(
            Labels::of(Language::Nn).status(Some(Status::Removed)),
            "teke ut"
        );
        assert_eq!(Labels::of(Language::Nb).status(None), "ikke oppgitt");
        assert_eq!(
            Labels::of(Language::En).term(Some(Term::ShortAndLong)),
            "short and long term"
        );
        assert_eq!(Labels::of(Language::Nb).level(Level::District), "distrikt");
    }
}
