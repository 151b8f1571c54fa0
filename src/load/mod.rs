//! Files on disk → typed entities with source locations, plus findings for every file that
//! could not be read, parsed or decoded.
//!
//! The walk never stops at a bad file: unreadable, oversized, non-UTF-8, empty and malformed
//! files each become a finding and the rest of the repository is still read.

pub(crate) mod decode;

pub(crate) use decode::Prose;
pub(crate) mod git;
pub(crate) mod workbook;

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::diagnostic::{Code, Diagnostic};
use crate::format::EntityKind;
use rayon::prelude::*;

use crate::model::Pos;
use crate::model::{Body, Document, Entities, Item, Municipality, Programme, Region};
use crate::t;
use crate::yaml::{self, ParseErrorKind, Syntax};

/// Files larger than this are refused: the largest real item is a few kilobytes.
pub(crate) const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// A YAML file found under the data folder.
#[derive(Debug, Clone)]
pub(crate) struct SourceFile {
    /// Path as shown to users: the data folder as given, joined with the file's relative path.
    pub(crate) path: String,
    pub(crate) kind: Option<EntityKind>,
    /// False for a file of a known kind whose entity could not be read (unreadable, bad
    /// YAML): its id is known to be unknown, not missing.
    pub(crate) loaded: bool,
    /// Where the text can be had again, for excerpts in findings.
    pub(crate) text: Text,
}

/// Where a file's text is after loading. Texts read from disk are not kept: a large
/// repository's texts would double the memory `plan` needs, and only the few files with
/// findings are ever shown.
#[derive(Debug, Clone)]
pub(crate) enum Text {
    /// The file was not read (a folder, an unknown file, an error before reading).
    Unread,
    /// Read again from disk when an excerpt is needed (the path is derived from the
    /// data folder, not stored: a path per file is megabytes in a large repository).
    Disk,
    /// Given in memory (a git revision), kept as decoded.
    Memory(String),
}

impl SourceFile {
    /// The entity this file was meant to hold, when it could not be read: its kind, its
    /// programme (items only; empty otherwise) and its id, taken from the path.
    pub(crate) fn failed_entity(&self) -> Option<(EntityKind, &str, &str)> {
        let kind = self.kind.filter(|_| !self.loaded)?;
        let mut parts = self.path.rsplit('/');
        let stem = parts.next()?.strip_suffix(".yaml")?;
        Some(match kind {
            EntityKind::Programme => (kind, "", parts.next()?),
            EntityKind::Item => (kind, parts.nth(1)?, stem),
            _ => (kind, "", stem),
        })
    }

    /// The file's text as it was decoded (byte-order mark dropped); `None` when it could
    /// not be read.
    pub(crate) fn contents(&self, source: &Source) -> Option<String> {
        match &self.text {
            Text::Unread => None,
            Text::Disk => {
                let root = source.root.as_ref()?;
                let relative = match source.display_root.as_str() {
                    "" => self.path.as_str(),
                    prefix => self.path.strip_prefix(prefix)?.strip_prefix('/')?,
                };
                read_text(&root.join(relative), &self.path).ok()
            }
            Text::Memory(text) => Some(text.clone()),
        }
    }
}

/// Where files were loaded from: the data folder on disk (none for files read from git)
/// and the prefix their paths are shown with.
#[derive(Debug, Clone, Default)]
pub(crate) struct Source {
    pub(crate) root: Option<PathBuf>,
    pub(crate) display_root: String,
}

/// Everything read from a data folder.
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    pub(crate) source: Source,
    pub(crate) files: Vec<SourceFile>,
    pub(crate) entities: Entities,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Reads every YAML file under `root`. Fails only when `root` itself cannot be read.
