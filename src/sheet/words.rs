//! Every word the workbook shows, in bokmål, nynorsk and English: sheet names, column headers
//! and the read-me sheet. Kept in one table so it can move into the message catalogue whole;
//! the import recognises a header in any of the three languages.

use crate::model::Language;
use crate::sheet::{Column, SheetKind};

/// A text in bokmål, nynorsk and English.
type Words = [&'static str; 3];

fn pick(words: Words, language: Language) -> &'static str {
    match language {
        Language::Nb => words[0],
        Language::Nn => words[1],
        Language::En => words[2],
    }
}

pub(crate) fn sheet_name(kind: SheetKind, language: Language) -> &'static str {
    pick(sheet_words(kind), language)
}

/// All the names a sheet may have, for finding it again whatever language it was written in.
pub(crate) fn sheet_names(kind: SheetKind) -> Words {
    sheet_words(kind)
}

fn sheet_words(kind: SheetKind) -> Words {
    match kind {
        SheetKind::ReadMe => ["Les meg", "Les meg", "Read me"],
        SheetKind::Items => ["Tiltak", "Tiltak", "Items"],
        SheetKind::Updates => ["Oppdateringer", "Oppdateringar", "Updates"],
        SheetKind::Links => ["Koblinger", "Koplingar", "Links"],
        SheetKind::Bodies => ["Aktører", "Aktørar", "Bodies"],
        SheetKind::Regions => ["Regioner", "Regionar", "Regions"],
        SheetKind::Municipalities => ["Kommuner", "Kommunar", "Municipalities"],
        SheetKind::Manifest => ["plan", "plan", "plan"],
    }
}

pub(crate) fn header(column: Column, language: Language) -> &'static str {
    pick(header_words(column), language)
}

/// All the headers a column may have.
pub(crate) fn headers(column: Column) -> Words {
    header_words(column)
}

fn header_words(column: Column) -> Words {
    use Column::*;
    match column {
        Id => ["ID", "ID", "ID"],
        Programme => ["Program", "Program", "Programme"],
        Theme => ["Tema", "Tema", "Theme"],
        ThemeName => ["Temanavn", "Temanamn", "Theme name"],
        Level => ["Nivå", "Nivå", "Level"],
        Title => ["Tittel", "Tittel", "Title"],
        Status => ["Status", "Status", "Status"],
        Priority => ["Prioritet", "Prioritet", "Priority"],
        PriorityText => ["Prioritet (tekst)", "Prioritet (tekst)", "Priority text"],
        Responsible => ["Ansvarlig", "Ansvarleg", "Responsible"],
        ResponsibleNames => [
            "Ansvarlig (navn)",
            "Ansvarleg (namn)",
            "Responsible (names)",
        ],
        Partners => ["Samarbeidspartnere", "Samarbeidspartnarar", "Partners"],
        PartnerNames => [
            "Samarbeidspartnere (navn)",
            "Samarbeidspartnarar (namn)",
            "Partners (names)",
        ],
        Regions => ["Regioner", "Regionar", "Regions"],
        RegionNames => ["Regioner (navn)", "Regionar (namn)", "Regions (names)"],
        Municipalities => ["Kommuner", "Kommunar", "Municipalities"],
        MunicipalityNames => [
            "Kommuner (navn)",
            "Kommunar (namn)",
            "Municipalities (names)",
        ],
        Documents => ["Dokumenter", "Dokument", "Documents"],
        PeriodStart => ["Periode fra", "Periode frå", "Period start"],
        PeriodEnd => ["Periode til", "Periode til", "Period end"],
        LatestUpdate => ["Siste oppdatering", "Siste oppdatering", "Latest update"],
        Description => ["Beskrivelse", "Skildring", "Description"],
        ItemTitle => ["Tiltak (tittel)", "Tiltak (tittel)", "Item title"],
        Date => ["Dato", "Dato", "Date"],
        Text => ["Tekst", "Tekst", "Text"],
        Source => ["Kilde", "Kjelde", "Source"],
        LinkTo => ["Kobling til", "Kopling til", "Links to"],
        LinkToTitle => [
            "Kobling til (tittel)",
            "Kopling til (tittel)",
            "Links to (title)",
        ],
        Name => ["Navn", "Namn", "Name"],
        Kind => ["Type", "Type", "Kind"],
        Aliases => ["Andre navn", "Andre namn", "Aliases"],
        Number => ["Nummer", "Nummer", "Number"],
        Centrality => ["Sentralitet", "Sentralitet", "Centrality"],
        Key => ["plan", "plan", "plan"],
    }
}

