//! Located YAML nodes → typed entities, checked against the field tables in [`crate::format`].
//!
//! Decoding never stops at the first problem: each wrong field is reported where it stands
//! and decoding goes on, so one run shows everything wrong in a file. An entity whose
//! required identity (its id) cannot be read is dropped after its findings are recorded.

use crate::diagnostic::{Code, Diagnostic, did_you_mean};
use crate::format::{self, Field};
use crate::model::*;
use crate::t;
use crate::words::Named;
use crate::yaml::{Node, Value};

/// Collects findings for one file.
pub(crate) struct Decoder<'a> {
    pub(crate) path: &'a str,
    pub(crate) diagnostics: &'a mut Vec<Diagnostic>,
    /// Whether items' prose (description, goals, notes) is kept or only checked.
    pub(crate) prose: Prose,
}

/// Whether to keep items' prose. Most commands never show it, and it is most of an item's
/// size: skipping it keeps a large repository's memory near the size of its files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prose {
    Keep,
    Skip,
}

/// A mapping checked against a field table; fields are then read by name.
/// The forms an id or reference can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IdShape {
    Slug,
    Municipality,
    /// An item's own id: `K3`.
    ItemId,
    /// A link to an item: `K3` or `programme:K3`.
    ItemRef,
}

impl IdShape {
    fn fits(self, text: &str) -> bool {
        match self {
            IdShape::Slug => is_slug(text),
            IdShape::Municipality => is_municipality_number(text),
            IdShape::ItemId => is_item_id(text),
            IdShape::ItemRef => is_item_ref(text),
        }
    }

    /// The name in "is not a valid … id".
    fn name(self) -> &'static str {
        match self {
            IdShape::Slug => "slug",
            IdShape::Municipality => "municipality",
            IdShape::ItemId | IdShape::ItemRef => "item",
        }
    }
}

struct Fields<'n> {
    entries: &'n [(Node, Node)],
    pos: Pos,
}

impl Fields<'_> {
    /// The value of a field, `None` when absent or null (null means "not given" in YAML).
    fn get(&self, name: &str) -> Option<&Node> {
        self.entries
            .iter()
            .find(|(k, _)| matches!(&k.value, Value::Scalar { text, .. } if text == name))
            .map(|(_, v)| v)
            .filter(|v| !v.is_null())
    }
}

