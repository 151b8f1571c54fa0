//! Reading an exported workbook back into a change set: which items' cells the planner
//! changed, the status updates and links added as new rows, the rows deleted, and the rows
//! that changed both in the sheet and in the repository since the export (conflicts).
//!
//! A cell counts as changed when its value no longer has the hash the export put in the
//! row's hidden key; the repository counts as changed when the item's value no longer has
//! it either. Values are only gathered here; [`super::validate`] checks them.

use std::collections::{BTreeSet, HashMap};

use crate::i18n;
use crate::index::{ItemIx, Repository};
use crate::load::workbook::{Cell as WorkbookCell, Sheet};
use crate::model::{Date, Item, Status, Word};
use crate::query::resolve_item;
use crate::sheet::finding::{CellRef, Finding, Issue};
use crate::sheet::words::{header, headers, sheet_name, sheet_names};
use crate::sheet::{
    Cell, Column, FORMAT_VERSION, MANIFEST_MARK, Role, RowKey, SheetKind, as_code, canonical_text,
    fingerprinted, fits_in_cell, item_cell, link_cells, list_members, row_hash, short_hash,
    shown_columns, shown_hash, update_cells,
};
use crate::t;

/// A value read from cells, to be written as YAML: each part knows the cell it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Entry {
    /// An id or word, written bare.
    Scalar(String, CellRef),
    /// Text, written quoted.
    Text(String, CellRef),
    List(Vec<Entry>, CellRef),
    Map(Vec<(&'static str, Entry)>, CellRef),
}

impl Entry {
    pub(crate) fn cell(&self) -> &CellRef {
        match self {
            Entry::Scalar(_, c) | Entry::Text(_, c) | Entry::List(_, c) | Entry::Map(_, c) => c,
        }
    }

    /// The date of a new status update, where it is one (checked later: `None` if it is
    /// not a date).
    pub(crate) fn date(&self) -> Option<Date> {
        let Entry::Map(entries, _) = self else {
            return None;
        };
        entries.iter().find_map(|(key, value)| match value {
            Entry::Text(text, _) if *key == "date" => Date::parse(text),
            _ => None,
        })
    }
}

/// A field of an item set to a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldEdit {
    pub(crate) field: &'static str,
    pub(crate) value: Entry,
    /// The status cell, when the edit sets the status: it must become the item's status.
    pub(crate) status_cell: Option<(String, CellRef)>,
}

/// Everything the workbook changes in one item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ItemEdits {
    /// The item's ID cell in the items sheet, where its row was read.
    pub(crate) row: Option<CellRef>,
    pub(crate) fields: Vec<FieldEdit>,
    /// New status updates, each a mapping.
    pub(crate) updates: Vec<Entry>,
    /// New links, each a scalar.
    pub(crate) links: Vec<Entry>,
    /// Changes to status updates and links the item has.
    pub(crate) members: Vec<MemberEdit>,
}

/// A change to one status update or link an item has: a field of the update, or the link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MemberEdit {
    /// `updates` or `links`.
    pub(crate) list: &'static str,
    /// The entry's place in the item's list.
    pub(crate) position: usize,
    /// The field of the update (`text`, `source.title`); `None` for the link itself.
    pub(crate) field: Option<&'static str>,
    pub(crate) value: Entry,
}

/// What a changed cell of an update or link row changes.
enum EntryCell {
    /// A field of the update.
    Field(&'static str),
    /// The link itself.
    Member,
    /// Names the item the row belongs to.
    Identity,
    /// Shown from elsewhere (a title): not read back.
    Shown,
}

impl EntryCell {
    fn of(column: Column) -> EntryCell {
        match column {
            Column::Date => EntryCell::Field("date"),
            Column::Status => EntryCell::Field("status"),
            Column::Text => EntryCell::Field("text"),
            Column::Source => EntryCell::Field("source.title"),
            Column::LinkTo => EntryCell::Member,
            Column::Id | Column::Programme => EntryCell::Identity,
            _ => EntryCell::Shown,
        }
    }
}

/// A new item from a row without an ID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NewItem {
    /// The programme as the row names it.
    pub(crate) programme: Entry,
    /// The row's ID cell.
    pub(crate) row: CellRef,
    /// The values of the row's filled cells.
    pub(crate) fields: Vec<FieldEdit>,
    /// The row's cells of the columns a new item may need, filled or not.
    pub(crate) cells: Vec<(Column, CellRef)>,
}

impl NewItem {
    /// The value of a field the row gives, as text.
    pub(crate) fn text(&self, field: &str) -> &str {
        self.fields
            .iter()
            .find(|f| f.field == field)
            .and_then(|f| match &f.value {
                Entry::Scalar(text, _) | Entry::Text(text, _) => Some(text.as_str()),
                _ => None,
            })
            .unwrap_or_default()
    }
}

/// The change set a workbook asks for, and what was found reading it.
#[derive(Debug, Default)]
pub(crate) struct ChangeSet {
    pub(crate) items: Vec<(ItemIx, ItemEdits)>,
    pub(crate) new_items: Vec<NewItem>,
    pub(crate) findings: Vec<Finding>,
    /// The workbook's updates sheet, as it is named there; `None` for a CSV file, which has
    /// none (its status updates are added with `plan update`).
    pub(crate) updates_sheet: Option<String>,
}

