//! Text rules Norwegian users expect: matching that ignores case and diacritics
//! (`sor-osterdal` finds Sør-Østerdal), Norwegian alphabetical order (Æ, Ø, Å after Z),
//! natural order of ids (K2 before K10), and which characters are drawn as nothing.

use std::cmp::Ordering;

/// Folds a name for matching: lowercase ASCII words joined by `-` (æ → ae, ø → o, å → a,
/// and the old spelling of å, `aa`, → a, so `Vaaler` finds Våler and `Aamot` Åmot).
/// Ids are written in this form, so `fold(name) == id` for most entities.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(&mut out, text);
    out
}

/// [`fold`], appended to `out`: a report folds the anchors of half a million links.
pub(crate) fn fold_into(out: &mut String, text: &str) {
    let start = out.len();
    for c in text.chars() {
        // Most text to fold is ASCII ids, lowered without `to_lowercase`'s iterator.
        if c.is_ascii() {
            push_folded(out, start, c.to_ascii_lowercase());
        } else {
            for lower in c.to_lowercase() {
                push_folded(out, start, lower);
            }
        }
    }
    while out.len() > start && out.ends_with('-') {
        out.pop();
    }
}

/// Appends the lower-case character `c` to the text folded since `start` in `out`.
fn push_folded(out: &mut String, start: usize, c: char) {
    let folded = &out[start..];
    match c {
        'æ' | 'ä' => out.push_str("ae"),
        'ø' | 'ö' | 'ó' | 'ò' => out.push('o'),
        // a run of a's is one a: "Vaaler" and "Våler" fold alike
        'a' | 'å' | 'á' | 'à' | 'â' if folded.ends_with('a') => {}
        'å' | 'á' | 'à' | 'â' => out.push('a'),
        'é' | 'è' | 'ê' => out.push('e'),
        'ü' | 'ú' => out.push('u'),
        c if c.is_ascii_alphanumeric() => out.push(c),
        _ if !folded.is_empty() && !folded.ends_with('-') => out.push('-'),
        _ => {}
    }
}

/// The primary weight of a character in Norwegian order: digits, then a–z, then æ, ø, å.
fn weight(c: char) -> u32 {
    match c {
        'æ' | 'ä' => 'z' as u32 + 1,
        'ø' | 'ö' => 'z' as u32 + 2,
        'å' => 'z' as u32 + 3,
        'é' | 'è' | 'ê' => 'e' as u32,
        'á' | 'à' => 'a' as u32,
        'ü' => 'u' as u32,
        c => c as u32,
    }
}

/// Compares names in Norwegian alphabetical order, ignoring case first.
pub(crate) fn norwegian_cmp(a: &str, b: &str) -> Ordering {
    // Compared as they are read, without building the keys: reports sort the names of
    // every item's partners.
    fn key(s: &str) -> impl Iterator<Item = u32> + '_ {
        s.chars().flat_map(char::to_lowercase).map(weight)
    }
    key(a).cmp(key(b)).then_with(|| a.cmp(b))
}

/// A sort key that orders runs of digits by value: `K2` < `K10`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct NaturalKey(Vec<Chunk>);

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Chunk {
    Number(u128),
    Text(Vec<u32>),
}

impl NaturalKey {
    pub(crate) fn new(text: &str) -> Self {
        let mut chunks = Vec::new();
        let mut chars = text.chars().peekable();
        while let Some(&c) = chars.peek() {
            if c.is_ascii_digit() {
                let mut n: u128 = 0;
                while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                    n = n.saturating_mul(10).saturating_add(u128::from(d));
                    chars.next();
                }
                chunks.push(Chunk::Number(n));
            } else {
                let mut t = Vec::new();
                while let Some(&c) = chars.peek().filter(|c| !c.is_ascii_digit()) {
                    t.extend(c.to_lowercase().map(weight));
                    chars.next();
                }
                chunks.push(Chunk::Text(t));
            }
        }
        NaturalKey(chunks)
    }
}

