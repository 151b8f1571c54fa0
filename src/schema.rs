//! JSON Schemas (draft-07) for editors, generated from the field tables in [`crate::format`]
//! that the decoder checks files against, so the schema accepts what the loader accepts.
//!
//! A schema sees the file as a YAML library reads it into JSON: an unquoted `3403` or `5.1`
//! is a number and `true` a boolean, and the loader reads any scalar as text, so text fields
//! accept those too. `null` means "not given", so optional fields accept it.

use serde_json::{Map, Value, json};

use crate::format::{EntityKind, Field, Kind};
use crate::model::Language;

/// Schemas speak bokmål, whatever the language of the run: they are files in the repository.
const LANGUAGE: Language = Language::Nb;

fn text_nb(key: &str) -> String {
    crate::i18n::text(LANGUAGE, key, &[])
}

/// The schema's file name in `schema/`: `item.schema.json`.
pub fn file_name(kind: EntityKind) -> String {
    format!("{}.schema.json", kind.name())
}

/// The schema of one entity kind, as a JSON value with keys in a fixed order.
pub(crate) fn schema(kind: EntityKind) -> Value {
    let mut root = Map::new();
    root.insert(
        "$schema".into(),
        json!("http://json-schema.org/draft-07/schema#"),
    );
    root.insert("$id".into(), json!(file_name(kind)));
    let entity = crate::i18n::text(LANGUAGE, "schema-entity", &[("entity", kind.name().into())]);
    root.insert("title".into(), json!(format!("plan: {entity}")));
    root.insert(
        "description".into(),
        json!(crate::i18n::text(
            LANGUAGE,
            "schema-description",
            &[("entity", entity.as_str().into())]
        )),
    );
    let Value::Object(object) = object(kind.fields(), Some(kind)) else {
        unreachable!("an object schema is an object")
    };
    root.extend(object);
    Value::Object(root)
}

/// The schema text as written to `schema/`: pretty JSON and a final newline.
pub(crate) fn text(kind: EntityKind) -> String {
    let mut text = serde_json::to_string_pretty(&schema(kind)).expect("a JSON value serialises");
    text.push('\n');
    text
}

/// A mapping with exactly these fields; `entity` names the kind when this is a file's top
/// level, where a reference to the kind itself is its identity (an item's `id` is `K3`, a
/// link to it may be `programme:K3`).
fn object(fields: &[Field], entity: Option<EntityKind>) -> Value {
    let mut properties = Map::new();
    for field in fields {
        let identity = matches!((entity, field.kind), (Some(e), Kind::Ref(k)) if e == k);
        let mut schema = kind_schema(field.kind, identity);
        if !field.required {
            schema = nullable(schema);
        }
        let mut described = Map::new();
        described.insert(
            "description".into(),
            json!(crate::format::about(field, LANGUAGE)),
        );
        let Value::Object(schema) = schema else {
            unreachable!("every field schema is an object")
        };
        described.extend(schema);
        properties.insert(field.name.into(), Value::Object(described));
    }
    let required: Vec<&str> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name)
        .collect();
    let mut out = Map::new();
    out.insert("type".into(), json!("object"));
    out.insert("properties".into(), Value::Object(properties));
    if !required.is_empty() {
        out.insert("required".into(), json!(required));
    }
    out.insert("additionalProperties".into(), json!(false));
    Value::Object(out)
}

/// Any scalar, read as text by the loader.
fn scalar_text() -> Value {
    json!({ "type": ["string", "number", "boolean"] })
}

/// A scalar on one line: no line break and no character drawn as nothing, which the loader
/// reports as `invalid-value` and `invisible-character`. (`pattern` applies to strings
/// only, so numbers and booleans still pass.)
fn one_line() -> Value {
    json!({
        "type": ["string", "number", "boolean"],
        "pattern": one_line_pattern(),
        "patternErrorMessage": text_nb("schema-one-line")
    })
}

/// `^[^…]*$` over the line breaks and [`crate::text::INVISIBLE`], written as `\uXXXX`
/// escapes. Characters past U+FFFF (tags, some format controls) are left out: a JSON Schema
/// pattern without the `u` flag, as editors compile it, cannot name them.
fn one_line_pattern() -> String {
    let mut class = String::from("\\n\\r\\u2028\\u2029");
    for &(first, last) in crate::text::INVISIBLE {
        if u32::from(last) > 0xffff {
            continue;
        }
        class.push_str(&format!("\\u{:04X}", u32::from(first)));
        if last != first {
            class.push_str(&format!("-\\u{:04X}", u32::from(last)));
        }
    }
    format!("^[^{class}]*$")
}

/// A year: `2024` (unquoted, it reads as a number).
const YEAR_PATTERN: &str = "^[0-9]{4}$";
/// A month: `2024-03`.
const MONTH_PATTERN: &str = "^[0-9]{4}-(0[1-9]|1[0-2])$";
/// A day: `2024-03-05`; `format: date` makes editors that check formats refuse `2024-02-30`.
const DAY_PATTERN: &str = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
/// [`crate::model::is_slug`].
const SLUG_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// [`crate::model::is_item_id`].
const ITEM_ID_PATTERN: &str = "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$";
/// An item reference: an item id, or `programme:ID`.
const ITEM_REF_PATTERN: &str = "^([a-z0-9]+(-[a-z0-9]+)*:)?[A-Za-z0-9]+(-[A-Za-z0-9]+)*$";
/// [`crate::model::is_municipality_number`].
const MUNICIPALITY_PATTERN: &str = "^[0-9]{4}$";

