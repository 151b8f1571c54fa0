# Funnkodene forklart for kodeskanning (SARIF-reglene til `plan validate --format sarif`) på bokmål.
# De engelske står i src/diagnostic.rs og src/render/diagnostics.rs; nøklene er
# rule-KODE-about (hva funnet betyr), rule-KODE-example (et eksempel) og rule-KODE-fix (hvordan det rettes).


rule-io-error-about = en fil eller mappe kunne ikke leses
rule-io-error-example = En fil eller mappe som ikke kan leses, eller en symbolsk lenke som peker til noe som ikke finnes.
rule-io-error-fix = Gi filen lesetilgang, eller fjern den brutte lenken.

rule-not-utf8-about = en fil er ikke gyldig UTF-8-tekst
rule-not-utf8-example = En `å` lagret som Latin-1 (byte 0xE5) i en YAML-fil.
rule-not-utf8-fix = Lagre filen som UTF-8 i redigeringsprogrammet.

rule-file-too-large-about = en fil er større enn plan leser
rule-file-too-large-example = En fil på over 8 MiB.
rule-file-too-large-fix = Del innholdet på flere filer, eller flytt store vedlegg ut av `data/`.

rule-symlink-loop-about = en symbolsk lenke fører tilbake til en mappe som inneholder den
rule-symlink-loop-example = En symbolsk lenke tilbake til en mappe den selv ligger i.
rule-symlink-loop-fix = Fjern lenken.

rule-symlink-about = en symbolsk lenke, som plan ikke følger (den kan føre ut av repositoriet)
rule-symlink-example = En symbolsk lenke til `/etc/passwd` eller til en annen fil i datamappen.
rule-symlink-fix = Bytt ut lenken med selve filen eller mappen; plan følger ingen lenker.

rule-special-file-about = en FIFO, socket eller enhetsfil, som plan aldri åpner
rule-special-file-example = En FIFO, socket eller enhetsfil i datamappen.
rule-special-file-fix = Fjern den; plan åpner aldri annet enn vanlige filer.

rule-control-character-about = en fil har et kontrolltegn (NUL, escape …) som YAML ikke tillater
rule-control-character-example = En NUL-byte eller et escape-tegn (rått, eller skrevet `\e` i en tekst i anførselstegn).
rule-control-character-fix = Slett tegnet; tekster har ingen kontrolltegn utenom tabulator og linjeskift.

rule-unknown-file-about = en YAML-fil utenfor mappene plan kjenner
rule-unknown-file-example = `notes/todo.yaml` eller `bodies/extra.yml`: en YAML-fil utenfor mappene plan leser, eller som ikke slutter på `.yaml`.
rule-unknown-file-fix = Flytt filen inn i `programmes/`, `bodies/`, `regions/`, `municipalities/` eller `documents/` med endelsen `.yaml`, eller fjern den.

rule-empty-file-about = en YAML-fil har ikke noe dokument
rule-empty-file-example = En YAML-fil som er tom eller bare har kommentarer.
rule-empty-file-fix = Fyll inn innholdet, eller slett filen.

rule-yaml-syntax-about = en fil er ikke gyldig YAML
rule-yaml-syntax-example = En tittel uten anførselstegn med `: ` i seg, en linje rykket inn med tabulator, eller et dokument nummer to etter `---`.
rule-yaml-syntax-fix = Sett tekst som inneholder `: ` eller `#`, i anførselstegn, rykk inn med mellomrom, og hold ett dokument per fil.

rule-yaml-limit-about = en fil er nøstet for dypt, eller aliasene vokser for mye
rule-yaml-limit-example = Lister nøstet tusenvis av nivåer dypt, eller alias som blir til milliarder av verdier.
rule-yaml-limit-fix = Skriv verdiene ut; plan avviser nøsting dypere enn 64 nivåer og alias som blir til mer enn en million verdier eller 10 MiB tekst.

rule-duplicate-key-about = det samme feltet to ganger på ett sted
rule-duplicate-key-example = `title` to ganger i ett tiltak.
rule-duplicate-key-fix = Behold det ene av de to feltene.

rule-wrong-type-about = en verdi av feil slag (tekst, liste, oppslag, tall)
rule-wrong-type-example = `responsible: demo-county`: tekst der det skal stå en liste.
rule-wrong-type-fix = Skriv verdien i den formen feltet tar, for eksempel `responsible: [demo-county]`.