///
/// Files are read, parsed and decoded in parallel; results are gathered in path order, so
/// the outcome is the same on every run.
pub(crate) fn load(root: &Path, display_root: &str, prose: Prose) -> Result<Loaded> {
    let meta = std::fs::metadata(root).with_context(|| {
        crate::t!(
            "error-cannot-read-data-folder",
            path = root.display().to_string()
        )
    })?;
    if !meta.is_dir() {
        bail!(
            "{}",
            crate::t!("error-not-a-folder", path = root.display().to_string())
        );
    }
    let (found, walk_findings) = walk(root, display_root)?;
    let mut loaded = Loaded {
        source: Source {
            root: Some(root.to_path_buf()),
            display_root: display_root.to_string(),
        },
        diagnostics: walk_findings,
        ..Loaded::default()
    };
    let items = found
        .iter()
        .filter(|(relative, is_dir)| {
            let parts: Vec<&str> = relative.iter().map(String::as_str).collect();
            !is_dir && EntityKind::of_path(&parts) == Some(EntityKind::Item)
        })
        .count();
    loaded.entities.items.reserve_exact(items);
    // In chunks, each moved into the model before the next is read: only one chunk of
    // decoded files is ever held twice, however large the repository.
    let mut found = found.into_iter();
    loop {
        let chunk: Vec<Found> = found.by_ref().take(CHUNK_FILES).collect();
        if chunk.is_empty() {
            break;
        }
        let results: Vec<FileResult> = chunk
            .into_par_iter()
            .map(|(relative, is_dir)| {
                let full = root.join(relative.join("/"));
                load_one(display_root, &relative, is_dir, prose, |shown| {
                    read_text(&full, shown).map(|text| (text, true))
                })
            })
            .collect();
        loaded.absorb(results);
    }
    Ok(loaded)
}

/// A YAML name found in the walk: its path parts relative to the data folder, and whether it
/// is a folder.
type Found = (Vec<String>, bool);

/// The YAML files under `root`, in path order, and findings for what could not or must not be read. Symbolic
/// links are never followed: one that leads out of the data folder could show any file on
/// the machine in a finding, and one that stays inside would read a file twice. FIFOs,
/// sockets and devices are never opened (reading a FIFO waits forever).
fn walk(root: &Path, display_root: &str) -> Result<(Vec<Found>, Vec<Diagnostic>)> {
    let canonical_root = root.canonicalize().with_context(|| {
        crate::t!(
            "error-cannot-read-data-folder",
            path = root.display().to_string()
        )
    })?;
    let mut findings = Vec::new();
    let mut found = Vec::new();
    let walker = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                findings.push(walk_error(display_root, root, &err));
                continue;
            }
        };
        let relative: Vec<String> = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let shown = || join_display(display_root, &relative);
        let yaml_name = is_yaml_name(&entry.file_name().to_string_lossy());
        let file_type = entry.file_type();
        if file_type.is_symlink() && entry.depth() > 0 {
            findings.extend(symlink_finding(
                &canonical_root,
                display_root,
                entry.path(),
                &shown(),
                yaml_name,
            ));
        } else if !file_type.is_file() && !file_type.is_dir() && !file_type.is_symlink() {
            findings.push(
                Diagnostic::new(
                    Code::SpecialFile,
                    &shown(),
                    Pos { line: 1, column: 1 },
                    t!("finding-special-file"),
                )
                .with_help(t!("finding-special-file-help")),
            );
        } else if yaml_name {
            found.push((relative, file_type.is_dir()));
        }
    }
    Ok((found, findings))
}

/// Files by path relative to the data folder, with their bytes.
pub(crate) type RawFiles = Vec<(String, Vec<u8>)>;

/// The bytes of every YAML file the loader would read under `root`, by path relative to it
/// (with `/`), and the walk's findings: symbolic links and special files are left unread
/// exactly as [`load`] leaves them. For writing commands, which edit the bytes and load the
/// result from memory; a folder named like a YAML file has no bytes and is left out.
pub(crate) fn read_raw(root: &Path, display_root: &str) -> Result<(RawFiles, Vec<Diagnostic>)> {
    let (found, findings) = walk(root, display_root)?;
    let mut files = Vec::with_capacity(found.len());
    for (relative, is_dir) in found {
        if is_dir {
            continue;
        }
        let path = relative.join("/");
        let full = root.join(&path);
        let mut bytes = Vec::new();
        File::open(&full)
            .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
            .with_context(|| crate::t!("error-cannot-read", path = full.display().to_string()))?;
        files.push((path, bytes));
    }
    Ok((files, findings))
}