/// The characters drawn as nothing: Unicode's `Default_Ignorable_Code_Point` (the soft
/// hyphen, zero-width spaces and joiners, word joiners, bidirectional marks, variation
/// selectors, Hangul fillers, tags), as inclusive ranges. Two texts that differ only by one
/// look the same in every output.
pub(crate) const INVISIBLE: &[(char, char)] = &[
    ('\u{ad}', '\u{ad}'),
    ('\u{34f}', '\u{34f}'),
    ('\u{61c}', '\u{61c}'),
    ('\u{115f}', '\u{1160}'),
    ('\u{17b4}', '\u{17b5}'),
    ('\u{180b}', '\u{180f}'),
    ('\u{200b}', '\u{200f}'),
    ('\u{202a}', '\u{202e}'),
    ('\u{2060}', '\u{206f}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{fe00}', '\u{fe0f}'),
    ('\u{feff}', '\u{feff}'),
    ('\u{ffa0}', '\u{ffa0}'),
    ('\u{fff0}', '\u{fff8}'),
    ('\u{1bca0}', '\u{1bca3}'),
    ('\u{1d173}', '\u{1d17a}'),
    ('\u{e0000}', '\u{e0fff}'),
];

/// Whether `c` is one of [`INVISIBLE`]. The ranges are in order, so a letter such as `å`
/// is compared with one range, not all of them.
pub(crate) fn is_invisible(c: char) -> bool {
    INVISIBLE
        .iter()
        .take_while(|&&(first, _)| first <= c)
        .any(|&(_, last)| c <= last)
}

/// The first invisible character in `text` and the text around it (up to 20 characters
/// either side), that character written out as `\u{200b}` so a reader can see where it is.
pub(crate) fn first_invisible(text: &str) -> Option<(char, String)> {
    const AROUND: usize = 20;
    if text.is_ascii() {
        return None;
    }
    let at = text.chars().position(is_invisible)?;
    let chars: Vec<char> = text.chars().collect();
    let c = chars[at];
    let before = &chars[at.saturating_sub(AROUND)..at];
    let after = &chars[at + 1..chars.len().min(at + 1 + AROUND)];
    let mut shown = String::new();
    if at > AROUND {
        shown.push('…');
    }
    shown.extend(before);
    shown.push_str(&c.escape_unicode().to_string());
    shown.extend(after);
    if chars.len() > at + 1 + AROUND {
        shown.push('…');
    }
    Some((c, shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_matches_what_users_type() {
        assert_eq!(fold("Sør-Østerdal"), "sor-osterdal");
        assert_eq!(fold("sor-osterdal"), "sor-osterdal");
        assert_eq!(fold("Nord Østerdal"), "nord-osterdal");
        assert_eq!(fold("Våler (Innlandet)"), "valer-innlandet");
        assert_eq!(fold("  NAV "), "nav");
        assert_eq!(fold("Vaaler"), fold("Våler"));
        assert_eq!(fold("Aamot"), fold("Åmot"));
        assert_eq!(fold("Haaland"), "haland");
    }

    #[test]
    fn norwegian_letters_sort_after_z() {
        let mut names = vec!["Åsnes", "Øyer", "Ålesund", "Zeta", "Ærø", "alvdal", "Os"];
        names.sort_by(|a, b| norwegian_cmp(a, b));
        assert_eq!(
            names,
            ["alvdal", "Os", "Zeta", "Ærø", "Øyer", "Ålesund", "Åsnes"]
        );
    }

    #[test]
    fn natural_order_of_ids() {
        let mut ids = vec!["K10", "K2", "K1", "A12", "A3"];
        ids.sort_by_key(|s| NaturalKey::new(s));
        assert_eq!(ids, ["A3", "A12", "K1", "K2", "K10"]);
    }

    #[test]
    fn invisible_characters_are_found_and_shown() {
        for c in [
            '\u{ad}', '\u{200b}', '\u{200d}', '\u{2060}', '\u{2064}', '\u{feff}',
        ] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in ['a', 'å', ' ', '\u{a0}', '–', '\u{2028}', '\u{e1000}'] {
            assert!(!is_invisible(c), "{c:?}");
        }
        assert!(INVISIBLE.windows(2).all(|w| w[0].1 < w[1].0), "in order");
        assert_eq!(first_invisible("Næringsutvikling"), None);
        assert_eq!(
            first_invisible("K1\u{200b}"),
            Some(('\u{200b}', "K1\\u{200b}".to_string()))
        );
        let long = format!("{}\u{ad}{}", "a".repeat(30), "b".repeat(30));
        let (_, shown) = first_invisible(&long).unwrap();
        assert_eq!(
            shown,
            format!("…{}\\u{{ad}}{}…", "a".repeat(20), "b".repeat(20))
        );
    }
}
