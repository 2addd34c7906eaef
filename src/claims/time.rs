//! The time a claim refers to, when its sentence states one: explicit dates ("in March
//! 2024", "Dec. 8, 2020"), years ("since 2019", "in 2016") and expressions relative to the
//! document's publication ("since February of last year", "last month", "this year").

use crate::read::date::{find_dates, month_number, Date};

/// The time the sentence refers to, resolved against `published` where relative.
pub fn claim_time(sentence: &str, published: Option<Date>) -> Option<String> {
    if let Some(d) = find_dates(sentence).first() {
        return Some(d.date.iso());
    }
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // "February of last year", "February last year".
    if let Some(p) = published {
        for (i, w) in words.iter().enumerate() {
            if let Some(m) = month_number(w).filter(|_| w.len() > 3 || *w == "may") {
                let rest = &words[i + 1..];
                let shift = match rest {
                    ["of", "last", "year", ..] | ["last", "year", ..] => Some(-1),
                    ["of", "this", "year", ..] | ["this", "year", ..] => Some(0),
                    _ => None,
                };
                if let Some(s) = shift {
                    return Date::new(p.year + s, m, None).map(|d| d.iso());
                }
            }
        }
        for (i, w) in words.iter().enumerate() {
            match (*w, words.get(i + 1).copied()) {
                ("last", Some("year")) => return Some(format!("{:04}", p.year - 1)),
                ("this", Some("year")) => return Some(format!("{:04}", p.year)),
                ("last", Some("month")) => {
                    let (y, m) = if p.month == 1 {
                        (p.year - 1, 12)
                    } else {
                        (p.year, p.month - 1)
                    };
                    return Date::new(y, m, None).map(|d| d.iso());
                }
                _ => {}
            }
        }
    }
    for (i, w) in words.iter().enumerate() {
        if w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && i > 0 {
            let y: i32 = w.parse().ok()?;
            if (1900..=2100).contains(&y)
                && matches!(
                    words[i - 1],
                    "in" | "since" | "from" | "until" | "by" | "of" | "early" | "late" | "mid"
                )
            {
                return Some(w.to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_and_absolute_times() {
        let p = Date::new(2024, 6, Some(18));
        assert_eq!(
            claim_time("trained fighters since February of last year", p).as_deref(),
            Some("2023-02")
        );
        assert_eq!(
            claim_time("has fought the government since 2019", p).as_deref(),
            Some("2019")
        );
        assert_eq!(
            claim_time("the deal signed on Dec. 8, 2020", p).as_deref(),
            Some("2020-12-08")
        );
        assert_eq!(
            claim_time("killed last month", p).as_deref(),
            Some("2024-05")
        );
        assert_eq!(claim_time("they met 2000 fighters", p), None);
        assert_eq!(claim_time("since February of last year", None), None);
    }
}
