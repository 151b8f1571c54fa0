//! The spreadsheet view of the repository, shared by `plan export --format xlsx` and
//! `plan import`: which sheets and columns a workbook has, the value of every cell, and the
//! key and fingerprint in each row that let the import match the row back to its item and
//! tell the planner's edits from changes made in the repository since the export.
//!
//! It knows nothing of the xlsx format: [`crate::render::xlsx`] writes this view and
//! [`crate::load::workbook`] reads cells back.

pub(crate) mod csv;
pub(crate) mod finding;
pub(crate) mod import;
mod reference;
pub(crate) mod validate;
pub(crate) mod words;
pub(crate) mod write;

use crate::index::{ItemIx, Repository};
use crate::model::{Date, Item, Language, Level, Spanned, Status, Term, Update, Word};
use crate::words::{Named, name, parse};

/// Raised when the workbook's layout changes in a way an older import would misread.
pub(crate) const FORMAT_VERSION: &str = "2";

/// What the first cell of the hidden manifest sheet says, so a workbook from elsewhere is
/// recognised as not ours.
pub(crate) const MANIFEST_MARK: &str = "plan export";

/// The sheets of the workbook, in the order they are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum SheetKind {
    ReadMe,
    Items,
    Updates,
    Links,
    Bodies,
    Regions,
    Municipalities,
    /// Hidden: the format version, every exported row's key, and the drop-down lists.
    Manifest,
}

impl SheetKind {
    pub(crate) const ALL: &'static [SheetKind] = &[
        SheetKind::ReadMe,
        SheetKind::Items,
        SheetKind::Updates,
        SheetKind::Links,
        SheetKind::Bodies,
        SheetKind::Regions,
        SheetKind::Municipalities,
        SheetKind::Manifest,
    ];

    /// The sheets with a header row and one row per value.
    #[cfg(test)]
    pub(crate) const WITH_ROWS: &'static [SheetKind] = &[
        SheetKind::Items,
        SheetKind::Updates,
        SheetKind::Links,
        SheetKind::Bodies,
        SheetKind::Regions,
        SheetKind::Municipalities,
    ];

    /// The word for the sheet in the manifest.
    pub(crate) fn key(self) -> &'static str {
        match self {
            SheetKind::ReadMe => "read-me",
            SheetKind::Items => "items",
            SheetKind::Updates => "updates",
            SheetKind::Links => "links",
            SheetKind::Bodies => "bodies",
            SheetKind::Regions => "regions",
            SheetKind::Municipalities => "municipalities",
            SheetKind::Manifest => "manifest",
        }
    }

    pub(crate) fn columns(self) -> &'static [Column] {
        use Column::*;
        match self {
            SheetKind::Items => &[
                Id,
                Programme,
                Theme,
                ThemeName,
                Level,
                Title,
                Status,
                Priority,
                PriorityText,
                Responsible,
                ResponsibleNames,
                Partners,
                PartnerNames,
                Regions,
                RegionNames,
                Municipalities,
                MunicipalityNames,
                Documents,
                PeriodStart,
                PeriodEnd,
                LatestUpdate,
                Description,
                Key,
            ],
            SheetKind::Updates => &[Id, Programme, ItemTitle, Date, Status, Text, Source, Key],
            SheetKind::Links => &[Id, Programme, ItemTitle, LinkTo, LinkToTitle, Key],
            SheetKind::Bodies => &[Id, Name, Kind, Aliases],
            SheetKind::Regions => &[Id, Name, Municipalities, MunicipalityNames],
            SheetKind::Municipalities => &[Number, Name, Regions, RegionNames, Centrality],
            SheetKind::ReadMe | SheetKind::Manifest => &[],
        }
    }

    /// Whether the import reads this sheet's rows.
    pub(crate) fn is_imported(self) -> bool {
        matches!(
            self,
            SheetKind::Items | SheetKind::Updates | SheetKind::Links
        )
    }
}

