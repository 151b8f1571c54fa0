//! `plan set ID FIELD VALUE…`: sets a field of an item, or with `--add`/`--remove` changes
//! one member of a list field. Names are resolved as `plan list` resolves them (bodies,
//! regions and municipalities by name, with "did you mean").

use std::io::Write;

use anyhow::{Result, bail};

use crate::cli::change::{self, ChangeArgs};
use crate::cli::settings::Settings;
use crate::edit::scalar;
use crate::index::Repository;
use crate::model::{Item, Language, Place, Programme, Spanned, Status, Term, Word};
use crate::query;
use crate::render::template::Yaml;
use crate::text::fold;
use crate::yaml::{Node, Value};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Links and documents: `plan link ID TARGET…`, `plan unlink ID TARGET…`.\n\
    Sources, funding, people and notes are edited by hand in the item's file.\n\
    A value that starts with `-` goes after `--`, and every option before it:\n  \
    plan set K3 goals --add --dry-run -- \"- flere lærlinger\""
)]
pub(crate) struct Args {
    /// Item id: `K3`, or `programme:ID` where programmes share ids.
    pub(crate) id: String,
    /// The field to set: its key, or its name in bokmål or nynorsk (`partnere`).
    #[arg(value_parser = crate::cli::words::FieldParser)]
    pub(crate) field: Typed,
    /// The value, or several for a list field; for `priority` the term and the wording,
    /// for `period` the start and end dates; a place is `NAME[, MUNICIPALITY[, KIND]]`.
    #[arg(required = true)]
    pub(crate) values: Vec<String>,
    /// Add the value to a list field instead of replacing the list.
    #[arg(long, conflicts_with = "remove")]
    pub(crate) add: bool,
    /// Remove the value from a list field.
    #[arg(long)]
    pub(crate) remove: bool,
    #[command(flatten)]
    pub(crate) change: ChangeArgs,
}

/// FIELD as the user typed it: the field, and the word messages name it by.
#[derive(Debug, Clone)]
pub(crate) struct Typed {
    pub(crate) field: Field,
    /// What the user typed (`tittel`, `period.start`): people recognise their own word.
    pub(crate) word: String,
}

impl Typed {
    /// The name of `other` in the language of the word typed (`periode` after
    /// `periode.slutt`), or its key after a key.
    fn sibling(&self, other: Field) -> String {
        let typed = fold(&self.word);
        let named_in = |&l: &Language| {
            fold(&self.field.name(l)) == typed || fold(&self.field.label_in(l)) == typed
        };
        match Language::ALL.iter().find(|l| named_in(l)) {
            Some(&language) if typed != self.field.key() => other.name(language),
            _ => other.key().to_string(),
        }
    }
}

/// A field `plan set` changes, named by its key (`partners`, `period.start`) or its name in
/// bokmål or nynorsk (`partnere`, `partnarar`, `periode.slutt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Title,
    Description,
    Level,
    Priority,
    Status,
    Period,
    /// The start of the period alone.
    PeriodStart,
    /// The end of the period alone, once it is known.
    PeriodEnd,
    LinksNote,
    Responsible,
    Partners,
    Regions,
    Municipalities,
    /// Places where the item acts: `NAME[, MUNICIPALITY[, KIND]]`.
    Places,
    /// Regions the text only names.
    MentionsRegions,
    /// Municipalities the text only names.
    MentionsMunicipalities,
    /// Places the text only names: `NAME[, MUNICIPALITY[, KIND]]`.
    MentionsPlaces,
    Goals,
}

impl Field {
    const ALL: [Field; 18] = [
        Field::Title,
        Field::Description,
        Field::Level,
        Field::Priority,
        Field::Status,
        Field::Period,
        Field::PeriodStart,
        Field::PeriodEnd,
        Field::LinksNote,
        Field::Responsible,
        Field::Partners,
        Field::Regions,
        Field::Municipalities,
        Field::Places,
        Field::MentionsRegions,
        Field::MentionsMunicipalities,
        Field::MentionsPlaces,
        Field::Goals,
    ];

    /// The field's name as typed in `language`: `partnere`, `nemnde.stader`, `partners`.
    fn name(self, language: Language) -> String {
        // A Fluent select key cannot hold a `.`.
        let key = self.key().replace('.', "-");
        crate::tr!(language, "value-set-field", value = key)
    }

