# Funnkodane forklarte for kodeskanning (SARIF-reglane til `plan validate --format sarif`) på nynorsk.
# Dei engelske står i src/diagnostic.rs og src/render/diagnostics.rs; nøklane er
# rule-KODE-about (kva funnet tyder), rule-KODE-example (eit døme) og rule-KODE-fix (korleis det blir retta).


rule-io-error-about = ei fil eller mappe kunne ikkje lesast
rule-io-error-example = Ei fil eller mappe som ikkje kan lesast, eller ei symbolsk lenkje som peikar til noko som ikkje finst.
rule-io-error-fix = Gi fila lesetilgang, eller fjern den brotne lenkja.

rule-not-utf8-about = ei fil er ikkje gyldig UTF-8-tekst
rule-not-utf8-example = Ein `å` lagra som Latin-1 (byte 0xE5) i ei YAML-fil.
rule-not-utf8-fix = Lagre fila som UTF-8 i redigeringsprogrammet.

rule-file-too-large-about = ei fil er større enn plan les
rule-file-too-large-example = Ei fil på over 8 MiB.
rule-file-too-large-fix = Del innhaldet på fleire filer, eller flytt store vedlegg ut av `data/`.

rule-symlink-loop-about = ei symbolsk lenkje fører tilbake til ei mappe som inneheld henne
rule-symlink-loop-example = Ei symbolsk lenkje tilbake til ei mappe ho sjølv ligg i.
rule-symlink-loop-fix = Fjern lenkja.

rule-symlink-about = ei symbolsk lenkje, som plan ikkje følgjer (ho kan føre ut av repositoriet)
rule-symlink-example = Ei symbolsk lenkje til `/etc/passwd` eller til ei anna fil i datamappa.
rule-symlink-fix = Byt ut lenkja med sjølve fila eller mappa; plan følgjer ingen lenkjer.

rule-special-file-about = ein FIFO, socket eller einingsfil, som plan aldri opnar
rule-special-file-example = Ein FIFO, socket eller einingsfil i datamappa.
rule-special-file-fix = Fjern han; plan opnar aldri anna enn vanlege filer.

rule-control-character-about = ei fil har eit kontrollteikn (NUL, escape …) som YAML ikkje tillèt
rule-control-character-example = Ein NUL-byte eller eit escape-teikn (rått, eller skrive `\e` i ein tekst i hermeteikn).
rule-control-character-fix = Slett teiknet; tekstar har ingen kontrollteikn utanom tabulator og linjeskift.

rule-unknown-file-about = ei YAML-fil utanfor mappene plan kjenner
rule-unknown-file-example = `notes/todo.yaml` eller `bodies/extra.yml`: ei YAML-fil utanfor mappene plan les, eller som ikkje sluttar på `.yaml`.
rule-unknown-file-fix = Flytt fila inn i `programmes/`, `bodies/`, `regions/`, `municipalities/` eller `documents/` med endinga `.yaml`, eller fjern henne.

rule-empty-file-about = ei YAML-fil har ikkje noko dokument
rule-empty-file-example = Ei YAML-fil som er tom eller berre har kommentarar.
rule-empty-file-fix = Fyll inn innhaldet, eller slett fila.

rule-yaml-syntax-about = ei fil er ikkje gyldig YAML
rule-yaml-syntax-example = Ein tittel utan hermeteikn med `: ` i seg, ei linje rykt inn med tabulator, eller eit dokument nummer to etter `---`.
rule-yaml-syntax-fix = Set tekst som inneheld `: ` eller `#`, i hermeteikn, rykk inn med mellomrom, og hald eitt dokument per fil.

rule-yaml-limit-about = ei fil er nøsta for djupt, eller aliasa veks for mykje
rule-yaml-limit-example = Lister nøsta tusenvis av nivå djupt, eller alias som blir til milliardar av verdiar.
rule-yaml-limit-fix = Skriv verdiane ut; plan avviser nøsting djupare enn 64 nivå og alias som blir til meir enn ein million verdiar eller 10 MiB tekst.

rule-duplicate-key-about = det same feltet to gonger på éin stad
rule-duplicate-key-example = `title` to gonger i eitt tiltak.
rule-duplicate-key-fix = Behald det eine av dei to felta.

rule-wrong-type-about = ein verdi av feil slag (tekst, liste, oppslag, tal)
rule-wrong-type-example = `responsible: demo-county`: tekst der det skal stå ei liste.
rule-wrong-type-fix = Skriv verdien i den forma feltet tek, til dømes `responsible: [demo-county]`.

