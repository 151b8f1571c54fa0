//! The loaded repository, indexed once: entities by id, item links resolved both ways,
//! region membership, and name lookup for bodies, regions and municipalities.
//!
//! Every command works on a [`Repository`]; lookups are map accesses, never scans.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;

use crate::diagnostic::{Code, Diagnostic, closest};
use crate::format::EntityKind;
use crate::load::{Loaded, Source, SourceFile};
use crate::model::*;
use crate::text::fold;

/// Where an item is kept: its position in [`Repository::items`].
pub(crate) type ItemIx = usize;

#[derive(Debug, Default)]
pub(crate) struct Repository {
    /// Where the files were read from, to read one again for an excerpt.
    source: Source,
    pub(crate) files: Vec<SourceFile>,
    /// Positions in `files`, sorted by path, for [`Repository::file_text`].
    files_by_path: Vec<usize>,
    pub(crate) programmes: BTreeMap<String, Programme>,
    /// Items in display order: programme, theme in the programme's order, natural id order.
    pub(crate) items: Vec<Item>,
    pub(crate) bodies: BTreeMap<String, Body>,
    pub(crate) regions: BTreeMap<String, Region>,
    pub(crate) municipalities: BTreeMap<String, Municipality>,
    pub(crate) documents: BTreeMap<String, Document>,
    /// Items by a hash of (programme, id): every link is looked up, and a binary search
    /// through 100,000 scattered items costs a cache miss per step, while owned string keys
    /// would cost a hundred bytes an item. A lookup checks the item it finds, so the rare
    /// second key with the same hash goes to `item_collisions`.
    item_index: HashMap<u64, ItemIx>,
    item_collisions: Vec<ItemIx>,
    /// Built on the first suggestion asked for in a large programme.
    typo_index: std::sync::OnceLock<Vec<(u32, u32)>>,
    /// The same for body, region and document ids, when there are many.
    id_typos: [std::sync::OnceLock<Vec<(u32, String)>>; 3],
    /// (kind, programme for items, id) of every entity whose file could not be read: a
    /// reference to one is not broken, only unchecked.
    failed: std::collections::HashSet<(crate::format::EntityKind, String, String)>,
    /// How many programmes use each item id.
    id_counts: HashMap<String, usize>,
    /// Resolved outgoing item links, per item, in the order written.
    pub(crate) links_out: Vec<Vec<ItemIx>>,
    /// Items linking to each item, sorted.
    pub(crate) links_in: Vec<Vec<ItemIx>>,
    /// Region ids each municipality belongs to.
    pub(crate) regions_of_municipality: HashMap<String, Vec<String>>,
    /// Folded names and aliases → ids, for user input (`sor-osterdal`, `Nord-Østerdal`, `NAV`).
    body_names: HashMap<String, BTreeSet<String>>,
    region_names: HashMap<String, BTreeSet<String>>,
    municipality_names: HashMap<String, BTreeSet<String>>,
    /// Folded names of places items name (in scope or as mentions) → municipality numbers.
    place_names: HashMap<String, BTreeSet<String>>,
    /// Bodies that name each body as `part_of`, sorted.
    body_children: HashMap<String, Vec<String>>,
}

/// Why [`Repository::find_item`] found no single item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ItemNotFound {
    Missing,
    /// The qualified ids of the items the input matches.
    Ambiguous(Vec<String>),
}

/// The kinds of entity whose names and aliases are searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum NameOwner {
    Body,
    Region,
}

impl NameOwner {
    pub(crate) fn name(self) -> &'static str {
        match self {
            NameOwner::Body => "body",
            NameOwner::Region => "region",
        }
    }
}

/// The key two items are equal under: programme id and item id.
pub(crate) fn item_key(programme: &str, id: &str) -> (String, String) {
    (programme.to_string(), id.to_string())
}

