//! Filters and views over the repository: which items a `plan list` selects and why,
//! turning what users type (names, aliases, numbers, any case) into ids, and the link
//! views (orphans, one-way links, neighbourhoods) that `plan links` shows.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

use rayon::prelude::*;

use crate::diagnostic::closest;
use crate::index::{ItemIx, ItemNotFound, Repository};
use crate::model::*;
use crate::text::{fold, norwegian_cmp};
use crate::words::{self, Named};

/// A value a user typed that names nothing, with the closest names there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unknown {
    /// What was looked for, as the catalogue's `error-unknown` selects it: `item`, `status`.
    pub(crate) what: &'static str,
    pub(crate) value: String,
    pub(crate) suggestion: Option<String>,
    /// Said instead of the suggestion when the value names something of another kind.
    pub(crate) hint: Option<String>,
    /// For a closed set of values: all of them, named in the language of the run.
    pub(crate) allowed: Option<String>,
}

impl std::fmt::Display for Unknown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let value = self.value.as_str();
        f.write_str(&crate::t!("error-unknown", kind = self.what, value = value))?;
        if let Some(hint) = &self.hint {
            write!(f, "; {hint}")?;
        } else if let Some(suggestion) = &self.suggestion {
            let suggestion = suggestion.as_str();
            write!(
                f,
                "; {}",
                crate::t!("error-did-you-mean", suggestion = suggestion)
            )?;
        }
        if let Some(values) = &self.allowed {
            let values = values.as_str();
            write!(f, " ({})", crate::t!("error-allowed", values = values))?;
        }
        Ok(())
    }
}

impl std::error::Error for Unknown {}

/// Resolves a name against a folded-name index; when nothing is found, suggests the closest
/// of `names` (shown as written, compared folded).
fn resolve_named(
    what: &'static str,
    input: &str,
    found: Option<&BTreeSet<String>>,
    names: impl IntoIterator<Item = String>,
) -> Result<BTreeSet<String>, Unknown> {
    if let Some(ids) = found {
        return Ok(ids.clone());
    }
    Err(Unknown {
        what,
        value: input.to_string(),
        suggestion: closest_name(input, names),
        hint: None,
        allowed: None,
    })
}

/// The name closest to `input`, compared without case or diacritics.
fn closest_name(input: &str, names: impl IntoIterator<Item = String>) -> Option<String> {
    let names: Vec<String> = names.into_iter().collect();
    let folded: Vec<String> = names.iter().map(|n| fold(n)).collect();
    let best = closest(&fold(input), folded.iter().map(String::as_str))?;
    folded
        .iter()
        .position(|f| f == best)
        .map(|i| names[i].clone())
}

/// A region by name or alias. A municipality's name is not a region; the error says which
/// flag finds it.
pub(crate) fn resolve_region(repo: &Repository, input: &str) -> Result<BTreeSet<String>, Unknown> {
    let names = repo
        .regions
        .values()
        .flat_map(|r| std::iter::once(r.name.clone()).chain(r.aliases.clone()));
    resolve_named("region", input, repo.region_ids_named(input), names).map_err(|mut e| {
        if let Some(ids) = repo.municipality_ids_named(input) {
            let name = ids
                .iter()
                .next()
                .map_or(input, |m| repo.municipality_name(m));
            e.hint = Some(crate::t!(
                "error-municipality-not-region",
                name = name,
                input = input
            ));
        }
        e
    })
}

