//! The only module that touches a YAML library: text in, a tree of located nodes out
//! (and YAML text out for exports).
//!
//! serde_yaml cannot say where a value stood in the file, and every finding `plan validate`
//! reports must point at the offending value, so documents are read with yaml-rust2's event
//! parser into [`Node`]s that carry their line and column. Writing YAML goes through
//! serde_yaml. Swapping either library is a change to this file only.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// Nesting deeper than this is refused: no plan file needs more than a handful of levels,
/// and a bound keeps hostile input from exhausting the stack or memory.
pub(crate) const MAX_DEPTH: usize = 64;

/// Aliases may expand to at most this many nodes in one file (an alias bomb expands
/// exponentially; real files never come close).
pub(crate) const MAX_NODES: usize = 1_000_000;

/// Aliases may expand to at most this many bytes of text in one file: a few aliases of a
/// megabyte-long text would otherwise make gigabytes from a small file.
pub(crate) const MAX_EXPANDED_BYTES: usize = 10 * 1024 * 1024;

/// Mappings with more keys than this look up duplicates in a hash set; smaller ones are
/// scanned, which is faster for the handful of keys a plan file has.
const SCAN_KEYS: usize = 16;

pub(crate) use crate::model::Pos;

/// The position of a parser mark (0-based column) as a [`Pos`].
fn pos_of(m: &Marker) -> Pos {
    Pos {
        line: u32::try_from(m.line()).unwrap_or(u32::MAX),
        column: u32::try_from(m.col() + 1).unwrap_or(u32::MAX),
    }
}

/// A parsed YAML value with the position where it starts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub(crate) value: Value,
    pub(crate) pos: Pos,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    /// A scalar as written; `plain` is false for quoted and block scalars, which are always text.
    Scalar {
        text: String,
        plain: bool,
    },
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// True for `~`, `null` and an empty plain scalar.
    pub(crate) fn is_null(&self) -> bool {
        matches!(&self.value, Value::Scalar { text, plain: true } if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    /// What kind of value this is (`null`, `number`, `bool`, `text`, `list`, `mapping`), as
    /// findings name it in words.
    pub(crate) fn kind(&self) -> &'static str {
        match &self.value {
            _ if self.is_null() => "null",
            Value::Scalar { text, plain: true } if text.parse::<i64>().is_ok() => "number",
            Value::Scalar { text, plain: true }
                if matches!(text.as_str(), "true" | "false" | "True" | "False") =>
            {
                "bool"
            }
            Value::Scalar { .. } => "text",
            Value::Seq(_) => "list",
            Value::Map(_) => "mapping",
        }
    }

    /// How many nodes and how many bytes of text this value holds.
    fn size(&self) -> Size {
        match &self.value {
            Value::Scalar { text, .. } => Size {
                nodes: 1,
                bytes: text.len(),
            },
            Value::Seq(items) => items.iter().fold(Size::ONE, |s, n| s.plus(n.size())),
            Value::Map(entries) => entries
                .iter()
                .fold(Size::ONE, |s, (k, v)| s.plus(k.size()).plus(v.size())),
        }
    }
}

/// What a document holds so far, counting what aliases expand to.
#[derive(Debug, Clone, Copy, Default)]
struct Size {
    nodes: usize,
    bytes: usize,
}

impl Size {
    const ONE: Size = Size { nodes: 1, bytes: 0 };

    fn plus(self, other: Size) -> Size {
        Size {
            nodes: self.nodes.saturating_add(other.nodes),
            bytes: self.bytes.saturating_add(other.bytes),
        }
    }

    fn too_large(self) -> bool {
        self.nodes > MAX_NODES || self.bytes > MAX_EXPANDED_BYTES
    }
}

/// Why a text could not be read as one YAML document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ParseError {
    pub(crate) kind: ParseErrorKind,
    pub(crate) pos: Pos,
    pub(crate) message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParseErrorKind {
    Syntax(Syntax),
    /// A syntax error where the scanner met a tab, which YAML does not allow for indentation.
    Tab,
    Limit,
    Empty,
    MultipleDocuments,
    DuplicateKey,
    /// A control character written as an escape (`"\e"`, `"\u0000"`) in a quoted text.
    ControlCharacter,
}

/// A parse result: the document (if any) and the findings met on the way. Duplicate keys are
/// reported but do not stop the parse, so one file can yield several findings.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub(crate) root: Option<Node>,
    pub(crate) errors: Vec<ParseError>,
}