/// The read-me sheet's heading above what the drop-down words mean.
pub(crate) fn values_heading(language: Language) -> &'static str {
    pick(
        [
            "Ordene i nedtrekkslistene",
            "Orda i nedtrekkslistene",
            "The words in the drop-down lists",
        ],
        language,
    )
}

/// The read-me sheet: a title, then one paragraph per line. `levelled` names the
/// programmes whose items need a level, `every` says whether that is all of them.
pub(crate) fn read_me(language: Language, levelled: &[&str], every: bool) -> Vec<String> {
    let fixed: &[&str] = match language {
        Language::Nb => &READ_ME_NB,
        Language::Nn => &READ_ME_NN,
        Language::En => &READ_ME_EN,
    };
    let mut lines: Vec<String> = fixed.iter().map(|l| (*l).to_string()).collect();
    // After the paragraphs on the items sheet and its drop-downs.
    lines.insert(3, new_item(language, levelled, every));
    lines
}

/// How to add an item: the cells a new row needs, as the programmes' rules make them.
fn new_item(language: Language, levelled: &[&str], every: bool) -> String {
    let list = levelled.join(", ");
    let needs = match (levelled.is_empty(), every) {
        (true, _) => pick(
            [
                "program, tema og tittel",
                "program, tema og tittel",
                "the programme, theme and title",
            ],
            language,
        )
        .to_string(),
        (false, true) => pick(
            [
                "program, tema, nivå og tittel",
                "program, tema, nivå og tittel",
                "the programme, theme, level and title",
            ],
            language,
        )
        .to_string(),
        (false, false) => match language {
            Language::Nb => format!("program, tema og tittel, og nivå for tiltak i {list}"),
            Language::Nn => format!("program, tema og tittel, og nivå for tiltak i {list}"),
            Language::En => {
                format!("the programme, theme and title, and the level for items in {list}")
            }
        },
    };
    match language {
        Language::Nb => format!(
            "Et nytt tiltak legges til som en ny rad uten ID: fyll ut {needs}. Står ansvarlig tom, blir programmets eier ansvarlig. Tiltaket får neste ledige nummer."
        ),
        Language::Nn => format!(
            "Eit nytt tiltak legg du til som ei ny rad utan ID: fyll ut {needs}. Står ansvarleg tom, blir eigaren av programmet ansvarleg. Tiltaket får neste ledige nummer."
        ),
        Language::En => format!(
            "Add a new item as a new row without an ID: fill in {needs}. With no responsible, the programme's owner is responsible. It gets the next free number."
        ),
    }
}

const READ_ME_NB: [&str; 11] = [
    "Handlingsprogram fra plan – regneark for oppdatering",
    "Arket «Tiltak» har én rad per tiltak. Du kan endre tema, nivå, tittel, status, prioritet, ansvarlig, samarbeidspartnere, regioner, kommuner, dokumenter, periode og beskrivelse. Kolonner med «(navn)» og de grå kolonnene er bare til orientering og leses ikke inn igjen; en endring i dem blir meldt.",
    "Status, prioritet, nivå og tema velges fra nedtrekkslister. Flere verdier i én celle skilles med semikolon: «nav; nho». Bruk id-ene (se arkene «Aktører», «Regioner» og «Kommuner»), ikke navnene.",
    "En ny statusoppdatering legges til som en ny rad i «Oppdateringer»: tiltakets ID, dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ), status og tekst. En oppdatering som alt er registrert, rettes i raden sin (dato, status, tekst, kilde).",
    "En ny kobling legges til som en ny rad i «Koblinger»: fra-ID og til-ID. En kobling rettes ved å skrive en annen til-ID i raden.",
    "Slettede rader slettes ikke i dataene; de blir meldt. Bruk «plan remove» for å ta ut et tiltak.",
    "Datoer kan være hele datoer (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ), eller bare ÅÅÅÅ-MM eller ÅÅÅÅ når kilden ikke sier mer. Et årstall i en periodecelle leses som et år.",
    "Ikke skriv formler: en celle som begynner med = blir avvist.",
    "Den skjulte kolonnen «plan» og det skjulte arket «plan» kobler radene til dataene. Ikke endre dem.",
    "Les inn igjen med «plan import FIL.xlsx» (eller FIL.ods, lagret i LibreOffice): det viser endringene uten å skrive noe. «plan import FIL.xlsx --apply» skriver dem.",
    "Er et tiltak endret i dataene etter eksporten og også i arket, blir raden meldt som konflikt og hoppet over (--force overstyrer).",
];

