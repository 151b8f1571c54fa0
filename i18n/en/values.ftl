# Names of the closed value sets, as people read them. The code written in the files
# (`started`, `short`) selects the variant; the codes themselves stay English.


value-status = { $value ->
    [planned] planned
    [started] started
    [ongoing] ongoing
    [completed] completed
    [removed] removed
   *[other] { $value }
}

value-priority = { $value ->
    [short] short term
    [long] long term
    [short-and-long] short and long term
   *[other] { $value }
}

value-level = { $value ->
    [county] county level
    [district] district level
    [regional-centre] regional centres
   *[other] { $value }
}

value-place-kind = { $value ->
    [village] village
    [town] town
    [site] site
   *[other] { $value }
}

value-language = { $value ->
    [nb] bokmål
    [nn] nynorsk
    [en] English
   *[other] { $value }
}

value-body-kind = { $value ->
    [county-council] county council
    [state-agency] state agency
    [municipality] municipality
    [regional-council] regional council
    [university] university
    [school] school
    [research] research
    [company] company
    [development-company] development company
    [cluster] cluster
    [voluntary] voluntary
    [museum] museum
    [network] network
    [foreign] foreign
    [group] group
    [other] other
   *[unknown] { $value }
}

value-document-kind = { $value ->
    [strategy] strategy
    [plan] plan
    [action-programme] action programme
    [report] report
    [law] law
    [other] other
   *[unknown] { $value }
}

# The fields `plan set` changes, as typed on the command line: their keys (a select key has
# `-` for the key's `.`).
value-set-field = { $value ->
    [period-start] period.start
    [period-end] period.end
    [mentions-regions] mentions.regions
    [mentions-municipalities] mentions.municipalities
    [mentions-places] mentions.places
   *[other] { $value }
}