enum Frame {
    Seq {
        pos: Pos,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        pos: Pos,
        anchor: usize,
        entries: Vec<(Node, Node)>,
        key: Option<Node>,
        /// The keys seen, by text, once the mapping outgrows [`SCAN_KEYS`].
        seen: Option<HashMap<String, Pos>>,
    },
}

/// Parses one YAML document with positions. Never panics and never recurses on input depth.
pub(crate) fn parse(text: &str) -> Parsed {
    let mut parser = Parser::new_from_str(text);
    let mut builder = Builder::default();
    loop {
        let step = match parser.next_token() {
            Ok((event, marker)) => builder.event(event, pos_of(&marker)),
            Err(err) => Err(scan_error(&err, text, builder.open_flow(text))),
        };
        match step {
            Ok(Step::More) => {}
            Ok(Step::End) => return builder.finish(),
            Err(error) => {
                builder.out.errors.push(error);
                return builder.out;
            }
        }
    }
}

/// The scanner's error as a finding. Its errors are text only; this is the one place that
/// reads them. `open_flow` is where the innermost `[` or `{` still open was written.
fn scan_error(err: &yaml_rust2::ScanError, text: &str, open_flow: Option<Pos>) -> ParseError {
    // The scanner gives up on flow nesting (`[[[[…`) deeper than it can count before the
    // depth check sees it: that is the nesting limit, not a typo.
    if err.info() == "recursion limit exceeded" {
        return ParseError {
            kind: ParseErrorKind::Limit,
            pos: pos_of(err.marker()),
            message: crate::t!("finding-too-deep", depth = MAX_DEPTH),
        };
    }
    let pos = pos_of(err.marker());
    if err.info().contains("tab") {
        return ParseError {
            kind: ParseErrorKind::Tab,
            pos,
            message: crate::t!("yaml-tab"),
        };
    }
    let (syntax, pos) = match open_flow {
        // A `[` or `{` left open swallows the lines after it, and the scanner stumbles on
        // one of them (or on the end of the file): the mistake is the bracket's.
        Some(open) if open.line < pos.line => (Syntax::Flow, open),
        _ => match Syntax::of(err.info()) {
            Syntax::MappingValue if starts_field(text, pos) => (Syntax::IndentedField, pos),
            syntax => (syntax, pos),
        },
    };
    ParseError {
        kind: ParseErrorKind::Syntax(syntax),
        pos: within(text, pos),
        message: syntax.message(err.info()),
    }
}

/// Whether the `: ` at `pos` is the first on its line, after the indentation: the line is
/// a field of its own (`  x: y`), indented under a field that already has a value.
fn starts_field(text: &str, pos: Pos) -> bool {
    let Some(line) = text.lines().nth(pos.line.saturating_sub(1) as usize) else {
        return false;
    };
    let before: String = line
        .chars()
        .take(pos.column.saturating_sub(1) as usize)
        .collect();
    before.starts_with(' ') && !before.contains(": ") && !before.trim_start().starts_with('-')
}

/// `pos`, or the end of the last line when the scanner points past the end of the file.
fn within(text: &str, pos: Pos) -> Pos {
    let lines = u32::try_from(text.lines().count()).unwrap_or(u32::MAX);
    if pos.line <= lines || lines == 0 {
        return pos;
    }
    let last = text.lines().last().unwrap_or("");
    Pos {
        line: lines,
        column: u32::try_from(last.chars().count())
            .unwrap_or(u32::MAX)
            .max(1),
    }
}

/// The kinds of syntax error the scanner reports, each worded in the run's language (the
/// scanner's own texts are English and written for YAML experts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Syntax {
    /// A `: ` where no new key can start, as in `title: Satsing: kultur`.
    MappingValue,
    /// A `key: value` line indented under a field that already has a value.
    IndentedField,
    /// A colon missing after a key, or one where none can stand.
    Colon,
    /// A line that is neither a new key nor part of the value above it.
    ExpectedKey,
    Indentation,
    /// A `- ` list entry where no list can start, or one not followed by a space.
    ListEntry,
    /// A character that cannot begin a value here (`@`, `` ` ``, `%`).
    UnexpectedCharacter,
    /// A quoted text that never ends, or has more after its closing quote.
    QuotedText,
    /// A `\` escape in double quotes that YAML does not know.
    Escape,
    /// A `[…]` list or `{…}` mapping that is not closed right.
    Flow,
    /// A multi-line text (`|` or `>`) that is written wrong.
    BlockText,
    /// An anchor (`&name`) or alias (`*name`) written wrong or used before it is set.
    Anchor,
    /// Tags (`!`), directives (`%YAML`) and document markers (`---`, `...`), which plan files
    /// do not use.
    Markup,
    /// Any other error in the YAML.
    Other,
}

