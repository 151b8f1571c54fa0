report-status-report = Statusrapport
report-municipality = kommune
report-region = region
report-region-heading = Region
report-programmes-in-report = Program i rapporten
report-owner = Eigar
report-period = Periode
report-vision = Visjon
report-main-goal = Hovudmål
report-updates-since = Oppdateringar sidan
report-decisions = Vedtak
report-contents = Innhald
report-county-wide-left-out = fylkesdekkjande tiltak gjeld òg, men er ikkje knytte til nokon region og er ikkje med
report-removed-not-counted = { $count ->
    [one] Eitt tiltak er teke ut og er ikkje talt med i tabellane
   *[other] { $count } tiltak er tekne ut og er ikkje talde med i tabellane
} (sjå «{ report-removed-items }»).
report-summary = Samandrag
report-by-theme-and-level = Tiltak etter tema og nivå
report-by-status = Etter status
report-by-priority = Etter prioritet
report-funding = Finansiering
report-no-funding = Det er ikkje oppgitt beløp for tiltaka i rapporten.
report-currency = Valuta
report-about = nær{" "}
report-amount = Beløp
report-items-with-amounts = Tiltak med beløp
report-theme = Tema
report-no-level = Utan nivå
report-total = Sum
report-items = Tiltak
report-not-stated = ikkje oppgitt
report-responsible = Ansvarleg
report-partners = Partnarar
report-priority = Prioritet
report-status = Status
report-latest-update = Siste oppdatering
report-no-updates = ingen
report-no-updates-since = ingen nyare oppdatering sidan
report-links = Koplingar
report-no-items = Ingen tiltak.
report-removed-items = Tiltak som er tekne ut
report-coverage = Dekning: region og tema
report-coverage-note = Tala tel tiltak som verkar i regionen: i heile regionen, i ein av kommunane eller på ein stad i ein av dei, eller gjennom ein aktør som arbeider for regionen. Stader som berre er nemnde, og fylkesdekkjande tiltak, er ikkje talde med.
report-no-regions = Det er ikkje registrert regionar for fylket til programmet.
report-link-graph = Koplingsgraf
report-graph-note = Koplingane mellom tiltaka, skrivne som grunnlag for eit diagram. På GitHub og i nettversjonen av rapporten blir dei viste som eit teikna diagram.
report-graph-by-theme = Grafen er for stor til å visast samla, så han blir vist per tema
report-no-links = Ingen tiltak i rapporten.
report-data-quality = Datakvalitet
report-no-findings = Ingen feil funne i dataa.
report-error = feil
report-warning = åtvaring
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

diff-changes = Endringar
diff-no-changes = Ingen endringar.
diff-added = nye
diff-removed = sletta
diff-marked-removed = tekne ut
diff-changed = endra
diff-new-programme = nytt program
diff-programme-removed = programmet er sletta
diff-list-added = lagt til
diff-list-removed = teke bort
# One changed value, worded alike in `plan diff`, the report's changes and the lines of
# `plan update`/`remove`: a value the file has none of is diff-absent, a value with its
# name (a body's, the linked item's title, an entry's details) is diff-named.
diff-value-change = { $field }: { $old } → { $new }
diff-absent = (ingen)
diff-named = { $value } ({ $name })
diff-update = statusoppdatering
diff-update-corrected = retta
# A text or value whose only change is spaces or line breaks (nothing to show as old → new).
diff-whitespace-only = berre mellomrom/linjeskift endra
diff-renamed = { $old } har fått ny id { $new }
# Under an item given a new id: the items whose links were rewritten to it.
diff-relinked = koplingane frå { $items } følgjer med
# The parts of a corrected status update.
diff-update-part = { $part ->
    [date] dato
    [status] status
    [text] tekst
    [source] kjelde
   *[by] meldt av
}
diff-decision-added = nytt vedtak
diff-unreadable = Filer som ikkje kunne lesast
diff-programmes = Program
diff-items = Tiltak
diff-bodies = Aktørar
diff-regions = Regionar
diff-municipalities = Kommunar
diff-documents = Dokument
diff-field = { $field ->
    [name] namn
    [file] fil
    [title] tittel
    [theme] tema
    [level] nivå
    [priority] prioritet
    [status] status
    [links] koplingar
    [responsible] ansvarleg
    [partners] samarbeidspartnarar
    [documents] dokument
    [regions] regionar
    [municipalities] kommunar
    [title_editorial] omskriven tittel
    [period] periode
    [description] skildring
    [goals] mål
    [links_note] merknad til koplingar
    [places] stader
    [mentioned_regions] nemnde regionar
    [mentioned_municipalities] nemnde kommunar
    [mentioned_places] nemnde stader
    [indicators] indikatorar
    [measurements] målingar
    [funding] finansiering
    [people] personar
    [sources] kjelder
    [notes] merknader
   *[updates] statusoppdateringar
}

diff-entity-field = { $field ->
    [name] namn
    [title] tittel
    [kind] type
    [aliases] andre namn
    [municipality] kommune
    [municipalities] kommunar
    [part_of] del av
    [acts_for] opptrer for
    [county] fylke
    [council] regionråd
    [number] nummer
    [centrality] sentralitet
    [owner] eigar
    [url] nettadresse
    [notes] merknader
   *[other] { $field }
}

diff-count-added = { $count ->
    [one] { $count } ny
   *[other] { $count } nye
}
diff-count-removed = { $count } sletta
diff-count-marked-removed = { $count ->
    [one] { $count } teke ut
   *[other] { $count } tekne ut
}
diff-count-changed = { $count } endra
diff-nothing = ingen endringar: { $title }
diff-unreadable-in = kunne ikkje lesast i { $side }
diff-working-tree = arbeidskopien

report-graph-note-drawn = Pilene viser koplingane mellom tiltaka, ei pil i kvar ende der koplinga går begge vegar. Tiltak utan koplingar står nedst; dokument har stipla kant.
report-status-as-of = Status per
report-data-from-commit = data frå versjon
report-uncommitted = med endringar som enno ikkje er lagra som ein ny versjon
report-county-wide-items = Fylkesdekkjande tiltak
report-county-wide-note = Tiltaka er ikkje knytte til nokon region eller kommune og gjeld heile fylket.
report-changes-in-period = Endringar i perioden
report-from = Frå
report-to = til
report-no-changes-in-period = Ingen endringar i perioden.
report-indicators = Indikatorar
report-baseline = utgangspunkt
report-target = mål
report-measured = målt
report-chart-indicator = Utgangspunkt, målingar og mål
report-expected-line = Forventa utvikling
report-no-indicators-measured = ingen målingar enno
report-progress = { $progress ->
    [on-track] i rute
    [behind] bak planen
    [reached] nådd
   *[unknown] kan ikkje vurderast utan utgangspunkt eller måling
}
