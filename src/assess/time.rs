//! Partial ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as the days they span.

/// Whether `s` is a date tiegraph understands: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn is_date(s: &str) -> bool {
    span(s).is_some()
}

/// The first and last day a partial date names, as `YYYY-MM-DD` (comparable as text).
pub fn span(s: &str) -> Option<(String, String)> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y] => {
            let y = num(y, 4)?;
            Some((format!("{y:04}-01-01"), format!("{y:04}-12-31")))
        }
        [y, m] => {
            let (y, m) = (num(y, 4)?, num(m, 2)?);
            (1..=12).contains(&m).then(|| {
                (
                    format!("{y:04}-{m:02}-01"),
                    format!("{y:04}-{m:02}-{:02}", days_in_month(y, m)),
                )
            })
        }
        [y, m, d] => {
            let (y, m, d) = (num(y, 4)?, num(m, 2)?, num(d, 2)?);
            ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then(|| {
                let day = format!("{y:04}-{m:02}-{d:02}");
                (day.clone(), day)
            })
        }
        _ => None,
    }
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
