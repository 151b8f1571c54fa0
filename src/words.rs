//! The names people read and type for the closed value sets (status, priority, level, body,
//! document and place kinds, language): their names in each language come from the catalogue,
//! and input in any language, any case, with or without diacritics, finds the value
//! (`igangsatt`, `I gang`, `fullfort`, `kort sikt`, `Distriktssatsinger`).

use crate::i18n::{self, Arg};
use crate::model::{BodyKind, DocumentKind, Language, Level, Status, Term, Word};
use crate::text::fold;

/// A closed value set with names for people.
pub(crate) trait Named: Word {
    /// The catalogue message that names a value, selected by the value's code (`$value`).
    const MESSAGE: &'static str;
    /// The kind of value, as `error-unknown` selects its wording ("status", "body-kind").
    const KIND: &'static str;
    /// Other forms people write, folded (`i-gang`), beyond the names in every language.
    const ALIASES: &'static [(&'static str, Self)];
}

/// A value's name in `language`: `igangsatt`, `sett i gang`, `started`.
pub(crate) fn name<W: Named>(language: Language, value: W) -> String {
    i18n::text(
        language,
        W::MESSAGE,
        &[("value", Arg::from(value.as_str()))],
    )
}

/// Every form that finds a value, folded: its code, its name in each language, its aliases.
fn forms<W: Named>() -> impl Iterator<Item = (String, W)> {
    W::NAMES
        .iter()
        .zip(0..)
        .flat_map(|(_, i)| {
            let value = W::parse(W::NAMES[i]).expect("a code parses");
            let names = Language::ALL.iter().map(move |l| fold(&name(*l, value)));
            std::iter::once(W::NAMES[i].to_string())
                .chain(names)
                .map(move |form| (form, value))
        })
        .chain(
            W::ALIASES
                .iter()
                .map(|(form, value)| (form.to_string(), *value)),
        )
}

/// The value that `input` names in any language or form, ignoring case and diacritics.
pub(crate) fn parse<W: Named>(input: &str) -> Option<W> {
    let wanted = fold(input);
    W::parse(&wanted).or_else(|| {
        forms::<W>()
            .find(|(form, _)| *form == wanted)
            .map(|(_, v)| v)
    })
}

/// The value whose form is closest to `input`, for "did you mean".
pub(crate) fn nearest<W: Named>(input: &str) -> Option<W> {
    let all: Vec<(String, W)> = forms::<W>().collect();
    let wanted = fold(input);
    let best = crate::diagnostic::closest(&wanted, all.iter().map(|(f, _)| f.as_str()))?;
    all.iter().find(|(f, _)| f == best).map(|(_, v)| *v)
}

/// The name in `language` of the value nearest `input`, for "did you mean": `igangsat` gives
/// `igangsatt` in Norwegian and `started` in English, whichever form it was near.
pub(crate) fn suggestion<W: Named>(input: &str, language: Language) -> Option<String> {
    nearest::<W>(input).map(|value| name(language, value))
}

