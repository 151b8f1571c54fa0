//! The command line: clap definitions, the settings step (`settings`: the data folder
//! found, `plan.toml` read, the language and output settled, once), loading the data once,
//! and dispatching to one module per subcommand, each given the settings.

mod change;
mod diff;
mod export;
mod format;
mod help;
mod import;
mod link;
mod links;
pub(crate) mod list;
pub(crate) mod new;
mod regions;
mod remove;
mod rename;
mod report;
mod schema;
pub(crate) mod set;
mod settings;
mod shell;
mod show;
mod update;
mod usage_error;
mod validate;
mod words;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use std::io::IsTerminal;

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::index::Repository;
use crate::load::Prose;
use crate::model::Language;
use crate::render::style::Style;
use settings::Settings;

/// Exit status: no errors.
pub(crate) const EXIT_OK: u8 = 0;
/// Exit status: the data has errors (or warnings under `--deny-warnings`), or a query found
/// nothing where something was asked for.
pub(crate) const EXIT_FINDINGS: u8 = 1;
/// Exit status: usage error, or the repository could not be read at all.
pub(crate) const EXIT_USAGE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "plan",
    version,
    about = "Validate, query, cross-reference and export regional development programmes kept as YAML in git",
    after_help = "Exit status: 0 success; 1 the data has errors (validate) or a lookup failed; \
                  2 usage error or the repository cannot be read."
)]
pub(crate) struct Cli {
    /// The repository (a folder with `data/`) or the data folder itself. Default: found by
    /// walking up from the current folder, like git.
    #[arg(long, global = true, env = "PLAN_REPO", value_name = "PATH")]
    pub(crate) repo: Option<PathBuf>,

    /// The language of the output: nb (bokmål), nn (nynorsk) or en. Default: `language` in
    /// plan.toml, else the locale (LC_ALL, LC_MESSAGES, LANG), else English.
    #[arg(long, global = true, env = "PLAN_LANG", value_name = "LANG", value_parser = words::WordParser::<Language>::new())]
    pub(crate) lang: Option<Language>,

    /// Fit tables and text to this many columns; 0 writes every line whole. Default:
    /// `COLUMNS`, else the terminal's width, else 80 (as when piped to `less`).
    #[arg(long, global = true, value_name = "WIDTH")]
    pub(crate) width: Option<u16>,

    #[command(subcommand)]
    pub(crate) command: Command,
}

// Subcommand arguments are parsed once per run; boxing them would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check the repository: schema, ids, links, references. For CI.
    Validate(validate::Args),
    /// List items, filtered: `plan list --region Valdres`.
    List(list::Args),
    /// Show one item in full, with the items that link to it: `plan show K3`.
    Show(show::Args),
    /// Cross-reference the links: broken, orphans, one-way, graph.
    Links(links::Args),
    /// The regions with their municipalities and how many items touch each.
    Regions(regions::RegionsArgs),
    /// The bodies with the items they are responsible for and partner in, by load.
    Bodies(regions::BodiesArgs),
    /// Items per region and theme, to see where the programme is thin.
    Coverage(regions::CoverageArgs),
    /// What changed between two git revisions, or a revision and the working tree.
    Diff(diff::Args),
    /// A status report for the county council: Markdown for GitHub, or a web page.
    Report(report::Args),
    /// The whole repository as JSON, YAML or CSV, or items as a workbook to edit (xlsx).
    Export(export::Args),
    /// Read back a workbook from `plan export --format xlsx`: show, check and write its changes.
    Import(import::Args),
    /// Start a new item, body, region or document file: `plan new item --theme K --title …`.
    New(new::Args),
    /// Record progress: a dated status update, `plan update K3 --status completed --text "…"`.
    Update(update::Args),
    /// Set a field of an item: `plan set K3 status completed`, `plan set K3 partners --add NAV`.
    Set(set::Args),
    /// Add links: `plan link K3 K9 --both`.
    Link(link::Args),
    /// Remove links: `plan unlink K3 K9 --both`.
    Unlink(link::Args),
    /// Give an item a new id and rewrite every link to it: `plan rename K3 K12`.
    Rename(rename::Args),
    /// Mark an item removed, with the reason: `plan remove K3 --reason "…"` (`--purge` deletes it).
    Remove(remove::Args),
    /// Write the JSON Schemas editors use for completion and checks: `plan schema --out schema`.
    Schema(schema::Args),
    /// Print a shell completion script: `plan completions bash`.
    Completions(shell::CompletionsArgs),
    /// Print the man page (`plan man > plan.1`), or write every page: `plan man --out DIR`.
    Man(shell::ManArgs),
}