const READ_ME_NN: [&str; 11] = [
    "Handlingsprogram frå plan – rekneark for oppdatering",
    "Arket «Tiltak» har éi rad per tiltak. Du kan endre tema, nivå, tittel, status, prioritet, ansvarleg, samarbeidspartnarar, regionar, kommunar, dokument, periode og skildring. Kolonnar med «(namn)» og dei grå kolonnane er berre til orientering og blir ikkje lesne inn att; ei endring i dei blir meld.",
    "Status, prioritet, nivå og tema vel du frå nedtrekkslister. Fleire verdiar i éi celle skil du med semikolon: «nav; nho». Bruk id-ane (sjå arka «Aktørar», «Regionar» og «Kommunar»), ikkje namna.",
    "Ei ny statusoppdatering legg du til som ei ny rad i «Oppdateringar»: ID-en til tiltaket, dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ), status og tekst. Ei oppdatering som alt er registrert, rettar du i rada hennar (dato, status, tekst, kjelde).",
    "Ei ny kopling legg du til som ei ny rad i «Koplingar»: frå-ID og til-ID. Ei kopling rettar du ved å skrive ein annan til-ID i rada.",
    "Sletta rader blir ikkje sletta i dataa; dei blir melde. Bruk «plan remove» for å ta ut eit tiltak.",
    "Datoar kan vere heile datoar (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ), eller berre ÅÅÅÅ-MM eller ÅÅÅÅ når kjelda ikkje seier meir. Eit årstal i ei periodecelle blir lese som eit år.",
    "Ikkje skriv formlar: ei celle som byrjar med = blir avvist.",
    "Den skjulte kolonnen «plan» og det skjulte arket «plan» koplar radene til dataa. Ikkje endre dei.",
    "Les inn att med «plan import FIL.xlsx» (eller FIL.ods, lagra i LibreOffice): det viser endringane utan å skrive noko. «plan import FIL.xlsx --apply» skriv dei.",
    "Er eit tiltak endra i dataa etter eksporten og òg i arket, blir rada meld som konflikt og hoppa over (--force overstyrer).",
];

const READ_ME_EN: [&str; 11] = [
    "Action programme from plan – a workbook for updates",
    "The “Items” sheet has one row per item. You can change the theme, level, title, status, priority, responsible, partners, regions, municipalities, documents, period and description. Columns marked “(names)” and the grey columns are for reference and are not read back; a change in them is reported.",
    "Status, priority, level and theme are chosen from drop-down lists. Several values in one cell are separated by semicolons: “nav; nho”. Use the ids (see the “Bodies”, “Regions” and “Municipalities” sheets), not the names.",
    "Add a new status update as a new row in “Updates”: the item's ID, the date (YYYY-MM-DD or DD.MM.YYYY), the status and a text. An update already recorded is corrected in its row (date, status, text, source).",
    "Add a new link as a new row in “Links”: the from ID and the to ID. A link is corrected by writing another to ID in its row.",
    "Deleted rows are not deleted from the data; they are reported. Use “plan remove” to take an item out.",
    "Dates may be full dates (YYYY-MM-DD or DD.MM.YYYY), or just YYYY-MM or YYYY when the source gives no more. A year in a period cell is read as a year.",
    "Do not write formulas: a cell starting with = is refused.",
    "The hidden “plan” column and the hidden “plan” sheet tie the rows to the data. Do not change them.",
    "Read it back with “plan import FILE.xlsx” (or FILE.ods, saved by LibreOffice): it shows the changes and writes nothing. “plan import FILE.xlsx --apply” writes them.",
    "If an item was changed in the data after the export and also in the sheet, the row is reported as a conflict and skipped (--force overrides).",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_told_apart_within_each_sheet() {
        for kind in SheetKind::WITH_ROWS {
            for language in Language::ALL {
                let mut seen: Vec<&str> = kind
                    .columns()
                    .iter()
                    .map(|c| header(*c, *language))
                    .collect();
                seen.sort_unstable();
                let count = seen.len();
                seen.dedup();
                assert_eq!(seen.len(), count, "{kind:?} {language:?}");
            }
        }
    }

    #[test]
    fn the_read_me_asks_for_a_level_where_a_programme_needs_one() {
        let new_item = |levelled: &[&str], every| read_me(Language::Nb, levelled, every)[3].clone();
        assert!(new_item(&[], true).contains("fyll ut program, tema og tittel."));
        assert!(new_item(&["innlandet"], true).contains("fyll ut program, tema, nivå og tittel."));
        assert!(
            new_item(&["innlandet"], false)
                .contains("fyll ut program, tema og tittel, og nivå for tiltak i innlandet.")
        );
    }

    #[test]
    fn sheet_names_fit_the_spreadsheet_limit() {
        for kind in SheetKind::ALL {
            for name in sheet_names(*kind) {
                assert!(name.chars().count() <= 31, "{name}");
            }
        }
    }
}
