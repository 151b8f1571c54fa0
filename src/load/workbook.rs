//! Reading a spreadsheet back for `plan import`: every sheet's cells, with the formula a
//! cell holds if any, read from an `.xlsx` file with `calamine`, or the one table of a CSV
//! file with `csv`.

use std::path::Path;

use anyhow::{Context as _, Result, bail};
use calamine::{Data, Range, Reader, open_workbook_auto_from_rs};

use crate::t;

/// What a cell holds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Empty,
    Text(String),
    Number(f64),
    /// A spreadsheet date (year, month, day); the time of day, if any, is dropped. The day
    /// count it was stored as is kept: a number typed into a cell formatted as a date is
    /// stored as one, whatever the person meant.
    Date((u16, u8, u8), f64),
    Bool(bool),
    /// `#N/A`, `#REF!`, …
    Error(String),
}

/// One cell: its value and, if it is computed, the formula.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cell {
    pub(crate) value: Value,
    pub(crate) formula: Option<String>,
}

impl Cell {
    const EMPTY: Cell = Cell {
        value: Value::Empty,
        formula: None,
    };

    /// The value as text: dates as `YYYY-MM-DD`, whole numbers without a decimal point.
    #[allow(clippy::cast_possible_truncation)] // a whole number below 1e15 fits an i64 exactly
    pub(crate) fn text(&self) -> String {
        match &self.value {
            Value::Empty => String::new(),
            Value::Text(text) | Value::Error(text) => text.clone(),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Value::Number(n) => n.to_string(),
            Value::Date((y, m, d), _) => format!("{y:04}-{m:02}-{d:02}"),
            Value::Bool(b) => b.to_string(),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.formula.is_none() && self.text().trim().is_empty()
    }

    /// The whole number the cell holds, also where a date format shows it as a day count
    /// (a year typed into a date cell is stored as day 2025, 17 July 1905).
    #[allow(clippy::cast_possible_truncation)] // checked to be a whole number in range
    pub(crate) fn whole_number(&self) -> Option<i64> {
        let n = match self.value {
            Value::Number(n) | Value::Date(_, n) => n,
            _ => return None,
        };
        (n.fract() == 0.0 && n.abs() < 1e15).then_some(n as i64)
    }
}

/// One sheet, by absolute position: `rows[0][0]` is cell A1.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Sheet {
    pub(crate) name: String,
    pub(crate) rows: Vec<Vec<Cell>>,
}

impl Sheet {
    /// The cell at (row, column), counted from 0; empty beyond the used area.
    pub(crate) fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::EMPTY)
    }
}