impl Decoder<'_> {
    fn report(&mut self, code: Code, pos: Pos, message: String, help: Option<String>) {
        self.diagnostics
            .push(Diagnostic::new(code, self.path, pos, message).with_help_opt(help));
    }

    /// A value of the wrong type; `expected` is a type as `value-type` names it (`list`).
    fn wrong_type(&mut self, node: &Node, expected: &str) {
        let expected = t!("value-type", type = expected);
        let found = t!("value-type", type = node.kind());
        self.report(
            Code::WrongType,
            node.pos,
            t!("finding-wrong-type", expected = expected, found = found),
            None,
        );
    }

    /// Checks a mapping against a field table: reports unknown keys (with the closest known
    /// field) and required fields that are missing. `what` is the kind of mapping, as
    /// `entity` names it (`item`, `source`).
    fn fields<'n>(
        &mut self,
        node: &'n Node,
        table: &'static [Field],
        what: &str,
    ) -> Option<Fields<'n>> {
        // Worded only for a finding: every mapping of every file comes here.
        let entity = || t!("entity", entity = what);
        let Value::Map(entries) = &node.value else {
            let expected = t!("value-type-mapping-of", entity = entity().as_str());
            let found = t!("value-type", type = node.kind());
            let message = t!("finding-wrong-type", expected = expected, found = found);
            self.report(Code::WrongType, node.pos, message, None);
            return None;
        };
        for (key, _) in entries {
            let Value::Scalar { text, .. } = &key.value else {
                self.wrong_type(key, "field-name");
                continue;
            };
            if !table.iter().any(|f| f.name == text) {
                let help = did_you_mean(text, table.iter().map(|f| f.name)).or_else(|| {
                    let fields = table.iter().map(|f| f.name).collect::<Vec<_>>().join(", ");
                    Some(t!(
                        "finding-unknown-field-help",
                        entity = entity().as_str(),
                        fields = fields
                    ))
                });
                self.report(
                    Code::UnknownField,
                    key.pos,
                    t!(
                        "finding-unknown-field",
                        field = text.as_str(),
                        entity = entity().as_str()
                    ),
                    help,
                );
            }
        }
        let fields = Fields {
            entries,
            pos: node.pos,
        };
        for field in table.iter().filter(|f| f.required) {
            if fields.get(field.name).is_none() {
                self.report(
                    Code::MissingField,
                    node.pos,
                    t!(
                        "finding-missing-field",
                        entity = entity().as_str(),
                        field = field.name
                    ),
                    Some(t!(
                        "finding-missing-field-help",
                        field = field.name,
                        about = format::about(field, crate::i18n::current())
                            .trim_end_matches('.')
                            .to_string()
                    )),
                );
            }
        }
        Some(fields)
    }

    fn text(&mut self, node: &Node) -> Option<String> {
        match &node.value {
            Value::Scalar { text, .. } => Some(text.clone()),
            _ => {
                self.wrong_type(node, "text");
                None
            }
        }
    }

    /// A text the format keeps on one line (titles, names, units…): a line break in it would
    /// start a new line of data in a terminal or a CI log, where it could pass for a
    /// workflow command such as `::error::`.
    fn line(&mut self, node: &Node) -> Option<String> {
        let text = self.text(node)?;
        if text.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
            self.report(
                Code::InvalidValue,
                node.pos,
                t!("finding-line-break"),
                Some(t!("finding-line-break-help")),
            );
        }
        self.invisible(node, &text, Code::InvisibleCharacter);
        Some(text)
    }

    /// Prose (descriptions, goals, notes, update texts) may have several lines.
    fn prose(&mut self, node: &Node) -> Option<String> {
        let text = self.text(node)?;
        self.invisible(node, &text, Code::InvisibleInProse);
        Some(text)
    }

    /// Reports the first character in `text` that is drawn as nothing: with one, `K1` and
    /// `K1` + a zero-width space, or two bodies' names, look the same in every output and a
    /// search for the word does not find it. One-line texts never need one (an error);
    /// prose may, for a joiner in an emoji or a script that uses them (a warning).
    fn invisible(&mut self, node: &Node, text: &str, code: Code) {
        if let Some((c, shown)) = crate::text::first_invisible(text) {
            let code_point = format!("U+{:04X}", c as u32);
            let (message, help) = if code == Code::InvisibleCharacter {
                (
                    t!(
                        "finding-invisible-character",
                        code = code_point,
                        text = shown
                    ),
                    t!("finding-invisible-character-help"),
                )
            } else {
                (
                    t!(
                        "finding-invisible-in-prose",
                        code = code_point,
                        text = shown
                    ),
                    t!("finding-invisible-in-prose-help"),
                )
            };
            self.report(code, node.pos, message, Some(help));
        }
    }

    fn spanned_line(&mut self, node: &Node) -> Option<Spanned<String>> {
        self.line(node).map(|value| Spanned {
            value,
            pos: node.pos,
        })
    }

    fn spanned_text(&mut self, node: &Node) -> Option<Spanned<String>> {
        self.text(node).map(|value| Spanned {
            value,
            pos: node.pos,
        })
    }

    fn list<T>(
        &mut self,
        node: Option<&Node>,
        mut each: impl FnMut(&mut Self, &Node) -> Option<T>,
    ) -> Vec<T> {
        match node.map(|n| (n, &n.value)) {
            None => Vec::new(),
            Some((_, Value::Seq(items))) => {
                // Sized up front: the model of a large repository is mostly short lists, and
                // growing them by doubling would leave a third of its memory unused.
                let mut out = Vec::with_capacity(items.len());
                out.extend(items.iter().filter_map(|n| each(self, n)));
                out
            }
            Some((n, _)) => {
                self.wrong_type(n, "list");
                Vec::new()
            }
        }
    }

    fn word<W: Named>(&mut self, node: &Node) -> Option<Spanned<W>> {
        let text = self.text(node)?;
        match crate::words::parse(&text) {
            Some(value) => Some(Spanned {
                value,
                pos: node.pos,
            }),
            None => {
                let language = crate::i18n::current();
                let allowed = t!(
                    "error-allowed",
                    values = crate::words::allowed::<W>(language)
                );
                // The name in the run's language: the files take it as well as the code.
                let help = match crate::words::suggestion::<W>(&text, language) {
                    Some(near) => {
                        let did_you_mean = t!("error-did-you-mean", suggestion = near);
                        format!("{did_you_mean} ({allowed})")
                    }
                    None => allowed,
                };
                self.report(
                    Code::InvalidValue,
                    node.pos,
                    t!("finding-not-allowed", value = text.as_str()),
                    Some(help),
                );
                None
            }
        }
    }

    fn bool(&mut self, node: &Node) -> Option<bool> {
        match &node.value {
            Value::Scalar { text, plain: true } if matches!(text.as_str(), "true" | "True") => {
                Some(true)
            }
            Value::Scalar { text, plain: true } if matches!(text.as_str(), "false" | "False") => {
                Some(false)
            }
            _ => {
                self.wrong_type(node, "bool");
                None
            }
        }
    }

    fn integer(&mut self, node: &Node, min: i64, max: i64) -> Option<i64> {
        let number = match &node.value {
            Value::Scalar { text, plain: true } => text.replace('_', "").parse::<i64>().ok(),
            _ => None,
        };
        match number {
            None => {
                self.wrong_type(node, "integer");
                None
            }
            Some(n) if n < min || n > max => {
                self.report(
                    Code::InvalidValue,
                    node.pos,
                    t!(
                        "finding-out-of-range",
                        value = n.to_string(),
                        min = min.to_string(),
                        max = max.to_string()
                    ),
                    None,
                );
                None
            }
            Some(n) => Some(n),
        }
    }

    fn number(&mut self, node: &Node) -> Option<f64> {
        let number = match &node.value {
            Value::Scalar { text, plain: true } => text.replace('_', "").parse::<f64>().ok(),
            _ => None,
        };
        match number.filter(|n| n.is_finite()) {
            Some(n) => Some(n),
            None => {
                self.wrong_type(node, "a number");
                None
            }
        }
    }

    fn date(&mut self, node: &Node) -> Option<Spanned<Date>> {
        let text = self.text(node)?;
        match Date::parse(&text) {
            Some(value) => Some(Spanned {
                value,
                pos: node.pos,
            }),
            None => {
                // A day typed the Norwegian way: the file keeps ISO, so say which one.
                let help = match Date::parse_norwegian(&text) {
                    Some(iso) => t!("finding-not-a-date-did-you-mean", iso = iso.to_string()),
                    None => t!("finding-not-a-date-help"),
                };
                self.report(
                    Code::InvalidValue,
                    node.pos,
                    t!("finding-not-a-date", value = text.as_str()),
                    Some(help),
                );
                None
            }
        }
    }

    /// A reference or id checked for its shape.
    fn id(&mut self, node: &Node, shape: IdShape) -> Option<Spanned<String>> {
        let id = self.spanned_text(node)?;
        if shape.fits(&id.value) {
            return Some(id);
        }
        // `K1` with a zero-width space looks like `K1`: say so, not that `K1` is no id.
        if crate::text::first_invisible(&id.value).is_some() {
            self.invisible(node, &id.value, Code::InvisibleCharacter);
            return None;
        }
        let help = match shape {
            IdShape::Slug => t!("finding-bad-slug-help", slug = crate::text::fold(&id.value)),
            IdShape::Municipality => t!("finding-bad-municipality-help"),
            IdShape::ItemId | IdShape::ItemRef => t!("finding-bad-item-id-help"),
        };
        let shown: String = id.value.chars().take(60).collect();
        let mut finding = Diagnostic::new(
            Code::InvalidValue,
            self.path,
            node.pos,
            t!("finding-bad-id", value = shown, shape = shape.name()),
        )
        .with_help(help);
        if shape == IdShape::Municipality {
            finding.municipality_text = Some(id.value);
        }
        self.diagnostics.push(finding);
        None
    }

    fn slug(&mut self, node: &Node) -> Option<Spanned<String>> {
        self.id(node, IdShape::Slug)
    }

    fn municipality_ref(&mut self, node: &Node) -> Option<Spanned<String>> {
        self.id(node, IdShape::Municipality)
    }

    fn item_ref(&mut self, node: &Node) -> Option<Spanned<String>> {
        self.id(node, IdShape::ItemRef)
    }

    fn slugs(&mut self, node: Option<&Node>) -> Vec<Spanned<String>> {
        self.list(node, Self::slug)
    }

    /// A field's value, if it is there and good. Decoders read every field into a local
    /// before building their record, so a record with two bad fields reports both: a `?` on
    /// the first would leave the second unread.
    fn opt<T>(
        &mut self,
        node: Option<&Node>,
        read: impl FnOnce(&mut Self, &Node) -> Option<T>,
    ) -> Option<T> {
        node.and_then(|n| read(self, n))
    }

    /// Reads prose text when it is kept; otherwise only checks it.
    fn prose_text(&mut self, node: Option<&Node>) -> Option<String> {
        match self.prose {
            Prose::Keep => self.opt(node, Self::prose),
            Prose::Skip => {
                if let Some(n) = node {
                    self.skipped_prose(n);
                }
                None
            }
        }
    }

    /// Reads a list of prose texts when kept; otherwise only checks them.
    fn prose_texts(&mut self, node: Option<&Node>) -> Vec<String> {
        match self.prose {
            Prose::Keep => self.list(node, Self::prose),
            Prose::Skip => {
                self.list(node, |d, n| {
                    d.skipped_prose(n);
                    None::<()>
                });
                Vec::new()
            }
        }
    }

    /// What [`Self::prose`] reports about a text that is not kept.
    fn skipped_prose(&mut self, node: &Node) {
        match &node.value {
            Value::Scalar { text, .. } => self.invisible(node, text, Code::InvisibleInProse),
            _ => self.wrong_type(node, "text"),
        }
    }

    fn source(&mut self, node: &Node) -> Option<Source> {
        let f = self.fields(node, format::SOURCE, "source")?;
        let title = self.opt(f.get("title"), Self::line);
        let publisher = self.opt(f.get("publisher"), Self::line);
        let section = self.opt(f.get("section"), Self::line);
        let date = self.opt(f.get("date"), Self::date).map(|d| d.value);
        let url = self.opt(f.get("url"), Self::line);
        Some(Source {
            title: title?,
            publisher,
            section,
            date,
            url,
        })
    }

    fn sources(&mut self, node: Option<&Node>) -> Vec<Source> {
        self.list(node, Self::source)
    }

    fn period(&mut self, node: &Node) -> Option<Period> {
        let f = self.fields(node, format::PERIOD, "period")?;
        let start = self.opt(f.get("start"), Self::date);
        let end = self.opt(f.get("end"), Self::date);
        if let (Some(s), Some(e)) = (&start, &end)
            && e.value.latest() < s.value.earliest()
        {
            self.report(
                Code::InvalidValue,
                e.pos,
                t!(
                    "finding-period-backwards",
                    end = e.value.to_string(),
                    start = s.value.to_string()
                ),
                None,
            );
        }
        Some(Period {
            start: start.map(|d| d.value),
            end: end.map(|d| d.value),
        })
    }

    fn person(&mut self, node: &Node) -> Option<Person> {
        let f = self.fields(node, format::PERSON, "person")?;
        let name = self.opt(f.get("name"), Self::line);
        let role = self.opt(f.get("role"), Self::line);
        let body = self.opt(f.get("body"), Self::slug);
        Some(Person {
            name: name?,
            role: role?,
            body,
        })
    }

    fn funding(&mut self, node: &Node) -> Option<Funding> {
        let f = self.fields(node, format::FUNDING, "funding")?;
        let amount = self.opt(f.get("amount"), |d, n| d.integer(n, 0, i64::MAX));
        let approximate = self.opt(f.get("approximate"), Self::bool).unwrap_or(false);
        let currency = self
            .opt(f.get("currency"), Self::line)
            .unwrap_or_else(|| "NOK".into());
        let period = self.opt(f.get("period"), Self::period);
        let from = self.opt(f.get("from"), Self::slug);
        let text = self.opt(f.get("text"), Self::prose);
        let source = self.opt(f.get("source"), Self::source);
        let of_which = self.list(f.get("of_which"), Self::share);
        Some(Funding {
            amount: amount?,
            approximate,
            currency,
            period,
            from,
            text,
            source,
            of_which,
        })
    }

    fn share(&mut self, node: &Node) -> Option<Share> {
        let f = self.fields(node, format::SHARE, "share")?;
        let amount = self.opt(f.get("amount"), |d, n| d.integer(n, 0, i64::MAX));
        let approximate = self.opt(f.get("approximate"), Self::bool).unwrap_or(false);
        let from = self.opt(f.get("from"), Self::slug);
        let text = self.opt(f.get("text"), Self::prose);
        Some(Share {
            amount: amount?,
            approximate,
            from,
            text,
        })
    }

    fn update(&mut self, node: &Node) -> Option<Update> {
        let f = self.fields(node, format::UPDATE, "update")?;
        let date = self.opt(f.get("date"), Self::date);
        let status = self.opt(f.get("status"), Self::word).map(|s| s.value);
        let text = self.opt(f.get("text"), Self::prose);
        let source = self.opt(f.get("source"), Self::source);
        let by = self.opt(f.get("by"), Self::slug);
        Some(Update {
            date: date?,
            status,
            text: text?,
            source,
            by,
        })
    }

    fn indicator(&mut self, node: &Node) -> Option<Indicator> {
        let f = self.fields(node, format::INDICATOR, "an indicator")?;
        let name = self.opt(f.get("name"), Self::line);
        let unit = self.opt(f.get("unit"), Self::line);
        let baseline = self.opt(f.get("baseline"), Self::measure);
        let target = self.opt(f.get("target"), Self::measure);
        let measurements = self.list(f.get("measurements"), Self::measurement);
        Some(Indicator {
            name: name?,
            unit: unit?,
            baseline,
            target: target?,
            measurements,
        })
    }

    fn measure(&mut self, node: &Node) -> Option<Measure> {
        let f = self.fields(node, format::MEASURE, "a baseline or target")?;
        let value = self.opt(f.get("value"), Self::number);
        let date = self.opt(f.get("date"), Self::date);
        Some(Measure {
            value: value?,
            date: date?,
        })
    }

    fn measurement(&mut self, node: &Node) -> Option<Measurement> {
        let f = self.fields(node, format::MEASUREMENT, "a measurement")?;
        let value = self.opt(f.get("value"), Self::number);
        let date = self.opt(f.get("date"), Self::date);
        let source = self.opt(f.get("source"), Self::source);
        Some(Measurement {
            value: value?,
            date: date?,
            source,
        })
    }

    fn priority(&mut self, node: &Node) -> Option<Priority> {
        let f = self.fields(node, format::PRIORITY, "priority")?;
        let term = self.opt(f.get("term"), Self::word);
        let text = self.opt(f.get("text"), Self::prose);
        Some(Priority {
            term: term?.value,
            text: text?,
        })
    }

    fn place(&mut self, node: &Node) -> Option<Place> {
        let f = self.fields(node, format::PLACE, "place")?;
        let name = self.opt(f.get("name"), Self::line);
        let municipality = self.opt(f.get("municipality"), Self::municipality_ref);
        let kind = self.opt(f.get("kind"), Self::line);
        Some(Place {
            name: name?,
            municipality: municipality?,
            kind,
        })
    }

    fn mentions(&mut self, node: &Node) -> Option<Mentions> {
        let f = self.fields(node, format::MENTIONS, "mentions")?;
        Some(Mentions {
            regions: self.slugs(f.get("regions")),
            municipalities: self.list(f.get("municipalities"), Self::municipality_ref),
            places: self.list(f.get("places"), Self::place),
        })
    }

    fn decision(&mut self, node: &Node) -> Option<Decision> {
        let f = self.fields(node, format::DECISION, "decision")?;
        let date = self.opt(f.get("date"), Self::date);
        let body = self.opt(f.get("body"), Self::slug);
        let reference = self.opt(f.get("reference"), Self::line);
        let text = self.opt(f.get("text"), Self::prose);
        Some(Decision {
            date: date?.value,
            body: body?,
            reference,
            text: text?,
        })
    }

    fn theme(&mut self, node: &Node) -> Option<Theme> {
        let f = self.fields(node, format::THEME, "theme")?;
        let code = self.opt(f.get("code"), Self::line);
        let number = self.opt(f.get("number"), Self::line);
        let name = self.opt(f.get("name"), Self::line);
        let goal = self.opt(f.get("goal"), Self::prose);
        Some(Theme {
            code: code?,
            number,
            name: name?,
            goal,
        })
    }

    fn level_name(&mut self, node: &Node) -> Option<LevelName> {
        let f = self.fields(node, format::LEVEL, "level")?;
        let id = self.opt(f.get("id"), Self::word);
        let name = self.opt(f.get("name"), Self::line);
        Some(LevelName {
            id: id?.value,
            name: name?,
        })
    }

    pub(crate) fn programme(&mut self, node: &Node) -> Option<Programme> {
        let f = self.fields(node, format::PROGRAMME, "programme")?;
        let id = self.opt(f.get("id"), Self::slug);
        let name = self.opt(f.get("name"), Self::line);
        let owner = self.opt(f.get("owner"), Self::slug);
        let language = self.opt(f.get("language"), Self::word);
        let programme = Programme {
            path: self.path.to_string(),
            id: id?,
            name: name.unwrap_or_default(),
            short_name: self.opt(f.get("short_name"), Self::line),
            owner: owner.unwrap_or_else(|| Spanned {
                value: String::new(),
                pos: f.pos,
            }),
            language: language.map_or(Language::Nb, |l| l.value),
            county: self.opt(f.get("county"), Self::line),
            period: self.opt(f.get("period"), Self::period),
            vision: self.opt(f.get("vision"), Self::prose),
            main_goal: self.opt(f.get("main_goal"), Self::prose),
            decisions: self.list(f.get("decisions"), Self::decision),
            themes: self.list(f.get("themes"), Self::theme),
            levels: self.list(f.get("levels"), Self::level_name),
            people: self.list(f.get("people"), Self::person),
            funding: self.list(f.get("funding"), Self::funding),
            sources: self.sources(f.get("sources")),
            notes: self.opt(f.get("notes"), Self::prose),
        };
        Some(programme)
    }

    pub(crate) fn item(&mut self, node: &Node) -> Option<Item> {
        let f = self.fields(node, format::ITEM, "item")?;
        let id = self.opt(f.get("id"), |d, n| d.id(n, IdShape::ItemId));
        let programme = self.opt(f.get("programme"), Self::slug);
        let theme = self.opt(f.get("theme"), Self::spanned_line);
        let title = self.opt(f.get("title"), Self::line);
        let updates = self.list(f.get("updates"), Self::update);
        let written = f.get("updates").map_or(0, |n| match &n.value {
            Value::Seq(items) => items.len(),
            _ => 0,
        });
        let item = Item {
            path: self.path.to_string(),
            level: self.opt(f.get("level"), Self::word),
            title_editorial: self
                .opt(f.get("title_editorial"), Self::bool)
                .unwrap_or(false),
            description: self.prose_text(f.get("description")),
            goals: self.prose_texts(f.get("goals")),
            responsible: self.slugs(f.get("responsible")),
            partners: self.slugs(f.get("partners")),
            links: self.list(f.get("links"), Self::item_ref),
            documents: self.slugs(f.get("documents")),
            links_note: self.opt(f.get("links_note"), Self::prose),
            priority: self.opt(f.get("priority"), Self::priority),
            status: self.opt(f.get("status"), Self::word),
            period: self.opt(f.get("period"), Self::period),
            regions: self.slugs(f.get("regions")),
            municipalities: self.list(f.get("municipalities"), Self::municipality_ref),
            places: self.list(f.get("places"), Self::place),
            mentions: self
                .opt(f.get("mentions"), Self::mentions)
                .filter(|m| !m.is_empty())
                .map(Box::new),
            updates_unread: updates.len() < written,
            updates,
            indicators: self.list(f.get("indicators"), Self::indicator),
            funding: self.list(f.get("funding"), Self::funding),
            people: self.list(f.get("people"), Self::person),
            sources: self.sources(f.get("sources")),
            notes: self.prose_text(f.get("notes")),
            id: id?,
            programme: programme.unwrap_or_else(|| Spanned {
                value: String::new(),
                pos: f.pos,
            }),
            theme: theme.unwrap_or_else(|| Spanned {
                value: String::new(),
                pos: f.pos,
            }),
            title: title.unwrap_or_default(),
        };
        Some(item)
    }

    pub(crate) fn body(&mut self, node: &Node) -> Option<Body> {
        let f = self.fields(node, format::BODY, "body")?;
        let name = self.opt(f.get("name"), Self::line);
        let kind = self.opt(f.get("kind"), Self::word);
        let body = Body {
            path: self.path.to_string(),
            aliases: self.list(f.get("aliases"), Self::line),
            municipality: self.opt(f.get("municipality"), Self::municipality_ref),
            part_of: self.opt(f.get("part_of"), Self::slug),
            acts_for: self.opt(f.get("acts_for"), Self::slug),
            notes: self.opt(f.get("notes"), Self::prose),
            id: self.opt(f.get("id"), Self::slug)?,
            name: name.unwrap_or_default(),
            kind: kind.map_or(BodyKind::Other, |k| k.value),
        };
        Some(body)
    }

    pub(crate) fn region(&mut self, node: &Node) -> Option<Region> {
        let f = self.fields(node, format::REGION, "region")?;
        let name = self.opt(f.get("name"), Self::line);
        let county = self.opt(f.get("county"), Self::line);
        let region = Region {
            path: self.path.to_string(),
            municipalities: self.list(f.get("municipalities"), Self::municipality_ref),
            aliases: self.list(f.get("aliases"), Self::line),
            council: self.opt(f.get("council"), Self::slug),
            notes: self.opt(f.get("notes"), Self::prose),
            id: self.opt(f.get("id"), Self::slug)?,
            name: name.unwrap_or_default(),
            county: county.unwrap_or_default(),
        };
        Some(region)
    }

    pub(crate) fn municipality(&mut self, node: &Node) -> Option<Municipality> {
        let f = self.fields(node, format::MUNICIPALITY, "municipality")?;
        let name = self.opt(f.get("name"), Self::line);
        let county = self.opt(f.get("county"), Self::line);
        let municipality = Municipality {
            path: self.path.to_string(),
            centrality: self
                .opt(f.get("centrality"), |d, n| d.integer(n, 1, 6))
                .map(|c| u8::try_from(c).expect("checked to be 1 to 6")),
            notes: self.opt(f.get("notes"), Self::prose),
            number: self.opt(f.get("number"), Self::municipality_ref)?,
            name: name.unwrap_or_default(),
            county: county.unwrap_or_default(),
        };
        Some(municipality)
    }

    pub(crate) fn document(&mut self, node: &Node) -> Option<Document> {
        let f = self.fields(node, format::DOCUMENT, "document")?;
        let title = self.opt(f.get("title"), Self::line);
        let kind = self.opt(f.get("kind"), Self::word);
        let document = Document {
            path: self.path.to_string(),
            owner: self.opt(f.get("owner"), Self::slug),
            url: self.opt(f.get("url"), Self::line),
            notes: self.opt(f.get("notes"), Self::prose),
            id: self.opt(f.get("id"), Self::slug)?,
            title: title.unwrap_or_default(),
            kind: kind.map_or(DocumentKind::Other, |k| k.value),
        };
        Some(document)
    }
}

