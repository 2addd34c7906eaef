//! Leaders put out of office: "the Derg deposed the emperor", "Mané ousted Vieira",
//! "Carlos Prío, the president Batista overthrew", "Ydígoras himself was overthrown",
//! "He resigned within days". The tie of leading is cut: the leader no longer leads what
//! the document (this sentence or one before) gives them to lead.

use super::slots::Slot;
use super::words::{gap_words, passive_auxiliary};
use super::{Claim, Held, Polarity, Read};
use crate::actors::{ActorRef, Kind};
use crate::claims::Relation;

/// Verbs by which others put a leader out: "X deposed Y", "Y was deposed".
const OUSTING: [&str; 12] = [
    "deposed",
    "deposes",
    "ousted",
    "ousts",
    "overthrew",
    "overthrown",
    "overthrows",
    "toppled",
    "topples",
    "removed",
    "unseated",
    "dethroned",
];

/// Verbs that put a leader out with "aside" after the leader: "pushed Mara aside".
const ASIDE: [&str; 4] = ["pushed", "swept", "brushed", "shoved"];

/// Verbs by which a government puts out one who serves it: "Mubarak sacked Alfi".
const SACKING: [&str; 4] = ["sacked", "sacks", "dismissed", "dismisses"];

/// Verbs that put a person out of office and tell of no fighting (those that do, "ousted",
/// "deposed", are the lexicon's hostile verbs).
const PUTTING_OUT: [&str; 8] = [
    "removed",
    "unseated",
    "dethroned",
    "sacked",
    "sacks",
    "dismissed",
    "dismisses",
    "removes",
];

/// The one actor a slot names.
fn one_actor(x: &Slot) -> Option<ActorRef> {
    (x.actors.len() == 1).then(|| x.actors[0])
}

/// Verbs by which a leader leaves: "Y resigned", "Y stepped down".
const LEAVING: [&str; 3] = ["resigned", "resigns", "abdicated"];

/// Words after the object "her" that show it is no possessive: "dismissed her as".
const AFTER_OBJECT: [&str; 8] = ["as", "from", "in", "on", "after", "and", "for", "with"];

/// What a leader is removed from: "removed him from power", "from the presidency".
const OFFICES: [&str; 8] = [
    "office",
    "power",
    "command",
    "government",
    "presidency",
    "post",
    "leadership",
    "throne",
];

/// Words that make an ouster unreal or undone: negation, denial, intent, condition.
const UNREAL: [&str; 14] = [
    "not", "never", "n't", "would", "could", "might", "denied", "denies", "deny", "if", "unless",
    "plot", "tried", "failed",
];

/// Words that may stand between a subject and its verb: "had resigned", "himself was".
const BETWEEN: [&str; 8] = [
    "had", "has", "have", "himself", "herself", "then", "later", "finally",
];

/// Words that open a clause of its own after a leader's name: "X, the president whom the
/// army overthrew", "X, whom Y deposed".
const CLAUSE_OPENERS: [&str; 9] = [
    "president",
    "prime",
    "premier",
    "king",
    "emperor",
    "leader",
    "ruler",
    "head",
    "whom",
];

/// Words of a sentence that tell of an ouster or a leaving (the raw text is tested first:
/// most sentences tell none).
const STEMS: [&str; 15] = [
    "depos",
    "ousted",
    "ousts",
    "overthr",
    "toppl",
    "remov",
    "unseat",
    "dethron",
    "resign",
    "abdicat",
    "stepped down",
    "stepped aside",
    "aside",
    "sack",
    "dismiss",
];

/// A sentence's words and slots, read for who is put out.
struct Reader<'a> {
    doc: &'a super::Doc<'a>,
    r: &'a Read,
    last_person: Option<ActorRef>,
}

