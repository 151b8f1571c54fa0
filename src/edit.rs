//! Surgical edits of one YAML file's text: set a field, insert into or remove from a list,
//! replace one list member. A field is named by its key, or `mentions.places` for a field of
//! a mapping field. Everything outside the edited value (comments, key order, quoting, blank
//! lines, the `$schema` line, CRLF line ends, a byte-order mark) is kept byte for byte, so a
//! change is a small git diff and a no-op changes nothing.
//!
//! Positions come from the loader's own parser ([`crate::yaml::parse`]), so the edit layer
//! and `plan validate` never disagree about where a value is. Values are written by
//! [`crate::render::template`], the same writer `plan new` uses. (The maintained crates were
//! tried first: `yamlpatch` needs a newer Rust than ours in its current versions and cannot
//! append to a list in the ones that build, and `yaml-edit` is a second parser whose tree
//! would have to agree with the loader's; plan files need only these few operations.)

use anyhow::{Context as _, Result, bail};

use crate::model::{Date, Pos};
use crate::render::template::{self, Yaml};
use crate::yaml::{self, Node, Value};

/// One YAML file held as text, edited in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct YamlFile {
    bom: bool,
    text: String,
}

/// A byte range of the text.
type Span = (usize, usize);

/// A block mapping of the file (the top level, or a field's value): its entries, where its
/// text ends, and how far its keys are indented.
struct Fields {
    entries: Vec<(Node, Node)>,
    end: usize,
    indent: usize,
    /// The path of the mapping with a dot (`mentions.`), empty at the top level.
    prefix: String,
}

impl Fields {
    fn position(&self, key: &str) -> Option<usize> {
        self.entries
            .iter()
            .position(|(k, _)| scalar(k) == Some(key))
    }
}

/// Where a field named by a path is.
enum Located {
    /// In `fields`, at `at` if it is there, as `key`.
    Field {
        fields: Fields,
        at: Option<usize>,
        key: &'static str,
    },
    /// Its mapping `key` in `fields` is missing, empty or null (at `at`): a change writes that
    /// field whole, with the `rest` of the path below it.
    Parent {
        fields: Fields,
        at: Option<usize>,
        key: &'static str,
        rest: Vec<&'static str>,
    },
}

impl YamlFile {
    /// Reads a file's bytes; fails if they are not UTF-8 or not one YAML mapping.
    pub(crate) fn parse(bytes: &[u8]) -> Result<YamlFile> {
        let text = std::str::from_utf8(bytes).with_context(|| crate::t!("edit-not-utf8"))?;
        let (bom, text) = match text.strip_prefix('\u{feff}') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let file = YamlFile {
            bom,
            text: text.to_string(),
        };
        file.root()?;
        Ok(file)
    }