impl Syntax {
    /// The kind of the scanner's error message. Its messages are the only thing it says, so
    /// they are matched by the words that tell them apart.
    fn of(info: &str) -> Syntax {
        const KINDS: &[(&str, Syntax)] = &[
            ("mapping values are not allowed", Syntax::MappingValue),
            ("mapping keys are not allowed", Syntax::Colon),
            ("':'", Syntax::Colon),
            ("simple key", Syntax::Colon),
            ("did not find expected key", Syntax::ExpectedKey),
            ("block scalar", Syntax::BlockText),
            // An unclosed quote runs on into the lines below, which the scanner then calls
            // badly indented.
            ("indentation in quoted scalar", Syntax::QuotedText),
            ("invalid indentation for anchor", Syntax::Anchor),
            ("indentation", Syntax::Indentation),
            ("indented", Syntax::Indentation),
            ("unknown escape", Syntax::Escape),
            ("escape code", Syntax::Escape),
            ("hexadecimal", Syntax::Escape),
            ("quoted scalar", Syntax::QuotedText),
            ("flow", Syntax::Flow),
            ("anchor", Syntax::Anchor),
            ("alias", Syntax::Anchor),
            ("'-'", Syntax::ListEntry),
            ("block sequence entries", Syntax::ListEntry),
            ("unexpected character", Syntax::UnexpectedCharacter),
            ("cannot start any token", Syntax::UnexpectedCharacter),
            ("comments must be separated", Syntax::UnexpectedCharacter),
            ("tag", Syntax::Markup),
            ("TAG", Syntax::Markup),
            ("directive", Syntax::Markup),
            ("document", Syntax::Markup),
        ];
        KINDS
            .iter()
            .find(|(words, _)| info.contains(words))
            .map_or(Syntax::Other, |(_, kind)| *kind)
    }

    /// The finding's message; `info` is the scanner's, for the character it names.
    fn message(self, info: &str) -> String {
        match self {
            Syntax::MappingValue => crate::t!("yaml-mapping-value"),
            Syntax::IndentedField => crate::t!("yaml-indented-field"),
            Syntax::Colon => crate::t!("yaml-colon"),
            Syntax::ExpectedKey => crate::t!("yaml-expected-key"),
            Syntax::Indentation => crate::t!("yaml-indentation"),
            Syntax::ListEntry => crate::t!("yaml-list-entry"),
            Syntax::UnexpectedCharacter => match character_named(info) {
                Some(c) => crate::t!("yaml-unexpected-character", character = c.to_string()),
                None => crate::t!("yaml-unexpected-text"),
            },
            Syntax::QuotedText => crate::t!("yaml-quoted-text"),
            Syntax::Escape => crate::t!("yaml-escape"),
            Syntax::Flow => crate::t!("yaml-flow"),
            Syntax::BlockText => crate::t!("yaml-block-text"),
            Syntax::Anchor => crate::t!("yaml-anchor"),
            Syntax::Markup => crate::t!("yaml-markup"),
            Syntax::Other => crate::t!("yaml-other"),
        }
    }
}

/// The character in the scanner's "unexpected character: `@'".
fn character_named(info: &str) -> Option<char> {
    let (_, rest) = info.split_once('`')?;
    let mut chars = rest.chars();
    let c = chars.next()?;
    (chars.next() == Some('\'')).then_some(c)
}

/// Whether the parser's events go on after one.
enum Step {
    More,
    End,
}

/// A document being built from parser events: the collections still open, the anchored
/// values, and the size so far (bounded against alias bombs).
#[derive(Default)]
struct Builder {
    out: Parsed,
    stack: Vec<Frame>,
    // Anchored values with their size, so an alias costs a lookup, not a walk of the value.
    anchors: HashMap<usize, (Node, Size)>,
    size: Size,
    documents: usize,
}

