//! The time a claim refers to, when its sentence states one (the claim's *event time*,
//! as against the *report time*, the publication date of its document).
//!
//! Written as ISO 8601 dates of the precision the text gives — `YYYY`, `YYYY-MM`,
//! `YYYY-MM-DD` — or as an interval `START/END` of two such dates:
//!
//! - explicit dates ("in March 2024", "Dec. 8, 2020") and years after a preposition
//!   ("in 2016", "early 2019" is the year 2019);
//! - decades: "the 1980s" is `1980/1989`;
//! - spans: "from 2014 to 2016", "between 2014 and 2016" are `2014/2016`;
//! - relative to the publication date, only when the document has one (and a day where
//!   the expression needs it): "last year", "this year", "last month", "this month",
//!   "February of last year", "two years ago", "three months ago", "yesterday", "last
//!   week" (the calendar week before: `2024-06-10/2024-06-16`), "this week", "on Monday"
//!   (the last Monday before publication; never in a sentence that speaks of the future);
//! - "since X" runs from X to the publication date: "since 2014" in an article of
//!   2024-06-18 is `2014/2024-06-18` (just `2014` when the article is undated).
//!
//! Conservative by design: anything else gives no time, since no time is better than a
//! wrong one.

use crate::read::date::{find_dates, month_number, Date, WEEKDAYS};

/// A word of the sentence, lowercased, with the byte offset where it starts.
struct Word {
    at: usize,
    text: String,
}

fn words_of(sentence: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in sentence.char_indices().chain([(sentence.len(), ' ')]) {
        let inside = c.is_alphanumeric() || (c == '\'' && start.is_some());
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    at: s,
                    text: sentence[s..i].trim_end_matches('\'').to_lowercase(),
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The time the sentence refers to, resolved against `published` where relative.
pub fn claim_time(sentence: &str, published: Option<Date>) -> Option<String> {
    let words = words_of(sentence);
    let w: Vec<&str> = words.iter().map(|x| x.text.as_str()).collect();
    // Index of the first word at or after byte `at`.
    let word_at = |at: usize| words.iter().position(|x| x.at >= at).unwrap_or(words.len());
    let (i, time) = if let Some(d) = find_dates(sentence).first() {
        (word_at(d.start), d.date.iso())
    } else if let Some(found) = published.and_then(|p| relative(&w, p)) {
        found
    } else {
        absolute(&w)?
    };
    // "since 2014", "since the 1990s", "since the late 2000s".
    let before = w[..i]
        .iter()
        .rev()
        .find(|x| !matches!(**x, "the" | "early" | "mid" | "late"));
    let since = before == Some(&"since");
    Some(match published {
        Some(p) if since => interval(&time, &p.iso()).unwrap_or(time),
        _ => time,
    })
}

/// `start/end`, when `start` begins no later than `end` ends (and they differ).
fn interval(start: &str, end: &str) -> Option<String> {
    let first = |s: &str| s.split('/').next().unwrap_or(s).to_string();
    let last = |s: &str| s.rsplit('/').next().unwrap_or(s).to_string();
    let (a, b) = (first(start), last(end));
    if a == b {
        return Some(a);
    }
    let begins = crate::assess::time::span(&a)?.0;
    let ends = crate::assess::time::span(&b)?.1;
    (begins <= ends).then(|| format!("{a}/{b}"))
}

/// Years and decades the sentence states, with the index of their first word.
fn absolute(w: &[&str]) -> Option<(usize, String)> {
    let year = |s: &str| {
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1900..=2100).contains(y))
    };
    for (i, x) in w.iter().enumerate() {
        // "the 1980s", "early 1990s": a decade, never a count ("1990s-era rifles" too).
        if let Some(d) = x.strip_suffix('s').and_then(year).filter(|y| y % 10 == 0) {
            let after = |k: usize| w.get(i + k).copied();
            let era = matches!(after(1), Some("era" | "vintage" | "style"));
            if i > 0
                && !era
                && matches!(
                    w[i - 1],
                    "the" | "early" | "mid" | "late" | "in" | "since" | "during" | "throughout"
                )
            {
                return Some((i, format!("{d:04}/{:04}", d + 9)));
            }
        }
    }
    for (i, x) in w.iter().enumerate() {
        let Some(y) = year(x).filter(|_| i > 0) else {
            continue;
        };
        let prev = w[i - 1];
        // "from 2014 to 2016", "between 2014 and 2016".
        if let (Some(&link), Some(end)) = (w.get(i + 1), w.get(i + 2).and_then(|s| year(s))) {
            let pair = matches!((prev, link), ("from", "to" | "until") | ("between", "and"));
            if pair && end > y {
                return Some((i, format!("{y:04}/{end:04}")));
            }
        }
        if matches!(
            prev,
            "in" | "since" | "from" | "until" | "by" | "of" | "early" | "late" | "mid"
        ) {
            return Some((i, format!("{y:04}")));
        }
    }
    None
}

