# Det `plan import` seier om eit rekneark: funn i celler, og avslutningslinjene.

import-no-sheet = reknearket har ikkje noko ark `{ $sheet }`; import les rekneark laga med `plan export --format xlsx`
import-no-column = arket `{ $sheet }` har ingen kolonne `{ $column }`; er han sletta?
import-not-ours = dette reknearket er ikkje laga med `plan export --format xlsx` (det skjulte arket `plan` manglar)
import-old-format = dette reknearket har eksportformat { $version }; denne plan les format { $current }: eksporter på nytt
import-not-a-workbook = `{ $file }` er ikkje eit rekneark plan kan lese: lagre det som Excel-arbeidsbok (.xlsx) eller OpenDocument-rekneark (.ods), eller importer ei CSV-fil frå `plan export --format csv`
import-cannot-read = kan ikkje lese `{ $file }`
import-too-large = `{ $file }` er { $size } MiB; plan les filer på opptil { $limit } MiB
import-not-utf8 = `{ $file }` er ikkje UTF-8-tekst; lagre CSV-fila som UTF-8
import-not-csv = `{ $file }` er ikkje gyldig CSV
import-sheet-unreadable = kan ikkje lese arket `{ $sheet }` i `{ $file }`
import-row-deleted = { $kind ->
    [items] rada til tiltaket
    [updates] ei statusoppdatering for
   *[links] ei kopling frå
} `{ $id }` er sletta frå arket `{ $sheet }`; dataa held på henne
import-row-deleted-help = { $kind ->
    [items] bruk `plan remove` for å ta ut eit tiltak
    [updates] statusoppdateringar er historikk og blir ståande i dataa
   *[links] bruk `plan unlink` for å fjerne ei kopling
}
import-formula = cella har ein formel (`{ $formula }`), ikkje ein verdi
import-formula-help = skriv inn sjølve verdien; plan les aldri formlar
import-copied-row = ei rad til med den skjulte nøkkelen til `{ $id }` (ei kopiert rad?)
import-copied-row-help = legg til ei rad med tom ID for eit nytt tiltak, i staden for å kopiere ei
import-id-changed = rada til `{ $id }` seier no `{ $shown }`
import-id-changed-help = id og program kan ikkje endrast i reknearket; bruk `plan rename`
import-item-gone = tiltaket `{ $id }` i `{ $programme }` finst ikkje lenger i dataa
import-conflict = `{ $id }` er endra i dataa etter eksporten og òg i arket; rada blir hoppa over
import-conflict-help = eksporter på nytt og gjer endringa om att, eller legg til --force for å skrive cellene i arket over
import-entry-gone = oppføringa til `{ $id }` som denne rada vart eksportert frå, finst ikkje lenger i dataa
import-entry-gone-help = eksporter på nytt og gjer endringa om att
import-entry-conflict = denne oppføringa til `{ $id }` er endra i dataa etter eksporten og òg i arket; rada blir hoppa over
import-entry-moved = ei rad til `{ $id }` seier no `{ $value }`
import-entry-moved-help = ei oppføring høyrer til tiltaket sitt; legg til ei ny rad for eit anna tiltak
import-new-row-id = ei ny rad har ID `{ $id }`; eit nytt tiltak får neste ledige id
import-key-changed = den skjulte plan-nøkkelen i rada er endra
import-new-row-help = la ID stå tom i ei ny rad; ikkje endre den skjulte kolonnen
import-not-imported = { $reason ->
    [emptied] cella er tømd; ei tom celle fjernar ikkje ein verdi
    [emptied-link] cella er tømd
    [rich-source] kjelda har meir enn ein tittel (utgjevar, avsnitt, dato eller adresse)
    [title] denne kolonnen viser ein tittel
   *[too-long] skildringa er lengre enn ei celle rommar, så arket viser henne avkorta
}: endringa i `{ $column }` blir ikkje teken med
import-not-imported-help = { $reason ->
    [emptied-link] bruk `plan unlink` for å fjerne ei kopling
    [rich-source] endre kjelda i fila til tiltaket
    [title] titlar endrar du i tiltaksarket
    [too-long] endre skildringa med `plan set { $id } description`
   *[other] { $field ->
        [none] skriv verdien i cella igjen
       *[other] skriv verdien i cella igjen, eller endre han med `plan set { $id } { $field }`
    }
}
import-priority-wording = prioriteten er no `{ $term }`, men teksten seier framleis «{ $text }»
import-priority-wording-help = skriv teksten som høyrer til den nye prioriteten i kolonnen `{ $column }` (han er påkravd, og plan kan ikkje finne på han)
import-unknown-item = det finst ikkje noko tiltak `{ $item }` i dataa
import-already-present = { $kind ->
    [item] denne nye rada finst alt i dataa som `{ $id }`
    [update] denne statusoppdateringa for `{ $id }` finst alt i dataa
   *[link] denne koplinga frå `{ $id }` finst alt i dataa
} (reknearket er lese inn før); ho blir ikkje lagd til på nytt
import-already-present-help = slett rada frå arket `{ $sheet }`, eller eksporter på nytt
import-status-superseded = statusen til `{ $id }` blir verande { $latest }: oppdateringa datert { $later } er nyare enn denne ({ $date }) og avgjer statusen
import-status-superseded-help = rada blir skriven inn som historikk; er statusen { $status } no, så dater rada etter { $later }
import-unknown-programme = ukjent program `{ $id }`
import-programme-id = skriv id-en til programmet, `{ $id }`
import-in-file = { $message } (i `{ $path }`)
import-status-mismatch-help = vel den statusen i Status-cella, eller legg til ei rad i arket `{ $sheet }` som forklarer endringa
import-status-from-updates = statusen til `{ $id }` kjem frå den siste statusoppdateringa, som seier `{ $latest }`
import-status-from-updates-help = legg til ei rad i arket `{ $sheet }` med status `{ $status }`, ein dato og ein tekst
import-csv-status-from-updates-help = før inn endringa med `plan update { $id } --status { $status } --text "…"`; ei CSV-fil har ingen statusoppdateringar
import-csv-status-mismatch-help = vel den statusen i status-kolonnen, eller før inn endringa med `plan update { $id } --status … --text "…"`
import-csv-no-column = `{ $file }` har ingen kolonne `{ $column }`; import les CSV-filer laga med `plan export --format csv`
import-csv-unknown-item = det finst ikkje noko tiltak `{ $id }` i programmet `{ $programme }`
import-csv-unknown-item-help = nye tiltak blir lagde til med `plan new item`
import-csv-no-key = `{ $file }` har ingen kolonne `{ $column }`: ei endring gjord i dataa etter eksporten kan ikkje skiljast frå ei endring i fila, så alle verdiar som avvik frå dataa, blir tekne som endringar
import-csv-no-key-help = eksporter på nytt med `plan export --format csv` og behald den siste kolonnen
import-csv-key-changed = `{ $column }`-cella til `{ $id }` er endra
import-csv-key-changed-help = id og program kan ikkje endrast i ei CSV-fil; bruk `plan rename`
import-refused = ingenting er skrive: filene ville fått feila over
import-read-only = kolonnen «{ $column }» blir ikkje lesen inn; { $edit ->
    [column] endre «{ $target }»
    [sheet] legg til ei rad i arket «{ $target }»
    [links] bruk `plan link { $target } …` eller `plan unlink { $target } …`
    [places] bruk `plan set { $target } places …`
   *[update] bruk `plan update` for ei ny statusoppdatering
}
import-csv-new-row = rada har ingen ID; nye tiltak kan ikkje leggjast til i ei CSV-fil
import-csv-new-row-help = legg til nye tiltak i reknearket frå `plan export --format xlsx` (ei rad med tom ID), eller med `plan new item`
import-new-row-missing = den nye rada har ingen verdi i «{ $column }», som eit nytt tiltak i programmet `{ $programme }` må ha
import-new-row-choose = vel ein av: { $values }
import-new-row-fill = fyll ut cella
import-new-row-no-programme = den nye rada har ingen verdi i «{ $column }»; eit nytt tiltak høyrer til eit program
