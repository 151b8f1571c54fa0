//! `plan rename ID NEW-ID`: renames an item (its file and `id:`) and rewrites every link to
//! it across the repository.

use std::io::Write;

use anyhow::{Result, bail};

use crate::cli::change::{self, ChangeArgs};
use crate::cli::settings::Settings;
use crate::render::template::Yaml;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The item: `K3`, or `programme:ID`.
    pub id: String,
    /// Its new id, in the same programme.
    pub new_id: String,
    #[command(flatten)]
    pub change: ChangeArgs,
}

pub(super) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    let mut open = change::open(settings)?;
    let repo = &open.ctx.repo;
    let ix = change::item(repo, &args.id)?;
    let item = &repo.items[ix];
    let programme = item.programme.value.as_str();
    let new = args.new_id.as_str();
    // The check `plan validate` makes, before the id becomes a file name.
    if !crate::model::is_item_id(new) {
        let shown = new.escape_debug().to_string();
        bail!("{}", crate::t!("rename-bad-id", id = shown));
    }
    if repo.item(programme, new).is_some() {
        bail!(
            "{}",
            crate::t!("rename-taken", id = new, programme = programme)
        );
    }
    let old_file = change::item_file(&open.changes, item).to_string();
    let new_file = match old_file.rsplit_once('/') {
        Some((folder, _)) => format!("{folder}/{new}.yaml"),
        None => format!("{new}.yaml"),
    };
    let order = change::item_order();
    open.changes.edit(&old_file, |f| {
        f.set("id", &Yaml::Scalar(new.to_string()), &order)
    })?;
    let renamed = open.changes.bytes(&old_file).expect("just edited").to_vec();
    open.changes.delete(&old_file);
    open.changes.create(&new_file, renamed)?;
    let mut linking = 0;
    for &from in &repo.links_in[ix] {
        let source = &repo.items[from];
        let written = if source.programme.value == programme {
            new.to_string()
        } else {
            format!("{programme}:{new}")
        };
        let file = change::item_file(&open.changes, source).to_string();
        let file = if file == old_file {
            new_file.clone()
        } else {
            file
        };
        let refs: Vec<String> = source
            .links
            .iter()
            .filter(|l| repo.resolve_link(source, &l.value) == Some(ix))
            .map(|l| l.value.clone())
            .collect();
        open.changes.edit(&file, |f| {
            for old in &refs {
                f.replace_member("links", old, &Yaml::Scalar(written.clone()))?;
            }
            Ok(())
        })?;
        linking += 1;
    }
    let shown = repo.display_id(ix, None);
    let did = vec![crate::t!("change-renamed", id = new, count = linking)];
    change::finish(open, &shown, did, &args.change, out)
}