/// An item reference: `K3` in the same programme, or `programme:ID`.
fn is_item_ref(text: &str) -> bool {
    match text.split_once(':') {
        Some((programme, id)) => is_slug(programme) && is_item_id(id),
        None => is_item_id(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml;

    fn decode_item(text: &str) -> (Option<Item>, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let root = yaml::parse(text).root.unwrap();
        let item = Decoder {
            path: "x.yaml",
            diagnostics: &mut diagnostics,
            prose: Prose::Keep,
        }
        .item(&root);
        (item, diagnostics)
    }

    const MINIMAL: &str =
        "id: K1\nprogramme: p\ntheme: K\ntitle: T\nresponsible: [b]\nsources: [{title: S}]\n";

    #[test]
    fn skipped_prose_is_still_checked() {
        for bad in [
            "description: [a]\n",
            "description: {a: b}\n",
            "goals: text\n",
            "goals: [[a]]\n",
            "notes: [a]\n",
        ] {
            let text = format!("{MINIMAL}{bad}");
            let root = yaml::parse(&text).root.unwrap();
            let check = |prose| {
                let mut diagnostics = Vec::new();
                let item = Decoder {
                    path: "x.yaml",
                    diagnostics: &mut diagnostics,
                    prose,
                }
                .item(&root)
                .unwrap();
                (
                    diagnostics,
                    item.description.is_some() || !item.goals.is_empty() || item.notes.is_some(),
                )
            };
            let (kept, _) = check(Prose::Keep);
            let (skipped, any_prose) = check(Prose::Skip);
            assert_eq!(kept, skipped, "{bad}");
            assert_eq!(kept.len(), 1, "{bad}");
            assert!(!any_prose);
        }
    }

    #[test]
    fn minimal_item_decodes_cleanly() {
        let (item, diagnostics) = decode_item(MINIMAL);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(item.unwrap().id.value, "K1");
    }

    #[test]
    fn unknown_field_suggests_the_closest() {
        let (_, d) = decode_item(&format!("{MINIMAL}partnres: [x]\n"));
        assert_eq!(d[0].code, Code::UnknownField);
        assert_eq!((d[0].line, d[0].column), (7, 1));
        assert_eq!(d[0].help.as_deref(), Some("did you mean `partners`?"));
    }

    #[test]
    fn every_problem_in_a_file_is_reported() {
        let (_, d) = decode_item("id: K1\nprogramme: p\ntheme: K\nstatus: begun\nlinks: K2\n");
        let codes: Vec<_> = d.iter().map(|d| d.code).collect();
        assert!(codes.contains(&Code::MissingField));
        assert!(codes.contains(&Code::InvalidValue));
        assert!(codes.contains(&Code::WrongType));
    }

    #[test]
    fn wrong_type_points_at_the_value() {
        let (_, d) =
            decode_item(&MINIMAL.replace("responsible: [b]", "responsible:\n  key: value"));
        assert_eq!(d[0].code, Code::WrongType);
        assert_eq!(d[0].line, 6);
    }

    /// A document of `fields` with a value of its kind in every field (so every reader
    /// runs), `marked` in the text field at `path` and `x` in every other.
    fn every_field(fields: &[Field], path: &[&str], marked: &str) -> serde_json::Value {
        use crate::format::{EntityKind, Kind};
        fn value(kind: Kind, path: &[&str], marked: &str) -> serde_json::Value {
            match kind {
                Kind::Line | Kind::Text | Kind::Markdown if path.is_empty() => marked.into(),
                Kind::Line | Kind::Text | Kind::Markdown => "x".into(),
                Kind::Bool => true.into(),
                Kind::Integer { min, .. } => min.into(),
                Kind::Number => 1.into(),
                Kind::Date => "2024".into(),
                Kind::Ref(EntityKind::Municipality) => "3401".into(),
                Kind::Ref(EntityKind::Item) => "K1".into(),
                Kind::Ref(_) => "a".into(),
                Kind::Word(codes) => codes[0].into(),
                Kind::List(inner) => serde_json::Value::Array(vec![value(*inner, path, marked)]),
                Kind::Object(fields) => every_field(fields, path, marked),
            }
        }
        let mut out = serde_json::Map::new();
        for field in fields {
            let inner = match path.split_first() {
                Some((first, rest)) if *first == field.name => rest,
                // Not on the way to the marked field: no text in it is marked.
                _ => &["-"][..],
            };
            out.insert(field.name.into(), value(field.kind, inner, marked));
        }
        serde_json::Value::Object(out)
    }

    /// Every text field of `fields`, by path, and whether the format keeps it on one line.
    fn text_fields(
        fields: &[Field],
        path: &[&'static str],
        out: &mut Vec<(Vec<&'static str>, bool)>,
    ) {
        use crate::format::Kind;
        for field in fields {
            let mut here = path.to_vec();
            here.push(field.name);
            let kind = match field.kind {
                Kind::List(inner) => *inner,
                kind => kind,
            };
            match kind {
                Kind::Line => out.push((here, true)),
                Kind::Text | Kind::Markdown => out.push((here, false)),
                Kind::Object(inner) => text_fields(inner, &here, out),
                _ => {}
            }
        }
    }

    /// The format tables say which texts stand on one line (and the JSON Schemas forbid
    /// line breaks and characters drawn as nothing there); the decoder must read exactly
    /// those as one line, and every other text as prose.
    #[test]
    fn the_decoder_reads_one_line_texts_as_the_format_says() {
        use crate::format::EntityKind;
        let mut counted = [0, 0];
        for kind in EntityKind::ALL.iter().copied() {
            let mut fields = Vec::new();
            text_fields(kind.fields(), &[], &mut fields);
            for (path, one_line) in fields {
                counted[usize::from(one_line)] += 1;
                for (marked, expected) in [
                    ("two\nlines", one_line.then_some(Code::InvalidValue)),
                    (
                        "x\u{200b}",
                        Some(if one_line {
                            Code::InvisibleCharacter
                        } else {
                            Code::InvisibleInProse
                        }),
                    ),
                ] {
                    let document = every_field(kind.fields(), &path, marked).to_string();
                    let root = yaml::parse(&document).root.unwrap();
                    let mut diagnostics = Vec::new();
                    let mut decoder = Decoder {
                        path: "x.yaml",
                        diagnostics: &mut diagnostics,
                        prose: Prose::Keep,
                    };
                    match kind {
                        EntityKind::Programme => decoder.programme(&root).map(drop),
                        EntityKind::Item => decoder.item(&root).map(drop),
                        EntityKind::Body => decoder.body(&root).map(drop),
                        EntityKind::Region => decoder.region(&root).map(drop),
                        EntityKind::Municipality => decoder.municipality(&root).map(drop),
                        EntityKind::Document => decoder.document(&root).map(drop),
                    }
                    .expect("the document decodes");
                    let codes: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
                    assert_eq!(
                        codes,
                        Vec::from_iter(expected),
                        "{} {} = {marked:?}: {diagnostics:?}",
                        kind.name(),
                        path.join(".")
                    );
                }
            }
        }
        // Prose and one-line texts, counted over every kind and nesting.
        assert_eq!(counted, [19, 55]);
    }
}
