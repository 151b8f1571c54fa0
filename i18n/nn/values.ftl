# Namn på dei lukka verdisetta slik folk les dei. Koden i filene (`started`, `short`) vel
# varianten; kodane sjølve er engelske.


value-status = { $value ->
    [planned] planlagt
    [started] sett i gang
    [ongoing] pågår
    [completed] fullført
    [removed] teke ut
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
    [village] tettstad
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
    [state-agency] statleg etat
    [municipality] kommune
    [regional-council] regionråd
    [university] universitet eller høgskule
    [school] skule
    [research] forsking
    [company] bedrift
    [development-company] utviklingsselskap
    [cluster] klynge
    [voluntary] frivillig
    [museum] museum
    [network] nettverk
    [foreign] utanlandsk
    [group] gruppe
    [other] anna
   *[unknown] { $value }
}

value-document-kind = { $value ->
    [strategy] strategi
    [plan] plan
    [action-programme] handlingsprogram
    [report] rapport
    [law] lov
    [other] anna
   *[unknown] { $value }
}

# Felta `plan set` endrar, slik dei blir skrivne på kommandolinja (koden i filene verkar òg).
value-set-field = { $value ->
    [title] tittel
    [description] skildring
    [level] nivå
    [priority] prioritet
    [status] status
    [period] periode
    [period-start] periode.start
    [period-end] periode.slutt
    [links_note] koplingsmerknad
    [responsible] ansvarleg
    [partners] partnarar
    [regions] regionar
    [municipalities] kommunar
    [places] stader
    [mentions-regions] nemnde.regionar
    [mentions-municipalities] nemnde.kommunar
    [mentions-places] nemnde.stader
    [goals] mål
   *[other] { $value }
}