/// A municipality by name or number, or else by a place items name that lies in exactly
/// one municipality (Fagernes → Nord-Aurdal). The second value says how a place resolved.
pub(crate) fn resolve_municipality_or_place(
    repo: &Repository,
    input: &str,
) -> Result<(BTreeSet<String>, Option<String>), Unknown> {
    let unknown = match resolve_municipality(repo, input) {
        Ok(ids) => return Ok((ids, None)),
        Err(unknown) => unknown,
    };
    match repo.place_municipalities(input) {
        Some(ids) if ids.len() == 1 => {
            let number = ids.iter().next().map_or("", String::as_str);
            let name = repo.municipality_name(number);
            let note = crate::t!("note-place-in", input = input, name = name, number = number);
            Ok((ids.clone(), Some(note)))
        }
        Some(ids) => Err(Unknown {
            hint: Some(crate::t!(
                "error-place-in-several",
                input = input,
                names = ids
                    .iter()
                    .map(|m| repo.municipality_name(m))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            ..unknown
        }),
        None => Err(unknown),
    }
}

pub(crate) fn resolve_body(repo: &Repository, input: &str) -> Result<BTreeSet<String>, Unknown> {
    let names = repo.bodies.values().flat_map(|b| {
        [b.name.clone(), b.id.value.clone()]
            .into_iter()
            .chain(b.aliases.clone())
    });
    resolve_named("body", input, repo.body_ids_named(input), names)
}

pub(crate) fn resolve_municipality(
    repo: &Repository,
    input: &str,
) -> Result<BTreeSet<String>, Unknown> {
    let names = repo.municipalities.values().map(|m| m.name.clone());
    resolve_named(
        "municipality",
        input,
        repo.municipality_ids_named(input),
        names,
    )
}

pub(crate) fn resolve_programme(repo: &Repository, input: &str) -> Result<String, Unknown> {
    let wanted = fold(input);
    repo.programmes
        .values()
        .find(|p| {
            p.id.value == wanted
                || fold(&p.name) == wanted
                || p.short_name.as_deref().is_some_and(|s| fold(s) == wanted)
        })
        .map(|p| p.id.value.clone())
        .ok_or_else(|| Unknown {
            what: "programme",
            value: input.to_string(),
            suggestion: closest(&wanted, repo.programmes.keys().map(String::as_str))
                .map(str::to_string),
            hint: None,
            allowed: None,
        })
}

/// Several `--programme` values, each resolved.
pub(crate) fn resolve_programmes(
    repo: &Repository,
    inputs: &[String],
) -> Result<Vec<String>, Unknown> {
    inputs.iter().map(|p| resolve_programme(repo, p)).collect()
}

/// A theme as `(programme, code)`: matched by code (`K`) or by name (`kompetanse`).
pub(crate) fn resolve_theme(
    repo: &Repository,
    input: &str,
) -> Result<BTreeSet<(String, String)>, Unknown> {
    let wanted = fold(input);
    let found: BTreeSet<(String, String)> = repo
        .programmes
        .values()
        .flat_map(|p| p.themes.iter().map(move |t| (p, t)))
        .filter(|(_, t)| {
            fold(&t.code) == wanted || fold(&t.name) == wanted || fold(&t.name).starts_with(&wanted)
        })
        .map(|(p, t)| (p.id.value.clone(), t.code.clone()))
        .collect();
    if found.is_empty() {
        // A theme's first word is enough to find it ("kompetanse"), so it is a suggestion too.
        let names = repo.programmes.values().flat_map(|p| {
            p.themes.iter().flat_map(|t| {
                let first = t
                    .name
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_string();
                [t.name.clone(), first]
            })
        });
        return Err(Unknown {
            what: "theme",
            value: input.to_string(),
            suggestion: closest_name(input, names),
            hint: None,
            allowed: None,
        });
    }
    Ok(found)
}

pub(crate) fn resolve_item(repo: &Repository, input: &str) -> Result<ItemIx, Unknown> {
    repo.find_item(input).map_err(|not_found| {
        let suggestion = match not_found {
            ItemNotFound::Missing => {
                let ids: Vec<String> = (0..repo.items.len())
                    .map(|ix| repo.display_id(ix, None))
                    .collect();
                closest(input, ids.iter().map(String::as_str)).map(str::to_string)
            }
            ItemNotFound::Ambiguous(ids) => Some(ids.join("` or `")),
        };
        Unknown {
            what: "item",
            value: input.to_string(),
            suggestion,
            hint: None,
            allowed: None,
        }
    })
}

/// A value of a closed set from user input in any language (`igangsatt`, `kort sikt`,
/// `started`), without regard to case or diacritics; else the nearest and all the allowed
/// values, named in the language of the run.
pub(crate) fn resolve_word<W: Named>(input: &str) -> Result<W, Unknown> {
    let language = crate::i18n::current();
    words::parse(input).ok_or_else(|| Unknown {
        what: W::KIND,
        value: input.to_string(),
        suggestion: words::suggestion::<W>(input, language),
        hint: None,
        allowed: Some(words::allowed::<W>(language)),
    })
}

/// A filter for `plan list`, with ids already resolved. Lists are ORed, fields ANDed.
#[derive(Debug, Default, Clone)]
pub(crate) struct Filter {
    pub(crate) programmes: Vec<String>,
    pub(crate) themes: BTreeSet<(String, String)>,
    pub(crate) levels: Vec<Level>,
    pub(crate) priorities: Vec<Term>,
    pub(crate) statuses: Vec<Status>,
    pub(crate) responsible: BTreeSet<String>,
    pub(crate) partners: BTreeSet<String>,
    pub(crate) involves: BTreeSet<String>,
    pub(crate) regions: BTreeSet<String>,
    pub(crate) municipalities: BTreeSet<String>,
    pub(crate) words: Vec<String>,
    pub(crate) links_to: Vec<ItemIx>,
    pub(crate) linked_from: Vec<ItemIx>,
    pub(crate) include_removed: bool,
    pub(crate) with_county_wide: bool,
    /// Items whose latest update is older than this day (or that have none).
    pub(crate) stale_before: Option<(u16, u8, u8)>,
    /// Items with an indicator behind its line on this day.
    pub(crate) behind_on: Option<crate::model::Date>,
}

/// Why an item was selected: a place, body or text filter it matched. Data only; the
/// renderer words it in the language of the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reason {
    /// A body in one of the item's roles is one a body filter names, or is part of one
    /// (`part_of`: the named body's id).
    Role {
        role: Role,
        body: String,
        part_of: Option<String>,
    },
    /// A body of the item acts for a region the filter names (ids).
    ActsFor { body: String, region: String },
    /// The item acts in a region, municipality or place the place filter covers.
    Names(Where),
    /// The item only mentions a place the filter covers: said, but it never selects.
    OnlyMentions(Where),
    /// The item acts in a region (or a body of it acts for one, `body`) that holds a
    /// municipality the filter names: Tynset lists what acts in Fjellregionen.
    RegionHolds {
        region: String,
        municipality: String,
        body: Option<String>,
    },
    /// The item has no scope, and its programme covers the county of a region named.
    CountyWide,
    /// A `--text` word was found in this field.
    WordIn { word: String, field: TextField },
}

/// The role a body has in an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Responsible,
    Partner,
}

impl Role {
    /// The catalogue's selector for the role.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Role::Responsible => "responsible",
            Role::Partner => "partner",
        }
    }
}

/// A place a reason points at. `via` is the region in the filter that covers a municipality
/// the user did not name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Where {
    /// A region, by id.
    Region(String),
    /// A municipality, by number.
    Municipality { number: String, via: Option<String> },
    /// A named place, with the number of its municipality.
    Place {
        name: String,
        municipality: String,
        via: Option<String>,
    },
}