impl Builder {
    /// Takes one event; an error stops the parse.
    fn event(&mut self, event: Event, pos: Pos) -> Result<Step, ParseError> {
        let finished = match event {
            Event::StreamEnd => return Ok(Step::End),
            Event::DocumentStart => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(ParseError {
                        kind: ParseErrorKind::MultipleDocuments,
                        pos,
                        message: crate::t!("finding-second-document"),
                    });
                }
                None
            }
            Event::Nothing | Event::StreamStart | Event::DocumentEnd => None,
            // Tags (`!!int`) would make a text something else behind the reader's back;
            // the format has no use for them.
            Event::Scalar(_, _, _, Some(_))
            | Event::SequenceStart(_, Some(_))
            | Event::MappingStart(_, Some(_)) => {
                return Err(ParseError {
                    kind: ParseErrorKind::Syntax(Syntax::Markup),
                    pos,
                    message: Syntax::Markup.message(""),
                });
            }
            Event::Scalar(text, style, anchor, None) => {
                Some(self.scalar(text, style, anchor, pos)?)
            }
            Event::Alias(id) => Some(self.alias(id, pos)?),
            Event::SequenceStart(anchor, None) => {
                self.open(pos, Frame::seq(pos, anchor))?;
                None
            }
            Event::MappingStart(anchor, None) => {
                self.open(pos, Frame::map(pos, anchor))?;
                None
            }
            Event::SequenceEnd | Event::MappingEnd => self.close(),
        };
        if let Some(node) = finished {
            self.attach(node);
        }
        Ok(Step::More)
    }

    fn scalar(
        &mut self,
        text: String,
        style: TScalarStyle,
        anchor: usize,
        pos: Pos,
    ) -> Result<Node, ParseError> {
        if style == TScalarStyle::DoubleQuoted
            && (may_hold_control(text.as_bytes()) || text.contains(is_bidi_control))
            && let Some(c) = text.chars().find(|&c| {
                (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || is_bidi_control(c)
            })
        {
            return Err(ParseError {
                kind: ParseErrorKind::ControlCharacter,
                pos,
                message: crate::t!(
                    "finding-control-character",
                    code = format!("U+{:04X}", c as u32)
                ),
            });
        }
        let node = Node {
            value: Value::Scalar {
                text,
                plain: style == TScalarStyle::Plain,
            },
            pos,
        };
        self.size = self.size.plus(Size {
            nodes: 1,
            bytes: text_len(&node),
        });
        if anchor > 0 {
            self.anchors.insert(anchor, (node.clone(), node.size()));
        }
        Ok(node)
    }

    /// A copy of the anchored value, at the alias's position.
    fn alias(&mut self, id: usize, pos: Pos) -> Result<Node, ParseError> {
        let Some((target, target_size)) = self.anchors.get(&id) else {
            return Err(ParseError {
                kind: ParseErrorKind::Syntax(Syntax::Anchor),
                pos,
                message: crate::t!("finding-unknown-anchor"),
            });
        };
        self.size = self.size.plus(*target_size);
        if self.size.too_large() {
            return Err(ParseError {
                kind: ParseErrorKind::Limit,
                pos,
                message: crate::t!(
                    "finding-alias-bomb",
                    nodes = MAX_NODES,
                    mib = MAX_EXPANDED_BYTES / (1024 * 1024)
                ),
            });
        }
        let mut node = target.clone();
        node.pos = pos;
        Ok(node)
    }

    /// Where the innermost collection still open starts, when it is a flow collection
    /// (`[…]` or `{…}`) rather than an indented one.
    fn open_flow(&self, text: &str) -> Option<Pos> {
        let pos = match self.stack.last()? {
            Frame::Seq { pos, .. } | Frame::Map { pos, .. } => *pos,
        };
        let line = text.lines().nth(pos.line.checked_sub(1)? as usize)?;
        let opener = line.chars().nth(pos.column.checked_sub(1)? as usize)?;
        matches!(opener, '[' | '{').then_some(pos)
    }

    fn open(&mut self, pos: Pos, frame: Frame) -> Result<(), ParseError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(ParseError {
                kind: ParseErrorKind::Limit,
                pos,
                message: crate::t!("finding-too-deep", depth = MAX_DEPTH),
            });
        }
        self.size = self.size.plus(Size::ONE);
        self.stack.push(frame);
        Ok(())
    }

    /// The collection just ended, as a node.
    fn close(&mut self) -> Option<Node> {
        let (node, anchor) = match self.stack.pop()? {
            Frame::Seq { pos, anchor, items } => (
                Node {
                    value: Value::Seq(items),
                    pos,
                },
                anchor,
            ),
            Frame::Map {
                pos,
                anchor,
                entries,
                ..
            } => (
                Node {
                    value: Value::Map(entries),
                    pos,
                },
                anchor,
            ),
        };
        if anchor > 0 {
            let node_size = node.size();
            self.anchors.insert(anchor, (node.clone(), node_size));
        }
        Some(node)
    }

    /// Adds a finished value to the collection it is in: an item of a sequence, a key or
    /// value of a mapping (a repeated key is reported and its value dropped), or the root.
    fn attach(&mut self, node: Node) {
        match self.stack.last_mut() {
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map {
                pos,
                entries,
                key,
                seen,
                ..
            }) => match key.take() {
                None => {
                    // A block mapping starts at its first key; the parser marks the `:`.
                    if entries.is_empty() && node.pos < *pos {
                        *pos = node.pos;
                    }
                    *key = Some(node);
                }
                Some(k) => {
                    if let Some(first) = duplicate_of(entries, seen, &k) {
                        self.out.errors.push(ParseError {
                            kind: ParseErrorKind::DuplicateKey,
                            pos: k.pos,
                            message: crate::t!(
                                "finding-duplicate-key",
                                key = scalar_text(&k).unwrap_or("?"),
                                line = first.line
                            ),
                        });
                    } else {
                        entries.push((k, node));
                    }
                }
            },
            None => self.out.root = Some(node),
        }
    }

    /// The result at the end of the stream: a document that is missing or null is an
    /// empty file.
    fn finish(mut self) -> Parsed {
        let out = &mut self.out;
        if out.root.as_ref().is_none_or(Node::is_null) && out.errors.is_empty() {
            out.root = None;
            out.errors.push(ParseError {
                kind: ParseErrorKind::Empty,
                pos: Pos { line: 1, column: 1 },
                message: crate::t!("finding-empty-file"),
            });
        }
        self.out
    }
}

