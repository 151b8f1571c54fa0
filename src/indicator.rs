//! Where an item's indicators stand: the latest measurement against the straight line from
//! the baseline to the target, as of the report's date.

use crate::model::{Date, Indicator, Measurement};
use crate::query::days_from_civil;

/// An indicator's progress; in JSON, and to the catalogue's `report-progress`, by [`Progress::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Progress {
    OnTrack,
    Behind,
    Reached,
    /// No measurement, or no baseline to draw the line from while the target date is ahead.
    Unknown,
}

impl Progress {
    /// The catalogue's selector for the progress, as JSON writes it too.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Progress::OnTrack => "on-track",
            Progress::Behind => "behind",
            Progress::Reached => "reached",
            Progress::Unknown => "unknown",
        }
    }
}

/// The day number of the last day a date can mean: a value dated `2022-06` holds by 30 June.
pub(crate) fn day(date: Date) -> i64 {
    let (y, m, d) = date.latest();
    days_from_civil(y, m, d)
}

/// The latest measurement, by date.
pub(crate) fn latest(indicator: &Indicator) -> Option<&Measurement> {
    indicator
        .measurements
        .iter()
        .max_by(|a, b| a.date.value.chronological(&b.date.value))
}

/// True when the target is above where the indicator starts: its baseline, else its first
/// measurement.
fn rising(indicator: &Indicator) -> bool {
    let start = indicator.baseline.as_ref().map(|b| b.value).or_else(|| {
        indicator
            .measurements
            .iter()
            .min_by(|a, b| a.date.value.chronological(&b.date.value))
            .map(|m| m.value)
    });
    start.is_none_or(|s| indicator.target.value >= s)
}

/// The value the straight line from baseline to target has on `date`.
pub(crate) fn expected(indicator: &Indicator, date: Date) -> Option<f64> {
    let baseline = indicator.baseline.as_ref()?;
    let (start, end) = (day(baseline.date.value), day(indicator.target.date.value));
    if end <= start {
        return None;
    }
    let share = ((day(date) - start) as f64 / (end - start) as f64).clamp(0.0, 1.0);
    Some(baseline.value + (indicator.target.value - baseline.value) * share)
}

/// Where `indicator` stands on `today`: reached when the latest measurement is at the target;
/// behind when it falls short of the line, or the target date has passed; on track otherwise.
pub(crate) fn progress(indicator: &Indicator, today: Date) -> Progress {
    let Some(latest) = latest(indicator) else {
        return Progress::Unknown;
    };
    let up = rising(indicator);
    let at_least = |value: f64, wanted: f64| if up { value >= wanted } else { value <= wanted };
    if at_least(latest.value, indicator.target.value) {
        return Progress::Reached;
    }
    if day(today) > day(indicator.target.date.value) {
        return Progress::Behind;
    }
    match expected(indicator, latest.date.value) {
        Some(line) if at_least(latest.value, line) => Progress::OnTrack,
        Some(_) => Progress::Behind,
        None => Progress::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Measure, Spanned};
    use crate::yaml::Pos;

    fn at(text: &str) -> Spanned<Date> {
        Spanned {
            value: Date::parse(text).unwrap(),
            pos: Pos::default(),
        }
    }

    fn indicator(
        baseline: Option<(f64, &str)>,
        target: (f64, &str),
        measured: &[(f64, &str)],
    ) -> Indicator {
        Indicator {
            name: "n".into(),
            unit: "u".into(),
            baseline: baseline.map(|(value, date)| Measure {
                value,
                date: at(date),
            }),
            target: Measure {
                value: target.0,
                date: at(target.1),
            },
            measurements: measured
                .iter()
                .map(|&(value, date)| Measurement {
                    value,
                    date: at(date),
                    source: None,
                })
                .collect(),
        }
    }

    #[test]
    fn the_latest_measurement_is_held_against_the_line() {
        let today = Date::parse("2021-01-01").unwrap();
        let line = |measured| indicator(Some((0.0, "2020-01-01")), (20.0, "2022-01-01"), measured);
        assert_eq!(
            progress(&line(&[(5.0, "2021-01-01")]), today),
            Progress::Behind
        );
        assert_eq!(
            progress(&line(&[(12.0, "2021-01-01")]), today),
            Progress::OnTrack
        );
        assert_eq!(
            progress(&line(&[(20.0, "2021-01-01")]), today),
            Progress::Reached
        );
        assert_eq!(progress(&line(&[]), today), Progress::Unknown);
    }

    #[test]
    fn a_falling_target_is_reached_from_above() {
        let today = Date::parse("2021-01-01").unwrap();
        let falling = indicator(Some((10.0, "2020")), (4.0, "2023"), &[(3.0, "2020-06")]);
        assert_eq!(progress(&falling, today), Progress::Reached);
    }

    #[test]
    fn without_a_baseline_only_a_passed_target_date_tells() {
        let ue = indicator(None, (26.0, "2022-06"), &[(7.0, "2021-06")]);
        assert_eq!(
            progress(&ue, Date::parse("2021-12-31").unwrap()),
            Progress::Unknown
        );
        assert_eq!(
            progress(&ue, Date::parse("2022-07-01").unwrap()),
            Progress::Behind
        );
        assert_eq!(
            progress(&ue, Date::parse("2022-06-30").unwrap()),
            Progress::Unknown
        );
    }
}
