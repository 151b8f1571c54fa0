//! Findings rendered for people (with an excerpt and a caret), as a JSON array, or as
//! GitHub Actions workflow commands. Each renderer writes the findings it is given, in order.

use std::io::{self, Write};

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity, Tally};
use crate::render::style::Style;

/// Renders findings for people, like a compiler: header, location, excerpt, caret, help.
pub fn human(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
    source: &dyn Fn(&str) -> Option<String>,
    style: Style,
) -> io::Result<()> {
    for d in diagnostics {
        let label = match d.severity {
            Severity::Error => style.error(&format!("error[{}]", d.code)),
            Severity::Warning => style.warning(&format!("warning[{}]", d.code)),
        };
        writeln!(out, "{label}: {}", style.bold(&d.message))?;
        let location = format!("{}:{}:{}", d.path, d.line, d.column);
        let line_text = source(&d.path).and_then(|text| {
            text.lines()
                .nth(d.line.saturating_sub(1) as usize)
                .map(str::to_string)
        });
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
            &|_| Some(text.clone()),
            Style::default(),
        )
        .unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("3 |   - K33\n  |     ^^^\n"), "{out}");
        assert!(out.contains("= help: did you mean `K3`?"));
    }

    #[test]
    fn caret_covers_quoted_values() {
        assert_eq!(caret_width("  - \"a b\" # x", 4), 5);
        assert_eq!(caret_width("links: [K1, K2]", 8), 2);
    }
}
