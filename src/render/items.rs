//! Lists of items as a terminal table, JSON, CSV or a Markdown table.
//!
//! [`ItemRow`] is the documented JSON shape of an item in `plan list --format json`; CSV and
//! the tables show the same fields.

use std::io::{self, Write};

use serde::Serialize;

use crate::i18n;
use crate::index::{ItemIx, Repository};
use crate::model::{Item, Level, Status, Term, Word};
use crate::query::{Reason, Where, link_label};
use crate::render::table::Table;
use crate::t;
use crate::words::{self, Named};

/// One item, resolved, as `plan list --format json` prints it.
#[derive(Debug, Serialize)]
pub(crate) struct ItemRow {
    pub(crate) id: String,
    pub(crate) programme: String,
    pub(crate) title: String,
    pub(crate) theme: String,
    pub(crate) level: Option<&'static str>,
    pub(crate) priority: Option<&'static str>,
    pub(crate) priority_text: Option<String>,
    pub(crate) status: Option<&'static str>,
    pub(crate) responsible: Vec<String>,
    pub(crate) partners: Vec<String>,
    pub(crate) links: Vec<String>,
    pub(crate) documents: Vec<String>,
    pub(crate) regions: Vec<String>,
    pub(crate) municipalities: Vec<String>,
    pub(crate) places: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) why: Option<Vec<String>>,
}

fn values(list: &[crate::model::Spanned<String>]) -> Vec<String> {
    list.iter().map(|v| v.value.clone()).collect()
}

impl ItemRow {
    pub(crate) fn new(repo: &Repository, ix: ItemIx, why: Option<&[Reason]>) -> Self {
        let item: &Item = &repo.items[ix];
        ItemRow {
            id: repo.display_id(ix, None),
            programme: item.programme.value.clone(),
            title: item.title.clone(),
            theme: item.theme.value.clone(),
            level: item.level.as_ref().map(|l| l.value.as_str()),
            priority: item.priority.as_ref().map(|p| p.term.as_str()),
            priority_text: item.priority.as_ref().map(|p| p.text.clone()),
            status: item.current_status().map(Word::as_str),
            responsible: values(&item.responsible),
            partners: values(&item.partners),
            links: repo.links_out[ix]
                .iter()
                .map(|&to| link_label(repo, ix, to).into_owned())
                .collect(),
            documents: values(&item.documents),
            regions: values(&item.regions),
            municipalities: values(&item.municipalities),
            places: item.places.iter().map(|p| p.name.clone()).collect(),
            why: why.map(|reasons| reasons.iter().map(|r| reason_text(repo, r)).collect()),
        }
    }
}

/// Why an item matched, in the language of the run: "partner: NAV Innlandet, part of NAV".
fn reason_text(repo: &Repository, reason: &Reason) -> String {
    match reason {
        Reason::Role {
            role,
            body,
            part_of: None,
        } => t!(
            "why-role",
            role = role.as_str(),
            body = repo.body_name(body)
        ),
        Reason::Role {
            role,
            body,
            part_of: Some(parent),
        } => t!(
            "why-role-part-of",
            role = role.as_str(),
            body = repo.body_name(body),
            parent = repo.body_name(parent)
        ),
        Reason::ActsFor { body, region } => t!(
            "why-acts-for",
            body = repo.body_name(body),
            region = repo.region_name(region)
        ),
        Reason::Names(Where::Region(region)) => {
            t!("why-names-region", region = repo.region_name(region))
        }
        Reason::Names(place) => t!("why-names", place = place_text(repo, place)),
        Reason::OnlyMentions(place) => t!("why-only-mentions", place = place_text(repo, place)),
        Reason::RegionHolds {
            region,
            municipality,
            body: None,
        } => t!(
            "why-region-holds",
            region = repo.region_name(region),
            municipality = repo.municipality_name(municipality)
        ),
        Reason::RegionHolds {
            region,
            municipality,
            body: Some(body),
        } => t!(
            "why-acts-for-region-holds",
            body = repo.body_name(body),
            region = repo.region_name(region),
            municipality = repo.municipality_name(municipality)
        ),
        Reason::CountyWide => t!("why-county-wide"),
        Reason::WordIn { word, field } => {
            t!("why-word-in", word = word.as_str(), field = field.as_str())
        }
    }
}

/// A place as a reason names it: "Fagernes (Nord-Aurdal, in Valdres)".
fn place_text(repo: &Repository, place: &Where) -> String {
    let via = |via: &Option<String>| {
        via.as_deref()
            .map(|r| t!("why-in-region", region = repo.region_name(r)))
            .unwrap_or_default()
    };
    match place {
        Where::Region(region) => repo.region_name(region).to_string(),
        Where::Municipality { number, via: v } => {
            format!("{}{}", repo.municipality_name(number), via(v))
        }
        Where::Place {
            name,
            municipality,
            via: v,
        } => format!(
            "{name} ({}{})",
            repo.municipality_name(municipality),
            via(v)
        ),
    }
}

/// The headers of the columns the table and Markdown formats show, in the language of the
/// run; `why` adds the column saying why each item matched.
fn header(why: bool) -> Vec<String> {
    let mut header = vec![
        t!("list-col-id"),
        t!("list-col-title"),
        t!("list-col-level"),
        t!("list-col-priority"),
        t!("list-col-status"),
        t!("list-col-responsible"),
    ];
    if why {
        header.push(t!("list-col-why"));
    }
    header
}

/// Shown where the source states no value.
const NOT_STATED: &str = "–";

/// A value's name in the language of the run ("igangsatt" for `started`), or a dash.
fn named<W: Named>(code: Option<&str>) -> String {
    code.and_then(W::parse).map_or_else(
        || NOT_STATED.to_string(),
        |v| words::name(i18n::current(), v),
    )
}

