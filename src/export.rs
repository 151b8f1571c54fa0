//! The whole repository, resolved, as one document for other tools: `plan export --format
//! json|yaml`. Its shape is versioned (`format_version`) and documented in the README; keys
//! come in the order of the fields below, and lists in repository order, so the same data
//! gives the same bytes. It reads back with serde into the same value. `plan export` writes
//! it as it is made ([`Streamed`]), one entity at a time.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::index::{ItemIx, Repository};
use crate::model::{self, Word};
use crate::query::link_label;

/// Raised when the shape of the export changes in a way readers must know about.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    pub format_version: u32,
    pub programmes: Vec<Programme>,
    pub items: Vec<Item>,
    pub bodies: Vec<Body>,
    pub regions: Vec<Region>,
    pub municipalities: Vec<Municipality>,
    pub documents: Vec<Document>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    pub id: String,
    pub name: String,
    pub short_name: Option<String>,
    pub owner: String,
    pub language: String,
    pub county: Option<String>,
    pub period: Option<Period>,
    pub vision: Option<String>,
    pub main_goal: Option<String>,
    pub decisions: Vec<Decision>,
    pub themes: Vec<Theme>,
    pub levels: Vec<LevelName>,
    pub people: Vec<Person>,
    pub funding: Vec<Funding>,
    pub sources: Vec<Source>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// Bare where unique across programmes, else `programme:ID`.
    pub id: String,
    pub programme: String,
    pub theme: String,
    pub level: Option<String>,
    pub title: String,
    pub title_editorial: bool,
    /// The status now: the latest update's, else the item's own.
    pub status: Option<String>,
    pub priority: Option<Priority>,
    pub period: Option<Period>,
    pub responsible: Vec<String>,
    pub partners: Vec<String>,
    /// Links that resolve, named as from this item (`K3`, `mr2025:digi-mr`).
    pub links: Vec<String>,
    /// Links to items that do not exist, as written.
    pub unresolved_links: Vec<String>,
    /// The items that link here, named as from this item.
    pub backlinks: Vec<String>,
    pub documents: Vec<String>,
    pub links_note: Option<String>,
    pub regions: Vec<String>,
    pub municipalities: Vec<String>,
    pub places: Vec<Place>,
    /// Places the text only names (examples, partners' locations), not the item's scope.
    pub mentions: Mentions,
    pub description: Option<String>,
    pub goals: Vec<String>,
    /// In date order, oldest first.
    pub updates: Vec<Update>,
    pub indicators: Vec<Indicator>,
    pub funding: Vec<Funding>,
    pub people: Vec<Person>,
    pub sources: Vec<Source>,
    pub notes: Option<String>,
    /// The file the item is kept in, relative to the repository.
    pub path: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Body {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub municipality: Option<String>,
    pub part_of: Option<String>,
    pub acts_for: Option<String>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub county: String,
    pub municipalities: Vec<String>,
    pub aliases: Vec<String>,
    pub council: Option<String>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Municipality {
    pub number: String,
    pub name: String,
    pub county: String,
    pub centrality: Option<u8>,
    /// The regions it belongs to.
    pub regions: Vec<String>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub owner: Option<String>,
    pub url: Option<String>,
    pub notes: Option<String>,
}

/// Dates are written as in the files: `2024`, `2024-03` or `2024-03-05`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: Option<String>,
    pub end: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub date: String,
    pub body: String,
    pub reference: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    pub code: String,
    pub number: Option<String>,
    pub name: String,
    pub goal: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelName {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub role: String,
    pub body: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Funding {
    pub amount: i64,
    pub approximate: bool,
    pub currency: String,
    pub period: Option<Period>,
    pub from: Option<String>,
    pub text: Option<String>,
    pub source: Option<Source>,
    /// Parts of `amount` granted by one body; already counted in it.
    pub of_which: Vec<Share>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    pub amount: i64,
    pub approximate: bool,
    pub from: Option<String>,
    pub text: Option<String>,
}

/// An indicator, its values as JSON numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    pub name: String,
    pub unit: String,
    pub baseline: Option<Measure>,
    pub target: Measure,
    /// As written, oldest first.
    pub measurements: Vec<Measurement>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    pub value: serde_json::Number,
    pub date: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measurement {
    pub value: serde_json::Number,
    pub date: String,
    pub source: Option<Source>,
}

/// A number as JSON writes it: whole numbers without a decimal point.
fn json_number(value: f64) -> serde_json::Number {
    if value.fract() == 0.0 && value.abs() < 9e15 {
        // Whole and below 2^53, so exact as an integer.
        #[allow(clippy::cast_possible_truncation)]
        let whole = value as i64;
        serde_json::Number::from(whole)
    } else {
        serde_json::Number::from_f64(value).unwrap_or_else(|| serde_json::Number::from(0))
    }
}

fn indicator(i: &model::Indicator) -> Indicator {
    let measure = |m: &model::Measure| Measure {
        value: json_number(m.value),
        date: m.date.value.to_string(),
    };
    Indicator {
        name: i.name.clone(),
        unit: i.unit.clone(),
        baseline: i.baseline.as_ref().map(measure),
        target: measure(&i.target),
        measurements: i
            .measurements
            .iter()
            .map(|m| Measurement {
                value: json_number(m.value),
                date: m.date.value.to_string(),
                source: m.source.as_ref().map(source),
            })
            .collect(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Update {
    pub date: String,
    pub status: Option<String>,
    pub text: String,
    pub source: Option<Source>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Priority {
    pub term: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub municipality: String,
    pub kind: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mentions {
    pub regions: Vec<String>,
    pub municipalities: Vec<String>,
    pub places: Vec<Place>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub publisher: Option<String>,
    pub section: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

fn values(list: &[model::Spanned<String>]) -> Vec<String> {
    list.iter().map(|v| v.value.clone()).collect()
}

fn value(v: &Option<model::Spanned<String>>) -> Option<String> {
    v.as_ref().map(|v| v.value.clone())
}

fn period(p: &Option<model::Period>) -> Option<Period> {
    p.as_ref().map(|p| Period {
        start: p.start.map(|d| d.to_string()),
        end: p.end.map(|d| d.to_string()),
    })
}

fn source(s: &model::Source) -> Source {
    Source {
        title: s.title.clone(),
        publisher: s.publisher.clone(),
        section: s.section.clone(),
        date: s.date.map(|d| d.to_string()),
        url: s.url.clone(),
    }
}

fn places(list: &[model::Place]) -> Vec<Place> {
    list.iter()
        .map(|p| Place {
            name: p.name.clone(),
            municipality: p.municipality.value.clone(),
            kind: p.kind.clone(),
        })
        .collect()
}

fn sources(list: &[model::Source]) -> Vec<Source> {
    list.iter().map(source).collect()
}

fn people(list: &[model::Person]) -> Vec<Person> {
    list.iter()
        .map(|p| Person {
            name: p.name.clone(),
            role: p.role.clone(),
            body: value(&p.body),
        })
        .collect()
}

fn funding(list: &[model::Funding]) -> Vec<Funding> {
    list.iter()
        .map(|f| Funding {
            amount: f.amount,
            approximate: f.approximate,
            currency: f.currency.clone(),
            period: period(&f.period),
            from: value(&f.from),
            text: f.text.clone(),
            source: f.source.as_ref().map(source),
            of_which: f
                .of_which
                .iter()
                .map(|s| Share {
                    amount: s.amount,
                    approximate: s.approximate,
                    from: value(&s.from),
                    text: s.text.clone(),
                })
                .collect(),
        })
        .collect()
}

impl Export {
    /// The whole document in memory, for readers that want a value; `plan export` writes
    /// [`Streamed`] instead, which gives the same bytes.
    pub fn new(repo: &Repository) -> Export {
        Export {
            format_version: FORMAT_VERSION,
            programmes: repo.programmes.values().map(programme).collect(),
            items: (0..repo.items.len()).map(|ix| item(repo, ix)).collect(),
            bodies: repo.bodies.values().map(body).collect(),
            regions: repo.regions.values().map(region).collect(),
            municipalities: repo
                .municipalities
                .values()
                .map(|m| municipality(repo, m))
                .collect(),
            documents: repo.documents.values().map(document).collect(),
        }
    }
}

/// The export serialised as it is made: one entity at a time is converted and written, so a
/// large repository's document is never whole in memory. Serialises exactly as
/// [`Export::new`] does (same keys, same order).
pub struct Streamed<'a>(pub &'a Repository);

impl Serialize for Streamed<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let repo = self.0;
        let mut doc = serializer.serialize_struct("Export", 7)?;
        doc.serialize_field("format_version", &FORMAT_VERSION)?;
        doc.serialize_field(
            "programmes",
            &Lazy(|| repo.programmes.values().map(programme)),
        )?;
        doc.serialize_field(
            "items",
            &Lazy(|| (0..repo.items.len()).map(|ix| item(repo, ix))),
        )?;
        doc.serialize_field("bodies", &Lazy(|| repo.bodies.values().map(body)))?;
        doc.serialize_field("regions", &Lazy(|| repo.regions.values().map(region)))?;
        doc.serialize_field(
            "municipalities",
            &Lazy(|| repo.municipalities.values().map(|m| municipality(repo, m))),
        )?;
        doc.serialize_field("documents", &Lazy(|| repo.documents.values().map(document)))?;
        doc.end()
    }
}

/// Writes the export as YAML the way [`crate::yaml::to_string`] writes [`Export::new`]'s
/// value, converting one entity at a time, so the document is never whole in memory.
pub fn write_yaml(out: &mut dyn std::io::Write, repo: &Repository) -> std::io::Result<()> {
    let mut doc = crate::yaml::MappingWriter::new(out);
    doc.entry("format_version", &FORMAT_VERSION)?;
    doc.list("programmes", repo.programmes.values().map(programme))?;
    doc.list("items", (0..repo.items.len()).map(|ix| item(repo, ix)))?;
    doc.list("bodies", repo.bodies.values().map(body))?;
    doc.list("regions", repo.regions.values().map(region))?;
    doc.list(
        "municipalities",
        repo.municipalities.values().map(|m| municipality(repo, m)),
    )?;
    doc.list("documents", repo.documents.values().map(document))
}

/// A list serialised from an iterator made on demand, the way a `Vec` of the same elements
/// is.
struct Lazy<F>(F);

impl<F, I> Serialize for Lazy<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

fn body(b: &model::Body) -> Body {
    Body {
        id: b.id.value.clone(),
        name: b.name.clone(),
        kind: b.kind.as_str().into(),
        aliases: b.aliases.clone(),
        municipality: value(&b.municipality),
        part_of: value(&b.part_of),
        acts_for: value(&b.acts_for),
        notes: b.notes.clone(),
    }
}

fn region(r: &model::Region) -> Region {
    Region {
        id: r.id.value.clone(),
        name: r.name.clone(),
        county: r.county.clone(),
        municipalities: values(&r.municipalities),
        aliases: r.aliases.clone(),
        council: value(&r.council),
        notes: r.notes.clone(),
    }
}

fn municipality(repo: &Repository, m: &model::Municipality) -> Municipality {
    Municipality {
        number: m.number.value.clone(),
        name: m.name.clone(),
        county: m.county.clone(),
        centrality: m.centrality,
        regions: repo
            .regions_of_municipality
            .get(&m.number.value)
            .cloned()
            .unwrap_or_default(),
        notes: m.notes.clone(),
    }
}

fn document(d: &model::Document) -> Document {
    Document {
        id: d.id.value.clone(),
        title: d.title.clone(),
        kind: d.kind.as_str().into(),
        owner: value(&d.owner),
        url: d.url.clone(),
        notes: d.notes.clone(),
    }
}

fn programme(p: &model::Programme) -> Programme {
    Programme {
        id: p.id.value.clone(),
        name: p.name.clone(),
        short_name: p.short_name.clone(),
        owner: p.owner.value.clone(),
        language: p.language.as_str().into(),
        county: p.county.clone(),
        period: period(&p.period),
        vision: p.vision.clone(),
        main_goal: p.main_goal.clone(),
        decisions: p
            .decisions
            .iter()
            .map(|d| Decision {
                date: d.date.to_string(),
                body: d.body.value.clone(),
                reference: d.reference.clone(),
                text: d.text.clone(),
            })
            .collect(),
        themes: p
            .themes
            .iter()
            .map(|t| Theme {
                code: t.code.clone(),
                number: t.number.clone(),
                name: t.name.clone(),
                goal: t.goal.clone(),
            })
            .collect(),
        levels: p
            .levels
            .iter()
            .map(|l| LevelName {
                id: l.id.as_str().into(),
                name: l.name.clone(),
            })
            .collect(),
        people: people(&p.people),
        funding: funding(&p.funding),
        sources: sources(&p.sources),
        notes: p.notes.clone(),
    }
}

fn item(repo: &Repository, ix: ItemIx) -> Item {
    let i = &repo.items[ix];
    let mut updates: Vec<&model::Update> = i.updates.iter().collect();
    updates.sort_by(|a, b| a.date.value.chronological(&b.date.value));
    Item {
        id: repo.display_id(ix, None),
        programme: i.programme.value.clone(),
        theme: i.theme.value.clone(),
        level: i.level.as_ref().map(|l| l.value.as_str().into()),
        title: i.title.clone(),
        title_editorial: i.title_editorial,
        status: i.current_status().map(|s| s.as_str().into()),
        priority: i.priority.as_ref().map(|p| Priority {
            term: p.term.as_str().into(),
            text: p.text.clone(),
        }),
        period: period(&i.period),
        responsible: values(&i.responsible),
        partners: values(&i.partners),
        links: repo.links_out[ix]
            .iter()
            .map(|&to| link_label(repo, ix, to))
            .collect(),
        unresolved_links: i
            .links
            .iter()
            .filter(|l| repo.resolve_link(i, &l.value).is_none())
            .map(|l| l.value.clone())
            .collect(),
        backlinks: repo.links_in[ix]
            .iter()
            .map(|&from| link_label(repo, ix, from))
            .collect(),
        documents: values(&i.documents),
        links_note: i.links_note.clone(),
        regions: values(&i.regions),
        municipalities: values(&i.municipalities),
        places: places(&i.places),
        mentions: Mentions {
            regions: values(&i.mentions().regions),
            municipalities: values(&i.mentions().municipalities),
            places: places(&i.mentions().places),
        },
        description: i.description.clone(),
        goals: i.goals.clone(),
        indicators: i.indicators.iter().map(indicator).collect(),
        updates: updates
            .into_iter()
            .map(|u| Update {
                date: u.date.value.to_string(),
                status: u.status.map(|s| s.as_str().into()),
                text: u.text.clone(),
                source: u.source.as_ref().map(source),
            })
            .collect(),
        funding: funding(&i.funding),
        people: people(&i.people),
        sources: sources(&i.sources),
        notes: i.notes.clone(),
        path: i.path.clone(),
    }
}
