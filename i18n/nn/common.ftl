# Tekstane på kommandolinja på nynorsk: etikettar, tabelloverskrifter, botntekstar og meldingar.

## plan list
list-col-id = ID
list-col-title = Tittel
list-col-level = Nivå
list-col-priority = Prioritet
list-col-status = Status
list-col-responsible = Ansvarleg
list-col-why = Kvifor
list-why = Kvifor
list-count = { $count ->
    [one] { $count } tiltak
   *[other] { $count } tiltak
}
list-county-wide = { $count ->
    [one] { $count } fylkesdekkjande tiltak gjeld òg; legg til --with-county-wide for å ta det med.
   *[other] { $count } fylkesdekkjande tiltak gjeld òg; legg til --with-county-wide for å ta dei med.
}

## plan show
show-programme = Program
show-theme = Tema
show-level = Nivå
show-status = Status
show-not-stated = ikkje oppgitt
show-priority = Prioritet
show-period = Periode
show-responsible = Ansvarleg
show-partners = Partnarar
show-documents = Dokument
show-links-note = Om koplingane
show-regions = Regionar
show-municipalities = Kommunar
show-places = Stader
show-mentions = Nemner
show-people = Personar
show-file = Fil
show-links-to = Koplar til
show-linked-from = Koplingar hit
show-goals = Mål
show-funding = Finansiering
show-updates-newest-first = Statusoppdateringar (nyaste først)
show-updates = Statusoppdateringar
show-sources = Kjelder
show-notes = Merknader
show-description = Skildring
show-removed = teke ut
show-unknown-item = ukjent tiltak
show-from = frå { $body }
show-of-which = av dette { $amount }
show-approximately = ca. { $amount }
show-title-editorial = eigen tittel: kjelda har ingen
show-title-editorial-note = Kjelda gjev ikkje tiltaket nokon tittel; denne er laga ved registreringa.

## plan validate
validate-error = feil
validate-warning = åtvaring
validate-help = hjelp
validate-invalid = ugyldig
validate-ok = ok
# Står åleine utan substantiv, som eit eksamensresultat («ikkje godkjent»): inkjekjønn.
validate-denied = ikkje godkjent
validate-errors = { $count ->
    [one] { $count } feil
   *[other] { $count } feil
}
validate-warnings = { $count ->
    [one] { $count } åtvaring
   *[other] { $count } åtvaringar
}
validate-files = { $count ->
    [one] { $count } fil
   *[other] { $count } filer
}
validate-summary = { $counts } i { $files }

## Feil og åtvaringar frå kommandolinja
error-prefix = feil
note-prefix = merk
error-stdout-closed = standard utdata er lukka, så ingenting plan skriv ut, ville bli sett; ingenting er gjort (skriv `>/dev/null` for å kaste utdataa)
error-did-you-mean = meinte du `{ $suggestion }`?
error-allowed = gyldige verdiar: { $values }
error-unread-files = { $count ->
    [one] { $count } fil kunne ikkje lesast (sjå over), så svaret ville blitt ufullstendig; rett fila først
   *[other] { $count } filer kunne ikkje lesast (sjå over), så svaret ville blitt ufullstendig; rett filene først
}
# «ukjend» bøyer seg etter kjønnet til substantivet: ukjend (hankjønn og hokjønn: ukjend region,
# ukjend aktør, ukjend kommune), ukjent (inkjekjønn: ukjent tiltak, ukjent program, ukjent nivå).
# Alle meldingane i katalogen følgjer dette; tests/i18n.rs held oversyn over kjønnet til kvart ord.
error-unknown = { $kind ->
   *[item] ukjent tiltak `{ $value }`
    [region] ukjend region `{ $value }`
    [body] ukjend aktør `{ $value }`
    [municipality] ukjend kommune `{ $value }`
    [programme] ukjent program `{ $value }`
    [theme] ukjent tema `{ $value }`
    [status] ukjend status `{ $value }`
    [priority] ukjend prioritet `{ $value }`
    [level] ukjent nivå `{ $value }`
    [language] ukjent språk `{ $value }`
    [body-kind] ukjend aktørtype `{ $value }`
    [document-kind] ukjend dokumenttype `{ $value }`
    [place-kind] ukjend stadtype `{ $value }`
}
error-empty = { $kind ->
   *[level] nivået
} er tomt
error-municipality-not-region = { $name } er ein kommune; meinte du `--municipality { $input }`?
error-place-in-several = { $input } er ein stad i fleire kommunar: { $names }; vel éin
note-place-in = { $input } er ein stad i { $name }; viser { $name } ({ $number })

