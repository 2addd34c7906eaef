//! Polarity and modality of a claim, from the cues of its clause.

use super::words::{
    between, claims_an_act, clause_start, gap_words, lower_after, lower_before, word_before, Word,
};
use crate::claims::lexicon::{Cue, CueMatch};
use crate::claims::{Modality, Polarity, Relation};

pub(super) fn polarity(
    text: &str,
    words: &[Word],
    cues: &[CueMatch],
    ci: usize,
    ss: usize,
    through_that: &[String],
) -> Polarity {
    let c = cues[ci];
    let cs = clause_start(text, ss, c.start);
    // "X defected from Y", "X broke away from Y", "X was expelled from Y": the cue itself
    // says the tie ended.
    let leaving = matches!(c.cue, Cue::Verb(_))
        && text[c.start..c.end]
            .to_lowercase()
            .split(' ')
            .next()
            .is_some_and(|w| {
                matches!(
                    w,
                    "defected"
                        | "defects"
                        | "broke"
                        | "breaks"
                        | "broken"
                        | "breaking"
                        | "split"
                        | "splits"
                        | "splintered"
                        | "resigned"
                        | "deserted"
                        | "quit"
                        | "parted"
                        | "parts"
                        | "parting"
                        | "fell"
                        | "falls"
                        | "falling"
                        | "fallen"
                        | "expelled"
                        | "expels"
                        | "expelling"
                        | "thrown"
                )
            });
    let mut flips = usize::from(leaving);
    let mut denied = false;
    // "Neither X nor Y has supplied ...": the pair of negators negates once.
    let mut neither_nor = [false; 2];
    for (i, m) in cues.iter().enumerate() {
        if i == ci {
            continue;
        }
        match m.cue {
            // A negator reaches the cue through its clause, not past "and"/"but"
            // ("have not changed and has deep ties").
            Cue::Negator
                if m.end <= c.start
                    && m.start >= cs
                    && !war_not_ended(text, words, cues, m, &c)
                    && gap_words(words, m.end, c.start) <= 12
                    && !closed_relative(text, m.start, c.start)
                    && !between(text, words, m.end, c.start).iter().any(|w| {
                        // "no evidence that X armed Y" still denies it.
                        matches!(
                            w.as_str(),
                            "and" | "but" | "while" | "whereas" | "which" | "who"
                        ) || (w == "that"
                            && !negation_passes_that(text, words, m, c.start, through_that))
                    }) =>
            {
                match text[m.start..m.end].to_ascii_lowercase().as_str() {
                    "neither" => neither_nor[0] = true,
                    "nor" => neither_nor[1] = true,
                    _ => {}
                }
                flips += 1
            }
            Cue::Denial if !denied && denial_reaches(text, words, cues, m, &c) => {
                denied = true;
                flips += 1;
            }
            Cue::Ending
                if m.end <= c.start
                    && ends_before(text, words, m, &c)
                    && !war_to_end(text, words, m, &c) =>
            {
                flips += 1
            }
            Cue::Ending
                if m.start >= c.end
                    && gap_words(words, c.end, m.start) <= 10
                    && !text[c.end..m.start].contains(',')
                    && ended_after(text, words, m) =>
            {
                flips += 1;
            }
            _ => {}
        }
    }
    if neither_nor == [true, true] {
        flips -= 1;
    }
    if flips % 2 == 1 {
        Polarity::Negated
    } else {
        Polarity::Affirmed
    }
}

/// "support from X to Y was halted": a participle of ending after the cue, with its
/// auxiliary.
fn ended_after(text: &str, words: &[Word], m: &CueMatch) -> bool {
    let w = text[m.start..m.end].to_lowercase();
    let aux = words
        .iter()
        .rev()
        .find(|x| x.end <= m.start)
        .map(|x| text[x.start..x.end].to_lowercase())
        .is_some_and(|x| {
            matches!(
                x.as_str(),
                "was" | "were" | "been" | "is" | "are" | "be" | "have" | "has" | "had"
            )
        });
    aux && matches!(
        w.as_str(),
        "halted"
            | "ended"
            | "stopped"
            | "suspended"
            | "severed"
            | "cut"
            | "broken"
            | "dissolved"
            | "soured"
            | "collapsed"
            | "dried up"
            | "ceased"
            | "withdrawn"
            | "terminated"
            | "frozen"
    )
}

