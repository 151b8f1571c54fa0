//! Findings rendered for people (with an excerpt and a caret), as a JSON array, as
//! GitHub Actions workflow commands, as SARIF 2.1.0 or as GitLab Code Quality JSON. Each renderer writes the findings it is given, in order.

use std::io::{self, Write};

use std::collections::HashMap;

use serde::Serialize;
use serde_json::{Value, json};

use crate::diagnostic::{Code, Diagnostic, Severity, Tally};
use crate::render::style::Style;

/// Renders findings for people, like a compiler: header, location, excerpt, caret, help.
pub fn human(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
    source: &dyn Fn(&str, u32) -> Option<String>,
    style: Style,
) -> io::Result<()> {
    for d in diagnostics {
        let label = match d.severity {
            Severity::Error => style.error(&format!("error[{}]", d.code)),
            Severity::Warning => style.warning(&format!("warning[{}]", d.code)),
        };
        writeln!(out, "{label}: {}", style.bold(&d.message))?;
        let location = format!("{}:{}:{}", d.path, d.line, d.column);
        let line_text = source(&d.path, d.line);
        match line_text {
            Some(line) if !line.trim().is_empty() => {
                let number = d.line.to_string();
                let pad = " ".repeat(number.len());
                writeln!(out, "{pad}{} {location}", style.accent("-->"))?;
                writeln!(out, "{pad} {}", style.accent("|"))?;
                let shown: String = line
                    .chars()
                    .take(200)
                    .collect::<String>()
                    .replace('\t', " ");
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
                if let Some(help) = &d.help {
                    writeln!(
                        out,
                        "{pad} {} {}: {help}",
                        style.accent("="),
                        style.bold("help")
                    )?;
                }
            }
            _ => {
                writeln!(out, "  {} {location}", style.accent("-->"))?;
                if let Some(help) = &d.help {
                    writeln!(
                        out,
                        "   {} {}: {help}",
                        style.accent("="),
                        style.bold("help")
                    )?;
                }
            }
        }
        writeln!(out)?;
    }
    Ok(())
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

/// The closing line of a human report.
pub fn summary(out: &mut dyn Write, tally: Tally, files: usize, style: Style) -> io::Result<()> {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let counts = format!(
        "{}, {}",
        plural(tally.errors, "error"),
        plural(tally.warnings, "warning")
    );
    let checked = plural(files, "file");
    if tally.errors > 0 {
        writeln!(out, "{}: {counts} in {checked}", style.error("invalid"))
    } else {
        writeln!(out, "{}: {counts} in {checked}", style.good("ok"))
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
pub fn json(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
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
pub fn github(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    for d in diagnostics {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut message = d.message.clone();
        if let Some(help) = &d.help {
            message.push_str("\nhelp: ");
            message.push_str(help);
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
        Some(help) => format!("{}{separator}help: {help}", d.message),
        None => d.message.clone(),
    }
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// SARIF 2.1.0: one run of `plan` with every finding code as a rule and each finding as a
/// result located at its `path:line:column` (columns count characters, as SARIF is told).
pub fn sarif(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|code| {
            json!({
                "id": code.as_str(),
                "shortDescription": { "text": code.about() },
                "defaultConfiguration": { "level": sarif_level(code.severity()) }
            })
        })
        .collect();
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
pub fn gitlab(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
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
    use crate::diagnostic::Code;
    use crate::yaml::Pos;

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