/// The finding for a symbolic link met in the walk (never followed): where it leads, said
/// without reading the target. A link to a file plan would not read anyway, inside the data
/// folder, is left alone.
fn symlink_finding(
    canonical_root: &Path,
    display_root: &str,
    link: &Path,
    shown: &str,
    yaml_name: bool,
) -> Option<Diagnostic> {
    let start = Pos { line: 1, column: 1 };
    let target = match link.canonicalize() {
        Ok(target) => target,
        Err(e) => {
            return yaml_name.then(|| {
                let reason = crate::i18n::io_error(&e);
                Diagnostic::new(
                    Code::IoError,
                    shown,
                    start,
                    t!("finding-cannot-read", reason = reason),
                )
            });
        }
    };
    let help = t!("finding-symlink-help");
    if !target.starts_with(canonical_root) {
        return Some(
            Diagnostic::new(Code::Symlink, shown, start, t!("finding-symlink-outside"))
                .with_help(help),
        );
    }
    if link
        .parent()
        .and_then(|p| p.canonicalize().ok())
        .is_some_and(|p| p.starts_with(&target))
    {
        let inside: Vec<String> = target
            .strip_prefix(canonical_root)
            .unwrap_or(&target)
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let ancestor = join_display(display_root, &inside);
        return Some(
            Diagnostic::new(
                Code::SymlinkLoop,
                shown,
                start,
                t!("finding-symlink-loop", target = ancestor),
            )
            .with_help(t!("finding-symlink-loop-help")),
        );
    }
    (yaml_name || target.is_dir()).then(|| {
        Diagnostic::new(Code::Symlink, shown, start, t!("finding-symlink")).with_help(help)
    })
}

/// Files read in parallel between two merges into the model.
const CHUNK_FILES: usize = 4096;

/// Loads files given as (path relative to the data folder, contents), such as files read
/// from a git revision. Same findings as [`load`] for the same contents.
pub(crate) fn load_memory(
    display_root: &str,
    files: Vec<(String, Vec<u8>)>,
    prose: Prose,
) -> Loaded {
    let mut files = files;
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let results: Vec<FileResult> = files
        .into_par_iter()
        .filter(|(path, _)| is_yaml_name(path))
        .filter(|(path, _)| !path.split('/').any(|part| part.starts_with('.')))
        .map(|(path, bytes)| {
            let relative: Vec<String> = path.split('/').map(str::to_string).collect();
            load_one(display_root, &relative, false, prose, |shown| {
                decode_text(bytes, shown).map(|text| (text, false))
            })
        })
        .collect();
    assemble(results, display_root)
}

/// What one file yields.
struct FileResult {
    file: Option<SourceFile>,
    entity: Option<Entity>,
    diagnostics: Vec<Diagnostic>,
}

enum Entity {
    Programme(Programme),
    // Boxed: items are the largest entity, and most files hold one.
    Item(Box<Item>),
    Body(Body),
    Region(Region),
    Municipality(Municipality),
    Document(Document),
}

fn assemble(results: Vec<FileResult>, display_root: &str) -> Loaded {
    let mut loaded = Loaded {
        source: Source {
            root: None,
            display_root: display_root.to_string(),
        },
        ..Loaded::default()
    };
    loaded.absorb(results);
    loaded
}

impl Loaded {
    /// Moves files' results into the model, in order.
    fn absorb(&mut self, results: Vec<FileResult>) {
        for result in results {
            self.diagnostics.extend(result.diagnostics);
            self.files.extend(result.file);
            let e = &mut self.entities;
            match result.entity {
                Some(Entity::Programme(x)) => e.programmes.push(x),
                Some(Entity::Item(x)) => e.items.push(*x),
                Some(Entity::Body(x)) => e.bodies.push(x),
                Some(Entity::Region(x)) => e.regions.push(x),
                Some(Entity::Municipality(x)) => e.municipalities.push(x),
                Some(Entity::Document(x)) => e.documents.push(x),
                None => {}
            }
        }
    }
}

