# Det `plan import` sier om et regneark: funn i celler, og avslutningslinjene.

import-no-sheet = regnearket har ikke noe ark `{ $sheet }`; import leser regneark laget med `plan export --format xlsx`
import-no-column = arket `{ $sheet }` har ingen kolonne `{ $column }`; er den slettet?
import-not-ours = dette regnearket er ikke laget med `plan export --format xlsx` (det skjulte arket `plan` mangler)
import-old-format = dette regnearket har eksportformat { $version }; denne plan leser format { $current }: eksporter på nytt
import-not-a-workbook = `{ $file }` er ikke et regneark plan kan lese: lagre det som Excel-arbeidsbok (.xlsx) eller OpenDocument-regneark (.ods), eller importer en CSV-fil fra `plan export --format csv`
import-cannot-read = kan ikke lese `{ $file }`
import-too-large = `{ $file }` er { $size } MiB; plan leser filer på opptil { $limit } MiB
import-not-utf8 = `{ $file }` er ikke UTF-8-tekst; lagre CSV-filen som UTF-8
import-not-csv = `{ $file }` er ikke gyldig CSV
import-sheet-unreadable = kan ikke lese arket `{ $sheet }` i `{ $file }`
import-row-deleted = { $kind ->
    [items] raden til tiltaket
    [updates] en statusoppdatering for
   *[links] en kobling fra
} `{ $id }` er slettet fra arket `{ $sheet }`; dataene beholder den
import-row-deleted-help = { $kind ->
    [items] bruk `plan remove` for å ta ut et tiltak
    [updates] statusoppdateringer er historikk og blir stående i dataene
   *[links] bruk `plan unlink` for å fjerne en kobling
}
import-formula = cellen har en formel (`{ $formula }`), ikke en verdi
import-formula-help = skriv inn selve verdien; plan leser aldri formler
import-copied-row = en rad til med den skjulte nøkkelen til `{ $id }` (en kopiert rad?)
import-copied-row-help = legg til en rad med tom ID for et nytt tiltak, i stedet for å kopiere en
import-id-changed = raden til `{ $id }` sier nå `{ $shown }`
import-id-changed-help = id og program kan ikke endres i regnearket; bruk `plan rename`
import-item-gone = tiltaket `{ $id }` i `{ $programme }` finnes ikke lenger i dataene
import-conflict = `{ $id }` er endret i dataene etter eksporten og også i arket; raden hoppes over
import-conflict-help = eksporter på nytt og gjør endringen igjen, eller legg til --force for å skrive arkets celler over
import-entry-gone = oppføringen til `{ $id }` som denne raden ble eksportert fra, finnes ikke lenger i dataene
import-entry-gone-help = eksporter på nytt og gjør endringen igjen
import-entry-conflict = denne oppføringen til `{ $id }` er endret i dataene etter eksporten og også i arket; raden hoppes over
import-entry-moved = en rad til `{ $id }` sier nå `{ $value }`
import-entry-moved-help = en oppføring hører til sitt tiltak; legg til en ny rad for et annet tiltak
import-new-row-id = en ny rad har ID `{ $id }`; et nytt tiltak får neste ledige id
import-key-changed = den skjulte plan-nøkkelen i raden er endret
import-new-row-help = la ID stå tom i en ny rad; ikke endre den skjulte kolonnen
import-not-imported = { $reason ->
    [emptied] cellen er tømt; en tom celle fjerner ikke en verdi
    [emptied-link] cellen er tømt
    [rich-source] kilden har mer enn en tittel (utgiver, avsnitt, dato eller adresse)
    [title] denne kolonnen viser en tittel
   *[too-long] beskrivelsen er lengre enn en celle rommer, så arket viser den avkortet
}: endringen i `{ $column }` blir ikke tatt med
import-not-imported-help = { $reason ->
    [emptied-link] bruk `plan unlink` for å fjerne en kobling
    [rich-source] endre kilden i tiltakets fil
    [title] titler endres i tiltaksarket
    [too-long] endre beskrivelsen med `plan set { $id } description`
   *[other] { $field ->
        [none] skriv verdien i cellen igjen
       *[other] skriv verdien i cellen igjen, eller endre den med `plan set { $id } { $field }`
    }
}
import-priority-wording = prioriteten er nå `{ $term }`, men teksten sier fortsatt «{ $text }»
import-priority-wording-help = skriv teksten som hører til den nye prioriteten i kolonnen `{ $column }` (den er påkrevd, og plan kan ikke finne på den)
import-unknown-item = det finnes ikke noe tiltak `{ $item }` i dataene
import-already-present = { $kind ->
    [item] denne nye raden finnes allerede i dataene som `{ $id }`
    [update] denne statusoppdateringen for `{ $id }` finnes allerede i dataene
   *[link] denne koblingen fra `{ $id }` finnes allerede i dataene
} (regnearket er lest inn før); den legges ikke til på nytt
import-already-present-help = slett raden fra arket `{ $sheet }`, eller eksporter på nytt
import-status-superseded = statusen til `{ $id }` forblir { $latest }: oppdateringen datert { $later } er nyere enn denne ({ $date }) og bestemmer statusen
import-status-superseded-help = raden skrives inn som historikk; er statusen { $status } nå, så dater raden etter { $later }
import-unknown-programme = ukjent program `{ $id }`
import-programme-id = skriv programmets id, `{ $id }`
import-in-file = { $message } (i `{ $path }`)
import-status-mismatch-help = velg den statusen i Status-cellen, eller legg til en rad i arket `{ $sheet }` som forklarer endringen
import-status-from-updates = statusen til `{ $id }` kommer fra den siste statusoppdateringen, som sier `{ $latest }`
import-status-from-updates-help = legg til en rad i arket `{ $sheet }` med status `{ $status }`, en dato og en tekst
import-csv-status-from-updates-help = før inn endringen med `plan update { $id } --status { $status } --text "…"`; en CSV-fil har ingen statusoppdateringer
import-csv-status-mismatch-help = velg den statusen i status-kolonnen, eller før inn endringen med `plan update { $id } --status … --text "…"`
import-csv-no-column = `{ $file }` har ingen kolonne `{ $column }`; import leser CSV-filer laget med `plan export --format csv`
import-csv-unknown-item = det finnes ikke noe tiltak `{ $id }` i programmet `{ $programme }`
import-csv-unknown-item-help = nye tiltak legges til med `plan new item`
import-csv-no-key = `{ $file }` har ingen kolonne `{ $column }`: en endring gjort i dataene etter eksporten kan ikke skilles fra en endring i fila, så alle verdier som avviker fra dataene, tas som endringer
import-csv-no-key-help = eksporter på nytt med `plan export --format csv` og behold den siste kolonnen
import-csv-key-changed = `{ $column }`-cellen til `{ $id }` er endret
import-csv-key-changed-help = id og program kan ikke endres i en CSV-fil; bruk `plan rename`
import-refused = ingenting er skrevet: filene ville fått feilene over
import-read-only = kolonnen «{ $column }» leses ikke inn; { $edit ->
    [column] endre «{ $target }»
    [sheet] legg til en rad i arket «{ $target }»
    [links] bruk `plan link { $target } …` eller `plan unlink { $target } …`
    [places] bruk `plan set { $target } places …`
   *[update] bruk `plan update` for en ny statusoppdatering
}
import-csv-new-row = raden har ingen ID; nye tiltak kan ikke legges til i en CSV-fil
import-csv-new-row-help = legg til nye tiltak i regnearket fra `plan export --format xlsx` (en rad med tom ID), eller med `plan new item`
import-new-row-missing = den nye raden har ingen verdi i «{ $column }», som et nytt tiltak i programmet `{ $programme }` må ha
import-new-row-choose = velg en av: { $values }
import-new-row-fill = fyll ut cellen
import-new-row-no-programme = den nye raden har ingen verdi i «{ $column }»; et nytt tiltak hører til et program