/// Expressions relative to the publication date `p`, with the index of their first word.
fn relative(w: &[&str], p: Date) -> Option<(usize, String)> {
    // "February of last year", "February last year", "February this year".
    for (i, x) in w.iter().enumerate() {
        if let Some(m) = month_number(x).filter(|_| x.len() > 3 || *x == "may") {
            let shift = match &w[i + 1..] {
                ["of", "last", "year", ..] | ["last", "year", ..] => Some(-1),
                ["of", "this", "year", ..] | ["this", "year", ..] => Some(0),
                _ => None,
            };
            if let Some(s) = shift {
                return Some((i, Date::new(p.year + s, m, None)?.iso()));
            }
        }
    }
    let month_back = |n: i32| {
        let k = p.year * 12 + i32::from(p.month) - 1 - n;
        Date::new(k.div_euclid(12), (k.rem_euclid(12) + 1) as u8, None).map(|d| d.iso())
    };
    for (i, x) in w.iter().enumerate() {
        let next = w.get(i + 1).copied();
        let found = match (*x, next) {
            ("last", Some("year")) => Some(format!("{:04}", p.year - 1)),
            ("this", Some("year")) => Some(format!("{:04}", p.year)),
            ("last", Some("month")) => month_back(1),
            ("this", Some("month")) => month_back(0),
            _ => ago(w, i, p).or_else(|| days(w, i, p)),
        };
        if let Some(t) = found {
            return Some((i, t));
        }
    }
    None
}

/// "two years ago", "three months ago", "a year ago" (the year, or the month, it names).
fn ago(w: &[&str], i: usize, p: Date) -> Option<String> {
    if w.get(i + 2) != Some(&"ago") {
        return None;
    }
    let n = count(w[i])?;
    match w[i + 1] {
        "year" | "years" if n <= 50 => Some(format!("{:04}", p.year - n)),
        "month" | "months" if n <= 24 => {
            let k = p.year * 12 + i32::from(p.month) - 1 - n;
            Date::new(k.div_euclid(12), (k.rem_euclid(12) + 1) as u8, None).map(|d| d.iso())
        }
        _ => None,
    }
}

fn count(word: &str) -> Option<i32> {
    const NUMBERS: [&str; 12] = [
        "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    match NUMBERS.iter().position(|n| *n == word) {
        Some(k) => Some(k as i32 + 1),
        None if word == "one" => Some(1),
        None => word.parse().ok().filter(|n| (1..=100).contains(n)),
    }
}

/// Words that report speech (a day next to them usually dates the speaking).
const SPEECH: [&str; 16] = [
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "announced",
    "claimed",
    "claims",
    "reported",
    "according",
    "accused",
    "denied",
    "alleged",
    "confirmed",
    "added",
];

/// Days and weeks, which need the day of publication: "yesterday", "last week", "this
/// week", "on Monday", "last Monday". Not in a sentence that reports speech: "said on
/// Monday that X arms Y" dates the saying, not the arming.
fn days(w: &[&str], i: usize, p: Date) -> Option<String> {
    if w.iter().any(|x| SPEECH.contains(x)) {
        return None;
    }
    let today = p.day_number()?;
    // Monday is 0: 1970-01-01 was a Thursday.
    let weekday = (today + 3).rem_euclid(7);
    let day = |n: i64| Date::from_day_number(n).map(|d| d.iso());
    let next = w.get(i + 1).copied();
    match (w[i], next) {
        ("yesterday", _) => day(today - 1),
        ("last", Some("week")) => {
            let monday = today - weekday - 7;
            Some(format!("{}/{}", day(monday)?, day(monday + 6)?))
        }
        ("this", Some("week")) if weekday > 0 => {
            Some(format!("{}/{}", day(today - weekday)?, day(today)?))
        }
        ("on" | "last", Some(name)) => {
            let target = WEEKDAYS.iter().position(|d| *d == name)? as i64;
            let back = (weekday - target).rem_euclid(7);
            // The day of publication itself, or a sentence about what is to come: no.
            let future = w.iter().any(|x| {
                matches!(
                    *x,
                    "will"
                        | "next"
                        | "shall"
                        | "plans"
                        | "planned"
                        | "scheduled"
                        | "due"
                        | "expected"
                        | "would"
                        | "tomorrow"
                        | "ll"
                ) || x.ends_with("'ll")
            });
            (back > 0 && !future).then(|| day(today - back)).flatten()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
