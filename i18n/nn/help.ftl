# Hjelpetekstane (`plan --help`, `plan KOMMANDO --help`) på nynorsk. Dei engelske står som
# dokumentasjonskommentarar i src/cli; nøklane følgjer kommandotreet: about-KOMMANDO,
# after-KOMMANDO, arg-KOMMANDO-VAL.

help-usage = Bruk:
help-usage-options = VAL
help-usage-command = KOMMANDO
help-env = miljøvariabel
help-default = standard
help-values = moglege verdiar
help-commands = Kommandoar
help-arguments = Argument
help-options = Val
arg-help = Vis hjelp
arg-version = Vis versjon
about-help = Vis denne hjelpa, eller hjelpa til dei gitte kommandoane

# Placeholders for values in the usage line and after options (`--repo <STI>`).
value-AGE = ALDER
value-BODY = AKTØR
value-COUNTY = FYLKE
value-DATE = DATO
value-DEPTH = DJUPN
value-DESCRIPTION = SKILDRING
value-DIR = MAPPE
value-FIELD = FELT
value-FILE = FIL
value-FORMAT = FORMAT
value-ID = ID
value-KIND = TYPE
value-LANG = SPRÅK
value-LEVEL = NIVÅ
value-LINK = KOPLING
value-MUNICIPALITY = KOMMUNE
value-NAME = NAMN
value-NEW_ID = NY_ID
value-OWNER = EIGAR
value-PARTNER = PARTNAR
value-PATH = STI
value-PRIORITY = PRIORITET
value-PROGRAMME = PROGRAM
value-REASON = GRUNNGIVING
value-REGION = REGION
value-RESPONSIBLE = ANSVARLEG
value-REV = REVISJON
value-REV2 = REVISJON2
value-SHELL = SKAL
value-SORT = SORTERING
value-STATUS = STATUS
value-TARGETS = MÅL
value-TEXT = TEKST
value-THEME = TEMA
value-TITLE = TITTEL
value-VALUES = VERDIAR
value-WIDTH = BREIDD
value-WORDS = ORD

about-plan = Valider, søk i, kryssreferer og eksporter regionale utviklingsprogram som ligg som YAML i git
after-plan = Avslutningskode: 0 vellukka; 1 dataa har feil (validate) eller eit oppslag mislukkast; 2 feil bruk, eller repositoriet kan ikkje lesast.
arg-plan-repo = Repositoriet (ei mappe med `data/`) eller sjølve datamappa. Standard: blir funne ved å gå oppover frå mappa du står i, slik git gjer
arg-plan-lang = Språket i utdataa: nb (bokmål), nn (nynorsk) eller en (engelsk). Standard: `language` i plan.toml, elles lokaliteten (LC_ALL, LC_MESSAGES, LANG), elles engelsk
arg-plan-width = Tilpass tabellar og tekst til så mange kolonnar; 0 skriv kvar linje heil. Standard: `COLUMNS`, elles breidda til terminalen, elles 80 (som når utdataa går til `less`)

about-validate = Kontroller repositoriet: skjema, id-ar, koplingar, referansar. For CI
after-validate = Avslutningskode: 0 ingen feil (åtvaringar er tillatne); 1 feil, eller åtvaringar med --deny-warnings; 2 feil bruk, eller repositoriet kan ikkje lesast. Tabellen [severity] i plan.toml gjer ein funnkode tillaten (ikkje rapportert), til ei åtvaring eller til ein feil.
arg-validate-path = Datamappa (eller eit repositorium som har `data/`). Standard: blir funne ut frå mappa du står i
arg-validate-format = Utdataformat
arg-validate-deny_warnings = Mislukkast (kode 1) òg ved åtvaringar