## Kvifor eit tiltak passa (plan list --why)
why-role = { $role ->
    [responsible] ansvarleg
   *[partner] partnar
}: { $body }
why-role-part-of = { $role ->
    [responsible] ansvarleg
   *[partner] partnar
}: { $body }, del av { $parent }
why-names-region = verkar i regionen { $region }
why-acts-for = { $body } arbeider for { $region }
why-names = verkar i { $place }
why-in-region = , i { $region }
why-only-mentions = nemner berre { $place }; verkar ikkje der
why-region-holds = verkar i regionen { $region }, som { $municipality } høyrer til
why-acts-for-region-holds = { $body } arbeider for { $region }, som { $municipality } høyrer til
why-county-wide = gjeld heile fylket
why-word-in = «{ $word }» i { $field ->
    [id] id-en
    [title] tittelen
    [description] skildringa
   *[text] teksten
}
## plan links, regions, bodies, coverage
links-broken-count = { $count ->
    [one] { $count } broten kopling
   *[other] { $count } brotne koplingar
}
links-unlinked = Tiltak ingen koplar til
links-linking-nowhere = Tiltak som ikkje koplar til noko tiltak eller dokument
links-one-way = Einvegskoplingar: A → B der B ikkje koplar tilbake
links-choose-view = vel ei vising: --broken, --orphans, --one-way eller --graph dot|mermaid (sjå plan links --help)
regions-col-region = Region
regions-col-municipalities = Kommunar [sentralitetsklasse]
regions-col-aliases = Òg kalla
regions-col-items = Tiltak
bodies-col-body = Aktør
bodies-col-responsible-for = Ansvarleg for
bodies-col-partner-in = Partnar i
bodies-col-responsible-count = Ansv.
bodies-col-partner-count = Partnar
coverage-col-total = Sum
coverage-note = Tala tel tiltak som verkar i regionen: i heile regionen, i ein av kommunane eller på ein stad i ein av dei, eller gjennom ein aktør som arbeider for regionen. Stader som berre er nemnde, og fylkesdekkjande tiltak, er ikkje talde med. Ein strek (–) viser eit tema i eit program for eit anna fylke.
coverage-note-no-county = { $programme } oppgir ikkje fylke: tema blir talde i alle regionar.

## Feil på kommandolinja
error-data-not-a-folder = `{ $config }` seier at datamappa er `{ $data }`, men det er ikkje ei mappe
error-does-not-exist = `{ $path }` finst ikkje
error-no-repository = ikkje noko plan-repositorium her: ingen `plan.toml` eller mappe `data/programmes` i `{ $folder }` eller over
    tips: køyr kommandoen inne i eit plan-repositorium, eller oppgi eitt med --repo STI
