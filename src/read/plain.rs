//! Plain text and Markdown: headline on top, then header lines (outlet, byline, date),
//! then paragraphs; page debris (share bars, comment prompts, glued navigation) dropped.

use super::date::{find_dates, is_date_line};
use super::{squash, Document, Format, Meta};
use regex::Regex;
use std::sync::OnceLock;

/// Reads a plain-text scrape (or Markdown when `markdown`).
pub fn read_plain(raw: &str, markdown: bool) -> Document {
    let lines: Vec<String> = raw
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .lines()
        .map(|l| {
            let l = l.trim_end().trim_start_matches('\u{feff}');
            let l = if markdown {
                strip_markdown(l)
            } else {
                l.to_string()
            };
            l.replace('\u{a0}', " ")
        })
        .collect();
    let kept = drop_debris(&lines);
    let meta = header_meta(&kept);
    let text = join_paragraphs(&kept);
    Document {
        text,
        meta,
        format: if markdown {
            Format::Markdown
        } else {
            Format::Text
        },
    }
}

/// Joins kept lines, with at most one blank line between paragraphs.
pub(crate) fn join_paragraphs(lines: &[String]) -> String {
    let mut out = String::new();
    let mut blank = false;
    for l in lines {
        if l.trim().is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(l.trim());
        blank = false;
    }
    out
}

fn strip_markdown(line: &str) -> String {
    static LINK: OnceLock<Regex> = OnceLock::new();
    let l = line.trim_start();
    let l = l.trim_start_matches('#').trim_start();
    let l = l.strip_prefix("> ").unwrap_or(l);
    let l = if l.starts_with("- ") || l.starts_with("* ") {
        &l[2..]
    } else {
        l
    };
    // (Each pattern of this module is compiled only when a line could match it: a
    // one-line document then costs no compilation.)
    let l = if l.contains("](") {
        let link = LINK.get_or_init(|| Regex::new(r"!?\[([^\]]*)\]\([^)]*\)").expect("link"));
        link.replace_all(l, "$1")
    } else {
        l.into()
    };
    l.replace("**", "").replace("__", "")
}

/// Removes lines that are page furniture rather than article text.
pub(crate) fn drop_debris(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter(|l| !is_debris_line(l))
        .cloned()
        .collect()
}

const DEBRIS_PHRASES: &[&str] = &[
    "send to a friend",
    "comment",
    "comments",
    "0 comment(s)",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "add a comment",
    "comment policy",
    "do you like this article?",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "tweet",
    "print",
    "email",
    "back to top",
    "scroll to top",
    "related",
    "related articles",
    "related stories",
    "related posts",
    "read more",
    "read also",
    "see also",
    "more stories",
    "recommended",
    "advertisement",
    "skip to content",
    "skip to main content",
    "menu",
    "search",
    "log in",
    "sign in",
    "subscribe",
    "sign up",
    "follow us",
    "accept",
    "accept all",
    "accept cookies",
    "reject all",
    "cookie settings",
    "we use cookies",
    "all rights reserved",
    "newsletter",
    "source link",
    "trending",
    "most read",
    "most popular",
];

const DEBRIS_PREFIXES: &[&str] = &[
    "comment policy",
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "by continuing to use",
    "sign up for our newsletter",
    "subscribe to our newsletter",
    "get the latest",
    "copyright ©",
    "©",
    "all rights reserved",
    "click here to",
    "follow us on",
    "share this article",
    "you must be logged in",
    "your email address will not be published",
    "required fields are marked",
];

