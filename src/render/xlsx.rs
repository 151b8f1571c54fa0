//! `plan export --format xlsx`: the spreadsheet view ([`crate::sheet::View`]) as an Excel
//! workbook, written with `rust_xlsxwriter`. Every text is written as a string, so a value
//! starting with `=` stays text and never becomes a formula; full dates are real dates.

use rust_xlsxwriter::{
    Color, DataValidation, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder,
    Formula, Workbook, Worksheet, XlsxError,
};

use crate::model::{Date, Language, Level, Status, Term};
use crate::sheet::words::{self, header, sheet_name};
use crate::sheet::{Cell, Choices, Column, FORMAT_VERSION, MANIFEST_MARK, Role, SheetKind, View};
use crate::words::allowed;

/// Rows that get drop-downs and date formats beyond the exported ones, for new rows.
const SPARE_ROWS: u32 = 500;

struct Formats {
    header: Format,
    text: Format,
    wrapped: Format,
    date: Format,
    derived: Format,
    derived_wrapped: Format,
}

impl Formats {
    fn new() -> Formats {
        let grey = Color::RGB(0xEE_EE_EE);
        let top = Format::new().set_align(FormatAlign::Top);
        Formats {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xD9_E2_F3))
                .set_border_bottom(FormatBorder::Thin),
            text: top.clone().set_num_format("@"),
            wrapped: top.clone().set_num_format("@").set_text_wrap(),
            date: top.clone().set_num_format("yyyy-mm-dd"),
            derived: top.clone().set_background_color(grey),
            derived_wrapped: top.set_background_color(grey).set_text_wrap(),
        }
    }

    /// The format of a column's cells: derived values grey, long text wrapped, the dates of
    /// status updates as dates, everything else text (so `0301` keeps its zero, `1/2` stays
    /// a fraction of words, and a year typed in a period cell stays a year, not a day count).
    /// A full date in a period cell is written as a date all the same ([`write_cell`]).
    fn of(&self, kind: SheetKind, column: Column) -> &Format {
        let derived = !kind.is_imported() || column.role() == Role::Derived;
        match (derived, column.wraps()) {
            _ if column == Column::Date && kind.is_imported() => &self.date,
            (true, true) => &self.derived_wrapped,
            (true, false) => &self.derived,
            (false, true) => &self.wrapped,
            (false, false) => &self.text,
        }
    }
}

/// Writes the workbook; the bytes are an `.xlsx` file.
pub(crate) fn workbook(view: &View) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(&DocProperties::new().set_creation_datetime(&creation_date(view)?));
    let formats = Formats::new();
    read_me_sheet(book.add_worksheet(), view)?;
    for (kind, rows) in &view.sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(*kind, view.language))?;
        rows_sheet(sheet, *kind, rows, view, &formats)?;
    }
    manifest_sheet(book.add_worksheet(), view)?;
    book.save_to_buffer()
}

/// The workbook's creation date, from its data so the same data gives the same bytes: the
/// last day of its latest status update, else 1 January 2000.
fn creation_date(view: &View) -> Result<ExcelDateTime, XlsxError> {
    let latest = view
        .sheets
        .iter()
        .filter(|(kind, _)| *kind == SheetKind::Updates)
        .flat_map(|(kind, rows)| {
            let at = kind.columns().iter().position(|c| *c == Column::Date);
            rows.iter().filter_map(move |row| match row.get(at?)? {
                Cell::Date(Some(date)) => Some(date.latest()),
                _ => None,
            })
        })
        .max();
    let (year, month, day) = latest.unwrap_or((2000, 1, 1));
    ExcelDateTime::from_ymd(year, month, day)
}

fn read_me_sheet(sheet: &mut Worksheet, view: &View) -> Result<(), XlsxError> {
    sheet.set_name(sheet_name(SheetKind::ReadMe, view.language))?;
    sheet.set_column_width(0, 100)?;
    sheet.set_paper_size(A4);
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    let wrapped = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let lines = &view.read_me;
    sheet.write_string_with_format(0, 0, &lines[0], &Format::new().set_bold().set_font_size(14))?;
    let paragraphs = lines[1..].iter().cloned().chain(glossary(view.language));
    for (row, line) in (2..).zip(paragraphs) {
        sheet.write_string_with_format(row, 0, &line, &wrapped)?;
        sheet.set_row_height(row, LINE_HEIGHT * f64::from(wrapped_lines(&line, 100.0)))?;
    }
    Ok(())
}