impl Reader<'_> {
    fn is(&self, k: usize, ws: &[&str]) -> bool {
        self.r.words.get(k).is_some_and(|w| {
            let w = &self.doc.text[w.start..w.end];
            ws.iter().any(|v| w.eq_ignore_ascii_case(v))
        })
    }

    fn person(&self, x: &Slot) -> bool {
        x.actors.len() == 1 && (self.doc.kind_of)(x.actors[0]) == Kind::Person
    }

    /// The person a slot or a pronoun at word `k` names (not a possessor: "dismissed
    /// Bhutto's government", "ousted her ally").
    fn named_at(&self, k: usize) -> Option<ActorRef> {
        let w = self.r.words.get(k)?;
        if let Some(x) = self.r.slots.iter().find(|x| x.start == w.start) {
            let owner = self.doc.text[x.end..].starts_with(['\'', '\u{2019}']);
            return (self.person(x) && !owner).then(|| x.actors[0]);
        }
        let her_noun = self.is(k, &["her"])
            && self.r.words.get(k + 1).is_some_and(|n| {
                self.doc.text[w.end..n.start] == *" "
                    && self.doc.text[n.start..n.end].starts_with(char::is_lowercase)
                    && !self.is(k + 1, &AFTER_OBJECT)
            });
        (self.is(k, &["him", "her", "he", "she"]) && !her_noun)
            .then_some(self.last_person)
            .flatten()
    }

    /// The words after the object at word `k` (a slot or a pronoun), lowercased, three at
    /// most: "dismissed X as a puppet", "removed him from the plane".
    fn after_object(&self, k: usize) -> Vec<String> {
        let text = self.doc.text;
        let end = self
            .r
            .slots
            .iter()
            .find(|x| self.r.words.get(k).is_some_and(|w| x.start == w.start))
            .map_or_else(|| self.r.words.get(k).map_or(0, |w| w.end), |x| x.end);
        self.r
            .words
            .iter()
            .filter(|w| w.start >= end)
            .take(3)
            .map(|w| text[w.start..w.end].to_lowercase())
            .collect()
    }

    /// Whether the verb at word `k` with its object at `k + 1` tells of office: not "as"
    /// after the object ("dismissed X as a puppet"), and "from" only before an office
    /// ("removed him from power", not "from the plane").
    fn of_office(&self, k: usize) -> bool {
        let after = self.after_object(k + 1);
        let words: Vec<&str> = after.iter().map(String::as_str).collect();
        match words.as_slice() {
            ["as", ..] => false,
            ["from", "the" | "his" | "her" | "their", office, ..] | ["from", office, ..] => {
                OFFICES.contains(office)
            }
            _ => true,
        }
    }

    /// Whether a word of negation, denial, intent or condition stands in the six words
    /// before the verb at word `k` ("has not ousted", "denied he had resigned", "a plot
    /// that would have toppled"): no tenure ended as told.
    fn hedged(&self, k: usize) -> bool {
        (k.saturating_sub(6)..k).any(|j| self.is(j, &UNREAL))
    }

    /// The person whose slot ends right before word `k` (a word of `BETWEEN` aside), or
    /// the pronoun there.
    fn subject_before(&self, k: usize) -> Option<ActorRef> {
        self.slot_before(k, |x| self.person(x).then(|| x.actors[0]))
    }

    /// What `take` makes of the slot that ends right before word `k` (a word of
    /// `BETWEEN` aside), or the person "he" or "she" there stands for.
    fn slot_before(&self, k: usize, take: impl Fn(&Slot) -> Option<ActorRef>) -> Option<ActorRef> {
        let mut j = k;
        while j > 0 && self.is(j - 1, &BETWEEN) {
            j -= 1;
        }
        let words = &self.r.words;
        let at = words.get(j)?.start;
        let x = self.r.slots.iter().rev().find(|x| x.end <= at)?;
        if gap_words(words, x.end, at) == 0 {
            return take(x);
        }
        (j > 0 && self.is(j - 1, &["he", "she"]) && gap_words(words, x.end, at) == 1)
            .then_some(self.last_person)
            .flatten()
    }

    /// The one who puts a person out of office by a verb of no fighting at word `k`
    /// ("removed", "dismissed", "sacked"), and the person: the actor right before the
    /// verb, or after "by" in the passive.
    fn remover(&self, k: usize) -> Option<(ActorRef, ActorRef)> {
        if let Some(p) = self.pushed_aside(k) {
            return self.actor_before(k).filter(|&x| x != p).map(|x| (x, p));
        }
        if !self.is(k, &PUTTING_OUT) {
            return None;
        }
        let passive = self.passive(k);
        let (x, p) = if passive {
            let p = self.subject_before(k - 1)?;
            let agent = self
                .r
                .words
                .get(k + 2)
                .filter(|_| self.is(k + 1, &["by"]))?;
            // (A name, not a possessor: "by X's aides".)
            let x = self
                .r
                .slots
                .iter()
                .find(|x| x.start == agent.start && !x.phrase)
                .filter(|x| !self.doc.text[x.end..].starts_with(['\'', '\u{2019}']))?;
            if !self.passive_of_office(k) {
                return None;
            }
            (one_actor(x)?, p)
        } else {
            let p = self.named_at(k + 1).filter(|_| self.of_office(k))?;
            (self.actor_before(k)?, p)
        };
        (x != p).then_some((x, p))
    }

    /// Whether the verb at word `k` is a passive's: an auxiliary right before it.
    fn passive(&self, k: usize) -> bool {
        k > 0
            && self.r.words.get(k - 1).is_some_and(|w| {
                passive_auxiliary(&self.doc.text[w.start..w.end].to_ascii_lowercase())
            })
    }

    /// Whether the passive verb at word `k` tells of office, past its agent after "by"
    /// if any: not "dismissed by X as irrelevant", "removed from the stage".
    fn passive_of_office(&self, k: usize) -> bool {
        if self.is(k + 1, &["by"]) {
            self.of_office(k + 1)
        } else {
            self.of_office(k - 1)
        }
    }

    /// The one actor whose slot ends right before word `k` (a word of `BETWEEN` aside):
    /// a name, not a pronoun or description ("they had removed him" may be some of those
    /// the pronoun was read for).
    fn actor_before(&self, k: usize) -> Option<ActorRef> {
        self.slot_before(k, |x| one_actor(x).filter(|_| !x.phrase))
    }

    /// The leader that the verb at word `k` puts out or has leave, if any.
    fn ousted(&self, k: usize) -> Option<ActorRef> {
        let passive = self.passive(k);
        if self.is(k, &OUSTING) && passive {
            return self
                .subject_before(k - 1)
                .filter(|_| self.passive_of_office(k));
        }
        if self.is(k, &OUSTING) {
            // (No one puts themself out: "Mugabe dismissed him" is someone else.)
            return self
                .named_at(k + 1)
                .filter(|&p| self.subject_before(k) != Some(p) && self.of_office(k))
                .or_else(|| clause_head(self.doc, self.r, k));
        }
        if self.is(k, &LEAVING) && !self.is(k + 1, &["from"])
            || self.is(k, &["stepped"]) && self.is(k + 1, &["down", "aside"])
        {
            return self.subject_before(k);
        }
        self.pushed_aside(k)
    }

    /// "X pushed Y aside", "swept U Nu aside", "pushed aside Y": the one put aside by the
    /// verb at word `k`.
    fn pushed_aside(&self, k: usize) -> Option<ActorRef> {
        if self.is(k, &ASIDE) && self.is(k + 1, &["aside"]) {
            return self
                .named_at(k + 2)
                .filter(|&y| self.subject_before(k) != Some(y));
        }
        let y = self
            .is(k, &ASIDE)
            .then(|| self.named_at(k + 1))
            .flatten()
            .filter(|&y| self.subject_before(k) != Some(y))?;
        let x = self
            .r
            .slots
            .iter()
            .find(|x| x.start == self.r.words[k + 1].start)?;
        let rest = self.doc.text[x.end..self.r.se].trim_start();
        let rest = rest
            .strip_prefix("himself ")
            .or_else(|| rest.strip_prefix("herself "))
            .unwrap_or(rest);
        rest.starts_with("aside").then_some(y)
    }

    /// "Mubarak sacked Alfi": the one a government dismisses at word `k`.
    fn sacked(&self, k: usize) -> Option<ActorRef> {
        self.is(k, &SACKING)
            .then(|| self.named_at(k + 1))
            .flatten()
            .filter(|&p| self.subject_before(k) != Some(p) && self.of_office(k))
    }
}