/// A column of one of the sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Column {
    Id,
    Programme,
    Theme,
    ThemeName,
    Level,
    Title,
    Status,
    Priority,
    PriorityText,
    Responsible,
    ResponsibleNames,
    Partners,
    PartnerNames,
    Regions,
    RegionNames,
    Municipalities,
    MunicipalityNames,
    Documents,
    PeriodStart,
    PeriodEnd,
    LatestUpdate,
    Description,
    ItemTitle,
    Date,
    Text,
    Source,
    LinkTo,
    LinkToTitle,
    Name,
    Kind,
    Aliases,
    Number,
    Centrality,
    /// Hidden: the row's key and fingerprint.
    Key,
}

/// What the import does with a column of the items sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Names the item (and, in a new row, its programme).
    Identity,
    /// Read back: a change here changes the item.
    Edited,
    /// Made from other values (names beside ids, the latest update): never read.
    Derived,
}

impl Column {
    /// The role of the column in the sheets the import reads.
    pub(crate) fn role(self) -> Role {
        use Column::*;
        match self {
            Id | Programme | Key => Role::Identity,
            Theme | Level | Title | Status | Priority | PriorityText | Responsible | Partners
            | Regions | Municipalities | Documents | PeriodStart | PeriodEnd | Description
            | Date | Text | Source | LinkTo => Role::Edited,
            _ => Role::Derived,
        }
    }

    /// The closed set of values offered in a drop-down, if the column has one.
    pub(crate) fn choices(self) -> Option<Choices> {
        match self {
            Column::Status => Some(Choices::Status),
            Column::Priority => Some(Choices::Priority),
            Column::Level => Some(Choices::Level),
            Column::Theme => Some(Choices::Theme),
            Column::Programme => Some(Choices::Programme),
            _ => None,
        }
    }

    /// Several values in one cell, separated by `; `.
    pub(crate) fn is_list(self) -> bool {
        matches!(
            self,
            Column::Responsible
                | Column::Partners
                | Column::Regions
                | Column::Municipalities
                | Column::Documents
        )
    }

    /// A column of dates: a full date, a year-month or a year.
    pub(crate) fn is_date(self) -> bool {
        matches!(self, Column::Date | Column::PeriodStart | Column::PeriodEnd)
    }

    /// Text that may not fit on one line, wrapped in its cell.
    pub(crate) fn wraps(self) -> bool {
        use Column::*;
        self.is_list()
            || matches!(
                self,
                Description
                    | Text
                    | LatestUpdate
                    | PriorityText
                    | Title
                    | ThemeName
                    | ItemTitle
                    | LinkToTitle
                    | ResponsibleNames
                    | PartnerNames
                    | RegionNames
                    | MunicipalityNames
            )
    }

    /// A sensible width in characters.
    pub(crate) fn width(self) -> f64 {
        use Column::*;
        match self {
            Id | Theme | Number | Centrality => 8.0,
            Programme | Level | Status | Priority | Date | PeriodStart | PeriodEnd | Kind => 14.0,
            Title | ItemTitle | LinkToTitle | Name => 40.0,
            Description | Text | LatestUpdate => 60.0,
            Key => 20.0,
            _ => 28.0,
        }
    }
}

/// The drop-down lists, each a closed set of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Choices {
    Status,
    Priority,
    Level,
    Theme,
    Programme,
}

impl Choices {
    pub(crate) const ALL: &'static [Choices] = &[
        Choices::Status,
        Choices::Priority,
        Choices::Level,
        Choices::Theme,
        Choices::Programme,
    ];

    /// The values offered: status, priority and level words in the workbook's language, the
    /// theme codes and ids of every programme.
    pub(crate) fn values(self, repo: &Repository, language: Language) -> Vec<String> {
        fn named<W: Named>(all: &[W], language: Language) -> Vec<String> {
            all.iter().map(|v| name(language, *v)).collect()
        }
        match self {
            Choices::Status => named(Status::ALL, language),
            Choices::Priority => named(Term::ALL, language),
            Choices::Level => named(Level::ALL, language),
            Choices::Programme => repo.programmes.keys().cloned().collect(),
            Choices::Theme => {
                let mut codes: Vec<String> = Vec::new();
                for theme in repo.programmes.values().flat_map(|p| &p.themes) {
                    if !codes.contains(&theme.code) {
                        codes.push(theme.code.clone());
                    }
                }
                codes
            }
        }
    }
}