/// Parses the command line. One that parses needs no language yet: the settings step
/// (`Settings::resolve`) settles it, reading `plan.toml` once. One that does not (`--help`,
/// `--version`, a mistake) is parsed again with its texts in the language it asks for,
/// guessed from the raw arguments (`settings::language_before_parsing`), so that the help
/// and the mistake (`usage_error`) speak it; the run then ends. The texts change nothing
/// that is parsed.
pub(crate) fn parse(args: Vec<OsString>) -> Cli {
    let parsed = Cli::command()
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    parsed.unwrap_or_else(|_| {
        crate::i18n::set_current(settings::language_before_parsing(&args).language);
        let command = help::translated(Cli::command(), crate::i18n::current());
        let matches = command
            .try_get_matches_from(args)
            .unwrap_or_else(|e| usage_error::exit(&e));
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| usage_error::exit(&e))
    })
}

/// Runs a parsed command line; the exit code says how it went.
pub(crate) fn run(cli: &Cli) -> Result<ExitCode> {
    let settings = Settings::resolve(cli);
    let s = &settings;
    // Reports and exports run to hundreds of megabytes: written in large pieces.
    let mut out = std::io::BufWriter::with_capacity(
        1 << 16,
        ClosedPipeIsQuiet::new(std::io::stdout().lock()),
    );
    let code = match &cli.command {
        Command::Validate(args) => validate::run(args, s, &mut out)?,
        Command::List(args) => list::run(args, s, &mut out)?,
        Command::Show(args) => show::run(args, s, &mut out)?,
        Command::Links(args) => links::run(args, s, &mut out)?,
        Command::Regions(args) => regions::regions(args, s, &mut out)?,
        Command::Bodies(args) => regions::bodies(args, s, &mut out)?,
        Command::Coverage(args) => regions::coverage(args, s, &mut out)?,
        Command::Diff(args) => diff::run(args, s, &mut out)?,
        Command::Report(args) => report::run(args, s, &mut out)?,
        Command::Export(args) => export::run(args, s, &mut out)?,
        Command::Import(args) => import::run(args, s, &mut out)?,
        Command::New(args) => new::run(args, s, &mut out)?,
        Command::Update(args) => update::run(args, s, &mut out)?,
        Command::Set(args) => set::run(args, s, &mut out)?,
        Command::Link(args) => link::link(args, s, &mut out)?,
        Command::Unlink(args) => link::unlink(args, s, &mut out)?,
        Command::Rename(args) => rename::run(args, s, &mut out)?,
        Command::Remove(args) => remove::run(args, s, &mut out)?,
        Command::Schema(args) => schema::run(args, &mut out)?,
        Command::Completions(args) => shell::completions(args, &mut out)?,
        Command::Man(args) => shell::man(args, &mut out)?,
    };
    out.flush()?;
    Ok(ExitCode::from(code))
}

/// The binary's whole run: parses `args`, runs the command, and reports a failure of the tool
/// on standard error; the exit status says how it went.
pub fn main(args: Vec<OsString>) -> ExitCode {
    match run(&parse(args)) {
        Ok(code) => code,
        Err(err) => fail(&err),
    }
}

/// What the binary does when standard output was closed before it started: says so and
/// fails, as no command's output could be seen.
pub fn stdout_closed() -> ExitCode {
    fail(&anyhow::anyhow!("{}", crate::t!("error-stdout-closed")))
}

/// Reports a failure of the tool as `plan: error: …`; the exit status it means (1 when files
/// could not be read, 2 otherwise).
fn fail(err: &anyhow::Error) -> ExitCode {
    eprintln!("plan: {}: {}", crate::t!("error-prefix"), told(err));
    if err.is::<UnreadFiles>() {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::from(EXIT_USAGE)
    }
}