/// The status, priority and level words of the drop-downs, each with the code the files
/// hold, after an empty line and a heading; the import reads either, in any language.
fn glossary(language: Language) -> Vec<String> {
    let line =
        |column: Column, allowed: String| format!("{}: {allowed}", words::header(column, language));
    vec![
        String::new(),
        words::values_heading(language).to_string(),
        line(Column::Status, allowed::<Status>(language)),
        line(Column::Priority, allowed::<Term>(language)),
        line(Column::Level, allowed::<Level>(language)),
    ]
}

fn rows_sheet(
    sheet: &mut Worksheet,
    kind: SheetKind,
    rows: &[Vec<Cell>],
    view: &View,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let columns = kind.columns();
    let mut printed_width = 0.0;
    for (col, column) in (0..).zip(columns) {
        let title = header(*column, view.language);
        sheet.write_string_with_format(0, col, title, &formats.header)?;
        let width = width(*column, title, rows, usize::from(col));
        sheet.set_column_width(col, width)?;
        if *column != Column::Key {
            printed_width += width;
        }
        if kind.is_imported() {
            sheet.set_column_format(col, formats.of(kind, *column))?;
        }
        if *column == Column::Key {
            sheet.set_column_hidden(col)?;
        }
    }
    for (row, cells) in (1..).zip(rows) {
        let mut lines = 1;
        for ((col, column), cell) in (0..).zip(columns).zip(cells) {
            write_cell(sheet, row, col, cell, formats.of(kind, *column), formats)?;
            if let (true, Cell::Text(text)) = (column.wraps(), cell) {
                lines = lines.max(wrapped_lines(text, column.width()));
            }
        }
        if lines > 1 {
            let shown = lines.min(MAX_ROW_LINES);
            sheet.set_row_height(row, LINE_HEIGHT * f64::from(shown))?;
        }
    }
    let last_col = u16::try_from(columns.len()).unwrap_or(u16::MAX) - 1;
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last_row.max(1), last_col)?;
    print_layout(sheet, printed_width)?;
    if kind == SheetKind::Items {
        sheet.set_active(true);
    }
    if kind.is_imported() {
        drop_downs(sheet, columns, last_row + SPARE_ROWS, view)?;
    }
    Ok(())
}

/// The paper size code of A4 in a workbook: the paper Norwegian offices print on.
const A4: u8 = 9;

/// How many characters of column width one printed page holds: A4 landscape with narrow
/// margins at about 80 %, where text is still some 9 points.
const PRINT_PAGE_WIDTH: f64 = 180.0;

/// Printed on A4 landscape with the header row on every page, fitted to as many pages
/// across as keep the text readable: a narrow sheet to one page, the items sheet (two dozen
/// columns, which fitted to one page would print at a couple of points) to several, each
/// repeating the ID column, with the cell borders printed so a row can be followed.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // a few pages
fn print_layout(sheet: &mut Worksheet, printed_width: f64) -> Result<(), XlsxError> {
    sheet.set_paper_size(A4);
    sheet.set_landscape();
    sheet.set_margins(0.4, 0.4, 0.5, 0.5, 0.3, 0.3);
    sheet.set_repeat_rows(0, 0)?;
    let pages = (printed_width / PRINT_PAGE_WIDTH).ceil().max(1.0) as u16;
    sheet.set_print_fit_to_pages(pages, 0);
    if pages > 1 {
        sheet.set_repeat_columns(0, 0)?;
        sheet.set_page_order(false);
        sheet.set_print_gridlines(true);
    }
    Ok(())
}

/// A column's width in characters: its usual width, or wider for its header or, where text
/// does not wrap, for its longest value (up to 40).
fn width(column: Column, title: &str, rows: &[Vec<Cell>], col: usize) -> f64 {
    let longest = if column.wraps() {
        0
    } else {
        rows.iter()
            .filter_map(|row| match row.get(col) {
                Some(Cell::Text(text)) => Some(text.chars().count()),
                _ => None,
            })
            .max()
            .unwrap_or(0)
            .min(40)
    };
    let fitted = (title.chars().count() + 3).max(longest + 2);
    column.width().max(fitted as f64)
}