/// Where a `--text` word was found when no place has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextField {
    Id,
    Title,
    Description,
    /// Elsewhere: the name of a region the item acts in or mentions.
    Text,
}

impl TextField {
    /// The catalogue's selector for the field.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            TextField::Id => "id",
            TextField::Title => "title",
            TextField::Description => "description",
            TextField::Text => "text",
        }
    }
}

/// A `plan list` result: the items, why each matched, and the county-wide items left out.
#[derive(Debug, Default)]
pub(crate) struct Selection {
    pub(crate) items: Vec<(ItemIx, Vec<Reason>)>,
    pub(crate) county_wide_left_out: usize,
}

/// The bodies a body filter matches, each with the body named in the filter: the named
/// bodies themselves, then everything that is part of them (NAV → NAV Innlandet).
fn body_matches(repo: &Repository, named: &BTreeSet<String>) -> HashMap<String, String> {
    let mut out: HashMap<String, String> = named.iter().map(|n| (n.clone(), n.clone())).collect();
    for id in named {
        for descendant in repo.body_descendants(id) {
            out.entry(descendant.to_string())
                .or_insert_with(|| id.clone());
        }
    }
    out
}

/// The three body filters, expanded once per selection.
struct BodyMatches {
    responsible: HashMap<String, String>,
    partners: HashMap<String, String>,
    involves: HashMap<String, String>,
}

/// Why a role list matches a body filter: the body, or the named body it is part of
/// (NAV Innlandet, part of NAV).
fn role_reasons(
    role: Role,
    list: &[Spanned<String>],
    matches: &HashMap<String, String>,
) -> Vec<Reason> {
    list.iter()
        .filter_map(|body| {
            let named = matches.get(&body.value)?;
            Some(Reason::Role {
                role,
                body: body.value.clone(),
                part_of: (*named != body.value).then(|| named.clone()),
            })
        })
        .collect()
}

/// The regions an item's bodies act for (`acts_for`), with the body.
fn acting_regions<'a>(repo: &'a Repository, item: &'a Item) -> Vec<(&'a str, &'a Body)> {
    item.responsible
        .iter()
        .chain(&item.partners)
        .filter_map(|b| repo.bodies.get(&b.value))
        .filter_map(|b| b.acts_for.as_ref().map(|r| (r.as_str(), b)))
        .collect()
}

/// True when an item has a scope: a region, municipality or place where it acts, or a body
/// that acts for a region. Mentions are not scope.
fn has_scope(repo: &Repository, item: &Item) -> bool {
    !item.regions.is_empty()
        || !item.municipalities.is_empty()
        || !item.places.is_empty()
        || !acting_regions(repo, item).is_empty()
}

impl Filter {
    fn has_place_filter(&self) -> bool {
        !self.regions.is_empty() || !self.municipalities.is_empty()
    }

    /// The municipalities the place filter covers: those named, and the members of the
    /// regions named.
    fn covered_municipalities(&self, repo: &Repository) -> BTreeSet<String> {
        let mut out = self.municipalities.clone();
        for region in self.regions.iter().filter_map(|r| repo.regions.get(r)) {
            out.extend(region.municipalities.iter().map(|m| m.value.clone()));
        }
        out
    }

    /// Tests everything but places and bodies.
    fn matches_fields(&self, repo: &Repository, ix: ItemIx) -> bool {
        let item = &repo.items[ix];
        let status = item.current_status();
        (self.include_removed || !item.is_removed() || self.statuses.contains(&Status::Removed))
            && (self.programmes.is_empty() || self.programmes.contains(&item.programme.value))
            && (self.themes.is_empty()
                || self
                    .themes
                    .contains(&(item.programme.value.clone(), item.theme.value.clone())))
            && (self.levels.is_empty()
                || item
                    .level
                    .as_ref()
                    .is_some_and(|l| self.levels.contains(&l.value)))
            && (self.priorities.is_empty()
                || item
                    .priority
                    .as_ref()
                    .is_some_and(|p| self.priorities.contains(&p.term)))
            && (self.statuses.is_empty() || status.is_some_and(|s| self.statuses.contains(&s)))
            && (self.links_to.is_empty()
                || self.links_to.iter().any(|t| repo.links_out[ix].contains(t)))
            && (self.linked_from.is_empty()
                || self
                    .linked_from
                    .iter()
                    .any(|f| repo.links_out[*f].contains(&ix)))
            && self.words.iter().all(|w| item_mentions(repo, item, w))
            && self.behind_on.is_none_or(|day| {
                item.indicators.iter().any(|i| {
                    crate::indicator::progress(i, day) == crate::indicator::Progress::Behind
                })
            })
            && self.stale_before.is_none_or(|day| {
                item.latest_update()
                    .is_none_or(|u| u.date.value.latest() < day)
            })
    }

    fn body_matches(&self, repo: &Repository) -> BodyMatches {
        BodyMatches {
            responsible: body_matches(repo, &self.responsible),
            partners: body_matches(repo, &self.partners),
            involves: body_matches(repo, &self.involves),
        }
    }

