//! Terminal tables: columns fitted to a width, cells wrapped between words (a column is as
//! wide as its longest word; columns that cannot stand beside the others become lines under
//! their row), full-width note lines under a row, and control characters from the data shown
//! as `�`, never sent to the terminal.
//!
//! Layout is linear in the size of the text, so a 100 KB title without a space costs no more
//! than 100 KB of words. Without a terminal width (output to a pipe) no column is wider than
//! [`PIPE_COLUMN_WIDTH`]: one long value does not pad every row of the table.

use std::io::{self, Write};

use crate::render::wrap::{self, Breaks, Line};

/// The widest a column gets when the output is not a terminal.
pub(crate) const PIPE_COLUMN_WIDTH: usize = 60;

/// The narrowest a column gets, when nothing else can give way.
const MIN_WIDTH: usize = 4;

/// One row: cells, and optionally a note written across the whole table under it.
struct Row {
    cells: Vec<String>,
    note: Option<String>,
}

/// A table to lay out; columns from `right_from` on are right-aligned (numbers).
pub(crate) struct Table {
    header: Vec<String>,
    rows: Vec<Row>,
    right_from: usize,
}

impl Table {
    pub(crate) fn new(header: Vec<String>) -> Table {
        let right_from = header.len();
        Table {
            header,
            rows: Vec::new(),
            right_from,
        }
    }

    /// Right-aligns the columns from `column` on.
    pub(crate) fn right_align_from(&mut self, column: usize) {
        self.right_from = column;
    }

    pub(crate) fn add_row(&mut self, cells: Vec<String>, note: Option<String>) {
        self.rows.push(Row { cells, note });
    }

    /// Writes the table, fitted to `width` columns of terminal when there is one.
    pub(crate) fn write(&self, out: &mut dyn Write, width: Option<usize>) -> io::Result<()> {
        let widths = self.column_widths(width);
        let shown: Vec<usize> = widths.iter().flatten().copied().collect();
        let rule = |left: &str, fill: &str, join: &str, right: &str| {
            let parts: Vec<String> = shown.iter().map(|w| fill.repeat(w + 2)).collect();
            format!("{left}{}{right}\n", parts.join(join))
        };
        let inner = shown.iter().sum::<usize>() + 3 * (shown.len() - 1);
        out.write_all(rule("┌", "─", "┬", "┐").as_bytes())?;
        self.write_cells(out, &self.header, &widths, usize::MAX)?;
        out.write_all(rule("╞", "═", "╪", "╡").as_bytes())?;
        for row in &self.rows {
            self.write_cells(out, &row.cells, &widths, self.right_from)?;
            let folded = (widths.iter().zip(&self.header).zip(&row.cells))
                .filter(|((w, _), cell)| w.is_none() && !cell.trim().is_empty())
                .map(|((_, header), cell)| format!("{header}: {cell}"));
            for note in folded.chain(row.note.clone()) {
                for line in wrap(&note, inner.saturating_sub(2).max(1)) {
                    let pad = inner.saturating_sub(2 + line.width);
                    writeln!(out, "│   {}{} │", line.text, " ".repeat(pad))?;
                }
            }
        }
        out.write_all(rule("└", "─", "┴", "┘").as_bytes())
    }

    /// One row of the shown cells; columns from `right_from` on are right-aligned.
    fn write_cells(
        &self,
        out: &mut dyn Write,
        cells: &[String],
        widths: &[Option<usize>],
        right_from: usize,
    ) -> io::Result<()> {
        let wrapped: Vec<(usize, Vec<Line>, usize)> = cells
            .iter()
            .zip(widths)
            .enumerate()
            .filter_map(|(column, (cell, w))| w.map(|w| (column, wrap(cell, w), w)))
            .collect();
        let height = wrapped.iter().map(|c| c.1.len()).max().unwrap_or(1).max(1);
        for i in 0..height {
            let mut text = String::from("│");
            for (n, (column, lines, w)) in wrapped.iter().enumerate() {
                let (line, line_width) =
                    lines.get(i).map_or(("", 0), |l| (l.text.as_str(), l.width));
                let pad = " ".repeat(w.saturating_sub(line_width));
                let sep = if n + 1 == wrapped.len() { "│" } else { "┆" };
                if *column >= right_from {
                    text.push_str(&format!(" {pad}{line} {sep}"));
                } else {
                    text.push_str(&format!(" {line}{pad} {sep}"));
                }
            }
            writeln!(out, "{text}")?;
        }
        Ok(())
    }

