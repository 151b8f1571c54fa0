//! `plan new item|body|region|document`: a new entity file with the next free id, the
//! required fields filled and the optional ones as commented hints, written atomically and
//! never over an existing file.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::Subcommand;

use crate::cli::change::{self, ChangeArgs};
use crate::cli::settings::Settings;
use crate::cli::{Context, EXIT_OK};
use crate::format::EntityKind;
use crate::index::Repository;
use crate::model::{BodyKind, DocumentKind, Level, Programme, Term, Word, is_slug};
use crate::query;
use crate::render::labels::Labels;
use crate::render::template::{self, Yaml};
use crate::t;
use crate::text::fold;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) what: What,
    /// Show the new file as a diff and write nothing.
    #[arg(long, global = true)]
    pub(crate) dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum What {
    /// A new item with the next free id in its theme (K12 after K11).
    Item(ItemArgs),
    /// A new body (organisation).
    Body(BodyArgs),
    /// A new region of municipalities.
    Region(RegionArgs),
    /// A new document that items can link to.
    Document(DocumentArgs),
}

#[derive(Debug, clap::Args)]
pub(crate) struct ItemArgs {
    /// The programme. Default: `programme` in plan.toml, or the only programme with the theme.
    #[arg(long)]
    pub(crate) programme: Option<String>,
    /// The theme, by code (`K`) or name.
    #[arg(long)]
    pub(crate) theme: String,
    /// The level (county, district, regional-centre), or the programme's own name for it
    /// (`Distriktssatsinger`); required when the programme has levels.
    #[arg(long, value_parser = crate::cli::words::NameParser::<Level>::new("level"))]
    pub(crate) level: Option<String>,
    /// The item's title, as the programme words it.
    #[arg(long, allow_hyphen_values = true)]
    pub(crate) title: String,
    /// A responsible body, by id or name; repeat for several. Default: the programme's owner.
    #[arg(long)]
    pub(crate) responsible: Vec<String>,
    /// A partner body, by id or name; repeat for several.
    #[arg(long)]
    pub(crate) partner: Vec<String>,
    /// A linked item (`K3`, `mr2025:digi-mr`); repeat for several.
    #[arg(long)]
    pub(crate) link: Vec<String>,
    /// A region the item concerns, by id or name; repeat for several.
    #[arg(long)]
    pub(crate) region: Vec<String>,
    /// A municipality the item concerns, by number or name; repeat for several.
    #[arg(long)]
    pub(crate) municipality: Vec<String>,
    /// The priority term: short, long or short-and-long.
    #[arg(long)]
    pub(crate) priority: Option<String>,
    /// The item's text (`-` reads it from standard input).
    #[arg(long, allow_hyphen_values = true)]
    pub(crate) description: Option<String>,
}

#[derive(Debug, clap::Args)]
pub(crate) struct BodyArgs {
    /// The body's name, as it calls itself.
    #[arg(long)]
    pub(crate) name: String,
    /// What sort of body: county-council, state-agency, municipality, …
    #[arg(long)]
    pub(crate) kind: String,
    /// The id. Default: made from the name (`Høgskolen i Innlandet` → `hogskolen-i-innlandet`).
    #[arg(long)]
    pub(crate) id: Option<String>,
}

#[derive(Debug, clap::Args)]
pub(crate) struct RegionArgs {
    /// The region's name.
    #[arg(long)]
    pub(crate) name: String,
    /// County number, such as `34`. Default: the county of the first municipality.
    #[arg(long)]
    pub(crate) county: Option<String>,
    /// A member municipality, by number or name; repeat for several.
    #[arg(long)]
    pub(crate) municipality: Vec<String>,
    /// The id. Default: made from the name.
    #[arg(long)]
    pub(crate) id: Option<String>,
}

#[derive(Debug, clap::Args)]
pub(crate) struct DocumentArgs {
    /// The document's title, as it is published.
    #[arg(long, allow_hyphen_values = true)]
    pub(crate) title: String,
    /// What sort of document: strategy, plan, action-programme, …
    #[arg(long)]
    pub(crate) kind: String,
    /// The body that owns it, by id or name.
    #[arg(long)]
    pub(crate) owner: Option<String>,
    /// The id. Default: made from the title.
    #[arg(long)]
    pub(crate) id: Option<String>,
}

