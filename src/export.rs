//! The whole repository, resolved, as one document for other tools: `plan export --format
//! json|yaml`. Its shape is versioned (`format_version`) and documented in the README; keys
//! come in the order of the fields below, and lists in repository order, so the same data
//! gives the same bytes. It reads back with serde into the same value. `plan export` writes
//! it as it is made (`Streamed`), one entity at a time.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::index::{ItemIx, Repository};
use crate::model::{self, Word};
use crate::query::link_label;

/// Raised when the shape of the export changes in a way readers must know about.
pub const FORMAT_VERSION: u32 = 2;

/// The whole repository, resolved: the document `plan export --format json|yaml` writes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    /// The shape's version, [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Every programme, in repository order.
    pub programmes: Vec<Programme>,
    /// Every item of every programme, removed ones included.
    pub items: Vec<Item>,
    /// Every organisation and group.
    pub bodies: Vec<Body>,
    /// Every region.
    pub regions: Vec<Region>,
    /// Every municipality, by number.
    pub municipalities: Vec<Municipality>,
    /// Every strategy and plan items link to that is not an item.
    pub documents: Vec<Document>,
}

/// A programme: its own fields, as in `programme.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    /// Its id, the name of its folder.
    pub id: String,
    /// Its full name as published.
    pub name: String,
    /// A shorter name, where it has one.
    pub short_name: Option<String>,
    /// The id of the body that owns it.
    pub owner: String,
    /// The language of its source: `nb`, `nn` or `en`.
    pub language: String,
    /// The number of the county it covers (`"34"`).
    pub county: Option<String>,
    /// The years it runs.
    pub period: Option<Period>,
    /// Its vision, as written.
    pub vision: Option<String>,
    /// Its main goal, as written.
    pub main_goal: Option<String>,
    /// The decisions that adopted it, in order.
    pub decisions: Vec<Decision>,
    /// Its themes, in its own order.
    pub themes: Vec<Theme>,
    /// The levels its items are sorted into, if it has levels.
    pub levels: Vec<LevelName>,
    /// People named for it.
    pub people: Vec<Person>,
    /// Programme-wide money.
    pub funding: Vec<Funding>,
    /// Where its content comes from.
    pub sources: Vec<Source>,
    /// Corrections and remarks (Markdown).
    pub notes: Option<String>,
}

/// An item (an initiative, a satsing), with its links resolved both ways.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// Bare where unique across programmes, else `programme:ID`.
    pub id: String,
    /// The id of its programme.
    pub programme: String,
    /// The code of its theme.
    pub theme: String,
    /// The id of its level, where the programme has levels.
    pub level: Option<String>,
    /// Its title.
    pub title: String,
    /// True when the source has no title and the title was written for it.
    pub title_editorial: bool,
    /// The status now: the latest update's, else the item's own.
    pub status: Option<String>,
    /// Its priority, where the source gives one.
    pub priority: Option<Priority>,
    /// When it runs.
    pub period: Option<Period>,
    /// The ids of the bodies responsible for it.
    pub responsible: Vec<String>,
    /// The ids of its partner bodies.
    pub partners: Vec<String>,
    /// Links that resolve, named as from this item (`K3`, `mr2025:digi-mr`).
    pub links: Vec<String>,
    /// Links to items that do not exist, as written.
    pub unresolved_links: Vec<String>,
    /// The items that link here, named as from this item.
    pub backlinks: Vec<String>,
    /// The ids of the documents it links to.
    pub documents: Vec<String>,
    /// The source's wording where its links are vague.
    pub links_note: Option<String>,
    /// Scope: the ids of the regions where it acts.
    pub regions: Vec<String>,
    /// Scope: the numbers of the municipalities where it acts.
    pub municipalities: Vec<String>,
    /// Scope: places, not municipalities, where it acts.
    pub places: Vec<Place>,
    /// Places the text only names (examples, partners' locations), not the item's scope.
    pub mentions: Mentions,
    /// The source's text (Markdown).
    pub description: Option<String>,
    /// Its stated goals.
    pub goals: Vec<String>,
    /// In date order, oldest first.
    pub updates: Vec<Update>,
    /// Measurable indicators, with baseline, target and measurements.
    pub indicators: Vec<Indicator>,
    /// The money granted to it.
    pub funding: Vec<Funding>,
    /// People named for it.
    pub people: Vec<Person>,
    /// Where its content comes from.
    pub sources: Vec<Source>,
    /// Corrections, with what the source said (Markdown).
    pub notes: Option<String>,
    /// The file the item is kept in, relative to the repository.
    pub path: String,
}

/// An organisation or group: a body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Body {
    /// Its id, the name of its file.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What kind of body it is (`county-council`, `municipality`, …).
    pub kind: String,
    /// Other names it goes by.
    pub aliases: Vec<String>,
    /// The number of the municipality it is, for a municipality.
    pub municipality: Option<String>,
    /// The id of the body it belongs to.
    pub part_of: Option<String>,
    /// For a regional body, the id of the region it acts for.
    pub acts_for: Option<String>,
    /// Remarks (Markdown).
    pub notes: Option<String>,
}

/// A region: a group of municipalities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    /// Its id, the name of its file.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The number of its county.
    pub county: String,
    /// The numbers of its municipalities.
    pub municipalities: Vec<String>,
    /// Other names it goes by.
    pub aliases: Vec<String>,
    /// The id of its regional council (interkommunalt politisk råd).
    pub council: Option<String>,
    /// Remarks (Markdown).
    pub notes: Option<String>,
}