impl ChangeSet {
    pub(super) fn edits(&mut self, ix: ItemIx) -> &mut ItemEdits {
        match self.items.iter().position(|(i, _)| *i == ix) {
            Some(at) => &mut self.items[at].1,
            None => {
                self.items.push((ix, ItemEdits::default()));
                &mut self.items.last_mut().expect("just pushed").1
            }
        }
    }
}

/// One sheet's rows with its columns found by their headers.
pub(super) struct Table<'a> {
    pub(crate) sheet: &'a Sheet,
    pub(crate) columns: HashMap<Column, usize>,
}

impl Table<'_> {
    fn col(&self, column: Column) -> Option<usize> {
        self.columns.get(&column).copied()
    }

    /// The cell's value as text; in a date column, as the files write dates.
    pub(super) fn text(&self, row: usize, column: Column) -> String {
        let Some(cell) = self.col(column).map(|c| self.sheet.cell(row, c)) else {
            return String::new();
        };
        if column.is_date() {
            date_text(cell)
        } else {
            canonical_text(&cell.text())
        }
    }

    /// Whether the cell holds a formula (reported by [`formulas`], never read as a value).
    fn has_formula(&self, row: usize, column: Column) -> bool {
        self.col(column)
            .is_some_and(|c| self.sheet.cell(row, c).formula.is_some())
    }

    pub(super) fn cell(&self, row: usize, column: Column) -> CellRef {
        CellRef {
            sheet: self.sheet.name.clone(),
            row,
            col: self.col(column).unwrap_or(0),
        }
    }

    /// The rows below the header that hold anything.
    pub(super) fn rows(&self) -> impl Iterator<Item = usize> + '_ {
        (1..self.sheet.rows.len()).filter(|&r| {
            self.sheet
                .rows
                .get(r)
                .is_some_and(|cells| cells.iter().any(|c| !c.is_empty()))
        })
    }
}

/// A date cell's value as the files write it: a whole number from 1000 to 9999 is a year,
/// also where a date format made it a day count (2025 typed over `2024` would otherwise be
/// 17 July 1905), and a date typed `DD.MM.YYYY`, as the command line takes it, becomes
/// `YYYY-MM-DD`. Anything else stays as written, for the check to report.
fn date_text(cell: &WorkbookCell) -> String {
    if let Some(year) = cell.whole_number().filter(|n| (1000..=9999).contains(n)) {
        return year.to_string();
    }
    let text = canonical_text(&cell.text());
    Date::parse_norwegian(&text).map_or(text, |date| date.to_string())
}

/// Finds a sheet by its name in any language.
fn find_sheet(sheets: &[Sheet], kind: SheetKind) -> Option<&Sheet> {
    let names = sheet_names(kind);
    sheets.iter().find(|s| names.contains(&s.name.as_str()))
}

/// A sheet's table, its columns found by their headers in any language; a missing sheet or
/// column the import needs is a tool error.
fn table(sheets: &[Sheet], kind: SheetKind) -> anyhow::Result<Table<'_>> {
    let sheet = find_sheet(sheets, kind).ok_or_else(|| {
        anyhow::anyhow!(t!(
            "import-no-sheet",
            sheet = sheet_name(kind, i18n::current())
        ))
    })?;
    let mut columns = HashMap::new();
    for (col, cell) in sheet.rows.first().into_iter().flatten().enumerate() {
        let title = cell.text();
        if let Some(column) = kind
            .columns()
            .iter()
            .find(|c| headers(**c).contains(&title.trim()))
        {
            columns.entry(*column).or_insert(col);
        }
    }
    for column in kind.columns() {
        // The items sheet's derived columns are never read; every column of the other
        // sheets is part of its rows' hashes.
        let needed = kind != SheetKind::Items || column.role() != Role::Derived;
        if needed && !columns.contains_key(column) {
            anyhow::bail!(t!(
                "import-no-column",
                sheet = sheet.name.as_str(),
                column = header(*column, i18n::current())
            ));
        }
    }
    Ok(Table { sheet, columns })
}

/// The keys the export listed for each sheet, from the hidden manifest sheet.
fn manifest(sheets: &[Sheet]) -> anyhow::Result<Vec<(SheetKind, String)>> {
    let sheet = find_sheet(sheets, SheetKind::Manifest)
        .filter(|s| s.cell(0, 0).text() == MANIFEST_MARK)
        .ok_or_else(|| anyhow::anyhow!(t!("import-not-ours")))?;
    let version = sheet.cell(0, 1).text();
    if version != FORMAT_VERSION {
        anyhow::bail!(t!(
            "import-old-format",
            version = version,
            current = FORMAT_VERSION
        ));
    }
    Ok((1..sheet.rows.len())
        .filter_map(|r| {
            let kind = SheetKind::ALL
                .iter()
                .find(|k| k.key() == sheet.cell(r, 0).text())?;
            Some((*kind, sheet.cell(r, 1).text()))
        })
        .collect())
}

