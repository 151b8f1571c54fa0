//! The message catalogue: every fixed text people read, in bokmål, nynorsk and English, from
//! the Fluent files in `i18n/` (compiled in), and the language this run speaks.
//!
//! Fluent (Mozilla's format) was chosen over hand tables and key-value libraries because it
//! keeps bokmål and nynorsk as separate locales with the CLDR plural rules of each ("1 ny",
//! "2 nye"), and lets a message choose its words by a value (`{ $status -> … }`) in the
//! translation rather than in code.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::model::{Language, Word};

/// A value a message is given: text or a number (numbers choose plural forms).
pub(crate) type Arg<'a> = FluentValue<'a>;

/// Translations of English kept in the code: help texts (the doc comments in `cli`) and field
/// descriptions (the tables in `format`); each has its own test for missing and unused keys.
const HELP_NB: &str = include_str!("../i18n/nb/help.ftl");
const HELP_NN: &str = include_str!("../i18n/nn/help.ftl");
const FIELDS_NB: &str = include_str!("../i18n/nb/fields.ftl");
const FIELDS_NN: &str = include_str!("../i18n/nn/fields.ftl");
/// And the finding codes explained for code scanning (the English in `diagnostic` and
/// `render::diagnostics`), checked in `render::diagnostics`.
pub(crate) const RULES_NB: &str = include_str!("../i18n/nb/rules.ftl");
pub(crate) const RULES_NN: &str = include_str!("../i18n/nn/rules.ftl");

/// The Fluent files of each language, in the order they are added to its bundle.
const FILES: [(Language, &[&str]); 3] = [
    (
        Language::En,
        &[
            include_str!("../i18n/en/common.ftl"),
            include_str!("../i18n/en/values.ftl"),
            include_str!("../i18n/en/report.ftl"),
            include_str!("../i18n/en/findings.ftl"),
            include_str!("../i18n/en/import.ftl"),
        ],
    ),
    (
        Language::Nb,
        &[
            include_str!("../i18n/nb/common.ftl"),
            include_str!("../i18n/nb/values.ftl"),
            include_str!("../i18n/nb/report.ftl"),
            include_str!("../i18n/nb/findings.ftl"),
            include_str!("../i18n/nb/import.ftl"),
            HELP_NB,
            FIELDS_NB,
            RULES_NB,
        ],
    ),
    (
        Language::Nn,
        &[
            include_str!("../i18n/nn/common.ftl"),
            include_str!("../i18n/nn/values.ftl"),
            include_str!("../i18n/nn/report.ftl"),
            include_str!("../i18n/nn/findings.ftl"),
            include_str!("../i18n/nn/import.ftl"),
            HELP_NN,
            FIELDS_NN,
            RULES_NN,
        ],
    ),
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(language: Language) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<(Language, Bundle)>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| FILES.iter().map(|(l, f)| (*l, build(*l, f))).collect());
    bundles
        .iter()
        .find(|(l, _)| *l == language)
        .map(|(_, b)| b)
        .expect("every language has a bundle")
}