error-not-a-day = `{ $text }` er ikkje ein dato; skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ
error-not-a-date = `{ $text }` er ikkje ein dato; skriv ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ
error-date-in-future = { $date } er etter i dag ({ $today }); den siste oppdateringa gir status no, så ein dato fram i tid blir avvist. Legg til --future viss han er meint
report-since-future = --since { $since } er etter i dag ({ $today }): ein periode må ha byrja
report-since-after-as-of = --since { $since } er etter --as-of { $as_of }: perioden ville gått baklengs
error-excel-needs-csv = --excel høyrer saman med --format csv
error-filters-need-xlsx = filtra for tiltak (--programme, --region, --status …) vel tiltak til eit rekneark og høyrer saman med --format xlsx; json, yaml og csv eksporterer alltid heile repositoriet
error-xlsx-needs-out = --format xlsx skriv ei fil: legg til --out FIL.xlsx
error-several-regions = `{ $name }` er namnet på fleire regionar: `{ $ids }`; bruk id-en til ein av dei
error-exists = `{ $path }` finst alt; legg til --force for å skrive over henne
error-file-exists = `{ $path }` finst allereie
error-not-git = `{ $path }` er ikkje i eit git-repositorium; plan diff samanliknar git-revisjonar
error-not-a-revision = `{ $revision }` er ikkje ein revisjon i dette git-repositoriet
error-could-not-write = kunne ikkje skrive `{ $path }`
error-read-only = `{ $path }` er skriveverna; ingenting er skrive
error-could-not-move-output = kunne ikkje flytte utdataa til `{ $path }`
error-could-not-delete = kunne ikkje slette `{ $path }`
error-could-not-keep-copy = kunne ikkje ta vare på ein kopi av `{ $path }`
error-could-not-create = kunne ikkje opprette `{ $path }`
error-not-a-file-name = `{ $path }` er ikkje eit filnamn
error-is-a-folder = `{ $path }` er ei mappe, ikkje ei fil
error-could-not-create-in = kunne ikkje opprette ei fil i `{ $folder }`
error-lock-cannot-create = kan ikkje låse repositoriet: kan ikkje opprette `{ $path }`
error-lock-failed = kan ikkje låse `{ $path }`
error-lock-held = ei anna `plan`-køyring har halde låsen `{ $path }` på repositoriet i over eitt minutt; prøv igjen når ho er ferdig
error-git-missing = kan ikkje køyre `git`; er git installert og på PATH?
error-git-failed = git { $command } feila: { $said }
error-git-no-first-commit = git fann ingen første commit for `{ $tip }`
error-git-not-utf8 = git skreiv ut ein sti som ikkje er UTF-8
error-git-unexpected = git { $command } svara på ein måte plan ikkje forstår: { $said }
error-cannot-read-data-folder = kan ikkje lese datamappa `{ $path }`
error-cannot-read = kan ikkje lese `{ $path }`
schema-wrote = skreiv { $path }

## plan new
new-no-theme = programmet `{ $programme }` har ikkje temaet `{ $theme }`; temaa er { $themes }
new-no-such-level = programmet `{ $programme }` har ikkje nivået `{ $level }`; nivåa er { $levels }
new-no-levels = programmet `{ $programme }` har ingen nivå; utelat --level
new-give-level = programmet `{ $programme }` har nivå: oppgi --level ({ $levels })
new-which-programme = kva program? oppgi --programme ({ $programmes }), eller set `programme` i plan.toml
new-bad-id = `{ $id }` er ikkje ein gyldig id: små ASCII-ord bundne saman med `-`, som `{ $slug }`
new-id-taken = `{ $id }` finst alt i `{ $folder }/`; vel ein annan med --id
new-body-exists = aktøren `{ $name }` finst alt, med id-en `{ $id }`: bruk han (plan set ID partners --add { $id }), eller gi --id viss dette er ein annan aktør
new-give-county = oppgi --county, eller kommunane med --municipality
schema-out-of-date = utdatert
schema-missing = manglar
schema-hint = tips: køyr `plan schema --out { $folder } --force` for å oppdatere