    /// Why an item matches the body filters (a body or one that is part of it), or `None`
    /// when it does not.
    fn body_reasons(&self, item: &Item, m: &BodyMatches) -> Option<Vec<Reason>> {
        let responsible = role_reasons(Role::Responsible, &item.responsible, &m.responsible);
        let partner = role_reasons(Role::Partner, &item.partners, &m.partners);
        let mut involved = role_reasons(Role::Responsible, &item.responsible, &m.involves);
        involved.extend(role_reasons(Role::Partner, &item.partners, &m.involves));
        let fails =
            |named: &BTreeSet<String>, found: &[Reason]| !named.is_empty() && found.is_empty();
        if fails(&self.responsible, &responsible)
            || fails(&self.partners, &partner)
            || fails(&self.involves, &involved)
        {
            return None;
        }
        let mut out = responsible;
        for reason in partner.into_iter().chain(involved) {
            if !out.contains(&reason) {
                out.push(reason);
            }
        }
        Some(out)
    }

    /// Why an item matches the place filter through its scope, or nothing if it does not.
    fn place_reasons(
        &self,
        repo: &Repository,
        item: &Item,
        covered: &BTreeSet<String>,
    ) -> Vec<Reason> {
        let regions = item
            .regions
            .iter()
            .filter(|r| self.regions.contains(&r.value))
            .map(|r| Reason::Names(Where::Region(r.value.clone())));
        let acting = acting_regions(repo, item)
            .into_iter()
            .filter(|(region, _)| self.regions.contains(*region))
            .map(|(region, body)| Reason::ActsFor {
                body: body.id.value.clone(),
                region: region.to_string(),
            });
        let places = self
            .covered_places(repo, &item.municipalities, &item.places, covered)
            .map(Reason::Names);
        let mut out: Vec<Reason> = regions.chain(acting).chain(places).collect();
        out.extend(self.region_holds_reasons(repo, item));
        out
    }

    /// The regions an item acts in, or a body of it acts for, that hold a municipality the
    /// filter names; regions the filter names are said by [`Reason::Names`] already.
    fn region_holds_reasons(&self, repo: &Repository, item: &Item) -> Vec<Reason> {
        let scope = item
            .regions
            .iter()
            .map(|r| (r.as_str(), None))
            .chain(
                acting_regions(repo, item)
                    .into_iter()
                    .map(|(r, body)| (r, Some(body.id.value.clone()))),
            )
            .filter(|(region, _)| !self.regions.contains(*region));
        let mut out = Vec::new();
        for (region, body) in scope {
            let Some(members) = repo.regions.get(region) else {
                continue;
            };
            let held = members
                .municipalities
                .iter()
                .filter(|m| self.municipalities.contains(&m.value));
            out.extend(held.map(|m| Reason::RegionHolds {
                region: region.to_string(),
                municipality: m.value.clone(),
                body: body.clone(),
            }));
        }
        out
    }

    /// The municipalities and places of a list the place filter covers, each with the region
    /// named in the filter that covers it.
    fn covered_places<'a>(
        &'a self,
        repo: &'a Repository,
        municipalities: &'a [Spanned<String>],
        places: &'a [Place],
        covered: &'a BTreeSet<String>,
    ) -> impl Iterator<Item = Where> + 'a {
        let municipalities = municipalities
            .iter()
            .filter(|m| covered.contains(&m.value))
            .map(|m| Where::Municipality {
                number: m.value.clone(),
                via: self.via_region(repo, &m.value),
            });
        let places = places
            .iter()
            .filter(|p| covered.contains(&p.municipality.value))
            .map(|p| Where::Place {
                name: p.name.clone(),
                municipality: p.municipality.value.clone(),
                via: self.via_region(repo, &p.municipality.value),
            });
        municipalities.chain(places)
    }

    /// The places in the filter an item only mentions: they never select it, but `--why`
    /// says they are there.
    fn mention_reasons(
        &self,
        repo: &Repository,
        item: &Item,
        covered: &BTreeSet<String>,
    ) -> Vec<Reason> {
        let m = item.mentions();
        let regions = m
            .regions
            .iter()
            .filter(|r| self.regions.contains(&r.value))
            .map(|r| Where::Region(r.value.clone()));
        regions
            .chain(self.covered_places(repo, &m.municipalities, &m.places, covered))
            .map(Reason::OnlyMentions)
            .collect()
    }

    /// The region in the filter that covers a municipality.
    fn via_region(&self, repo: &Repository, municipality: &str) -> Option<String> {
        repo.regions_of_municipality
            .get(municipality)
            .into_iter()
            .flatten()
            .find(|r| self.regions.contains(*r))
            .map(|r| r.to_string())
    }

    /// True when an item applies to the whole county of a region the filter names: it has
    /// no scope (mentions do not count) and its programme covers that county.
    fn is_county_wide_for(
        &self,
        repo: &Repository,
        item: &Item,
        covered: &BTreeSet<String>,
    ) -> bool {
        let county = repo.programme_of(item).and_then(|p| p.county.as_deref());
        !has_scope(repo, item)
            && county.is_some_and(|c| {
                covered
                    .iter()
                    .any(|m| repo.municipalities.get(m).is_some_and(|m| m.county == c))
            })
    }

    pub(crate) fn select(&self, repo: &Repository) -> Selection {
        let covered = self.covered_municipalities(repo);
        let bodies = self.body_matches(repo);
        let mut selection = Selection::default();
        for ix in 0..repo.items.len() {
            let item = &repo.items[ix];
            if !self.matches_fields(repo, ix) {
                continue;
            }
            let Some(mut reasons) = self.body_reasons(item, &bodies) else {
                continue;
            };
            reasons.extend(self.text_reasons(item));
            if !self.has_place_filter() {
                selection.items.push((ix, reasons));
                continue;
            }
            let places = self.place_reasons(repo, item, &covered);
            if !places.is_empty() {
                reasons.extend(places);
            } else if !self.is_county_wide_for(repo, item, &covered) {
                continue;
            } else if self.with_county_wide {
                reasons.push(Reason::CountyWide);
            } else {
                selection.county_wide_left_out += 1;
                continue;
            }
            reasons.extend(self.mention_reasons(repo, item, &covered));
            selection.items.push((ix, reasons));
        }
        selection
    }

    /// Where each `--text` word was found: a place the item acts in or only mentions,
    /// else its id, title or description.
    fn text_reasons(&self, item: &Item) -> Vec<Reason> {
        self.words
            .iter()
            .map(|word| {
                let wanted = fold(word);
                let found = |p: &&Place| fold(&p.name).contains(&wanted);
                let place = |p: &Place| Where::Place {
                    name: p.name.clone(),
                    municipality: p.municipality.value.clone(),
                    via: None,
                };
                if let Some(p) = item.places.iter().find(found) {
                    Reason::Names(place(p))
                } else if let Some(p) = item.mentions().places.iter().find(found) {
                    Reason::OnlyMentions(place(p))
                } else {
                    let field = [
                        (TextField::Id, Some(&item.id.value)),
                        (TextField::Title, Some(&item.title)),
                        (TextField::Description, item.description.as_ref()),
                    ]
                    .into_iter()
                    .find(|(_, t)| t.is_some_and(|t| fold(t).contains(&wanted)))
                    .map_or(TextField::Text, |(f, _)| f);
                    Reason::WordIn {
                        word: word.clone(),
                        field,
                    }
                }
            })
            .collect()
    }
}

