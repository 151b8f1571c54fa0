//! `plan link ID TARGET…` and `plan unlink ID TARGET…`: add or remove links to items (in any
//! programme) or documents; `--both` changes the link back too.

use std::io::Write;

use anyhow::{Result, bail};

use crate::changeset::Changeset;
use crate::cli::change::{self, ChangeArgs};
use crate::cli::settings::Settings;
use crate::edit::scalar;
use crate::index::{ItemIx, Repository};
use crate::render::template::Yaml;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The item that links: `K3`, or `programme:ID`.
    pub(crate) id: String,
    /// Items (`K7`, `mr2025:digi-mr`) or documents (`kulturstrategi-innlandet`).
    #[arg(required = true)]
    pub(crate) targets: Vec<String>,
    /// Change the link back from each target item too.
    #[arg(long)]
    pub(crate) both: bool,
    #[command(flatten)]
    pub(crate) change: ChangeArgs,
}

/// A link's target: an item, or a document by id.
enum Target {
    Item(ItemIx),
    Document(String),
}

pub(super) fn link(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    run(args, settings, out, true)
}

pub(super) fn unlink(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    run(args, settings, out, false)
}

fn run(args: &Args, settings: &Settings, out: &mut dyn Write, add: bool) -> Result<u8> {
    let mut open = change::open(settings)?;
    let repo = &open.ctx.repo;
    let from = change::item(repo, &args.id)?;
    let (mut did, mut unchanged) = (Vec::new(), Vec::new());
    for given in &args.targets {
        let target = target(repo, given)?;
        if let Target::Item(to) = target
            && to == from
        {
            bail!("{}", crate::t!("link-self"));
        }
        let pairs = match (&target, args.both) {
            (Target::Item(to), true) => vec![(from, Target::Item(*to)), (*to, Target::Item(from))],
            _ => vec![(from, target)],
        };
        for (linking, to) in pairs {
            // The summary names `from`: a phrase about its own link does not repeat it.
            let back = linking != from;
            match change_link(&mut open.changes, repo, linking, &to, (add, back))? {
                Outcome::Changed(done) => did.push(done),
                Outcome::AsItWas(why) => unchanged.push(why),
            }
        }
    }
    let id = repo.display_id(from, None);
    if did.is_empty() {
        return change::unchanged(&open, &id, unchanged, &args.change, out);
    }
    did.extend(unchanged);
    change::finish(open, &id, did, &args.change, out)
}

fn target(repo: &Repository, given: &str) -> Result<Target> {
    if repo.documents.contains_key(given) {
        return Ok(Target::Document(given.to_string()));
    }
    Ok(Target::Item(change::item(repo, given)?))
}

/// What [`change_link`] did, or why it left the link as it was, in a short phrase.
enum Outcome {
    Changed(String),
    AsItWas(String),
}

/// Adds or removes one link in `from`'s file; `back` when `from` is not the item the command
/// names (a link changed back with `--both`), so the phrase names it.
fn change_link(
    changes: &mut Changeset,
    repo: &Repository,
    from: ItemIx,
    to: &Target,
    (add, back): (bool, bool),
) -> Result<Outcome> {
    let back = if back { "yes" } else { "no" };
    let item = &repo.items[from];
    let shown_from = repo.display_id(from, None);
    let (key, written, linked) = match to {
        Target::Item(to) => {
            let written = repo.display_id(*to, Some(&item.programme.value));
            (
                "links",
                written,
                item.links
                    .iter()
                    .filter(|l| repo.resolve_link(item, &l.value) == Some(*to))
                    .map(|l| l.value.clone())
                    .collect::<Vec<_>>(),
            )
        }
        Target::Document(id) => (
            "documents",
            id.clone(),
            item.documents
                .iter()
                .filter(|d| &d.value == id)
                .map(|d| d.value.clone())
                .collect(),
        ),
    };
    let file = change::item_file(changes, item).to_string();
    if add {
        if !linked.is_empty() {
            return Ok(Outcome::AsItWas(crate::t!(
                "change-link-present",
                back = back,
                from = shown_from.as_str(),
                to = written.as_str()
            )));
        }
        changes.edit(&file, |f| {
            f.push(key, &Yaml::Scalar(written.clone()), &change::item_order())
        })?;
        Ok(Outcome::Changed(crate::t!(
            "change-link-added",
            back = back,
            from = shown_from.as_str(),
            to = written.as_str()
        )))
    } else {
        if linked.is_empty() {
            return Ok(Outcome::AsItWas(crate::t!(
                "change-link-absent",
                back = back,
                from = shown_from.as_str(),
                to = written.as_str()
            )));
        }
        changes.edit(&file, |f| {
            f.remove(key, |n| {
                scalar(n).is_some_and(|t| linked.iter().any(|l| l == t))
            })
            .map(|_| ())
        })?;
        Ok(Outcome::Changed(crate::t!(
            "change-link-removed",
            back = back,
            from = shown_from.as_str(),
            to = written.as_str()
        )))
    }
}
