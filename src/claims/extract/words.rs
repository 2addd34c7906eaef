//! Words of a sentence as byte spans, and the small questions the rules ask of them.

/// A word of a sentence.
#[derive(Debug, Clone, Copy)]
pub(super) struct Word {
    pub start: usize,
    pub end: usize,
}

pub(super) fn words(text: &str, ss: usize, se: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text[ss..se].char_indices() {
        if c.is_alphanumeric() || (matches!(c, '-' | '\'' | '’') && start.is_some()) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Word {
                start: ss + s,
                end: ss + i,
            });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: ss + s,
            end: se,
        });
    }
    out
}

/// Number of words between byte positions `a <= b`.
pub(super) fn gap_words(words: &[Word], a: usize, b: usize) -> usize {
    words.iter().filter(|w| w.start >= a && w.end <= b).count()
}

pub(super) fn word_at<'a>(text: &'a str, words: &[Word], pos: usize) -> Option<&'a str> {
    words
        .iter()
        .find(|w| w.start >= pos)
        .map(|w| &text[w.start..w.end])
}

/// The word that ends at or before `pos` (as written), if any. The words are in text
/// order, so it is found by binary search.
pub(super) fn word_before<'a>(text: &'a str, words: &[Word], pos: usize) -> Option<&'a str> {
    let n = words.partition_point(|w| w.end <= pos);
    n.checked_sub(1)
        .map(|i| &text[words[i].start..words[i].end])
}

/// The lowercased words strictly between two byte positions.
pub(super) fn between(text: &str, words: &[Word], a: usize, b: usize) -> Vec<String> {
    // The words are in text order: those from `a` on, until one ends past `b`.
    let from = words.partition_point(|w| w.start < a);
    words[from..]
        .iter()
        .take_while(|w| w.start < b)
        .filter(|w| w.end <= b)
        .map(|w| lowercase(&text[w.start..w.end]))
        .collect()
}

/// `word` in lowercase, copied at once when it has no capitals (most words).
fn lowercase(word: &str) -> String {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || !b.is_ascii_alphabetic() && b < 0x80)
    {
        word.to_string()
    } else {
        word.to_lowercase()
    }
}

/// True when the text between two slots is a clause or sentence break.
pub(super) fn crosses_clause(text: &str, a: usize, b: usize) -> bool {
    let t = &text[a.min(b)..a.max(b)];
    // ("attacked army posts in the triangle where Sudan and Libya meet": past "where", a
    // clause of place.)
    t.contains(';')
        || t.contains(" where ")
        || t.contains(" -- ")
        || t.contains(" – ")
        || t.contains(" — ")
        || t.contains(": ")
}

/// Clause start for a cue: the last clause break before it within the sentence.
pub(super) fn clause_start(text: &str, ss: usize, pos: usize) -> usize {
    let t = &text[ss..pos];
    [
        t.rfind(';'),
        t.rfind(": "),
        t.rfind(" -- "),
        t.rfind(", but"),
        t.rfind(" but "),
        t.rfind(", while"),
        // "X receives weapons from Y, though Y denies arming it": a concessive clause has
        // a subject of its own.
        t.rfind(" though "),
        t.rfind(" although "),
        t.rfind(" whereas "),
        // "it is possible that the leader, who is wanted by X, is there": a relative
        // clause between commas is outside the modal or negation before it.
        t.rfind(", who "),
        t.rfind(", which "),
        // "X lives in London, where Britain gave him asylum": a clause of place has a
        // subject of its own.
        t.rfind(", where "),
    ]
    .into_iter()
    .flatten()
    .max()
    .map_or(ss, |p| ss + p + 1)
}

/// The text after `pos`, leading whitespace skipped, lowercased, at most `n` bytes of it:
/// enough to test what follows without copying the rest of a long document.
pub(super) fn lower_after(text: &str, pos: usize, n: usize) -> String {
    let rest = text[pos..].trim_start();
    let end = (n.min(rest.len())..=rest.len())
        .find(|&i| rest.is_char_boundary(i))
        .unwrap_or(rest.len());
    rest[..end].to_lowercase()
}

/// The text before `pos`, trailing whitespace skipped, lowercased, at most `n` bytes.
pub(super) fn lower_before(text: &str, pos: usize, n: usize) -> String {
    let head = text[..pos].trim_end();
    let start = (0..=head.len().saturating_sub(n))
        .rev()
        .find(|&i| head.is_char_boundary(i))
        .unwrap_or(0);
    head[start..].to_lowercase()
}

/// "X claimed the attack", "X claimed a suicide bombing", "X claimed responsibility":
/// "claim" owning an act, not saying something. `at` is the cue's span.
pub(super) fn claims_an_act(text: &str, (start, end): (usize, usize)) -> bool {
    let word = text[start..end].to_ascii_lowercase();
    if !word.starts_with("claim") {
        return false;
    }
    let next = lower_after(text, end, 48);
    if next.starts_with("responsibility") || next.starts_with("credit") {
        return true;
    }
    // An act named within the next few words of a noun phrase: "the deadly attack",
    // "a missile attack", "Sunday's ambush"; "that ..." reports instead.
    let act = |w: &str| {
        matches!(
            w,
            "attack"
                | "attacks"
                | "bombing"
                | "bombings"
                | "assault"
                | "ambush"
                | "killing"
                | "killings"
                | "raid"
                | "raids"
                | "abduction"
                | "kidnapping"
                | "strike"
                | "strikes"
                | "blast"
                | "shooting"
        )
    };
    let words: Vec<&str> = next
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .take_while(|w| !w.is_empty())
        .take(4)
        .collect();
    let opens_phrase = words.first().is_some_and(|w| {
        matches!(
            *w,
            "the" | "a" | "an" | "last" | "this" | "these" | "two" | "three" | "several"
        ) || w.ends_with("'s")
            || w.ends_with("’s")
            || act(w)
    });
    opens_phrase && words.iter().any(|w| act(w))
}

