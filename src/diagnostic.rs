//! Findings about the data: a stable code, a severity, a location, a message and a help line.
//!
//! Every check produces [`Diagnostic`] values; nothing is printed where a problem is found.
//! The catalogue of codes below is the user documentation of what `plan validate` checks.

use std::fmt;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($($variant:ident = $name:literal, $severity:ident, $about:literal;)*) => {
        /// The stable code of a finding, as shown in every output format.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $(#[doc = $about] $variant,)* }

        impl Code {
            /// Every code.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The code as findings write it (`broken-link`).
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            /// How serious a finding with this code is, unless `plan.toml` says otherwise.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// One line saying what the finding means.
            pub(crate) fn about(self) -> &'static str {
                match self { $(Code::$variant => $about,)* }
            }
        }
    };
}

codes! {
    IoError = "io-error", Error, "a file or folder could not be read";
    NotUtf8 = "not-utf8", Error, "a file is not valid UTF-8 text";
    FileTooLarge = "file-too-large", Error, "a file is larger than plan reads";
    SymlinkLoop = "symlink-loop", Error, "a symbolic link leads back to a folder that contains it";
    Symlink = "symlink", Error, "a symbolic link, which plan does not follow (it may lead outside the repository)";
    SpecialFile = "special-file", Error, "a FIFO, socket or device file, which plan never opens";
    ControlCharacter = "control-character", Error, "a file holds a control character (NUL, escape…) that YAML does not allow";
    UnknownFile = "unknown-file", Error, "a YAML file outside the folders plan knows";
    EmptyFile = "empty-file", Error, "a YAML file holds no document";
    YamlSyntax = "yaml-syntax", Error, "a file is not valid YAML";
    YamlLimit = "yaml-limit", Error, "a file nests too deeply or its aliases expand too far";
    DuplicateKey = "duplicate-key", Error, "the same key twice in one mapping";
    WrongType = "wrong-type", Error, "a value of the wrong type (text, list, mapping, number)";
    UnknownField = "unknown-field", Error, "a field the format does not have";
    MissingField = "missing-field", Error, "a required field is missing";
    InvalidValue = "invalid-value", Error, "a value that is not allowed (enumeration, id or date syntax)";
    InvisibleCharacter = "invisible-character", Error, "a title, name or other one-line text holds a character drawn as nothing (zero-width space, soft hyphen…)";
    FileNameMismatch = "file-name-mismatch", Error, "a file's name is not its entity's id";
    ProgrammeMismatch = "programme-mismatch", Error, "an item's `programme` is not the folder it sits in";
    MissingProgramme = "missing-programme", Error, "items in a folder that has no programme.yaml";
    DuplicateId = "duplicate-id", Error, "two entities of one kind share an id";
    IdThemeMismatch = "id-theme-mismatch", Error, "a numbered item id does not start with its theme code";
    UnknownTheme = "unknown-theme", Error, "an item's theme is not one of its programme's themes";
    UnknownLevel = "unknown-level", Error, "an item's level is not one of its programme's levels";
    BrokenLink = "broken-link", Error, "a link to an item that does not exist";
    SelfLink = "self-link", Error, "an item links to itself";
    UnknownDocument = "unknown-document", Error, "a reference to a document that does not exist";
    UnknownBody = "unknown-body", Error, "a reference to a body that does not exist";
    UnknownRegion = "unknown-region", Error, "a reference to a region that does not exist";
    UnknownMunicipality = "unknown-municipality", Error, "a reference to a municipality that does not exist";
    PartOfCycle = "part-of-cycle", Error, "bodies that are part of each other (`part_of` leads back to the body)";
    FundingOverflow = "funding-overflow", Error, "funding amounts add up to more than a total can hold";
    TargetBeforeBaseline = "target-before-baseline", Error, "an indicator's target date is not after its baseline date";
    LinkToRemoved = "link-to-removed", Warning, "a link to an item that has been removed";
    DuplicateValue = "duplicate-value", Warning, "the same value listed twice in one list";
    ResponsibleAlsoPartner = "responsible-also-partner", Warning, "a body listed both as responsible and as partner";
    AmbiguousName = "ambiguous-name", Warning, "one name or alias used by two bodies or regions";
    StatusMismatch = "status-mismatch", Warning, "an item's status is further along than its latest update's status";
    UpdatesOutOfOrder = "updates-out-of-order", Warning, "status updates are not in date order";
    MeasurementsOutOfOrder = "measurements-out-of-order", Warning, "an indicator's measurements are not in date order";
    InvisibleInProse = "invisible-in-prose", Warning, "a description, note or other longer text holds a character drawn as nothing";
}

