//! Missions and forces of a body, set off after their names with the body's possessive or
//! a verb of sending: "KFOR, NATO's peacekeeping force", "Aspides, the European Union's
//! naval mission", "ECOMIL, the West African force assembled by ECOWAS". The mission is
//! part of the body that sends it. (Not "MONUC, the UN mission" nor "the UN mission,
//! UNOCI": a description of a mission by its body's name, which reporting so written
//! rarely means as a tie the reader should count; the held-out audits agree.)

use super::{stated, Claim, Doc, Polarity, Read, Relation};
use crate::actors::Kind;

/// Nouns of a body sent by another.
const MISSION_NOUNS: [&str; 5] = ["mission", "force", "operation", "contingent", "deployment"];

/// Verbs of sending after a mission's noun: "the force assembled by ECOWAS".
const SENT_BY: [&str; 5] = [
    "sent by ",
    "assembled by ",
    "deployed by ",
    "set up by ",
    "created by ",
];

/// Whether `tail` opens with up to three lowercase words, the last a noun of a mission,
/// closed by punctuation, the sentence's end, or a verb of sending (whose length then
/// follows, to read the sender after it).
fn mission_phrase(tail: &str) -> Option<(usize, Option<usize>)> {
    let end = tail.find([',', '.', ';', ')', '(']).unwrap_or(tail.len());
    let words: Vec<&str> = tail[..end].split_whitespace().collect();
    let lower = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    // ("the West African force assembled by ECOWAS": the noun, then who sent it.)
    let noun_at = words
        .iter()
        .position(|w| MISSION_NOUNS.contains(w))
        .filter(|&i| i < 4)?;
    let rest = words[noun_at + 1..].join(" ") + " ";
    let sent = SENT_BY.iter().find(|v| rest.starts_with(**v));
    // ("the UN mission created to monitor it", "the force in Kosovo": what follows the
    // noun describes it.)
    let described = words.get(noun_at + 1).is_some_and(|w| {
        matches!(
            *w,
            "created"
                | "set"
                | "tasked"
                | "charged"
                | "based"
                | "in"
                | "that"
                | "which"
                | "led"
                | "headed"
                | "mandated"
        )
    });
    if noun_at + 1 < words.len() && sent.is_none() && !described {
        return None;
    }
    // (Describing words before the noun, in lowercase or a people's: "West African".)
    let describing = |w: &&str| lower(w) || w.chars().all(char::is_alphabetic);
    if !words[..noun_at].iter().all(describing) {
        return None;
    }
    let noun_end = tail
        .find(words[noun_at])
        .map(|i| i + words[noun_at].len())?;
    let sender = sent.map(|v| {
        let from = noun_end + tail[noun_end..].find(v.trim_end()).unwrap_or(0) + v.len();
        from + tail[from..]
            .strip_prefix("the ")
            .map_or(0, |_| "the ".len())
    });
    Some((noun_end, sender))
}

/// The part-of claims of sentence `r` between two parties its `claims` do not relate.
pub(super) fn missions(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    let kind = |x: &super::Slot| (doc.kind_of)(x.actors[0]);
    let mission =
        |x: &super::Slot| matches!(kind(x), Kind::Igo | Kind::Agency | Kind::Organization);
    let body = |x: &super::Slot| matches!(kind(x), Kind::Igo | Kind::State | Kind::Organization);
    let one: Vec<&super::Slot> = r.slots.iter().filter(|x| x.actors.len() == 1).collect();
    let mut out = Vec::new();
    let mut push = |m: &super::Slot, o: &super::Slot, cue: &str| {
        let (a, b) = (m.actors[0], o.actors[0]);
        let said = claims
            .iter()
            .chain(out.iter())
            .any(|c: &Claim| (c.subject, c.object) == (a, b) || (c.subject, c.object) == (b, a));
        if a != b && !said {
            out.push(stated(
                r,
                (a, Relation::PartOf, b),
                Polarity::Affirmed,
                cue,
                "a body's mission",
            ));
        }
    };
    for x in &one {
        // "X, the UN mission", "X, NATO's peacekeeping force", "X, the West African force
        // assembled by ECOWAS" (past an acronym's brackets: "the Kosovo Force (KFOR), ...").
        let after = text[x.end..r.se].trim_start();
        let after = match after.strip_prefix('(') {
            Some(g) => g.split_once(')').map_or(after, |(_, rest)| rest),
            None => after,
        };
        if let Some(rest) = after.strip_prefix(", ").filter(|_| mission(x)) {
            let rest = ["the ", "a ", "an "]
                .iter()
                .find_map(|a| rest.strip_prefix(a))
                .unwrap_or(rest);
            let at = r.se - rest.len();
            let owner = one.iter().find(|y| y.start == at && body(y));
            // (The owner's possessive: "NATO's peacekeeping force"; "X, the UN mission" is
            // as often a description of a mission the reporting names no tie of.)
            let owned = owner.and_then(|o| super::words::after_possessive(&text[o.end..r.se]));
            let owner = owner.filter(|_| owned.is_some());
            let tail = owned.unwrap_or(rest);
            if let Some((noun_end, sender)) = mission_phrase(tail) {
                let from = r.se - tail.len();
                let cue = text[from..from + noun_end].trim();
                if let Some(o) = owner {
                    push(x, o, cue);
                }
                // (The sender after the noun: "assembled by ECOWAS".)
                let by = sender.and_then(|s| one.iter().find(|y| y.start == from + s));
                if let Some(by) = by.filter(|y| body(y)) {
                    push(x, by, cue);
                }
                continue;
            }
        }
    }
    out
}