    /// What `plan set` offers for FIELD: the keys, then the names in `language` that differ.
    pub(crate) fn offered(language: Language) -> Vec<String> {
        let keys = Field::ALL.iter().map(|f| f.key().to_string());
        let names = Field::ALL
            .iter()
            .map(|f| f.name(language))
            .filter(|name| !Field::ALL.iter().any(|f| f.key() == name));
        keys.chain(names).collect()
    }

    /// Every form that names a field, folded: its key, its name and its label in each
    /// language (`samarbeidspartnere`, `periodens slutt`), and `links-note`.
    fn forms() -> impl Iterator<Item = (String, Field)> {
        Field::ALL.iter().flat_map(|&field| {
            let named = Language::ALL
                .iter()
                .flat_map(move |&l| [field.name(l), field.label_in(l)]);
            std::iter::once(field.key().to_string())
                .chain(named)
                .map(move |form| (fold(&form), field))
        })
    }

    /// The field `given` names in any language, ignoring case and diacritics.
    pub(crate) fn named(given: &str) -> Option<Field> {
        let wanted = fold(given);
        Field::forms()
            .find(|(form, _)| *form == wanted)
            .map(|(_, f)| f)
    }

    /// Why `given` names no field, with the nearest name and the names of the run's language.
    pub(crate) fn unknown(given: &str) -> String {
        let language = crate::i18n::current();
        let names: Vec<String> = Field::ALL.iter().map(|f| f.name(language)).collect();
        let forms: Vec<(String, Field)> = Field::forms().collect();
        let suggestion =
            crate::diagnostic::closest(&fold(given), forms.iter().map(|(f, _)| f.as_str()))
                .and_then(|near| forms.iter().find(|(f, _)| f == near))
                .map(|(_, field)| {
                    format!(
                        "; {}",
                        crate::t!("error-did-you-mean", suggestion = field.name(language))
                    )
                })
                .unwrap_or_default();
        let fields = names.join(", ");
        format!(
            "{}{suggestion}",
            crate::t!("set-unknown-field", given = given, fields = fields)
        )
    }

    fn key(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Description => "description",
            Field::Level => "level",
            Field::Priority => "priority",
            Field::Status => "status",
            Field::Period => "period",
            Field::PeriodStart => "period.start",
            Field::PeriodEnd => "period.end",
            Field::LinksNote => "links_note",
            Field::Responsible => "responsible",
            Field::Partners => "partners",
            Field::Regions => "regions",
            Field::Municipalities => "municipalities",
            Field::Places => "places",
            Field::MentionsRegions => "mentions.regions",
            Field::MentionsMunicipalities => "mentions.municipalities",
            Field::MentionsPlaces => "mentions.places",
            Field::Goals => "goals",
        }
    }

    /// The field as people read it, in the language of the run: `nivå`, `samarbeidspartnere`.
    fn label(self) -> String {
        self.label_in(crate::i18n::current())
    }

    /// The field as people read it in `language`.
    fn label_in(self, language: Language) -> String {
        use crate::diff::Field as Shown;
        let shown = match self {
            Field::Title => Shown::Title,
            Field::Description => Shown::Description,
            Field::Level => Shown::Level,
            Field::Priority => Shown::Priority,
            Field::Status => Shown::Status,
            Field::Period => Shown::Period,
            Field::PeriodStart => return crate::tr!(language, "set-period-start"),
            Field::PeriodEnd => return crate::tr!(language, "set-period-end"),
            Field::LinksNote => Shown::LinksNote,
            Field::Responsible => Shown::Responsible,
            Field::Partners => Shown::Partners,
            Field::Regions => Shown::Regions,
            Field::Municipalities => Shown::Municipalities,
            Field::Places => Shown::Places,
            Field::MentionsRegions => Shown::MentionedRegions,
            Field::MentionsMunicipalities => Shown::MentionedMunicipalities,
            Field::MentionsPlaces => Shown::MentionedPlaces,
            Field::Goals => Shown::Goals,
        };
        crate::render::labels::Labels::of(language)
            .diff
            .field(shown)
    }

    fn is_list(self) -> bool {
        matches!(
            self,
            Field::Responsible
                | Field::Partners
                | Field::Regions
                | Field::Municipalities
                | Field::Places
                | Field::MentionsRegions
                | Field::MentionsMunicipalities
                | Field::MentionsPlaces
                | Field::Goals
        )
    }

    fn is_places(self) -> bool {
        matches!(self, Field::Places | Field::MentionsPlaces)
    }
}

