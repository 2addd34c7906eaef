//! Troops sent to a party's side: "Zimbabwe, Angola and Namibia sent troops to save
//! Kabila's government", "Rwanda deployed 2,000 soldiers to help the rebels". Who sends
//! its forces to defend a party fights beside it (the schema's `fights_alongside`), more
//! than it backs it from afar.

use super::slots::{joined_slots, subject_end};
use super::{stated, Claim, Doc, Polarity, Read, Relation};
use crate::actors::{ActorRef, Kind};

/// Verbs of sending forces.
const SENDING: [&str; 12] = [
    "sent",
    "send",
    "sends",
    "sending",
    "deployed",
    "deploy",
    "deploys",
    "dispatched",
    // Forces kept or stationed abroad: "kept tens of thousands of troops in Yemen to
    // defend the republic".
    "kept",
    "keeps",
    "stationed",
    "stations",
];

/// Nouns of forces sent.
const FORCES: [&str; 10] = [
    "troops",
    "soldiers",
    "forces",
    "units",
    "battalions",
    "paratroopers",
    "army",
    "police",
    "tanks",
    "marines",
];

/// Verbs of aid after "to": the party after one is the one the forces stand beside.
const AID: [&str; 13] = [
    "help",
    "aid",
    "support",
    "save",
    "defend",
    "protect",
    "back",
    "bolster",
    "prop",
    "shore",
    "reinforce",
    "assist",
    "rescue",
];

/// Verbs of forces moving in: "Syrian tanks crossed the border to aid the PLO".
const MOVING: [&str; 8] = [
    "crossed", "entered", "moved", "rolled", "poured", "marched", "went", "flew",
];

/// "Syrian tanks crossed the border to aid the PLO": forces named as the subject of a verb
/// of moving in fight beside the party they come to aid (their owner does); the backing
/// the aid verb alone read for the same pair (`claims`) is dropped.
fn forces_moved_to_aid(doc: &Doc, r: &Read, claims: &mut Vec<Claim>) {
    let text = doc.text;
    let word = |k: usize| &text[r.words[k].start..r.words[k].end];
    for i in 1..r.words.len() {
        let noun = r.words[i - 1];
        if !MOVING.contains(&word(i)) || !FORCES.contains(&word(i - 1)) || doc.in_quote(noun.start)
        {
            continue;
        }
        // The forces' owner: the name that ends at the noun or right before it.
        let Some(x) = r.slots.iter().find(|x| {
            x.actors.len() == 1
                && !x.phrase
                && x.start < noun.start
                && (x.end == noun.end || text[x.end.min(noun.start)..noun.start].trim().is_empty())
        }) else {
            continue;
        };
        let Some(a) = (i + 2..(i + 8).min(r.words.len()))
            .find(|&k| word(k - 1) == "to" && AID.contains(&word(k)))
        else {
            continue;
        };
        let after = r.words[a].end;
        let Some(y) = aid_object(text, r, after) else {
            continue;
        };
        let (sender, aided) = (x.actors[0], y.actors[0]);
        let Some(polarity) = sending_polarity(doc, r, i) else {
            continue;
        };
        if sender == aided {
            continue;
        }
        // (The aid verb's own reading goes, whoever it made the aider: "entered Congo to
        // help the M23" is no Congo's help.)
        let aid = word(a);
        claims.retain(|c| !(c.relation == Relation::Sponsors && c.object == aided && c.cue == aid));
        claims.push(stated(
            r,
            (sender, Relation::FightsAlongside, aided),
            polarity,
            &text[noun.start..after],
            "forces moved in to aid a side",
        ));
    }
}