/// Reads the workbook's items, updates and links sheets against the repository.
pub(crate) fn read(sheets: &[Sheet], repo: &Repository, force: bool) -> anyhow::Result<ChangeSet> {
    let manifest = manifest(sheets)?;
    let mut out = ChangeSet::default();
    let mut seen: BTreeSet<(SheetKind, String)> = BTreeSet::new();
    let items = table(sheets, SheetKind::Items)?;
    let updates = table(sheets, SheetKind::Updates)?;
    let links = table(sheets, SheetKind::Links)?;
    out.updates_sheet = Some(updates.sheet.name.clone());
    for t in [&items, &updates, &links] {
        formulas(t, &mut out.findings);
    }
    let exported: BTreeSet<&str> = manifest
        .iter()
        .filter(|(kind, _)| *kind == SheetKind::Items)
        .map(|(_, entry)| entry.as_str())
        .collect();
    for row in items.rows() {
        if let Some((ix, key)) = item_row(&items, row, repo, force, &mut out, &mut seen, &exported)
        {
            let item = (repo, ix);
            read_only_cells(
                &items,
                row,
                item,
                &key,
                &updates.sheet.name,
                &mut out.findings,
            );
        }
    }
    for (table, kind) in [(&updates, SheetKind::Updates), (&links, SheetKind::Links)] {
        for row in table.rows() {
            entry_row(table, kind, row, repo, force, &mut out, &mut seen);
        }
    }
    for (ix, edits) in &mut out.items {
        status_follows_updates(&repo.items[*ix], edits);
    }
    for (kind, entry) in &manifest {
        if !seen.contains(&(*kind, entry.clone())) {
            let sheet = find_sheet(sheets, *kind).map_or("", |s| s.name.as_str());
            let id = entry.split(' ').nth(1).unwrap_or_default();
            out.findings.push(row_deleted(*kind, id, sheet));
        }
    }
    Ok(out)
}

/// New update rows write the `status` field too where `plan update` would: when the latest
/// of them steps back behind the field (`Item::status_field_with`). A status cell the row
/// of the item sets is left to say what it wants.
fn status_follows_updates(item: &Item, edits: &mut ItemEdits) {
    if edits.fields.iter().any(|f| f.field == "status") {
        return;
    }
    let added: Vec<(Date, Status, &CellRef)> = edits
        .updates
        .iter()
        .filter_map(|update| {
            let Entry::Map(entries, _) = update else {
                return None;
            };
            let (status, cell) = entries.iter().find_map(|(key, value)| match value {
                Entry::Scalar(code, cell) if *key == "status" => Some((Status::parse(code)?, cell)),
                _ => None,
            })?;
            Some((update.date()?, status, cell))
        })
        .collect();
    let Some(status) = item.status_field_with(added.iter().map(|(d, s, _)| (*d, *s))) else {
        return;
    };
    // Located at the status cell of the row that decides it.
    if let Some((_, _, cell)) = added.iter().find(|(_, s, _)| *s == status) {
        edits.fields.push(FieldEdit {
            field: "status",
            value: Entry::Scalar(status.as_str().to_string(), (*cell).clone()),
            status_cell: None,
        });
    }
}

/// A row of `id` in the sheet (or CSV file) named `sheet` that the export wrote and the
/// file no longer has: the data keeps what the row said.
pub(super) fn row_deleted(kind: SheetKind, id: &str, sheet: &str) -> Finding {
    Finding::sheet(
        Issue::RowDeleted,
        None,
        t!(
            "import-row-deleted",
            kind = kind.key(),
            id = id,
            sheet = sheet
        ),
    )
    .about(id)
    .help(t!("import-row-deleted-help", kind = kind.key()))
}

/// Every cell of the sheet that holds a formula: the import reads values, never formulas.
pub(super) fn formulas(table: &Table, out: &mut Vec<Finding>) {
    for (row, cells) in table.sheet.rows.iter().enumerate() {
        for (col, cell) in cells.iter().enumerate() {
            if let Some(formula) = &cell.formula {
                let cell = CellRef {
                    sheet: table.sheet.name.clone(),
                    row,
                    col,
                };
                out.push(
                    Finding::sheet(
                        Issue::Formula,
                        Some(cell),
                        t!("import-formula", formula = format!("={formula}")),
                    )
                    .help(t!("import-formula-help")),
                );
            }
        }
    }
}

