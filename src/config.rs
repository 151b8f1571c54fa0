//! `plan.toml`: a data repository's settings (data folder, default programme, report
//! language, stale-status threshold, severity overrides by finding code), read strictly so a
//! misspelt key is an error with a suggestion rather than a setting silently ignored.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use anyhow::{Context as _, Result, anyhow};
use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

use crate::diagnostic::{Code, Diagnostic, Severity, did_you_mean};
use crate::model::{Age, AgeUnit, Language, Word};
use crate::t;

/// The settings file's name, at the root of a data repository.
pub(crate) const FILE_NAME: &str = "plan.toml";

/// What `plan.toml` may say about a finding code, as linters do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Override {
    /// Not reported at all.
    Allow,
    /// Reported as a warning: fails only under `--deny-warnings`.
    Warn,
    /// Reported as an error: fails validation.
    Deny,
}

impl Override {
    const NAMES: &[&str] = &["allow", "warn", "deny"];

    fn parse(text: &str) -> Option<Override> {
        match text {
            "allow" => Some(Override::Allow),
            "warn" => Some(Override::Warn),
            "deny" => Some(Override::Deny),
            _ => None,
        }
    }
}

/// A repository's settings; [`Config::default`] when it has no `plan.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Config {
    /// The data folder, relative to the folder holding `plan.toml`.
    pub(crate) data: String,
    /// The programme commands use when `--programme` is not given.
    pub(crate) programme: Option<String>,
    /// The language of messages, tables and help; the locale's when not set.
    pub(crate) language: Option<Language>,
    /// How long without a status update makes an item stale (`30d`, `2w`, `6m`, `1y`).
    pub(crate) stale: Age,
    pub(crate) severity: BTreeMap<Code, Override>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            data: "data".into(),
            programme: None,
            language: None,
            stale: Age {
                amount: 6,
                unit: AgeUnit::Months,
            },
            severity: BTreeMap::new(),
        }
    }
}

const KEYS: &[&str] = &["data", "programme", "language", "stale", "severity"];

impl Config {
    /// Reads `plan.toml` from `folder`, if there is one.
    pub(crate) fn find(folder: &Path) -> Result<Option<Config>> {
        let path = folder.join(FILE_NAME);
        if !path.is_file() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(&path)
            .with_context(|| crate::t!("error-cannot-read", path = path.display().to_string()))?;
        Config::parse(&text)
            .map(Some)
            .map_err(|e| anyhow!("{}:{e}", path.display()))
    }

    /// Parses the text of a `plan.toml`; an error starts with `line:column: `. The keys are
    /// read in the order they are written, so the first mistake is the one reported.
    pub(crate) fn parse(text: &str) -> Result<Config, String> {
        let at = Locator(text);
        let table = DeTable::parse(text).map_err(|e| {
            let found = e.span().and_then(|span| text.get(span.start..));
            let message = syntax_message(e.message().trim_end(), found.unwrap_or(""));
            match e.span() {
                Some(span) => format!("{}: {message}", at.at(span)),
                None => message,
            }
        })?;
        let mut config = Config::default();
        let mut entries: Vec<_> = table.get_ref().iter().collect();
        entries.sort_by_key(|(key, _)| key.span().start);
        for (key, value) in entries {
            config.set(at, key, value)?;
        }
        Ok(config)
    }

    /// Takes one top-level key of `plan.toml`.
    fn set(
        &mut self,
        at: Locator<'_>,
        key: &Spanned<DeString<'_>>,
        value: &Spanned<DeValue<'_>>,
    ) -> Result<(), String> {
        let name: &str = key.get_ref();
        let position = at.at(value.span());
        let located = |message: String| format!("{position}: {message}");
        let text_value = || match value.get_ref() {
            DeValue::String(s) => Ok(s.to_string()),
            other => Err(located(t!(
                "config-not-a-string",
                key = name,
                found = other.type_str()
            ))),
        };
        match name {
            "data" => {
                let data = text_value()?;
                if !stays_inside(&data) {
                    return Err(located(t!("config-data-outside", data = data.as_str())));
                }
                self.data = data;
            }
            "programme" => self.programme = Some(text_value()?),
            "language" => {
                let wanted = text_value()?;
                let language = crate::words::parse(&wanted).ok_or_else(|| {
                    located(t!(
                        "config-unknown-language",
                        value = wanted.as_str(),
                        values = Language::NAMES.join(", ")
                    ))
                })?;
                self.language = Some(language);
            }
            "stale" => self.stale = Age::parse(&text_value()?).map_err(located)?,
            "severity" => {
                let DeValue::Table(codes) = value.get_ref() else {
                    return Err(located(t!(
                        "config-severity-table",
                        found = value.get_ref().type_str()
                    )));
                };
                for (code, level) in codes {
                    let (code, chosen) = severity(at, code, level)?;
                    self.severity.insert(code, chosen);
                }
            }
            _ => {
                let hint = did_you_mean(name, KEYS.iter().copied())
                    .unwrap_or_else(|| t!("config-keys", keys = KEYS.join(", ")));
                let unknown = t!("config-unknown-key", key = name);
                return Err(format!("{}: {unknown}; {hint}", at.at(key.span())));
            }
        }
        Ok(())
    }