pub(crate) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    let field = args.field.field;
    let key = field.key();
    if (args.add || args.remove) && !field.is_list() {
        bail!("{}", crate::t!("set-not-a-list", field = &args.field.word));
    }
    let mut open = change::open(settings)?;
    let ix = change::item(&open.ctx.repo, &args.id)?;
    let repo = &open.ctx.repo;
    let item = &repo.items[ix];
    let shown_id = repo.display_id(ix, None);
    refuse_status_behind_updates(item, field, &shown_id)?;
    let file = change::item_file(&open.changes, item).to_string();
    let order = change::item_order();
    let mut did;
    let mut none_responsible = false;
    if field.is_list() {
        let ListChange {
            add,
            remove,
            present,
        } = list_change(repo, item, args)?;
        let already = already_listed(repo, field, &present);
        if add.is_empty() && remove.is_empty() && !already.is_empty() {
            return change::unchanged(&open, &shown_id, already, &args.change, out);
        }
        did = describe(repo, field, &add, &remove);
        did.extend(already);
        none_responsible = field == Field::Responsible
            && add.is_empty()
            && current_members(item, field)
                .iter()
                .all(|m| remove.contains(m));
        // Added first: a list emptied on the way would be rewritten `[]` and lose its style.
        open.changes.edit(&file, |f| {
            for member in &add {
                f.push(key, &member.yaml, &order)?;
            }
            // Places are named as people write them; ids and numbers are resolved already.
            let same = |a: &str, b: &str| match field.is_places() {
                true => crate::text::fold(a) == crate::text::fold(b),
                false => a == b,
            };
            f.remove(key, |n| {
                member_name(n).is_some_and(|t| remove.iter().any(|r| same(r, t)))
            })?;
            Ok(())
        })?;
    } else {
        let value = single_value(repo, item, &args.field, &args.values, &shown_id)?;
        did = vec![crate::t!(
            "change-set",
            field = field.label(),
            value = worded(field, &value)
        )];
        open.changes.edit(&file, |f| f.set(key, &value, &order))?;
    }
    let status = change::finish(open, &shown_id, did, &args.change, out)?;
    if none_responsible && status == crate::cli::EXIT_OK {
        warn_none_responsible(&shown_id, out)?;
    }
    Ok(status)
}

/// An item may have no responsible body (when its source names none, and `plan validate`
/// accepts that), but removing the last one is easily a slip: said, on standard error, after
/// the summary.
fn warn_none_responsible(shown_id: &str, out: &mut dyn Write) -> Result<()> {
    // The summary first: both streams reach the same terminal.
    out.flush()?;
    eprintln!(
        "plan: {}: {}",
        crate::t!("validate-warning"),
        crate::t!("set-none-responsible", id = shown_id)
    );
    Ok(())
}

/// The latest update that sets a status wins over the `status` field, so setting the field
/// then would change nothing people see: the change belongs in a new update.
fn refuse_status_behind_updates(item: &Item, field: Field, shown_id: &str) -> Result<()> {
    if field == Field::Status && item.latest_update_status().is_some() {
        bail!("{}", crate::t!("set-status-has-updates", id = shown_id));
    }
    Ok(())
}

/// A member of a list field: what is written, and the name that tells members apart (a
/// place's name, else the member itself).
struct Member {
    yaml: Yaml,
    name: String,
}

/// A change to a list field: the members to add, the names of those to remove, and the
/// names of those `--add` gave that the list already has.
struct ListChange {
    add: Vec<Member>,
    remove: Vec<String>,
    present: Vec<String>,
}

/// What a list field's change does, from the values given.
fn list_change(repo: &Repository, item: &Item, args: &Args) -> Result<ListChange> {
    let current = current_members(item, args.field.field);
    if args.remove {
        let names = args.values.iter().map(|given| {
            if args.field.field.is_places() {
                Ok(place_parts(given).0.to_string())
            } else {
                list_member(repo, &args.field, given).map(|m| m.name)
            }
        });
        return Ok(ListChange {
            add: Vec::new(),
            remove: names.collect::<Result<_>>()?,
            present: Vec::new(),
        });
    }
    let members = args
        .values
        .iter()
        .map(|v| list_member(repo, &args.field, v))
        .collect::<Result<Vec<_>>>()?;
    let gone = match args.add {
        true => Vec::new(),
        false => current
            .iter()
            .filter(|c| !members.iter().any(|m| m.name == **c))
            .cloned()
            .collect(),
    };
    let (present, new): (Vec<Member>, Vec<Member>) =
        members.into_iter().partition(|m| current.contains(&m.name));
    Ok(ListChange {
        add: new,
        remove: gone,
        present: match args.add {
            true => present.into_iter().map(|m| m.name).collect(),
            false => Vec::new(),
        },
    })
}

