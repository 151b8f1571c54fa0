//! What changed between two versions of a repository, per programme and item: items added,
//! removed and marked removed, and each changed field with its old and new value; and the
//! bodies, regions, municipalities and documents added, removed or changed.
//!
//! Computed from two [`Repository`] values, so it knows nothing of git and is tested without
//! it. Items are matched by (programme, id), never by path, so a moved file is the same item;
//! an item gone and one new in the same programme with the same title are one item given a new
//! id. A status update changed in place is paired with what it was, and shown corrected.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::diagnostic::{self, Diagnostic, Severity};
use crate::format::EntityKind;
use crate::index::{Repository, item_key, split_ref};
use crate::model::{
    Decision, Funding, Indicator, Item, Measure, Person, Place, Programme, Share, Source, Spanned,
    Update, Word,
};

/// One version of the repository: what it is called, what was loaded, and what could not be.
pub(crate) struct Side<'a> {
    /// `HEAD~1`, or `working tree`.
    pub(crate) label: &'a str,
    pub(crate) repo: &'a Repository,
    /// The findings met while loading and indexing (not the checks).
    pub(crate) findings: &'a [Diagnostic],
}

/// Everything that changed from one version to the other.
#[derive(Debug, Serialize)]
pub(crate) struct Diff {
    pub(crate) from: String,
    pub(crate) to: String,
    /// Programmes with changes, by id.
    pub(crate) programmes: Vec<ProgrammeDiff>,
    /// Bodies, regions, municipalities and documents with changes, in that order.
    pub(crate) references: Vec<ReferenceDiff>,
    /// Files that could not be read on either side; their items are neither added nor removed.
    pub(crate) unreadable: Unreadable,
}

#[derive(Debug, Default, Serialize)]
pub(crate) struct Unreadable {
    pub(crate) from: Vec<Diagnostic>,
    pub(crate) to: Vec<Diagnostic>,
}

/// Whether a programme is new, gone, or there on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Presence {
    Added,
    Removed,
    Changed,
}

#[derive(Debug, Serialize)]
pub(crate) struct ProgrammeDiff {
    pub(crate) id: String,
    /// The newer name, or the old one for a removed programme.
    pub(crate) name: String,
    pub(crate) change: Presence,
    pub(crate) fields: Vec<FieldChange>,
    pub(crate) decisions_added: Vec<Decision>,
    pub(crate) added: Vec<ItemRef>,
    /// Items whose file is gone.
    pub(crate) removed: Vec<ItemRef>,
    /// Items whose status became `removed`, with all their changes.
    pub(crate) marked_removed: Vec<ItemChange>,
    pub(crate) changed: Vec<ItemChange>,
}

impl ProgrammeDiff {
    /// A programme on both sides with nothing changed.
    fn unchanged(id: &str, name: &str) -> ProgrammeDiff {
        ProgrammeDiff {
            id: id.to_string(),
            name: name.to_string(),
            change: Presence::Changed,
            fields: Vec::new(),
            decisions_added: Vec::new(),
            added: Vec::new(),
            removed: Vec::new(),
            marked_removed: Vec::new(),
            changed: Vec::new(),
        }
    }

    /// An item changed or marked removed; none when it is neither.
    fn item_change(&self, id: &str) -> Option<&ItemChange> {
        (self.marked_removed.iter().chain(&self.changed)).find(|i| i.id == id)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.change == Presence::Changed
            && self.fields.is_empty()
            && self.decisions_added.is_empty()
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.marked_removed.is_empty()
            && self.changed.is_empty()
    }
}

/// An item named by its id within its programme.
#[derive(Debug, Serialize)]
pub(crate) struct ItemRef {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) path: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct ItemChange {
    pub(crate) id: String,
    /// The newer title.
    pub(crate) title: String,
    /// The newer path.
    pub(crate) path: String,
    /// The id the item had before, when it was given a new one.
    pub(crate) renamed_from: Option<String>,
    /// With a new id: the items whose links to the old id now name the new one, by id
    /// (`programme:ID` from another programme), in the diff's order. Their links' change is
    /// not listed under them: it is this item's new id, said once here.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) relinked: Vec<String>,
    pub(crate) changes: Vec<FieldChange>,
}

impl ItemChange {
    /// Keeps the item's new status updates, the status one of them sets, and the changes
    /// (a new id among them) that `made` has too.
    fn keep_dated_or(&mut self, made: Option<&ItemChange>) {
        let made_changes = made.map_or(&[][..], |m| &m.changes[..]);
        if made.and_then(|m| m.renamed_from.as_ref()) != self.renamed_from.as_ref() {
            self.renamed_from = None;
        }
        let made_relinked = made.map_or(&[][..], |m| &m.relinked[..]);
        self.relinked
            .retain(|r| self.renamed_from.is_some() && made_relinked.contains(r));
        let sets_status = self.changes.iter().any(|c| match &c.change {
            Change::Updates { added, .. } => added.iter().any(|u| u.status.is_some()),
            _ => false,
        });
        let made_updates = made_changes.iter().find_map(|c| match &c.change {
            Change::Updates {
                corrected, removed, ..
            } => Some((corrected, removed)),
            _ => None,
        });
        for c in &mut self.changes {
            if let Change::Updates {
                corrected, removed, ..
            } = &mut c.change
            {
                corrected.retain(|c| {
                    made_updates.is_some_and(|(made, _)| {
                        made.iter()
                            .any(|m| same_update(&m.old, &c.old) && same_update(&m.new, &c.new))
                    })
                });
                removed.retain(|u| {
                    made_updates.is_some_and(|(_, made)| made.iter().any(|m| same_update(m, u)))
                });
            }
        }
        self.changes.retain(|c| match &c.change {
            Change::Updates {
                added,
                corrected,
                removed,
            } => !(added.is_empty() && corrected.is_empty() && removed.is_empty()),
            _ if c.field == Field::Status && sets_status => true,
            _ => made_changes.contains(c),
        });
    }

    /// Nothing changed but, perhaps, what made no difference here.
    fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.renamed_from.is_none()
    }
}

/// The fields a diff compares, in the order changes are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Name,
    File,
    Title,
    Theme,
    Level,
    Priority,
    Status,
    Links,
    Responsible,
    Partners,
    Documents,
    Regions,
    Municipalities,
    TitleEditorial,
    Period,
    Description,
    Goals,
    LinksNote,
    Places,
    MentionedRegions,
    MentionedMunicipalities,
    MentionedPlaces,
    Indicators,
    Measurements,
    Funding,
    People,
    Sources,
    Notes,
    Updates,
}

impl Field {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::File => "file",
            Field::Title => "title",
            Field::Theme => "theme",
            Field::Level => "level",
            Field::Priority => "priority",
            Field::Status => "status",
            Field::Responsible => "responsible",
            Field::Partners => "partners",
            Field::Links => "links",
            Field::Documents => "documents",
            Field::Regions => "regions",
            Field::Municipalities => "municipalities",
            Field::TitleEditorial => "title_editorial",
            Field::Period => "period",
            Field::Description => "description",
            Field::Goals => "goals",
            Field::LinksNote => "links_note",
            Field::Places => "places",
            Field::MentionedRegions => "mentioned_regions",
            Field::MentionedMunicipalities => "mentioned_municipalities",
            Field::MentionedPlaces => "mentioned_places",
            Field::Indicators => "indicators",
            Field::Measurements => "measurements",
            Field::Funding => "funding",
            Field::People => "people",
            Field::Sources => "sources",
            Field::Notes => "notes",
            Field::Updates => "updates",
        }
    }
}