impl Code {
    /// Findings that mean a file could not be read at all: its entity is missing from the
    /// repository, so no setting may hide them and no query may answer without them.
    pub(crate) fn is_read_error(self) -> bool {
        matches!(
            self,
            Code::IoError
                | Code::NotUtf8
                | Code::FileTooLarge
                | Code::SymlinkLoop
                | Code::Symlink
                | Code::SpecialFile
                | Code::ControlCharacter
                | Code::EmptyFile
                | Code::YamlSyntax
                | Code::YamlLimit
        )
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One finding, located at a repository-relative `path:line:column`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Diagnostic {
    pub(crate) code: Code,
    pub(crate) severity: Severity,
    pub(crate) path: String,
    pub(crate) line: u32,
    pub(crate) column: u32,
    pub(crate) message: String,
    pub(crate) help: Option<String>,
    /// Text written where a municipality number belongs, kept for the checks: they know the
    /// municipalities, and when it is one's name the help gives its number.
    #[serde(skip)]
    pub(crate) municipality_text: Option<String>,
}

impl Diagnostic {
    pub(crate) fn new(
        code: Code,
        path: &str,
        pos: crate::model::Pos,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            path: path.to_string(),
            line: pos.line,
            column: pos.column,
            message: message.into(),
            help: None,
            municipality_text: None,
        }
    }

    pub(crate) fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub(crate) fn with_help_opt(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }

    fn sort_key(&self) -> (&str, u32, u32, Code, &str) {
        (&self.path, self.line, self.column, self.code, &self.message)
    }
}

/// Sorts findings by path, line, column and code, and drops exact repeats, so output is
/// the same bytes on every run whatever order the checks ran in.
pub(crate) fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
}

/// Counts of errors and warnings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    pub(crate) errors: usize,
    pub(crate) warnings: usize,
}

impl Tally {
    pub(crate) fn of(diagnostics: &[Diagnostic]) -> Self {
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        Tally {
            errors,
            warnings: diagnostics.len() - errors,
        }
    }
}

/// "did you mean `x`?" for the closest candidate, if any is close enough to be a likely typo.
pub(crate) fn did_you_mean<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    closest(wanted, candidates).map(|c| crate::t!("error-did-you-mean", suggestion = c))
}

/// The candidate most similar to `wanted`, compared without regard to case, if similar enough.
pub(crate) fn closest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let wanted = wanted.to_lowercase();
    // One buffer for every candidate: a broken link in a large programme is compared with
    // thousands of ids, and an allocation each would cost more than the comparison.
    let mut candidate = String::new();
    candidates
        .into_iter()
        .map(|c| {
            if c.is_ascii() {
                candidate.clear();
                candidate.extend(c.chars().map(|ch| ch.to_ascii_lowercase()));
            } else {
                candidate = c.to_lowercase();
            }
            (
                strsim::jaro_winkler(&wanted, &candidate),
                within_one_edit(&wanted, &candidate),
                c,
            )
        })
        .filter(|(score, one_edit, _)| *score >= 0.8 || *one_edit)
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then(a.0.total_cmp(&b.0))
                .then_with(|| b.2.cmp(a.2))
        })
        .map(|(_, _, c)| c)
}

/// Short ids (`X2`, `K11`) score low on similarity however close they are, so one typed
/// character too many, too few or wrong also counts as close.
fn within_one_edit(a: &str, b: &str) -> bool {
    a.len() <= 4 && b.len() <= 4 && strsim::levenshtein(a, b) <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_kebab_case() {
        let mut names: Vec<_> = Code::ALL.iter().map(|c| c.as_str()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Code::ALL.len());
        assert!(names.iter().all(|n| {
            n.chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
        }));
    }

    #[test]
    fn suggestions_find_typos_but_not_noise() {
        assert_eq!(closest("K33", ["K3", "A3", "L13"]), Some("K3"));
        assert_eq!(
            closest("responsibel", ["responsible", "partners"]),
            Some("responsible")
        );
        assert_eq!(closest("xyz", ["responsible", "partners"]), None);
        assert_eq!(closest("X2", ["X1", "Y7"]), Some("X1"));
        assert_eq!(closest("K33", ["K3", "K13", "A3"]), Some("K3"));
        assert_eq!(closest("Q9", ["K1", "A2"]), None);
    }

    #[test]
    fn sorting_is_by_location() {
        let pos = |line| crate::model::Pos { line, column: 1 };
        let mut list = vec![
            Diagnostic::new(Code::BrokenLink, "b.yaml", pos(1), "x"),
            Diagnostic::new(Code::BrokenLink, "a.yaml", pos(9), "x"),
            Diagnostic::new(Code::SelfLink, "a.yaml", pos(2), "x"),
        ];
        sort(&mut list);
        let order: Vec<_> = list.iter().map(|d| (d.path.as_str(), d.line)).collect();
        assert_eq!(order, [("a.yaml", 2), ("a.yaml", 9), ("b.yaml", 1)]);
    }
}