/// True for a line that is navigation, sharing, commenting, cookie or subscription
/// furniture. Only short lines qualify, so article sentences are never dropped.
pub(crate) fn is_debris_line(line: &str) -> bool {
    let l = squash(line);
    if l.is_empty() {
        return false;
    }
    let words = l.split_whitespace().count();
    // Prose: a long line without separators that reads as sentences is none of the
    // shapes below (each needs few words, separators or glued words without a full
    // stop); most lines of an article end here, before the costlier tests.
    if words > 25 && !l.contains(['|', '•', '·']) && (l.contains(". ") || l.ends_with('.')) {
        return false;
    }
    let lower = l.to_lowercase();
    let bare =
        lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '(' && c != ')' && c != '?');
    if words <= 6 && DEBRIS_PHRASES.contains(&bare) {
        return true;
    }
    if words <= 25 && DEBRIS_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    // "Comment | Comment", "Home | World | Politics", "Share • Tweet • Email".
    let items: Vec<&str> = l.split(['|', '•', '·']).map(str::trim).collect();
    if items.len() >= 2
        && items
            .iter()
            .all(|i| i.split_whitespace().count() <= 3 && !i.ends_with('.'))
        && items.iter().filter(|i| !i.is_empty()).count() >= 2
        && !items
            .iter()
            .skip(1)
            .any(|i| i.split_whitespace().count() > 2)
        && items.iter().any(|i| {
            let il = i.to_lowercase();
            DEBRIS_PHRASES.contains(&il.as_str()) || il == "home"
        })
    {
        return true;
    }
    // Navigation menus flattened into one line: "New Age IslamIslam OnlineIslamic Website...".
    let glued = l
        .as_bytes()
        .windows(2)
        .filter(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
        .count();
    if glued >= 3 && !l.contains(". ") && !l.ends_with('.') {
        return true;
    }
    // Counters such as "1500 / 1500" or "12 Comments"; a date ("07/14/2025, 15.26") is
    // none.
    if words > 3 || !l.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let no_digits: String = lower.chars().filter(|c| !c.is_ascii_digit()).collect();
    let nd = no_digits.trim_matches(|c: char| !c.is_alphanumeric());
    (nd.is_empty() || DEBRIS_PHRASES.contains(&nd)) && find_dates(&l).is_empty()
}

/// A line that reads like article prose rather than a header.
fn is_body_line(l: &str) -> bool {
    let words = l.split_whitespace().count();
    let ends = l.trim_end_matches(['"', '”', '’', '\'', ')', ']']);
    words >= 12
        && (ends.ends_with('.')
            || ends.ends_with('?')
            || ends.ends_with('!')
            || ends.ends_with(':'))
}

/// "By X": the byline's rest, of 2 to 160 chars. (The length is checked after the match:
/// a bounded repeat of any char compiles to an automaton large enough to be a fifth of
/// the start-up time.)
fn byline_captures(line: &str) -> Option<regex::Captures<'_>> {
    static R: OnceLock<Regex> = OnceLock::new();
    let opening = line
        .trim_start_matches(['-', '•', '*', ' ', '\t'])
        .get(..13)
        .unwrap_or(line)
        .to_ascii_lowercase();
    if !["by", "written by", "words by", "reporting by"]
        .iter()
        .any(|p| opening.trim_start().starts_with(p))
    {
        return None;
    }
    R.get_or_init(|| {
        Regex::new(r"^(?:[-•*]\s*)?(?i:by|written by|words by|reporting by)[:\s]+(.+)$")
            .expect("byline")
    })
    .captures(line)
    .filter(|c| (2..=160).contains(&c[1].chars().count()))
}

/// "BOGOTA, Colombia (AA) - ...", "ADEN, Yemen (AP) — ...", "Yangon (AsiaNews) – ...": the
/// outlet a wire dateline names in brackets.
fn dateline_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        // (Past a slash, what the check below bounds: "[^)]{0,30}" compiles to a large
        // automaton, as any char repeated does.)
        Regex::new(r"^[A-Z][A-Za-z .'’-]{1,40}(?:, [A-Z][A-Za-z .'’-]{1,30})?\s*\(([A-Z][A-Za-z&.' -]{1,30}?)(?:\s*/([^)]*))?\)\s*[-—–]")
            .expect("dateline")
    })
}

/// The outlet of a dateline, with the wire abbreviations spelled out.
fn dateline_outlet(line: &str) -> Option<String> {
    if !line.contains('(') {
        return None;
    }
    let c = dateline_re()
        .captures(line)
        .filter(|c| c.get(2).is_none_or(|m| m.as_str().chars().count() <= 30))?;
    let name = c[1].trim();
    Some(match name {
        "AP" => "Associated Press".to_string(),
        _ => name.to_string(),
    })
}

