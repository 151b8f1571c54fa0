//! Small inline SVG charts of indicators for the web page: the straight line from baseline to
//! target, the measurements on the way, and the progress in words. The SVG is written with
//! maud, so every text from the data is escaped; colours keep text at 4.5:1 contrast or more on
//! white.

use maud::{Markup, html};

use crate::indicator::{self, Progress};
use crate::model::{Date, Indicator};
use crate::render::html::figure;
use crate::render::labels::Labels;
use crate::render::report::number;

/// Narrow enough to fit a phone's screen with its text at 11 pixels or more.
const WIDTH: f64 = 392.0;
const HEIGHT: f64 = 200.0;
/// The plot area inside the chart: left, top, right, bottom; right of it, room for the
/// target's label.
const PLOT: (f64, f64, f64, f64) = (56.0, 28.0, 282.0, 160.0);
/// The progress verdict is wrapped to lines this long (in characters; at 14 pixels bold,
/// the longest such line still ends inside the chart) and this far apart.
const VERDICT_CHARS: usize = 30;
const VERDICT_LINE: f64 = 17.0;
const INK: &str = "#1f2328";
const MUTED: &str = "#57606a";

/// The text colour for a label on `fill` (`#rrggbb`): black or white, whichever stands out
/// more. On any colour one of the two reaches 4.5:1 (at worst about 4.6:1, on a mid grey).
pub(crate) fn ink(fill: &str) -> &'static str {
    if contrast(fill, "#000000") >= contrast(fill, "#ffffff") {
        "#000000"
    } else {
        "#ffffff"
    }
}

/// The WCAG contrast ratio of two `#rrggbb` colours.
pub(crate) fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/// The colour progress is written in: dark enough for text on white.
pub(crate) fn progress_colour(progress: Progress) -> &'static str {
    match progress {
        Progress::OnTrack | Progress::Reached => "#1a7f37",
        Progress::Behind => "#b3261e",
        Progress::Unknown => MUTED,
    }
}

/// Maps days and values to the plot area.
struct Scale {
    first: i64,
    /// Whether `first` is a baseline's or measurement's date, worth writing on the axis.
    dated_first: bool,
    last: i64,
    top: f64,
}

impl Scale {
    /// The time axis runs from the earliest baseline or measurement to the target date; with
    /// neither, a year up to the target date (the start is then not written: nothing is
    /// known before the target).
    fn of(i: &Indicator) -> Scale {
        let last = indicator::day(i.target.date.value);
        let known = i
            .baseline
            .iter()
            .map(|b| b.date.value)
            .chain(i.measurements.iter().map(|m| m.date.value));
        let last = known.clone().map(indicator::day).fold(last, i64::max);
        let first = known.map(earliest_day).min().filter(|&first| first < last);
        let dated_first = first.is_some();
        let first = first.unwrap_or(last - 365);
        let values = i
            .baseline
            .iter()
            .map(|b| b.value)
            .chain(i.measurements.iter().map(|m| m.value))
            .chain([i.target.value]);
        let top = values.fold(0.0_f64, f64::max).max(1.0) * 1.1;
        Scale {
            first,
            dated_first,
            last,
            top,
        }
    }

    fn x(&self, date: Date) -> f64 {
        let share = (indicator::day(date) - self.first) as f64 / (self.last - self.first) as f64;
        PLOT.0 + share.clamp(0.0, 1.0) * (PLOT.2 - PLOT.0)
    }

    fn y(&self, value: f64) -> f64 {
        PLOT.3 - (value.max(0.0) / self.top) * (PLOT.3 - PLOT.1)
    }
}

fn earliest_day(date: Date) -> i64 {
    let (y, m, d) = date.earliest();
    crate::query::days_from_civil(y, m, d)
}

/// A coordinate in the SVG, to a tenth of a pixel.
pub(crate) fn coord(value: f64) -> Tenths {
    Tenths(value)
}

/// A number to one decimal, written exactly as `format!("{:.1}")` writes it: the exact binary
/// value rounded half to even. Rust's exact formatting falls back to a slow bignum algorithm
/// for many such values, and the link graphs of a large report hold millions of coordinates,
/// so a non-negative value is rounded here in integers.
pub(crate) struct Tenths(pub(crate) f64);

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match in_tenths(self.0) {
            Some(tenths) => write!(f, "{}.{}", tenths / 10, tenths % 10),
            None => write!(f, "{:.1}", self.0),
        }
    }
}

/// A number is written into the page as it is: it holds nothing to escape (maud would look
/// at each of the link graphs' millions of digits).
impl maud::Render for Tenths {
    fn render_to(&self, buffer: &mut String) {
        use std::fmt::Write;
        let _ = write!(buffer, "{self}");
    }
}