/// The height of a line of text, in points, at the default font size.
const LINE_HEIGHT: f64 = 15.0;

/// Rows of long text show this many lines; the rest is a click away.
const MAX_ROW_LINES: u32 = 4;

/// How many lines `text` takes wrapped in a column `width` characters wide; spreadsheets
/// set row heights when a file is written, not when it is opened.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // column widths and line counts are small positive numbers
fn wrapped_lines(text: &str, width: f64) -> u32 {
    let per_line = width.max(1.0) as usize;
    text.lines()
        .map(|line| line.chars().count().div_ceil(per_line).max(1))
        .sum::<usize>()
        .max(1) as u32
}

fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    format: &Format,
    formats: &Formats,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Date(Some(Date {
            year,
            month: Some(month),
            day: Some(day),
        })) => {
            let date = ExcelDateTime::from_ymd(*year, *month, *day)?;
            sheet.write_datetime_with_format(row, col, date, &formats.date)?;
        }
        Cell::Date(Some(partial)) => {
            sheet.write_string_with_format(row, col, partial.to_string(), format)?;
        }
        Cell::Date(None) => {}
        Cell::Text(text) if text.is_empty() => {}
        Cell::Text(text) => {
            sheet.write_string_with_format(row, col, text, format)?;
        }
    }
    Ok(())
}

/// A drop-down on every closed-value column, down to `last_row`, listing the values kept in
/// the manifest sheet (a list written inline is limited to 255 characters).
#[allow(clippy::cast_possible_truncation)] // a handful of drop-down lists, far below u16::MAX
fn drop_downs(
    sheet: &mut Worksheet,
    columns: &[Column],
    last_row: u32,
    view: &View,
) -> Result<(), XlsxError> {
    let manifest = sheet_name(SheetKind::Manifest, view.language);
    for (col, column) in (0..).zip(columns) {
        let Some(choices) = column.choices() else {
            continue;
        };
        let (list_col, (_, values)) = view
            .choices
            .iter()
            .enumerate()
            .find(|(_, (c, _))| *c == choices)
            .expect("every drop-down has its list");
        let letter = column_letter(CHOICES_FIRST_COL + list_col as u16);
        let range = format!("='{manifest}'!${letter}$2:${letter}${}", values.len() + 1);
        let validation = DataValidation::new()
            .allow_list_formula(Formula::new(range))
            .ignore_blank(true);
        sheet.add_data_validation(1, col, last_row, col, &validation)?;
    }
    Ok(())
}

/// The manifest sheet's first column of drop-down lists.
const CHOICES_FIRST_COL: u16 = 3;

fn column_letter(col: u16) -> char {
    char::from(b'A' + u8::try_from(col).expect("few columns"))
}

/// The hidden sheet: the format version, every exported row's key (columns A and B) and the
/// drop-down lists (from column D).
fn manifest_sheet(sheet: &mut Worksheet, view: &View) -> Result<(), XlsxError> {
    sheet.set_name(sheet_name(SheetKind::Manifest, view.language))?;
    sheet.write_string(0, 0, MANIFEST_MARK)?;
    sheet.write_string(0, 1, FORMAT_VERSION)?;
    for (row, (kind, key)) in (1..).zip(&view.manifest) {
        sheet.write_string(row, 0, kind.key())?;
        sheet.write_string(row, 1, key)?;
    }
    for (col, (choices, values)) in (CHOICES_FIRST_COL..).zip(&view.choices) {
        sheet.write_string(0, col, choices_name(*choices))?;
        for (row, value) in (1..).zip(values) {
            sheet.write_string(row, col, value)?;
        }
    }
    sheet.set_hidden(true);
    Ok(())
}

fn choices_name(choices: Choices) -> &'static str {
    match choices {
        Choices::Status => "status",
        Choices::Priority => "priority",
        Choices::Level => "level",
        Choices::Theme => "theme",
        Choices::Programme => "programme",
    }
}