/// The fights-alongside claims of sentence `r` (troops sent, and forces moving in, see
/// `forces_moved_to_aid`); the backing the aid verb alone read for the same pair
/// (`claims`) is dropped.
pub(super) fn troops_sent_to_aid(doc: &Doc, r: &Read, claims: &mut Vec<Claim>) {
    let text = doc.text;
    let word = |k: usize| &text[r.words[k].start..r.words[k].end];
    let mut out = Vec::new();
    for (i, w) in r.words.iter().enumerate() {
        if !SENDING.contains(&word(i)) || doc.in_quote(w.start) {
            continue;
        }
        // "sent (some 2,000 of its) troops to help X".
        let Some(f) = (i + 1..(i + 8).min(r.words.len())).find(|&k| FORCES.contains(&word(k)))
        else {
            continue;
        };
        // (Past where they stand: "troops in North Yemen to defend".)
        let mut t = f + 1;
        if t + 1 < r.words.len() && word(t) == "in" {
            t += 1;
            while t < r.words.len() && t < f + 5 && word(t).starts_with(char::is_uppercase) {
                t += 1;
            }
        }
        // "sent troops against the LNM and the PLO", "sent riot police and then the
        // army against the BRA": the senders fight those after.
        if let Some(t) = (f + 1..(f + 8).min(r.words.len()))
            .take_while(|&k| word(k) != "to")
            .find(|&k| word(k) == "against")
        {
            sent_against(doc, r, (i, t), claims, &mut out);
            continue;
        }
        let aid = (t + 1 < r.words.len() && word(t) == "to" && AID.contains(&word(t + 1)))
            .then_some(t + 1);
        let Some(a) = aid else {
            continue;
        };
        // The senders: the names joined right before the verb ("Zimbabwe, Angola and
        // Namibia sent").
        let senders = senders_before(doc, r, w.start);
        // The party aided: the first after the aid verb, within three words; a person's
        // government is the state ("to save Kabila's government").
        let after = r.words[a].end;
        let Some(y) = aid_object(text, r, after) else {
            continue;
        };
        let aided = match r
            .slots
            .iter()
            .find(|z| z.start > y.start && z.actors.len() == 1)
        {
            Some(z)
                if (doc.kind_of)(y.actors[0]) == Kind::Person
                    && (doc.kind_of)(z.actors[0]) == Kind::State
                    && super::words::after_possessive(&text[y.end..])
                        .is_some_and(|rest| text.len() - rest.len() == z.start) =>
            {
                z.actors[0]
            }
            _ => y.actors[0],
        };
        let cue = &text[w.start..r.words[a].end];
        let Some(polarity) = sending_polarity(doc, r, i) else {
            continue;
        };
        for &s in &senders {
            if s == aided {
                continue;
            }
            // The aid verb's own reading, if any, gives the claim's polarity, modality and
            // source; it is dropped.
            let read = claims
                .iter()
                .position(|c| {
                    c.relation == Relation::Sponsors && c.subject == s && c.object == aided
                })
                .map(|k| claims.remove(k));
            let mut claim = stated(
                r,
                (s, Relation::FightsAlongside, aided),
                polarity,
                cue,
                "troops sent to a side",
            );
            if let Some(c) = read {
                (claim.polarity, claim.modality, claim.source) = (c.polarity, c.modality, c.source);
            }
            out.push(claim);
        }
    }
    claims.extend(out);
    forces_moved_to_aid(doc, r, claims);
}

/// The party an aid verb ending at byte `after` names: the first name after it, past
/// nothing but an article. (Not the aid verb's own object: "to protect its border from
/// X" aids no X, nor "to help neither X nor Y".)
fn aid_object<'a>(text: &str, r: &'a Read, after: usize) -> Option<&'a super::slots::Slot> {
    r.slots
        .iter()
        .find(|y| y.start >= after && !y.phrase && y.actors.len() == 1)
        .filter(|y| matches!(text[after..y.start].trim(), "" | "the"))
}

/// The polarity of the sending verb `i`: negated after a refusal ("refused to send
/// troops", "did not send"); none for a sending only asked for or to come ("asked Kenya
/// to send troops", "will send troops if ...").
fn sending_polarity(doc: &Doc, r: &Read, i: usize) -> Option<Polarity> {
    let before = |n: usize| {
        r.words[i.saturating_sub(n)..i]
            .iter()
            .map(|v| &doc.text[v.start..v.end])
    };
    let unreal = before(4).any(|v| {
        matches!(
            v,
            "will"
                | "would"
                | "could"
                | "may"
                | "might"
                | "if"
                | "asked"
                | "urged"
                | "called"
                | "considering"
                | "plans"
                | "planned"
                | "offered"
        )
    });
    if unreal {
        return None;
    }
    let refused = before(3).any(|v| {
        matches!(
            v,
            "not" | "never" | "refused" | "declined" | "no" | "won't" | "wouldn't"
        )
    });
    Some(if refused {
        Polarity::Negated
    } else {
        Polarity::Affirmed
    })
}

