//! Mediators named by a noun of their role: "Riyadh and the Houthis have held talks
//! through Omani mediators", "Qatari and Egyptian mediators met a Hamas delegation to
//! revive the ceasefire between Israel and Hamas". The party before "mediators" is no side
//! of the talks it carries; it mediates for the sides.

use super::{Claim, Doc, Polarity, Read, Relation};
use crate::actors::{ActorRef, Kind};

/// Nouns of a go-between's role, after the party that holds it.
const MEDIATION_NOUNS: [&str; 4] = ["mediators", "mediator", "mediation", "mediating"];

/// The parties named right before a noun of mediation, alone or coordinated ("Qatari and
/// Egyptian mediators"); persons hold no such role for a party here.
fn mediators(doc: &Doc, r: &Read) -> Vec<ActorRef> {
    let text = doc.text;
    let noun_after = |end: usize| {
        let rest = &text[end..r.se.max(end)];
        rest.strip_prefix(' ').is_some_and(|w| {
            MEDIATION_NOUNS
                .iter()
                .any(|n| w.starts_with(n) && !w[n.len()..].starts_with(char::is_alphabetic))
        })
    };
    let mut out = Vec::new();
    for (k, y) in r.slots.iter().enumerate() {
        if y.actors.len() != 1 || y.phrase || (doc.kind_of)(y.actors[0]) == Kind::Person {
            continue;
        }
        let direct = noun_after(y.end);
        // "Qatari and Egyptian mediators": the first of a pair joined by "and".
        let joined = r.slots.get(k + 1).is_some_and(|z| {
            matches!(&text[y.end..z.start], " and " | " or ")
                && z.actors.len() == 1
                && noun_after(z.end)
        });
        if (direct || joined) && !out.contains(&y.actors[0]) {
            out.push(y.actors[0]);
        }
    }
    out
}

/// Claims of a sentence that names mediators by their role: the mediators' own
/// "negotiations" with a side are dropped from `claims`, the sides they stood between
/// negotiate with each other, and each mediator mediates for every side.
pub(super) fn named_mediators(doc: &Doc, r: &Read, claims: &mut Vec<Claim>) {
    let m = mediators(doc, r);
    if m.is_empty() {
        return;
    }
    let affirmed_talks =
        |c: &Claim| c.relation == Relation::Negotiates && c.polarity == Polarity::Affirmed;
    // The sides that "held talks through" a mediator, read as talking to it.
    let mut sides: Vec<ActorRef> = Vec::new();
    let mut template: Option<Claim> = None;
    claims.retain(|c| {
        let with_mediator = affirmed_talks(c) && (m.contains(&c.subject) != m.contains(&c.object));
        if with_mediator {
            let side = if m.contains(&c.subject) {
                c.object
            } else {
                c.subject
            };
            if !sides.contains(&side) {
                sides.push(side);
            }
            template.get_or_insert_with(|| c.clone());
        }
        !with_mediator
    });
    let mut added = Vec::new();
    if let (Some(t), [a, b]) = (&template, sides.as_slice()) {
        let joined = claims.iter().any(|c| {
            affirmed_talks(c) && [c.subject, c.object] == [*a, *b]
                || affirmed_talks(c) && [c.subject, c.object] == [*b, *a]
        });
        if !joined {
            added.push(Claim {
                subject: *a,
                object: *b,
                rule: "sides of talks through mediators",
                ..t.clone()
            });
        }
    }
    for c in claims.iter().chain(&added).filter(|c| affirmed_talks(c)) {
        for side in [c.subject, c.object] {
            if !sides.contains(&side) && !m.contains(&side) {
                sides.push(side);
            }
        }
    }
    let talks = claims
        .iter()
        .chain(&added)
        .find(|c| affirmed_talks(c))
        .or(template.as_ref())
        .cloned();
    let Some(t) = talks else {
        claims.extend(added);
        return;
    };
    for &mediator in &m {
        for &side in &sides {
            let stated = claims.iter().any(|c| {
                c.relation == Relation::Mediates && c.subject == mediator && c.object == side
            });
            if !stated {
                added.push(Claim {
                    subject: mediator,
                    relation: Relation::Mediates,
                    object: side,
                    cue: "mediators".into(),
                    rule: "a party named before its role as mediator",
                    ..t.clone()
                });
            }
        }
    }
    claims.extend(added);
}