/// One row of the items sheet: the cells changed since the export, as edits of the item;
/// the key of an exported row whose item the repository has.
fn item_row(
    t: &Table,
    row: usize,
    repo: &Repository,
    force: bool,
    out: &mut ChangeSet,
    seen: &mut BTreeSet<(SheetKind, String)>,
    exported: &BTreeSet<&str>,
) -> Option<(ItemIx, RowKey)> {
    let key_text = t.text(row, Column::Key);
    let shown_id = t.text(row, Column::Id);
    let Some(key) = RowKey::parse(SheetKind::Items, &key_text) else {
        if let Some(finding) = already_created(t, row, repo, exported) {
            out.findings.push(finding);
        } else {
            new_row(t, row, key_text.is_empty(), out);
        }
        return None;
    };
    if !seen.insert((SheetKind::Items, key.manifest_entry())) {
        out.findings.push(
            Finding::sheet(
                Issue::KeyChanged,
                Some(t.cell(row, Column::Id)),
                t!("import-copied-row", id = key.id.as_str()),
            )
            .about(&key.id)
            .help(t!("import-copied-row-help")),
        );
        return None;
    }
    if shown_id != key.id || t.text(row, Column::Programme) != key.programme {
        out.findings.push(
            Finding::sheet(
                Issue::KeyChanged,
                Some(t.cell(row, Column::Id)),
                t!("import-id-changed", id = key.id.as_str(), shown = shown_id),
            )
            .about(&key.id)
            .help(t!("import-id-changed-help")),
        );
        return None;
    }
    let Some(ix) = repo.item(&key.programme, &key.id) else {
        out.findings.push(
            Finding::sheet(
                Issue::UnknownItem,
                Some(t.cell(row, Column::Id)),
                t!(
                    "import-item-gone",
                    id = key.id.as_str(),
                    programme = key.programme.as_str()
                ),
            )
            .about(&key.id),
        );
        return None;
    };
    fingerprinted_row(t, row, repo, ix, &key, force, out);
    Some((ix, key))
}

/// An item's row with the hashes its export gave it: the cells changed since, as edits of
/// the item, unless the item changed in the repository too (a conflict) and `force` is not
/// given.
pub(super) fn fingerprinted_row(
    t: &Table,
    row: usize,
    repo: &Repository,
    ix: ItemIx,
    key: &RowKey,
    force: bool,
    out: &mut ChangeSet,
) {
    let (edited, repo_changed) = changed_cells(t, row, repo, ix, key);
    if edited.is_empty() {
        return;
    }
    if repo_changed && !force {
        out.findings.push(
            Finding::sheet(
                Issue::Conflict,
                Some(t.cell(row, edited[0].0)),
                t!("import-conflict", id = key.id.as_str()),
            )
            .about(&key.id)
            .help(t!("import-conflict-help")),
        );
        return;
    }
    take_edits(t, row, repo, ix, &key.id, edited, out);
}

/// The cells of an item's row whose value differs from the export and from the
/// repository, with their values; and whether the item changed in the repository since.
/// Columns the table lacks (a CSV file has no period) are not compared, but a change to
/// them in the repository still counts.
fn changed_cells(
    t: &Table,
    row: usize,
    repo: &Repository,
    ix: ItemIx,
    key: &RowKey,
) -> (Vec<(Column, String)>, bool) {
    let mut edited = Vec::new();
    let mut repo_changed = false;
    for (column, exported) in fingerprinted().zip(&key.hashes) {
        let sheet_value = sheet_value(t, row, column);
        let repo_value = item_cell(repo, ix, column).canonical();
        repo_changed |= short_hash(&repo_value) != *exported;
        if t.columns.contains_key(&column)
            && short_hash(&sheet_value) != *exported
            && sheet_value != repo_value
        {
            edited.push((column, sheet_value));
        }
    }
    (edited, repo_changed)
}

/// A warning for each read-only cell of an item's row (names shown beside ids, the latest
/// update) that no longer shows what the export wrote (`key`'s hashes): its value is never
/// read, so the change would be lost without a word. A change in the repository since the
/// export is no change in the sheet, nor are names that match the ids the row now gives.
/// `updates_sheet` names the workbook's updates sheet.
fn read_only_cells(
    t: &Table,
    row: usize,
    (repo, ix): (&Repository, ItemIx),
    key: &RowKey,
    updates_sheet: &str,
    out: &mut Vec<Finding>,
) {
    let shown_header = |col: usize| t.sheet.cell(0, col).text();
    for (column, exported) in shown_columns().zip(&key.shown) {
        let Some(col) = t.col(column) else {
            continue;
        };
        let shown = t.text(row, column);
        if shown_hash(&shown) == *exported || names_the_row_ids(t, row, repo, ix, column, &shown) {
            continue;
        }
        let (edit, target) = match names_of(column) {
            Some(ids) => (
                "column",
                t.col(ids)
                    .map_or_else(|| header(ids, i18n::current()).to_string(), shown_header),
            ),
            None => ("sheet", updates_sheet.to_string()),
        };
        out.push(read_only(
            t.cell(row, column),
            &shown_header(col),
            edit,
            &target,
            &key.id,
        ));
    }
}

/// Whether a names cell shows the names of the ids in its row, as the export would write
/// them for the ids the planner gave there.
fn names_the_row_ids(
    t: &Table,
    row: usize,
    repo: &Repository,
    ix: ItemIx,
    column: Column,
    shown: &str,
) -> bool {
    let Some(ids) = names_of(column) else {
        return false;
    };
    let names: Vec<String> = list_members(&t.text(row, ids))
        .iter()
        .map(|id| shown_name(repo, ix, column, id))
        .collect();
    list_members(shown) == names
}