/// A failure as people read it: each context and its cause, joined by `: ` (as anyhow's
/// `{:#}`), with the operating system's reasons worded in the run's language.
pub(crate) fn told(err: &anyhow::Error) -> String {
    let causes: Vec<String> = err
        .chain()
        .map(|cause| match cause.downcast_ref::<std::io::Error>() {
            Some(io) => crate::i18n::io_error(io),
            None => cause.to_string(),
        })
        .collect();
    causes.join(": ")
}

/// Standard output that takes a reader going away (`plan list | head -1`) as the end of
/// the output, not an error: the rest is dropped and the command still ends with the
/// status its work deserves. Every other write error (a full disk) stays an error.
struct ClosedPipeIsQuiet<W> {
    inner: W,
    closed: bool,
}

impl<W: Write> ClosedPipeIsQuiet<W> {
    fn new(inner: W) -> Self {
        ClosedPipeIsQuiet {
            inner,
            closed: false,
        }
    }

    fn quiet<T>(&mut self, result: std::io::Result<T>, instead: T) -> std::io::Result<T> {
        match result {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(instead)
            }
            other => other,
        }
    }
}

impl<W: Write> Write for ClosedPipeIsQuiet<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        let result = self.inner.write(buf);
        self.quiet(result, buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = self.inner.flush();
        self.quiet(result, ())
    }
}

/// A data folder, the prefix its files are shown with, and the repository's settings.
#[derive(Debug, Clone)]
pub(crate) struct DataDir {
    pub(crate) path: PathBuf,
    pub(crate) display: String,
    pub(crate) config: Config,
}

impl DataDir {
    /// The data folder a `plan.toml` in `root` names.
    fn configured(root: &Path, config: Config) -> Result<DataDir> {
        let path = root.join(&config.data);
        if !path.is_dir() {
            bail!(
                "{}",
                crate::t!(
                    "error-data-not-a-folder",
                    config = root.join(crate::config::FILE_NAME).display().to_string(),
                    data = config.data.as_str()
                )
            );
        }
        // `data` is checked to be a relative path without `..`; a symbolic link on the way
        // could still lead out.
        let inside = match (path.canonicalize(), root.canonicalize()) {
            (Ok(data), Ok(root)) => data.starts_with(root),
            _ => false,
        };
        if !inside {
            bail!(
                "{}",
                crate::t!(
                    "error-data-through-link",
                    config = root.join(crate::config::FILE_NAME).display().to_string(),
                    data = config.data.as_str()
                )
            );
        }
        Ok(DataDir {
            path,
            display: shown(Path::new(&config.data)).unwrap_or_default(),
            config,
        })
    }

    /// A data folder named directly (or found from inside it), with the settings and the
    /// repository-relative name [`around`] gives it.
    fn bare(path: &Path) -> Result<DataDir> {
        let (config, display) = around(path)?;
        Ok(DataDir {
            path: path.to_path_buf(),
            display,
            config,
        })
    }
}

/// Finds the data folder: an explicit path (a repository or its data folder), else the
/// nearest folder upwards that has a `plan.toml` or `data/programmes`, or is itself a data
/// folder. A `plan.toml` beside the data folder applies to it.
///
/// Paths in findings are relative to the repository root, whatever folder `plan` runs in and
/// however the repository is named (`--repo /abs/path`): `data/programmes/…`. The root is the
/// folder with the `plan.toml`, or the folder that holds the data folder.
pub(crate) fn locate(explicit: Option<&Path>) -> Result<DataDir> {
    if let Some(path) = explicit {
        if !path.exists() {
            bail!(
                "{}",
                crate::t!("error-does-not-exist", path = path.display().to_string())
            );
        }
        if let Some(found) = repository_at(path)? {
            return Ok(found);
        }
        if !path.is_dir() {
            let path = path.display().to_string();
            bail!("{}", crate::t!("error-not-a-folder", path = path));
        }
        if !path.join("programmes").is_dir() {
            let path = path.display().to_string();
            bail!("{}", crate::t!("error-not-plan-repository", path = path));
        }
        return DataDir::bare(path);
    }
    let cwd = std::env::current_dir()?;
    for dir in cwd.ancestors() {
        if let Some(found) = repository_at(dir)? {
            return Ok(found);
        }
        if dir.join("programmes").is_dir() {
            return DataDir::bare(dir);
        }
    }
    bail!(
        "{}",
        crate::t!("error-no-repository", folder = cwd.display().to_string())
    )
}