/// Reads a CSV file as written by `plan export --format csv` (with `--excel`: a byte-order
/// mark and `;`) as one sheet named after the file. A field the export protected with a
/// leading `'` reads as written; one starting with `=` is a formula.
pub(crate) fn read_csv(path: &Path) -> Result<Sheet> {
    let bytes = read_bounded(path)?;
    let file = path.display().to_string();
    let text =
        std::str::from_utf8(&bytes).with_context(|| t!("import-not-utf8", file = file.as_str()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or_default();
    let separator = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.with_context(|| t!("import-not-csv", file = file.as_str()))?;
        rows.push(record.iter().map(csv_cell).collect());
    }
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    Ok(Sheet { name, rows })
}

fn csv_cell(field: &str) -> Cell {
    let protected = field
        .strip_prefix('\'')
        .filter(|rest| rest.starts_with(['=', '+', '-', '@', '\t', '\r']));
    Cell {
        value: Value::Text(protected.unwrap_or(field).to_string()),
        formula: (protected.is_none() && field.starts_with('=')).then(|| field[1..].to_string()),
    }
}

/// The largest workbook or CSV file read: a hundred times the shipped data's workbook, and
/// small enough that a hostile file cannot take the machine's memory.
const MAX_FILE_BYTES: u64 = 64 << 20;

/// The bytes of a file no larger than [`MAX_FILE_BYTES`].
fn read_bounded(path: &Path) -> Result<Vec<u8>> {
    let file = path.display().to_string();
    let cannot_read = || t!("import-cannot-read", file = file.as_str());
    let size = std::fs::metadata(path).with_context(cannot_read)?.len();
    if size > MAX_FILE_BYTES {
        bail!(
            "{}",
            t!(
                "import-too-large",
                file = file.as_str(),
                size = size >> 20,
                limit = MAX_FILE_BYTES >> 20
            )
        );
    }
    std::fs::read(path).with_context(cannot_read)
}

/// Reads every sheet of an Excel (`.xlsx`) or OpenDocument (`.ods`, as LibreOffice saves
/// it) workbook, hidden ones included. The format is told by the file's content, not its
/// name; anything else is refused with what to do instead.
pub(crate) fn read_workbook(path: &Path) -> Result<Vec<Sheet>> {
    let bytes = read_bounded(path)?;
    let file = path.display().to_string();
    let not_a_workbook = || anyhow::anyhow!(t!("import-not-a-workbook", file = file.as_str()));
    let mut book =
        open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|_| not_a_workbook())?;
    let names: Vec<String> = book.sheet_names().clone();
    let mut sheets = Vec::new();
    for name in names {
        let unreadable = || {
            t!(
                "import-sheet-unreadable",
                sheet = name.as_str(),
                file = file.as_str()
            )
        };
        let values = book.worksheet_range(&name).with_context(unreadable)?;
        let formulas = book.worksheet_formula(&name).with_context(unreadable)?;
        sheets.push(Sheet {
            rows: cells(&values, &formulas),
            name,
        });
    }
    Ok(sheets)
}

#[allow(clippy::cast_possible_truncation)] // calamine's cell positions are u32 addresses
fn cells(values: &Range<Data>, formulas: &Range<String>) -> Vec<Vec<Cell>> {
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut put = |row: u32, col: u32, update: &dyn Fn(&mut Cell)| {
        let (row, col) = (row as usize, col as usize);
        if rows.len() <= row {
            rows.resize(row + 1, Vec::new());
        }
        if rows[row].len() <= col {
            rows[row].resize(col + 1, Cell::EMPTY);
        }
        update(&mut rows[row][col]);
    };
    for (row, col, data) in values.used_cells() {
        let (start_row, start_col) = values.start().unwrap_or((0, 0));
        let value = value(data);
        put(start_row + row as u32, start_col + col as u32, &|c| {
            c.value = value.clone()
        });
    }
    for (row, col, formula) in formulas.used_cells() {
        if formula.is_empty() {
            continue;
        }
        let (start_row, start_col) = formulas.start().unwrap_or((0, 0));
        put(start_row + row as u32, start_col + col as u32, &|c| {
            c.formula = Some(formula.clone())
        });
    }
    rows
}

fn value(data: &Data) -> Value {
    match data {
        Data::Empty => Value::Empty,
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Text(s.clone()),
        Data::Int(i) => Value::Number(*i as f64),
        Data::Float(f) => Value::Number(*f),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(d) => {
            let (year, month, day, ..) = d.to_ymd_hms_milli();
            Value::Date((year, month, day), d.as_f64())
        }
        Data::Error(e) => Value::Error(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_text() {
        let cell = |value| Cell {
            value,
            formula: None,
        };
        assert_eq!(cell(Value::Number(3403.0)).text(), "3403");
        assert_eq!(cell(Value::Number(1.5)).text(), "1.5");
        assert_eq!(
            cell(Value::Date((2026, 3, 5), 46086.0)).text(),
            "2026-03-05"
        );
        assert_eq!(
            cell(Value::Date((1905, 7, 17), 2025.0)).whole_number(),
            Some(2025)
        );
        assert_eq!(cell(Value::Number(1.5)).whole_number(), None);
        assert!(cell(Value::Text("  ".into())).is_empty());
    }
}