/// The name a read-only column shows for one id.
fn shown_name(repo: &Repository, ix: ItemIx, column: Column, id: &str) -> String {
    match column {
        Column::ThemeName => repo
            .programme_of(&repo.items[ix])
            .and_then(|p| p.theme(id))
            .map(|t| t.name.clone())
            .unwrap_or_default(),
        Column::RegionNames => repo.region_name(id).to_string(),
        Column::MunicipalityNames => repo.municipality_name(id).to_string(),
        _ => repo.body_name(id).to_string(),
    }
}

/// The column of the ids a column of names is shown for; `None` for the latest update.
fn names_of(column: Column) -> Option<Column> {
    match column {
        Column::ThemeName => Some(Column::Theme),
        Column::ResponsibleNames => Some(Column::Responsible),
        Column::PartnerNames => Some(Column::Partners),
        Column::RegionNames => Some(Column::Regions),
        Column::MunicipalityNames => Some(Column::Municipalities),
        _ => None,
    }
}

/// The warning for a changed read-only cell of the column headed `column` in the row of
/// `id`: what to do instead is `edit` (a key of `import-read-only`), `target` what it names.
pub(super) fn read_only(at: CellRef, column: &str, edit: &str, target: &str, id: &str) -> Finding {
    Finding::sheet(
        Issue::NotImported,
        Some(at),
        t!(
            "import-read-only",
            column = column,
            edit = edit,
            target = target
        ),
    )
    .about(id)
}

/// A row without plan's key: a new item, whose id the check gives it.
fn new_row(t: &Table, row: usize, keyless: bool, out: &mut ChangeSet) {
    let id = t.text(row, Column::Id);
    if !keyless || !id.is_empty() {
        let message = if keyless {
            t!("import-new-row-id", id = id.as_str())
        } else {
            t!("import-key-changed")
        };
        out.findings.push(
            Finding::sheet(Issue::KeyChanged, Some(t.cell(row, Column::Id)), message)
                .about(&id)
                .help(t!("import-new-row-help")),
        );
        return;
    }
    let fields = fingerprinted()
        .filter(|c| c.role() == Role::Edited)
        .map(|c| (c, sheet_value(t, row, c)))
        .filter(|(_, value)| !value.is_empty())
        .map(|(c, value)| field_edit(t, row, c, value))
        .fold(Vec::<FieldEdit>::new(), |mut fields, edit| {
            if !fields.iter().any(|f| f.field == edit.field) {
                fields.push(edit);
            }
            fields
        });
    out.new_items.push(NewItem {
        programme: Entry::Scalar(
            t.text(row, Column::Programme),
            t.cell(row, Column::Programme),
        ),
        row: t.cell(row, Column::Id),
        fields,
        cells: [Column::Theme, Column::Level, Column::Title]
            .into_iter()
            .map(|c| (c, t.cell(row, c)))
            .collect(),
    });
}

/// The changed cells of an item's row as edits of the item; emptied cells and columns not
/// read back are reported instead, and cells holding formulas left to [`formulas`].
pub(super) fn take_edits(
    t: &Table,
    row: usize,
    repo: &Repository,
    ix: ItemIx,
    id: &str,
    edited: Vec<(Column, String)>,
    out: &mut ChangeSet,
) {
    let changed = |column| edited.iter().any(|(c, v)| *c == column && !v.is_empty());
    if changed(Column::Priority) && !changed(Column::PriorityText) {
        out.findings.push(priority_wording(t, row, id));
    }
    for (column, value) in edited {
        if t.has_formula(row, column) {
            continue;
        }
        let reason = if value.is_empty() && !column.is_list() {
            Ignored::Emptied
        } else if column == Column::Description
            && !fits_in_cell(repo.items[ix].description.as_deref().unwrap_or_default())
        {
            Ignored::TooLong
        } else {
            if column == Column::Responsible
                && value.is_empty()
                && !repo.items[ix].responsible.is_empty()
            {
                out.findings.push(none_responsible(t, row, id));
            }
            let edit = field_edit(t, row, column, value);
            let edits = out.edits(ix);
            edits.row = Some(t.cell(row, Column::Id));
            if !edits.fields.iter().any(|f| f.field == edit.field) {
                edits.fields.push(edit);
            }
            continue;
        };
        out.findings.push(not_imported(t, row, column, id, reason));
    }
}

/// The row empties the item's responsible bodies: worded as `plan set` warns of it, from
/// the same catalogue message.
fn none_responsible(t: &Table, row: usize, id: &str) -> Finding {
    Finding::sheet(
        Issue::NoResponsible,
        Some(t.cell(row, Column::Responsible)),
        t!("set-none-responsible", id = id),
    )
    .about(id)
}

/// Why a changed cell is not taken as an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ignored {
    /// An emptied cell: an empty cell does not remove a value.
    Emptied,
    /// An emptied cell of a link row: links are removed with `plan unlink`.
    EmptiedLink,
    /// A description longer than a cell holds, shown cut in the sheet.
    TooLong,
    /// A source with more than a title, which its cell shows only in part.
    RichSource,
    /// A column that shows an item's title for reading.
    Title,
}