/// Keeps the first entity of each id (files are read in path order) and reports the others.
fn unique_by_id<T>(
    entities: Vec<T>,
    identity: impl Fn(&T) -> (&Spanned<String>, &String),
    kind: EntityKind,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, T> {
    let mut out: BTreeMap<String, T> = BTreeMap::new();
    for entity in entities {
        let (id, path) = identity(&entity);
        match out.get(&id.value) {
            Some(first) => {
                let (first_id, first_path) = identity(first);
                diagnostics.push(duplicate_id(kind, id, path, first_path, first_id.pos));
            }
            None => {
                out.insert(id.value.clone(), entity);
            }
        }
    }
    out
}

fn duplicate_id(
    kind: EntityKind,
    id: &Spanned<String>,
    path: &str,
    first_path: &str,
    first: Pos,
) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateId,
        path,
        id.pos,
        crate::t!(
            "finding-duplicate-id",
            kind = kind.name(),
            id = id.as_str(),
            place = format!("{first_path}:{}:{}", first.line, first.column)
        ),
    )
    .with_help(crate::t!("finding-duplicate-id-help"))
}

/// Lines of files, read on demand. The last file read is kept with its line starts:
/// findings come sorted by path, and a file with many findings is read and split once.
pub(crate) struct Excerpts<'a> {
    repo: &'a Repository,
    last: RefCell<Option<(String, String, Vec<usize>)>>,
}

impl Excerpts<'_> {
    /// Line `line` (1-based) of the file at `path`, without its line end.
    pub(crate) fn line(&self, path: &str, line: u32) -> Option<String> {
        let mut last = self.last.borrow_mut();
        if last.as_ref().is_none_or(|(p, _, _)| p != path) {
            let text = self.repo.file_text(path)?;
            let starts = std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
            *last = Some((path.to_string(), text, starts));
        }
        let (_, text, starts) = last.as_ref()?;
        let start = *starts.get(line.checked_sub(1)? as usize)?;
        let end = starts.get(line as usize).map_or(text.len(), |&e| e - 1);
        let shown = &text[start..end.max(start)];
        // As `str::lines`: no line after a final line end, and no `\r` before it.
        if start == text.len() {
            return None;
        }
        Some(shown.strip_suffix('\r').unwrap_or(shown).to_string())
    }
}

/// Programmes up to this size are searched whole for suggestions.
const FULL_SCAN_ITEMS: usize = 1000;

/// A text and the texts made by deleting one of its characters.
fn variants(text: &str) -> impl Iterator<Item = String> + '_ {
    let deletions = text.char_indices().map(move |(at, c)| {
        let mut variant = String::with_capacity(text.len());
        variant.push_str(&text[..at]);
        variant.push_str(&text[at + c.len_utf8()..]);
        variant
    });
    std::iter::once(text.to_string()).chain(deletions)
}

/// (hash of programme and id variant, item), sorted: every id, lowercased, and every id
/// with one character deleted. Two typed texts share a variant when they are one or two
/// edits apart. The hash is cut to 32 bits to halve the index: an unrelated id that shares
/// a hash only joins the candidates, which are ranked by similarity all the same.
fn typo_index(items: &[Item]) -> Vec<(u32, u32)> {
    let mut index: Vec<(u32, u32)> = items
        .iter()
        .enumerate()
        .flat_map(|(ix, item)| {
            let programme = item.programme.value.as_str();
            variants(&item.id.value.to_lowercase())
                .map(|v| (short_hash(programme, &v), item_number(ix)))
                .collect::<Vec<_>>()
        })
        .collect();
    index.sort_unstable();
    index.dedup();
    index
}

/// The kinds of id, other than items, a reference can name with a typo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefKind {
    Body,
    Region,
    Document,
}

