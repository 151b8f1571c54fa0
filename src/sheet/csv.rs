//! `plan import FILE.csv`: a CSV file from `plan export --format csv` read back against the
//! repository. Its last column, `plan`, holds each row's key and hashes as in a workbook, so a
//! change made in the repository since the export is told from one made in the file (a
//! conflict). Where a user deleted that column, every value that differs from the repository
//! is taken as a change, and a warning says that conflicts cannot be told.

use std::collections::{BTreeSet, HashMap};

use crate::index::{ItemIx, Repository};
use crate::load::workbook::Sheet;
use crate::query;
use crate::sheet::finding::{CellRef, Finding, Issue};
use crate::sheet::import::{
    ChangeSet, Table, fingerprinted_row, formulas, read_only, row_deleted, sheet_value, take_edits,
};
use crate::sheet::{Column, Role, RowKey, SheetKind, item_cell, item_key, shown_hash, update_line};
use crate::t;

/// The columns of `plan export --format csv` that are read back, by header.
const CSV_COLUMNS: &[(&str, Column)] = &[
    ("id", Column::Id),
    ("programme", Column::Programme),
    ("title", Column::Title),
    ("theme", Column::Theme),
    ("level", Column::Level),
    ("priority", Column::Priority),
    ("priority_text", Column::PriorityText),
    ("status", Column::Status),
    ("responsible", Column::Responsible),
    ("partners", Column::Partners),
    ("documents", Column::Documents),
    ("regions", Column::Regions),
    ("municipalities", Column::Municipalities),
    ("description", Column::Description),
];

/// The header of the column that shows the latest status update, never read back: a change
/// to it is reported.
pub(crate) const LATEST_UPDATE_HEADER: &str = "latest_update";

/// The header of the column of keys and hashes, as in the workbook.
pub(crate) const KEY_HEADER: &str = "plan";

/// Reads a CSV file from `plan export --format csv` against the repository; `force` takes
/// the file's values for items changed in the repository since the export.
pub(crate) fn read(sheet: &Sheet, repo: &Repository, force: bool) -> anyhow::Result<ChangeSet> {
    let t = table(sheet)?;
    let mut out = ChangeSet::default();
    formulas(&t, &mut out.findings);
    if !t.columns.contains_key(&Column::Key) {
        out.findings.push(
            Finding::sheet(
                Issue::NoKey,
                None,
                t!(
                    "import-csv-no-key",
                    file = sheet.name.as_str(),
                    column = KEY_HEADER
                ),
            )
            .help(t!("import-csv-no-key-help")),
        );
    }
    let mut seen = BTreeSet::new();
    for row in t.rows() {
        if let Some(ix) = row_item(&t, row, repo, force, &mut out) {
            seen.insert(ix);
        }
    }
    for ix in (0..repo.items.len()).filter(|ix| !seen.contains(ix)) {
        let id = &repo.items[ix].id.value;
        out.findings
            .push(row_deleted(SheetKind::Items, id, &sheet.name));
    }
    Ok(out)
}

/// The file's columns found by their headers; the key column may be missing.
fn table(sheet: &Sheet) -> anyhow::Result<Table<'_>> {
    let mut columns = HashMap::new();
    for (col, cell) in sheet.rows.first().into_iter().flatten().enumerate() {
        let header = cell.text();
        if let Some((_, column)) = CSV_COLUMNS.iter().find(|(h, _)| *h == header) {
            columns.insert(*column, col);
        } else if header == KEY_HEADER {
            columns.insert(Column::Key, col);
        } else if header == LATEST_UPDATE_HEADER {
            columns.insert(Column::LatestUpdate, col);
        }
    }
    if let Some((header, _)) = CSV_COLUMNS.iter().find(|(_, c)| !columns.contains_key(c)) {
        anyhow::bail!(t!(
            "import-csv-no-column",
            file = sheet.name.as_str(),
            column = *header
        ));
    }
    Ok(Table { sheet, columns })
}