/// Stage: the claims that a leader put out of office (or a minister sacked) no longer
/// leads (or serves) what the document gave them to, one per ouster verb of the sentence.
pub(super) fn ended_tenures(
    doc: &super::Doc,
    (held, last_person): (&Held, Option<ActorRef>),
    r: &Read,
    claims: &[Claim],
) -> Vec<Claim> {
    let sentence = &doc.text[r.ss..r.se];
    if !STEMS.iter().any(|v| sentence.contains(v)) {
        return Vec::new();
    }
    let reader = Reader {
        doc,
        r,
        last_person,
    };
    let held_by = |p: ActorRef, rel: Relation| held_body(doc, held, claims, p, rel);
    let mut out: Vec<Claim> = Vec::new();
    for k in 0..r.words.len() {
        if reader.hedged(k) {
            continue;
        }
        // A leader put out leaves what they led; a minister sacked leaves the government
        // (or what they led, if anything).
        let cut = if let Some(p) = reader.ousted(k) {
            held_by(p, Relation::Leads).map(|b| (p, Relation::Leads, b))
        } else if let Some(p) = reader.sacked(k) {
            held_by(p, Relation::Leads)
                .map(|b| (p, Relation::Leads, b))
                .or_else(|| held_by(p, Relation::MemberOf).map(|b| (p, Relation::MemberOf, b)))
        } else {
            None
        };
        // "Mara removed Chaudhry from office", "was dismissed by Khomeini": the one who
        // puts a person out is hostile to them, where no verb of fighting said so.
        if let Some((x, p)) = reader.remover(k) {
            let hostile = (x, Relation::Hostile, p);
            let said = |c: &Claim| {
                c.relation == Relation::Hostile
                    && (c.subject, c.object) == (x, p)
                    && c.polarity == Polarity::Affirmed
            };
            if !claims.iter().chain(&out).any(said) {
                let w = &r.words[k];
                let cue = &doc.text[w.start..w.end];
                out.push(super::stated(
                    r,
                    hostile,
                    Polarity::Affirmed,
                    cue,
                    "one who puts a person out",
                ));
            }
        }
        let Some((p, relation, body)) = cut else {
            continue;
        };
        let stated = |c: &Claim| {
            (c.subject, c.relation, c.object, c.polarity) == (p, relation, body, Polarity::Negated)
        };
        if !claims.iter().chain(&out).any(stated) {
            let w = &r.words[k];
            out.push(super::stated(
                r,
                (p, relation, body),
                Polarity::Negated,
                &doc.text[w.start..w.end],
                "leader put out of office",
            ));
        }
    }
    out
}