/// What to write: the kind, where (relative to the data folder) and the filled fields.
struct NewFile {
    id: String,
    kind: EntityKind,
    relative: PathBuf,
    fields: Vec<(&'static str, Yaml)>,
}

pub(crate) fn run(args: &Args, settings: &Settings, out: &mut dyn Write) -> Result<u8> {
    // Under the lock from choosing the id to writing the file, so parallel runs take
    // different ids.
    let open = change::open(settings)?;
    let ctx = &open.ctx;
    let new = match &args.what {
        What::Item(a) => item(ctx, a)?,
        What::Body(a) => body(ctx, a)?,
        What::Region(a) => region(ctx, a)?,
        What::Document(a) => document(ctx, a)?,
    };
    // The schema folder sits beside the data folder: one `..` per folder down, and one more.
    let depth = new.relative.components().count();
    let schema = format!(
        "{}schema/{}",
        "../".repeat(depth),
        crate::schema::file_name(new.kind)
    );
    let mut text = Vec::new();
    template::entity(&mut text, &schema, new.kind.fields(), &new.fields)?;
    let relative = new.relative.to_string_lossy().replace('\\', "/");
    // The file as the user can open it from here (findings name it from the repository root).
    let path = open.ctx.dir.path.join(&new.relative);
    let cwd = std::env::current_dir()?;
    let shown = path
        .strip_prefix(&cwd)
        .unwrap_or(&path)
        .to_string_lossy()
        .replace('\\', "/");
    let mut open = open;
    open.changes.create(&relative, text)?;
    let id = new.id.clone();
    let change_args = ChangeArgs {
        dry_run: args.dry_run,
        format: crate::cli::format::Record::Human,
    };
    let mut summary = Vec::new();
    let code = change::finish(
        open,
        &id,
        vec!["created".into()],
        &change_args,
        &mut summary,
    )?;
    if code == EXIT_OK && !args.dry_run {
        writeln!(out, "{shown}")?;
    } else {
        out.write_all(&summary)?;
    }
    Ok(code)
}

fn scalar(text: impl Into<String>) -> Yaml {
    Yaml::Scalar(text.into())
}

fn text(text: impl Into<String>) -> Yaml {
    Yaml::Text(text.into())
}

fn item(ctx: &Context, args: &ItemArgs) -> Result<NewFile> {
    let repo = &ctx.repo;
    let programme = programme(ctx, args.programme.as_deref(), &args.theme)?;
    let pid = &programme.id.value;
    let theme = theme(repo, programme, &args.theme)?;
    if args.title.trim().is_empty() {
        bail!("{}", t!("new-empty-title"));
    }
    let level = level(programme, args.level.as_deref())?;
    let folder = Path::new("programmes").join(pid).join("items");
    let id = next_item_id(ctx, programme, &theme, &args.title, &folder);
    let mut fields = vec![
        ("id", scalar(&id)),
        ("programme", scalar(pid)),
        ("theme", scalar(&theme)),
    ];
    if let Some(level) = level {
        fields.push(("level", scalar(level)));
    }
    fields.push(("title", text(&args.title)));
    if let Some(description) = &args.description {
        fields.push(("description", text(description_text(description)?)));
    }
    let responsible = if args.responsible.is_empty() {
        vec![programme.owner.value.clone()]
    } else {
        args.responsible
            .iter()
            .map(|b| one_body(repo, b))
            .collect::<Result<_>>()?
    };
    fields.push((
        "responsible",
        Yaml::List(responsible.into_iter().map(Yaml::Scalar).collect()),
    ));
    optional_fields(ctx, programme, args, &mut fields)?;
    // A new item is published nowhere yet: its sources are added when it is, not claimed.
    fields.push(("sources", Yaml::List(Vec::new())));
    Ok(NewFile {
        id: id.clone(),
        kind: EntityKind::Item,
        relative: folder.join(format!("{id}.yaml")),
        fields,
    })
}

/// The code of the theme `given` names in the programme. A theme no programme has is refused
/// with the programme's codes, as one of another programme is.
fn theme(repo: &Repository, programme: &Programme, given: &str) -> Result<String> {
    let pid = &programme.id.value;
    let codes = || {
        let codes: Vec<&str> = programme.themes.iter().map(|t| t.code.as_str()).collect();
        codes.join(", ")
    };
    let themes = query::resolve_theme(repo, given).map_err(|mut unknown| {
        unknown.allowed = Some(codes());
        unknown
    })?;
    let Some((_, theme)) = themes.into_iter().find(|(p, _)| p == pid) else {
        bail!(
            "{}",
            t!(
                "new-no-theme",
                programme = pid.as_str(),
                theme = given,
                themes = codes()
            )
        );
    };
    Ok(theme)
}

/// The level `--level` names, which a programme with levels requires and one without refuses.
fn level(programme: &Programme, given: Option<&str>) -> Result<Option<&'static str>> {
    let pid = programme.id.value.as_str();
    match (given, programme.levels.is_empty()) {
        (Some(given), false) => {
            let level = crate::cli::set::level(Some(programme), given)?;
            if !programme.levels.iter().any(|l| l.id.as_str() == level) {
                bail!(
                    "{}",
                    t!(
                        "new-no-such-level",
                        programme = pid,
                        level = given,
                        levels = level_names(programme)
                    )
                );
            }
            Ok(Some(level))
        }
        (Some(_), true) => bail!("{}", t!("new-no-levels", programme = pid)),
        (None, false) => bail!(
            "{}",
            t!(
                "new-give-level",
                programme = pid,
                levels = level_names(programme)
            )
        ),
        (None, true) => Ok(None),
    }
}