/// Classifies, reads (through `read`, which also gives the path to read the text again
/// from, if it came from disk), parses and decodes one file. Text from disk and the parsed
/// tree are dropped before returning.
fn load_one(
    display_root: &str,
    relative: &[String],
    is_dir: bool,
    prose: Prose,
    read: impl FnOnce(&str) -> Result<(String, bool), Diagnostic>,
) -> FileResult {
    let path = join_display(display_root, relative);
    let start = Pos { line: 1, column: 1 };
    let mut result = FileResult {
        file: None,
        entity: None,
        diagnostics: Vec::new(),
    };
    if is_dir {
        result.diagnostics.push(
            Diagnostic::new(
                Code::UnknownFile,
                &path,
                start,
                t!("finding-folder-named-yaml"),
            )
            .with_help(t!("finding-folder-named-yaml-help")),
        );
        return result;
    }
    let part_refs: Vec<&str> = relative.iter().map(String::as_str).collect();
    let mut kind = EntityKind::of_path(&part_refs);
    let name = relative.last().map_or("", String::as_str);
    if !name.ends_with(".yaml") {
        let extension = name.rsplit('.').next().unwrap_or("");
        result.diagnostics.push(
            Diagnostic::new(
                Code::UnknownFile,
                &path,
                start,
                t!("finding-yml", extension = extension),
            )
            .with_help(t!("finding-yml-help")),
        );
        kind = None;
    } else if kind.is_none() {
        result.diagnostics.push(
            Diagnostic::new(Code::UnknownFile, &path, start, t!("finding-unknown-file"))
                .with_help(t!("finding-unknown-file-help")),
        );
    }
    let mut file = SourceFile {
        path,
        kind,
        loaded: false,
        text: Text::Unread,
    };
    if let Some(kind) = kind {
        match read(&file.path) {
            Ok((text, disk)) => {
                result.entity =
                    decode_file(&file.path, &text, kind, prose, &mut result.diagnostics);
                file.loaded = result.entity.is_some();
                file.text = if disk { Text::Disk } else { Text::Memory(text) };
            }
            Err(diagnostic) => result.diagnostics.push(diagnostic),
        }
    }
    result.file = Some(file);
    result
}

/// True for names ending in `.yaml` or `.yml`, in any case (`.YAML` is a YAML file too, and
/// gets the finding a `.yml` file gets).
pub(crate) fn is_yaml_name(name: &str) -> bool {
    let lower = name
        .get(name.len().saturating_sub(5)..)
        .unwrap_or(name)
        .to_ascii_lowercase();
    lower.ends_with(".yaml") || lower.ends_with(".yml")
}

fn join_display(root: &str, parts: &[String]) -> String {
    let relative = parts.join("/");
    if relative.is_empty() {
        root.to_string()
    } else if root.is_empty() {
        relative
    } else {
        format!("{root}/{relative}")
    }
}

fn walk_error(display_root: &str, root: &Path, err: &walkdir::Error) -> Diagnostic {
    let path = err.path().map(PathBuf::from).unwrap_or_default();
    let relative: Vec<String> = path
        .strip_prefix(root)
        .unwrap_or(&path)
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let shown = join_display(display_root, &relative);
    let start = Pos { line: 1, column: 1 };
    match err.loop_ancestor() {
        Some(ancestor) => Diagnostic::new(
            Code::SymlinkLoop,
            &shown,
            start,
            t!(
                "finding-symlink-loop",
                target = ancestor.display().to_string()
            ),
        )
        .with_help(t!("finding-symlink-loop-help")),
        None => Diagnostic::new(
            Code::IoError,
            &shown,
            start,
            t!(
                "finding-cannot-read",
                reason = err
                    .io_error()
                    .map_or_else(|| err.to_string(), crate::i18n::io_error)
            ),
        ),
    }
}