impl Frame {
    fn seq(pos: Pos, anchor: usize) -> Frame {
        Frame::Seq {
            pos,
            anchor,
            items: Vec::new(),
        }
    }

    fn map(pos: Pos, anchor: usize) -> Frame {
        Frame::Map {
            pos,
            anchor,
            entries: Vec::new(),
            key: None,
            seen: None,
        }
    }
}

fn scalar_text(node: &Node) -> Option<&str> {
    match &node.value {
        Value::Scalar { text, .. } => Some(text),
        _ => None,
    }
}

/// A bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): text
/// holding one shows in another order than it is stored, so plan refuses them like control
/// characters.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// False when `bytes` (UTF-8) certainly hold no control character but tab, LF and CR: no
/// C0 byte but those, no DEL, no 0xC2 (the lead byte of C1 controls, and of a few symbols
/// such as the no-break space). Written without branches so it runs over whole files fast.
pub(crate) fn may_hold_control(bytes: &[u8]) -> bool {
    bytes.iter().fold(false, |found, &b| {
        found
            | ((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r'))
            | (b == 0x7f)
            | (b == 0xc2)
    })
}

fn text_len(node: &Node) -> usize {
    scalar_text(node).map_or(0, str::len)
}

/// Where `key` was first written in the mapping, if it is a repeat; a mapping past
/// [`SCAN_KEYS`] keys keeps its keys in `seen`, so 100,000 keys cost 100,000 lookups.
/// A key that is new is recorded in `seen` (the caller then adds it to `entries`).
fn duplicate_of(
    entries: &[(Node, Node)],
    seen: &mut Option<HashMap<String, Pos>>,
    key: &Node,
) -> Option<Pos> {
    let text = scalar_text(key)?;
    if seen.is_none() && entries.len() >= SCAN_KEYS {
        *seen = Some(
            entries
                .iter()
                .filter_map(|(k, _)| Some((scalar_text(k)?.to_string(), k.pos)))
                .collect(),
        );
    }
    match seen {
        None => entries
            .iter()
            .find(|(k, _)| scalar_text(k) == Some(text))
            .map(|(k, _)| k.pos),
        Some(seen) => match seen.entry(text.to_string()) {
            std::collections::hash_map::Entry::Occupied(first) => Some(*first.get()),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(key.pos);
                None
            }
        },
    }
}

/// Writes any serialisable value as a YAML document in block style. A text is written
/// plain only when no YAML reader could take it for anything else (a word such as `K3` or
/// `started`); every other text is double-quoted, so `2024-01-15`, `yes`, `0042` and `1e3`
/// stay texts in YAML 1.1 readers (PyYAML, Excel add-ins) as well as 1.2 ones.
pub(crate) fn to_string<T: serde::Serialize>(value: &T) -> anyhow::Result<String> {
    let mut out = String::new();
    match serde_json::to_value(value)? {
        serde_json::Value::Object(map) if !map.is_empty() => emit_map(&mut out, &map, 0, false),
        other => {
            out.push_str(&scalar(&other));
            out.push('\n');
        }
    }
    Ok(out)
}

/// A YAML mapping written an entry at a time, and a list's elements one at a time, as
/// [`to_string`] writes the whole mapping: a large export is never whole in memory.
pub(crate) struct MappingWriter<'a> {
    out: &'a mut dyn std::io::Write,
    text: String,
}