    /// The one step from loading's findings to what any command shows or refuses on:
    /// every check, then the severity overrides.
    pub(crate) fn findings(
        &self,
        repo: &crate::index::Repository,
        found: Vec<Diagnostic>,
    ) -> Vec<Diagnostic> {
        self.apply(crate::check::validate(repo, found))
    }

    /// Applies the severity overrides: `allow` drops a finding, `warn` and `deny` set its
    /// severity (and so whether `plan validate` fails).
    fn apply(&self, findings: Vec<Diagnostic>) -> Vec<Diagnostic> {
        findings
            .into_iter()
            .filter_map(|mut d| {
                match self.severity.get(&d.code) {
                    Some(Override::Allow) => return None,
                    Some(Override::Warn) => d.severity = Severity::Warning,
                    Some(Override::Deny) => d.severity = Severity::Error,
                    None => {}
                }
                Some(d)
            })
            .collect()
    }
}

/// One entry of the `[severity]` table: a known finding code and what to make of it.
fn severity(
    at: Locator<'_>,
    code: &Spanned<DeString<'_>>,
    level: &Spanned<DeValue<'_>>,
) -> Result<(Code, Override), String> {
    let code_name: &str = code.get_ref();
    let Some(&found) = Code::ALL.iter().find(|c| c.as_str() == code_name) else {
        let hint = did_you_mean(code_name, Code::ALL.iter().map(|c| c.as_str()))
            .unwrap_or_else(|| t!("config-codes-hint"));
        return Err(format!(
            "{}: {}; {hint}",
            at.at(code.span()),
            t!("config-unknown-code", code = code_name)
        ));
    };
    let chosen = level
        .get_ref()
        .as_str()
        .and_then(Override::parse)
        .ok_or_else(|| {
            format!(
                "{}: {}",
                at.at(level.span()),
                t!(
                    "config-severity-value",
                    code = code_name,
                    values = Override::NAMES.join("\", \"")
                )
            )
        })?;
    if chosen == Override::Allow && found.is_read_error() {
        return Err(format!(
            "{}: {}",
            at.at(level.span()),
            t!("config-cannot-allow", code = code_name)
        ));
    }
    Ok((found, chosen))
}

/// The TOML parser's message for a syntax mistake, in the run's language: the mistakes a
/// person makes by hand in their own words, any other with the parser's (English) words.
/// `found` is the text from where the parser stopped.
fn syntax_message(parser_says: &str, found: &str) -> String {
    let mistake = parser_says
        .split(", expected")
        .next()
        .unwrap_or(parser_says);
    // A word without quotes is read as a number gone wrong: `language = nb` is "invalid
    // float, expected `nan`".
    let bare_word = found.starts_with(char::is_alphabetic);
    match mistake {
        _ if mistake.starts_with("invalid") && bare_word => crate::t!("config-toml-unquoted"),
        "string values must be quoted" | "missing opening quote" => {
            crate::t!("config-toml-unquoted")
        }
        "unclosed array" => crate::t!("config-toml-unclosed-array"),
        "unclosed table" => crate::t!("config-toml-unclosed-table"),
        "unclosed inline table" => crate::t!("config-toml-unclosed-inline-table"),
        "missing comma between array elements" => crate::t!("config-toml-missing-comma"),
        "missing assignment between key-value pairs"
        | "key with no value"
        | "missing value for key"
        | "missing value" => crate::t!("config-toml-missing-value"),
        _ => crate::t!("config-toml-syntax", detail = parser_says),
    }
}

/// Turns byte offsets in the text of a `plan.toml` into `line:column`.
#[derive(Clone, Copy)]
struct Locator<'a>(&'a str);

