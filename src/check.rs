//! Validation passes over the indexed repository: identity (file names, duplicate ids),
//! item structure (theme, level, id shape), link integrity, references to bodies, regions,
//! municipalities and documents, and consistency of status history. Each pass only
//! produces [`Diagnostic`]s; `validate` collects and sorts them.

use std::collections::{HashMap, HashSet};

use crate::diagnostic::{self, Code, Diagnostic, did_you_mean};
use crate::format::EntityKind;
use crate::index::{NameOwner, RefKind, Repository, split_ref};
use crate::model::*;
use crate::t;
use rayon::prelude::*;

/// Runs every check. The result is sorted and free of repeats.
pub(crate) fn validate(repo: &Repository, mut found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut out = Checker {
        repo,
        out: &mut found,
    };
    out.file_names();
    out.programmes();
    // Items are checked in parallel; results are gathered in item order, so the findings
    // are the same as checking them one by one.
    let per_item: Vec<Diagnostic> = repo
        .items
        .par_iter()
        .flat_map_iter(|item| {
            let mut found = Vec::new();
            Checker {
                repo,
                out: &mut found,
            }
            .item(item);
            found
        })
        .collect();
    out.out.extend(per_item);
    out.reference_entities();
    out.ambiguous_names();
    municipality_names_for_numbers(repo, &mut found);
    diagnostic::sort(&mut found);
    found
}

struct Checker<'a> {
    repo: &'a Repository,
    out: &'a mut Vec<Diagnostic>,
}

/// The file name without `.yaml`, and the name of the folder above it.
fn stem_and_parent(path: &str) -> (&str, &str) {
    let mut parts = path.rsplit('/');
    let stem = parts.next().unwrap_or("").trim_end_matches(".yaml");
    (stem, parts.next().unwrap_or(""))
}

impl<'a> Checker<'a> {
    fn push(&mut self, code: Code, path: &str, pos: Pos, message: String, help: Option<String>) {
        self.out
            .push(Diagnostic::new(code, path, pos, message).with_help_opt(help));
    }

    fn file_names(&mut self) {
        let repo = self.repo;
        let mut named: Vec<(&str, &Spanned<String>)> = Vec::new();
        named.extend(repo.bodies.values().map(|e| (e.path.as_str(), &e.id)));
        named.extend(repo.regions.values().map(|e| (e.path.as_str(), &e.id)));
        named.extend(repo.documents.values().map(|e| (e.path.as_str(), &e.id)));
        named.extend(
            repo.municipalities
                .values()
                .map(|e| (e.path.as_str(), &e.number)),
        );
        named.extend(repo.items.iter().map(|e| (e.path.as_str(), &e.id)));
        for (path, id) in named {
            let (stem, _) = stem_and_parent(path);
            if stem != id.value {
                self.push(
                    Code::FileNameMismatch,
                    path,
                    id.pos,
                    t!("finding-file-name", id = id.as_str(), stem = stem),
                    Some(t!("finding-file-name-help", id = id.as_str(), stem = stem)),
                );
            }
        }
        for programme in repo.programmes.values() {
            let (_, folder) = stem_and_parent(&programme.path);
            if folder != programme.id.value {
                self.push(
                    Code::FileNameMismatch,
                    &programme.path,
                    programme.id.pos,
                    t!(
                        "finding-folder-name",
                        id = programme.id.as_str(),
                        folder = folder
                    ),
                    Some(t!(
                        "finding-folder-name-help",
                        id = programme.id.as_str(),
                        folder = folder
                    )),
                );
            }
        }
    }

    fn programmes(&mut self) {
        for p in self.repo.programmes.values() {
            self.body_ref(&p.path, &p.owner);
            for d in &p.decisions {
                self.body_ref(&p.path, &d.body);
            }
            self.people_and_funding(&p.path, &p.people, &p.funding);
            self.funding_totals(p);
        }
    }

    /// Reports a currency whose amounts, over a programme's items, add up past what a
    /// total can hold: reports sum them, and a wrapped sum would show a negative total.
    fn funding_totals(&mut self, programme: &Programme) {
        let mut totals: HashMap<&str, i64> = HashMap::new();
        for item in self.repo.items_of(&programme.id.value) {
            for f in &item.funding {
                let total = totals.entry(f.currency.as_str()).or_default();
                match total.checked_add(f.amount) {
                    Some(sum) => *total = sum,
                    None => {
                        self.push(
                            Code::FundingOverflow,
                            &item.path,
                            item.id.pos,
                            t!(
                                "finding-funding-overflow",
                                currency = f.currency.as_str(),
                                max = i64::MAX.to_string(),
                                programme = programme.id.as_str()
                            ),
                            Some(t!("finding-funding-overflow-help")),
                        );
                        return;
                    }
                }
            }
        }
    }

