//! Integration tests for the spreadsheet round trip: `plan export --format xlsx` on a copy of
//! the shipped data in a scratch git repository, the workbook edited by a second writer
//! (read with calamine, written again with rust_xlsxwriter, as another program would), and
//! `plan import` of the result.
// Test workbooks are a few dozen cells: positions fit any integer type.
#![allow(clippy::cast_possible_truncation)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{Run, TempDir, assert_no_errors, data_repo, skip};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

/// A scratch git repository holding a copy of the shipped data, committed.
struct Repo {
    temp: TempDir,
}

impl Repo {
    fn new(label: &str) -> Repo {
        Repo {
            temp: data_repo(label),
        }
    }

    fn path(&self) -> &Path {
        self.temp.path()
    }

    fn file(&self, name: &str) -> PathBuf {
        self.path().join(name)
    }

    fn git(&self, args: &[&str]) -> String {
        common::git(self.path(), args)
    }

    /// Runs plan with every line whole (`--width 0`), so findings are matched by their
    /// text; the wrapping is tested on its own.
    fn plan(&self, args: &[&str]) -> Run {
        let mut all = vec!["--width", "0"];
        all.extend_from_slice(args);
        common::plan(self.path(), &all)
    }

    /// Writes a copy of the workbook `book` with the cells in `puts` replaced to `name`, and
    /// imports it (with `args`).
    fn import_edited(
        &self,
        book: &Path,
        name: &str,
        puts: &[(&str, (u32, u16), Put)],
        args: &[&str],
    ) -> Run {
        edited(book, &self.file(name), puts);
        let mut all = vec!["import", name];
        all.extend_from_slice(args);
        self.plan(&all)
    }

    /// Exports the Valdres items to `valdres.xlsx`.
    fn export_valdres(&self) -> PathBuf {
        self.export(&["--region", "Valdres"], "valdres.xlsx")
    }

    /// Exports the items `filters` select to the workbook `name`.
    fn export(&self, filters: &[&str], name: &str) -> PathBuf {
        self.export_as("xlsx", filters, name)
    }

    /// Exports the items `filters` select as `format` (and its options) to `name`.
    fn export_as(&self, format: &str, filters: &[&str], name: &str) -> PathBuf {
        let mut args = vec!["export", "--format", format, "--out", name];
        args.extend_from_slice(filters);
        let run = self.plan(&args);
        assert_eq!((run.status, run.stderr.as_str()), (0, ""), "{}", run.stdout);
        self.file(name)
    }

    /// Retitles K8 in the repository, as a colleague might after the export.
    fn retitle_k8(&self) {
        common::edit(
            &self.file(K8),
            "title: \"Trainee-ordninger for rekruttering i distriktene\"",
            "title: \"Trainee-ordninger i distriktene\"",
        );
    }

    /// Exports theme A to `a.xlsx`, then changes the text of A7's update in the repository
    /// and, in a copy `history.xlsx`, that text and A7's first link cell (emptied).
    fn a7_changed_on_both_sides(&self) -> PathBuf {
        let book = self.export(&["--programme", "innlandet", "--theme", "A"], "a.xlsx");
        common::edit(&self.file(A7), "linjeorganisasjonene.\n", "linjen.\n");
        let text = find(&book, "Oppdateringer", "A7", "Tekst");
        let link = find(&book, "Koblinger", "A7", "Kobling til");
        let history = self.file("history.xlsx");
        let puts = [
            ("Oppdateringer", text, Put::Text("Ny tekst")),
            ("Koblinger", link, Put::Text("")),
        ];
        edited(&book, &history, &puts);
        history
    }

    /// The data folder's changes since the commit, as `git diff` shows them.
    fn changes(&self) -> String {
        self.git(&["status", "--porcelain"])
    }
}

const K8: &str = "data/programmes/innlandet/items/K8.yaml";
const A7: &str = "data/programmes/innlandet/items/A7.yaml";
const L11: &str = "data/programmes/innlandet/items/L11.yaml";

/// Writes the rows of the CSV `text` to `csv` without their last column, the key.
fn without_key_column(text: &str, csv: &Path) {
    let rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut keyless = csv::Writer::from_path(csv).unwrap();
    for record in rows.into_records() {
        let record = record.unwrap();
        keyless
            .write_record(record.iter().take(record.len() - 1))
            .unwrap();
    }
    keyless.flush().unwrap();
}

/// A value a test puts into a cell; `Text("")` empties it.
#[derive(Clone, Copy)]
enum Put<'a> {
    Text(&'a str),
    Date(u16, u8, u8),
    /// A number typed into a cell formatted as a date: stored as a day count.
    NumberInDateCell(f64),
    Formula(&'a str),
}

/// The cells of every sheet of a workbook, as calamine reads them.
fn read(path: &Path) -> Vec<(String, calamine::Range<Data>)> {
    let mut book: Xlsx<_> = open_workbook(path).expect("calamine opens the workbook");
    let names = book.sheet_names().to_vec();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).expect("a sheet reads");
            (name, range)
        })
        .collect()
}

/// The (row, column) of the cell in `sheet` under the header `column`, in the row whose
/// first cell is `id` (or the first empty row, for `id` ""), counted from 0.
fn find(path: &Path, sheet: &str, id: &str, column: &str) -> (u32, u16) {
    let sheets = read(path);
    let (_, range) = sheets.iter().find(|(n, _)| n == sheet).expect("the sheet");
    let rows: Vec<&[Data]> = range.rows().collect();
    let col = rows[0]
        .iter()
        .position(|c| *c == Data::String(column.to_string()))
        .unwrap_or_else(|| panic!("no column {column} in {sheet}"));
    let row = if id.is_empty() {
        rows.len()
    } else {
        rows.iter()
            .position(|r| r[0] == Data::String(id.to_string()))
            .unwrap_or_else(|| panic!("no row {id} in {sheet}"))
    };
    (row as u32, col as u16)
}

/// Writes a copy of the workbook at `from` to `to` with the cells in `puts` replaced, the
/// way another spreadsheet program would save it: every value rewritten, dates as dates.
fn edited(from: &Path, to: &Path, puts: &[(&str, (u32, u16), Put)]) {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (name, range) in read(from) {
        let sheet = book.add_worksheet();
        sheet.set_name(&name).unwrap();
        let (top, left) = range.start().unwrap_or((0, 0));
        let puts: Vec<_> = puts.iter().filter(|(s, ..)| *s == name).collect();
        for (r, c, value) in range.used_cells() {
            let (row, col) = (top + r as u32, (left as usize + c) as u16);
            if puts.iter().any(|(_, at, _)| *at == (row, col)) {
                continue;
            }
            match value {
                Data::String(s) => sheet.write_string(row, col, s),
                Data::Float(f) => sheet.write_number(row, col, *f),
                Data::Int(i) => sheet.write_number(row, col, *i as f64),
                Data::DateTime(d) => {
                    let (y, m, day, ..) = d.to_ymd_hms_milli();
                    let d = ExcelDateTime::from_ymd(y, m, day).unwrap();
                    sheet.write_datetime_with_format(row, col, d, &date)
                }
                other => panic!("unexpected cell {other:?}"),
            }
            .unwrap();
        }
        for (_, (row, col), put) in puts {
            match put {
                Put::Text("") => continue,
                Put::Text(text) => sheet.write_string(*row, *col, *text),
                Put::Date(y, m, d) => sheet.write_datetime_with_format(
                    *row,
                    *col,
                    ExcelDateTime::from_ymd(*y, *m, *d).unwrap(),
                    &date,
                ),
                Put::NumberInDateCell(n) => sheet.write_number_with_format(*row, *col, *n, &date),
                Put::Formula(f) => sheet.write_formula(*row, *col, *f),
            }
            .unwrap();
        }
    }
    book.save(to).expect("the edited workbook is written");
}

