//! `plan list`: items filtered by programme, theme, level, priority, status, bodies, places,
//! text and links, as a table, JSON, CSV or Markdown.

use std::io::Write;

use anyhow::Result;
use clap::ValueEnum;

use crate::cli::format::Listing as Format;
use crate::cli::settings::Settings;
use crate::cli::words::WordParser;
use crate::cli::{Context, EXIT_OK, parse_today};
use crate::load::Prose;
use crate::model::{Age, Date, Level, Status, Term};
use crate::query::{self, Filter, SortKey};
use crate::render::items::{self, ItemRow};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Filters combine with AND; a repeated flag means OR (--region Valdres --region Hadeland).\n\
Names match without regard to case or diacritics, and aliases work: sor-osterdal, Nord-Østerdal, NAV.\n\
Examples:\n  plan list --region Valdres --why\n  plan list --theme K --status started --format csv\n  plan list --involves \"Høgskolen i Innlandet\""
)]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) filters: FilterArgs,
    /// Say why each item matched the place, body and text filters.
    #[arg(long)]
    pub(crate) why: bool,
    /// Sort order.
    #[arg(long, value_enum, default_value_t = Sort::Id)]
    pub(crate) sort: Sort,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub(crate) format: Format,
    #[command(flatten)]
    pub(crate) moment: crate::cli::Moment,
}

/// The item filters of `plan list`, shared with `plan export --format xlsx`.
#[derive(Debug, Default, PartialEq, Eq, clap::Args)]
pub(crate) struct FilterArgs {
    /// Programme id or name.
    #[arg(long, value_name = "PROGRAMME")]
    pub(crate) programme: Vec<String>,
    /// Theme code (K) or name (kompetanse).
    #[arg(long)]
    pub(crate) theme: Vec<String>,
    /// county, district or regional-centre.
    #[arg(long, value_parser = WordParser::<Level>::new())]
    pub(crate) level: Vec<Level>,
    /// short, long or short-and-long.
    #[arg(long, value_parser = WordParser::<Term>::new())]
    pub(crate) priority: Vec<Term>,
    /// planned, started, ongoing, completed or removed.
    #[arg(long, value_parser = WordParser::<Status>::new())]
    pub(crate) status: Vec<Status>,
    /// Body responsible (id, name or alias).
    #[arg(long, value_name = "BODY")]
    pub(crate) responsible: Vec<String>,
    /// Partner body (id, name or alias).
    #[arg(long, value_name = "BODY")]
    pub(crate) partner: Vec<String>,
    /// Body either responsible or partner.
    #[arg(long, value_name = "BODY")]
    pub(crate) involves: Vec<String>,
    /// Items tied to the region: by name, through one of its municipalities, or a place in one.
    #[arg(long)]
    pub(crate) region: Vec<String>,
    /// Municipality name or number, or a place in one (Fagernes → Nord-Aurdal).
    #[arg(long)]
    pub(crate) municipality: Vec<String>,
    /// Words that must all occur in the id, title or description.
    #[arg(long, value_name = "WORDS")]
    pub(crate) text: Vec<String>,
    /// Items that link to this item.
    #[arg(long, value_name = "ID")]
    pub(crate) links_to: Vec<String>,
    /// Items this item links to.
    #[arg(long, value_name = "ID")]
    pub(crate) linked_from: Vec<String>,
    /// Show removed items too (hidden by default).
    #[arg(long)]
    pub(crate) include_removed: bool,
    /// With --region/--municipality: also list items that apply county-wide.
    #[arg(long)]
    pub(crate) with_county_wide: bool,
    /// Items with no status update in this long (6m, 1y, 2w, 30d); without a value, the
    /// `stale` setting in plan.toml (default 6m).
    #[arg(long, value_name = "AGE", num_args = 0..=1, default_missing_value = "")]
    pub(crate) stale: Option<String>,
    /// Items with an indicator behind the straight line from its baseline to its target (or
    /// past its target date without reaching it), on --as-of, --today or today.
    #[arg(long)]
    pub(crate) behind: bool,
    /// The day "now" is, for --stale and --behind (YYYY-MM-DD). Default: --as-of, else today.
    #[arg(long, value_name = "DATE")]
    pub(crate) today: Option<String>,
}

impl FilterArgs {
    /// True when no filter is given.
    pub(crate) fn is_empty(&self) -> bool {
        *self == FilterArgs::default()
    }
}

/// Sort keys `plan list --sort` offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Sort {
    /// Programme, theme in the programme's order, natural id (the default).
    Id,
    /// Title, in Norwegian alphabetical order.
    Title,
    Status,
    Priority,
    Level,
    /// Name of the first responsible body, in Norwegian order.
    Responsible,
}

