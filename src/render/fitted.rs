//! Output for a terminal of a known width, line by line: a line wider than the terminal is
//! broken between words by `plan show`'s wrapper, its continuation lines under its own
//! indentation and two deeper, and the colour codes in it stay where they were. Without a
//! width (output to a pipe or a file) every line is written as it is.

use std::io::{self, Write};

use crate::render::show::fit;

/// How much deeper than its line a continuation line starts.
const HANGING: usize = 2;

/// A writer that fits each line written through it to `width` columns.
pub(crate) struct Fitted<'a> {
    out: &'a mut dyn Write,
    width: Option<usize>,
    line: Vec<u8>,
}

impl<'a> Fitted<'a> {
    pub(crate) fn new(out: &'a mut dyn Write, width: Option<usize>) -> Fitted<'a> {
        Fitted {
            out,
            width,
            line: Vec::new(),
        }
    }

    /// Writes a last line that has no line break of its own.
    pub(crate) fn finish(self) -> io::Result<()> {
        if !self.line.is_empty() {
            let line = String::from_utf8_lossy(&self.line).into_owned();
            write!(self.out, "{}", fitted(&line, self.width))?;
        }
        self.out.flush()
    }
}

impl Write for Fitted<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        for &byte in buf {
            if byte == b'\n' {
                let line = String::from_utf8_lossy(&self.line).into_owned();
                writeln!(self.out, "{}", fitted(&line, self.width))?;
                self.line.clear();
            } else {
                self.line.push(byte);
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// One line fitted to `width` columns, its colour codes kept.
fn fitted(line: &str, width: Option<usize>) -> String {
    if width.is_none() {
        return line.to_string();
    }
    let plain = unpainted(line);
    let own = plain.len() - plain.trim_start_matches(' ').len();
    let laid_out = fit(&plain, 0, &" ".repeat(own + HANGING), width);
    repaint(line, &laid_out)
}

/// The colour code (`ESC [ … m`) `text` starts with, if any.
fn leading_code(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("\x1b[")?;
    let end = rest.find('m')?;
    Some(&text[..end + 3])
}

/// `text` without its colour codes.
fn unpainted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        match leading_code(rest) {
            Some(code) => rest = &rest[code.len()..],
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// `laid_out` (the text of `painted` without its colour codes, broken into lines) with the
/// codes put back before the characters they stood before. A break only replaces spaces
/// with a line break and indentation, so the other characters come in the same order.
fn repaint(painted: &str, laid_out: &str) -> String {
    let mut out = String::with_capacity(painted.len() + laid_out.len());
    let mut rest = painted;
    let codes = |rest: &mut &str, out: &mut String| {
        while let Some(code) = leading_code(rest) {
            out.push_str(code);
            *rest = &rest[code.len()..];
        }
    };
    for c in laid_out.chars() {
        codes(&mut rest, &mut out);
        if c != ' ' && c != '\n' && rest.starts_with(' ') {
            // The spaces a break took.
            rest = rest.trim_start_matches(' ');
            codes(&mut rest, &mut out);
        }
        if rest.starts_with(c) {
            rest = &rest[c.len_utf8()..];
        }
        out.push(c);
    }
    codes(&mut rest, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_breaks_between_words_under_its_indentation() {
        let line = "    K7  Desentralisert kompetanseutvikling i skole og voksenopplæring";
        assert_eq!(
            fitted(line, Some(40)),
            "    K7  Desentralisert\n      kompetanseutvikling i skole og\n      voksenopplæring"
        );
        assert_eq!(fitted(line, None), line);
        assert_eq!(fitted("  kort", Some(40)), "  kort");
    }

    #[test]
    fn colour_codes_stay_where_they_were_and_take_no_room() {
        let painted = "      lenker: \x1b[1;32m+\x1b[0m K2 (Desentralisert utdanning)";
        assert_eq!(
            unpainted(painted),
            "      lenker: + K2 (Desentralisert utdanning)"
        );
        assert_eq!(
            fitted(painted, Some(30)),
            "      lenker: \x1b[1;32m+\x1b[0m K2\n        (Desentralisert\n        utdanning)"
        );
        let heading =
            "\x1b[1;36minnlandet\x1b[0m  \x1b[1mRegional plan for det inkluderende\x1b[0m";
        assert_eq!(
            fitted(heading, Some(30)),
            "\x1b[1;36minnlandet\x1b[0m  \x1b[1mRegional plan for\n  det inkluderende\x1b[0m"
        );
    }
}