#[test]
fn an_unchanged_export_imports_as_no_changes() {
    let repo = Repo::new("import-same");
    let book = repo.export_valdres();
    let run = repo.plan(&["import", book.to_str().unwrap()]);
    run.starts(0, "No changes in the spreadsheet ");
    let copy = repo.file("copy.xlsx");
    edited(&book, &copy, &[]);
    let run = repo.plan(&["import", "copy.xlsx"]);
    assert!(
        run.stdout.starts_with("No changes in the spreadsheet "),
        "{}",
        run.stdout
    );
    assert_eq!(repo.changes(), "?? copy.xlsx\n?? valdres.xlsx\n");
}

#[test]
fn the_workbook_has_drop_downs_a_frozen_header_and_a_hidden_key() {
    let repo = Repo::new("import-layout");
    let book = repo.export_valdres();
    let sheets = read(&book);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Les meg",
            "Tiltak",
            "Oppdateringer",
            "Koblinger",
            "Aktører",
            "Regioner",
            "Kommuner",
            "plan"
        ]
    );
    let ids: Vec<String> = sheets[1]
        .1
        .rows()
        .skip(1)
        .map(|r| r[0].to_string())
        .collect();
    assert_eq!(ids, ["K8", "A4", "L11", "L13", "L15"]);
    let xml = unzip(&book, "xl/worksheets/sheet2.xml");
    for drop_down in [
        "sqref=\"B2:",
        "sqref=\"C2:",
        "sqref=\"E2:",
        "sqref=\"G2:",
        "sqref=\"H2:",
    ] {
        assert!(xml.contains(drop_down), "no drop-down at {drop_down}");
    }
    assert!(xml.contains("state=\"frozen\""));
    assert!(xml.contains("<autoFilter ref=\"A1:"));
    assert!(xml.contains("hidden=\"1\""), "the key column is hidden");
}

#[test]
fn the_same_data_exports_to_the_same_bytes() {
    let repo = Repo::new("import-same-bytes");
    let first = std::fs::read(repo.export(&[], "all.xlsx")).unwrap();
    // The document's dates have whole seconds: a clock date would differ by now.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let book = repo.export(&["--force"], "all.xlsx");
    assert!(std::fs::read(&book).unwrap() == first, "the bytes differ");
    let core = unzip(&book, "docProps/core.xml");
    assert!(
        core.contains(">2023-12-31T00:00:00Z</dcterms:created>"),
        "the creation date is the end of the latest update's (`2023`): {core}"
    );
}

/// One file of the workbook's zip archive, read with `unzip`.
fn unzip(book: &Path, member: &str) -> String {
    let output = Command::new("unzip")
        .args(["-p", book.to_str().unwrap(), member])
        .output()
        .expect("unzip runs");
    String::from_utf8(output.stdout).expect("the sheet is UTF-8 XML")
}

