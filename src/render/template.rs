//! The text of a new entity file (`plan new`): the `$schema` line editors read, the fields the
//! command filled, and every other field of the kind as a commented hint, in table order.

use std::io::{self, Write};

use crate::format::{Field, Kind};

/// A value to write: an id or word, a text, a list, or a mapping of fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Yaml {
    /// Written bare where YAML reads it back as the same text.
    Scalar(String),
    /// Always double-quoted, as the data's texts are.
    Text(String),
    List(Vec<Yaml>),
    Map(Vec<(&'static str, Yaml)>),
}

/// Writes a new file of the kind whose fields are `fields`. Fields missing from `filled` are
/// written as comments, so uncommenting one gives a line the loader reads.
pub(crate) fn entity(
    out: &mut dyn Write,
    schema: &str,
    fields: &[Field],
    filled: &[(&str, Yaml)],
) -> io::Result<()> {
    writeln!(out, "# yaml-language-server: $schema={schema}")?;
    for field in fields {
        match filled.iter().find(|(name, _)| *name == field.name) {
            Some((name, value)) => write_field(out, "", "", name, value)?,
            None => writeln!(
                out,
                "# {}: {}  # {}{}",
                field.name,
                example(field.kind),
                crate::format::about(field, crate::i18n::current()),
                allowed(field.kind)
            )?,
        }
    }
    Ok(())
}

/// Writes `name: value` after `lead` (the key's indentation, or a list member's `- `);
/// `indent` is the key's indentation, which nested lines go below.
fn write_field(
    out: &mut dyn Write,
    lead: &str,
    indent: &str,
    name: &str,
    value: &Yaml,
) -> io::Result<()> {
    match value {
        Yaml::Scalar(text) => writeln!(out, "{lead}{name}: {}", scalar(text)),
        Yaml::Text(text) => match block_header(text) {
            Some(header) => block(out, &format!("{lead}{name}: "), indent, header, text),
            None => writeln!(out, "{lead}{name}: {}", quoted(text)),
        },
        Yaml::List(items) if items.is_empty() => writeln!(out, "{lead}{name}: []"),
        Yaml::Map(entries) if entries.is_empty() => writeln!(out, "{lead}{name}: {{}}"),
        Yaml::List(items) => {
            writeln!(out, "{lead}{name}:")?;
            for item in items {
                list_entry(out, &format!("{indent}  "), item)?;
            }
            Ok(())
        }
        Yaml::Map(entries) => {
            writeln!(out, "{lead}{name}:")?;
            let inner = format!("{indent}  ");
            for (name, value) in entries {
                write_field(out, &inner, &inner, name, value)?;
            }
            Ok(())
        }
    }
}

/// A literal block: `lead` and the header, then the text's lines below `indent` (blank
/// lines left empty, so the file has no trailing blanks).
fn block(
    out: &mut dyn Write,
    lead: &str,
    indent: &str,
    header: &str,
    text: &str,
) -> io::Result<()> {
    writeln!(out, "{lead}{header}")?;
    for line in text.lines() {
        match line {
            "" => writeln!(out)?,
            line => writeln!(out, "{indent}  {line}")?,
        }
    }
    Ok(())
}

/// Whether a value is written as a literal block, over several lines.
pub(crate) fn is_block(value: &Yaml) -> bool {
    matches!(value, Yaml::Text(text) if block_header(text).is_some())
}

/// The header of the literal block (`|`, `|-`) a text with a line break is written as, the
/// way the data files write descriptions and notes; `None` for a text of one line, and for
/// one that a block would not give back exactly or that an editor would quietly change:
/// blanks at a line's end, tabs, a leading blank line or space (which would need an
/// indentation indicator), more than one line break at the end (which would take in the
/// blank lines after the field), or any character the quoted form escapes.
fn block_header(text: &str) -> Option<&'static str> {
    let body = text.strip_suffix('\n');
    let chomp = match body {
        Some(body) if body.ends_with('\n') => return None,
        Some(_) => "|",
        None => "|-",
    };
    let body = body.unwrap_or(text);
    let unfit = |c: char| c != '\n' && (c.is_control() || escaped_beyond_json(c));
    let ragged = body.lines().any(|l| l.ends_with([' ', '\t']));
    let fits = text.contains('\n')
        && !body.starts_with([' ', '\n'])
        && !ragged
        && !body.chars().any(unfit);
    fits.then_some(chomp)
}

/// One member of a block list, its `-` at `indent`.
pub(crate) fn list_entry(out: &mut dyn Write, indent: &str, item: &Yaml) -> io::Result<()> {
    match item {
        Yaml::Map(entries) if !entries.is_empty() => {
            let (first, value) = &entries[0];
            let inner = format!("{indent}  ");
            write_field(out, &format!("{indent}- "), &inner, first, value)?;
            for (name, value) in &entries[1..] {
                write_field(out, &inner, &inner, name, value)?;
            }
            Ok(())
        }
        Yaml::List(_) | Yaml::Map(_) => {
            unreachable!("plan writes lists of scalars or mappings")
        }
        Yaml::Text(text) if let Some(header) = block_header(text) => {
            block(out, &format!("{indent}- "), indent, header, text)
        }
        scalar_or_text => writeln!(out, "{indent}- {}", inline(scalar_or_text)),
    }
}

