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
    last: i64,
    top: f64,
}

impl Scale {
    fn of(i: &Indicator) -> Scale {
        let days = i
            .baseline
            .iter()
            .map(|b| b.date.value)
            .chain(i.measurements.iter().map(|m| m.date.value))
            .chain([i.target.date.value])
            .map(earliest_day);
        let mut first = days.clone().min().unwrap_or(0);
        let last = days
            .max()
            .unwrap_or(0)
            .max(indicator::day(i.target.date.value));
        if first >= last {
            first = last - 365;
        }
        let values = i
            .baseline
            .iter()
            .map(|b| b.value)
            .chain(i.measurements.iter().map(|m| m.value))
            .chain([i.target.value]);
        let top = values.fold(0.0_f64, f64::max).max(1.0) * 1.1;
        Scale { first, last, top }
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
pub(crate) fn coord(value: f64) -> String {
    format!("{value:.1}")
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
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
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
            transform=(format!("rotate(45 {:.1} {:.1})", target.0, target.1)) {}
        (label(target, &format!("{} {}", l.target, number(l, i.target.value))))
        text x=(format!("{:.0}", PLOT.0)) y="16" font-size="14" font-weight="700"
            fill=(progress_colour(progress)) { (l.progress(progress)) }
    };
    let caption = format!("{}: {}", l.chart_indicator, i.name);
    figure(&caption, WIDTH, HEIGHT, &content)
}

/// The value axis (0 and the top, with the unit) and the time axis (first and last date).
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
        @for (day, x, anchor) in [(s.first, left, "start"), (s.last, right, "end")] {
            text x=(coord(x)) y=(coord(bottom + 18.0)) font-size="12" text-anchor=(anchor)
                fill=(INK) { (date(day)) }
        }
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