/// `value` × 10 rounded half to even, for a finite value from +0 to 10^15; `None` for others.
fn in_tenths(value: f64) -> Option<u64> {
    if !(0.0..1e15).contains(&value) || value.is_sign_negative() {
        return None;
    }
    // value = mantissa × 2^exponent, exactly.
    let bits = value.to_bits();
    let biased = i32::try_from(bits >> 52).ok()?;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = match biased {
        0 => (fraction, -1074),
        _ => (fraction | (1 << 52), biased - 1075),
    };
    let scaled = u128::from(mantissa) * 10;
    let tenths = match u32::try_from(-exponent) {
        // A whole number: below 10^15, so its tenths fit.
        Err(_) => scaled << exponent.unsigned_abs(),
        // Far below a twentieth.
        Ok(shift) if shift > 100 => 0,
        Ok(shift) => {
            let (whole, rest, half) = (
                scaled >> shift,
                scaled & ((1 << shift) - 1),
                1 << (shift - 1),
            );
            whole + u128::from(rest > half || (rest == half && whole % 2 == 1))
        }
    };
    u64::try_from(tenths).ok()
}

/// A chart of one indicator: axes, the expected line (with a baseline), measurements joined by
/// a line, the target, and the progress label.
pub(crate) fn indicator(l: &Labels, i: &Indicator, progress: Progress) -> Markup {
    let s = Scale::of(i);
    let target = (s.x(i.target.date.value), s.y(i.target.value));
    let measured: Vec<(f64, f64)> = i
        .measurements
        .iter()
        .map(|m| (s.x(m.date.value), s.y(m.value)))
        .collect();
    let path: Vec<String> = measured
        .iter()
        .map(|(x, y)| format!("{},{}", Tenths(*x), Tenths(*y)))
        .collect();
    let content = html! {
        (axes(l, &s))
        @if let Some(b) = &i.baseline {
            @let start = (s.x(b.date.value), s.y(b.value));
            line x1=(coord(start.0)) y1=(coord(start.1)) x2=(coord(target.0)) y2=(coord(target.1))
                stroke=(MUTED) stroke-width="1.5" stroke-dasharray="5 4" {
                title { (l.expected_line) }
            }
            (point(start, MUTED, &format!("{} {}", l.baseline, number(l, b.value))))
        }
        @if measured.len() > 1 {
            polyline points=(path.join(" ")) fill="none" stroke="#0969da" stroke-width="2" {}
        }
        @for (m, &at) in i.measurements.iter().zip(&measured) {
            (point(at, "#0969da", &format!("{} {}", l.measured, number(l, m.value))))
        }
        rect x=(coord(target.0 - 5.0)) y=(coord(target.1 - 5.0)) width="10" height="10" fill=(INK)
            transform=(format!("rotate(45 {} {})", Tenths(target.0), Tenths(target.1))) {}
        (label(target, &format!("{} {}", l.target, number(l, i.target.value))))
    };
    let verdict = l.progress(progress);
    let lines = wrapped(&verdict, VERDICT_CHARS);
    // The plot moves down by the verdict's lines after the first.
    let below = VERDICT_LINE * (lines.len().max(1) - 1) as f64;
    let chart = html! {
        text font-size="14" font-weight="700" fill=(progress_colour(progress)) {
            @for (n, line) in lines.iter().enumerate() {
                tspan x=(coord(PLOT.0)) y=(coord(16.0 + VERDICT_LINE * n as f64)) { (line) }
            }
        }
        g transform=(format!("translate(0 {})", Tenths(below))) { (content) }
    };
    let caption = format!("{}: {}", l.chart_indicator, i.name);
    figure(&caption, WIDTH, HEIGHT + below, &chart)
}

/// `text` in lines of at most `width` characters, broken at spaces (a longer word is a line
/// of its own).
fn wrapped(text: &str, width: usize) -> Vec<&str> {
    let mut lines = Vec::new();
    // The line being filled, as byte offsets into `text`.
    let mut line: Option<(usize, usize)> = None;
    let mut at = 0;
    for word in text.split(' ') {
        let (start, end) = (at, at + word.len());
        at = end + 1;
        if word.is_empty() {
            continue;
        }
        line = match line {
            Some((from, _)) if text[from..end].chars().count() <= width => Some((from, end)),
            Some((from, to)) => {
                lines.push(&text[from..to]);
                Some((start, end))
            }
            None => Some((start, end)),
        };
    }
    lines.extend(line.map(|(from, to)| &text[from..to]));
    lines
}

/// The value axis (0 and the top, with the unit) and the time axis (first date, when one is
/// known, and last).
fn axes(l: &Labels, s: &Scale) -> Markup {
    let (left, top, right, bottom) = PLOT;
    let date = |day: i64| {
        let (y, m, d) = crate::query::civil_from_days(day);
        l.date(Date {
            year: y,
            month: Some(m),
            day: Some(d),
        })
    };
    html! {
        line x1=(left) y1=(bottom) x2=(right) y2=(bottom) stroke=(MUTED) {}
        line x1=(left) y1=(top) x2=(left) y2=(bottom) stroke=(MUTED) {}
        @for value in [0.0, s.top / 1.1] {
            text x=(coord(left - 6.0)) y=(coord(s.y(value) + 4.0)) font-size="12" text-anchor="end"
                fill=(INK) { (number(l, value.round())) }
        }
        @if s.dated_first {
            text x=(coord(left)) y=(coord(bottom + 18.0)) font-size="12" fill=(INK) {
                (date(s.first))
            }
        }
        text x=(coord(right)) y=(coord(bottom + 18.0)) font-size="12" text-anchor="end"
            fill=(INK) { (date(s.last)) }
    }
}