impl Field {
    /// Free text, shown shortened: the JSON keeps it whole.
    pub(crate) fn is_text(self) -> bool {
        matches!(
            self,
            Field::Description | Field::Goals | Field::LinksNote | Field::Notes
        )
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Field {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[derive(Debug, PartialEq, Eq, Serialize)]
pub(crate) struct FieldChange {
    pub(crate) field: Field,
    #[serde(flatten)]
    pub(crate) change: Change,
}

#[derive(Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub(crate) enum Change {
    /// A single value replaced; `None` where it was or became absent.
    Value {
        old: Option<Named>,
        new: Option<Named>,
    },
    /// Values added to and removed from a list.
    List {
        added: Vec<Named>,
        removed: Vec<Named>,
    },
    /// Status updates that are new, that were corrected, and that are gone.
    Updates {
        added: Vec<Update>,
        corrected: Vec<Correction>,
        removed: Vec<Update>,
    },
}

/// A status update changed in place: what it said, and what it says now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Correction {
    pub(crate) old: Update,
    pub(crate) new: Update,
}

/// What a status update says, part by part, in the order a correction lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UpdatePart {
    Date,
    Status,
    Text,
    Source,
    By,
}

impl UpdatePart {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            UpdatePart::Date => "date",
            UpdatePart::Status => "status",
            UpdatePart::Text => "text",
            UpdatePart::Source => "source",
            UpdatePart::By => "by",
        }
    }
}

impl Correction {
    /// The parts that differ, in [`UpdatePart`] order.
    pub(crate) fn changed(&self) -> Vec<UpdatePart> {
        let (old, new) = (&self.old, &self.new);
        [
            (UpdatePart::Date, old.date.value != new.date.value),
            (UpdatePart::Status, old.status != new.status),
            (UpdatePart::Text, old.text != new.text),
            (UpdatePart::Source, old.source != new.source),
            (
                UpdatePart::By,
                old.by.as_ref().map(|b| &b.value) != new.by.as_ref().map(|b| &b.value),
            ),
        ]
        .into_iter()
        .filter_map(|(part, differs)| differs.then_some(part))
        .collect()
    }
}

/// A value as written (`short`, `demo-county`, `K2`) and, where it has one, its name
/// (`kort sikt`, `Demo fylkeskommune`, the linked item's title).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Named {
    pub(crate) value: String,
    pub(crate) name: Option<String>,
}

impl Named {
    pub(crate) fn plain(text: &str) -> Named {
        Named {
            value: text.to_string(),
            name: None,
        }
    }

    fn with_name(value: &str, name: Option<&str>) -> Named {
        Named {
            value: value.to_string(),
            name: name.filter(|n| *n != value).map(str::to_string),
        }
    }
}

/// One kind of reference entity (body, region, municipality, document): those added,
/// removed and changed, matched by id (a municipality by number), in id order.
#[derive(Debug, Serialize)]
pub(crate) struct ReferenceDiff {
    #[serde(serialize_with = "kind_name")]
    pub(crate) kind: EntityKind,
    pub(crate) added: Vec<EntityRef>,
    pub(crate) removed: Vec<EntityRef>,
    pub(crate) changed: Vec<EntityChange>,
}

fn kind_name<S: Serializer>(kind: &EntityKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(kind.name())
}

/// A body, region, municipality or document by id and name (a document's title).
#[derive(Debug, Serialize)]
pub(crate) struct EntityRef {
    pub(crate) id: String,
    pub(crate) name: String,
}

/// A reference entity whose fields changed. Its JSON has `fields`, the changed fields' names
/// as the files write them, and `changes`, each with its old and new value.
#[derive(Debug)]
pub(crate) struct EntityChange {
    pub(crate) id: String,
    /// The newer name.
    pub(crate) name: String,
    pub(crate) changes: Vec<EntityFieldChange>,
}

impl Serialize for EntityChange {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let fields: Vec<&str> = self.changes.iter().map(|c| c.field.as_str()).collect();
        let mut map = s.serialize_struct("EntityChange", 4)?;
        map.serialize_field("id", &self.id)?;
        map.serialize_field("name", &self.name)?;
        map.serialize_field("fields", &fields)?;
        map.serialize_field("changes", &self.changes)?;
        map.end()
    }
}

/// One field of a reference entity, its values as text (a list's entries joined by commas);
/// `None` where it was or became absent or empty.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub(crate) struct EntityFieldChange {
    pub(crate) field: String,
    pub(crate) old: Option<String>,
    pub(crate) new: Option<String>,
}

/// What a reference entity is called, for [`ReferenceDiff`].
trait Labelled {
    fn label(&self) -> &str;
}

impl Labelled for crate::model::Body {
    fn label(&self) -> &str {
        &self.name
    }
}

impl Labelled for crate::model::Region {
    fn label(&self) -> &str {
        &self.name
    }
}

impl Labelled for crate::model::Municipality {
    fn label(&self) -> &str {
        &self.name
    }
}

impl Labelled for crate::model::Document {
    fn label(&self) -> &str {
        &self.title
    }
}

/// Compares one kind of reference entity, keyed by id on both sides. An entity whose file
/// could not be read on one side is neither added nor removed.
fn reference_diff<T: Serialize + Labelled>(
    kind: EntityKind,
    old: &BTreeMap<String, T>,
    new: &BTreeMap<String, T>,
    from: &Repository,
    to: &Repository,
) -> ReferenceDiff {
    let unreadable_from = unreadable_ids(from, kind);
    let unreadable_to = unreadable_ids(to, kind);
    let entity_ref = |id: &String, e: &T| EntityRef {
        id: id.clone(),
        name: e.label().to_string(),
    };
    let added = new
        .iter()
        .filter(|(id, _)| !old.contains_key(*id) && !unreadable_from.contains(id.as_str()))
        .map(|(id, e)| entity_ref(id, e))
        .collect();
    let removed = old
        .iter()
        .filter(|(id, _)| !new.contains_key(*id) && !unreadable_to.contains(id.as_str()))
        .map(|(id, e)| entity_ref(id, e))
        .collect();
    let changed = new
        .iter()
        .filter_map(|(id, e)| {
            let changes = changed_fields(old.get(id)?, e);
            (!changes.is_empty()).then(|| EntityChange {
                id: id.clone(),
                name: e.label().to_string(),
                changes,
            })
        })
        .collect();
    ReferenceDiff {
        kind,
        added,
        removed,
        changed,
    }
}

/// The fields whose values differ (positions in the file do not count), with both values.
fn changed_fields<T: Serialize>(old: &T, new: &T) -> Vec<EntityFieldChange> {
    let (Ok(Value::Object(old)), Ok(Value::Object(new))) =
        (serde_json::to_value(old), serde_json::to_value(new))
    else {
        return Vec::new();
    };
    new.iter()
        .filter(|(field, value)| old.get(*field) != Some(*value))
        .map(|(field, value)| EntityFieldChange {
            field: field.clone(),
            old: old.get(field).and_then(entity_value),
            new: entity_value(value),
        })
        .collect()
}

/// A field's value as text: a list's entries joined by commas; `None` when absent or empty.
fn entity_value(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(text) => Some(text.clone()),
        Value::Array(entries) => {
            let texts: Vec<String> = entries.iter().filter_map(entity_value).collect();
            (!texts.is_empty()).then(|| texts.join(", "))
        }
        other => Some(other.to_string()),
    }
}

