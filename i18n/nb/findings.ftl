# Det `plan validate` sier om dataene: meldinger og hjelpelinjer. Funnkodene
# (`broken-link`) er engelske på alle språk.

entity = { $entity ->
    [programme] et program
    [item] et tiltak
    [body] en aktør
    [region] en region
    [municipality] en kommune
    [document] et dokument
    [source] en kilde
    [period] en periode
    [person] en person
    [funding] en finansieringspost
    [update] en statusoppdatering
    [priority] en prioritet
    [place] et sted
    [decision] et vedtak
    [theme] et tema
    [level] et nivå
    [share] en del av en finansieringspost
   *[other] { $entity }
}
value-type = { $type ->
    [null] ingenting (null)
    [number] et tall
    [integer] et heltall
    [bool] true/false
    [text] tekst
    [list] en liste
    [mapping] en tabell med felt
    [field-name] et feltnavn
   *[other] { $type }
}
value-type-mapping-of = en tabell med felt ({ $entity })

finding-wrong-type = ventet { $expected }, fant { $found }
finding-unknown-field = ukjent felt `{ $field }` i { $entity }
finding-unknown-field-help = feltene i { $entity } er: { $fields }
finding-missing-field = { $entity } mangler det påkrevde feltet `{ $field }`
finding-missing-field-help = legg til `{ $field }:` ({ PHRASE($about) })
finding-not-allowed = `{ $value }` er ikke en tillatt verdi
finding-out-of-range = { $value } er utenfor { $min }–{ $max }
finding-not-a-date = `{ $value }` er ikke en dato
finding-not-a-date-help = skriv ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ når kilden ikke sier mer
finding-not-a-date-did-you-mean = mente du { $iso }? Filene skriver datoer som ÅÅÅÅ-MM-DD
finding-line-break = denne teksten står på én linje, men den har et linjeskift
finding-line-break-help = slå linjene sammen med et mellomrom; lengre tekst hører hjemme i `notes`
finding-invisible-character = denne teksten har { $code }, et tegn som ikke vises, så den ser ut som en tekst den ikke er: `{ $text }`
finding-invisible-character-help = slett tegnet (tekst limt inn fra en nettside eller en PDF kan ha slike); titler, navn og andre tekster på én linje trenger aldri slike tegn
finding-invisible-in-prose = denne teksten har { $code }, et tegn som ikke vises: `{ $text }`
finding-invisible-in-prose-help = slett tegnet (tekst limt inn fra en nettside eller en PDF kan ha slike); et søk finner ikke et ord det deler
finding-bad-id = `{ $value }` er ikke { $shape ->
    [slug] en gyldig id
    [municipality] et gyldig kommunenummer
   *[item] en gyldig tiltaks-id
}
finding-bad-slug-help = id-er er små ASCII-ord bundet sammen med `-`; prøv `{ $slug }`
finding-bad-municipality-help = kommunenumre har fire sifre, som `3403`
finding-bad-item-id-help = tiltaks-id-er er bokstaver og sifre, som `K3`, eller ord med bindestrek, som `digi-mr`
finding-period-backwards = perioden slutter ({ $end }) før den begynner ({ $start })

finding-too-deep = verdiene er nøstet mer enn { $depth } nivåer dypt
finding-second-document = en plan-fil har ett YAML-dokument; her er det et til
finding-unknown-anchor = alias til et ukjent anker
finding-duplicate-key = feltet `{ $key }` står to ganger (først på linje { $line })
finding-duplicate-key-help = fjern det ene av dem
finding-empty-file = filen har ikke noe YAML-dokument
finding-empty-file-help = skriv { $entity } her, eller slett filen
finding-tab-help = YAML tillater ikke tabulator til innrykk; bruk mellomrom

