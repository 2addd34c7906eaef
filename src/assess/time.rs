//! Partial ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and ISO 8601 intervals of two of
//! them (`1980/1989`, `2014/2024-06-18`), as the days they span.

use crate::read::date::{day_numbers, days_of, When};

/// Whether `s` is a date tiegraph understands: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn is_date(s: &str) -> bool {
    days_of(s).is_some()
}

/// The first and last day a partial date or an interval `START/END` names, as
/// `YYYY-MM-DD` (comparable as text); an interval that ends before it starts is none
/// (see `read::date::When`).
pub fn span(s: &str) -> Option<(String, String)> {
    When::parse(s).map(|w| (w.first_day().to_string(), w.last_day().to_string()))
}

/// As `span`, each day as the number `YYYYMMDD` (ordered as the text is), without
/// allocating.
pub fn span_days(s: &str) -> Option<(u32, u32)> {
    match s.split_once('/') {
        None => day_numbers(s),
        Some((a, b)) => {
            let (first, _) = day_numbers(a)?;
            let (_, last) = day_numbers(b)?;
            (first <= last).then_some((first, last))
        }
    }
}

/// The first day a time names (`None` when it is no time).
pub fn start(s: &str) -> Option<String> {
    span(s).map(|x| x.0)
}

/// The last day a time names (`None` when it is no time).
pub fn end(s: &str) -> Option<String> {
    span(s).map(|x| x.1)
}

pub fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// The day before a `YYYY-MM-DD` day.
pub fn day_before(day: &str) -> String {
    let Some((y, m, d)) = ymd(day) else {
        return day.to_string();
    };
    if d > 1 {
        format!("{y:04}-{m:02}-{:02}", d - 1)
    } else if m > 1 {
        format!("{y:04}-{:02}-{:02}", m - 1, days_in_month(y, m - 1))
    } else {
        format!("{:04}-12-31", y.saturating_sub(1))
    }
}

fn ymd(day: &str) -> Option<(u32, u32, u32)> {
    let mut it = day.split('-').map(|p| p.parse::<u32>().ok());
    Some((it.next()??, it.next()??, it.next()??))
}

/// Which of a claim's two times places it: in a period, as a tie's first and last date,
/// among the newest ties.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Basis {
    /// The event time: the time the text gives for the relation ("in the 1980s", "last
    /// year"); a claim whose text gives none is placed at its report time.
    #[default]
    Event,
    /// The report time: the publication date of the document (of the earliest document,
    /// for a passage copied from another).
    Report,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Event => "event",
            Basis::Report => "report",
        }
    }

    pub fn parse(s: &str) -> Option<Basis> {
        match s {
            "event" => Some(Basis::Event),
            "report" => Some(Basis::Report),
            _ => None,
        }
    }

    /// In words, for the outputs that say which time they use.
    pub fn describe(self) -> &'static str {
        match self {
            Basis::Event => {
                "event time (the time the text gives for the relation, else the report's date)"
            }
            Basis::Report => "report time (the publication date of the report)",
        }
    }
}

/// A claim placed in time on `basis`: the date, and which of its times that date is.
pub fn place<'a>(
    basis: Basis,
    event: Option<&'a str>,
    reported: Option<&'a str>,
) -> (Option<&'a str>, Option<Basis>) {
    match (basis, event) {
        (Basis::Event, Some(e)) => (Some(e), Some(Basis::Event)),
        _ => match reported {
            Some(r) => (Some(r), Some(Basis::Report)),
            None => (None, None),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_intervals() {
        assert_eq!(
            span("2019"),
            Some(("2019-01-01".into(), "2019-12-31".into()))
        );
        assert_eq!(
            span("2024-02"),
            Some(("2024-02-01".into(), "2024-02-29".into()))
        );
        assert_eq!(
            span("1980/1989"),
            Some(("1980-01-01".into(), "1989-12-31".into()))
        );
        assert_eq!(
            span("2014-03/2024-06-18"),
            Some(("2014-03-01".into(), "2024-06-18".into()))
        );
        assert_eq!(span("2020/2019"), None);
        assert_eq!(span("2019/"), None);
        assert!(is_date("2019-05"));
        assert!(!is_date("1980/1989"));
        assert_eq!(end("1980/1989").as_deref(), Some("1989-12-31"));
    }
}