/// "The gang, which is not part of X, has cooperated with Y": a negation inside a
/// relative clause that a comma closes before the cue stays in that clause.
fn closed_relative(text: &str, negator: usize, cue: usize) -> bool {
    let before = lower_before(text, negator, 80);
    let opened = [", which ", ", who ", ", whose "]
        .iter()
        .filter_map(|r| before.rfind(r))
        .max();
    opened.is_some_and(|o| !before[o + 2..].contains([',', '.']))
        && text[negator..cue].contains(',')
}

/// Whether a denial reaches the cue `c` after it: not past a new clause ("X denied arming
/// Y, after a report found that ..."), nor into a phrase that describes the denied act's
/// object ("denied arming the group fighting a war with Z": the fighting is not denied).
pub(super) fn denial_reaches(
    text: &str,
    words: &[Word],
    cues: &[CueMatch],
    d: &CueMatch,
    c: &CueMatch,
) -> bool {
    if d.end > c.start || clause_after(text, d.end, c.start) || denied_a_thing_said(text, d.end) {
        return false;
    }
    // The phrase opens at a relation cue at or before `c` (`c` itself, or "fighting" in
    // "the group fighting a war with Z").
    let relation = |m: &CueMatch| matches!(m.cue, Cue::Verb(_) | Cue::Noun(_));
    let describes_object = cues.iter().any(|m| {
        relation(m)
            && m.start >= d.end
            && m.end <= c.start
            && cues.iter().any(|o| {
                relation(o)
                    && o.start >= m.end
                    && o.start <= c.start
                    && modifier_of_noun(text, words, m.end, o)
            })
    });
    !describes_object
}

