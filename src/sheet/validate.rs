//! Checking a workbook's change set exactly as `plan validate` checks files: each edited
//! item is rebuilt as the YAML tree its file would hold, with the changed values placed at
//! positions that stand for their cells, decoded by the loader and checked with the whole
//! repository. Findings the repository did not have before are reported at the cell whose
//! value caused them.

use std::collections::HashSet;

use crate::config::Config;
use crate::diagnostic::{Code, Diagnostic};
use crate::edit::update_place;
use crate::format;
use crate::index::{ItemIx, Repository};
use crate::load::Loaded;
use crate::load::decode::{Decoder, Prose};
use crate::model::{Programme, Status, Word};
use crate::query;
use crate::sheet::Column;
use crate::sheet::finding::{CellRef, Finding, FindingCode, Issue};
use crate::sheet::import::{ChangeSet, Entry, ItemEdits, NewItem};
use crate::sheet::words::header;
use crate::words::name;
use crate::yaml::{self, Node, Pos, Value};
use crate::{i18n, t};

/// Positions from here up stand for cells; no file has a billion lines (files over 8 MiB
/// are not read), so they never meet a position in a file.
const CELL_LINES: u32 = 1 << 30;

/// The cells given stand-in positions, to find a finding's cell again.
#[derive(Default)]
struct Cells(Vec<CellRef>);

impl Cells {
    #[allow(clippy::cast_possible_truncation)] // one position per changed cell of a workbook of bounded size
    fn pos(&mut self, cell: &CellRef) -> Pos {
        self.0.push(cell.clone());
        Pos {
            line: CELL_LINES + (self.0.len() - 1) as u32,
            column: 1,
        }
    }

    fn cell(&self, pos: Pos) -> Option<&CellRef> {
        pos.line
            .checked_sub(CELL_LINES)
            .and_then(|n| self.0.get(n as usize))
    }
}

fn scalar(text: &str, plain: bool, pos: Pos) -> Node {
    Node {
        value: Value::Scalar {
            text: text.to_string(),
            plain,
        },
        pos,
    }
}

fn node(entry: &Entry, cells: &mut Cells) -> Node {
    let pos = cells.pos(entry.cell());
    match entry {
        Entry::Scalar(text, _) => scalar(text, true, pos),
        Entry::Text(text, _) => scalar(text, false, pos),
        Entry::List(members, _) => Node {
            value: Value::Seq(members.iter().map(|m| node(m, cells)).collect()),
            pos,
        },
        Entry::Map(entries, _) => Node {
            value: Value::Map(
                entries
                    .iter()
                    .map(|(key, value)| (scalar(key, true, pos), node(value, cells)))
                    .collect(),
            ),
            pos,
        },
    }
}

/// The item's file as a tree with the edits made in it.
fn edited_tree(text: &str, edits: &ItemEdits, cells: &mut Cells) -> Option<Node> {
    let root = yaml::parse(text).root?;
    let Value::Map(mut entries) = root.value else {
        return None;
    };
    for edit in &edits.fields {
        set_path(&mut entries, edit.field, node(&edit.value, cells));
    }
    for member in &edits.members {
        let value = node(&member.value, cells);
        let Some(Value::Seq(list)) = find(&entries, member.list).map(|at| &mut entries[at].1.value)
        else {
            continue;
        };
        match (list.get_mut(member.position), member.field) {
            (Some(slot), None) => *slot = value,
            (
                Some(Node {
                    value: Value::Map(fields),
                    ..
                }),
                Some(field),
            ) => {
                set_path(fields, field, value);
            }
            _ => {}
        }
    }
    for (field, added) in [("updates", &edits.updates), ("links", &edits.links)] {
        if added.is_empty() {
            continue;
        }
        let new: Vec<Node> = added.iter().map(|e| node(e, cells)).collect();
        match find(&entries, field) {
            Some(at) => {
                if !matches!(entries[at].1.value, Value::Seq(_)) {
                    entries[at].1.value = Value::Seq(Vec::new());
                }
                for (entry, member) in added.iter().zip(new) {
                    // Updates at their date, as the import writes them.
                    let place = entry
                        .date()
                        .map_or(usize::MAX, |date| update_place(Some(&entries[at].1), &date));
                    if let Value::Seq(members) = &mut entries[at].1.value {
                        members.insert(place.min(members.len()), member);
                    }
                }
            }
            None => {
                let pos = new[0].pos;
                entries.push((
                    scalar(field, true, pos),
                    Node {
                        value: Value::Seq(new),
                        pos,
                    },
                ));
            }
        }
    }
    Some(Node {
        value: Value::Map(entries),
        pos: root.pos,
    })
}