impl<'a> MappingWriter<'a> {
    pub(crate) fn new(out: &'a mut dyn std::io::Write) -> Self {
        MappingWriter {
            out,
            text: String::new(),
        }
    }

    /// Writes `key: value`.
    pub(crate) fn entry<T: serde::Serialize>(
        &mut self,
        key: &str,
        value: &T,
    ) -> std::io::Result<()> {
        let mut map = JsonMap::new();
        map.insert(key.to_string(), serde_json::to_value(value)?);
        self.text.clear();
        emit_map(&mut self.text, &map, 0, false);
        self.out.write_all(self.text.as_bytes())
    }

    /// Writes `key:` and the list's elements, each converted and written before the next is
    /// made.
    pub(crate) fn list<T: serde::Serialize>(
        &mut self,
        key: &str,
        elements: impl Iterator<Item = T>,
    ) -> std::io::Result<()> {
        let mut elements = elements.peekable();
        if elements.peek().is_none() {
            return self.entry(key, &[(); 0]);
        }
        writeln!(self.out, "{}:", text(key))?;
        for element in elements {
            self.text.clear();
            emit_seq(&mut self.text, &[serde_json::to_value(element)?], 0);
            self.out.write_all(self.text.as_bytes())?;
        }
        Ok(())
    }
}

type JsonMap = serde_json::Map<String, serde_json::Value>;

/// Writes a mapping's entries at `indent`; the first one follows a `- ` already written.
fn emit_map(out: &mut String, map: &JsonMap, indent: usize, after_dash: bool) {
    for (i, (key, value)) in map.iter().enumerate() {
        if i > 0 || !after_dash {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str(&text(key));
        out.push(':');
        match value {
            serde_json::Value::Object(m) if !m.is_empty() => {
                out.push('\n');
                emit_map(out, m, indent + 2, false);
            }
            serde_json::Value::Array(a) if !a.is_empty() => {
                out.push('\n');
                emit_seq(out, a, indent);
            }
            other => {
                out.push(' ');
                out.push_str(&scalar(other));
                out.push('\n');
            }
        }
    }
}

fn emit_seq(out: &mut String, seq: &[serde_json::Value], indent: usize) {
    for value in seq {
        out.push_str(&" ".repeat(indent));
        match value {
            serde_json::Value::Object(m) if !m.is_empty() => {
                out.push_str("- ");
                emit_map(out, m, indent + 2, true);
            }
            serde_json::Value::Array(a) if !a.is_empty() => {
                out.push_str("-\n");
                emit_seq(out, a, indent + 2);
            }
            other => {
                out.push_str("- ");
                out.push_str(&scalar(other));
                out.push('\n');
            }
        }
    }
}

fn scalar(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => text(s),
        serde_json::Value::Object(_) => "{}".into(),
        serde_json::Value::Array(_) => "[]".into(),
        other => other.to_string(),
    }
}

/// A text, plain if it is a word no YAML reader takes for a number, date, boolean or null;
/// otherwise double-quoted (JSON's quoting is valid YAML).
fn text(s: &str) -> String {
    const SPECIAL: &[&str] = &[
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf",
    ];
    let word = s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !SPECIAL.contains(&s.to_ascii_lowercase().as_str());
    if word {
        s.to_string()
    } else {
        serde_json::Value::String(s.to_string()).to_string()
    }
}

/// Parses text into a generic value the way a plain serde_yaml user would: the benchmark's
/// floor, to which `plan validate` is compared.
pub fn parse_generic(text: &str) -> Result<serde_yaml::Value, String> {
    serde_yaml::from_str(text).map_err(|e| e.to_string())
}

