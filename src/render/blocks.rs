//! Text from the data in Markdown, and the shapes of a report item's text (headings, lists,
//! paragraphs, bold labels, links, line breaks, charts) written either as Markdown or
//! straight as the HTML pulldown-cmark makes of that Markdown: items are most of a web
//! report, and converting their Markdown again took a third of its time. A test holds the
//! two writers to each other on random text (and `src/tests.rs` on whole reports).

use crate::indicator::Progress;
use crate::model::Indicator;
use crate::render::chart;
use crate::render::labels::Labels;

/// Text from the data, escaped so Markdown shows it as written (no emphasis, links, HTML or
/// math), on one line. GitHub also makes `@name` a mention and `https://…` a link on its
/// own; a word joiner (U+2060, invisible) after `@` and `:` keeps both plain text.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    escape_into(&mut out, text);
    out
}

/// [`escape`], appended to `out`. Every character it changes is ASCII, so the text is copied
/// in runs between them: reports escape megabytes of descriptions.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    let mut run = 0;
    for (at, byte) in text.bytes().enumerate() {
        match byte {
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'|' | b'&' | b'~' | b'#'
            | b'!' | b'$' => {
                out.push_str(&text[run..at]);
                out.push('\\');
                out.push(byte as char);
            }
            b'\n' | b'\r' => {
                out.push_str(&text[run..at]);
                out.push(' ');
            }
            b'@' | b':'
                if text[at + 1..]
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_alphanumeric() || n == '/') =>
            {
                out.push_str(&text[run..=at]);
                out.push('\u{2060}');
            }
            _ => continue,
        }
        run = at + 1;
    }
    out.push_str(&text[run..]);
}

