# Navn på de lukkede verdisettene slik folk leser dem. Koden i filene (`started`, `short`)
# velger varianten; kodene selv er engelske.


value-status = { $value ->
    [planned] planlagt
    [started] igangsatt
    [ongoing] pågår
    [completed] fullført
    [removed] tatt ut
   *[other] { $value }
}

value-priority = { $value ->
    [short] kort sikt
    [long] lang sikt
    [short-and-long] kort og lang sikt
   *[other] { $value }
}

value-level = { $value ->
    [county] fylke
    [district] distrikt
    [regional-centre] regionsenter
   *[other] { $value }
}

value-place-kind = { $value ->
    [village] tettsted
    [town] by
    [site] anlegg
   *[other] { $value }
}

value-language = { $value ->
    [nb] bokmål
    [nn] nynorsk
    [en] engelsk
   *[other] { $value }
}

value-body-kind = { $value ->
    [county-council] fylkeskommune
    [state-agency] statlig etat
    [municipality] kommune
    [regional-council] regionråd
    [university] universitet eller høyskole
    [school] skole
    [research] forskning
    [company] bedrift
    [development-company] utviklingsselskap
    [cluster] klynge
    [voluntary] frivillig
    [museum] museum
    [network] nettverk
    [foreign] utenlandsk
    [group] gruppe
    [other] annen
   *[unknown] { $value }
}

value-document-kind = { $value ->
    [strategy] strategi
    [plan] plan
    [action-programme] handlingsprogram
    [report] rapport
    [law] lov
    [other] annet
   *[unknown] { $value }
}

# Feltene `plan set` endrer, slik de skrives på kommandolinjen (koden i filene virker også).
value-set-field = { $value ->
    [title] tittel
    [description] beskrivelse
    [level] nivå
    [priority] prioritet
    [status] status
    [period] periode
    [period-start] periode.start
    [period-end] periode.slutt
    [links_note] koblingsmerknad
    [responsible] ansvarlig
    [partners] partnere
    [regions] regioner
    [municipalities] kommuner
    [places] steder
    [mentions-regions] nevnte.regioner
    [mentions-municipalities] nevnte.kommuner
    [mentions-places] nevnte.steder
    [goals] mål
   *[other] { $value }
}
