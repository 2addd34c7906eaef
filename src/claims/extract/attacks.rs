//! Attacks told before their authors: "Gunmen killed six Kessarian soldiers near the
//! border ... The Front claimed the ambush." or "... The group denied any involvement."
//! A sentence that tells an act of violence on a named party but names no one who did it
//! leaves an attack with no author; a later sentence in which a party claims an attack
//! makes it the attacker, and one in which a party denies any part in one makes it deny
//! being the attacker.

use super::words::{between, gap_words, passive_auxiliary, Word};
use super::{stated, Claim, Doc, Polarity, Read, Relation, Source};
use crate::actors::{ActorRef, Kind};

/// How many sentences after the attack a claim or a denial still points back to it.
const REACH: usize = 3;

/// Verbs of violence whose object, or passive subject, is the victim.
const VIOLENT_VERBS: [&str; 12] = [
    "killed",
    "attacked",
    "ambushed",
    "wounded",
    "injured",
    "bombed",
    "shelled",
    "kidnapped",
    "abducted",
    "targeted",
    "stormed",
    "raided",
];

/// Nouns of the act a claim of responsibility names ("claimed the ambush").
const ACTS: [&str; 14] = [
    "attack",
    "attacks",
    "ambush",
    "blast",
    "bombing",
    "bombings",
    "explosion",
    "killing",
    "killings",
    "raid",
    "assault",
    "kidnapping",
    "abduction",
    "responsibility",
];

/// An attack the document told with no author: the party attacked and the sentence.
#[derive(Debug, Clone, Copy)]
pub(super) struct Unclaimed {
    pub victim: ActorRef,
    pub sentence: usize,
}

/// The attack sentence `r` tells with no author, if it does: a verb of violence with a
/// named party as its object ("killed six Kessarian soldiers") and no name before it in
/// its clause, or as the subject of its passive with no agent ("Kessarian troops were
/// ambushed").
pub(super) fn unclaimed_attack(doc: &Doc, r: &Read) -> Option<Unclaimed> {
    let text = doc.text;
    // A dateline ("KESSA, Kessaria (Reuters) - ") is no part of the clause.
    let body = ["(Reuters) -", " - ", " — ", " – "]
        .iter()
        .filter_map(|d| text[r.ss..r.se].find(d).map(|i| r.ss + i + d.len()))
        .filter(|&p| p < r.ss + 120)
        .min()
        .unwrap_or(r.ss);
    let party = |a: ActorRef| (doc.kind_of)(a) != Kind::Person;
    for (i, w) in r.words.iter().enumerate() {
        let raw = &text[w.start..w.end];
        if !VIOLENT_VERBS.iter().any(|v| v.eq_ignore_ascii_case(raw)) {
            continue;
        }
        let aux = i
            .checked_sub(1)
            .map(|k| text[r.words[k].start..r.words[k].end].to_ascii_lowercase());
        let passive = aux.as_deref().is_some_and(passive_auxiliary);
        let before = r
            .slots
            .iter()
            .filter(|x| x.start >= body && x.end <= w.start)
            .collect::<Vec<_>>();
        let victim = if passive {
            // "Six Kessarian soldiers were killed ..." with no "by".
            let by = r.words[i + 1..]
                .iter()
                .take(5)
                .any(|v| text[v.start..v.end].eq_ignore_ascii_case("by"));
            let [x] = before.as_slice() else { continue };
            (!by && gap_words(&r.words, x.end, w.start) <= 3).then_some(*x)
        } else {
            // "Gunmen killed six Kessarian soldiers": no name before the verb.
            if !before.is_empty() {
                continue;
            }
            r.slots
                .iter()
                .find(|y| y.start >= w.end)
                .filter(|y| gap_words(&r.words, w.end, y.start) <= 3)
        };
        if let Some(x) = victim.filter(|x| !x.phrase && x.actors.len() == 1) {
            if party(x.actors[0]) {
                return Some(Unclaimed {
                    victim: x.actors[0],
                    sentence: r.si,
                });
            }
        }
    }
    None
}

