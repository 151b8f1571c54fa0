//! The typed domain: programmes, items, bodies, regions, municipalities and documents, as
//! read from one file each, with the source position of every value that refers to another
//! entity (so a broken reference can be pointed at).

use std::cmp::Ordering;
use std::fmt;

use serde::{Serialize, Serializer};

/// A position in a source file: 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub(crate) struct Pos {
    pub(crate) line: u32,
    pub(crate) column: u32,
}

/// A value with the position it was read from. Serialises as the bare value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Spanned<T> {
    pub(crate) value: T,
    pub(crate) pos: Pos,
}

impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl Spanned<String> {
    pub(crate) fn as_str(&self) -> &str {
        &self.value
    }
}

/// A closed set of words, written in the files as lowercase strings.
pub(crate) trait Word: Sized + Copy + 'static {
    const NAMES: &'static [&'static str];
    fn parse(text: &str) -> Option<Self>;
    fn as_str(self) -> &'static str;
}

macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub(crate) enum $name { $($variant),* }

        impl $name {
            #[allow(dead_code, reason = "not every word enum is listed whole")]
            pub(crate) const ALL: &'static [$name] = &[$($name::$variant),*];
        }

        impl Word for $name {
            const NAMES: &'static [&'static str] = &[$($text),*];
            fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)* _ => None }
            }
            fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

word_enum!(
    /// The language a programme is written in, and reports are labelled in.
    Language { Nb = "nb", Nn = "nn", En = "en" }
);

word_enum!(
    /// The administrative level an item works at.
    Level { County = "county", District = "district", RegionalCentre = "regional-centre" }
);

word_enum!(
    /// Where an item stands.
    Status {
        Planned = "planned",
        Started = "started",
        Ongoing = "ongoing",
        Completed = "completed",
        Removed = "removed",
    }
);

word_enum!(
    /// The time horizon of an item's priority.
    Term { Short = "short", Long = "long", ShortAndLong = "short-and-long" }
);

word_enum!(
    /// What sort of organisation or group a body is.
    BodyKind {
        CountyCouncil = "county-council",
        StateAgency = "state-agency",
        Municipality = "municipality",
        RegionalCouncil = "regional-council",
        University = "university",
        School = "school",
        Research = "research",
        Company = "company",
        DevelopmentCompany = "development-company",
        Cluster = "cluster",
        Voluntary = "voluntary",
        Museum = "museum",
        Network = "network",
        Foreign = "foreign",
        Group = "group",
        Other = "other",
    }
);

word_enum!(
    /// What sort of document a document is.
    DocumentKind {
        Strategy = "strategy",
        Plan = "plan",
        ActionProgramme = "action-programme",
        Report = "report",
        Law = "law",
        Other = "other",
    }
);

/// A date as precise as the source gives it: a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// The year.
    pub(crate) year: u16,
    /// The month, 1 to 12, when the source gives one.
    pub(crate) month: Option<u8>,
    /// The day of the month, when the source gives one (then it gives the month too).
    pub(crate) day: Option<u8>,
}