/// Several lines of text from the data (a description, notes), each escaped as by
/// [`escape`] and kept from starting a list or heading; line breaks stay.
pub(crate) fn escape_lines(text: &str) -> String {
    text.lines()
        .map(|line| block_start(escape(line)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text that starts a block (a paragraph, a list entry) escaped so it does not open another
/// block: "5. mars 2024" would start a numbered list.
pub(crate) fn block_start(mut text: String) -> String {
    keep_block_start(&mut text, 0);
    text
}

/// [`block_start`] for the text in `out` from `start` on.
fn keep_block_start(out: &mut String, start: usize) {
    let text = &out[start..];
    if text.starts_with(['-', '+', '=']) {
        out.insert(start, '\\');
        return;
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && text[digits..].starts_with(['.', ')']) {
        out.insert(start + digits, '\\');
    }
}

/// Spaces and tabs, which Markdown drops at the start and end of a line.
const LINE_SPACE: [char; 2] = [' ', '\t'];

/// What Markdown drops at the start of a line of text from the data: [`LINE_SPACE`], and
/// line breaks, which become spaces.
const LINE_START: [char; 4] = [' ', '\t', '\n', '\r'];

/// Where an item's text goes. Blocks are opened and closed in order (a list's entries
/// between [`Blocks::list`] and [`Blocks::end_list`]; a list may open in an entry); the
/// words and data between them are one line until a [`Blocks::line_break`]. Our own words
/// (labels, dates, numbers) hold no markup; text from the data is shown as written, on one
/// line, without the spaces at the start or end of a line.
pub(crate) trait Blocks {
    fn heading(&mut self, depth: usize, anchor: &str);
    fn end_heading(&mut self, depth: usize);
    fn paragraph(&mut self);
    fn end_paragraph(&mut self);
    /// A bulleted list, `loose` when its entries are set apart as paragraphs.
    fn list(&mut self, loose: bool);
    fn end_list(&mut self);
    fn entry(&mut self);
    fn end_entry(&mut self);
    fn words(&mut self, words: &str);
    fn data(&mut self, text: &str);
    /// Bold, around what is written until [`Blocks::end_strong`].
    fn strong(&mut self);
    fn end_strong(&mut self);
    /// A link to the heading with `anchor`, around what is written until [`Blocks::end_link`].
    fn link(&mut self, anchor: &str);
    fn end_link(&mut self, anchor: &str);
    fn line_break(&mut self);
    /// An indicator's chart, which Markdown only marks with `marker`.
    fn chart(&mut self, marker: &str, indicator: &Indicator, progress: Progress);
}

/// An item's text as Markdown.
#[derive(Default)]
pub(crate) struct Markdown {
    pub(crate) text: String,
    /// Whether each open list is loose.
    lists: Vec<bool>,
    /// Whether the open list's next entry is its first.
    first_entry: bool,
    /// The bullet of the open top-level list, or of the one just before, when nothing came
    /// between them: the next list takes the other, or Markdown would make them one.
    bullet: Option<char>,
    /// Where the current line's content starts, while one is open.
    line: Option<usize>,
    /// Whether nothing has been written on the current line yet.
    at_line_start: bool,
}

impl Markdown {
    fn end_line(&mut self) {
        if let Some(start) = self.line.take() {
            let kept = self.text[start..].trim_end_matches(LINE_SPACE).len();
            self.text.truncate(start + kept);
        }
    }

    fn start_line(&mut self) {
        self.line = Some(self.text.len());
        self.at_line_start = true;
    }

    fn indent(&mut self, depth: usize) {
        self.text.extend(std::iter::repeat_n("  ", depth));
    }

    /// Writes `text` with `write`, kept from starting a block (and its spaces dropped) when
    /// it starts a line.
    fn inline(&mut self, text: &str, write: fn(&mut String, &str)) {
        if !self.at_line_start {
            return write(&mut self.text, text);
        }
        let text = text.trim_start_matches(LINE_START);
        let start = self.text.len();
        write(&mut self.text, text);
        if !text.is_empty() {
            self.at_line_start = false;
            keep_block_start(&mut self.text, start);
        }
    }
}

impl Blocks for Markdown {
    fn heading(&mut self, depth: usize, anchor: &str) {
        self.bullet = None;
        self.text.extend(std::iter::repeat_n('#', depth));
        self.text.push(' ');
        self.start_line();
        self.text.push_str("<a id=\"");
        self.text.push_str(anchor);
        self.text.push_str("\"></a>");
        self.at_line_start = false;
    }

    fn end_heading(&mut self, _: usize) {
        self.end_line();
        self.text.push_str("\n\n");
    }

    fn paragraph(&mut self) {
        self.bullet = None;
        self.start_line();
    }

    fn end_paragraph(&mut self) {
        self.end_line();
        self.text.push_str("\n\n");
    }

    fn list(&mut self, loose: bool) {
        if self.line.is_some() {
            self.end_line();
            self.text.push('\n');
        }
        if self.lists.is_empty() {
            self.bullet = Some(if self.bullet == Some('-') { '*' } else { '-' });
        }
        self.lists.push(loose);
        self.first_entry = true;
    }

    fn end_list(&mut self) {
        self.lists.pop();
        if self.lists.is_empty() {
            self.text.push('\n');
        }
    }

    fn entry(&mut self) {
        let loose = self.lists.last().copied().unwrap_or(false);
        if loose && !self.first_entry {
            self.text.push('\n');
        }
        self.first_entry = false;
        let depth = self.lists.len().saturating_sub(1);
        self.indent(depth);
        // Nested lists are only ever in entries of a list, so they need no other bullet.
        self.text.push(if depth == 0 {
            self.bullet.unwrap_or('-')
        } else {
            '-'
        });
        self.text.push(' ');
        self.start_line();
    }

    fn end_entry(&mut self) {
        if self.line.is_some() {
            self.end_line();
            self.text.push('\n');
        }
    }

    fn words(&mut self, words: &str) {
        self.inline(words, |out, words| out.push_str(words));
    }

    fn data(&mut self, text: &str) {
        self.inline(text, escape_into);
    }

    fn strong(&mut self) {
        self.text.push_str("**");
        self.at_line_start = false;
    }

    fn end_strong(&mut self) {
        self.text.push_str("**");
    }

    fn link(&mut self, _: &str) {
        self.text.push('[');
        self.at_line_start = false;
    }

    fn end_link(&mut self, anchor: &str) {
        self.text.push_str("](#");
        self.text.push_str(anchor);
        self.text.push(')');
    }

    fn line_break(&mut self) {
        self.end_line();
        self.text.push_str("\\\n");
        self.indent(self.lists.len());
        self.start_line();
    }

    fn chart(&mut self, marker: &str, _: &Indicator, _: Progress) {
        self.bullet = None;
        self.text.push_str(marker);
        self.text.push_str("\n\n");
    }
}

/// An item's text as the HTML pulldown-cmark makes of its [`Markdown`], written straight.
pub(crate) struct Html {
    pub(crate) html: String,
    /// The text of the last heading, which captions the tables after it.
    pub(crate) heading: String,
    in_heading: bool,
    lists: Vec<bool>,
    /// How many bytes at the end of the text are spaces that end its Markdown's line so far.
    trailing_space: usize,
    at_line_start: bool,
    labels: &'static Labels,
}

impl Html {
    pub(crate) fn new(labels: &'static Labels) -> Html {
        Html {
            // About what an item takes, so its text is seldom copied as it grows.
            html: String::with_capacity(4096),
            heading: String::new(),
            in_heading: false,
            lists: Vec::new(),
            trailing_space: 0,
            at_line_start: false,
            labels,
        }
    }

    /// Writes markup, which no space before it is at the end of a line.
    fn tag(&mut self, tag: &str) {
        self.html.push_str(tag);
        self.trailing_space = 0;
    }

    /// Starts a block element on a line of its own, as pulldown-cmark does.
    fn open(&mut self, tag: &str) {
        if !self.html.is_empty() && !self.html.ends_with('\n') {
            self.html.push('\n');
        }
        self.tag(tag);
    }

    fn start_line(&mut self) {
        self.trailing_space = 0;
        self.at_line_start = true;
    }

    /// Drops the spaces Markdown drops at the end of a line.
    fn end_line(&mut self) {
        self.html.truncate(self.html.len() - self.trailing_space);
        if self.in_heading {
            self.heading
                .truncate(self.heading.len() - self.trailing_space);
        }
        self.trailing_space = 0;
    }

    fn text(&mut self, text: &str, from_data: bool) {
        let text = if self.at_line_start {
            text.trim_start_matches(LINE_START)
        } else {
            text
        };
        if text.is_empty() {
            return;
        }
        self.at_line_start = false;
        escape_html_into(&mut self.html, text, from_data);
        if self.in_heading {
            self.heading.extend(shown_chars(text, from_data));
        }
        // The spaces at its end, which its Markdown ends with too (a word joiner after
        // them, shown as nothing, keeps them from being at the end of a line).
        let kept = text.trim_end_matches(LINE_START).len();
        let spaces = text.len() - kept;
        self.trailing_space = if kept == 0 {
            self.trailing_space + spaces
        } else {
            spaces
        };
    }
}

/// The characters of `text` as a page shows them: a word joiner is dropped (see
/// `render::html`), and from the data a line break is a space, as in Markdown.
fn shown_chars(text: &str, from_data: bool) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .filter(|&c| c != '\u{2060}')
        .map(move |c| match c {
            '\n' | '\r' if from_data => ' ',
            c => c,
        })
}

/// `text` escaped as pulldown-cmark escapes body text (`&`, `<`, `>`), as [`shown_chars`].
/// Searched with `memchr`, whose vector search skips plain text many bytes at a time: web
/// reports escape hundreds of megabytes.
fn escape_html_into(out: &mut String, text: &str, from_data: bool) {
    let bytes = text.as_bytes();
    let shown_otherwise = memchr::memchr2(b'\n', b'\r', bytes).is_some()
        || (memchr::memchr(0xe2, bytes).is_some() && text.contains('\u{2060}'));
    if shown_otherwise {
        // Rare (a line break or word joiner in the text): made plain first.
        let shown: String = shown_chars(text, from_data).collect();
        return escape_plain_html_into(out, &shown);
    }
    escape_plain_html_into(out, text);
}

/// `text`, which holds nothing [`shown_chars`] changes, with `&`, `<` and `>` escaped.
fn escape_plain_html_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut run = 0;
    for at in memchr::memchr3_iter(b'&', b'<', b'>', bytes) {
        out.push_str(&text[run..at]);
        out.push_str(match bytes[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            _ => "&gt;",
        });
        run = at + 1;
    }
    out.push_str(&text[run..]);
}

/// The start and end tags of headings of each depth.
const HEADINGS: [(&str, &str); 6] = [
    ("<h1>", "</h1>\n"),
    ("<h2>", "</h2>\n"),
    ("<h3>", "</h3>\n"),
    ("<h4>", "</h4>\n"),
    ("<h5>", "</h5>\n"),
    ("<h6>", "</h6>\n"),
];

impl Blocks for Html {
    fn heading(&mut self, depth: usize, anchor: &str) {
        self.open(HEADINGS[depth - 1].0);
        self.tag("<a id=\"");
        self.tag(anchor);
        self.tag("\"></a>");
        self.heading.clear();
        self.in_heading = true;
        self.at_line_start = false;
    }

    fn end_heading(&mut self, depth: usize) {
        self.end_line();
        self.in_heading = false;
        self.tag(HEADINGS[depth - 1].1);
    }

    fn paragraph(&mut self) {
        self.open("<p>");
        self.start_line();
    }

    fn end_paragraph(&mut self) {
        self.end_line();
        self.tag("</p>\n");
    }

    fn list(&mut self, loose: bool) {
        self.end_line();
        self.open("<ul>\n");
        self.lists.push(loose);
    }

    fn end_list(&mut self) {
        self.lists.pop();
        self.tag("</ul>\n");
    }

    fn entry(&mut self) {
        self.open("<li>");
        if self.lists.last() == Some(&true) {
            self.paragraph();
        } else {
            self.start_line();
        }
    }

    fn end_entry(&mut self) {
        if self.lists.last() == Some(&true) {
            self.end_paragraph();
        } else {
            self.end_line();
        }
        self.tag("</li>\n");
    }

    fn words(&mut self, words: &str) {
        self.text(words, false);
    }

    fn data(&mut self, text: &str) {
        self.text(text, true);
    }

    fn strong(&mut self) {
        self.tag("<strong>");
        self.at_line_start = false;
    }

    fn end_strong(&mut self) {
        self.tag("</strong>");
    }

    fn link(&mut self, anchor: &str) {
        self.tag("<a href=\"#");
        self.tag(anchor);
        self.tag("\">");
        self.at_line_start = false;
    }

    fn end_link(&mut self, _: &str) {
        self.tag("</a>");
    }

    fn line_break(&mut self) {
        self.end_line();
        self.tag("<br />\n");
        self.start_line();
    }

    fn chart(&mut self, _: &str, indicator: &Indicator, progress: Progress) {
        self.html
            .push_str(&chart::indicator(self.labels, indicator, progress).into_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_text_is_escaped() {
        assert_eq!(
            escape("<script>alert(1)</script> *x* [a](b)"),
            "\\<script\\>alert(1)\\</script\\> \\*x\\* \\[a\\](b)"
        );
        let line_start = |text: &str| {
            let mut out = Markdown::default();
            out.paragraph();
            out.data(text);
            out.line_break();
            out.data("- b");
            out.end_paragraph();
            out.text
        };
        assert_eq!(line_start("- not a list"), "\\- not a list\\\n\\- b\n\n");
        assert_eq!(line_start("2024. Et år"), "2024\\. Et år\\\n\\- b\n\n");
        assert_eq!(block_start("5. mars 2024".into()), "5\\. mars 2024");
        assert_eq!(
            escape("@octocat https://x.example"),
            "@\u{2060}octocat https:\u{2060}//x.example"
        );
        assert_eq!(escape("kl. 10: møte"), "kl. 10: møte");
    }

    /// `escape` copies runs of text; character by character gives the same.
    #[test]
    fn escaping_in_runs_is_escaping_each_character() {
        fn each(text: &str) -> String {
            let mut out = String::new();
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '#'
                    | '!' | '$' => {
                        out.push('\\');
                        out.push(c);
                    }
                    '\n' | '\r' => out.push(' '),
                    '@' | ':'
                        if chars
                            .peek()
                            .is_some_and(|n| n.is_alphanumeric() || *n == '/') =>
                    {
                        out.push(c);
                        out.push('\u{2060}');
                    }
                    _ => out.push(c),
                }
            }
            out
        }
        for text in [
            "",
            "ÆØÅ æøå",
            "a_b*c`d[e]f<g>h|i&j~k#l!m$n\\o",
            "@ø :Å @ :/ x: @",
            "line\r\nnext\n",
            "ends with @",
            "ends with :",
            "€@é:ü",
        ] {
            assert_eq!(escape(text), each(text), "{text:?}");
        }
    }
}