/// `--partner`, `--link`, `--priority`, `--region` and `--municipality`, resolved.
fn optional_fields(
    ctx: &Context,
    programme: &Programme,
    args: &ItemArgs,
    fields: &mut Vec<(&'static str, Yaml)>,
) -> Result<()> {
    let repo = &ctx.repo;
    let list = |values: Vec<Yaml>| Yaml::List(values);
    if !args.partner.is_empty() {
        let ids = args
            .partner
            .iter()
            .map(|b| one_body(repo, b).map(Yaml::Scalar));
        fields.push(("partners", list(ids.collect::<Result<_>>()?)));
    }
    if !args.link.is_empty() {
        let mut links = Vec::new();
        for given in &args.link {
            let ix = query::resolve_item(repo, given)?;
            links.push(Yaml::Scalar(repo.display_id(ix, Some(&programme.id.value))));
        }
        fields.push(("links", list(links)));
    }
    if let Some(given) = &args.priority {
        let term: Term = crate::query::resolve_word(given)?;
        let wording = Labels::of(programme.language).term(Some(term));
        fields.push((
            "priority",
            Yaml::Map(vec![
                ("term", scalar(term.as_str())),
                ("text", text(wording)),
            ]),
        ));
    }
    if !args.region.is_empty() {
        let mut ids = Vec::new();
        for given in &args.region {
            ids.extend(
                query::resolve_region(repo, given)?
                    .into_iter()
                    .map(Yaml::Scalar),
            );
        }
        fields.push(("regions", list(ids)));
    }
    if !args.municipality.is_empty() {
        let mut numbers: Vec<Yaml> = Vec::new();
        for given in &args.municipality {
            for number in query::resolve_municipality(repo, given)? {
                if !numbers.contains(&Yaml::Text(number.clone())) {
                    numbers.push(Yaml::Text(number));
                }
            }
        }
        fields.push(("municipalities", list(numbers)));
    }
    Ok(())
}

/// The description as given, or read from standard input for `-`.
fn description_text(given: &str) -> Result<String> {
    if given != "-" {
        return Ok(given.to_string());
    }
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)?;
    Ok(text.trim_end().to_string())
}

fn level_names(programme: &Programme) -> String {
    let names: Vec<String> = programme
        .levels
        .iter()
        .map(|l| format!("{} ({})", l.id.as_str(), l.name))
        .collect();
    names.join(", ")
}

/// The programme named, the one in plan.toml, or the only one there is.
/// The programme of a new item: `--programme`, else `programme` in plan.toml, else the one
/// programme that has the theme `theme` names (the only programme there is, or the only one
/// with that theme); else an error naming the candidates.
fn programme<'a>(ctx: &'a Context, given: Option<&str>, theme: &str) -> Result<&'a Programme> {
    let repo = &ctx.repo;
    if let Some(name) = given.or(ctx.dir.config.programme.as_deref()) {
        return Ok(&repo.programmes[&query::resolve_programme(repo, name)?]);
    }
    let with_theme: BTreeSet<String> = query::resolve_theme(repo, theme)
        .map(|themes| themes.into_iter().map(|(p, _)| p).collect())
        .unwrap_or_default();
    let candidates: Vec<&str> = match with_theme.is_empty() {
        true => repo.programmes.keys().map(String::as_str).collect(),
        false => with_theme.iter().map(String::as_str).collect(),
    };
    match candidates[..] {
        [only] => Ok(&repo.programmes[only]),
        _ => bail!(
            "{}",
            t!("new-which-programme", programmes = candidates.join(", "))
        ),
    }
}

