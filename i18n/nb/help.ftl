# Hjelpetekstene (`plan --help`, `plan KOMMANDO --help`) på bokmål. De engelske står som
# dokumentasjonskommentarer i src/cli; nøklene følger kommandotreet: about-KOMMANDO,
# after-KOMMANDO, arg-KOMMANDO-VALG.

help-usage = Bruk:
help-usage-options = VALG
help-usage-command = KOMMANDO
help-env = miljøvariabel
help-default = standard
help-values = mulige verdier
help-commands = Kommandoer
help-arguments = Argumenter
help-options = Valg
arg-help = Vis hjelp
arg-version = Vis versjon
about-help = Vis denne hjelpen, eller hjelpen til de gitte kommandoene

# Placeholders for values in the usage line and after options (`--repo <STI>`).
value-AGE = ALDER
value-BODY = AKTØR
value-COUNTY = FYLKE
value-DATE = DATO
value-DEPTH = DYBDE
value-DESCRIPTION = BESKRIVELSE
value-DIR = MAPPE
value-FIELD = FELT
value-FILE = FIL
value-FORMAT = FORMAT
value-ID = ID
value-KIND = TYPE
value-LANG = SPRÅK
value-LEVEL = NIVÅ
value-LINK = KOBLING
value-MUNICIPALITY = KOMMUNE
value-NAME = NAVN
value-NEW_ID = NY_ID
value-OWNER = EIER
value-PARTNER = PARTNER
value-PATH = STI
value-PRIORITY = PRIORITET
value-PROGRAMME = PROGRAM
value-REASON = BEGRUNNELSE
value-REGION = REGION
value-RESPONSIBLE = ANSVARLIG
value-REV = REVISJON
value-REV2 = REVISJON2
value-SHELL = SKALL
value-SORT = SORTERING
value-STATUS = STATUS
value-TARGETS = MÅL
value-TEXT = TEKST
value-THEME = TEMA
value-TITLE = TITTEL
value-VALUES = VERDIER
value-WIDTH = BREDDE
value-WORDS = ORD

about-plan = Valider, søk i, kryssreferer og eksporter regionale utviklingsprogrammer som ligger som YAML i git
after-plan = Avslutningskode: 0 vellykket; 1 dataene har feil (validate) eller et oppslag mislyktes; 2 feil bruk, eller repositoriet kan ikke leses.
arg-plan-repo = Repositoriet (en mappe med `data/`) eller selve datamappen. Standard: finnes ved å gå oppover fra mappen du står i, slik git gjør
arg-plan-lang = Språket i utdataene: nb (bokmål), nn (nynorsk) eller en (engelsk). Standard: `language` i plan.toml, ellers lokaliteten (LC_ALL, LC_MESSAGES, LANG), ellers engelsk
arg-plan-width = Tilpass tabeller og tekst til så mange kolonner; 0 skriver hver linje hel. Standard: `COLUMNS`, ellers terminalens bredde, ellers 80 (som når utdataene sendes til `less`)

about-validate = Kontroller repositoriet: skjema, id-er, koblinger, referanser. For CI
after-validate = Avslutningskode: 0 ingen feil (advarsler er tillatt); 1 feil, eller advarsler med --deny-warnings; 2 feil bruk, eller repositoriet kan ikke leses. Tabellen [severity] i plan.toml gjør en funnkode tillatt (ikke rapportert), til en advarsel eller til en feil.
arg-validate-path = Datamappen (eller et repositorium som har `data/`). Standard: finnes ut fra mappen du står i
arg-validate-format = Utdataformat
arg-validate-deny_warnings = Mislykkes (kode 1) også ved advarsler

about-list = List tiltak, filtrert: `plan list --region Valdres`
after-list =
    Filtrene kombineres med OG; et gjentatt valg betyr ELLER (--region Valdres --region Hadeland).
    Navn treffer uten hensyn til store og små bokstaver eller aksenter, og alternative navn virker: sor-osterdal, Nord-Østerdal, NAV.
    Verdier kan skrives på norsk: --status igangsatt, --priority kort, --level distrikt.
    Eksempler:
      plan list --region Valdres --why
      plan list --theme K --status igangsatt --format csv
      plan list --involves "Høgskolen i Innlandet"