/// The allowed values, named in `language` with their codes where those differ:
/// "planlagt (planned), igangsatt (started), …".
pub(crate) fn allowed<W: Named>(language: Language) -> String {
    W::NAMES
        .iter()
        .map(|code| {
            let value = W::parse(code).expect("a code parses");
            shown(language, value)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The names in bokmål and nynorsk of the set whose codes are `codes`, in code order and
/// without repeats (or the codes themselves): what an editor also offers and accepts.
pub(crate) fn norwegian_names(codes: &[&str]) -> Vec<String> {
    fn of<W: Named>(codes: &[&str]) -> Option<Vec<String>> {
        (W::NAMES == codes).then(|| {
            let mut names: Vec<String> = Vec::new();
            for language in [Language::Nb, Language::Nn] {
                for code in W::NAMES {
                    let name = name(language, W::parse(code).expect("a code parses"));
                    if !names.contains(&name) && !codes.contains(&name.as_str()) {
                        names.push(name);
                    }
                }
            }
            names
        })
    }
    of::<Status>(codes)
        .or_else(|| of::<Term>(codes))
        .or_else(|| of::<Level>(codes))
        .or_else(|| of::<Language>(codes))
        .or_else(|| of::<BodyKind>(codes))
        .or_else(|| of::<DocumentKind>(codes))
        .unwrap_or_default()
}

/// A value as a message shows it: its name, with the code written in files beside it when
/// they differ ("igangsatt (started)").
pub(crate) fn shown<W: Named>(language: Language, value: W) -> String {
    let named = name(language, value);
    if named == value.as_str() {
        named
    } else {
        format!("{named} ({})", value.as_str())
    }
}

impl Named for Status {
    const MESSAGE: &'static str = "value-status";
    const KIND: &'static str = "status";
    const ALIASES: &'static [(&'static str, Status)] = &[
        ("planlagd", Status::Planned),
        ("ikke-startet", Status::Planned),
        ("ikkje-starta", Status::Planned),
        ("igangsett", Status::Started),
        ("i-gang", Status::Started),
        ("satt-i-gang", Status::Started),
        ("startet", Status::Started),
        ("starta", Status::Started),
        ("pagaende", Status::Ongoing),
        ("under-arbeid", Status::Ongoing),
        ("lopende", Status::Ongoing),
        ("lopande", Status::Ongoing),
        ("ferdig", Status::Completed),
        ("avsluttet", Status::Completed),
        ("avslutta", Status::Completed),
        ("gjennomfort", Status::Completed),
        ("fjernet", Status::Removed),
        ("fjerna", Status::Removed),
        ("tatt-ut", Status::Removed),
        ("teke-ut", Status::Removed),
        ("tekne-ut", Status::Removed),
        ("utgar", Status::Removed),
        ("utgatt", Status::Removed),
    ];
}

impl Named for Term {
    const MESSAGE: &'static str = "value-priority";
    const KIND: &'static str = "priority";
    const ALIASES: &'static [(&'static str, Term)] = &[
        ("kort", Term::Short),
        ("kortsiktig", Term::Short),
        ("short-term", Term::Short),
        ("lang", Term::Long),
        ("langsiktig", Term::Long),
        ("long-term", Term::Long),
        ("kort-og-lang", Term::ShortAndLong),
        ("begge", Term::ShortAndLong),
        ("short-and-long-term", Term::ShortAndLong),
    ];
}

impl Named for Level {
    const MESSAGE: &'static str = "value-level";
    const KIND: &'static str = "level";
    const ALIASES: &'static [(&'static str, Level)] = &[
        ("fylkesniva", Level::County),
        ("fylkessatsing", Level::County),
        ("fylkessatsinger", Level::County),
        ("fylkessatsingar", Level::County),
        ("regional", Level::County),
        ("distriktsniva", Level::District),
        ("distriktssatsing", Level::District),
        ("distriktssatsinger", Level::District),
        ("distriktssatsingar", Level::District),
        ("regionsentre", Level::RegionalCentre),
        ("regionsentra", Level::RegionalCentre),
        ("by-og-regionsenter", Level::RegionalCentre),
        ("by-og-regionsentersatsinger", Level::RegionalCentre),
        ("by-og-regionsentersatsingar", Level::RegionalCentre),
        ("regional-center", Level::RegionalCentre),
    ];
}

impl Named for Language {
    const MESSAGE: &'static str = "value-language";
    const KIND: &'static str = "language";
    const ALIASES: &'static [(&'static str, Language)] = &[
        ("no", Language::Nb),
        ("norsk", Language::Nb),
        ("norwegian", Language::Nb),
        ("english", Language::En),
    ];
}

impl Named for BodyKind {
    const MESSAGE: &'static str = "value-body-kind";
    const KIND: &'static str = "body-kind";
    const ALIASES: &'static [(&'static str, BodyKind)] = &[
        ("fylke", BodyKind::CountyCouncil),
        ("statlig", BodyKind::StateAgency),
        ("regionrad", BodyKind::RegionalCouncil),
        ("hogskole", BodyKind::University),
        ("hogskule", BodyKind::University),
        ("skule", BodyKind::School),
        ("selskap", BodyKind::Company),
        ("foretak", BodyKind::Company),
        ("lag-og-foreningar", BodyKind::Voluntary),
        ("lag-og-foreninger", BodyKind::Voluntary),
        ("annet", BodyKind::Other),
        ("anna", BodyKind::Other),
    ];
}

impl Named for DocumentKind {
    const MESSAGE: &'static str = "value-document-kind";
    const KIND: &'static str = "document-kind";
    const ALIASES: &'static [(&'static str, DocumentKind)] = &[
        ("handlingsplan", DocumentKind::ActionProgramme),
        ("lovverk", DocumentKind::Law),
        ("annet", DocumentKind::Other),
        ("anna", DocumentKind::Other),
    ];
}

/// What kind of place a place is (a place's `kind`): the words the data uses. The format
/// leaves the field open, so a kind outside these is shown as it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceKind {
    Village,
    Town,
    Site,
}