/// "X denied the charge, rose against Y": a denial whose object is what was said (a
/// charge, an accusation, claims; "it", "this" or "them") closing its clause (a comma, a
/// semicolon, a period or "and" after it) ends there, and reaches no cue after it;
/// "denied claims its troops attacked ...", "denied the charge that ..." and "denied it
/// had ..." go on.
fn denied_a_thing_said(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start();
    let rest = ["the ", "any ", "all ", "these ", "those ", "such "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let (word, after) = rest.split_at(word_end);
    let after = after.trim_start();
    let noun = super::words::charge_noun(word) || matches!(word, "report" | "reports");
    let pronoun = matches!(word, "it" | "this" | "them");
    (noun || pronoun) && (after.starts_with([',', ';', '.']) || after.starts_with("and "))
}

/// "the group fighting ...", "the group that fought ...": the cue `c` opens a phrase that
/// describes the noun before it, a noun that follows an earlier cue ending at `from`.
fn modifier_of_noun(text: &str, words: &[Word], from: usize, c: &CueMatch) -> bool {
    if c.start <= from {
        return false;
    }
    let gap = between(text, words, from, c.start);
    let Some(last) = gap.last() else {
        return false;
    };
    if matches!(last.as_str(), "who" | "which" | "that") {
        return true;
    }
    let cue_word = text[c.start..c.end].to_ascii_lowercase();
    let function = |w: &str| {
        matches!(
            w,
            "and"
                | "or"
                | "nor"
                | "to"
                | "of"
                | "in"
                | "for"
                | "by"
                | "from"
                | "with"
                | "not"
                | "also"
                | "even"
                | "then"
                | "was"
                | "were"
                | "is"
                | "are"
                | "be"
                | "been"
                | "being"
                | "had"
                | "has"
                | "have"
        )
    };
    cue_word.ends_with("ing")
        && !text[from..c.start].contains(',')
        && !function(last)
        && !gap.iter().any(|w| w == "and" || w == "or")
}

/// Whether a new clause starts between `a` and `b` that a denial before it does not
/// reach: "X denied arming Y, after a report found that it sent weapons to Z".
fn clause_after(text: &str, a: usize, b: usize) -> bool {
    let first_comma = text[a..b].find(',');
    text[a..b].match_indices(',').any(|(i, _)| {
        let mut after = text[a + i + 1..b].split_whitespace();
        let next = after.next().unwrap_or("").to_ascii_lowercase();
        // ("Kampala denies arming the rebels, and the SPLA fights on": "and" at the first
        // comma, then a new subject; not the last of a list, "X, Y, and Z".)
        let subject = after.next().unwrap_or("");
        let new_subject = next == "and"
            && first_comma == Some(i)
            && (matches!(
                subject,
                "the" | "he" | "she" | "it" | "they" | "its" | "their"
            ) || subject.starts_with(char::is_uppercase));
        new_subject
            || matches!(
                next.as_str(),
                "after"
                    | "while"
                    | "although"
                    | "though"
                    | "despite"
                    | "because"
                    | "but"
                    | "even"
                    | "whereas"
                    | "since"
                    | "before"
            )
    })
}

/// "no evidence that X armed Y", "have not yet demonstrated that they cut ties": the
/// negation reaches into the clause after "that" when it negates evidence of it.
pub(super) fn negation_passes_that(
    text: &str,
    words: &[Word],
    negator: &CueMatch,
    cue_start: usize,
    through_that: &[String],
) -> bool {
    if text[negator.start..negator.end].eq_ignore_ascii_case("no") {
        return true;
    }
    let ws = between(text, words, negator.end, cue_start);
    let Some(at) = ws.iter().position(|w| w == "that") else {
        return false;
    };
    ws[..at].iter().any(|w| through_that.contains(w))
}

pub(super) fn modality(text: &str, cues: &[CueMatch], ci: usize, ss: usize) -> Modality {
    let c = cues[ci];
    let cs = clause_start(text, ss, c.start);
    // "It should be noted that ...": a modal on a verb of saying qualifies the saying.
    // Only the few bytes after the modal are compared: lowercasing the rest of the text
    // for each modal made a long document quadratic (issue 17).
    let on_saying = |m: &CueMatch| {
        let rest = text[m.end..].trim_start().as_bytes();
        [
            "be noted",
            "be said",
            "be stressed",
            "be recalled",
            "be remembered",
            "note ",
        ]
        .iter()
        .any(|p| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
    };
    // "a May 30 statement": inside a sentence, a capitalized "May" is the month.
    let month = |m: &CueMatch| {
        &text[m.start..m.end] == "May"
            && (m.start > ss
                || text[m.end..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit()))
    };
    // "X accused Y of arming Z" reports X's claim as X makes it (the source says who); only
    // "a group accused of attacks", with no accuser, hedges.
    let accuser_named = |m: &CueMatch| {
        let word = text[m.start..m.end].to_ascii_lowercase();
        // ("Y, which X accuses of arming Z": only the participle is passive.)
        word.starts_with("accus")
            && !(word == "accused" && lower_after(text, m.end, 8).starts_with("of "))
    };
    // "pledges since Hamas routed Fatah's forces", "pledged troops while Nigeria fought
    // the group": a clause of time with a subject of its own, between the modal and the
    // cue, is told as it is.
    let timed_clause = |m: &CueMatch| {
        let gap = &text[m.end.min(c.start)..c.start];
        [
            "since", "after", "before", "when", "until", "while", "whereas",
        ]
        .iter()
        .any(|w| {
            gap.match_indices(w).any(|(i, _)| {
                gap[..i].ends_with(' ')
                    && gap[i + w.len()..].strip_prefix(' ').is_some_and(|r| {
                        let r = r.strip_prefix("the ").unwrap_or(r);
                        r.starts_with(char::is_uppercase)
                    })
            })
        })
    };
    let window = |m: &CueMatch| {
        m.start >= cs
            && m.end <= c.start
            && !timed_clause(m)
            && !on_saying(m)
            && !month(m)
            && !accuser_named(m)
            && !claims_an_act(text, (m.start, m.end))
    };
    // "refused to cut ties": a refusal is no pledge; what it keeps is asserted.
    let refused = |m: &CueMatch| {
        let before = lower_before(text, m.start, 24);
        [
            "refused",
            "refuses",
            "refusing",
            "declined",
            "declines",
            "rejected calls",
        ]
        .iter()
        .any(|r| before.ends_with(r))
    };
    // "agreed to a truce brokered by the UN": an agreement reached, not a pledge, so
    // the broker's part is told as done.
    let agreement_made = |m: &CueMatch| {
        let cue = &text[m.start..m.end];
        let next = lower_after(text, m.end, 8);
        cue.get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("agree"))
            && cue.ends_with(" to")
            && ["a ", "an ", "the ", "its ", "their "]
                .iter()
                .any(|d| next.trim_start().starts_with(d))
    };
    let any = |k: Cue| {
        cues.iter().any(|m| {
            m.cue == k && window(m) && !(k == Cue::Commitment && (refused(m) || agreement_made(m)))
        })
    };
    if any(Cue::Commitment) {
        Modality::Commitment
    } else if any(Cue::Hypothetical) {
        Modality::Hypothetical
    } else if any(Cue::Hedge)
        || cues.iter().any(|m| {
            m.cue == Cue::Hedge
                && m.start >= ss
                && m.end <= c.start
                && text[m.start..m.end].eq_ignore_ascii_case("reportedly")
        })
    {
        Modality::Hedged
    } else {
        Modality::Asserted
    }
}

/// "did not end the war between X and Y": the negator `m` negates the ending, and the
/// war goes on (see `war_to_end`).
fn war_not_ended(
    text: &str,
    words: &[Word],
    cues: &[CueMatch],
    m: &CueMatch,
    c: &CueMatch,
) -> bool {
    cues.iter().any(|e| {
        e.cue == Cue::Ending
            && e.start >= m.end
            && e.end <= c.start
            && gap_words(words, m.end, e.start) <= 2
            && war_to_end(text, words, e, c)
    })
}

/// "a ceasefire to end a war between X and Y", "the agreement ended the war between X and
/// Y": the war an act ends, or is meant to end, was fought.
fn war_to_end(text: &str, words: &[Word], m: &CueMatch, c: &CueMatch) -> bool {
    let war = matches!(
        text[c.start..c.end].to_ascii_lowercase().as_str(),
        "war"
            | "war against"
            | "war on"
            | "war with"
            | "conflict"
            | "insurgency"
            | "insurgency against"
            | "fighting"
            | "hostilities"
            | "armed conflict"
            | "armed struggle"
            | "armed insurgency"
    );
    c.cue == Cue::Noun(Relation::Hostile)
        && (war || word_before(text, words, m.start).is_some_and(|w| w.eq_ignore_ascii_case("to")))
}

/// "cut ties", "ended a defence cooperation pact": an act of ending `m` before the cue
/// `c`, its noun's modifiers between at most.
fn ends_before(text: &str, words: &[Word], m: &CueMatch, c: &CueMatch) -> bool {
    let gap = gap_words(words, m.end, c.start);
    // ("The talks collapsed, and al-Shabaab fought Ethiopia": a clause of its own after
    // the ending.)
    let clause = text[m.end..c.start].contains([',', ';'])
        || between(text, words, m.end, c.start)
            .iter()
            .any(|w| matches!(w.as_str(), "and" | "but" | "then"));
    if clause {
        return false;
    }
    // ("called for an end to Israeli air strikes on Hamas", "demanded an end to the
    // fighting": an end asked for ends nothing yet.)
    let asked = text[m.start..m.end].eq_ignore_ascii_case("end")
        && between(text, words, m.start.saturating_sub(40), m.start)
            .iter()
            .rev()
            .take(4)
            .any(|w| {
                matches!(
                    w.as_str(),
                    "for"
                        | "demanded"
                        | "demands"
                        | "demand"
                        | "demanding"
                        | "urged"
                        | "urges"
                        | "urge"
                        | "urging"
                        | "sought"
                        | "seeks"
                        | "seek"
                        | "seeking"
                        | "wants"
                        | "want"
                        | "wanted"
                )
            });
    if asked {
        return false;
    }
    // A phrasal ending ("walked out of", "broke off") takes its object right after it,
    // an article or a describing word at most ("broke off diplomatic relations"):
    // "pulled out of Palmyra after fighting X" ends no fight.
    if text[m.start..m.end].contains(' ') {
        let between = between(text, words, m.end, c.start);
        let lowercase = !text[m.end..c.start].contains(|c: char| c.is_uppercase());
        return between
            .iter()
            .all(|w| matches!(w.as_str(), "the" | "its" | "their"))
            && gap <= 1
            || gap <= 2 && lowercase && modifiers_only(&between);
    }
    gap <= 2 || gap == 3 && modifiers_only(&between(text, words, m.end, c.start))
}

/// Whether `gap` holds only an article and modifiers of a noun ("a defence cooperation"),
/// no word that opens a phrase or clause of its own.
fn modifiers_only(gap: &[String]) -> bool {
    gap.iter().all(|w| {
        !matches!(
            w.as_str(),
            "with"
                | "to"
                | "and"
                | "or"
                | "of"
                | "for"
                | "in"
                | "on"
                | "by"
                | "that"
                | "from"
                | "after"
                | "before"
                | "while"
                | "as"
                | "but"
        ) && !w.ends_with("ed")
    })
}
