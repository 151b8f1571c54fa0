# Texts of the command line in English: labels, table headers, footers and messages.

## plan list
list-col-id = ID
list-col-title = Title
list-col-level = Level
list-col-priority = Priority
list-col-status = Status
list-col-responsible = Responsible
list-col-why = Why
list-why = Why
list-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
list-county-wide = { $count ->
    [one] { $count } county-wide item also applies; add --with-county-wide to list it.
   *[other] { $count } county-wide items also apply; add --with-county-wide to list them.
}

## plan show
show-programme = Programme
show-theme = Theme
show-level = Level
show-status = Status
show-not-stated = not stated
show-priority = Priority
show-period = Period
show-responsible = Responsible
show-partners = Partners
show-documents = Documents
show-links-note = Links note
show-regions = Regions
show-municipalities = Municipalities
show-places = Places
show-mentions = Mentions
show-people = People
show-file = File
show-links-to = Links to
show-linked-from = Linked from
show-goals = Goals
show-funding = Funding
show-updates-newest-first = Updates (newest first)
show-updates = Updates
show-sources = Sources
show-notes = Notes
show-description = Description
show-removed = removed
show-unknown-item = unknown item
show-from = from { $body }
show-of-which = of which { $amount }
show-approximately = ca. { $amount }
show-title-editorial = own title: the source gives none
show-title-editorial-note = The source gives this item no title; this one was written when it was recorded.

## plan validate
validate-error = error
validate-warning = warning
validate-help = help
validate-invalid = invalid
validate-ok = ok
# No errors, but warnings fail the run under --deny-warnings.
validate-denied = not passed
validate-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
validate-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
validate-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
validate-summary = { $counts } in { $files }

## Errors and warnings of the command line
error-prefix = error
note-prefix = note
error-stdout-closed = standard output is closed, so nothing plan printed would be seen; nothing was done (to discard the output, write `>/dev/null`)
error-did-you-mean = did you mean `{ $suggestion }`?
error-allowed = allowed values: { $values }
error-unread-files = { $count ->
    [one] { $count } file could not be read (above), so the answer would be incomplete; fix the file first
   *[other] { $count } files could not be read (above), so the answer would be incomplete; fix the files first
}
error-unknown = { $kind ->
   *[item] unknown item `{ $value }`
    [region] unknown region `{ $value }`
    [body] unknown body `{ $value }`
    [municipality] unknown municipality `{ $value }`
    [programme] unknown programme `{ $value }`
    [theme] unknown theme `{ $value }`
    [status] unknown status `{ $value }`
    [priority] unknown priority `{ $value }`
    [level] unknown level `{ $value }`
    [language] unknown language `{ $value }`
    [body-kind] unknown body kind `{ $value }`
    [document-kind] unknown document kind `{ $value }`
    [place-kind] unknown kind of place `{ $value }`
}
error-empty = the { $kind ->
   *[level] level
} is empty
error-municipality-not-region = { $name } is a municipality; did you mean `--municipality { $input }`?
error-place-in-several = { $input } is a place in several municipalities: { $names }; name one
note-place-in = { $input } is a place in { $name }; listing { $name } ({ $number })

## Why an item matched (plan list --why)
why-role = { $role ->
    [responsible] responsible
   *[partner] partner
}: { $body }
why-role-part-of = { $role ->
    [responsible] responsible
   *[partner] partner
}: { $body }, part of { $parent }
why-names-region = acts in region { $region }
why-acts-for = { $body } acts for { $region }
why-names = acts in { $place }
why-in-region = , in { $region }
why-only-mentions = only mentions { $place }; does not act there
why-region-holds = acts in region { $region }, which { $municipality } belongs to
why-acts-for-region-holds = { $body } acts for { $region }, which { $municipality } belongs to
why-county-wide = applies county-wide
why-word-in = “{ $word }” in the { $field ->
    [id] id
    [title] title
    [description] description
   *[text] text
}
## plan links, regions, bodies, coverage
links-broken-count = { $count ->
    [one] { $count } broken link
   *[other] { $count } broken links
}
links-unlinked = Items nothing links to
links-linking-nowhere = Items that link to no item or document
links-one-way = One-way links: A → B where B does not link back
links-choose-view = choose a view: --broken, --orphans, --one-way or --graph dot|mermaid (see plan links --help)
regions-col-region = Region
regions-col-municipalities = Municipalities [centrality class]
regions-col-aliases = Also called
regions-col-items = Items
bodies-col-body = Body
bodies-col-responsible-for = Responsible for
bodies-col-partner-in = Partner in
bodies-col-responsible-count = Resp.
bodies-col-partner-count = Partner
coverage-col-total = Total
coverage-note = Counts items that act in the region: in the whole region, in one of its municipalities or at a place in one, or through a body that acts for it. Places only mentioned, and county-wide items, are not counted. A dash (–) marks a theme of a programme for another county.
coverage-note-no-county = { $programme } names no county: its themes are counted in every region.