## plan update, set, link, unlink, rename, remove
change-nothing = ingenting å endre
change-link-present = { $back ->
    [yes] { $from } koplar alt til { $to }
   *[no] koplar alt til { $to }
}
change-link-absent = { $back ->
    [yes] { $from } koplar ikkje til { $to }
   *[no] koplar ikkje til { $to }
}
change-refused = ingenting skrive: endringa ville gitt { $count ->
    [one] { $count } feil
   *[other] { $count } feil
} (viste over, på linjene slik endringa di ville skrive dei; { $files } er ikkje endra)
change-several = `{ $given }` er namnet på fleire { $what ->
    [bodies] aktørar
    [regions] regionar
   *[municipalities] kommunar
}: { $ids }; oppgi id-en
change-update-added = oppdatering { $date } lagd til
change-file-deleted = fila er sletta
change-renamed = fekk ny id { $id }, koplingar i { $count } tiltak skrivne om
change-link-added = { $back ->
    [yes] { $from } → { $to } lagd til
   *[no] kopling til { $to } lagd til
}
change-link-removed = { $back ->
    [yes] { $from } → { $to } fjerna
   *[no] kopling til { $to } fjerna
}
change-set = { $field } sett til { $value }
change-added-to = { $key ->
    [partners] { $value } lagd til som samarbeidspartnar
    [responsible] { $value } lagd til som ansvarleg
   *[other] { $value } lagd til i { $field }
}
change-already-in = { $key ->
    [partners] { $value } er allereie samarbeidspartnar
    [responsible] { $value } er allereie ansvarleg
   *[other] { $value } står allereie i { $field }
}
change-removed-from = { $key ->
    [partners] { $value } fjerna som samarbeidspartnar
    [responsible] { $value } fjerna som ansvarleg
   *[other] { $value } fjerna frå { $field }
}
set-period-start = starten på perioden
set-period-end = slutten på perioden
update-empty-text = teksten i oppdateringa er tom; sei kva som har skjedd med --text
update-editor-failed = redigeringsprogrammet `{ $editor }` mislukkast; ingenting skrive
rename-bad-id = `{ $id }` kan ikkje vere ein id: bruk bokstavar, siffer og `-`, som `K12`
rename-taken = `{ $id }` finst alt i programmet `{ $programme }`; vel ein annan id
rename-off-numbering = `{ $id }` passar ikkje i programmet `{ $programme }`, der tiltaka er nummererte etter tema (`{ $theme }1`, `{ $theme }2`, …); meinte du `{ $suggestion }`?
link-self = eit tiltak kan ikkje kople til seg sjølv
set-not-a-list = `{ $field }` er ikkje ei liste; --add og --remove endrar listefelt
set-status-has-updates = { $id } har oppdateringar som set status, og den siste av dei går føre feltet `status`; før endringa inn som ei oppdatering: plan update { $id } --status STATUS --text "…"
set-priority-wording = oppgi òg ordlyden for prioriteten, slik kjelda har han: `plan set { $id } { $field } { $term } "{ $wording }"`
set-empty = `{ $field }` kan ikkje vere tomt
set-values = `{ $field }` tek { $count ->
    [one] éin verdi
   *[other] { $count } verdiar
}; set hermeteikn rundt tekst med mellomrom
new-empty-title = tittelen er tom; oppgi tittelen på tiltaket med --title

template-one-of = Ein av: { $values }.

show-indicators = Indikatorar
show-baseline = utgangspunkt { $value }
show-measured = målt { $value }
show-target = mål { $value }

remove-later-status = { $id } har ei oppdatering datert { $date } som set status; dater uttaket same dag eller seinare
change-status-unchanged = status blir verande { $status } (den nyare oppdateringa datert { $date } avgjer han)
change-empty = { $what ->
    [reason] grunngivinga (--reason)
   *[source] tittelen på kjelda (--source)
} er tom

