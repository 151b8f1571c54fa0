//! What the commands that change the data share: `--dry-run` and `--format`, opening the
//! repository under the lock, and finishing a change (check, diff or write, one-line
//! summary).

use std::collections::BTreeSet;
use std::io::{IsTerminal as _, Write};

use anyhow::{Context as _, Result, bail};
use serde::Serialize;

use crate::changeset::{Added, Changeset};
use crate::cli::format::Record as Format;
use crate::cli::settings::Settings;
use crate::cli::{Context, EXIT_FINDINGS, EXIT_OK};
use crate::format::EntityKind;
use crate::index::{ItemIx, Repository};
use crate::load::Prose;
use crate::model::{Date, Item};
use crate::render::diagnostics::{self, visible};
use crate::render::style::Style;
use crate::t;

#[derive(Debug, Clone, clap::Args)]
pub(crate) struct ChangeArgs {
    /// Show the change as a diff of the YAML files and write nothing.
    #[arg(long)]
    pub(crate) dry_run: bool,
    /// `human`: one line saying what was done; `json`: a record of it.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,
}

/// A repository opened for a change: the lock is held until the change is written.
pub(super) struct Open {
    pub(crate) ctx: Context,
    pub(crate) changes: Changeset,
    /// How findings that refuse the change are shown.
    pub(crate) style: Style,
    /// The width given or measured, which a long summary is wrapped to; none when piped.
    pub(crate) width: Option<u16>,
}

/// Takes the lock of the repository the settings found, and reads it.
pub(super) fn open(settings: &Settings) -> Result<Open> {
    let dir = settings.repository()?.clone();
    let changes = Changeset::open(&dir.path, &dir.display)?;
    let (repo, load_findings) = changes.repository(Prose::Keep);
    // A change checked against a repository with a file missing could break what that file
    // holds (a rename would leave its links stale).
    super::refuse_unread(&repo, &load_findings)?;
    Ok(Open {
        ctx: Context {
            dir,
            repo,
            load_findings,
        },
        changes,
        style: settings.style,
        width: settings.given_width,
    })
}

/// What a command did, for the summary line and the JSON record.
#[derive(Debug, Serialize)]
pub(super) struct Done {
    /// The item (or other entity) changed.
    pub(crate) id: String,
    /// What was done, in short phrases: `status started → completed`.
    pub(crate) changes: Vec<String>,
    /// The files changed, as shown.
    pub(crate) files: Vec<String>,
    /// False for `--dry-run`, or when there was nothing to change.
    pub(crate) written: bool,
}

/// Checks the change, then prints the diff (`--dry-run`) or writes it, and says what was
/// done. A change that would add an error finding is not written: the findings are printed
/// and the exit status is 1.
pub(super) fn finish(
    open: Open,
    id: &str,
    changes: Vec<String>,
    args: &ChangeArgs,
    out: &mut dyn Write,
) -> Result<u8> {
    let Open {
        ctx,
        changes: set,
        style,
        width,
    } = open;
    let mut done = Done {
        id: id.to_string(),
        changes,
        files: set.touched(),
        written: false,
    };
    if done.files.is_empty() {
        done.changes = vec![t!("change-nothing")];
        return summary(out, &done, args.format, width).map(|()| EXIT_OK);
    }
    let warnings = match set.check(&ctx.dir.config, (&ctx.repo, ctx.load_findings)) {
        Ok(warnings) => warnings,
        Err(refusal) => return refuse(&refusal, &done, style, out),
    };
    if args.dry_run {
        write_diff(out, &set.diff())?;
        show_warnings(&warnings, args.format, style, out)?;
        return Ok(EXIT_OK);
    }
    set.write()?;
    done.written = true;
    summary(out, &done, args.format, width)?;
    show_warnings(&warnings, args.format, style, out)?;
    Ok(EXIT_OK)
}

/// Prints the error findings that refuse a change, then the refusal (exit status 1).
fn refuse(refusal: &Added, done: &Done, style: Style, out: &mut dyn Write) -> Result<u8> {
    let excerpts = refusal.repo.excerpts();
    let source = |path: &str, line: u32| excerpts.line(path, line);
    diagnostics::human(out, &refusal.findings, &source, style)?;
    // The findings first, then what they mean: both streams reach the same terminal.
    out.flush()?;
    // The lines shown are those of the file as the change would write it, which was
    // never written: the refusal says so, so no one looks for them in the file.
    let files = done.files.join(", ");
    eprintln!(
        "plan: {}",
        t!(
            "change-refused",
            count = refusal.findings.len(),
            files = files
        )
    );
    Ok(EXIT_FINDINGS)
}

/// The warnings a change adds, after it: they do not stop it, but the user should know now
/// rather than at the next `plan validate`. With `--format json` they go to standard error,
/// so standard output stays one JSON record.
fn show_warnings(added: &Added, format: Format, style: Style, out: &mut dyn Write) -> Result<()> {
    if added.findings.is_empty() {
        return Ok(());
    }
    let excerpts = added.repo.excerpts();
    let source = |path: &str, line: u32| excerpts.line(path, line);
    match format {
        Format::Human => diagnostics::human(out, &added.findings, &source, style)?,
        Format::Json => {
            let stderr = Style::detect(std::io::stderr().is_terminal());
            diagnostics::human(&mut std::io::stderr(), &added.findings, &source, stderr)?;
        }
    }
    Ok(())
}

