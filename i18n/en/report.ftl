report-status-report = Status report
report-municipality = municipality
report-region = region
report-region-heading = Region
report-programmes-in-report = Programmes in this report
report-owner = Owner
report-period = Period
report-vision = Vision
report-main-goal = Main goal
report-updates-since = Updates since
report-decisions = Decisions
report-contents = Contents
report-county-wide-left-out = county-wide items also apply but are tied to no region and are left out
report-removed-not-counted = { $count ->
    [one] One removed item is not counted in these tables
   *[other] { $count } removed items are not counted in these tables
} (see “{ report-removed-items }”).
report-summary = Summary
report-by-theme-and-level = Items by theme and level
report-by-status = By status
report-by-priority = By priority
report-funding = Funding
report-no-funding = No amounts are stated for the items in this report.
report-currency = Currency
report-about = about{" "}
report-amount = Amount
report-items-with-amounts = Items with amounts
report-theme = Theme
report-no-level = No level
report-total = Total
report-items = Items
report-not-stated = not stated
report-responsible = Responsible
report-partners = Partners
report-priority = Priority
report-status = Status
report-latest-update = Latest update
report-no-updates = none
report-no-updates-since = no newer update since
report-links = Links
report-no-items = No items.
report-removed-items = Removed items
report-coverage = Coverage: region and theme
report-coverage-note = Counts items that act in the region: in the whole region, in one of its municipalities or at a place in one, or through a body that acts for it. Places only mentioned, and county-wide items, are not counted.
report-no-regions = No regions are registered for the programme's county.
report-link-graph = Link graph
report-graph-note = The links between the items, written as the basis for a diagram. On GitHub and in the web version of the report they are shown as a drawn diagram.
report-graph-by-theme = The graph is too large to show whole, so it is shown per theme
report-no-links = No items in this report.
report-data-quality = Data quality
report-no-findings = No errors found in the data.
report-error = error
report-warning = warning
report-chart-status = Status per theme
report-chart-coverage = Items per region and theme

report-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}

diff-changes = Changes
diff-no-changes = No changes.
diff-added = added
diff-removed = removed
diff-marked-removed = marked removed
diff-changed = changed
diff-new-programme = new programme
diff-programme-removed = programme removed
diff-list-added = added
diff-list-removed = removed
# One changed value, worded alike in `plan diff`, the report's changes and the lines of
# `plan update`/`remove`: a value the file has none of is diff-absent, a value with its
# name (a body's, the linked item's title, an entry's details) is diff-named.
diff-value-change = { $field }: { $old } → { $new }
diff-absent = (none)
diff-named = { $value } ({ $name })
diff-update = update
diff-update-corrected = corrected
# A text or value whose only change is spaces or line breaks (nothing to show as old → new).
diff-whitespace-only = only spaces/line breaks changed
diff-renamed = { $old } has a new id, { $new }
# Under an item given a new id: the items whose links were rewritten to it.
diff-relinked = links from { $items } follow it
# The parts of a corrected status update.
diff-update-part = { $part ->
    [date] date
    [status] status
    [text] text
    [source] source
   *[by] by
}
diff-decision-added = decision added
diff-unreadable = Files that could not be read
diff-programmes = Programmes
diff-items = Items
diff-bodies = Bodies
diff-regions = Regions
diff-municipalities = Municipalities
diff-documents = Documents
diff-field = { $field ->
    [name] name
    [file] file
    [title] title
    [theme] theme
    [level] level
    [priority] priority
    [status] status
    [links] links
    [responsible] responsible
    [partners] partners
    [documents] documents
    [regions] regions
    [municipalities] municipalities
    [title_editorial] title editorial
    [period] period
    [description] description
    [goals] goals
    [links_note] links note
    [places] places
    [mentioned_regions] mentioned regions
    [mentioned_municipalities] mentioned municipalities
    [mentioned_places] mentioned places
    [indicators] indicators
    [measurements] measurements
    [funding] funding
    [people] people
    [sources] sources
    [notes] notes
   *[updates] updates
}

diff-entity-field = { $field ->
    [name] name
    [title] title
    [kind] kind
    [aliases] other names
    [municipality] municipality
    [municipalities] municipalities
    [part_of] part of
    [acts_for] acts for
    [county] county
    [council] council
    [number] number
    [centrality] centrality
    [owner] owner
    [url] web address
    [notes] notes
   *[other] { $field }
}

diff-count-added = { $count } added
diff-count-removed = { $count } removed
diff-count-marked-removed = { $count } marked removed
diff-count-changed = { $count } changed
diff-nothing = no changes: { $title }
diff-unreadable-in = could not read in { $side }
diff-working-tree = working tree

report-graph-note-drawn = Arrows show the links between the items, with a head at each end where a link goes both ways. Items without links are at the bottom; documents have a dotted border.
report-status-as-of = Status as of
report-data-from-commit = data from version
report-uncommitted = with changes not yet saved as a new version
report-county-wide-items = County-wide items
report-county-wide-note = These items are tied to no region or municipality and apply to the whole county.
report-changes-in-period = Changes in the period
report-from = From
report-to = to
report-no-changes-in-period = No changes in the period.
report-indicators = Indicators
report-baseline = baseline
report-target = target
report-measured = measured
report-chart-indicator = Baseline, measurements and target
report-expected-line = Expected progress
report-no-indicators-measured = no measurements yet
report-progress = { $progress ->
    [on-track] on track
    [behind] behind
    [reached] reached
   *[unknown] cannot be assessed without a baseline or measurement
}