/// Reads a file as UTF-8 text within the size limit.
fn read_text(full: &Path, shown: &str) -> Result<String, Diagnostic> {
    let start = Pos { line: 1, column: 1 };
    let io_error = |e: std::io::Error| {
        Diagnostic::new(
            Code::IoError,
            shown,
            start,
            t!("finding-cannot-read", reason = crate::i18n::io_error(&e)),
        )
    };
    let mut file = File::open(full).map_err(io_error)?;
    // Most plan files fit in the first buffer, and asking for their size first would be one
    // more system call per file. A file that does not fit is sized from its metadata, so a
    // huge one is read once into a buffer of the right size, never past the limit.
    const FIRST_BYTES: usize = 16 * 1024;
    const FIRST: u64 = FIRST_BYTES as u64;
    let mut bytes = Vec::with_capacity(FIRST_BYTES);
    (&mut file)
        .take(FIRST)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 == FIRST {
        let size = file
            .metadata()
            .map_or(0, |m| m.len())
            .min(MAX_FILE_BYTES + 1);
        bytes.reserve_exact((size as usize + 1).saturating_sub(bytes.len()));
        file.take(MAX_FILE_BYTES + 1 - FIRST)
            .read_to_end(&mut bytes)
            .map_err(io_error)?;
    }
    decode_text(bytes, shown)
}

/// Checks size and UTF-8; a leading byte-order mark is dropped.
fn decode_text(bytes: Vec<u8>, shown: &str) -> Result<String, Diagnostic> {
    let start = Pos { line: 1, column: 1 };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Diagnostic::new(
            Code::FileTooLarge,
            shown,
            start,
            t!(
                "finding-file-too-large",
                mib = MAX_FILE_BYTES / (1024 * 1024)
            ),
        )
        .with_help(t!("finding-file-too-large-help")));
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            if let Some(found) = control_character(&text, shown) {
                return Err(found);
            }
            Ok(lone_cr_to_lf(
                text.strip_prefix('\u{feff}')
                    .map(str::to_string)
                    .unwrap_or(text),
            ))
        }
        Err(err) => {
            if let Some(encoding) = wide_unicode(err.as_bytes()) {
                return Err(Diagnostic::new(
                    Code::NotUtf8,
                    shown,
                    start,
                    t!("finding-not-utf8-wide", encoding = encoding),
                )
                .with_help(t!("finding-not-utf8-wide-help")));
            }
            let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
            let text = String::from_utf8_lossy(valid);
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let line = text.matches('\n').count() + 1;
            let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(Diagnostic::new(
                Code::NotUtf8,
                shown,
                Pos {
                    line: u32::try_from(line).unwrap_or(u32::MAX),
                    column: u32::try_from(column).unwrap_or(u32::MAX),
                },
                t!(
                    "finding-not-utf8",
                    byte = format!("0x{:02X}", err.as_bytes()[valid.len()])
                ),
            )
            .with_help(t!("finding-not-utf8-help")))
        }
    }
}

/// The encoding a file's byte-order mark names when it is UTF-16 or UTF-32, as Windows
/// Notepad's "Unicode" saves: told as such rather than as a stray byte of Latin-1. The
/// UTF-32 LE mark begins with UTF-16 LE's, so it is tried first.
fn wide_unicode(bytes: &[u8]) -> Option<&'static str> {
    const MARKS: [(&[u8], &str); 4] = [
        (b"\xFF\xFE\x00\x00", "UTF-32"),
        (b"\x00\x00\xFE\xFF", "UTF-32"),
        (b"\xFF\xFE", "UTF-16"),
        (b"\xFE\xFF", "UTF-16"),
    ];
    MARKS
        .iter()
        .find(|(mark, _)| bytes.starts_with(mark))
        .map(|&(_, encoding)| encoding)
}