/// Case- and diacritic-insensitive search in an item's id, title, description and the names
/// of the places it acts in or mentions.
fn item_mentions(repo: &Repository, item: &Item, word: &str) -> bool {
    let wanted = fold(word);
    let places = item.places.iter().chain(&item.mentions().places);
    let names = item
        .regions
        .iter()
        .chain(&item.mentions().regions)
        .map(|r| repo.region_name(&r.value));
    [
        Some(item.id.value.as_str()),
        Some(item.title.as_str()),
        item.description.as_deref(),
    ]
    .into_iter()
    .flatten()
    .chain(places.map(|p| p.name.as_str()))
    .chain(names)
    .any(|text| fold(text).contains(&wanted))
}

/// The orders a list can be sorted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SortKey {
    /// Programme, theme in the programme's order, natural id (the default).
    Id,
    /// Title, in Norwegian alphabetical order.
    Title,
    Status,
    Priority,
    Level,
    /// Name of the first responsible body, in Norwegian order.
    Responsible,
}

pub(crate) fn sort(repo: &Repository, items: &mut [(ItemIx, Vec<Reason>)], key: SortKey) {
    // Repository order is the default order; sorts are stable, so ties keep it.
    items.sort_by_key(|(ix, _)| *ix);
    match key {
        SortKey::Id => {}
        SortKey::Title => {
            items.sort_by(|a, b| norwegian_cmp(&repo.items[a.0].title, &repo.items[b.0].title))
        }
        SortKey::Status => items.sort_by_key(|(ix, _)| {
            repo.items[*ix]
                .current_status()
                .map_or(usize::MAX, |s| s as usize)
        }),
        SortKey::Priority => items.sort_by_key(|(ix, _)| {
            repo.items[*ix]
                .priority
                .as_ref()
                .map_or(usize::MAX, |p| p.term as usize)
        }),
        SortKey::Level => items.sort_by_key(|(ix, _)| {
            repo.items[*ix]
                .level
                .as_ref()
                .map_or(usize::MAX, |l| l.value as usize)
        }),
        SortKey::Responsible => items.sort_by(|a, b| {
            let name = |ix: ItemIx| {
                repo.items[ix]
                    .responsible
                    .first()
                    .map_or("\u{10FFFF}", |r| repo.body_name(&r.value))
            };
            norwegian_cmp(name(a.0), name(b.0))
        }),
    }
}

/// How an item's link target is written from `from`: bare within a programme, qualified across.
pub(crate) fn link_label(repo: &Repository, from: ItemIx, to: ItemIx) -> std::borrow::Cow<'_, str> {
    repo.shown_id(to, Some(&repo.items[from].programme.value))
}

/// Items nothing links to, and items that link nowhere.
pub(crate) struct Orphans {
    pub(crate) unlinked: Vec<ItemIx>,
    pub(crate) linking_nowhere: Vec<ItemIx>,
}

pub(crate) fn orphans(repo: &Repository, scope: &[ItemIx]) -> Orphans {
    Orphans {
        unlinked: scope
            .iter()
            .copied()
            .filter(|&ix| repo.links_in[ix].is_empty())
            .collect(),
        linking_nowhere: scope
            .iter()
            .copied()
            .filter(|&ix| repo.links_out[ix].is_empty() && repo.items[ix].documents.is_empty())
            .collect(),
    }
}

/// Links A → B where B does not link back to A.
pub(crate) fn one_way(repo: &Repository, scope: &[ItemIx]) -> Vec<(ItemIx, ItemIx)> {
    let mut out = Vec::new();
    for &from in scope {
        let mut seen = HashSet::new();
        for &to in &repo.links_out[from] {
            if to != from && seen.insert(to) && !repo.links_out[to].contains(&from) {
                out.push((from, to));
            }
        }
    }
    out
}

