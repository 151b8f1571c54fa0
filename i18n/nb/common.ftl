# Tekstene på kommandolinja på bokmål: etiketter, tabelloverskrifter, bunntekster og meldinger.

## plan list
list-col-id = ID
list-col-title = Tittel
list-col-level = Nivå
list-col-priority = Prioritet
list-col-status = Status
list-col-responsible = Ansvarlig
list-col-why = Hvorfor
list-why = Hvorfor
list-count = { $count ->
    [one] { $count } tiltak
   *[other] { $count } tiltak
}
list-county-wide = { $count ->
    [one] { $count } fylkesdekkende tiltak gjelder også; legg til --with-county-wide for å ta det med.
   *[other] { $count } fylkesdekkende tiltak gjelder også; legg til --with-county-wide for å ta dem med.
}

## plan show
show-programme = Program
show-theme = Tema
show-level = Nivå
show-status = Status
show-not-stated = ikke oppgitt
show-priority = Prioritet
show-period = Periode
show-responsible = Ansvarlig
show-partners = Partnere
show-documents = Dokumenter
show-links-note = Om koblingene
show-regions = Regioner
show-municipalities = Kommuner
show-places = Steder
show-mentions = Nevner
show-people = Personer
show-file = Fil
show-links-to = Kobler til
show-linked-from = Koblinger hit
show-goals = Mål
show-funding = Finansiering
show-updates-newest-first = Statusoppdateringer (nyeste først)
show-updates = Statusoppdateringer
show-sources = Kilder
show-notes = Merknader
show-description = Beskrivelse
show-removed = tatt ut
show-unknown-item = ukjent tiltak
show-from = fra { $body }
show-of-which = av dette { $amount }
show-approximately = ca. { $amount }
show-title-editorial = egen tittel: kilden har ingen
show-title-editorial-note = Kilden gir ikke tiltaket noen tittel; denne er laget ved registreringen.

## plan validate
validate-error = feil
validate-warning = advarsel
validate-help = hjelp
validate-invalid = ugyldig
validate-ok = ok
validate-denied = ikke godkjent
validate-errors = { $count ->
    [one] { $count } feil
   *[other] { $count } feil
}
validate-warnings = { $count ->
    [one] { $count } advarsel
   *[other] { $count } advarsler
}
validate-files = { $count ->
    [one] { $count } fil
   *[other] { $count } filer
}
validate-summary = { $counts } i { $files }

## Feil og advarsler fra kommandolinja
error-prefix = feil
note-prefix = merk
error-stdout-closed = standard utdata er lukket, så ingenting plan skriver ut, ville bli sett; ingenting er gjort (skriv `>/dev/null` for å kaste utdataene)
error-did-you-mean = mente du `{ $suggestion }`?
error-allowed = gyldige verdier: { $values }
error-unread-files = { $count ->
    [one] { $count } fil kunne ikke leses (se over), så svaret ville blitt ufullstendig; rett filen først
   *[other] { $count } filer kunne ikke leses (se over), så svaret ville blitt ufullstendig; rett filene først
}
error-unknown = { $kind ->
   *[item] ukjent tiltak `{ $value }`
    [region] ukjent region `{ $value }`
    [body] ukjent aktør `{ $value }`
    [municipality] ukjent kommune `{ $value }`
    [programme] ukjent program `{ $value }`
    [theme] ukjent tema `{ $value }`
    [status] ukjent status `{ $value }`
    [priority] ukjent prioritet `{ $value }`
    [level] ukjent nivå `{ $value }`
    [language] ukjent språk `{ $value }`
    [body-kind] ukjent aktørtype `{ $value }`
    [document-kind] ukjent dokumenttype `{ $value }`
    [place-kind] ukjent stedstype `{ $value }`
}
error-empty = { $kind ->
   *[level] nivået
} er tomt
error-municipality-not-region = { $name } er en kommune; mente du `--municipality { $input }`?
error-place-in-several = { $input } er et sted i flere kommuner: { $names }; velg én
note-place-in = { $input } er et sted i { $name }; viser { $name } ({ $number })