arg-list-programme = Programmets id eller navn
arg-list-theme = Temakode (K) eller navn (kompetanse)
arg-list-level = Nivå: fylke, distrikt eller regionsenter (eller programmets egne navn, som Distriktssatsinger)
arg-list-priority = Prioritet: kort sikt, lang sikt, eller kort og lang sikt
arg-list-status = Status: planlagt, igangsatt, pågår, fullført eller tatt ut
arg-list-responsible = Ansvarlig aktør (id, navn eller alternativt navn)
arg-list-partner = Partner (id, navn eller alternativt navn)
arg-list-involves = Aktør som er ansvarlig eller partner
arg-list-region = Tiltak knyttet til regionen: ved navn, gjennom en av kommunene, eller et sted i en av dem
arg-list-municipality = Kommunenavn eller -nummer, eller et sted i en kommune (Fagernes → Nord-Aurdal)
arg-list-text = Ord som alle må stå i id-en, tittelen eller beskrivelsen
arg-list-links_to = Tiltak som kobler til dette tiltaket
arg-list-linked_from = Tiltak som dette tiltaket kobler til
arg-list-include_removed = Vis også tiltak som er tatt ut (skjult som standard)
arg-list-with_county_wide = Med --region/--municipality: ta også med fylkesdekkende tiltak
arg-list-stale = Tiltak uten statusoppdatering på så lenge (6m, 1y, 2w, 30d); uten verdi gjelder `stale` i plan.toml (standard 6m)
arg-list-today = Dagen som regnes som «i dag» for --stale og --behind (ÅÅÅÅ-MM-DD). Standard: --as-of, ellers i dag
arg-list-why = Fortell hvorfor hvert tiltak passet steds-, aktør- og tekstfiltrene
arg-list-sort = Sorteringsrekkefølge
arg-list-format = Utdataformat

about-show = Vis ett tiltak i sin helhet, med tiltakene som kobler til det: `plan show K3`
arg-show-id = Tiltakets id: `K3`, eller `program:ID` der programmer deler id-er (`mr2025:digi-mr`)
arg-show-format = Utdataformat

about-links = Kryssreferer koblingene: brutte, foreldreløse, enveis, graf
after-links =
    Eksempler:
      plan links --orphans
      plan links --graph dot | dot -Tsvg > links.svg
      plan links --graph mermaid --around K3 --depth 1
arg-links-programme = Bare dette programmet (id eller navn); gjenta for flere
arg-links-broken = Koblinger til tiltak eller dokumenter som ikke finnes, koblinger til seg selv og til tiltak som er tatt ut
arg-links-orphans = Tiltak ingen kobler til, og tiltak som ikke kobler noe sted
arg-links-one_way = Koblinger A → B der B ikke kobler tilbake til A
arg-links-graph = Koblingsgrafen, for Graphviz (`dot -Tsvg`) eller Mermaid (GitHub tegner den)
arg-links-around = Med --graph: bare tiltakene innen --depth koblinger fra dette
arg-links-depth = Med --around: hvor mange koblinger unna
arg-links-format = Utdataformat for --orphans og --one-way

about-regions = Regionene med kommunene sine og hvor mange tiltak som berører hver
arg-regions-format = Utdataformat
about-bodies = Aktørene med tiltakene de er ansvarlige for og partnere i, etter belastning
arg-bodies-format = Utdataformat
arg-bodies-programme = Bare dette programmet (id eller navn)
arg-bodies-all = Ta også med aktører uten tiltak
about-coverage = Tiltak per region og tema, for å se hvor programmet er tynt
arg-coverage-format = Utdataformat
arg-coverage-programme = Bare dette programmet (id eller navn)

about-diff = Hva som er endret mellom to git-revisjoner, eller mellom en revisjon og arbeidskopien
after-diff =
    Eksempler:
      plan diff                 HEAD mot arbeidskopien
      plan diff HEAD~1          forelderen til siste commit mot arbeidskopien
      plan diff main HEAD       to revisjoner
      plan diff v1 --format markdown > endringer.md
arg-diff-from = Revisjonen det sammenlignes fra. Standard: HEAD
arg-diff-to = Revisjonen det sammenlignes med. Standard: arbeidskopien
arg-diff-format = Utdataformat

about-report = En statusrapport til fylkestinget: Markdown for GitHub, eller en nettside
after-report =
    Eksempler:
      plan report --programme innlandet > rapport.md
      plan report --region Valdres --since 2024-01-01
      plan report --format html --out rapport.html --force
arg-report-programme = Bare dette programmet (id eller navn); gjenta for flere. Standard: alle
arg-report-region = Bare tiltak knyttet til denne regionen, som `plan list --region`; tittelen sier det
arg-report-since = Vis alle statusoppdateringer siden denne datoen (ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ), ikke bare den siste
arg-report-format = Utdataformat
arg-report-out = Skriv til denne filen (atomisk) i stedet for til standard utdata
arg-report-force = Med --out: erstatt filen hvis den finnes