    fn item(&mut self, item: &Item) {
        let Some(programme) = self.item_programme(item) else {
            return;
        };
        self.theme_and_level(item, programme);
        self.links(item);
        self.repeated_values(item);
        self.item_bodies(item);
        self.item_documents(item);
        self.item_places(item);
        self.people_and_funding(&item.path, &item.people, &item.funding);
        self.updates(item);
        self.indicators(item);
    }

    /// The programme of the folder an item sits in, which its `programme` must name; `None`
    /// (reported unless the programme's own file failed to load) when there is none.
    fn item_programme(&mut self, item: &Item) -> Option<&'a Programme> {
        let repo = self.repo;
        let path = item.path.as_str();
        let (_, items_folder) = stem_and_parent(path);
        let folder = path.rsplit('/').nth(2).unwrap_or("");
        if items_folder == "items"
            && folder != item.programme.value
            && !item.programme.value.is_empty()
        {
            self.push(
                Code::ProgrammeMismatch,
                path,
                item.programme.pos,
                t!(
                    "finding-programme-mismatch",
                    programme = item.programme.as_str(),
                    folder = folder
                ),
                Some(t!("finding-programme-mismatch-help", folder = folder)),
            );
        }
        let programme = repo.programmes.get(folder);
        if programme.is_none() && !repo.failed_to_load(EntityKind::Programme, "", folder) {
            self.push(
                Code::MissingProgramme,
                path,
                item.id.pos,
                t!("finding-missing-programme", folder = folder),
                Some(t!("finding-missing-programme-help", folder = folder)),
            );
        }
        programme
    }

    /// The same value twice in one of an item's lists.
    fn repeated_values(&mut self, item: &Item) {
        for (field, list) in [
            ("responsible", &item.responsible),
            ("partners", &item.partners),
            ("links", &item.links),
            ("documents", &item.documents),
            ("regions", &item.regions),
            ("municipalities", &item.municipalities),
        ] {
            self.duplicates(&item.path, field, list);
        }
    }

    /// Responsible bodies and partners exist, and none is both.
    fn item_bodies(&mut self, item: &Item) {
        let path = item.path.as_str();
        for body in item.responsible.iter().chain(&item.partners) {
            self.body_ref(path, body);
        }
        let responsible: HashSet<&str> = item.responsible.iter().map(Spanned::as_str).collect();
        for partner in item
            .partners
            .iter()
            .filter(|p| responsible.contains(p.as_str()))
        {
            self.push(
                Code::ResponsibleAlsoPartner,
                path,
                partner.pos,
                t!("finding-responsible-also-partner", body = partner.as_str()),
                Some(t!("finding-responsible-also-partner-help")),
            );
        }
    }

    fn item_documents(&mut self, item: &Item) {
        let repo = self.repo;
        for document in &item.documents {
            if !repo.documents.contains_key(&document.value)
                && !repo.failed_to_load(EntityKind::Document, "", &document.value)
            {
                let help = reference_help(repo, RefKind::Document, &document.value);
                self.push(
                    Code::UnknownDocument,
                    &item.path,
                    document.pos,
                    t!("finding-unknown-document", id = document.as_str()),
                    help,
                );
            }
        }
    }

    /// Regions and municipalities an item acts in or mentions, its places' included, exist.
    fn item_places(&mut self, item: &Item) {
        let path = item.path.as_str();
        for region in item.regions.iter().chain(&item.mentions().regions) {
            self.region_ref(path, region);
        }
        for m in item
            .municipalities
            .iter()
            .chain(item.places.iter().map(|p| &p.municipality))
            .chain(&item.mentions().municipalities)
            .chain(item.mentions().places.iter().map(|p| &p.municipality))
        {
            self.municipality_ref(path, m);
        }
    }

    fn indicators(&mut self, item: &Item) {
        let path = item.path.as_str();
        for indicator in &item.indicators {
            let target = &indicator.target.date;
            if let Some(baseline) = &indicator.baseline
                && target.value.latest() <= baseline.date.value.latest()
            {
                self.push(
                    Code::TargetBeforeBaseline,
                    path,
                    target.pos,
                    format!(
                        "the target of `{}` is dated {}, not after its baseline ({})",
                        indicator.name, target.value, baseline.date.value
                    ),
                    Some("date the target by when it is to be reached".into()),
                );
            }
            for pair in indicator.measurements.windows(2) {
                let (before, after) = (&pair[0].date, &pair[1].date);
                if after.value.chronological(&before.value).is_lt() {
                    self.push(
                        Code::MeasurementsOutOfOrder,
                        path,
                        after.pos,
                        format!(
                            "measurement dated {} comes after one dated {}",
                            after.value, before.value
                        ),
                        Some("list measurements oldest first".into()),
                    );
                }
            }
        }
    }

    fn theme_and_level(&mut self, item: &Item, programme: &Programme) {
        let path = item.path.as_str();
        let theme = &item.theme;
        if !theme.value.is_empty() && programme.theme(&theme.value).is_none() {
            let codes: Vec<&str> = programme.themes.iter().map(|t| t.code.as_str()).collect();
            self.push(
                Code::UnknownTheme,
                path,
                theme.pos,
                t!(
                    "finding-unknown-theme",
                    programme = programme.id.as_str(),
                    theme = theme.as_str()
                ),
                Some(t!("finding-unknown-theme-help", themes = codes.join(", "))),
            );
        } else if let Some((prefix, _)) = numbered_id(&item.id.value)
            && prefix != theme.value
            && programme.themes.iter().any(|t| t.code == prefix)
        {
            self.push(
                Code::IdThemeMismatch,
                path,
                item.id.pos,
                t!(
                    "finding-id-theme-mismatch",
                    id = item.id.as_str(),
                    prefix = prefix,
                    theme = theme.as_str()
                ),
                Some(t!(
                    "finding-id-theme-mismatch-help",
                    prefix = prefix,
                    theme = theme.as_str()
                )),
            );
        }
        let allowed: Vec<&str> = programme.levels.iter().map(|l| l.id.as_str()).collect();
        match &item.level {
            Some(level)
                if !programme.levels.is_empty() && !allowed.contains(&level.value.as_str()) =>
            {
                self.push(
                    Code::UnknownLevel,
                    path,
                    level.pos,
                    t!(
                        "finding-unknown-level",
                        programme = programme.id.as_str(),
                        level = level.value.as_str()
                    ),
                    Some(t!(
                        "finding-unknown-level-help",
                        levels = allowed.join(", ")
                    )),
                )
            }
            None if !programme.levels.is_empty() => self.push(
                Code::MissingField,
                path,
                item.id.pos,
                t!("finding-missing-level"),
                Some(t!(
                    "finding-missing-level-help",
                    levels = allowed.join(", ")
                )),
            ),
            _ => {}
        }
    }

    fn links(&mut self, item: &Item) {
        let repo = self.repo;
        let path = item.path.as_str();
        for link in &item.links {
            let (programme, id) = split_ref(&link.value, &item.programme.value);
            if programme == item.programme.value && id == item.id.value {
                self.push(
                    Code::SelfLink,
                    path,
                    link.pos,
                    t!("finding-self-link", id = item.id.as_str()),
                    Some(t!("finding-self-link-help")),
                );
                continue;
            }
            match repo.item(programme, id) {
                Some(target) if repo.items[target].is_removed() => self.push(
                    Code::LinkToRemoved,
                    path,
                    link.pos,
                    t!("finding-link-to-removed", link = link.as_str()),
                    Some(t!("finding-link-to-removed-help")),
                ),
                Some(_) => {}
                // Its file has a finding of its own; a suggestion would point elsewhere.
                None if repo.failed_to_load(EntityKind::Item, programme, id) => {}
                None => {
                    let help = if !repo.programmes.contains_key(programme) {
                        let none = t!("finding-no-programme", programme = programme);
                        did_you_mean(programme, repo.programmes.keys().map(String::as_str))
                            .map(|d| format!("{none}; {d}"))
                            .or(Some(none))
                    } else {
                        repo.suggest_item(programme, id).map(|c| {
                            let shown = if programme == item.programme.value {
                                c.to_string()
                            } else {
                                format!("{programme}:{c}")
                            };
                            t!("error-did-you-mean", suggestion = shown)
                        })
                    };
                    self.push(
                        Code::BrokenLink,
                        path,
                        link.pos,
                        t!("finding-broken-link", link = link.as_str()),
                        help,
                    );
                }
            }
        }
    }

    fn updates(&mut self, item: &Item) {
        let path = item.path.as_str();
        for by in item.updates.iter().filter_map(|u| u.by.as_ref()) {
            self.body_ref(path, by);
        }
        for pair in item.updates.windows(2) {
            if pair[1]
                .date
                .value
                .chronological(&pair[0].date.value)
                .is_lt()
            {
                self.push(
                    Code::UpdatesOutOfOrder,
                    path,
                    pair[1].date.pos,
                    t!(
                        "finding-updates-out-of-order",
                        date = pair[1].date.value.to_string(),
                        previous = pair[0].date.value.to_string()
                    ),
                    Some(t!("finding-updates-out-of-order-help")),
                );
            }
        }
        // `status` is what the source said when the item was written down; later updates may
        // move past it (that is how `plan update` records progress). Only a `status` ahead of
        // every update is suspect: someone changed the field without recording why. When an
        // update could not be read, its finding says so, and the updates left are no measure.
        if let (Some(status), Some(latest)) = (&item.status, item.latest_update_status())
            && status.value > latest
            && !item.updates_unread
        {
            self.push(
                Code::StatusMismatch,
                path,
                status.pos,
                t!(
                    "finding-status-mismatch",
                    status = status.value.as_str(),
                    latest = latest.as_str()
                ),
                Some(t!("finding-status-mismatch-help", latest = latest.as_str())),
            );
        }
    }

    fn people_and_funding(&mut self, path: &str, people: &[Person], funding: &[Funding]) {
        for body in people
            .iter()
            .filter_map(|p| p.body.as_ref())
            .chain(funding.iter().filter_map(|f| f.from.as_ref()))
            .chain(
                funding
                    .iter()
                    .flat_map(|f| &f.of_which)
                    .filter_map(|s| s.from.as_ref()),
            )
        {
            self.body_ref(path, body);
        }
    }

    fn reference_entities(&mut self) {
        let repo = self.repo;
        for body in repo.bodies.values() {
            if let Some(m) = &body.municipality {
                self.municipality_ref(&body.path, m);
            }
            self.duplicate_texts(&body.path, body.id.pos, "aliases", &body.aliases);
            if let Some(parent) = &body.part_of {
                self.body_ref(&body.path, parent);
            }
            if let Some(region) = &body.acts_for {
                self.region_ref(&body.path, region);
            }
        }
        self.part_of_cycles();
        for region in repo.regions.values() {
            self.duplicates(&region.path, "municipalities", &region.municipalities);
            for m in &region.municipalities {
                self.municipality_ref(&region.path, m);
            }
            if let Some(council) = &region.council {
                self.body_ref(&region.path, council);
            }
        }
        for document in repo.documents.values() {
            if let Some(owner) = &document.owner {
                self.body_ref(&document.path, owner);
            }
        }
    }

    /// Bodies whose `part_of` chain leads back to themselves; reported once per cycle, on
    /// the body with the smallest id in it.
    fn part_of_cycles(&mut self) {
        let repo = self.repo;
        for body in repo.bodies.values() {
            let mut chain = vec![body.id.as_str()];
            let mut current = body;
            while let Some(parent) = current
                .part_of
                .as_ref()
                .and_then(|p| repo.bodies.get(&p.value))
            {
                if parent.id.value == body.id.value {
                    break;
                }
                if chain.contains(&parent.id.as_str()) {
                    chain.clear();
                    break;
                }
                chain.push(parent.id.as_str());
                current = parent;
            }
            let closes = current
                .part_of
                .as_ref()
                .is_some_and(|p| p.value == body.id.value);
            if !closes || chain.iter().any(|id| *id < body.id.as_str()) {
                continue;
            }
            let pos = body.part_of.as_ref().map_or(body.id.pos, |p| p.pos);
            chain.push(body.id.as_str());
            self.push(
                Code::PartOfCycle,
                &body.path,
                pos,
                t!("finding-part-of-cycle", chain = chain.join(" → ")),
                Some(t!("finding-part-of-cycle-help")),
            );
        }
    }

    fn ambiguous_names(&mut self) {
        let repo = self.repo;
        for (kind, name, ids) in repo.ambiguous_names() {
            // Reported on every owner after the first, where the duplicate was introduced.
            for id in ids.iter().skip(1) {
                let (path, pos) = match kind {
                    NameOwner::Body => repo.bodies.get(id).map(|b| (b.path.as_str(), b.id.pos)),
                    NameOwner::Region => repo.regions.get(id).map(|r| (r.path.as_str(), r.id.pos)),
                }
                .unwrap_or(("", Pos::default()));
                let first = ids.iter().next().map_or("", String::as_str);
                self.push(
                    Code::AmbiguousName,
                    path,
                    pos,
                    t!(
                        "finding-ambiguous-name",
                        name = name.as_str(),
                        kind = kind.name(),
                        first = first,
                        id = id.as_str()
                    ),
                    Some(t!("finding-ambiguous-name-help")),
                );
            }
        }
    }

    fn duplicates(&mut self, path: &str, field: &str, list: &[Spanned<String>]) {
        let mut seen: HashMap<&str, Pos> = HashMap::new();
        for value in list {
            if let Some(first) = seen.get(value.as_str()) {
                self.push(
                    Code::DuplicateValue,
                    path,
                    value.pos,
                    t!(
                        "finding-listed-twice-at",
                        value = value.as_str(),
                        field = field,
                        line = first.line
                    ),
                    Some(t!("finding-listed-twice-help")),
                );
            } else {
                seen.insert(value.as_str(), value.pos);
            }
        }
    }

    fn duplicate_texts(&mut self, path: &str, pos: Pos, field: &str, list: &[String]) {
        let mut seen = HashSet::new();
        for value in list {
            if !seen.insert(value) {
                self.push(
                    Code::DuplicateValue,
                    path,
                    pos,
                    t!(
                        "finding-listed-twice",
                        value = value.as_str(),
                        field = field
                    ),
                    None,
                );
            }
        }
    }

    fn body_ref(&mut self, path: &str, body: &Spanned<String>) {
        let repo = self.repo;
        if body.value.is_empty()
            || repo.bodies.contains_key(&body.value)
            || repo.failed_to_load(EntityKind::Body, "", &body.value)
        {
            return;
        }
        let help = reference_help(repo, RefKind::Body, &body.value)
            .or_else(|| Some(t!("finding-unknown-body-help", id = body.as_str())));
        self.push(
            Code::UnknownBody,
            path,
            body.pos,
            t!("finding-unknown-body", id = body.as_str()),
            help,
        );
    }

    fn region_ref(&mut self, path: &str, region: &Spanned<String>) {
        let repo = self.repo;
        if repo.regions.contains_key(&region.value)
            || repo.failed_to_load(EntityKind::Region, "", &region.value)
        {
            return;
        }
        let help = reference_help(repo, RefKind::Region, &region.value);
        self.push(
            Code::UnknownRegion,
            path,
            region.pos,
            t!("finding-unknown-region", id = region.as_str()),
            help,
        );
    }

    fn municipality_ref(&mut self, path: &str, number: &Spanned<String>) {
        let repo = self.repo;
        if repo.municipalities.contains_key(&number.value)
            || repo.failed_to_load(EntityKind::Municipality, "", &number.value)
        {
            return;
        }
        let help = Some(t!(
            "finding-unknown-municipality-help",
            id = number.as_str()
        ));
        self.push(
            Code::UnknownMunicipality,
            path,
            number.pos,
            t!("finding-unknown-municipality", id = number.as_str()),
            help,
        );
    }
}