/// Items within `depth` links of `centre`, following links both ways, in repository order.
pub(crate) fn neighbourhood(repo: &Repository, centre: ItemIx, depth: usize) -> Vec<ItemIx> {
    let mut seen = BTreeSet::from([centre]);
    let mut queue = VecDeque::from([(centre, 0)]);
    while let Some((ix, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for &next in repo.links_out[ix].iter().chain(&repo.links_in[ix]) {
            if seen.insert(next) {
                queue.push_back((next, d + 1));
            }
        }
    }
    seen.into_iter().collect()
}

/// Items in the given programmes (all when empty), in repository order.
pub(crate) fn scope(repo: &Repository, programmes: &[String]) -> Vec<ItemIx> {
    (0..repo.items.len())
        .filter(|&ix| programmes.is_empty() || programmes.contains(&repo.items[ix].programme.value))
        .collect()
}

/// The municipalities of a region sorted for people (Norwegian order).
pub(crate) fn region_municipalities<'a>(repo: &'a Repository, region: &'a Region) -> Vec<&'a str> {
    let mut numbers: Vec<&str> = region
        .municipalities
        .iter()
        .map(|m| m.value.as_str())
        .collect();
    numbers.sort_by(|a, b| norwegian_cmp(repo.municipality_name(a), repo.municipality_name(b)));
    numbers
}

/// Regions sorted for people.
pub(crate) fn regions_sorted(repo: &Repository) -> Vec<&Region> {
    let mut regions: Vec<&Region> = repo.regions.values().collect();
    regions.sort_by(|a, b| norwegian_cmp(&a.name, &b.name));
    regions
}

/// The regions in an item's scope: named, through one of its municipalities or a place in
/// one, or through a body that acts for the region (the same ties `plan list --region`
/// follows). Places it only mentions do not count.
pub(crate) fn regions_of_item<'a>(repo: &'a Repository, item: &'a Item) -> BTreeSet<&'a str> {
    let municipalities = item
        .municipalities
        .iter()
        .chain(item.places.iter().map(|p| &p.municipality));
    item.regions
        .iter()
        .map(Spanned::as_str)
        .chain(
            municipalities
                .filter_map(|m| repo.regions_of_municipality.get(m.as_str()))
                .flatten()
                .map(String::as_str),
        )
        .chain(acting_regions(repo, item).into_iter().map(|(r, _)| r))
        .collect()
}

/// The items tied to each region (removed items left out), in one pass over the items.
/// The items of each region stay in order: each core takes a run of items, and the runs are
/// joined in order.
pub(crate) fn items_per_region(repo: &Repository) -> HashMap<&str, Vec<ItemIx>> {
    repo.items
        .par_iter()
        .enumerate()
        .filter(|(_, i)| !i.is_removed())
        .fold(
            HashMap::new,
            |mut run: HashMap<&str, Vec<ItemIx>>, (ix, item)| {
                for region in regions_of_item(repo, item) {
                    run.entry(region).or_default().push(ix);
                }
                run
            },
        )
        .reduce(HashMap::new, |mut earlier, later| {
            for (region, items) in later {
                earlier.entry(region).or_default().extend(items);
            }
            earlier
        })
}

/// One row of `plan bodies`: a body with the items it is responsible for and partner in.
pub(crate) struct BodyLoad<'a> {
    pub(crate) body: &'a Body,
    pub(crate) responsible: Vec<ItemIx>,
    pub(crate) partner: Vec<ItemIx>,
}

/// Bodies with their load, heaviest first, then in Norwegian order of name.
pub(crate) fn body_loads<'a>(repo: &'a Repository, scope: &[ItemIx]) -> Vec<BodyLoad<'a>> {
    // One pass over the items, not one per body: a national repository has thousands of each.
    let mut by_body: HashMap<&str, (Vec<ItemIx>, Vec<ItemIx>)> = HashMap::new();
    for &ix in scope {
        let item = &repo.items[ix];
        let mut seen = HashSet::new();
        for body in item.responsible.iter().filter(|b| seen.insert(b.as_str())) {
            by_body.entry(body.as_str()).or_default().0.push(ix);
        }
        let mut seen = HashSet::new();
        for body in item.partners.iter().filter(|b| seen.insert(b.as_str())) {
            by_body.entry(body.as_str()).or_default().1.push(ix);
        }
    }
    let mut loads: Vec<BodyLoad> = repo
        .bodies
        .values()
        .map(|body| {
            let (responsible, partner) = by_body.remove(body.id.as_str()).unwrap_or_default();
            BodyLoad {
                body,
                responsible,
                partner,
            }
        })
        .collect();
    loads.sort_by(|a, b| {
        (b.responsible.len() + b.partner.len())
            .cmp(&(a.responsible.len() + a.partner.len()))
            .then(b.responsible.len().cmp(&a.responsible.len()))
            .then_with(|| norwegian_cmp(&a.body.name, &b.body.name))
    });
    loads
}

