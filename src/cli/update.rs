//! `plan update ID --status S --text T`: adds a dated status update to an item, in date
//! order.

use std::io::{Read, Write};

use anyhow::{Context as _, Result, bail};

use crate::cli::change::{self, ChangeArgs};
use crate::cli::settings::Settings;
use crate::model::{Status, Word};
use crate::render::template::Yaml;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Item id: `K3`, or `programme:ID` where programmes share ids.
    pub(crate) id: String,
    /// The status from this date on: planned, started, ongoing, completed, removed.
    #[arg(long, value_parser = crate::cli::words::WordParser::<Status>::new())]
    pub(crate) status: Option<Status>,
    /// What happened, in any words (`-` reads it from standard input).
    #[arg(long, required_unless_present = "edit", allow_hyphen_values = true)]
    pub(crate) text: Option<String>,
    /// Write the text in $EDITOR.
    #[arg(long, conflicts_with = "text")]
    pub(crate) edit: bool,
    /// The date: YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY. Default: today.
    #[arg(long)]
    pub(crate) date: Option<String>,
    /// Accept a date after today (the latest update's status is the status now).
    #[arg(long)]
    pub(crate) future: bool,
    /// The title of the document that reports it.
    #[arg(long, value_name = "TITLE", allow_hyphen_values = true)]
    pub(crate) source: Option<String>,
    /// The body that reports it, by id or name.
    #[arg(long, value_name = "BODY")]
    pub(crate) by: Option<String>,
    #[command(flatten)]
    pub(crate) change: ChangeArgs,
}

pub(super) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    let status = args.status;
    let date = change::past_date(args.date.as_deref(), args.future)?;
    // The text is had before the lock is taken: a planner may take their time writing.
    let text = match &args.text {
        Some(text) if text == "-" => read_stdin()?,
        Some(text) => text.clone(),
        None => from_editor(&args.id)?,
    };
    if text.trim().is_empty() {
        bail!("{}", crate::t!("update-empty-text"));
    }
    let mut open = change::open(settings)?;
    let ix = change::item(&open.ctx.repo, &args.id)?;
    let item = &open.ctx.repo.items[ix];
    let shown_id = open.ctx.repo.display_id(ix, None);
    refuse_repeat(item, date, status, &text, &shown_id)?;
    let mut update = vec![("date", Yaml::Text(date.to_string()))];
    if let Some(status) = status {
        update.push(("status", Yaml::Scalar(status.as_str().into())));
    }
    update.push(("text", Yaml::Text(text)));
    if let Some(title) = &args.source {
        let title = change::text("source", title)?;
        update.push(("source", Yaml::Map(vec![("title", Yaml::Text(title))])));
    }
    if let Some(body) = &args.by {
        let body = crate::cli::new::one_body(&open.ctx.repo, body)?;
        update.push(("by", Yaml::Scalar(body)));
    }
    let mut did = Vec::new();
    // An update dated before the one that sets the status now records history; the status
    // stays.
    match (status, crate::query::later_status_update(item, date)) {
        (Some(new), None) => did.push(change::status_change(item.current_status(), new)),
        (Some(_), Some(latest)) => did.push(crate::t!(
            "change-status-unchanged",
            date = latest.date.value.to_string(),
            status = latest
                .status
                .map(|s| crate::words::name(crate::i18n::current(), s))
                .unwrap_or_default()
        )),
        (None, _) => {}
    }
    did.push(crate::t!("change-update-added", date = date.to_string()));
    let field = item.status_field_with(status.map(|s| (date, s)));
    let file = change::item_file(&open.changes, item).to_string();
    open.changes.edit(&file, |f| {
        let at = crate::edit::update_place(f.get("updates")?.as_ref(), &date);
        f.insert("updates", at, &Yaml::Map(update), &change::item_order())?;
        match field {
            Some(status) => f.set(
                "status",
                &Yaml::Scalar(status.as_str().into()),
                &change::item_order(),
            ),
            None => Ok(()),
        }
    })?;
    change::finish(open, &shown_id, did, &args.change, out)
}

/// The same update twice (same date, status and text) is a command run again by mistake, not
/// news: it would show twice in every report.
fn refuse_repeat(
    item: &crate::model::Item,
    date: crate::model::Date,
    status: Option<Status>,
    text: &str,
    shown_id: &str,
) -> Result<()> {
    let repeat = item
        .updates
        .iter()
        .any(|u| u.date.value == date && u.status == status && u.text.trim() == text.trim());
    if repeat {
        bail!(
            "{}",
            crate::t!("update-repeated", id = shown_id, date = date.to_string())
        );
    }
    Ok(())
}

fn read_stdin() -> Result<String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .with_context(|| crate::t!("update-stdin"))?;
    Ok(text.trim_end().to_string())
}

/// Opens the editor ([`editor`]) on a template; lines starting with `#` are dropped.
fn from_editor(id: &str) -> Result<String> {
    let editor = editor()?;
    let path = std::env::temp_dir().join(format!("plan-update-{}.txt", std::process::id()));
    std::fs::write(
        &path,
        format!(
            "\n# {}\n# {}\n",
            crate::t!("update-template-write", id = id),
            crate::t!("update-template-empty")
        ),
    )?;
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or_default();
    let status = std::process::Command::new(program)
        .args(words)
        .arg(&path)
        .status()
        .with_context(|| crate::t!("update-editor-cannot-start", editor = editor.as_str()));
    let text = std::fs::read_to_string(&path);
    let _ = std::fs::remove_file(&path);
    if !status?.success() {
        bail!(
            "{}",
            crate::t!("update-editor-failed", editor = editor.as_str())
        );
    }
    let text = text?;
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect();
    Ok(kept.join("\n").trim().to_string())
}

/// Editors tried, in order, when neither $VISUAL nor $EDITOR is set: Debian's chosen
/// `editor`, then the friendlier `nano` before `vi`.
const FALLBACK_EDITORS: [&str; 3] = ["editor", "nano", "vi"];

/// The editor command: $VISUAL, else $EDITOR (either refused when blank), else the first of
/// [`FALLBACK_EDITORS`] on the `PATH`.
fn editor() -> Result<String> {
    for variable in ["VISUAL", "EDITOR"] {
        if let Some(value) = std::env::var_os(variable) {
            let value = value.to_string_lossy().into_owned();
            if value.trim().is_empty() {
                let variable = format!("${variable}");
                bail!("{}", crate::t!("update-editor-empty", variable = variable));
            }
            return Ok(value);
        }
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = FALLBACK_EDITORS
        .iter()
        .find(|name| std::env::split_paths(&path).any(|folder| folder.join(name).is_file()));
    match found {
        Some(name) => Ok((*name).to_string()),
        None => bail!(
            "{}",
            crate::t!("update-no-editor", tried = FALLBACK_EDITORS.join(", "))
        ),
    }
}
