//! Finds calendar dates in short strings ("Dec. 8, 2020", "Wed, 11/28/2018 - 12:13pm",
//! "Sun Jun 23 2024", "2020-12-08T10:00:00Z", "11 Dec 2020", "March 2024") and
//! normalizes them to `YYYY-MM-DD` or `YYYY-MM`.

use regex::Regex;
use std::sync::OnceLock;

/// A date as precise as the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: Option<u8>,
}

/// The days of the week, Monday first (as day numbers count them from a Thursday).
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

impl Date {
    /// Days since 1970-01-01 of a date with a day (H. Hinnant's algorithm).
    pub fn day_number(&self) -> Option<i64> {
        let (y, m, dd) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day?),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + dd - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(era * 146_097 + doe - 719_468)
    }

    /// The date `n` days after 1970-01-01.
    pub fn from_day_number(n: i64) -> Option<Date> {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, m as u8, Some(d as u8))
    }

    pub fn iso(&self) -> String {
        match self.day {
            Some(d) => format!("{:04}-{:02}-{:02}", self.year, self.month, d),
            None => format!("{:04}-{:02}", self.year, self.month),
        }
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM` (as stored).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = match parts.next() {
            Some(d) => Some(d.get(..2).unwrap_or(d).parse().ok()?),
            None => None,
        };
        Date::new(year, month, day)
    }

    pub fn new(year: i32, month: u8, day: Option<u8>) -> Option<Date> {
        if !(1900..=2100).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if let Some(d) = day {
            if d == 0 || d > days_in_month(year, month) {
                return None;
            }
        }
        Some(Date { year, month, day })
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// A time as tiegraph writes it: a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) or an
/// ISO 8601 interval of two (`1980/1989`, `2014-03/2024-06-18`), kept as written, with
/// the first and last day it names (`YYYY-MM-DD`, comparable as text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct When {
    text: String,
    first: String,
    last: String,
}

impl When {
    /// `s` as a time: none when it is no partial date, or an interval that ends before
    /// it starts.
    pub fn parse(s: &str) -> Option<When> {
        let (first, last) = match s.split_once('/') {
            None => days_of(s)?,
            Some((a, b)) => {
                let (first, _) = days_of(a)?;
                let (_, last) = days_of(b)?;
                (first <= last).then_some((first, last))?
            }
        };
        Some(When {
            text: s.to_string(),
            first,
            last,
        })
    }

    /// As written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The first day it names, `YYYY-MM-DD`.
    pub fn first_day(&self) -> &str {
        &self.first
    }

    /// The last day it names, `YYYY-MM-DD`.
    pub fn last_day(&self) -> &str {
        &self.last
    }
}

/// The first and last day a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) names, as
/// `YYYY-MM-DD`; none when it is no such date.
pub fn days_of(s: &str) -> Option<(String, String)> {
    let (first, last) = day_numbers(s)?;
    Some((day_text(first), day_text(last)))
}

/// As `days_of`, each day as the number `YYYYMMDD`, which orders as the text does;
/// without allocating (assessing a large store compares millions of dates).
pub fn day_numbers(s: &str) -> Option<(u32, u32)> {
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let last_day = |y: u32, m: u32| days_in_month(y as i32, m as u8) as u32;
    let mut parts = s.trim().split('-');
    let y = num(parts.next()?, 4)?;
    let Some(m) = parts.next() else {
        return Some((y * 10_000 + 101, y * 10_000 + 1231));
    };
    let m = num(m, 2).filter(|m| (1..=12).contains(m))?;
    let Some(d) = parts.next() else {
        return Some((
            y * 10_000 + m * 100 + 1,
            y * 10_000 + m * 100 + last_day(y, m),
        ));
    };
    let d = num(d, 2).filter(|&d| d >= 1 && d <= last_day(y, m))?;
    if parts.next().is_some() {
        return None;
    }
    let day = y * 10_000 + m * 100 + d;
    Some((day, day))
}

/// `YYYYMMDD` as `YYYY-MM-DD`.
fn day_text(n: u32) -> String {
    format!("{:04}-{:02}-{:02}", n / 10_000, n / 100 % 100, n % 100)
}

/// Month number from an English month name or abbreviation ("Dec", "Sept.", "December").
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    for (i, m) in MONTHS.iter().enumerate() {
        if w == *m || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept")) {
            return Some(i as u8 + 1);
        }
    }
    None
}

const MONTH: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

fn patterns() -> &'static [(Regex, Kind)] {
    static P: OnceLock<Vec<(Regex, Kind)>> = OnceLock::new();
    P.get_or_init(|| {
        let r = |s: String| Regex::new(&s).expect("date pattern");
        vec![
            (
                r(r"\b(\d{4})-(\d{2})-(\d{2})(?:\b|T)".to_string()),
                Kind::Iso,
            ),
            (
                r(format!(
                    r"(?i)\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
                )),
                Kind::MonthDayYear,
            ),
            (
                r(format!(
                    r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})\.?,?\s+(\d{{4}})\b"
                )),
                Kind::DayMonthYear,
            ),
            (
                r(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b".to_string()),
                Kind::Slash,
            ),
            (
                r(format!(r"(?i)\b({MONTH})\.?,?\s+(?:of\s+)?(\d{{4}})\b")),
                Kind::MonthYear,
            ),
        ]
    })
}

#[derive(Clone, Copy)]
enum Kind {
    Iso,
    MonthDayYear,
    DayMonthYear,
    Slash,
    MonthYear,
}

/// A date found in a string, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub date: Date,
}

/// Whether `s` has `n` ASCII digits in a row.
fn has_digit_run(s: &[u8], n: usize) -> bool {
    let mut run = 0;
    for &b in s {
        if b.is_ascii_digit() {
            run += 1;
            if run == n {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Every date in `s`, in order, without overlaps (the more precise pattern wins).
pub fn find_dates(s: &str) -> Vec<FoundDate> {
    let mut found: Vec<FoundDate> = Vec::new();
    // Every pattern has a four-digit year: most sentences have none and skip the regexes.
    if !has_digit_run(s.as_bytes(), 4) {
        return found;
    }
    for (re, kind) in patterns() {
        for c in re.captures_iter(s) {
            let m = c.get(0).expect("whole match");
            if found.iter().any(|f| m.start() < f.end && f.start < m.end()) {
                continue;
            }
            let g = |i: usize| c.get(i).map(|x| x.as_str()).unwrap_or("");
            let date = match kind {
                Kind::Iso => Date::new(
                    g(1).parse().unwrap_or(0),
                    g(2).parse().unwrap_or(0),
                    g(3).parse().ok(),
                ),
                Kind::MonthDayYear => month_number(g(1))
                    .and_then(|mo| Date::new(g(3).parse().unwrap_or(0), mo, g(2).parse().ok())),
                Kind::DayMonthYear => month_number(g(2))
                    .and_then(|mo| Date::new(g(3).parse().unwrap_or(0), mo, g(1).parse().ok())),
                Kind::Slash => {
                    let a: u8 = g(1).parse().unwrap_or(0);
                    let b: u8 = g(2).parse().unwrap_or(0);
                    let y = g(3).parse().unwrap_or(0);
                    // Month first (US), unless the first number cannot be a month.
                    Date::new(y, a, Some(b)).or_else(|| Date::new(y, b, Some(a)))
                }
                Kind::MonthYear => {
                    // "May 2020" is a date; "may 2020" in running prose rarely is.
                    let word = g(1);
                    if word.eq_ignore_ascii_case("may") && !word.starts_with('M') {
                        None
                    } else {
                        month_number(word)
                            .and_then(|mo| Date::new(g(2).parse().unwrap_or(0), mo, None))
                    }
                }
            };
            if let Some(date) = date {
                found.push(FoundDate {
                    start: m.start(),
                    end: m.end(),
                    date,
                });
            }
        }
    }
    found.sort_by_key(|f| f.start);
    found
}

/// True when the string is nothing but a date (with weekday, time and separators around it).
pub fn is_date_line(s: &str) -> bool {
    let found = find_dates(s);
    let Some(first) = found.first() else {
        return false;
    };
    let rest: String = format!("{} {}", &s[..first.start], &s[first.end..]);
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(is_date_filler)
}

fn is_date_filler(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    const FILLER: [&str; 19] = [
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "am",
        "pm",
        "at",
        "gmt",
        "utc",
        "updated",
        "published",
        "posted",
        "est",
    ];
    FILLER.contains(&l.as_str())
        || WEEKDAYS.contains(&l.as_str())
        || l.chars().all(|c| c.is_ascii_digit())
        || (l.ends_with("am") || l.ends_with("pm"))
            && l[..l.len() - 2].chars().all(|c| c.is_ascii_digit())
        || l == "edt"
        || l == "ist"
        || l == "pst"
        || l == "pdt"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(
            Date::from_day_number(0).map(|d| d.iso()).as_deref(),
            Some("1970-01-01")
        );
        let leap = Date::new(2024, 2, Some(29)).unwrap();
        let n = leap.day_number().unwrap();
        assert_eq!(
            Date::from_day_number(n + 1).map(|d| d.iso()).as_deref(),
            Some("2024-03-01")
        );
        assert_eq!(Date::from_day_number(n), Some(leap));
        assert_eq!(
            crate::export::stix::timestamp(n * 86_400 + 3_661),
            "2024-02-29T01:01:01.000Z"
        );
    }

    fn first(s: &str) -> Option<String> {
        find_dates(s).first().map(|f| f.date.iso())
    }

    #[test]
    fn news_conventions() {
        let cases = [
            ("Dec. 8, 2020", "2020-12-08"),
            ("Wed, 11/28/2018 - 12:13pm", "2018-11-28"),
            ("Sun Jun 23 2024, 04:29 AM", "2024-06-23"),
            ("( 11 Dec 2020, NewAgeIslam.Com)", "2020-12-11"),
            ("2020-12-08T10:00:00Z", "2020-12-08"),
            ("September 11, 2001", "2001-09-11"),
            ("in March 2024 the group", "2024-03"),
            ("Sept. 3, 2019", "2019-09-03"),
            ("4th of July 2021", "2021-07-04"),
            ("28/11/2018", "2018-11-28"),
        ];
        for (input, want) in cases {
            assert_eq!(first(input).as_deref(), Some(want), "{input}");
        }
    }

    #[test]
    fn a_time_is_a_partial_date_or_an_interval_kept_as_written() {
        let w = When::parse("2014-03/2024-06-18").unwrap();
        assert_eq!(w.as_str(), "2014-03/2024-06-18");
        assert_eq!((w.first_day(), w.last_day()), ("2014-03-01", "2024-06-18"));
        let w = When::parse("2024-02").unwrap();
        assert_eq!((w.first_day(), w.last_day()), ("2024-02-01", "2024-02-29"));
        for no in ["2020/2019", "2019/", "", "19", "2019-13", "2023-02-29"] {
            assert_eq!(When::parse(no), None, "{no}");
        }
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(first("Feb 30, 2020"), None);
        assert_eq!(first("13/13/2020"), None);
        assert_eq!(first("we may 2020"), None);
    }

    #[test]
    fn date_lines() {
        assert!(is_date_line("Wed, 11/28/2018 - 12:13pm"));
        assert!(is_date_line("Sun Jun 23 2024, 04:29 AM"));
        assert!(is_date_line("Dec. 8, 2020"));
        assert!(!is_date_line("The deal was signed on Dec. 8, 2020"));
    }
}