rule-unknown-field-about = et felt formatet ikke har
rule-unknown-field-example = `partnres:` i et tiltak.
rule-unknown-field-fix = Rett skrivemåten (hjelpeteksten nevner det nærmeste feltet), eller fjern feltet; `docs/format.md` viser alle feltene.

rule-missing-field-about = et påkrevd felt mangler
rule-missing-field-example = Et tiltak uten `title`.
rule-missing-field-fix = Legg til feltet som kreves.

rule-invalid-value-about = en verdi som ikke er tillatt (fast verdiliste, id eller dato)
rule-invalid-value-example = `status: begun`, som ikke er en av de tillatte statusene; en id eller dato som er skrevet feil.
rule-invalid-value-fix = Bruk en av de tillatte verdiene meldingen viser, eller formen som er vist.

rule-invisible-character-about = en tittel, et navn eller en annen tekst på én linje har et tegn som ikke synes (mellomrom med null bredde, myk bindestrek …)
rule-invisible-character-example = Et mellomrom med null bredde, en myk bindestrek, en ordbinder eller et annet tegn som ikke synes, i en tittel, et navn, et alias, en enhet eller en annen tekst på én linje: `K1` og `K1` med et mellomrom med null bredde ser like ut i alle utdata.
rule-invisible-character-fix = Slett tegnet (meldingen viser det som `{"\\u{200b}"}`); tekster på én linje trenger aldri et slikt tegn.

rule-file-name-mismatch-about = filnavnet er ikke id-en til innholdet
rule-file-name-mismatch-example = Tiltak `L2` i filen `L3.yaml`.
rule-file-name-mismatch-fix = Gi filen navn etter id-en, eller rett id-en.

rule-programme-mismatch-about = `programme` i et tiltak er ikke mappen det ligger i
rule-programme-mismatch-example = Et tiltak i `programmes/demo/` som sier `programme: demx`.
rule-programme-mismatch-fix = La `programme` være navnet på mappen tiltaket ligger i.

rule-missing-programme-about = tiltak i en mappe som ikke har programme.yaml
rule-missing-programme-example = `programmes/other/items/X1.yaml` uten `programmes/other/programme.yaml`.
rule-missing-programme-fix = Legg til programfilen, eller flytt tiltakene inn i et program som finnes.

rule-duplicate-id-about = to av samme slag har samme id
rule-duplicate-id-example = `bodies/demo-county2.yaml` har også id-en `demo-county`.
rule-duplicate-id-fix = Gi den ene av de to en ny id (og filen samme navn).

rule-id-theme-mismatch-about = en nummerert tiltaks-id begynner ikke med temakoden
rule-id-theme-mismatch-example = Tiltak `K2` med `theme: L`.
rule-id-theme-mismatch-fix = Rett temaet, eller gi tiltaket et nytt nummer i sitt tema.

rule-unknown-theme-about = temaet til et tiltak er ikke et av temaene i programmet
rule-unknown-theme-example = `theme: X`, som ikke er et tema i programmet.
rule-unknown-theme-fix = Bruk en av temakodene i programmet, eller legg temaet til i `programme.yaml`.

rule-unknown-level-about = nivået til et tiltak er ikke et av nivåene i programmet
rule-unknown-level-example = `level: regional-centre` i et program uten det nivået.
rule-unknown-level-fix = Bruk et av nivåene i programmet, eller legg nivået til i `programme.yaml`.

rule-broken-link-about = en kobling til et tiltak som ikke finnes
rule-broken-link-example = K1 kobler til `K22`, som ikke finnes.
rule-broken-link-fix = Rett id-en (hjelpeteksten foreslår den nærmeste), eller skriv `program:ID` for et tiltak i et annet program.

rule-self-link-about = et tiltak kobler til seg selv
rule-self-link-example = K2 kobler til seg selv.
rule-self-link-fix = Fjern koblingen.

rule-unknown-document-about = en henvisning til et dokument som ikke finnes
rule-unknown-document-example = `documents: [demo-strategi]`.
rule-unknown-document-fix = Rett id-en (hjelpeteksten foreslår den nærmeste), eller legg dokumentet til under `documents/`.