/// The first control character other than tab, line feed and carriage return, as a finding:
/// YAML does not allow them, and a NUL or an escape in a text would cut it short or reach
/// a terminal. Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069) are refused too: they make a text show in another order than it is
/// stored (Trojan Source). Zero-width characters and the implicit marks U+200E/U+200F are
/// not refused here, as prose may need them: the decoder reports them field by field
/// (`invisible-character`, `invisible-in-prose`). Scans bytes,
/// as it runs over every file: C0 controls and DEL are single bytes, C1 controls
/// (U+0080–U+009F) start with 0xC2, the bidirectional controls with 0xE2.
fn control_character(text: &str, shown: &str) -> Option<Diagnostic> {
    let bytes = text.as_bytes();
    if !yaml::may_hold_control(bytes) && !bytes.contains(&0xe2) {
        return None;
    }
    let at = bytes.iter().enumerate().position(|(i, &b)| {
        (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
            || b == 0x7f
            || (b == 0xc2 && bytes.get(i + 1).is_some_and(|n| (0x80..0xa0).contains(n)))
            || (b == 0xe2
                && text
                    .get(i..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(yaml::is_bidi_control))
    })?;
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    let c = text[at..].chars().next().unwrap_or('\0');
    let code = format!("U+{:04X}", c as u32);
    let (message, help) = if yaml::is_bidi_control(c) {
        (
            t!("finding-bidi-control", code = code),
            t!("finding-bidi-control-help"),
        )
    } else {
        (
            t!("finding-control-in-yaml", code = code),
            t!("finding-control-in-yaml-help"),
        )
    };
    Some(
        Diagnostic::new(
            Code::ControlCharacter,
            shown,
            Pos {
                line: u32::try_from(line).unwrap_or(u32::MAX),
                column: u32::try_from(column).unwrap_or(u32::MAX),
            },
            message,
        )
        .with_help(help),
    )
}

/// YAML takes a lone carriage return for a line end, as editors do; writing it as `\n`
/// keeps line numbers in findings and in excerpts the same.
fn lone_cr_to_lf(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// Parses and decodes one file's text into the entity its folder says it holds.
fn decode_file(
    path: &str,
    text: &str,
    kind: EntityKind,
    prose: Prose,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Entity> {
    let parsed = yaml::parse(text);
    for err in &parsed.errors {
        let code = match err.kind {
            ParseErrorKind::Syntax(_) | ParseErrorKind::Tab => Code::YamlSyntax,
            ParseErrorKind::Limit => Code::YamlLimit,
            ParseErrorKind::Empty => Code::EmptyFile,
            ParseErrorKind::MultipleDocuments => Code::YamlSyntax,
            ParseErrorKind::DuplicateKey => Code::DuplicateKey,
            ParseErrorKind::ControlCharacter => Code::ControlCharacter,
        };
        let tab = match err.kind {
            ParseErrorKind::Syntax(_) => indenting_tab(text, err.pos.line, false),
            ParseErrorKind::Tab => indenting_tab(text, err.pos.line, true),
            _ => None,
        };
        let help = match err.kind {
            ParseErrorKind::Syntax(_) | ParseErrorKind::Tab if tab.is_some() => {
                Some(t!("finding-tab-help"))
            }
            ParseErrorKind::Syntax(Syntax::MappingValue) => Some(quote_help(text, err.pos.line)),
            ParseErrorKind::Syntax(Syntax::IndentedField) => {
                Some(t!("finding-indented-field-help"))
            }
            ParseErrorKind::Empty => Some(t!(
                "finding-empty-file-help",
                entity = t!("entity", entity = kind.name())
            )),
            ParseErrorKind::DuplicateKey => Some(t!("finding-duplicate-key-help")),
            ParseErrorKind::ControlCharacter => Some(t!("finding-control-character-help")),
            _ => None,
        };
        // The parser reports a tab where the value it was reading began, often on the line
        // before; point at the tab itself.
        let pos = tab.unwrap_or(err.pos);
        diagnostics.push(Diagnostic::new(code, path, pos, err.message.clone()).with_help_opt(help));
    }
    let root = parsed.root?;
    if parsed
        .errors
        .iter()
        .any(|e| e.kind != ParseErrorKind::DuplicateKey)
    {
        return None;
    }
    let mut decoder = decode::Decoder {
        path,
        diagnostics,
        prose,
    };
    match kind {
        EntityKind::Programme => decoder.programme(&root).map(Entity::Programme),
        EntityKind::Item => decoder.item(&root).map(|i| Entity::Item(Box::new(i))),
        EntityKind::Body => decoder.body(&root).map(Entity::Body),
        EntityKind::Region => decoder.region(&root).map(Entity::Region),
        EntityKind::Municipality => decoder.municipality(&root).map(Entity::Municipality),
        EntityKind::Document => decoder.document(&root).map(Entity::Document),
    }
}

/// Plain words for a `: ` inside an unquoted text, which YAML reads as a second key: put
/// the text in quotes, shown on the line itself when it is a `key: text` line.
fn quote_help(text: &str, line: u32) -> String {
    let general = t!("finding-quote-help");
    let Some(written) = text.lines().nth(line.saturating_sub(1) as usize) else {
        return general;
    };
    let indent = written.len() - written.trim_start_matches([' ', '-']).len();
    let Some((key, value)) = written[indent..].split_once(": ") else {
        return general;
    };
    let value = value.trim().replace('\\', "\\\\").replace('"', "\\\"");
    let quoted = format!("{key}: \"{value}\"");
    if quoted.chars().count() > 100 {
        return general;
    }
    t!("finding-quote-this", quoted = quoted)
}

/// Decodes an item's text with its prose (description, goals, notes): for a command that
/// loaded the repository without prose and shows one item in full. `None` when the text does
/// not decode into an item; its findings are those the load already reported.
pub(crate) fn item_with_prose(path: &str, text: &str) -> Option<Item> {
    let mut already_reported = Vec::new();
    match decode_file(
        path,
        text,
        EntityKind::Item,
        Prose::Keep,
        &mut already_reported,
    ) {
        Some(Entity::Item(item)) => Some(*item),
        _ => None,
    }
}

/// The first tab that indents the error's line or the one before it, or (when the parser
/// says it met a tab) the line after it, where a value continues.
fn indenting_tab(text: &str, line: u32, parser_saw_tab: bool) -> Option<Pos> {
    let lines: Vec<&str> = text.lines().collect();
    let at = line.saturating_sub(1) as usize;
    let mut candidates = vec![at, at.saturating_sub(1)];
    if parser_saw_tab {
        candidates.push(at + 1);
    }
    candidates.into_iter().find_map(|index| {
        let text = lines.get(index)?;
        let indent = &text[..text.len() - text.trim_start_matches([' ', '\t']).len()];
        let column = indent.find('\t')?;
        Some(Pos {
            line: u32::try_from(index + 1).unwrap_or(u32::MAX),
            column: u32::try_from(column + 1).unwrap_or(u32::MAX),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_programme_holds_the_paths_in_its_folder() {
        let programme = load_memory(
            "data",
            vec![(
                "programmes/inn/programme.yaml".into(),
                b"id: inn\nname: I\nowner: b\nlanguage: nb\nthemes: []\nsources: []\n".to_vec(),
            )],
            Prose::Skip,
        )
        .entities
        .programmes
        .remove(0);
        assert!(programme.holds_path("data/programmes/inn/items/K1.yaml"));
        assert!(programme.holds_path("data/programmes/inn/programme.yaml"));
        assert!(!programme.holds_path("data/programmes/innlandet/items/K1.yaml"));
        assert!(!programme.holds_path("data/bodies/inn.yaml"));
    }

    #[test]
    fn bidirectional_controls_are_found_where_they_stand() {
        for c in ['\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}'] {
            let found = control_character(&format!("name: \"A – b\n  c{c}d\""), "x.yaml")
                .unwrap_or_else(|| panic!("U+{:04X} is refused", c as u32));
            assert_eq!(found.code, Code::ControlCharacter);
            assert_eq!((found.line, found.column), (2, 4));
        }
    }

    #[test]
    fn dashes_quotes_and_zero_width_joiners_pass() {
        let text = "name: \"Nord–Sør ‘ok’ … a\u{200d}b\u{200c}c\u{200b}\u{2060}\"";
        assert!(control_character(text, "x.yaml").is_none());
    }
}