/// An auxiliary of the passive ("was killed", "have been named", "got arrested").
pub(super) fn passive_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "been" | "being" | "is" | "are" | "be" | "get" | "got"
    )
}

/// A verb of giving ("gives", "offered", "providing"), whatever its case.
pub(super) fn giving_verb(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "give"
            | "gives"
            | "gave"
            | "giving"
            | "given"
            | "offer"
            | "offers"
            | "offered"
            | "offering"
            | "provide"
            | "provides"
            | "provided"
            | "providing"
            | "grant"
            | "grants"
            | "granted"
            | "granting"
            | "lend"
            | "lends"
            | "lent"
            | "lending"
    )
}

/// The go-between role a name at `end` is set in: "(Turkey) as facilitator", "(Qatar)
/// acting as the mediator".
pub(super) fn go_between_role(text: &str, end: usize) -> Option<&'static str> {
    let after = lower_after(text, end, 40);
    let rest = after
        .trim_start()
        .trim_start_matches("acting ")
        .strip_prefix("as ")?
        .trim_start_matches("the ")
        .trim_start_matches("a ")
        .trim_start_matches("main ");
    [
        "facilitator",
        "mediator",
        "broker",
        "guarantor",
        "go-between",
    ]
    .into_iter()
    .find(|n| rest.starts_with(n))
}

/// The text after a possessive ending and its space ("'s " or "’s "), if `s` opens with one.
pub(super) fn after_possessive(s: &str) -> Option<&str> {
    s.strip_prefix("'s ").or_else(|| s.strip_prefix("’s "))
}

/// Whether the text between an owner's name and a person's is only a title, so that the
/// owner says whose the person is: "Sudan's military ruler", "Ansaru commander", "Tajik
/// President".
pub(super) fn title_glue(glue: &str) -> bool {
    // "with Ansaru commander Malam X": a name as the title's modifier works the same.
    let (title, most) = match after_possessive(glue) {
        // ("Syria's interim president, Ahmed al-Sharaa": the title set off by a comma.)
        Some(title) => (title.strip_suffix(", ").unwrap_or(title), 5),
        None => (glue.strip_prefix(' ').unwrap_or("!"), 3),
    };
    let words: Vec<&str> = title.split_whitespace().collect();
    let plain = |w: &&str| {
        w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
            && !matches!(
                w.to_lowercase().as_str(),
                "and"
                    | "or"
                    | "nor"
                    | "but"
                    | "of"
                    | "in"
                    | "to"
                    | "with"
                    | "by"
                    | "for"
                    | "on"
                    | "at"
                    | "from"
                    | "as"
                    | "than"
                    | "the"
                    | "a"
                    | "an"
                    | "that"
                    | "who"
                    // (A clause opens: "led the X until Captain Y took over".)
                    | "until"
                    | "after"
                    | "before"
                    | "since"
                    | "when"
                    | "while"
                    | "because"
                    | "unless"
                    | "though"
                    | "although"
                    | "where"
                    | "which"
                    | "whose"
            )
    };
    (1..=most).contains(&words.len()) && words.iter().all(plain)
}

/// "X, a group that ..., joined": an apposition set off by commas that closes right
/// before byte `at`, sought from byte `from`: where its opening ", " starts and where its
/// closing comma is (the apposition is `text[open + 2..close]`).
pub(super) fn set_off_before(text: &str, from: usize, at: usize) -> Option<(usize, usize)> {
    let close = text[..at].trim_end().strip_suffix(',')?.len();
    let open = from + text[from.min(close)..close].rfind(", ")?;
    Some((open, close))
}

/// A noun of what was said against someone: "the charge", "accusations", "claims".
pub(super) fn charge_noun(w: &str) -> bool {
    matches!(
        w,
        "charge"
            | "charges"
            | "accusation"
            | "accusations"
            | "allegation"
            | "allegations"
            | "claim"
            | "claims"
    )
}

/// Whether the text between a title and a name is empty or only honorifics and ranks,
/// which do not change whose title it is: "President Sir Seretse Khama", "President
/// General Kenan Evren", "Prime Minister Dr X".
pub(super) fn honorifics_only(gap: &str) -> bool {
    // (Short gaps only: this runs for every cue before every name.)
    if gap.len() > 40 {
        return false;
    }
    let mut words = gap.split_whitespace();
    gap.split_whitespace().count() <= 3
        && words.all(|w| {
            matches!(
                w,
                "Sir"
                    | "Dame"
                    | "Ratu"
                    | "Dr"
                    | "Dr."
                    | "Sheikh"
                    | "Alhaji"
                    | "Haji"
                    | "Hajji"
                    | "Chief"
                    | "Tun"
                    | "General"
                    | "Gen."
                    | "Colonel"
                    | "Col."
                    | "Field"
                    | "Marshal"
                    | "Major"
                    | "Maj."
                    | "Brigadier"
                    | "Brig."
                    | "Lieutenant"
                    | "Lt."
                    | "Admiral"
                    | "Adm."
                    | "Captain"
                    | "Capt."
            )
        })
}

/// What follows a word that opens a list of examples at the start of `rest` (" such as
/// ", ", including ", " like ", and an article after it): "militias such as the X".
pub(super) fn listed_after(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let listed = [" such as ", " including ", " like "]
        .iter()
        .find_map(|i| rest.strip_prefix(i))?;
    Some(listed.strip_prefix("the ").unwrap_or(listed))
}