/// A credit line's source, of 2 to 80 chars (checked after the match, as in
/// `byline_captures`).
fn source_captures(line: &str) -> Option<regex::Captures<'_>> {
    static R: OnceLock<Regex> = OnceLock::new();
    let opening = line.get(..20).unwrap_or(line).to_ascii_lowercase();
    if ![
        "source",
        "originally",
        "first published",
        "republished",
        "courtesy",
        "this article",
    ]
    .iter()
    .any(|p| opening.starts_with(p))
    {
        return None;
    }
    R.get_or_init(|| {
        Regex::new(r"^(?i:source|originally published (?:by|in|at|on)|first published (?:by|in|on)|republished from|courtesy(?: of)?|this article (?:was )?(?:first|originally) (?:appeared|published) (?:in|on|by))[:\s]+(.+?)\.?$")
            .expect("source")
    })
    .captures(line)
    .filter(|c| (2..=80).contains(&c[1].chars().count()))
}

/// The outlet's name from a credit line: "Khyber Ledger and is republished here with
/// permission" is "Khyber Ledger".
fn outlet_name(s: &str) -> String {
    let s = squash(s);
    let mut cut = s.len();
    for sep in [" and ", ", ", " with ", " on ", " under ", " via ", "; "] {
        if let Some(p) = s.find(sep) {
            cut = cut.min(p);
        }
    }
    s[..cut].trim_end_matches(['.', ',']).to_string()
}

/// The names a byline gives: up to five capitalized words each (particles allowed),
/// several joined by "and" or "&" ("A and B"); a byline that repeats itself ("By A and B
/// A and B are staff writers") counts once, and a lowercase word ends it.
fn clean_person(s: &str) -> Option<String> {
    let s = squash(s);
    let s = s.split([',', '|', '(', '/']).next().unwrap_or("").trim();
    let mut words: Vec<&str> = s.split_whitespace().collect();
    if let Some(n) = (2..=words.len() / 2)
        .rev()
        .find(|&n| words[..n] == words[n..2 * n])
    {
        words.truncate(n);
    }
    let particle = |w: &str| {
        matches!(
            w,
            "al" | "bin" | "ibn" | "van" | "von" | "de" | "da" | "el" | "ul"
        ) || w.starts_with("al-")
            || w.starts_with("el-")
    };
    let mut kept: Vec<&str> = Vec::new();
    let mut in_name = 0;
    for w in words {
        let joins = matches!(w, "and" | "&");
        let name_word = w.chars().next().is_some_and(char::is_uppercase) || particle(w);
        if joins && in_name > 0 {
            kept.push(w);
            in_name = 0;
        } else if name_word && in_name < 5 {
            kept.push(w);
            in_name += 1;
        } else {
            break;
        }
    }
    while kept.last().is_some_and(|w| matches!(*w, "and" | "&")) {
        kept.pop();
    }
    let name = kept
        .join(" ")
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.')
        .to_string();
    (!name.is_empty()).then_some(name)
}

/// A line that is nothing but a person's name (2 to 4 capitalized words).
fn is_name_line(l: &str) -> bool {
    let words: Vec<&str> = l.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(|c| c.is_uppercase())
                && cs.all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.')
        })
        && !words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "news"
                    | "journal"
                    | "times"
                    | "post"
                    | "daily"
                    | "weekly"
                    | "monitor"
                    | "press"
                    | "agency"
                    | "media"
                    | "review"
                    | "tribune"
                    | "herald"
                    | "online"
            )
        })
}

/// A short Title Case line, the usual shape of an outlet's name above the headline.
fn is_outlet_shaped(l: &str) -> bool {
    let words: Vec<&str> = l.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && !l.contains(':')
        && !l.ends_with('.')
        && !l.chars().any(|c| c.is_ascii_digit())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || matches!(*w, "of" | "the" | "and" | "for" | "on")
        })
}

/// Whether a line names a web domain ("dawn.com").
fn names_domain(line: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    let lower = line.to_ascii_lowercase();
    let ends = [
        ".com", ".org", ".net", ".info", ".news", ".co.uk", ".tv", ".pk", ".af", ".in",
    ];
    ends.iter().any(|e| lower.contains(e))
        && R.get_or_init(|| {
            Regex::new(r"(?i)\b([a-z0-9-]+)\.(com|org|net|info|news|co\.uk|tv|pk|af|in)\b")
                .expect("domain")
        })
        .is_match(line)
}