/// The ids (file names) of `kind`'s files that were found but yielded no entity.
fn unreadable_ids(repo: &Repository, kind: EntityKind) -> HashSet<&str> {
    repo.files
        .iter()
        .filter(|f| f.kind == Some(kind))
        .filter_map(|f| f.path.rsplit('/').next()?.strip_suffix(".yaml"))
        .filter(|id| match kind {
            EntityKind::Body => !repo.bodies.contains_key(*id),
            EntityKind::Region => !repo.regions.contains_key(*id),
            EntityKind::Municipality => !repo.municipalities.contains_key(*id),
            EntityKind::Document => !repo.documents.contains_key(*id),
            EntityKind::Programme | EntityKind::Item => false,
        })
        .collect()
}

fn reference_diffs(from: &Repository, to: &Repository) -> Vec<ReferenceDiff> {
    [
        reference_diff(EntityKind::Body, &from.bodies, &to.bodies, from, to),
        reference_diff(EntityKind::Region, &from.regions, &to.regions, from, to),
        reference_diff(
            EntityKind::Municipality,
            &from.municipalities,
            &to.municipalities,
            from,
            to,
        ),
        reference_diff(
            EntityKind::Document,
            &from.documents,
            &to.documents,
            from,
            to,
        ),
    ]
    .into_iter()
    .filter(|r| !(r.added.is_empty() && r.removed.is_empty() && r.changed.is_empty()))
    .collect()
}

/// Counts of one kind of entity for a summary line; only items are marked removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub(crate) added: usize,
    pub(crate) removed: usize,
    pub(crate) marked_removed: usize,
    pub(crate) changed: usize,
}

impl Diff {
    /// Counts per kind of entity: items always, then the programmes and each kind of
    /// reference entity with changes.
    pub(crate) fn counts(&self) -> Vec<(EntityKind, Counts)> {
        let mut items = Counts::default();
        let mut programmes = Counts::default();
        for p in &self.programmes {
            items.added += p.added.len();
            items.removed += p.removed.len();
            items.marked_removed += p.marked_removed.len();
            items.changed += p.changed.len();
            match p.change {
                Presence::Added => programmes.added += 1,
                Presence::Removed => programmes.removed += 1,
                Presence::Changed if !p.fields.is_empty() || !p.decisions_added.is_empty() => {
                    programmes.changed += 1
                }
                Presence::Changed => {}
            }
        }
        let mut counts = vec![(EntityKind::Item, items)];
        if programmes != Counts::default() {
            counts.push((EntityKind::Programme, programmes));
        }
        counts.extend(self.references.iter().map(|r| {
            let c = Counts {
                added: r.added.len(),
                removed: r.removed.len(),
                marked_removed: 0,
                changed: r.changed.len(),
            };
            (r.kind, c)
        }));
        counts
    }

    /// The programmes' changes narrowed to those `made` shows too (a diff from the same start
    /// to the data as committed by the end of a period), but for what is dated: a status
    /// update dated in the period counts however late it was written down, and so does a
    /// status it sets; any other change counts only when it was made by then.
    pub(crate) fn made_by(mut self, made: &Diff) -> Diff {
        for p in &mut self.programmes {
            let empty = ProgrammeDiff::unchanged(&p.id, &p.name);
            let m = made
                .programmes
                .iter()
                .find(|m| m.id == p.id)
                .unwrap_or(&empty);
            p.fields.retain(|f| m.fields.contains(f));
            p.decisions_added.retain(|d| m.decisions_added.contains(d));
            p.added.retain(|i| m.added.iter().any(|a| a.id == i.id));
            p.removed.retain(|i| m.removed.iter().any(|r| r.id == i.id));
            for items in [&mut p.marked_removed, &mut p.changed] {
                for item in items.iter_mut() {
                    item.keep_dated_or(m.item_change(&item.id));
                }
                items.retain(|i| !i.is_empty());
            }
            p.change = m.change;
        }
        self.programmes.retain(|p| !p.is_empty());
        self
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.programmes.is_empty()
            && self.references.is_empty()
            && self.unreadable.from.is_empty()
            && self.unreadable.to.is_empty()
    }
}

type Pair<'a> = (Option<&'a Item>, Option<&'a Item>);

/// How a list's values are named in a repository: a body's name, a document's title.
type Names = fn(&Repository, &str) -> Option<String>;

/// One of an item's lists of ids.
type Values = fn(&Item) -> &[Spanned<String>];

/// Compares two versions of a repository.
pub(crate) fn diff(from: &Side, to: &Side) -> Diff {
    let unreadable_from = unreadable_items(from.repo);
    let unreadable_to = unreadable_items(to.repo);
    let mut pairs: BTreeMap<(String, String), Pair> = BTreeMap::new();
    for item in &from.repo.items {
        pairs.entry(key(item)).or_default().0 = Some(item);
    }
    for item in &to.repo.items {
        pairs.entry(key(item)).or_default().1 = Some(item);
    }
    let readable = pairs.into_iter().filter(|(key, pair)| match pair {
        (Some(_), None) => !unreadable_to.contains(key),
        (None, Some(_)) => !unreadable_from.contains(key),
        _ => true,
    });
    let paired = with_renames(readable.collect());
    let renames: Renames = paired
        .iter()
        .filter_map(|(_, pair)| match *pair {
            (Some(old), Some(new)) if old.id.value != new.id.value => {
                Some((key(old), new.id.value.clone()))
            }
            _ => None,
        })
        .collect();
    let mut ordered: Vec<_> = paired
        .into_iter()
        .map(|(_, pair)| {
            let order = match pair {
                (_, Some(new)) => to.repo.item_order(new),
                (Some(old), None) => from.repo.item_order(old),
                (None, None) => unreachable!("every pair has an item on one side"),
            };
            (order, pair)
        })
        .collect();
    ordered.sort_by(|a, b| a.0.cmp(&b.0));
    let mut by_programme: BTreeMap<String, Vec<Pair>> = from
        .repo
        .programmes
        .keys()
        .chain(to.repo.programmes.keys())
        .map(|id| (id.clone(), Vec::new()))
        .collect();
    for ((programme, ..), pair) in ordered {
        by_programme.entry(programme).or_default().push(pair);
    }
    let mut relinks = Vec::new();
    let mut programmes: Vec<ProgrammeDiff> = by_programme
        .into_iter()
        .map(|(id, pairs)| {
            let sides = Sides {
                from: from.repo,
                to: to.repo,
                renames: &renames,
            };
            let (old, new) = (from.repo.programmes.get(&id), to.repo.programmes.get(&id));
            programme_diff(&id, old, new, &sides, &pairs, &mut relinks)
        })
        .collect();
    with_relinks(&mut programmes, &relinks);
    programmes.retain(|p| !p.is_empty());
    Diff {
        from: from.label.to_string(),
        to: to.label.to_string(),
        programmes,
        references: reference_diffs(from.repo, to.repo),
        unreadable: Unreadable {
            from: errors(from.findings),
            to: errors(to.findings),
        },
    }
}

fn key(item: &Item) -> (String, String) {
    item_key(&item.programme.value, &item.id.value)
}

/// The items given a new id: (programme, old id) to the new id.
type Renames = BTreeMap<(String, String), String>;

/// A link re-pointed from an item's old id to its new one: the renamed item's
/// (programme, new id), and the linking item as the renamed item's programme names it.
type Relink = ((String, String), String);

/// The two repositories compared, and the items given a new id between them.
struct Sides<'a> {
    from: &'a Repository,
    to: &'a Repository,
    renames: &'a Renames,
}

/// Tells each item given a new id which items' links followed it.
fn with_relinks(programmes: &mut [ProgrammeDiff], relinks: &[Relink]) {
    for p in programmes {
        for item in p.marked_removed.iter_mut().chain(&mut p.changed) {
            if item.renamed_from.is_none() {
                continue;
            }
            let renamed = item_key(&p.id, &item.id);
            item.relinked = (relinks.iter())
                .filter(|(target, _)| *target == renamed)
                .map(|(_, by)| by.clone())
                .collect();
        }
    }
}