fn find(entries: &[(Node, Node)], key: &str) -> Option<usize> {
    entries
        .iter()
        .position(|(k, _)| matches!(&k.value, Value::Scalar { text, .. } if text == key))
}

/// Sets the field `path` names (`period.start`: `start` of the mapping `period`), making
/// the mapping where there is none.
fn set_path(entries: &mut Vec<(Node, Node)>, path: &str, value: Node) {
    let (key, rest) = match path.split_once('.') {
        Some((key, rest)) => (key, Some(rest)),
        None => (path, None),
    };
    let at = find(entries, key).unwrap_or_else(|| {
        let empty = Node {
            value: Value::Map(Vec::new()),
            pos: value.pos,
        };
        entries.push((scalar(key, true, value.pos), empty));
        entries.len() - 1
    });
    let slot = &mut entries[at].1;
    match rest {
        None => *slot = value,
        Some(rest) => {
            if !matches!(slot.value, Value::Map(_)) {
                slot.value = Value::Map(Vec::new());
            }
            if let Value::Map(inner) = &mut slot.value {
                set_path(inner, rest, value);
            }
        }
    }
}

/// The repository as the change set would leave it, and the findings checking it adds.
pub(crate) struct Checked {
    pub(crate) repo: Repository,
    pub(crate) findings: Vec<Finding>,
    /// The new items' files: the path as shown, and the fields in the order they are written.
    pub(crate) new_files: Vec<NewFile>,
}

/// A new item's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NewFile {
    pub(crate) path: String,
    pub(crate) fields: Vec<(&'static str, Entry)>,
}

/// What rebuilding the edited and new items finds: the decoder's findings, the workbook's
/// own, and the rows the items were read from.
#[derive(Default)]
struct Found {
    decoded: Vec<Diagnostic>,
    findings: Vec<Finding>,
    rows: Vec<Row>,
}

/// Where findings about a file go when they have no cell of their own: the item's row.
struct Row {
    path: String,
    id: String,
    cell: CellRef,
}

/// Gives each new row the next free id of its programme and theme, and places it in the
/// loaded entities as its file would be read.
fn new_items(
    changes: &ChangeSet,
    repo: &Repository,
    cells: &mut Cells,
    loaded: &mut Loaded,
    out: &mut Found,
) -> Vec<NewFile> {
    let mut files = Vec::new();
    for new in &changes.new_items {
        let Some(programme) = programme(&new.programme, repo, &mut out.findings) else {
            continue;
        };
        let missing = missing_cells(new, programme);
        if !missing.is_empty() {
            out.findings.extend(missing);
            continue;
        }
        let folder = programme
            .path
            .rsplit_once('/')
            .map_or(String::new(), |(folder, _)| format!("{folder}/items"));
        let taken: Vec<&str> = files.iter().map(|f: &NewFile| f.path.as_str()).collect();
        let id = query::next_item_id(
            repo,
            programme,
            new.text("theme"),
            new.text("title"),
            |id| {
                let path = format!("{folder}/{id}.yaml");
                !taken.contains(&path.as_str()) && !repo.files.iter().any(|f| f.path == path)
            },
        );
        let path = format!("{folder}/{id}.yaml");
        let fields = new_fields(new, programme, &id);
        let tree = Node {
            value: Value::Map(
                fields
                    .iter()
                    .map(|(key, value)| {
                        let value = node(value, cells);
                        (scalar(key, true, value.pos), value)
                    })
                    .collect(),
            ),
            pos: cells.pos(&new.row),
        };
        let mut decoder = Decoder {
            path: &path,
            diagnostics: &mut out.decoded,
            prose: Prose::Keep,
        };
        if let Some(item) = decoder.item(&tree) {
            loaded.entities.items.push(item);
        }
        out.rows.push(Row {
            path: path.clone(),
            id,
            cell: new.row.clone(),
        });
        files.push(NewFile { path, fields });
    }
    files
}

