//! Clap value parsers for the closed word sets of the data model (`--status`, `--level`,
//! `--priority`, `--lang`, `--kind`): they declare the allowed words, so `--help`, man pages
//! and shell completion offer them, and they parse with [`crate::query::resolve_word`]
//! (case and diacritics ignored, a "did you mean" on a typo).

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::ErrorKind;

use crate::model::Word;

/// Parses one word of `W`; `what` names it in errors ("status", "level").
#[derive(Debug)]
pub(crate) struct WordParser<W> {
    what: &'static str,
    word: PhantomData<W>,
}

impl<W> Clone for WordParser<W> {
    fn clone(&self) -> Self {
        WordParser {
            what: self.what,
            word: PhantomData,
        }
    }
}

impl<W: Word + Send + Sync> WordParser<W> {
    pub(crate) fn new(what: &'static str) -> Self {
        WordParser {
            what,
            word: PhantomData,
        }
    }
}

impl<W: Word + Send + Sync> TypedValueParser for WordParser<W> {
    type Value = W;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<W, clap::Error> {
        let text = value.to_string_lossy();
        crate::query::resolve_word::<W>(self.what, &text).map_err(|unknown| {
            clap::Error::raw(ErrorKind::InvalidValue, format!("{unknown}\n")).with_cmd(cmd)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            W::NAMES.iter().map(|name| PossibleValue::new(*name)),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    #[test]
    fn parses_folded_words_and_suggests_on_a_typo() {
        let cmd = clap::Command::new("plan");
        let parser = WordParser::<Status>::new("status");
        assert_eq!(
            parser.parse_ref(&cmd, None, OsStr::new("Started")).unwrap(),
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
}
