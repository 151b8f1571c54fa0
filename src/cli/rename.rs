//! `plan rename ID NEW-ID`: renames an item (its file and `id:`) and rewrites every link to
//! it across the repository.

use std::io::Write;

use anyhow::{Result, bail};

use crate::cli::change::{self, ChangeArgs};
use crate::cli::settings::Settings;
use crate::index::{ItemIx, Repository};
use crate::model::{Item, numbered_id};
use crate::render::template::Yaml;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The item: `K3`, or `programme:ID`.
    pub(crate) id: String,
    /// Its new id, in the same programme.
    pub(crate) new_id: String,
    #[command(flatten)]
    pub(crate) change: ChangeArgs,
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
    refuse_off_numbering(repo, ix, new)?;
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

/// In a programme whose items are numbered by theme (`K1`, `A3`), an id of another shape
/// breaks the numbering readers know and `plan new` continues (`plan show K13` would then
/// suggest `K1`): refused, with the id meant (`k14` or `K-14` → `K14`).
fn refuse_off_numbering(repo: &Repository, ix: ItemIx, new: &str) -> Result<()> {
    let item = &repo.items[ix];
    let programme = item.programme.value.as_str();
    let theme = item.theme.value.as_str();
    let numbered = |i: &Item| {
        numbered_id(&i.id.value).is_some_and(|(prefix, n)| {
            prefix == i.theme.value && i.id.value == format!("{prefix}{n}")
        })
    };
    let mut others = (repo.items.iter().enumerate())
        .filter(|(other, i)| *other != ix && i.programme.value == programme)
        .peekable();
    let numbered_programme = others.peek().is_some() && others.all(|(_, i)| numbered(i));
    let fits = numbered_id(new)
        .is_some_and(|(prefix, n)| prefix == theme && new == format!("{prefix}{n}"));
    if !numbered_programme || fits {
        return Ok(());
    }
    let digits: String = new.chars().filter(char::is_ascii_digit).collect();
    let suggestion = (digits.parse::<u32>().ok())
        .map(|n| format!("{theme}{n}"))
        .filter(|id| repo.item(programme, id).is_none())
        .unwrap_or_else(|| {
            let of = &repo.programmes[programme];
            crate::query::next_item_id(repo, of, theme, &item.title, |_| true)
        });
    bail!(
        "{}",
        crate::t!(
            "rename-off-numbering",
            id = new.escape_debug().to_string(),
            programme = programme,
            theme = theme,
            suggestion = suggestion
        )
    )
}