## Errors of the command line
error-data-not-a-folder = `{ $config }` names the data folder `{ $data }`, which is not a folder
error-does-not-exist = `{ $path }` does not exist
error-no-repository = no plan repository here: no `plan.toml` or `data/programmes` folder in `{ $folder }` or above
    hint: run inside a plan repository, or name one with --repo PATH
error-not-a-day = `{ $text }` is not a date; write YYYY-MM-DD or DD.MM.YYYY
error-not-a-date = `{ $text }` is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY
error-date-in-future = { $date } is after today ({ $today }); the latest update gives the status now, so a future date is refused. add --future if it is meant
report-since-future = --since { $since } is after today ({ $today }): a period must have begun
report-since-after-as-of = --since { $since } is after --as-of { $as_of }: the period would run backwards
error-excel-needs-csv = --excel goes with --format csv
error-filters-need-xlsx = the item filters (--programme, --region, --status …) select items for a workbook and go with --format xlsx; json, yaml and csv always export the whole repository
error-xlsx-needs-out = --format xlsx writes a file: add --out FILE.xlsx
error-several-regions = `{ $name }` names several regions: `{ $ids }`; use one of their ids
error-exists = `{ $path }` already exists; add --force to overwrite it
error-file-exists = `{ $path }` already exists
error-not-git = `{ $path }` is not in a git repository; plan diff compares git revisions
error-not-a-revision = `{ $revision }` is not a revision in this git repository
error-could-not-write = could not write `{ $path }`
error-read-only = `{ $path }` is read-only; nothing written
error-could-not-move-output = could not move the output to `{ $path }`
error-could-not-delete = could not delete `{ $path }`
error-could-not-keep-copy = could not keep a copy of `{ $path }`
error-could-not-create = could not create `{ $path }`
error-not-a-file-name = `{ $path }` is not a file name
error-is-a-folder = `{ $path }` is a folder, not a file
error-could-not-create-in = could not create a file in `{ $folder }`
error-lock-cannot-create = cannot lock the repository: cannot create `{ $path }`
error-lock-failed = cannot lock `{ $path }`
error-lock-held = another `plan` run has held the repository lock `{ $path }` for over a minute; try again when it has finished
error-git-missing = cannot run `git`; is git installed and on the PATH?
error-git-failed = git { $command } failed: { $said }
error-git-no-first-commit = git found no first commit of `{ $tip }`
error-git-not-utf8 = git printed a path that is not UTF-8
error-git-unexpected = git { $command } answered in a way plan does not understand: { $said }
error-cannot-read-data-folder = cannot read data folder `{ $path }`
error-cannot-read = cannot read `{ $path }`
schema-wrote = wrote { $path }

## plan new
new-no-theme = programme `{ $programme }` has no theme `{ $theme }`; its themes are { $themes }
new-no-such-level = programme `{ $programme }` has no level `{ $level }`; its levels are { $levels }
new-no-levels = programme `{ $programme }` has no levels; leave out --level
new-give-level = programme `{ $programme }` has levels: give --level ({ $levels })
new-which-programme = which programme? give --programme ({ $programmes }), or set `programme` in plan.toml
new-bad-id = `{ $id }` is not a valid id: lowercase ASCII words joined by `-`, such as `{ $slug }`
new-id-taken = `{ $id }` already exists in `{ $folder }/`; choose another with --id
new-body-exists = the body `{ $name }` already exists, with the id `{ $id }`: use that id (plan set ID partners --add { $id }), or give --id if this is another body
new-give-county = give --county, or the members with --municipality
schema-out-of-date = out of date
schema-missing = missing
schema-hint = hint: run `plan schema --out { $folder } --force` to update