impl Sort {
    fn key(self) -> SortKey {
        match self {
            Sort::Id => SortKey::Id,
            Sort::Title => SortKey::Title,
            Sort::Status => SortKey::Status,
            Sort::Priority => SortKey::Priority,
            Sort::Level => SortKey::Level,
            Sort::Responsible => SortKey::Responsible,
        }
    }
}

/// Turns the typed flags into a filter of resolved ids; unknown values are errors. `as_of`
/// is the day `--as-of` gives, which is "now" unless `--today` says otherwise.
pub(crate) fn filter(args: &FilterArgs, ctx: &Context, as_of: Option<Date>) -> Result<Filter> {
    let repo = &ctx.repo;
    let mut f = Filter {
        include_removed: args.include_removed,
        with_county_wide: args.with_county_wide,
        ..Filter::default()
    };
    f.programmes = query::resolve_programmes(repo, &args.programme)?;
    for t in &args.theme {
        f.themes.extend(query::resolve_theme(repo, t)?);
    }
    f.levels.clone_from(&args.level);
    f.priorities.clone_from(&args.priority);
    f.statuses.clone_from(&args.status);
    for (names, into) in [
        (&args.responsible, &mut f.responsible),
        (&args.partner, &mut f.partners),
        (&args.involves, &mut f.involves),
    ] {
        for name in names {
            into.extend(query::resolve_body(repo, name)?);
        }
    }
    for r in &args.region {
        f.regions.extend(query::resolve_region(repo, r)?);
    }
    for m in &args.municipality {
        let (numbers, place) = query::resolve_municipality_or_place(repo, m)?;
        if let Some(place) = place {
            eprintln!("plan: {}: {place}", crate::t!("note-prefix"));
        }
        f.municipalities.extend(numbers);
    }
    f.words = args
        .text
        .iter()
        .flat_map(|t| t.split_whitespace().map(str::to_string))
        .collect();
    for id in &args.links_to {
        f.links_to.push(query::resolve_item(repo, id)?);
    }
    for id in &args.linked_from {
        f.linked_from.push(query::resolve_item(repo, id)?);
    }
    if let Some(age) = &args.stale {
        let today = today(args, as_of)?;
        let age = if age.is_empty() {
            ctx.dir.config.stale
        } else {
            Age::parse(age).map_err(anyhow::Error::msg)?
        };
        f.stale_before = Some(query::days_before(today, age).map_err(anyhow::Error::msg)?);
    }
    if args.behind {
        f.behind_on = Some(today(args, as_of)?);
    }
    Ok(f)
}

/// The day "now" is: --today, else --as-of, else today.
fn today(args: &FilterArgs, as_of: Option<Date>) -> Result<Date> {
    match (&args.today, as_of) {
        (None, Some(as_of)) => Ok(as_of),
        (given, _) => parse_today(given.as_deref()),
    }
}

pub(super) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    // Only --text reads the descriptions.
    let prose = if args.filters.text.is_empty() {
        Prose::Skip
    } else {
        Prose::Keep
    };
    let ctx = Context::open_at(settings, prose, &args.moment)?;
    let filter = filter(&args.filters, &ctx, args.moment.as_of)?;
    let mut selection = filter.select(&ctx.repo);
    query::sort(&ctx.repo, &mut selection.items, args.sort.key());
    // Reasons exist only for place, body and text filters; without one, --why has nothing
    // to say.
    let with_why = args.why
        && [
            &args.filters.region,
            &args.filters.municipality,
            &args.filters.responsible,
            &args.filters.partner,
            &args.filters.involves,
            &args.filters.text,
        ]
        .iter()
        .any(|flag| !flag.is_empty());
    let rows: Vec<ItemRow> = selection
        .items
        .iter()
        .map(|(ix, reasons)| ItemRow::new(&ctx.repo, *ix, with_why.then_some(reasons.as_slice())))
        .collect();
    let left_out = selection.county_wide_left_out;
    let footer = (left_out > 0).then(|| crate::t!("list-county-wide", count = left_out));
    match args.format {
        Format::Table => {
            items::table(out, &ctx.repo, &rows, settings.width)?;
            let width = settings.width.map(usize::from);
            let count = crate::t!("list-count", count = rows.len());
            for line in std::iter::once(count).chain(footer) {
                crate::render::table::write_paragraph(out, &line, width)?;
            }
        }
        Format::Markdown => {
            items::markdown(out, &ctx.repo, &rows, with_why)?;
            if let Some(footer) = footer {
                writeln!(out, "\n{footer}")?;
            }
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)?;
        }
        Format::Csv => items::csv(out, &rows, with_why, ',')?,
    }
    Ok(EXIT_OK)
}
