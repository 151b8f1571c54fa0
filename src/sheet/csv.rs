//! `plan import FILE.csv`: a CSV file from `plan export --format csv` read back against the
//! repository. It carries no fingerprints, so every value that differs from the repository
//! is a change, and a change made in the repository since the export cannot be told from
//! one made in the file.

use std::collections::{BTreeSet, HashMap};

use crate::index::Repository;
use crate::load::workbook::Sheet;
use crate::sheet::finding::{Finding, Issue};
use crate::sheet::import::{ChangeSet, Table, formulas, sheet_value, take_edits};
use crate::sheet::{Column, Role, item_cell};

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
];

/// Reads a CSV file from `plan export --format csv` against the repository.
pub(crate) fn read(sheet: &Sheet, repo: &Repository) -> anyhow::Result<ChangeSet> {
    let mut columns = HashMap::new();
    for (col, cell) in sheet.rows.first().into_iter().flatten().enumerate() {
        if let Some((_, column)) = CSV_COLUMNS.iter().find(|(h, _)| *h == cell.text()) {
            columns.insert(*column, col);
        }
    }
    if let Some((header, _)) = CSV_COLUMNS.iter().find(|(_, c)| !columns.contains_key(c)) {
        anyhow::bail!(
            "`{}` has no column `{header}`; import reads CSV files made by `plan export --format csv`",
            sheet.name
        );
    }
    let t = Table { sheet, columns };
    let mut out = ChangeSet::default();
    formulas(&t, &mut out.findings);
    let mut seen = BTreeSet::new();
    for row in t.rows() {
        let (programme, id) = (t.text(row, Column::Programme), t.text(row, Column::Id));
        let bare = id.rsplit(':').next().unwrap_or_default();
        let Some(ix) = repo.item(&programme, bare) else {
            out.findings.push(
                Finding::sheet(
                    Issue::UnknownItem,
                    Some(t.cell(row, Column::Id)),
                    format!("no item `{id}` in programme `{programme}`"),
                )
                .about(&id)
                .help("new items are added with `plan new item`"),
            );
            continue;
        };
        seen.insert(ix);
        let edited: Vec<(Column, String)> = CSV_COLUMNS
            .iter()
            .filter(|(_, c)| c.role() == Role::Edited)
            .map(|(_, c)| (*c, sheet_value(&t, row, *c)))
            .filter(|(c, value)| *value != item_cell(repo, ix, *c).canonical())
            .collect();
        take_edits(&t, row, repo, ix, bare, edited, &mut out);
    }
    for ix in (0..repo.items.len()).filter(|ix| !seen.contains(ix)) {
        let id = &repo.items[ix].id.value;
        out.findings.push(
            Finding::sheet(
                Issue::RowDeleted,
                None,
                format!(
                    "the row of item `{id}` is missing from `{}`; the data keeps it",
                    sheet.name
                ),
            )
            .about(id)
            .help("to take an item out, use `plan remove`"),
        );
    }
    Ok(out)
}
