//! Clap value parsers for the closed word sets of the data model (`--status`, `--level`,
//! `--priority`, `--lang`, `--kind`): they declare the allowed words, so `--help`, man pages
//! and shell completion offer them, and they parse with [`crate::query::resolve_word`]
//! (any language, case and diacritics ignored, a "did you mean" on a typo). [`NameParser`] offers the words
//! of a set but takes any name, for values the data can extend (a programme's level names).

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::ErrorKind;

use crate::cli::set::{Field, Typed};
use crate::model::Word;
use crate::words::Named;

/// Parses one word of `W`, in any language.
#[derive(Debug)]
pub(crate) struct WordParser<W> {
    word: PhantomData<W>,
}

impl<W> Clone for WordParser<W> {
    fn clone(&self) -> Self {
        WordParser { word: PhantomData }
    }
}

impl<W: Named + Send + Sync> WordParser<W> {
    pub(crate) fn new() -> Self {
        WordParser { word: PhantomData }
    }
}

impl<W: Named + Send + Sync> TypedValueParser for WordParser<W> {
    type Value = W;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<W, clap::Error> {
        let text = value.to_string_lossy();
        crate::query::resolve_word::<W>(&text).map_err(|unknown| {
            clap::Error::raw(ErrorKind::InvalidValue, format!("{unknown}\n")).with_cmd(cmd)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            W::NAMES.iter().map(|name| PossibleValue::new(*name)),
        ))
    }
}

/// Takes any non-empty name, offering the words of `W` to `--help` and shell completion; the
/// command resolves the name against the data (`Distriktssatsinger` is a level of one
/// programme, and `district` of every one).
#[derive(Debug)]
pub(crate) struct NameParser<W> {
    what: &'static str,
    word: PhantomData<W>,
}

impl<W> Clone for NameParser<W> {
    fn clone(&self) -> Self {
        NameParser {
            what: self.what,
            word: PhantomData,
        }
    }
}

impl<W: Word + Send + Sync> NameParser<W> {
    pub(crate) fn new(what: &'static str) -> Self {
        NameParser {
            what,
            word: PhantomData,
        }
    }
}

impl<W: Word + Send + Sync> TypedValueParser for NameParser<W> {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        let text = value.to_string_lossy().trim().to_string();
        if text.is_empty() {
            let message = format!(
                "{} ({})\n",
                crate::t!("error-empty", kind = self.what),
                crate::t!("error-allowed", values = W::NAMES.join(", "))
            );
            return Err(clap::Error::raw(ErrorKind::InvalidValue, message).with_cmd(cmd));
        }
        Ok(text)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            W::NAMES.iter().map(|name| PossibleValue::new(*name)),
        ))
    }
}

/// Parses `plan set`'s FIELD: its key or its name in any language, offering the keys and
/// the names of the run's language to `--help` and shell completion.
#[derive(Debug, Clone)]
pub(crate) struct FieldParser;

impl TypedValueParser for FieldParser {
    type Value = Typed;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<Typed, clap::Error> {
        let text = value.to_string_lossy();
        let word = text.trim().to_string();
        Field::named(&text)
            .map(|field| Typed { field, word })
            .ok_or_else(|| {
                let message = format!("{}\n", Field::unknown(&text));
                clap::Error::raw(ErrorKind::InvalidValue, message).with_cmd(cmd)
            })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let offered = Field::offered(crate::i18n::current());
        Some(Box::new(offered.into_iter().map(PossibleValue::new)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Status, Word};

    #[test]
    fn parses_folded_words_and_suggests_on_a_typo() {
        let cmd = clap::Command::new("plan");
        let parser = WordParser::<Status>::new();
        assert_eq!(
            parser.parse_ref(&cmd, None, OsStr::new("Started")).unwrap(),
            Status::Started
        );
        assert_eq!(
            parser.parse_ref(&cmd, None, OsStr::new("I gang")).unwrap(),
            Status::Started
        );
        let error = parser
            .parse_ref(&cmd, None, OsStr::new("startd"))
            .unwrap_err();
        assert!(
            error
                .to_string()
                .contains("unknown status `startd`; did you mean `started`?")
        );
        let offered: Vec<String> = parser
            .possible_values()
            .unwrap()
            .map(|v| v.get_name().to_string())
            .collect();
        assert_eq!(offered, Status::NAMES);
    }

    #[test]
    fn names_are_taken_as_given_and_the_words_offered() {
        use crate::model::Level;
        let cmd = clap::Command::new("plan");
        let parser = NameParser::<Level>::new("level");
        let parse = |text| parser.parse_ref(&cmd, None, OsStr::new(text));
        assert_eq!(parse("Distriktssatsinger").unwrap(), "Distriktssatsinger");
        assert_eq!(parse(" district ").unwrap(), "district");
        assert!(
            parse("  ")
                .unwrap_err()
                .to_string()
                .contains("level is empty")
        );
        let offered: Vec<String> = parser
            .possible_values()
            .unwrap()
            .map(|v| v.get_name().to_string())
            .collect();
        assert_eq!(offered, Level::NAMES);
    }
}
