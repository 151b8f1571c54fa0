//! `plan report`: a programme's status as Markdown for GitHub or as a self-contained web page.

use std::io::Write;

use anyhow::{Result, anyhow, bail};

use crate::cli::format::Document as Format;
use crate::cli::settings::Settings;
use crate::cli::{Context, DataDir, EXIT_OK, Moment, OutFile, load_at, parse_today};
use crate::diagnostic::Diagnostic;
use crate::diff::{self, Side};
use crate::index::Repository;
use crate::load::Prose;
use crate::load::git::GitData;
use crate::model::Date;
use crate::query;
use crate::render::html;
use crate::render::report as markdown;
use crate::report::{self, GRAPH_NODE_LIMIT, Options, PeriodDiff};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  plan report --programme innlandet > report.md\n  plan report --region Valdres --since 2024-01-01\n  plan report --format html --out report.html --force\n  plan report --region Valdres --with-county-wide --as-of 2024-12-31 --since 2024-03-05 --format html --out valdres.html"
)]
pub(crate) struct Args {
    /// Only this programme (id or name); repeat for several. Default: all.
    #[arg(long)]
    pub(crate) programme: Vec<String>,
    /// Only items tied to this region, as `plan list --region`; the title says so.
    #[arg(long)]
    pub(crate) region: Option<String>,
    /// Only items tied to this municipality (name or number, or a place in it), as `plan
    /// list --municipality`; repeat for several. The title says so.
    #[arg(long)]
    pub(crate) municipality: Vec<String>,
    /// With --region or --municipality: also the items that apply county-wide, in a
    /// section per theme.
    #[arg(long)]
    pub(crate) with_county_wide: bool,
    /// Only items this body (or a part of it) is responsible for or a partner in.
    #[arg(long, value_name = "BODY")]
    pub(crate) involves: Vec<String>,
    /// The start of the period (a date YYYY-MM-DD or DD.MM.YYYY, or a git revision): every
    /// status update since then, and a section with the period's changes.
    #[arg(long, value_name = "DATE|REV")]
    pub(crate) since: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub(crate) format: Format,
    #[command(flatten)]
    pub(crate) moment: Moment,
    #[command(flatten)]
    pub(crate) out: OutFile,
}

pub(super) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    let ctx = Context::open_at(settings, Prose::Keep, &args.moment)?;
    let findings = ctx.findings();
    let (dir, repo) = (&ctx.dir, &ctx.repo);
    let git = GitData::open(&dir.path).ok();
    let tip = args.moment.at.as_deref().unwrap_or("HEAD");
    let today = parse_today(None)?;
    let since_day = args.since.as_deref().and_then(Date::parse_typed);
    if let Some(since) = since_day {
        check_period(since, args.moment.as_of, today)?;
    }
    let start = args
        .since
        .as_deref()
        .map(|since| period_start(since, git.as_ref(), tip, dir, &args.moment))
        .transpose()?;
    let options = options(
        args,
        settings,
        repo,
        git.as_ref(),
        today,
        tip,
        start.as_ref(),
    )?;
    // A period from a date, in a report of a day before today: the changes made by then.
    let made_by = match (since_day, args.moment.as_of) {
        (Some(_), Some(as_of)) if as_of.earliest() < today.earliest() => {
            Some(state_on(as_of, git.as_ref(), tip, dir, &args.moment)?)
        }
        _ => None,
    };
    let period = start
        .as_ref()
        .map(|start| period_diff(start, made_by.as_ref(), repo, tip));
    let report = report::build(repo, &options, &findings, GRAPH_NODE_LIMIT, period);
    args.out.write(out, |w| match args.format {
        Format::Markdown => markdown::markdown(w, repo, &report, markdown::Form::GitHub),
        Format::Html => html::page(w, repo, &report, |body| {
            markdown::markdown_in_pieces(body, repo, &report, markdown::Form::Web)
        }),
    })?;
    Ok(EXIT_OK)
}

/// What the report covers and how it is labelled: the flags resolved against the
/// repository, the day it is of and the revision (`tip`) it was made from.
fn options(
    args: &Args,
    settings: &Settings,
    repo: &Repository,
    git: Option<&GitData>,
    today: Date,
    tip: &str,
    start: Option<&PeriodState>,
) -> Result<Options> {
    let revision = match git {
        Some(git) => git.commit(tip).ok().map(|c| git.short(&c)).transpose()?,
        None => None,
    };
    let mut involves = Vec::new();
    for name in &args.involves {
        involves.extend(query::resolve_body(repo, name)?);
    }
    Ok(Options {
        programmes: query::resolve_programmes(repo, &args.programme)?,
        region: region(repo, args.region.as_deref())?,
        municipalities: municipalities(repo, &args.municipality)?,
        with_county_wide: args.with_county_wide,
        involves,
        since: start.map(|s| s.date),
        // Reports follow each programme's own language unless one was asked for.
        language: settings.asked_language(),
        date: args.moment.as_of.unwrap_or(today),
        revision,
        uncommitted: match (git, &args.moment.at) {
            (Some(git), None) => git.has_changes()?,
            _ => false,
        },
    })
}