    /// Each column's width: its widest cell (capped on a pipe), narrowed to fit `width` by
    /// taking from the widest columns first, never below a column's longest word. When the
    /// longest words cannot all stand side by side, text columns are folded, from the right,
    /// into lines under their row (`None`); a word is split only when it is wider than the
    /// whole table.
    fn column_widths(&self, width: Option<usize>) -> Vec<Option<usize>> {
        let count = self.header.len();
        let mut natural = vec![0; count];
        let mut longest_word = vec![0; count];
        for cells in std::iter::once(&self.header).chain(self.rows.iter().map(|r| &r.cells)) {
            for (i, cell) in cells.iter().enumerate().take(count) {
                let (cell_width, word) = measure(cell);
                natural[i] = natural[i].max(cell_width);
                longest_word[i] = longest_word[i].max(word);
            }
        }
        let Some(width) = width else {
            return natural
                .iter()
                .map(|&w| Some(w.clamp(1, PIPE_COLUMN_WIDTH)))
                .collect();
        };
        let hard_floor: Vec<usize> = natural.iter().map(|&w| w.clamp(1, MIN_WIDTH)).collect();
        // A word wider than all the room the others leave is split wherever it stands.
        let room = width.saturating_sub(3 * count + 1);
        let word_floor: Vec<usize> = (0..count)
            .map(|i| {
                let others: usize = hard_floor.iter().sum::<usize>() - hard_floor[i];
                natural[i]
                    .min(longest_word[i])
                    .min(room.saturating_sub(others))
                    .max(1)
            })
            .collect();
        let mut shown: Vec<usize> = (0..count).collect();
        let available = |shown: &[usize]| width.saturating_sub(3 * shown.len() + 1);
        while shown.iter().map(|&i| word_floor[i]).sum::<usize>() > available(&shown) {
            // The first column names the row (an id, a region) and numbers stay in the grid.
            let Some(at) = shown.iter().rposition(|&i| i > 0 && i < self.right_from) else {
                break;
            };
            shown.remove(at);
        }
        let mut widths: Vec<usize> = shown.iter().map(|&i| natural[i].max(1)).collect();
        let floor = |floor: &[usize]| -> Vec<usize> { shown.iter().map(|&i| floor[i]).collect() };
        for floor in [floor(&word_floor), floor(&hard_floor)] {
            shrink(&mut widths, &floor, available(&shown));
        }
        let mut all = vec![None; count];
        for (&i, w) in shown.iter().zip(widths) {
            all[i] = Some(w);
        }
        all
    }
}

/// Writes `text` as lines of at most `width` columns, broken between words (a word is split
/// only when it is wider than the line); unbroken without a width (output to a pipe).
pub(crate) fn write_paragraph(
    out: &mut dyn Write,
    text: &str,
    width: Option<usize>,
) -> io::Result<()> {
    let Some(width) = width else {
        return writeln!(out, "{}", clean(text));
    };
    for line in wrap(text, width.max(1)) {
        writeln!(out, "{}", line.text)?;
    }
    Ok(())
}

/// `text` with control characters shown as `�`.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// Narrows the widest column above its floor, one at a time, until the total fits.
fn shrink(widths: &mut [usize], floor: &[usize], available: usize) {
    let mut total: usize = widths.iter().sum();
    while total > available {
        let widest = (0..widths.len())
            .filter(|&i| widths[i] > floor[i])
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
        let Some(i) = widest else { return };
        // A column wider than all others goes down to the next-widest in one step (a 100 KB
        // cell costs one step, not 100,000); columns of equal width take turns.
        let next = widths
            .iter()
            .filter(|&&w| w < widths[i])
            .max()
            .copied()
            .unwrap_or(0)
            .max(floor[i]);
        let tied = widths.iter().filter(|&&w| w == widths[i]).count() > 1;
        let cut = if tied {
            1
        } else {
            (widths[i] - next).min(total - available).max(1)
        };
        widths[i] -= cut;
        total -= cut;
    }
}

/// A cell's display width and the width of its longest word part (words break after `-`).
fn measure(cell: &str) -> (usize, usize) {
    let (mut total, mut words, mut longest) = (0usize, 0usize, 0usize);
    for word in cell.split_whitespace() {
        total += wrap::width(word);
        words += 1;
        for part in word.split_inclusive('-') {
            longest = longest.max(wrap::width(part));
        }
    }
    (total + words.saturating_sub(1), longest)
}

/// A cell's lines, all at most `width` columns.
fn wrap(text: &str, width: usize) -> Vec<Line> {
    wrap::wrap(text, width, width, Breaks::Cell)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(table: &Table, width: Option<usize>) -> String {
        let mut out = Vec::new();
        table.write(&mut out, width).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn fits_the_width_without_splitting_words_that_fit() {
        let mut table = Table::new(vec!["ID".into(), "Title".into(), "Responsible".into()]);
        table.add_row(
            vec![
                "L11".into(),
                "Boligutvikling i distriktskommuner med svake boligmarkeder".into(),
                "Innlandet fylkeskommune, regionsenterkommunene".into(),
            ],
            Some("names region Valdres".into()),
        );
        let text = render(&table, Some(60));
        for line in text.lines() {
            assert_eq!(line.chars().count(), 60, "{text}");
        }
        assert!(text.contains("Boligutvikling"), "{text}");
        assert!(text.contains("│   names region Valdres"), "{text}");
    }

    #[test]
    fn a_column_whose_words_cannot_stand_beside_the_others_is_a_line_under_its_row() {
        let mut table = Table::new(vec!["ID".into(), "Title".into(), "Responsible".into()]);
        table.add_row(
            vec![
                "L15".into(),
                "Styrking av by- og regionsentrene".into(),
                "Innlandet fylkeskommune, regionsenterkommunene".into(),
            ],
            Some("why: acts in Valdres".into()),
        );
        let text = render(&table, Some(40));
        assert!(text.lines().all(|l| l.chars().count() <= 40), "{text}");
        assert!(!text.contains("┆ Responsible"), "{text}");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[1], "│ ID  ┆ Title                          │",
            "{text}"
        );
        assert!(text.contains("regionsentrene"), "{text}");
        assert!(
            text.contains("│   fylkeskommune,                     │\n│   regionsenterkommunene"),
            "{text}"
        );
        assert!(text.contains("│   why: acts in Valdres"), "{text}");
    }

    #[test]
    fn a_pipe_caps_columns_and_a_huge_word_is_linear() {
        let mut table = Table::new(vec!["ID".into(), "Title".into()]);
        table.add_row(vec!["K1".into(), "x".repeat(100_000)], None);
        table.add_row(vec!["K2".into(), "short".into()], None);
        let piped = render(&table, None);
        assert!(
            piped
                .lines()
                .all(|l| l.chars().count() <= PIPE_COLUMN_WIDTH + 12)
        );
        let fitted = render(&table, Some(80));
        assert!(fitted.lines().all(|l| l.chars().count() == 80));
    }
}