/// The next free id in the theme (see [`query::next_item_id`]), never the name of a file
/// already in the items folder.
fn next_item_id(
    ctx: &Context,
    programme: &Programme,
    theme: &str,
    title: &str,
    folder: &Path,
) -> String {
    query::next_item_id(&ctx.repo, programme, theme, title, |id| {
        !ctx.dir
            .path
            .join(folder)
            .join(format!("{id}.yaml"))
            .exists()
    })
}

/// One body by id or name; several matches are a usage error.
pub(crate) fn one_body(repo: &Repository, name: &str) -> Result<String> {
    change::only("bodies", name, query::resolve_body(repo, name)?)
}

/// The id given (checked) or made from a name; refused if an entity or file has it already.
fn new_id(
    ctx: &Context,
    given: Option<&str>,
    name: &str,
    folder: &str,
    taken: impl Fn(&str) -> bool,
) -> Result<String> {
    let id = match given {
        Some(id) if !is_slug(id) => bail!("{}", t!("new-bad-id", id = id, slug = fold(id))),
        Some(id) => id.to_string(),
        None => query::slug_of(name),
    };
    if taken(&id)
        || ctx
            .dir
            .path
            .join(folder)
            .join(format!("{id}.yaml"))
            .exists()
    {
        bail!("{}", t!("new-id-taken", id = id.as_str(), folder = folder));
    }
    Ok(id)
}

fn body(ctx: &Context, args: &BodyArgs) -> Result<NewFile> {
    let kind: BodyKind = query::resolve_word(&args.kind)?;
    if args.id.is_none() {
        refuse_known_body(ctx, &args.name)?;
    }
    let id = new_id(ctx, args.id.as_deref(), &args.name, "bodies", |id| {
        ctx.repo.bodies.contains_key(id)
    })?;
    Ok(NewFile {
        id: id.clone(),
        kind: EntityKind::Body,
        relative: Path::new("bodies").join(format!("{id}.yaml")),
        fields: vec![
            ("id", scalar(&id)),
            ("name", text(&args.name)),
            ("kind", scalar(kind.as_str())),
        ],
    })
}

/// A body already written under the name (or one of its aliases) is the one meant: say its
/// id rather than ask for another. With `--id` a second body of the same name is allowed.
fn refuse_known_body(ctx: &Context, name: &str) -> Result<()> {
    let wanted = fold(name);
    let known = ctx.repo.bodies.values().find(|b| {
        std::iter::once(&b.name)
            .chain(&b.aliases)
            .any(|n| fold(n) == wanted)
    });
    if let Some(body) = known {
        bail!(
            "{}",
            t!(
                "new-body-exists",
                name = body.name.as_str(),
                id = body.id.value.as_str()
            )
        );
    }
    Ok(())
}

fn region(ctx: &Context, args: &RegionArgs) -> Result<NewFile> {
    let repo = &ctx.repo;
    let mut numbers: Vec<String> = Vec::new();
    for given in &args.municipality {
        for number in query::resolve_municipality(repo, given)? {
            if !numbers.contains(&number) {
                numbers.push(number);
            }
        }
    }
    let county = match (&args.county, numbers.first()) {
        (Some(county), _) => county.clone(),
        (None, Some(first)) => repo.municipalities[first].county.clone(),
        (None, None) => bail!("{}", t!("new-give-county")),
    };
    let id = new_id(ctx, args.id.as_deref(), &args.name, "regions", |id| {
        repo.regions.contains_key(id)
    })?;
    Ok(NewFile {
        id: id.clone(),
        kind: EntityKind::Region,
        relative: Path::new("regions").join(format!("{id}.yaml")),
        fields: vec![
            ("id", scalar(&id)),
            ("name", text(&args.name)),
            ("county", text(county)),
            (
                "municipalities",
                Yaml::List(numbers.into_iter().map(Yaml::Text).collect()),
            ),
        ],
    })
}

fn document(ctx: &Context, args: &DocumentArgs) -> Result<NewFile> {
    let kind: DocumentKind = query::resolve_word(&args.kind)?;
    let id = new_id(ctx, args.id.as_deref(), &args.title, "documents", |id| {
        ctx.repo.documents.contains_key(id)
    })?;
    let mut fields = vec![
        ("id", scalar(&id)),
        ("title", text(&args.title)),
        ("kind", scalar(kind.as_str())),
    ];
    if let Some(owner) = &args.owner {
        fields.push(("owner", scalar(one_body(&ctx.repo, owner)?)));
    }
    Ok(NewFile {
        id: id.clone(),
        kind: EntityKind::Document,
        relative: Path::new("documents").join(format!("{id}.yaml")),
        fields,
    })
}
