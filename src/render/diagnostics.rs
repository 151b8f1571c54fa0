//! Findings rendered for people (with an excerpt and a caret), as a JSON array, as
//! GitHub Actions workflow commands, as SARIF 2.1.0 or as GitLab Code Quality JSON. Each renderer writes the findings it is given, in order.

use std::io::{self, Write};

use std::collections::HashMap;

use serde::Serialize;
use serde_json::{Value, json};

use crate::diagnostic::{Code, Diagnostic, Severity, Tally};
use crate::model::Language;
use crate::render::style::Style;
use crate::t;

/// Renders findings for people, like a compiler: header, location, excerpt, caret, help.
pub(crate) fn human(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
    source: &dyn Fn(&str, u32) -> Option<String>,
    style: Style,
) -> io::Result<()> {
    for d in diagnostics {
        let label = match d.severity {
            Severity::Error => style.error(&format!("{}[{}]", t!("validate-error"), d.code)),
            Severity::Warning => style.warning(&format!("{}[{}]", t!("validate-warning"), d.code)),
        };
        writeln!(out, "{label}: {}", style.bold(&visible(&d.message)))?;
        let location = format!("{}:{}:{}", visible(&d.path), d.line, d.column);
        let line_text = source(&d.path, d.line);
        let help_indent = match line_text {
            Some(line) if !line.trim().is_empty() => {
                let number = d.line.to_string();
                let pad = " ".repeat(number.len());
                writeln!(out, "{pad}{} {location}", style.accent("-->"))?;
                writeln!(out, "{pad} {}", style.accent("|"))?;
                let shown = visible(
                    &line
                        .chars()
                        .take(200)
                        .collect::<String>()
                        .replace('\t', " "),
                );
                writeln!(
                    out,
                    "{} {} {shown}",
                    style.accent(&number),
                    style.accent("|")
                )?;
                let col = (d.column.saturating_sub(1) as usize).min(shown.chars().count());
                let width = caret_width(&shown, col);
                let caret = format!("{}{}", " ".repeat(col), "^".repeat(width));
                let caret = if d.severity == Severity::Error {
                    style.error(&caret)
                } else {
                    style.warning(&caret)
                };
                writeln!(out, "{pad} {} {caret}", style.accent("|"))?;
                format!("{pad} ")
            }
            _ => {
                writeln!(out, "  {} {location}", style.accent("-->"))?;
                "   ".to_string()
            }
        };
        if let Some(help) = d.help.as_deref().map(visible) {
            writeln!(
                out,
                "{help_indent}{} {}: {help}",
                style.accent("="),
                style.bold(&t!("validate-help"))
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Text from the data made safe for a terminal: control characters (escape sequences, line
/// breaks that could start a line with `::`, which GitHub runs as a workflow command),
/// bidirectional overrides and other characters drawn as nothing are shown as `\u{1b}`,
/// never sent.
pub(crate) fn visible(text: &str) -> String {
    let hidden = |c: char| c.is_control() || crate::text::is_invisible(c);
    if !text.contains(hidden) {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            if hidden(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Text from the data, possibly of several lines, made safe for a terminal as by [`visible`],
/// with `indent` before every line after the first: no line of data starts at column 0,
/// where a CI log would take `::error::` for a workflow command.
pub(crate) fn visible_lines(text: &str, indent: &str) -> String {
    text.lines()
        .map(visible)
        .collect::<Vec<_>>()
        .join(&format!("\n{indent}"))
}

/// The width of the value starting at `col`: up to the end of the word or quoted string.
fn caret_width(line: &str, col: usize) -> usize {
    let rest: Vec<char> = line.chars().skip(col).collect();
    let width = match rest.first() {
        Some(&q @ ('"' | '\'')) => rest
            .iter()
            .skip(1)
            .position(|&c| c == q)
            .map_or(rest.len(), |p| p + 2),
        _ => rest
            .iter()
            .position(|&c| c.is_whitespace() || matches!(c, ',' | ']' | '}' | '#'))
            .unwrap_or(rest.len()),
    };
    width.max(1)
}

/// The closing line of a human report: ok, or why the run fails (errors, or warnings under
/// `--deny-warnings`).
pub(crate) fn summary(
    out: &mut dyn Write,
    tally: Tally,
    files: usize,
    deny_warnings: bool,
    style: Style,
) -> io::Result<()> {
    let counts = format!(
        "{}, {}",
        t!("validate-errors", count = tally.errors),
        t!("validate-warnings", count = tally.warnings)
    );
    let text = t!(
        "validate-summary",
        counts = counts,
        files = t!("validate-files", count = files)
    );
    if tally.errors > 0 {
        writeln!(out, "{}: {text}", style.error(&t!("validate-invalid")))
    } else if deny_warnings && tally.warnings > 0 {
        // The run fails (exit 1), so the line must not say ok.
        let label = style.error(&t!("validate-denied"));
        writeln!(out, "{label}: {text} (--deny-warnings)")
    } else {
        writeln!(out, "{}: {text}", style.good(&t!("validate-ok")))
    }
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'a str,
    severity: &'a str,
    path: &'a str,
    line: u32,
    column: u32,
    message: &'a str,
    help: Option<&'a str>,
}

/// A JSON array of findings, one object each, keys in a fixed order.
pub(crate) fn json(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    let findings: Vec<JsonFinding> = diagnostics
        .iter()
        .map(|d| JsonFinding {
            code: d.code.as_str(),
            severity: d.severity.as_str(),
            path: &d.path,
            line: d.line,
            column: d.column,
            message: &d.message,
            help: d.help.as_deref(),
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &findings)?;
    writeln!(out)
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
pub(crate) fn github(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    for d in diagnostics {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut message = d.message.clone();
        if let Some(help) = &d.help {
            message.push_str(&format!("\n{}: {help}", t!("validate-help")));
        }
        writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            escape_property(&d.path),
            d.line,
            d.column,
            escape_property(&format!("plan {}", d.code)),
            escape_data(&message)
        )?;
    }
    Ok(())
}

/// The message with its help line, for formats that have one text per finding.
fn message_with_help(d: &Diagnostic, separator: &str) -> String {
    match &d.help {
        Some(help) => format!("{}{separator}{}: {help}", d.message, t!("validate-help")),
        None => d.message.clone(),
    }
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// For code-scanning tools: an example of what triggers a finding (from the fixture
/// catalogue, `tests/fixtures/README.md`) and how to fix it.
fn rule_help(code: Code) -> (&'static str, &'static str) {
    match code {
        Code::IoError => (
            "An unreadable file, an unreadable folder or a dangling symbolic link.",
            "Give the file read permission, or remove the broken link.",
        ),
        Code::NotUtf8 => (
            "A Latin-1 `å` (byte 0xE5) in a YAML file.",
            "Save the file as UTF-8 in your editor.",
        ),
        Code::FileTooLarge => (
            "A file over 8 MiB.",
            "Split the content over several files, or move large attachments out of `data/`.",
        ),
        Code::SymlinkLoop => (
            "A symbolic link back to a folder that contains it.",
            "Remove the link.",
        ),
        Code::Symlink => (
            "A symbolic link, to `/etc/passwd` or to another file of the data folder.",
            "Replace the link with the file or folder itself; plan follows no links.",
        ),
        Code::SpecialFile => (
            "A FIFO, socket or device file in the data folder.",
            "Remove it; plan never opens anything but regular files.",
        ),
        Code::ControlCharacter => (
            "A NUL byte or an escape character (raw, or written `\\e` in a quoted text).",
            "Delete the character; texts hold no control characters but tab and line ends.",
        ),
        Code::UnknownFile => (
            "`notes/todo.yaml`, or `bodies/extra.yml`: a YAML file outside the folders plan reads, or not ending in `.yaml`.",
            "Move the file into `programmes/`, `bodies/`, `regions/`, `municipalities/` or `documents/` with a `.yaml` ending, or remove it.",
        ),
        Code::EmptyFile => (
            "A YAML file that is empty or holds only comments.",
            "Fill in the entity, or delete the file.",
        ),
        Code::YamlSyntax => (
            "An unquoted title with `: ` in it, a line indented with a tab, or a second `---` document.",
            "Quote text that contains `: ` or `#`, indent with spaces, and keep one document per file.",
        ),
        Code::YamlLimit => (
            "Lists nested thousands deep, or aliases that expand to billions of values.",
            "Write the values out; plan refuses nesting deeper than 64 and aliases expanding past a million values or 10 MiB of text.",
        ),
        Code::DuplicateKey => ("`title` twice in one item.", "Keep one of the two keys."),
        Code::WrongType => (
            "`responsible: demo-county`: text where a list belongs.",
            "Write the value in the shape the field takes, e.g. `responsible: [demo-county]`.",
        ),
        Code::UnknownField => (
            "`partnres:` in an item.",
            "Correct the spelling (the help names the closest field), or remove the field; `docs/format.md` lists every field.",
        ),
        Code::MissingField => ("An item without `title`.", "Add the required field."),
        Code::InvalidValue => (
            "`status: begun`, not one of the allowed statuses; a malformed id or date.",
            "Use one of the allowed values the message lists, or the format shown.",
        ),
        Code::InvisibleCharacter => (
            "A zero-width space, soft hyphen, word joiner or other character drawn as nothing in a title, name, alias, unit or other one-line text: `K1` and `K1` with a zero-width space look the same in every output.",
            "Delete the character (the message shows it as `\\u{200b}`); one-line texts never need one.",
        ),
        Code::FileNameMismatch => (
            "Item `L2` kept in `L3.yaml`.",
            "Rename the file after the id, or correct the id.",
        ),
        Code::ProgrammeMismatch => (
            "An item in `programmes/demo/` that says `programme: demx`.",
            "Make `programme` name the folder the item is in.",
        ),
        Code::MissingProgramme => (
            "`programmes/other/items/X1.yaml` with no `programmes/other/programme.yaml`.",
            "Add the programme file, or move the items into an existing programme.",
        ),
        Code::DuplicateId => (
            "`bodies/demo-county2.yaml` also has id `demo-county`.",
            "Give one of the two entities a new id (and its file the same name).",
        ),
        Code::IdThemeMismatch => (
            "Item `K2` with `theme: L`.",
            "Correct the theme, or renumber the item into its theme.",
        ),
        Code::UnknownTheme => (
            "`theme: X`, not a theme of the programme.",
            "Use one of the programme's theme codes, or add the theme to `programme.yaml`.",
        ),
        Code::UnknownLevel => (
            "`level: regional-centre` in a programme without that level.",
            "Use one of the programme's levels, or add the level to `programme.yaml`.",
        ),
        Code::BrokenLink => (
            "K1 links to `K22`, which does not exist.",
            "Correct the id (the help suggests the closest), or write `programme:ID` for an item in another programme.",
        ),
        Code::SelfLink => ("K2 links to itself.", "Remove the link."),
        Code::UnknownDocument => (
            "`documents: [demo-strategi]`.",
            "Correct the id (the help suggests the closest), or add the document under `documents/`.",
        ),
        Code::UnknownBody => (
            "`responsible: [demo-county, kommuene]`.",
            "Correct the id (the help suggests the closest), or add the body under `bodies/`.",
        ),
        Code::UnknownRegion => (
            "`regions: [sout]`.",
            "Correct the id (the help suggests the closest), or add the region under `regions/`.",
        ),
        Code::FundingOverflow => (
            "Two items of one programme each granted 9,000,000,000,000,000,000 NOK.",
            "Correct the amount that is written wrong; totals never wrap to a negative number.",
        ),
        Code::PartOfCycle => (
            "`demo-council` is `part_of: demo-county` and `demo-county` is `part_of: demo-council`.",
            "Remove `part_of` from one of the bodies, so the bodies form a tree.",
        ),
        Code::UnknownMunicipality => (
            "`municipalities: [\"3499\"]`, a number with no municipality file.",
            "Use the municipality's four-digit number, or add it under `municipalities/`.",
        ),
        Code::LinkToRemoved => (
            "K2 links to the removed L2.",
            "Remove the link, or link to the item that replaced it.",
        ),
        Code::DuplicateValue => (
            "`demo-county` twice in `responsible`.",
            "Remove the repeated value.",
        ),
        Code::ResponsibleAlsoPartner => (
            "`kommunene` both responsible and partner.",
            "Keep the body in one of the two lists.",
        ),
        Code::AmbiguousName => (
            "Body `kommunene` takes the alias `Fylkeskommunen`, which `demo-county` already has.",
            "Remove or change one of the aliases, so the name means one thing.",
        ),
        Code::StatusMismatch => (
            "`status: ongoing` while the latest update says `started`.",
            "Make the item's `status` agree with its latest update, or add an update.",
        ),
        Code::UpdatesOutOfOrder => (
            "An update dated before the one listed above it.",
            "List the status updates oldest first.",
        ),
        Code::TargetBeforeBaseline => (
            "An indicator whose target is dated 2023 and its baseline 2024.",
            "Give the target the date it is to be reached by, after the baseline's date.",
        ),
        Code::MeasurementsOutOfOrder => (
            "A measurement dated before the one listed above it.",
            "List the measurements oldest first.",
        ),
        Code::InvisibleInProse => (
            "A zero-width space, soft hyphen or other character drawn as nothing in a description, goal, note or update text, often pasted from a web page or a PDF; a search does not find a word it splits.",
            "Delete the character (the message shows it as `\\u{200b}`), or allow the finding in `plan.toml` if the texts need joiners.",
        ),
    }
}

/// What a finding code means, an example and the fix, in the run's language: the English
/// is here and in `diagnostic`, `i18n/*/rules.ftl` translates it.
fn rule_texts(code: Code) -> [String; 3] {
    let (example, fix) = rule_help(code);
    let language = crate::i18n::current();
    if language == Language::En {
        return [code.about(), example, fix].map(str::to_string);
    }
    ["about", "example", "fix"]
        .map(|part| crate::i18n::text(language, &format!("rule-{}-{part}", code.as_str()), &[]))
}

/// A SARIF rule for one finding code: a friendly name (`broken-link` → `BrokenLink`), what it
/// means (short and full), how to fix it (text and Markdown) and where the catalogue is.
fn sarif_rule(code: Code) -> Value {
    let [about, example, fix] = rule_texts(code);
    let severity = match code.severity() {
        Severity::Error => t!("validate-error"),
        Severity::Warning => t!("validate-warning"),
    };
    let name: String = code
        .as_str()
        .split('-')
        .flat_map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase())
                .into_iter()
                .chain(chars)
        })
        .collect();
    let (example_label, fix_label) = (t!("sarif-example"), t!("sarif-fix"));
    let full = format!("{about} ({severity}). {example_label}: {example}");
    let markdown = format!(
        "**{}** ({severity}): {about}.\n\n**{example_label}.** {example}\n\n**{fix_label}.** {fix}\n\n{}",
        code.as_str(),
        t!("sarif-catalogue")
    );
    let mut rule = json!({
        "id": code.as_str(),
        "shortDescription": { "text": about },
        "fullDescription": { "text": full },
        "help": {
            "text": format!("{about}. {example_label}: {example} {fix_label}: {fix}"),
            "markdown": markdown
        },
        "defaultConfiguration": { "level": sarif_level(code.severity()) }
    });
    // SARIF wants a name only where it says more than the id: `symlink` has none.
    if !name.eq_ignore_ascii_case(code.as_str()) {
        rule["name"] = json!(name);
    }
    rule
}

/// SARIF 2.1.0: one run of `plan` with every finding code as a rule and each finding as a
/// result located at its `path:line:column` (columns count characters, as SARIF is told).
pub(crate) fn sarif(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    let rules: Vec<Value> = Code::ALL.iter().map(|&code| sarif_rule(code)).collect();
    let fingerprints = fingerprints(diagnostics);
    let results: Vec<Value> = diagnostics
        .iter()
        .zip(&fingerprints)
        .map(|(d, fingerprint)| {
            let mut location = json!({ "artifactLocation": { "uri": uri(&d.path) } });
            if d.line > 0 {
                location["region"] = json!({ "startLine": d.line, "startColumn": d.column.max(1) });
            }
            json!({
                "ruleId": d.code.as_str(),
                "ruleIndex": Code::ALL.iter().position(|c| *c == d.code),
                "level": sarif_level(d.severity),
                "message": { "text": message_with_help(d, "\n") },
                "locations": [{ "physicalLocation": location }],
                "partialFingerprints": { "plan/v1": fingerprint }
            })
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "plan",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

/// GitLab Code Quality: an array of issues, each with a fingerprint that stays the same while
/// the finding does, even when lines above it move.
pub(crate) fn gitlab(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    let issues: Vec<Value> = diagnostics
        .iter()
        .zip(fingerprints(diagnostics))
        .map(|(d, fingerprint)| {
            json!({
                "description": message_with_help(d, "; "),
                "check_name": d.code.as_str(),
                "fingerprint": fingerprint,
                "severity": match d.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                },
                "location": { "path": d.path, "lines": { "begin": d.line.max(1) } }
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &issues)?;
    writeln!(out)
}

/// A stable fingerprint per finding: a hash of its code, path and message (not its line, so
/// editing above it keeps it), and of how many identical findings came before it in the file.
fn fingerprints(diagnostics: &[Diagnostic]) -> Vec<String> {
    let mut seen: HashMap<(Code, &str, &str), u32> = HashMap::new();
    diagnostics
        .iter()
        .map(|d| {
            let n = seen.entry((d.code, &d.path, &d.message)).or_default();
            let text = format!("{}\0{}\0{}\0{n}", d.code, d.path, d.message);
            *n += 1;
            format!("{:032x}", fnv1a_128(text.as_bytes()))
        })
        .collect()
}

/// FNV-1a, 128 bits: specified, so fingerprints stay the same across Rust versions.
fn fnv1a_128(bytes: &[u8]) -> u128 {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013b;
    bytes.iter().fold(OFFSET, |hash, &b| {
        (hash ^ u128::from(b)).wrapping_mul(PRIME)
    })
}

/// A repository-relative path as a URI reference: bytes outside the unreserved set are
/// percent-encoded, `/` kept.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_explained_in_norwegian_and_every_explanation_is_used() {
        let keys: std::collections::BTreeSet<String> = Code::ALL
            .iter()
            .flat_map(|code| {
                ["about", "example", "fix"].map(|part| format!("rule-{}-{part}", code.as_str()))
            })
            .collect();
        for (language, file) in [("nb", crate::i18n::RULES_NB), ("nn", crate::i18n::RULES_NN)] {
            let defined: std::collections::BTreeSet<String> =
                crate::i18n::message_ids(file).collect();
            let missing: Vec<_> = keys.difference(&defined).collect();
            let unused: Vec<_> = defined.difference(&keys).collect();
            assert!(missing.is_empty(), "{language} lacks {missing:?}");
            assert!(unused.is_empty(), "{language} has unused {unused:?}");
        }
    }

    #[test]
    fn terminal_sees_no_control_characters() {
        assert_eq!(
            visible("a\u{1b}[31mb\n::error::x\u{202e}"),
            "a\\u{1b}[31mb\\u{a}::error::x\\u{202e}"
        );
        assert_eq!(visible("Kompetanseløft"), "Kompetanseløft");
    }
    use crate::diagnostic::Code;
    use crate::model::Pos;

    fn finding() -> Diagnostic {
        Diagnostic::new(
            Code::BrokenLink,
            "data/a,b.yaml",
            Pos { line: 3, column: 5 },
            "link to unknown item `K33`: 100%",
        )
        .with_help("did you mean `K3`?")
    }

    #[test]
    fn github_commands_are_escaped() {
        let mut out = Vec::new();
        github(&mut out, &[finding()]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::error file=data/a%2Cb.yaml,line=3,col=5,title=plan broken-link::link to unknown item `K33`: 100%25%0Ahelp: did you mean `K3`?\n"
        );
    }

    #[test]
    fn human_output_points_at_the_value() {
        let mut out = Vec::new();
        let text = "id: K1\nlinks:\n  - K33\n".to_string();
        human(
            &mut out,
            &[finding()],
            &|_, n| text.lines().nth(n as usize - 1).map(str::to_string),
            Style::default(),
        )
        .unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("3 |   - K33\n  |     ^^^\n"), "{out}");
        assert!(out.contains("= help: did you mean `K3`?"));
    }

    #[test]
    fn fingerprints_ignore_lines_but_count_repeats() {
        let moved = Diagnostic {
            line: 30,
            ..finding()
        };
        let [a, b] = [finding(), moved].map(|d| fingerprints(&[d]).remove(0));
        assert_eq!(a, b);
        assert_eq!(a.len(), 32);
        let twice = fingerprints(&[finding(), finding()]);
        assert_ne!(twice[0], twice[1]);
        assert_eq!(twice[0], a);
        assert_eq!(fnv1a_128(b""), 0x6c62272e07bb014262b821756295c58d);
        assert_eq!(fnv1a_128(b"a"), 0xd228cb696f1a8caf78912b704e4a8964);
    }

    #[test]
    fn gitlab_issues_name_code_path_and_line() {
        let mut out = Vec::new();
        gitlab(&mut out, &[finding()]).unwrap();
        let issues: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(
            issues[0],
            json!({
                "description": "link to unknown item `K33`: 100%; help: did you mean `K3`?",
                "check_name": "broken-link",
                "fingerprint": fingerprints(&[finding()])[0],
                "severity": "major",
                "location": { "path": "data/a,b.yaml", "lines": { "begin": 3 } }
            })
        );
    }

    #[test]
    fn sarif_paths_are_uri_references() {
        assert_eq!(
            uri("data/bodies/a b,æ.yaml"),
            "data/bodies/a%20b%2C%C3%A6.yaml"
        );
    }

    #[test]
    fn caret_covers_quoted_values() {
        assert_eq!(caret_width("  - \"a b\" # x", 4), 5);
        assert_eq!(caret_width("links: [K1, K2]", 8), 2);
    }
}