about-export = Hele repositoriet som JSON, YAML eller CSV, eller tiltak som et regneark å redigere (xlsx)
after-export =
    Eksempler:
      plan export --format json --out plan.json
      plan export --format csv --excel --out tiltak.csv
      plan export --format xlsx --region Valdres --out valdres.xlsx
arg-export-format = Utdataformat
arg-export-excel = Med --format csv: et byte-rekkefølgemerke (BOM) for UTF-8 og `;` mellom feltene, slik norsk Excel venter
arg-export-out = Skriv til denne filen (atomisk) i stedet for til standard utdata
arg-export-force = Med --out: erstatt filen hvis den finnes

about-new = Start en ny fil for et tiltak, en aktør, en region eller et dokument: `plan new item --theme K --title …`
about-new-item = Et nytt tiltak med neste ledige id i temaet (K12 etter K11)
arg-new-item-programme = Programmet. Standard: `programme` i plan.toml, eller det eneste programmet som har temaet
arg-new-item-theme = Temaet, ved kode (`K`) eller navn
arg-new-item-level = Nivået (fylke, distrikt, regionsenter), eller programmets eget navn på det (`Distriktssatsinger`); påkrevd når programmet har nivåer
arg-new-item-title = Tittelen på tiltaket, slik programmet ordlegger den
arg-new-item-responsible = En ansvarlig aktør, ved id eller navn; gjenta for flere. Standard: programmets eier
about-new-body = En ny aktør (organisasjon)
arg-new-body-name = Navnet på aktøren, slik den selv skriver det
arg-new-body-kind = Hva slags aktør: fylkeskommune, statlig etat, kommune, …
arg-new-body-id = Id-en. Standard: laget av navnet (`Høgskolen i Innlandet` → `hogskolen-i-innlandet`)
about-new-region = En ny region av kommuner
arg-new-region-name = Navnet på regionen
arg-new-region-county = Fylkesnummer, som `34`. Standard: fylket til den første kommunen
arg-new-region-municipality = En kommune i regionen, ved nummer eller navn; gjenta for flere
arg-new-region-id = Id-en. Standard: laget av navnet
about-new-document = Et nytt dokument som tiltak kan koble til
arg-new-document-title = Tittelen på dokumentet, slik det er utgitt
arg-new-document-kind = Hva slags dokument: strategi, plan, handlingsprogram, …
arg-new-document-owner = Aktøren som eier det, ved id eller navn
arg-new-document-id = Id-en. Standard: laget av tittelen

about-schema = Skriv JSON-skjemaene redigeringsprogrammer bruker til fullføring og kontroll: `plan schema --out schema`
after-schema = Avslutningskode: 0 skrevet eller oppdatert; 1 med --check, en skjemafil mangler eller er utdatert; 2 en fil kunne ikke skrives.
arg-schema-out = Mappen skjemaene skrives til
arg-schema-force = Erstatt skjemafiler som avviker fra de genererte
arg-schema-check = Skriv ingenting; si hvilke filer som mangler eller er utdatert, og avslutt med 1 om noen er det

about-completions = Skriv ut et skript for fullføring i skallet: `plan completions bash`
after-completions = Installer for eksempel slik: mkdir -p ~/.local/share/bash-completion/completions; plan completions bash > ~/.local/share/bash-completion/completions/plan; plan completions zsh > ~/.zfunc/_plan; plan completions fish > ~/.config/fish/completions/plan.fish; plan completions powershell >> $PROFILE
arg-completions-shell = Skallet det skal fullføres for
about-man = Skriv ut man-siden (`plan man > plan.1`), eller skriv alle sidene: `plan man --out MAPPE`

arg-plan-dry_run = Vis den nye filen som en diff, og skriv ingenting
arg-new-item-partner = En partner, ved id eller navn; gjenta for flere
arg-new-item-link = Et tiltak det kobles til (`K3`, `mr2025:digi-mr`); gjenta for flere
arg-new-item-region = En region tiltaket gjelder, ved id eller navn; gjenta for flere
arg-new-item-municipality = En kommune tiltaket gjelder, ved nummer eller navn; gjenta for flere
arg-new-item-priority = Prioriteten: kort sikt, lang sikt, eller kort og lang sikt
arg-new-item-description = Teksten om tiltaket (`-` leser den fra standard inndata)