/// (hash of each id variant, id), sorted, as [`typo_index`] for items.
fn id_typo_index<'a>(ids: impl Iterator<Item = &'a String>) -> Vec<(u32, String)> {
    let mut index: Vec<(u32, String)> = ids
        .flat_map(|id| {
            variants(&id.to_lowercase())
                .map(|v| (short_hash("", &v), id.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    index.sort_unstable();
    index.dedup();
    index
}

/// The key of `map` most like `wanted`: all compared when there are few, else only those
/// within a typo, found through the index kept in `slot`.
fn suggest_key<'a, T>(
    map: &'a BTreeMap<String, T>,
    slot: &'a std::sync::OnceLock<Vec<(u32, String)>>,
    wanted: &str,
) -> Option<&'a str> {
    if map.len() <= FULL_SCAN_ITEMS {
        return closest(wanted, map.keys().map(String::as_str));
    }
    let index = slot.get_or_init(|| id_typo_index(map.keys()));
    let mut candidates: Vec<&str> = variants(&wanted.to_lowercase())
        .flat_map(|variant| {
            let hash = short_hash("", &variant);
            let start = index.partition_point(|(h, _)| *h < hash);
            index[start..]
                .iter()
                .take_while(move |(h, _)| *h == hash)
                .map(|(_, id)| id.as_str())
        })
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    closest(wanted, candidates)
}

/// Texts longer than this get no suggestion: comparing them costs their length squared, and
/// no id or name is that long.
const MAX_SUGGESTED_CHARS: usize = 100;

/// A fixed hash of an item's key (the same on every run, unlike `HashMap`'s own).
fn key_hash(programme: &str, id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (programme, id).hash(&mut hasher);
    hasher.finish()
}

/// [`key_hash`] cut to its low 32 bits, for the typo indexes.
fn short_hash(programme: &str, id: &str) -> u32 {
    #[allow(clippy::cast_possible_truncation)] // Dropping the high bits is the point.
    let short = key_hash(programme, id) as u32;
    short
}

/// An item's index as the typo index keeps it.
fn item_number(ix: ItemIx) -> u32 {
    u32::try_from(ix).expect("fewer than 4 billion items")
}

/// Splits a link into programme and id: `mr2025:digi-mr`, or `K3` in `current`.
pub(crate) fn split_ref<'a>(reference: &'a str, current: &'a str) -> (&'a str, &'a str) {
    reference.split_once(':').unwrap_or((current, reference))
}

impl Repository {
    /// Indexes what was loaded. Duplicates keep the first by path (the checks report them).
    pub(crate) fn build(loaded: Loaded) -> (Repository, Vec<Diagnostic>) {
        let Loaded {
            source,
            files,
            entities,
            mut diagnostics,
        } = loaded;
        let failed = files
            .iter()
            .filter_map(SourceFile::failed_entity)
            .map(|(kind, programme, id)| (kind, programme.to_string(), id.to_string()))
            .collect();
        let mut files_by_path: Vec<usize> = (0..files.len()).collect();
        files_by_path.sort_by(|&a, &b| files[a].path.cmp(&files[b].path));
        let mut repo = Repository {
            source,
            files,
            files_by_path,
            failed,
            ..Repository::default()
        };
        let d = &mut diagnostics;
        repo.programmes = unique_by_id(
            entities.programmes,
            |p| (&p.id, &p.path),
            EntityKind::Programme,
            d,
        );
        repo.bodies = unique_by_id(entities.bodies, |b| (&b.id, &b.path), EntityKind::Body, d);
        repo.regions = unique_by_id(
            entities.regions,
            |r| (&r.id, &r.path),
            EntityKind::Region,
            d,
        );
        repo.municipalities = unique_by_id(
            entities.municipalities,
            |m| (&m.number, &m.path),
            EntityKind::Municipality,
            d,
        );
        repo.documents = unique_by_id(
            entities.documents,
            |x| (&x.id, &x.path),
            EntityKind::Document,
            d,
        );
        repo.index_items_once(entities.items, d);
        repo.index_links();
        repo.index_region_members();
        repo.index_names();
        repo.index_body_tree();
        (repo, diagnostics)
    }

    /// Sorts the items into display order and keeps the first of each (programme, id),
    /// reporting the others.
    fn index_items_once(&mut self, mut items: Vec<Item>, d: &mut Vec<Diagnostic>) {
        items.sort_by_cached_key(|item| (self.item_order(item), item.path.clone()));
        // Duplicates are marked first and removed in place: a second vector of items would
        // double the largest allocation of a big repository.
        let mut removed = vec![false; items.len()];
        for (ix, first) in self.index_items(&items) {
            let (item, first) = (&items[ix], &items[first]);
            d.push(duplicate_id(
                EntityKind::Item,
                &item.id,
                &item.path,
                &first.path,
                first.id.pos,
            ));
            removed[ix] = true;
        }
        let mut kept = removed.iter().map(|r| !r);
        items.retain(|_| kept.next().unwrap_or(true));
        if removed.contains(&true) {
            self.index_items(&items);
        }
        for item in &items {
            *self.id_counts.entry(item.id.value.clone()).or_default() += 1;
        }
        self.items = items;
    }

    /// Resolves every item's links, and from them the links into each item.
    fn index_links(&mut self) {
        self.links_out = self
            .items
            .par_iter()
            .map(|item| {
                item.links
                    .iter()
                    .filter_map(|l| self.resolve_link(item, &l.value))
                    .collect()
            })
            .collect();
        let mut links_in: Vec<Vec<ItemIx>> = vec![Vec::new(); self.items.len()];
        for (from, targets) in self.links_out.iter().enumerate() {
            for &to in targets {
                // Sources come in increasing order, so a repeat is always the last entry.
                if to != from && links_in[to].last() != Some(&from) {
                    links_in[to].push(from);
                }
            }
        }
        self.links_in = links_in;
    }

    fn index_region_members(&mut self) {
        for region in self.regions.values() {
            for m in &region.municipalities {
                self.regions_of_municipality
                    .entry(m.value.clone())
                    .or_default()
                    .push(region.id.value.clone());
            }
        }
    }

    fn index_names(&mut self) {
        for body in self.bodies.values() {
            let id = &body.id.value;
            let names = [id, &body.name].into_iter().chain(&body.aliases);
            file_names(&mut self.body_names, id, names.map(String::as_str));
        }
        for region in self.regions.values() {
            let id = &region.id.value;
            let names = [id, &region.name].into_iter().chain(&region.aliases);
            file_names(&mut self.region_names, id, names.map(String::as_str));
        }
        for m in self.municipalities.values() {
            // "Våler (Innlandet)" is also found as "Våler".
            let short = m.name.split_once(" (").map(|(short, _)| short);
            let names = [&m.number.value, &m.name].map(String::as_str);
            let names = names.into_iter().chain(short);
            file_names(&mut self.municipality_names, &m.number.value, names);
        }
    }

    fn index_body_tree(&mut self) {
        for body in self.bodies.values() {
            if let Some(parent) = &body.part_of {
                self.body_children
                    .entry(parent.value.clone())
                    .or_default()
                    .push(body.id.value.clone());
            }
        }
        for item in &self.items {
            for place in item.places.iter().chain(&item.mentions().places) {
                self.place_names
                    .entry(fold(&place.name))
                    .or_default()
                    .insert(place.municipality.value.clone());
            }
        }
    }

    /// The bodies that are part of `id`, directly or further down, each once, nearest first.
    /// A `part_of` cycle (a finding of its own) ends the walk instead of looping.
    pub(crate) fn body_descendants(&self, id: &str) -> Vec<&str> {
        let mut seen: BTreeSet<&str> = BTreeSet::from([id]);
        let mut out = Vec::new();
        let mut queue = std::collections::VecDeque::from([id]);
        while let Some(next) = queue.pop_front() {
            for child in self.body_children.get(next).into_iter().flatten() {
                if seen.insert(child) {
                    out.push(child.as_str());
                    queue.push_back(child);
                }
            }
        }
        out
    }

    /// The bodies directly part of `id`, in id order.
    pub(crate) fn body_children(&self, id: &str) -> &[String] {
        self.body_children.get(id).map_or(&[], Vec::as_slice)
    }

    /// The chain of bodies `id` is part of, nearest first, stopping before a repeat (a cycle)
    /// or a parent that does not exist.
    pub(crate) fn body_ancestors(&self, id: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let mut current = id;
        while let Some(parent) = self
            .bodies
            .get(current)
            .and_then(|b| b.part_of.as_ref())
            .filter(|p| self.bodies.contains_key(&p.value))
        {
            if parent.value == id || out.contains(&parent.as_str()) {
                break;
            }
            out.push(parent.as_str());
            current = parent.as_str();
        }
        out
    }

    /// Municipalities of the places with this name that items name (Fagernes → 3451).
    pub(crate) fn place_municipalities(&self, name: &str) -> Option<&BTreeSet<String>> {
        self.place_names.get(&fold(name))
    }

    /// True when the file of this entity exists but could not be read (`programme` is
    /// empty except for items): references to it cannot be checked, and are not broken.
    pub(crate) fn failed_to_load(
        &self,
        kind: crate::format::EntityKind,
        programme: &str,
        id: &str,
    ) -> bool {
        !self.failed.is_empty()
            && self
                .failed
                .contains(&(kind, programme.to_string(), id.to_string()))
    }

    /// The files whose entity could not be read, in path order.
    pub(crate) fn unread_files(&self) -> impl Iterator<Item = &SourceFile> {
        self.files_by_path
            .iter()
            .map(|&ix| &self.files[ix])
            .filter(|f| f.failed_entity().is_some())
    }

    /// Sort key: programme id, theme rank in its programme, natural id.
    pub(crate) fn item_order(&self, item: &Item) -> (String, usize, crate::text::NaturalKey) {
        let rank = self
            .programmes
            .get(&item.programme.value)
            .map_or(usize::MAX, |p| p.theme_rank(&item.theme.value));
        (
            item.programme.value.clone(),
            rank,
            crate::text::NaturalKey::new(&item.id.value),
        )
    }

    pub(crate) fn item(&self, programme: &str, id: &str) -> Option<ItemIx> {
        self.find_in(&self.items, programme, id)
    }

    /// Indexes items by key; of equal keys the first is found.
    /// Indexes items by key; of equal keys the first is found. Returns each later item
    /// with an already indexed key, paired with the first.
    fn index_items(&mut self, items: &[Item]) -> Vec<(ItemIx, ItemIx)> {
        self.item_index = HashMap::with_capacity(items.len());
        self.item_collisions.clear();
        let mut duplicates = Vec::new();
        for (ix, item) in items.iter().enumerate() {
            let (programme, id) = (item.programme.value.as_str(), item.id.value.as_str());
            if let Some(first) = self.find_in(items, programme, id) {
                duplicates.push((ix, first));
                continue;
            }
            match self.item_index.entry(key_hash(programme, id)) {
                Entry::Vacant(slot) => {
                    slot.insert(ix);
                }
                // Same hash, different key: reachable through the collision list.
                Entry::Occupied(_) => self.item_collisions.push(ix),
            }
        }
        duplicates
    }

    fn find_in(&self, items: &[Item], programme: &str, id: &str) -> Option<ItemIx> {
        let is = |ix: &ItemIx| items[*ix].programme.value == programme && items[*ix].id.value == id;
        self.item_index
            .get(&key_hash(programme, id))
            .filter(|ix| is(ix))
            .or_else(|| self.item_collisions.iter().find(|ix| is(ix)))
            .copied()
    }

    /// The item a link from `from` points to, if it exists.
    pub(crate) fn resolve_link(&self, from: &Item, reference: &str) -> Option<ItemIx> {
        let (programme, id) = split_ref(reference, &from.programme.value);
        self.item(programme, id)
    }

    /// How an item is named: bare (`K3`) inside `context`, its own programme, or where no
    /// other programme has the same id; qualified (`mr2025:digi-mr`) otherwise.
    pub(crate) fn display_id(&self, ix: ItemIx, context: Option<&str>) -> String {
        self.shown_id(ix, context).into_owned()
    }

    /// [`Repository::display_id`], borrowed from the item where it is its bare id.
    pub(crate) fn shown_id(&self, ix: ItemIx, context: Option<&str>) -> Cow<'_, str> {
        let item = &self.items[ix];
        let bare = match context {
            Some(programme) => programme == item.programme.value,
            None => self.id_counts.get(&item.id.value).is_none_or(|&n| n <= 1),
        };
        if bare {
            Cow::Borrowed(&item.id.value)
        } else {
            Cow::Owned(format!("{}:{}", item.programme.value, item.id.value))
        }
    }

    /// Finds an item from user input: `K3` (unique across programmes) or `programme:ID`,
    /// case-insensitively.
    pub(crate) fn find_item(&self, wanted: &str) -> Result<ItemIx, ItemNotFound> {
        let (programme, id) = match wanted.split_once(':') {
            Some((p, i)) => (Some(p), i),
            None => (None, wanted),
        };
        let matches: Vec<ItemIx> = (0..self.items.len())
            .filter(|&ix| {
                let item = &self.items[ix];
                item.id.value.eq_ignore_ascii_case(id)
                    && programme.is_none_or(|p| item.programme.value.eq_ignore_ascii_case(p))
            })
            .collect();
        match matches.as_slice() {
            [one] => Ok(*one),
            [] => Err(ItemNotFound::Missing),
            many => Err(ItemNotFound::Ambiguous(
                many.iter().map(|&ix| self.display_id(ix, None)).collect(),
            )),
        }
    }

    pub(crate) fn body_ids_named(&self, name: &str) -> Option<&BTreeSet<String>> {
        self.body_names.get(&fold(name))
    }

    pub(crate) fn region_ids_named(&self, name: &str) -> Option<&BTreeSet<String>> {
        self.region_names.get(&fold(name))
    }

    pub(crate) fn municipality_ids_named(&self, name: &str) -> Option<&BTreeSet<String>> {
        self.municipality_names.get(&fold(name))
    }

    /// Names with more than one owner: an alias shared by two bodies or two regions.
    pub(crate) fn ambiguous_names(&self) -> Vec<(NameOwner, &String, &BTreeSet<String>)> {
        let mut out: Vec<_> = self
            .body_names
            .iter()
            .filter(|(_, ids)| ids.len() > 1)
            .map(|(n, ids)| (NameOwner::Body, n, ids))
            .chain(
                self.region_names
                    .iter()
                    .filter(|(_, ids)| ids.len() > 1)
                    .map(|(n, ids)| (NameOwner::Region, n, ids)),
            )
            .collect();
        out.sort();
        out
    }

    pub(crate) fn body_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.bodies.get(id).map_or(id, |b| b.name.as_str())
    }

    pub(crate) fn region_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.regions.get(id).map_or(id, |r| r.name.as_str())
    }

    pub(crate) fn municipality_name<'a>(&'a self, number: &'a str) -> &'a str {
        self.municipalities
            .get(number)
            .map_or(number, |m| m.name.as_str())
    }

    pub(crate) fn programme_of(&self, item: &Item) -> Option<&Programme> {
        self.programmes.get(&item.programme.value)
    }

    /// The text of a file, for excerpts in findings.
    pub(crate) fn file_text(&self, path: &str) -> Option<String> {
        let at = self
            .files_by_path
            .binary_search_by(|&ix| self.files[ix].path.as_str().cmp(path))
            .ok()?;
        self.files[self.files_by_path[at]].contents(&self.source)
    }

    /// Reads an item's prose (description, goals, notes) from its file again, for a
    /// repository loaded without it that shows this one item in full: cheaper than keeping
    /// every item's prose. The item stays as loaded if its file no longer holds it.
    pub(crate) fn read_prose(&mut self, ix: ItemIx) {
        let item = &self.items[ix];
        let Some(again) = self
            .file_text(&item.path)
            .and_then(|text| crate::load::item_with_prose(&item.path, &text))
        else {
            return;
        };
        if again.id.value == item.id.value && again.programme.value == item.programme.value {
            let item = &mut self.items[ix];
            item.description = again.description;
            item.goals = again.goals;
            item.notes = again.notes;
        }
    }

    /// Lines of files for excerpts in findings.
    pub(crate) fn excerpts(&self) -> Excerpts<'_> {
        Excerpts {
            repo: self,
            last: RefCell::new(None),
        }
    }

    /// The id in `programme` most like `wanted`, for a "did you mean". A programme of up to
    /// [`FULL_SCAN_ITEMS`] items is searched whole. In a larger one only ids within a typo of
    /// `wanted` are compared, found through an index of each id with one character deleted,
    /// so a broken link costs a few lookups instead of a comparison with every id.
    pub(crate) fn suggest_item(&self, programme: &str, wanted: &str) -> Option<&str> {
        if wanted.len() > MAX_SUGGESTED_CHARS {
            return None;
        }
        let items = self.items_of(programme);
        if items.len() <= FULL_SCAN_ITEMS {
            return closest(wanted, items.iter().map(|i| i.id.value.as_str()));
        }
        let index = self.typo_index.get_or_init(|| typo_index(&self.items));
        let mut candidates: Vec<ItemIx> = variants(&wanted.to_lowercase())
            .flat_map(|variant| {
                let hash = short_hash(programme, &variant);
                let start = index.partition_point(|&(h, _)| h < hash);
                index[start..]
                    .iter()
                    .take_while(move |&&(h, _)| h == hash)
                    .map(|&(_, ix)| ix as ItemIx)
            })
            .filter(|&ix| self.items[ix].programme.value == programme)
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        closest(
            wanted,
            candidates
                .into_iter()
                .map(|ix| self.items[ix].id.value.as_str()),
        )
    }

    /// The body, region or document id most like `wanted`, for a "did you mean". Few ids
    /// are searched whole; many through an index as for items, so thousands of unknown
    /// references cost thousands of lookups, not a comparison of each with every id.
    pub(crate) fn suggest_id(&self, kind: RefKind, wanted: &str) -> Option<&str> {
        if wanted.len() > MAX_SUGGESTED_CHARS {
            return None;
        }
        match kind {
            RefKind::Body => suggest_key(&self.bodies, &self.id_typos[0], wanted),
            RefKind::Region => suggest_key(&self.regions, &self.id_typos[1], wanted),
            RefKind::Document => suggest_key(&self.documents, &self.id_typos[2], wanted),
        }
    }

    /// The items of one programme: a slice, as items are kept in programme order.
    pub(crate) fn items_of(&self, programme: &str) -> &[Item] {
        let start = self
            .items
            .partition_point(|i| i.programme.value.as_str() < programme);
        let end = self
            .items
            .partition_point(|i| i.programme.value.as_str() <= programme);
        &self.items[start..end]
    }
}

