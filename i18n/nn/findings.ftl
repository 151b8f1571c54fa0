# Det `plan validate` seier om dataa: meldingar og hjelpelinjer. Funnkodane
# (`broken-link`) er engelske på alle språk.

entity = { $entity ->
    [programme] eit program
    [item] eit tiltak
    [body] ein aktør
    [region] ein region
    [municipality] ein kommune
    [document] eit dokument
    [source] ei kjelde
    [period] ein periode
    [person] ein person
    [funding] ein finansieringspost
    [update] ei statusoppdatering
    [priority] ein prioritet
    [place] ein stad
    [decision] eit vedtak
    [theme] eit tema
    [level] eit nivå
    [share] ein del av ein finansieringspost
   *[other] { $entity }
}
value-type = { $type ->
    [null] ingenting (null)
    [number] eit tal
    [integer] eit heiltal
    [bool] true/false
    [text] tekst
    [list] ei liste
    [mapping] ein tabell med felt
    [field-name] eit feltnamn
   *[other] { $type }
}
value-type-mapping-of = ein tabell med felt ({ $entity })

finding-wrong-type = venta { $expected }, fann { $found }
finding-unknown-field = ukjent felt `{ $field }` i { $entity }
finding-unknown-field-help = felta i { $entity } er: { $fields }
finding-missing-field = { $entity } manglar det påkravde feltet `{ $field }`
finding-missing-field-help = legg til `{ $field }:` ({ PHRASE($about) })
finding-not-allowed = `{ $value }` er ikkje ein tillaten verdi
finding-out-of-range = { $value } er utanfor { $min }–{ $max }
finding-not-a-date = `{ $value }` er ikkje ein dato
finding-not-a-date-help = skriv ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ når kjelda ikkje seier meir
finding-not-a-date-did-you-mean = meinte du { $iso }? Filene skriv datoar som ÅÅÅÅ-MM-DD
finding-line-break = denne teksten står på éi linje, men han har eit linjeskift
finding-line-break-help = slå linjene saman med eit mellomrom; lengre tekst høyrer heime i `notes`
finding-invisible-character = denne teksten har { $code }, eit teikn som ikkje blir vist, så han ser ut som ein tekst han ikkje er: `{ $text }`
finding-invisible-character-help = slett teiknet (tekst limt inn frå ei nettside eller ein PDF kan ha slike); titlar, namn og andre tekstar på éi linje treng aldri slike teikn
finding-invisible-in-prose = denne teksten har { $code }, eit teikn som ikkje blir vist: `{ $text }`
finding-invisible-in-prose-help = slett teiknet (tekst limt inn frå ei nettside eller ein PDF kan ha slike); eit søk finn ikkje eit ord det deler
finding-bad-id = `{ $value }` er ikkje { $shape ->
    [slug] ein gyldig id
    [municipality] eit gyldig kommunenummer
   *[item] ein gyldig tiltaks-id
}
finding-bad-slug-help = id-ar er små ASCII-ord bundne saman med `-`; prøv `{ $slug }`
finding-bad-municipality-help = kommunenummer har fire siffer, som `3403`
finding-bad-item-id-help = tiltaks-id-ar er bokstavar og siffer, som `K3`, eller ord med bindestrek, som `digi-mr`
finding-period-backwards = perioden sluttar ({ $end }) før han byrjar ({ $start })

finding-too-deep = verdiane er nøsta meir enn { $depth } nivå djupt
finding-second-document = ei plan-fil har eitt YAML-dokument; her er det eitt til
finding-unknown-anchor = alias til eit ukjent anker
finding-duplicate-key = feltet `{ $key }` står to gonger (først på linje { $line })
finding-duplicate-key-help = fjern det eine av dei
finding-empty-file = fila har ikkje noko YAML-dokument
finding-empty-file-help = skriv { $entity } her, eller slett fila
finding-tab-help = YAML tillèt ikkje tabulator til innrykk; bruk mellomrom

