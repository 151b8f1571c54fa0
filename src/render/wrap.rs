//! Breaking text into lines of a terminal's width, and the display width they are measured
//! by: the one line breaker behind table cells and `plan show`. Wide characters take two
//! columns and combining marks none, so `Sør` measures three columns however its `ø` is
//! written; a control character is shown as `�`, never sent to the terminal.

use unicode_width::UnicodeWidthChar;

/// One line of wrapped text, with its display width.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Line {
    pub(crate) text: String,
    pub(crate) width: usize,
}

/// Where a line may break, and what becomes of a word wider than its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Breaks {
    /// A table cell: between words and after a hyphen; a run of white space (newlines too)
    /// is one space; a part wider than the line is split where it reaches the edge.
    Cell,
    /// Prose: at spaces only, runs of spaces within a line kept as written; a word wider than
    /// its line stands whole on a line of its own (an address stays one piece).
    Prose,
}

/// The columns `text` takes on a terminal (a control character, shown as `�`, takes one).
pub(crate) fn width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

fn char_width(c: char) -> usize {
    if c.is_control() {
        1
    } else {
        c.width().unwrap_or(0)
    }
}

/// `text` in lines of at most `first` columns, then `rest`, broken as `breaks` says. There is
/// always at least one line.
pub(crate) fn wrap(text: &str, first: usize, rest: usize, breaks: Breaks) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut line = Line::default();
    let room = |lines: &Vec<Line>| if lines.is_empty() { first } else { rest };
    for (gap, piece) in pieces(text, breaks) {
        let piece_width = width(piece);
        if !line.text.is_empty() && line.width + gap + piece_width > room(&lines) {
            lines.push(std::mem::take(&mut line));
        } else if !line.text.is_empty() {
            line.text.push_str(&" ".repeat(gap));
            line.width += gap;
        }
        let split = breaks == Breaks::Cell && line.width + piece_width > room(&lines);
        for c in piece.chars() {
            let w = char_width(c);
            if split && !line.text.is_empty() && line.width + w > room(&lines) {
                lines.push(std::mem::take(&mut line));
            }
            line.text.push(if c.is_control() { '\u{fffd}' } else { c });
            line.width += w;
        }
    }
    if !line.text.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The pieces a line may break between, each with the spaces that stand before it when it
/// follows another on the same line.
fn pieces(text: &str, breaks: Breaks) -> Vec<(usize, &str)> {
    match breaks {
        Breaks::Cell => text
            .split_whitespace()
            .flat_map(|word| {
                let parts = word.split_inclusive('-').enumerate();
                parts.map(|(i, part)| (usize::from(i == 0), part))
            })
            .collect(),
        Breaks::Prose => {
            let mut pieces = Vec::new();
            let mut gap = 1;
            for word in text.trim_end().split(' ') {
                if word.is_empty() {
                    gap += 1;
                } else {
                    pieces.push((gap, word));
                    gap = 1;
                }
            }
            pieces
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, first: usize, rest: usize, breaks: Breaks) -> Vec<String> {
        let lines = wrap(text, first, rest, breaks);
        for line in &lines {
            assert_eq!(line.width, width(&line.text), "{line:?}");
        }
        lines.into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn cells_break_between_words_and_after_hyphens_and_split_only_words_too_wide() {
        let cell = |text, w| texts(text, w, w, Breaks::Cell);
        assert_eq!(
            cell("Boligutvikling i distriktskommuner", 16),
            ["Boligutvikling i", "distriktskommune", "r"]
        );
        assert_eq!(cell("regional-centre", 20), ["regional-centre"]);
        assert_eq!(cell("regional-centre", 12), ["regional-", "centre"]);
        assert_eq!(cell("a\nb\x1b[31m", 10), ["a b\u{fffd}[31m"]);
        assert_eq!(cell("", 5), [""]);
    }

    #[test]
    fn prose_breaks_at_spaces_keeping_spaces_within_a_line_and_long_words_whole() {
        assert_eq!(
            texts(
                "K7  Desentralisert kompetanseutvikling i skole",
                30,
                20,
                Breaks::Prose
            ),
            ["K7  Desentralisert", "kompetanseutvikling", "i skole"]
        );
        let address = "https://example.org/a/very/long/address.pdf";
        assert_eq!(
            texts(&format!("see {address}"), 10, 10, Breaks::Prose),
            ["see", address]
        );
    }

    #[test]
    fn norwegian_letters_take_one_column_and_wide_characters_two() {
        assert_eq!(width("Sør-Østerdal"), 12);
        assert_eq!(width("So\u{308}r"), 3);
        assert_eq!(width("漢字"), 4);
        assert_eq!(
            texts("漢字 漢字 漢字", 10, 10, Breaks::Prose),
            ["漢字 漢字", "漢字"]
        );
        assert_eq!(
            texts("Åsnes Øyer Ærø", 10, 10, Breaks::Cell),
            ["Åsnes Øyer", "Ærø"]
        );
    }
}
