# What `plan import` says about a workbook: findings at cells, and the closing lines.

import-no-sheet = the workbook has no sheet `{ $sheet }`; import reads workbooks made by `plan export --format xlsx`
import-no-column = sheet `{ $sheet }` has no column `{ $column }`; was it deleted?
import-not-ours = this workbook was not made by `plan export --format xlsx` (its hidden `plan` sheet is missing)
import-old-format = this workbook is in export format { $version }; this plan reads format { $current }: export it again
import-not-a-workbook = `{ $file }` is not a workbook plan can read: save it as an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods), or import a CSV file from `plan export --format csv`
import-cannot-read = cannot read `{ $file }`
import-too-large = `{ $file }` is { $size } MiB; plan reads files up to { $limit } MiB
import-not-utf8 = `{ $file }` is not UTF-8 text; save the CSV file as UTF-8
import-not-csv = `{ $file }` is not valid CSV
import-sheet-unreadable = cannot read sheet `{ $sheet }` of `{ $file }`
import-row-deleted = { $kind ->
    [items] the row of item
    [updates] a status update row of
   *[links] a link row of
} `{ $id }` was deleted from sheet `{ $sheet }`; the data keeps it
import-row-deleted-help = { $kind ->
    [items] to take an item out, use `plan remove`
    [updates] status updates are history and stay in the data
   *[links] to remove a link, use `plan unlink`
}
import-formula = the cell holds a formula (`{ $formula }`), not a value
import-formula-help = type the value itself; plan never reads formulas
import-copied-row = a second row with the hidden key of `{ $id }` (a copied row?)
import-copied-row-help = for a new item, add a row with an empty ID instead of copying one
import-id-changed = the row of `{ $id }` now says `{ $shown }`
import-id-changed-help = ids and programmes cannot be changed in a workbook; use `plan rename`
import-item-gone = item `{ $id }` of `{ $programme }` is no longer in the repository
import-conflict = `{ $id }` was changed in the repository after the export and in the sheet; the row is skipped
import-conflict-help = export again and redo the change, or add --force to write the sheet's cells over it
import-entry-gone = the entry of `{ $id }` this row was exported from is gone from the repository
import-entry-gone-help = export again and redo the change
import-entry-conflict = this entry of `{ $id }` was changed in the repository after the export and in the sheet; the row is skipped
import-entry-moved = a row of `{ $id }` now says `{ $value }`
import-entry-moved-help = an entry stays with its item; for another item, add a new row
import-new-row-id = a new row has the ID `{ $id }`; a new item gets the next free id
import-key-changed = the row's hidden plan key was changed
import-new-row-help = leave ID empty in a new row; do not change the hidden column
import-not-imported = { $reason ->
    [emptied] the cell was emptied; an empty cell does not remove a value
    [emptied-link] the cell was emptied
    [rich-source] the source has more than a title (publisher, section, date or address)
    [title] this column shows a title
   *[too-long] the description is longer than a cell holds, so the sheet shows it cut
}: the change to `{ $column }` is ignored
import-not-imported-help = { $reason ->
    [emptied-link] to remove a link, use `plan unlink`
    [rich-source] change the source in the item's file
    [title] titles are changed in the items sheet
    [too-long] change the description with `plan set { $id } description`
   *[other] { $field ->
        [none] write the value in the cell again
       *[other] write the value in the cell again, or change it with `plan set { $id } { $field }`
    }
}
import-priority-wording = the priority is now `{ $term }`, but its wording still says “{ $text }”
import-priority-wording-help = write the wording that goes with the new priority in the column `{ $column }` (it is required, and plan cannot make it up)
import-unknown-item = no item `{ $item }` in the repository
import-already-present = { $kind ->
    [item] this new row is already in the data as `{ $id }`
    [update] this status update of `{ $id }` is already in the data
   *[link] this link of `{ $id }` is already in the data
} (the workbook was imported before); it is not added again
import-already-present-help = delete the row from sheet `{ $sheet }`, or export again
import-status-superseded = the status of `{ $id }` stays { $latest }: the update dated { $later } is newer than this one ({ $date }) and decides the status
import-status-superseded-help = the row is written as history; if the status is { $status } now, date the row after { $later }
import-unknown-programme = unknown programme `{ $id }`
import-programme-id = write the programme's id, `{ $id }`
import-in-file = { $message } (in `{ $path }`)
import-status-mismatch-help = choose that status in the Status cell, or add a row to sheet `{ $sheet }` that explains the change
import-status-from-updates = the status of `{ $id }` comes from its latest status update, which says `{ $latest }`
import-status-from-updates-help = add a row to sheet `{ $sheet }` with status `{ $status }`, a date and a text
import-csv-status-from-updates-help = record the change with `plan update { $id } --status { $status } --text "…"`; a CSV file has no status updates
import-csv-status-mismatch-help = choose that status in the status column, or record the change with `plan update { $id } --status … --text "…"`
import-csv-no-column = `{ $file }` has no column `{ $column }`; import reads CSV files made by `plan export --format csv`
import-csv-unknown-item = no item `{ $id }` in programme `{ $programme }`
import-csv-unknown-item-help = new items are added with `plan new item`
import-csv-no-key = `{ $file }` has no column `{ $column }`: a change made in the repository since the export cannot be told from one made in the file, so every value that differs from the repository is taken as a change
import-csv-no-key-help = export again with `plan export --format csv` and keep its last column
import-csv-key-changed = the `{ $column }` cell of `{ $id }` was changed
import-csv-key-changed-help = ids and programmes cannot be changed in a CSV file; use `plan rename`
import-refused = nothing written: the files would have the errors above
import-read-only = the column “{ $column }” is not read back; { $edit ->
    [column] change “{ $target }”
    [sheet] add a row to sheet “{ $target }”
    [links] use `plan link { $target } …` or `plan unlink { $target } …`
    [places] use `plan set { $target } places …`
   *[update] use `plan update` for a new status update
}
import-csv-new-row = the row has no ID; new items cannot be added in a CSV file
import-csv-new-row-help = add new items in the workbook from `plan export --format xlsx` (a row with an empty ID), or with `plan new item`
import-new-row-missing = the new row has no value in “{ $column }”, which a new item in programme `{ $programme }` needs
import-new-row-choose = choose one of: { $values }
import-new-row-fill = fill in the cell
import-new-row-no-programme = the new row has no value in “{ $column }”; a new item belongs to a programme