fn point(at: (f64, f64), colour: &str, text: &str) -> Markup {
    html! {
        circle cx=(coord(at.0)) cy=(coord(at.1)) r="4.5" fill=(colour) {}
        (label(at, text))
    }
}

fn label(at: (f64, f64), text: &str) -> Markup {
    html! {
        text x=(coord(at.0 + 8.0)) y=(coord(at.1 - 8.0)) font-size="12" fill=(INK) { (text) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_are_written_as_rust_writes_them() {
        // Ties in binary (k/4, k/8, k/20, k/40), sums like the layout makes, and a spread of
        // values from the generator's random numbers; negative numbers and huge ones take
        // Rust's own path.
        let mut rng = crate::tests::generate::Rng(7);
        let mut values: Vec<f64> = (0..40_000)
            .flat_map(|k| {
                let k = f64::from(k);
                [
                    k / 4.0,
                    k / 8.0,
                    k / 20.0,
                    k / 40.0,
                    k * 0.05 + 0.1,
                    k / 3.0 + 30.0,
                ]
            })
            .collect();
        // Random bit patterns of values in [0, 8192): exponents 2^-10..2^12, any mantissa.
        values.extend((0..100_000).map(|_| {
            let exponent = 1013 + rng.next() % 23;
            f64::from_bits(exponent << 52 | rng.next() >> 12)
        }));
        values.extend([
            0.0,
            -0.0,
            -0.04,
            -0.05,
            -2.25,
            1e15,
            2e300,
            f64::NAN,
            f64::INFINITY,
        ]);
        values.extend([
            f64::MIN_POSITIVE,
            5e-324,
            0.05,
            0.15,
            0.25,
            0.35,
            0.45,
            1e14 + 0.25,
        ]);
        for value in values {
            assert_eq!(
                Tenths(value).to_string(),
                format!("{value:.1}"),
                "{value:e}"
            );
        }
    }

    fn target_in_june(measured: Option<&str>) -> Indicator {
        let at = |text: &str| crate::model::Spanned {
            value: Date::parse(text).unwrap(),
            pos: crate::yaml::Pos::default(),
        };
        Indicator {
            name: "n".into(),
            unit: "u".into(),
            baseline: None,
            target: crate::model::Measure {
                value: 26.0,
                date: at("2022-06"),
            },
            measurements: measured
                .into_iter()
                .map(|date| crate::model::Measurement {
                    value: 7.0,
                    date: at(date),
                    source: None,
                })
                .collect(),
        }
    }

    #[test]
    fn the_time_axis_starts_at_the_first_known_value() {
        let l = Labels::of(crate::model::Language::Nn);
        let svg = indicator(l, &target_in_june(Some("2021-06")), Progress::Unknown).into_string();
        assert!(svg.contains(">1. juni 2021</text>") && svg.contains(">30. juni 2022</text>"));
        // With only a target, no start is made up: the axis has the target's date alone.
        let svg = indicator(l, &target_in_june(None), Progress::Unknown).into_string();
        assert_eq!(svg.matches(" juni ").count(), 1, "{svg}");
        assert!(svg.contains(">30. juni 2022</text>"), "{svg}");
        // The verdict's two lines push the plot down and the chart grows by one line.
        assert!(svg.contains("viewBox=\"0 0 392 217\""), "{svg}");
        assert!(svg.contains("<g transform=\"translate(0 17.0)\">"), "{svg}");
    }

    #[test]
    fn verdicts_are_wrapped_to_fit() {
        assert_eq!(wrapped("a bb  ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrapped("unbreakable word", 4), ["unbreakable", "word"]);
        assert!(wrapped("", 4).is_empty());
        // Every verdict in every language takes at most two lines of the chart.
        for &language in crate::model::Language::ALL {
            let l = Labels::of(language);
            for progress in [
                Progress::OnTrack,
                Progress::Behind,
                Progress::Reached,
                Progress::Unknown,
            ] {
                let verdict = l.progress(progress);
                let lines = wrapped(&verdict, VERDICT_CHARS);
                assert!(lines.len() <= 2, "{verdict}");
                assert_eq!(lines.join(" "), verdict);
            }
        }
    }

    #[test]
    fn chart_text_stands_out() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
        for progress in [
            Progress::OnTrack,
            Progress::Behind,
            Progress::Reached,
            Progress::Unknown,
        ] {
            assert!(
                contrast(progress_colour(progress), "#ffffff") >= 4.5,
                "{progress:?}"
            );
        }
        // Every grey from black to white, and the heat map's blues.
        let greys = (0..=255).map(|v| format!("#{v:02x}{v:02x}{v:02x}"));
        let blues = ["#ddebff", "#7fa8da", "#3b74c0", "#0950b4"].map(String::from);
        for fill in greys.chain(blues) {
            assert!(contrast(&fill, ink(&fill)) >= 4.5, "{fill}");
        }
    }
}