/// Files the id `id` under the folded form of each of `names`.
fn file_names<'a>(
    index: &mut HashMap<String, BTreeSet<String>>,
    id: &str,
    names: impl Iterator<Item = &'a str>,
) {
    for name in names {
        index.entry(fold(name)).or_default().insert(id.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Prose, load_memory};

    /// A repository of one programme with items K1…K`n`.
    fn numbered(n: usize) -> Repository {
        let mut files = vec![(
            "programmes/p/programme.yaml".to_string(),
            b"id: p\nname: P\nowner: b\nlanguage: nb\nthemes: [{code: K, name: K}]\nsources: [{title: S}]\n".to_vec(),
        )];
        for i in 1..=n {
            let text = format!(
                "id: K{i}\nprogramme: p\ntheme: K\ntitle: T\nresponsible: []\nsources: [{{title: S}}]\n"
            );
            files.push((format!("programmes/p/items/K{i}.yaml"), text.into_bytes()));
        }
        Repository::build(load_memory("d", files, Prose::Skip)).0
    }

    #[test]
    fn items_are_found_by_programme_and_id() {
        let repo = numbered(30);
        assert_eq!(
            repo.item("p", "K30")
                .map(|ix| repo.items[ix].id.value.as_str()),
            Some("K30")
        );
        assert_eq!(repo.item("p", "K31"), None);
        assert_eq!(repo.item("q", "K1"), None);
    }

    #[test]
    fn suggestions_in_small_and_large_programmes_agree() {
        for n in [900, 1500] {
            let repo = numbered(n);
            assert_eq!(repo.suggest_item("p", "K8990"), Some("K899"), "{n}");
            assert_eq!(repo.suggest_item("p", "K1x5"), Some("K15"), "{n}");
            assert_eq!(repo.suggest_item("p", "k77"), Some("K77"), "{n}");
            assert_eq!(repo.suggest_item("p", "Z"), None, "{n}");
        }
    }
}