/// Bodies as a tree for people: each body followed by the bodies that are part of it
/// (indented one level deeper), siblings in the order of `loads`. A body is kept when `keep`
/// says so or when one of its descendants is kept; bodies caught in a `part_of` cycle are
/// shown as roots.
pub(crate) fn body_tree<'a>(
    repo: &Repository,
    loads: Vec<BodyLoad<'a>>,
    keep: impl Fn(&BodyLoad) -> bool,
) -> Vec<(usize, BodyLoad<'a>)> {
    let position: HashMap<&str, usize> = loads
        .iter()
        .enumerate()
        .map(|(i, l)| (l.body.id.as_str(), i))
        .collect();
    let kept: Vec<bool> = loads
        .iter()
        .map(|l| {
            keep(l)
                || repo
                    .body_descendants(l.body.id.as_str())
                    .iter()
                    .any(|d| position.get(d).is_some_and(|&i| keep(&loads[i])))
        })
        .collect();
    let mut order: Vec<(usize, usize)> = Vec::new();
    let mut visited = vec![false; loads.len()];
    let roots =
        (0..loads.len()).filter(|&i| repo.body_ancestors(loads[i].body.id.as_str()).is_empty());
    let mut stack: Vec<(usize, usize)> = roots.rev().map(|i| (0, i)).collect();
    loop {
        while let Some((depth, i)) = stack.pop() {
            if std::mem::replace(&mut visited[i], true) {
                continue;
            }
            order.push((depth, i));
            let mut children: Vec<usize> = repo
                .body_children(loads[i].body.id.as_str())
                .iter()
                .filter_map(|c| position.get(c.as_str()).copied())
                .collect();
            children.sort_unstable();
            stack.extend(children.into_iter().rev().map(|c| (depth + 1, c)));
        }
        match visited.iter().position(|v| !v) {
            Some(in_cycle) => stack.push((0, in_cycle)),
            None => break,
        }
    }
    let mut slots: Vec<Option<BodyLoad>> = loads.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter(|&(_, i)| kept[i])
        .filter_map(|(depth, i)| slots[i].take().map(|l| (depth, l)))
        .collect()
}

/// The coverage matrix: for each region, items per theme (explicitly tied to the region).
pub(crate) struct Coverage<'a> {
    /// Columns: (programme, theme code, theme name).
    pub(crate) themes: Vec<(String, String, String)>,
    /// Per column, the county of its programme: `None` for a programme with no county.
    pub(crate) counties: Vec<Option<&'a str>>,
    pub(crate) rows: Vec<(&'a Region, Vec<usize>)>,
}

impl Coverage<'_> {
    /// Whether a column's theme can apply in `region`: its programme covers the region's
    /// county, or names no county (then every region counts).
    pub(crate) fn applies(&self, region: &Region, column: usize) -> bool {
        self.counties[column].is_none_or(|c| c == region.county)
    }

    /// The programmes that name no county, whose columns count in every region.
    pub(crate) fn without_county(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .themes
            .iter()
            .zip(&self.counties)
            .filter(|(_, county)| county.is_none())
            .map(|((p, _, _), _)| p.as_str())
            .collect();
        ids.dedup();
        ids
    }
}

/// Every programme's themes when `programmes` is empty, else those programmes' themes.
pub(crate) fn coverage<'a>(repo: &'a Repository, programmes: &[String]) -> Coverage<'a> {
    let chosen: Vec<&Programme> = repo
        .programmes
        .values()
        .filter(|p| programmes.is_empty() || programmes.contains(&p.id.value))
        .collect();
    let (themes, counties): (Vec<_>, Vec<_>) = chosen
        .iter()
        .flat_map(|p| {
            p.themes.iter().map(move |t| {
                let column = (p.id.value.clone(), t.code.clone(), t.name.clone());
                (column, p.county.as_deref())
            })
        })
        .unzip();
    // A report covers every programme at once: a lookup, not a scan of the columns, per item.
    let mut columns: HashMap<(&str, &str), usize> = HashMap::new();
    for (column, (p, code, _)) in themes.iter().enumerate() {
        columns.entry((p.as_str(), code.as_str())).or_insert(column);
    }
    let per_region = items_per_region(repo);
    let rows = regions_sorted(repo)
        .into_par_iter()
        .map(|region| {
            let mut counts = vec![0; themes.len()];
            for &ix in per_region.get(region.id.as_str()).into_iter().flatten() {
                let item = &repo.items[ix];
                let key = (item.programme.value.as_str(), item.theme.value.as_str());
                if let Some(&column) = columns.get(&key) {
                    counts[column] += 1;
                }
            }
            (region, counts)
        })
        .collect();
    Coverage {
        themes,
        counties,
        rows,
    }
}

/// The update that sets `item`'s status now, if it is dated after `date`: an update or
/// removal dated `date` is then history, and the status stays.
pub(crate) fn later_status_update(item: &Item, date: Date) -> Option<&Update> {
    item.updates
        .iter()
        .filter(|u| u.status.is_some())
        .max_by(|a, b| a.date.value.chronological(&b.date.value))
        .filter(|u| u.date.value.chronological(&date).is_gt())
}

