//! Output formats. Renderers take computed views and write them to a `Write` they are given;
//! they never decide what to show.

pub(crate) mod blocks;
pub(crate) mod chart;
pub(crate) mod diagnostics;
pub(crate) mod diff;
pub(crate) mod drawing;
pub(crate) mod export;
pub(crate) mod fitted;
pub(crate) mod graph;
pub(crate) mod html;
pub(crate) mod import;
pub(crate) mod items;
pub(crate) mod labels;
pub(crate) mod links;
pub(crate) mod reference;
pub(crate) mod report;
pub(crate) mod show;
pub(crate) mod style;
pub(crate) mod table;
pub(crate) mod template;
pub(crate) mod wrap;
pub(crate) mod xlsx;

/// The first `max` characters of `text`, and `…` when it is longer: a title that fits a
/// graph's node or label.
pub(crate) fn truncated(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn truncated_counts_characters_and_marks_a_cut() {
        assert_eq!(super::truncated("Sør-Østerdal", 3), "Sør…");
        assert_eq!(super::truncated("Sør", 3), "Sør");
    }
}