rule-unknown-field-about = eit felt formatet ikkje har
rule-unknown-field-example = `partnres:` i eit tiltak.
rule-unknown-field-fix = Rett skrivemåten (hjelpeteksten nemner det næraste feltet), eller fjern feltet; `docs/format.md` viser alle felta.

rule-missing-field-about = eit påkravd felt manglar
rule-missing-field-example = Eit tiltak utan `title`.
rule-missing-field-fix = Legg til feltet som krevst.

rule-invalid-value-about = ein verdi som ikkje er tillaten (fast verdiliste, id eller dato)
rule-invalid-value-example = `status: begun`, som ikkje er ein av dei tillatne statusane; ein id eller dato som er skriven feil.
rule-invalid-value-fix = Bruk ein av dei tillatne verdiane meldinga viser, eller forma som er vist.

rule-invisible-character-about = ein tittel, eit namn eller ein annan tekst på éi linje har eit teikn som ikkje synest (mellomrom med null breidd, mjuk bindestrek …)
rule-invisible-character-example = Eit mellomrom med null breidd, ein mjuk bindestrek, ein ordbindar eller eit anna teikn som ikkje synest, i ein tittel, eit namn, eit alias, ei eining eller ein annan tekst på éi linje: `K1` og `K1` med eit mellomrom med null breidd ser like ut i alle utdata.
rule-invisible-character-fix = Slett teiknet (meldinga viser det som `{"\\u{200b}"}`); tekstar på éi linje treng aldri eit slikt teikn.

rule-file-name-mismatch-about = filnamnet er ikkje id-en til innhaldet
rule-file-name-mismatch-example = Tiltak `L2` i fila `L3.yaml`.
rule-file-name-mismatch-fix = Gi fila namn etter id-en, eller rett id-en.

rule-programme-mismatch-about = `programme` i eit tiltak er ikkje mappa det ligg i
rule-programme-mismatch-example = Eit tiltak i `programmes/demo/` som seier `programme: demx`.
rule-programme-mismatch-fix = La `programme` vere namnet på mappa tiltaket ligg i.

rule-missing-programme-about = tiltak i ei mappe som ikkje har programme.yaml
rule-missing-programme-example = `programmes/other/items/X1.yaml` utan `programmes/other/programme.yaml`.
rule-missing-programme-fix = Legg til programfila, eller flytt tiltaka inn i eit program som finst.

rule-duplicate-id-about = to av same slag har same id
rule-duplicate-id-example = `bodies/demo-county2.yaml` har også id-en `demo-county`.
rule-duplicate-id-fix = Gi den eine av dei to ein ny id (og fila same namn).

rule-id-theme-mismatch-about = ein nummerert tiltaks-id byrjar ikkje med temakoden
rule-id-theme-mismatch-example = Tiltak `K2` med `theme: L`.
rule-id-theme-mismatch-fix = Rett temaet, eller gi tiltaket eit nytt nummer i sitt tema.

rule-unknown-theme-about = temaet til eit tiltak er ikkje eitt av temaa i programmet
rule-unknown-theme-example = `theme: X`, som ikkje er eit tema i programmet.
rule-unknown-theme-fix = Bruk ein av temakodane i programmet, eller legg temaet til i `programme.yaml`.

rule-unknown-level-about = nivået til eit tiltak er ikkje eitt av nivåa i programmet
rule-unknown-level-example = `level: regional-centre` i eit program utan det nivået.
rule-unknown-level-fix = Bruk eitt av nivåa i programmet, eller legg nivået til i `programme.yaml`.

rule-broken-link-about = ei kopling til eit tiltak som ikkje finst
rule-broken-link-example = K1 koplar til `K22`, som ikkje finst.
rule-broken-link-fix = Rett id-en (hjelpeteksten føreslår den næraste), eller skriv `program:ID` for eit tiltak i eit anna program.

rule-self-link-about = eit tiltak koplar til seg sjølv
rule-self-link-example = K2 koplar til seg sjølv.
rule-self-link-fix = Fjern koplinga.

rule-unknown-document-about = ei tilvising til eit dokument som ikkje finst
rule-unknown-document-example = `documents: [demo-strategi]`.
rule-unknown-document-fix = Rett id-en (hjelpeteksten føreslår den næraste), eller legg dokumentet til under `documents/`.