## Hvorfor et tiltak passet (plan list --why)
why-role = { $role ->
    [responsible] ansvarlig
   *[partner] partner
}: { $body }
why-role-part-of = { $role ->
    [responsible] ansvarlig
   *[partner] partner
}: { $body }, del av { $parent }
why-names-region = virker i regionen { $region }
why-acts-for = { $body } arbeider for { $region }
why-names = virker i { $place }
why-in-region = , i { $region }
why-only-mentions = nevner bare { $place }; virker ikke der
why-region-holds = virker i regionen { $region }, som { $municipality } hører til
why-acts-for-region-holds = { $body } arbeider for { $region }, som { $municipality } hører til
why-county-wide = gjelder hele fylket
why-word-in = «{ $word }» i { $field ->
    [id] id-en
    [title] tittelen
    [description] beskrivelsen
   *[text] teksten
}
## plan links, regions, bodies, coverage
links-broken-count = { $count ->
    [one] { $count } brutt kobling
   *[other] { $count } brutte koblinger
}
links-unlinked = Tiltak ingen kobler til
links-linking-nowhere = Tiltak som ikke kobler til noe tiltak eller dokument
links-one-way = Enveiskoblinger: A → B der B ikke kobler tilbake
links-choose-view = velg en visning: --broken, --orphans, --one-way eller --graph dot|mermaid (se plan links --help)
regions-col-region = Region
regions-col-municipalities = Kommuner [sentralitetsklasse]
regions-col-aliases = Også kalt
regions-col-items = Tiltak
bodies-col-body = Aktør
bodies-col-responsible-for = Ansvarlig for
bodies-col-partner-in = Partner i
bodies-col-responsible-count = Ansv.
bodies-col-partner-count = Partner
coverage-col-total = Sum
coverage-note = Tallene teller tiltak som virker i regionen: i hele regionen, i en av kommunene eller på et sted i en av dem, eller gjennom en aktør som arbeider for regionen. Steder som bare er nevnt, og fylkesdekkende tiltak, er ikke talt med. En strek (–) viser et tema i et program for et annet fylke.
coverage-note-no-county = { $programme } oppgir ikke fylke: temaene telles i alle regioner.

## Feil på kommandolinja
error-data-not-a-folder = `{ $config }` sier at datamappen er `{ $data }`, men det er ikke en mappe
error-does-not-exist = `{ $path }` finnes ikke
error-no-repository = ikke noe plan-repositorium her: ingen `plan.toml` eller mappe `data/programmes` i `{ $folder }` eller over
    tips: kjør kommandoen inne i et plan-repositorium, eller angi et med --repo STI
