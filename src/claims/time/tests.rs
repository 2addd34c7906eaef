use super::*;

fn at(y: i32, m: u8, d: Option<u8>) -> Option<Date> {
    Date::new(y, m, d)
}

fn t(sentence: &str, p: Option<Date>) -> Option<String> {
    claim_time(sentence, p)
}

#[test]
fn explicit_dates_and_years() {
    let p = at(2024, 6, Some(18));
    assert_eq!(
        t("the deal signed on Dec. 8, 2020", p).as_deref(),
        Some("2020-12-08")
    );
    assert_eq!(t("it armed the group in 2016", p).as_deref(), Some("2016"));
    assert_eq!(t("X trained Y in early 2019", p).as_deref(), Some("2019"));
    assert_eq!(t("they met 2000 fighters", p), None);
    assert_eq!(t("a 2019 report named them", p), None);
}

#[test]
fn since_runs_to_the_publication() {
    let p = at(2024, 6, Some(18));
    assert_eq!(
        t("has fought the government since 2019", p).as_deref(),
        Some("2019/2024-06-18")
    );
    assert_eq!(
        t("trained fighters since February of last year", p).as_deref(),
        Some("2023-02/2024-06-18")
    );
    assert_eq!(
        t("has funded it since March 2014", p).as_deref(),
        Some("2014-03/2024-06-18")
    );
    assert_eq!(
        t("has armed them since the 1990s", p).as_deref(),
        Some("1990/2024-06-18")
    );
    assert_eq!(
        t("has led it since the late 2000s", p).as_deref(),
        Some("2000/2024-06-18")
    );
    // Undated article: the start only; relative expressions cannot be resolved.
    assert_eq!(
        t("has fought the government since 2019", None).as_deref(),
        Some("2019")
    );
    assert_eq!(t("since February of last year", None), None);
}

#[test]
fn decades_and_spans() {
    let p = at(2024, 6, Some(18));
    assert_eq!(
        t("X trained Y in the 1980s", p).as_deref(),
        Some("1980/1989")
    );
    assert_eq!(
        t("during the early 1990s X armed Y", p).as_deref(),
        Some("1990/1999")
    );
    assert_eq!(t("X sold Y 1980s-era rifles", p), None);
    assert_eq!(t("X sold Y rifles of the 1980s era", p), None);
    assert_eq!(
        t("X sheltered Y from 2014 to 2016", p).as_deref(),
        Some("2014/2016")
    );
    assert_eq!(
        t("between 2001 and 2003 X funded Y", p).as_deref(),
        Some("2001/2003")
    );
    // Without a preposition before it, a decade is no time: "1990s" alone is a count.
    assert_eq!(t("some 1990s fighters joined", p), None);
}

#[test]
fn relative_months_and_years() {
    let p = at(2024, 6, Some(18));
    assert_eq!(t("killed last month", p).as_deref(), Some("2024-05"));
    assert_eq!(t("X trained Y last year", p).as_deref(), Some("2023"));
    assert_eq!(t("X joined Y this month", p).as_deref(), Some("2024-06"));
    assert_eq!(t("X funded Y two years ago", p).as_deref(), Some("2022"));
    assert_eq!(t("X funded Y a year ago", p).as_deref(), Some("2023"));
    assert_eq!(
        t("X armed Y three months ago", p).as_deref(),
        Some("2024-03")
    );
    assert_eq!(
        t("X armed Y seven months ago", p).as_deref(),
        Some("2023-11")
    );
    assert_eq!(t("X armed Y years ago", p), None);
    let january = at(2024, 1, None);
    assert_eq!(t("killed last month", january).as_deref(), Some("2023-12"));
    assert_eq!(t("X trained Y last year", None), None);
}

#[test]
fn days_and_weeks_need_a_day_and_no_speech() {
    // 2024-06-18 was a Tuesday.
    let p = at(2024, 6, Some(18));
    assert_eq!(
        t("X attacked Y yesterday", p).as_deref(),
        Some("2024-06-17")
    );
    assert_eq!(
        t("X and Y fought together last week", p).as_deref(),
        Some("2024-06-10/2024-06-16")
    );
    assert_eq!(
        t("X and Y fought together this week", p).as_deref(),
        Some("2024-06-17/2024-06-18")
    );
    assert_eq!(
        t("X attacked Y on Sunday", p).as_deref(),
        Some("2024-06-16")
    );
    assert_eq!(
        t("X attacked Y last Wednesday", p).as_deref(),
        Some("2024-06-12")
    );
    // The day of publication, the future, speech: no time.
    assert_eq!(t("X attacked Y on Tuesday", p), None);
    assert_eq!(t("X will meet Y on Friday", p), None);
    assert_eq!(t("X’ll meet Y on Friday", p), None);
    assert_eq!(t("officials said on Monday that X arms Y", p), None);
    assert_eq!(t("X attacked Y yesterday, officials said", p), None);
    // No day of publication: no day.
    assert_eq!(t("X attacked Y yesterday", at(2024, 6, None)), None);
    // Across a year's end: 2024-01-01 was a Monday.
    assert_eq!(
        t("X and Y fought together last week", at(2024, 1, Some(1))).as_deref(),
        Some("2023-12-25/2023-12-31")
    );
}