    /// The file's bytes, byte-order mark included if it had one.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(self.text.len() + 3);
        if self.bom {
            bytes.extend_from_slice("\u{feff}".as_bytes());
        }
        bytes.extend_from_slice(self.text.as_bytes());
        bytes
    }

    /// The top-level entries, parsed afresh from the current text.
    fn root(&self) -> Result<Fields> {
        let parsed = yaml::parse(&self.text);
        if let Some(err) = parsed.errors.first() {
            let (line, message) = (err.pos.line, err.message.as_str());
            bail!(
                "{}",
                crate::t!("edit-unsafe", line = line, message = message)
            );
        }
        match parsed.root.map(|n| n.value) {
            Some(Value::Map(entries)) => Ok(Fields {
                entries,
                end: self.text.len(),
                indent: 0,
                prefix: String::new(),
            }),
            _ => bail!("{}", crate::t!("edit-not-fields")),
        }
    }

    /// Finds the field `path` names (`updates`, `mentions.places`).
    fn locate(&self, path: &'static str) -> Result<Located> {
        self.locate_in(self.root()?, path)
    }

    /// Finds the field `path` names in the mapping `fields`.
    fn locate_in(&self, fields: Fields, path: &'static str) -> Result<Located> {
        let mut keys = path.split('.');
        let mut key = keys.next().expect("split yields a first part");
        let mut fields = fields;
        loop {
            let at = fields.position(key);
            let Some(child) = keys.next() else {
                return Ok(Located::Field { fields, at, key });
            };
            let parent = |fields, at| Located::Parent {
                fields,
                at,
                key,
                rest: std::iter::once(child).chain(keys.clone()).collect(),
            };
            let Some(ix) = at else {
                return Ok(parent(fields, None));
            };
            let value = fields.entries[ix].1.clone();
            match value.value {
                Value::Map(entries) if !entries.is_empty() => {
                    if self.text[self.offset(value.pos)..].starts_with('{') {
                        bail!("{}", crate::t!("edit-one-line-mapping", key = key));
                    }
                    let first = self.offset(entries[0].0.pos);
                    fields = Fields {
                        end: self.field_span(&fields, ix).1,
                        indent: first - line_start(&self.text, first),
                        prefix: format!("{}{key}.", fields.prefix),
                        entries,
                    };
                    key = child;
                }
                Value::Map(_) => return Ok(parent(fields, Some(ix))),
                _ if value.is_null() => return Ok(parent(fields, Some(ix))),
                _ => bail!("{}", crate::t!("edit-not-a-mapping", key = key)),
            }
        }
    }

    /// The value of a field, if the file has it.
    pub(crate) fn get(&self, path: &'static str) -> Result<Option<Node>> {
        Ok(match self.locate(path)? {
            Located::Field {
                fields,
                at: Some(ix),
                ..
            } => Some(fields.entries[ix].1.clone()),
            _ => None,
        })
    }

    /// Sets a field. A scalar on the key's line is replaced where it stands (a comment after
    /// it stays); any other value is rewritten whole; a missing field is inserted before the
    /// first field that comes after it in `order` (which names nested fields by path).
    pub(crate) fn set(
        &mut self,
        path: &'static str,
        value: &Yaml,
        order: &[impl AsRef<str>],
    ) -> Result<()> {
        let located = self.locate(path)?;
        self.set_located(located, value, order)
    }

    fn set_located(
        &mut self,
        located: Located,
        value: &Yaml,
        order: &[impl AsRef<str>],
    ) -> Result<()> {
        match located {
            Located::Field { fields, at, key } => self.set_in(&fields, at, key, value, order),
            Located::Parent {
                fields,
                at,
                key,
                rest,
            } => self.set_in(&fields, at, key, &nest(&rest, value.clone()), order),
        }
    }

    fn set_in(
        &mut self,
        fields: &Fields,
        at: Option<usize>,
        key: &str,
        value: &Yaml,
        order: &[impl AsRef<str>],
    ) -> Result<()> {
        let Some(at) = at else {
            return self.insert_field(fields, key, value, order);
        };
        let (k, v) = &fields.entries[at];
        let field = self.field_span(fields, at);
        let one_line = field.1 <= line_end(&self.text, self.offset(k.pos));
        let single = matches!(value, Yaml::Scalar(_) | Yaml::Text(_)) && !template::is_block(value);
        if single
            && one_line
            && matches!(v.value, Value::Scalar { .. })
            && !v.is_null()
            && let Some(span) = self.inline_scalar(v, false)
        {
            self.splice(span, &template::inline(value));
            return Ok(());
        }
        let lines = self.in_line_style(&render_field(fields.indent, key, value));
        self.splice(field, &lines);
        Ok(())
    }

    /// Sets the field `path` of the mapping that is member `index` of the block list `list`
    /// (`updates`, 2, `source.title`), as [`YamlFile::set`] sets a field of the file; `order`
    /// names the member's fields.
    pub(crate) fn set_in_member(
        &mut self,
        list: &'static str,
        index: usize,
        path: &'static str,
        value: &Yaml,
        order: &[impl AsRef<str>],
    ) -> Result<()> {
        let Located::Field {
            fields,
            at: Some(at),
            ..
        } = self.locate(list)?
        else {
            bail!(
                "{}",
                crate::t!("edit-no-member", list = list, index = index)
            );
        };
        let Value::Seq(items) = &fields.entries[at].1.value else {
            bail!("{}", crate::t!("edit-not-a-list", key = list));
        };
        let Some(Node {
            value: Value::Map(entries),
            pos,
        }) = items.get(index).cloned()
        else {
            bail!(
                "{}",
                crate::t!("edit-member-not-fields", list = list, index = index)
            );
        };
        if self.text[self.offset(pos)..].starts_with('{') || entries.is_empty() {
            bail!(
                "{}",
                crate::t!("edit-member-one-line", list = list, index = index)
            );
        }
        let first = self.offset(entries[0].0.pos);
        let member = Fields {
            end: self
                .block_member_span(items, index, self.field_span(&fields, at).1)?
                .1,
            indent: first - line_start(&self.text, first),
            prefix: String::new(),
            entries,
        };
        let located = self.locate_in(member, path)?;
        self.set_located(located, value, order)
    }

    /// Appends a member to a list (block or flow), creating the list if needed.
    pub(crate) fn push(
        &mut self,
        path: &'static str,
        member: &Yaml,
        order: &[impl AsRef<str>],
    ) -> Result<()> {
        self.insert(path, usize::MAX, member, order)
    }

    /// Inserts a member into a list (block or flow) before its member `index` (at the end if
    /// there are not that many), creating the list if needed. Comment lines just above a
    /// member stay with it.
    pub(crate) fn insert(
        &mut self,
        path: &'static str,
        index: usize,
        member: &Yaml,
        order: &[impl AsRef<str>],
    ) -> Result<()> {
        let one = Yaml::List(vec![member.clone()]);
        let (fields, at, key) = match self.locate(path)? {
            Located::Parent {
                fields,
                at,
                key,
                rest,
            } => return self.set_in(&fields, at, key, &nest(&rest, one), order),
            Located::Field {
                at: None,
                fields,
                key,
            } => {
                return self.insert_field(&fields, key, &one, order);
            }
            Located::Field {
                fields,
                at: Some(at),
                key,
            } => (fields, at, key),
        };
        let (k, value) = &fields.entries[at];
        let items: &[Node] = match &value.value {
            Value::Seq(items) => items,
            _ if value.is_null() => &[],
            _ => bail!("{}", crate::t!("edit-not-a-list", key = path)),
        };
        let start = self.offset(value.pos);
        let nested = matches!(member, Yaml::Map(_) | Yaml::List(_));
        if value.is_null() || (nested && items.is_empty()) {
            return self.set_in(&fields, Some(at), key, &one, order);
        }
        let index = index.min(items.len());
        if self.text[start..].starts_with('[') {
            if nested {
                bail!("{}", crate::t!("edit-one-line-list", key = path));
            }
            return self.insert_in_flow(start, items, index, member);
        }
        let dash_of = |ix: usize| -> Result<usize> { self.dash_before(self.offset(items[ix].pos)) };
        let model = dash_of(index.min(items.len() - 1))?;
        let indent = model - line_start(&self.text, model);
        let previous = match index {
            0 => line_start(&self.text, self.offset(k.pos)),
            ix => line_start(&self.text, dash_of(ix - 1)?),
        };
        let next = match index < items.len() {
            true => line_start(&self.text, dash_of(index)?),
            false => self.field_span(&fields, at).1,
        };
        let end = self.trimmed_end(previous, next);
        let mut entry = Vec::new();
        template::list_entry(&mut entry, &" ".repeat(indent), member)?;
        self.insert_lines(end, &String::from_utf8(entry)?);
        Ok(())
    }

    /// Inserts a word or text into the one-line list opening at `open`, before member `index`.
    fn insert_in_flow(
        &mut self,
        open: usize,
        items: &[Node],
        index: usize,
        member: &Yaml,
    ) -> Result<()> {
        let (at, with) = match items.get(index) {
            Some(next) => (
                self.offset(next.pos),
                format!("{}, ", template::inline(member)),
            ),
            None => {
                let close = self.flow_end(open)? - 1;
                let before = self.text[open + 1..close].trim_end().len() + open + 1;
                let joiner = if items.is_empty() { "" } else { ", " };
                (before, format!("{joiner}{}", template::inline(member)))
            }
        };
        self.splice((at, at), &with);
        Ok(())
    }

    /// Removes the members of a list for which `remove` is true; returns how many. A list
    /// left empty is written `[]`.
    pub(crate) fn remove(
        &mut self,
        path: &'static str,
        remove: impl Fn(&Node) -> bool,
    ) -> Result<usize> {
        let mut removed = 0;
        loop {
            let Located::Field {
                fields,
                at: Some(at),
                key,
            } = self.locate(path)?
            else {
                return Ok(removed);
            };
            let Value::Seq(items) = &fields.entries[at].1.value else {
                return Ok(removed);
            };
            let Some(ix) = items.iter().position(&remove) else {
                return Ok(removed);
            };
            removed += 1;
            if items.len() == 1 {
                let span = self.field_span(&fields, at);
                let empty = render_field(fields.indent, key, &Yaml::List(Vec::new()));
                self.splice(span, &self.in_line_style(&empty));
                continue;
            }
            let list_start = self.offset(fields.entries[at].1.pos);
            let span = if self.text[list_start..].starts_with('[') {
                self.flow_member_span(items, ix)?
            } else {
                let field_end = self.field_span(&fields, at).1;
                self.block_member_span(items, ix, field_end)?
            };
            self.splice(span, "");
        }
    }

    /// Replaces the scalar members of a list that read `from` with `to`, keeping each one's
    /// place and the list's style; returns how many.
    pub(crate) fn replace_member(
        &mut self,
        path: &'static str,
        from: &str,
        to: &Yaml,
    ) -> Result<usize> {
        let Some(Node {
            value: Value::Seq(items),
            pos,
        }) = self.get(path)?
        else {
            return Ok(0);
        };
        let flow = self.text[self.offset(pos)..].starts_with('[');
        let mut spans = Vec::new();
        for item in items.iter().filter(|i| scalar(i) == Some(from)) {
            spans.push(
                self.inline_scalar(item, flow)
                    .with_context(|| crate::t!("edit-member-not-found"))?,
            );
        }
        for span in spans.iter().rev() {
            self.splice(*span, &template::inline(to));
        }
        Ok(spans.len())
    }

    fn insert_field(
        &mut self,
        fields: &Fields,
        key: &str,
        value: &Yaml,
        order: &[impl AsRef<str>],
    ) -> Result<()> {
        let rank = |name: &str| {
            let path = format!("{}{name}", fields.prefix);
            order
                .iter()
                .position(|o| o.as_ref() == path)
                .unwrap_or(order.len())
        };
        let lines = render_field(fields.indent, key, value);
        if let Some(hint) = self.hint(fields, key) {
            let lines = self.in_line_style(&lines);
            self.splice(hint, &lines);
            return Ok(());
        }
        let wanted = rank(key);
        let entries = &fields.entries;
        let next = entries
            .iter()
            .position(|(k, _)| scalar(k).is_some_and(|name| rank(name) > wanted));
        let at = match next {
            Some(0) => line_start(&self.text, self.offset(entries[0].0.pos)),
            Some(ix) => self.field_span(fields, ix - 1).1,
            None if entries.is_empty() => fields.end,
            None => self.field_span(fields, entries.len() - 1).1,
        };
        self.insert_lines(at, &lines);
        Ok(())
    }

    /// The line of the commented hint `plan new` writes for a missing top-level field
    /// (`# updates: []  # Dated status history…`), with its line break: the field written
    /// takes its place, so the file does not offer the field twice.
    fn hint(&self, fields: &Fields, key: &str) -> Option<Span> {
        if !fields.prefix.is_empty() {
            return None;
        }
        let start = format!("# {key}: ");
        let mut at = 0;
        for line in self.text.split_inclusive('\n') {
            if line.starts_with(&start) && line.contains("  # ") {
                return Some((at, at + line.len()));
            }
            at += line.len();
        }
        None
    }

    /// The lines of field `ix`, from its key to the end of its value, without the blank and
    /// comment lines that follow it (they belong to what comes next). Ends just after a line
    /// break, or at the end of the text.
    fn field_span(&self, fields: &Fields, ix: usize) -> Span {
        let start = line_start(&self.text, self.offset(fields.entries[ix].0.pos));
        let next = match fields.entries.get(ix + 1) {
            Some((k, _)) => line_start(&self.text, self.offset(k.pos)),
            None => fields.end,
        };
        (start, self.trimmed_end(start, next))
    }

    /// `end` moved back over trailing blank and comment-only lines, but not before the line
    /// that holds `start`.
    fn trimmed_end(&self, start: usize, end: usize) -> usize {
        let first_line_end = line_end(&self.text, start);
        let mut end = end;
        while end > first_line_end {
            let last = line_start(&self.text, end - 1);
            let line = self.text[last..end].trim();
            if line.is_empty() || line.starts_with('#') {
                end = last;
            } else {
                break;
            }
        }
        end.max(first_line_end)
    }

    /// The span of a one-line scalar (plain or quoted) starting at `node`, in a one-line
    /// list (`flow`) or not.
    fn inline_scalar(&self, node: &Node, flow: bool) -> Option<Span> {
        let start = self.offset(node.pos);
        let rest = &self.text[start..];
        let end = match rest.chars().next()? {
            '"' => closing_double(rest)?,
            '\'' => closing_single(rest)?,
            '|' | '>' => return None,
            _ => plain_end(rest, flow),
        };
        Some((start, start + end))
    }

    fn block_member_span(&self, items: &[Node], ix: usize, field_end: usize) -> Result<Span> {
        let dash = self.dash_before(self.offset(items[ix].pos))?;
        let start = line_start(&self.text, dash);
        let next = match items.get(ix + 1) {
            Some(next) => line_start(&self.text, self.dash_before(self.offset(next.pos))?),
            None => field_end,
        };
        Ok((start, self.trimmed_end(start, next)))
    }

    fn flow_member_span(&self, items: &[Node], ix: usize) -> Result<Span> {
        let start = self.offset(items[ix].pos);
        let end = start
            + self
                .inline_scalar(&items[ix], true)
                .map(|(s, e)| e - s)
                .with_context(|| crate::t!("edit-only-words"))?;
        Ok(match items.get(ix + 1) {
            Some(next) => (start, self.offset(next.pos)),
            None => {
                let before = self.text[..start].trim_end();
                let comma = before.strip_suffix(',').map_or(before.len(), str::len);
                (comma, end)
            }
        })
    }

    /// The end (just after `]`) of the flow list opening at `open`.
    fn flow_end(&self, open: usize) -> Result<usize> {
        let mut depth = 0usize;
        let mut at = open;
        while let Some(c) = self.text[at..].chars().next() {
            match c {
                '[' | '{' => depth += 1,
                ']' | '}' => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(at + 1);
                    }
                }
                '"' => {
                    at += closing_double(&self.text[at..])
                        .with_context(|| crate::t!("edit-unclosed-quote"))?
                        - 1
                }
                '\'' => {
                    at += closing_single(&self.text[at..])
                        .with_context(|| crate::t!("edit-unclosed-quote"))?
                        - 1
                }
                _ => {}
            }
            at += c.len_utf8();
        }
        bail!("{}", crate::t!("edit-list-not-closed"))
    }

    /// The `-` that opens the block list member whose value starts at `at`.
    fn dash_before(&self, at: usize) -> Result<usize> {
        let before = self.text[..at].trim_end_matches([' ', '\t', '\r', '\n']);
        match before.strip_suffix('-') {
            Some(rest) => Ok(rest.len()),
            None => bail!("{}", crate::t!("edit-member-not-found")),
        }
    }

    /// The byte offset of a parser position (1-based line, column in characters).
    fn offset(&self, pos: Pos) -> usize {
        let mut start = 0;
        for _ in 1..pos.line {
            start = line_end(&self.text, start);
        }
        let line = &self.text[start..];
        start
            + line
                .char_indices()
                .nth(pos.column.saturating_sub(1) as usize)
                .map_or(line.len(), |(i, _)| i)
    }

    fn splice(&mut self, (start, end): Span, with: &str) {
        self.text.replace_range(start..end, with);
    }

    /// Inserts whole lines (given with `\n` ends) at a line start, in the file's line-end
    /// style; at the end of a last line without a line break, one is added first.
    fn insert_lines(&mut self, at: usize, lines: &str) {
        let mut with = self.in_line_style(lines);
        if at > 0 && !self.text[..at].ends_with('\n') {
            with.insert_str(0, self.newline());
        }
        self.splice((at, at), &with);
    }

    /// Lines given with `\n` ends, in the file's line-end style.
    fn in_line_style(&self, lines: &str) -> String {
        lines.replace('\n', self.newline())
    }

    fn newline(&self) -> &'static str {
        if self.text.contains("\r\n") {
            "\r\n"
        } else {
            "\n"
        }
    }
}