impl Word for PlaceKind {
    const NAMES: &'static [&'static str] = &["village", "town", "site"];

    fn parse(text: &str) -> Option<Self> {
        match text {
            "village" => Some(PlaceKind::Village),
            "town" => Some(PlaceKind::Town),
            "site" => Some(PlaceKind::Site),
            _ => None,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Village => "village",
            PlaceKind::Town => "town",
            PlaceKind::Site => "site",
        }
    }
}

impl Named for PlaceKind {
    const MESSAGE: &'static str = "value-place-kind";
    const KIND: &'static str = "place-kind";
    const ALIASES: &'static [(&'static str, PlaceKind)] = &[
        ("bygd", PlaceKind::Village),
        ("grend", PlaceKind::Village),
        ("landsby", PlaceKind::Village),
        ("tettstad", PlaceKind::Village),
        ("tettsted", PlaceKind::Village),
        ("byen", PlaceKind::Town),
        ("anlegget", PlaceKind::Site),
    ];
}

/// A place's kind as written in a file, named in `language` when it is one of the words
/// ("tettsted" for `village`), else as it is written.
pub(crate) fn place_kind(language: Language, written: &str) -> String {
    PlaceKind::parse(written).map_or_else(|| written.to_string(), |kind| name(language, kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every<W: Named + std::fmt::Debug + PartialEq>() {
        for language in Language::ALL {
            for code in W::NAMES {
                let value = W::parse(code).unwrap();
                let named = name(*language, value);
                assert!(
                    !named.is_empty() && !named.contains('{'),
                    "{code} in {language}"
                );
                assert_eq!(parse::<W>(&named), Some(value), "{named}");
            }
        }
        for (form, value) in W::ALIASES {
            assert_eq!(parse::<W>(form), Some(*value), "{form}");
        }
    }

    #[test]
    fn every_value_has_a_name_in_every_language_that_reads_back() {
        every::<Status>();
        every::<Term>();
        every::<Level>();
        every::<Language>();
        every::<BodyKind>();
        every::<DocumentKind>();
        every::<PlaceKind>();
    }

    #[test]
    fn norwegian_input_finds_statuses() {
        for (input, status) in [
            ("igangsatt", Status::Started),
            ("I gang", Status::Started),
            ("sett i gang", Status::Started),
            ("pågår", Status::Ongoing),
            ("PAGAR", Status::Ongoing),
            ("fullført", Status::Completed),
            ("fullfort", Status::Completed),
            ("ferdig", Status::Completed),
            ("planlagt", Status::Planned),
            ("tatt ut", Status::Removed),
            ("teke ut", Status::Removed),
            ("started", Status::Started),
        ] {
            assert_eq!(parse::<Status>(input), Some(status), "{input}");
        }
        assert_eq!(parse::<Status>("begynt"), None);
    }

    #[test]
    fn norwegian_input_finds_priorities_and_levels() {
        for (input, term) in [
            ("kort", Term::Short),
            ("kort sikt", Term::Short),
            ("Lang sikt", Term::Long),
            ("kort og lang sikt", Term::ShortAndLong),
        ] {
            assert_eq!(parse::<Term>(input), Some(term), "{input}");
        }
        for (input, level) in [
            ("Distriktssatsinger", Level::District),
            ("By- og regionsentersatsinger", Level::RegionalCentre),
            ("Fylkessatsinger", Level::County),
        ] {
            assert_eq!(parse::<Level>(input), Some(level), "{input}");
        }
        assert_eq!(parse::<Language>("Nynorsk"), Some(Language::Nn));
        assert_eq!(
            parse::<BodyKind>("Regionråd"),
            Some(BodyKind::RegionalCouncil)
        );
    }

    #[test]
    fn the_nearest_value_is_suggested() {
        assert_eq!(nearest::<Status>("igangsat"), Some(Status::Started));
        assert_eq!(nearest::<Status>("fulfort"), Some(Status::Completed));
        assert_eq!(nearest::<Term>("kortsikt"), Some(Term::Short));
    }

    #[test]
    fn allowed_values_are_listed_in_the_language() {
        assert_eq!(
            allowed::<Status>(Language::Nb),
            "planlagt (planned), igangsatt (started), pågår (ongoing), fullført (completed), tatt ut (removed)"
        );
        assert_eq!(
            allowed::<Status>(Language::En),
            "planned, started, ongoing, completed, removed"
        );
    }
}