/// The period's changes: from its start to the data reported; with `made_by` (the data as
/// committed by the report's day), only the changes made by then, and the status updates
/// dated in the period however late they were written down.
fn period_diff<'s>(
    start: &'s PeriodState,
    made_by: Option<&PeriodState>,
    repo: &Repository,
    tip: &str,
) -> PeriodDiff<'s> {
    let from = Side {
        label: &start.date.to_string(),
        repo: &start.repo,
        findings: &start.findings,
    };
    let to = |repo| Side {
        label: tip,
        repo,
        findings: &[],
    };
    let changes = diff::diff(&from, &to(repo));
    PeriodDiff {
        from_date: start.date,
        from_revision: start.revision.clone(),
        from: &start.repo,
        diff: match made_by {
            Some(then) => changes.made_by(&diff::diff(&from, &to(&then.repo))),
            None => changes,
        },
    }
}

/// The region `--region` names, as one id.
fn region(repo: &Repository, name: Option<&str>) -> Result<Option<String>> {
    let Some(name) = name else {
        return Ok(None);
    };
    let ids = query::resolve_region(repo, name)?;
    if ids.len() > 1 {
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        bail!(
            "{}",
            crate::t!("error-several-regions", name = name, ids = ids.join("`, `"))
        );
    }
    Ok(ids.into_iter().next())
}

/// The municipalities `--municipality` names, as numbers; a place resolves to the one
/// municipality it lies in, which a note says.
fn municipalities(repo: &Repository, names: &[String]) -> Result<Vec<String>> {
    let mut numbers = Vec::new();
    for name in names {
        let (found, place) = query::resolve_municipality_or_place(repo, name)?;
        if let Some(place) = place {
            eprintln!("plan: {}: {place}", crate::t!("note-prefix"));
        }
        numbers.extend(found);
    }
    Ok(numbers)
}

/// A period runs forwards and has begun: `--since` a date after `--as-of` or after today
/// would print a backwards or empty period as if it were a report.
fn check_period(since: Date, as_of: Option<Date>, today: Date) -> Result<()> {
    if since.earliest() > today.earliest() {
        bail!(
            "{}",
            crate::t!(
                "report-since-future",
                since = since.to_string(),
                today = today.to_string()
            )
        );
    }
    if let Some(as_of) = as_of.filter(|as_of| since.earliest() > as_of.earliest()) {
        bail!(
            "{}",
            crate::t!(
                "report-since-after-as-of",
                since = since.to_string(),
                as_of = as_of.to_string()
            )
        );
    }
    Ok(())
}

/// The data as it stood on a day: the start of the period `--since` names, or, in a report
/// `--as-of` an earlier day than today, as committed by then.
struct PeriodState {
    date: Date,
    /// The short id of the commit read for it.
    revision: Option<String>,
    repo: Repository,
    findings: Vec<Diagnostic>,
}

/// A date reads the last commit made by then on the report's revision (or, when there is none
/// that old, the first commit, so items added since are new; without git, the data being
/// reported) as its dated updates stood on that date; a revision reads that commit, and the
/// period starts on the day it was made.
fn period_start(
    since: &str,
    git: Option<&GitData>,
    tip: &str,
    dir: &DataDir,
    current: &Moment,
) -> Result<PeriodState> {
    if let Some(date) = Date::parse_typed(since) {
        return state_on(date, git, tip, dir, current);
    }
    let not_either = || anyhow!("{}", crate::t!("report-since-neither", since = since));
    let git = git.ok_or_else(not_either)?;
    let commit = git.commit(since).map_err(|_| not_either())?;
    let day = git.commit_day(&commit)?;
    let date = Date::parse(&day)
        .ok_or_else(|| anyhow!("{}", crate::t!("report-git-date", day = day.as_str())))?;
    let moment = Moment {
        as_of: None,
        at: Some(commit.clone()),
    };
    let (repo, findings) = load_at(dir, Prose::Keep, &moment)?;
    Ok(PeriodState {
        date,
        revision: Some(git.short(&commit)?),
        repo,
        findings,
    })
}

/// The data on `date` as the last commit made by then on `tip` held it (the first commit when
/// none is that old; without git, the data being reported), its updates as they stood then.
fn state_on(
    date: Date,
    git: Option<&GitData>,
    tip: &str,
    dir: &DataDir,
    current: &Moment,
) -> Result<PeriodState> {
    let (year, month, day) = date.latest();
    let commit = match git {
        Some(git) => match git.commit_on(tip, &format!("{year:04}-{month:02}-{day:02}"))? {
            Some(commit) => Some(commit),
            None => Some(git.first_commit(tip)?),
        },
        None => None,
    };
    let moment = Moment {
        as_of: Some(date),
        at: commit.clone().or_else(|| current.at.clone()),
    };
    let (repo, findings) = load_at(dir, Prose::Keep, &moment)?;
    let revision = match (git, commit) {
        (Some(git), Some(commit)) => Some(git.short(&commit)?),
        _ => None,
    };
    Ok(PeriodState {
        date,
        revision,
        repo,
        findings,
    })
}
