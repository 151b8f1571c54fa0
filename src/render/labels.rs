//! The words reports are written in, in Norwegian bokmål, nynorsk and English, and dates
//! formatted the way each language writes them ("5. mars 2024", "5 March 2024").

use crate::diff::Field;
use crate::indicator::Progress;
use crate::model::{Date, Language, Level, Status, Term};

/// Every fixed text a report uses, in one language.
pub struct Labels {
    pub language: Language,
    pub status_report: &'static str,
    pub region: &'static str,
    pub region_heading: &'static str,
    pub programmes_in_report: &'static str,
    pub owner: &'static str,
    pub period: &'static str,
    pub vision: &'static str,
    pub main_goal: &'static str,
    pub updates_since: &'static str,
    pub decisions: &'static str,
    pub contents: &'static str,
    pub county_wide_left_out: &'static str,
    pub summary: &'static str,
    pub by_theme_and_level: &'static str,
    pub by_status: &'static str,
    pub by_priority: &'static str,
    pub funding: &'static str,
    pub no_funding: &'static str,
    pub currency: &'static str,
    pub amount: &'static str,
    /// Before an amount that is approximate, or a sum that includes one.
    pub about: &'static str,
    pub items_with_amounts: &'static str,
    pub theme: &'static str,
    pub no_level: &'static str,
    pub total: &'static str,
    pub items: &'static str,
    pub not_stated: &'static str,
    pub responsible: &'static str,
    pub partners: &'static str,
    pub priority: &'static str,
    pub status: &'static str,
    pub latest_update: &'static str,
    pub no_updates: &'static str,
    pub no_updates_since: &'static str,
    pub links: &'static str,
    pub no_items: &'static str,
    pub removed_items: &'static str,
    pub coverage: &'static str,
    pub coverage_note: &'static str,
    pub no_regions: &'static str,
    pub link_graph: &'static str,
    pub graph_note: &'static str,
    pub graph_note_drawn: &'static str,
    pub graph_by_theme: &'static str,
    pub no_links: &'static str,
    pub data_quality: &'static str,
    pub no_findings: &'static str,
    pub error: &'static str,
    pub warning: &'static str,
    pub chart_status: &'static str,
    pub chart_coverage: &'static str,
    pub status_as_of: &'static str,
    pub data_from_commit: &'static str,
    pub uncommitted: &'static str,
    pub county_wide_items: &'static str,
    pub county_wide_note: &'static str,
    pub changes_in_period: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub no_changes_in_period: &'static str,
    pub indicators: &'static str,
    pub baseline: &'static str,
    pub target: &'static str,
    pub measured: &'static str,
    pub chart_indicator: &'static str,
    pub expected_line: &'static str,
    pub no_indicators_measured: &'static str,
    /// An indicator's progress: on track, behind, reached, cannot be assessed.
    progress: [&'static str; 4],
    months: [&'static str; 12],
    statuses: [&'static str; 5],
    terms: [&'static str; 3],
    levels: [&'static str; 3],
    /// The words of `plan diff --format markdown`.
    pub diff: DiffLabels,
}

const NORWEGIAN_MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

static NB: Labels = Labels {
    language: Language::Nb,
    status_report: "Statusrapport",
    region: "region",
    region_heading: "Region",
    programmes_in_report: "Programmer i rapporten",
    owner: "Eier",
    period: "Periode",
    vision: "Visjon",
    main_goal: "Hovedmål",
    updates_since: "Oppdateringer siden",
    decisions: "Vedtak",
    contents: "Innhold",
    county_wide_left_out: "fylkesdekkende tiltak gjelder også, men nevner ingen region og er ikke med",
    summary: "Sammendrag",
    by_theme_and_level: "Tiltak etter tema og nivå",
    by_status: "Etter status",
    by_priority: "Etter prioritet",
    funding: "Finansiering",
    no_funding: "Ingen beløp er oppgitt for tiltakene i rapporten.",
    currency: "Valuta",
    amount: "Beløp",
    about: "ca. ",
    items_with_amounts: "Tiltak med beløp",
    theme: "Tema",
    no_level: "Uten nivå",
    total: "Sum",
    items: "Tiltak",
    not_stated: "ikke oppgitt",
    responsible: "Ansvarlig",
    partners: "Partnere",
    priority: "Prioritet",
    status: "Status",
    latest_update: "Siste oppdatering",
    no_updates: "ingen",
    no_updates_since: "ingen siden",
    links: "Lenker",
    no_items: "Ingen tiltak.",
    removed_items: "Fjernede tiltak",
    coverage: "Dekning: region og tema",
    coverage_note: "Tallene teller tiltak som virker i regionen: som nevner den, en av kommunene eller et sted i en av dem, eller som har en aktør som arbeider for regionen. Steder som bare er nevnt, og fylkesdekkende tiltak, er ikke talt med.",
    no_regions: "Ingen regioner er registrert for programmets fylke.",
    link_graph: "Lenkegraf",
    graph_note: "Lenkene mellom tiltakene som Mermaid-kilde; GitHub tegner den som diagram.",
    graph_note_drawn: "Pilene viser lenkene mellom tiltakene, en pil i hver ende der lenken går begge veier. Tiltak uten lenker står nederst; dokumenter har stiplet kant.",
    graph_by_theme: "Grafen er for stor til å vises samlet, så den vises per tema",
    no_links: "Ingen tiltak i rapporten.",
    data_quality: "Datakvalitet",
    no_findings: "Ingen feil funnet i dataene.",
    error: "feil",
    warning: "advarsel",
    chart_status: "Status per tema",
    chart_coverage: "Tiltak per region og tema",
    status_as_of: "Status per",
    data_from_commit: "data fra commit",
    uncommitted: "med endringer som ikke er lagret i git",
    county_wide_items: "Fylkesdekkende tiltak",
    county_wide_note: "Tiltakene nevner ingen region eller kommune og gjelder hele fylket.",
    changes_in_period: "Endringer i perioden",
    from: "Fra",
    to: "til",
    no_changes_in_period: "Ingen endringer i perioden.",
    indicators: "Indikatorer",
    baseline: "utgangspunkt",
    target: "mål",
    measured: "målt",
    chart_indicator: "Utgangspunkt, målinger og mål",
    expected_line: "Forventet utvikling",
    no_indicators_measured: "ingen målinger ennå",
    progress: [
        "i rute",
        "bak planen",
        "nådd",
        "kan ikke vurderes uten utgangspunkt eller måling",
    ],
    months: NORWEGIAN_MONTHS,
    statuses: ["planlagt", "igangsatt", "pågår", "fullført", "fjernet"],
    terms: ["kort sikt", "lang sikt", "kort og lang sikt"],
    levels: ["fylkesnivå", "distriktsnivå", "regionsentre"],
    diff: DIFF_NB,
};

static NN: Labels = Labels {
    language: Language::Nn,
    status_report: "Statusrapport",
    region: "region",
    region_heading: "Region",
    programmes_in_report: "Program i rapporten",
    owner: "Eigar",
    period: "Periode",
    vision: "Visjon",
    main_goal: "Hovudmål",
    updates_since: "Oppdateringar sidan",
    decisions: "Vedtak",
    contents: "Innhald",
    county_wide_left_out: "fylkesdekkjande tiltak gjeld òg, men nemner ingen region og er ikkje med",
    summary: "Samandrag",
    by_theme_and_level: "Tiltak etter tema og nivå",
    by_status: "Etter status",
    by_priority: "Etter prioritet",
    funding: "Finansiering",
    no_funding: "Det er ikkje oppgitt beløp for tiltaka i rapporten.",
    currency: "Valuta",
    amount: "Beløp",
    about: "nær ",
    items_with_amounts: "Tiltak med beløp",
    theme: "Tema",
    no_level: "Utan nivå",
    total: "Sum",
    items: "Tiltak",
    not_stated: "ikkje oppgitt",
    responsible: "Ansvarleg",
    partners: "Partnarar",
    priority: "Prioritet",
    status: "Status",
    latest_update: "Siste oppdatering",
    no_updates: "ingen",
    no_updates_since: "ingen sidan",
    links: "Lenkjer",
    no_items: "Ingen tiltak.",
    removed_items: "Fjerna tiltak",
    coverage: "Dekning: region og tema",
    coverage_note: "Tala tel tiltak som verkar i regionen: som nemner han, ein av kommunane eller ein stad i ein av dei, eller som har ein aktør som arbeider for regionen. Stader som berre er nemnde, og fylkesdekkjande tiltak, er ikkje talde med.",
    no_regions: "Det er ikkje registrert regionar for fylket til programmet.",
    link_graph: "Lenkjegraf",
    graph_note: "Lenkjene mellom tiltaka som Mermaid-kjelde; GitHub teiknar han som diagram.",
    graph_note_drawn: "Pilene viser lenkjene mellom tiltaka, ei pil i kvar ende der lenkja går begge vegar. Tiltak utan lenkjer står nedst; dokument har stipla kant.",
    graph_by_theme: "Grafen er for stor til å visast samla, så han blir vist per tema",
    no_links: "Ingen tiltak i rapporten.",
    data_quality: "Datakvalitet",
    no_findings: "Ingen feil funne i dataa.",
    error: "feil",
    warning: "åtvaring",
    chart_status: "Status per tema",
    chart_coverage: "Tiltak per region og tema",
    status_as_of: "Status per",
    data_from_commit: "data frå commit",
    uncommitted: "med endringar som ikkje er lagra i git",
    county_wide_items: "Fylkesdekkjande tiltak",
    county_wide_note: "Tiltaka nemner ingen region eller kommune og gjeld heile fylket.",
    changes_in_period: "Endringar i perioden",
    from: "Frå",
    to: "til",
    no_changes_in_period: "Ingen endringar i perioden.",
    indicators: "Indikatorar",
    baseline: "utgangspunkt",
    target: "mål",
    measured: "målt",
    chart_indicator: "Utgangspunkt, målingar og mål",
    expected_line: "Forventa utvikling",
    no_indicators_measured: "ingen målingar enno",
    progress: [
        "i rute",
        "bak planen",
        "nådd",
        "kan ikkje vurderast utan utgangspunkt eller måling",
    ],
    months: NORWEGIAN_MONTHS,
    statuses: ["planlagt", "sett i gang", "pågår", "fullført", "fjerna"],
    terms: ["kort sikt", "lang sikt", "kort og lang sikt"],
    levels: ["fylkesnivå", "distriktsnivå", "regionsenter"],
    diff: DIFF_NN,
};

static EN: Labels = Labels {
    language: Language::En,
    status_report: "Status report",
    region: "region",
    region_heading: "Region",
    programmes_in_report: "Programmes in this report",
    owner: "Owner",
    period: "Period",
    vision: "Vision",
    main_goal: "Main goal",
    updates_since: "Updates since",
    decisions: "Decisions",
    contents: "Contents",
    county_wide_left_out: "county-wide items also apply but name no region and are left out",
    summary: "Summary",
    by_theme_and_level: "Items by theme and level",
    by_status: "By status",
    by_priority: "By priority",
    funding: "Funding",
    no_funding: "No amounts are stated for the items in this report.",
    currency: "Currency",
    amount: "Amount",
    about: "about ",
    items_with_amounts: "Items with amounts",
    theme: "Theme",
    no_level: "No level",
    total: "Total",
    items: "Items",
    not_stated: "not stated",
    responsible: "Responsible",
    partners: "Partners",
    priority: "Priority",
    status: "Status",
    latest_update: "Latest update",
    no_updates: "none",
    no_updates_since: "none since",
    links: "Links",
    no_items: "No items.",
    removed_items: "Removed items",
    coverage: "Coverage: region and theme",
    coverage_note: "Counts items that act in the region: that name it, one of its municipalities or a place in one, or have a body that acts for it. Places only mentioned, and county-wide items, are not counted.",
    no_regions: "No regions are registered for the programme's county.",
    link_graph: "Link graph",
    graph_note: "The links between the items as Mermaid source; GitHub draws it as a diagram.",
    graph_note_drawn: "Arrows show the links between the items, with a head at each end where a link goes both ways. Items without links are at the bottom; documents have a dotted border.",
    graph_by_theme: "The graph is too large to show whole, so it is shown per theme",
    no_links: "No items in this report.",
    data_quality: "Data quality",
    no_findings: "No errors found in the data.",
    error: "error",
    warning: "warning",
    chart_status: "Status per theme",
    chart_coverage: "Items per region and theme",
    status_as_of: "Status as of",
    data_from_commit: "data from commit",
    uncommitted: "with changes not yet committed to git",
    county_wide_items: "County-wide items",
    county_wide_note: "These items name no region or municipality and apply to the whole county.",
    changes_in_period: "Changes in the period",
    from: "From",
    to: "to",
    no_changes_in_period: "No changes in the period.",
    indicators: "Indicators",
    baseline: "baseline",
    target: "target",
    measured: "measured",
    chart_indicator: "Baseline, measurements and target",
    expected_line: "Expected progress",
    no_indicators_measured: "no measurements yet",
    progress: [
        "on track",
        "behind",
        "reached",
        "cannot be assessed without a baseline or measurement",
    ],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    statuses: ["planned", "started", "ongoing", "completed", "removed"],
    terms: ["short term", "long term", "short and long term"],
    levels: ["county level", "district level", "regional centres"],
    diff: DIFF_EN,
};

/// The words of a diff in one language.
pub struct DiffLabels {
    pub changes: &'static str,
    pub no_changes: &'static str,
    /// Added, removed, marked removed, changed: section titles and the closing counts.
    pub added: &'static str,
    pub removed: &'static str,
    pub marked_removed: &'static str,
    pub changed: &'static str,
    pub new_programme: &'static str,
    pub programme_removed: &'static str,
    /// A value added to or removed from a list field.
    pub list_added: &'static str,
    pub list_removed: &'static str,
    pub none: &'static str,
    pub update: &'static str,
    pub decision_added: &'static str,
    pub unreadable: &'static str,
    /// Section titles for bodies, regions, municipalities and documents.
    pub bodies: &'static str,
    pub regions: &'static str,
    pub municipalities: &'static str,
    pub documents: &'static str,
    /// Field names, in the order of [`Field`].
    pub fields: [&'static str; 14],
}

const DIFF_EN: DiffLabels = DiffLabels {
    changes: "Changes",
    no_changes: "No changes.",
    added: "added",
    removed: "removed",
    marked_removed: "marked removed",
    changed: "changed",
    new_programme: "new programme",
    programme_removed: "programme removed",
    list_added: "added",
    list_removed: "removed",
    none: "none",
    update: "update",
    decision_added: "decision added",
    unreadable: "Files that could not be read",
    bodies: "Bodies",
    regions: "Regions",
    municipalities: "Municipalities",
    documents: "Documents",
    fields: [
        "name",
        "file",
        "title",
        "theme",
        "level",
        "priority",
        "status",
        "links",
        "responsible",
        "partners",
        "documents",
        "regions",
        "municipalities",
        "updates",
    ],
};

const DIFF_NB: DiffLabels = DiffLabels {
    changes: "Endringer",
    no_changes: "Ingen endringer.",
    added: "nye",
    removed: "fjernet",
    marked_removed: "tatt ut",
    changed: "endret",
    new_programme: "nytt program",
    programme_removed: "programmet er fjernet",
    list_added: "lagt til",
    list_removed: "tatt bort",
    none: "ingen",
    update: "statusoppdatering",
    decision_added: "nytt vedtak",
    unreadable: "Filer som ikke kunne leses",
    bodies: "Aktører",
    regions: "Regioner",
    municipalities: "Kommuner",
    documents: "Dokumenter",
    fields: [
        "navn",
        "fil",
        "tittel",
        "tema",
        "nivå",
        "prioritet",
        "status",
        "koblinger",
        "ansvarlig",
        "samarbeidspartnere",
        "dokumenter",
        "regioner",
        "kommuner",
        "statusoppdateringer",
    ],
};

const DIFF_NN: DiffLabels = DiffLabels {
    changes: "Endringar",
    no_changes: "Ingen endringar.",
    added: "nye",
    removed: "fjerna",
    marked_removed: "tekne ut",
    changed: "endra",
    new_programme: "nytt program",
    programme_removed: "programmet er fjerna",
    list_added: "lagt til",
    list_removed: "teke bort",
    none: "ingen",
    update: "statusoppdatering",
    decision_added: "nytt vedtak",
    unreadable: "Filer som ikkje kunne lesast",
    bodies: "Aktørar",
    regions: "Regionar",
    municipalities: "Kommunar",
    documents: "Dokument",
    fields: [
        "namn",
        "fil",
        "tittel",
        "tema",
        "nivå",
        "prioritet",
        "status",
        "koplingar",
        "ansvarleg",
        "samarbeidspartnarar",
        "dokument",
        "regionar",
        "kommunar",
        "statusoppdateringar",
    ],
};

impl DiffLabels {
    pub fn field(&self, field: Field) -> &'static str {
        self.fields[field as usize]
    }

    /// The section title for a kind of reference entity.
    pub fn kind(&self, kind: crate::format::EntityKind) -> &'static str {
        use crate::format::EntityKind;
        match kind {
            EntityKind::Body => self.bodies,
            EntityKind::Region => self.regions,
            EntityKind::Municipality => self.municipalities,
            EntityKind::Document => self.documents,
            EntityKind::Programme | EntityKind::Item => {
                unreachable!("programmes and items are listed by programme, not as references")
            }
        }
    }
}

impl Labels {
    pub fn of(language: Language) -> &'static Labels {
        match language {
            Language::Nb => &NB,
            Language::Nn => &NN,
            Language::En => &EN,
        }
    }

    /// A status, or "not stated".
    pub fn status(&self, status: Option<Status>) -> &'static str {
        status.map_or(self.not_stated, |s| self.statuses[s as usize])
    }

    pub fn progress(&self, progress: Progress) -> &'static str {
        self.progress[progress as usize]
    }

    pub fn term(&self, term: Option<Term>) -> &'static str {
        term.map_or(self.not_stated, |t| self.terms[t as usize])
    }

    /// A level's generic name, for programmes that do not name their levels.
    pub fn level(&self, level: Level) -> &'static str {
        self.levels[level as usize]
    }

    /// A date at its own precision: "5. mars 2024", "mars 2024", "2024" (English: "5 March
    /// 2024", "March 2024").
    pub fn date(&self, date: Date) -> String {
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
            "fjerna"
        );
        assert_eq!(Labels::of(Language::Nb).status(None), "ikke oppgitt");
        assert_eq!(
            Labels::of(Language::En).term(Some(Term::ShortAndLong)),
            "short and long term"
        );
        assert_eq!(
            Labels::of(Language::Nb).level(Level::District),
            "distriktsnivå"
        );
    }
}