rule-unknown-body-about = en henvisning til en aktør som ikke finnes
rule-unknown-body-example = `responsible: [demo-county, kommuene]`.
rule-unknown-body-fix = Rett id-en (hjelpeteksten foreslår den nærmeste), eller legg aktøren til under `bodies/`.

rule-unknown-region-about = en henvisning til en region som ikke finnes
rule-unknown-region-example = `regions: [sout]`.
rule-unknown-region-fix = Rett id-en (hjelpeteksten foreslår den nærmeste), eller legg regionen til under `regions/`.

rule-unknown-municipality-about = en henvisning til en kommune som ikke finnes
rule-unknown-municipality-example = `municipalities: ["3499"]`, et nummer uten kommunefil.
rule-unknown-municipality-fix = Bruk det firesifrede kommunenummeret, eller legg kommunen til under `municipalities/`.

rule-part-of-cycle-about = aktører som er del av hverandre (`part_of` fører tilbake til aktøren)
rule-part-of-cycle-example = `demo-council` er `part_of: demo-county` og `demo-county` er `part_of: demo-council`.
rule-part-of-cycle-fix = Fjern `part_of` fra en av aktørene, slik at aktørene danner et tre.

rule-funding-overflow-about = finansieringsbeløpene blir til sammen mer enn en sum kan romme
rule-funding-overflow-example = To tiltak i ett program som hvert har fått 9 000 000 000 000 000 000 kroner.
rule-funding-overflow-fix = Rett beløpet som er skrevet feil; summer slår aldri over til et negativt tall.

rule-target-before-baseline-about = måldatoen til en indikator er ikke etter datoen for utgangsverdien
rule-target-before-baseline-example = En indikator med mål datert 2023 og utgangsverdi datert 2024.
rule-target-before-baseline-fix = Gi målet datoen det skal være nådd innen, etter datoen for utgangsverdien.

rule-link-to-removed-about = en kobling til et tiltak som er tatt ut
rule-link-to-removed-example = K2 kobler til L2, som er tatt ut.
rule-link-to-removed-fix = Fjern koblingen, eller koble til tiltaket som erstattet det.

rule-duplicate-value-about = den samme verdien to ganger i én liste
rule-duplicate-value-example = `demo-county` to ganger i `responsible`.
rule-duplicate-value-fix = Fjern verdien som er gjentatt.

rule-responsible-also-partner-about = en aktør står både som ansvarlig og som partner
rule-responsible-also-partner-example = `kommunene` er både ansvarlig og partner.
rule-responsible-also-partner-fix = Ha aktøren i bare én av de to listene.

rule-ambiguous-name-about = ett navn eller alias brukt av to aktører eller regioner
rule-ambiguous-name-example = Aktøren `kommunene` har aliaset `Fylkeskommunen`, som `demo-county` allerede har.
rule-ambiguous-name-fix = Fjern eller endre et av aliasene, slik at navnet betyr én ting.

rule-status-mismatch-about = statusen til et tiltak er kommet lenger enn statusen i den siste oppdateringen
rule-status-mismatch-example = `status: ongoing` mens den siste oppdateringen sier `started`.
rule-status-mismatch-fix = La `status` i tiltaket stemme med den siste oppdateringen, eller legg til en oppdatering.

rule-updates-out-of-order-about = statusoppdateringene står ikke i datorekkefølge
rule-updates-out-of-order-example = En oppdatering datert før den som står over den.
rule-updates-out-of-order-fix = Før opp statusoppdateringene med den eldste først.

rule-measurements-out-of-order-about = målingene til en indikator står ikke i datorekkefølge
rule-measurements-out-of-order-example = En måling datert før den som står over den.
rule-measurements-out-of-order-fix = Før opp målingene med den eldste først.

rule-invisible-in-prose-about = en beskrivelse, et notat eller en annen lengre tekst har et tegn som ikke synes
rule-invisible-in-prose-example = Et mellomrom med null bredde, en myk bindestrek eller et annet tegn som ikke synes, i en beskrivelse, et mål, et notat eller en oppdatering, ofte limt inn fra en nettside eller en PDF; et søk finner ikke et ord tegnet deler.
rule-invisible-in-prose-fix = Slett tegnet (meldingen viser det som `{"\\u{200b}"}`), eller tillat funnet i `plan.toml` hvis tekstene trenger ordbindere.