yaml-tab = tabulator der YAML krever mellomrom
yaml-mapping-value = et kolon med mellomrom etter (`: `) kan ikke stå her, inne i en verdi
yaml-indented-field = linjen er rykket inn under et felt som allerede har en verdi, eller er et felt for mye
yaml-colon = et kolon (`:`) mangler eller står feil
yaml-expected-key = her skulle det stått et nytt felt (`navn: verdi`); sjekk innrykket på denne linjen og linjen over
yaml-indentation = feil innrykk: linjen er rykket inn mer eller mindre enn linjene den hører sammen med
yaml-list-entry = et listepunkt (`- `) kan ikke stå her; sjekk innrykket, og sett et mellomrom etter `-`
yaml-unexpected-character = tegnet `{ $character }` kan ikke stå først i en verdi; sett teksten i anførselstegn
yaml-unexpected-text = et tegn her kan ikke stå først i en verdi; sett teksten i anførselstegn
yaml-quoted-text = en tekst i anførselstegn er ikke avsluttet, eller har mer etter det siste anførselstegnet
yaml-escape = ukjent tegn etter `\` i en tekst i doble anførselstegn; skriv `\\` for en omvendt skråstrek, eller bruk enkle anførselstegn
yaml-flow = en liste i `[ ]` eller et oppslag i `{"{"} {"}"}` er ikke lukket, eller mangler komma mellom verdiene
yaml-block-text = en tekst over flere linjer (`|` eller `>`) er skrevet feil: linjene må rykkes inn mer enn feltet
yaml-anchor = et anker (`&navn`) eller alias (`*navn`) er skrevet feil; sett en tekst som begynner med `&` eller `*` i anførselstegn
yaml-markup = YAML-oppmerking som plan-filer ikke bruker (`!merke`, `%direktiv`, `---`, `...`); sett en tekst som begynner med `!` eller `%` i anførselstegn
yaml-other = filen er ikke gyldig YAML her

finding-folder-named-yaml = en mappe har navn som en YAML-fil
finding-folder-named-yaml-help = gi mappen et annet navn; plan leser bare filer som slutter på .yaml
finding-indented-field-help = er linjen et eget felt, fjern mellomrommene foran så den står rett under de andre feltene; hører den til teksten over, sett den teksten i anførselstegn
finding-yml-help = gi filen et navn som slutter på .yaml
finding-unknown-file = YAML-fil utenfor mappene plan kjenner
finding-unknown-file-help = plan leser programmes/<id>/programme.yaml, programmes/<id>/items/<ID>.yaml, bodies/, regions/, municipalities/ og documents/; se docs/format.md
finding-symlink-loop = den symbolske lenken går i ring tilbake til `{ $target }`
finding-symlink-loop-help = fjern lenken
finding-cannot-read = kan ikke leses: { $reason }
finding-file-too-large = filen er større enn { $mib } MiB
finding-file-too-large-help = plan-filer har én enhet hver; del opp innholdet eller flytt det ut av datamappen
finding-not-utf8 = byte { $byte } er ikke gyldig UTF-8
finding-not-utf8-help = lagre filen som UTF-8 (filer lagret som Latin-1/Windows-1252 ødelegger æ, ø og å)
finding-not-utf8-wide = filen er lagret som { $encoding }, ikke som UTF-8
finding-not-utf8-wide-help = lagre den som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8)

finding-duplicate-id = { $kind ->
    [programme] program-id-en
    [body] aktør-id-en
    [region] region-id-en
    [municipality] kommunenummeret
    [document] dokument-id-en
   *[item] tiltaks-id-en
} `{ $id }` er allerede brukt i { $place }
finding-duplicate-id-help = gi en av dem en annen id
finding-file-name = id-en `{ $id }` stemmer ikke med filnavnet `{ $stem }.yaml`
finding-file-name-help = gi filen navnet `{ $id }.yaml`, eller endre id-en til `{ $stem }`
finding-folder-name = program-id-en `{ $id }` stemmer ikke med mappen `{ $folder }`
finding-folder-name-help = gi mappen navnet `{ $id }`, eller endre id-en til `{ $folder }`
finding-programme-mismatch = tiltaket sier program `{ $programme }`, men ligger i mappen til `{ $folder }`
finding-programme-mismatch-help = skriv `programme: { $folder }`, eller flytt filen
finding-missing-programme = programmet `{ $folder }` har ingen programme.yaml
finding-missing-programme-help = lag programmes/{ $folder }/programme.yaml
finding-responsible-also-partner = `{ $body }` står både som ansvarlig og som partner
finding-responsible-also-partner-help = behold den i bare én av de to listene
finding-unknown-document = ukjent dokument `{ $id }`
finding-unknown-theme = programmet `{ $programme }` har ikke temaet `{ $theme }`
finding-unknown-theme-help = temaer: { $themes }
finding-id-theme-mismatch = tiltaket `{ $id }` er nummerert i tema { $prefix }, men har tema `{ $theme }`
finding-id-theme-mismatch-help = bruk tema `{ $prefix }`, eller gi tiltaket et nummer i tema { $theme }
finding-unknown-level = programmet `{ $programme }` har ikke nivået `{ $level }`
finding-unknown-level-help = nivåer: { $levels }
finding-missing-level = et tiltak i et program med nivåer mangler feltet `level`
finding-missing-level-help = legg til `level:` med en av { $levels }
finding-self-link = tiltaket `{ $id }` kobler til seg selv
finding-self-link-help = fjern koblingen
finding-link-to-removed = kobling til `{ $link }`, som er tatt ut
finding-link-to-removed-help = fjern koblingen, eller koble til tiltaket som erstattet det
finding-no-programme = det finnes ikke noe program `{ $programme }`
finding-broken-link = kobling til ukjent tiltak `{ $link }`
finding-updates-out-of-order = oppdateringen datert { $date } kommer etter en datert { $previous }
finding-updates-out-of-order-help = før opp oppdateringene med den eldste først; en dato med bare måned eller år regnes som slutten av den, så `2020-03` kommer før `2020`
finding-status-mismatch = status er `{ $status }`, men den siste oppdateringen sier `{ $latest }`
finding-status-mismatch-help = skriv `status: { $latest }`, eller legg til en oppdatering som forklarer endringen
finding-ambiguous-name = navnet `{ $name }` hører til { $kind ->
    [body] aktøren
   *[region] regionen
} `{ $first }` og til `{ $id }`
finding-ambiguous-name-help = fjern det alternative navnet fra en av dem, så søk finner én
finding-listed-twice-at = `{ $value }` står to ganger i `{ $field }` (først på linje { $line })
finding-listed-twice = `{ $value }` står to ganger i `{ $field }`
finding-listed-twice-help = fjern den andre
finding-did-you-mean-named = mente du `{ $id }` ({ $name })?
finding-unknown-body = ukjent aktør `{ $id }`
finding-unknown-body-help = legg til data/bodies/{ $id }.yaml, eller bruk id-en til en aktør som finnes
finding-unknown-region = ukjent region `{ $id }`
finding-unknown-municipality = ukjent kommune `{ $id }`
finding-unknown-municipality-help = ingen kommune har nummer { $id }; legg til data/municipalities/{ $id }.yaml hvis det er riktig

finding-yml = plan-filer slutter på `.yaml`, ikke `.{ $extension }`
finding-alias-bomb = aliasene blir til mer enn { $nodes } verdier eller { $mib } MiB tekst (en aliasbombe?)
finding-control-character = kontrolltegnet { $code }, skrevet som escape-sekvens, er ikke tillatt
finding-control-character-help = fjern escape-sekvensen; tekster i plan har ingen kontrolltegn
finding-quote-help = en tekst som inneholder `: ` må stå i anførselstegn
finding-quote-this = sett teksten i anførselstegn: { $quoted }

finding-special-file = ikke en vanlig fil (en FIFO, socket eller enhet); plan åpner den ikke
finding-special-file-help = fjern den fra datamappen
finding-symlink-help = erstatt lenken med selve filen eller mappen; plan følger ikke lenker
finding-symlink-outside = den symbolske lenken peker ut av datamappen; den følges ikke
finding-symlink = symbolsk lenke; den følges ikke
finding-control-in-yaml = kontrolltegnet { $code } er ikke tillatt i YAML
finding-control-in-yaml-help = slett det (tekst limt inn fra et annet program kan ha usynlige tegn)
finding-bidi-control = retningskontrolltegnet { $code } er ikke tillatt: det får tekst til å vises i en annen rekkefølge enn den er lagret i
finding-bidi-control-help = slett det (tekst limt inn fra et annet program kan ha usynlige tegn)
finding-funding-overflow = finansieringen i { $currency } blir til mer enn { $max } i programmet `{ $programme }`
finding-funding-overflow-help = sjekk beløpene: ett av dem er trolig skrevet feil
finding-part-of-cycle = `part_of` går i ring: { $chain }
finding-part-of-cycle-help = en aktør kan ikke være en del av seg selv; fjern `part_of` fra en av dem

## JSON-skjemaene (det redigeringsprogrammet viser)
schema-entity = { $entity ->
    [programme] program
    [item] tiltak
    [body] aktør
    [region] region
    [municipality] kommune
   *[document] dokument
}
schema-description = Én fil med { $entity } i et plan-repositorium (laget av `plan schema` fra formatet programmet sjekker filene mot).
schema-date = en dato skrives ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD (en dag som finnes), som 2024, 2024-03 eller 2024-03-05
schema-municipality = et kommunenummer har fire sifre, som 3403
schema-item-id = en tiltaks-id er bokstaver og sifre, som K3, eller ord bundet sammen med -, som digi-mr
schema-item-ref = en tiltaks-id som K3 eller digi-mr, eller program:ID for et tiltak i et annet program, som mr2025:digi-mr
schema-slug = en id er små ASCII-ord bundet sammen med -, som innlandet-fylkeskommune
schema-one-line = denne teksten står på én linje: ingen linjeskift, og ingen tegn som ikke vises (mellomrom med null bredde, myk bindestrek)
schema-enum = tillatte verdier: { $values }
