# What `plan validate` says about the data: finding messages and their help lines. The
# finding codes (`broken-link`) stay English in every language.

entity = { $entity ->
    [programme] a programme
    [item] an item
    [body] a body
    [region] a region
    [municipality] a municipality
    [document] a document
    [source] a source
    [period] a period
    [person] a person
    [funding] a funding entry
    [update] a status update
    [priority] a priority
    [place] a place
    [decision] a decision
    [theme] a theme
    [level] a level
    [share] a share of a funding entry
   *[other] { $entity }
}
value-type = { $type ->
    [null] nothing (null)
    [number] a number
    [integer] a whole number
    [bool] true/false
    [text] text
    [list] a list
    [mapping] a mapping
    [field-name] a field name
   *[other] { $type }
}
value-type-mapping-of = a mapping ({ $entity })

finding-wrong-type = expected { $expected }, found { $found }
finding-unknown-field = unknown field `{ $field }` in { $entity }
finding-unknown-field-help = the fields of { $entity } are: { $fields }
finding-missing-field = { $entity } is missing required field `{ $field }`
finding-missing-field-help = add `{ $field }:` ({ PHRASE($about) })
finding-not-allowed = `{ $value }` is not an allowed value
finding-out-of-range = { $value } is outside { $min }–{ $max }
finding-not-a-date = `{ $value }` is not a date
finding-not-a-date-help = write YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no more
finding-not-a-date-did-you-mean = did you mean { $iso }? Files keep dates as YYYY-MM-DD
finding-line-break = this text stands on one line, but it holds a line break
finding-line-break-help = join the lines with a space; longer text belongs in `notes`
finding-invisible-character = this text holds { $code }, a character drawn as nothing, so it looks like a text it is not: `{ $text }`
finding-invisible-character-help = delete the character (text pasted from a web page or a PDF can carry them); titles, names and other one-line texts never need one
finding-invisible-in-prose = this text holds { $code }, a character drawn as nothing: `{ $text }`
finding-invisible-in-prose-help = delete the character (text pasted from a web page or a PDF can carry them); a search does not find a word it splits
finding-bad-id = `{ $value }` is not a valid { $shape ->
    [slug] slug
    [municipality] municipality
   *[item] item
} id
finding-bad-slug-help = ids are lowercase ASCII words joined by `-`; try `{ $slug }`
finding-bad-municipality-help = municipality numbers have four digits, such as `3403`
finding-bad-item-id-help = item ids are letters and digits, such as `K3`, or a slug such as `digi-mr`
finding-period-backwards = period ends ({ $end }) before it starts ({ $start })

finding-too-deep = values are nested more than { $depth } levels deep
finding-second-document = a plan file holds one YAML document; found a second one
finding-unknown-anchor = alias to an unknown anchor
finding-duplicate-key = duplicate key `{ $key }` (first at line { $line })
finding-duplicate-key-help = remove one of the two
finding-empty-file = the file holds no YAML document
finding-empty-file-help = write { $entity } here, or delete the file
finding-tab-help = YAML does not allow tabs for indentation; indent with spaces