impl Ignored {
    /// The reason's key in the catalogue's `import-not-imported` messages.
    fn key(self) -> &'static str {
        match self {
            Ignored::Emptied => "emptied",
            Ignored::EmptiedLink => "emptied-link",
            Ignored::TooLong => "too-long",
            Ignored::RichSource => "rich-source",
            Ignored::Title => "title",
        }
    }
}

/// The finding for a changed cell the import does not take, with what to do instead.
fn not_imported(t: &Table, row: usize, column: Column, id: &str, reason: Ignored) -> Finding {
    Finding::sheet(
        Issue::NotImported,
        Some(t.cell(row, column)),
        t!(
            "import-not-imported",
            reason = reason.key(),
            column = header(column, i18n::current())
        ),
    )
    .about(id)
    .help(t!(
        "import-not-imported-help",
        reason = reason.key(),
        id = id,
        field = set_field(column).unwrap_or("none")
    ))
}

/// The field `plan set` changes for an item column, where it has one (the theme is part of
/// the item's id, changed with `plan rename`).
fn set_field(column: Column) -> Option<&'static str> {
    Some(match column {
        Column::Level => "level",
        Column::Title => "title",
        Column::Status => "status",
        Column::Priority | Column::PriorityText => "priority",
        Column::Description => "description",
        Column::PeriodStart => "period.start",
        Column::PeriodEnd => "period.end",
        _ => return None,
    })
}

/// The priority's term changed but not its wording, which is the source's own and required:
/// plan cannot write a new one, and a wording that describes the old term must not stay
/// attached unnoticed, so the planner is asked to reword it.
fn priority_wording(t: &Table, row: usize, id: &str) -> Finding {
    Finding::sheet(
        Issue::PriorityWording,
        Some(t.cell(row, Column::PriorityText)),
        t!(
            "import-priority-wording",
            text = t.text(row, Column::PriorityText),
            term = t.text(row, Column::Priority)
        ),
    )
    .about(id)
    .help(t!(
        "import-priority-wording-help",
        column = header(Column::PriorityText, i18n::current())
    ))
}

/// A cell's value as the fingerprint saw it at export: list members joined by `; `, a
/// status, priority or level in any language as its code.
pub(super) fn sheet_value(t: &Table, row: usize, column: Column) -> String {
    let text = t.text(row, column);
    if column.is_list() {
        list_members(&text).join("; ")
    } else {
        as_code(column, &text)
    }
}

/// The field a changed column sets; `value` is not empty.
fn field_edit(t: &Table, row: usize, column: Column, value: String) -> FieldEdit {
    let cell = t.cell(row, column);
    let list = |to: fn(String, CellRef) -> Entry| {
        let members: Vec<Entry> = list_members(&value)
            .into_iter()
            .map(|m| to(m, cell.clone()))
            .collect();
        Entry::List(members, cell.clone())
    };
    let scalar = || Entry::Scalar(value.clone(), cell.clone());
    let (field, entry) = match column {
        Column::Theme => ("theme", scalar()),
        Column::Level => ("level", scalar()),
        Column::Title => ("title", Entry::Text(value.clone(), cell.clone())),
        Column::Status => ("status", scalar()),
        Column::Priority | Column::PriorityText => ("priority", priority(t, row)),
        Column::Responsible => ("responsible", list(Entry::Scalar)),
        Column::Partners => ("partners", list(Entry::Scalar)),
        Column::Regions => ("regions", list(Entry::Scalar)),
        Column::Municipalities => ("municipalities", list(Entry::Text)),
        Column::Documents => ("documents", list(Entry::Scalar)),
        Column::Description => ("description", Entry::Text(value.clone(), cell.clone())),
        Column::PeriodStart => ("period.start", Entry::Text(value.clone(), cell.clone())),
        Column::PeriodEnd => ("period.end", Entry::Text(value.clone(), cell.clone())),
        _ => unreachable!("only edited columns are read back"),
    };
    FieldEdit {
        field,
        status_cell: (column == Column::Status).then_some((value, cell)),
        value: entry,
    }
}

/// The priority from its two cells (one of them is not empty).
fn priority(t: &Table, row: usize) -> Entry {
    let term = sheet_value(t, row, Column::Priority);
    let text = t.text(row, Column::PriorityText);
    let term_cell = t.cell(row, Column::Priority);
    let mut entries = Vec::new();
    if !term.is_empty() {
        entries.push(("term", Entry::Scalar(term, term_cell.clone())));
    }
    if !text.is_empty() {
        entries.push(("text", Entry::Text(text, t.cell(row, Column::PriorityText))));
    }
    Entry::Map(entries, term_cell)
}

/// The values of an update or link row that its hash covers, in column order.
fn row_values(t: &Table, kind: SheetKind, row: usize) -> Vec<String> {
    kind.columns()
        .iter()
        .filter(|c| **c != Column::Key)
        .map(|c| sheet_value(t, row, *c))
        .collect()
}

