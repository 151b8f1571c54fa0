report-status-report = Statusrapport
report-municipality = kommune
report-region = region
report-region-heading = Region
report-programmes-in-report = Programmer i rapporten
report-owner = Eier
report-period = Periode
report-vision = Visjon
report-main-goal = Hovedmål
report-updates-since = Oppdateringer siden
report-decisions = Vedtak
report-contents = Innhold
report-county-wide-left-out = fylkesdekkende tiltak gjelder også, men er ikke knyttet til noen region og er ikke med
report-removed-not-counted = { $count ->
    [one] Ett tiltak er tatt ut og er ikke talt med i tabellene
   *[other] { $count } tiltak er tatt ut og er ikke talt med i tabellene
} (se «{ report-removed-items }»).
report-summary = Sammendrag
report-by-theme-and-level = Tiltak etter tema og nivå
report-by-status = Etter status
report-by-priority = Etter prioritet
report-funding = Finansiering
report-no-funding = Ingen beløp er oppgitt for tiltakene i rapporten.
report-currency = Valuta
report-about = ca.{" "}
report-amount = Beløp
report-items-with-amounts = Tiltak med beløp
report-theme = Tema
report-no-level = Uten nivå
report-total = Sum
report-items = Tiltak
report-not-stated = ikke oppgitt
report-responsible = Ansvarlig
report-partners = Partnere
report-priority = Prioritet
report-status = Status
report-latest-update = Siste oppdatering
report-no-updates = ingen
report-no-updates-since = ingen nyere oppdatering siden
report-links = Koblinger
report-no-items = Ingen tiltak.
report-removed-items = Tiltak som er tatt ut
report-coverage = Dekning: region og tema
report-coverage-note = Tallene teller tiltak som virker i regionen: i hele regionen, i en av kommunene eller på et sted i en av dem, eller gjennom en aktør som arbeider for regionen. Steder som bare er nevnt, og fylkesdekkende tiltak, er ikke talt med.
report-no-regions = Ingen regioner er registrert for programmets fylke.
report-link-graph = Koblingsgraf
report-graph-note = Koblingene mellom tiltakene, skrevet som grunnlag for et diagram. På GitHub og i nettversjonen av rapporten vises de som et tegnet diagram.
report-graph-by-theme = Grafen er for stor til å vises samlet, så den vises per tema
report-no-links = Ingen tiltak i rapporten.
report-data-quality = Datakvalitet
report-no-findings = Ingen feil funnet i dataene.
report-error = feil
report-warning = advarsel
report-chart-status = Status per tema
report-chart-coverage = Tiltak per region og tema

report-month = { $month ->
    [1] januar
    [2] februar
    [3] mars
    [4] april
    [5] mai
    [6] juni
    [7] juli
    [8] august
    [9] september
    [10] oktober
    [11] november
   *[12] desember
}

diff-changes = Endringer
diff-no-changes = Ingen endringer.
diff-added = nye
diff-removed = slettet
diff-marked-removed = tatt ut
diff-changed = endret
diff-new-programme = nytt program
diff-programme-removed = programmet er slettet
diff-list-added = lagt til
diff-list-removed = tatt bort
# One changed value, worded alike in `plan diff`, the report's changes and the lines of
# `plan update`/`remove`: a value the file has none of is diff-absent, a value with its
# name (a body's, the linked item's title, an entry's details) is diff-named.
diff-value-change = { $field }: { $old } → { $new }
diff-absent = (ingen)
diff-named = { $value } ({ $name })
diff-update = statusoppdatering
diff-update-corrected = rettet
# A text or value whose only change is spaces or line breaks (nothing to show as old → new).
diff-whitespace-only = bare mellomrom/linjeskift endret
diff-renamed = { $old } har fått ny id { $new }
# Under an item given a new id: the items whose links were rewritten to it.
diff-relinked = koblingene fra { $items } følger med
# The parts of a corrected status update.
diff-update-part = { $part ->
    [date] dato
    [status] status
    [text] tekst
    [source] kilde
   *[by] meldt av
}
diff-decision-added = nytt vedtak
diff-unreadable = Filer som ikke kunne leses
diff-programmes = Programmer
diff-items = Tiltak
diff-bodies = Aktører
diff-regions = Regioner
diff-municipalities = Kommuner
diff-documents = Dokumenter
diff-field = { $field ->
    [name] navn
    [file] fil
    [title] tittel
    [theme] tema
    [level] nivå
    [priority] prioritet
    [status] status
    [links] koblinger
    [responsible] ansvarlig
    [partners] samarbeidspartnere
    [documents] dokumenter
    [regions] regioner
    [municipalities] kommuner
    [title_editorial] omskrevet tittel
    [period] periode
    [description] beskrivelse
    [goals] mål
    [links_note] merknad til koblinger
    [places] steder
    [mentioned_regions] nevnte regioner
    [mentioned_municipalities] nevnte kommuner
    [mentioned_places] nevnte steder
    [indicators] indikatorer
    [measurements] målinger
    [funding] finansiering
    [people] personer
    [sources] kilder
    [notes] merknader
   *[updates] statusoppdateringer
}

diff-entity-field = { $field ->
    [name] navn
    [title] tittel
    [kind] type
    [aliases] andre navn
    [municipality] kommune
    [municipalities] kommuner
    [part_of] del av
    [acts_for] opptrer for
    [county] fylke
    [council] regionråd
    [number] nummer
    [centrality] sentralitet
    [owner] eier
    [url] nettadresse
    [notes] merknader
   *[other] { $field }
}

diff-count-added = { $count ->
    [one] { $count } ny
   *[other] { $count } nye
}
diff-count-removed = { $count } slettet
diff-count-marked-removed = { $count } tatt ut
diff-count-changed = { $count } endret
diff-nothing = ingen endringer: { $title }
diff-unreadable-in = kunne ikke leses i { $side }
diff-working-tree = arbeidskopien

report-graph-note-drawn = Pilene viser koblingene mellom tiltakene, en pil i hver ende der koblingen går begge veier. Tiltak uten koblinger står nederst; dokumenter har stiplet kant.
report-status-as-of = Status per
report-data-from-commit = data fra versjon
report-uncommitted = med endringer som ennå ikke er lagret som en ny versjon
report-county-wide-items = Fylkesdekkende tiltak
report-county-wide-note = Tiltakene er ikke knyttet til noen region eller kommune og gjelder hele fylket.
report-changes-in-period = Endringer i perioden
report-from = Fra
report-to = til
report-no-changes-in-period = Ingen endringer i perioden.
report-indicators = Indikatorer
report-baseline = utgangspunkt
report-target = mål
report-measured = målt
report-chart-indicator = Utgangspunkt, målinger og mål
report-expected-line = Forventet utvikling
report-no-indicators-measured = ingen målinger ennå
report-progress = { $progress ->
    [on-track] i rute
    [behind] bak planen
    [reached] nådd
   *[unknown] kan ikke vurderes uten utgangspunkt eller måling
}
