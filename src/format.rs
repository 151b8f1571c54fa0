//! The on-disk format as data: the fields of each entity kind, their types and whether they
//! are required. The decoder checks files against these tables (unknown and missing fields,
//! suggestions) and the JSON Schemas in `schema/` are generated from them, so the two cannot
//! drift apart.

use crate::model::{BodyKind, DocumentKind, Language, Level, Status, Term, Word};

/// What a field holds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    /// Text on one line (a title, a name): a line break or a character drawn as nothing in
    /// it is an error.
    Line,
    /// Text that may have several lines.
    Text,
    Markdown,
    Bool,
    Integer {
        min: i64,
        max: i64,
    },
    /// A number, whole or decimal (`7`, `12.5`).
    Number,
    Date,
    /// An id of an entity of this kind.
    Ref(EntityKind),
    Word(&'static [&'static str]),
    List(&'static Kind),
    Object(&'static [Field]),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Field {
    pub(crate) name: &'static str,
    pub(crate) required: bool,
    pub(crate) kind: Kind,
    pub(crate) about: &'static str,
}

const fn req(name: &'static str, kind: Kind, about: &'static str) -> Field {
    Field {
        name,
        required: true,
        kind,
        about,
    }
}

const fn opt(name: &'static str, kind: Kind, about: &'static str) -> Field {
    Field {
        name,
        required: false,
        kind,
        about,
    }
}

const TEXT_LIST: Kind = Kind::List(&Kind::Text);
const LINE_LIST: Kind = Kind::List(&Kind::Line);
const BODY_REFS: Kind = Kind::List(&Kind::Ref(EntityKind::Body));

pub(crate) const SOURCE: &[Field] = &[
    req("title", Kind::Line, "Title of the publication."),
    opt(
        "publisher",
        Kind::Line,
        "Who published it, such as `Innlandet fylkeskommune`.",
    ),
    opt("section", Kind::Line, "Section or page within it."),
    opt(
        "date",
        Kind::Date,
        "Publication date (YYYY, YYYY-MM or YYYY-MM-DD).",
    ),
    opt("url", Kind::Line, "Where it is published."),
];

pub(crate) const PERIOD: &[Field] = &[
    opt("start", Kind::Date, "First year, month or day."),
    opt("end", Kind::Date, "Last year, month or day."),
];

pub(crate) const DECISION: &[Field] = &[
    req("date", Kind::Date, "When it was decided."),
    req(
        "body",
        Kind::Ref(EntityKind::Body),
        "The body that decided.",
    ),
    opt(
        "reference",
        Kind::Line,
        "Case reference, such as `PS 38/2024`.",
    ),
    req("text", Kind::Text, "What was decided."),
];

pub(crate) const THEME: &[Field] = &[
    req(
        "code",
        Kind::Line,
        "Short code used in item ids, such as `K`.",
    ),
    opt(
        "number",
        Kind::Line,
        "Section number in the source, such as `5.1`.",
    ),
    req("name", Kind::Line, "Name of the theme."),
    opt(
        "goal",
        Kind::Text,
        "The theme's goal as the source words it.",
    ),
];

pub(crate) const LEVEL: &[Field] = &[
    req("id", Kind::Word(Level::NAMES), "The level."),
    req(
        "name",
        Kind::Line,
        "The programme's own name for it, such as `Fylkessatsinger`.",
    ),
];

pub(crate) const PERSON: &[Field] = &[
    req("name", Kind::Line, "Full name."),
    req("role", Kind::Line, "Role, as the source gives it."),
    opt(
        "body",
        Kind::Ref(EntityKind::Body),
        "The body the person acts for.",
    ),
];

pub(crate) const FUNDING: &[Field] = &[
    req(
        "amount",
        Kind::Integer {
            min: 0,
            max: i64::MAX,
        },
        "Amount in whole currency units.",
    ),
    opt(
        "approximate",
        Kind::Bool,
        "True when the source gives the amount as approximate (\"nær\", \"ca.\", \"om lag\").",
    ),
    opt("currency", Kind::Line, "Currency code; NOK when absent."),
    opt("period", Kind::Object(PERIOD), "Period the money covers."),
    opt(
        "from",
        Kind::Ref(EntityKind::Body),
        "The body that grants it.",
    ),
    opt("text", Kind::Text, "The source's own wording."),
    opt("source", Kind::Object(SOURCE), "Where this is stated."),
    opt(
        "of_which",
        Kind::List(&Kind::Object(SHARE)),
        "Parts of the amount the source attributes to a body (\"av dette …\"); not added to it.",
    ),
];

pub(crate) const SHARE: &[Field] = &[
    req(
        "amount",
        Kind::Integer {
            min: 0,
            max: i64::MAX,
        },
        "Amount in whole currency units, part of the entry's amount.",
    ),
    opt(
        "approximate",
        Kind::Bool,
        "True when the source gives the amount as approximate.",
    ),
    opt(
        "from",
        Kind::Ref(EntityKind::Body),
        "The body that grants this part.",
    ),
    opt("text", Kind::Text, "The source's own wording."),
];

pub(crate) const UPDATE: &[Field] = &[
    req(
        "date",
        Kind::Date,
        "Date of the statement (YYYY, YYYY-MM or YYYY-MM-DD).",
    ),
    opt(
        "status",
        Kind::Word(Status::NAMES),
        "Status from this date on, if the update sets one.",
    ),
    req("text", Kind::Text, "What was reported."),
    opt("source", Kind::Object(SOURCE), "Where this is stated."),
    opt(
        "by",
        Kind::Ref(EntityKind::Body),
        "The body that reports it.",
    ),
];

pub(crate) const INDICATOR: &[Field] = &[
    req(
        "name",
        Kind::Line,
        "What is measured, such as `Kommunar med samarbeidsavtale`.",
    ),
    req(
        "unit",
        Kind::Line,
        "Unit of the values, such as `kommunar` or `%`.",
    ),
    opt(
        "baseline",
        Kind::Object(MEASURE),
        "The value at the start, when the source gives one.",
    ),
    req(
        "target",
        Kind::Object(MEASURE),
        "The value to reach, and by when; its date is after the baseline's.",
    ),
    opt(
        "measurements",
        Kind::List(&Kind::Object(MEASUREMENT)),
        "Measured values, oldest first.",
    ),
];

pub(crate) const MEASURE: &[Field] = &[
    req("value", Kind::Number, "The value."),
    req(
        "date",
        Kind::Date,
        "When it held or is to hold (YYYY, YYYY-MM or YYYY-MM-DD).",
    ),
];

pub(crate) const MEASUREMENT: &[Field] = &[
    req("value", Kind::Number, "The measured value."),
    req(
        "date",
        Kind::Date,
        "When it was measured (YYYY, YYYY-MM or YYYY-MM-DD).",
    ),
    opt("source", Kind::Object(SOURCE), "Where it is stated."),
];

pub(crate) const PRIORITY: &[Field] = &[
    req(
        "term",
        Kind::Word(Term::NAMES),
        "Short or long term, or both.",
    ),
    req(
        "text",
        Kind::Text,
        "The source's own wording, such as `kort sikt (arbeidet er satt i gang)`.",
    ),
];

pub(crate) const PLACE: &[Field] = &[
    req("name", Kind::Line, "Name of the place."),
    req(
        "municipality",
        Kind::Ref(EntityKind::Municipality),
        "Number of the municipality it lies in.",
    ),
    opt(
        "kind",
        Kind::Line,
        "What sort of place: village, town, site.",
    ),
];

pub(crate) const MENTIONS: &[Field] = &[
    opt(
        "regions",
        Kind::List(&Kind::Ref(EntityKind::Region)),
        "Regions the text names without the item acting there.",
    ),
    opt(
        "municipalities",
        Kind::List(&Kind::Ref(EntityKind::Municipality)),
        "Municipalities the text names without the item acting there, by number.",
    ),
    opt(
        "places",
        Kind::List(&Kind::Object(PLACE)),
        "Places the text names without the item acting there.",
    ),
];

pub(crate) const PROGRAMME: &[Field] = &[
    req(
        "id",
        Kind::Ref(EntityKind::Programme),
        "Programme id; equals the folder name.",
    ),
    req("name", Kind::Line, "Full name as published."),
    opt("short_name", Kind::Line, "Short name."),
    req(
        "owner",
        Kind::Ref(EntityKind::Body),
        "The body that owns the programme.",
    ),
    req(
        "language",
        Kind::Word(Language::NAMES),
        "Language of the source (nb, nn, en).",
    ),
    opt(
        "county",
        Kind::Line,
        "Number of the county the programme covers, such as `34`; its items without places apply county-wide.",
    ),
    opt(
        "period",
        Kind::Object(PERIOD),
        "Period the programme covers.",
    ),
    opt("vision", Kind::Text, "Vision."),
    opt("main_goal", Kind::Text, "Main goal."),
    opt(
        "decisions",
        Kind::List(&Kind::Object(DECISION)),
        "Adoption trail.",
    ),
    req(
        "themes",
        Kind::List(&Kind::Object(THEME)),
        "Themes in the programme's own order.",
    ),
    opt(
        "levels",
        Kind::List(&Kind::Object(LEVEL)),
        "Levels items may have.",
    ),
    opt(
        "people",
        Kind::List(&Kind::Object(PERSON)),
        "People by role.",
    ),
    opt(
        "funding",
        Kind::List(&Kind::Object(FUNDING)),
        "Programme-wide funding.",
    ),
    req(
        "sources",
        Kind::List(&Kind::Object(SOURCE)),
        "Where the programme is published.",
    ),
    opt(
        "notes",
        Kind::Markdown,
        "Corrections and remarks, with what the source said.",
    ),
];

pub(crate) const ITEM: &[Field] = &[
    req(
        "id",
        Kind::Ref(EntityKind::Item),
        "Item id, unique in its programme; equals the file name.",
    ),
    req(
        "programme",
        Kind::Ref(EntityKind::Programme),
        "Programme id; equals the folder name.",
    ),
    req(
        "theme",
        Kind::Line,
        "Code of one of the programme's themes.",
    ),
    opt(
        "level",
        Kind::Word(Level::NAMES),
        "Level; required when the programme has levels.",
    ),
    req("title", Kind::Line, "Title."),
    opt(
        "title_editorial",
        Kind::Bool,
        "True when the source has no title and the title was written for it.",
    ),
    opt("description", Kind::Markdown, "The source's text."),
    opt("goals", TEXT_LIST, "Stated goals."),
    req("responsible", BODY_REFS, "Bodies responsible."),
    opt("partners", BODY_REFS, "Partner bodies."),
    opt(
        "links",
        Kind::List(&Kind::Ref(EntityKind::Item)),
        "Linked items: `K2`, or `programme:ID` in another programme.",
    ),
    opt(
        "documents",
        Kind::List(&Kind::Ref(EntityKind::Document)),
        "Linked documents that are not items.",
    ),
    opt(
        "links_note",
        Kind::Text,
        "The source's wording where its links are vague.",
    ),
    opt("priority", Kind::Object(PRIORITY), "Priority."),
    opt(
        "status",
        Kind::Word(Status::NAMES),
        "Status as the source states it.",
    ),
    opt("period", Kind::Object(PERIOD), "Period the item runs."),
    opt(
        "regions",
        Kind::List(&Kind::Ref(EntityKind::Region)),
        "Scope: regions where the item acts.",
    ),
    opt(
        "municipalities",
        Kind::List(&Kind::Ref(EntityKind::Municipality)),
        "Scope: municipalities where the item acts, by number.",
    ),
    opt(
        "places",
        Kind::List(&Kind::Object(PLACE)),
        "Scope: places (not municipalities) where the item acts.",
    ),
    opt(
        "mentions",
        Kind::Object(MENTIONS),
        "Places the text only names: examples, partners' locations, earlier experience.",
    ),
    opt(
        "updates",
        Kind::List(&Kind::Object(UPDATE)),
        "Dated status history, oldest first.",
    ),
    opt(
        "indicators",
        Kind::List(&Kind::Object(INDICATOR)),
        "Measurable indicators: baseline, target and measurements.",
    ),
    opt("funding", Kind::List(&Kind::Object(FUNDING)), "Funding."),
    opt(
        "people",
        Kind::List(&Kind::Object(PERSON)),
        "People by role.",
    ),
    req(
        "sources",
        Kind::List(&Kind::Object(SOURCE)),
        "Where the item is published.",
    ),
    opt(
        "notes",
        Kind::Markdown,
        "Corrections and remarks, with what the source said.",
    ),
];

pub(crate) const BODY: &[Field] = &[
    req(
        "id",
        Kind::Ref(EntityKind::Body),
        "Body id; equals the file name.",
    ),
    req("name", Kind::Line, "Name."),
    req("kind", Kind::Word(BodyKind::NAMES), "What sort of body."),
    opt(
        "aliases",
        LINE_LIST,
        "Other names and spellings the sources use.",
    ),
    opt(
        "municipality",
        Kind::Ref(EntityKind::Municipality),
        "For a municipality: its number.",
    ),
    opt(
        "part_of",
        Kind::Ref(EntityKind::Body),
        "The body this one belongs to, such as `nav` for NAV Innlandet.",
    ),
    opt(
        "acts_for",
        Kind::Ref(EntityKind::Region),
        "For a regional body: the region it acts for; items it takes part in are tied to it.",
    ),
    opt("notes", Kind::Markdown, "Remarks."),
];

pub(crate) const REGION: &[Field] = &[
    req(
        "id",
        Kind::Ref(EntityKind::Region),
        "Region id; equals the file name.",
    ),
    req("name", Kind::Line, "Name."),
    req("county", Kind::Line, "County number, such as `34`."),
    req(
        "municipalities",
        Kind::List(&Kind::Ref(EntityKind::Municipality)),
        "Member municipalities, by number.",
    ),
    opt("aliases", LINE_LIST, "Other names the sources use."),
    opt(
        "council",
        Kind::Ref(EntityKind::Body),
        "The regional council.",
    ),
    opt("notes", Kind::Markdown, "Remarks."),
];

pub(crate) const MUNICIPALITY: &[Field] = &[
    req(
        "number",
        Kind::Ref(EntityKind::Municipality),
        "Official four-digit number; equals the file name.",
    ),
    req("name", Kind::Line, "Name."),
    req("county", Kind::Line, "County number, such as `34`."),
    opt(
        "centrality",
        Kind::Integer { min: 1, max: 6 },
        "SSB centrality class, 1 (most central) to 6.",
    ),
    opt("notes", Kind::Markdown, "Remarks and corrections."),
];

pub(crate) const DOCUMENT: &[Field] = &[
    req(
        "id",
        Kind::Ref(EntityKind::Document),
        "Document id; equals the file name.",
    ),
    req("title", Kind::Line, "Title."),
    req(
        "kind",
        Kind::Word(DocumentKind::NAMES),
        "What sort of document.",
    ),
    opt(
        "owner",
        Kind::Ref(EntityKind::Body),
        "The body that owns it.",
    ),
    opt("url", Kind::Line, "Where it is published."),
    opt("notes", Kind::Markdown, "Remarks."),
];

/// The entity kinds, the folder each lives in, and its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    /// A programme, `programmes/<id>/programme.yaml`.
    Programme,
    /// An item of a programme, `programmes/<programme>/items/<ID>.yaml`.
    Item,
    /// An organisation or group, `bodies/<id>.yaml`.
    Body,
    /// A region, `regions/<id>.yaml`.
    Region,
    /// A municipality, `municipalities/<number>.yaml`.
    Municipality,
    /// A strategy or plan items link to, `documents/<id>.yaml`.
    Document,
}

