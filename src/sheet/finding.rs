//! Problems found in a workbook, each at its cell (`Tiltak!G12`) with the row's item: the
//! findings of `plan validate`, and those only a workbook can have (a formula, a conflict, a
//! deleted row).

use std::fmt;

use crate::diagnostic::{Code, Severity};

/// A cell of the workbook, shown `Tiltak!G12`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct CellRef {
    pub(crate) sheet: String,
    /// From 0; shown from 1.
    pub(crate) row: usize,
    /// From 0; shown as letters.
    pub(crate) col: usize,
}

impl fmt::Display for CellRef {
    #[allow(clippy::cast_possible_truncation)] // the remainder is below 26
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut letters = Vec::new();
        let mut n = self.col + 1;
        while n > 0 {
            letters.push(char::from(b'A' + ((n - 1) % 26) as u8));
            n = (n - 1) / 26;
        }
        let letters: String = letters.iter().rev().collect();
        write!(f, "{}!{letters}{}", self.sheet, self.row + 1)
    }
}

/// What can be wrong with a workbook beyond what `plan validate` checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Issue {
    /// A cell holds a formula; plan reads values only.
    Formula,
    /// The row changed in the sheet and its item in the repository since the export.
    Conflict,
    /// An exported row is gone from the sheet.
    RowDeleted,
    /// A change in a column or row the import does not read back.
    NotImported,
    /// A row names an item the repository does not have.
    UnknownItem,
    /// A row's id or programme was changed.
    KeyChanged,
    /// The status set in a cell is not what the item's status updates say.
    StatusFromUpdates,
    /// A new row names a programme the repository does not have.
    UnknownProgramme,
    /// A CSV file without the column of hashes: conflicts cannot be told.
    NoKey,
    /// A new row is already in the repository (the workbook was imported before).
    AlreadyPresent,
    /// The priority's term changed but its wording, which describes the old one, did not.
    PriorityWording,
    /// A new update sets a status, but a later update sets the status the item keeps.
    StatusSuperseded,
    /// A new row leaves a cell empty that a new item of its programme needs.
    NewRowIncomplete,
    /// The row empties the item's responsible bodies: allowed, but easily a slip.
    NoResponsible,
}

impl Issue {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Issue::Formula => "formula",
            Issue::Conflict => "conflict",
            Issue::RowDeleted => "row-deleted",
            Issue::NotImported => "not-imported",
            Issue::UnknownItem => "unknown-item",
            Issue::KeyChanged => "key-changed",
            Issue::StatusFromUpdates => "status-from-updates",
            Issue::UnknownProgramme => "unknown-programme",
            Issue::NoKey => "no-key",
            Issue::AlreadyPresent => "already-present",
            Issue::PriorityWording => "priority-wording",
            Issue::StatusSuperseded => "status-superseded",
            Issue::NewRowIncomplete => "new-row-incomplete",
            Issue::NoResponsible => "no-responsible",
        }
    }

    fn severity(self) -> Severity {
        match self {
            Issue::Formula
            | Issue::UnknownItem
            | Issue::KeyChanged
            | Issue::StatusFromUpdates
            | Issue::UnknownProgramme
            | Issue::NewRowIncomplete => Severity::Error,
            Issue::Conflict
            | Issue::RowDeleted
            | Issue::NotImported
            | Issue::NoKey
            | Issue::AlreadyPresent
            | Issue::PriorityWording
            | Issue::StatusSuperseded
            | Issue::NoResponsible => Severity::Warning,
        }
    }
}

/// A finding's code: one of `plan validate`'s, or one only a workbook can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum FindingCode {
    Check(Code),
    Sheet(Issue),
}

impl fmt::Display for FindingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FindingCode::Check(code) => f.write_str(code.as_str()),
            FindingCode::Sheet(issue) => f.write_str(issue.as_str()),
        }
    }
}

/// A problem found in the workbook, at a cell where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Finding {
    pub(crate) code: FindingCode,
    pub(crate) severity: Severity,
    pub(crate) cell: Option<CellRef>,
    /// The item the row is about, as the sheet names it.
    pub(crate) item: Option<String>,
    pub(crate) message: String,
    pub(crate) help: Option<String>,
}

impl Finding {
    pub(crate) fn sheet(issue: Issue, cell: Option<CellRef>, message: String) -> Finding {
        Finding {
            code: FindingCode::Sheet(issue),
            severity: issue.severity(),
            cell,
            item: None,
            message,
            help: None,
        }
    }

    pub(crate) fn about(mut self, item: &str) -> Finding {
        self.item = Some(item.to_string());
        self
    }

    pub(crate) fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_shown_as_in_a_spreadsheet() {
        let cell = |col| CellRef {
            sheet: "Tiltak".into(),
            row: 11,
            col,
        };
        assert_eq!(cell(5).to_string(), "Tiltak!F12");
        assert_eq!(cell(26).to_string(), "Tiltak!AA12");
    }
}