about-list = List tiltak, filtrerte: `plan list --region Valdres`
after-list =
    Filtera blir kombinerte med OG; eit gjenteke val tyder ELLER (--region Valdres --region Hadeland).
    Namn treffer utan omsyn til store og små bokstavar eller aksentar, og alternative namn verkar: sor-osterdal, Nord-Østerdal, NAV.
    Verdiar kan skrivast på norsk: --status igangsett, --priority kort, --level distrikt.
    Døme:
      plan list --region Valdres --why
      plan list --theme K --status igangsett --format csv
      plan list --involves "Høgskolen i Innlandet"
arg-list-programme = Id eller namn på programmet
arg-list-theme = Temakode (K) eller namn (kompetanse)
arg-list-level = Nivå: fylke, distrikt eller regionsenter (eller namna programmet sjølv brukar, som Distriktssatsingar)
arg-list-priority = Prioritet: kort sikt, lang sikt, eller kort og lang sikt
arg-list-status = Status: planlagt, sett i gang, pågår, fullført eller teke ut
arg-list-responsible = Ansvarleg aktør (id, namn eller alternativt namn)
arg-list-partner = Partnar (id, namn eller alternativt namn)
arg-list-involves = Aktør som er ansvarleg eller partnar
arg-list-region = Tiltak knytte til regionen: ved namn, gjennom ein av kommunane, eller ein stad i ein av dei
arg-list-municipality = Kommunenamn eller -nummer, eller ein stad i ein kommune (Fagernes → Nord-Aurdal)
arg-list-text = Ord som alle må stå i id-en, tittelen eller skildringa
arg-list-links_to = Tiltak som koplar til dette tiltaket
arg-list-linked_from = Tiltak som dette tiltaket koplar til
arg-list-include_removed = Vis òg tiltak som er tekne ut (skjulte som standard)
arg-list-with_county_wide = Med --region/--municipality: ta òg med fylkesdekkjande tiltak
arg-list-stale = Tiltak utan statusoppdatering på så lenge (6m, 1y, 2w, 30d); utan verdi gjeld `stale` i plan.toml (standard 6m)
arg-list-today = Dagen som blir rekna som «i dag» for --stale og --behind (ÅÅÅÅ-MM-DD). Standard: --as-of, elles i dag
arg-list-why = Fortel kvifor kvart tiltak passa stad-, aktør- og tekstfiltera
arg-list-sort = Sorteringsrekkjefølgje
arg-list-format = Utdataformat

about-show = Vis eitt tiltak i heilskap, med tiltaka som koplar til det: `plan show K3`
arg-show-id = Id-en til tiltaket: `K3`, eller `program:ID` der program deler id-ar (`mr2025:digi-mr`)
arg-show-format = Utdataformat

about-links = Kryssreferer koplingane: brotne, foreldrelause, einvegs, graf
after-links =
    Døme:
      plan links --orphans
      plan links --graph dot | dot -Tsvg > links.svg
      plan links --graph mermaid --around K3 --depth 1
arg-links-programme = Berre dette programmet (id eller namn); gjenta for fleire
arg-links-broken = Koplingar til tiltak eller dokument som ikkje finst, koplingar til seg sjølv og til tiltak som er tekne ut
arg-links-orphans = Tiltak ingen koplar til, og tiltak som ikkje koplar nokon stad
arg-links-one_way = Koplingar A → B der B ikkje koplar tilbake til A
arg-links-graph = Koplingsgrafen, for Graphviz (`dot -Tsvg`) eller Mermaid (GitHub teiknar han)
arg-links-around = Med --graph: berre tiltaka innanfor --depth koplingar frå dette
arg-links-depth = Med --around: kor mange koplingar unna
arg-links-format = Utdataformat for --orphans og --one-way

about-regions = Regionane med kommunane sine og kor mange tiltak som rører ved kvar
arg-regions-format = Utdataformat
about-bodies = Aktørane med tiltaka dei er ansvarlege for og partnarar i, etter belastning
arg-bodies-format = Utdataformat
arg-bodies-programme = Berre dette programmet (id eller namn)
arg-bodies-all = Ta òg med aktørar utan tiltak
about-coverage = Tiltak per region og tema, for å sjå kvar programmet er tynt
arg-coverage-format = Utdataformat
arg-coverage-programme = Berre dette programmet (id eller namn)