error-not-a-day = `{ $text }` er ikke en dato; skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ
error-not-a-date = `{ $text }` er ikke en dato; skriv ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ
error-date-in-future = { $date } er etter i dag ({ $today }); den siste oppdateringen gir status nå, så en dato fram i tid avvises. Legg til --future hvis den er ment
report-since-future = --since { $since } er etter i dag ({ $today }): en periode må ha begynt
report-since-after-as-of = --since { $since } er etter --as-of { $as_of }: perioden ville gått baklengs
error-excel-needs-csv = --excel hører sammen med --format csv
error-filters-need-xlsx = filtrene for tiltak (--programme, --region, --status …) velger tiltak til et regneark og hører sammen med --format xlsx; json, yaml og csv eksporterer alltid hele repositoriet
error-xlsx-needs-out = --format xlsx skriver en fil: legg til --out FIL.xlsx
error-several-regions = `{ $name }` er navnet på flere regioner: `{ $ids }`; bruk id-en til en av dem
error-exists = `{ $path }` finnes allerede; legg til --force for å overskrive den
error-file-exists = `{ $path }` finnes allerede
error-not-git = `{ $path }` er ikke i et git-repositorium; plan diff sammenligner git-revisjoner
error-not-a-revision = `{ $revision }` er ikke en revisjon i dette git-repositoriet
error-could-not-write = kunne ikke skrive `{ $path }`
error-read-only = `{ $path }` er skrivebeskyttet; ingenting er skrevet
error-could-not-move-output = kunne ikke flytte utdataene til `{ $path }`
error-could-not-delete = kunne ikke slette `{ $path }`
error-could-not-keep-copy = kunne ikke ta vare på en kopi av `{ $path }`
error-could-not-create = kunne ikke opprette `{ $path }`
error-not-a-file-name = `{ $path }` er ikke et filnavn
error-is-a-folder = `{ $path }` er en mappe, ikke en fil
error-could-not-create-in = kunne ikke opprette en fil i `{ $folder }`
error-lock-cannot-create = kan ikke låse repositoriet: kan ikke opprette `{ $path }`
error-lock-failed = kan ikke låse `{ $path }`
error-lock-held = en annen `plan`-kjøring har holdt låsen `{ $path }` på repositoriet i over ett minutt; prøv igjen når den er ferdig
error-git-missing = kan ikke kjøre `git`; er git installert og på PATH?
error-git-failed = git { $command } feilet: { $said }
error-git-no-first-commit = git fant ingen første commit for `{ $tip }`
error-git-not-utf8 = git skrev ut en sti som ikke er UTF-8
error-git-unexpected = git { $command } svarte på en måte plan ikke forstår: { $said }
error-cannot-read-data-folder = kan ikke lese datamappen `{ $path }`
error-cannot-read = kan ikke lese `{ $path }`
schema-wrote = skrev { $path }

## plan new
new-no-theme = programmet `{ $programme }` har ikke temaet `{ $theme }`; temaene er { $themes }
new-no-such-level = programmet `{ $programme }` har ikke nivået `{ $level }`; nivåene er { $levels }
new-no-levels = programmet `{ $programme }` har ingen nivåer; utelat --level
new-give-level = programmet `{ $programme }` har nivåer: angi --level ({ $levels })
new-which-programme = hvilket program? angi --programme ({ $programmes }), eller sett `programme` i plan.toml
new-bad-id = `{ $id }` er ikke en gyldig id: små ASCII-ord bundet sammen med `-`, som `{ $slug }`
new-id-taken = `{ $id }` finnes allerede i `{ $folder }/`; velg en annen med --id
new-body-exists = aktøren `{ $name }` finnes allerede, med id-en `{ $id }`: bruk den (plan set ID partners --add { $id }), eller angi --id hvis dette er en annen aktør
new-give-county = angi --county, eller kommunene med --municipality
schema-out-of-date = utdatert
schema-missing = mangler
schema-hint = tips: kjør `plan schema --out { $folder } --force` for å oppdatere