fn letters_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Metadata from the header lines and the conventions of scraped text.
pub(crate) fn header_meta(lines: &[String]) -> Meta {
    let nonblank: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    // A long byline ("By A and B A and B are staff writers.") is no prose.
    let body_at = nonblank
        .iter()
        .position(|l| is_body_line(l) && byline_captures(l).is_none())
        .unwrap_or(nonblank.len());
    let header = &nonblank[..body_at.min(14)];
    let mut meta = Meta::default();

    let mut title_at: Option<usize> = None;
    let mut dated: Vec<(usize, super::date::Date, bool)> = Vec::new(); // (line, date, names an outlet)
                                                                       // An author read from a name-shaped line, not from a byline: a byline found later
                                                                       // replaces it, and the line was then the outlet's name ("The Horn Dispatch" over the
                                                                       // date, then "By Hodan Warsame").
    let mut guessed: Option<String> = None;
    for (i, l) in header.iter().enumerate() {
        if let Some(c) = byline_captures(l) {
            if let Some(g) = guessed.take() {
                meta.author = None;
                if meta.outlet.is_none() && is_outlet_shaped(&g) {
                    meta.outlet = Some(g);
                }
            }
            if meta.author.is_none() {
                meta.author = clean_person(&c[1]);
            }
            continue;
        }
        if let Some(c) = source_captures(l) {
            meta.original_outlet
                .get_or_insert_with(|| outlet_name(&c[1]));
            continue;
        }
        let found = find_dates(l);
        // "Situation Update: 16-29 September 2024" opening the text is its headline.
        let headline = i == 0 && !is_date_line(l) && !names_domain(l) && l.contains(": ");
        if let (Some(d), false) = (found.first(), headline) {
            let names_outlet = names_domain(l);
            if is_date_line(l) || names_outlet || l.split_whitespace().count() <= 10 {
                dated.push((i, d.date, names_outlet));
                continue;
            }
        }
        if i == 0 && header.len() > 1 && is_outlet_shaped(l) {
            let next = header[1];
            let next_is_longer = next.split_whitespace().count() > l.split_whitespace().count();
            if is_date_line(next) || (next_is_longer && byline_captures(next).is_none()) {
                meta.outlet = Some(l.to_string());
                continue;
            }
        }
        // "MYANMAR – CHINA": a section kicker in capitals above the headline.
        let kicker = l.chars().any(char::is_alphabetic)
            && !l.chars().any(char::is_lowercase)
            && l.split_whitespace().count() <= 5
            && i + 1 < header.len();
        if title_at.is_none() && !kicker {
            title_at = Some(i);
            meta.title = Some(squash(l));
            continue;
        }
        // "Borkena" above "December 10, 2020": one word over the date is the site's name
        // (a byline names a person, in two words or more).
        let site_over_date = l.split_whitespace().count() == 1
            && is_outlet_shaped(l)
            && header.get(i + 1).is_some_and(|n| is_date_line(n));
        if meta.outlet.is_none() && title_at.is_some() && site_over_date {
            meta.outlet = Some(l.to_string());
            continue;
        }
        if meta.author.is_none() && title_at.is_some() && is_name_line(l) {
            meta.author = Some(l.to_string());
            guessed = Some(l.to_string());
        }
    }

    // Published: a date that sits beside the outlet's name, else the first date after the
    // headline, else the first date without a clock time before it.
    let after_title = |i: usize| title_at.is_some_and(|t| i > t);
    let pick = dated
        .iter()
        .find(|d| d.2)
        .or_else(|| dated.iter().find(|d| after_title(d.0)))
        .or_else(|| dated.first());
    if let Some(p) = pick {
        meta.published = Some(p.1.iso());
        if let Some(other) = dated.iter().find(|d| after_title(d.0) && d.1 < p.1) {
            meta.original_published = Some(other.1.iso());
        }
    }

    // Republication notes anywhere in the text: "Source: The Washington Post".
    for l in nonblank.iter().skip(body_at) {
        if l.split_whitespace().nth(14).is_some() {
            continue;
        }
        if let Some(c) = source_captures(l) {
            meta.original_outlet = Some(outlet_name(&c[1]));
        }
    }
    if meta.outlet.is_none() {
        if let Some(orig) = meta.original_outlet.take() {
            meta.outlet = Some(orig);
        }
    } else if let (Some(o), Some(orig)) = (&meta.outlet, &meta.original_outlet) {
        if letters_key(o) == letters_key(orig) {
            meta.original_outlet = None;
        }
    }
    if meta.outlet.is_none() {
        meta.outlet = nonblank
            .iter()
            .skip(body_at.saturating_sub(2))
            .take(5)
            .find_map(|l| dateline_outlet(l));
    }
    if meta.outlet.is_none() {
        meta.outlet = self_cited_outlet(&nonblank);
    }
    meta
}