/// Says why nothing was written (exit status 0): the reasons given, else "nothing to change".
pub(super) fn unchanged(
    open: &Open,
    id: &str,
    reasons: Vec<String>,
    args: &ChangeArgs,
    out: &mut dyn Write,
) -> Result<u8> {
    let done = Done {
        id: id.to_string(),
        changes: match reasons.is_empty() {
            true => vec![t!("change-nothing")],
            false => reasons,
        },
        files: Vec::new(),
        written: false,
    };
    summary(out, &done, args.format, open.width).map(|()| EXIT_OK)
}

/// A unified diff with the data's control characters and bidirectional controls shown
/// escaped (`\u{1b}`), never sent to the terminal; line ends are kept as they are.
fn write_diff(out: &mut dyn Write, diff: &str) -> std::io::Result<()> {
    for line in diff.split_inclusive('\n') {
        let text = line
            .strip_suffix('\n')
            .map_or(line, |l| l.strip_suffix('\r').unwrap_or(l));
        write!(out, "{}{}", visible(text), &line[text.len()..])?;
    }
    Ok(())
}

/// The summary is one line: a line break or control character in the data it names is
/// shown escaped, so no data starts a line of its own. Where that line is wider than the
/// terminal, the item has a line of its own, then each change one (what was done, then what
/// was left as it was), then the files, wrapped; piped, it stays one line for scripts.
fn summary(out: &mut dyn Write, done: &Done, format: Format, width: Option<u16>) -> Result<()> {
    if format == Format::Json {
        serde_json::to_writer(&mut *out, done)?;
        writeln!(out)?;
        return Ok(());
    }
    let changes = done.changes.join(", ");
    let line = match done.files.is_empty() {
        true => visible(&format!("{}: {changes}", done.id)),
        false => visible(&format!(
            "{}: {changes} ({})",
            done.id,
            done.files.join(", ")
        )),
    };
    match width.map(usize::from) {
        Some(width) if crate::render::wrap::width(&line) > width => block(out, done, width)?,
        _ => writeln!(out, "{line}")?,
    }
    Ok(())
}

/// The summary over several lines, each change on its own, wrapped to `width`.
fn block(out: &mut dyn Write, done: &Done, width: usize) -> std::io::Result<()> {
    use crate::render::wrap::{Breaks, wrap};
    writeln!(out, "{}:", visible(&done.id))?;
    let files =
        (!done.files.is_empty()).then(|| t!("import-written", files = done.files.join(", ")));
    // Two columns in, a continued line four; never so narrow that a word has no room.
    let (first, rest) = (
        width.saturating_sub(2).max(20),
        width.saturating_sub(4).max(20),
    );
    for entry in done.changes.iter().chain(&files) {
        for (n, line) in wrap(&visible(entry), first, rest, Breaks::Prose)
            .iter()
            .enumerate()
        {
            let indent = if n == 0 { "  " } else { "    " };
            writeln!(out, "{indent}{}", line.text)?;
        }
    }
    Ok(())
}

/// The item an id names, or an error with a suggestion (exit status 2).
pub(super) fn item(repo: &Repository, id: &str) -> Result<ItemIx> {
    Ok(crate::query::resolve_item(repo, id)?)
}

/// An item's file, relative to the data folder.
pub(super) fn item_file<'a>(changes: &Changeset, item: &'a Item) -> &'a str {
    changes.relative(&item.path)
}

/// The fields of an item file in their written order, for inserting a missing one.
/// A mapping field's own fields follow it by path (`mentions.places`).
pub(super) fn item_order() -> Vec<String> {
    crate::edit::field_order(EntityKind::Item.fields())
}

/// The one entity a name resolves to; several are a usage error that lists them.
pub(super) fn only(what: &str, given: &str, ids: BTreeSet<String>) -> Result<String> {
    if ids.len() > 1 {
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        anyhow::bail!(
            "{}",
            t!(
                "change-several",
                given = given,
                what = what,
                ids = ids.join(", ")
            )
        );
    }
    Ok(ids.into_iter().next().expect("a resolved name has an id"))
}

/// A text the user gave, refused when blank (`what` is `reason` or `source`, as
/// `change-empty` words it, with the option to use).
pub(super) fn text(what: &str, given: &str) -> Result<String> {
    if given.trim().is_empty() {
        anyhow::bail!("{}", t!("change-empty", what = what));
    }
    Ok(given.to_string())
}

/// "status: igangsatt → fullført": a status change, named in the language of the run and
/// worded as `plan diff` words it.
pub(super) fn status_change(
    old: Option<crate::model::Status>,
    new: crate::model::Status,
) -> String {
    crate::render::diff::status_change(crate::i18n::current(), old, new)
}

/// `--date`, or today.
pub(super) fn date(given: Option<&str>) -> Result<Date> {
    match given {
        Some(text) => Date::parse_typed(text).with_context(|| t!("error-not-a-date", text = text)),
        None => crate::cli::parse_today(None),
    }
}

/// `--date` for something that has happened, or today. A later date is refused unless
/// `future` confirms it: the latest update's status is the status now, so an update dated
/// ahead by a typo would hide every real one until that day.
pub(super) fn past_date(given: Option<&str>, future: bool) -> Result<Date> {
    let date = date(given)?;
    let today = crate::cli::parse_today(None)?;
    if !future && date.earliest() > today.earliest() {
        bail!(
            "{}",
            t!(
                "error-date-in-future",
                date = date.to_string(),
                today = today.to_string()
            )
        );
    }
    Ok(date)
}