## plan update, set, link, unlink, rename, remove
change-nothing = ingenting å endre
change-link-present = { $back ->
    [yes] { $from } kobler allerede til { $to }
   *[no] kobler allerede til { $to }
}
change-link-absent = { $back ->
    [yes] { $from } kobler ikke til { $to }
   *[no] kobler ikke til { $to }
}
change-refused = ingenting skrevet: endringen ville gitt { $count ->
    [one] { $count } feil
   *[other] { $count } feil
} (vist over, på linjene slik endringen din ville skrevet dem; { $files } er ikke endret)
change-several = `{ $given }` er navnet på flere { $what ->
    [bodies] aktører
    [regions] regioner
   *[municipalities] kommuner
}: { $ids }; angi id-en
change-update-added = oppdatering { $date } lagt til
change-file-deleted = filen er slettet
change-renamed = fikk ny id { $id }, koblinger i { $count } tiltak skrevet om
change-link-added = { $back ->
    [yes] { $from } → { $to } lagt til
   *[no] kobling til { $to } lagt til
}
change-link-removed = { $back ->
    [yes] { $from } → { $to } fjernet
   *[no] kobling til { $to } fjernet
}
change-set = { $field } satt til { $value }
change-added-to = { $key ->
    [partners] { $value } lagt til som samarbeidspartner
    [responsible] { $value } lagt til som ansvarlig
   *[other] { $value } lagt til i { $field }
}
change-already-in = { $key ->
    [partners] { $value } er allerede samarbeidspartner
    [responsible] { $value } er allerede ansvarlig
   *[other] { $value } står allerede i { $field }
}
change-removed-from = { $key ->
    [partners] { $value } fjernet som samarbeidspartner
    [responsible] { $value } fjernet som ansvarlig
   *[other] { $value } fjernet fra { $field }
}
set-period-start = periodens start
set-period-end = periodens slutt
update-empty-text = teksten i oppdateringen er tom; si hva som har skjedd med --text
update-editor-failed = redigeringsprogrammet `{ $editor }` mislyktes; ingenting skrevet
rename-bad-id = `{ $id }` kan ikke være en id: bruk bokstaver, sifre og `-`, som `K12`
rename-taken = `{ $id }` finnes allerede i programmet `{ $programme }`; velg en annen id
rename-off-numbering = `{ $id }` passer ikke i programmet `{ $programme }`, der tiltakene er nummerert etter tema (`{ $theme }1`, `{ $theme }2`, …); mente du `{ $suggestion }`?
link-self = et tiltak kan ikke koble til seg selv
set-not-a-list = `{ $field }` er ikke en liste; --add og --remove endrer listefelt
set-status-has-updates = { $id } har oppdateringer som setter status, og den siste av dem går foran feltet `status`; før endringen inn som en oppdatering: plan update { $id } --status STATUS --text "…"
set-priority-wording = angi også ordlyden for prioriteten, slik kilden har den: `plan set { $id } { $field } { $term } "{ $wording }"`
set-empty = `{ $field }` kan ikke være tomt
set-values = `{ $field }` tar { $count ->
    [one] én verdi
   *[other] { $count } verdier
}; sett anførselstegn rundt tekst med mellomrom
new-empty-title = tittelen er tom; angi tiltakets tittel med --title

template-one-of = En av: { $values }.

show-indicators = Indikatorer
show-baseline = utgangspunkt { $value }
show-measured = målt { $value }
show-target = mål { $value }

remove-later-status = { $id } har en oppdatering datert { $date } som setter status; dater uttaket samme dag eller senere
change-status-unchanged = status forblir { $status } (den nyere oppdateringen datert { $date } bestemmer den)
change-empty = { $what ->
    [reason] begrunnelsen (--reason)
   *[source] tittelen på kilden (--source)
} er tom