/// What the document gives `p` to hold by `relation` (leading, or belonging to): this
/// sentence's claims first, then the document's before; a state before a body ("removed
/// Chaudhry from office" is the premier's office, not his party's).
fn held_body(
    doc: &super::Doc,
    held: &Held,
    claims: &[Claim],
    p: ActorRef,
    relation: Relation,
) -> Option<ActorRef> {
    let bodies: Vec<ActorRef> = super::roles::held_by(held, claims, p, relation)
        .filter(|&o| (doc.kind_of)(o) != Kind::Person)
        .collect();
    let state = bodies.iter().find(|&&o| (doc.kind_of)(o) == Kind::State);
    state.or(bodies.first()).copied()
}

/// "Carlos Prío, the president Batista overthrew", "Bosch, the elected president whom
/// the military overthrew", "Mancham, whom René deposed": the leader named before a
/// clause set off by a comma that opens with a title or "whom" and ends in the ouster verb
/// at word `k` (no person follows the verb).
fn clause_head(doc: &super::Doc, r: &Read, k: usize) -> Option<ActorRef> {
    let text = doc.text;
    let at = r.words[k].start;
    // (The deposer's slot may stand between: the leader's is one of the two before.)
    r.slots
        .iter()
        .rev()
        .filter(|x| x.end <= at)
        .take(2)
        .find(|x| {
            let gap = &text[x.end..at];
            let words = gap_words(&r.words, x.end, at);
            let titled = gap
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .take(4)
                .any(|w| CLAUSE_OPENERS.iter().any(|t| w.eq_ignore_ascii_case(t)));
            // (Not an apposition closed before the verb: "Museveni, the rebel leader,
            // toppled Obote's government" puts out no Museveni.)
            gap.starts_with(", ")
                && !gap.trim_end().ends_with(',')
                && (2..=8).contains(&words)
                && titled
                && x.actors.len() == 1
                && (doc.kind_of)(x.actors[0]) == Kind::Person
        })
        .map(|x| x.actors[0])
}