/// A top-level field as lines of YAML.
pub(crate) fn field(out: &mut dyn Write, name: &str, value: &Yaml) -> io::Result<()> {
    write_field(out, "", "", name, value)
}

/// A word or text as it stands after `key: ` or in a one-line list.
pub(crate) fn inline(value: &Yaml) -> String {
    match value {
        Yaml::Scalar(text) => scalar(text),
        Yaml::Text(text) => quoted(text),
        Yaml::List(items) => {
            let items: Vec<String> = items.iter().map(inline).collect();
            format!("[{}]", items.join(", "))
        }
        Yaml::Map(entries) => {
            let entries: Vec<String> = entries
                .iter()
                .map(|(k, v)| format!("{k}: {}", inline(v)))
                .collect();
            format!("{{{}}}", entries.join(", "))
        }
    }
}

/// A scalar as YAML: ids and words bare, anything a YAML reader could take for something
/// else (a number, `true`, `null`, text with punctuation) double-quoted.
fn scalar(text: &str) -> String {
    let bare = text.bytes().any(|b| b.is_ascii_alphabetic())
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !text.starts_with('-')
        && !matches!(
            text.to_ascii_lowercase().as_str(),
            "null" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    if bare { text.to_string() } else { quoted(text) }
}

/// A double-quoted scalar: a JSON string (which YAML reads the same), with the characters
/// JSON leaves raw but YAML readers refuse (DEL, C1 controls, U+FFFE/U+FFFF) or take for line
/// breaks (NEL, U+2028, U+2029) or a byte-order mark (U+FEFF) escaped too, so every YAML
/// tool reads the file and the text back exactly; and the bidirectional controls, so an
/// editor or `git diff` shows the file's text in the order it is stored.
fn quoted(text: &str) -> String {
    let json = serde_json::to_string(text).expect("a string serialises");
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if escaped_beyond_json(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The characters [`quoted`] escapes that JSON leaves raw.
fn escaped_beyond_json(c: char) -> bool {
    matches!(
        c,
        '\u{7f}'..='\u{9f}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{feff}'
            | '\u{fffe}'
            | '\u{ffff}'
    )
}

fn example(kind: Kind) -> String {
    match kind {
        Kind::Bool => "false".into(),
        Kind::Integer { min, .. } => min.to_string(),
        Kind::Number => "0".into(),
        Kind::Word(names) => names[0].into(),
        Kind::List(_) => "[]".into(),
        // The required fields with their own examples, so an uncommented hint is valid.
        Kind::Object(fields) => {
            let required: Vec<String> = fields
                .iter()
                .filter(|f| f.required)
                .map(|f| format!("{}: {}", f.name, example(f.kind)))
                .collect();
            format!("{{{}}}", required.join(", "))
        }
        Kind::Line | Kind::Text | Kind::Markdown | Kind::Date | Kind::Ref(_) => "\"\"".into(),
    }
}

fn allowed(kind: Kind) -> String {
    match kind {
        Kind::Word(names) => format!(
            " {}",
            crate::t!("template-one-of", values = names.join(", "))
        ),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::DOCUMENT;

    #[test]
    fn filled_fields_then_hints() {
        let mut out = Vec::new();
        entity(
            &mut out,
            "../../schema/document.schema.json",
            DOCUMENT,
            &[
                ("id", Yaml::Scalar("null".into())),
                ("title", Yaml::Text("Plan: \"A\"".into())),
                ("kind", Yaml::Scalar("strategy".into())),
            ],
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "# yaml-language-server: $schema=../../schema/document.schema.json\n\
             id: \"null\"\n\
             title: \"Plan: \\\"A\\\"\"\n\
             kind: strategy\n\
             # owner: \"\"  # The body that owns it.\n\
             # url: \"\"  # Where it is published.\n\
             # notes: \"\"  # Remarks.\n"
        );
    }

    #[test]
    fn texts_escape_what_yaml_readers_refuse_or_take_for_line_breaks() {
        let text = "a\u{7f}b\u{85}c\u{2028}d\u{2029}e\u{feff}f\u{ffff}g\0h\u{1b}[31m\u{202e} æ\"\n";
        let written = quoted(text);
        assert_eq!(
            written,
            "\"a\\u007fb\\u0085c\\u2028d\\u2029e\\ufefff\\uffffg\\u0000h\\u001b[31m\\u202e æ\\\"\\n\""
        );
        assert!(
            written
                .chars()
                .all(|c| c == ' ' || !(c.is_control() || c.is_whitespace()))
        );
        let read: String = serde_json::from_str(&written).unwrap();
        assert_eq!(read, text);
    }

    #[test]
    fn lists_of_mappings_are_block_style() {
        let mut out = Vec::new();
        let source = Yaml::Map(vec![
            ("title", Yaml::Text("T".into())),
            ("url", Yaml::Scalar("https://x".into())),
        ]);
        write_field(&mut out, "", "", "sources", &Yaml::List(vec![source])).unwrap();
        write_field(&mut out, "", "", "responsible", &Yaml::List(vec![])).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "sources:\n  - title: \"T\"\n    url: \"https://x\"\nresponsible: []\n"
        );
    }
}