/// What a field holds, in `language`: English as written in the tables here, bokmål and
/// nynorsk from the catalogue (`i18n/nb/fields.ftl`, `i18n/nn/fields.ftl`, keyed by the
/// English text folded). Schemas are in bokmål whatever the language of the run.
pub(crate) fn about(field: &Field, language: Language) -> String {
    match language {
        Language::En => field.about.to_string(),
        Language::Nb | Language::Nn => crate::i18n::try_text(language, &about_key(field), &[])
            .unwrap_or_else(|| field.about.to_string()),
    }
}

/// The catalogue key of a field's description.
fn about_key(field: &Field) -> String {
    format!("field-{}", crate::text::fold(field.about))
}

impl EntityKind {
    /// Every kind, in the order the format describes them.
    pub const ALL: &[EntityKind] = &[
        EntityKind::Programme,
        EntityKind::Item,
        EntityKind::Body,
        EntityKind::Region,
        EntityKind::Municipality,
        EntityKind::Document,
    ];

    /// The kind's name as the format and messages write it (`programme`).
    pub(crate) fn name(self) -> &'static str {
        match self {
            EntityKind::Programme => "programme",
            EntityKind::Item => "item",
            EntityKind::Body => "body",
            EntityKind::Region => "region",
            EntityKind::Municipality => "municipality",
            EntityKind::Document => "document",
        }
    }

    /// The fields an entity of this kind may have.
    pub(crate) fn fields(self) -> &'static [Field] {
        match self {
            EntityKind::Programme => PROGRAMME,
            EntityKind::Item => ITEM,
            EntityKind::Body => BODY,
            EntityKind::Region => REGION,
            EntityKind::Municipality => MUNICIPALITY,
            EntityKind::Document => DOCUMENT,
        }
    }

    /// Which kind a file holds, from its path relative to the data folder; `None` for a
    /// YAML file where no kind belongs.
    pub fn of_path(relative: &[&str]) -> Option<EntityKind> {
        match relative {
            ["programmes", _, "programme.yaml"] => Some(EntityKind::Programme),
            ["programmes", _, "items", _] => Some(EntityKind::Item),
            ["bodies", _] => Some(EntityKind::Body),
            ["regions", _] => Some(EntityKind::Region),
            ["municipalities", _] => Some(EntityKind::Municipality),
            ["documents", _] => Some(EntityKind::Document),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_tables() -> Vec<&'static [Field]> {
        let mut tables: Vec<&[Field]> = EntityKind::ALL.iter().map(|k| k.fields()).collect();
        tables.extend([
            SOURCE, PERIOD, DECISION, THEME, LEVEL, PERSON, FUNDING, UPDATE, PRIORITY, PLACE,
            MENTIONS, SHARE,
        ]);
        tables
    }

    #[test]
    fn every_field_is_described_in_norwegian_and_every_description_is_used() {
        // Every field reachable from a kind of file, nested tables included.
        fn walk(fields: &[Field], keys: &mut std::collections::BTreeSet<String>) {
            for field in fields {
                keys.insert(about_key(field));
                let mut kind = field.kind;
                while let Kind::List(inner) = kind {
                    kind = *inner;
                }
                if let Kind::Object(nested) = kind {
                    walk(nested, keys);
                }
            }
        }
        let mut keys = std::collections::BTreeSet::new();
        for kind in EntityKind::ALL {
            walk(kind.fields(), &mut keys);
        }
        for language in ["nb", "nn"] {
            let file = std::fs::read_to_string(format!("i18n/{language}/fields.ftl")).unwrap();
            let defined: std::collections::BTreeSet<String> =
                crate::i18n::message_ids(&file).collect();
            let missing: Vec<_> = keys.difference(&defined).collect();
            let unused: Vec<_> = defined.difference(&keys).collect();
            assert!(missing.is_empty(), "no {language} for {missing:?}");
            assert!(unused.is_empty(), "{language}: no field has {unused:?}");
        }
        let status = ITEM.iter().find(|f| f.name == "status").unwrap();
        assert_eq!(
            about(status, Language::Nb),
            "Status slik kilden oppgir den."
        );
        assert_eq!(
            about(status, Language::En),
            "Status as the source states it."
        );
    }

    #[test]
    fn field_names_are_unique_per_table() {
        for table in all_tables() {
            let mut names: Vec<_> = table.iter().map(|f| f.name).collect();
            names.sort();
            let len = names.len();
            names.dedup();
            assert_eq!(names.len(), len);
        }
    }

    #[test]
    fn paths_map_to_kinds() {
        assert_eq!(
            EntityKind::of_path(&["programmes", "x", "items", "K1.yaml"]),
            Some(EntityKind::Item)
        );
        assert_eq!(
            EntityKind::of_path(&["programmes", "x", "programme.yaml"]),
            Some(EntityKind::Programme)
        );
        assert_eq!(
            EntityKind::of_path(&["bodies", "nav.yaml"]),
            Some(EntityKind::Body)
        );
        assert_eq!(EntityKind::of_path(&["items", "K1.yaml"]), None);
        assert_eq!(EntityKind::of_path(&["bodies", "sub", "nav.yaml"]), None);
    }
}