/// One language's bundle. The files are part of the program, so a syntax error in one is a
/// bug the tests catch, not a user's problem.
fn build(language: Language, files: &[&str]) -> Bundle {
    let locale = language.as_str().parse().expect("a valid language tag");
    let mut bundle = Bundle::new_concurrent(vec![locale]);
    // Unicode isolation marks around values would end up in files, tables and test output.
    bundle.set_use_isolating(false);
    // Field descriptions are sentences ("Hvor tiltaket er publisert."); a message that puts
    // one inside its own sentence takes it as a phrase: `PHRASE($about)`.
    bundle
        .add_function("PHRASE", |positional, _| match positional.first() {
            Some(FluentValue::String(text)) => FluentValue::from(phrase(text)),
            Some(other) => other.clone(),
            None => FluentValue::None,
        })
        .expect("PHRASE is added once");
    for file in files {
        let resource = FluentResource::try_new((*file).to_string())
            .unwrap_or_else(|(_, errors)| panic!("i18n/{language}: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("i18n/{language}: {errors:?}"));
    }
    bundle
}

/// A sentence as a phrase inside another: its first letter small (unless the first word is
/// an abbreviation, `NAV`), without its full stop.
fn phrase(sentence: &str) -> String {
    let sentence = sentence.trim_end_matches('.');
    let mut chars = sentence.chars();
    match (chars.next(), chars.next()) {
        (Some(first), second) if second.is_none_or(char::is_lowercase) => first
            .to_lowercase()
            .chain(sentence[first.len_utf8()..].chars())
            .collect(),
        _ => sentence.to_string(),
    }
}

/// The message `key` in `language`, with its arguments. A key no file has is a bug (the
/// catalogue test finds it); it shows as the key itself rather than failing the command.
pub(crate) fn text(language: Language, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    try_text(language, key, args).unwrap_or_else(|| key.to_string())
}

/// The message `key` in `language`, if the catalogue has it.
pub(crate) fn try_text(language: Language, key: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let bundle = bundle(language);
    let pattern = bundle.get_message(key)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// What went wrong with a file or folder, in the run's language: the operating system's
/// reasons are English ("No such file or directory (os error 2)"), so the common kinds are
/// worded from the catalogue. A rare kind keeps the system's text after a worded lead-in.
pub(crate) fn io_error(err: &std::io::Error) -> String {
    use std::io::ErrorKind as Kind;
    let key = match err.kind() {
        Kind::NotFound => "io-not-found",
        Kind::PermissionDenied => "io-permission-denied",
        Kind::AlreadyExists => "io-already-exists",
        Kind::IsADirectory => "io-is-a-directory",
        Kind::NotADirectory => "io-not-a-directory",
        Kind::DirectoryNotEmpty => "io-directory-not-empty",
        Kind::ReadOnlyFilesystem => "io-read-only-filesystem",
        Kind::StorageFull | Kind::QuotaExceeded => "io-storage-full",
        Kind::FileTooLarge => "io-file-too-large",
        Kind::InvalidData => "io-invalid-data",
        Kind::UnexpectedEof => "io-unexpected-eof",
        Kind::InvalidFilename => "io-invalid-filename",
        Kind::ResourceBusy | Kind::ExecutableFileBusy => "io-busy",
        Kind::TimedOut => "io-timed-out",
        Kind::Interrupted => "io-interrupted",
        Kind::OutOfMemory => "io-out-of-memory",
        Kind::BrokenPipe => "io-broken-pipe",
        Kind::Unsupported => "io-unsupported",
        Kind::CrossesDevices => "io-crosses-devices",
        // A reason the program gave itself is in its own words already.
        _ if err.raw_os_error().is_none() => return err.to_string(),
        _ => {
            let detail = Arg::from(err.to_string());
            return text(current(), "io-other", &[("detail", detail)]);
        }
    };
    text(current(), key, &[])
}

/// The ids of the messages a Fluent file defines (terms and comments left out).
#[cfg(test)]
pub(crate) fn message_ids(file: &str) -> impl Iterator<Item = String> + '_ {
    file.lines().filter_map(|line| {
        let (id, _) = line.split_once(" =")?;
        let is_id = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        is_id.then(|| id.to_string())
    })
}

/// The language of this run, set by the command line (English until then, and in library
/// use).
pub(crate) fn current() -> Language {
    Language::ALL[usize::from(LANGUAGE.load(Ordering::Relaxed))]
}

/// Sets the language of this run: once from a first look at the command line (so `--help`
/// speaks it), then by the settings step (`cli::settings`).
pub(crate) fn set_current(language: Language) {
    let index = Language::ALL.iter().position(|l| *l == language);
    let index = index.and_then(|i| u8::try_from(i).ok()).unwrap_or(0);
    LANGUAGE.store(index, Ordering::Relaxed);
}

// Indexes into `Language::ALL`; 2 is English.
static LANGUAGE: AtomicU8 = AtomicU8::new(2);

/// `tr!(language, "key", name = value, …)`: a message in the given language.
macro_rules! tr {
    ($lang:expr, $key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::text(
            $lang,
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}
pub(crate) use tr;

/// `t!("key", name = value, …)`: a message in the language of this run.
macro_rules! t {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::tr!($crate::i18n::current(), $key $(, $name = $value)*)
    };
}
pub(crate) use t;

/// The language of a run, and whether the user asked for it for this run (`--lang`,
/// `PLAN_LANG`) rather than it coming from the repository's settings, the locale or the
/// default. A report follows each programme's own language unless the user asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Choice {
    pub(crate) language: Language,
    pub(crate) said: bool,
}

/// Picks the language: `--lang`, then `PLAN_LANG`, then `language` in `plan.toml`, then the
/// locale (the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set: `nb…`, `no…` → bokmål,
/// `nn…` → nynorsk), then English.
pub(crate) fn choose(
    flag: Option<Language>,
    env: Option<Language>,
    config: Option<Language>,
    locale: &[Option<String>],
) -> Choice {
    if let Some(language) = flag.or(env) {
        return Choice {
            language,
            said: true,
        };
    }
    if let Some(language) = config {
        return Choice {
            language,
            said: false,
        };
    }
    let set = locale.iter().flatten().find(|v| !v.is_empty());
    let language = match set.map(|v| v.to_ascii_lowercase()) {
        Some(v) if v.starts_with("nn") => Language::Nn,
        Some(v) if v.starts_with("nb") || v.starts_with("no") => Language::Nb,
        _ => Language::En,
    };
    Choice {
        language,
        said: false,
    }
}

/// The locale variables, in the order POSIX gives them precedence.
pub(crate) fn locale_from_env() -> Vec<Option<String>> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .map(|name| std::env::var(name).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_the_language_until_one_is_chosen() {
        assert_eq!(Language::ALL[2], Language::En);
    }

    #[test]
    fn every_file_parses() {
        for language in Language::ALL {
            bundle(*language);
        }
    }

    #[test]
    fn a_field_description_inside_a_help_reads_as_a_phrase() {
        let help = text(
            Language::Nb,
            "finding-missing-field-help",
            &[
                ("field", Arg::from("sources")),
                ("about", Arg::from("Hvor tiltaket er publisert.")),
            ],
        );
        assert_eq!(help, "legg til `sources:` (hvor tiltaket er publisert)");
        assert_eq!(phrase("NAV-kontorer."), "NAV-kontorer");
        assert_eq!(phrase("Å"), "å");
    }

    /// The ids a language's files define, help texts left out (see `cli::help`).
    fn ids(language: Language) -> std::collections::BTreeSet<String> {
        let (_, files) = FILES.iter().find(|(l, _)| *l == language).unwrap();
        files
            .iter()
            .filter(|f| ![HELP_NB, HELP_NN, FIELDS_NB, FIELDS_NN, RULES_NB, RULES_NN].contains(f))
            .flat_map(|f| message_ids(f))
            .collect()
    }

    #[test]
    fn every_language_has_every_message() {
        let english = ids(Language::En);
        for language in [Language::Nb, Language::Nn] {
            let other = ids(language);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(missing.is_empty(), "{language} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{language} has {extra:?}, which English lacks"
            );
        }
    }

    /// Every Rust source file of the crate, as text.
    fn sources(dir: &std::path::Path, into: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, into);
            } else if path.extension().is_some_and(|e| e == "rs") {
                into.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }

    #[test]
    fn every_message_is_used_by_the_code() {
        let mut code = String::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut code,
        );
        let unused: Vec<String> = ids(Language::En)
            .into_iter()
            .filter(|id| !code.contains(&format!("\"{id}\"")))
            .collect();
        assert!(unused.is_empty(), "no code uses {unused:?}");
    }

    #[test]
    fn io_errors_are_worded_by_kind_and_the_programs_own_reasons_kept() {
        use std::io::{Error, ErrorKind};
        let missing = Error::from(ErrorKind::NotFound);
        assert_ne!(io_error(&missing), missing.to_string());
        assert!(!io_error(&missing).is_empty());
        assert_eq!(io_error(&Error::other("disk full")), "disk full");
        let rare = Error::from_raw_os_error(71);
        assert!(io_error(&rare).ends_with(&rare.to_string()));
    }

    #[test]
    fn plurals_follow_each_language() {
        let n = |lang, count: usize| tr!(lang, "list-count", count = count);
        assert_eq!(n(Language::Nb, 1), "1 tiltak");
        assert_eq!(n(Language::Nb, 2), "2 tiltak");
        assert_eq!(n(Language::En, 1), "1 item");
        assert_eq!(n(Language::En, 2), "2 items");
        let added = |lang, count: usize| tr!(lang, "diff-count-added", count = count);
        assert_eq!(added(Language::Nb, 1), "1 ny");
        assert_eq!(added(Language::Nb, 2), "2 nye");
        assert_eq!(added(Language::Nn, 1), "1 ny");
        assert_eq!(added(Language::Nn, 3), "3 nye");
    }

    #[test]
    fn the_language_is_chosen_in_order() {
        let none: &[Option<String>] = &[];
        let locale = |v: &str| vec![None, None, Some(v.to_string())];
        let nb = Some(Language::Nb);
        let nn = Some(Language::Nn);
        let en = Some(Language::En);
        assert_eq!(choose(en, nb, nn, none).language, Language::En);
        assert_eq!(choose(None, nn, nb, none).language, Language::Nn);
        assert_eq!(
            choose(None, None, nn, &locale("en_US")).language,
            Language::Nn
        );
        assert!(choose(None, nn, None, none).said);
        assert!(!choose(None, None, nn, none).said);
        let guessed = choose(None, None, None, &locale("nb_NO.UTF-8"));
        assert_eq!(guessed.language, Language::Nb);
        assert!(!guessed.said);
        assert_eq!(
            choose(None, None, None, &locale("no_NO")).language,
            Language::Nb
        );
        assert_eq!(
            choose(None, None, None, &locale("nn_NO")).language,
            Language::Nn
        );
        assert_eq!(
            choose(None, None, None, &locale("C.UTF-8")).language,
            Language::En
        );
        // LC_ALL outranks LANG.
        let both = vec![Some("C".to_string()), None, Some("nb_NO".to_string())];
        assert_eq!(choose(None, None, None, &both).language, Language::En);
        assert_eq!(choose(None, None, None, none).language, Language::En);
    }
}