/// The data folder of the repository `dir`: the one its `plan.toml` names, else its `data/`
/// when that holds programmes; none when `dir` is not a repository's root.
fn repository_at(dir: &Path) -> Result<Option<DataDir>> {
    if let Some(config) = Config::find(dir)? {
        return DataDir::configured(dir, config).map(Some);
    }
    if dir.join("data").join("programmes").is_dir() {
        return Ok(Some(DataDir {
            path: dir.join("data"),
            display: "data".into(),
            config: Config::default(),
        }));
    }
    Ok(None)
}

/// The settings and repository-relative name of a data folder named directly: those of the
/// `plan.toml` in the folder above it if that file names this folder as its data (`plan
/// validate data` in CI), else the defaults and the folder's own name.
fn around(data: &Path) -> Result<(Config, String)> {
    let absolute = data.canonicalize().ok();
    let name = absolute
        .as_deref()
        .and_then(Path::file_name)
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some(root) = absolute.as_deref().and_then(Path::parent) else {
        return Ok((Config::default(), name));
    };
    Ok(match Config::find(root)? {
        Some(config) if root.join(&config.data).canonicalize().ok() == absolute => {
            let display = shown(Path::new(&config.data)).unwrap_or(name);
            (config, display)
        }
        _ => (Config::default(), name),
    })
}

fn shown(path: &Path) -> Option<String> {
    let text = path.to_string_lossy().replace('\\', "/");
    let text = text.trim_start_matches("./").trim_end_matches('/');
    (!text.is_empty() && text != ".").then(|| text.to_string())
}

/// Loads and indexes a data folder, returning the findings met on the way.
pub(crate) fn load(dir: &DataDir, prose: Prose) -> Result<(Repository, Vec<Diagnostic>)> {
    let loaded = crate::load::load(&dir.path, &dir.display, prose)?;
    if loaded.files.is_empty() && loaded.diagnostics.is_empty() {
        let path = dir.path.display().to_string();
        bail!("{}", crate::t!("error-no-plan-data", path = path));
    }
    Ok(Repository::build(loaded))
}

/// The export of the data folder at `path` as one value, read the way `plan --repo PATH
/// export` reads it, for readers that want the whole document in memory.
pub fn read_export(path: &Path) -> Result<crate::export::Export> {
    let (repo, _) = load(&locate(Some(path))?, Prose::Keep)?;
    Ok(crate::export::Export::new(&repo))
}

/// `--as-of DATE` and `--at REV`: the repository as it stood on a date, or as it was at a git
/// revision, or both (the revision's data, as it stood on the date).
#[derive(Debug, Default, Clone, clap::Args)]
pub(crate) struct Moment {
    /// Statuses, updates and measurements as they stood on this date (YYYY-MM-DD or
    /// DD.MM.YYYY): updates dated later do not count; a month or a year counts as its last day.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(crate) as_of: Option<crate::model::Date>,
    /// Read the data as it was at this git revision: a tag, a branch or a commit.
    #[arg(long, value_name = "REV")]
    pub(crate) at: Option<String>,
}

/// A day, or a month or a year standing for its last day: "as of 2026" means as things
/// stood when 2026 was over.
fn parse_day(text: &str) -> Result<crate::model::Date> {
    let date = crate::model::Date::parse_typed(text)
        .ok_or_else(|| anyhow::anyhow!("{}", crate::t!("error-not-a-date", text = text)))?;
    let (year, month, day) = date.latest();
    Ok(crate::model::Date {
        year,
        month: Some(month),
        day: Some(day),
    })
}

/// Loads and indexes a data folder at a [`Moment`], returning the findings met on the way.
pub(crate) fn load_at(
    dir: &DataDir,
    prose: Prose,
    moment: &Moment,
) -> Result<(Repository, Vec<crate::diagnostic::Diagnostic>)> {
    let mut loaded = match &moment.at {
        Some(revision) => {
            let git = crate::load::git::GitData::open(&dir.path)?;
            let commit = git.commit(revision)?;
            crate::load::load_memory(&dir.display, git.files_at(&commit)?, prose)
        }
        None => crate::load::load(&dir.path, &dir.display, prose)?,
    };
    if let Some(date) = moment.as_of {
        loaded.entities.as_of(date);
    }
    Ok(Repository::build(loaded))
}

