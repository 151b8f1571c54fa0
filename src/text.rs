//! Text rules Norwegian users expect: matching that ignores case and diacritics
//! (`sor-osterdal` finds Sør-Østerdal), Norwegian alphabetical order (Æ, Ø, Å after Z), and
//! natural order of ids (K2 before K10).

use std::cmp::Ordering;

/// Folds a name for matching: lowercase ASCII words joined by `-` (æ → ae, ø → o, å → a,
/// and the old spelling of å, `aa`, → a, so `Vaaler` finds Våler and `Aamot` Åmot).
/// Ids are written in this form, so `fold(name) == id` for most entities.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' | 'ó' | 'ò' => out.push('o'),
            // a run of a's is one a: "Vaaler" and "Våler" fold alike
            'a' | 'å' | 'á' | 'à' | 'â' if out.ends_with('a') => {}
            'å' | 'á' | 'à' | 'â' => out.push('a'),
            'é' | 'è' | 'ê' => out.push('e'),
            'ü' | 'ú' => out.push('u'),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
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
    let key = |s: &str| {
        s.chars()
            .flat_map(char::to_lowercase)
            .map(weight)
            .collect::<Vec<_>>()
    };
    key(a).cmp(&key(b)).then_with(|| a.cmp(b))
}

/// A sort key that orders runs of digits by value: `K2` < `K10`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct NaturalKey(Vec<Chunk>);

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Chunk {
    Number(u128),
    Text(Vec<u32>),
}

impl NaturalKey {
    pub fn new(text: &str) -> Self {
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
}