/// The value of one cell as exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cell {
    Text(String),
    /// A full date is written as a spreadsheet date; `YYYY` and `YYYY-MM` as text, since a
    /// spreadsheet date always has a day.
    Date(Option<Date>),
}

impl Cell {
    /// The value as the import compares it: a date as `YYYY-MM-DD`, text with line ends
    /// made `\n` and outer blanks dropped, list members separated by `; `.
    pub(crate) fn canonical(&self) -> String {
        match self {
            Cell::Text(text) => canonical_text(text),
            Cell::Date(date) => date.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

/// Text as the import compares it: `\r\n` made `\n`, blanks around it dropped.
pub(crate) fn canonical_text(text: &str) -> String {
    text.replace("\r\n", "\n").trim().to_string()
}

/// The members of a list cell, in order, blanks dropped.
pub(crate) fn list_members(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn joined(values: impl IntoIterator<Item = String>) -> Cell {
    text(values.into_iter().collect::<Vec<_>>().join("; "))
}

fn ids(list: &[Spanned<String>]) -> Cell {
    joined(list.iter().map(|v| v.value.clone()))
}

fn names(list: &[Spanned<String>], name: impl Fn(&str) -> String) -> Cell {
    joined(list.iter().map(|v| name(&v.value)))
}

/// The most a spreadsheet cell holds, in UTF-16 code units (Excel's limit).
const CELL_LIMIT: usize = 32_767;

/// Whether a text fits in one cell whole.
pub(crate) fn fits_in_cell(text: &str) -> bool {
    text.encode_utf16().count() <= CELL_LIMIT
}

/// A text cell; text longer than a cell holds is cut, ending in `…`. The cut text is what
/// the fingerprint covers, so a long description does not read back as changed.
pub(crate) fn text(value: impl Into<String>) -> Cell {
    let mut value = value.into();
    if !fits_in_cell(&value) {
        let mut units = 0;
        let end = value
            .char_indices()
            .find(|(_, c)| {
                units += c.len_utf16();
                units > CELL_LIMIT - 1
            })
            .map_or(value.len(), |(at, _)| at);
        value.truncate(end);
        value.push('…');
    }
    Cell::Text(value)
}

/// The cell of an item's column.
pub(crate) fn item_cell(repo: &Repository, ix: ItemIx, column: Column) -> Cell {
    let item = &repo.items[ix];
    let programme = repo.programme_of(item);
    use Column::*;
    match column {
        Id => text(&item.id.value),
        Programme => text(&item.programme.value),
        Theme => text(&item.theme.value),
        ThemeName => text(
            programme
                .and_then(|p| p.theme(&item.theme.value))
                .map(|t| t.name.clone())
                .unwrap_or_default(),
        ),
        Level => text(item.level.as_ref().map_or("", |l| l.value.as_str())),
        Title => text(&item.title),
        Status => text(item.current_status().map_or("", Word::as_str)),
        Priority => text(item.priority.as_ref().map_or("", |p| p.term.as_str())),
        PriorityText => text(item.priority.as_ref().map_or("", |p| p.text.as_str())),
        Responsible => ids(&item.responsible),
        ResponsibleNames => names(&item.responsible, |id| repo.body_name(id).to_string()),
        Partners => ids(&item.partners),
        PartnerNames => names(&item.partners, |id| repo.body_name(id).to_string()),
        Regions => ids(&item.regions),
        RegionNames => names(&item.regions, |id| repo.region_name(id).to_string()),
        Municipalities => ids(&item.municipalities),
        MunicipalityNames => names(&item.municipalities, |n| {
            repo.municipality_name(n).to_string()
        }),
        Documents => ids(&item.documents),
        PeriodStart => Cell::Date(item.period.as_ref().and_then(|p| p.start)),
        PeriodEnd => Cell::Date(item.period.as_ref().and_then(|p| p.end)),
        Description => text(item.description.clone().unwrap_or_default()),
        _ => text(""),
    }
}

/// The cell of an item's column as the workbook shows it: status, priority and level in
/// words of `language`, the latest update with its status named.
fn shown_item_cell(repo: &Repository, ix: ItemIx, column: Column, language: Language) -> Cell {
    if column == Column::LatestUpdate {
        return text(latest_update(&repo.items[ix], language));
    }
    in_words(column, item_cell(repo, ix, column), language)
}

fn latest_update(item: &Item, language: Language) -> String {
    item.latest_update()
        .map_or_else(String::new, |u| update_line(u, Some(language)))
}

/// A status update on one line, its status named in `language` (`2024-03-01 [igangsatt] …`),
/// or by its code where there is none, as the CSV export writes it.
pub(crate) fn update_line(update: &Update, language: Option<Language>) -> String {
    let status = update
        .status
        .map(|s| match language {
            Some(language) => format!("[{}] ", name(language, s)),
            None => format!("[{s}] "),
        })
        .unwrap_or_default();
    format!("{} {status}{}", update.date.value, update.text)
}

/// A cell of a status, priority or level column with its code named in `language`
/// (`started` → `igangsatt`); other cells as they are.
fn in_words(column: Column, cell: Cell, language: Language) -> Cell {
    let Cell::Text(code) = &cell else {
        return cell;
    };
    let named = match column {
        Column::Status => Status::parse(code).map(|v| name(language, v)),
        Column::Priority => Term::parse(code).map(|v| name(language, v)),
        Column::Level => Level::parse(code).map(|v| name(language, v)),
        _ => None,
    };
    named.map_or(cell, text)
}

/// A cell's text as the files write it: a status, priority or level named in any language
/// (or by its code) becomes its code (`fullført` → `completed`); anything else, an unknown
/// word included, stays as written, for the check to report.
pub(crate) fn as_code(column: Column, text: &str) -> String {
    fn code<W: Named>(text: &str) -> Option<&'static str> {
        parse::<W>(text).map(Word::as_str)
    }
    let code = match column {
        Column::Status => code::<Status>(text),
        Column::Priority => code::<Term>(text),
        Column::Level => code::<Level>(text),
        _ => None,
    };
    code.map_or_else(|| text.to_string(), str::to_string)
}

/// The columns of the items sheet whose values the fingerprint covers, in order.
pub(crate) fn fingerprinted() -> impl Iterator<Item = Column> {
    SheetKind::Items
        .columns()
        .iter()
        .copied()
        .filter(|c| c.role() == Role::Edited)
}

/// The columns of the items sheet that show values from elsewhere (names beside ids, the
/// latest update), in order: never read back, their cells as written are hashed in the key.
pub(crate) fn shown_columns() -> impl Iterator<Item = Column> {
    SheetKind::Items
        .columns()
        .iter()
        .copied()
        .filter(|c| c.role() == Role::Derived)
}

/// The hidden key of an item row: programme, id, one short hash per fingerprinted column,
/// so the import can tell which cells the planner changed and which values changed in the
/// repository since; then one per read-only cell as `shown` gives the row's (see
/// [`shown_hash`]), so a change to one is told from a change in the repository.
pub(crate) fn item_key(repo: &Repository, ix: ItemIx, shown: &[String]) -> String {
    let item = &repo.items[ix];
    let hashes: Vec<String> = fingerprinted()
        .map(|c| short_hash(&item_cell(repo, ix, c).canonical()))
        .collect();
    let shown: Vec<String> = shown.iter().map(|s| shown_hash(s)).collect();
    format!(
        "{} {} {} {}",
        item.programme.value,
        item.id.value,
        hashes.join("."),
        shown.join(".")
    )
}

/// The hash of a read-only cell's text, its members (or its one line) in order: blanks
/// and line ends as another program may have saved them do not count.
pub(crate) fn shown_hash(text: &str) -> String {
    short_hash(&list_members(&canonical_text(text)).join("; "))
}

/// An item's row of the items sheet in `language`, its key last.
fn item_row(repo: &Repository, ix: ItemIx, language: Language) -> Vec<Cell> {
    let columns = SheetKind::Items.columns();
    let mut row: Vec<Cell> = columns
        .iter()
        .map(|c| shown_item_cell(repo, ix, *c, language))
        .collect();
    let shown: Vec<String> = columns
        .iter()
        .zip(&row)
        .filter(|(c, _)| c.role() == Role::Derived)
        .map(|(_, cell)| cell.canonical())
        .collect();
    if let Some(at) = columns.iter().position(|c| *c == Column::Key) {
        row[at] = text(item_key(repo, ix, &shown));
    }
    row
}

/// A stable 32-bit hash (FNV-1a) in hex: the same on every machine and Rust version, which
/// the standard library's hasher does not promise.
pub(crate) fn short_hash(text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in text.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("{hash:08x}")
}

/// An item's status updates in date order, oldest first, with their place in the file.
pub(crate) fn updates_in_order(item: &Item) -> Vec<(usize, &crate::model::Update)> {
    let mut updates: Vec<_> = item.updates.iter().enumerate().collect();
    updates.sort_by(|a, b| a.1.date.value.chronological(&b.1.date.value));
    updates
}

/// The cells of one status update row.
pub(crate) fn update_cells(repo: &Repository, ix: ItemIx, position: usize) -> Vec<Cell> {
    let item = &repo.items[ix];
    let update = &item.updates[position];
    let values: Vec<Cell> = vec![
        text(&item.id.value),
        text(&item.programme.value),
        text(&item.title),
        Cell::Date(Some(update.date.value)),
        text(update.status.map_or("", Word::as_str)),
        text(&update.text),
        text(update.source.as_ref().map_or("", |s| s.title.as_str())),
    ];
    let key = row_key(&item.programme.value, &item.id.value, position, &values);
    values.into_iter().chain([text(key)]).collect()
}

/// The cells of one link row; `position` is the link's place in the item's `links`.
pub(crate) fn link_cells(repo: &Repository, ix: ItemIx, position: usize) -> Vec<Cell> {
    let item = &repo.items[ix];
    let target = &item.links[position].value;
    let target_title = repo
        .resolve_link(item, target)
        .map(|to| repo.items[to].title.clone())
        .unwrap_or_default();
    let values = vec![
        text(&item.id.value),
        text(&item.programme.value),
        text(&item.title),
        text(target),
        text(target_title),
    ];
    let key = row_key(&item.programme.value, &item.id.value, position, &values);
    values.into_iter().chain([text(key)]).collect()
}

/// The hidden key of an update or link row: programme, id, the entry's place in the item's
/// list, and a hash of the row as exported.
fn row_key(programme: &str, id: &str, position: usize, values: &[Cell]) -> String {
    let all: Vec<String> = values.iter().map(Cell::canonical).collect();
    format!(
        "{programme} {id} {position} {}",
        short_hash(&all.join("\u{1f}"))
    )
}

/// A row key read back: the item, the entry's place (updates and links) and the hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RowKey {
    pub(crate) programme: String,
    pub(crate) id: String,
    pub(crate) position: Option<usize>,
    pub(crate) hashes: Vec<String>,
    /// An item row's hashes of its read-only cells as exported ([`shown_hash`]); none for
    /// other rows, and in a key from an export before they were hashed.
    pub(crate) shown: Vec<String>,
}

impl RowKey {
    /// Parses a key cell of the given sheet; `None` if it is not one of ours.
    pub(crate) fn parse(kind: SheetKind, text: &str) -> Option<RowKey> {
        let mut parts = text.split(' ');
        let programme = parts.next()?.to_string();
        let id = parts.next()?.to_string();
        let position = match kind {
            SheetKind::Items => None,
            _ => Some(parts.next()?.parse().ok()?),
        };
        let hashes: Vec<String> = parts.next()?.split('.').map(str::to_string).collect();
        let expected = match kind {
            SheetKind::Items => fingerprinted().count(),
            _ => 1,
        };
        let shown: Vec<String> = match kind {
            // A CSV file exported before they were hashed has none.
            SheetKind::Items => parts
                .next()
                .map(|p| p.split('.').map(str::to_string).collect())
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        (parts.next().is_none() && hashes.len() == expected).then_some(RowKey {
            programme,
            id,
            position,
            hashes,
            shown,
        })
    }

    /// How the manifest lists the row: everything but the hashes.
    pub(crate) fn manifest_entry(&self) -> String {
        match self.position {
            Some(p) => format!("{} {} {p}", self.programme, self.id),
            None => format!("{} {}", self.programme, self.id),
        }
    }
}

/// Everything one workbook shows: the rows of every sheet, in the chosen language.
pub(crate) struct View {
    pub(crate) language: Language,
    pub(crate) sheets: Vec<(SheetKind, Vec<Vec<Cell>>)>,
    /// Every exported item, update and link row's key without its hashes, so the import
    /// can tell a deleted row from one never exported.
    pub(crate) manifest: Vec<(SheetKind, String)>,
    pub(crate) choices: Vec<(Choices, Vec<String>)>,
    /// The read-me sheet's title and paragraphs.
    pub(crate) read_me: Vec<String>,
}

impl View {
    /// The workbook for the selected items, in the order given.
    pub(crate) fn new(repo: &Repository, items: &[ItemIx], language: Language) -> View {
        let mut item_rows = Vec::new();
        let mut update_rows = Vec::new();
        let mut link_rows = Vec::new();
        for &ix in items {
            item_rows.push(item_row(repo, ix, language));
            for (position, _) in updates_in_order(&repo.items[ix]) {
                let cells = update_cells(repo, ix, position);
                let columns = SheetKind::Updates.columns().iter();
                update_rows.push(
                    columns
                        .zip(cells)
                        .map(|(c, cell)| in_words(*c, cell, language))
                        .collect(),
                );
            }
            for position in 0..repo.items[ix].links.len() {
                link_rows.push(link_cells(repo, ix, position));
            }
        }
        let mut manifest = Vec::new();
        for (kind, rows) in [
            (SheetKind::Items, &item_rows),
            (SheetKind::Updates, &update_rows),
            (SheetKind::Links, &link_rows),
        ] {
            for row in rows.iter() {
                let key = row.last().map(Cell::canonical).unwrap_or_default();
                if let Some(key) = RowKey::parse(kind, &key) {
                    manifest.push((kind, key.manifest_entry()));
                }
            }
        }
        View {
            language,
            sheets: vec![
                (SheetKind::Items, item_rows),
                (SheetKind::Updates, update_rows),
                (SheetKind::Links, link_rows),
                (SheetKind::Bodies, reference::bodies(repo, language)),
                (SheetKind::Regions, reference::regions(repo)),
                (SheetKind::Municipalities, reference::municipalities(repo)),
            ],
            manifest,
            choices: Choices::ALL
                .iter()
                .map(|c| (*c, c.values(repo, language)))
                .collect(),
            read_me: read_me(repo, language),
        }
    }
}

/// The read-me sheet, telling what a new row needs by the rules of the programmes it may
/// name: a level where the programme has levels.
fn read_me(repo: &Repository, language: Language) -> Vec<String> {
    let levelled: Vec<&str> = repo
        .programmes
        .values()
        .filter(|p| !p.levels.is_empty())
        .map(|p| p.id.as_str())
        .collect();
    let every = levelled.len() == repo.programmes.len();
    words::read_me(language, &levelled, every)
}

/// The hash of an update or link row as read back, to compare with its key.
pub(crate) fn row_hash(values: &[String]) -> String {
    short_hash(&values.join("\u{1f}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv1a() {
        assert_eq!(short_hash(""), "811c9dc5");
        assert_eq!(short_hash("a"), "e40c292c");
    }

    #[test]
    fn keys_read_back() {
        let key = RowKey::parse(SheetKind::Updates, "innlandet K8 2 0a1b2c3d").unwrap();
        assert_eq!(key.position, Some(2));
        assert_eq!(key.manifest_entry(), "innlandet K8 2");
        assert_eq!(RowKey::parse(SheetKind::Updates, "innlandet K8"), None);
        assert_eq!(
            RowKey::parse(SheetKind::Items, "innlandet K8 0a1b2c3d"),
            None
        );
    }

    #[test]
    fn text_longer_than_a_cell_is_cut() {
        let long = "å".repeat(40_000);
        let Cell::Text(cut) = text(long) else {
            panic!("a text cell")
        };
        assert_eq!(cut.encode_utf16().count(), CELL_LIMIT);
        assert!(cut.ends_with("å…"));
        assert_eq!(text("kort"), Cell::Text("kort".into()));
    }

    #[test]
    fn list_cells_split_on_semicolons() {
        assert_eq!(list_members(" nav;nho ;; lo"), ["nav", "nho", "lo"]);
        assert_eq!(canonical_text(" a\r\nb \n"), "a\nb");
    }
}