about-update = Før inn fremdrift: en datert statusoppdatering, `plan update K3 --status fullført --text "…"`
arg-update-id = Tiltakets id: `K3`, eller `program:ID` der programmer deler id-er
arg-update-status = Status fra denne datoen: planlagt, igangsatt, pågår, fullført, tatt ut
arg-update-text = Hva som har skjedd, med egne ord (`-` leser teksten fra standard inndata)
arg-update-edit = Skriv teksten i $EDITOR
arg-update-date = Datoen: ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ. Standard: i dag
arg-update-future = Godta en dato etter i dag (statusen i den siste oppdateringen er statusen nå)
arg-update-source = Tittelen på dokumentet som melder det
arg-update-by = Aktøren som melder det, ved id eller navn
arg-update-dry_run = Vis endringen som en diff av YAML-filene, og skriv ingenting
arg-update-format = `human`: én linje som sier hva som ble gjort; `json`: en oppføring av det

about-set = Sett et felt i et tiltak: `plan set K3 status fullført`, `plan set K3 partners --add NAV`
after-set = Koblinger og dokumenter: `plan link ID MÅL…`, `plan unlink ID MÅL…`.
arg-set-id = Tiltakets id: `K3`, eller `program:ID` der programmer deler id-er
arg-set-field = Feltet som skal settes: nøkkelen eller navnet på bokmål eller nynorsk (`partnere`)
arg-set-values = Verdien, eller flere for et listefelt; for `priority` prioriteten og ordlyden, for `period` start- og sluttdato
arg-set-add = Legg verdien til i et listefelt i stedet for å erstatte listen
arg-set-remove = Fjern verdien fra et listefelt
arg-set-dry_run = Vis endringen som en diff av YAML-filene, og skriv ingenting
arg-set-format = `human`: én linje som sier hva som ble gjort; `json`: en oppføring av det

about-link = Legg til koblinger: `plan link K3 K9 --both`
arg-link-id = Tiltaket som kobler: `K3`, eller `program:ID`
arg-link-targets = Tiltak (`K7`, `mr2025:digi-mr`) eller dokumenter (`kulturstrategi-innlandet`)
arg-link-both = Endre også koblingen tilbake fra hvert tiltak det kobles til
arg-link-dry_run = Vis endringen som en diff av YAML-filene, og skriv ingenting
arg-link-format = `human`: én linje som sier hva som ble gjort; `json`: en oppføring av det
about-unlink = Fjern koblinger: `plan unlink K3 K9 --both`
arg-unlink-id = Tiltaket som kobler: `K3`, eller `program:ID`
arg-unlink-targets = Tiltak (`K7`, `mr2025:digi-mr`) eller dokumenter (`kulturstrategi-innlandet`)
arg-unlink-both = Endre også koblingen tilbake fra hvert tiltak
arg-unlink-dry_run = Vis endringen som en diff av YAML-filene, og skriv ingenting
arg-unlink-format = `human`: én linje som sier hva som ble gjort; `json`: en oppføring av det

about-rename = Gi et tiltak en ny id og skriv om alle koblinger til det: `plan rename K3 K12`
arg-rename-id = Tiltaket: `K3`, eller `program:ID`
arg-rename-new_id = Den nye id-en, i samme program
arg-rename-dry_run = Vis endringen som en diff av YAML-filene, og skriv ingenting
arg-rename-format = `human`: én linje som sier hva som ble gjort; `json`: en oppføring av det

about-remove = Marker et tiltak som tatt ut, med begrunnelse: `plan remove K3 --reason "…"` (`--purge` sletter det)
arg-remove-id = Tiltaket: `K3`, eller `program:ID`
arg-remove-reason = Hvorfor det tas ut (skrives i oppdateringen)
arg-remove-date = Datoen for vedtaket: ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ. Standard: i dag
arg-remove-future = Godta en dato etter i dag (statusen i den siste oppdateringen er statusen nå)
arg-remove-purge = Slett filen i stedet; avvises så lenge andre tiltak kobler til det
arg-remove-dry_run = Vis endringen som en diff av YAML-filene, og skriv ingenting
arg-remove-format = `human`: én linje som sier hva som ble gjort; `json`: en oppføring av det

after-man = Installer for eksempel slik: plan man --out ~/.local/share/man/man1
arg-man-out = Skriv `plan.1` og én side per underkommando (`plan-list.1`, `plan-new-item.1`, …) i denne mappen, som lages ved behov, og skriv ut stiene. Uten den går `plan.1` til standard utdata