## plan update, set, link, unlink, rename, remove
change-nothing = nothing to change
change-link-present = { $back ->
    [yes] { $from } already links to { $to }
   *[no] already links to { $to }
}
change-link-absent = { $back ->
    [yes] { $from } does not link to { $to }
   *[no] does not link to { $to }
}
change-refused = nothing written: the change would add { $count ->
    [one] { $count } error
   *[other] { $count } errors
} (shown above, at the lines as your change would write them; { $files } is unchanged)
change-several = `{ $given }` names several { $what ->
    [bodies] bodies
    [regions] regions
   *[municipalities] municipalities
}: { $ids }; give the id
change-update-added = update { $date } added
change-file-deleted = file deleted
change-renamed = renamed { $id }, links in { $count ->
    [one] { $count } item
   *[other] { $count } items
} rewritten
change-link-added = { $back ->
    [yes] { $from } → { $to } added
   *[no] link to { $to } added
}
change-link-removed = { $back ->
    [yes] { $from } → { $to } removed
   *[no] link to { $to } removed
}
change-set = { $field } set to { $value }
change-added-to = { $key ->
    [partners] { $value } added as partner
    [responsible] { $value } added as responsible
   *[other] { $value } added to { $field }
}
change-already-in = { $key ->
    [partners] { $value } is already a partner
    [responsible] { $value } is already responsible
   *[other] { $value } is already in { $field }
}
change-removed-from = { $key ->
    [partners] { $value } removed as partner
    [responsible] { $value } removed as responsible
   *[other] { $value } removed from { $field }
}
set-period-start = period start
set-period-end = period end
update-empty-text = the update's text is empty; say what happened with --text
update-editor-failed = the editor `{ $editor }` failed; nothing written
rename-bad-id = `{ $id }` cannot be an id: use letters, digits and `-`, such as `K12`
rename-taken = `{ $id }` already exists in programme `{ $programme }`; choose another id
rename-off-numbering = `{ $id }` does not fit programme `{ $programme }`, whose items are numbered by theme (`{ $theme }1`, `{ $theme }2`, …); did you mean `{ $suggestion }`?
link-self = an item cannot link to itself
set-not-a-list = `{ $field }` is not a list; --add and --remove change list fields
set-status-has-updates = { $id } has updates that set its status, and the latest of them wins over the `status` field; record the change as an update: plan update { $id } --status STATUS --text "…"
set-priority-wording = give the priority's wording too, as the source has it: `plan set { $id } { $field } { $term } "{ $wording }"`
set-empty = `{ $field }` cannot be empty
set-values = `{ $field }` takes { $count ->
    [one] one value
   *[other] { $count } values
}; quote a text with spaces
new-empty-title = the title is empty; give the item's title with --title

template-one-of = One of: { $values }.

show-indicators = Indicators
show-baseline = baseline { $value }
show-measured = measured { $value }
show-target = target { $value }

remove-later-status = { $id } has an update dated { $date } that sets its status; date the removal on or after it
change-status-unchanged = status stays { $status } (the newer update dated { $date } decides it)
change-empty = the { $what ->
    [reason] reason (--reason)
   *[source] source's title (--source)
} is empty

## plan.toml
config-not-a-string = `{ $key }` must be a string, found { $found }
config-data-outside = `data` must name a folder inside the repository (a relative path without `..`), not `{ $data }`
config-unknown-language = unknown language `{ $value }`; one of: { $values }
config-severity-table = `severity` must be a table of finding codes, found { $found }
config-codes-hint = the codes are listed by `plan validate --help`
config-unknown-code = unknown finding code `{ $code }`
config-severity-value = severity of `{ $code }` must be one of "{ $values }"
config-cannot-allow = `{ $code }` cannot be allowed: a file that cannot be read is never ok ("warn" is possible)
config-keys = the keys are: { $keys }
config-unknown-key = unknown key `{ $key }`
config-toml-unquoted = a text must be in quotes, as in `language = "nb"`
config-toml-unclosed-array = the list is not closed; end it with `]`
config-toml-unclosed-table = the table's heading is not closed; end it with `]`
config-toml-unclosed-inline-table = the table is not closed; end it with `{"}"}`
config-toml-missing-comma = a comma is missing between the list's values
config-toml-missing-value = a key needs `=` and a value, as in `data = "data"`
config-toml-syntax = not valid TOML ({ $detail })
error-bad-age = `{ $age }` is not an age; write a number and a unit: 30d, 2w, 6m or 1y
error-age-too-long = `{ $age }` reaches back before the year 1; write a shorter age
import-changes = Changes in the spreadsheet { $file }
import-no-changes = No changes in the spreadsheet { $file }
import-written = written: { $files }
import-not-yet = nothing written yet: add --apply to write these changes
import-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
} in the workbook; nothing written