/// The schema of a value of `kind`; `identity` when it is the entity's own id.
fn kind_schema(kind: Kind, identity: bool) -> Value {
    match kind {
        Kind::Line => one_line(),
        Kind::Text | Kind::Markdown => scalar_text(),
        Kind::Bool => json!({ "type": "boolean" }),
        Kind::Integer { min, max } => {
            let mut out = json!({ "type": "integer", "minimum": min });
            if max < i64::MAX {
                out["maximum"] = json!(max);
            }
            out
        }
        Kind::Number => json!({ "type": "number" }),
        Kind::Date => date(),
        Kind::Ref(target) => reference(target, identity),
        Kind::Word(codes) => word(codes),
        Kind::List(inner) => {
            let mut items = kind_schema(*inner, false);
            if matches!(inner, Kind::Line | Kind::Text | Kind::Markdown) {
                // The loader reads a list's `~` as the text "~", like any scalar.
                items = nullable(items);
            }
            json!({ "type": "array", "items": items })
        }
        Kind::Object(fields) => object(fields, None),
    }
}

/// A year, month or day; an unquoted year reads as a number.
fn date() -> Value {
    json!({
        "anyOf": [
            { "type": "string", "pattern": YEAR_PATTERN, "patternErrorMessage": text_nb("schema-date") },
            { "type": "string", "pattern": MONTH_PATTERN, "patternErrorMessage": text_nb("schema-date") },
            {
                "type": "string",
                "format": "date",
                "pattern": DAY_PATTERN,
                "patternErrorMessage": text_nb("schema-date")
            },
            { "type": "integer", "minimum": 1000, "maximum": 9999 }
        ]
    })
}

/// An id of an entity of kind `target`, or the entity's own id when `identity`.
fn reference(target: EntityKind, identity: bool) -> Value {
    let (pattern, longest, message) = match target {
        EntityKind::Municipality => {
            return json!({
                "anyOf": [
                    {
                        "type": "string",
                        "pattern": MUNICIPALITY_PATTERN,
                        "patternErrorMessage": text_nb("schema-municipality")
                    },
                    { "type": "integer", "minimum": 1000, "maximum": 9999 }
                ]
            });
        }
        EntityKind::Item if identity => (ITEM_ID_PATTERN, 100, text_nb("schema-item-id")),
        EntityKind::Item => (ITEM_REF_PATTERN, 201, text_nb("schema-item-ref")),
        _ => (SLUG_PATTERN, 100, text_nb("schema-slug")),
    };
    // An unquoted id made of digits only reads as a number.
    json!({
        "anyOf": [
            {
                "type": "string",
                "pattern": pattern,
                "maxLength": longest,
                "patternErrorMessage": message
            },
            { "type": "integer", "minimum": 0 }
        ]
    })
}

/// One of a closed set of values. The loader also reads the values' Norwegian names
/// (`igangsatt`), so the editor offers and accepts them too.
fn word(codes: &[&str]) -> Value {
    let mut names: Vec<String> = codes.iter().map(|c| c.to_string()).collect();
    names.extend(crate::words::norwegian_names(codes));
    let allowed = names.join(", ");
    json!({
        "type": "string",
        "enum": names,
        "errorMessage": crate::i18n::text(
            LANGUAGE,
            "schema-enum",
            &[("values", allowed.as_str().into())]
        )
    })
}

/// The same schema, also accepting `null` (a field written but left empty means not given).
fn nullable(schema: Value) -> Value {
    let Value::Object(mut map) = schema else {
        unreachable!("schemas built here are objects")
    };
    if let Some(Value::Array(values)) = map.get_mut("enum") {
        values.push(Value::Null);
    }
    match map.get_mut("type") {
        Some(Value::Array(types)) => types.push(json!("null")),
        Some(single) => *single = json!([single.take(), "null"]),
        None => match map.get_mut("anyOf") {
            Some(Value::Array(options)) => options.push(json!({ "type": "null" })),
            _ => unreachable!("every schema built here has a type or alternatives"),
        },
    }
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_carry_descriptions_enums_and_patterns() {
        let item = schema(EntityKind::Item);
        assert_eq!(item["$schema"], "http://json-schema.org/draft-07/schema#");
        assert_eq!(item["additionalProperties"], false);
        assert_eq!(
            item["required"],
            json!([
                "id",
                "programme",
                "theme",
                "title",
                "responsible",
                "sources"
            ])
        );
        assert_eq!(
            item["properties"]["status"],
            json!({
                "description": "Status slik kilden oppgir den.",
                "type": ["string", "null"],
                "enum": [
                    "planned", "started", "ongoing", "completed", "removed", "planlagt",
                    "igangsatt", "pågår", "fullført", "tatt ut", "sett i gang", "teke ut", null
                ],
                "errorMessage": "tillatte verdier: planned, started, ongoing, completed, removed, \
                    planlagt, igangsatt, pågår, fullført, tatt ut, sett i gang, teke ut"
            })
        );
        assert_eq!(
            item["properties"]["id"]["anyOf"][0]["pattern"],
            ITEM_ID_PATTERN
        );
        assert_eq!(
            item["properties"]["links"]["items"]["anyOf"][0]["pattern"],
            ITEM_REF_PATTERN
        );
        assert_eq!(
            item["properties"]["title"],
            json!({
                "description": "Tittel.",
                "type": ["string", "number", "boolean"],
                "pattern": one_line_pattern(),
                "patternErrorMessage": text_nb("schema-one-line")
            })
        );
        assert_eq!(
            item["properties"]["description"],
            json!({ "description": "Kildens tekst.", "type": ["string", "number", "boolean", "null"] })
        );
        assert_eq!(
            one_line_pattern(),
            "^[^\\n\\r\\u2028\\u2029\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u17B4-\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8]*$"
        );
        let source = &item["properties"]["sources"]["items"];
        assert_eq!(source["required"], json!(["title"]));
        assert_eq!(source["additionalProperties"], false);
    }
}