/// The pairs, an item gone and one new taken as one item given a new id (as `plan rename`
/// does) when they are in the same programme with the same title, and no other item gone or
/// new there has that title.
fn with_renames(pairs: Vec<((String, String), Pair)>) -> Vec<((String, String), Pair)> {
    let titled = |item: &Item| (item.programme.value.clone(), item.title.clone());
    let mut gone: BTreeMap<(String, String), Vec<&Item>> = BTreeMap::new();
    let mut new: BTreeMap<(String, String), Vec<&Item>> = BTreeMap::new();
    for (_, pair) in &pairs {
        match *pair {
            (Some(old), None) => gone.entry(titled(old)).or_default().push(old),
            (None, Some(item)) => new.entry(titled(item)).or_default().push(item),
            _ => {}
        }
    }
    // The new item's key, to the item it was.
    let renamed: BTreeMap<(String, String), &Item> = new
        .iter()
        .filter_map(
            |(title, items)| match (items.as_slice(), gone.get(title)?.as_slice()) {
                ([item], [old]) => Some((key(item), *old)),
                _ => None,
            },
        )
        .collect();
    let was: HashSet<(String, String)> = renamed.values().map(|old| key(old)).collect();
    pairs
        .into_iter()
        .filter(|(key, _)| !was.contains(key))
        .map(|(key, pair)| match (pair, renamed.get(&key)) {
            ((None, Some(item)), Some(old)) => (key, (Some(*old), Some(item))),
            (pair, _) => (key, pair),
        })
        .collect()
}

fn errors(findings: &[Diagnostic]) -> Vec<Diagnostic> {
    let mut errors: Vec<Diagnostic> = findings
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    diagnostic::sort(&mut errors);
    errors
}

/// (programme, id) of item files that were found but yielded no item, read off their path
/// (`…/programmes/<programme>/items/<ID>.yaml`).
fn unreadable_items(repo: &Repository) -> HashSet<(String, String)> {
    let loaded: HashSet<&str> = repo.items.iter().map(|i| i.path.as_str()).collect();
    repo.files
        .iter()
        .filter(|f| f.kind == Some(EntityKind::Item) && !loaded.contains(f.path.as_str()))
        .filter_map(|f| {
            let mut parts = f.path.rsplit('/');
            let id = parts.next()?.strip_suffix(".yaml")?;
            let _items = parts.next()?;
            let programme = parts.next()?;
            Some(item_key(programme, id))
        })
        .collect()
}

fn programme_diff(
    id: &str,
    old: Option<&Programme>,
    new: Option<&Programme>,
    sides: &Sides,
    pairs: &[Pair],
    relinks: &mut Vec<Relink>,
) -> ProgrammeDiff {
    let mut fields = Vec::new();
    if let (Some(old), Some(new)) = (old, new) {
        value_change(
            &mut fields,
            Field::Name,
            Some(Named::plain(&old.name)),
            Some(Named::plain(&new.name)),
        );
    }
    let old_decisions = old.map_or(&[][..], |p| &p.decisions[..]);
    let decisions_added = new
        .map_or(&[][..], |p| &p.decisions[..])
        .iter()
        .filter(|d| !old_decisions.iter().any(|o| same_decision(o, d)))
        .cloned()
        .collect();
    let mut diff = ProgrammeDiff {
        id: id.to_string(),
        name: new
            .or(old)
            .map_or_else(|| id.to_string(), |p| p.name.clone()),
        change: match (old, new) {
            (None, Some(_)) => Presence::Added,
            (Some(_), None) => Presence::Removed,
            _ => Presence::Changed,
        },
        fields,
        decisions_added,
        added: Vec::new(),
        removed: Vec::new(),
        marked_removed: Vec::new(),
        changed: Vec::new(),
    };
    for pair in pairs {
        match *pair {
            (None, Some(new)) => diff.added.push(item_ref(new)),
            (Some(old), None) => diff.removed.push(item_ref(old)),
            (Some(old), Some(new)) => {
                let change = item_change(sides, old, new, relinks);
                if change.is_empty() {
                    continue;
                }
                if new.is_removed() && !old.is_removed() {
                    diff.marked_removed.push(change);
                } else {
                    diff.changed.push(change);
                }
            }
            (None, None) => {}
        }
    }
    diff
}

/// Decisions are the same when they say the same; their position in the file does not count.
fn same_decision(a: &Decision, b: &Decision) -> bool {
    a.date == b.date
        && a.body.value == b.body.value
        && a.reference == b.reference
        && a.text == b.text
}

/// The changes to one item, and its old id when it was given a new one. The move of its file
/// that a new id makes (`K4.yaml` to `K14.yaml` in the same folder) is not a change of its
/// own, nor is a link that follows a linked item's new id (added to `relinks`).
fn item_change(sides: &Sides, old: &Item, new: &Item, relinks: &mut Vec<Relink>) -> ItemChange {
    let mut changes = item_changes(sides, old, new, relinks);
    let renamed_from = (old.id.value != new.id.value).then(|| old.id.value.clone());
    if renamed_from.is_some() {
        let folder = |path: &str| path.rsplit_once('/').map(|(folder, _)| folder.to_string());
        let as_renamed = folder(&old.path) == folder(&new.path)
            && old.path.ends_with(&format!("/{}.yaml", old.id.value))
            && new.path.ends_with(&format!("/{}.yaml", new.id.value));
        changes.retain(|c| !(as_renamed && c.field == Field::File));
    }
    ItemChange {
        id: new.id.value.clone(),
        title: new.title.clone(),
        path: new.path.clone(),
        renamed_from,
        relinked: Vec::new(),
        changes,
    }
}

fn item_ref(item: &Item) -> ItemRef {
    ItemRef {
        id: item.id.value.clone(),
        title: item.title.clone(),
        path: item.path.clone(),
    }
}

fn value_change(out: &mut Vec<FieldChange>, field: Field, old: Option<Named>, new: Option<Named>) {
    if old != new {
        out.push(FieldChange {
            field,
            change: Change::Value { old, new },
        });
    }
}

/// Values in `new` and not in `old`, and the other way round, compared by id, each in the
/// order written.
fn list_change(out: &mut Vec<FieldChange>, field: Field, old: &[Named], new: &[Named]) {
    let missing = |from: &[Named], other: &[Named]| -> Vec<Named> {
        from.iter()
            .filter(|n| !other.iter().any(|o| o.value == n.value))
            .cloned()
            .collect()
    };
    let added = missing(new, old);
    let removed = missing(old, new);
    if !added.is_empty() || !removed.is_empty() {
        out.push(FieldChange {
            field,
            change: Change::List { added, removed },
        });
    }
}

/// Every field that differs between two versions of one item, in [`Field`] order.
fn item_changes(
    sides: &Sides,
    old: &Item,
    new: &Item,
    relinks: &mut Vec<Relink>,
) -> Vec<FieldChange> {
    let (from, to) = (sides.from, sides.to);
    let mut out = Vec::new();
    value_changes(&mut out, from, old, to, new);
    let old_links = followed_links(sides, old, new, relinks);
    list_change(&mut out, Field::Links, &old_links, &links(to, new));
    reference_changes(&mut out, from, old, to, new);
    content_changes(&mut out, from, old, to, new);
    update_changes(&mut out, old, new);
    out
}