impl Locator<'_> {
    fn at(self, span: Range<usize>) -> String {
        let before = &self.0[..span.start.min(self.0.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        format!("{line}:{column}")
    }
}

/// True for a relative path that does not climb out of the folder it is relative to
/// (written with `/`: a `\` or a drive letter is Windows' way to name another place).
fn stays_inside(path: &str) -> bool {
    use std::path::Component;
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains(['\\', ':'])
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_plan_toml_holds_the_defaults_and_speaks_bokmal() {
        assert_eq!(
            Config::parse(include_str!("../plan.toml")),
            Ok(Config {
                language: Some(Language::Nb),
                ..Config::default()
            })
        );
    }

    #[test]
    fn settings_are_read() {
        let config = Config::parse(
            "data = \"programmes\"\nprogramme = \"mr2025\"\nlanguage = \"en\"\nstale = \"1y\"\n\
             [severity]\nbroken-link = \"warn\"\nself-link = \"allow\"\nduplicate-value = \"deny\"\n",
        )
        .unwrap();
        assert_eq!(config.data, "programmes");
        assert_eq!(config.programme.as_deref(), Some("mr2025"));
        assert_eq!(config.language, Some(Language::En));
        assert_eq!(
            config.stale,
            Age {
                amount: 1,
                unit: AgeUnit::Years
            }
        );
        assert_eq!(
            config.severity.into_iter().collect::<Vec<_>>(),
            [
                (Code::BrokenLink, Override::Warn),
                (Code::SelfLink, Override::Allow),
                (Code::DuplicateValue, Override::Deny),
            ]
        );
    }

    #[test]
    fn mistakes_are_located_with_a_suggestion() {
        assert_eq!(
            Config::parse("data = \"data\"\nstael = \"6m\"\n"),
            Err("2:1: unknown key `stael`; did you mean `stale`?".into())
        );
        assert_eq!(
            Config::parse("[severity]\nbroken-links = \"allow\"\n"),
            Err("2:1: unknown finding code `broken-links`; did you mean `broken-link`?".into())
        );
        assert_eq!(
            Config::parse("[severity]\nself-link = \"off\"\n"),
            Err(
                "2:13: severity of `self-link` must be one of \"allow\", \"warn\", \"deny\"".into()
            )
        );
        assert_eq!(
            Config::parse("stale = \"6 months\"\n"),
            Err(
                "1:9: `6 months` is not an age; write a number and a unit: 30d, 2w, 6m or 1y"
                    .into()
            )
        );
        assert_eq!(
            Config::parse("language = 3\n"),
            Err("1:12: `language` must be a string, found integer".into())
        );
        assert_eq!(
            Config::parse("data\n"),
            Err("1:5: a key needs `=` and a value, as in `data = \"data\"`".into())
        );
        assert_eq!(
            Config::parse("data = \n"),
            Err("1:8: a text must be in quotes, as in `language = \"nb\"`".into())
        );
        assert_eq!(
            Config::parse("language = nb\n"),
            Err("1:12: a text must be in quotes, as in `language = \"nb\"`".into())
        );
        assert_eq!(
            Config::parse("[severity\n"),
            Err("1:10: the table's heading is not closed; end it with `]`".into())
        );
        assert_eq!(
            Config::parse("a = 1_\n"),
            Err("1:6: not valid TOML (`_` may only go between digits, expected nothing)".into())
        );
        assert_eq!(
            Config::parse("[severity]\nyaml-syntax = \"allow\"\n"),
            Err(
                "2:15: `yaml-syntax` cannot be allowed: a file that cannot be read is never \
                 ok (\"warn\" is possible)"
                    .into()
            )
        );
        for outside in ["/etc", "../../..", "data/../..", "C:\\\\data", "\\\\server"] {
            let error = Config::parse(&format!("\n\ndata = \"{outside}\"\n")).unwrap_err();
            assert!(
                error.starts_with("3:8: `data` must name a folder inside"),
                "{error}"
            );
        }
    }

    #[test]
    fn overrides_drop_and_change_findings() {
        let pos = crate::model::Pos { line: 1, column: 1 };
        let findings = vec![
            Diagnostic::new(Code::SelfLink, "a.yaml", pos, "x"),
            Diagnostic::new(Code::BrokenLink, "a.yaml", pos, "x"),
            Diagnostic::new(Code::DuplicateValue, "a.yaml", pos, "x"),
            Diagnostic::new(Code::UnknownBody, "a.yaml", pos, "x"),
        ];
        let config = Config::parse(
            "[severity]\nself-link = \"allow\"\nbroken-link = \"warn\"\nduplicate-value = \"deny\"\n",
        )
        .unwrap();
        let kept: Vec<_> = config
            .apply(findings)
            .into_iter()
            .map(|d| (d.code, d.severity))
            .collect();
        assert_eq!(
            kept,
            [
                (Code::BrokenLink, Severity::Warning),
                (Code::DuplicateValue, Severity::Error),
                (Code::UnknownBody, Severity::Error),
            ]
        );
    }
}