fn cells(repo: &Repository, row: &ItemRow) -> Vec<String> {
    vec![
        row.id.clone(),
        row.title.clone(),
        named::<Level>(row.level),
        named::<Term>(row.priority),
        named::<Status>(row.status),
        row.responsible
            .iter()
            .map(|b| repo.body_name(b))
            .collect::<Vec<_>>()
            .join(", "),
    ]
}

/// A table for the terminal: fits `width` (a terminal's) and wraps between words; piped, no
/// column is wider than [`crate::render::table::PIPE_COLUMN_WIDTH`]. With `--why`, each item's reasons are a
/// line of their own under its row.
pub(crate) fn table(
    out: &mut dyn Write,
    repo: &Repository,
    rows: &[ItemRow],
    width: Option<u16>,
) -> io::Result<()> {
    let mut table = Table::new(header(false));
    for row in rows {
        let why = row
            .why
            .as_ref()
            .map(|why| format!("{}: {}", t!("list-why"), why.join("; ")));
        table.add_row(cells(repo, row), why);
    }
    table.write(out, width.map(usize::from))
}

/// A Markdown table, pipes in cells escaped.
pub(crate) fn markdown(
    out: &mut dyn Write,
    repo: &Repository,
    rows: &[ItemRow],
    with_why: bool,
) -> io::Result<()> {
    let header = header(with_why);
    writeln!(out, "| {} |", header.join(" | "))?;
    writeln!(
        out,
        "|{}|",
        header.iter().map(|_| "---").collect::<Vec<_>>().join("|")
    )?;
    for row in rows {
        let mut cells = cells(repo, row);
        if let Some(why) = &row.why {
            cells.push(why.join("; "));
        }
        let cells: Vec<String> = cells.iter().map(|c| markdown_cell(c)).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// Text from the data, safe inside a Markdown table cell: shown as written, on one line.
pub(crate) fn markdown_cell(text: &str) -> String {
    crate::render::blocks::escape(text)
}

/// The CSV header, in the order of [`csv_fields`].
pub(crate) const CSV_HEADER: &[&str] = &[
    "id",
    "programme",
    "title",
    "theme",
    "level",
    "priority",
    "priority_text",
    "status",
    "responsible",
    "partners",
    "links",
    "documents",
    "regions",
    "municipalities",
    "places",
];

/// CSV with a header row; multi-valued cells joined with `; `. With `--why`, a last `why`
/// column.
pub(crate) fn csv(
    out: &mut dyn Write,
    rows: &[ItemRow],
    with_why: bool,
    separator: char,
) -> io::Result<()> {
    let why_header = with_why.then(|| "why".to_string());
    csv_record(
        out,
        CSV_HEADER.iter().map(|s| s.to_string()).chain(why_header),
        separator,
    )?;
    for row in rows {
        let why = with_why.then(|| row.why.as_deref().unwrap_or_default().join("; "));
        csv_record(out, csv_fields(row).chain(why), separator)?;
    }
    Ok(())
}

/// The CSV fields of a row, in header order.
pub(crate) fn csv_fields(row: &ItemRow) -> impl Iterator<Item = String> {
    let join = |v: &[String]| v.join("; ");
    [
        row.id.clone(),
        row.programme.clone(),
        row.title.clone(),
        row.theme.clone(),
        row.level.unwrap_or("").to_string(),
        row.priority.unwrap_or("").to_string(),
        row.priority_text.clone().unwrap_or_default(),
        row.status.unwrap_or("").to_string(),
        join(&row.responsible),
        join(&row.partners),
        join(&row.links),
        join(&row.documents),
        join(&row.regions),
        join(&row.municipalities),
        join(&row.places),
    ]
    .into_iter()
}

/// Writes one CSV record, ending with CRLF; quoting is the `csv` crate's (RFC 4180: a field
/// is quoted when it holds the separator, a quote or a line break). A field that a
/// spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading `'`, as OWASP recommends against CSV injection: Excel
/// then shows it as text. Every CSV output goes through here.
pub(crate) fn csv_record(
    out: &mut dyn Write,
    fields: impl Iterator<Item = String>,
    separator: char,
) -> io::Result<()> {
    let separator = u8::try_from(separator).expect("an ASCII separator");
    let mut writer = csv::WriterBuilder::new()
        .delimiter(separator)
        .terminator(csv::Terminator::CRLF)
        .buffer_capacity(1024)
        .from_writer(out);
    writer.write_record(fields.map(neutralise_formula))?;
    writer.flush()
}

/// A field as a spreadsheet shows it as text: `'` before a leading formula character.
fn neutralise_formula(field: String) -> String {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let mut out = Vec::new();
        csv_record(
            &mut out,
            [
                "a".to_string(),
                "b, c".into(),
                "say \"hi\"".into(),
                "x;y".into(),
            ]
            .into_iter(),
            ',',
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,\"b, c\",\"say \"\"hi\"\"\",x;y\r\n"
        );
        let mut out = Vec::new();
        csv_record(
            &mut out,
            ["x;y".to_string(), "Æ, Ø".into()].into_iter(),
            ';',
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "\"x;y\";Æ, Ø\r\n");
    }

    #[test]
    fn formulas_are_neutralised() {
        let mut out = Vec::new();
        let fields = ["=1+1", "+47 22", "-2", "@SUM(A1)", "\tx", "a=b", "=\"x\""];
        csv_record(&mut out, fields.iter().map(|f| f.to_string()), ',').unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "'=1+1,'+47 22,'-2,'@SUM(A1),'\tx,a=b,\"'=\"\"x\"\"\"\r\n"
        );
    }

    #[test]
    fn markdown_cells_escape_pipes() {
        assert_eq!(markdown_cell("a | b\nc"), "a \\| b c");
    }
}