impl Date {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year = parse_digits(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(m) => Some(parse_digits(m, 2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(parse_digits(d, 2)?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        let date = Date {
            year,
            month: month.map(u8::try_from).transpose().ok()?,
            day: day.map(u8::try_from).transpose().ok()?,
        };
        match (date.month, date.day) {
            (Some(m), _) if !(1..=12).contains(&m) => None,
            (Some(m), Some(d)) if d == 0 || d > days_in_month(year, m) => None,
            _ => Some(date),
        }
    }

    /// A date as a person types it on the command line: ISO ([`Date::parse`]) or a day in
    /// Norwegian order, `29.11.2026`. A two-digit year (`29.11.26`) is refused: the data
    /// keeps dates for decades, and a guessed century would be written down unseen.
    pub fn parse_typed(text: &str) -> Option<Date> {
        Date::parse(text).or_else(|| Date::parse_norwegian(text))
    }

    /// `D.M.YYYY` or `DD.MM.YYYY` (a trailing dot allowed), checking that the day exists.
    pub fn parse_norwegian(text: &str) -> Option<Date> {
        let text = text.trim_end_matches('.');
        let mut parts = text.split('.');
        let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || [day, month].iter().any(|p| !(1..=2).contains(&p.len())) {
            return None;
        }
        let pad = |p: &str| format!("{p:0>2}");
        Date::parse(&format!("{year}-{}-{}", pad(month), pad(day)))
    }

    /// The first day this date could mean (`2021-06` → 1 June 2021), for comparisons.
    pub(crate) fn earliest(self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date could mean (`2021-06` → 30 June 2021).
    pub(crate) fn latest(self) -> (u16, u8, u8) {
        let month = self.month.unwrap_or(12);
        (
            self.year,
            month,
            self.day.unwrap_or(days_in_month(self.year, month)),
        )
    }

    /// Compares by the last day meant, then the first: a statement dated only `2021-06` is
    /// known to hold by the end of June, so it comes after one dated `2021-06-01`.
    pub(crate) fn chronological(&self, other: &Date) -> Ordering {
        self.latest()
            .cmp(&other.latest())
            .then(self.earliest().cmp(&other.earliest()))
    }
}

fn parse_digits(text: &str, len: usize) -> Option<u16> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A length of time counted back from a day in calendar units, as `plan.toml`'s `stale` and
/// `plan list --stale` give it: `30d`, `2w`, `6m`, `1y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Age {
    pub(crate) amount: u32,
    pub(crate) unit: AgeUnit,
}

/// The unit of an [`Age`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AgeUnit {
    Days,
    Weeks,
    Months,
    Years,
}

impl Age {
    /// Parses a number and a unit (`d`, `w`, `m`, `y`). A number too large to count back
    /// by is refused here as reaching past the year 1, which it would on any day.
    pub(crate) fn parse(text: &str) -> Result<Age, String> {
        let bad = || crate::t!("error-bad-age", age = text);
        let split = text.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
        let (number, unit) = text.split_at(split);
        if number.is_empty() {
            return Err(bad());
        }
        let amount = number
            .parse()
            .map_err(|_| crate::t!("error-age-too-long", age = text))?;
        let unit = match unit {
            "d" => AgeUnit::Days,
            "w" => AgeUnit::Weeks,
            "m" => AgeUnit::Months,
            "y" => AgeUnit::Years,
            _ => return Err(bad()),
        };
        Ok(Age { amount, unit })
    }
}

impl fmt::Display for Age {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match self.unit {
            AgeUnit::Days => 'd',
            AgeUnit::Weeks => 'w',
            AgeUnit::Months => 'm',
            AgeUnit::Years => 'y',
        };
        write!(f, "{}{unit}", self.amount)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Period {
    pub(crate) start: Option<Date>,
    pub(crate) end: Option<Date>,
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.start, self.end) {
            (Some(s), Some(e)) => write!(f, "{s}–{e}"),
            (Some(s), None) => write!(f, "{s}–"),
            (None, Some(e)) => write!(f, "–{e}"),
            (None, None) => Ok(()),
        }
    }
}

/// Where a value was found: a publication as a reader can find it (title, publisher, date,
/// section, address), never a file of ours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Source {
    pub(crate) title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) section: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Decision {
    pub(crate) date: Date,
    pub(crate) body: Spanned<String>,
    pub(crate) reference: Option<String>,
    pub(crate) text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Theme {
    pub(crate) code: String,
    pub(crate) number: Option<String>,
    pub(crate) name: String,
    pub(crate) goal: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct LevelName {
    pub(crate) id: Level,
    pub(crate) name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Person {
    pub(crate) name: String,
    pub(crate) role: String,
    pub(crate) body: Option<Spanned<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Funding {
    pub(crate) amount: i64,
    /// The source gives the amount as "nær", "ca." or "om lag": not an exact figure.
    pub(crate) approximate: bool,
    pub(crate) currency: String,
    pub(crate) period: Option<Period>,
    pub(crate) from: Option<Spanned<String>>,
    pub(crate) text: Option<String>,
    pub(crate) source: Option<Source>,
    /// Parts of the amount that the source attributes ("av dette …"); already in `amount`.
    pub(crate) of_which: Vec<Share>,
}

/// A part of a funding amount, granted by one body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Share {
    pub(crate) amount: i64,
    pub(crate) approximate: bool,
    pub(crate) from: Option<Spanned<String>>,
    pub(crate) text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Update {
    pub(crate) date: Spanned<Date>,
    pub(crate) status: Option<Status>,
    pub(crate) text: String,
    pub(crate) source: Option<Source>,
    pub(crate) by: Option<Spanned<String>>,
}

/// A measurable indicator of an item: where it started, where it is to be by when, and what
/// has been measured on the way.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Indicator {
    pub(crate) name: String,
    pub(crate) unit: String,
    pub(crate) baseline: Option<Measure>,
    pub(crate) target: Measure,
    /// Oldest first.
    pub(crate) measurements: Vec<Measurement>,
}

/// A value at a date: a baseline or a target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Measure {
    pub(crate) value: f64,
    pub(crate) date: Spanned<Date>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Measurement {
    pub(crate) value: f64,
    pub(crate) date: Spanned<Date>,
    pub(crate) source: Option<Source>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Priority {
    pub(crate) term: Term,
    pub(crate) text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Place {
    pub(crate) name: String,
    pub(crate) municipality: Spanned<String>,
    pub(crate) kind: Option<String>,
}

/// Places an item names without acting there: examples, where a partner sits, earlier
/// experience. They are searchable text, never the item's scope.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub(crate) struct Mentions {
    pub(crate) regions: Vec<Spanned<String>>,
    pub(crate) municipalities: Vec<Spanned<String>>,
    pub(crate) places: Vec<Place>,
}

impl Mentions {
    pub(crate) fn is_empty(&self) -> bool {
        self.regions.is_empty() && self.municipalities.is_empty() && self.places.is_empty()
    }
}

static NO_MENTIONS: Mentions = Mentions {
    regions: Vec::new(),
    municipalities: Vec::new(),
    places: Vec::new(),
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Programme {
    #[serde(skip)]
    pub(crate) path: String,
    pub(crate) id: Spanned<String>,
    pub(crate) name: String,
    pub(crate) short_name: Option<String>,
    pub(crate) owner: Spanned<String>,
    pub(crate) language: Language,
    pub(crate) county: Option<String>,
    pub(crate) period: Option<Period>,
    pub(crate) vision: Option<String>,
    pub(crate) main_goal: Option<String>,
    pub(crate) decisions: Vec<Decision>,
    pub(crate) themes: Vec<Theme>,
    pub(crate) levels: Vec<LevelName>,
    pub(crate) people: Vec<Person>,
    pub(crate) funding: Vec<Funding>,
    pub(crate) sources: Vec<Source>,
    pub(crate) notes: Option<String>,
}

impl Programme {
    /// True for a path in this programme's folder: its programme.yaml and its items.
    pub(crate) fn holds_path(&self, path: &str) -> bool {
        self.path.rsplit_once('/').is_some_and(|(folder, _)| {
            path.strip_prefix(folder)
                .is_some_and(|rest| rest.starts_with('/'))
        })
    }

    pub(crate) fn theme(&self, code: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.code == code)
    }

    /// Position of a theme in the programme's own order (K, A, L), for sorting.
    pub(crate) fn theme_rank(&self, code: &str) -> usize {
        self.themes
            .iter()
            .position(|t| t.code == code)
            .unwrap_or(usize::MAX)
    }

    pub(crate) fn level_name(&self, level: Level) -> Option<&str> {
        self.levels
            .iter()
            .find(|l| l.id == level)
            .map(|l| l.name.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Item {
    #[serde(skip)]
    pub(crate) path: String,
    pub(crate) id: Spanned<String>,
    pub(crate) programme: Spanned<String>,
    pub(crate) theme: Spanned<String>,
    pub(crate) level: Option<Spanned<Level>>,
    pub(crate) title: String,
    pub(crate) title_editorial: bool,
    pub(crate) description: Option<String>,
    pub(crate) goals: Vec<String>,
    pub(crate) responsible: Vec<Spanned<String>>,
    pub(crate) partners: Vec<Spanned<String>>,
    pub(crate) links: Vec<Spanned<String>>,
    pub(crate) documents: Vec<Spanned<String>>,
    pub(crate) links_note: Option<String>,
    pub(crate) priority: Option<Priority>,
    pub(crate) status: Option<Spanned<Status>>,
    pub(crate) period: Option<Period>,
    pub(crate) regions: Vec<Spanned<String>>,
    pub(crate) municipalities: Vec<Spanned<String>>,
    pub(crate) places: Vec<Place>,
    /// `None` when the item mentions no place: most do, and an empty [`Mentions`] in every
    /// item would make each one larger.
    pub(crate) mentions: Option<Box<Mentions>>,
    pub(crate) updates: Vec<Update>,
    /// An update in the file could not be read (a bad date, a word that is no status): what
    /// the updates say is then incomplete, and checks that weigh them hold back.
    #[serde(skip)]
    pub(crate) updates_unread: bool,
    pub(crate) indicators: Vec<Indicator>,
    pub(crate) funding: Vec<Funding>,
    pub(crate) people: Vec<Person>,
    pub(crate) sources: Vec<Source>,
    pub(crate) notes: Option<String>,
}

impl Item {
    /// The item as it stood on `date`: updates and measurements dated later are dropped (a
    /// date of a month or a year counts as its last day). The undated `status` field is what
    /// the source said when the item was written down, and `plan update` moves past it: it
    /// holds until the first update that sets a status, unless a later update states the
    /// field's step or an earlier one. Then the field was written at or after that update
    /// (items written from a status report copy its status), so it is set aside.
    pub(crate) fn as_of(&mut self, date: Date) {
        let by = date.latest();
        let field_is_later = self.status.as_ref().is_some_and(|field| {
            self.updates.iter().any(|u| {
                u.date.value.latest() > by && u.status.is_some_and(|said| said <= field.value)
            })
        });
        if field_is_later {
            self.status = None;
        }
        self.updates.retain(|u| u.date.value.latest() <= by);
        for indicator in &mut self.indicators {
            indicator
                .measurements
                .retain(|m| m.date.value.latest() <= by);
        }
    }

    /// The status now: the latest dated update that sets one, else the `status` field.
    pub(crate) fn current_status(&self) -> Option<Status> {
        self.latest_update_status()
            .or_else(|| self.status.as_ref().map(|s| s.value))
    }

    /// The `status` field to write along with new updates that set the statuses `added` at
    /// their dates: `None` leaves the field as it is. When the latest of them becomes the
    /// item's latest status update and the field is further along, the field would read as
    /// changed without a record (`status-mismatch`); the update is the record, so the field
    /// follows it back.
    pub(crate) fn status_field_with(
        &self,
        added: impl IntoIterator<Item = (Date, Status)>,
    ) -> Option<Status> {
        let (date, status) = added.into_iter().max_by(|a, b| a.0.chronological(&b.0))?;
        let field = self.status.as_ref()?.value;
        let superseded = self
            .updates
            .iter()
            .any(|u| u.status.is_some() && u.date.value.chronological(&date).is_gt());
        (field > status && !superseded).then_some(status)
    }

    pub(crate) fn latest_update_status(&self) -> Option<Status> {
        self.updates
            .iter()
            .filter(|u| u.status.is_some())
            .max_by(|a, b| a.date.value.chronological(&b.date.value))
            .and_then(|u| u.status)
    }

    pub(crate) fn latest_update(&self) -> Option<&Update> {
        self.updates
            .iter()
            .max_by(|a, b| a.date.value.chronological(&b.date.value))
    }

    /// The places the item only mentions (none when it has no `mentions`).
    pub(crate) fn mentions(&self) -> &Mentions {
        self.mentions.as_deref().unwrap_or(&NO_MENTIONS)
    }

    pub(crate) fn is_removed(&self) -> bool {
        self.current_status() == Some(Status::Removed)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Body {
    #[serde(skip)]
    pub(crate) path: String,
    pub(crate) id: Spanned<String>,
    pub(crate) name: String,
    pub(crate) kind: BodyKind,
    pub(crate) aliases: Vec<String>,
    pub(crate) municipality: Option<Spanned<String>>,
    /// The body this one belongs to (NAV Innlandet is part of NAV).
    pub(crate) part_of: Option<Spanned<String>>,
    /// The region a regional body acts for; an item it takes part in is tied to that region.
    pub(crate) acts_for: Option<Spanned<String>>,
    pub(crate) notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Region {
    #[serde(skip)]
    pub(crate) path: String,
    pub(crate) id: Spanned<String>,
    pub(crate) name: String,
    pub(crate) county: String,
    pub(crate) municipalities: Vec<Spanned<String>>,
    pub(crate) aliases: Vec<String>,
    pub(crate) council: Option<Spanned<String>>,
    pub(crate) notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Municipality {
    #[serde(skip)]
    pub(crate) path: String,
    pub(crate) number: Spanned<String>,
    pub(crate) name: String,
    pub(crate) county: String,
    pub(crate) centrality: Option<u8>,
    pub(crate) notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Document {
    #[serde(skip)]
    pub(crate) path: String,
    pub(crate) id: Spanned<String>,
    pub(crate) title: String,
    pub(crate) kind: DocumentKind,
    pub(crate) owner: Option<Spanned<String>>,
    pub(crate) url: Option<String>,
    pub(crate) notes: Option<String>,
}

/// Everything read from a repository, before indexing.
#[derive(Debug, Default)]
pub(crate) struct Entities {
    pub(crate) programmes: Vec<Programme>,
    pub(crate) items: Vec<Item>,
    pub(crate) bodies: Vec<Body>,
    pub(crate) regions: Vec<Region>,
    pub(crate) municipalities: Vec<Municipality>,
    pub(crate) documents: Vec<Document>,
}

impl Entities {
    /// Every item as it stood on `date` (see [`Item::as_of`]).
    pub(crate) fn as_of(&mut self, date: Date) {
        for item in &mut self.items {
            item.as_of(date);
        }
    }
}

/// True for lowercase ASCII slugs: `innlandet-fylkeskommune`, `sor-osterdal`, `mr2025`.
pub(crate) fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 100
        && text.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// True for item ids: `K1`, `A12`, `digi-mr` (letters, digits and inner hyphens).
pub(crate) fn is_item_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 100
        && text
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// For numbered ids (`K12`): the letter prefix and the number. A number past `u32::MAX` is
/// not a numbering anyone keeps, and leaves room to count on (`plan new` takes the next).
pub(crate) fn numbered_id(text: &str) -> Option<(&str, u64)> {
    let split = text.find(|c: char| c.is_ascii_digit())?;
    let (prefix, digits) = text.split_at(split);
    (!prefix.is_empty() && prefix.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| digits.parse::<u32>().ok())
        .flatten()
        .map(|n| (prefix, u64::from(n)))
}

/// True for four-digit municipality numbers.
pub(crate) fn is_municipality_number(text: &str) -> bool {
    text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_are_a_number_and_a_unit() {
        for (text, amount, unit) in [
            ("30d", 30, AgeUnit::Days),
            ("2w", 2, AgeUnit::Weeks),
            ("6m", 6, AgeUnit::Months),
            ("1y", 1, AgeUnit::Years),
        ] {
            let age = Age::parse(text).unwrap();
            assert_eq!(age, Age { amount, unit });
            assert_eq!(age.to_string(), text);
        }
        for bad in ["", "6", "m", "6 months", "-1d", "6M"] {
            assert!(
                Age::parse(bad).unwrap_err().contains("is not an age"),
                "{bad}"
            );
        }
        assert!(
            Age::parse("99999999999d")
                .unwrap_err()
                .contains("before the year 1")
        );
    }

    #[test]
    fn dates_parse_at_three_precisions() {
        assert_eq!(Date::parse("2024").unwrap().to_string(), "2024");
        assert_eq!(Date::parse("2021-06").unwrap().to_string(), "2021-06");
        assert_eq!(Date::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        let typed = |text| Date::parse_typed(text).map(|d| d.to_string());
        assert_eq!(typed("29.11.2026").as_deref(), Some("2026-11-29"));
        assert_eq!(typed("1.2.2026.").as_deref(), Some("2026-02-01"));
        assert_eq!(typed("2026-11").as_deref(), Some("2026-11"));
        for bad in [
            "29.11.26",
            "31.11.2026",
            "29.11",
            "029.11.2026",
            "29-11-2026",
            "29.11.2026.1",
        ] {
            assert_eq!(typed(bad), None, "{bad}");
        }
        for bad in [
            "2023-02-29",
            "2024-13",
            "24",
            "2024-1-01",
            "2024-01-01-01",
            "x",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_order_chronologically() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(
            d("2021-06").chronological(&d("2021-05-28")),
            Ordering::Greater
        );
        assert_eq!(d("2021").chronological(&d("2021-01-01")), Ordering::Greater);
        assert_eq!(d("2021-06-01").chronological(&d("2021-06")), Ordering::Less);
        assert_eq!(d("2021-06").chronological(&d("2021-06")), Ordering::Equal);
        assert_eq!(d("2021-06").latest(), (2021, 6, 30));
    }

    #[test]
    fn id_shapes() {
        assert!(is_slug("sor-osterdal"));
        assert!(!is_slug("Sør-Østerdal"));
        assert!(!is_slug("a--b"));
        assert!(is_item_id("K12") && is_item_id("digi-mr"));
        assert!(!is_item_id("K 12"));
        assert_eq!(numbered_id("K12"), Some(("K", 12)));
        assert_eq!(numbered_id("digi-mr"), None);
        assert_eq!(numbered_id("K4294967295"), Some(("K", u64::from(u32::MAX))));
        assert_eq!(numbered_id("K18446744073709551615"), None);
        assert!(is_municipality_number("0301") && !is_municipality_number("301"));
    }
}