/// The item's own values: file, title, theme, level, priority, status, period, description
/// and goals.
fn value_changes(
    out: &mut Vec<FieldChange>,
    from: &Repository,
    old: &Item,
    to: &Repository,
    new: &Item,
) {
    let plain = |text: &str| Some(Named::plain(text));
    value_change(out, Field::File, plain(&old.path), plain(&new.path));
    value_change(out, Field::Title, plain(&old.title), plain(&new.title));
    let editorial = |item: &Item| {
        plain(if item.title_editorial {
            "true"
        } else {
            "false"
        })
    };
    value_change(out, Field::TitleEditorial, editorial(old), editorial(new));
    if old.theme.value != new.theme.value {
        let theme = |repo: &Repository, item: &Item| {
            let name = repo
                .programme_of(item)
                .and_then(|p| p.theme(&item.theme.value))
                .map(|t| t.name.as_str());
            Some(Named::with_name(&item.theme.value, name))
        };
        value_change(out, Field::Theme, theme(from, old), theme(to, new));
    }
    let level = |item: &Item| item.level.as_ref().map(|l| l.value);
    if level(old) != level(new) {
        let named = |repo: &Repository, item: &Item| {
            level(item).map(|l| {
                let name = repo.programme_of(item).and_then(|p| p.level_name(l));
                Named::with_name(l.as_str(), name)
            })
        };
        value_change(out, Field::Level, named(from, old), named(to, new));
    }
    let priority = |item: &Item| {
        item.priority
            .as_ref()
            .map(|p| Named::with_name(p.term.as_str(), Some(&p.text)))
    };
    value_change(out, Field::Priority, priority(old), priority(new));
    let status = |item: &Item| item.current_status().map(|s| Named::plain(s.as_str()));
    value_change(out, Field::Status, status(old), status(new));
    let period = |item: &Item| item.period.as_ref().map(|p| Named::plain(&p.to_string()));
    value_change(out, Field::Period, period(old), period(new));
    let text = |t: &Option<String>| t.as_deref().map(Named::plain);
    value_change(
        out,
        Field::Description,
        text(&old.description),
        text(&new.description),
    );
    let goals = |item: &Item| {
        item.goals
            .iter()
            .map(|g| Named::plain(g))
            .collect::<Vec<_>>()
    };
    list_change(out, Field::Goals, &goals(old), &goals(new));
}

/// What the item refers to besides its links: the note on them, bodies, documents, regions
/// and municipalities, each by id with its name.
fn reference_changes(
    out: &mut Vec<FieldChange>,
    from: &Repository,
    old: &Item,
    to: &Repository,
    new: &Item,
) {
    let body: Names = |repo, id| Some(repo.body_name(id).to_string());
    let region: Names = |repo, id| Some(repo.region_name(id).to_string());
    let municipality: Names = |repo, id| Some(repo.municipality_name(id).to_string());
    let document: Names = |repo, id| repo.documents.get(id).map(|d| d.title.clone());
    let fields: [(Field, Values, Names); 7] = [
        (Field::Responsible, |i| &i.responsible, body),
        (Field::Partners, |i| &i.partners, body),
        (Field::Documents, |i| &i.documents, document),
        (Field::Regions, |i| &i.regions, region),
        (Field::Municipalities, |i| &i.municipalities, municipality),
        (Field::MentionedRegions, |i| &i.mentions().regions, region),
        (
            Field::MentionedMunicipalities,
            |i| &i.mentions().municipalities,
            municipality,
        ),
    ];
    let text = |t: &Option<String>| t.as_deref().map(Named::plain);
    value_change(
        out,
        Field::LinksNote,
        text(&old.links_note),
        text(&new.links_note),
    );
    for (field, of, name) in fields {
        let named = |repo: &Repository, item: &Item| -> Vec<Named> {
            of(item)
                .iter()
                .map(|v| Named::with_name(&v.value, name(repo, &v.value).as_deref()))
                .collect()
        };
        list_change(out, field, &named(from, old), &named(to, new));
    }
}

/// Status updates are the same when they say the same; where they are read from does not
/// count.
pub(crate) fn same_update(a: &Update, b: &Update) -> bool {
    a.date.value == b.date.value
        && a.status == b.status
        && a.text == b.text
        && a.source == b.source
        && a.by.as_ref().map(|b| &b.value) == b.by.as_ref().map(|b| &b.value)
}

/// Status updates in the new version and not in the old (new or corrected), and the other
/// way round (gone or corrected), each oldest first.
fn update_changes(out: &mut Vec<FieldChange>, old: &Item, new: &Item) {
    let missing = |from: &[Update], other: &[Update]| -> Vec<usize> {
        (0..from.len())
            .filter(|&i| !other.iter().any(|o| same_update(o, &from[i])))
            .collect()
    };
    let mut gone = missing(&old.updates, &new.updates);
    let mut added = missing(&new.updates, &old.updates);
    let mut corrected: Vec<Correction> =
        corrections(&old.updates, &new.updates, &mut gone, &mut added)
            .into_iter()
            .map(|(o, n)| Correction {
                old: old.updates[o].clone(),
                new: new.updates[n].clone(),
            })
            .collect();
    let oldest_first = |updates: &[Update], at: &[usize]| -> Vec<Update> {
        let mut listed: Vec<Update> = at.iter().map(|&i| updates[i].clone()).collect();
        listed.sort_by(|a, b| a.date.value.chronological(&b.date.value));
        listed
    };
    let added = oldest_first(&new.updates, &added);
    let removed = oldest_first(&old.updates, &gone);
    corrected.sort_by(|a, b| a.new.date.value.chronological(&b.new.date.value));
    if !(added.is_empty() && corrected.is_empty() && removed.is_empty()) {
        out.push(FieldChange {
            field: Field::Updates,
            change: Change::Updates {
                added,
                corrected,
                removed,
            },
        });
    }
}

/// Pairs each update that is `gone` (by index in `old`) with one `added` (by index in `new`)
/// that is the same update corrected, and takes both out of their lists: first one that
/// kept its date, then one that kept its text (its words), each in the order written; then,
/// when the item has as many updates as before, the one in the same place.
fn corrections(
    old: &[Update],
    new: &[Update],
    gone: &mut Vec<usize>,
    added: &mut Vec<usize>,
) -> Vec<(usize, usize)> {
    let same_date = |o: usize, n: usize| old[o].date.value == new[n].date.value;
    let same_text = |o: usize, n: usize| {
        old[o]
            .text
            .split_whitespace()
            .eq(new[n].text.split_whitespace())
    };
    let same_place = |o: usize, n: usize| o == n && old.len() == new.len();
    let rules: [&dyn Fn(usize, usize) -> bool; 3] = [&same_date, &same_text, &same_place];
    let mut pairs = Vec::new();
    for kept in rules {
        gone.retain(|&o| match added.iter().position(|&n| kept(o, n)) {
            Some(at) => {
                pairs.push((o, added.remove(at)));
                false
            }
            None => true,
        });
    }
    pairs
}

/// Places, indicators, measurements, funding, people, sources and notes: entries keyed by
/// what names them, so an entry whose details changed shows old → new.
fn content_changes(
    out: &mut Vec<FieldChange>,
    from: &Repository,
    old: &Item,
    to: &Repository,
    new: &Item,
) {
    let places = |repo: &Repository, places: &[Place]| -> Vec<Named> {
        places.iter().map(|p| place(repo, p)).collect()
    };
    keyed_change(
        out,
        Field::Places,
        places(from, &old.places),
        places(to, &new.places),
    );
    let mentioned = |repo: &Repository, item: &Item| places(repo, &item.mentions().places);
    keyed_change(
        out,
        Field::MentionedPlaces,
        mentioned(from, old),
        mentioned(to, new),
    );
    let indicators = |item: &Item| item.indicators.iter().map(indicator).collect();
    keyed_change(out, Field::Indicators, indicators(old), indicators(new));
    keyed_change(
        out,
        Field::Measurements,
        measurements(old),
        measurements(new),
    );
    let funding = |item: &Item| item.funding.iter().map(funding).collect();
    keyed_change(out, Field::Funding, funding(old), funding(new));
    let people = |item: &Item| item.people.iter().map(person).collect();
    keyed_change(out, Field::People, people(old), people(new));
    let (old_sources, new_sources) = sources(&old.sources, &new.sources);
    keyed_change(out, Field::Sources, old_sources, new_sources);
    let text = |t: &Option<String>| t.as_deref().map(Named::plain);
    value_change(out, Field::Notes, text(&old.notes), text(&new.notes));
}

