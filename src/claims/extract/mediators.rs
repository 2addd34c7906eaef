//! Mediators named by a noun of their role: "Riyadh and the Houthis have held talks
//! through Omani mediators", "Qatari and Egyptian mediators met a Hamas delegation to
//! revive the ceasefire between Israel and Hamas", "the two gangs agreed a truce brokered
//! by X". The party before "mediators" (or after "brokered by") is no side of the talks it
//! carries; it mediates for the sides.

use super::slots::{joined_slots, possessor_role_between, subject_end};
use super::words::{after_possessive, title_glue};
use super::{Claim, Doc, Polarity, Read, Relation};
use crate::actors::{ActorRef, Kind};
use crate::claims::lexicon::Cue;

/// Nouns of a go-between's role, after the party that holds it.
const MEDIATION_NOUNS: [&str; 4] = ["mediators", "mediator", "mediation", "mediating"];

/// The parties named right before a noun of mediation, alone or coordinated ("Qatari and
/// Egyptian mediators"); persons hold no such role for a party here.
fn mediators(doc: &Doc, r: &Read) -> Vec<(ActorRef, &'static str)> {
    let text = doc.text;
    let noun_after = |end: usize| {
        let rest = &text[end..r.se.max(end)];
        // ("Russia and Iran also acted as mediators": past a verb of serving as one.)
        let rest = rest.strip_prefix(" also").unwrap_or(rest);
        let rest = [
            " acted as",
            " act as",
            " acting as",
            " acts as",
            " served as",
            " serve as",
        ]
        .iter()
        .find_map(|v| rest.strip_prefix(v))
        .map_or(rest, |r| {
            r.strip_prefix(" the")
                .or_else(|| r.strip_prefix(" a"))
                .unwrap_or(r)
        });
        rest.strip_prefix(' ').is_some_and(|w| {
            MEDIATION_NOUNS
                .iter()
                .any(|n| w.starts_with(n) && !w[n.len()..].starts_with(char::is_alphabetic))
        })
    };
    let party = |k: usize| {
        let y = &r.slots[k];
        y.actors.len() == 1 && !y.phrase && (doc.kind_of)(y.actors[0]) != Kind::Person
    };
    let joined = |k: usize| {
        r.slots
            .get(k + 1)
            .is_some_and(|z| matches!(&text[r.slots[k].end..z.start], " and " | " and the " | ", "))
    };
    let mut picked: Vec<Option<&'static str>> = vec![None; r.slots.len()];
    for k in 0..r.slots.len() {
        if !party(k) {
            continue;
        }
        // "Omani mediators"; "Qatari and Egyptian mediators": the first of a pair too; "a
        // US-brokered deal", "China-mediated talks".
        // ("under United Nations auspices": the party between "under" and the noun.)
        let auspices = text[r.slots[k].end..].starts_with(" auspices")
            && ["under ", "under the "]
                .iter()
                .any(|u| text[r.ss..r.slots[k].start].ends_with(u));
        let compound =
            compound_go_between(text, r.slots[k].end).or_else(|| auspices.then_some("auspices"));
        let rest = &text[r.slots[k].end..r.se.max(r.slots[k].end)];
        let chairs = chairs_talks(rest).or_else(|| wins_terms_between(rest).then_some("secured"));
        // ("President X of Kenya chaired ...": the person whose title the state ends.)
        let titled =
            (chairs.is_some() && k > 0 && &text[r.slots[k - 1].end..r.slots[k].start] == " of ")
                .then(|| k - 1)
                .filter(|&p| {
                    let y = &r.slots[p];
                    y.actors.len() == 1 && !y.phrase && (doc.kind_of)(y.actors[0]) == Kind::Person
                });
        if let Some(p) = titled {
            picked[p] = chairs;
            continue;
        }
        if noun_after(r.slots[k].end) || compound.is_some() || chairs.is_some() {
            let cue = compound.or(chairs).unwrap_or("mediators");
            picked[k] = Some(cue);
            if k > 0 && joined(k - 1) && party(k - 1) {
                picked[k - 1] = Some(cue);
                // ("Cuba, Norway and Venezuela acted as mediators": a longer list that opens
                // the sentence, all of it.)
                let mut j = k - 1;
                while j > 0 && joined(j - 1) && party(j - 1) {
                    j -= 1;
                }
                let opens = text[r.ss..r.slots[j].start]
                    .trim()
                    .trim_start_matches(['"', '“'])
                    .split_whitespace()
                    .all(|w| w.eq_ignore_ascii_case("the"));
                if opens {
                    (j..k).for_each(|i| picked[i] = Some(cue));
                }
            }
        }
    }
    // "with the help of the United States and Jordan": each of a list after it; a person
    // too ("talks facilitated by Ketumile Masire").
    let party_or_person = |k: usize| {
        let y: &super::slots::Slot = &r.slots[k];
        y.actors.len() == 1 && !y.phrase
    };
    for k in 0..r.slots.len() {
        if !party_or_person(k) {
            continue;
        }
        if let Some(phrase) = go_between_before(text, r.ss, r.slots[k].start) {
            let mut j = k + usize::from(titled_after_possessor(doc, r, k));
            picked[j] = Some(phrase);
            while joined(j) && j + 1 < r.slots.len() && party_or_person(j + 1) {
                j += 1;
                picked[j] = Some(phrase);
            }
        }
    }
    let mut out: Vec<(ActorRef, &'static str)> = Vec::new();
    for (k, y) in r.slots.iter().enumerate() {
        if let Some(cue) = picked[k] {
            if !out.iter().any(|o| o.0 == y.actors[0]) {
                out.push((y.actors[0], cue));
            }
        }
    }
    out
}

/// Whether slot `k` owns the title of a person named right after it: "Senegal's President
/// Abdoulaye Wade", "Chad's president, Idriss Déby". The go-between after "brokered by"
/// is then the titled person, not the state that owns the title.
fn titled_after_possessor(doc: &Doc, r: &Read, k: usize) -> bool {
    let Some(y) = r.slots.get(k + 1) else {
        return false;
    };
    let person = y.actors.len() == 1 && !y.phrase && (doc.kind_of)(y.actors[0]) == Kind::Person;
    let between = &doc.text[r.slots[k].end..y.start];
    person && after_possessive(between).is_some() && title_glue(between)
}

/// "The two sides signed the accord in Moscow. ... Russia and Iran also acted as
/// mediators", "It caps three years of talks under United Nations auspices": go-betweens
/// named by their role in a sentence that tells no talks and no mediation mediate for the
/// sides of the talks told just before (see `last_sides`).
fn mediators_of_earlier_talks(
    doc: &Doc,
    r: &Read,
    (named, earlier): (&[(ActorRef, &'static str)], &[Claim]),
    claims: &[Claim],
) -> Vec<Claim> {
    let told = |c: &Claim| {
        matches!(c.relation, Relation::Mediates | Relation::Negotiates)
            && c.polarity == Polarity::Affirmed
    };
    if claims.iter().any(told) {
        return Vec::new();
    }
    if named.is_empty() {
        return Vec::new();
    }
    let Some((a, b)) = last_sides(doc, r, earlier, claims) else {
        return Vec::new();
    };
    let text = doc.text;
    let mut out = Vec::new();
    for &(m, cue) in named {
        // ("mediated by Burkina Faso's president, Blaise Compaoré": the person after the
        // possessor's role.)
        let Some(at) = r.slots.iter().position(|y| y.actors == [m] && !y.phrase) else {
            continue;
        };
        let possessor = &r.slots[at];
        let possessed = text[possessor.end..].starts_with(['\'', '’']);
        let m = if possessed {
            let person = r.slots.get(at + 1).filter(|z| {
                z.actors.len() == 1
                    && (doc.kind_of)(z.actors[0]) == Kind::Person
                    && possessor_role_between(text, possessor, z)
            });
            match person {
                Some(z) => z.actors[0],
                None => continue,
            }
        } else {
            m
        };
        if m == a || m == b || doc.in_quote(r.ss) {
            continue;
        }
        out.extend(between_sides(r, m, (a, b), cue));
    }
    out
}

/// The go-between `m` of the talks told before, between their sides `a` and `b`.
fn between_sides(r: &Read, m: ActorRef, (a, b): (ActorRef, ActorRef), cue: &str) -> [Claim; 2] {
    [a, b].map(|side| {
        super::stated(
            r,
            (m, Relation::Mediates, side),
            Polarity::Affirmed,
            cue,
            "go-between of the talks before",
        )
    })
}

/// Whether a compound of mediation follows byte `end`: "US-brokered", "China-mediated".
/// "US-sponsored talks", "Qatar-hosted negotiations": a sponsor or host of talks too.
fn compound_go_between(text: &str, end: usize) -> Option<&'static str> {
    let rest = text[end..].strip_prefix('-')?;
    let word = ["brokered", "mediated", "facilitated", "sponsored", "hosted"]
        .into_iter()
        .find(|w| rest.starts_with(w) && !rest[w.len()..].starts_with(char::is_alphabetic))?;
    let talks_after = || {
        let next = rest[word.len()..].trim_start();
        let next = next.strip_prefix("peace ").unwrap_or(next);
        TALK_NOUNS
            .iter()
            .any(|n| next.starts_with(n) && !next[n.len()..].starts_with(char::is_alphabetic))
    };
    (!matches!(word, "sponsored" | "hosted") || talks_after()).then_some(word)
}

/// Nouns of talks a host or chair stands over ("hosted talks", "chaired four months of
/// talks").
const TALK_NOUNS: [&str; 5] = [
    "talks",
    "negotiations",
    "sessions",
    "conference",
    "dialogue",
];

/// "President X of Kenya chaired four months of talks", "Gabon hosted the talks": the one
/// who chairs, hosts or presides over talks (a noun of talks within five words, in one
/// clause) stands between their sides.
/// Returns the verb, as the cue.
fn chairs_talks(rest: &str) -> Option<&'static str> {
    let rest = rest.strip_prefix(" also").unwrap_or(rest);
    let (verb, after) = ["chaired", "hosted", "presided over"]
        .iter()
        .find_map(|v| {
            rest.strip_prefix(' ')
                .and_then(|r| r.strip_prefix(v))
                .map(|a| (*v, a))
        })?;
    // ("Colombia hosted talks with the ELN": a host that talks with the other side is
    // one of the sides.)
    let clause = after.split([',', ';', '.']).next().unwrap_or_default();
    let words: Vec<&str> = clause.split_whitespace().collect();
    words
        .iter()
        .take(5)
        .position(|w| TALK_NOUNS.contains(w))
        .filter(|&k| words.get(k + 1) != Some(&"with"))
        .map(|_| verb)
}

/// "The committee secured a ceasefire between Aoun and the Syrians", "Egypt helped
/// negotiate a truce between X and Y": who wins terms between two sides goes between them.
fn wins_terms_between(rest: &str) -> bool {
    let rest = rest.strip_prefix(" also").unwrap_or(rest);
    let rest = rest
        .strip_prefix(" helped")
        .or_else(|| rest.strip_prefix(" helps"))
        .unwrap_or(rest);
    let Some(after) = [
        " secured",
        " secure",
        " securing",
        " negotiated",
        " negotiate",
    ]
    .iter()
    .find_map(|v| rest.strip_prefix(v)) else {
        return false;
    };
    let words: Vec<&str> = after.split_whitespace().take(5).collect();
    words.windows(2).any(|w| {
        matches!(
            w[0],
            "ceasefire" | "cease-fire" | "truce" | "agreement" | "deal" | "accord" | "pact"
        ) && w[1] == "between"
    })
}

/// Phrases that put the party after them between the sides of talks: "talks facilitated by
/// IGAD", "a ceasefire reached with the help of Jordan".
const GO_BETWEEN: [&str; 11] = [
    "facilitated by",
    // "a ceasefire proposed by the OAU", "talks arranged by Norway".
    "proposed by",
    "arranged by",
    "mediated by",
    "brokered by",
    "with the help of",
    "with the mediation of",
    "under the auspices of",
    "through the mediation of",
    "through the good offices of",
    "thanks to the mediation of",
];

/// The one of `GO_BETWEEN` (and "the") that stands right before byte `start`.
fn go_between_before(text: &str, ss: usize, start: usize) -> Option<&'static str> {
    let before = text[ss..start].trim_end();
    let before = before
        .strip_suffix(" the")
        .or_else(|| {
            before
                .strip_suffix(" of the")
                .map(|_| &before[..before.len() - 4])
        })
        .unwrap_or(before);
    GO_BETWEEN.into_iter().find(|p| {
        before
            .get(before.len().saturating_sub(p.len())..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case(p))
    })
}

/// Claims of a sentence that names mediators: the mediators' own "negotiations" with a
/// side are dropped from `claims`, and the two sides they stood between negotiate with
/// each other. A mediator named by its role ("Omani mediators") mediates for every side of
/// the sentence's talks; one named by a passive ("a truce brokered by X") for the two
/// sides that talked through it only ("... and the government separately negotiated with
/// Y" is no talk it carried).
/// The go-betweens of sentence `r` (its parties named by a role of mediation, read once)
/// and their claims: see `named_mediators`, `earlier_talk_brokers` and
/// `mediators_of_earlier_talks` (`earlier`: the claims of the sentences before).
pub(super) fn mediation(doc: &Doc, r: &Read, earlier: &[Claim], claims: &mut Vec<Claim>) {
    let go_betweens = mediators(doc, r);
    named_mediators(doc, r, &go_betweens, claims);
    shuttles(doc, r, earlier, claims);
    let brought = brought_together(doc, r);
    claims.extend(brought);
    let brokers = earlier_talk_brokers(doc, r, earlier, claims);
    claims.extend(brokers);
    let before = mediators_of_earlier_talks(doc, r, (&go_betweens, earlier), claims);
    claims.extend(before);
    let truces = truces(doc, r, claims);
    claims.extend(truces);
    let unilateral = unilateral_truce(doc, r, earlier, claims);
    claims.extend(unilateral);
}

/// "GAM declared a unilateral ceasefire days after the disaster", "The group declared a
/// ceasefire days later": a party that declares or orders a truce with no other side
/// named undertakes to stop fighting the foe it was last told fighting (the story's own
/// state failing one).
fn unilateral_truce(doc: &Doc, r: &Read, earlier: &[Claim], claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    if !names_a_truce(&text[r.ss..r.se]) {
        return Vec::new();
    }
    let Some(i) = r.words.iter().position(|w| {
        matches!(
            &text[w.start..w.end],
            "declared" | "announced" | "ordered" | "proclaimed"
        )
    }) else {
        return Vec::new();
    };
    let after: Vec<String> = r.words[i + 1..]
        .iter()
        .take(4)
        .map(|w| text[w.start..w.end].to_lowercase())
        .collect();
    let truce = after.iter().any(|w| TRUCE_NOUNS.contains(&w.as_str()));
    let verb = r.words[i];
    let Some(x) = r
        .slots
        .iter()
        .rev()
        .find(|x| x.end <= verb.start)
        .filter(|x| {
            x.actors.len() == 1 && super::words::gap_words(&r.words, x.end, verb.start) <= 2
        })
    else {
        return Vec::new();
    };
    let party = x.actors[0];
    let talked = claims
        .iter()
        .any(|c| c.relation == Relation::Negotiates && (c.subject == party || c.object == party));
    if !truce || talked || (doc.kind_of)(party) == Kind::Person {
        return Vec::new();
    }
    let foe = earlier
        .iter()
        .rev()
        .filter(|c| c.relation == Relation::Hostile && c.polarity == Polarity::Affirmed)
        .find_map(|c| {
            if c.subject == party {
                Some(c.object)
            } else if c.object == party {
                Some(c.subject)
            } else {
                None
            }
        })
        .or(doc.home.filter(|&h| h != party));
    let Some(foe) = foe.filter(|&f| (doc.kind_of)(f) != Kind::Person) else {
        return Vec::new();
    };
    let mut claim = super::stated(
        r,
        (party, Relation::Hostile, foe),
        Polarity::Negated,
        &text[verb.start..verb.end],
        "a truce declared by one side",
    );
    claim.modality = super::Modality::Commitment;
    // (The writer tells the declaration; the declarer does not report it.)
    claim.source = super::Source::Author;
    vec![claim]
}

/// Whether a sentence may name a truce (its nouns, in either case of their first letter).
fn names_a_truce(sentence: &str) -> bool {
    ["easefire", "ease-fire", "ruce", "rmistice", "essation"]
        .iter()
        .any(|n| sentence.contains(n))
}

/// Nouns of a halt to fighting.
const TRUCE_NOUNS: [&str; 5] = ["ceasefire", "cease-fire", "truce", "armistice", "cessation"];

/// "Hamas and Israel agreed a ceasefire", "a truce between the junta and the alliance":
/// the two sides of a ceasefire agreed, signed or brokered undertake to stop fighting each
/// other (the schema's hostility, denied, as a commitment). Not talks about one, a call
/// for one, one rejected, nor one broken.
fn truces(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    // (Most sentences name no truce: tested on the raw text before any copy.)
    if !names_a_truce(&doc.text[r.ss..r.se]) {
        return Vec::new();
    }
    let sentence = doc.text[r.ss..r.se].to_lowercase();
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    // Where a truce noun stands, and whether a verb of agreeing is within three words
    // before it or it heads the phrase "ceasefire between".
    let agreed = words.iter().enumerate().any(|(i, w)| {
        TRUCE_NOUNS.contains(w)
            && (words[i.saturating_sub(4)..i].iter().any(|v| {
                matches!(
                    *v,
                    "agreed"
                        | "agree"
                        | "signed"
                        | "sign"
                        | "declared"
                        | "declare"
                        | "announced"
                        | "reached"
                        | "accepted"
                        | "brokered"
                        | "mediated"
                        | "secured"
                        | "concluded"
                        | "observe"
                        | "observed"
                        | "observing"
                )
            }) || words
                .get(i + 1)
                .is_some_and(|n| matches!(*n, "between" | "took" | "signed")))
    });
    let broken = [
        "violat",
        "broke",
        "breaking",
        "collapse",
        "talks on",
        "talks about",
        "called for",
        "calls for",
        "urged",
        "propos",
        "rejected",
        "refused",
        "demand",
        "unravel",
    ]
    .iter()
    .any(|b| sentence.contains(b));
    if !agreed || broken {
        return Vec::new();
    }
    let mut out: Vec<Claim> = Vec::new();
    for c in claims.iter().filter(|c| {
        c.relation == Relation::Negotiates
            && c.polarity == Polarity::Affirmed
            && (doc.kind_of)(c.subject) != Kind::Person
            && (doc.kind_of)(c.object) != Kind::Person
    }) {
        let stated = claims.iter().chain(&out).any(|d| {
            d.relation == Relation::Hostile
                && d.polarity == Polarity::Negated
                && [d.subject, d.object] == [c.subject, c.object]
        });
        if !stated {
            out.push(Claim {
                relation: Relation::Hostile,
                polarity: Polarity::Negated,
                modality: super::Modality::Commitment,
                rule: "sides of a ceasefire",
                ..c.clone()
            });
        }
    }
    out
}

fn named_mediators(
    doc: &Doc,
    r: &Read,
    go_betweens: &[(ActorRef, &'static str)],
    claims: &mut Vec<Claim>,
) {
    let sentence = &doc.text[r.ss..r.se];
    let (passive_after_comma, by_role, plain) = comma_go_betweens(sentence, go_betweens.to_vec());
    let by_passive = passive_mediators(claims, &by_role);
    let all: Vec<ActorRef> = by_role
        .iter()
        .map(|m| m.0)
        .chain(by_passive.iter().map(|p| p.0))
        .chain(passive_after_comma.iter().map(|m| m.0))
        .chain(plain.iter().map(|m| m.0))
        .collect();
    // (No talks, no go-between: "built the missiles with the help of Iran".)
    if all.is_empty() || !claims.iter().any(affirmed_talks) {
        return;
    }
    // "with the help of Jordan" between two sides is no backing of either.
    claims.retain(|c| {
        !(c.relation == Relation::Sponsors && by_role.iter().any(|m| m.0 == c.subject))
    });
    let (mut sides, template) = talks_through(claims, &all);
    let mut added = Vec::new();
    if let (Some(t), [a, b]) = (&template, sides.as_slice()) {
        if !claims
            .iter()
            .any(|c| affirmed_talks(c) && same_pair(c, *a, *b))
        {
            added.push(Claim {
                subject: *a,
                object: *b,
                rule: "sides of talks through mediators",
                ..t.clone()
            });
        }
    }
    let pair = sides.clone();
    // The sides of the sentence's talks: those joined to the sides that talked through
    // the mediators, or of the one talk the sentence tells ("Oman mediates" no unrelated
    // talks named beside).
    let talks: Vec<&Claim> = claims
        .iter()
        .chain(&added)
        .filter(|c| affirmed_talks(c))
        .collect();
    let one_talk = talks
        .iter()
        .all(|c| same_pair(c, talks[0].subject, talks[0].object));
    let last_talk = talk_before(sentence, &passive_after_comma, &talks);
    let one_talk_sides =
        (one_talk && !talks.is_empty()).then(|| [talks[0].subject, talks[0].object]);
    for c in &talks {
        let joined =
            pair.is_empty() && one_talk || pair.contains(&c.subject) || pair.contains(&c.object);
        for side in [c.subject, c.object] {
            if joined && !sides.contains(&side) && !all.contains(&side) {
                sides.push(side);
            }
        }
    }
    let Some(t) = claims
        .iter()
        .chain(&added)
        .find(|c| affirmed_talks(c))
        .or(template.as_ref())
        .cloned()
    else {
        return;
    };
    let mut mediate = |mediator: ActorRef, over: &[ActorRef], cue: &str, rule: &'static str| {
        for &side in over {
            let stated = claims.iter().chain(&added).any(|c| {
                c.relation == Relation::Mediates && c.subject == mediator && c.object == side
            });
            if !stated {
                added.push(Claim {
                    subject: mediator,
                    relation: Relation::Mediates,
                    object: side,
                    cue: cue.to_string(),
                    rule,
                    ..t.clone()
                });
            }
        }
    };
    for &(m, cue) in &by_role {
        mediate(m, &sides, cue, "a party named as go-between of the talks");
    }
    if pair.len() == 2 {
        for (m, cue) in &by_passive {
            mediate(*m, &pair, cue, "mediator of both sides");
        }
    }
    // "..., and Riyadh has since held talks with the group, mediated by Oman": the sides
    // of the talk told last before the go-between.
    if let Some(last) = last_talk {
        for &(m, cue) in &passive_after_comma {
            mediate(m, &last, cue, "mediator of both sides");
        }
    }
    // "X and Y met in Paris for talks mediated by Z": with one talk told and no side
    // found by the passive rule, its sides.
    if let Some(sides_of) = one_talk_sides {
        let unread = plain
            .iter()
            .filter(|&&(m, _)| !by_passive.iter().any(|p| p.0 == m) && !sides_of.contains(&m));
        for &(m, cue) in unread {
            mediate(m, &sides_of, cue, "mediator of the talks");
        }
    }
    claims.extend(added);
}

/// The mediators the passive rule read ("a truce brokered by X"), but those named by a
/// role, each once with its cue.
fn passive_mediators(claims: &[Claim], by_role: &GoBetweens) -> Vec<(ActorRef, String)> {
    let mut out: Vec<(ActorRef, String)> = Vec::new();
    for c in claims.iter().filter(|c| {
        c.relation == Relation::Mediates
            && c.polarity == Polarity::Affirmed
            && c.rule == "passive with by"
            && !by_role.iter().any(|m| m.0 == c.subject)
    }) {
        if !out.iter().any(|p| p.0 == c.subject) {
            out.push((c.subject, c.cue.clone()));
        }
    }
    out
}

/// Go-betweens with the phrase that named them.
type GoBetweens = Vec<(ActorRef, &'static str)>;

/// Go-betweens split three ways: those of a passive set off by a comma after the talks
/// ("talks in Muscat, mediated by Oman"), read as mediators of that talk only; the others
/// ("with the mediation of X"); and those of a passive with no comma ("met for talks
/// mediated by X"), which the passive rule reads when it finds the talks' sides.
fn comma_go_betweens(sentence: &str, all: GoBetweens) -> (GoBetweens, GoBetweens, GoBetweens) {
    let (passives, others): (GoBetweens, GoBetweens) = all
        .into_iter()
        .partition(|m| m.1.ends_with(" by") && m.1 != "facilitated by");
    let (after_comma, plain): (GoBetweens, GoBetweens) = passives
        .into_iter()
        .partition(|m| sentence.contains(&format!(", {}", m.1)));
    // ("a deal brokered by Chad's president, X": the possessor only owns the go-between.)
    let plain = plain
        .into_iter()
        .filter(|m| !possessor_after(sentence, m.1))
        .collect();
    (after_comma, others, plain)
}

/// Whether every `phrase` of the sentence is followed by a possessive ("brokered by
/// Chad's president").
fn possessor_after(sentence: &str, phrase: &str) -> bool {
    sentence.match_indices(phrase).all(|(at, _)| {
        let rest = sentence[at + phrase.len()..].trim_start();
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        rest.split(' ')
            .next()
            .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
    })
}

/// The sides of the talk told last before a go-between set off by a comma.
fn talk_before(
    sentence: &str,
    go_betweens: &GoBetweens,
    talks: &[&Claim],
) -> Option<[ActorRef; 2]> {
    let at = go_betweens
        .iter()
        .filter_map(|m| sentence.rfind(&format!(", {}", m.1)))
        .min()?;
    talks
        .iter()
        .filter_map(|c| sentence.find(c.cue.as_str()).map(|p| (p, c)))
        .filter(|&(p, _)| p < at)
        .max_by_key(|&(p, _)| p)
        .map(|(_, c)| [c.subject, c.object])
}

fn affirmed_talks(c: &Claim) -> bool {
    c.relation == Relation::Negotiates && c.polarity == Polarity::Affirmed
}

fn same_pair(c: &Claim, a: ActorRef, b: ActorRef) -> bool {
    [c.subject, c.object] == [a, b] || [c.subject, c.object] == [b, a]
}

/// Drops from `claims` the talks of a side with a mediator of `m`, and returns those
/// sides, in order, with the first such claim.
fn talks_through(claims: &mut Vec<Claim>, m: &[ActorRef]) -> (Vec<ActorRef>, Option<Claim>) {
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
    (sides, template)
}

/// "The government signed an accord with the FACT after talks mediated by Qatar": who
/// mediates talks between two parties mediates for both, though the sentence names the
/// mediator next to one of them only.
pub(super) fn mediated_sides(claims: &[Claim]) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    let affirmed = |c: &&Claim| c.polarity == Polarity::Affirmed;
    // (Only a mediator the sentence names beside one party, by a passive: "talks mediated
    // by Qatar"; not one that mediates between two while others talk apart.)
    for m in claims
        .iter()
        .filter(affirmed)
        .filter(|c| c.relation == Relation::Mediates && c.rule == "passive with by")
    {
        for n in claims
            .iter()
            .filter(affirmed)
            .filter(|c| c.relation == Relation::Negotiates && c.modality == m.modality)
        {
            let other = if n.subject == m.object {
                n.object
            } else if n.object == m.object {
                n.subject
            } else {
                continue;
            };
            let stated = |c: &Claim| {
                c.relation == Relation::Mediates && c.subject == m.subject && c.object == other
            };
            // (Not the mediator's own state or leader: "Chad's President X".)
            let own = |c: &Claim| {
                matches!(
                    c.relation,
                    Relation::Leads | Relation::MemberOf | Relation::PartOf
                ) && [c.subject, c.object].contains(&m.subject)
                    && [c.subject, c.object].contains(&other)
            };
            if other == m.subject || claims.iter().chain(&out).any(|c| stated(c) || own(c)) {
                continue;
            }
            out.push(Claim {
                object: other,
                rule: "mediator of both sides",
                ..m.clone()
            });
        }
    }
    out
}

/// "The M23 and Kinshasa signed a truce in Doha. Qatar brokered the deal.", "A ceasefire
/// brokered by Turkey and Russia took effect": a go-between of talks whose sides its
/// sentence does not name mediates for the sides of the talks told just before (within
/// two sentences), or failing any, for the two sides fighting in the sentence before.
fn earlier_talk_brokers(doc: &Doc, r: &Read, earlier: &[Claim], claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    let verbs = || {
        r.cues
            .iter()
            .filter(|m| m.cue == Cue::Verb(Relation::Mediates) && !doc.in_quote(m.start))
            // (Not a compound: "the China-brokered truce" names its side elsewhere.)
            .filter(|m| !text[..m.start].ends_with('-'))
    };
    if verbs().next().is_none() {
        return Vec::new();
    }
    // A mediation the sentence states already is read there; but "X brokered the truce,
    // with Y as guarantor" still has X to read.
    let role = |c: &Claim| c.rule == "a third party as go-between";
    if claims
        .iter()
        .any(|c| c.relation == Relation::Mediates && !role(c))
    {
        return Vec::new();
    }
    let mediators: Vec<ActorRef> = claims
        .iter()
        .filter(|c| role(c))
        .map(|c| c.subject)
        .collect();
    let word_of = |k: usize| &text[r.words[k].start..r.words[k].end];
    let index = |pos: usize| r.words.partition_point(|w| w.start < pos);
    let talk_at = |k: usize| {
        r.cues
            .iter()
            .any(|t| t.cue == Cue::Noun(Relation::Negotiates) && t.start == r.words[k].start)
    };
    for m in verbs() {
        let (first, after) = (index(m.start), index(m.end));
        // "the deal was brokered by X" (the talks before, "by" after) or "X brokered the
        // deal" (the talks right after).
        let talks_before = (first.saturating_sub(4)..first).any(talk_at);
        // ("The deal was brokered over five rounds of talks by X": "by" may come a few
        // words on, in the same phrase.)
        let by = (after..(after + 7).min(r.words.len()))
            .take_while(|&k| {
                k == after || !text[r.words[k - 1].end..r.words[k].start].contains([',', ';'])
            })
            .find(|&k| word_of(k) == "by");
        let passive = talks_before && by.is_some();
        let after = by.unwrap_or(after);
        let active = !passive && (after..(after + 3).min(r.words.len())).any(talk_at);
        if !(passive || active) || super::unasserted(text, &r.words[first.saturating_sub(5)..first])
        {
            continue;
        }
        let brokers = if passive {
            joined_slots(&r.slots, text, r.words[after].end, true)
        } else {
            joined_slots(&r.slots, text, m.start, false)
        };
        // ("brokered a truce between the Shottas and the Espartanos": the sentence names
        // the sides, though not as parties the document knows.)
        if brokers.is_empty()
            || text[m.end..r.se].contains(" between ")
            || brokers.iter().any(|b| mediators.contains(b))
        {
            continue;
        }
        let Some((a, b)) = last_sides(doc, r, earlier, claims) else {
            continue;
        };
        // (The sentence names no other party than the brokers and the sides.)
        // (Names in an apposition after a passive's brokers describe them: "by Martti
        // Ahtisaari, the former Finnish president".)
        let described_from = if passive {
            text[r.words[after].end..r.se]
                .find(", ")
                .map_or(r.se, |i| r.words[after].end + i)
        } else {
            r.se
        };
        let others = r
            .slots
            .iter()
            .filter(|x| x.start < described_from)
            .flat_map(|x| x.actors.iter())
            .any(|x| !brokers.contains(x) && !mediators.contains(x) && *x != a && *x != b);
        if others || brokers.contains(&a) || brokers.contains(&b) {
            continue;
        }
        let cue = &text[m.start..m.end];
        // ("brokered by Chad's president, Mahamat Deby": the titled person, not the state.)
        let titled = |b: ActorRef| {
            let k = r.slots.iter().position(|y| y.actors == [b] && !y.phrase);
            k.filter(|&k| titled_after_possessor(doc, r, k))
                .map_or(b, |k| r.slots[k + 1].actors[0])
        };
        return brokers
            .iter()
            .flat_map(|&k| between_sides(r, titled(k), (a, b), cue))
            .collect();
    }
    Vec::new()
}

/// "Egypt's spy chief X shuttled between them for weeks", "the envoys brought the two
/// sides (delegations, parties) to the table": a go-between whose sides are not named after its verb, but told
/// by a pronoun or a description, goes between the sides of the talks told last (see
/// `last_sides`). A side the verb's rule read from the pronoun is replaced.
fn shuttles(doc: &Doc, r: &Read, earlier: &[Claim], claims: &mut Vec<Claim>) {
    let text = doc.text;
    for m in r
        .cues
        .iter()
        .filter(|m| m.cue == Cue::Verb(Relation::Mediates))
    {
        let cue = &text[m.start..m.end];
        let sides = [" sides", " delegations", " parties"]
            .iter()
            .any(|n| cue.contains(n));
        if !(cue.ends_with(" between") || sides) || doc.in_quote(m.start) {
            continue;
        }
        let end = text[m.end..r.se]
            .find([',', ';', '.'])
            .map_or(r.se, |i| m.end + i);
        let named = r
            .slots
            .iter()
            .filter(|x| x.start >= m.end && x.end <= end && !x.phrase)
            .count();
        // ("shuttled between the Taliban and Washington": sides named there, whether or
        // not both are known, are the verb's own.)
        let listed = text[m.end..end].contains(" and ");
        if named >= 2 || listed && cue.ends_with(" between") {
            continue;
        }
        // ("between them": one side read from the pronoun is no go-between's pair.)
        claims.retain(|c| !(c.relation == Relation::Mediates && c.cue == cue));
        let brokers = joined_slots(&r.slots, text, subject_end(text, r.ss, m.start), false);
        let Some((a, b)) = last_sides(doc, r, earlier, claims) else {
            continue;
        };
        if brokers.is_empty() || brokers.contains(&a) || brokers.contains(&b) {
            continue;
        }
        for &k in &brokers {
            claims.extend(between_sides(r, k, (a, b), cue));
        }
    }
}

/// The sides of the last affirmed talks of this sentence or the two before, or of the
/// last affirmed fight of the sentence before, whichever was told last.
fn last_sides(
    doc: &Doc,
    r: &Read,
    earlier: &[Claim],
    claims: &[Claim],
) -> Option<(ActorRef, ActorRef)> {
    // (A person killed or seized by another is no side of a war: "Otti was killed on
    // Kony's orders. That process was mediated by X".)
    let person = |a: ActorRef| (doc.kind_of)(a) == Kind::Person;
    let fits = |c: &&Claim| {
        c.polarity == Polarity::Affirmed
            && match c.relation {
                Relation::Negotiates => c.sentence + 2 >= r.si,
                Relation::Hostile => {
                    c.sentence + 1 >= r.si
                        && c.sentence < r.si
                        && !(person(c.subject) && person(c.object))
                }
                _ => false,
            }
    };
    claims
        .iter()
        .rev()
        .filter(|c| c.relation == Relation::Negotiates)
        .chain(earlier.iter().rev())
        .find(fits)
        .map(|c| (c.subject, c.object))
}

/// "France brought the government and the rebels together at Linas-Marcoussis", "Norway
/// brought the URNG together with the government": who brings two sides together goes
/// between them, and the sides talk. Not an attempt ("tried to bring them together") nor
/// a denial.
fn brought_together(doc: &Doc, r: &Read) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    for (i, w) in r.words.iter().enumerate() {
        let verb = &text[w.start..w.end];
        if !matches!(verb, "brought" | "bring" | "brings" | "bringing") || doc.in_quote(w.start) {
            continue;
        }
        // "together" within ten words, in the verb's clause (past the commas of a list:
        // "brought Habré, Goukouni and the other factions together").
        let Some(together) = r.words[i + 1..]
            .iter()
            .take(10)
            .take_while(|x| !text[w.end..x.start].contains([';', ':']))
            .find(|x| &text[x.start..x.end] == "together")
        else {
            continue;
        };
        let lead = text[r.ss..w.start].to_ascii_lowercase();
        let attempt = [
            " not ",
            "n't ",
            "never ",
            "failed to ",
            "tried to ",
            "try to ",
        ]
        .iter()
        .any(|m| lead.ends_with(m) || lead.ends_with(&format!("{m}help ")));
        if attempt {
            continue;
        }
        let inner = joined_slots(&r.slots, text, w.end, true);
        let inner: Vec<ActorRef> = r
            .slots
            .iter()
            .filter(|x| x.start >= w.end && x.end <= together.start)
            .flat_map(|x| x.actors.first())
            .copied()
            .filter(|a| inner.contains(a))
            .collect();
        let mut sides = match inner.as_slice() {
            // "brought X together with Y".
            [a] => {
                if !text[together.end..r.se].starts_with(" with ") {
                    continue;
                }
                let from = together.end + " with".len();
                let Some(&b) = joined_slots(&r.slots, text, from, true).first() else {
                    continue;
                };
                vec![*a, b]
            }
            // (Two, or the parties of a list: "Habré, Goukouni and the other factions".)
            many if many.len() >= 2 && many.len() <= 4 => many.to_vec(),
            _ => continue,
        };
        // (One party named twice is one side: "A, B and A's allies".)
        let mut seen = Vec::new();
        sides.retain(|a| {
            !seen.contains(a) && {
                seen.push(*a);
                true
            }
        });
        let from = subject_end(text, r.ss, w.start);
        let mut brokers = joined_slots(&r.slots, text, from, false);
        // ("President Gamal Abdel Nasser of Egypt brought ...": the titled person, not the
        // state after "of".)
        if let [state] = brokers[..] {
            let person = r.slots.iter().rev().find(|x| {
                x.end <= from && x.actors.len() == 1 && {
                    let glue = &text[x.end..from];
                    glue.trim_start().starts_with("of ") && glue.split_whitespace().count() <= 4
                }
            });
            if let Some(x) = person.filter(|x| (doc.kind_of)(x.actors[0]) == Kind::Person) {
                if (doc.kind_of)(state) == Kind::State {
                    brokers = vec![x.actors[0]];
                }
            }
        }
        if brokers.is_empty() || sides.len() < 2 || sides.iter().any(|a| brokers.contains(a)) {
            continue;
        }
        let cue = "brought together";
        for &m in &brokers {
            for &side in &sides {
                out.push(super::stated(
                    r,
                    (m, Relation::Mediates, side),
                    Polarity::Affirmed,
                    cue,
                    "brings the sides together",
                ));
            }
        }
        for (k, &a) in sides.iter().enumerate() {
            for &b in &sides[k + 1..] {
                out.push(super::stated(
                    r,
                    (a, Relation::Negotiates, b),
                    Polarity::Affirmed,
                    cue,
                    "brought together",
                ));
            }
        }
    }
    out
}