/// "Innovasjon Norge Innlandet er allerede samarbeidspartner": why adding a member the list
/// has changes nothing (it may have been given by another of its names).
fn already_listed(repo: &Repository, field: Field, present: &[String]) -> Vec<String> {
    let label = field.label();
    present
        .iter()
        .map(|name| {
            crate::t!(
                "change-already-in",
                value = shown(repo, field, name),
                key = field.key(),
                field = label.as_str()
            )
        })
        .collect()
}

/// The name of a list member as written: the text, or a place's `name`.
fn member_name(node: &Node) -> Option<&str> {
    match &node.value {
        Value::Map(fields) => fields
            .iter()
            .find(|(k, _)| scalar(k) == Some("name"))
            .and_then(|(_, v)| scalar(v)),
        _ => scalar(node),
    }
}

fn describe(repo: &Repository, field: Field, add: &[Member], remove: &[String]) -> Vec<String> {
    // The key chooses the wording ("lagt til som samarbeidspartner"), the label names the
    // field where no role does.
    let (key, label) = (field.key(), field.label());
    let added = add.iter().map(|m| {
        let value = shown(repo, field, &m.name);
        crate::t!(
            "change-added-to",
            value = value,
            key = key,
            field = label.as_str()
        )
    });
    let removed = remove.iter().map(|r| {
        let value = shown(repo, field, r);
        crate::t!(
            "change-removed-from",
            value = value,
            key = key,
            field = label.as_str()
        )
    });
    added.chain(removed).collect()
}

/// A list member as people know it: a body or region by its name, a municipality by its name
/// and number, `Nord-Aurdal (3451)`, since the id or number alone is what was written but
/// not what was meant.
fn shown(repo: &Repository, field: Field, member: &str) -> String {
    let name = match field {
        Field::Responsible | Field::Partners => repo.bodies.get(member).map(|b| b.name.clone()),
        Field::Regions | Field::MentionsRegions => repo.regions.get(member).map(|r| r.name.clone()),
        Field::Municipalities | Field::MentionsMunicipalities => repo
            .municipalities
            .get(member)
            .map(|m| format!("{} ({member})", m.name)),
        _ => None,
    };
    name.unwrap_or_else(|| member.to_string())
}

/// A value set, as people read it: a status, level or priority term by its name in the
/// language of the run, a period as `2024–2027`, a text of several lines by its first (the
/// summary is one line).
fn worded(field: Field, value: &Yaml) -> String {
    fn name<W: crate::words::Named>(code: &str) -> String {
        crate::words::parse::<W>(code).map_or_else(
            || code.to_string(),
            |w| crate::words::name(crate::i18n::current(), w),
        )
    }
    let entry = |key: &str| match value {
        Yaml::Map(entries) => entries
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| worded(Field::Title, v))
            .unwrap_or_default(),
        _ => String::new(),
    };
    match (field, value) {
        (Field::Status, Yaml::Scalar(code)) => name::<Status>(code),
        (Field::Level, Yaml::Scalar(code)) => name::<crate::model::Level>(code),
        (Field::Priority, Yaml::Map(_)) => {
            format!("{}: {}", name::<Term>(&entry("term")), entry("text"))
        }
        (Field::Period, Yaml::Map(_)) => format!("{}–{}", entry("start"), entry("end")),
        (_, Yaml::Scalar(text) | Yaml::Text(text)) => match text.split_once('\n') {
            Some((first, _)) => format!("{first} …"),
            None => text.clone(),
        },
        (_, other) => crate::render::template::inline(other),
    }
}

