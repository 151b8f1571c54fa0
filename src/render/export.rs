//! `plan export --format csv`: one row per item with the columns of `plan list`, plus the
//! description, the latest status update and the key and hashes `plan import` tells the
//! file's changes by (as in a workbook); for Excel, a byte-order mark and `;`.

use std::io::{self, Write};

use crate::index::Repository;
use crate::render::items::{CSV_HEADER, ItemRow, csv_fields, csv_record};

/// Writes every item, removed ones included, in repository order. `excel` adds a UTF-8
/// byte-order mark and separates with `;`, which is what Norwegian Excel expects.
pub(crate) fn csv(out: &mut dyn Write, repo: &Repository, excel: bool) -> io::Result<()> {
    let separator = if excel {
        out.write_all("\u{feff}".as_bytes())?;
        ';'
    } else {
        ','
    };
    let header = CSV_HEADER
        .iter()
        .chain(&[
            "description",
            crate::sheet::csv::LATEST_UPDATE_HEADER,
            crate::sheet::csv::KEY_HEADER,
        ])
        .map(|s| s.to_string());
    csv_record(out, header, separator)?;
    for (ix, item) in repo.items.iter().enumerate() {
        let row = ItemRow::new(repo, ix, None);
        let latest = item
            .latest_update()
            .map(|u| crate::sheet::update_line(u, None));
        let extra = [
            item.description.clone().unwrap_or_default(),
            latest.unwrap_or_default(),
            crate::sheet::csv::key(repo, ix),
        ];
        csv_record(out, csv_fields(&row).chain(extra), separator)?;
    }
    Ok(())
}