## plan.toml
config-not-a-string = `{ $key }` må vere ein tekst, fann { $found }
config-data-outside = `data` må vere ei mappe inne i repositoriet (ein relativ sti utan `..`), ikkje `{ $data }`
config-unknown-language = ukjent språk `{ $value }`; eitt av: { $values }
config-severity-table = `severity` må vere ein tabell over funnkodar, fann { $found }
config-codes-hint = kodane står i `plan validate --help`
config-unknown-code = ukjend funnkode `{ $code }`
config-severity-value = alvorsgraden for `{ $code }` må vere ein av "{ $values }"
config-cannot-allow = `{ $code }` kan ikkje setjast til `allow`: ei fil som ikkje kan lesast, er aldri i orden (`warn` går)
config-keys = nøklane er: { $keys }
config-unknown-key = ukjend nøkkel `{ $key }`
config-toml-unquoted = ein tekst må stå i hermeteikn, som i `language = "nn"`
config-toml-unclosed-array = lista er ikkje lukka; avslutt ho med `]`
config-toml-unclosed-table = tabelloverskrifta er ikkje lukka; avslutt ho med `]`
config-toml-unclosed-inline-table = tabellen er ikkje lukka; avslutt han med `{"}"}`
config-toml-missing-comma = det manglar komma mellom verdiane i lista
config-toml-missing-value = ein nøkkel treng `=` og ein verdi, som i `data = "data"`
config-toml-syntax = ikkje gyldig TOML ({ $detail })
error-bad-age = `{ $age }` er ikkje ein alder; skriv eit tal og ei eining: 30d, 2w, 6m eller 1y
error-age-too-long = `{ $age }` går tilbake til før år 1; skriv ein kortare alder
import-changes = Endringar i reknearket { $file }
import-no-changes = Ingen endringar i reknearket { $file }
import-written = skrive: { $files }
import-not-yet = ingenting skrive enno: legg til --apply for å skrive endringane
import-errors = { $count ->
    [one] { $count } feil
   *[other] { $count } feil
} i reknearket; ingenting skrive

## Feil frå kommandolinja (endringar, import, rapport, finne repositoriet)
set-none-responsible = { $id } har no ingen ansvarleg aktør; det er lov berre når kjelda ikkje nemner nokon (legg til ein med `plan set { $id } ansvarleg --add AKTØR`)
set-unknown-level = ukjent nivå `{ $given }`
set-unknown-field = `{ $given }` er ikkje eit felt `plan set` endrar; eitt av { $fields }
set-levels-hint = tips: eitt av { $values }
set-empty-member = `{ $field }` kan ikkje ha eit tomt element
set-place-needs-name = ein stad treng eit namn: `NAMN, KOMMUNE`, t.d. `Beitostølen, Øystre Slidre`
set-place-which-municipality = sei kva kommune `{ $name }` ligg i: `{ $name }, KOMMUNE` (t.d. `Beitostølen, Øystre Slidre`)
set-place-no-municipality = staden `{ $name }` manglar kommune: skriv `{ $name }, Kommune[, type]`
set-period-needs-start = { $id } har ingen periode enno, så ein slutt åleine har ingen start å høyre til; gje begge: `plan set { $id } { $field } { $start ->
    [none] STARTÅR
   *[other] { $start }
} { $end }`
remove-already-removed = { $id } er allereie teke ut
remove-linked = { $id } er kopla frå { $from }; fjern koplingane først: `plan unlink { $id } { $targets } --both`
update-editor-empty = { $variable } er tom
update-editor-cannot-start = kan ikkje starte redigeringsprogrammet `{ $editor }`
update-no-editor = fann ikkje noko redigeringsprogram (såg etter { $tried }): set $VISUAL eller $EDITOR, eller gje teksten med --text
update-repeated = { $id } har allereie denne oppdateringa, datert { $date } med same status og tekst; ingenting skrive
update-stdin = kan ikkje lese teksten frå standard inndata
update-template-write = Skriv oppdateringa for { $id } over. Linjer som byrjar med # kjem ikkje med;
update-template-empty = ein tom tekst skriv ingenting.
report-since-neither = `{ $since }` er verken ein dato (ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ) eller ein revisjon i dette git-repositoriet
report-git-date = git gav `{ $day }` som datoen til ein commit
error-not-a-folder = `{ $path }` er ikkje ei mappe
error-data-through-link = `{ $config }`: `data = "{ $data }"` fører ut av repositoriet (gjennom ei symbolsk lenkje)
error-no-plan-data =
    ingen plandata i `{ $path }`: ingen YAML-filer under ho
    tips: sjå docs/format.md for mappene plan les
error-not-plan-repository =
    `{ $path }` er ikkje eit plan-repositorium: det har ingen `plan.toml`, ingen `data/programmes` og inga mappe `programmes`
    tips: gje repositoriet eller datamappa i det