/// "told The Frontier Post", "spoke to The Frontier Post": an outlet that the text names as the
/// one its sources spoke to, at least twice, is the outlet that published it.
fn self_cited_outlet(lines: &[&str]) -> Option<String> {
    static R: OnceLock<Regex> = OnceLock::new();
    let cues = [
        "told",
        "spoke to",
        "speaking to",
        "said to",
        "interview with",
    ];
    if !lines.iter().any(|l| cues.iter().any(|c| l.contains(c))) {
        return None;
    }
    let re = R.get_or_init(|| {
        Regex::new(r"\b(?:told|spoke to|speaking to|said to|interview with)\s+([Tt]he(?:\s+[A-Z][\w&'-]*){1,4})")
            .expect("self-cited")
    });
    let mut counts: Vec<(String, usize)> = Vec::new();
    for l in lines {
        for c in re.captures_iter(l) {
            let name = c[1]
                .trim_end_matches(|ch: char| !ch.is_alphanumeric())
                .replacen("the ", "The ", 1);
            match counts.iter_mut().find(|(n, _)| *n == name) {
                Some(e) => e.1 += 1,
                None => counts.push((name, 1)),
            }
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .max_by_key(|(_, n)| *n)
        .map(|(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> Meta {
        read_plain(text, false).meta
    }

    const BODY: &str = "The rebels and the militia have fought alongside each other since the spring, according to officials in the region who asked not to be named.";

    #[test]
    fn outlet_date_title_byline() {
        let m = meta(&format!(
            "Sahel Monitor\nTue, 03/05/2024 - 09:10am\n\nMilitias close ranks in the north\n\nBy Amina Diallo\n\n{BODY}\n"
        ));
        assert_eq!(m.outlet.as_deref(), Some("Sahel Monitor"));
        assert_eq!(
            m.title.as_deref(),
            Some("Militias close ranks in the north")
        );
        assert_eq!(m.author.as_deref(), Some("Amina Diallo"));
        assert_eq!(m.published.as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn one_word_over_the_date_below_the_headline_is_the_site() {
        let m = meta(&format!(
            "Troops in the disputed territory, the minister says\nThe minister (photo: file)\nKorvaline\nDecember 10, 2020\n\n{BODY}\n"
        ));
        assert_eq!(m.outlet.as_deref(), Some("Korvaline"));
        assert_eq!(m.author, None);
        assert_eq!(m.published.as_deref(), Some("2020-12-10"));
        // Two words over the date are a byline.
        let m = meta(&format!(
            "Troops in the disputed territory, the minister says\nAmina Diallo\nDecember 10, 2020\n\n{BODY}\n"
        ));
        assert_eq!(m.author.as_deref(), Some("Amina Diallo"));
    }

    #[test]
    fn a_byline_below_a_name_shaped_line_makes_that_line_the_outlet() {
        let m = meta(&format!(
            "Militias close ranks in the north\n\nThe Horn Courier\nMar. 19, 2025\nBy Hodan Warsame\n\n{BODY}\n"
        ));
        assert_eq!(m.author.as_deref(), Some("Hodan Warsame"));
        assert_eq!(m.outlet.as_deref(), Some("The Horn Courier"));
    }

    #[test]
    fn wire_dateline_names_the_outlet_and_a_kicker_is_no_title() {
        let m = meta(&format!(
            "SAHEL – NIGER\n11/28/2024, 10.05\nSend to a friend\n\nMilitias close ranks in the north\n\nNIAMEY, Niger (AP) — {BODY}\n"
        ));
        assert_eq!(m.outlet.as_deref(), Some("Associated Press"));
        assert_eq!(
            m.title.as_deref(),
            Some("Militias close ranks in the north")
        );
        assert_eq!(m.published.as_deref(), Some("2024-11-28"));
        let m = meta(&format!(
            "Militias close ranks in the north\n\nGAO (Sahel Wire / 3 June)—{BODY}\n"
        ));
        assert_eq!(m.outlet.as_deref(), Some("Sahel Wire"));
    }

    #[test]
    fn a_byline_keeps_every_author_once() {
        let m = meta(&format!(
            "Militias close ranks in the north\n\n- By Amina Diallo and Karim Sow Amina Diallo and Karim Sow are staff writers of the paper.\n\n{BODY}\n"
        ));
        assert_eq!(m.author.as_deref(), Some("Amina Diallo and Karim Sow"));
        let m = meta(&format!(
            "Militias close ranks in the north\nBy Amina Diallo & Karim Sow\n\n{BODY}\n"
        ));
        assert_eq!(m.author.as_deref(), Some("Amina Diallo & Karim Sow"));
    }

    #[test]
    fn republication_keeps_both_outlets_and_the_copy_date() {
        let m = meta(&format!(
            "Frontier Digest\nMon Jan 08 2024, 11:00 AM\n\nWorld news ( 12 Dec 2023, FrontierDigest.Com)\n\nA long headline about the two groups and their old alliance\n\nBy Kim Lee\n\nDec. 9, 2023\n\n{BODY}\n\nSource: The Coastal Herald\n"
        ));
        assert_eq!(m.outlet.as_deref(), Some("Frontier Digest"));
        assert_eq!(m.original_outlet.as_deref(), Some("The Coastal Herald"));
        assert_eq!(m.published.as_deref(), Some("2023-12-12"));
        assert_eq!(m.original_published.as_deref(), Some("2023-12-09"));
        assert_eq!(m.author.as_deref(), Some("Kim Lee"));
        assert_eq!(
            m.title.as_deref(),
            Some("A long headline about the two groups and their old alliance")
        );
        let m = meta(&format!("Copy of a report\n\n{BODY}\n\nThis article was originally published by Khyber Ledger and is republished here with permission.\n"));
        assert_eq!(m.outlet.as_deref(), Some("Khyber Ledger"));
    }

    #[test]
    fn name_line_after_headline_is_the_author() {
        let m = meta(&format!("Gulf Review\n\nHeadline: the long war in the east\n\nWed, 11/28/2018 - 12:13pm\n\nJonas Berg\n\n{BODY}"));
        assert_eq!(m.author.as_deref(), Some("Jonas Berg"));
        assert_eq!(m.outlet.as_deref(), Some("Gulf Review"));
        assert_eq!(m.published.as_deref(), Some("2018-11-28"));
    }

    #[test]
    fn outlet_from_repeated_self_citation() {
        let m = meta(&format!(
            "Rebels regroup\n\n{BODY} One commander told The Frontier Post that the deal held.\n\nAnother fighter told The Frontier Post the same."
        ));
        assert_eq!(m.outlet.as_deref(), Some("The Frontier Post"));
        assert_eq!(m.title.as_deref(), Some("Rebels regroup"));
    }

    #[test]
    fn debris_lines_are_dropped_and_prose_kept() {
        let doc = read_plain(
            &format!("Headline here\n\nComment | Comment\n\n{BODY}\n\nDo you like this article?\n\n0 Comment(s)\n\nBack to top\n\nHomeWorldNewsSportsOpinionVideo\n\nComment Policy * Denotes required field 1500 / 1500\n"),
            false,
        );
        assert_eq!(doc.text, format!("Headline here\n\n{BODY}"));
    }

    #[test]
    fn markdown_syntax_is_stripped() {
        let doc = read_plain(
            &format!(
                "# The headline\n\n**By Ana Ruiz**\n\n{BODY} See [the report](http://x.y/z).\n"
            ),
            true,
        );
        assert!(doc.text.starts_with("The headline\n\nBy Ana Ruiz"));
        assert!(doc.text.ends_with("See the report."));
        assert_eq!(doc.meta.author.as_deref(), Some("Ana Ruiz"));
    }
}