/// The day `age` before `today`, as (year, month, day); an age reaching back past the year 1
/// is refused.
pub(crate) fn days_before(today: Date, age: Age) -> Result<(u16, u8, u8), String> {
    let too_long = || crate::t!("error-age-too-long", age = age.to_string());
    let n = i64::from(age.amount);
    let (y, m, d) = today.earliest();
    let days = match age.unit {
        AgeUnit::Days => n,
        AgeUnit::Weeks => n * 7,
        AgeUnit::Months => {
            let months = i64::from(y) * 12 + i64::from(m) - 1 - n;
            if months < 12 {
                return Err(too_long());
            }
            let (year, month) = (months.div_euclid(12), months.rem_euclid(12) + 1);
            // At least a year and at most today's: both fit.
            let year = u16::try_from(year).expect("a year from 1 to today's");
            let month = u8::try_from(month).expect("a month");
            return Ok((year, month, d.min(28)));
        }
        AgeUnit::Years => {
            let year = u16::try_from(i64::from(y) - n.min(i64::from(y)))
                .ok()
                .filter(|&year| year >= 1)
                .ok_or_else(too_long)?;
            return Ok((year, m, d.min(28)));
        }
    };
    let start = days_from_civil(y, m, d)
        .checked_sub(days)
        .filter(|&start| start >= days_from_civil(1, 1, 1))
        .ok_or_else(too_long)?;
    Ok(civil_from_days(start))
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub(crate) fn days_from_civil(y: u16, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
pub(crate) fn civil_from_days(z: i64) -> (u16, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = u8::try_from(doy - (153 * mp + 2) / 5 + 1).expect("a day of the month");
    let m = u8::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).expect("a month");
    let y = yoe + era * 400 + i64::from(m <= 2);
    (u16::try_from(y).expect("a year from 0 to 65535"), m, d)
}

/// The next free id for a new item of `programme` in `theme`: one past the highest number
/// (K12 after K11) where the programme numbers its items, else a slug of the title made
/// unique with `-2`, `-3`, …. No item may have it (in any case), and `free` must allow it.
pub(crate) fn next_item_id(
    repo: &Repository,
    programme: &Programme,
    theme: &str,
    title: &str,
    free: impl Fn(&str) -> bool,
) -> String {
    let pid = &programme.id.value;
    let ids: Vec<&str> = repo
        .items
        .iter()
        .filter(|i| &i.programme.value == pid)
        .map(|i| i.id.value.as_str())
        .collect();
    let numbered = theme.bytes().all(|b| b.is_ascii_alphabetic())
        && (ids.is_empty() || ids.iter().any(|id| numbered_id(id).is_some()));
    let free = |id: &str| !ids.iter().any(|taken| taken.eq_ignore_ascii_case(id)) && free(id);
    if numbered {
        let highest = ids
            .iter()
            .filter_map(|id| numbered_id(id))
            .filter(|(prefix, _)| *prefix == theme)
            .map(|(_, n)| n)
            .max()
            .unwrap_or(0);
        return (highest + 1..)
            .map(|n| format!("{theme}{n}"))
            .find(|id| free(id))
            .expect("some number is free");
    }
    unique_slug(&slug_of(title), free)
}

/// A slug of a title or name, at most 60 characters, cut between words.
pub(crate) fn slug_of(text: &str) -> String {
    let mut slug = fold(text);
    if slug.len() > 60 {
        let cut = slug[..=60].rfind('-').unwrap_or(60);
        slug.truncate(cut);
    }
    if slug.is_empty() { "new".into() } else { slug }
}

/// `base`, or `base-2`, `base-3`, … : the first that `free` allows.
pub(crate) fn unique_slug(base: &str, free: impl Fn(&str) -> bool) -> String {
    std::iter::once(base.to_string())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|id| free(id))
        .expect("some suffix is free")
}

/// What a link graph shows: these items, the links among them, and their documents.
pub(crate) struct GraphView {
    pub(crate) items: Vec<ItemIx>,
    pub(crate) edges: Vec<(ItemIx, ItemIx)>,
    pub(crate) documents: Vec<(ItemIx, String)>,
}

impl GraphView {
    pub(crate) fn new(repo: &Repository, items: Vec<ItemIx>) -> Self {
        // A flag per item of the repository: a programme may hold most of 100,000 items.
        let mut inside = vec![false; repo.items.len()];
        for &ix in &items {
            inside[ix] = true;
        }
        let mut edges: Vec<(ItemIx, ItemIx)> = Vec::new();
        let mut documents = Vec::new();
        for &from in &items {
            let own = edges.len();
            for &to in &repo.links_out[from] {
                // An item links to a handful of others: its edges so far are the ones to skip.
                if inside[to] && !edges[own..].iter().any(|&(_, seen)| seen == to) {
                    edges.push((from, to));
                }
            }
            for d in &repo.items[from].documents {
                documents.push((from, d.value.clone()));
            }
        }
        GraphView {
            items,
            edges,
            documents,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_cut_between_words() {
        assert_eq!(
            slug_of("Berekraftfylket Møre og Romsdal"),
            "berekraftfylket-more-og-romsdal"
        );
        let long = slug_of(&"ordet ".repeat(20));
        assert!(long.len() <= 60 && !long.ends_with('-'), "{long}");
        assert_eq!(slug_of("–"), "new");
    }

    #[test]
    fn taken_slugs_get_a_number() {
        let taken = ["digi-mr", "digi-mr-2"];
        assert_eq!(
            unique_slug("digi-mr", |id| !taken.contains(&id)),
            "digi-mr-3"
        );
        assert_eq!(unique_slug("ny", |id| !taken.contains(&id)), "ny");
    }

    #[test]
    fn ages_count_back_from_today() {
        let today = Date::parse("2026-11-23").unwrap();
        let days_before = |today, age| Age::parse(age).and_then(|age| days_before(today, age));
        assert_eq!(days_before(today, "6m"), Ok((2026, 5, 23)));
        assert_eq!(days_before(today, "12m"), Ok((2025, 11, 23)));
        assert_eq!(days_before(today, "30d"), Ok((2026, 10, 24)));
        assert_eq!(days_before(today, "1y"), Ok((2025, 11, 23)));
        assert!(days_before(today, "soon").is_err());
        assert!(days_before(today, "d").is_err());
        for huge in [
            "2000000000000000000w",
            "99999999999999999999d",
            "3000y",
            "30000m",
            "800000d",
        ] {
            let error = days_before(today, huge).unwrap_err();
            assert!(error.contains("before the year 1"), "{huge}: {error}");
        }
    }

    #[test]
    fn civil_dates_round_trip() {
        for days in [-1000, 0, 19_000, 20_415] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
    }
}