about-diff = Kva som er endra mellom to git-revisjonar, eller mellom ein revisjon og arbeidskopien
after-diff =
    Døme:
      plan diff                 HEAD mot arbeidskopien
      plan diff HEAD~1          forelderen til siste commit mot arbeidskopien
      plan diff main HEAD       to revisjonar
      plan diff v1 --format markdown > endringar.md
arg-diff-from = Revisjonen det blir samanlikna frå. Standard: HEAD
arg-diff-to = Revisjonen det blir samanlikna med. Standard: arbeidskopien
arg-diff-format = Utdataformat

about-report = Ein statusrapport til fylkestinget: Markdown for GitHub, eller ei nettside
after-report =
    Døme:
      plan report --programme innlandet > rapport.md
      plan report --region Valdres --since 2024-01-01
      plan report --format html --out rapport.html --force
arg-report-programme = Berre dette programmet (id eller namn); gjenta for fleire. Standard: alle
arg-report-region = Berre tiltak knytte til denne regionen, som `plan list --region`; tittelen seier det
arg-report-since = Vis alle statusoppdateringar sidan denne datoen (ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ), ikkje berre den siste
arg-report-format = Utdataformat
arg-report-out = Skriv til denne fila (atomisk) i staden for til standard utdata
arg-report-force = Med --out: erstatt fila om ho finst

about-export = Heile repositoriet som JSON, YAML eller CSV, eller tiltak som eit rekneark å redigere (xlsx)
after-export =
    Døme:
      plan export --format json --out plan.json
      plan export --format csv --excel --out tiltak.csv
      plan export --format xlsx --region Valdres --out valdres.xlsx
arg-export-format = Utdataformat
arg-export-excel = Med --format csv: eit byte-rekkjefølgjemerke (BOM) for UTF-8 og `;` mellom felta, slik norsk Excel ventar
arg-export-out = Skriv til denne fila (atomisk) i staden for til standard utdata
arg-export-force = Med --out: erstatt fila om ho finst

about-new = Start ei ny fil for eit tiltak, ein aktør, ein region eller eit dokument: `plan new item --theme K --title …`
about-new-item = Eit nytt tiltak med neste ledige id i temaet (K12 etter K11)
arg-new-item-programme = Programmet. Standard: `programme` i plan.toml, eller det einaste programmet som har temaet
arg-new-item-theme = Temaet, ved kode (`K`) eller namn
arg-new-item-level = Nivået (fylke, distrikt, regionsenter), eller namnet programmet sjølv brukar (`Distriktssatsingar`); påkravd når programmet har nivå
arg-new-item-title = Tittelen på tiltaket, slik programmet ordlegg han
arg-new-item-responsible = Ein ansvarleg aktør, ved id eller namn; gjenta for fleire. Standard: eigaren av programmet
about-new-body = Ein ny aktør (organisasjon)
arg-new-body-name = Namnet på aktøren, slik han sjølv skriv det
arg-new-body-kind = Kva slags aktør: fylkeskommune, statleg etat, kommune, …
arg-new-body-id = Id-en. Standard: laga av namnet (`Høgskolen i Innlandet` → `hogskolen-i-innlandet`)
about-new-region = Ein ny region av kommunar
arg-new-region-name = Namnet på regionen
arg-new-region-county = Fylkesnummer, som `34`. Standard: fylket til den første kommunen
arg-new-region-municipality = Ein kommune i regionen, ved nummer eller namn; gjenta for fleire
arg-new-region-id = Id-en. Standard: laga av namnet
about-new-document = Eit nytt dokument som tiltak kan kople til
arg-new-document-title = Tittelen på dokumentet, slik det er gjeve ut
arg-new-document-kind = Kva slags dokument: strategi, plan, handlingsprogram, …
arg-new-document-owner = Aktøren som eig det, ved id eller namn
arg-new-document-id = Id-en. Standard: laga av tittelen