/// Hostile claims of forces sent against parties: the senders named right before the
/// verb `i`, the parties joined right after "against" (word `t`).
fn sent_against(
    doc: &Doc,
    r: &Read,
    (i, t): (usize, usize),
    claims: &[Claim],
    out: &mut Vec<Claim>,
) {
    let Some(polarity) = sending_polarity(doc, r, i) else {
        return;
    };
    let text = doc.text;
    // (A ruler sends them too: "the King sent his army against the PLO's bases".) The
    // forces named among those sent fight as well.
    let from = subject_end(text, r.ss, r.words[i].start);
    let mut senders = joined_slots(&r.slots, text, from, false);
    let (sent, aimed) = (r.words[i].end, r.words[t].start);
    senders.extend(
        r.slots
            .iter()
            .filter(|y| y.start >= sent && y.end <= aimed && !y.phrase && y.actors.len() == 1)
            .map(|y| y.actors[0])
            .filter(|&a| (doc.kind_of)(a) != Kind::Person),
    );
    // ("President Hafez al-Assad sent troops against the LNM": a ruler this sentence has
    // lead a state sends that state's troops, and the state fights too.)
    let states: Vec<ActorRef> = senders
        .iter()
        .filter_map(|&s| {
            claims.iter().find(|c| {
                c.subject == s
                    && c.relation == Relation::Leads
                    && c.polarity == Polarity::Affirmed
                    && (doc.kind_of)(c.object) == Kind::State
            })
        })
        .map(|c| c.object)
        .filter(|o| !senders.contains(o))
        .collect();
    senders.extend(states);
    let targets = joined_slots(&r.slots, text, r.words[t].end, true);
    let cue = &text[r.words[i].start..r.words[t].end];
    for &s in &senders {
        for &y in targets.iter().filter(|&&y| y != s) {
            out.push(stated(
                r,
                (s, Relation::Hostile, y),
                polarity,
                cue,
                "troops sent against a side",
            ));
        }
    }
}

/// The parties named right before the verb at byte `at`, joined by commas and "and"
/// ("Zimbabwe, Angola and Namibia sent", "Uganda refused to send"), persons left out.
fn senders_before(doc: &Doc, r: &Read, at: usize) -> Vec<ActorRef> {
    let from = subject_end(doc.text, r.ss, at);
    joined_slots(&r.slots, doc.text, from, false)
        .into_iter()
        .filter(|&a| (doc.kind_of)(a) != Kind::Person)
        .collect()
}

/// Nouns of military teachers sent to a party.
const TEACHERS: [&str; 6] = [
    "advisers",
    "advisors",
    "instructors",
    "trainers",
    "adviser",
    "instructor",
];

/// What stands between the teachers and the party they teach: "American advisers were
/// working with Iraqi units", "Russia sent 300 more instructors for the national army".
/// (Not "arrived in Burkina Faso": a state after "in" is a place.)
const TAUGHT: [&str; 8] = [
    "working with",
    "embedded with",
    "attached to",
    "assigned to",
    "training",
    "to train",
    "for",
    "with",
];