/// The required cells a new row leaves empty: the theme and title, and the level where the
/// programme has levels; each named by its column, with the words its drop-down offers.
fn missing_cells(new: &NewItem, programme: &Programme) -> Vec<Finding> {
    let language = i18n::current();
    let needed: &[(Column, &str)] = if programme.levels.is_empty() {
        &[(Column::Theme, "theme"), (Column::Title, "title")]
    } else {
        &[
            (Column::Theme, "theme"),
            (Column::Level, "level"),
            (Column::Title, "title"),
        ]
    };
    let choices = |column: Column| -> Vec<String> {
        match column {
            Column::Theme => programme.themes.iter().map(|t| t.code.clone()).collect(),
            Column::Level => programme
                .levels
                .iter()
                .map(|l| name(language, l.id))
                .collect(),
            _ => Vec::new(),
        }
    };
    needed
        .iter()
        .filter(|(_, field)| new.text(field).is_empty())
        .filter_map(|(column, _)| {
            let (_, cell) = new.cells.iter().find(|(c, _)| c == column)?;
            let values = choices(*column);
            let help = match values.is_empty() {
                true => t!("import-new-row-fill"),
                false => t!("import-new-row-choose", values = values.join(", ")),
            };
            let finding = Finding::sheet(
                Issue::NewRowIncomplete,
                Some(cell.clone()),
                t!(
                    "import-new-row-missing",
                    column = header(*column, language),
                    programme = programme.id.as_str()
                ),
            );
            Some(finding.help(help))
        })
        .collect()
}

/// The programme a new row names, or a finding with the closest one.
fn programme<'a>(
    named: &Entry,
    repo: &'a Repository,
    out: &mut Vec<Finding>,
) -> Option<&'a Programme> {
    let Entry::Scalar(id, cell) = named else {
        return None;
    };
    if let Some(programme) = repo.programmes.get(id) {
        return Some(programme);
    }
    if id.is_empty() {
        let ids: Vec<&str> = repo.programmes.keys().map(String::as_str).collect();
        let column = header(Column::Programme, i18n::current());
        out.push(
            Finding::sheet(
                Issue::NewRowIncomplete,
                Some(cell.clone()),
                t!("import-new-row-no-programme", column = column),
            )
            .help(t!("import-new-row-choose", values = ids.join(", "))),
        );
        return None;
    }
    let mut finding = Finding::sheet(
        Issue::UnknownProgramme,
        Some(cell.clone()),
        t!("import-unknown-programme", id = id.as_str()),
    );
    finding.help = query::resolve_programme(repo, id)
        .map(|p| t!("import-programme-id", id = p))
        .or_else(|unknown| {
            unknown
                .suggestion
                .map(|s| t!("error-did-you-mean", suggestion = s))
                .ok_or(())
        })
        .ok();
    out.push(finding);
    None
}

/// A new item's fields in the order of the format: the id and programme, what the row
/// gives, and as `plan new` does, the programme's owner as responsible when the row gives
/// none and no sources.
fn new_fields(new: &NewItem, programme: &Programme, id: &str) -> Vec<(&'static str, Entry)> {
    let row = &new.row;
    let mut fields: Vec<(&'static str, Entry)> = vec![
        ("id", Entry::Scalar(id.to_string(), row.clone())),
        ("programme", new.programme.clone()),
    ];
    for edit in &new.fields {
        match edit.field.split_once('.') {
            None => fields.push((edit.field, edit.value.clone())),
            Some((outer, inner)) => nested(&mut fields, outer, inner, &edit.value),
        }
    }
    if !fields.iter().any(|(name, _)| *name == "responsible") {
        let owner = Entry::Scalar(programme.owner.value.clone(), row.clone());
        fields.push(("responsible", Entry::List(vec![owner], row.clone())));
    }
    // As `plan new` does: a new item is published nowhere yet.
    fields.push(("sources", Entry::List(Vec::new(), row.clone())));
    let order = |name: &str| format::ITEM.iter().position(|f| f.name == name);
    fields.sort_by_key(|(name, _)| order(name));
    fields
}