about-schema = Skriv JSON-skjemaa som redigeringsprogram brukar til fullføring og kontroll: `plan schema --out schema`
after-schema = Avslutningskode: 0 skrive eller oppdatert; 1 med --check, ei skjemafil manglar eller er utdatert; 2 ei fil kunne ikkje skrivast.
arg-schema-out = Mappa skjemaa blir skrivne til
arg-schema-force = Erstatt skjemafiler som avvik frå dei genererte
arg-schema-check = Skriv ingenting; sei kva filer som manglar eller er utdaterte, og avslutt med 1 om nokon er det

about-completions = Skriv ut eit skript for fullføring i skalet: `plan completions bash`
after-completions = Installer til dømes slik: mkdir -p ~/.local/share/bash-completion/completions; plan completions bash > ~/.local/share/bash-completion/completions/plan; plan completions zsh > ~/.zfunc/_plan; plan completions fish > ~/.config/fish/completions/plan.fish; plan completions powershell >> $PROFILE
arg-completions-shell = Skalet det skal fullførast for
about-man = Skriv ut man-sida (`plan man > plan.1`), eller skriv alle sidene: `plan man --out MAPPE`

arg-plan-dry_run = Vis den nye fila som ein diff, og skriv ingenting
arg-new-item-partner = Ein partnar, ved id eller namn; gjenta for fleire
arg-new-item-link = Eit tiltak det blir kopla til (`K3`, `mr2025:digi-mr`); gjenta for fleire
arg-new-item-region = Ein region tiltaket gjeld, ved id eller namn; gjenta for fleire
arg-new-item-municipality = Ein kommune tiltaket gjeld, ved nummer eller namn; gjenta for fleire
arg-new-item-priority = Prioriteten: kort sikt, lang sikt, eller kort og lang sikt
arg-new-item-description = Teksten om tiltaket (`-` les han frå standard inndata)

about-update = Før inn framdrift: ei datert statusoppdatering, `plan update K3 --status fullført --text "…"`
arg-update-id = Id-en til tiltaket: `K3`, eller `program:ID` der program deler id-ar
arg-update-status = Status frå denne datoen: planlagt, sett i gang, pågår, fullført, teke ut
arg-update-text = Kva som har skjedd, med eigne ord (`-` les teksten frå standard inndata)
arg-update-edit = Skriv teksten i $EDITOR
arg-update-date = Datoen: ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ. Standard: i dag
arg-update-future = Godta ein dato etter i dag (statusen i den siste oppdateringa er statusen no)
arg-update-source = Tittelen på dokumentet som melder det
arg-update-by = Aktøren som melder det, ved id eller namn
arg-update-dry_run = Vis endringa som ein diff av YAML-filene, og skriv ingenting
arg-update-format = `human`: éi linje som seier kva som vart gjort; `json`: ei oppføring av det

about-set = Set eit felt i eit tiltak: `plan set K3 status fullført`, `plan set K3 partners --add NAV`
after-set = Koplingar og dokument: `plan link ID MÅL…`, `plan unlink ID MÅL…`.
arg-set-id = Id-en til tiltaket: `K3`, eller `program:ID` der program deler id-ar
arg-set-field = Feltet som skal setjast: nøkkelen eller namnet på bokmål eller nynorsk (`partnarar`)
arg-set-values = Verdien, eller fleire for eit listefelt; for `priority` prioriteten og ordlyden, for `period` start- og sluttdato
arg-set-add = Legg verdien til i eit listefelt i staden for å erstatte lista
arg-set-remove = Fjern verdien frå eit listefelt
arg-set-dry_run = Vis endringa som ein diff av YAML-filene, og skriv ingenting
arg-set-format = `human`: éi linje som seier kva som vart gjort; `json`: ei oppføring av det