/// Reads text into a JSON value the way editors and other YAML tools see it (an unquoted
/// `3403` is a number), for checking files against the JSON Schemas in `schema/`.
pub fn to_json(text: &str) -> Result<serde_json::Value, String> {
    serde_yaml::from_str(text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(text: &str) -> Node {
        let parsed = parse(text);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        parsed.root.unwrap()
    }

    #[test]
    fn positions_point_at_values() {
        let node = root("id: K1\nlinks:\n  - K2\n  - K3\n");
        let Value::Map(entries) = node.value else {
            panic!()
        };
        assert_eq!(entries[0].0.pos, Pos { line: 1, column: 1 });
        assert_eq!(entries[0].1.pos, Pos { line: 1, column: 5 });
        let Value::Seq(links) = &entries[1].1.value else {
            panic!()
        };
        assert_eq!(links[1].pos, Pos { line: 4, column: 5 });
    }

    #[test]
    fn block_mappings_start_at_their_first_key() {
        let node =
            root("id: K1\nsources:\n  - title: T\n    section: S\nperiod: {start: '2024'}\n");
        assert_eq!(node.pos, Pos { line: 1, column: 1 });
        let Value::Map(entries) = node.value else {
            panic!()
        };
        let Value::Seq(sources) = &entries[1].1.value else {
            panic!()
        };
        assert_eq!(sources[0].pos, Pos { line: 3, column: 5 });
        assert_eq!(entries[2].1.pos, Pos { line: 5, column: 9 });
    }

    #[test]
    fn quoted_scalars_are_not_plain() {
        let node = root("a: '3403'\nb: 3403\n");
        let Value::Map(entries) = node.value else {
            panic!()
        };
        assert_eq!(
            entries[0].1.value,
            Value::Scalar {
                text: "3403".into(),
                plain: false
            }
        );
        assert_eq!(
            entries[1].1.value,
            Value::Scalar {
                text: "3403".into(),
                plain: true
            }
        );
    }

    #[test]
    fn duplicate_keys_are_reported_with_both_lines() {
        let parsed = parse("id: K1\ntitle: a\nid: K2\n");
        assert_eq!(parsed.errors.len(), 1);
        assert_eq!(parsed.errors[0].kind, ParseErrorKind::DuplicateKey);
        assert_eq!(parsed.errors[0].pos.line, 3);
        assert!(parsed.errors[0].message.contains("line 1"));
    }

    #[test]
    fn syntax_errors_are_told_by_kind_not_in_the_scanners_words() {
        let kind = |text: &str| parse(text).errors[0].kind;
        let syntax = ParseErrorKind::Syntax;
        assert_eq!(kind("title: a: b\n"), syntax(Syntax::MappingValue));
        assert_eq!(kind("id: K1\n  title: x\n"), syntax(Syntax::IndentedField));
        assert_eq!(kind("title: \"abc\nid: K1\n"), syntax(Syntax::QuotedText));
        assert_eq!(kind("id: !!int K1\n"), syntax(Syntax::Markup));
        assert_eq!(kind("links: !!set {a}\n"), syntax(Syntax::Markup));
        assert_eq!(kind("title: @x\n"), syntax(Syntax::UnexpectedCharacter));
        assert_eq!(kind("title: \"abc\n"), syntax(Syntax::QuotedText));
        assert_eq!(kind("title: \"a\\qb\"\n"), syntax(Syntax::Escape));
        assert_eq!(kind("links: [a, b\n"), syntax(Syntax::Flow));
        assert_eq!(kind("title: *foo\n"), syntax(Syntax::Anchor));
        assert_eq!(kind("id: K1\n\ttitle: x\n"), ParseErrorKind::Tab);
        let parsed = parse("title: @x\n");
        assert_eq!(parsed.errors[0].pos, Pos { line: 1, column: 8 });
        assert!(parsed.errors[0].message.contains("`@`"));
    }

    #[test]
    fn the_scanners_messages_fall_into_kinds() {
        assert_eq!(
            Syntax::of("while parsing a block mapping, did not find expected key"),
            Syntax::ExpectedKey
        );
        assert_eq!(Syntax::of("invalid indentation"), Syntax::Indentation);
        assert_eq!(
            Syntax::of("invalid indentation in quoted scalar"),
            Syntax::QuotedText
        );
        assert_eq!(
            Syntax::of("block sequence entries are not allowed in this context"),
            Syntax::ListEntry
        );
        assert_eq!(
            Syntax::of("wrongly indented line in block scalar"),
            Syntax::BlockText
        );
        assert_eq!(
            Syntax::of("while scanning a directive, found unknown directive name"),
            Syntax::Markup
        );
        assert_eq!(Syntax::of("unexpected eof"), Syntax::Other);
        assert_eq!(character_named("unexpected character: `@'"), Some('@'));
    }

    #[test]
    fn empty_and_comment_only_files_are_empty() {
        for text in ["", "# just a comment\n", "---\n", "~\n"] {
            let parsed = parse(text);
            assert_eq!(parsed.errors[0].kind, ParseErrorKind::Empty, "{text:?}");
        }
    }

    #[test]
    fn alias_bomb_is_bounded() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let refs = vec![format!("*a{}", i - 1); 10].join(", ");
            text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        let parsed = parse(&text);
        assert_eq!(parsed.errors[0].kind, ParseErrorKind::Limit);
    }

    #[test]
    fn alias_bomb_of_long_texts_is_bounded_by_bytes() {
        let long = "x".repeat(1024 * 1024);
        let aliases = vec!["*a"; 20].join(", ");
        let parsed = parse(&format!("a: &a {long}\nb: [{aliases}]\n"));
        assert_eq!(parsed.errors[0].kind, ParseErrorKind::Limit);
    }

    #[test]
    fn duplicate_keys_in_a_large_mapping_are_found() {
        let mut text: String = (0..1000).map(|i| format!("k{i}: v\n")).collect();
        text.push_str("k7: again\n");
        let parsed = parse(&text);
        assert_eq!(parsed.errors.len(), 1);
        assert_eq!(parsed.errors[0].pos.line, 1001);
        assert!(parsed.errors[0].message.contains("line 8"));
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let text = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let parsed = parse(&text);
        assert_eq!(parsed.errors[0].kind, ParseErrorKind::Limit);
        let text = (0..200)
            .map(|i| format!("{}k:\n", "  ".repeat(i)))
            .collect::<String>();
        assert_eq!(parse(&text).errors[0].kind, ParseErrorKind::Limit);
    }

    #[test]
    fn syntax_errors_have_positions() {
        let parsed = parse("id: K1\ntitle: [unclosed\n");
        assert_eq!(parsed.errors[0].kind, ParseErrorKind::Syntax(Syntax::Flow));
        assert!(parsed.errors[0].pos.line >= 2);
    }

    #[test]
    fn written_texts_stay_texts() {
        let value = serde_json::json!({
            "id": "K3",
            "texts": ["2024-01-15", "yes", "No", "0042", "1e3", "~", "", "a: b", "-x", "Ærlig"],
            "n": 3,
            "empty": [],
            "nested": [{"a": 1, "b": ["x"]}, [1, 2]],
        });
        let written = to_string(&value).unwrap();
        assert!(written.starts_with("id: K3\ntexts:\n- \"2024-01-15\"\n- \"yes\"\n- \"No\"\n"));
        assert_eq!(
            serde_json::to_value(parse_generic(&written).unwrap()).unwrap(),
            value
        );
    }

    /// Texts a YAML 1.1 or 1.2 reader would take for a boolean, null, number, date, time,
    /// merge key, tag, anchor, alias, comment, directive or block scalar are quoted; only
    /// plain words are written bare.
    #[test]
    fn every_text_another_type_could_be_read_as_is_quoted() {
        let others = [
            "y",
            "Y",
            "n",
            "N",
            "yes",
            "No",
            "on",
            "OFF",
            "true",
            "False",
            "null",
            "NULL",
            "~",
            ".inf",
            "-.inf",
            ".NaN",
            "nan",
            "inf",
            "0x1F",
            "0o17",
            "0b101",
            "+12",
            "-3",
            "1_000",
            "1e3",
            "12:30",
            "2024-01-15",
            "<<",
            "!x",
            "&a",
            "*a",
            "#c",
            "@x",
            "`x",
            "%x",
            "|",
            ">",
            "?",
            "- a",
            "a: b",
            " lead",
            "trail ",
            "line\nbreak",
            "",
        ];
        for text in others {
            assert!(
                super::text(text).starts_with('"'),
                "{text:?} is written bare"
            );
            let written = to_string(&serde_json::json!({ "t": text })).unwrap();
            let read = serde_json::to_value(parse_generic(&written).unwrap()).unwrap();
            assert_eq!(read["t"], serde_json::json!(text), "{written}");
        }
        assert_eq!(super::text("K3"), "K3");
        assert_eq!(super::text("digi-mr"), "digi-mr");
    }

    #[test]
    fn control_characters_are_spotted() {
        assert!(!may_hold_control("Kompetanseløft: æøå\t\r\n".as_bytes()));
        for text in ["a\0b", "\u{1b}[31m", "\u{7f}", "\u{85}", "\u{9b}"] {
            assert!(may_hold_control(text.as_bytes()), "{text:?}");
        }
        let parsed = parse("title: \"a\\e[31mb\"\n");
        assert_eq!(parsed.errors[0].kind, ParseErrorKind::ControlCharacter);
        assert_eq!(parsed.errors[0].pos, Pos { line: 1, column: 8 });
    }

    #[test]
    fn second_document_is_refused() {
        let parsed = parse("a: 1\n---\nb: 2\n");
        assert_eq!(parsed.errors[0].kind, ParseErrorKind::MultipleDocuments);
    }
}
