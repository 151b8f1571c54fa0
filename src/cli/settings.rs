//! The settings step: the parsed command line turned, once and in one place, into the
//! settings every command takes, as ripgrep turns its flags into validated arguments before
//! any work is done.
//!
//! [`Settings::resolve`] settles, in this order:
//! 1. the repository: `plan validate`'s path, else `--repo` (`PLAN_REPO`), else the nearest
//!    folder upwards that is one ([`super::locate`]); its `plan.toml` is read and checked
//!    there, so the data folder, the default programme, the stale age (a typed [`Age`]) and
//!    the severity overrides ([`crate::config::Config::findings`]) are settled values;
//! 2. the language: `--lang` (`PLAN_LANG`), else `language` in `plan.toml`, else the locale
//!    ([`crate::i18n::choose`]); it is made the language of the run;
//! 3. the output: colour on standard output ([`Style`]) and the width to fit it to
//!    ([`given_width`], else 80 columns).
//!
//! A repository that cannot be found or read is not an error here: `schema`, `completions`
//! and `man` work anywhere. The commands that read data get the error from
//! [`Settings::repository`], worded as if they had looked themselves.
//!
//! `plan.toml` is read here, once a run. Only a command line clap refuses (or `--help`) is
//! not settled here: its language is guessed from the raw arguments
//! ([`language_before_parsing`]), so that clap's help and errors speak it, and clap exits.
//!
//! [`Age`]: crate::model::Age

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow};

use crate::cli::{Cli, Command, DataDir, locate};
use crate::i18n::{self, Choice};
use crate::model::Language;
use crate::render::style::Style;

/// What a run works with, settled before any command starts.
pub(crate) struct Settings {
    /// The data folder and its `plan.toml`, or why none could be found or read.
    repository: Result<DataDir>,
    /// The language of the run, and whether the user asked for it.
    pub(crate) language: Choice,
    /// Colour on standard output: only to a terminal, and not under `NO_COLOR`.
    pub(crate) style: Style,
    /// The width to fit the output to; none with `--width 0`, when every line is written
    /// whole.
    pub(crate) width: Option<u16>,
    /// The width given (`--width`, `COLUMNS`) or measured on a terminal; none when piped
    /// without one. An edit's one-line summary is wrapped only to this: piped, scripts read
    /// it as one line.
    pub(crate) given_width: Option<u16>,
}

impl Settings {
    /// Settles the settings of a parsed command line and makes its language the run's.
    pub(crate) fn resolve(cli: &Cli) -> Settings {
        let locale = i18n::locale_from_env();
        // A repository that cannot be read has no language to give: its error is worded in
        // the language asked for or the locale's.
        i18n::set_current(i18n::choose(cli.lang, None, None, &locale).language);
        let repository = locate(cli.data_path());
        let configured = repository.as_ref().ok().and_then(|dir| dir.config.language);
        let language = i18n::choose(cli.lang, None, configured, &locale);
        i18n::set_current(language.language);
        let given = given_width(cli.width);
        Settings {
            repository,
            language,
            style: Style::stdout(),
            width: given.unwrap_or(Some(PIPED_WIDTH)),
            given_width: given.flatten(),
        }
    }

    /// The data folder, or the error met looking for it.
    pub(crate) fn repository(&self) -> Result<&DataDir> {
        self.repository
            .as_ref()
            .map_err(|e| anyhow!("{}", super::told(e)))
    }

    /// The language the user asked for (`--lang`, `PLAN_LANG`), if any: reports and
    /// workbooks otherwise follow the programme they show.
    pub(crate) fn asked_language(&self) -> Option<Language> {
        self.language.said.then_some(self.language.language)
    }
}

impl Cli {
    /// The repository or data folder the command works on, if named.
    fn data_path(&self) -> Option<&Path> {
        match &self.command {
            Command::Validate(args) => args.path.as_deref().or(self.repo.as_deref()),
            _ => self.repo.as_deref(),
        }
    }
}

/// The language of a command line clap refuses, so that `--help` and clap's errors speak
/// it: `--lang`, `PLAN_LANG`, the repository's `plan.toml` (found through `--repo`,
/// `PLAN_REPO` or the current folder), the locale. A value that is not a language is left
/// for clap to report.
pub(super) fn language_before_parsing(args: &[OsString]) -> Choice {
    let option = |name: &str| -> Option<String> {
        let prefix = format!("{name}=");
        args.iter().enumerate().find_map(|(i, arg)| {
            let arg = arg.to_str()?;
            match arg.strip_prefix(&prefix) {
                Some(value) => Some(value.to_string()),
                None if arg == name => args.get(i + 1)?.to_str().map(str::to_string),
                None => None,
            }
        })
    };
    let language = |text: Option<String>| text.and_then(|t| crate::words::parse(&t));
    let repo = option("--repo")
        .or_else(|| std::env::var("PLAN_REPO").ok())
        .map(PathBuf::from);
    let config = locate(repo.as_deref())
        .ok()
        .and_then(|dir| dir.config.language);
    i18n::choose(
        language(option("--lang")),
        language(std::env::var("PLAN_LANG").ok()),
        config,
        &i18n::locale_from_env(),
    )
}

/// The width output is fitted to when nothing gives one: piped output is read in `less` or
/// a narrow window as often as not.
const PIPED_WIDTH: u16 = 80;

/// The width given or measured: `--width` (0: none, every line whole), else `COLUMNS`, else
/// the terminal's; `None` when there is none of these (piped).
fn given_width(asked: Option<u16>) -> Option<Option<u16>> {
    if let Some(asked) = asked {
        return Some((asked > 0).then_some(asked));
    }
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    let terminal = || {
        std::io::stdout()
            .is_terminal()
            .then(|| comfy_table::Table::new().width())
            .flatten()
    };
    columns.filter(|&c: &u16| c > 0).or_else(terminal).map(Some)
}