about-link = Legg til koplingar: `plan link K3 K9 --both`
arg-link-id = Tiltaket som koplar: `K3`, eller `program:ID`
arg-link-targets = Tiltak (`K7`, `mr2025:digi-mr`) eller dokument (`kulturstrategi-innlandet`)
arg-link-both = Endra òg koplinga tilbake frå kvart tiltak det blir kopla til
arg-link-dry_run = Vis endringa som ein diff av YAML-filene, og skriv ingenting
arg-link-format = `human`: éi linje som seier kva som vart gjort; `json`: ei oppføring av det
about-unlink = Fjern koplingar: `plan unlink K3 K9 --both`
arg-unlink-id = Tiltaket som koplar: `K3`, eller `program:ID`
arg-unlink-targets = Tiltak (`K7`, `mr2025:digi-mr`) eller dokument (`kulturstrategi-innlandet`)
arg-unlink-both = Endra òg koplinga tilbake frå kvart tiltak
arg-unlink-dry_run = Vis endringa som ein diff av YAML-filene, og skriv ingenting
arg-unlink-format = `human`: éi linje som seier kva som vart gjort; `json`: ei oppføring av det

about-rename = Gi eit tiltak ein ny id og skriv om alle koplingar til det: `plan rename K3 K12`
arg-rename-id = Tiltaket: `K3`, eller `program:ID`
arg-rename-new_id = Den nye id-en, i same program
arg-rename-dry_run = Vis endringa som ein diff av YAML-filene, og skriv ingenting
arg-rename-format = `human`: éi linje som seier kva som vart gjort; `json`: ei oppføring av det

about-remove = Merk eit tiltak som teke ut, med grunngiving: `plan remove K3 --reason "…"` (`--purge` slettar det)
arg-remove-id = Tiltaket: `K3`, eller `program:ID`
arg-remove-reason = Kvifor det blir teke ut (blir skrive i oppdateringa)
arg-remove-date = Datoen for vedtaket: ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ. Standard: i dag
arg-remove-future = Godta ein dato etter i dag (statusen i den siste oppdateringa er statusen no)
arg-remove-purge = Slett fila i staden; blir avvist så lenge andre tiltak koplar til det
arg-remove-dry_run = Vis endringa som ein diff av YAML-filene, og skriv ingenting
arg-remove-format = `human`: éi linje som seier kva som vart gjort; `json`: ei oppføring av det

after-man = Installer til dømes slik: plan man --out ~/.local/share/man/man1
arg-man-out = Skriv `plan.1` og éi side per underkommando (`plan-list.1`, `plan-new-item.1`, …) i denne mappa, som blir laga ved behov, og skriv ut stiane. Utan han går `plan.1` til standard utdata