/// "several hundred American advisers were working with Iraqi and Kurdish units",
/// "instructors from Africa Corps for the national army", "Russia sent 300 more
/// instructors for the national army": the party whose advisers or instructors they are
/// trains the party they work with.
pub(super) fn advisers(doc: &Doc, r: &Read) -> Vec<Claim> {
    let text = doc.text;
    let word = |k: usize| &text[r.words[k].start..r.words[k].end];
    let mut out = Vec::new();
    for (j, w) in r.words.iter().enumerate() {
        if !TEACHERS.contains(&word(j)) || doc.in_quote(w.start) {
            continue;
        }
        // Whose: a name right before ("American (military) advisers"), "from X" after, or
        // the sender of "sent ... instructors".
        let before = text[r.ss..w.start].trim_end();
        let before = before.strip_suffix(" military").unwrap_or(before);
        let from = text[w.end..r.se].strip_prefix(" from ");
        let owner = r
            .slots
            .iter()
            .find(|x| x.end == r.ss + before.len() && !x.phrase)
            .or_else(|| {
                let at = r.se - from?.len();
                r.slots.iter().find(|x| x.start == at && !x.phrase)
            })
            .map(|x| x.actors.clone())
            .or_else(|| {
                let k = (j.saturating_sub(9)..j)
                    .rev()
                    .find(|&k| SENDING.contains(&word(k)))?;
                Some(senders_before(doc, r, r.words[k].start))
            })
            .unwrap_or_default();
        // Whom: the names after the linking words, up to the clause's end.
        let after_owner = from
            .and_then(|f| {
                let at = r.se - f.len();
                r.slots.iter().find(|x| x.start == at).map(|x| x.end)
            })
            .unwrap_or(w.end);
        let rest = &text[after_owner..r.se];
        let rest = rest
            .trim_start()
            .trim_start_matches("were ")
            .trim_start_matches("are ")
            .trim_start_matches("have ")
            .trim_start_matches("has ")
            .trim_start_matches("been ");
        let rest = rest.strip_prefix("reported to be ").unwrap_or(rest);
        let Some(link) = TAUGHT.iter().find(|l| rest.starts_with(*l)) else {
            continue;
        };
        let from_at = r.se - rest.len() + link.len();
        let end = text[from_at..r.se]
            .find([',', ';', '.'])
            .map_or(r.se, |i| from_at + i);
        // ("for the national army, the FACA": a name set off after a description.)
        let set_off = text[end..r.se]
            .strip_prefix(", ")
            .map(|t| t.strip_prefix("the ").unwrap_or(t))
            .filter(|t| t.starts_with(char::is_uppercase));
        let named_end = set_off.map_or(end, |t| {
            let at = r.se - t.len();
            text[at..r.se]
                .find([',', ';', '.'])
                .map_or(r.se, |i| at + i)
        });
        // The names right after the link, joined by "and" or commas only ("working with
        // the KDF said al-Shabaab ..." teaches the KDF alone).
        let mut taught: Vec<ActorRef> = Vec::new();
        let mut at = from_at;
        for y in r
            .slots
            .iter()
            .filter(|y| y.start >= from_at && y.actors.len() == 1)
        {
            let glue = text[at..y.start].trim();
            // (Or the name set off after a description: "for the national army, the FACA".)
            let set_off_here = set_off.is_some() && y.start >= end && y.end <= named_end;
            let joined = if taught.is_empty() {
                matches!(glue, "" | "the") || set_off_here
            } else {
                matches!(
                    glue,
                    "and" | "and the" | "," | ", the" | ", and" | ", and the"
                )
            };
            // ("for the national army, the FACA": past a description, the name set off.)
            let described = y.phrase && taught.is_empty() && text[y.end..].starts_with(", ");
            if joined && described {
                at = y.end + 1;
                continue;
            }
            if !joined || y.phrase || y.end > end.max(named_end) {
                break;
            }
            taught.push(y.actors[0]);
            at = y.end;
        }
        for &o in &owner {
            for &t in &taught {
                if o != t && !out.iter().any(|c: &Claim| c.subject == o && c.object == t) {
                    out.push(stated(
                        r,
                        (o, Relation::Trains, t),
                        Polarity::Affirmed,
                        word(j),
                        "advisers sent to a party",
                    ));
                }
            }
        }
    }
    out
}