/// The written order of the fields of a kind, each mapping field followed by its own
/// fields by path (`period`, `period.start`, `period.end`): the `order` the edits take.
pub(crate) fn field_order(fields: &[crate::format::Field]) -> Vec<String> {
    let mut order = Vec::new();
    for field in fields {
        order.push(field.name.to_string());
        if let crate::format::Kind::Object(inner) = field.kind {
            order.extend(inner.iter().map(|f| format!("{}.{}", field.name, f.name)));
        }
    }
    order
}

/// A field as new lines, its key at `indent`: `key: value` or a block list or mapping.
fn render_field(indent: usize, key: &str, value: &Yaml) -> String {
    let mut out = Vec::new();
    template::field(&mut out, key, value).expect("writing to memory cannot fail");
    let lines = String::from_utf8(out).expect("the template writes UTF-8");
    let margin = " ".repeat(indent);
    lines
        .lines()
        .map(|line| match line {
            "" => "\n".to_string(),
            line => format!("{margin}{line}\n"),
        })
        .collect()
}

/// `value` under the mapping keys of `path`, outermost first.
fn nest(path: &[&'static str], value: Yaml) -> Yaml {
    path.iter()
        .rev()
        .fold(value, |inner, key| Yaml::Map(vec![(key, inner)]))
}

/// Where an update dated `date` goes in the `updates` list (oldest first): after every update
/// that is not later, so one dated the same day goes after the ones there are. A date of
/// lower precision counts as the end of its period (`Date::chronological`).
pub(crate) fn update_place(updates: Option<&Node>, date: &Date) -> usize {
    let Some(Node {
        value: Value::Seq(members),
        ..
    }) = updates
    else {
        return 0;
    };
    let date_of = |member: &Node| match &member.value {
        Value::Map(fields) => fields
            .iter()
            .find(|(k, _)| scalar(k) == Some("date"))
            .and_then(|(_, v)| Date::parse(scalar(v)?)),
        _ => None,
    };
    members
        .iter()
        .rposition(|m| date_of(m).is_none_or(|d| d.chronological(date).is_le()))
        .map_or(0, |ix| ix + 1)
}

pub(crate) fn scalar(node: &Node) -> Option<&str> {
    match &node.value {
        Value::Scalar { text, .. } => Some(text),
        _ => None,
    }
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Just after the line break of the line holding `at`, or the end of the text.
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i + 1)
}