/// `--out FILE` and `--force`, for commands that can write a file (atomically, see
/// [`crate::output`]).
#[derive(Debug, clap::Args)]
pub(crate) struct OutFile {
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    /// With --out: replace the file if it exists.
    #[arg(long, requires = "out")]
    pub(crate) force: bool,
}

impl OutFile {
    /// Writes what `write` produces to the file, or to `stdout` when there is none.
    pub(crate) fn write(
        &self,
        stdout: &mut dyn Write,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<()> {
        crate::output::to_file_or_stdout(self.out.as_deref(), self.force, stdout, write)
    }
}

/// What every query command starts from: the repository, loaded and indexed once.
pub(crate) struct Context {
    pub(crate) dir: DataDir,
    pub(crate) repo: Repository,
    /// What loading found (bad fields, unknown files), for commands that check further.
    pub(crate) load_findings: Vec<Diagnostic>,
}

/// The data has files that could not be read, so an answer would silently leave their
/// entities out; the findings have been written to standard error. Exit status 1.
#[derive(Debug)]
pub(crate) struct UnreadFiles(pub(crate) usize);

impl std::fmt::Display for UnreadFiles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("error-unread-files", count = self.0))
    }
}

impl std::error::Error for UnreadFiles {}

impl Context {
    /// Loads the repository the settings found. If a file could not be read, its findings
    /// go to standard error and the command fails with [`UnreadFiles`]: no command answers
    /// from a repository with items silently missing.
    pub(crate) fn open(settings: &Settings, prose: Prose) -> Result<Context> {
        Context::open_at(settings, prose, &Moment::default())
    }

    /// [`Context::open`] at a date or revision.
    pub(crate) fn open_at(settings: &Settings, prose: Prose, moment: &Moment) -> Result<Context> {
        let dir = settings.repository()?.clone();
        let (repo, found) = load_at(&dir, prose, moment)?;
        refuse_unread(&repo, &found)?;
        Ok(Context {
            dir,
            repo,
            load_findings: found,
        })
    }

    /// Every finding about the data, as `plan validate` reports it.
    pub(crate) fn findings(&self) -> Vec<Diagnostic> {
        findings(&self.dir, &self.repo, self.load_findings.clone())
    }
}

/// Fails with [`UnreadFiles`], the findings written to standard error, when a file of the
/// repository could not be read: no command answers from (or writes to) a repository with
/// entities silently missing.
pub(crate) fn refuse_unread(repo: &Repository, found: &[Diagnostic]) -> Result<()> {
    let unread_paths: std::collections::HashSet<&str> =
        repo.unread_files().map(|f| f.path.as_str()).collect();
    // Not through the severity overrides: a finding allowed away still leaves its file's
    // entity missing.
    let unread: Vec<Diagnostic> = found
        .iter()
        .filter(|d| d.code.is_read_error() || unread_paths.contains(d.path.as_str()))
        .cloned()
        .collect();
    if unread.is_empty() {
        return Ok(());
    }
    let excerpts = repo.excerpts();
    let source = |path: &str, line: u32| excerpts.line(path, line);
    let style = Style::detect(std::io::stderr().is_terminal());
    let mut stderr = std::io::stderr().lock();
    crate::render::diagnostics::human(&mut stderr, &unread, &source, style)?;
    let files: std::collections::BTreeSet<&str> = unread.iter().map(|d| d.path.as_str()).collect();
    Err(UnreadFiles(files.len()).into())
}

/// Every finding about the data with `plan.toml`'s severities: [`Config::findings`].
pub(crate) fn findings(
    dir: &DataDir,
    repo: &Repository,
    found: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    dir.config.findings(repo, found)
}

/// `--today`, or the current date (UTC).
pub(crate) fn parse_today(given: Option<&str>) -> Result<crate::model::Date> {
    use crate::model::Date;
    match given {
        Some(text) => Date::parse_typed(text)
            .filter(|d| d.day.is_some())
            .ok_or_else(|| anyhow::anyhow!("{}", crate::t!("error-not-a-day", text = text))),
        None => {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            let days = i64::try_from(secs / 86_400).unwrap_or(i64::MAX);
            let (year, month, day) = crate::query::civil_from_days(days);
            Ok(Date {
                year,
                month: Some(month),
                day: Some(day),
            })
        }
    }
}