/// "Iraqi tanks stormed Erbil together with KDP fighters", "Syrian armour attacked
/// alongside Lebanese army brigades": who uses force together with, or alongside, a party
/// fights beside it; and the party, beside it, fights the one it attacks.
pub(super) fn acted_together(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    let force = r
        .cues
        .iter()
        .filter(|m| matches!(m.cue, super::Cue::Verb(Relation::Hostile)) && !doc.in_quote(m.start));
    for m in force {
        // "Malian troops, together with Wagner mercenaries, killed ...": the phrase set
        // off between the subject and the verb.
        if let Some((x, y)) = set_off_partner(doc, r, m.start) {
            out.push(stated(
                r,
                (x, Relation::FightsAlongside, y),
                Polarity::Affirmed,
                &text[m.start..m.end],
                "force used together with a party",
            ));
            out.extend(shared_foes(claims, (x, y), &text[m.start..m.end]));
        }
        // "together with" or "alongside" in the verb's clause, a few words on.
        let rest = &text[m.end..r.se];
        let clause = rest.find([';', ':']).map_or(rest, |k| &rest[..k]);
        let Some((at, marker)) = [" together with ", " alongside "]
            .iter()
            .filter_map(|p| clause.find(p).map(|k| (k, *p)))
            .min_by_key(|&(k, _)| k)
        else {
            continue;
        };
        if clause[..at].split_whitespace().count() > 6 || clause[..at].contains(',') {
            continue;
        }
        let from = m.end + at + marker.len();
        let Some(y) = r.slots.iter().find(|y| {
            y.start >= from
                && !y.phrase
                && y.actors.len() == 1
                && matches!(text[from..y.start].trim(), "" | "the")
        }) else {
            continue;
        };
        // A party's fighters, not a second target: "together with KDP fighters", not
        // "together with Hezbollah depots" or "the Houthi-held port".
        let next = super::words::word_at(text, &r.words, y.end).unwrap_or_default();
        let fighters = !text[y.end..].starts_with('-')
            && (!next.starts_with(char::is_lowercase)
                || doc.lexicon.anaphora.member_nouns.iter().any(|m| m == next)
                || matches!(next, "and" | "in" | "on" | "at" | "to" | "against"));
        if !fighters {
            continue;
        }
        // The one who acts: the verb's subject, joined names right before it, or a
        // state's name before its forces ("Iraqi tanks and infantry stormed").
        let mut senders = senders_before(doc, r, m.start);
        if senders.is_empty() {
            let forces = r.slots.iter().rev().find(|x| x.end <= m.start).filter(|x| {
                x.actors.len() == 1
                    && !x.phrase
                    && super::words::gap_words(&r.words, x.end, m.start) <= 4
                    && text[x.end..m.start]
                        .chars()
                        .all(|c| c.is_lowercase() || c == ' ')
            });
            senders.extend(forces.map(|x| x.actors[0]));
        }
        for &x in senders.iter().filter(|&&x| x != y.actors[0]) {
            let cue = &text[m.start..y.end];
            out.push(stated(
                r,
                (x, Relation::FightsAlongside, y.actors[0]),
                Polarity::Affirmed,
                cue,
                "force used together with a party",
            ));
            out.extend(shared_foes(claims, (x, y.actors[0]), &text[m.start..m.end]));
        }
    }
    out
}

/// "Somali forces, alongside AMISOM troops, retook Barawe": the subject before a phrase of
/// company set off right before the verb at byte `verb`, and the party inside it.
fn set_off_partner(doc: &Doc, r: &Read, verb: usize) -> Option<(ActorRef, ActorRef)> {
    let text = doc.text;
    let lead = text[r.ss..verb].trim_end().strip_suffix(',')?;
    let (open, marker) = [", together with ", ", alongside ", ", along with "]
        .iter()
        .filter_map(|p| lead.rfind(p).map(|k| (k, *p)))
        .max_by_key(|&(k, _)| k)?;
    let (open, inner_from) = (r.ss + open, r.ss + open + marker.len());
    let inner = &text[inner_from..r.ss + lead.len()];
    if inner.contains([',', ';']) || inner.split_whitespace().count() > 5 {
        return None;
    }
    let y = r.slots.iter().find(|y| {
        y.start >= inner_from && y.end <= r.ss + lead.len() && !y.phrase && y.actors.len() == 1
    })?;
    let x = r.slots.iter().rev().find(|x| x.end <= open).filter(|x| {
        !x.phrase
            && x.actors.len() == 1
            && text[x.end..open]
                .chars()
                .all(|c| c.is_lowercase() || c == ' ')
            && text[x.end..open].split_whitespace().count() <= 2
    })?;
    (x.actors[0] != y.actors[0]).then_some((x.actors[0], y.actors[0]))
}

/// The foes `x` attacks with the verb `cue`, which `y`, beside it, attacks too.
fn shared_foes(claims: &[Claim], (x, y): (ActorRef, ActorRef), cue: &str) -> Vec<Claim> {
    claims
        .iter()
        .filter(|c| {
            c.relation == Relation::Hostile
                && c.subject == x
                && c.object != y
                && c.cue.to_lowercase().starts_with(&cue.to_lowercase())
        })
        .map(|c| Claim {
            subject: y,
            rule: "force used together with a party",
            ..c.clone()
        })
        .collect()
}