/// The length of a double-quoted scalar at the start of `text`, quotes included.
fn closing_double(text: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in text.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some(i + 1),
            _ => {}
        }
    }
    None
}

fn closing_single(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 1;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            if bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Some(i + 1);
        }
        i += 1;
    }
    None
}

/// The length of a plain scalar on one line: up to a comment, the end of the line or (in a
/// one-line list) a separator, without trailing blanks.
fn plain_end(text: &str, flow: bool) -> usize {
    let line = &text[..text.find(['\n', '\r']).unwrap_or(text.len())];
    let mut end = line.len();
    for (i, c) in line.char_indices() {
        let after_blank = i > 0 && line[..i].ends_with([' ', '\t']);
        if (c == '#' && after_blank) || (flow && matches!(c, ',' | ']' | '}')) {
            end = i;
            break;
        }
    }
    line[..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORDER: &[&str] = &["id", "title", "status", "partners", "links", "updates"];

    fn edit(text: &str, change: impl FnOnce(&mut YamlFile)) -> String {
        let mut file = YamlFile::parse(text.as_bytes()).unwrap();
        change(&mut file);
        let out = String::from_utf8(file.to_bytes()).unwrap();
        assert!(
            yaml::parse(out.trim_start_matches('\u{feff}'))
                .errors
                .is_empty(),
            "{out}"
        );
        out
    }

    fn word(text: &str) -> Yaml {
        Yaml::Scalar(text.into())
    }

    #[test]
    fn a_no_op_changes_no_byte() {
        let text = "\u{feff}# $schema\r\nid: K1 # c\r\nlinks: [K2,  K3]\r\n";
        let file = YamlFile::parse(text.as_bytes()).unwrap();
        assert_eq!(file.to_bytes(), text.as_bytes());
    }

    #[test]
    fn a_scalar_is_replaced_where_it_stands() {
        let text = "id: K1\nstatus: 'started'   # since 2024\ntitle: x\n";
        let out = edit(text, |f| {
            f.set("status", &word("completed"), ORDER).unwrap()
        });
        assert_eq!(out, "id: K1\nstatus: completed   # since 2024\ntitle: x\n");
        // Commas and brackets belong to a plain text outside one-line lists.
        let out = edit("title: Hei, [verden] # c\nid: K1\n", |f| {
            f.set("title", &word("ny"), ORDER).unwrap()
        });
        assert_eq!(out, "title: ny # c\nid: K1\n");
        // A plain text over several lines is replaced whole.
        let out = edit("title: en\n  to\nid: K1\n", |f| {
            f.set("title", &word("ny"), ORDER).unwrap()
        });
        assert_eq!(out, "title: ny\nid: K1\n");
        let out = edit(text, |f| {
            f.set("title", &Yaml::Text("a: \"b\"".into()), ORDER)
                .unwrap()
        });
        assert_eq!(
            out,
            "id: K1\nstatus: 'started'   # since 2024\ntitle: \"a: \\\"b\\\"\"\n"
        );
    }

    #[test]
    fn a_missing_key_goes_in_field_order_and_at_eof_without_newline() {
        let text = "id: K1\n\n# the partners\npartners:\n  - a\n";
        let out = edit(text, |f| f.set("status", &word("planned"), ORDER).unwrap());
        assert_eq!(
            out,
            "id: K1\nstatus: planned\n\n# the partners\npartners:\n  - a\n"
        );
        let out = edit("id: K1\ntitle: x", |f| {
            f.push("links", &word("K2"), ORDER).unwrap()
        });
        assert_eq!(out, "id: K1\ntitle: x\nlinks:\n  - K2\n");
    }

    #[test]
    fn a_field_written_replaces_its_commented_hint() {
        let text = "id: K1\n# status: planned  # Status.\ntitle: x\n# updates: []  # History.\n\
                    # notes: \"\"  # Remarks.\n";
        let out = edit(text, |f| f.push("updates", &word("u"), ORDER).unwrap());
        assert_eq!(
            out,
            "id: K1\n# status: planned  # Status.\ntitle: x\nupdates:\n  - u\n\
             # notes: \"\"  # Remarks.\n"
        );
        // A comment of the user's own that names the field is not a hint.
        let text = "id: K1\n# status: see the notes\n";
        let out = edit(text, |f| f.set("status", &word("planned"), ORDER).unwrap());
        assert_eq!(out, "id: K1\nstatus: planned\n# status: see the notes\n");
    }

    #[test]
    fn block_lists_grow_after_their_last_member_keeping_comments() {
        let text = "partners:\n  - a\n  # about b\n  - b\n\n# next\nlinks: []\n";
        let out = edit(text, |f| f.push("partners", &word("c"), ORDER).unwrap());
        assert_eq!(
            out,
            "partners:\n  - a\n  # about b\n  - b\n  - c\n\n# next\nlinks: []\n"
        );
        let out = edit("partners:\n- a\n", |f| {
            f.push("partners", &word("b"), ORDER).unwrap()
        });
        assert_eq!(out, "partners:\n- a\n- b\n");
    }

    #[test]
    fn flow_lists_and_empty_lists_grow_in_place() {
        let out = edit("links: [K2, \"K3\"] # x\n", |f| {
            f.push("links", &word("K4"), ORDER).unwrap()
        });
        assert_eq!(out, "links: [K2, \"K3\", K4] # x\n");
        let out = edit("links: []\n", |f| {
            f.push("links", &word("K4"), ORDER).unwrap()
        });
        assert_eq!(out, "links: [K4]\n");
        let out = edit("links:\nid: K1\n", |f| {
            f.push("links", &word("K4"), ORDER).unwrap()
        });
        assert_eq!(out, "links:\n  - K4\nid: K1\n");
        let update = Yaml::Map(vec![("date", Yaml::Text("2025".into()))]);
        let out = edit("updates: [] # none yet\nid: K1\n", |f| {
            f.push("updates", &update, ORDER).unwrap()
        });
        assert_eq!(out, "updates:\n  - date: \"2025\"\nid: K1\n");
    }

    #[test]
    fn members_are_removed_with_their_lines_only() {
        let text = "links:\n  - K2 # two\n  # about K3\n  - K3\nid: K1\n";
        let out = edit(text, |f| {
            assert_eq!(f.remove("links", |n| scalar(n) == Some("K2")).unwrap(), 1)
        });
        assert_eq!(out, "links:\n  # about K3\n  - K3\nid: K1\n");
        let out = edit("links: [K2, K3, K4]\n", |f| {
            f.remove("links", |n| scalar(n) != Some("K3")).unwrap();
        });
        assert_eq!(out, "links: [K3]\n");
        let out = edit("links:\n  - K2\nid: K1\n", |f| {
            f.remove("links", |_| true).unwrap();
        });
        assert_eq!(out, "links: []\nid: K1\n");
    }

    #[test]
    fn crlf_and_bom_are_kept() {
        let text = "\u{feff}id: K1\r\npartners:\r\n  - a\r\n";
        let out = edit(text, |f| f.push("partners", &word("b"), ORDER).unwrap());
        assert_eq!(out, "\u{feff}id: K1\r\npartners:\r\n  - a\r\n  - b\r\n");
    }

    #[test]
    fn folded_and_literal_text_is_rewritten_whole_and_neighbours_kept() {
        let text = "title: |\n  line one\n  line two\n\n# c\nstatus: started\n";
        let out = edit(text, |f| {
            f.set("title", &Yaml::Text("ny".into()), ORDER).unwrap()
        });
        assert_eq!(out, "title: \"ny\"\n\n# c\nstatus: started\n");
        let text = "updates:\n  - date: \"2024\"\n    text: >\n      folded\n      text\n";
        let update = Yaml::Map(vec![
            ("date", Yaml::Text("2025".into())),
            ("text", Yaml::Text("b".into())),
        ]);
        let out = edit(text, |f| f.push("updates", &update, ORDER).unwrap());
        assert_eq!(out, format!("{text}  - date: \"2025\"\n    text: \"b\"\n"));
    }

    #[test]
    fn list_members_are_renamed_in_place() {
        let text = "links: [K2, 'K3']\ndocuments:\n  - K3 # keep\n";
        let mut file = YamlFile::parse(text.as_bytes()).unwrap();
        assert_eq!(file.replace_member("links", "K3", &word("K9")).unwrap(), 1);
        assert_eq!(
            file.replace_member("documents", "K3", &word("K9")).unwrap(),
            1
        );
        assert_eq!(
            String::from_utf8(file.to_bytes()).unwrap(),
            "links: [K2, K9]\ndocuments:\n  - K9 # keep\n"
        );
    }

    /// Every shipped item file, also with CRLF line ends, a BOM and no final line break:
    /// a no-op keeps every byte, and adding then removing a member of a list gives the file
    /// back.
    #[test]
    fn shipped_files_round_trip_in_every_form() {
        let items = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/programmes");
        let mut seen = 0;
        for programme in std::fs::read_dir(items).unwrap() {
            for file in std::fs::read_dir(programme.unwrap().path().join("items")).unwrap() {
                let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
                let forms = [
                    text.clone(),
                    text.replace('\n', "\r\n"),
                    format!("\u{feff}{}", text.trim_end()),
                ];
                for form in forms {
                    let mut file = YamlFile::parse(form.as_bytes()).unwrap();
                    assert_eq!(file.to_bytes(), form.as_bytes());
                    let present = ["partners", "links", "regions", "municipalities"]
                        .into_iter()
                        .filter(|key| form.contains(&format!("\n{key}:")));
                    for key in present {
                        file.push(key, &word("x-test"), ORDER).unwrap();
                        file.remove(key, |n| scalar(n) == Some("x-test")).unwrap();
                    }
                    assert_eq!(String::from_utf8(file.to_bytes()).unwrap(), form);
                    seen += 1;
                }
            }
        }
        assert!(seen > 100, "{seen}");
    }

    #[test]
    fn block_lists_take_a_member_at_any_place_keeping_comments_with_their_member() {
        let text = "updates:\n  # first\n  - a\n  # about b\n  - b\n\n# next\nid: K1\n";
        let at = |index| {
            edit(text, |f| {
                f.insert("updates", index, &word("new"), ORDER).unwrap()
            })
        };
        assert_eq!(
            at(0),
            "updates:\n  - new\n  # first\n  - a\n  # about b\n  - b\n\n# next\nid: K1\n"
        );
        assert_eq!(
            at(1),
            "updates:\n  # first\n  - a\n  - new\n  # about b\n  - b\n\n# next\nid: K1\n"
        );
        assert_eq!(at(2), at(9));
        assert_eq!(
            at(2),
            "updates:\n  # first\n  - a\n  # about b\n  - b\n  - new\n\n# next\nid: K1\n"
        );
        let update = Yaml::Map(vec![
            ("date", Yaml::Text("2024".into())),
            ("text", Yaml::Text("ny".into())),
        ]);
        let text =
            "updates:\n- date: \"2023\"\n  text: >\n    folded\n- date: \"2025\"\n  text: x\n";
        let out = edit(text, |f| f.insert("updates", 1, &update, ORDER).unwrap());
        assert_eq!(
            out,
            "updates:\n- date: \"2023\"\n  text: >\n    folded\n\
             - date: \"2024\"\n  text: \"ny\"\n- date: \"2025\"\n  text: x\n"
        );
    }

    #[test]
    fn flow_lists_take_a_member_at_any_place() {
        let text = "links: [K2, \"K3\"] # x\n";
        let at = |index| {
            edit(text, |f| {
                f.insert("links", index, &word("K9"), ORDER).unwrap()
            })
        };
        assert_eq!(at(0), "links: [K9, K2, \"K3\"] # x\n");
        assert_eq!(at(1), "links: [K2, K9, \"K3\"] # x\n");
        assert_eq!(at(2), "links: [K2, \"K3\", K9] # x\n");
    }

    #[test]
    fn crlf_is_kept_inserting_in_the_middle() {
        let text = "\u{feff}links:\r\n  - K2\r\n  # c\r\n  - K3\r\nid: K1";
        let out = edit(text, |f| f.insert("links", 1, &word("K9"), ORDER).unwrap());
        assert_eq!(
            out,
            "\u{feff}links:\r\n  - K2\r\n  - K9\r\n  # c\r\n  - K3\r\nid: K1"
        );
    }

    #[test]
    fn nested_fields_are_edited_in_their_mapping() {
        let order = &[
            "id",
            "mentions",
            "mentions.regions",
            "mentions.places",
            "sources",
        ];
        let text = "id: K1\nmentions:\n  places:\n    - name: A\n  # c\nsources: []\n";
        let out = edit(text, |f| {
            f.push("mentions.regions", &word("r1"), order).unwrap()
        });
        assert_eq!(
            out,
            "id: K1\nmentions:\n  regions:\n    - r1\n  places:\n    - name: A\n  # c\nsources: []\n"
        );
        let place = Yaml::Map(vec![("name", Yaml::Text("B".into()))]);
        let out = edit(text, |f| f.push("mentions.places", &place, order).unwrap());
        assert_eq!(
            out,
            "id: K1\nmentions:\n  places:\n    - name: A\n    - name: \"B\"\n  # c\nsources: []\n"
        );
        let out = edit(text, |f| {
            assert_eq!(f.remove("mentions.places", |_| true).unwrap(), 1);
        });
        assert_eq!(out, "id: K1\nmentions:\n  places: []\n  # c\nsources: []\n");
        // A missing or empty mapping is written with the field in it.
        for text in [
            "id: K1\nsources: []\n",
            "id: K1\nmentions: {}\nsources: []\n",
        ] {
            let out = edit(text, |f| {
                f.push("mentions.regions", &word("r1"), order).unwrap()
            });
            assert_eq!(
                out,
                "id: K1\nmentions:\n  regions:\n    - r1\nsources: []\n"
            );
        }
        assert!(
            YamlFile::parse(b"mentions: x\n")
                .unwrap()
                .push("mentions.regions", &word("r1"), order)
                .is_err()
        );
    }

    /// The text at `path` (`updates.0.text` for a member's field) as the loader reads it.
    fn read_text(out: &str, path: &str) -> String {
        let mut node = yaml::parse(out.trim_start_matches('\u{feff}'))
            .root
            .unwrap();
        for part in path.split('.') {
            node = match node.value {
                Value::Map(entries) => {
                    entries
                        .into_iter()
                        .find(|(k, _)| scalar(k) == Some(part))
                        .unwrap()
                        .1
                }
                Value::Seq(items) => items.into_iter().nth(part.parse().unwrap()).unwrap(),
                Value::Scalar { .. } => panic!("{path} in {out}"),
            };
        }
        scalar(&node).unwrap().to_string()
    }

    #[test]
    fn texts_of_several_lines_are_literal_blocks_as_the_data_writes_them() {
        let text = "id: K1\ndescription: \"kort\" # c\nstatus: started\n";
        let two = "Første avsnitt: med kolon.\n\n  Innrykk, \"sitat\" og # tegn.";
        let out = edit(text, |f| {
            f.set("description", &Yaml::Text(two.into()), ORDER)
                .unwrap()
        });
        assert_eq!(
            out,
            "id: K1\ndescription: |-\n  Første avsnitt: med kolon.\n\n    Innrykk, \"sitat\" og # tegn.\nstatus: started\n"
        );
        let ended = format!("{two}\n");
        let out = edit(text, |f| {
            f.set("description", &Yaml::Text(ended.clone()), ORDER)
                .unwrap()
        });
        assert!(out.contains("description: |\n  Første"), "{out}");
        assert_eq!(read_text(&out, "description"), ended);
        // In an update, a CRLF file, and a missing field.
        let update = Yaml::Map(vec![
            ("date", Yaml::Text("2025".into())),
            ("text", Yaml::Text("a\nb".into())),
        ]);
        let out = edit("id: K1\r\nupdates:\r\n  - date: \"2024\"\r\n", |f| {
            f.push("updates", &update, ORDER).unwrap();
            f.set("title", &Yaml::Text("x\ny".into()), ORDER).unwrap();
        });
        assert_eq!(
            out,
            "id: K1\r\ntitle: |-\r\n  x\r\n  y\r\nupdates:\r\n  - date: \"2024\"\r\n  - date: \"2025\"\r\n    text: |-\r\n      a\r\n      b\r\n"
        );
    }

    /// Every text, block or not, reads back exactly as it was given, wherever it is written.
    #[test]
    fn texts_read_back_exactly_as_given() {
        let texts = [
            "one line",
            "a\nb",
            "a\nb\n",
            "a\nb\n\n",
            "\nleading blank line",
            " leading space\nb",
            "trailing space \nb",
            "tab\there\nb",
            "blank line with spaces\n  \nb",
            "a\n\n\nb\n",
            "- a list?\n- no: text\n# not a comment\n---\n...",
            "crlf\r\nline",
            "line\u{2028}sep\nb",
            "   \n",
        ];
        for given in texts {
            let value = Yaml::Text(given.into());
            let member = Yaml::Map(vec![("date", value.clone()), ("text", value.clone())]);
            let out = edit("id: K1\ndescription: |\n  old\n\n# c\nupdates: []\n", |f| {
                f.set("description", &value, ORDER).unwrap();
                f.push("updates", &member, ORDER).unwrap();
                f.push("updates", &member, ORDER).unwrap();
            });
            for path in ["description", "updates.0.date", "updates.1.text"] {
                assert_eq!(read_text(&out, path), given, "{path} in\n{out}");
            }
            assert!(!out.lines().any(|l| l.ends_with(' ')), "{out}");
        }
    }

    #[test]
    fn a_field_of_a_list_member_is_set_in_place() {
        let order = [
            "date",
            "status",
            "text",
            "source",
            "source.title",
            "source.url",
        ];
        let text = "updates:\n  - date: \"2024\"\n    text: gammel # c\n  # om neste\n  - date: \"2025\"\n    text: >-\n      brettet\n\n# slutt\nid: K1\n";
        let out = edit(text, |f| {
            f.set_in_member("updates", 0, "text", &Yaml::Text("ny".into()), &order)
                .unwrap();
            f.set_in_member("updates", 1, "text", &Yaml::Text("a\nb".into()), &order)
                .unwrap();
            f.set_in_member("updates", 1, "status", &word("completed"), &order)
                .unwrap();
            f.set_in_member(
                "updates",
                0,
                "source.title",
                &Yaml::Text("S".into()),
                &order,
            )
            .unwrap();
        });
        assert_eq!(
            out,
            "updates:\n  - date: \"2024\"\n    text: \"ny\" # c\n    source:\n      title: \"S\"\n  # om neste\n  - date: \"2025\"\n    status: completed\n    text: |-\n      a\n      b\n\n# slutt\nid: K1\n"
        );
        let mut file = YamlFile::parse(b"updates:\n  - {date: \"2024\"}\n").unwrap();
        assert!(
            file.set_in_member("updates", 0, "text", &word("x"), &order)
                .is_err()
        );
        assert!(
            file.set_in_member("updates", 3, "text", &word("x"), &order)
                .is_err()
        );
    }

    #[test]
    fn broken_yaml_is_refused() {
        assert!(YamlFile::parse(b"id: [K1\n").is_err());
        assert!(YamlFile::parse(b"- a\n").is_err());
    }
}