## plan.toml
config-not-a-string = `{ $key }` må være en tekst, fant { $found }
config-data-outside = `data` må være en mappe inne i repositoriet (en relativ sti uten `..`), ikke `{ $data }`
config-unknown-language = ukjent språk `{ $value }`; ett av: { $values }
config-severity-table = `severity` må være en tabell over funnkoder, fant { $found }
config-codes-hint = kodene står i `plan validate --help`
config-unknown-code = ukjent funnkode `{ $code }`
config-severity-value = alvorlighetsgraden for `{ $code }` må være en av "{ $values }"
config-cannot-allow = `{ $code }` kan ikke settes til `allow`: en fil som ikke kan leses, er aldri i orden (`warn` går)
config-keys = nøklene er: { $keys }
config-unknown-key = ukjent nøkkel `{ $key }`
config-toml-unquoted = en tekst må stå i anførselstegn, som i `language = "nb"`
config-toml-unclosed-array = lista er ikke lukket; avslutt den med `]`
config-toml-unclosed-table = tabelloverskriften er ikke lukket; avslutt den med `]`
config-toml-unclosed-inline-table = tabellen er ikke lukket; avslutt den med `{"}"}`
config-toml-missing-comma = det mangler komma mellom verdiene i lista
config-toml-missing-value = en nøkkel trenger `=` og en verdi, som i `data = "data"`
config-toml-syntax = ikke gyldig TOML ({ $detail })
error-bad-age = `{ $age }` er ikke en alder; skriv et tall og en enhet: 30d, 2w, 6m eller 1y
error-age-too-long = `{ $age }` går tilbake til før år 1; skriv en kortere alder
import-changes = Endringer i regnearket { $file }
import-no-changes = Ingen endringer i regnearket { $file }
import-written = skrevet: { $files }
import-not-yet = ingenting skrevet ennå: legg til --apply for å skrive endringene
import-errors = { $count ->
    [one] { $count } feil
   *[other] { $count } feil
} i regnearket; ingenting skrevet

## Feil fra kommandolinja (endringer, import, rapport, finne repositoriet)
set-none-responsible = { $id } har nå ingen ansvarlig aktør; det er lov bare når kilden ikke nevner noen (legg til en med `plan set { $id } ansvarlig --add AKTØR`)
set-unknown-level = ukjent nivå `{ $given }`
set-unknown-field = `{ $given }` er ikke et felt `plan set` endrer; ett av { $fields }
set-levels-hint = tips: ett av { $values }
set-empty-member = `{ $field }` kan ikke ha et tomt element
set-place-needs-name = et sted trenger et navn: `NAVN, KOMMUNE`, f.eks. `Beitostølen, Øystre Slidre`
set-place-which-municipality = si hvilken kommune `{ $name }` ligger i: `{ $name }, KOMMUNE` (f.eks. `Beitostølen, Øystre Slidre`)
set-place-no-municipality = stedet `{ $name }` mangler kommune: skriv `{ $name }, Kommune[, type]`
set-period-needs-start = { $id } har ingen periode ennå, så en slutt alene har ingen start å høre til; angi begge: `plan set { $id } { $field } { $start ->
    [none] STARTÅR
   *[other] { $start }
} { $end }`
remove-already-removed = { $id } er allerede tatt ut
remove-linked = { $id } er koblet fra { $from }; fjern koblingene først: `plan unlink { $id } { $targets } --both`
update-editor-empty = { $variable } er tom
update-editor-cannot-start = kan ikke starte redigeringsprogrammet `{ $editor }`
update-no-editor = fant ikke noe redigeringsprogram (så etter { $tried }): sett $VISUAL eller $EDITOR, eller gi teksten med --text
update-repeated = { $id } har allerede denne oppdateringen, datert { $date } med samme status og tekst; ingenting skrevet
update-stdin = kan ikke lese teksten fra standard inndata
update-template-write = Skriv oppdateringen for { $id } over. Linjer som begynner med # tas ikke med;
update-template-empty = en tom tekst skriver ingenting.
report-since-neither = `{ $since }` er verken en dato (ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ) eller en revisjon i dette git-repositoriet
report-git-date = git ga `{ $day }` som datoen til en commit
error-not-a-folder = `{ $path }` er ikke en mappe
error-data-through-link = `{ $config }`: `data = "{ $data }"` fører ut av repositoriet (gjennom en symbolsk lenke)
error-no-plan-data =
    ingen plandata i `{ $path }`: ingen YAML-filer under den
    tips: se docs/format.md for mappene plan leser
error-not-plan-repository =
    `{ $path }` er ikke et plan-repositorium: det har ingen `plan.toml`, ingen `data/programmes` og ingen mappe `programmes`
    tips: angi repositoriet eller datamappen i det