arg-list-behind = Tiltak med en indikator som ligger bak den rette linjen fra utgangspunkt til mål (eller har passert måldatoen uten å nå målet), per --as-of, --today eller i dag
arg-report-municipality = Bare tiltak knyttet til denne kommunen (navn eller nummer, eller et sted i den), som `plan list --municipality`; gjenta for flere. Tittelen sier det
arg-report-with_county_wide = Med --region eller --municipality: også tiltakene som gjelder hele fylket, i en egen del per tema
arg-report-involves = Bare tiltak denne aktøren (eller en del av den) er ansvarlig for eller partner i
arg-list-as_of = Status, oppdateringer og målinger slik de var på denne datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ): senere oppdateringer teller ikke; en måned eller et år teller som siste dag
arg-list-at = Les dataene slik de var i denne git-revisjonen: en tag, en gren eller en commit
arg-show-as_of = Status, oppdateringer og målinger slik de var på denne datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ): senere oppdateringer teller ikke; en måned eller et år teller som siste dag
arg-show-at = Les dataene slik de var i denne git-revisjonen: en tag, en gren eller en commit
arg-report-as_of = Status, oppdateringer og målinger slik de var på denne datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ): senere oppdateringer teller ikke; en måned eller et år teller som siste dag
arg-report-at = Les dataene slik de var i denne git-revisjonen: en tag, en gren eller en commit
arg-export-as_of = Status, oppdateringer og målinger slik de var på denne datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ): senere oppdateringer teller ikke; en måned eller et år teller som siste dag
arg-export-at = Les dataene slik de var i denne git-revisjonen: en tag, en gren eller en commit
about-import = Les inn igjen et regneark fra `plan export --format xlsx`: vis, kontroller og skriv endringene
after-import =
    Eksempler:
      plan export --format xlsx --region Valdres --out valdres.xlsx
      plan import valdres.xlsx            vis hva regnearket endrer (som --dry-run)
      plan import valdres.xlsx --apply    skriv det

    Avslutningskode: 0 regnearket kan leses inn (eller har ingen endringer); 1 en celle har en feil.
arg-import-file = Regnearket (`.xlsx`) slik `plan export --format xlsx` skrev det og et regnearkprogram lagret det, eller en `.csv`-fil fra `plan export --format csv`
arg-import-apply = Skriv endringene (kontrollert, med repositoriet låst). Uten dette skrives ingenting
arg-import-dry_run = Vis hva regnearket endrer, og skriv ingenting: det import gjør uten --apply
arg-import-force = Ta også arkets verdier for tiltak som er endret i repositoriet siden eksporten
arg-export-programme = Med --format xlsx: programmets id eller navn
arg-export-theme = Med --format xlsx: temakode (K) eller navn (kompetanse)
arg-export-level = Med --format xlsx, nivå: fylke, distrikt eller regionsenter (eller programmets egne navn, som Distriktssatsinger)
arg-export-priority = Med --format xlsx, prioritet: kort sikt, lang sikt, eller kort og lang sikt
arg-export-status = Med --format xlsx, status: planlagt, igangsatt, pågår, fullført eller tatt ut
arg-export-responsible = Med --format xlsx: ansvarlig aktør (id, navn eller alternativt navn)
arg-export-partner = Med --format xlsx: partner (id, navn eller alternativt navn)
arg-export-involves = Med --format xlsx: aktør som er ansvarlig eller partner
arg-export-region = Med --format xlsx: tiltak knyttet til regionen: ved navn, gjennom en av kommunene, eller et sted i en av dem
arg-export-municipality = Med --format xlsx: kommunenavn eller -nummer, eller et sted i en kommune (Fagernes → Nord-Aurdal)
arg-export-text = Med --format xlsx: ord som alle må stå i id-en, tittelen eller beskrivelsen
arg-export-links_to = Med --format xlsx: tiltak som kobler til dette tiltaket
arg-export-linked_from = Med --format xlsx: tiltak som dette tiltaket kobler til
arg-export-include_removed = Med --format xlsx: vis også tiltak som er tatt ut (skjult som standard)
arg-export-with_county_wide = Med --format xlsx og --region/--municipality: ta også med fylkesdekkende tiltak
arg-export-stale = Med --format xlsx: tiltak uten statusoppdatering på så lenge (6m, 1y, 2w, 30d); uten verdi gjelder `stale` i plan.toml (standard 6m)
arg-export-behind = Med --format xlsx: tiltak med en indikator som ligger bak den rette linjen fra utgangspunkt til mål (eller har passert måldatoen uten å nå målet), per --as-of, --today eller i dag
arg-export-today = Med --format xlsx: dagen som regnes som «i dag» for --stale og --behind (ÅÅÅÅ-MM-DD). Standard: --as-of, ellers i dag