/// A municipality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Municipality {
    /// Its official four-digit number, the name of its file.
    pub number: String,
    /// Its name.
    pub name: String,
    /// The number of its county.
    pub county: String,
    /// Its centrality class, 1 to 6.
    pub centrality: Option<u8>,
    /// The regions it belongs to.
    pub regions: Vec<String>,
    /// Remarks (Markdown).
    pub notes: Option<String>,
}

/// A strategy or plan that items link to and that is not an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Its id, the name of its file.
    pub id: String,
    /// Its title.
    pub title: String,
    /// What kind of document it is (`strategy`, `plan`, …).
    pub kind: String,
    /// The id of the body that owns it.
    pub owner: Option<String>,
    /// Where it is published.
    pub url: Option<String>,
    /// Remarks (Markdown).
    pub notes: Option<String>,
}

/// Dates are written as in the files: `2024`, `2024-03` or `2024-03-05`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// The first year, month or day.
    pub start: Option<String>,
    /// The last year, month or day.
    pub end: Option<String>,
}

/// A decision that adopted a programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// When it was made.
    pub date: String,
    /// The id of the body that made it.
    pub body: String,
    /// The case or decision number.
    pub reference: Option<String>,
    /// What was decided.
    pub text: String,
}

/// A theme of a programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    /// Its code, which items name (`K`).
    pub code: String,
    /// Its number in the source.
    pub number: Option<String>,
    /// Its name.
    pub name: String,
    /// Its goal, as written.
    pub goal: Option<String>,
}

/// A level of a programme's items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelName {
    /// Its id, which items name.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// A person named for a programme or an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Their name.
    pub name: String,
    /// Their role.
    pub role: String,
    /// The id of the body they work for.
    pub body: Option<String>,
}

/// Money granted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Funding {
    /// The amount.
    pub amount: i64,
    /// True when the source gives the amount as approximate.
    pub approximate: bool,
    /// Its currency (`NOK`).
    pub currency: String,
    /// The years it is for.
    pub period: Option<Period>,
    /// The id of the body that grants it.
    pub from: Option<String>,
    /// What the source says about it.
    pub text: Option<String>,
    /// Where the amount comes from.
    pub source: Option<Source>,
    /// Parts of `amount` granted by one body; already counted in it.
    pub of_which: Vec<Share>,
}

/// A part of a funding amount granted by one body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    /// The amount.
    pub amount: i64,
    /// True when the source gives the amount as approximate.
    pub approximate: bool,
    /// The id of the body that grants it.
    pub from: Option<String>,
    /// What the source says about it.
    pub text: Option<String>,
}

/// An indicator, its values as JSON numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    /// What it measures.
    pub name: String,
    /// The unit of its values.
    pub unit: String,
    /// The value it started from.
    pub baseline: Option<Measure>,
    /// The value it aims for.
    pub target: Measure,
    /// As written, oldest first.
    pub measurements: Vec<Measurement>,
}

/// A value of an indicator on a date: its baseline or its target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    /// The value.
    pub value: serde_json::Number,
    /// When it holds.
    pub date: String,
}

/// A value of an indicator as measured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measurement {
    /// The value.
    pub value: serde_json::Number,
    /// When it was measured.
    pub date: String,
    /// Where the value comes from.
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

/// A dated entry in an item's status history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Update {
    /// When it was written.
    pub date: String,
    /// The item's status from that date.
    pub status: Option<String>,
    /// What happened.
    pub text: String,
    /// Where it comes from.
    pub source: Option<Source>,
}

/// An item's priority, in the source's own terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Priority {
    /// The source's word for it.
    pub term: String,
    /// What the source says about it.
    pub text: String,
}

/// A named place that is not a municipality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Its name.
    pub name: String,
    /// The number of the municipality it lies in.
    pub municipality: String,
    /// What kind of place it is.
    pub kind: Option<String>,
}

/// Places an item's text only names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mentions {
    /// The ids of the regions named.
    pub regions: Vec<String>,
    /// The numbers of the municipalities named.
    pub municipalities: Vec<String>,
    /// The places named.
    pub places: Vec<Place>,
}

/// Where content comes from: a publication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Its title.
    pub title: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// The part of it meant.
    pub section: Option<String>,
    /// When it was published.
    pub date: Option<String>,
    /// Where it is published.
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
    pub(crate) fn new(repo: &Repository) -> Export {
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

    /// The export as one YAML document, byte for byte what `plan export --format yaml`
    /// writes a piece at a time.
    pub fn to_yaml(&self) -> anyhow::Result<String> {
        crate::yaml::to_string(self)
    }
}

/// The export serialised as it is made: one entity at a time is converted and written, so a
/// large repository's document is never whole in memory. Serialises exactly as
/// [`Export::new`] does (same keys, same order).
pub(crate) struct Streamed<'a>(pub(crate) &'a Repository);

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
pub(crate) fn write_yaml(out: &mut dyn std::io::Write, repo: &Repository) -> std::io::Result<()> {
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
            .map(|&to| link_label(repo, ix, to).into_owned())
            .collect(),
        unresolved_links: i
            .links
            .iter()
            .filter(|l| repo.resolve_link(i, &l.value).is_none())
            .map(|l| l.value.clone())
            .collect(),
        backlinks: repo.links_in[ix]
            .iter()
            .map(|&from| link_label(repo, ix, from).into_owned())
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