#[test]
fn edited_cells_and_a_new_update_row_are_the_change_set() {
    let repo = Repo::new("import-edit");
    let book = repo.export_valdres();
    let status = find(&book, "Tiltak", "K8", "Status");
    let new_row = find(&book, "Oppdateringer", "", "ID").0;
    let update = |header| (new_row, find(&book, "Oppdateringer", "", header).1);
    let edited_book = repo.file("edited.xlsx");
    edited(
        &book,
        &edited_book,
        &[
            ("Tiltak", status, Put::Text("started")),
            ("Oppdateringer", (new_row, 0), Put::Text("K8")),
            ("Oppdateringer", update("Dato"), Put::Date(2026, 11, 1)),
            ("Oppdateringer", update("Status"), Put::Text("started")),
            (
                "Oppdateringer",
                update("Tekst"),
                Put::Text("Traineeordningen er i gang: «Valdres», 2 trainees"),
            ),
        ],
    );
    let run = repo.plan(&["import", "edited.xlsx"]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    let expected = "\
Changes in the spreadsheet edited.xlsx

innlandet  Regional plan for det inkluderende Innlandet – Handlingsprogram 2024
  changed
    K8  Trainee-ordninger for rekruttering i distriktene
      status: (none) → started
      updates: + 2026-11-01  [started] Traineeordningen er i gang: «Valdres», 2 trainees

Items: 0 added, 0 removed, 0 marked removed, 1 changed
nothing written yet: add --apply to write these changes
";
    assert_eq!(run.stdout, expected);
    assert_eq!(repo.changes(), "?? edited.xlsx\n?? valdres.xlsx\n");
    // --dry-run says the default aloud, as for the other commands that edit; it cannot go
    // with --apply.
    let dry = repo.plan(&["import", "edited.xlsx", "--dry-run"]);
    assert_eq!((dry.status, dry.stdout.as_str()), (0, expected));
    let both = repo.plan(&["import", "edited.xlsx", "--dry-run", "--apply"]);
    assert_eq!(both.status, 2, "{}", both.stderr);
    assert!(both.stderr.contains("--apply"), "{}", both.stderr);
    assert_eq!(repo.changes(), "?? edited.xlsx\n?? valdres.xlsx\n");
    let run = repo.plan(&["import", "edited.xlsx", "--apply"]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    run.ends("written: data/programmes/innlandet/items/K8.yaml\n");
    let changed = changed_lines(&repo);
    assert_eq!(
        changed,
        [
            "+status: started",
            "+updates:",
            "+  - date: \"2026-11-01\"",
            "+    status: started",
            "+    text: \"Traineeordningen er i gang: «Valdres», 2 trainees\"",
        ],
        "{changed:?}"
    );
    assert_no_errors(repo.path());
    let again = repo.plan(&["import", "edited.xlsx"]);
    again.shows("No changes in the spreadsheet ");
}

/// Imports a copy of the Valdres export with one cell changed; the run and its findings.
fn import_with(label: &str, sheet: &str, id: &str, column: &str, put: Put) -> Run {
    let repo = Repo::new(label);
    let book = repo.export_valdres();
    let mut cell = find(&book, sheet, id, column);
    let mut puts = vec![(sheet, cell, put)];
    if id.is_empty() {
        cell.1 = 0;
        puts.push((sheet, cell, Put::Text("K8")));
    }
    let run = repo.import_edited(&book, "bad.xlsx", &puts, &[]);
    assert_eq!(repo.changes(), "?? bad.xlsx\n?? valdres.xlsx\n");
    run
}

#[test]
fn an_unknown_status_is_an_invalid_value_at_its_cell() {
    let run = import_with(
        "import-status",
        "Tiltak",
        "L11",
        "Status",
        Put::Text("begun"),
    );
    let run = run.starts(
        1,
        "error[invalid-value]: `begun` is not an allowed value\n  --> Tiltak!G4 (L11)\n",
    );
    assert!(
        run.stdout
            .ends_with("1 error in the workbook; nothing written\n")
    );
}

#[test]
fn an_unknown_body_suggests_the_closest() {
    let run = import_with(
        "import-body",
        "Tiltak",
        "K8",
        "Ansvarlig",
        Put::Text("valdres-naringshage; valdres-ipr"),
    );
    run.says(1, "error[unknown-body]: unknown body `valdres-naringshage`\n  --> Tiltak!J2 (K8)\n   = help: did you mean `valdres-naeringshage`?\n");
}

#[test]
fn a_bad_date_in_a_new_update_is_located() {
    let run = import_with(
        "import-date",
        "Oppdateringer",
        "",
        "Dato",
        Put::Text("2026-13-01"),
    );
    assert_eq!(run.status, 1, "{}", run.stdout);
    run.shows("error[invalid-value]: `2026-13-01` is not a date\n  --> Oppdateringer!D");
    run.shows("error[missing-field]");
}

#[test]
fn a_formula_in_a_text_cell_is_refused() {
    let run = import_with(
        "import-formula",
        "Tiltak",
        "K8",
        "Tittel",
        Put::Formula("=1+1"),
    );
    let run = run.starts(
        1,
        "error[formula]: the cell holds a formula (`=1+1`), not a value\n  --> Tiltak!F2\n",
    );
    assert!(!run.stdout.contains("not-imported"), "{}", run.stdout);
}

#[test]
fn a_row_changed_in_the_repository_too_is_a_conflict_unless_forced() {
    let repo = Repo::new("import-conflict");
    let book = repo.export_valdres();
    repo.retitle_k8();
    let status = find(&book, "Tiltak", "K8", "Status");
    let run = repo.import_edited(
        &book,
        "conflict.xlsx",
        &[("Tiltak", status, Put::Text("started"))],
        &[],
    );
    let run = run.starts(0, "warning[conflict]: `K8` was changed in the repository after the export and in the sheet; the row is skipped\n  --> Tiltak!G2 (K8)\n");
    run.shows("No changes in the spreadsheet ");
    let forced = repo.plan(&["import", "conflict.xlsx", "--force"]);
    assert!(
        forced
            .stdout
            .starts_with("Changes in the spreadsheet conflict.xlsx\n"),
        "{}",
        forced.stdout
    );
    forced.shows("\n      status: (none) → started\n");
    assert!(!forced.stdout.contains("title:"), "{}", forced.stdout);
}

#[test]
fn deleted_rows_and_changed_history_are_reported_not_written() {
    let repo = Repo::new("import-deleted");
    let book = repo.export_valdres();
    let (link_row, _) = find(&book, "Koblinger", "K8", "ID");
    let clear: Vec<_> = (0..6)
        .map(|col| ("Koblinger", (link_row, col), Put::Text("")))
        .collect();
    let run = repo.import_edited(&book, "deleted.xlsx", &clear, &[]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert_eq!(
        run.stdout,
        "warning[row-deleted]: a link row of `K8` was deleted from sheet `Koblinger`; the data keeps it\n  --> K8\n   = help: to remove a link, use `plan unlink`\n\nNo changes in the spreadsheet deleted.xlsx\n"
    );
}

/// The lines `git diff` shows added and removed in the data, in file order.
fn changed_lines(repo: &Repo) -> Vec<String> {
    common::changed_lines(repo.path())
        .into_values()
        .flatten()
        .collect()
}

#[test]
fn description_and_period_cells_are_written() {
    let repo = Repo::new("import-description");
    let book = repo.export_valdres();
    let text = "Første avsnitt: trainee-ordninger.\n\nAndre avsnitt med «sitat».";
    let run = repo.import_edited(
        &book,
        "edited.xlsx",
        &[
            (
                "Tiltak",
                find(&book, "Tiltak", "K8", "Beskrivelse"),
                Put::Text(text),
            ),
            (
                "Tiltak",
                find(&book, "Tiltak", "K8", "Periode fra"),
                Put::Date(2025, 3, 1),
            ),
        ],
        &["--lang", "nb", "--apply"],
    );
    assert_eq!(run.status, 0, "{}", run.stdout);
    let changed = changed_lines(&repo);
    let added: Vec<&str> = changed
        .iter()
        .filter(|l| l.starts_with('+'))
        .map(String::as_str)
        .collect();
    assert_eq!(
        added,
        [
            "+  Første avsnitt: trainee-ordninger.",
            "+  Andre avsnitt med «sitat».",
            "+period:",
            "+  start: \"2025-03-01\"",
        ],
        "{changed:?}"
    );
    // The block stays `description: |`, its blank line kept.
    let file = std::fs::read_to_string(repo.file(K8)).unwrap();
    assert!(
        file.contains(&format!(
            "description: |\n  {}\n\n  Andre",
            "Første avsnitt: trainee-ordninger."
        )),
        "{file}"
    );
    assert_no_errors(repo.path());
    let again = repo.plan(&["import", "edited.xlsx"]);
    again.shows("No changes in the spreadsheet ");
}

#[test]
fn changed_update_and_link_rows_are_written_in_place() {
    let repo = Repo::new("import-history");
    let book = repo.export(&["--programme", "innlandet", "--theme", "A"], "a.xlsx");
    let link = find(&book, "Koblinger", "A7", "Kobling til");
    let run = repo.import_edited(
        &book,
        "history.xlsx",
        &[
            (
                "Oppdateringer",
                find(&book, "Oppdateringer", "A7", "Tekst"),
                Put::Text("Prosjektet ble avsluttet i 2023."),
            ),
            (
                "Oppdateringer",
                find(&book, "Oppdateringer", "A7", "Status"),
                Put::Text("completed"),
            ),
            ("Koblinger", link, Put::Text("K8")),
        ],
        &["--apply"],
    );
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert_eq!(
        changed_lines(&repo),
        [
            "-  - K2",
            "+  - K8",
            "+    status: completed",
            "-      Prosjektet Ung inkludering ble avsluttet som prosjektet i 2023. Kunnskap, erfaring og arbeidsmodell innarbeides i linjeorganisasjonene.",
            "+      Prosjektet ble avsluttet i 2023.",
        ]
    );
    assert_no_errors(repo.path());
}

#[test]
fn a_changed_update_row_changed_in_the_repository_too_is_a_conflict() {
    let repo = Repo::new("import-history-conflict");
    repo.a7_changed_on_both_sides();
    let run = repo.plan(&["import", "history.xlsx", "--apply"]);
    let run = run.says(0, "warning[conflict]: this entry of `A7` was changed in the repository after the export and in the sheet; the row is skipped\n");
    run.shows("warning[not-imported]: the cell was emptied: the change to `Links to` is ignored\n  --> Koblinger!D19 (A7)\n   = help: to remove a link, use `plan unlink`\n");
    run.shows("No changes in the spreadsheet ");
    let forced = repo.plan(&["import", "history.xlsx", "--apply", "--force"]);
    assert_eq!(forced.status, 0, "{}", forced.stdout);
    assert!(
        std::fs::read_to_string(repo.file(A7))
            .unwrap()
            .contains("    text: |\n      Ny tekst\n"),
        "{}",
        forced.stdout
    );
}

/// Under `--lang nb` a changed update row that changed in the repository too, an emptied
/// link cell, and a CSV file without its key column are reported in bokmål (the conflict in
/// nynorsk under `--lang nn`).
#[test]
fn conflicts_and_a_missing_key_column_are_reported_in_norwegian() {
    let repo = Repo::new("import-nb-findings");
    repo.a7_changed_on_both_sides();
    let run = repo.plan(&["--lang", "nb", "import", "history.xlsx"]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    for finding in [
        "advarsel[conflict]: denne oppføringen til `A7` er endret i dataene etter eksporten og også i arket; raden hoppes over\n  --> Oppdateringer!A2 (A7)\n   = hjelp: eksporter på nytt og gjør endringen igjen, eller legg til --force for å skrive arkets celler over\n",
        "advarsel[not-imported]: cellen er tømt: endringen i `Kobling til` blir ikke tatt med\n  --> Koblinger!D19 (A7)\n   = hjelp: bruk `plan unlink` for å fjerne en kobling\n",
    ] {
        run.shows(finding);
    }
    let run = repo.plan(&["--lang", "nn", "import", "history.xlsx"]);
    run.says(0, "åtvaring[conflict]: denne oppføringa til `A7` er endra i dataa etter eksporten og òg i arket; rada blir hoppa over\n");
    let csv = repo.export_as("csv", &[], "tiltak.csv");
    without_key_column(&std::fs::read_to_string(&csv).unwrap(), &csv);
    let run = repo.plan(&["--lang", "nb", "import", "tiltak.csv"]);
    run.says(0, "advarsel[no-key]: `tiltak.csv` har ingen kolonne `plan`: en endring gjort i dataene etter eksporten kan ikke skilles fra en endring i fila, så alle verdier som avviker fra dataene, tas som endringer\n   = hjelp: eksporter på nytt med `plan export --format csv` og behold den siste kolonnen\n");
}

/// LibreOffice, where installed: `soffice` on the PATH.
fn soffice() -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("soffice"))
            .find(|p| p.is_file())
    })
}

/// Opens `book` in LibreOffice and saves it again as `.xlsx` into the folder `out`.
fn libreoffice_resave(soffice: &Path, repo: &Repo, book: &Path, out: &Path) {
    let profile = repo.file("lo-profile");
    let status = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "xlsx", "--outdir"])
        .arg(out)
        .arg(book)
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "{status:?}");
}