/// Puts `value` as field `inner` of the mapping field `outer`, made if missing.
fn nested(
    fields: &mut Vec<(&'static str, Entry)>,
    outer: &'static str,
    inner: &'static str,
    value: &Entry,
) {
    let at = fields.iter().position(|(name, _)| *name == outer);
    let at = at.unwrap_or_else(|| {
        fields.push((outer, Entry::Map(Vec::new(), value.cell().clone())));
        fields.len() - 1
    });
    if let Entry::Map(entries, _) = &mut fields[at].1 {
        entries.push((inner, value.clone()));
    }
}

/// Applies the change set to a second load of the repository and checks the result.
pub(crate) fn check(
    changes: &ChangeSet,
    repo: &Repository,
    baseline: &[Diagnostic],
    mut loaded: Loaded,
    config: &Config,
) -> Checked {
    let mut cells = Cells::default();
    let mut found = Found::default();
    for (ix, edits) in &changes.items {
        let item = &repo.items[*ix];
        if let Some(row) = &edits.row {
            found.rows.push(Row {
                path: item.path.clone(),
                id: item.id.value.clone(),
                cell: row.clone(),
            });
        }
        let Some(tree) = repo
            .file_text(&item.path)
            .and_then(|text| edited_tree(&text, edits, &mut cells))
        else {
            continue;
        };
        let mut decoder = Decoder {
            path: &item.path,
            diagnostics: &mut found.decoded,
            prose: Prose::Keep,
        };
        if let Some(new) = decoder.item(&tree)
            && let Some(slot) = loaded
                .entities
                .items
                .iter_mut()
                .find(|i| i.path == item.path)
        {
            *slot = new;
        }
    }
    let new_files = new_items(changes, repo, &mut cells, &mut loaded, &mut found);
    let Found {
        decoded,
        mut findings,
        rows,
    } = found;
    loaded.diagnostics.extend(decoded);
    let (edited, built) = Repository::build(loaded);
    let known: HashSet<(String, &str, &str)> = baseline
        .iter()
        .map(|d| (d.code.to_string(), d.path.as_str(), d.message.as_str()))
        .collect();
    findings.extend(
        config
            .findings(&edited, built)
            .into_iter()
            .filter(|d| !known.contains(&(d.code.to_string(), d.path.as_str(), d.message.as_str())))
            .filter(|d| !missing_in_new_row(d, &new_files, &cells))
            .map(|d| located(d, &cells, &rows, changes.updates_sheet.as_deref())),
    );
    findings.extend(status_findings(changes, repo, &edited));
    Checked {
        repo: edited,
        findings,
        new_files,
    }
}

/// A field missing from a new row's item, found at the row itself: the cells a new item
/// needs were checked before ([`missing_cells`]), so this follows from a value in them
/// that was refused (a level not offered), which is reported at its cell.
fn missing_in_new_row(d: &Diagnostic, new_files: &[NewFile], cells: &Cells) -> bool {
    let at = Pos {
        line: d.line,
        column: d.column,
    };
    d.code == Code::MissingField
        && new_files.iter().any(|f| {
            f.path == d.path
                && f.fields
                    .first()
                    .is_some_and(|(_, id)| Some(id.cell()) == cells.cell(at))
        })
}

/// A finding placed at the cell that caused it, or at its item's row; failing both, its
/// message names the file.
fn located(d: Diagnostic, cells: &Cells, rows: &[Row], updates_sheet: Option<&str>) -> Finding {
    let row = rows.iter().find(|r| r.path == d.path);
    let cell = cells
        .cell(Pos {
            line: d.line,
            column: d.column,
        })
        .or(row.map(|r| &r.cell))
        .cloned();
    let message = match cell {
        Some(_) => d.message,
        None => t!(
            "import-in-file",
            message = d.message,
            path = d.path.as_str()
        ),
    };
    let help = match (&cell, d.code) {
        (Some(_), Code::StatusMismatch) => Some(match updates_sheet {
            Some(sheet) => t!("import-status-mismatch-help", sheet = sheet),
            None => t!(
                "import-csv-status-mismatch-help",
                id = row.map_or("ID", |r| r.id.as_str())
            ),
        }),
        _ => d.help,
    };
    Finding {
        code: FindingCode::Check(d.code),
        severity: d.severity,
        cell,
        item: row.map(|r| r.id.clone()),
        message,
        help,
    }
}

/// A status set in a cell must be the item's status afterwards: where the item's status
/// updates decide it, a new update row has to say so.
fn status_findings<'a>(
    changes: &'a ChangeSet,
    repo: &'a Repository,
    edited: &'a Repository,
) -> impl Iterator<Item = Finding> + 'a {
    changes.items.iter().flat_map(move |(ix, edits)| {
        let item = &repo.items[*ix];
        let after: Option<ItemIx> = edited.item(&item.programme.value, &item.id.value);
        let now = after.and_then(|ix| edited.items[ix].current_status());
        edits.fields.iter().filter_map(move |f| {
            let (wanted, cell) = f.status_cell.as_ref()?;
            // A word that is no status is reported as an invalid value, with its likely
            // meaning: nothing an update could say.
            let wanted = Status::parse(wanted)?;
            let latest = edited.items[after?].latest_update_status()?;
            (now != Some(wanted)).then(|| {
                let language = i18n::current();
                let id = item.id.value.as_str();
                let status = name(language, wanted);
                let help = match &changes.updates_sheet {
                    Some(sheet) => t!(
                        "import-status-from-updates-help",
                        sheet = sheet.as_str(),
                        status = status
                    ),
                    None => t!(
                        "import-csv-status-from-updates-help",
                        id = id,
                        status = status
                    ),
                };
                Finding::sheet(
                    Issue::StatusFromUpdates,
                    Some(cell.clone()),
                    t!(
                        "import-status-from-updates",
                        id = id,
                        latest = name(language, latest)
                    ),
                )
                .about(id)
                .help(help)
            })
        })
    })
}
