//! The reference sheets of the workbook: bodies, regions and municipalities with their ids,
//! so a planner can look up the id to write in an item's cell. They are not read back.

use crate::index::Repository;
use crate::model::Language;
use crate::sheet::{Cell, text};
use crate::words;

pub(super) fn bodies(repo: &Repository, language: Language) -> Vec<Vec<Cell>> {
    repo.bodies
        .values()
        .map(|b| {
            vec![
                text(&b.id.value),
                text(&b.name),
                text(words::name(language, b.kind)),
                text(b.aliases.join("; ")),
            ]
        })
        .collect()
}

pub(super) fn regions(repo: &Repository) -> Vec<Vec<Cell>> {
    repo.regions
        .values()
        .map(|r| {
            let numbers: Vec<&str> = r.municipalities.iter().map(|m| m.value.as_str()).collect();
            let names: Vec<&str> = numbers.iter().map(|n| repo.municipality_name(n)).collect();
            vec![
                text(&r.id.value),
                text(&r.name),
                text(numbers.join("; ")),
                text(names.join("; ")),
            ]
        })
        .collect()
}

pub(super) fn municipalities(repo: &Repository) -> Vec<Vec<Cell>> {
    repo.municipalities
        .values()
        .map(|m| {
            let regions = repo
                .regions_of_municipality
                .get(&m.number.value)
                .cloned()
                .unwrap_or_default();
            let names: Vec<&str> = regions.iter().map(|r| repo.region_name(r)).collect();
            vec![
                text(&m.number.value),
                text(&m.name),
                text(regions.join("; ")),
                text(names.join("; ")),
                text(m.centrality.map(|c| c.to_string()).unwrap_or_default()),
            ]
        })
        .collect()
}