## Errors of the command line (editing, import, report, finding the repository)
set-none-responsible = { $id } now has no responsible body; that is right only when the source names none (add one with `plan set { $id } responsible --add BODY`)
set-unknown-level = unknown level `{ $given }`
set-unknown-field = `{ $given }` is not a field `plan set` changes; one of { $fields }
set-levels-hint = hint: one of { $values }
set-empty-member = `{ $field }` cannot have an empty member
set-place-needs-name = a place needs a name: `NAME, MUNICIPALITY`, e.g. `Beitostølen, Øystre Slidre`
set-place-which-municipality = say which municipality `{ $name }` lies in: `{ $name }, MUNICIPALITY` (e.g. `Beitostølen, Øystre Slidre`)
set-place-no-municipality = the place `{ $name }` has no municipality: write `{ $name }, Municipality[, kind]`
set-period-needs-start = { $id } has no period yet, so an end alone has no start to go with; give both: `plan set { $id } { $field } { $start ->
    [none] START
   *[other] { $start }
} { $end }`
remove-already-removed = { $id } is already removed
remove-linked = { $id } is linked from { $from }; remove the links first: `plan unlink { $id } { $targets } --both`
update-editor-empty = { $variable } is empty
update-editor-cannot-start = cannot start the editor `{ $editor }`
update-no-editor = no editor found (looked for { $tried }): set $VISUAL or $EDITOR, or give the text with --text
update-repeated = { $id } already has this update, dated { $date } with the same status and text; nothing written
update-stdin = cannot read the text from standard input
update-template-write = Write the update for { $id } above. Lines starting with # are left out;
update-template-empty = an empty text writes nothing.
report-since-neither = `{ $since }` is neither a date (YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY) nor a revision in this git repository
report-git-date = git gave `{ $day }` as a commit's date
error-not-a-folder = `{ $path }` is not a folder
error-data-through-link = `{ $config }`: `data = "{ $data }"` leads outside the repository (through a symbolic link)
error-no-plan-data =
    no plan data in `{ $path }`: no YAML files under it
    hint: see docs/format.md for the folders plan reads
error-not-plan-repository =
    `{ $path }` is not a plan repository: it has no `plan.toml`, no `data/programmes` and no `programmes` folder
    hint: name the repository or its data folder

## Editing a file by hand-written shape (plan set, update, link, …)
edit-cannot = cannot edit `{ $path }`
edit-not-utf8 = the file is not UTF-8 text
edit-unsafe = the file cannot be edited safely: line { $line }: { $message }
edit-not-fields = the file cannot be edited: it is not a mapping of fields
edit-no-member = `{ $list }` has no member { $index }
edit-member-not-fields = member { $index } of `{ $list }` is not a set of fields
edit-member-one-line = member { $index } of `{ $list }` is written on one line; write it as a block first
edit-member-not-found = a list member cannot be found in the file
edit-only-words = only words and texts can be removed from a one-line list
edit-unclosed-quote = a quote is not closed
edit-list-not-closed = a one-line list is not closed
edit-one-line-mapping = `{ $key }` is written on one line; write it as a block first
edit-not-a-mapping = `{ $key }` is not a mapping
edit-not-a-list = `{ $key }` is not a list
edit-one-line-list = `{ $key }` is written as a one-line list; write it as a block list first

# What went wrong with a file or folder (the operating system's reason).
io-not-found = does not exist
io-permission-denied = permission denied
io-already-exists = already exists
io-is-a-directory = is a folder, not a file
io-not-a-directory = a part of the path is not a folder
io-directory-not-empty = the folder is not empty
io-read-only-filesystem = the disk can only be read, not written
io-storage-full = the disk is full
io-file-too-large = the file is too large
io-invalid-data = the content cannot be read (invalid data)
io-unexpected-eof = the file ends too early
io-invalid-filename = the name is not a valid file name
io-busy = is in use by another program
io-timed-out = it took too long (timed out)
io-interrupted = it was interrupted
io-out-of-memory = not enough memory
io-broken-pipe = the program reading the output stopped
io-unsupported = this is not supported here
io-crosses-devices = cannot be moved to another disk
io-other = the operating system said: { $detail }

# A command line that cannot be read (clap's errors, worded here).
cli-usage = Usage:
cli-more-help = For more information, try `--help`.
cli-value-missing = `{ $option }` needs a value, but none was given
cli-invalid-value = invalid value `{ $value }` for `{ $option }`
cli-unknown-option = unknown option `{ $option }`
cli-unexpected-value = unexpected argument `{ $value }`
cli-too-many-values = `{ $option }` takes no more values; `{ $value }` is one too many
cli-value-count = `{ $option }` was given the wrong number of values
cli-no-equals = `{ $option }` needs its value after an equals sign: `{ $option }=VALUE`
cli-unknown-command = unknown command `{ $command }`
cli-missing-command = `{ $command }` needs a command after it: { $commands }
cli-missing-arguments = these are required, but missing:
cli-invalid-utf8 = an argument is not valid UTF-8 text
cli-given-twice = `{ $option }` can be given only once
cli-the-others = the other options given
cli-conflict = `{ $option }` cannot be used together with { $others }
cli-missing-some = something required is missing
cli-tip-as-value = to give `{ $value }` as a value, write `{ $written }`
cli-tip-exists = `{ $written }` exists
cli-tip-no-dashes = the command `{ $command }` exists; to use it, remove the `--` before it

# The finding codes as rules for code scanning (SARIF).
sarif-example = Example
sarif-fix = Fix
sarif-catalogue = Every finding code is explained, with an example, in `tests/fixtures/README.md` of the plan repository.