#[test]
fn a_workbook_saved_again_by_libreoffice_keeps_exactly_its_changes() {
    let Some(soffice) = soffice() else {
        return skip(
            "soffice (LibreOffice) is not installed: apt-get install libreoffice-calc-nogui",
        );
    };
    let repo = Repo::new("import-libreoffice");
    let book = repo.export_valdres();
    libreoffice_resave(&soffice, &repo, &book, &repo.file("resaved"));
    let run = repo.plan(&["import", "resaved/valdres.xlsx"]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert_eq!(run.stdout, "No changes in the spreadsheet valdres.xlsx\n");
    let status = find(&book, "Tiltak", "K8", "Status");
    let new_row = find(&book, "Oppdateringer", "", "ID").0;
    let at = |header| (new_row, find(&book, "Oppdateringer", "", header).1);
    edited(
        &book,
        &repo.file("edited.xlsx"),
        &[
            ("Tiltak", status, Put::Text("started")),
            ("Oppdateringer", at("ID"), Put::Text("K8")),
            ("Oppdateringer", at("Dato"), Put::Date(2026, 11, 1)),
            ("Oppdateringer", at("Tekst"), Put::Text("I gang i Valdres.")),
        ],
    );
    libreoffice_resave(
        &soffice,
        &repo,
        &repo.file("edited.xlsx"),
        &repo.file("resaved"),
    );
    let run = repo.plan(&["import", "resaved/edited.xlsx"]);
    run.says(0, "    K8  Trainee-ordninger for rekruttering i distriktene\n      status: (none) → started\n      updates: + 2026-11-01  I gang i Valdres.\n\nItems: 0 added, 0 removed, 0 marked removed, 1 changed\n");
}

#[test]
fn a_csv_export_reads_back_with_its_changes() {
    let repo = Repo::new("import-csv");
    let csv = repo.export_as("csv", &["--excel"], "tiltak.csv");
    let same = repo.plan(&["import", "tiltak.csv"]);
    assert_eq!(same.stdout, "No changes in the spreadsheet tiltak.csv\n");
    let text = std::fs::read_to_string(&csv).unwrap();
    let k8 =
        "K8;innlandet;Trainee-ordninger for rekruttering i distriktene;K;district;short-and-long;";
    assert!(text.contains(k8), "{text}");
    std::fs::write(&csv, text.replacen(k8, &k8.replacen(";K;", ";A;", 1), 1)).unwrap();
    let run = repo.plan(&["import", "tiltak.csv"]);
    run.starts(1, "error[id-theme-mismatch]: item `K8` is numbered in theme K but has theme `A`\n  --> tiltak.csv!A");
    std::fs::write(
        &csv,
        text.replacen(k8, &k8.replacen("Trainee", "=HYPERLINK(\"x\")", 1), 1),
    )
    .unwrap();
    let run = repo.plan(&["import", "tiltak.csv"]);
    run.starts(1, "error[formula]: ");
    assert_eq!(repo.changes(), "?? tiltak.csv\n");
}

/// The CSV export's last column carries each row's key and hashes: a row changed in the file
/// and in the repository since is a conflict (`--force` takes the file's values); without the
/// column, a warning says conflicts cannot be told and the file's values are taken.
#[test]
fn a_csv_file_tells_conflicts_by_its_key_column() {
    let repo = Repo::new("import-csv-conflict");
    let csv = repo.export_as("csv", &[], "tiltak.csv");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("id,") && text.lines().next().unwrap().ends_with(",plan"));
    let k8 =
        "K8,innlandet,Trainee-ordninger for rekruttering i distriktene,K,district,short-and-long,";
    assert!(text.contains(k8), "{text}");
    let started = text.replacen(
        "trainee-ordningene for nyutdanna studenter",
        "trainee-ordningene for nyutdannede",
        1,
    );
    std::fs::write(&csv, &started).unwrap();
    repo.retitle_k8();
    let run = repo.plan(&["import", "tiltak.csv", "--apply"]);
    let run = run.starts(0, "warning[conflict]: `K8` was changed in the repository after the export and in the sheet; the row is skipped\n  --> tiltak.csv!");
    run.shows("No changes in the spreadsheet ");
    let forced = repo.plan(&["import", "tiltak.csv", "--force"]);
    forced.shows("\n    K8  ");
    assert!(!forced.stdout.contains("conflict"), "{}", forced.stdout);
    // Without the key column: the description differs from the repository, so it is taken.
    without_key_column(&started, &csv);
    let run = repo.plan(&["import", "tiltak.csv"]);
    let run = run.starts(0, "warning[no-key]: `tiltak.csv` has no column `plan`: a change made in the repository since the export cannot be told from one made in the file");
    run.shows("\n    K8  ");
    assert_eq!(
        repo.changes(),
        " M data/programmes/innlandet/items/K8.yaml\n?? tiltak.csv\n"
    );
}

#[test]
fn headers_follow_lang_and_read_back_in_any_language() {
    let repo = Repo::new("import-lang");
    for (lang, items_sheet, status) in [("en", "Items", "Status"), ("nn", "Tiltak", "Status")] {
        let name = format!("{lang}.xlsx");
        let book = repo.export(&["--region", "Valdres", "--lang", lang], &name);
        let sheets: Vec<String> = read(&book).into_iter().map(|(n, _)| n).collect();
        assert_eq!(sheets[1], items_sheet);
        let cell = find(&book, items_sheet, "K8", status);
        let edited_name = format!("{lang}-edited.xlsx");
        edited(
            &book,
            &repo.file(&edited_name),
            &[(items_sheet, cell, Put::Text("planned"))],
        );
        let run = repo.plan(&["import", &edited_name]);
        run.shows("\n      status: (none) → planned\n");
    }
}