## Endre ei fil slik ho er skriven for hand (plan set, update, link, …)
edit-cannot = kan ikkje endre `{ $path }`
edit-not-utf8 = fila er ikkje UTF-8-tekst
edit-unsafe = fila kan ikkje endrast trygt: linje { $line }: { $message }
edit-not-fields = fila kan ikkje endrast: ho er ikkje ei samling felt
edit-no-member = `{ $list }` har ikkje noko element nummer { $index }
edit-member-not-fields = element { $index } i `{ $list }` er ikkje eit sett med felt
edit-member-one-line = element { $index } i `{ $list }` er skrive på éi linje; skriv det som ei blokk først
edit-member-not-found = finn ikkje eit element i lista i fila
edit-only-words = berre ord og tekstar kan fjernast frå ei liste på éi linje
edit-unclosed-quote = eit hermeteikn er ikkje lukka
edit-list-not-closed = ei liste på éi linje er ikkje lukka
edit-one-line-mapping = `{ $key }` er skrive på éi linje; skriv det som ei blokk først
edit-not-a-mapping = `{ $key }` er ikkje ei samling felt
edit-not-a-list = `{ $key }` er ikkje ei liste
edit-one-line-list = `{ $key }` er skrive som ei liste på éi linje; skriv ho som ei blokkliste først

# What went wrong with a file or folder (the operating system's reason).
io-not-found = finst ikkje
io-permission-denied = du har ikkje tilgang
io-already-exists = finst allereie
io-is-a-directory = er ei mappe, ikkje ei fil
io-not-a-directory = ein del av stien er ikkje ei mappe
io-directory-not-empty = mappa er ikkje tom
io-read-only-filesystem = disken kan berre lesast, ikkje skrivast til
io-storage-full = disken er full
io-file-too-large = fila er for stor
io-invalid-data = innhaldet kan ikkje lesast (ugyldige data)
io-unexpected-eof = fila sluttar for tidleg
io-invalid-filename = namnet er ikkje eit gyldig filnamn
io-busy = er i bruk av eit anna program
io-timed-out = det tok for lang tid
io-interrupted = det vart avbrote
io-out-of-memory = ikkje nok minne
io-broken-pipe = programmet som las utdataa, stoppa
io-unsupported = dette er ikkje støtta her
io-crosses-devices = kan ikkje flyttast til ein annan disk
io-other = operativsystemet sa: { $detail }

# A command line that cannot be read (clap's errors, worded here).
cli-usage = Bruk:
cli-more-help = Skriv `--help` for meir hjelp.
cli-value-missing = `{ $option }` må ha ein verdi, men fekk ingen
cli-invalid-value = ugyldig verdi `{ $value }` for `{ $option }`
# «val» er inkjekjønn (eit val), så «ukjent val», jamfør merknaden om «ukjend» over.
cli-unknown-option = ukjent val `{ $option }`
cli-unexpected-value = `{ $value }` var ikkje venta her
cli-too-many-values = `{ $option }` tek ikkje fleire verdiar; `{ $value }` er éin for mykje
cli-value-count = `{ $option }` fekk feil tal på verdiar
cli-no-equals = `{ $option }` må ha verdien etter eit likskapsteikn: `{ $option }=VERDI`
cli-unknown-command = ukjend kommando `{ $command }`
cli-missing-command = `{ $command }` må følgjast av ein kommando: { $commands }
cli-missing-arguments = dette må vere med, men manglar:
cli-invalid-utf8 = eit argument er ikkje gyldig UTF-8-tekst
cli-given-twice = `{ $option }` kan berre givast éin gong
cli-the-others = dei andre vala som er gitt
cli-conflict = `{ $option }` kan ikkje brukast saman med { $others }
cli-missing-some = noko som må vere med, manglar
cli-tip-as-value = skriv `{ $written }` for å gi `{ $value }` som ein verdi
cli-tip-exists = `{ $written }` finst
cli-tip-no-dashes = kommandoen `{ $command }` finst; fjern `--` framfor han for å bruke han

# The finding codes as rules for code scanning (SARIF).
sarif-example = Døme
sarif-fix = Løysing
sarif-catalogue = Alle funnkodane er forklarte, med eit døme, i `tests/fixtures/README.md` i plan-repositoriet.