## Endre en fil slik den er skrevet for hånd (plan set, update, link, …)
edit-cannot = kan ikke endre `{ $path }`
edit-not-utf8 = filen er ikke UTF-8-tekst
edit-unsafe = filen kan ikke endres trygt: linje { $line }: { $message }
edit-not-fields = filen kan ikke endres: den er ikke en samling felt
edit-no-member = `{ $list }` har ikke noe element nummer { $index }
edit-member-not-fields = element { $index } i `{ $list }` er ikke et sett med felt
edit-member-one-line = element { $index } i `{ $list }` er skrevet på én linje; skriv det som en blokk først
edit-member-not-found = finner ikke et element i listen i filen
edit-only-words = bare ord og tekster kan fjernes fra en liste på én linje
edit-unclosed-quote = et anførselstegn er ikke lukket
edit-list-not-closed = en liste på én linje er ikke lukket
edit-one-line-mapping = `{ $key }` er skrevet på én linje; skriv det som en blokk først
edit-not-a-mapping = `{ $key }` er ikke en samling felt
edit-not-a-list = `{ $key }` er ikke en liste
edit-one-line-list = `{ $key }` er skrevet som en liste på én linje; skriv den som en blokkliste først

# What went wrong with a file or folder (the operating system's reason).
io-not-found = finnes ikke
io-permission-denied = du har ikke tilgang
io-already-exists = finnes allerede
io-is-a-directory = er en mappe, ikke en fil
io-not-a-directory = en del av stien er ikke en mappe
io-directory-not-empty = mappen er ikke tom
io-read-only-filesystem = disken kan bare leses, ikke skrives til
io-storage-full = disken er full
io-file-too-large = filen er for stor
io-invalid-data = innholdet kan ikke leses (ugyldige data)
io-unexpected-eof = filen slutter for tidlig
io-invalid-filename = navnet er ikke et gyldig filnavn
io-busy = er i bruk av et annet program
io-timed-out = det tok for lang tid
io-interrupted = det ble avbrutt
io-out-of-memory = ikke nok minne
io-broken-pipe = programmet som leste utdataene, stoppet
io-unsupported = dette støttes ikke her
io-crosses-devices = kan ikke flyttes til en annen disk
io-other = operativsystemet sa: { $detail }

# A command line that cannot be read (clap's errors, worded here).
cli-usage = Bruk:
cli-more-help = Skriv `--help` for mer hjelp.
cli-value-missing = `{ $option }` må ha en verdi, men fikk ingen
cli-invalid-value = ugyldig verdi `{ $value }` for `{ $option }`
cli-unknown-option = ukjent valg `{ $option }`
cli-unexpected-value = `{ $value }` var ikke ventet her
cli-too-many-values = `{ $option }` tar ikke flere verdier; `{ $value }` er én for mye
cli-value-count = `{ $option }` fikk feil antall verdier
cli-no-equals = `{ $option }` må ha verdien etter et likhetstegn: `{ $option }=VERDI`
cli-unknown-command = ukjent kommando `{ $command }`
cli-missing-command = `{ $command }` må følges av en kommando: { $commands }
cli-missing-arguments = dette må være med, men mangler:
cli-invalid-utf8 = et argument er ikke gyldig UTF-8-tekst
cli-given-twice = `{ $option }` kan bare gis én gang
cli-the-others = de andre valgene som er gitt
cli-conflict = `{ $option }` kan ikke brukes sammen med { $others }
cli-missing-some = noe som må være med, mangler
cli-tip-as-value = skriv `{ $written }` for å gi `{ $value }` som en verdi
cli-tip-exists = `{ $written }` finnes
cli-tip-no-dashes = kommandoen `{ $command }` finnes; fjern `--` foran den for å bruke den

# The finding codes as rules for code scanning (SARIF).
sarif-example = Eksempel
sarif-fix = Løsning
sarif-catalogue = Alle funnkodene er forklart, med et eksempel, i `tests/fixtures/README.md` i plan-repositoriet.