fn current_members(item: &Item, field: Field) -> Vec<String> {
    let ids = |list: &[Spanned<String>]| list.iter().map(|s| s.value.clone()).collect();
    let names = |places: &[Place]| places.iter().map(|p| p.name.clone()).collect();
    match field {
        Field::Responsible => ids(&item.responsible),
        Field::Partners => ids(&item.partners),
        Field::Regions => ids(&item.regions),
        Field::Municipalities => ids(&item.municipalities),
        Field::Places => names(&item.places),
        Field::MentionsRegions => ids(&item.mentions().regions),
        Field::MentionsMunicipalities => ids(&item.mentions().municipalities),
        Field::MentionsPlaces => names(&item.mentions().places),
        Field::Goals => item.goals.clone(),
        _ => Vec::new(),
    }
}

/// One member of a list field, resolved from what the user typed.
fn list_member(repo: &Repository, typed: &Typed, given: &str) -> Result<Member> {
    let one = |what, ids| change::only(what, given, ids);
    let (yaml, name) = match typed.field {
        Field::Responsible | Field::Partners => {
            let id = one("bodies", query::resolve_body(repo, given)?)?;
            (Yaml::Scalar(id.clone()), id)
        }
        Field::Regions | Field::MentionsRegions => {
            let id = one("regions", query::resolve_region(repo, given)?)?;
            (Yaml::Scalar(id.clone()), id)
        }
        Field::Municipalities | Field::MentionsMunicipalities => {
            let number = one("municipalities", query::resolve_municipality(repo, given)?)?;
            (Yaml::Text(number.clone()), number)
        }
        Field::Places | Field::MentionsPlaces => return place(repo, given),
        _ => {
            if given.trim().is_empty() {
                bail!("{}", crate::t!("set-empty-member", field = &typed.word));
            }
            (Yaml::Text(given.to_string()), given.to_string())
        }
    };
    Ok(Member { yaml, name })
}

/// `NAME[, MUNICIPALITY[, KIND]]` split at its commas, trimmed.
fn place_parts(given: &str) -> (&str, Option<&str>, Option<&str>) {
    let mut parts = given.splitn(3, ',').map(str::trim);
    let name = parts.next().unwrap_or_default();
    (name, parts.next(), parts.next())
}

/// A place from `NAME[, MUNICIPALITY[, KIND]]`; without a municipality, the one the place
/// lies in where items already name it.
fn place(repo: &Repository, given: &str) -> Result<Member> {
    let (name, municipality, kind) = place_parts(given);
    if name.is_empty() {
        bail!("{}", crate::t!("set-place-needs-name"));
    }
    let number = match municipality {
        Some("") => bail!("{}", crate::t!("set-place-no-municipality", name = name)),
        Some(m) => change::only("municipalities", m, query::resolve_municipality(repo, m)?)?,
        None => match repo.place_municipalities(name) {
            Some(ids) if ids.len() == 1 => ids.iter().next().cloned().unwrap_or_default(),
            _ => bail!("{}", crate::t!("set-place-which-municipality", name = name)),
        },
    };
    let mut fields = vec![
        ("name", Yaml::Text(name.to_string())),
        ("municipality", Yaml::Text(number)),
    ];
    if let Some(kind) = kind.filter(|k| !k.is_empty()) {
        let kind: crate::words::PlaceKind = crate::query::resolve_word(kind)?;
        fields.push(("kind", Yaml::Scalar(kind.as_str().into())));
    }
    Ok(Member {
        yaml: Yaml::Map(fields),
        name: name.to_string(),
    })
}