rule-unknown-body-about = ei tilvising til ein aktør som ikkje finst
rule-unknown-body-example = `responsible: [demo-county, kommuene]`.
rule-unknown-body-fix = Rett id-en (hjelpeteksten føreslår den næraste), eller legg aktøren til under `bodies/`.

rule-unknown-region-about = ei tilvising til ein region som ikkje finst
rule-unknown-region-example = `regions: [sout]`.
rule-unknown-region-fix = Rett id-en (hjelpeteksten føreslår den næraste), eller legg regionen til under `regions/`.

rule-unknown-municipality-about = ei tilvising til ein kommune som ikkje finst
rule-unknown-municipality-example = `municipalities: ["3499"]`, eit nummer utan kommunefil.
rule-unknown-municipality-fix = Bruk det firesifra kommunenummeret, eller legg kommunen til under `municipalities/`.

rule-part-of-cycle-about = aktørar som er del av kvarandre (`part_of` fører tilbake til aktøren)
rule-part-of-cycle-example = `demo-council` er `part_of: demo-county` og `demo-county` er `part_of: demo-council`.
rule-part-of-cycle-fix = Fjern `part_of` frå ein av aktørane, slik at aktørane dannar eit tre.

rule-funding-overflow-about = finansieringsbeløpa blir til saman meir enn ein sum kan romme
rule-funding-overflow-example = To tiltak i eitt program som kvart har fått 9 000 000 000 000 000 000 kroner.
rule-funding-overflow-fix = Rett beløpet som er skrive feil; summar slår aldri over til eit negativt tal.

rule-target-before-baseline-about = måldatoen til ein indikator er ikkje etter datoen for utgangsverdien
rule-target-before-baseline-example = Ein indikator med mål datert 2023 og utgangsverdi datert 2024.
rule-target-before-baseline-fix = Gi målet datoen det skal vere nådd innan, etter datoen for utgangsverdien.

rule-link-to-removed-about = ei kopling til eit tiltak som er teke ut
rule-link-to-removed-example = K2 koplar til L2, som er teke ut.
rule-link-to-removed-fix = Fjern koplinga, eller kople til tiltaket som erstatta det.

rule-duplicate-value-about = den same verdien to gonger i éi liste
rule-duplicate-value-example = `demo-county` to gonger i `responsible`.
rule-duplicate-value-fix = Fjern verdien som er gjenteken.

rule-responsible-also-partner-about = ein aktør står både som ansvarleg og som partnar
rule-responsible-also-partner-example = `kommunene` er både ansvarleg og partnar.
rule-responsible-also-partner-fix = Ha aktøren i berre éi av dei to listene.

rule-ambiguous-name-about = eitt namn eller alias brukt av to aktørar eller regionar
rule-ambiguous-name-example = Aktøren `kommunene` har aliaset `Fylkeskommunen`, som `demo-county` allereie har.
rule-ambiguous-name-fix = Fjern eller endre eitt av aliasa, slik at namnet tyder éin ting.

rule-status-mismatch-about = statusen til eit tiltak har kome lenger enn statusen i den siste oppdateringa
rule-status-mismatch-example = `status: ongoing` medan den siste oppdateringa seier `started`.
rule-status-mismatch-fix = La `status` i tiltaket stemme med den siste oppdateringa, eller legg til ei oppdatering.

rule-updates-out-of-order-about = statusoppdateringane står ikkje i datorekkjefølgje
rule-updates-out-of-order-example = Ei oppdatering datert før den som står over henne.
rule-updates-out-of-order-fix = Før opp statusoppdateringane med den eldste først.

rule-measurements-out-of-order-about = målingane til ein indikator står ikkje i datorekkjefølgje
rule-measurements-out-of-order-example = Ei måling datert før den som står over henne.
rule-measurements-out-of-order-fix = Før opp målingane med den eldste først.

rule-invisible-in-prose-about = ei skildring, eit notat eller ein annan lengre tekst har eit teikn som ikkje synest
rule-invisible-in-prose-example = Eit mellomrom med null breidd, ein mjuk bindestrek eller eit anna teikn som ikkje synest, i ei skildring, eit mål, eit notat eller ei oppdatering, ofte lima inn frå ei nettside eller ein PDF; eit søk finn ikkje eit ord teiknet deler.
rule-invisible-in-prose-fix = Slett teiknet (meldinga viser det som `{"\\u{200b}"}`), eller tillat funnet i `plan.toml` viss tekstane treng ordbindarar.
