//! `plan set ID FIELD VALUE…`: sets a field of an item, or with `--add`/`--remove` changes
//! one member of a list field. Names are resolved as `plan list` resolves them (bodies,
//! regions and municipalities by name, with "did you mean").

use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};
use clap::ValueEnum;

use crate::cli::change::{self, ChangeArgs};
use crate::edit::scalar;
use crate::index::Repository;
use crate::model::{Item, Programme, Status, Term, Word};
use crate::query;
use crate::render::template::Yaml;

#[derive(Debug, clap::Args)]
#[command(after_help = "Links and documents: `plan link ID TARGET…`, `plan unlink ID TARGET…`.")]
pub struct Args {
    /// Item id: `K3`, or `programme:ID` where programmes share ids.
    pub id: String,
    /// The field to set.
    #[arg(value_enum)]
    pub field: Field,
    /// The value, or several for a list field; for `priority` the term and the wording,
    /// for `period` the start and end dates.
    #[arg(required = true)]
    pub values: Vec<String>,
    /// Add the value to a list field instead of replacing the list.
    #[arg(long, conflicts_with = "remove")]
    pub add: bool,
    /// Remove the value from a list field.
    #[arg(long)]
    pub remove: bool,
    #[command(flatten)]
    pub change: ChangeArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Field {
    Title,
    Description,
    Level,
    Priority,
    Status,
    Period,
    LinksNote,
    Responsible,
    Partners,
    Regions,
    Municipalities,
    Goals,
}

impl Field {
    fn key(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Description => "description",
            Field::Level => "level",
            Field::Priority => "priority",
            Field::Status => "status",
            Field::Period => "period",
            Field::LinksNote => "links_note",
            Field::Responsible => "responsible",
            Field::Partners => "partners",
            Field::Regions => "regions",
            Field::Municipalities => "municipalities",
            Field::Goals => "goals",
        }
    }

    fn is_list(self) -> bool {
        matches!(
            self,
            Field::Responsible
                | Field::Partners
                | Field::Regions
                | Field::Municipalities
                | Field::Goals
        )
    }
}

pub fn run(args: &Args, repo: Option<&Path>, out: &mut dyn Write) -> Result<u8> {
    let key = args.field.key();
    if (args.add || args.remove) && !args.field.is_list() {
        bail!("`{key}` is not a list; --add and --remove change list fields");
    }
    let mut open = change::open(repo)?;
    let ix = change::item(&open.ctx.repo, &args.id)?;
    let repo = &open.ctx.repo;
    let item = &repo.items[ix];
    let shown_id = repo.display_id(ix, None);
    let file = change::item_file(&open.changes, item).to_string();
    let order = change::item_order();
    let did;
    if args.field.is_list() {
        let members = args
            .values
            .iter()
            .map(|v| list_member(repo, args.field, v))
            .collect::<Result<Vec<_>>>()?;
        let texts: Vec<String> = members.iter().map(text_of).collect();
        let current = current_members(item, args.field);
        let (add, remove): (Vec<&Yaml>, Vec<String>) = if args.remove {
            (Vec::new(), texts.clone())
        } else if args.add {
            let new = members.iter().filter(|m| !current.contains(&text_of(m)));
            (new.collect(), Vec::new())
        } else {
            let new = members.iter().filter(|m| !current.contains(&text_of(m)));
            let gone = current.iter().filter(|c| !texts.contains(c)).cloned();
            (new.collect(), gone.collect())
        };
        did = describe(key, &add, &remove);
        // Added first: a list emptied on the way would be rewritten `[]` and lose its style.
        open.changes.edit(&file, |f| {
            for member in add {
                f.push(key, member, &order)?;
            }
            f.remove(key, |n| {
                scalar(n).is_some_and(|t| remove.iter().any(|r| r == t))
            })?;
            Ok(())
        })?;
    } else {
        let value = single_value(repo, item, args.field, &args.values)?;
        did = vec![format!("{key} set to {}", text_of(&value))];
        open.changes.edit(&file, |f| f.set(key, &value, &order))?;
    }
    change::finish(open, &shown_id, did, &args.change, out)
}