/// One row of the updates or links sheet: an exported row must be as it was; a new row is a
/// new status update or link of the item it names.
fn entry_row(
    t: &Table,
    kind: SheetKind,
    row: usize,
    repo: &Repository,
    force: bool,
    out: &mut ChangeSet,
    seen: &mut BTreeSet<(SheetKind, String)>,
) {
    let key_text = t.text(row, Column::Key);
    if let Some(key) = RowKey::parse(kind, &key_text) {
        seen.insert((kind, key.manifest_entry()));
        if row_hash(&row_values(t, kind, row)) != key.hashes[0] {
            changed_entry(t, kind, row, repo, force, &key, out);
        }
        return;
    }
    let Some(ix) = row_item(t, row, repo, &mut out.findings) else {
        return;
    };
    let at = |column| t.cell(row, column);
    if kind == SheetKind::Links {
        let target = t.text(row, Column::LinkTo);
        let item = &repo.items[ix];
        if item.links.iter().any(|l| l.value == target) {
            out.findings
                .push(already_present(at(Column::LinkTo), &item.id.value, "link"));
            return;
        }
        let entry = Entry::Scalar(target, at(Column::LinkTo));
        out.edits(ix).links.push(entry);
        return;
    }
    if recorded_update(t, row, &repo.items[ix]) {
        let id = &repo.items[ix].id.value;
        out.findings
            .push(already_present(at(Column::Date), id, "update"));
        return;
    }
    let mut entries = vec![(
        "date",
        Entry::Text(t.text(row, Column::Date), at(Column::Date)),
    )];
    let status = sheet_value(t, row, Column::Status);
    if !status.is_empty() {
        out.findings
            .extend(superseded_status(t, row, &repo.items[ix], &status));
        entries.push(("status", Entry::Scalar(status, at(Column::Status))));
    }
    // An empty text is left out, so the update is reported as missing its text.
    let text = t.text(row, Column::Text);
    if !text.is_empty() {
        entries.push(("text", Entry::Text(text, at(Column::Text))));
    }
    let source = t.text(row, Column::Source);
    if !source.is_empty() {
        let title = Entry::Text(source, at(Column::Source));
        entries.push((
            "source",
            Entry::Map(vec![("title", title)], at(Column::Source)),
        ));
    }
    out.edits(ix)
        .updates
        .push(Entry::Map(entries, at(Column::Date)));
}

/// An exported update or link row changed in the sheet: each cell that differs from the
/// entry in the repository becomes an edit of that entry, unless the entry changed in the
/// repository since the export (a conflict) or the row now names another item.
fn changed_entry(
    t: &Table,
    kind: SheetKind,
    row: usize,
    repo: &Repository,
    force: bool,
    key: &RowKey,
    out: &mut ChangeSet,
) {
    let finding = |issue, message: String| {
        Finding::sheet(issue, Some(t.cell(row, Column::Id)), message).about(&key.id)
    };
    let id = key.id.as_str();
    let Some((ix, position, now)) = exported_entry(repo, kind, key) else {
        let message = t!("import-entry-gone", id = id);
        out.findings
            .push(finding(Issue::Conflict, message).help(t!("import-entry-gone-help")));
        return;
    };
    if row_hash(&now) != key.hashes[0] && !force {
        let message = t!("import-entry-conflict", id = id);
        out.findings
            .push(finding(Issue::Conflict, message).help(t!("import-conflict-help")));
        return;
    }
    let columns = kind.columns().iter().filter(|c| **c != Column::Key);
    let changed: Vec<(Column, String)> = columns
        .zip(row_values(t, kind, row).into_iter().zip(now))
        .filter(|(_, (sheet, repo))| sheet != repo)
        .map(|(column, (sheet, _))| (*column, sheet))
        .collect();
    if let Some((column, value)) = changed
        .iter()
        .find(|(c, _)| matches!(EntryCell::of(*c), EntryCell::Identity))
    {
        let message = t!("import-entry-moved", id = id, value = value.as_str());
        out.findings.push(
            Finding::sheet(Issue::KeyChanged, Some(t.cell(row, *column)), message)
                .about(id)
                .help(t!("import-entry-moved-help")),
        );
        return;
    }
    for (column, value) in changed {
        let at = t.cell(row, column);
        match entry_edit(kind, column, value, at, || {
            bare_source(&repo.items[ix].updates[position])
        }) {
            Ok((list, field, value)) => out.edits(ix).members.push(MemberEdit {
                list,
                position,
                field,
                value,
            }),
            Err(reason) => out.findings.push(not_imported(t, row, column, id, reason)),
        }
    }
}

/// The edit one changed cell of an update or link row makes (the list, the field, the new
/// value), or why it is not imported.
fn entry_edit(
    kind: SheetKind,
    column: Column,
    value: String,
    at: CellRef,
    bare_source: impl FnOnce() -> bool,
) -> Result<(&'static str, Option<&'static str>, Entry), Ignored> {
    match EntryCell::of(column) {
        _ if value.is_empty() => Err(match kind {
            SheetKind::Links => Ignored::EmptiedLink,
            _ => Ignored::Emptied,
        }),
        EntryCell::Field("source.title") if !bare_source() => Err(Ignored::RichSource),
        EntryCell::Field(field) => {
            let value = match field {
                "status" => Entry::Scalar(value, at),
                _ => Entry::Text(value, at),
            };
            Ok(("updates", Some(field), value))
        }
        EntryCell::Member => Ok(("links", None, Entry::Scalar(value, at))),
        EntryCell::Identity | EntryCell::Shown => Err(Ignored::Title),
    }
}