/// Entries keyed by their value: those added and removed as a list, and one old → new change
/// for each whose details (its name) differ.
// The lists are made for this call, so taking them saves every caller a borrow.
#[allow(clippy::needless_pass_by_value)]
fn keyed_change(out: &mut Vec<FieldChange>, field: Field, old: Vec<Named>, new: Vec<Named>) {
    list_change(out, field, &old, &new);
    for n in &new {
        if let Some(o) = old.iter().find(|o| o.value == n.value && *o != n) {
            value_change(out, field, Some(o.clone()), Some(n.clone()));
        }
    }
}

/// `Fagernes (Nord-Aurdal, tettsted)`.
fn place(repo: &Repository, p: &Place) -> Named {
    let mut details = repo.municipality_name(&p.municipality.value).to_string();
    if let Some(kind) = &p.kind {
        let kind = crate::words::place_kind(crate::i18n::current(), kind);
        details.push_str(&format!(", {kind}"));
    }
    Named::with_name(&p.name, Some(&details))
}

/// An indicator by name, detailed by unit, baseline and target.
fn indicator(i: &Indicator) -> Named {
    let measure = |m: &Measure| format!("{} ({})", m.value, m.date.value);
    let baseline = i
        .baseline
        .as_ref()
        .map(|b| measure(b) + " – ")
        .unwrap_or_default();
    let details = format!("{baseline}{} {}", measure(&i.target), i.unit);
    Named::with_name(&i.name, Some(&details))
}

/// Every measurement as `indicator date`, detailed by value, unit and source.
fn measurements(item: &Item) -> Vec<Named> {
    item.indicators
        .iter()
        .flat_map(|i| {
            i.measurements.iter().map(move |m| {
                let source = m.source.as_ref().map(source_text).unwrap_or_default();
                let details = format!("{} {} {source}", m.value, i.unit);
                Named::with_name(
                    &format!("{} {}", i.name, m.date.value),
                    Some(details.trim()),
                )
            })
        })
        .collect()
}

/// Funding by amount and currency, detailed by everything else it says.
fn funding(f: &Funding) -> Named {
    let approximate = if f.approximate { "~" } else { "" };
    let share = |s: &Share| {
        let from = s
            .from
            .as_ref()
            .map(|b| b.value.as_str())
            .unwrap_or_default();
        format!(
            "{} {from} {}",
            s.amount,
            s.text.as_deref().unwrap_or_default()
        )
    };
    let details = [
        f.period.as_ref().map(|p| p.to_string()),
        f.from.as_ref().map(|b| b.value.clone()),
        f.text.clone(),
        f.source.as_ref().map(source_text),
    ]
    .into_iter()
    .flatten()
    .chain(f.of_which.iter().map(share))
    .map(|d| d.trim().to_string())
    .collect::<Vec<_>>()
    .join("; ");
    let amount = format!("{approximate}{} {}", f.amount, f.currency);
    Named::with_name(&amount, Some(details.as_str()).filter(|d| !d.is_empty()))
}

/// A person by name, detailed by role and body.
fn person(p: &Person) -> Named {
    let body = p
        .body
        .as_ref()
        .map(|b| format!(", {}", b.value))
        .unwrap_or_default();
    Named::with_name(&p.name, Some(&format!("{}{body}", p.role)))
}

/// Two versions of a list of sources, each keyed by what it cites (its title and section)
/// and detailed by its publisher, date and address. A detail stated in one version only is
/// taken as said in both: it tells more of the same publication, and is not a change (the
/// sources gained their publishers when they stopped naming files of ours).
fn sources(old: &[Source], new: &[Source]) -> (Vec<Named>, Vec<Named>) {
    let cites = |a: &Source, b: &Source| a.title == b.title && a.section == b.section;
    let completed = |s: &Source, other: &[Source]| -> Named {
        let Some(o) = other.iter().find(|o| cites(o, s)) else {
            return source(s);
        };
        source(&Source {
            publisher: s.publisher.clone().or_else(|| o.publisher.clone()),
            date: s.date.or(o.date),
            url: s.url.clone().or_else(|| o.url.clone()),
            ..s.clone()
        })
    };
    (
        old.iter().map(|s| completed(s, new)).collect(),
        new.iter().map(|s| completed(s, old)).collect(),
    )
}