/// The value of a scalar or mapping field of the item shown as `id`.
fn single_value(
    repo: &Repository,
    item: &Item,
    typed: &Typed,
    values: &[String],
    id: &str,
) -> Result<Yaml> {
    let field = typed.field;
    let expected = match field {
        Field::Priority | Field::Period => 1..=2,
        _ => 1..=1,
    };
    if !expected.contains(&values.len()) {
        bail!(
            "{}",
            crate::t!("set-values", field = &typed.word, count = *expected.end())
        );
    }
    let first = values[0].as_str();
    Ok(match field {
        Field::Status => {
            let status: Status = crate::query::resolve_word(first)?;
            Yaml::Scalar(status.as_str().into())
        }
        Field::Level => {
            let programme = repo.programme_of(item);
            Yaml::Scalar(level(programme, first)?.into())
        }
        Field::Priority => {
            let term: Term = crate::query::resolve_word(first)?;
            let Some(wording) = values.get(1) else {
                // The term's name in the programme's language is how sources word it.
                let language = repo
                    .programme_of(item)
                    .map_or_else(crate::i18n::current, |p| p.language);
                let wording = crate::words::name(language, term);
                bail!(
                    "{}",
                    crate::t!(
                        "set-priority-wording",
                        id = id,
                        field = typed.sibling(Field::Priority),
                        term = first,
                        wording = wording
                    )
                );
            };
            Yaml::Map(vec![
                ("term", Yaml::Scalar(term.as_str().into())),
                ("text", Yaml::Text(wording.clone())),
            ])
        }
        Field::PeriodEnd if item.period.as_ref().is_none_or(|p| p.start.is_none()) => {
            // The programme's start is the likeliest start of an item in it.
            let start = repo
                .programme_of(item)
                .and_then(|p| p.period.as_ref()?.start)
                .map_or_else(|| "none".to_string(), |d| d.to_string());
            bail!(
                "{}",
                crate::t!(
                    "set-period-needs-start",
                    id = id,
                    field = typed.sibling(Field::Period),
                    start = start,
                    end = first
                )
            )
        }
        Field::PeriodStart | Field::PeriodEnd => Yaml::Text(change::date(Some(first))?.to_string()),
        Field::Period => {
            let mut entries = vec![("start", Yaml::Text(change::date(Some(first))?.to_string()))];
            if let Some(end) = values.get(1) {
                entries.push(("end", Yaml::Text(change::date(Some(end))?.to_string())));
            }
            Yaml::Map(entries)
        }
        _ => {
            if first.trim().is_empty() {
                bail!("{}", crate::t!("set-empty", field = &typed.word));
            }
            Yaml::Text(first.to_string())
        }
    })
}

/// A level by its id (`district`) or the programme's own name for it (`Distriktssatsinger`).
pub(crate) fn level(programme: Option<&Programme>, given: &str) -> Result<&'static str> {
    let folded = crate::text::fold(given);
    if let Some(programme) = programme
        && let Some(found) = programme
            .levels
            .iter()
            .find(|l| crate::text::fold(&l.name) == folded)
    {
        return Ok(found.id.as_str());
    }
    if let Ok(level) = crate::query::resolve_word::<crate::model::Level>(given) {
        return Ok(level.as_str());
    }
    // A typo in a level word or in one of the programme's own names; the words are those
    // of the run's language, as people type them.
    let language = crate::i18n::current();
    let words = crate::model::Level::NAMES
        .iter()
        .filter_map(|code| crate::words::parse::<crate::model::Level>(code))
        .map(|level| crate::words::name(language, level));
    let names: Vec<String> = programme
        .into_iter()
        .flat_map(|p| p.levels.iter().map(|l| l.name.clone()))
        .chain(words)
        .collect();
    let suggestion = crate::diagnostic::closest(&folded, names.iter().map(String::as_str))
        .map(|name| format!("; {}", crate::t!("error-did-you-mean", suggestion = name)))
        .unwrap_or_default();
    bail!(
        "{}{suggestion}\n{}",
        crate::t!("set-unknown-level", given = given),
        crate::t!("set-levels-hint", values = names.join(", "))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_named_by_key_or_in_bokmal_and_nynorsk() {
        for (given, field) in [
            ("title", Field::Title),
            ("Tittel", Field::Title),
            ("beskrivelse", Field::Description),
            ("skildring", Field::Description),
            ("nivå", Field::Level),
            ("niva", Field::Level),
            ("partnere", Field::Partners),
            ("samarbeidspartnarar", Field::Partners),
            ("ansvarleg", Field::Responsible),
            ("periode.slutt", Field::PeriodEnd),
            ("periodens start", Field::PeriodStart),
            ("links-note", Field::LinksNote),
            ("nevnte.steder", Field::MentionsPlaces),
            ("nemnde regionar", Field::MentionsRegions),
            ("mål", Field::Goals),
        ] {
            assert_eq!(Field::named(given), Some(field), "{given}");
        }
        assert_eq!(Field::named("tittl"), None);
        assert!(Field::unknown("tittl").ends_with("did you mean `title`?"));
    }

    #[test]
    fn every_field_has_a_name_in_every_language_that_reads_back() {
        for language in Language::ALL {
            for field in Field::ALL {
                let name = field.name(*language);
                assert_eq!(Field::named(&name), Some(field), "{name}");
            }
        }
        let nb = Field::offered(Language::Nb);
        assert_eq!(nb.len(), 18 + 17, "{nb:?}");
        assert_eq!(Field::offered(Language::En).len(), 18);
    }
}