yaml-tab = tabulator der YAML krev mellomrom
yaml-mapping-value = eit kolon med mellomrom etter (`: `) kan ikkje stå her, inne i ein verdi
yaml-indented-field = linja er rykt inn under eit felt som alt har ein verdi, eller er eitt felt for mykje
yaml-colon = eit kolon (`:`) manglar eller står feil
yaml-expected-key = her skulle det stått eit nytt felt (`namn: verdi`); sjå over innrykket på denne linja og linja over
yaml-indentation = feil innrykk: linja er rykt inn meir eller mindre enn linjene ho høyrer saman med
yaml-list-entry = eit listepunkt (`- `) kan ikkje stå her; sjå over innrykket, og set eit mellomrom etter `-`
yaml-unexpected-character = teiknet `{ $character }` kan ikkje stå først i ein verdi; set teksten i hermeteikn
yaml-unexpected-text = eit teikn her kan ikkje stå først i ein verdi; set teksten i hermeteikn
yaml-quoted-text = ein tekst i hermeteikn er ikkje avslutta, eller har meir etter det siste hermeteiknet
yaml-escape = ukjent teikn etter `\` i ein tekst i doble hermeteikn; skriv `\\` for ei omvend skråstrek, eller bruk enkle hermeteikn
yaml-flow = ei liste i `[ ]` eller eit oppslag i `{"{"} {"}"}` er ikkje lukka, eller manglar komma mellom verdiane
yaml-block-text = ein tekst over fleire linjer (`|` eller `>`) er skriven feil: linjene må rykkjast inn meir enn feltet
yaml-anchor = eit anker (`&namn`) eller alias (`*namn`) er skrive feil; set ein tekst som byrjar med `&` eller `*` i hermeteikn
yaml-markup = YAML-oppmerking som plan-filer ikkje bruker (`!merke`, `%direktiv`, `---`, `...`); set ein tekst som byrjar med `!` eller `%` i hermeteikn
yaml-other = fila er ikkje gyldig YAML her

finding-folder-named-yaml = ei mappe har namn som ei YAML-fil
finding-folder-named-yaml-help = gi mappa eit anna namn; plan les berre filer som sluttar på .yaml
finding-indented-field-help = er linja eit eige felt, fjern mellomromma framfor så ho står rett under dei andre felta; høyrer ho til teksten over, set den teksten i hermeteikn
finding-yml-help = gi fila eit namn som sluttar på .yaml
finding-unknown-file = YAML-fil utanfor mappene plan kjenner
finding-unknown-file-help = plan les programmes/<id>/programme.yaml, programmes/<id>/items/<ID>.yaml, bodies/, regions/, municipalities/ og documents/; sjå docs/format.md
finding-symlink-loop = den symbolske lenkja går i ring tilbake til `{ $target }`
finding-symlink-loop-help = fjern lenkja
finding-cannot-read = kan ikkje lesast: { $reason }
finding-file-too-large = fila er større enn { $mib } MiB
finding-file-too-large-help = plan-filer har éi eining kvar; del opp innhaldet eller flytt det ut av datamappa
finding-not-utf8 = byte { $byte } er ikkje gyldig UTF-8
finding-not-utf8-help = lagre fila som UTF-8 (filer lagra som Latin-1/Windows-1252 øydelegg æ, ø og å)
finding-not-utf8-wide = fila er lagra som { $encoding }, ikkje som UTF-8
finding-not-utf8-wide-help = lagre ho som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8)

finding-duplicate-id = { $kind ->
    [programme] program-id-en
    [body] aktør-id-en
    [region] region-id-en
    [municipality] kommunenummeret
    [document] dokument-id-en
   *[item] tiltaks-id-en
} `{ $id }` er alt brukt i { $place }
finding-duplicate-id-help = gi ein av dei ein annan id
finding-file-name = id-en `{ $id }` stemmer ikkje med filnamnet `{ $stem }.yaml`
finding-file-name-help = gi fila namnet `{ $id }.yaml`, eller endra id-en til `{ $stem }`
finding-folder-name = program-id-en `{ $id }` stemmer ikkje med mappa `{ $folder }`
finding-folder-name-help = gi mappa namnet `{ $id }`, eller endra id-en til `{ $folder }`
finding-programme-mismatch = tiltaket seier program `{ $programme }`, men ligg i mappa til `{ $folder }`
finding-programme-mismatch-help = skriv `programme: { $folder }`, eller flytt fila
finding-missing-programme = programmet `{ $folder }` har ingen programme.yaml
finding-missing-programme-help = lag programmes/{ $folder }/programme.yaml
finding-responsible-also-partner = `{ $body }` står både som ansvarleg og som partnar
finding-responsible-also-partner-help = behald han i berre éi av dei to listene
finding-unknown-document = ukjent dokument `{ $id }`
finding-unknown-theme = programmet `{ $programme }` har ikkje temaet `{ $theme }`
finding-unknown-theme-help = tema: { $themes }
finding-id-theme-mismatch = tiltaket `{ $id }` er nummerert i tema { $prefix }, men har tema `{ $theme }`
finding-id-theme-mismatch-help = bruk tema `{ $prefix }`, eller gi tiltaket eit nummer i tema { $theme }
finding-unknown-level = programmet `{ $programme }` har ikkje nivået `{ $level }`
finding-unknown-level-help = nivå: { $levels }
finding-missing-level = eit tiltak i eit program med nivå manglar feltet `level`
finding-missing-level-help = legg til `level:` med eitt av { $levels }
finding-self-link = tiltaket `{ $id }` koplar til seg sjølv
finding-self-link-help = fjern koplinga
finding-link-to-removed = kopling til `{ $link }`, som er teke ut
finding-link-to-removed-help = fjern koplinga, eller kople til tiltaket som erstatta det
finding-no-programme = det finst ikkje noko program `{ $programme }`
finding-broken-link = kopling til ukjent tiltak `{ $link }`
finding-updates-out-of-order = oppdateringa datert { $date } kjem etter ei datert { $previous }
finding-updates-out-of-order-help = før opp oppdateringane med den eldste først; ein dato med berre månad eller år vert rekna som slutten av han, så `2020-03` kjem før `2020`
finding-status-mismatch = status er `{ $status }`, men den siste oppdateringa seier `{ $latest }`
finding-status-mismatch-help = skriv `status: { $latest }`, eller legg til ei oppdatering som forklarer endringa
finding-ambiguous-name = namnet `{ $name }` høyrer til { $kind ->
    [body] aktøren
   *[region] regionen
} `{ $first }` og til `{ $id }`
finding-ambiguous-name-help = fjern det alternative namnet frå ein av dei, så søk finn éin
finding-listed-twice-at = `{ $value }` står to gonger i `{ $field }` (først på linje { $line })
finding-listed-twice = `{ $value }` står to gonger i `{ $field }`
finding-listed-twice-help = fjern den andre
finding-did-you-mean-named = meinte du `{ $id }` ({ $name })?
finding-unknown-body = ukjend aktør `{ $id }`
finding-unknown-body-help = legg til data/bodies/{ $id }.yaml, eller bruk id-en til ein aktør som finst
finding-unknown-region = ukjend region `{ $id }`
finding-unknown-municipality = ukjend kommune `{ $id }`
finding-unknown-municipality-help = ingen kommune har nummer { $id }; legg til data/municipalities/{ $id }.yaml om det er rett

finding-yml = plan-filer sluttar på `.yaml`, ikkje `.{ $extension }`
finding-alias-bomb = aliasa blir til meir enn { $nodes } verdiar eller { $mib } MiB tekst (ei aliasbombe?)
finding-control-character = kontrollteiknet { $code }, skrive som escape-sekvens, er ikkje tillate
finding-control-character-help = fjern escape-sekvensen; tekstar i plan har ingen kontrollteikn
finding-quote-help = ein tekst som inneheld `: ` må stå i hermeteikn
finding-quote-this = set teksten i hermeteikn: { $quoted }

finding-special-file = ikkje ei vanleg fil (ein FIFO, socket eller eining); plan opnar henne ikkje
finding-special-file-help = fjern henne frå datamappa
finding-symlink-help = erstatt lenkja med sjølve fila eller mappa; plan følgjer ikkje lenkjer
finding-symlink-outside = den symbolske lenkja peikar ut av datamappa; ho blir ikkje følgd
finding-symlink = symbolsk lenkje; ho blir ikkje følgd
finding-control-in-yaml = kontrollteiknet { $code } er ikkje tillate i YAML
finding-control-in-yaml-help = slett det (tekst lima inn frå eit anna program kan ha usynlege teikn)
finding-bidi-control = retningskontrollteiknet { $code } er ikkje tillate: det får tekst til å visast i ei anna rekkjefølgje enn han er lagra i
finding-bidi-control-help = slett det (tekst lima inn frå eit anna program kan ha usynlege teikn)
finding-funding-overflow = finansieringa i { $currency } blir til meir enn { $max } i programmet `{ $programme }`
finding-funding-overflow-help = sjekk beløpa: eitt av dei er truleg skrive feil
finding-part-of-cycle = `part_of` går i ring: { $chain }
finding-part-of-cycle-help = ein aktør kan ikkje vere ein del av seg sjølv; fjern `part_of` frå ein av dei

## JSON-skjemaa (skrivne på bokmål; nynorsk for at katalogen skal vere heil)
schema-entity = { $entity ->
    [programme] program
    [item] tiltak
    [body] aktør
    [region] region
    [municipality] kommune
   *[document] dokument
}
schema-description = Éi fil med { $entity } i eit plan-repositorium (laga av `plan schema` frå formatet programmet sjekkar filene mot).
schema-date = ein dato blir skriven ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD (ein dag som finst), som 2024, 2024-03 eller 2024-03-05
schema-municipality = eit kommunenummer har fire siffer, som 3403
schema-item-id = ein tiltaks-id er bokstavar og siffer, som K3, eller ord bundne saman med -, som digi-mr
schema-item-ref = ein tiltaks-id som K3 eller digi-mr, eller program:ID for eit tiltak i eit anna program, som mr2025:digi-mr
schema-slug = ein id er små ASCII-ord bundne saman med -, som innlandet-fylkeskommune
schema-one-line = denne teksten står på éi linje: ingen linjeskift, og ingen teikn som ikkje blir viste (mellomrom med null breidd, mjuk bindestrek)
schema-enum = tillatne verdiar: { $values }