/// A source by what it cites, `title, section`, detailed by publisher, date and address.
fn source(s: &Source) -> Named {
    let cited = match &s.section {
        Some(section) => format!("{}, {section}", s.title),
        None => s.title.clone(),
    };
    let details = [
        s.publisher.clone(),
        s.date.map(|d| d.to_string()),
        s.url.clone(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    Named::with_name(&cited, Some(details.as_str()).filter(|d| !d.is_empty()))
}

/// A source in one line: what it cites, then its details.
pub(crate) fn source_text(s: &Source) -> String {
    let named = source(s);
    match named.name {
        Some(details) => format!("{}, {details}", named.value),
        None => named.value,
    }
}

/// The old version's links, a link to an item given a new id taken as one to that id when the
/// new version links to the new id and not to the old (as `plan rename` rewrites it); each
/// such link is added to `relinks`.
fn followed_links(sides: &Sides, old: &Item, new: &Item, relinks: &mut Vec<Relink>) -> Vec<Named> {
    if sides.renames.is_empty() {
        return links(sides.from, old);
    }
    let targets = |item: &Item| -> Vec<(String, String)> {
        (item.links.iter())
            .map(|l| {
                let (programme, id) = split_ref(&l.value, &item.programme.value);
                item_key(programme, id)
            })
            .collect()
    };
    let (was, now) = (targets(old), targets(new));
    let mut named = links(sides.from, old);
    for (link, target) in named.iter_mut().zip(&was) {
        let Some(new_id) = sides.renames.get(target) else {
            continue;
        };
        let followed = item_key(&target.0, new_id);
        if now.contains(&followed) && !now.contains(target) {
            *link = Named::plain(&followed_name(&link.value, new_id));
            let by = if new.programme.value == target.0 {
                new.id.value.clone()
            } else {
                format!("{}:{}", new.programme.value, new.id.value)
            };
            relinks.push((followed, by));
        }
    }
    named
}

/// A link as written (`K5`, `innlandet:K5`) with its id replaced by `new_id`.
fn followed_name(shown: &str, new_id: &str) -> String {
    match shown.rsplit_once(':') {
        Some((programme, _)) => format!("{programme}:{new_id}"),
        None => new_id.to_string(),
    }
}

/// An item's links, written bare within its programme and `programme:ID` across, named by the
/// target's title where it exists.
fn links(repo: &Repository, item: &Item) -> Vec<Named> {
    let own = &item.programme.value;
    item.links
        .iter()
        .map(|l| {
            let (programme, id) = split_ref(&l.value, own);
            let title = repo
                .item(programme, id)
                .map(|ix| repo.items[ix].title.as_str());
            let shown = if programme == own {
                id.to_string()
            } else {
                format!("{programme}:{id}")
            };
            Named::with_name(&shown, title)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_memory;

    fn repo(files: &[(&str, &str)]) -> (Repository, Vec<Diagnostic>) {
        let files = files
            .iter()
            .map(|(p, t)| (p.to_string(), t.as_bytes().to_vec()))
            .collect();
        Repository::build(load_memory("data", files, crate::load::Prose::Keep))
    }

    const PROGRAMME: &str = "id: demo\nname: Demo\nowner: county\nlanguage: nb\n\
        themes:\n  - code: K\n    name: Kompetanse\n  - code: A\n    name: Arbeid\n\
        sources:\n  - title: Demo\n";

    fn item(id: &str, theme: &str, extra: &str) -> String {
        format!(
            "id: {id}\nprogramme: demo\ntheme: {theme}\ntitle: Tittel {id}\n\
             responsible: []\n{extra}sources:\n  - title: Demo\n"
        )
    }

    fn compare(old: &[(&str, &str)], new: &[(&str, &str)]) -> Diff {
        let (a, fa) = repo(old);
        let (b, fb) = repo(new);
        diff(
            &Side {
                label: "old",
                repo: &a,
                findings: &fa,
            },
            &Side {
                label: "new",
                repo: &b,
                findings: &fb,
            },
        )
    }

    #[test]
    fn the_same_repository_has_no_changes() {
        let k1 = item("K1", "K", "links: [K2]\n");
        let files = [
            ("programmes/demo/programme.yaml", PROGRAMME),
            ("programmes/demo/items/K1.yaml", k1.as_str()),
        ];
        let d = compare(&files, &files);
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn items_are_matched_by_id_and_ordered_by_theme_then_natural_id() {
        let (k1, k2, k10, a1) = (
            item("K1", "K", ""),
            item("K2", "K", "priority: { term: short, text: kort sikt }\n"),
            item("K10", "K", ""),
            item("A1", "A", ""),
        );
        let k2_long = item("K2", "K", "priority: { term: long, text: lang sikt }\n");
        let old = [
            ("programmes/demo/programme.yaml", PROGRAMME),
            ("programmes/demo/items/K1.yaml", k1.as_str()),
            ("programmes/demo/items/K2.yaml", k2.as_str()),
        ];
        let new = [
            ("programmes/demo/programme.yaml", PROGRAMME),
            ("programmes/demo/items/K1-moved.yaml", k1.as_str()),
            ("programmes/demo/items/K2.yaml", k2_long.as_str()),
            ("programmes/demo/items/K10.yaml", k10.as_str()),
            ("programmes/demo/items/A1.yaml", a1.as_str()),
        ];
        let d = compare(&old, &new);
        let p = &d.programmes[0];
        let ids = |v: &[ItemRef]| v.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&p.added), ["K10", "A1"]);
        let changed: Vec<_> = p.changed.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(changed, ["K1", "K2"]);
        assert_eq!(
            p.changed[0].changes,
            [FieldChange {
                field: Field::File,
                change: Change::Value {
                    old: Some(Named::plain("data/programmes/demo/items/K1.yaml")),
                    new: Some(Named::plain("data/programmes/demo/items/K1-moved.yaml")),
                },
            }]
        );
        assert_eq!(
            p.changed[1].changes,
            [FieldChange {
                field: Field::Priority,
                change: Change::Value {
                    old: Some(Named::with_name("short", Some("kort sikt"))),
                    new: Some(Named::with_name("long", Some("lang sikt"))),
                },
            }]
        );
    }

    #[test]
    fn links_compare_qualified_and_bare_alike() {
        let old = item("K1", "K", "links: [K2]\n");
        let new = item("K1", "K", "links: [\"demo:K2\", A1]\n");
        let d = compare(
            &[
                ("programmes/demo/programme.yaml", PROGRAMME),
                ("programmes/demo/items/K1.yaml", &old),
            ],
            &[
                ("programmes/demo/programme.yaml", PROGRAMME),
                ("programmes/demo/items/K1.yaml", &new),
            ],
        );
        assert_eq!(
            d.programmes[0].changed[0].changes,
            [FieldChange {
                field: Field::Links,
                change: Change::List {
                    added: vec![Named::plain("A1")],
                    removed: vec![],
                },
            }]
        );
    }

    #[test]
    fn an_unreadable_file_is_neither_removed_nor_added() {
        let k1 = item("K1", "K", "");
        let d = compare(
            &[
                ("programmes/demo/programme.yaml", PROGRAMME),
                ("programmes/demo/items/K1.yaml", &k1),
            ],
            &[
                ("programmes/demo/programme.yaml", PROGRAMME),
                ("programmes/demo/items/K1.yaml", "id: [K1\n"),
            ],
        );
        assert!(d.programmes.is_empty(), "{:?}", d.programmes);
        assert_eq!(d.unreadable.from, []);
        assert_eq!(d.unreadable.to.len(), 1);
        assert_eq!(
            d.unreadable.to[0].path,
            "data/programmes/demo/items/K1.yaml"
        );
    }

    #[test]
    fn a_status_update_to_removed_marks_the_item_removed() {
        let old = item("K1", "K", "status: started\n");
        let new = item(
            "K1",
            "K",
            "status: started\nupdates:\n  - date: \"2024-05\"\n    status: removed\n    text: Tatt ut.\n",
        );
        let d = compare(
            &[
                ("programmes/demo/programme.yaml", PROGRAMME),
                ("programmes/demo/items/K1.yaml", &old),
            ],
            &[
                ("programmes/demo/programme.yaml", PROGRAMME),
                ("programmes/demo/items/K1.yaml", &new),
            ],
        );
        let p = &d.programmes[0];
        assert!(p.changed.is_empty());
        let fields: Vec<Field> = p.marked_removed[0]
            .changes
            .iter()
            .map(|c| c.field)
            .collect();
        assert_eq!(fields, [Field::Status, Field::Updates]);
    }

    /// The one item K1 with `updates`, in a programme of its own, before and after.
    fn updates_diff(old: &str, new: &str) -> Vec<FieldChange> {
        let (old, new) = (item("K1", "K", old), item("K1", "K", new));
        let d = compare(
            &[
                ("programmes/demo/programme.yaml", PROGRAMME),
                ("programmes/demo/items/K1.yaml", &old),
            ],
            &[
                ("programmes/demo/programme.yaml", PROGRAMME),
                ("programmes/demo/items/K1.yaml", &new),
            ],
        );
        d.programmes
            .into_iter()
            .flat_map(|p| p.changed)
            .flat_map(|i| i.changes)
            .collect()
    }

    /// The dates of the `updates` change's added, corrected (old → new) and removed updates.
    fn update_dates(changes: &[FieldChange]) -> (Vec<String>, Vec<String>, Vec<String>) {
        let dates = |us: &[Update]| us.iter().map(|u| u.date.value.to_string()).collect();
        let updates: Vec<&Change> = changes
            .iter()
            .filter(|c| c.field == Field::Updates)
            .map(|c| &c.change)
            .collect();
        match updates.as_slice() {
            [
                Change::Updates {
                    added,
                    corrected,
                    removed,
                },
            ] => (
                dates(added),
                corrected
                    .iter()
                    .map(|c| format!("{} → {}", c.old.date.value, c.new.date.value))
                    .collect(),
                dates(removed),
            ),
            other => panic!("not one updates change: {other:?}"),
        }
    }

    #[test]
    fn an_update_corrected_in_date_and_text_is_paired_by_its_place() {
        let changes = updates_diff(
            "updates:\n  - date: \"2022\"\n    text: Starta.\n  - date: \"2023\"\n    text: Gammel tekst.\n",
            "updates:\n  - date: \"2022\"\n    text: Starta.\n  - date: \"2023-06\"\n    text: Rettet tekst.\n",
        );
        assert_eq!(
            update_dates(&changes),
            (vec![], vec!["2023 → 2023-06".to_string()], vec![])
        );
        let Change::Updates { corrected, .. } = &changes[0].change else {
            unreachable!()
        };
        assert_eq!(corrected[0].changed(), [UpdatePart::Date, UpdatePart::Text]);
    }

    #[test]
    fn updates_are_paired_by_date_or_text_and_the_rest_are_added_or_removed() {
        let changes = updates_diff(
            "updates:\n  - date: \"2022\"\n    text: Starta.\n  - date: \"2023\"\n    text: Om 2023.\n",
            "updates:\n  - date: \"2022-05\"\n    text: Starta.\n  - date: \"2024\"\n    text: Ny.\n  \
             - date: \"2025\"\n    status: done\n    text: Ferdig.\n",
        );
        // 2022 kept its text, so it is corrected; 2023 is gone, and with three updates
        // where there were two, no place pairs it with one of the new.
        assert_eq!(
            update_dates(&changes),
            (
                vec!["2024".to_string(), "2025".to_string()],
                vec!["2022 → 2022-05".to_string()],
                vec!["2023".to_string()]
            )
        );
    }

    #[test]
    fn an_update_that_only_changes_status_is_a_correction_not_a_new_update() {
        let changes = updates_diff(
            "updates:\n  - date: \"2023\"\n    text: Om 2023.\n",
            "updates:\n  - date: \"2023\"\n    status: ongoing\n    text: Om 2023.\n",
        );
        assert_eq!(
            update_dates(&changes),
            (vec![], vec!["2023 → 2023".to_string()], vec![])
        );
        assert_eq!(
            changes[0].field,
            Field::Status,
            "and the item's status with it"
        );
    }

    #[test]
    fn an_item_gone_and_one_new_with_its_title_is_one_item_with_a_new_id() {
        let k4 = item("K4", "K", "");
        let k14 = item("K14", "K", "").replace("Tittel K14", "Tittel K4");
        let d = compare(
            &[
                ("programmes/demo/programme.yaml", PROGRAMME),
                ("programmes/demo/items/K4.yaml", &k4),
            ],
            &[
                ("programmes/demo/programme.yaml", PROGRAMME),
                ("programmes/demo/items/K14.yaml", &k14),
            ],
        );
        let p = &d.programmes[0];
        assert!(p.added.is_empty() && p.removed.is_empty(), "{p:?}");
        assert_eq!(p.changed[0].id, "K14");
        assert_eq!(p.changed[0].renamed_from.as_deref(), Some("K4"));
        assert_eq!(p.changed[0].changes, [], "the file's move is the new id's");
    }

    #[test]
    fn two_items_gone_with_the_new_one_s_title_are_not_taken_as_renamed() {
        let (k4, k5) = (item("K4", "K", ""), item("K5", "K", ""));
        let (k4, k5) = (
            k4.replace("Tittel K4", "Samme"),
            k5.replace("Tittel K5", "Samme"),
        );
        let k14 = item("K14", "K", "").replace("Tittel K14", "Samme");
        let d = compare(
            &[
                ("programmes/demo/programme.yaml", PROGRAMME),
                ("programmes/demo/items/K4.yaml", &k4),
                ("programmes/demo/items/K5.yaml", &k5),
            ],
            &[
                ("programmes/demo/programme.yaml", PROGRAMME),
                ("programmes/demo/items/K14.yaml", &k14),
            ],
        );
        let p = &d.programmes[0];
        let ids = |v: &[ItemRef]| v.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&p.added), ["K14"]);
        assert_eq!(ids(&p.removed), ["K4", "K5"]);
        assert!(p.changed.is_empty());
    }

    #[test]
    fn links_that_follow_a_new_id_are_said_once_under_it() {
        let other = PROGRAMME.replace("id: demo", "id: other");
        let linking = |id: &str, links: &str| item(id, "K", &format!("links: [{links}]\n"));
        let elsewhere =
            |links: &str| linking("X1", links).replace("programme: demo", "programme: other");
        let k14 = item("K14", "K", "").replace("Tittel K14", "Tittel K4");
        let (k4, x_old, x_new) = (
            item("K4", "K", ""),
            elsewhere("\"demo:K4\""),
            elsewhere("\"demo:K14\""),
        );
        let (k1_old, k1_new) = (linking("K1", "K4"), linking("K1", "K14"));
        let (k2_old, k2_new) = (linking("K2", "K4, K1"), linking("K2", "K14"));
        let base = [
            ("programmes/demo/programme.yaml", PROGRAMME),
            ("programmes/other/programme.yaml", other.as_str()),
        ];
        let start = [
            base[0],
            base[1],
            ("programmes/demo/items/K4.yaml", k4.as_str()),
            ("programmes/demo/items/K1.yaml", k1_old.as_str()),
            ("programmes/demo/items/K2.yaml", k2_old.as_str()),
            ("programmes/other/items/X1.yaml", x_old.as_str()),
        ];
        let end = [
            base[0],
            base[1],
            ("programmes/demo/items/K14.yaml", k14.as_str()),
            ("programmes/demo/items/K1.yaml", k1_new.as_str()),
            ("programmes/demo/items/K2.yaml", k2_new.as_str()),
            ("programmes/other/items/X1.yaml", x_new.as_str()),
        ];
        let whole = || compare(&start, &end);
        let d = whole();
        assert_eq!(d.programmes.len(), 1, "X1 has no change of its own: {d:?}");
        let changed = &d.programmes[0].changed;
        let ids: Vec<&str> = changed.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["K2", "K14"], "K1 has no change of its own");
        assert_eq!(
            changed[0].changes,
            [FieldChange {
                field: Field::Links,
                change: Change::List {
                    added: vec![],
                    removed: vec![Named::with_name("K1", Some("Tittel K1"))],
                },
            }],
            "K2 lost its link to K1; its link to K4 follows K14"
        );
        assert_eq!(changed[1].relinked, ["K1", "K2", "other:X1"]);
        let kept = whole().made_by(&whole());
        assert_eq!(
            kept.programmes[0].changed[1].relinked,
            ["K1", "K2", "other:X1"]
        );
    }

    #[test]
    fn a_correction_or_new_id_counts_in_a_period_only_when_made_by_its_end() {
        let programme = ("programmes/demo/programme.yaml", PROGRAMME);
        let before = item(
            "K4",
            "K",
            "updates:\n  - date: \"2023\"\n    text: Gammel.\n",
        );
        let after = item(
            "K14",
            "K",
            "updates:\n  - date: \"2023-06\"\n    text: Ny.\n",
        )
        .replace("Tittel K14", "Tittel K4");
        let start = [
            programme,
            ("programmes/demo/items/K4.yaml", before.as_str()),
        ];
        let end = [
            programme,
            ("programmes/demo/items/K14.yaml", after.as_str()),
        ];
        let whole = || compare(&start, &end);
        let kept = whole().made_by(&whole());
        let k14 = &kept.programmes[0].changed[0];
        assert_eq!(k14.renamed_from.as_deref(), Some("K4"));
        assert_eq!(update_dates(&k14.changes).1, ["2023 → 2023-06"]);
        let nothing_by_then = whole().made_by(&compare(&start, &start));
        assert!(
            nothing_by_then.is_empty(),
            "{:?}",
            nothing_by_then.programmes
        );
    }
}