/// One row: the item it names, with its changed values taken as edits.
fn row_item(
    t: &Table,
    row: usize,
    repo: &Repository,
    force: bool,
    out: &mut ChangeSet,
) -> Option<ItemIx> {
    let (programme, id) = (t.text(row, Column::Programme), t.text(row, Column::Id));
    let bare = id.rsplit(':').next().unwrap_or_default();
    if bare.is_empty() {
        // A row whose ID was emptied still names its item by its key: that item's row is
        // this one, not deleted, and the finding is about it.
        let keyed = RowKey::parse(SheetKind::Items, &t.text(row, Column::Key))
            .and_then(|key| Some((repo.item(&key.programme, &key.id)?, key.id)));
        let finding = Finding::sheet(
            Issue::UnknownItem,
            Some(t.cell(row, Column::Id)),
            t!("import-csv-new-row"),
        )
        .help(t!("import-csv-new-row-help"));
        out.findings.push(match &keyed {
            Some((_, id)) => finding.about(id),
            None => finding,
        });
        return keyed.map(|(ix, _)| ix);
    }
    let Some(ix) = repo.item(&programme, bare) else {
        out.findings.push(
            Finding::sheet(
                Issue::UnknownItem,
                Some(t.cell(row, Column::Id)),
                t!(
                    "import-csv-unknown-item",
                    id = id.as_str(),
                    programme = programme.as_str()
                ),
            )
            .about(&id)
            .help(t!("import-csv-unknown-item-help")),
        );
        return None;
    };
    let key_text = t.text(row, Column::Key);
    let key = RowKey::parse(SheetKind::Items, &key_text)
        .filter(|key| key.id == bare && key.programme == programme);
    // What the export wrote in the read-only cells; without their hashes in the key, what
    // it would write now.
    let exported = match &key {
        Some(key) if !key.shown.is_empty() => key.shown.clone(),
        _ => shown(repo, ix).iter().map(|s| shown_hash(s)).collect(),
    };
    read_only_cells(
        t,
        row,
        &repo.items[ix].id.value,
        &exported,
        &mut out.findings,
    );
    match key {
        Some(key) => fingerprinted_row(t, row, repo, ix, &key, force, out),
        None if key_text.is_empty() => {
            let edited: Vec<(Column, String)> = CSV_COLUMNS
                .iter()
                .filter(|(_, c)| c.role() == Role::Edited)
                .map(|(_, c)| (*c, sheet_value(t, row, *c)))
                .filter(|(c, value)| *value != item_cell(repo, ix, *c).canonical())
                .collect();
            take_edits(t, row, repo, ix, bare, edited, out);
        }
        None => out.findings.push(
            Finding::sheet(
                Issue::KeyChanged,
                Some(t.cell(row, Column::Key)),
                t!(
                    "import-csv-key-changed",
                    column = KEY_HEADER,
                    id = id.as_str()
                ),
            )
            .about(&id)
            .help(t!("import-csv-key-changed-help")),
        ),
    }
    Some(ix)
}

/// The columns of the file that are not read back, by header, in the order their hashes
/// follow in the key: the latest update (added with `plan update`), the links and places
/// (changed with `plan link` and `plan set`); with the catalogue's word for what to use.
const SHOWN_COLUMNS: [(&str, &str); 3] = [
    (LATEST_UPDATE_HEADER, "update"),
    ("links", "links"),
    ("places", "places"),
];

/// What the export writes in the [`SHOWN_COLUMNS`] of an item's row.
fn shown(repo: &Repository, ix: ItemIx) -> [String; 3] {
    let item = &repo.items[ix];
    let links: Vec<String> = repo.links_out[ix]
        .iter()
        .map(|&to| query::link_label(repo, ix, to).into_owned())
        .collect();
    let places: Vec<&str> = item.places.iter().map(|p| p.name.as_str()).collect();
    [
        item.latest_update()
            .map(|u| update_line(u, None))
            .unwrap_or_default(),
        links.join("; "),
        places.join("; "),
    ]
}

/// The key of an item's row in the CSV file: its hashes, then those of its
/// [`SHOWN_COLUMNS`].
pub(crate) fn key(repo: &Repository, ix: ItemIx) -> String {
    item_key(repo, ix, &shown(repo, ix))
}

/// A warning for each cell of the [`SHOWN_COLUMNS`] that no longer shows what the export
/// wrote (`exported`, their hashes), so the change is not lost without a word.
fn read_only_cells(t: &Table, row: usize, id: &str, exported: &[String], out: &mut Vec<Finding>) {
    let headers = t.sheet.rows.first().map(Vec::as_slice).unwrap_or_default();
    for ((name, edit), exported) in SHOWN_COLUMNS.iter().zip(exported) {
        let Some(col) = headers.iter().position(|h| h.text() == *name) else {
            continue;
        };
        if shown_hash(&t.sheet.cell(row, col).text()) == *exported {
            continue;
        }
        let at = CellRef {
            sheet: t.sheet.name.clone(),
            row,
            col,
        };
        out.push(read_only(at, name, edit, id, id));
    }
}