yaml-tab = a tab where YAML expects spaces
yaml-mapping-value = a colon followed by a space (`: `) cannot stand here, inside a value
yaml-indented-field = this line is indented under a field that already has a value, or is a field too many
yaml-colon = a colon (`:`) is missing or in the wrong place
yaml-expected-key = a new field (`name: value`) was expected here; check the indentation of this line and the one above
yaml-indentation = wrong indentation: the line is indented more or less than the lines it belongs with
yaml-list-entry = a list entry (`- `) cannot stand here; check the indentation, and put a space after `-`
yaml-unexpected-character = the character `{ $character }` cannot begin a value; put the text in quotes
yaml-unexpected-text = a character here cannot begin a value; put the text in quotes
yaml-quoted-text = a text in quotes is not closed, or has more after its closing quote
yaml-escape = unknown character after `\` in a text in double quotes; write `\\` for a backslash, or use single quotes
yaml-flow = a list in `[ ]` or a mapping in `{"{"} {"}"}` is not closed, or lacks a comma between its values
yaml-block-text = a text over several lines (`|` or `>`) is written wrong: its lines must be indented more than its field
yaml-anchor = an anchor (`&name`) or alias (`*name`) is written wrong; put a text that begins with `&` or `*` in quotes
yaml-markup = YAML markup plan files do not use (`!tag`, `%directive`, `---`, `...`); put a text that begins with `!` or `%` in quotes
yaml-other = the file is not valid YAML here

finding-folder-named-yaml = a folder is named like a YAML file
finding-folder-named-yaml-help = rename the folder; plan reads only files ending in .yaml
finding-indented-field-help = if the line is a field of its own, remove the spaces before it so it lines up with the other fields; if it belongs to the text above, put that text in quotes
finding-yml-help = rename the file to end in .yaml
finding-unknown-file = YAML file outside the folders plan knows
finding-unknown-file-help = plan reads programmes/<id>/programme.yaml, programmes/<id>/items/<ID>.yaml, bodies/, regions/, municipalities/ and documents/; see docs/format.md
finding-symlink-loop = symbolic link loops back to `{ $target }`
finding-symlink-loop-help = remove the link
finding-cannot-read = cannot read: { $reason }
finding-file-too-large = file is larger than { $mib } MiB
finding-file-too-large-help = plan files hold one entity each; split the content or move it out of the data folder
finding-not-utf8 = byte { $byte } is not valid UTF-8
finding-not-utf8-help = save the file as UTF-8 (files saved as Latin-1/Windows-1252 garble æ, ø and å)
finding-not-utf8-wide = file is saved as { $encoding }, not UTF-8
finding-not-utf8-wide-help = save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)

finding-duplicate-id = { $kind ->
    [programme] programme
    [body] body
    [region] region
    [municipality] municipality
    [document] document
   *[item] item
} id `{ $id }` is already used in { $place }
finding-duplicate-id-help = give one of them another id
finding-file-name = id `{ $id }` does not match the file name `{ $stem }.yaml`
finding-file-name-help = rename the file to `{ $id }.yaml`, or change the id to `{ $stem }`
finding-folder-name = programme id `{ $id }` does not match its folder `{ $folder }`
finding-folder-name-help = rename the folder to `{ $id }`, or change the id to `{ $folder }`
finding-programme-mismatch = item says programme `{ $programme }` but sits in the folder of `{ $folder }`
finding-programme-mismatch-help = write `programme: { $folder }`, or move the file
finding-missing-programme = programme `{ $folder }` has no programme.yaml
finding-missing-programme-help = create programmes/{ $folder }/programme.yaml
finding-responsible-also-partner = `{ $body }` is listed both as responsible and as partner
finding-responsible-also-partner-help = keep it in one of the two lists
finding-unknown-document = unknown document `{ $id }`
finding-unknown-theme = programme `{ $programme }` has no theme `{ $theme }`
finding-unknown-theme-help = themes: { $themes }
finding-id-theme-mismatch = item `{ $id }` is numbered in theme { $prefix } but has theme `{ $theme }`
finding-id-theme-mismatch-help = use theme `{ $prefix }`, or renumber the item in theme { $theme }
finding-unknown-level = programme `{ $programme }` has no level `{ $level }`
finding-unknown-level-help = levels: { $levels }
finding-missing-level = an item of a programme with levels is missing field `level`
finding-missing-level-help = add `level:` with one of { $levels }
finding-self-link = item `{ $id }` links to itself
finding-self-link-help = remove the link
finding-link-to-removed = link to `{ $link }`, which has been removed
finding-link-to-removed-help = remove the link, or link to the item that replaced it
finding-no-programme = no programme `{ $programme }`
finding-broken-link = link to unknown item `{ $link }`
finding-updates-out-of-order = update dated { $date } comes after one dated { $previous }
finding-updates-out-of-order-help = list updates oldest first; a date given only as a month or a year counts as its end, so `2020-03` comes before `2020`
finding-status-mismatch = status is `{ $status }` but the latest update says `{ $latest }`
finding-status-mismatch-help = set `status: { $latest }`, or add an update that explains the change
finding-ambiguous-name = the name `{ $name }` belongs to { $kind ->
    [body] body
   *[region] region
} `{ $first }` and to `{ $id }`
finding-ambiguous-name-help = remove the alias from one of them, so searches find one
finding-listed-twice-at = `{ $value }` is listed twice in `{ $field }` (first at line { $line })
finding-listed-twice = `{ $value }` is listed twice in `{ $field }`
finding-listed-twice-help = remove the second entry
finding-did-you-mean-named = did you mean `{ $id }` ({ $name })?
finding-unknown-body = unknown body `{ $id }`
finding-unknown-body-help = add data/bodies/{ $id }.yaml, or use an existing body id
finding-unknown-region = unknown region `{ $id }`
finding-unknown-municipality = unknown municipality `{ $id }`
finding-unknown-municipality-help = no municipality has number { $id }; add data/municipalities/{ $id }.yaml if it is right

finding-yml = plan files end in `.yaml`, not `.{ $extension }`
finding-alias-bomb = aliases expand to more than { $nodes } values or { $mib } MiB of text (an alias bomb?)
finding-control-character = control character { $code }, written as an escape, is not allowed
finding-control-character-help = remove the escape; plan texts hold no control characters
finding-quote-help = a text containing `: ` must be put in quotes
finding-quote-this = put the text in quotes: { $quoted }

finding-special-file = not a regular file (a FIFO, socket or device); plan does not open it
finding-special-file-help = remove it from the data folder
finding-symlink-help = replace the link with the file or folder itself; plan does not follow links
finding-symlink-outside = symbolic link leads outside the data folder; it is not followed
finding-symlink = symbolic link; it is not followed
finding-control-in-yaml = control character { $code } is not allowed in YAML
finding-control-in-yaml-help = delete it (text pasted from another program can carry invisible characters)
finding-bidi-control = bidirectional control { $code } is not allowed: it makes text show in another order than it is stored
finding-bidi-control-help = delete it (text pasted from another program can carry invisible characters)
finding-funding-overflow = funding in { $currency } adds up to more than { $max } over programme `{ $programme }`
finding-funding-overflow-help = check the amounts: one is likely written wrong
finding-part-of-cycle = `part_of` goes round in a circle: { $chain }
finding-part-of-cycle-help = a body cannot be part of itself; remove `part_of` from one of them

## JSON Schemas (written in bokmål; English kept for completeness of the catalogue)
schema-entity = { $entity ->
    [programme] programme
    [item] item
    [body] body
    [region] region
    [municipality] municipality
   *[document] document
}
schema-description = One { $entity } file of a plan repository (generated by `plan schema` from the format the loader checks).
schema-date = a date is YYYY, YYYY-MM or YYYY-MM-DD (a day that exists), such as 2024, 2024-03 or 2024-03-05
schema-municipality = a municipality number has four digits, such as 3403
schema-item-id = an item id is letters and digits, such as K3, or words joined by -, such as digi-mr
schema-item-ref = an item id such as K3 or digi-mr, or programme:ID for an item in another programme, such as mr2025:digi-mr
schema-slug = an id is lowercase ASCII words joined by -, such as innlandet-fylkeskommune
schema-one-line = this text stands on one line: no line break, and no character that is drawn as nothing (zero-width space, soft hyphen)
schema-enum = allowed values: { $values }