fn describe(key: &str, add: &[&Yaml], remove: &[String]) -> Vec<String> {
    let added = add.iter().map(|m| format!("{} added to {key}", text_of(m)));
    let removed = remove.iter().map(|r| format!("{r} removed from {key}"));
    added.chain(removed).collect()
}

fn text_of(value: &Yaml) -> String {
    match value {
        Yaml::Scalar(text) | Yaml::Text(text) => text.clone(),
        other => crate::render::template::inline(other),
    }
}

fn current_members(item: &Item, field: Field) -> Vec<String> {
    let ids =
        |list: &[crate::model::Spanned<String>]| list.iter().map(|s| s.value.clone()).collect();
    match field {
        Field::Responsible => ids(&item.responsible),
        Field::Partners => ids(&item.partners),
        Field::Regions => ids(&item.regions),
        Field::Municipalities => ids(&item.municipalities),
        Field::Goals => item.goals.clone(),
        _ => Vec::new(),
    }
}

/// One member of a list field, resolved from what the user typed.
fn list_member(repo: &Repository, field: Field, given: &str) -> Result<Yaml> {
    let one = |what, ids| change::only(what, given, ids);
    Ok(match field {
        Field::Responsible | Field::Partners => {
            Yaml::Scalar(one("bodies", query::resolve_body(repo, given)?)?)
        }
        Field::Regions => Yaml::Scalar(one("regions", query::resolve_region(repo, given)?)?),
        Field::Municipalities => Yaml::Text(one(
            "municipalities",
            query::resolve_municipality(repo, given)?,
        )?),
        _ => Yaml::Text(given.to_string()),
    })
}

/// The value of a scalar or mapping field.
fn single_value(repo: &Repository, item: &Item, field: Field, values: &[String]) -> Result<Yaml> {
    let key = field.key();
    let expected = match field {
        Field::Priority | Field::Period => 1..=2,
        _ => 1..=1,
    };
    if !expected.contains(&values.len()) {
        bail!(
            "`{key}` takes {} value(s); quote a text with spaces",
            expected.end()
        );
    }
    let first = values[0].as_str();
    Ok(match field {
        Field::Status => {
            let status: Status = change::word("status", first)?;
            Yaml::Scalar(status.as_str().into())
        }
        Field::Level => {
            let programme = repo.programme_of(item);
            Yaml::Scalar(level(programme, first)?.into())
        }
        Field::Priority => {
            let term: Term = change::word("priority", first)?;
            let Some(wording) = values.get(1) else {
                bail!(
                    "give the priority's wording too: `plan set ID priority {first} \"kort sikt\"`"
                );
            };
            Yaml::Map(vec![
                ("term", Yaml::Scalar(term.as_str().into())),
                ("text", Yaml::Text(wording.clone())),
            ])
        }
        Field::Period => {
            let mut entries = vec![("start", Yaml::Text(change::date(Some(first))?.to_string()))];
            if let Some(end) = values.get(1) {
                entries.push(("end", Yaml::Text(change::date(Some(end))?.to_string())));
            }
            Yaml::Map(entries)
        }
        _ => {
            if first.trim().is_empty() {
                bail!("`{key}` cannot be empty");
            }
            Yaml::Text(first.to_string())
        }
    })
}

/// A level by its id (`district`) or the programme's own name for it (`Distriktssatsinger`).
pub fn level(programme: Option<&Programme>, given: &str) -> Result<&'static str> {
    let folded = crate::text::fold(given);
    if let Some(programme) = programme
        && let Some(found) = programme
            .levels
            .iter()
            .find(|l| crate::text::fold(&l.name) == folded)
    {
        return Ok(found.id.as_str());
    }
    let level: crate::model::Level = change::word("level", given)?;
    Ok(level.as_str())
}