/// "The Front claimed the ambush", "X claimed responsibility": the claimant attacked the
/// victim of the attack told before; "X denied any involvement", "X said it played no
/// part in the attack", "X denied that it was behind the bombing": X says it did not.
pub(super) fn claimed_or_denied(doc: &Doc, r: &Read, attack: Option<Unclaimed>) -> Vec<Claim> {
    let text = doc.text;
    let Some(attack) = attack.filter(|a| a.sentence < r.si && a.sentence + REACH >= r.si) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let lower = |v: &Word| text[v.start..v.end].to_ascii_lowercase();
    for (i, w) in r.words.iter().enumerate() {
        let word = lower(w);
        let next: Vec<String> = r.words[i + 1..].iter().take(6).map(lower).collect();
        // (Not "claimed that the attacks were staged".)
        let claimed = matches!(word.as_str(), "claimed" | "claims")
            && next.first().is_some_and(|n| n != "that")
            && next.iter().take(4).any(|n| ACTS.contains(&n.as_str()));
        // "X said it was behind the attack" / "was not behind".
        let prior: Vec<String> = r.words[i.saturating_sub(3)..i].iter().map(lower).collect();
        let behind = word == "behind"
            && prior.iter().any(|p| passive_auxiliary(p))
            && next.iter().take(3).any(|n| ACTS.contains(&n.as_str()));
        let not_behind = behind && prior.iter().any(|p| matches!(p.as_str(), "not" | "never"));
        let claimed = claimed || behind && !not_behind;
        let denied = denies_part(&word, &next) || not_behind;
        if !claimed && !denied {
            continue;
        }
        // The party right before the verb ("it", "the group" resolved), within its clause,
        // or the subject a phrase set off by commas follows ("The ADF, the largest of the
        // armed groups, claimed the ambush").
        let apposed = |x: &&super::Slot| {
            let glue = text[x.end..w.start].trim();
            (glue.starts_with(',') || glue.starts_with('('))
                && glue.ends_with(',')
                && glue.matches(',').count() == 2
        };
        let near = r
            .slots
            .iter()
            .rev()
            .find(|x| x.end <= w.start)
            .filter(|x| gap_words(&r.words, x.end, w.start) <= 4);
        let head = r.slots.first().filter(|x| x.end <= w.start).filter(apposed);
        let Some(x) = near.or(head).filter(|x| x.actors.len() == 1).filter(|x| {
            let gap = between(text, &r.words, x.end, w.start);
            let negated = gap
                .iter()
                .any(|g| matches!(g.as_str(), "no" | "not" | "never"));
            (not_behind || !negated) && !text[x.end..w.start].contains([';', '.'])
        }) else {
            continue;
        };
        let subject = x.actors[0];
        if subject == attack.victim || (doc.kind_of)(subject) == Kind::Person {
            continue;
        }
        let polarity = if claimed {
            Polarity::Affirmed
        } else {
            Polarity::Negated
        };
        let rule = if claimed {
            "claimed an attack told before"
        } else {
            "denied a part in an attack told before"
        };
        let mut c = stated(
            r,
            (subject, Relation::Hostile, attack.victim),
            polarity,
            &text[w.start..w.end],
            rule,
        );
        c.source = Source::Actor(subject);
        out.push(c);
    }
    out
}

/// Whether `verb` and the words after it deny a part in an act: "denied any involvement",
/// "denied responsibility", "denied that it was behind", "played no part", "had no role".
fn denies_part(verb: &str, next: &[String]) -> bool {
    let n = |k: usize| next.get(k).map_or("", String::as_str);
    match verb {
        "denied" | "denies" | "deny" | "rejected" | "rejects" => {
            matches!(
                (n(0), n(1)),
                ("any", "involvement" | "role" | "part" | "responsibility")
                    | ("involvement" | "responsibility", _)
                    | ("carrying", "out")
            ) || n(0) == "that"
                && next[1..]
                    .iter()
                    .take(4)
                    .any(|w| matches!(w.as_str(), "behind" | "involved" | "responsible"))
        }
        "played" | "plays" | "had" | "has" => {
            matches!(n(0), "no" | "nothing")
                && matches!(n(1), "part" | "role" | "involvement" | "to")
        }
        _ => false,
    }
}
