//! `plan remove ID --reason TEXT`: marks an item removed with a dated update saying why;
//! `--purge` deletes its file instead, which the check allows only if nothing links to it.

use std::io::Write;

use anyhow::{Result, bail};

use crate::cli::change::{self, ChangeArgs};
use crate::cli::settings::Settings;
use crate::index::{ItemIx, Repository};
use crate::model::Status;
use crate::render::template::Yaml;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The item: `K3`, or `programme:ID`.
    pub(crate) id: String,
    /// Why it is removed (written in the update).
    #[arg(long, required_unless_present = "purge", allow_hyphen_values = true)]
    pub(crate) reason: Option<String>,
    /// The date of the decision: YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY. Default: today.
    #[arg(long)]
    pub(crate) date: Option<String>,
    /// Accept a date after today (the latest update's status is the status now).
    #[arg(long, conflicts_with = "purge")]
    pub(crate) future: bool,
    /// Delete the file instead; refused while other items link to it.
    #[arg(long, conflicts_with_all = ["reason", "date"])]
    pub(crate) purge: bool,
    #[command(flatten)]
    pub(crate) change: ChangeArgs,
}

pub(super) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    let date = change::past_date(args.date.as_deref(), args.future)?;
    let mut open = change::open(settings)?;
    let repo = &open.ctx.repo;
    let ix = change::item(repo, &args.id)?;
    let item = &repo.items[ix];
    let shown = repo.display_id(ix, None);
    let file = change::item_file(&open.changes, item).to_string();
    let did = match &args.reason {
        None => {
            refuse_linked(repo, ix, &shown)?;
            open.changes.delete(&file);
            vec![crate::t!("change-file-deleted")]
        }
        Some(_) if item.is_removed() => bail!(
            "{}",
            crate::t!("remove-already-removed", id = shown.as_str())
        ),
        Some(reason) => {
            let reason = change::text("reason", reason)?;
            let update = Yaml::Map(vec![
                ("date", Yaml::Text(date.to_string())),
                ("status", Yaml::Scalar("removed".into())),
                ("text", Yaml::Text(reason)),
            ]);
            // The removal is the item's status from its date on: no later update may set
            // another.
            if let Some(later) = crate::query::later_status_update(item, date) {
                bail!(
                    "{}",
                    crate::t!(
                        "remove-later-status",
                        id = shown.as_str(),
                        date = later.date.value.to_string()
                    )
                );
            }
            open.changes.edit(&file, |f| {
                let at = crate::edit::update_place(f.get("updates")?.as_ref(), &date);
                f.insert("updates", at, &update, &change::item_order())
            })?;
            vec![
                change::status_change(item.current_status(), Status::Removed),
                crate::t!("change-update-added", date = date.to_string()),
            ]
        }
    };
    change::finish(open, &shown, did, &args.change, out)
}

/// An item other items link to is not deleted: the links would break. Said by name, with
/// the one command that removes them, rather than as the broken links the check would find.
fn refuse_linked(repo: &Repository, ix: ItemIx, shown: &str) -> Result<()> {
    let mut from = repo.links_in[ix].clone();
    if from.is_empty() {
        return Ok(());
    }
    from.sort_by_key(|&f| repo.item_order(&repo.items[f]));
    let ids: Vec<String> = from.iter().map(|&f| repo.display_id(f, None)).collect();
    bail!(
        "{}",
        crate::t!(
            "remove-linked",
            id = shown,
            from = ids.join(", "),
            targets = ids.join(" ")
        )
    )
}
