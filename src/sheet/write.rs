//! `plan import --apply`: a checked change set made into edits of the item files through
//! the edit layer ([`crate::edit`]), inside a [`Changeset`] that holds the repository lock,
//! so only the changed values move in each file and comments stay where they are. Lists
//! change member by member (a removed body is taken out, an added one appended), never by
//! rewriting the list.

use anyhow::Result;

use crate::changeset::Changeset;
use crate::edit::{YamlFile, scalar, update_place};
use crate::format::EntityKind;
use crate::index::Repository;
use crate::model::Item;
use crate::render::template::{self, Yaml};
use crate::sheet::import::{ChangeSet, Entry, FieldEdit, MemberEdit};
use crate::sheet::validate::NewFile;

/// The value as the edit layer writes it.
fn yaml(entry: &Entry) -> Yaml {
    match entry {
        Entry::Scalar(text, _) => Yaml::Scalar(text.clone()),
        Entry::Text(text, _) => Yaml::Text(text.clone()),
        Entry::List(members, _) => Yaml::List(members.iter().map(yaml).collect()),
        Entry::Map(entries, _) => Yaml::Map(entries.iter().map(|(k, v)| (*k, yaml(v))).collect()),
    }
}

/// Makes every change of the set in `files`; nothing is written until the caller says so.
/// `order` is the item fields' written order, for inserting a missing one.
pub(crate) fn apply(
    changes: &ChangeSet,
    new_files: &[NewFile],
    repo: &Repository,
    files: &mut Changeset,
    order: &[String],
) -> Result<()> {
    for (ix, edits) in &changes.items {
        let item = &repo.items[*ix];
        let relative = files.relative(&item.path).to_string();
        files.edit(&relative, |file| {
            for edit in &edits.fields {
                let Entry::List(members, _) = &edit.value else {
                    file.set(edit.field, &field_value(item, edit), order)?;
                    continue;
                };
                let old: Vec<&str> = list_of(item, edit.field)
                    .iter()
                    .map(|v| v.value.as_str())
                    .collect();
                set_list(file, edit.field, &old, members, order)?;
            }
            for member in &edits.members {
                set_member(file, item, member)?;
            }
            // At its date, as `plan update` places one.
            for update in &edits.updates {
                let at = match update.date() {
                    Some(date) => update_place(file.get("updates")?.as_ref(), &date),
                    None => usize::MAX,
                };
                file.insert("updates", at, &yaml(update), order)?;
            }
            for link in &edits.links {
                file.push("links", &yaml(link), order)?;
            }
            Ok(())
        })?;
    }
    for new in new_files {
        let relative = files.relative(&new.path).to_string();
        files.create(&relative, new_file_text(&relative, new)?)?;
    }
    Ok(())
}

/// The value a field is set to.
fn field_value(item: &Item, edit: &FieldEdit) -> Yaml {
    match edit.field {
        "description" => text_in_place_of(&edit.value, item.description.as_deref()),
        _ => yaml(&edit.value),
    }
}

/// A text from a cell in place of `old`. A cell holds no final line break, so where the
/// old text ends in one the new one keeps it: a `|` block as the data writes them stays
/// one, rather than becoming `|-`.
fn text_in_place_of(value: &Entry, old: Option<&str>) -> Yaml {
    match value {
        Entry::Text(text, _) if old.is_some_and(|old| old.ends_with('\n')) => {
            Yaml::Text(format!("{text}\n"))
        }
        value => yaml(value),
    }
}

/// Changes a status update's field, or a link, in place.
fn set_member(file: &mut YamlFile, item: &Item, member: &MemberEdit) -> Result<()> {
    let Some(field) = member.field else {
        let old = &item.links[member.position].value;
        file.replace_member(member.list, old, &yaml(&member.value))?;
        return Ok(());
    };
    let value = match field {
        "text" => text_in_place_of(&member.value, Some(&item.updates[member.position].text)),
        _ => yaml(&member.value),
    };
    let order = crate::edit::field_order(crate::format::UPDATE);
    file.set_in_member(member.list, member.position, field, &value, &order)
}

/// Sets a list field (whose members are `old` now): it loses the members no longer in the
/// cell and gains the new ones at its end, in the cell's order.
fn set_list(
    file: &mut YamlFile,
    field: &'static str,
    old: &[&str],
    members: &[Entry],
    order: &[String],
) -> Result<()> {
    let new: Vec<&str> = members
        .iter()
        .filter_map(|m| match m {
            Entry::Scalar(text, _) | Entry::Text(text, _) => Some(text.as_str()),
            _ => None,
        })
        .collect();
    file.remove(field, |node| {
        scalar(node).is_some_and(|value| !new.contains(&value))
    })?;
    for member in members {
        let value = match member {
            Entry::Scalar(text, _) | Entry::Text(text, _) => text.as_str(),
            _ => continue,
        };
        if !old.contains(&value) {
            file.push(field, &yaml(member), order)?;
        }
    }
    Ok(())
}

/// The item's list a list field of the sheet edits.
fn list_of<'a>(item: &'a Item, field: &str) -> &'a [crate::model::Spanned<String>] {
    match field {
        "responsible" => &item.responsible,
        "partners" => &item.partners,
        "regions" => &item.regions,
        "municipalities" => &item.municipalities,
        "documents" => &item.documents,
        _ => &[],
    }
}

/// A new item's file as `plan new item` writes one: the `$schema` line, the fields given,
/// and every other field as a commented hint.
fn new_file_text(relative: &str, new: &NewFile) -> Result<Vec<u8>> {
    // The schema folder sits beside the data folder: one `..` per folder down, and one more.
    let depth = relative.split('/').count();
    let schema = format!(
        "{}schema/{}",
        "../".repeat(depth),
        crate::schema::file_name(EntityKind::Item)
    );
    let filled: Vec<(&str, Yaml)> = new.fields.iter().map(|(k, v)| (*k, yaml(v))).collect();
    let mut text = Vec::new();
    template::entity(&mut text, &schema, EntityKind::Item.fields(), &filled)?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::finding::CellRef;

    fn cell() -> CellRef {
        CellRef {
            sheet: "Tiltak".into(),
            row: 1,
            col: 11,
        }
    }

    #[test]
    fn a_list_changes_member_by_member_and_keeps_its_comments() {
        let mut file = YamlFile::parse(
            b"id: K1\npartners:\n  - nav   # named in the text\n  - lo\n  - nho\nlinks: []\n",
        )
        .unwrap();
        let members: Vec<Entry> = ["nav", "nho", "ks"]
            .iter()
            .map(|m| Entry::Scalar(m.to_string(), cell()))
            .collect();
        let order = ["id", "partners", "links"].map(String::from);
        set_list(
            &mut file,
            "partners",
            &["nav", "lo", "nho"],
            &members,
            &order,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(file.to_bytes()).unwrap(),
            "id: K1\npartners:\n  - nav   # named in the text\n  - nho\n  - ks\nlinks: []\n"
        );
    }
}