#[test]
fn a_row_without_an_id_is_a_new_item_with_the_next_free_id() {
    let repo = Repo::new("import-new");
    let book = repo.export_valdres();
    let row = find(&book, "Tiltak", "", "ID").0;
    let at = |header| (row, find(&book, "Tiltak", "", header).1);
    let puts = [
        ("Tiltak", at("Program"), Put::Text("innlandet")),
        ("Tiltak", at("Tema"), Put::Text("K")),
        ("Tiltak", at("Nivå"), Put::Text("district")),
        (
            "Tiltak",
            at("Tittel"),
            Put::Text("Traineeordning for innvandrere"),
        ),
        ("Tiltak", at("Ansvarlig"), Put::Text("valdres-ipr")),
        ("Tiltak", at("Regioner"), Put::Text("valdres")),
    ];
    let run = repo.import_edited(&book, "new.xlsx", &puts, &[]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    run.shows("  added\n    K12  Traineeordning for innvandrere\n");
    let run = repo.plan(&["import", "new.xlsx", "--apply"]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert_eq!(
        repo.changes(),
        "?? data/programmes/innlandet/items/K12.yaml\n?? new.xlsx\n?? valdres.xlsx\n"
    );
    let k12 =
        std::fs::read_to_string(repo.file("data/programmes/innlandet/items/K12.yaml")).unwrap();
    assert!(k12.starts_with("# yaml-language-server: $schema=../../../../schema/item.schema.json\nid: K12\nprogramme: innlandet\ntheme: K\nlevel: district\ntitle: \"Traineeordning for innvandrere\"\n"), "{k12}");
    // Like `plan new`: a new item is published nowhere yet, and says so by no source.
    assert!(k12.contains("\nsources: []\n"), "{k12}");
    assert_no_errors(repo.path());
    let again = repo.plan(&["import", "new.xlsx", "--apply"]);
    let again = again.starts(0, &format!(
            "warning[already-present]: this new row is already in the data as `K12` (the workbook was imported before); it is not added again\n  --> Tiltak!A{} (K12)\n",
            row + 1
        ));
    again.shows("No changes in the spreadsheet ");
    let mut bad = puts;
    bad[0].2 = Put::Text("innlandt");
    let run = repo.import_edited(&book, "bad.xlsx", &bad, &[]);
    run.starts(1, &format!(
            "error[unknown-programme]: unknown programme `innlandt`\n  --> Tiltak!B{}\n   = help: did you mean `innlandet`?\n",
            row + 1
        ));
}

#[test]
fn a_list_cell_changes_member_by_member() {
    let repo = Repo::new("import-list");
    let book = repo.export_valdres();
    let partners = find(&book, "Tiltak", "K8", "Samarbeidspartnere");
    let cell =
        "trainee-innlandet; trainee-trondelag; arbeidslivet; utdanningsinstitusjoner; nav; nho; ks";
    let run = repo.import_edited(
        &book,
        "list.xlsx",
        &[("Tiltak", partners, Put::Text(cell))],
        &["--apply"],
    );
    assert_eq!(run.status, 0, "{}", run.stdout);
    run.shows("      partners: + ks (KS)\n      partners: - lo (LO)\n");
    let changed = changed_lines(&repo);
    assert_eq!(changed, ["-  - lo", "+  - ks"], "{changed:?}");
    assert_no_errors(repo.path());
}

#[test]
fn a_status_the_updates_decide_needs_a_new_update_row() {
    let repo = Repo::new("import-status-updates");
    let book = repo.export(&["--programme", "mr2025"], "mr.xlsx");
    let status = find(&book, "Tiltak", "digi-mr", "Status");
    let run = repo.import_edited(
        &book,
        "status.xlsx",
        &[("Tiltak", status, Put::Text("completed"))],
        &[],
    );
    run.says(1, "error[status-from-updates]: the status of `digi-mr` comes from its latest status update, which says `ongoing`\n  --> Tiltak!G3 (digi-mr)\n");
    let new_row = find(&book, "Oppdateringar", "", "ID").0;
    let at = |header| (new_row, find(&book, "Oppdateringar", "", header).1);
    let run = repo.import_edited(
        &book,
        "both.xlsx",
        &[
            ("Tiltak", status, Put::Text("completed")),
            ("Oppdateringar", at("ID"), Put::Text("digi-mr")),
            ("Oppdateringar", at("Dato"), Put::Text("2026-11")),
            ("Oppdateringar", at("Status"), Put::Text("completed")),
            ("Oppdateringar", at("Tekst"), Put::Text("Avslutta.")),
        ],
        &["--apply"],
    );
    run.says(
        0,
        "      status: ongoing → completed\n      updates: + 2026-11  [completed] Avslutta.\n",
    );
    assert_no_errors(repo.path());
}

#[test]
fn text_that_looks_like_a_formula_is_exported_as_text() {
    let repo = Repo::new("import-injection");
    common::edit(
        &repo.file(K8),
        "title: \"Trainee-ordninger for rekruttering i distriktene\"",
        "title: \"=HYPERLINK(\\\"http://example.org\\\",\\\"Trainee\\\")\"",
    );
    let book = repo.export_valdres();
    let mut workbook: Xlsx<_> = open_workbook(&book).unwrap();
    let formulas = workbook.worksheet_formula("Tiltak").unwrap();
    assert_eq!(formulas.used_cells().count(), 0, "no cell holds a formula");
    let (row, col) = find(&book, "Tiltak", "K8", "Tittel");
    let values = workbook.worksheet_range("Tiltak").unwrap();
    assert_eq!(
        values.get_value((row, u32::from(col))),
        Some(&Data::String(
            "=HYPERLINK(\"http://example.org\",\"Trainee\")".into()
        ))
    );
    let run = repo.plan(&["import", "valdres.xlsx"]);
    assert!(
        run.stdout.starts_with("No changes in the spreadsheet "),
        "{}",
        run.stdout
    );
}

#[test]
fn full_dates_are_spreadsheet_dates_and_partial_ones_text() {
    let repo = Repo::new("import-dates");
    let book = repo.export(&["--programme", "mr2025"], "mr.xlsx");
    let sheets = read(&book);
    let (_, updates) = sheets.iter().find(|(n, _)| n == "Oppdateringar").unwrap();
    let date_of = |id: &str| {
        let (row, col) = find(&book, "Oppdateringar", id, "Dato");
        updates.get_value((row, u32::from(col))).cloned().unwrap()
    };
    match date_of("statlege-arbeidsplassar") {
        Data::DateTime(d) => assert_eq!(d.to_ymd_hms_milli().0, 2021),
        other => panic!("not a date: {other:?}"),
    }
    assert_eq!(date_of("nyttarskonferansen"), Data::String("2020".into()));
}

/// The text of the cell at (row, column) of `sheet`, as calamine reads it.
fn cell_text(path: &Path, sheet: &str, (row, col): (u32, u16)) -> String {
    let sheets = read(path);
    let (_, range) = sheets.iter().find(|(n, _)| n == sheet).expect("the sheet");
    range
        .get_value((row, u32::from(col)))
        .map(ToString::to_string)
        .unwrap_or_default()
}

#[test]
fn an_imported_status_older_than_the_deciding_update_is_history_and_said() {
    let repo = Repo::new("import-superseded");
    let update = [
        "update",
        "K8",
        "--status",
        "started",
        "--date",
        "2026-06-01",
        "--text",
        "I gang.",
    ];
    repo.plan(&update).ok();
    let book = repo.export(&["--region", "Valdres", "--lang", "nb"], "valdres.xlsx");
    let new_row = find(&book, "Oppdateringer", "", "ID").0;
    let at = |header| (new_row, find(&book, "Oppdateringer", "", header).1);
    edited(
        &book,
        &repo.file("edited.xlsx"),
        &[
            ("Oppdateringer", at("ID"), Put::Text("K8")),
            ("Oppdateringer", at("Dato"), Put::Date(2026, 5, 1)),
            ("Oppdateringer", at("Status"), Put::Text("fullført")),
            ("Oppdateringer", at("Tekst"), Put::Text("Ferdig.")),
        ],
    );
    let run = repo.plan(&["--lang", "nb", "import", "edited.xlsx", "--apply"]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    for line in [
        "advarsel[status-superseded]: statusen til `K8` forblir igangsatt: oppdateringen datert \
         2026-06-01 er nyere enn denne (2026-05-01) og bestemmer statusen\n  --> Oppdateringer!",
        "   = hjelp: raden skrives inn som historikk; er statusen fullført nå, så dater raden \
         etter 2026-06-01\n",
    ] {
        assert!(run.stdout.contains(line), "{line}\n{}", run.stdout);
    }
    let diff = repo.git(&["diff", "-U0", "--no-color", "data"]);
    assert!(diff.contains("+    status: completed"), "{diff}");
}

#[test]
fn a_new_update_row_stepping_back_writes_the_status_as_plan_update_does() {
    let repo = Repo::new("import-step-back");
    let book = repo.export(
        &["--programme", "innlandet", "--theme", "K", "--lang", "nb"],
        "k.xlsx",
    );
    let new_row = find(&book, "Oppdateringer", "", "ID").0;
    let at = |header| (new_row, find(&book, "Oppdateringer", "", header).1);
    edited(
        &book,
        &repo.file("edited.xlsx"),
        &[
            ("Oppdateringer", at("ID"), Put::Text("K5")),
            ("Oppdateringer", at("Dato"), Put::Date(2024, 3, 1)),
            ("Oppdateringer", at("Status"), Put::Text("planlagt")),
            (
                "Oppdateringer",
                at("Tekst"),
                Put::Text("Eldre oppstart er utsatt."),
            ),
        ],
    );
    let preview = repo.plan(&["--lang", "nb", "import", "edited.xlsx"]);
    assert_eq!(preview.status, 0, "{}", preview.stdout);
    preview.shows("status: igangsatt → planlagt");
    assert!(
        !preview.stdout.contains("status-mismatch"),
        "{}",
        preview.stdout
    );
    let run = repo.plan(&["--lang", "nb", "import", "edited.xlsx", "--apply"]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    let imported = repo.git(&["diff", "-U0", "--no-color", "data"]);
    repo.git(&["checkout", "-q", "data"]);
    let update = [
        "update",
        "K5",
        "--date",
        "2024-03-01",
        "--status",
        "planlagt",
        "--text",
        "Eldre oppstart er utsatt.",
    ];
    repo.plan(&update).ok();
    // The same file as `plan update` writes: the field follows the update back.
    assert_eq!(imported, repo.git(&["diff", "-U0", "--no-color", "data"]));
    assert!(imported.contains("+status: planned"), "{imported}");
    common::assert_no_findings(repo.path());
}

#[test]
fn the_workbook_speaks_the_language_and_its_words_are_written_as_codes() {
    let repo = Repo::new("import-words");
    let book = repo.export(&["--region", "Valdres", "--lang", "nb"], "valdres.xlsx");
    let level = find(&book, "Tiltak", "K8", "Nivå");
    assert_eq!(cell_text(&book, "Tiltak", level), "distrikt");
    let statuses: Vec<String> = (1..6).map(|r| cell_text(&book, "plan", (r, 3))).collect();
    assert_eq!(
        statuses,
        ["planlagt", "igangsatt", "pågår", "fullført", "tatt ut"]
    );
    let new_row = find(&book, "Oppdateringer", "", "ID").0;
    let at = |header| (new_row, find(&book, "Oppdateringer", "", header).1);
    let link = find(&book, "Koblinger", "", "ID");
    let link_to = find(&book, "Koblinger", "", "Kobling til").1;
    edited(
        &book,
        &repo.file("edited.xlsx"),
        &[
            (
                "Tiltak",
                find(&book, "Tiltak", "K8", "Status"),
                Put::Text("fullført"),
            ),
            ("Tiltak", level, Put::Text("fylke")),
            (
                "Tiltak",
                find(&book, "Tiltak", "K8", "Prioritet"),
                Put::Text("lang sikt"),
            ),
            ("Oppdateringer", at("ID"), Put::Text("K8")),
            ("Oppdateringer", at("Dato"), Put::Date(2026, 11, 1)),
            ("Oppdateringer", at("Status"), Put::Text("fullført")),
            ("Oppdateringer", at("Tekst"), Put::Text("Ferdig.")),
            ("Koblinger", link, Put::Text("K8")),
            ("Koblinger", (link.0, link_to), Put::Text("L11")),
        ],
    );
    let run = repo.plan(&["--lang", "nb", "import", "edited.xlsx", "--apply"]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    let wording = find(&book, "Tiltak", "K8", "Prioritet (tekst)");
    assert!(
        run.stdout.starts_with(&format!(
            "advarsel[priority-wording]: prioriteten er nå `lang sikt`, men teksten sier fortsatt «kort sikt som ordinær trainee-ordning, lang sikt for å utvikle egen ordning for innvandrere»\n  --> Tiltak!I{} (K8)\n",
            wording.0 + 1
        )),
        "{}",
        run.stdout
    );
    run.ends("skrevet: data/programmes/innlandet/items/K8.yaml\n");
    let diff = repo.git(&["diff", "-U0", "--no-color", "data"]);
    for line in [
        "+level: county",
        "+  term: long",
        "+status: completed",
        "+    status: completed",
    ] {
        assert!(diff.lines().any(|l| l == line), "{line}: {diff}");
    }
    assert_no_errors(repo.path());
    let again = repo.plan(&["--lang", "nb", "import", "edited.xlsx", "--apply"]);
    again.shows("[already-present]: denne statusoppdateringen for `K8` finnes allerede i dataene");
    assert!(
        again.stdout.contains(&format!(
            "[already-present]: denne koblingen fra `K8` finnes allerede i dataene (regnearket er lest inn før); den legges ikke til på nytt\n  --> Koblinger!D{} (K8)\n",
            link.0 + 1
        )),
        "{}",
        again.stdout
    );
    assert!(!again.stdout.contains("står to ganger"), "{}", again.stdout);
    again.shows("Ingen endringer i regnearket edited.xlsx\n");
}

#[test]
fn norwegian_statuses_in_cells_agree_with_the_updates_and_new_updates_go_by_date() {
    let repo = Repo::new("import-nn-status");
    let book = repo.export(&["--programme", "mr2025", "--lang", "nn"], "mr.xlsx");
    let status = find(&book, "Tiltak", "digi-mr", "Status");
    let run = repo.import_edited(
        &book,
        "status.xlsx",
        &[("Tiltak", status, Put::Text("fullført"))],
        &["--lang", "nn"],
    );
    assert_eq!(run.status, 1, "{}", run.stdout);
    run.shows("feil[status-from-updates]: statusen til `digi-mr` kjem frå den siste statusoppdateringa, som seier `pågår`\n  --> Tiltak!G3 (digi-mr)\n   = hjelp: legg til ei rad i arket `Oppdateringar` med status `fullført`, ein dato og ein tekst\n");
    run.ends("1 feil i reknearket; ingenting skrive\n");
    let rows = find(&book, "Oppdateringar", "", "ID").0;
    let at = |row, header| (row, find(&book, "Oppdateringar", "", header).1);
    let run = repo.import_edited(
        &book,
        "both.xlsx",
        &[
            ("Tiltak", status, Put::Text("fullført")),
            ("Oppdateringar", at(rows, "ID"), Put::Text("digi-mr")),
            ("Oppdateringar", at(rows, "Dato"), Put::Text("2026-11")),
            ("Oppdateringar", at(rows, "Status"), Put::Text("fullført")),
            ("Oppdateringar", at(rows, "Tekst"), Put::Text("Avslutta.")),
            ("Oppdateringar", at(rows + 1, "ID"), Put::Text("digi-mr")),
            ("Oppdateringar", at(rows + 1, "Dato"), Put::Text("2021")),
            (
                "Oppdateringar",
                at(rows + 1, "Tekst"),
                Put::Text("Eit møte."),
            ),
        ],
        &["--lang", "nn", "--apply"],
    );
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert!(
        !run.stdout.contains("updates-out-of-order"),
        "{}",
        run.stdout
    );
    let file =
        std::fs::read_to_string(repo.file("data/programmes/mr2025/items/digi-mr.yaml")).unwrap();
    let dates: Vec<&str> = file
        .lines()
        .filter_map(|l| l.strip_prefix("  - date: "))
        .collect();
    assert_eq!(
        dates,
        [
            "\"2020\"",
            "\"2021-06\"",
            "\"2021\"",
            "\"2022-04\"",
            "\"2026-11\""
        ]
    );
    assert!(file.contains("status: completed\n"), "{file}");
    assert_no_errors(repo.path());
}

#[test]
fn a_file_that_is_no_workbook_says_how_to_save_it() {
    let repo = Repo::new("import-not-xlsx");
    std::fs::write(repo.file("report.pdf"), "%PDF-1.4\n").unwrap();
    let run = repo.plan(&["--lang", "nb", "import", "report.pdf"]);
    assert_eq!(run.status, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains(
            "`report.pdf` er ikke et regneark plan kan lese: lagre det som Excel-arbeidsbok (.xlsx)"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_workbook_saved_by_libreoffice_as_ods_reads_back() {
    let Some(soffice) = soffice() else {
        return skip(
            "soffice (LibreOffice) is not installed: apt-get install libreoffice-calc-nogui",
        );
    };
    let repo = Repo::new("import-ods");
    let book = repo.export_valdres();
    let status = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            repo.file("lo-profile").display()
        ))
        .args(["--headless", "--convert-to", "ods", "--outdir"])
        .arg(repo.path())
        .arg(&book)
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "{status:?}");
    let run = repo.plan(&["import", "valdres.ods"]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout, "No changes in the spreadsheet valdres.ods\n");
}

#[test]
fn the_items_sheet_prints_at_full_size_on_a4_landscape() {
    let repo = Repo::new("import-print");
    let book = repo.export_valdres();
    let items = unzip(&book, "xl/worksheets/sheet2.xml");
    for setting in [
        r#"paperSize="9""#,
        r#"orientation="landscape""#,
        r#"pageOrder="overThenDown""#,
        r#"<printOptions gridLines="1"/>"#,
    ] {
        assert!(items.contains(setting), "{setting}: {items}");
    }
    // Fitted to several pages across (about 80 %), not squeezed onto one.
    let across: u32 = items
        .split(r#"fitToWidth=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|n| n.parse().ok())
        .expect("the items sheet is fitted to a number of pages across");
    assert!((2..=5).contains(&across), "{across} pages across");
    let links = unzip(&book, "xl/worksheets/sheet4.xml");
    assert!(links.contains("fitToPage"), "{links}");
}

/// The number format of a cell of the first items sheet (`sheet2.xml`), by its reference.
fn number_format(book: &Path, cell: &str) -> String {
    let sheet = unzip(book, "xl/worksheets/sheet2.xml");
    let at = sheet
        .find(&format!("<c r=\"{cell}\""))
        .unwrap_or_else(|| panic!("no cell {cell}"));
    let tag = &sheet[at..at + sheet[at..].find('>').unwrap()];
    let style: usize = tag
        .split(" s=\"")
        .nth(1)
        .map_or(0, |s| s[..s.find('"').unwrap()].parse().unwrap());
    let styles = unzip(book, "xl/styles.xml");
    let xfs = &styles[styles.find("<cellXfs").unwrap()..];
    let xf = xfs.split("<xf ").nth(style + 1).expect("the cell's style");
    let id = xf.split("numFmtId=\"").nth(1).unwrap();
    let id = &id[..id.find('"').unwrap()];
    match styles
        .split(&format!("numFmtId=\"{id}\" formatCode=\""))
        .nth(1)
    {
        Some(code) => code[..code.find('"').unwrap()].to_string(),
        None => format!("builtin {id}"),
    }
}

#[test]
fn a_year_in_a_period_cell_is_text_and_a_typed_year_stays_a_year() {
    let repo = Repo::new("import-period-year");
    let book = repo.export_valdres();
    let (row, col) = find(&book, "Tiltak", "L11", "Periode fra");
    let reference = format!("{}{}", char::from(b'A' + col as u8), row + 1);
    // Text: a year typed over it stays the number the planner typed.
    assert_eq!(number_format(&book, &reference), "@");
    // Where a program kept a date format all the same, a typed year is not a day count.
    let run = repo.import_edited(
        &book,
        "year.xlsx",
        &[("Tiltak", (row, col), Put::NumberInDateCell(2023.0))],
        &["--apply"],
    );
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert!(
        run.stdout.contains("2022–2024 → 2023–2024"),
        "{}",
        run.stdout
    );
    let file = std::fs::read_to_string(repo.file(L11)).unwrap();
    assert!(file.contains("  start: \"2023\"\n"), "{file}");
}

#[test]
fn a_date_typed_day_first_is_read_as_the_command_line_reads_it() {
    let repo = Repo::new("import-period-norwegian");
    let book = repo.export_valdres();
    let run = repo.import_edited(
        &book,
        "dates.xlsx",
        &[
            (
                "Tiltak",
                find(&book, "Tiltak", "L11", "Periode til"),
                Put::Text("29.11.2026"),
            ),
            (
                "Oppdateringer",
                find(&book, "Oppdateringer", "", "ID"),
                Put::Text("L11"),
            ),
            (
                "Oppdateringer",
                find(&book, "Oppdateringer", "", "Dato"),
                Put::Text("1.12.2026"),
            ),
            (
                "Oppdateringer",
                find(&book, "Oppdateringer", "", "Tekst"),
                Put::Text("Forlenget."),
            ),
        ],
        &["--apply"],
    );
    assert_eq!(run.status, 0, "{}", run.stdout);
    let file = std::fs::read_to_string(repo.file(L11)).unwrap();
    assert!(file.contains("  end: \"2026-11-29\"\n"), "{file}");
    assert!(file.contains("date: \"2026-12-01\""), "{file}");
}

#[test]
fn changes_in_read_only_columns_are_named_with_the_column_to_edit() {
    let repo = Repo::new("import-read-only");
    let book = repo.export_valdres();
    let run = repo.import_edited(
        &book,
        "names.xlsx",
        &[
            (
                "Tiltak",
                find(&book, "Tiltak", "K8", "Ansvarlig (navn)"),
                Put::Text("Noen andre"),
            ),
            (
                "Tiltak",
                find(&book, "Tiltak", "K8", "Siste oppdatering"),
                Put::Text("2026-01-01 Ferdig."),
            ),
        ],
        &["--lang", "nb"],
    );
    run.shows("advarsel[not-imported]: kolonnen «Ansvarlig (navn)» leses ikke inn; endre «Ansvarlig»\n  --> Tiltak!K2 (K8)\n");
    run.shows("advarsel[not-imported]: kolonnen «Siste oppdatering» leses ikke inn; legg til en rad i arket «Oppdateringer»\n  --> Tiltak!U2 (K8)\n");
    run.shows("Ingen endringer i regnearket names.xlsx");
    // The names of the ids the row now gives are what the export would write: no warning.
    let run = repo.import_edited(
        &book,
        "body.xlsx",
        &[
            (
                "Tiltak",
                find(&book, "Tiltak", "K8", "Ansvarlig"),
                Put::Text("nav"),
            ),
            (
                "Tiltak",
                find(&book, "Tiltak", "K8", "Ansvarlig (navn)"),
                Put::Text("NAV"),
            ),
        ],
        &["--lang", "nb"],
    );
    assert!(!run.stdout.contains("not-imported"), "{}", run.stdout);
    assert_eq!(
        repo.changes(),
        "?? body.xlsx\n?? names.xlsx\n?? valdres.xlsx\n"
    );
}

#[test]
fn a_csv_file_says_what_it_cannot_take() {
    let repo = Repo::new("import-csv-read-only");
    let csv = repo.export_as("csv", &["--excel"], "tiltak.csv");
    let text = std::fs::read_to_string(&csv).unwrap();
    let latest = ";2021-06 [ongoing] ";
    assert!(text.contains(latest), "{text}");
    let header = text.lines().next().unwrap().trim_start_matches('\u{feff}');
    let empty_row = format!(
        "\r\n;innlandet;Nytt tiltak;K{}",
        ";".repeat(header.matches(';').count() - 3)
    );
    let edited = text
        .replacen(latest, ";2024-01-01 [completed] ", 1)
        .replacen("\"K3; K6; K7; K8\"", "\"K3; K6; K7\"", 1)
        + empty_row.trim_start();
    std::fs::write(&csv, edited).unwrap();
    let run = repo.plan(&["--lang", "nb", "import", "tiltak.csv"]);
    run.shows("advarsel[not-imported]: kolonnen «latest_update» leses ikke inn; bruk `plan update` for en ny statusoppdatering\n");
    run.shows("advarsel[not-imported]: kolonnen «links» leses ikke inn; bruk `plan link A1 …` eller `plan unlink A1 …`\n  --> tiltak.csv!K");
    run.shows("feil[unknown-item]: raden har ingen ID; nye tiltak kan ikke legges til i en CSV-fil\n  --> tiltak.csv!A51\n   = hjelp: legg til nye tiltak i regnearket fra `plan export --format xlsx` (en rad med tom ID), eller med `plan new item`\n");
    assert_eq!(repo.changes(), "?? tiltak.csv\n");
}

#[test]
fn an_emptied_cell_points_to_the_cell_or_plan_set() {
    let repo = Repo::new("import-emptied");
    let book = repo.export_valdres();
    let run = repo.import_edited(
        &book,
        "emptied.xlsx",
        &[(
            "Tiltak",
            find(&book, "Tiltak", "K8", "Tittel"),
            Put::Text(""),
        )],
        &["--lang", "nb"],
    );
    run.shows(
        "   = hjelp: skriv verdien i cellen igjen, eller endre den med `plan set K8 title`\n",
    );
}

#[test]
fn a_new_row_without_what_its_programme_requires_names_the_cells() {
    let repo = Repo::new("import-new-missing");
    let book = repo.export_valdres();
    let sheets = read(&book);
    let read_me: Vec<String> = sheets[0].1.rows().map(|r| r[0].to_string()).collect();
    assert!(
        read_me.iter().any(|l| l.contains(
            "fyll ut program, tema og tittel, og nivå for tiltak i innlandet. Står ansvarlig tom"
        )),
        "{read_me:?}"
    );
    let row = find(&book, "Tiltak", "", "ID").0;
    let at = |header| (row, find(&book, "Tiltak", "", header).1);
    let puts = [
        ("Tiltak", at("Program"), Put::Text("innlandet")),
        ("Tiltak", at("Tema"), Put::Text("K")),
        ("Tiltak", at("Tittel"), Put::Text("Nytt tiltak")),
        ("Tiltak", at("Status"), Put::Text("i gang")),
    ];
    let run = repo.import_edited(&book, "missing.xlsx", &puts, &["--lang", "nb"]);
    run.says(1, &format!("feil[new-row-incomplete]: den nye raden har ingen verdi i «Nivå», som et nytt tiltak i programmet `innlandet` må ha\n  --> Tiltak!E{}\n   = hjelp: velg en av: fylke, distrikt, regionsenter\n\n1 feil i regnearket; ingenting skrevet\n", row + 1));
    // A level the drop-down does not offer is reported at its cell, once.
    let mut wrong = puts.to_vec();
    wrong.push(("Tiltak", at("Nivå"), Put::Text("fylkeskommune")));
    let run = repo.import_edited(&book, "wrong.xlsx", &wrong, &["--lang", "nb"]);
    let run = run.starts(
        1,
        "feil[invalid-value]: `fylkeskommune` er ikke en tillatt verdi\n",
    );
    assert!(!run.stdout.contains("missing-field"), "{}", run.stdout);
    run.shows("\n1 feil i regnearket; ingenting skrevet\n");
    let mut no_programme = puts.to_vec();
    no_programme[0].2 = Put::Text("");
    let run = repo.import_edited(&book, "orphan.xlsx", &no_programme, &["--lang", "nb"]);
    run.says(1, &format!("feil[new-row-incomplete]: den nye raden har ingen verdi i «Program»; et nytt tiltak hører til et program\n  --> Tiltak!B{}\n   = hjelp: velg en av: innlandet, mr2025, smart-molde\n\n1 feil i regnearket; ingenting skrevet\n", row + 1));
    assert_eq!(
        repo.changes(),
        "?? missing.xlsx\n?? orphan.xlsx\n?? valdres.xlsx\n?? wrong.xlsx\n"
    );
}

#[test]
fn emptying_the_responsible_bodies_warns_as_plan_set_does() {
    let repo = Repo::new("import-no-responsible");
    let book = repo.export(&["--programme", "innlandet", "--theme", "A"], "a.xlsx");
    let at = find(&book, "Tiltak", "A1", "Ansvarlig");
    let run = repo.import_edited(
        &book,
        "none.xlsx",
        &[("Tiltak", at, Put::Text(""))],
        &["--lang", "nb", "--apply"],
    );
    run.shows(&format!("advarsel[no-responsible]: A1 har nå ingen ansvarlig aktør; det er lov bare når kilden ikke nevner noen (legg til en med `plan set A1 ansvarlig --add AKTØR`)\n  --> Tiltak!{}{} (A1)\n", char::from(b'A' + at.1 as u8), at.0 + 1));
    assert!(
        repo.changes()
            .contains(" M data/programmes/innlandet/items/A1.yaml\n"),
        "{}",
        repo.changes()
    );
}

/// Writes a copy of the `;`-separated CSV file `csv` to `to` with `edit` applied to each
/// row (the header's cells given for reference).
fn csv_edited(csv: &Path, to: &Path, edit: impl Fn(&[String], &mut Vec<String>)) {
    let mut rows = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_path(csv)
        .unwrap()
        .into_records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>());
    let header = rows.next().unwrap();
    let mut out = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_path(to)
        .unwrap();
    out.write_record(&header).unwrap();
    for mut row in rows {
        edit(&header, &mut row);
        out.write_record(&row).unwrap();
    }
    out.flush().unwrap();
}

#[test]
fn a_csv_status_is_reported_once_and_helped_with_plan_update() {
    let repo = Repo::new("import-csv-status");
    let csv = repo.export_as("csv", &["--excel"], "tiltak.csv");
    let set = |to: &str, id: &'static str, status: &'static str| {
        csv_edited(&csv, &repo.file(to), |header, row| {
            let column = |name| header.iter().position(|h| h == name).unwrap();
            if row[0] == id {
                row[column("status")] = status.to_string();
            }
            if row[0] == "K2" {
                row[0].clear();
            }
        });
    };
    set("typo.csv", "digi-mr", "fulført");
    let run = repo.plan(&["--lang", "nb", "import", "typo.csv"]);
    run.shows("feil[invalid-value]: `fulført` er ikke en tillatt verdi\n");
    assert!(
        !run.stdout.contains("status-from-updates"),
        "{}",
        run.stdout
    );
    // The row whose ID was emptied is said once, about its item; it is not a deleted row.
    run.shows("feil[unknown-item]: raden har ingen ID; nye tiltak kan ikke legges til i en CSV-fil\n  --> typo.csv!A3 (K2)\n");
    assert!(!run.stdout.contains("row-deleted"), "{}", run.stdout);
    set("done.csv", "digi-mr", "fullført");
    let run = repo.plan(&["--lang", "nb", "import", "done.csv"]);
    run.shows("feil[status-from-updates]: statusen til `digi-mr` kommer fra den siste statusoppdateringen, som sier `pågår`\n");
    run.shows("   = hjelp: før inn endringen med `plan update digi-mr --status fullført --text \"…\"`; en CSV-fil har ingen statusoppdateringer\n");
    assert!(!run.stdout.contains("Oppdateringer"), "{}", run.stdout);
}

#[test]
fn read_only_cells_are_compared_with_the_export_not_the_repository() {
    let repo = Repo::new("import-read-only-since");
    let book = repo.export(&["--programme", "innlandet"], "t.xlsx");
    let csv = repo.export_as("csv", &[], "t.csv");
    for id in ["K2", "K7"] {
        let run = repo.plan(&["update", id, "--text", "Nytt.", "--date", "2025-01-01"]);
        assert_eq!(run.status, 0, "{}", run.stderr);
    }
    let run = repo.plan(&["link", "K2", "K8"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    for file in [&book, &csv] {
        let name = file.file_name().unwrap().to_str().unwrap();
        let run = repo.plan(&["--lang", "nb", "import", name]);
        run.says(0, &format!("Ingen endringer i regnearket {name}\n"));
    }
}

#[test]
fn findings_are_fitted_to_the_width_with_further_lines_indented() {
    let repo = Repo::new("import-width");
    let book = repo.export_valdres();
    edited(
        &book,
        &repo.file("typo.xlsx"),
        &[(
            "Tiltak",
            find(&book, "Tiltak", "K8", "Status"),
            Put::Text("fulført"),
        )],
    );
    // Piped, as into `less`: 80 columns; `--width 60` as asked.
    for (width, args) in [(80, vec![]), (60, vec!["--width", "60"])] {
        let mut all = args.clone();
        all.extend(["--lang", "nb", "import", "typo.xlsx"]);
        let run = common::plan(repo.path(), &all);
        assert_eq!(run.status, 1, "{}", run.stdout);
        let longest = run.stdout.lines().map(|l| l.chars().count()).max();
        assert!(longest <= Some(width), "{}", run.stdout);
        run.shows("   = hjelp: mente du `fullført`? (gyldige verdier: planlagt");
        run.shows("\n     ");
    }
}
