//! Attacks told before their authors: "Gunmen killed six Kessarian soldiers near the
//! border ... The Front claimed the ambush." or "... The group denied any involvement."
//! A sentence that tells an act of violence on a named party but names no one who did it
//! leaves an attack with no author; a later sentence in which a party claims an attack
//! makes it the attacker, and one in which a party denies any part in one makes it deny
//! being the attacker.

use super::words::{between, gap_words, passive_auxiliary};
use super::{stated, violent_act, Claim, Doc, Polarity, Read, Relation, Source};
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
        // (Compared in place first: this runs for every word of every sentence.)
        if raw.len() < 6 || !raw.ends_with("ed") {
            continue;
        }
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
            // (Not "killed six villagers, the army said": the reporter.)
            r.slots
                .iter()
                .find(|y| y.start >= w.end)
                .filter(|y| gap_words(&r.words, w.end, y.start) <= 3)
                .filter(|y| !text[w.end..y.start].contains([',', ';']))
                .filter(|y| {
                    let after = text[y.end..r.se].trim_start().to_ascii_lowercase();
                    !["said", "says", "told", "reported", "stated"]
                        .iter()
                        .any(|v| after.starts_with(v))
                })
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
/// part in the attack", "X said it was not behind the attack": X says it did not.
/// Only a reference to that attack counts ("the ambush", "Tuesday's attack", "it"): not
/// "claimed responsibility for a bombing in Kabul", "claimed the ambush was repelled",
/// "denied any involvement in the talks".
pub(super) fn claimed_or_denied(doc: &Doc, r: &Read, attack: Option<Unclaimed>) -> Vec<Claim> {
    let text = doc.text;
    let Some(attack) = attack.filter(|a| a.sentence < r.si && a.sentence + REACH >= r.si) else {
        return Vec::new();
    };
    // "Separately, ..." tells of another attack.
    let opening = text[r.ss..r.se].trim_start().to_ascii_lowercase();
    if opening.starts_with("separately") || opening.starts_with("in a separate") {
        return Vec::new();
    }
    // (Only sentences with a word that can claim or deny are read further.)
    let trigger = |v: &super::Word| {
        let t = &text[v.start..v.end];
        [
            "claimed", "claims", "behind", "denied", "denies", "deny", "rejected", "rejects",
            "played", "plays", "had", "has",
        ]
        .iter()
        .any(|k| k.eq_ignore_ascii_case(t))
    };
    if !r.words.iter().any(trigger) {
        return Vec::new();
    }
    let words: Vec<String> = r
        .words
        .iter()
        .map(|v| text[v.start..v.end].to_ascii_lowercase())
        .collect();
    let mut out = Vec::new();
    for (i, w) in r.words.iter().enumerate() {
        let next = &words[i + 1..(i + 8).min(words.len())];
        let prior = &words[i.saturating_sub(3)..i];
        // "neither confirmed nor denied", "did not deny", "denied that X was behind it"
        // (the denial's own), anything an earlier denial or negation in the sentence
        // governs.
        let negated_before = words[..i].iter().any(|p| {
            matches!(
                p.as_str(),
                "neither" | "nor" | "not" | "never" | "n't" | "denied" | "denies" | "rejected"
            )
        });
        let claimed =
            matches!(words[i].as_str(), "claimed" | "claims") && refers_to_the_attack(next, true);
        // "X said it was behind the attack" / "it was not behind it": X of itself.
        let behind = words[i] == "behind"
            && prior.iter().any(|p| passive_auxiliary(p))
            && refers_to_the_attack(next, false);
        let not_behind = behind && prior.iter().any(|p| matches!(p.as_str(), "not" | "never"));
        let denied = !negated_before && denies_part(&words[i], next) || not_behind;
        let claimed = !negated_before && (claimed || behind && !not_behind);
        if !claimed && !denied {
            continue;
        }
        let Some(subject) = party_before(doc, r, w.start, behind) else {
            continue;
        };
        let kind = (doc.kind_of)(subject);
        // (A state claims a success, not an attack it must answer for.)
        if subject == attack.victim
            || kind == Kind::Person
            || claimed && !behind && kind == Kind::State
        {
            continue;
        }
        let (polarity, rule) = if claimed {
            (Polarity::Affirmed, "claimed an attack told before")
        } else {
            (Polarity::Negated, "denied a part in an attack told before")
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

/// The party who claims or denies at `at`: the name right before it in its clause ("it",
/// "the group" resolved), or the subject a phrase set off by commas follows ("The ADF,
/// the largest of the armed groups, claimed the ambush"). For "it was behind", only a
/// pronoun that stands for the speaker: "X said Y was behind it" is X's accusation.
fn party_before(doc: &Doc, r: &Read, at: usize, own: bool) -> Option<ActorRef> {
    let text = doc.text;
    let apposed = |x: &&super::Slot| {
        let glue = text[x.end..at].trim();
        (glue.starts_with(',') || glue.starts_with('('))
            && glue.ends_with(',')
            && glue.matches(',').count() == 2
    };
    let near = r
        .slots
        .iter()
        .rev()
        .find(|x| x.end <= at)
        .filter(|x| gap_words(&r.words, x.end, at) <= 4 && !text[x.end..at].contains(','));
    let head = r.slots.first().filter(|x| x.end <= at).filter(apposed);
    let x = near.or(head).filter(|x| x.actors.len() == 1)?;
    let gap = between(text, &r.words, x.end, at);
    if text[x.end..at].contains([';', '.']) || gap.iter().any(|g| g == "no") {
        return None;
    }
    // "Ansaru said it was not behind the attack": "it" stands for the one who says so.
    let pronoun_after_saying = matches!(
        gap.as_slice(),
        [v, p, ..] if matches!(v.as_str(), "said" | "says" | "added" | "stated")
            && matches!(p.as_str(), "it" | "they" | "we")
    );
    let speaks = r.speaker == Some(x.actors[0]);
    if own && !(speaks && (x.phrase || pronoun_after_saying)) {
        return None;
    }
    Some(x.actors[0])
}

/// Whether the words after a verb of claiming (or "behind") point back to the attack:
/// "the ambush", "Tuesday's attack", "it", "responsibility" — not an attack of its own
/// ("a bombing in Kabul", "most attacks") nor a clause ("the ambush was repelled").
fn refers_to_the_attack(next: &[String], claiming: bool) -> bool {
    let n = |k: usize| next.get(k).map_or("", String::as_str);
    let definite = |w: &str| {
        matches!(w, "the" | "this" | "that" | "its" | "their")
            || w.ends_with("'s")
            || w.ends_with("’s")
    };
    let clause = |k: usize| {
        matches!(
            n(k),
            "was" | "were" | "is" | "are" | "had" | "has" | "would" | "will" | "could" | "as"
        )
    };
    if claiming && matches!(n(0), "responsibility" | "credit") {
        // "claimed responsibility" or "... (on Tuesday) for the attack", not "for a
        // bombing in Kabul".
        return match (1..=4).find(|&k| n(k) == "for") {
            Some(k) => definite(n(k + 1)) || n(k + 1) == "it",
            None => true,
        };
    }
    if n(0) == "it" {
        return !clause(1) && n(1) != "had";
    }
    if !definite(n(0)) {
        return false;
    }
    // The act right after the determiner, or after one modifier ("the deadly ambush").
    (1..=2)
        .find(|&k| violent_act(n(k)))
        .is_some_and(|k| !clause(k + 1))
}

/// Whether `verb` and the words after it deny a part in the attack: "denied any
/// involvement", "denied responsibility for the attack", "played no part in it", "had
/// nothing to do with the bombing" — not a part in something else ("in the talks").
fn denies_part(verb: &str, next: &[String]) -> bool {
    let n = |k: usize| next.get(k).map_or("", String::as_str);
    // What follows the denied part: nothing, or the attack itself.
    let part_in = |k: usize| match n(k) {
        "in" | "for" | "with" => {
            n(k + 1) == "it" || refers_to_the_attack(&next[(k + 1).min(next.len())..], false)
        }
        _ => true,
    };
    match verb {
        "denied" | "denies" | "deny" | "rejected" | "rejects" => match (n(0), n(1)) {
            ("any", "involvement" | "role" | "part" | "responsibility") => part_in(2),
            ("involvement" | "responsibility", _) => part_in(1),
            _ => false,
        },
        "played" | "plays" | "had" | "has" => match (n(0), n(1)) {
            ("no", "part" | "role" | "involvement") => part_in(2),
            ("nothing", "to") if n(2) == "do" => part_in(3),
            _ => false,
        },
        _ => false,
    }
}