/// The exported entry a key names: its item, its place, and its row's values now.
fn exported_entry(
    repo: &Repository,
    kind: SheetKind,
    key: &RowKey,
) -> Option<(ItemIx, usize, Vec<String>)> {
    let ix = repo.item(&key.programme, &key.id)?;
    let position = key.position?;
    let item = &repo.items[ix];
    let cells = match kind {
        SheetKind::Updates if position < item.updates.len() => update_cells(repo, ix, position),
        SheetKind::Links if position < item.links.len() => link_cells(repo, ix, position),
        _ => return None,
    };
    let values = cells[..cells.len() - 1]
        .iter()
        .map(Cell::canonical)
        .collect();
    Some((ix, position, values))
}

/// Whether an update's source is a title alone, which the sheet's source cell shows whole.
fn bare_source(update: &crate::model::Update) -> bool {
    update.source.as_ref().is_none_or(|s| {
        s.publisher.is_none() && s.section.is_none() && s.date.is_none() && s.url.is_none()
    })
}

/// The item a new row names by its ID (and programme, where given).
fn row_item(t: &Table, row: usize, repo: &Repository, out: &mut Vec<Finding>) -> Option<ItemIx> {
    let id = t.text(row, Column::Id);
    let programme = t.text(row, Column::Programme);
    let wanted = if programme.is_empty() {
        id.clone()
    } else {
        format!("{programme}:{id}")
    };
    match resolve_item(repo, &wanted) {
        Ok(ix) => Some(ix),
        Err(unknown) => {
            let mut finding = Finding::sheet(
                Issue::UnknownItem,
                Some(t.cell(row, Column::Id)),
                t!("import-unknown-item", item = wanted.as_str()),
            )
            .about(&id);
            if let Some(s) = unknown.suggestion {
                finding = finding.help(t!("error-did-you-mean", suggestion = s));
            }
            out.push(finding);
            None
        }
    }
}

/// A new update row the item already has (same date, status and text): the workbook was
/// imported before, so it is not added again.
fn recorded_update(t: &Table, row: usize, item: &Item) -> bool {
    let (date, text) = (t.text(row, Column::Date), t.text(row, Column::Text));
    let status = sheet_value(t, row, Column::Status);
    item.updates.iter().any(|u| {
        u.date.value.to_string() == date
            && u.status.map_or("", Word::as_str) == status
            && canonical_text(&u.text) == text
    })
}

/// A new update row that sets a status, dated before the update that sets the item's status
/// now: it is written as history, and the item keeps the later update's status. Said, so no
/// one believes the status changed.
fn superseded_status(t: &Table, row: usize, item: &Item, status: &str) -> Option<Finding> {
    let date = Date::parse_typed(&t.text(row, Column::Date))?;
    let latest = crate::query::later_status_update(item, date)?;
    let language = i18n::current();
    let named = |s: crate::model::Status| crate::words::name(language, s);
    let given = crate::model::Status::parse(status).map_or_else(|| status.to_string(), named);
    Some(
        Finding::sheet(
            Issue::StatusSuperseded,
            Some(t.cell(row, Column::Status)),
            t!(
                "import-status-superseded",
                id = item.id.value.as_str(),
                date = date.to_string(),
                later = latest.date.value.to_string(),
                latest = latest.status.map(named).unwrap_or_default()
            ),
        )
        .about(&item.id.value)
        .help(t!(
            "import-status-superseded-help",
            later = latest.date.value.to_string(),
            status = given
        )),
    )
}

/// A new row the repository already holds, reported at its cell instead of added twice.
fn already_present(cell: CellRef, id: &str, kind: &str) -> Finding {
    let sheet = cell.sheet.clone();
    Finding::sheet(
        Issue::AlreadyPresent,
        Some(cell),
        t!("import-already-present", kind = kind, id = id),
    )
    .about(id)
    .help(t!("import-already-present-help", sheet = sheet))
}

/// A row without a key whose programme, theme and title are those of an item created since
/// the export (not in the workbook's manifest): the row was imported before.
fn already_created(
    t: &Table,
    row: usize,
    repo: &Repository,
    exported: &BTreeSet<&str>,
) -> Option<Finding> {
    let (programme, theme) = (t.text(row, Column::Programme), t.text(row, Column::Theme));
    let title = t.text(row, Column::Title);
    if !t.text(row, Column::Id).is_empty() || title.is_empty() {
        return None;
    }
    let item = repo.items.iter().find(|i| {
        i.programme.value == programme
            && i.theme.value == theme
            && canonical_text(&i.title) == title
            && !exported.contains(format!("{} {}", i.programme.value, i.id.value).as_str())
    })?;
    Some(already_present(
        t.cell(row, Column::Id),
        &item.id.value,
        "item",
    ))
}