arg-list-behind = Tiltak med ein indikator som ligg bak den rette linja frå utgangspunkt til mål (eller har passert måldatoen utan å nå målet), per --as-of, --today eller i dag
arg-report-municipality = Berre tiltak knytte til denne kommunen (namn eller nummer, eller ein stad i han), som `plan list --municipality`; gjenta for fleire. Tittelen seier det
arg-report-with_county_wide = Med --region eller --municipality: òg tiltaka som gjeld heile fylket, i ein eigen del per tema
arg-report-involves = Berre tiltak denne aktøren (eller ein del av han) er ansvarleg for eller partnar i
arg-list-as_of = Status, oppdateringar og målingar slik dei var på denne datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ): seinare oppdateringar tel ikkje; ein månad eller eit år tel som siste dag
arg-list-at = Les dataa slik dei var i denne git-revisjonen: ein tag, ei grein eller ein commit
arg-show-as_of = Status, oppdateringar og målingar slik dei var på denne datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ): seinare oppdateringar tel ikkje; ein månad eller eit år tel som siste dag
arg-show-at = Les dataa slik dei var i denne git-revisjonen: ein tag, ei grein eller ein commit
arg-report-as_of = Status, oppdateringar og målingar slik dei var på denne datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ): seinare oppdateringar tel ikkje; ein månad eller eit år tel som siste dag
arg-report-at = Les dataa slik dei var i denne git-revisjonen: ein tag, ei grein eller ein commit
arg-export-as_of = Status, oppdateringar og målingar slik dei var på denne datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ): seinare oppdateringar tel ikkje; ein månad eller eit år tel som siste dag
arg-export-at = Les dataa slik dei var i denne git-revisjonen: ein tag, ei grein eller ein commit
about-import = Les inn att eit rekneark frå `plan export --format xlsx`: vis, kontroller og skriv endringane
after-import =
    Døme:
      plan export --format xlsx --region Valdres --out valdres.xlsx
      plan import valdres.xlsx            vis kva reknearket endrar (som --dry-run)
      plan import valdres.xlsx --apply    skriv det

    Avslutningskode: 0 reknearket kan lesast inn (eller har ingen endringar); 1 ei celle har ein feil.
arg-import-file = Reknearket (`.xlsx`) slik `plan export --format xlsx` skreiv det og eit reknearkprogram lagra det, eller ei `.csv`-fil frå `plan export --format csv`
arg-import-apply = Skriv endringane (kontrollert, med repositoriet låst). Utan dette blir ingenting skrive
arg-import-dry_run = Vis kva reknearket endrar, og skriv ingenting: det import gjer utan --apply
arg-import-force = Ta òg verdiane i arket for tiltak som er endra i repositoriet sidan eksporten
arg-export-programme = Med --format xlsx: id eller namn på programmet
arg-export-theme = Med --format xlsx: temakode (K) eller namn (kompetanse)
arg-export-level = Med --format xlsx, nivå: fylke, distrikt eller regionsenter (eller namna programmet sjølv brukar, som Distriktssatsingar)
arg-export-priority = Med --format xlsx, prioritet: kort sikt, lang sikt, eller kort og lang sikt
arg-export-status = Med --format xlsx, status: planlagt, sett i gang, pågår, fullført eller teke ut
arg-export-responsible = Med --format xlsx: ansvarleg aktør (id, namn eller alternativt namn)
arg-export-partner = Med --format xlsx: partnar (id, namn eller alternativt namn)
arg-export-involves = Med --format xlsx: aktør som er ansvarleg eller partnar
arg-export-region = Med --format xlsx: tiltak knytte til regionen: ved namn, gjennom ein av kommunane, eller ein stad i ein av dei
arg-export-municipality = Med --format xlsx: kommunenamn eller -nummer, eller ein stad i ein kommune (Fagernes → Nord-Aurdal)
arg-export-text = Med --format xlsx: ord som alle må stå i id-en, tittelen eller skildringa
arg-export-links_to = Med --format xlsx: tiltak som koplar til dette tiltaket
arg-export-linked_from = Med --format xlsx: tiltak som dette tiltaket koplar til
arg-export-include_removed = Med --format xlsx: vis òg tiltak som er tekne ut (skjulte som standard)
arg-export-with_county_wide = Med --format xlsx og --region/--municipality: ta òg med fylkesdekkjande tiltak
arg-export-stale = Med --format xlsx: tiltak utan statusoppdatering på så lenge (6m, 1y, 2w, 30d); utan verdi gjeld `stale` i plan.toml (standard 6m)
arg-export-behind = Med --format xlsx: tiltak med ein indikator som ligg bak den rette linja frå utgangspunkt til mål (eller har passert måldatoen utan å nå målet), per --as-of, --today eller i dag
arg-export-today = Med --format xlsx: dagen som blir rekna som «i dag» for --stale og --behind (ÅÅÅÅ-MM-DD). Standard: --as-of, elles i dag