/// A municipality written by name where its number belongs (`Hamar`): the help gives the
/// number ("did you mean `3403` (Hamar)?") instead of only the shape of one.
fn municipality_names_for_numbers(repo: &Repository, found: &mut [Diagnostic]) {
    for finding in found {
        let Some(text) = finding.municipality_text.as_deref() else {
            continue;
        };
        let named = repo.municipality_ids_named(text.trim());
        if let Some(number) = named.and_then(|numbers| numbers.iter().next()) {
            let name = repo.municipality_name(number);
            finding.help = Some(t!(
                "finding-did-you-mean-named",
                id = number.as_str(),
                name = name
            ));
        }
    }
}

/// The help for a reference to a body, region or document that is no id: "did you mean `x`
/// (Name)?" when it is the name or alias of one, else the id closest to it.
fn reference_help(repo: &Repository, kind: RefKind, wanted: &str) -> Option<String> {
    let named = match kind {
        RefKind::Body => repo
            .body_ids_named(wanted)
            .and_then(|ids| ids.iter().next())
            .map(|id| (id, repo.body_name(id))),
        RefKind::Region => repo
            .region_ids_named(wanted)
            .and_then(|ids| ids.iter().next())
            .map(|id| (id, repo.region_name(id))),
        RefKind::Document => None,
    };
    match named {
        Some((id, name)) => Some(t!(
            "finding-did-you-mean-named",
            id = id.as_str(),
            name = name
        )),
        None => repo
            .suggest_id(kind, wanted)
            .map(|id| t!("error-did-you-mean", suggestion = id)),
    }
}
