//! Constructions that pair the two arguments of a relation cue, each a named rule tried
//! in order: the first that applies decides (and may decide that nothing is related).

use super::slots::{possessor_role_between, Slot};
use super::words::{
    after_possessive, between, clause_start, crosses_clause, gap_words, go_between_role,
    lower_after, lower_before, passive_auxiliary, title_glue, word_at, word_before, Word,
};
use crate::actors::{ActorRef, Kind};
use crate::claims::lexicon::{Cue, CueMatch, Lexicon};
use crate::claims::Relation;

/// Subject and object.
pub(super) type Pair = (ActorRef, ActorRef);

/// A relation cue in its sentence, with the slots it may pair.
pub(super) struct CueSite<'a> {
    pub text: &'a str,
    pub words: &'a [Word],
    pub slots: &'a [&'a Slot],
    pub c: &'a CueMatch,
    pub rel: Relation,
    pub noun: bool,
    pub kind_of: &'a dyn Fn(ActorRef) -> Kind,
    /// Every cue of the sentence.
    pub cues: &'a [CueMatch],
    /// Whether a denial cue lies between two byte positions.
    pub denied_between: &'a dyn Fn(usize, usize) -> bool,
    /// The lexicon: its verbs of going over to a party (`joins`), nouns of a party's
    /// members, cues that relate only the names beside them (`adjacent`), verbs whose
    /// subject only comments on an act (`comment_verbs`), bodies a party sends, verbs of
    /// taking.
    pub lexicon: &'a Lexicon,
}

impl CueSite<'_> {
    /// Words between two positions, articles dropped.
    fn gap(&self, a: usize, b: usize) -> Vec<String> {
        between(self.text, self.words, a, b)
            .into_iter()
            .filter(|w| !matches!(w.as_str(), "the" | "a" | "an"))
            .collect()
    }

    /// Whether another relation cue lies between two positions: then the words there
    /// belong to it ("X and Y attacked a base": "base" is not the pair's).
    fn cue_between(&self, a: usize, b: usize) -> bool {
        // (Not the second half of a compound, "a US-brokered deal": a modifier.)
        self.cues.iter().any(|m| {
            m.start >= a
                && m.end <= b
                && matches!(m.cue, Cue::Verb(_) | Cue::Noun(_) | Cue::Inverse(_))
                && !self.text[..m.start].ends_with('-')
        })
    }

    /// The relation verb whose object `x` is: "attacked Kenya", "wiped out the group X"
    /// (a few words between, no name, no comma).
    fn verb_of_object(&self, x: &Slot) -> Option<&CueMatch> {
        self.cues.iter().rev().find(|m| {
            matches!(m.cue, Cue::Verb(_))
                && m.end <= x.start
                && gap_words(self.words, m.end, x.start) <= 5
                && !self.text[m.end..x.start].contains([',', ';', ':', '.', '(', '“', '"'])
                && !self
                    .slots
                    .iter()
                    .any(|y| y.start >= m.end && y.end <= x.start)
        })
    }

    /// "X is a key member of Y": the noun cue, after a copula, whose "of" names `x`.
    fn noun_of_object(&self, x: &Slot) -> Option<&CueMatch> {
        self.cues.iter().rev().find(|m| {
            matches!(m.cue, Cue::Noun(_))
                && m.end <= x.start
                && matches!(self.text[m.end..x.start].trim(), "of" | "of the")
                && between(self.text, self.words, m.start.saturating_sub(40), m.start)
                    .iter()
                    .any(|w| matches!(w.as_str(), "is" | "are" | "was" | "were" | "remains"))
        })
    }

    /// "X attacked Y and killed Z": when the name before the cue is the object of an
    /// earlier verb and "and" joins the two verbs, the subject is the earlier verb's.
    fn shared_subject(&self, x: &Slot) -> Option<Option<&Slot>> {
        // Not an agent after "by", nor a name that another stands between it and the cue
        // ("X, who fought under Y and has been linked to Z" is read by the relative rule).
        let inner = self
            .slots
            .iter()
            .any(|y| y.start >= x.end && y.end <= self.c.start);
        let agent = word_before(self.text, self.words, x.start)
            .is_some_and(|w| w.eq_ignore_ascii_case("by"));
        if agent || inner {
            return None;
        }
        // "heads the Rapid Support Forces (RSF) and is ...": the acronym in parentheses
        // stands where its name does.
        let x = self
            .slots
            .iter()
            .find(|y| y.end < x.start && y.actors == x.actors && &self.text[y.end..x.start] == " (")
            .copied()
            .unwrap_or(x);
        let m = self.verb_of_object(x).or_else(|| self.noun_of_object(x))?;
        let joined = between(self.text, self.words, x.end, self.c.start)
            .iter()
            .any(|w| w == "and");
        if !joined || self.text[x.end..self.c.start].contains([';', ':']) {
            return None;
        }
        Some(
            self.slots
                .iter()
                .rev()
                .find(|w| w.end <= m.start && w.actors.len() == 1)
                // "dealt with X, who heads Y and ...": the relative's own subject.
                .filter(|w| !self.prepositional(w) || &self.text[w.end..m.start] == ", who ")
                .filter(|w| gap_words(self.words, w.end, m.start) <= 8)
                .filter(|w| !self.text[w.end..m.start].contains([';', '.']))
                .copied(),
        )
    }

    /// Whether a slot is the object of a preposition ("independence from X", "operations
    /// against X"): then it is no subject, and receives nothing.
    fn prepositional(&self, l: &Slot) -> bool {
        word_before(self.text, self.words, l.start).is_some_and(|w| {
            let w = w.to_lowercase();
            // ("Hundreds of Hamas fighters received ...": a part of the party is the party;
            // not a pronoun's, "Many of its fighters", whose party is too often misread.)
            let part = w == "of" && !l.phrase && self.quantified(l.start);
            !part
                && matches!(
                    w.as_str(),
                    "from" | "to" | "with" | "against" | "of" | "in" | "by" | "on" | "for"
                )
        })
    }

    /// Whether "of" before byte `start` follows a quantity of the party's people:
    /// "hundreds of", "some of", "many of".
    fn quantified(&self, start: usize) -> bool {
        let before = self.text[..start].trim_end();
        let Some(before) = before.strip_suffix("of") else {
            return false;
        };
        let q = before
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .to_lowercase();
        matches!(
            q.as_str(),
            "hundreds" | "thousands" | "dozens" | "scores" | "some" | "many" | "most" | "several"
        )
    }

    pub(super) fn cue_word(&self) -> String {
        self.text[self.c.start..self.c.end].to_lowercase()
    }

    /// How many words a name may stand from the cue and still be its argument.
    fn reach(&self) -> usize {
        if self.noun {
            14
        } else {
            10
        }
    }
}

/// The slots on either side of a cue that the rules may pair.
struct Sides<'a> {
    left: Vec<&'a Slot>,
    right: Vec<&'a Slot>,
    near_left: Option<&'a Slot>,
    /// The first name after the cue, within reach.
    near_right: Option<&'a Slot>,
    /// As `near_right`, but past a comma only when a preposition links it to the cue.
    linked_right: Option<&'a Slot>,
}

type Rule = fn(&CueSite, &Sides) -> Option<Vec<Pair>>;

/// The rules, in the order they are tried.
const RULES: &[(&str, Rule)] = &[
    ("X held Y hostage", held_hostage),
    ("X hosted Y and Z", hosted_two),
    ("extradited to a state", extradited_to),
    ("X let Y use its bases", let_use_bases),
    ("kind of Y's, listed", kind_then_listed),
    ("participle of a common noun", noun_participle),
    ("members from X joined Y", members_joined),
    ("with a giver's support", with_givers_support),
    ("X right beside Y", adjacent_pair),
    ("between X and Y", between_two),
    ("joint act or deal by X and Y", joint_by),
    ("between a pair", between_pair),
    ("X-Y compound", hyphen_pair),
    ("act claimed by X", claimed_by),
    ("given to X by Y", given_to_by),
    ("one of many, by Y", one_of_many),
    ("passive with by", passive),
    ("object of a relative clause", relative_object),
    ("object of a clause on a description", described_object),
    ("X gave Y what", provided_with),
    ("X gave Y things", given_things),
    ("transfer from a giver", from_giver),
    ("support of a giver", support_of),
    ("what X gives to Y", given_in_relative),
    ("the act of X by Y", nominal_by),
    ("a role of X, Y", role_of_before_name),
    ("name before a noun cue", premodifier),
    ("possessive owner", possessive),
    ("pair as subject", pair_subject),
    ("coordinated subjects", coordinated_subjects),
    ("pair as object", pair_object),
    ("participle as adjective", participle_adjective),
    ("place, not party", locative),
    ("subject and object", subject_object),
];

/// "RENAMO, founded with Rhodesia's backing", "the RCD rose with Rwandan and Ugandan
/// backing": after "with", the names owning a noun of giving (by a possessive, or as
/// demonyms joined by "and") give to the subject of the clause.
fn with_givers_support(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let text = site.text;
    let giving = matches!(
        site.rel,
        Relation::Funds | Relation::Supplies | Relation::Sponsors | Relation::Trains
    );
    if !site.noun || !giving || !matches!(site.c.cue, Cue::Noun(_)) {
        return None;
    }
    // The givers, back from the cue: "Rhodesia's", "Rwandan and Ugandan".
    let mut givers: Vec<&Slot> = Vec::new();
    let mut at = site.c.start;
    for x in s.left.iter().rev() {
        let glue = &text[x.end..at];
        let joined = if givers.is_empty() {
            matches!(glue, "'s " | "’s " | " ")
        } else {
            matches!(glue, " and " | ", " | ", and ")
        };
        if !joined || x.actors.len() != 1 || x.phrase {
            break;
        }
        givers.push(x);
        at = x.start;
    }
    let with = text[..at].trim_end();
    let with = with
        .strip_suffix(" the")
        .or_else(|| with.strip_suffix(" full"))
        .unwrap_or(with);
    if givers.is_empty() || !with.ends_with(" with") {
        return None;
    }
    let opens = with.len() - " with".len();
    // The receiver: the clause's subject before "with" (not the object of a verb or a
    // preposition).
    // (Nor a possessor: "Sheikh Sharif's government fought ... with AMISOM's help".)
    let possessor = |l: &Slot| text[l.end..].starts_with("'s") || text[l.end..].starts_with("’s");
    let receiver = s
        .left
        .iter()
        .rev()
        .filter(|l| l.end <= opens && !site.prepositional(l) && site.verb_of_object(l).is_none())
        .find(|l| l.actors.len() == 1 && !givers.iter().any(|g| g.actors == l.actors))
        .filter(|l| !possessor(l));
    // (With no subject to give to, the giver gives to no one else either: not to the
    // object the clause's verb acts on.)
    let Some(receiver) = receiver else {
        return Some(Vec::new());
    };
    Some(
        givers
            .iter()
            .map(|g| (g.actors[0], receiver.actors[0]))
            .collect(),
    )
}

/// "Weapons were delivered to the FACA by Russia", "fuel has been funnelled to the RSF by
/// the LNA": a passive of giving names the receiver after "to", the giver after "by".
fn given_to_by(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let giving = matches!(
        site.rel,
        Relation::Supplies | Relation::Funds | Relation::Trains | Relation::Sponsors
    );
    if site.noun || !giving {
        return None;
    }
    let aux = word_before(site.text, site.words, site.c.start)
        .is_some_and(|w| passive_auxiliary(&w.to_ascii_lowercase()));
    let (receiver, giver) = match s.right.as_slice() {
        [a, b, ..] => (*a, *b),
        _ => return None,
    };
    let article = |g: Vec<String>, p: &str| {
        g.first().is_some_and(|w| w == p) && g.len() <= 2 && g.get(1).is_none_or(|w| w == "the")
    };
    let shape = article(site.gap(site.c.end, receiver.start), "to")
        && article(site.gap(receiver.end, giver.start), "by");
    (aux && shape).then(|| {
        receiver
            .actors
            .iter()
            .map(|&r| (giver.actors[0], r))
            .collect()
    })
}

/// "The TPNPB took the pilot Y hostage", "Y was held hostage by X for months": who holds
/// whom. The hostage nouns relate no one elsewhere ("hostage talks", "freed hostages").
fn held_hostage(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let word = site.cue_word();
    // ("X placed Y under house arrest": the held past "under"; "X held Y in custody": past
    // "in", and any other reading of "custody" stays with the rules after this one.)
    let arrest = word == "house arrest";
    let custody = word == "custody";
    if !arrest && !custody && !matches!(word.as_str(), "hostage" | "hostages" | "captive") {
        return None;
    }
    if custody {
        // ("took him into custody".)
        return held_as(site, s, "in")
            .filter(|out| !out.is_empty())
            .or_else(|| held_as(site, s, "into"))
            .filter(|out| !out.is_empty());
    }
    held_as(site, s, if arrest { "under" } else { "" })
}

/// "The envoy had hosted Vucic and Kurti in Brussels": two persons or two states a verb of
/// hosting (one of the lexicon's `receptions`) takes as its objects meet each other.
fn hosted_two(site: &CueSite, _: &Sides) -> Option<Vec<Pair>> {
    if site.rel != Relation::Negotiates || site.noun {
        return None;
    }
    let pair = hosted_pair(
        site.text,
        site.slots.iter().copied(),
        site.kind_of,
        site.c.end,
    )?;
    Some(vec![pair])
}

/// The two names right after byte `at` joined by "and" ("hosted Abiy and Hassan Sheikh"),
/// both persons or both states, each one actor.
pub(super) fn hosted_pair<'s>(
    text: &str,
    slots: impl Iterator<Item = &'s Slot>,
    kind_of: &dyn Fn(ActorRef) -> Kind,
    at: usize,
) -> Option<Pair> {
    let mut after = slots.filter(|x| x.start >= at);
    let (y, z) = (after.next()?, after.next()?);
    let (a, b) = match (y.actors.as_slice(), z.actors.as_slice()) {
        ([a], [b]) if a != b => (*a, *b),
        _ => return None,
    };
    let right_after = matches!(text[at..y.start].trim(), "" | "the");
    let joined = matches!(text[y.end..z.start].trim(), "and" | "and the");
    let kinds = (kind_of(a), kind_of(b));
    let alike = matches!(
        kinds,
        (Kind::Person, Kind::Person) | (Kind::State, Kind::State)
    );
    (right_after && joined && alike && !y.phrase && !z.phrase).then_some((a, b))
}

/// "Colombia extradited X to the United States", "X was recaptured and extradited in July
/// to the United States": the state a person is handed to holds and tries him, as the one
/// handing him over does.
fn extradited_to(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let word = site.cue_word();
    if site.noun || !matches!(word.as_str(), "extradited" | "extradites" | "extradite") {
        return None;
    }
    let single = |x: &Slot| (x.actors.len() == 1 && !x.phrase).then(|| x.actors[0]);
    let text = site.text;
    let clause_end = text[site.c.end..]
        .find([',', ';', '.'])
        .map_or(text.len(), |i| site.c.end + i);
    // The receiving state: the first name after "to", within a few words, in the clause.
    let to_state = s.right.iter().find(|y| {
        let gap = site.gap(site.c.end, y.start);
        y.end <= clause_end
            && gap.len() <= 5
            && gap.last().map(String::as_str) == Some("to")
            && single(y).is_some_and(|a| (site.kind_of)(a) == Kind::State)
    })?;
    let state = single(to_state)?;
    // The one handed over: a name between the verb and "to", else the clause's subject
    // before a passive ("was extradited", "was recaptured and extradited").
    let object = s
        .right
        .iter()
        .find(|y| y.end <= to_state.start)
        .and_then(|y| single(y));
    let mut out = Vec::new();
    if let Some(y) = object {
        if y != state {
            out.push((state, y));
        }
        if let Some(x) = s.near_left.and_then(&single).filter(|&x| x != y) {
            out.push((x, y));
        }
        return Some(out);
    }
    // (Past the agent of a passive before: "was captured by the army in 2021 and
    // extradited to the United States".)
    let by_agent = |x: &Slot| {
        site.words
            .iter()
            .rev()
            .filter(|w| w.end <= x.start)
            .map(|w| text[w.start..w.end].to_ascii_lowercase())
            .find(|w| !matches!(w.as_str(), "the" | "a" | "an"))
            .is_some_and(|w| w == "by")
    };
    let held = s
        .left
        .iter()
        .rev()
        .filter(|x| !by_agent(x) && !text[x.end..site.c.start].contains(';'))
        .find_map(|x| {
            single(x)
                .filter(|&a| (site.kind_of)(a) == Kind::Person)
                .map(|a| (x, a))
        });
    if let Some((x, y)) = held {
        let before = site.gap(x.end, site.c.start);
        if before.iter().any(|w| passive_auxiliary(w)) && before.len() <= 16 && y != state {
            out.push((state, y));
        }
    }
    // (Whatever the one handed over, the state receiving him is no foe of the one handing
    // him over: "Mexico has extradited dozens of cartel figures to the United States".)
    Some(out)
}

/// `held_hostage` for one word of holding: `glue` stands between the held and the noun.
fn held_as(site: &CueSite, s: &Sides, glue: &str) -> Option<Vec<Pair>> {
    let (text, words, c) = (site.text, site.words, site.c);
    let hold = |w: &str| {
        matches!(
            w,
            "held"
                | "holds"
                | "hold"
                | "holding"
                | "took"
                | "taken"
                | "take"
                | "takes"
                | "taking"
                | "kept"
                | "keeps"
                | "keeping"
                | "placed"
                | "places"
                | "place"
                | "placing"
                | "put"
                | "puts"
                | "putting"
        )
    };
    let single = |x: &Slot| (x.actors.len() == 1).then(|| x.actors[0]);
    let mut out = Vec::new();
    // Passive: "Y was held hostage by X", "Y was placed under house arrest by X".
    let after = site.gap(c.end, s.right.first().map_or(c.end, |x| x.start));
    let lead = text[..c.start].trim_end();
    let lead = lead.strip_suffix(glue).unwrap_or(lead);
    let before = word_before(text, words, lead.len()).map(str::to_ascii_lowercase);
    if before.as_deref().is_some_and(hold) && after.first().is_some_and(|w| w == "by") {
        if let (Some(y), Some(x)) = (s.near_left, s.right.first()) {
            if let (Some(y), Some(x)) = (single(y), single(x)) {
                out.push((x, y));
            }
        }
        return Some(out);
    }
    // Active: "X took Y hostage": the held right before the noun, a verb of holding before
    // it, and the holder before that.
    let Some(y) = s
        .left
        .last()
        .filter(|y| text[y.end..c.start].trim() == glue)
    else {
        return Some(out);
    };
    // (Past a title before the name: "placed First Vice President X under house arrest".)
    let mut at = y.start;
    for _ in 0..4 {
        match word_before(text, words, at) {
            Some(w) if w.starts_with(char::is_uppercase) && w.len() > 1 => {
                at = text[..at].trim_end().len() - w.len();
            }
            _ => break,
        }
    }
    let verb = word_before(text, words, at).map(str::to_ascii_lowercase);
    if !verb.as_deref().is_some_and(hold) {
        return Some(out);
    }
    let x = s
        .left
        .iter()
        .rev()
        .find(|x| x.end < at && gap_words(words, x.end, at) <= 6);
    if let (Some(x), Some(y)) = (x.and_then(|x| single(x)), single(y)) {
        out.push((x, y));
    }
    Some(out)
}

/// "Zaire let UNITA use its airstrips and rear bases", "the government allowed the rebels
/// to set up camps": a party let use ground or bases is sheltered by the one who lets it.
fn let_use_bases(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let (text, words, c) = (site.text, site.words, site.c);
    if site.rel != Relation::Shelters || !site.noun {
        return None;
    }
    // The guest right after a verb of letting, then "to" and a verb of using, before the
    // noun within a few words.
    let letting = |w: &str| site.lexicon.permit_verbs.iter().any(|v| v == w);
    let using = |w: &str| {
        matches!(
            w,
            "use" | "set" | "establish" | "open" | "run" | "keep" | "maintain" | "build"
        )
    };
    // The word before the guest, by the words' own spans, past its article ("allowed the
    // Taliban to set up camps").
    let verb_of = |y: &Slot| {
        let mut k = words.partition_point(|w| w.end <= y.start).checked_sub(1)?;
        if text[words[k].start..words[k].end].eq_ignore_ascii_case("the") {
            k = k.checked_sub(1)?;
        }
        let w = &text[words[k].start..words[k].end];
        letting(&w.to_ascii_lowercase()).then_some(words[k].start)
    };
    let guest = s
        .left
        .iter()
        .rev()
        .find(|y| y.actors.len() == 1 && verb_of(y).is_some())?;
    let gap = between(text, words, guest.end, c.start);
    let gap = gap.strip_prefix(&["to".to_string()]).unwrap_or(&gap);
    // (Another cue between is another act's, but for the verb of using itself: "set up".)
    let other_cue = site.cues.iter().any(|m| {
        let first = text[m.start..m.end].split(' ').next().unwrap_or_default();
        m.start > guest.end && m.end <= c.start && !using(&first.to_ascii_lowercase())
    });
    let shape = gap.first().is_some_and(|w| using(w))
        && gap.len() <= 6
        && !text[guest.end..c.start].contains([',', ';'])
        && !other_cue;
    if !shape {
        return None;
    }
    let verb_start = verb_of(guest)?;
    let host = s
        .left
        .iter()
        .rev()
        .find(|x| x.end <= verb_start)
        .filter(|x| {
            x.actors.len() == 1
                && gap_words(words, x.end, verb_start) <= 3
                && !text[x.end..verb_start].contains(',')
                && x.actors[0] != guest.actors[0]
        })?;
    Some(vec![(host.actors[0], guest.actors[0])])
}

/// "joint attacks by BLA and BLF fighters", "a joint operation of the army and the
/// militia": a joint act's authors, named after it, acted together (not with whoever
/// claims or reports it).
/// "The accord, signed by Hamas and Fatah in Beijing, ...": the two who sign or
/// negotiate an agreement, named after a participle and "by", are its parties.
fn joint_by(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let joint = site.rel == Relation::FightsAlongside && site.noun;
    // (An agreement's, not a petition's: "A petition, signed by Hamas and PIJ".)
    let signed = site.rel == Relation::Negotiates
        && !site.noun
        && site.cue_word().ends_with("ed")
        && site.text[..site.c.start]
            .trim_end()
            .trim_end_matches(',')
            .rsplit(' ')
            .next()
            .is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "agreement"
                        | "accord"
                        | "deal"
                        | "pact"
                        | "treaty"
                        | "truce"
                        | "ceasefire"
                        | "memorandum"
                        | "accords"
                        | "agreements"
                )
            });
    if !joint && !signed {
        return None;
    }
    let (x, y) = (s.right.first()?, s.right.get(1)?);
    let lead = site.gap(site.c.end, x.start);
    // ("an accord signed in Doha by Abbas and Meshaal": a place or a time may come
    // before "by".)
    let by = match lead.as_slice() {
        [w] => w == "by" || joint && (w == "of" || w == "between"),
        [first, rest @ .., last] => {
            signed
                && last == "by"
                && rest.len() <= 3
                && matches!(first.as_str(), "in" | "at" | "on" | "last")
        }
        _ => false,
    };
    let joined = matches!(site.gap(x.end, y.start).as_slice(), [w] if w == "and");
    (by && joined && x.actors.len() == 1 && y.actors.len() == 1 && x.actors[0] != y.actors[0])
        .then(|| vec![(x.actors[0], y.actors[0])])
}

/// "The attack, which killed ten Kenyan soldiers, was claimed by al-Shabaab", "soldiers
/// died in an assault claimed by the BLA": who claims an attack made it, on its object
/// or on those who died in it.
fn claimed_by(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let (text, words, c) = (site.text, site.words, site.c);
    if site.rel != Relation::Hostile {
        return None;
    }
    let end = words.last().map_or(c.end, |w| w.end);
    let at = c.end + text[c.end..end].find(" claimed by ")?;
    let after = at + " claimed by ".len();
    let agent = site.slots.iter().find(|x| {
        x.start >= after
            && gap_words(words, after, x.start) <= 1
            && x.actors.len() == 1
            && !x.phrase
    })?;
    // Its object, before the claim ("killed ten Kenyan soldiers", "the bombing of a
    // Pakistani convoy"), or the dead before the noun ("soldiers died in an assault").
    let object = s.linked_right.filter(|y| y.end <= at);
    let dead = || {
        let x = s.near_left?;
        let lead = between(text, words, x.end, c.start);
        let died = lead.iter().any(|w| {
            matches!(
                w.as_str(),
                "died" | "killed" | "wounded" | "injured" | "kidnapped" | "abducted"
            )
        }) && lead.iter().any(|w| w == "in")
            && site.noun;
        died.then_some(x)
    };
    let y = object.or_else(dead)?;
    (y.actors.len() == 1 && y.actors[0] != agent.actors[0])
        .then(|| vec![(agent.actors[0], y.actors[0])])
}

/// "ships linked to Israel", "a Malaysian national linked to JI": a participle right
/// after a common noun describes that noun, which no name stands for; the name before it
/// is no party ("Al-Shabaab fighters linked to X": a party's members are the party).
fn noun_participle(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let (text, words, c) = (site.text, site.words, site.c);
    if site.noun {
        return None;
    }
    let first = text[c.start..c.end].split(' ').next().unwrap_or("");
    // ("a commander loyal to the Islamic State": an adjective with its complement too.)
    if first.len() < 5 || !(first.ends_with("ed") || first == "loyal") {
        return None;
    }
    // Its complement follows: "linked to", "allied with". (After "by" the agent acts on
    // the noun, which the passive rules read: "the truce brokered by Qatar between ...".)
    let after_first = c.start + first.len();
    let complement = word_at(text, words, after_first)
        .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "to" | "with"));
    if !complement {
        return None;
    }
    let prev = words.iter().rev().find(|w| w.end <= c.start)?;
    let noun = &text[prev.start..prev.end];
    let glued = &text[prev.end..c.start] == " ";
    // ("Al-Shabaab fighters affiliated with X": a name's own members are the name;
    // "arrested two men affiliated with X" are no one's.)
    let own_members = site.lexicon.anaphora.member_nouns.iter().any(|m| m == noun)
        && s.near_left
            .is_some_and(|x| x.end <= prev.start && text[x.end..prev.start].trim().is_empty());
    let common = noun.chars().all(|ch| ch.is_lowercase() || ch == '-')
        && !noun.ends_with("ly")
        && !passive_auxiliary(noun)
        && !matches!(
            noun,
            "and"
                | "or"
                | "who"
                | "which"
                | "that"
                | "have"
                | "has"
                | "had"
                | "not"
                | "also"
                | "then"
                | "long"
                | "once"
                | "now"
                | "still"
                | "directly"
                | "closely"
                // ("which remained loyal to X": a linking verb, no noun.)
                | "remain"
                | "remains"
                | "remained"
                | "stay"
                | "stays"
                | "stayed"
                | "seem"
                | "seems"
                | "seemed"
                | "become"
                | "became"
                | "becomes"
                | "been"
                | "being"
        )
        && !own_members;
    let unnamed = s.near_left.is_none_or(|x| x.end < prev.start);
    // "X, a group affiliated with Y": the noun describes the name it is apposed to.
    let apposed = s.near_left.is_some_and(|x| {
        let lead = between(text, words, x.end, prev.end);
        text[x.end..].starts_with(", ")
            && matches!(lead.first().map(String::as_str), Some("a" | "an"))
            && lead.len() <= 4
            && !text[x.end + 1..c.start].contains([',', ';', '('])
    });
    (glued && common && unnamed && !apposed).then(Vec::new)
}

/// Subject/object pairs for a relation cue, and the name of the rule that paired them.
pub(super) fn relation_pairs(site: &CueSite) -> (Vec<Pair>, &'static str) {
    let sides = sides(site);
    for (name, rule) in RULES {
        if let Some(pairs) = rule(site, &sides) {
            return (about_a_topic(site, pairs), name);
        }
    }
    (Vec::new(), "no construction")
}

/// "X and Y fell out over talks with the Taliban", "quarrelled with X over the peace
/// negotiations": a noun after "over" or "about" is only what another verb is about; the
/// names before it are no parties to it (those after it, "over talks between A and B",
/// still are).
fn about_a_topic(site: &CueSite, pairs: Vec<Pair>) -> Vec<Pair> {
    if !site.noun || pairs.is_empty() {
        return pairs;
    }
    let topic = site
        .words
        .iter()
        .rev()
        .filter(|w| w.end <= site.c.start)
        .map(|w| &site.text[w.start..w.end])
        .find(|w| !matches!(*w, "their" | "its" | "peace" | "the" | "a" | "an"))
        .is_some_and(|w| w == "over" || w == "about");
    if !topic {
        return pairs;
    }
    let after = |a: ActorRef| {
        site.slots
            .iter()
            .any(|x| x.start >= site.c.start && x.actors.contains(&a))
    };
    pairs
        .into_iter()
        .filter(|&(a, b)| after(a) && after(b))
        .collect()
}

fn pair_slot(x: &Slot) -> Option<Pair> {
    (x.actors.len() == 2).then(|| (x.actors[0], x.actors[1]))
}

/// Whether the name `y` after the cue is linked to it: no comma between, or past the comma
/// a preposition, an apposition naming a part or a person after a title, or a possessed
/// noun's name.
/// "funds, arms and trains X", "has armed and funded X": the cue heads a list of verbs
/// (joined by commas, "and" or "or") that shares the object `y` after its last.
fn verb_list(site: &CueSite, y: &Slot) -> bool {
    let text = site.text;
    let mut prior = site.c.end;
    let mut any = false;
    for m in site
        .cues
        .iter()
        .filter(|m| m.start >= site.c.end && m.end <= y.start && matches!(m.cue, Cue::Verb(_)))
    {
        if m.start < prior {
            continue;
        }
        if !matches!(
            &text[prior..m.start],
            " and " | " or " | ", " | ", and " | ", or "
        ) {
            return false;
        }
        (prior, any) = (m.end, true);
    }
    any && gap_words(site.words, prior, y.start) <= 3
}

fn linked_past_comma(site: &CueSite, right: &[&Slot], y: &Slot) -> bool {
    let (text, c) = (site.text, site.c);
    let Some(comma) = text[c.end..y.start].rfind(',') else {
        return true;
    };
    if verb_list(site, y) {
        return true;
    }
    // ("trained IPOB's armed wing, the ESN": the part named in apposition.)
    let part_named = right
        .iter()
        .rev()
        .find(|x| x.end <= y.start)
        .is_some_and(|x| {
            let glue = &text[x.end..y.start];
            // (Or a person set off after the owner's title: "with Syria's interim
            // president, Ahmed al-Sharaa".)
            possessed_part_named(glue) || glue.ends_with(", ") && titles(site, x, y)
        });
    // ("struck a pact with its archrival, the G-Pep alliance": the possessed noun's
    // name in apposition.)
    let lead = site.gap(c.end, c.end + comma);
    let apposed_noun = lead.len() <= 4
        && lead.len() >= 2
        && matches!(
            lead[lead.len() - 2].as_str(),
            "its" | "their" | "his" | "her"
        )
        && site.gap(c.end + comma, y.start).is_empty();
    if part_named || apposed_noun {
        return true;
    }
    // "..., has frayed because of X", "met several leaders, including X": past the
    // comma a preposition links the cue to the name, unless a verb of its own stands
    // there.
    let after = site.gap(c.end + comma, y.start);
    let verb = after.iter().any(|w| {
        matches!(
            w.as_str(),
            "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would"
        ) || (w.len() > 4
            && w != "including"
            && !w.contains('-')
            && (w.ends_with("ing") || w.ends_with("ed")))
    });
    // ("detained several senior figures, among them X".)
    // (Of those acted on only: "received help from several states, among them X" names
    // givers.)
    let among = site.rel == Relation::Hostile
        && after.len() >= 2
        && after[after.len() - 2..] == ["among", "them"];
    // ("trained and armed Tamil militant groups, the LTTE among them": the name before
    // "among them", right after the comma, of those a verb acts on.)
    let among_after = !site.noun
        && after.is_empty()
        && text[y.end..]
            .trim_start_matches(')')
            .starts_with(" among them")
        && !site.gap(c.end, c.end + comma).iter().any(|w| w == "from");
    among
        || among_after
        || !verb
            && after.last().is_some_and(|p| {
                matches!(
                    p.as_str(),
                    "to" | "with"
                        | "against"
                        | "for"
                        | "from"
                        | "on"
                        | "of"
                        | "by"
                        | "between"
                        | "including"
                )
            })
}

fn sides<'a>(site: &CueSite<'a>) -> Sides<'a> {
    let (text, c) = (site.text, site.c);
    // "X, a member of Y, reported that Z attacked ...": a name before "said that" belongs
    // to the report, not to what is reported.
    let reported_from = site
        .cues
        .iter()
        .filter(|m| m.cue == Cue::Speech && m.end <= c.start)
        .filter(|m| {
            word_at(text, site.words, m.end).is_some_and(|w| w.eq_ignore_ascii_case("that"))
        })
        .map(|m| m.end)
        .max()
        .unwrap_or(0);
    // "The UN condemned the attack on X": who comments on an act takes no part in it.
    // (Compared in place: this runs for every name before every cue.)
    let commented = |x: &Slot| {
        site.words
            .iter()
            .filter(|w| w.start >= x.end && w.end <= c.start)
            .any(|w| {
                let w = &text[w.start..w.end];
                site.lexicon
                    .comment_verbs
                    .iter()
                    .any(|v| v.eq_ignore_ascii_case(w))
            })
    };
    // An object pronoun ("killed them") is never the one who acts.
    let left: Vec<&Slot> = site
        .slots
        .iter()
        .copied()
        .filter(|x| {
            x.end <= c.start
                && x.start >= reported_from
                && !crosses_clause(text, x.end, c.start)
                && !concessive_between(text, x.end, c.start)
                && !commented(x)
        })
        .filter(|x| {
            !(x.phrase
                && matches!(
                    text[x.start..x.end].to_ascii_lowercase().as_str(),
                    "them" | "us"
                ))
        })
        .collect();
    let witness = |x: &Slot| witnessed(&text.as_bytes()[c.end..x.start]);
    let right: Vec<&Slot> = site
        .slots
        .iter()
        .copied()
        .filter(|x| x.start >= c.end && !crosses_clause(text, c.end, x.start) && !witness(x))
        .collect();
    let near_left = near_left(site, &left);
    let near_right = right
        .first()
        .copied()
        .filter(|_| !object_pronoun_first(site, &right))
        .filter(|x| gap_words(site.words, c.end, x.start) <= 8)
        .map(|x| past_possessor(site, &right, x));
    // "is backing those operations, as are U.S. air strikes": past a comma, only a
    // preposition links the cue to a name.
    let linked_right = near_right.filter(|y| linked_past_comma(site, &right, y));
    let linked_right = linked_right.filter(|y| !no_party_after(site, y));
    Sides {
        left,
        right,
        near_left,
        near_right,
        linked_right,
    }
}

/// "X fought US troops, though the Awakening's leaders deny any links to Y": a concessive
/// clause has a subject of its own, and no name before it acts in it.
/// ("Pakistan, though it fights the TTP, has sheltered the Taliban": a concessive closed
/// by a comma before the cue is set off inside the clause, and the name before it acts.)
fn concessive_between(text: &str, a: usize, b: usize) -> bool {
    let t = &text[a..b];
    [", though ", ", although ", ", whereas "]
        .iter()
        .any(|w| t.find(w).is_some_and(|i| !t[i + w.len()..].contains(',')))
}

/// Whether a name linked after a cue is no party of the act: a third party in a role of
/// its own, where talks are held, or the object of a verb after "agreed to".
fn no_party_after(site: &CueSite, y: &Slot) -> bool {
    let (text, c) = (site.text, site.c);
    // "signed an accord, with Turkey as facilitator": a third party in a role of its own
    // is no object of the act.
    // "signed the accord at the White House": where talks are held is no party to them.
    let met_at = |y: &Slot| {
        matches!(
            site.rel,
            Relation::Negotiates | Relation::Ties | Relation::Mediates
        ) && {
            let before = lower_before(text, y.start, 8);
            before.ends_with(" at") || before.ends_with(" at the")
        }
    };
    // "they agreed to attack Israel": the name is the object of the verb after "to", no
    // side of the agreement ("agreed to a truce with Israel" still is one).
    let infinitive = |y: &Slot| {
        site.rel == Relation::Negotiates && !site.noun && {
            let gap = site.gap(c.end, y.start);
            gap.first().is_some_and(|w| w == "to")
                && gap.get(1).is_some_and(|w| {
                    !matches!(
                        w.as_str(),
                        "a" | "an"
                            | "the"
                            | "talks"
                            | "negotiations"
                            | "meet"
                            | "hold"
                            | "sign"
                            | "resume"
                            | "open"
                            | "work"
                            | "cooperate"
                            | "share"
                    )
                })
                && gap.len() <= 4
        }
    };
    in_a_role(site, y) || met_at(y) || infinitive(y)
}

/// "with Turkey as facilitator", "with Qatar acting as mediator": a name set in the role
/// of a go-between beside the act.
fn in_a_role(site: &CueSite, y: &Slot) -> bool {
    let with = site.text[site.c.end..y.start].trim_end().ends_with(" with");
    with && go_between_role(site.text, y.end).is_some()
}

/// "fighting with Sudan's military ruler General Burhan": a possessive before a title
/// and a person's name only says whose the person is; the person is the argument.
fn past_possessor<'a>(site: &CueSite, right: &[&'a Slot], x: &'a Slot) -> &'a Slot {
    let Some(&y) = right.iter().find(|y| y.start >= x.end) else {
        return x;
    };
    if possessed_part_named(&site.text[x.end..y.start]) && y.actors.len() == 1 {
        return y;
    }
    let person = |s: &Slot| s.actors.len() == 1 && (site.kind_of)(s.actors[0]) == Kind::Person;
    // "fought alongside Khalifa Haftar's self-styled Libyan National Army": the body
    // owned is the argument, its owner only says whose it is.
    let body = |s: &Slot| {
        s.actors.len() == 1
            && matches!(
                (site.kind_of)(s.actors[0]),
                Kind::Organization | Kind::Agency
            )
    };
    // ("waged war against President Museveni's government": the state a person's
    // government stands for, its noun in lowercase.)
    let government = |s: &Slot| {
        person(x)
            && s.actors.len() == 1
            && (site.kind_of)(s.actors[0]) == Kind::State
            && site.text[s.start..s.end].starts_with(char::is_lowercase)
    };
    if x.actors.len() == 1
        && (body(y) || government(y))
        && super::possessive_glue(&site.text[x.end..y.start])
    {
        return y;
    }
    let verb = site
        .cues
        .iter()
        .any(|m| m.start >= x.end && m.end <= y.start && matches!(m.cue, Cue::Verb(_)));
    if !person(y) || x.actors.len() != 1 || person(x) || verb {
        return x;
    }
    if titles(site, x, y) {
        y
    } else {
        x
    }
}

/// "trained members of IPOB's armed wing, the Eastern Security Network": whether `glue`,
/// between two names, makes the second the first's part, named in apposition (the one
/// acted on).
fn possessed_part_named(glue: &str) -> bool {
    let Some(rest) = after_possessive(glue) else {
        return false;
    };
    let Some(noun) = rest
        .strip_suffix(", the ")
        .or_else(|| rest.strip_suffix(", "))
        // ("Iran's proxy Hezbollah": a friend's noun right before the name.)
        .or_else(|| {
            rest.strip_suffix(' ')
                .filter(|n| n.rsplit(' ').next().is_some_and(ally_noun))
        })
    else {
        return false;
    };
    let words: Vec<&str> = noun.split(' ').collect();
    words.len() <= 3
        && words.last().is_some_and(|w| {
            matches!(
                *w,
                "wing" | "arm" | "branch" | "affiliate" | "faction" | "offshoot" | "unit" | "front"
            ) || ally_noun(w)
        })
}

/// "struck Iran's proxy Hezbollah", "Iran's most powerful proxy, Hezbollah": nouns of a
/// party's friend, whose name follows (with or without a comma) and is the one acted on.
fn ally_noun(w: &str) -> bool {
    matches!(
        w,
        "ally" | "allies" | "proxy" | "proxies" | "partner" | "partners" | "client" | "protege"
    )
}

/// Whether only a title stands between `x` and the person `y`, so that `x` says whose
/// the person is (see `title_glue`).
fn titles(site: &CueSite, x: &Slot, y: &Slot) -> bool {
    title_glue(&site.text[x.end..y.start])
}

/// "signed the deal in the presence of (Chad's President) X": whether the words between a
/// cue and a name make the name a witness, no party. (Compared in place: this runs for
/// every name after every cue.)
fn witnessed(gap: &[u8]) -> bool {
    [&b"presence of"[..], &b"witnessed by"[..]]
        .iter()
        .any(|p| gap.len() >= p.len() && gap.windows(p.len()).any(|w| w.eq_ignore_ascii_case(p)))
}

/// "arrested him in January and handed him to the FBI": whether the cue is a verb whose
/// object is a pronoun that stands for no party (no name right after the verb), so that
/// no name after it is the object ("back him and the RSF" coordinates one).
fn object_pronoun_first(site: &CueSite, right: &[&Slot]) -> bool {
    let (text, c) = (site.text, site.c);
    let after = between(text, site.words, c.end, (c.end + 24).min(text.len()));
    let first_gap = right.first().map(|x| gap_words(site.words, c.end, x.start));
    let coordinated = matches!(after.get(1).map(String::as_str), Some("and" | "or"))
        && first_gap.is_some_and(|g| g <= 3);
    !site.noun
        && matches!(
            after.first().map(String::as_str),
            Some("him" | "her" | "me")
        )
        && !coordinated
        && first_gap.is_none_or(|g| g != 0)
}

/// The subject: the nearest name before the cue, with three exceptions.
fn near_left<'a>(site: &CueSite, left: &[&'a Slot]) -> Option<&'a Slot> {
    let (text, words, c) = (site.text, site.words, site.c);
    // "General Quell's unit seized ...": a person's possessive names the owner of the
    // one who acts, not the actor.
    let owned_person = |x: &Slot| {
        let glue = &text[x.end..c.start];
        !site.noun
            && (glue.starts_with("'s ") || glue.starts_with("’s "))
            && x.actors.len() == 1
            && (site.kind_of)(x.actors[0]) == Kind::Person
    };
    // "Ukraine gave intelligence to rebels who ambushed X": a relative pronoun after some
    // other noun opens a clause whose subject is that noun, not a name before it.
    // "X, a commander who fought Y": the relative clause of an apposition is X's own.
    let other_relative = |x: &Slot| {
        let tail = between(text, words, x.end, c.start);
        let apposed = text[x.end..].starts_with(',')
            && matches!(
                tail.first().map(String::as_str),
                Some("a" | "an" | "the" | "one")
            );
        // "X, who is wanted by Y and who has ...": a second relative coordinated with the
        // first is the antecedent's (see `relative_antecedent`).
        // "X claimed the attack, which killed Y": the act X claims is X's.
        let claimed = |i: usize| {
            tail[..i]
                .iter()
                .any(|w| matches!(w.as_str(), "claimed" | "claims" | "claim"))
        };
        // "The Ansar Dine militants, who ...": the name's own members or group noun
        // right after it are the name's, and so is their relative clause.
        let own_noun = |i: usize| {
            text[x.end..].starts_with(' ') && tail[..i].iter().all(|w| own_noun(site, w))
        };
        // "Chad sent some 2,000 soldiers, who fought AQIM": the forces a party sends act
        // for it.
        let sent = |i: usize| {
            i <= 6
                && SENDING.contains(&tail[0].as_str())
                && site
                    .lexicon
                    .anaphora
                    .member_nouns
                    .iter()
                    .any(|m| *m == tail[i - 1])
        };
        tail.iter()
            .position(|w| w == "who" || w == "which")
            .is_some_and(|i| {
                i > 0 && !apposed && tail[i - 1] != "and" && !claimed(i) && !own_noun(i) && !sent(i)
            })
    };
    let nearest = left
        .last()
        .copied()
        .filter(|x| gap_words(words, x.end, c.start) <= site.reach())
        .filter(|x| !owned_person(x) && !other_relative(x))
        .and_then(|x| match in_participle_aside(site, x) {
            // ("Barzani, fearing he would lose, turned to Baghdad": the name before the
            // aside is the subject.)
            Some(open) => left
                .iter()
                .copied()
                .rfind(|y| y.end <= open && text[y.end..open].trim().is_empty()),
            None => Some(x),
        })
        .or_else(|| {
            // "The Front has pooled fighters with the Brigades in the hills ... to fight the
            // forces": an infinitive far from any name takes its clause's subject, the
            // name that opens the clause.
            let infinitive = !site.noun
                && word_before(text, words, c.start).is_some_and(|w| w.eq_ignore_ascii_case("to"));
            left.first()
                .copied()
                .filter(|x| infinitive && opens_its_clause(site, x))
        });
    if let Some(subject) = participle_subject(site, left)
        .or_else(|| by_gerund_subject(site, left))
        .or_else(|| accused_subject(site, left))
        .or_else(|| main_subject_past_relative(site, left))
        .or_else(|| elided_subject(site, left))
    {
        return Some(subject);
    }
    if let Some(antecedent) = accused_antecedent(site, left) {
        return antecedent;
    }
    let nearest = nearest.map(|x| sender_past_destination(site, left, x).unwrap_or(x));
    // "The RSF, led by General X, have been fighting ...": the subject is the name the
    // parenthetical describes, not the name inside it.
    let nearest = nearest.map(|x| apposition_head(site, left, x).unwrap_or(x));
    // ("Fighters backed by Turkey attacked X": no name heads them, and Turkey is no
    // subject.)
    let nearest = match nearest.map(|x| (x, participle_head(site, left, x))) {
        Some((_, Some(head))) => head,
        Some((x, None)) => Some(x),
        None => None,
    };
    nearest.map(|x| relative_antecedent(text, words, left, x, c.start).unwrap_or(x))
}

/// "Khartoum repaid Haile Selassie by sheltering the ELF": the subject of a gerund after
/// "by" is its clause's, the name that opens the clause, not the object between.
fn by_gerund_subject<'a>(site: &CueSite, left: &[&'a Slot]) -> Option<&'a Slot> {
    let (text, words, c) = (site.text, site.words, site.c);
    let gerund = !site.noun && site.cue_word().split(' ').next()?.ends_with("ing");
    if !gerund || word_before(text, words, c.start).is_none_or(|w| w != "by") {
        return None;
    }
    let first = *left.first()?;
    // (Only past some other name: with none between, the nearest name is the subject.)
    let past_other = left.len() > 1 && !text[first.end..c.start].contains([',', ';']);
    (opens_its_clause(site, first) && past_other && first.actors.len() == 1).then_some(first)
}

/// Whether the name `x` opens its clause: four words at most after the clause's start.
fn opens_its_clause(site: &CueSite, x: &Slot) -> bool {
    let text = site.text;
    let from = clause_start(
        text,
        text[..x.start].rfind(['.', '\n']).map_or(0, |p| p + 1),
        x.start,
    );
    gap_words(site.words, from, x.start) <= 4
}

/// Where the participle clause opens, set off by commas right before the cue, that `x`
/// stands inside:
/// "several hundred soldiers, complaining that the KNU's leaders shunned them, broke away
/// from the KNLA" (the KNU is no subject of "broke away").
fn in_participle_aside(site: &CueSite, x: &Slot) -> Option<usize> {
    let text = site.text;
    let open = text[..x.start].rfind([',', '.', ';'])?;
    let lead = text[open + 1..x.start].trim_start();
    let first = lead.split(' ').next().unwrap_or("");
    let participle = text[open..].starts_with(',')
        && first.starts_with(char::is_lowercase)
        && first.len() > 4
        && first.ends_with("ing")
        && !matches!(
            first,
            "including" | "during" | "according" | "following" | "notwithstanding"
        );
    // Closed by a comma right before the cue (an adverb at most between).
    let closed = text[x.end..site.c.start].rfind(',').is_some_and(|close| {
        text[x.end + close + 1..site.c.start]
            .split_whitespace()
            .count()
            <= 1
    });
    (participle && closed).then_some(open)
}

/// "Los Lobos, which broke away from Los Choneros after the killing of its leader X, alias
/// \"Y\", is believed to work closely with Z": a verb right after the comma that closes a
/// relative clause opened by the sentence's first name (auxiliaries and hedges between)
/// is that name's, however many commas the clause holds.
fn main_subject_past_relative<'a>(site: &CueSite, left: &[&'a Slot]) -> Option<&'a Slot> {
    let (text, words, c) = (site.text, site.words, site.c);
    if site.noun {
        return None;
    }
    let first = left.first().copied()?;
    let ss = words.first().map_or(first.start, |w| w.start);
    let opens = gap_words(words, ss, first.start) <= 1
        && [", which ", ", who "]
            .iter()
            .any(|p| text[first.end..].starts_with(p));
    if !opens || first.actors.len() != 1 {
        return None;
    }
    // Back from the cue past the verb's auxiliaries and hedges to a comma.
    let mut at = c.start;
    for w in words
        .iter()
        .rev()
        .filter(|w| w.end <= c.start && w.start > first.end)
    {
        if !text[w.end..at].trim().is_empty() {
            break;
        }
        let lw = text[w.start..w.end].to_ascii_lowercase();
        let aux = matches!(
            lw.as_str(),
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "been"
                | "be"
                | "believed"
                | "said"
                | "thought"
                | "to"
                | "also"
                | "now"
                | "allegedly"
                | "reportedly"
                | "still"
                | "since"
                | "long"
                | "widely"
                | "reported"
                | "suspected"
                | "will"
        );
        if !aux {
            break;
        }
        at = w.start;
    }
    let closes = text[..at].trim_end().ends_with(',') && at > first.end + 8;
    // The clause between holds no speech ("X, which Y said ..., ").
    let said = site
        .cues
        .iter()
        .any(|m| m.cue == Cue::Speech && m.start > first.end && m.end <= at);
    (closes && !said).then_some(first)
}

/// "Kenya's troops crossed the border after kidnappings blamed on the militants, and a
/// year later were folded into AMISOM": a verb after ", and" with only words of time and
/// auxiliaries between has no subject of its own; it shares the one that opens the
/// sentence, past the names in the first clause's adjuncts.
fn elided_subject<'a>(site: &CueSite, left: &[&'a Slot]) -> Option<&'a Slot> {
    let (text, words, c) = (site.text, site.words, site.c);
    let first = left.first().copied()?;
    let ss = words.first().map_or(first.start, |w| w.start);
    if site.noun || first.actors.len() != 1 || gap_words(words, ss, first.start) > 1 {
        return None;
    }
    let and = first.end + text[first.end..c.start].rfind(", and ")?;
    if left.len() < 2 || left.iter().any(|x| x.start > and) {
        return None;
    }
    let filler = |w: &String| {
        w.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                w.as_str(),
                "a" | "year"
                    | "years"
                    | "month"
                    | "months"
                    | "week"
                    | "weeks"
                    | "later"
                    | "then"
                    | "also"
                    | "subsequently"
                    | "eventually"
                    | "soon"
                    | "afterwards"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "been"
            )
    };
    let gap = between(text, words, and + 6, c.start);
    (!gap.is_empty() && gap.iter().all(filler)).then_some(first)
}

/// Verbs of sending forces: "Chad sent some 2,000 soldiers, who fought AQIM".
const SENDING: [&str; 10] = [
    "sent",
    "sends",
    "deployed",
    "deploys",
    "dispatched",
    "dispatches",
    "flew",
    "airlifted",
    "rushed",
    "moved",
];

/// "Kenya deployed troops to Somalia to fight al-Shabaab": after the sender's own men
/// ("troops", "fighters") and a preposition of place, a name is where they went, not the
/// subject of the infinitive; the name that opens the clause sent them and is.
fn sender_past_destination<'a>(site: &CueSite, left: &[&'a Slot], x: &Slot) -> Option<&'a Slot> {
    let (text, words, c) = (site.text, site.words, site.c);
    // An infinitive: "to" right before the cue (which may also be read as a noun, "to
    // support").
    let infinitive =
        word_before(text, words, c.start).is_some_and(|w| w.eq_ignore_ascii_case("to"));
    if !infinitive {
        return None;
    }
    let before: Vec<&Word> = words.iter().filter(|w| w.end <= x.start).collect();
    let opener = |end: usize| {
        let ss = text[..x.start].rfind(['.', '\n']).map_or(0, |p| p + 1);
        let from = clause_start(text, ss, x.start);
        left.iter()
            .copied()
            .find(|y| y.start >= from && y.end <= end)
            .filter(|y| gap_words(words, from, y.start) <= 4)
    };
    let gap = between(text, words, x.end, c.start);
    // "... to prop up Assad and to support Y": the object of the first infinitive is not
    // the subject of the second; both are the clause subject's.
    if gap == ["and", "to"] {
        let lead = &before[before.len().saturating_sub(3)..];
        let infinitive = lead
            .iter()
            .any(|w| text[w.start..w.end].eq_ignore_ascii_case("to"));
        return if infinitive {
            opener(lead[0].start).map(|y| sender_past_destination(site, left, y).unwrap_or(y))
        } else {
            None
        };
    }
    // Only "to" between the place and the cue: "... to Somalia to fight".
    if gap != ["to"] {
        return None;
    }
    let [.., men, prep] = before[..] else {
        return None;
    };
    let prep_word = text[prep.start..prep.end].to_ascii_lowercase();
    let men_word = text[men.start..men.end].to_ascii_lowercase();
    // ("Washington sent a team of Green Berets from Panama to train X": where those sent
    // come from is no sender either.)
    if prep_word == "from" {
        let verb = before
            .iter()
            .rev()
            .take(8)
            .find(|w| SENDING.contains(&&text[w.start..w.end]))?;
        return opener(verb.start);
    }
    if !matches!(prep_word.as_str(), "to" | "in" | "into" | "inside")
        || !site.lexicon.anaphora.member_nouns.contains(&men_word)
    {
        return None;
    }
    opener(men.start)
}

/// "Kessarian troops serving with the UN mission killed X", "fighters based in Y
/// attacked Z": a name after a participle and its preposition only describes the name
/// before the participle, which is the subject.
/// Returns the head, `Some(None)` for an agent with no name heading its participle, and
/// `None` when `y` follows no participle.
fn participle_head<'a>(site: &CueSite, left: &[&'a Slot], y: &Slot) -> Option<Option<&'a Slot>> {
    let (text, words) = (site.text, site.words);
    if site.noun {
        return None;
    }
    // The words before the name, nearest first: the preposition (an article may stand
    // after it: "serving with the UN mission"), then the participle.
    let mut before = words[..words.partition_point(|w| w.end <= y.start)]
        .iter()
        .rev();
    let mut prep = before.next()?;
    if text[prep.start..prep.end].eq_ignore_ascii_case("the") {
        prep = before.next()?;
    }
    let part = before.next()?;
    let p = text[prep.start..prep.end].to_ascii_lowercase();
    let v = text[part.start..part.end].to_ascii_lowercase();
    let participle = v.len() > 4
        && (v.ends_with("ing") || matches!(v.as_str(), "based" | "stationed" | "deployed"));
    // "Hamas operatives trained by Iran attacked X": a passive participle's agent.
    // (Not a sender's: "troops sent by Rwanda helped X" are Rwanda's own.)
    let agent = p == "by"
        && (v.len() > 4 && (v.ends_with("ed") || v.ends_with("en"))
            || matches!(v.as_str(), "led" | "paid" | "run" | "taught" | "built"))
        && !matches!(
            v.as_str(),
            "deployed" | "dispatched" | "despatched" | "seconded"
        );
    if !(matches!(p.as_str(), "with" | "in" | "under" | "alongside" | "for") && participle || agent)
    {
        return None;
    }
    // ("Hamas operatives trained by": the name's own members may stand between; "the
    // Houthis were armed by Iran and attacked X": a passive's auxiliary, when the verb
    // is coordinated right after the agent.)
    let coordinated = agent && {
        let after = between(text, words, y.end, site.c.start);
        after.is_empty() || after == ["and"]
    };
    if agent && !coordinated {
        return None;
    }
    let head = left
        .iter()
        .rev()
        .find(|x| x.end <= part.start)
        .filter(|x| {
            let gap = text[x.end..part.start].trim();
            x.actors.len() == 1
                && (gap.is_empty()
                    || agent
                        && gap.split(' ').all(|w| {
                            let w = w.to_lowercase();
                            own_noun(site, &w)
                                || passive_auxiliary(&w)
                                || matches!(w.as_str(), "has" | "have" | "had")
                        }))
        })
        .copied();
    // An agent's participle with no name heading it is still no subject's: "Fighters
    // backed by X attacked Y".
    match head {
        Some(h) => Some(Some(h)),
        None if agent => Some(None),
        None => None,
    }
}

/// "X has been accused by UN experts of backing Y": after a passive accusation the act is
/// the accused's, not the accuser's.
fn accused_subject<'a>(site: &CueSite, left: &[&'a Slot]) -> Option<&'a Slot> {
    let (text, words, c) = (site.text, site.words, site.c);
    let of = word_before(text, words, c.start) == Some("of");
    if !of || site.noun && !site.cue_word().ends_with("ing") {
        return None;
    }
    // Only the few hundred bytes before the cue: a search of the whole text before every
    // cue would make a long document quadratic (issue 17).
    let from = (c.start.saturating_sub(240)..c.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(c.start);
    let near = &text[from..c.start];
    let accused_at = from
        + near
            .rfind(" accused by ")
            .or_else(|| near.rfind(" blamed by "))
            .or_else(|| near.rfind(" charged by "))?;
    if text[accused_at..c.start].contains(['.', ';']) {
        return None;
    }
    left.iter()
        .rev()
        .find(|x| x.end <= accused_at && x.actors.len() == 1)
        .filter(|x| gap_words(words, x.end, accused_at) <= 4)
        // "Pakistan, accused by Kabul of ...": the accused before the comma.
        .filter(|x| {
            text[x.end..accused_at].trim() == "," || !text[x.end..accused_at].contains([',', ';'])
        })
        .copied()
}

/// "Los Lobos, which the army accuses of working with X", "civilians, whom they accuse
/// of collaborating with X": after a relative pronoun, an accusation with "of" right
/// after its verb is aimed at the pronoun's antecedent, which does the act. `Some(None)`
/// when that antecedent is no name (then no one named does it).
fn accused_antecedent<'a>(site: &CueSite, left: &[&'a Slot]) -> Option<Option<&'a Slot>> {
    let (text, words, c) = (site.text, site.words, site.c);
    // (The words before the cue, found by binary search: this runs for every cue.)
    let n = words.partition_point(|w| w.end <= c.start);
    let before: Vec<&Word> = words[..n].iter().rev().take(8).collect();
    let word = |i: usize| before.get(i).map_or("", |w| &text[w.start..w.end]);
    let accusing = matches!(
        word(1).to_ascii_lowercase().as_str(),
        "accuse" | "accuses" | "accused" | "suspect" | "suspects" | "suspected"
    );
    if word(0) != "of" || !accusing || site.noun && !site.cue_word().ends_with("ing") {
        return None;
    }
    // "a network accused of funding Hezbollah": a participle after a common noun, whose
    // bearer does the act, and is no name. (Not after an auxiliary or an adverb: "X has
    // been accused of", "X, long accused of".)
    let w2 = word(2).to_ascii_lowercase();
    let participle = matches!(word(1), "accused" | "suspected");
    let auxiliary = matches!(
        w2.as_str(),
        "is" | "was"
            | "are"
            | "were"
            | "been"
            | "being"
            | "be"
            | "has"
            | "have"
            | "had"
            | "and"
            | "or"
            | "also"
            | "long"
            | "not"
            | "now"
            | "once"
    ) || w2.ends_with("ly");
    let common_noun = word(2).starts_with(|ch: char| ch.is_lowercase())
        && before.len() > 2
        && !left
            .iter()
            .any(|x| x.end >= before[2].end && x.start <= before[2].start);
    if participle && common_noun && !auxiliary {
        return Some(None);
    }
    let pronoun = (2..before.len()).find(|&i| matches!(word(i), "which" | "who" | "whom"))?;
    let at = before[pronoun].start;
    if !text[..at].trim_end().ends_with(',') || text[at..c.start].contains([',', ';']) {
        return None;
    }
    let comma = text[..at].trim_end().len() - 1;
    let adjacent = |x: &&&Slot| text[x.end..comma].trim().is_empty() && x.actors.len() == 1;
    let antecedent = left.iter().rev().find(|x| x.end <= comma).filter(adjacent);
    // "Los Lobos, the largest gang in the country, which ...": the name an apposition
    // describes.
    let apposed = || {
        let open = text[..comma].rfind(',')?;
        let inner = text[open + 1..comma].trim_start();
        let described = ["the ", "a ", "an "].iter().any(|a| inner.starts_with(a))
            && !left.iter().any(|x| x.start > open && x.end <= comma);
        left.iter()
            .rev()
            .find(|x| x.end <= open)
            .filter(|x| described && text[x.end..open].trim().is_empty() && x.actors.len() == 1)
    };
    Some(antecedent.or_else(apposed).copied())
}

/// "the UPDF launched an operation together with the Congolese army and the SPLA, bombing
/// the group's camps": with no verb the lexicon reads before the comma, the partners
/// listed after "together with" act with the name before them, which the participle
/// takes as its subject (the partners join it through the ally rule).
fn partnered_subject<'a>(site: &CueSite, left: &[&'a Slot], comma: usize) -> Option<&'a Slot> {
    let (text, words) = (site.text, site.words);
    let ss = words.first()?.start;
    let marker = super::PARTNER_MARKERS
        .iter()
        .filter_map(|m| text[ss..comma].rfind(m))
        .max()?
        + ss;
    left.iter()
        .rev()
        .find(|x| x.end <= marker && x.actors.len() == 1)
        .filter(|x| gap_words(words, x.end, marker) <= 10 && !site.prepositional(x))
        .filter(|x| !text[x.end..marker].contains([',', ';']))
        .copied()
}

/// "X attacked bases near Beni, clashing with Y": a participle after a comma has the
/// subject of the verb before the comma, not the name nearest it.
fn participle_subject<'a>(site: &CueSite, left: &[&'a Slot]) -> Option<&'a Slot> {
    let (text, words, c) = (site.text, site.words, site.c);
    let lead = text[..c.start].trim_end();
    if site.noun || !lead.ends_with(',') || !site.cue_word().ends_with("ing") {
        return None;
    }
    let comma = lead.len() - 1;
    let verb = site
        .cues
        .iter()
        .rev()
        .find(|m| matches!(m.cue, Cue::Verb(_)) && m.end <= comma);
    let Some(verb) = verb else {
        return partnered_subject(site, left, comma);
    };
    left.iter()
        .rev()
        .find(|x| x.end <= verb.start && x.actors.len() == 1)
        .filter(|x| gap_words(words, x.end, verb.start) <= 4 && !site.prepositional(x))
        .filter(|x| !text[x.end..verb.start].contains([',', ';']))
        .copied()
}

/// "X, who heads Y and is fighting Z": a verb coordinated with the verb of a relative
/// clause has the clause's antecedent for subject, not the name inside the clause.
fn relative_antecedent<'a>(
    text: &str,
    words: &[Word],
    left: &[&'a Slot],
    x: &Slot,
    cue_start: usize,
) -> Option<&'a Slot> {
    let tail = between(text, words, x.end, cue_start);
    let and = tail.iter().position(|w| w == "and")?;
    // "X, who is wanted by Y and who has ...": the second relative has X too.
    let and = if tail
        .get(and + 1)
        .is_some_and(|w| w == "who" || w == "which")
    {
        and + 1
    } else {
        and
    };
    let coordinated_verb = tail.get(and + 1).is_some_and(|w| {
        matches!(
            w.as_str(),
            "is" | "was" | "are" | "were" | "has" | "have" | "had" | "remains" | "continues"
        )
    });
    if !coordinated_verb || text[x.end..cue_start].contains([',', ';']) {
        return None;
    }
    let antecedent = left.iter().rev().find(|y| y.end <= x.start)?;
    let glue = between(text, words, antecedent.end, x.start);
    let relative = matches!(glue.first().map(String::as_str), Some("who" | "which"))
        && text[antecedent.end..x.start].trim_start().starts_with(',')
        && glue.len() <= 8;
    (relative && antecedent.actors.len() == 1).then_some(*antecedent)
}

/// The name a parenthetical between commas describes, when `x` sits inside it and the
/// cue follows the closing comma: "The SDF, supported by Washington, remains ...".
fn apposition_head<'a>(site: &CueSite, left: &[&'a Slot], x: &Slot) -> Option<&'a Slot> {
    let (text, words, cue_start) = (site.text, site.words, site.c.start);
    let mut close = x.end + text[x.end..cue_start].find(',')?;
    let mut tail = between(text, words, close, cue_start);
    // "The JEM, led by Khalil Ibrahim, a former state minister, has fought ...": the
    // name inside the parenthetical has an apposition of its own, which the
    // parenthetical's last comma closes.
    // ("Al-Shabaab, led by Godane, who trained in Afghanistan, has fought ...": a relative
    // clause the parenthetical's last comma closes, likewise.)
    let relative_closed = matches!(tail.first().map(String::as_str), Some("who" | "which"))
        && x.actors.len() == 1
        && (site.kind_of)(x.actors[0]) == Kind::Person;
    let own_apposition =
        matches!(tail.first().map(String::as_str), Some("a" | "an" | "the")) || relative_closed;
    if let Some(last) = text[close + 1..cue_start]
        .rfind(',')
        .filter(|_| own_apposition)
    {
        let last = close + 1 + last;
        if between(text, words, close, last).len() <= 6 {
            close = last;
            tail = between(text, words, close, cue_start);
        }
    }
    // "... in the presence of X, who mediated ...": a comma opening a relative clause
    // right after `x` closes no parenthetical; the clause is x's.
    if matches!(tail.first().map(String::as_str), Some("who" | "which"))
        && text[x.end..close].trim().is_empty()
    {
        // "a militia led by the deputy minister, Sam Hinga Norman, which has fought the
        // RUF": "which" stands for no person; the clause is the body's named before.
        let person = x.actors.len() == 1 && (site.kind_of)(x.actors[0]) == Kind::Person;
        if person && tail[0] == "which" {
            return left
                .iter()
                .rev()
                .find(|y| {
                    y.end <= x.start
                        && y.actors.len() == 1
                        && (site.kind_of)(y.actors[0]) != Kind::Person
                })
                .copied();
        }
        return None;
    }
    // "..., have been accused of collaborating with Z": auxiliaries may open the tail.
    let auxiliaries = tail
        .iter()
        .take_while(|w| {
            matches!(
                w.as_str(),
                "has" | "have" | "had" | "been" | "is" | "are" | "was" | "were" | "also" | "long"
            )
        })
        .count();
    if tail.len() > 3 + auxiliaries
        || tail
            .iter()
            .any(|w| matches!(w.as_str(), "and" | "or" | "but"))
    {
        return None;
    }
    let sentence_start = left.first().map_or(x.start, |f| f.start.min(x.start));
    let open = sentence_start + text[sentence_start..x.start].rfind(',')?;
    let head = left.iter().rev().find(|y| y.end <= open)?;
    let inner = between(text, words, open, close);
    // A list ("X, Y, attacked") is no parenthetical: it needs words of its own.
    let described = inner.iter().any(|w| {
        w.chars().next().is_some_and(char::is_lowercase)
            && !matches!(w.as_str(), "and" | "or" | "the")
    });
    // "The Wazalendo militias, which ...": the name's own members stand between.
    let members = text[head.end..open]
        .split_whitespace()
        .all(|w| own_noun(site, &w.to_lowercase()));
    // "The Islamic State West Africa Province (ISWAP), an offshoot of ...": the acronym
    // in brackets ends the name.
    let adjacent = matches!(text[head.end..open].trim(), "" | ")") || members;
    // ("That group, which fights X, has ...": a description heads it as a name does.)
    let description = head.phrase && {
        let t = &text[head.start..head.end];
        ["the ", "The ", "That ", "This "]
            .iter()
            .any(|d| t.starts_with(d))
    };
    if !(described && adjacent && head.actors.len() == 1 && (!head.phrase || description)) {
        return None;
    }
    // "The RSF, led by General X, better known as Y, have been fighting": a parenthetical
    // may hold two, and the head is that of the outer one.
    Some(outer_head(text, words, left, head).unwrap_or(head))
}

/// Whether a lowercase word after a name is the name's own body or members ("the Ansar
/// Dine militants", "the Wazalendo militias"): a member noun of the lexicon, or a group
/// noun.
fn own_noun(site: &CueSite, w: &str) -> bool {
    site.lexicon.anaphora.member_nouns.iter().any(|m| m == w)
        || matches!(
            w,
            "group"
                | "movement"
                | "faction"
                | "rebels"
                | "guerrillas"
                | "insurgents"
                | "militiamen"
                | "mercenaries"
        )
}

/// The name before `head` whose parenthetical `head` opens: "The RSF, led by General X".
fn outer_head<'a>(text: &str, words: &[Word], left: &[&'a Slot], head: &Slot) -> Option<&'a Slot> {
    let outer = left.iter().rev().find(|y| y.end <= head.start)?;
    let glue = text[outer.end..head.start].trim_start_matches(')');
    let inner = between(text, words, outer.end, head.start);
    let opened = glue.trim_start().starts_with(',')
        && !glue.trim_start()[1..].contains(',')
        && (1..=4).contains(&inner.len())
        && inner[0].chars().next().is_some_and(char::is_lowercase)
        && !matches!(
            inner[0].as_str(),
            "and" | "or" | "but" | "who" | "which" | "that"
        );
    (opened && outer.actors.len() == 1 && !outer.phrase).then_some(*outer)
}

/// "ties between X and Y", "relationship between X and Y"; "a mediator between X and Y"
/// mediates for each.
fn between_two(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let agents = agents_by(site, s);
    let k = agents.len();
    let agent = agents.last().copied();
    let first = s.right.get(k)?;
    // "between President X of Kessaria and Y": the state after "of" is the person's own,
    // and the pair is the person and the name after "and".
    let owned_by_state = |o: &&&Slot| {
        let person = |x: &Slot| x.actors.len() == 1 && (site.kind_of)(x.actors[0]) == Kind::Person;
        person(first)
            && o.actors.len() == 1
            && (site.kind_of)(o.actors[0]) == Kind::State
            && site.gap(first.end, o.start) == ["of"]
    };
    let skip = usize::from(s.right.get(k + 1).filter(owned_by_state).is_some());
    let second = s.right.get(k + 1 + skip)?;
    let lead = undated(site.gap(agent.map_or(site.c.end, |a| a.end), first.start));
    // "a joint force of X and Y", "an alliance of X and Y": for a symmetric noun, "of"
    // joins the pair as "between" does.
    // "between President X and Y": a title may stand between "between" and the name.
    let titled = lead.iter().rposition(|w| w == "between").is_some_and(|b| {
        let after = &lead[b + 1..];
        let raw = &site.text[site.c.end..first.start];
        !after.is_empty()
            && after.len() <= 2
            && raw.rsplit("between").next().is_some_and(|t| {
                t.split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
            })
    });
    let joined = match lead.last().map(String::as_str) {
        Some("between") => true,
        _ if titled => true,
        Some("of") => site.noun && site.rel.symmetric() && lead.len() == 1,
        _ => false,
    };
    let before_and = if skip == 1 {
        s.right[k + 1].end
    } else {
        first.end
    };
    // ("contacts between FACT commanders and Wagner operatives": the people of the first
    // side may follow its name.)
    let people = |w: &String| {
        site.lexicon.anaphora.member_nouns.contains(w)
            || matches!(
                w.as_str(),
                "commanders"
                    | "leaders"
                    | "officials"
                    | "representatives"
                    | "delegates"
                    | "negotiators"
                    | "envoys"
                    | "diplomats"
            )
    };
    // (And a demonym no slot holds may stand before the second: "and Russian Wagner
    // operatives".)
    let demonym = site.text[before_and..second.start]
        .rsplit(' ')
        .find(|w| !w.is_empty())
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && (site.kind_of)(second.actors[0]) != Kind::Person;
    let and = match site.gap(before_and, second.start).as_slice() {
        [and] => and == "and",
        [first_word, second_word] => {
            first_word == "and" && demonym || second_word == "and" && people(first_word)
        }
        [who, and, _] => and == "and" && people(who) && demonym,
        _ => false,
    };
    let is_between = joined && lead.len() <= 3 && and;
    if !is_between {
        return None;
    }
    if nearer_noun_owns(site, first) {
        return Some(Vec::new());
    }
    if site.rel == Relation::Mediates {
        return Some(go_betweens_of(site, s, agents, (first, second)));
    }
    // ("Kuwait hosted UN-backed talks between X and Y": hosting talks shelters no side;
    // "Egypt has sponsored reconciliation talks between Hamas and Fatah": sponsoring them
    // backs neither.)
    let hosted_talks = (site.rel == Relation::Shelters && site.cue_word().starts_with("host")
        || site.rel == Relation::Sponsors && !site.noun)
        && site
            .gap(site.c.end, first.start)
            .iter()
            .any(|w| matches!(w.as_str(), "talks" | "negotiations" | "meeting" | "summit"));
    if hosted_talks {
        return Some(Vec::new());
    }
    // ("talks between X and three fronts: A, B and C": X with each listed party.)
    if second.phrase && second.actors.len() > 2 {
        return Some(
            second
                .actors
                .iter()
                .map(|&a| (first.actors[0], a))
                .collect(),
        );
    }
    Some(vec![(first.actors[0], second.actors[0])])
}

/// `lead` without a date phrase ("the agreement of December 1976 between X and Y"): "of"
/// or "in", a month at most, and a year.
fn undated(lead: Vec<String>) -> Vec<String> {
    let year = |w: &String| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    let Some(at) = lead.iter().position(|w| matches!(w.as_str(), "of" | "in")) else {
        return lead;
    };
    let month = lead
        .get(at + 1)
        .is_some_and(|w| crate::read::date::month_number(w).is_some());
    let end = at + 1 + usize::from(month);
    if !lead.get(end).is_some_and(year) {
        return lead;
    }
    let mut out = lead;
    out.drain(at..=end);
    out
}

/// The go-betweens of talks "between" two sides and their pairs: the agents of a
/// passive, one named to mediate, or the subject ("Kigali hosted the talks between Rwanda
/// and the DRC": one of the sides is no go-between).
fn go_betweens_of(
    site: &CueSite,
    s: &Sides,
    agents: Vec<&Slot>,
    (first, second): (&Slot, &Slot),
) -> Vec<Pair> {
    let side = |m: &&Slot| [first.actors[0], second.actors[0]].contains(&m.actors[0]);
    let go_betweens = if !agents.is_empty() {
        agents
    } else if let Some(named) = named_to_mediate(site) {
        vec![named]
    } else {
        s.near_left.into_iter().collect()
    };
    // (A colon list's parties, each a side: "and three fronts: X, Y and Z".)
    let listed = if second.phrase {
        &second.actors[..]
    } else {
        &second.actors[..1]
    };
    let sides: Vec<ActorRef> = first.actors[..1].iter().chain(listed).copied().collect();
    go_betweens
        .iter()
        .filter(|m| !side(m))
        .flat_map(|m| sides.iter().map(|&a| (m.actors[0], a)))
        .collect()
}

/// "The Arab League appointed X to mediate", "X, whom Zawahiri had named to mediate": the
/// go-between is the one a verb of appointing names, its object or the antecedent of
/// its "whom", not its subject.
fn named_to_mediate<'a>(site: &CueSite<'a>) -> Option<&'a Slot> {
    let (text, c) = (site.text, site.c);
    if !text[..c.start].ends_with(" to ") {
        return None;
    }
    let to = c.start - 4;
    let verb = site
        .words
        .iter()
        .rev()
        .filter(|w| w.end <= to)
        .take(4)
        .find(|w| {
            matches!(
                &text[w.start..w.end],
                "appointed"
                    | "named"
                    | "asked"
                    | "tasked"
                    | "chose"
                    | "chosen"
                    | "invited"
                    | "designated"
                    | "mandated"
                    | "nominated"
                    | "commissioned"
            )
        })?;
    let single = |x: &&&Slot| x.actors.len() == 1;
    // Its object: "appointed Lakhdar Brahimi to mediate".
    if let Some(object) = site
        .slots
        .iter()
        .find(|x| x.start >= verb.end && x.end <= to)
        .filter(single)
    {
        return Some(object);
    }
    // The antecedent of "whom" before it: "X, whom Zawahiri had named to mediate".
    site.slots
        .iter()
        .rev()
        .filter(|x| x.end <= verb.start)
        .find(|x| text[x.end..verb.start].starts_with(", whom "))
        .filter(single)
        .copied()
}

/// "The war followed a rapprochement between X and Y": a noun of another relation right
/// before "between" owns the pair. (Talks on a truce between X and Y are still the
/// talks' too.)
fn nearer_noun_owns(site: &CueSite, first: &Slot) -> bool {
    let framing = matches!(site.rel, Relation::Negotiates | Relation::Mediates);
    !framing
        && site.cues.iter().any(|m| {
            matches!(m.cue, Cue::Noun(rel) if rel != site.rel)
                && m.start >= site.c.end
                && site.gap(m.end, first.start).first().map(String::as_str) == Some("between")
        })
}

/// "the truce brokered by Qatar between X and Y", "brokered by Turkey and Russia between X
/// and Y": the agents after "by" that may stand between the cue and the pair (joined by
/// "and" when more than one).
fn agents_by<'a>(site: &CueSite, s: &Sides<'a>) -> Vec<&'a Slot> {
    let agent = s.right.first().copied().filter(|a| {
        let lead = site.gap(site.c.end, a.start);
        s.right.len() >= 3
            && a.actors.len() == 1
            && lead.len() <= 2
            && lead.last().map(String::as_str) == Some("by")
            && !site.text[site.c.end..a.start].contains([',', ';'])
    });
    // ("brokered by Turkey and Russia between X and Y": agents joined by "and" too.)
    let mut k = usize::from(agent.is_some());
    while agent.is_some()
        && s.right.len() >= k + 3
        && matches!(
            site.text[s.right[k - 1].end..s.right[k].start].trim(),
            "and" | "," | "and the"
        )
    {
        k += 1;
    }
    let agents: Vec<&Slot> = if agent.is_some() {
        s.right[..k].to_vec()
    } else {
        Vec::new()
    };
    agents
}

/// "talks between the two groups".
fn between_pair(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let x = s.right.first()?;
    let p = pair_slot(x)?;
    if site.gap(site.c.end, x.start).last().map(String::as_str) != Some("between") {
        return None;
    }
    // "Russia brokered a truce between the two sides": the mediator stands between them.
    if site.rel == Relation::Mediates {
        let m = s.near_left.filter(|m| m.actors.len() == 1)?.actors[0];
        return Some(vec![(m, p.0), (m, p.1)]);
    }
    Some(vec![p])
}

/// "the X–Y relationship", "the U.S.-Houthi talks".
fn hyphen_pair(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    if s.left.len() < 2 {
        return None;
    }
    let (a, b) = (s.left[s.left.len() - 2], s.left[s.left.len() - 1]);
    let joint = &site.text[a.end..b.start];
    (joint.chars().all(|ch| matches!(ch, '-' | '–' | '—' | '/'))
        && !joint.is_empty()
        && gap_words(site.words, b.end, site.c.start) <= 1)
        .then(|| vec![(a.actors[0], b.actors[0])])
}

/// Passive: "trained by X", "led by X"; without "by" the agent is unknown.
/// "The BLA, which India backs, ...", "the militia, which Washington accuses Tehran of
/// arming, ...", "X, whom Y denies sheltering": a relative clause whose object is the name
/// before it. The clause opens with its own subject right after "which" or "whom"; the
/// agent is the last name before the cue; nothing stands after the cue but the clause's
/// end or an adjunct.
fn relative_object(site: &CueSite, _: &Sides) -> Option<Vec<Pair>> {
    // (A gerund after "of" is read as a noun: "which X is accused of backing".)
    if site.noun && !site.cue_word().ends_with("ing") {
        return None;
    }
    let (text, c) = (site.text, site.c);
    let from = (c.start.saturating_sub(200)..c.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(c.start);
    let head = &text[from..c.start];
    let opener = [", which ", ", whom ", " that "]
        .iter()
        .filter_map(|o| head.rfind(o).map(|p| (from + p, from + p + o.len())))
        .max()?;
    let that = text[opener.0..].starts_with(" that ");
    // No other clause between the pronoun and the cue.
    if text[opener.1..c.start].contains([',', ';', '(', ':', '.']) {
        return None;
    }
    // The clause's subject right after the pronoun ("which the United States designated");
    // the agent is the last name before the cue ("which Pakistan accuses India of backing").
    let inside: Vec<&&Slot> = site
        .slots
        .iter()
        .filter(|x| x.start >= opener.1 && x.end <= c.start && x.actors.len() == 1)
        .collect();
    // (A speaker is no candidate: "which Pakistan accuses India of backing".)
    let agent = inside.last()?;
    let named_first = text[opener.1..]
        .trim_start_matches("the ")
        .starts_with(|ch: char| ch.is_uppercase());
    if !named_first
        || site.gap(opener.1, agent.start).len() > 4
        || site.gap(agent.end, c.start).len() > 5
    {
        return None;
    }
    // ("the Serbian Progressive Party (SNS) that Vucic co-founded": past the acronym.)
    let antecedent = site.slots.iter().find(|x| {
        x.actors.len() == 1
            && (x.end == opener.0 || acronym_between(&text[x.end.min(opener.0)..opener.0]))
    })?;
    // "that" after the object of another verb opens what was said ("X warned Hamas that
    // Israel would attack"), not a relative clause; nor does a modal clause relate.
    if that {
        let before = word_before(text, site.words, antecedent.start)
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        let open = before.is_empty()
            || matches!(
                before.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "of"
                    | "by"
                    | "with"
                    | "to"
                    | "for"
                    | "in"
                    | "on"
                    | "from"
                    | "against"
                    | "and"
                    | "or"
            );
        let modal = site.gap(agent.end, c.start).iter().any(|w| {
            matches!(
                w.as_str(),
                "would" | "will" | "could" | "may" | "might" | "should" | "can" | "must"
            )
        });
        if !open || modal || site.gap(opener.1, agent.start).len() > 1 {
            return None;
        }
    }
    let (a, o) = (agent.actors[0], antecedent.actors[0]);
    (object_gap_ends(text, c.end) && a != o).then(|| vec![(a, o)])
}

/// "The Houthis, a movement Iran has armed since 2014", "the SNA, the rebel coalition
/// Turkey sponsors": a clause with no pronoun on a description set off after a name; the
/// clause's subject acts on the name.
fn described_object(site: &CueSite, _: &Sides) -> Option<Vec<Pair>> {
    if site.noun {
        return None;
    }
    let (text, c) = (site.text, site.c);
    // The clause's subject: a name (or a pronoun read as one) right before the cue, past
    // at most two auxiliaries or adverbs ("has long backed").
    let agent = site.slots.iter().rev().find(|x| x.end <= c.start)?;
    if agent.actors.len() != 1 || site.gap(agent.end, c.start).len() > 2 {
        return None;
    }
    // Before it, the description: an article and up to four lowercase words, after a
    // comma that closes the name it describes.
    let lead = &text[..agent.start];
    let comma = lead.rfind(", ")?;
    let words: Vec<&str> = lead[comma + 2..].split_whitespace().collect();
    let described = matches!(words.first(), Some(&("a" | "an" | "the")))
        && (2..=5).contains(&words.len())
        && words[1..]
            .iter()
            .all(|w| w.chars().all(|ch| ch.is_lowercase() || ch == '-'));
    if !described {
        return None;
    }
    let antecedent = site
        .slots
        .iter()
        .find(|x| x.actors.len() == 1 && x.end == comma)?;
    let ends = object_gap_ends(text, c.end);
    let (mut a, o) = (agent.actors[0], antecedent.actors[0]);
    // ("Iran armed the Houthis, a movement it has backed": the pronoun is no name of the
    // description; it stands for the sentence's subject.)
    if agent.phrase && a == o {
        a = site
            .slots
            .iter()
            .find(|x| !x.phrase && x.actors.len() == 1 && x.end <= antecedent.start)?
            .actors[0];
    }
    (ends && a != o).then(|| vec![(a, o)])
}

/// Whether nothing after byte `end` (a relative clause's verb) could be its object: the
/// clause ends, or an adjunct follows ("which X has backed since 2014").
fn object_gap_ends(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start();
    let next = rest
        .split(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    rest.starts_with([',', '.', ';', ')'])
        || matches!(
            next.as_str(),
            "for" | "since" | "in" | "during" | "through" | "until" | "despite" | "over"
        )
}

/// Whether `glue` is only a bracketed acronym or its closing bracket: " (SNS)", ")".
fn acronym_between(glue: &str) -> bool {
    glue == ")"
        || glue
            .strip_prefix(" (")
            .and_then(|g| g.strip_suffix(')'))
            .is_some_and(|a| !a.is_empty() && a.len() <= 12 && !a.contains([' ', '(', ')']))
}

/// What the words between a passive's patient and its participle say: those words, and
/// whether the participle is attached to the patient.
fn passive_patient(site: &CueSite, patient: &Slot) -> (Vec<String>, bool) {
    let (text, words, c) = (site.text, site.words, site.c);
    let auxiliary = |w: &String| passive_auxiliary(w);
    // "a conference hosted by India": a participle far from the name, with no
    // auxiliary, describes some other noun.
    let lead = between(text, words, patient.end, c.start);
    // "X, a coalition of gangs led by Y": the apposition describes X.
    let apposed = text[patient.end..].starts_with(',')
        && matches!(lead.first().map(String::as_str), Some("a" | "an"))
        && lead.len() <= 8
        && !text[patient.end + 1..c.start].contains([',', ';']);
    // "talks between X and government negotiators led by Y": a noun joined after the
    // name is what the participle describes.
    let joined_noun = matches!(lead.first().map(String::as_str), Some("and" | "or"))
        && lead.len() >= 2
        && !lead.iter().any(auxiliary);
    let attached = (lead.len() <= 4
        || lead.iter().rev().take(2).any(auxiliary)
        || verb_group_attached(site, patient)
        || apposed)
        && !joined_noun
        && !located_patient(site, patient);
    (lead, attached)
}

/// "X brokered the ceasefire signed by Y": with no auxiliary, a noun an article opens past
/// the name's own words is what the participle describes, and the name is no patient.
fn noun_between(site: &CueSite, patient: &Slot) -> bool {
    let lead = between(site.text, site.words, patient.end, site.c.start);
    !lead.iter().any(|w| passive_auxiliary(w))
        && lead
            .iter()
            .skip(1)
            .any(|w| matches!(w.as_str(), "the" | "a" | "an"))
}

/// "He stepped down from X and was detained by Y": a second passive coordinated after an
/// object is its clause subject's, not the object's.
fn object_before_passive(text: &str, lead: &[String], patient: &Slot) -> bool {
    lead.iter().any(|w| w == "and")
        && text[..patient.start]
            .trim_end()
            .trim_end_matches("the")
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "from" | "of" | "to" | "with" | "in" | "on" | "at" | "into" | "for"
                )
            })
}

/// "Bases in Mali were established by X", "Rebels in Mali were trained by Y": a place in
/// the subject's phrase (a modifier may stand between: "in rebel-held Mali") is no
/// patient of the passive; nor is the foe of a noun in it ("The revolt against X").
fn located_patient(site: &CueSite, patient: &Slot) -> bool {
    let (text, words, c) = (site.text, site.words, site.c);
    let n = words.partition_point(|w| w.end <= patient.start);
    let prev: Vec<&str> = words[n.saturating_sub(2)..n]
        .iter()
        .map(|w| &text[w.start..w.end])
        .collect();
    let locative = |w: &str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            // ("The revolt against Gaddafi was backed by NATO": the revolt is backed.)
            "in" | "inside" | "across" | "near" | "throughout" | "against"
        )
    };
    let modifier = |w: &str| w.contains('-') || w.starts_with(char::is_lowercase);
    (prev.last().is_some_and(|w| locative(w))
        || matches!(prev.as_slice(), [l, m] if locative(l) && modifier(m)))
        && !text[patient.end..c.start].contains(',')
}

/// "X is one of several militias backed by Iran": a name said to be one of a plural
/// noun's kind that a participle describes is what the participle's agent acts on.
fn one_of_many(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let (text, c) = (site.text, site.c);
    let (x, y) = (*s.left.last()?, *s.right.first()?);
    if site.noun || !site.cue_word().ends_with("ed") || x.actors.len() != 1 {
        return None;
    }
    let by = text[c.end..y.start]
        .strip_prefix(" by ")
        .is_some_and(|rest| matches!(rest, "" | "the "));
    let gap: Vec<&str> = text[x.end..c.start].split_whitespace().collect();
    let one_of = match gap.as_slice() {
        [verb, "one", "of", rest @ ..] => {
            matches!(*verb, "is" | "was" | "remains" | "became")
                && (1..=4).contains(&rest.len())
                && rest.last().is_some_and(|w| w.ends_with('s'))
                && rest
                    .iter()
                    .all(|w| w.chars().all(|ch| ch.is_lowercase() || ch == '-'))
        }
        _ => false,
    };
    (by && one_of && y.actors.len() == 1).then(|| vec![(y.actors[0], x.actors[0])])
}

/// "Militias backed by Iran, such as X and Y, ...", "groups linked to al-Qaeda,
/// including X": a plural noun a participle describes, then the names it lists, each
/// related to the participle's agent (or, for a mutual relation, its partner).
fn kind_then_listed(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let (text, c) = (site.text, site.c);
    if site.noun || !site.cue_word().ends_with("ed") {
        return None;
    }
    let noun = text[..c.start].strip_suffix(' ')?.rsplit(' ').next()?;
    // (Capitalized only opening the sentence: "Militias backed by Iran, ...".)
    let plural = noun.len() > 3
        && noun.ends_with('s')
        && noun.chars().skip(1).all(char::is_lowercase)
        && (noun.starts_with(char::is_lowercase)
            || c.start == site.words[0].start + noun.len() + 1);
    let y = *s.right.first()?;
    let link = text[c.end..y.start].trim_end().trim_end_matches(" the");
    let linked = match link {
        " by" => true,
        " to" | " with" => site.rel.symmetric(),
        _ => false,
    };
    if !plural || !linked || y.actors.len() != 1 {
        return None;
    }
    let rest = &text[y.end..];
    let at = text.len() - super::words::listed_after(rest)?.len();
    let names = super::slots::names_listed(text, s.right.iter().skip(1).copied(), at);
    if names.is_empty() {
        return None;
    }
    Some(names.iter().map(|x| (y.actors[0], x.actors[0])).collect())
}

/// Whether a person's titles before the passive's agent `agent` (`words_past_by` words
/// after "by") keep it the agent: "led by the country's de facto president and army
/// chief General X" may run long; "led by the deputy defence minister, X" sets a
/// lowercase title off before the name.
fn titled_agent(site: &CueSite, agent: &Slot, words_past_by: usize) -> bool {
    let gap = &site.text[site.c.end..agent.start];
    let person_noun = |w: &str| site.lexicon.anaphora.person_nouns.iter().any(|p| p == w);
    let gap = gap
        .strip_suffix(", ")
        .filter(|g| {
            g.split(' ')
                .skip(2)
                .all(|w| w.starts_with(char::is_lowercase))
                && g.rsplit(' ').next().is_some_and(person_noun)
        })
        .unwrap_or(gap);
    (site.kind_of)(agent.actors[0]) == Kind::Person
        && words_past_by <= 10
        && !gap.contains([',', ';', '(', '"', '“'])
}

/// The person named after a possessor's role: "headed by Putin's former bodyguard,
/// Viktor Zolotov" for the possessor `a` (up to three lowercase words, then an optional
/// comma), the passive's agent in its place.
fn role_of_possessor<'a>(site: &CueSite, right: &[&'a Slot], a: &Slot) -> Option<&'a Slot> {
    let y = right.iter().copied().find(|y| y.start > a.end)?;
    (possessor_role_between(site.text, a, y)
        && y.actors.len() == 1
        && (site.kind_of)(y.actors[0]) == Kind::Person)
        .then_some(y)
}

fn passive(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    if site.noun {
        return None;
    }
    let (text, words, c) = (site.text, site.words, site.c);
    let auxiliary = |w: &String| passive_auxiliary(w);
    // "founded by X", "founded in 2013 by X": "by" right after the participle, or after a
    // short adjunct of time or place that names no one.
    // A person's titles may put the agent past the usual reach (see `titled` below).
    let far_person = || {
        s.right
            .first()
            .copied()
            .filter(|y| (site.kind_of)(y.actors[0]) == Kind::Person)
    };
    // (See `role_of_possessor`.)
    let agent = s.near_right.or_else(far_person);
    let agent = agent.map(|a| role_of_possessor(site, &s.right, a).unwrap_or(a));
    let after: Vec<String> = between(text, words, c.end, agent.map_or(c.end, |y| y.start));
    let joined = joined_participle(site);
    // ("run by", "set up by": a cue may hold its "by"; "wanted by" too, read elsewhere.)
    let cue_by = site.cue_word().ends_with(" by")
        && after.is_empty()
        && (matches!(site.rel, Relation::Leads | Relation::Shelters)
            || site.cue_word().ends_with("held by"));
    let by = agent_by(site, &after, joined.is_some())
        .or(cue_by.then_some(0))
        .or_else(|| agent.and_then(|a| ordered_by(site, &after, a)));
    // "linked by officials to Y": past "by" and its own agent, a preposition opens the
    // verb's object; the name after it is no agent.
    let object_past_agent = by.is_some_and(|by| {
        after
            .get(by + 2..)
            .unwrap_or_default()
            .iter()
            .any(|w| matches!(w.as_str(), "to" | "with" | "as"))
    });
    if object_past_agent {
        return None;
    }
    if let Some(by) = by {
        // "Backed by Iran, the Houthis ...", "The deal was signed by X and Y".
        // ("The protocol, mediated by X, was signed by Y and Z": a name in an aside
        // set off before the verb is no patient.)
        let patient = s
            .near_left
            .filter(|x| !in_agent_aside(site, x) && !noun_between(site, x));
        if let (Some(agent), None) = (agent, patient) {
            if let Some(pairs) = agent_without_patient(site, s, agent) {
                return Some(pairs);
            }
        }
        if let (Some(agent), Some(patient)) = (agent, patient) {
            let patient = described_by_apposition(site, s, patient).unwrap_or(patient);
            let (lead, attached) = passive_patient(site, patient);
            // "backed by Turkish drones pushed X": a verb past "by" ends the agent phrase.
            // ("by the retired general X": a participle after an article describes.)
            let past_by = after.get(by + 1..).unwrap_or_default();
            let verb_past_by = past_by.iter().enumerate().any(|(i, w)| {
                let described = i > 0 && matches!(past_by[i - 1].as_str(), "the" | "a" | "an");
                w.len() > 4 && w.ends_with("ed") && !w.contains('-') && !described
            });
            if verb_past_by {
                return Some(Vec::new());
            }
            let titled = titled_agent(site, agent, after.len().saturating_sub(by));
            let object_before = object_before_passive(text, &lead, patient);
            // "X is the armed wing of Y and is commanded by Z": the passive's patient is
            // the subject the two verbs share.
            // ("X, which was linked to Y and led by Z": the auxiliary of the first verb
            // serves both.)
            let joined_past = lead.last().is_some_and(|w| w == "and");
            if object_before && (lead.iter().rev().take(2).any(auxiliary) || joined_past) {
                if let Some(Some(subject)) = site.shared_subject(patient) {
                    if after.len().saturating_sub(by) <= 4 || titled {
                        return Some(vec![(agent.actors[0], subject.actors[0])]);
                    }
                }
            }
            // ("a BRN delegation headed by X": X is one of the BRN's, see `refine`.)
            if attached && !object_before && (after.len().saturating_sub(by) <= 4 || titled) {
                let mut pairs = vec![(agent.actors[0], patient.actors[0])];
                if let Some(o) = mediated_pair(site, s, patient) {
                    pairs.insert(0, (agent.actors[0], o.actors[0]));
                }
                if let Some(second) = and_by(site, agent) {
                    pairs.push((second.actors[0], patient.actors[0]));
                }
                return Some(pairs);
            }
        }
        return Some(Vec::new());
    }
    // "X has been linked to Y", "X was allied with Y": a symmetric participle with its
    // preposition names the other party, not a hidden agent.
    let partnered = site.rel.symmetric()
        && site.rel != Relation::Hostile
        && word_at(text, words, c.end)
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "to" | "with"));
    if partnered {
        return None;
    }
    let before = between(
        text,
        words,
        c.start
            .saturating_sub(24)
            .max(s.near_left.map_or(0, |x| x.end)),
        c.start,
    );
    let participle = participle_cue(&site.cue_word());
    let passive = participle && before.iter().rev().take(2).any(auxiliary);
    passive.then(Vec::new)
}

/// "the DFLP, a smaller PLO faction led by X": a name that only modifies the noun of an
/// indefinite apposition is no patient of the participle after it; the name the
/// apposition describes is.
fn described_by_apposition<'a>(site: &CueSite, s: &Sides<'a>, patient: &Slot) -> Option<&'a Slot> {
    let text = site.text;
    let lowercase = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '-');
    let comma = text[..patient.start].rfind(", ")?;
    let mut lead = text[comma + 2..patient.start].split_whitespace();
    let indefinite = matches!(lead.next(), Some("a" | "an")) && lead.all(lowercase);
    let noun: Vec<&str> = text[patient.end..site.c.start].split_whitespace().collect();
    if !indefinite || noun.is_empty() || noun.len() > 2 || !noun.iter().all(|w| lowercase(w)) {
        return None;
    }
    s.left
        .iter()
        .rev()
        .find(|x| x.end <= comma && text[x.end..comma].trim().is_empty())
        .filter(|x| x.actors.len() == 1 && !x.phrase)
        .copied()
}

/// Whether a verb cue is a past participle ("attacked", "taken", "led"), by a phrasal
/// verb's own word before its particle: "had been wiped out"; not before a preposition
/// that names the other party, "is wanted by X", "were folded into Y".
fn participle_cue(cue_word: &str) -> bool {
    let cue_word = match cue_word.split_once(' ') {
        Some((verb, "out" | "up" | "down" | "off" | "back" | "over" | "away")) => verb,
        _ => cue_word,
    };
    cue_word.ends_with("ed")
        || cue_word.ends_with("en")
        || matches!(
            cue_word,
            "led"
                | "taught"
                | "fought"
                | "held"
                | "struck"
                | "hit"
                | "run"
                | "paid"
                | "met"
                | "sent"
                | "supplied"
                | "backed"
        )
}

/// A passive's agent with no patient before the cue: the subject after a participle
/// opening the sentence ("Backed by Iran, the Houthis ..."), or a deal's two signatories
/// ("The deal was signed by Israel and Hamas": a mutual act's agents are its two sides;
/// what is signed must be a deal, "a petition, signed by X and Y" is none).
/// Whether `x` is the agent of a participle set off before the cue, closed by a comma:
/// "The protocol, mediated by the UN envoy X, was signed by ...".
fn in_agent_aside(site: &CueSite, x: &Slot) -> bool {
    let text = site.text;
    let ss = site.words.first().map_or(0, |w| w.start);
    // (Closed right before the verb's auxiliary: "..., was signed by".)
    let closed = text[x.end..site.c.start].starts_with(',')
        && site
            .gap(x.end, site.c.start)
            .iter()
            .all(|w| passive_auxiliary(w))
        && gap_words(site.words, x.end, site.c.start) <= 2;
    let open = text[ss..x.start].rfind(',').map(|o| ss + o);
    closed
        && open.is_some_and(|o| {
            let aside = &text[o..x.start];
            aside.contains(" by ") && gap_words(site.words, o, x.start) <= 6
        })
}

fn agent_without_patient(site: &CueSite, s: &Sides, agent: &Slot) -> Option<Vec<Pair>> {
    if let Some(patient) = fronted_clause_subject(site, agent) {
        return Some(vec![(agent.actors[0], patient.actors[0])]);
    }
    let text = site.text;
    // (The deal may stand before an aside: "The protocol, mediated by X, was signed by".)
    let past_aside = |m: &CueMatch| {
        let gap = &text[m.end..site.c.start];
        gap.starts_with(',')
            && gap[1..]
                .rfind(',')
                .is_some_and(|i| gap_words(site.words, m.end + 1 + i, site.c.start) <= 2)
            && gap_words(site.words, m.end, site.c.start) <= 16
    };
    let deal = site.rel == Relation::Negotiates
        && site.cues.iter().any(|m| {
            m.cue == Cue::Noun(Relation::Negotiates)
                && m.end <= site.c.start
                && (gap_words(site.words, m.end, site.c.start) <= 6 || past_aside(m))
        });
    // ("signed by the government, the SLA and the JEM": each of a list signs with the
    // others.)
    let mut list = vec![agent];
    for y in s.right.iter().filter(|y| y.start >= agent.end) {
        let last = list[list.len() - 1];
        let glue = text[last.end..y.start].trim();
        let glue = glue.strip_suffix(" the").unwrap_or(glue);
        // ("signed by X and by Y".)
        let glue = glue.strip_suffix(" by").unwrap_or(glue);
        // (Nor an owner set off after the last: "and by Y, UNITA's secretary-general".)
        let owner = text[y.end..].starts_with(['\'', '’']);
        if !matches!(glue, "and" | "," | ", and" | "the" | ", the") || y.actors.len() != 1 || owner
        {
            break;
        }
        list.push(y);
    }
    let closed = list.len() == 2
        || list.len() > 2
            && text[list[list.len() - 2].end..list[list.len() - 1].start].contains("and");
    // ("signed by five parties: X, Y, ...": a colon list's parties, see `colon_lists`.)
    let listed = list.len() == 1 && agent.phrase && agent.actors.len() > 2;
    let parties: Vec<ActorRef> = if listed {
        agent.actors.clone()
    } else {
        list.iter().map(|y| y.actors[0]).collect()
    };
    let closed = closed || listed;
    let pairs: Vec<Pair> = parties
        .iter()
        .enumerate()
        .flat_map(|(i, &a)| parties[i + 1..].iter().map(move |&b| (a, b)))
        .filter(|(a, b)| a != b)
        .collect();
    (deal && closed && !pairs.is_empty()).then_some(pairs)
}

/// Whether the cue opens its sentence, one word (an adverb) before it at most.
pub(super) fn opens_sentence(site: &CueSite) -> bool {
    site.words
        .iter()
        .take_while(|w| w.end <= site.c.start)
        .count()
        <= 1
        && site
            .words
            .first()
            .is_some_and(|w| site.text[w.start..].starts_with(char::is_uppercase))
}

/// "Backed by Iran, the Houthis ...", "Fighting alongside the RSF, Wagner ...": a
/// participle that opens its sentence (an adverb before it at most), its phrase ending with
/// the name `last` (its agent or its object) and a comma, then the main clause's subject,
/// of whom the participle tells.
fn fronted_clause_subject<'a>(site: &CueSite<'a>, last: &Slot) -> Option<&'a Slot> {
    let text = site.text;
    if !opens_sentence(site) || last.actors.len() != 1 {
        return None;
    }
    let rest = &text[last.end..];
    let comma = rest.find(',')?;
    // (The phrase ends at the comma: "Backed by Iran and its allies, X".)
    if rest[..comma].split_whitespace().count() > 3 {
        return None;
    }
    let at = last.end + comma;
    // ("Led by X, the BRN delegation ...": a body the party sent is not the party.)
    let sent_body = |y: &Slot| {
        site.words
            .iter()
            .find(|w| w.start >= y.end)
            .is_some_and(|w| {
                site.lexicon
                    .bodies
                    .contains(&text[w.start..w.end].to_ascii_lowercase())
            })
    };
    site.slots
        .iter()
        .copied()
        .find(|y| {
            y.start > at
                && y.actors.len() == 1
                && matches!(text[at + 1..y.start].trim(), "" | "the" | "The")
        })
        .filter(|y| !sent_body(y))
}

/// Where "by" stands among the words `after` the cue when it introduces the cue's agent:
/// right after it, after a short adjunct of time or place ("seized on 7 February 2023 by
/// fighters of the TPNPB"), or after participles joined to it. Not past another cue: "met
/// in Paris for talks mediated by X" is X's mediation, not a meeting with X.
/// "killed in 2007 on Kony's orders", "executed on the orders of X", "arrested on orders
/// from X": who gave the order is the passive act's agent, as after "by". Where the order
/// phrase starts in `after` (the words from the cue to the agent), a few words of time or
/// place after the cue at most, and no other cue between.
fn ordered_by(site: &CueSite, after: &[String], agent: &Slot) -> Option<usize> {
    let text = &site.text[agent.end..];
    let owner = ["'s ", "’s "].iter().any(|p| {
        text.strip_prefix(p).is_some_and(|t| {
            ["orders", "order", "instructions", "command"]
                .iter()
                .any(|o| {
                    t.strip_prefix(o)
                        .is_some_and(|r| !r.starts_with(char::is_alphabetic))
                })
        })
    });
    let tails: &[&[&str]] = if owner {
        &[&["on"], &["at"]]
    } else {
        &[
            &["on", "the", "orders", "of"],
            &["on", "the", "order", "of"],
            &["on", "the", "instructions", "of"],
            &["on", "orders", "from"],
            &["under", "orders", "from"],
            &["at", "the", "behest", "of"],
        ]
    };
    let tail = tails.iter().find(|t| {
        after.len() >= t.len()
            && after[after.len() - t.len()..]
                .iter()
                .zip(t.iter())
                .all(|(a, b)| a == b)
    })?;
    let i = after.len() - tail.len();
    let order_at = site
        .words
        .iter()
        .filter(|w| w.start >= site.c.end)
        .nth(i)
        .map_or(site.c.end, |w| w.start);
    let other_cue = site.cues.iter().any(|m| {
        m.start > site.c.end
            && m.end <= order_at
            && matches!(m.cue, Cue::Verb(_) | Cue::Noun(_) | Cue::Inverse(_))
    });
    (i <= 5 && !other_cue && !site.text[site.c.end..order_at].contains([';', '('])).then_some(i)
}

fn agent_by(site: &CueSite, after: &[String], joined: bool) -> Option<usize> {
    let (words, c) = (site.words, site.c);
    after.iter().position(|w| w == "by").filter(|&i| {
        let by_at = words
            .iter()
            .filter(|w| w.start >= c.end)
            .nth(i)
            .map_or(c.end, |w| w.start);
        // ("killed in a raid by X": a noun of the same relation is the act itself.)
        let other_cue = site
            .cues
            .iter()
            .any(|m| m.start > c.end && m.end <= by_at && m.cue != Cue::Noun(site.rel));
        // ("was abducted and flown to Texas by X": a participle no cue reads, joined by
        // "and", shares the agent.)
        let participle = after.get(1).is_some_and(|w| {
            w.len() > 3 && (w.ends_with("ed") || w.ends_with("en") || w.ends_with("own"))
        });
        // ("trained for years by X", "backed largely by X": an adjunct of time, or an
        // adverb.)
        // ("killed the following year in a raid by X": a time before the adjunct.)
        let (i, after) = match after {
            [the, next, unit, rest @ ..]
                if the == "the"
                    && matches!(next.as_str(), "following" | "next" | "same")
                    && matches!(unit.as_str(), "day" | "week" | "month" | "year") =>
            {
                (i - 3, rest)
            }
            _ => (i, after),
        };
        // ("killed in a raid condemned by Qatar": past a participle of another's act, the
        // agent is that act's; "carried out by", "claimed by" keep the attacker.)
        let other_act = after[..i].iter().any(|w| {
            w.len() > 4
                && w.ends_with("ed")
                && !matches!(
                    w.as_str(),
                    "carried" | "conducted" | "launched" | "staged" | "mounted" | "claimed"
                )
        });
        i == 0
            || (i == 1 && after[0].len() > 4 && after[0].ends_with("ly"))
            || (i <= 5
                && !other_cue
                && !other_act
                && matches!(
                    after[0].as_str(),
                    "in" | "on" | "since" | "during" | "last" | "for" | "over" | "throughout"
                        | "around" | "after" | "before" | "shortly"
                ))
            // ("led from 1980 by X": a starting year; "led from exile by X": a place
            // the agent acts from.)
            || (i <= 3
                && !other_cue
                && matches!(after[0].as_str(), "from" | "until")
                && after.get(1).is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(w.as_str(), "exile" | "abroad" | "prison" | "jail" | "hiding")
                }))
            // ("toppled a decade later by X", "arrested two days later by X".)
            || (i <= 4
                && !other_cue
                && !other_act
                && matches!(after[i - 1].as_str(), "later" | "earlier"))
            || (i <= 6 && !other_cue && after[0] == "and" && participle)
            || (i <= 8 && joined)
    })
}

/// "then led by X, known as Z, and by Y": a second agent after "and by", in the same
/// clause, shares the passive.
fn and_by<'a>(site: &CueSite<'a>, agent: &Slot) -> Option<&'a Slot> {
    let text = site.text;
    // (Within a few words: the text is the whole document's.)
    let end = (agent.end + 72..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let rest = &text[agent.end..end];
    let at = rest.find(" and by ")?;
    if rest[..at].contains([';', '(', '.']) {
        return None;
    }
    let from = agent.end + at + " and by ".len();
    let from = if text[from..].starts_with("the ") {
        from + 4
    } else {
        from
    };
    site.slots
        .iter()
        .copied()
        .find(|y| y.start == from && !y.phrase && y.actors.len() == 1)
}

/// "trained and armed by X", "armed, trained and financed by X": the participle joined
/// to the cue (through the next ones) that "by" follows, whose agent the cue shares.
fn joined_participle<'a>(site: &CueSite<'a>) -> Option<&'a CueMatch> {
    let (text, words) = (site.text, site.words);
    let mut at = site.c;
    loop {
        let next = site.cues.iter().find(|m| {
            matches!(m.cue, Cue::Verb(_))
                && m.start > at.end
                && matches!(text[at.end..m.start].trim(), "and" | "," | ", and" | "or")
        })?;
        if word_at(text, words, next.end).is_some_and(|w| w.eq_ignore_ascii_case("by")) {
            return Some(next);
        }
        at = next;
    }
}

/// "the truce between X and Y was brokered by Z": with a mediating cue, the other of a
/// pair after "between" whose second is the patient; Z mediates for both.
fn mediated_pair<'a>(site: &CueSite<'a>, s: &Sides<'a>, patient: &Slot) -> Option<&'a Slot> {
    let (text, words) = (site.text, site.words);
    if site.rel != Relation::Mediates {
        return None;
    }
    let other = s.left.iter().rev().find(|l| l.end <= patient.start)?;
    let after_between = words
        .iter()
        .rev()
        .find(|w| w.end <= other.start)
        .is_some_and(|w| text[w.start..w.end].eq_ignore_ascii_case("between"));
    (between(text, words, other.end, patient.start) == ["and"] && after_between).then_some(*other)
}

/// "have been armed, trained and financed by X": with the participles joined before the
/// cue left out, at most four words, an auxiliary among the last two, part the patient
/// from the cue.
fn verb_group_attached(site: &CueSite, patient: &Slot) -> bool {
    let (text, words, c) = (site.text, site.words, site.c);
    let core: Vec<String> = words
        .iter()
        .filter(|w| w.start >= patient.end && w.end <= c.start)
        .filter(|w| {
            let in_cue = site
                .cues
                .iter()
                .any(|m| matches!(m.cue, Cue::Verb(_)) && m.start <= w.start && w.end <= m.end);
            !in_cue && !matches!(&text[w.start..w.end], "and" | "or")
        })
        .map(|w| text[w.start..w.end].to_ascii_lowercase())
        .collect();
    core.len() <= 4 && core.iter().rev().take(2).any(|w| passive_auxiliary(w))
}

/// "attacked commercial ships in solidarity with Y", "struck targets together with Y":
/// past an attack's own object, a partner's preposition names no target.
fn partner_past_object(site: &CueSite, y: &Slot) -> bool {
    if site.rel != Relation::Hostile || site.noun {
        return false;
    }
    let mut gap = site.gap(site.c.end, y.start);
    // "clashed repeatedly with Y": an adverb is no object.
    gap.retain(|w| !w.ends_with("ly"));
    let opens_with_object = gap.first().is_some_and(|w| {
        !matches!(
            w.as_str(),
            "on" | "against" | "with" | "at" | "into" | "in" | "by" | "of" | "to" | "for"
        )
    });
    let partner = gap
        .iter()
        .skip(1)
        .any(|w| matches!(w.as_str(), "with" | "alongside" | "for"));
    opens_with_object && partner
}

/// The subject of a verb of moving right before the cue: "Russia flew (weapons)".
fn mover<'a>(site: &CueSite, s: &Sides<'a>) -> Option<&'a Slot> {
    s.left.iter().rev().copied().find(|l| {
        let glue = site.gap(l.end, site.c.start);
        l.actors.len() == 1
            && !site.prepositional(l)
            && glue.len() <= 3
            && glue.iter().any(|w| MOVING.contains(&w.as_str()))
    })
}

/// Verbs of moving goods from a place ("flew weapons from Syria to ...").
const MOVING: &[&str] = &[
    "flew",
    "flown",
    "shipped",
    "sent",
    "moved",
    "transferred",
    "smuggled",
    "trucked",
    "delivered",
    "airlifted",
    "ferried",
    "funneled",
    "funnelled",
    "routed",
    "channeled",
    "channelled",
];

/// "support from X (to Y)", "receives funding from X".
/// Verbs of giving whose receiver comes first and the thing given after "with".
pub(super) const GIVE_WITH: &[&str] = &[
    "provide",
    "provides",
    "provided",
    "providing",
    "supply",
    "supplies",
    "supplied",
    "supplying",
    "equip",
    "equips",
    "equipped",
    "equipping",
    "furnish",
    "furnished",
    "furnishing",
    "arm",
    "arms",
    "armed",
    "arming",
];

/// Words that may stand between a giver and its verb ("X has long provided").
const BEFORE_VERB: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "long",
    "reportedly",
    "allegedly",
    "secretly",
    "been",
    "repeatedly",
    "already",
];

/// "X provided Y with weapons", "X has supplied the Y with drones and training": the
/// noun after "with" is what X gives Y.
fn provided_with(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    if !site.noun {
        return None;
    }
    let y = *s.left.last()?;
    let lead = site.gap(y.end, site.c.start);
    // "with weapons", "with advanced weapons", "with money and weapons".
    if lead.first().map(String::as_str) != Some("with") || lead.len() > 4 {
        return None;
    }
    let x = *s.left.iter().rev().nth(1)?;
    let before = site.gap(x.end, y.start);
    let (verb, rest) = before.split_last()?;
    let verb_ok = GIVE_WITH.contains(&verb.as_str())
        && rest.len() <= 3
        && rest.iter().all(|w| BEFORE_VERB.contains(&w.as_str()))
        && !site.text[x.end..site.c.start].contains([',', ';', '(']);
    (verb_ok && x.actors.len() == 1 && y.actors.len() == 1)
        .then(|| vec![(x.actors[0], y.actors[0])])
}

/// "Egypt gave the movement money, weapons and a radio voice", "Iran sent Hezbollah money
/// and arms", "gave al-Qaeda a safe haven": a verb of giving or sending, its receiver,
/// then a list of things given whose words are lowercase; the giver is the subject.
fn given_things(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let (text, words, c) = (site.text, site.words, site.c);
    let given = matches!(
        site.rel,
        Relation::Funds
            | Relation::Supplies
            | Relation::Trains
            | Relation::Shelters
            | Relation::Sponsors
    );
    if !site.noun || !given {
        return None;
    }
    let y = *s.left.last()?;
    // (Only things listed between: "money, ", "money, weapons and ", "a safe ".)
    let things = between(text, words, y.end, c.start);
    let listed = things.len() <= 6
        && text[y.end..c.start]
            .chars()
            .all(|ch| ch.is_lowercase() || matches!(ch, ' ' | ',' | '-'))
        && things.iter().all(|w| {
            !matches!(
                w.as_str(),
                "to" | "of" | "in" | "for" | "from" | "with" | "by" | "on" | "at" | "its" | "their"
            ) && !super::words::giving_verb(w)
        });
    if !listed || y.actors.len() != 1 {
        return None;
    }
    // ("gave the KDP and the PUK no arms": every receiver joined before the last.)
    let mut receivers = vec![y];
    for w in s.left.iter().rev().skip(1) {
        let first = receivers[receivers.len() - 1];
        let glue = text[w.end..first.start].trim();
        let joined = matches!(
            glue,
            "and" | "and the" | "," | ", the" | ", and" | ", and the"
        );
        if !joined || w.phrase || w.actors.len() != 1 {
            break;
        }
        receivers.push(w);
    }
    let first = receivers[receivers.len() - 1];
    let verb = verb_before(site, first.start)?;
    let v = &text[verb.start..verb.end];
    let sending = matches!(v, "sent" | "send" | "sends" | "sending");
    if !(super::words::giving_verb(v) || sending) {
        return None;
    }
    // ("Egypt, under Nasser, gave ...": past a short aside set off by commas.)
    let aside = |from: usize| {
        let glue = &text[from..verb.start];
        glue.starts_with(", ")
            && glue.trim_end().ends_with(',')
            && glue.matches(',').count() == 2
            && glue.split_whitespace().count() <= 7
            && glue[2..]
                .split(' ')
                .next()
                .is_some_and(|w| matches!(w, "under" | "then" | "led" | "like" | "as" | "in"))
    };
    // (The aside's own name is not the giver: "Egypt, under Nasser, gave".)
    let x = giver_before(site, s, verb).or_else(|| {
        s.left
            .iter()
            .find(|w| w.end < verb.start && aside(w.end) && !w.phrase && w.actors.len() == 1)
            .copied()
    })?;
    let pairs: Vec<Pair> = receivers
        .iter()
        .rev()
        .filter(|y| x.actors[0] != y.actors[0])
        .map(|y| (x.actors[0], y.actors[0]))
        .collect();
    (!pairs.is_empty()).then_some(pairs)
}

/// The verb before the receiver starting at byte `receiver` (past "the", "these",
/// "those": "giving the insurgents sanctuary").
fn verb_before<'a>(site: &CueSite<'a>, receiver: usize) -> Option<&'a Word> {
    let text = site.text;
    site.words
        .iter()
        .rev()
        .filter(|w| w.end <= receiver)
        .find(|w| !matches!(&text[w.start..w.end], "the" | "these" | "those"))
}

/// The giver named right before a verb of giving (within three words, no comma between).
fn giver_before<'a>(site: &CueSite, s: &Sides<'a>, verb: &Word) -> Option<&'a Slot> {
    let text = site.text;
    s.left
        .iter()
        .rev()
        .find(|w| w.end <= verb.start)
        .filter(|w| {
            !w.phrase
                && w.actors.len() == 1
                && gap_words(site.words, w.end, verb.start) <= 3
                && !text[w.end..verb.start].contains([',', ';'])
        })
        .copied()
}

fn from_giver(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let x = s.near_right?;
    // ("The front's weapons, money and instructors came from Egypt": past the other
    // nouns listed with the cue, each a cue of its own.)
    let mut end = site.c.end;
    while let Some(next) = site.cues.iter().find(|m| {
        m.start > end
            && m.end <= x.start
            && matches!(m.cue, Cue::Noun(_))
            && matches!(&site.text[end..m.start], ", " | " and " | ", and ")
    }) {
        end = next.end;
    }
    let lead = site.gap(end, x.start);
    // Only what is handed over comes "from" its giver; "sheltering fighters from the
    // TTP" names where the fighters come from.
    // ("Egyptian mediators met delegations from X": no mediation comes from X.)
    let transfer = (site.noun && site.rel != Relation::Mediates)
        || matches!(
            site.rel,
            Relation::Funds
                | Relation::Supplies
                | Relation::Sponsors
                | Relation::Trains
                | Relation::Ties
        );
    // "from X", "from the Iranian X": only modifiers may follow the preposition.
    let from = lead.iter().rposition(|w| w == "from");
    let modifiers_only = from.is_some_and(|i| {
        lead[i + 1..].iter().all(|w| {
            !matches!(
                w.as_str(),
                "to" | "of" | "in" | "by" | "with" | "for" | "on" | "at" | "and" | "or"
            )
        })
    });
    // "denied involvement in the strike, despite accusations from X": past a comma the
    // "from" belongs to another phrase.
    let apart = site.text[end..x.start].contains(',');
    // "training officers from X": the people named before "from" come from X; X gives
    // nothing.
    let members_from = from.is_some_and(|i| {
        lead[..i]
            .iter()
            .any(|w| site.lexicon.anaphora.member_nouns.contains(w))
    });
    // "The RSF captured armoured vehicles from the army": what is taken from X is no gift
    // of X's.
    let taken = site
        .words
        .iter()
        .rev()
        .filter(|w| w.end <= site.c.start)
        .take(3)
        .any(|w| {
            site.lexicon
                .taking_verbs
                .contains(&site.text[w.start..w.end].to_ascii_lowercase())
        });
    if taken {
        return Some(Vec::new());
    }
    if !(transfer && modifiers_only && lead.len() <= 4) || apart || members_from {
        return None;
    }
    let to = s
        .right
        .get(1)
        .filter(|y| site.gap(x.end, y.start).last().map(String::as_str) == Some("to"));
    // "Russia flew weapons from Syria to Hezbollah": when a subject moves the goods, "from"
    // names where they left, and the subject gives; "has flown equipment from Syria to
    // airbases in the east": the place they left gives nothing, whoever receives them.
    if let Some(m) = mover(site, s) {
        let onward = site
            .gap(x.end, (x.end + 8).min(site.text.len()))
            .first()
            .is_some_and(|w| w == "to");
        match to {
            Some(y) if m.actors[0] != y.actors[0] => return Some(vec![(m.actors[0], y.actors[0])]),
            None if onward => return Some(Vec::new()),
            _ => {}
        }
    }
    // The receiver: "to Y", else the nearest actor before that is not a giver nor the
    // object of a preposition.
    // ("Islamic Jihad, which is smaller than Hamas, receives most of its funding from
    // Iran": not a name inside a clause closed between commas on the subject.)
    let enclosed = |l: &Slot| {
        s.left.iter().any(|h| {
            let p = past_relative(site.text, h.end, site.c.start);
            h.end <= l.start && l.end <= p && site.text[h.end..p].trim_end().ends_with(',')
        })
    };
    let verb_at = verb_acting_with(site);
    let before_verb = |l: &Slot| verb_at.is_none_or(|v| l.end <= v);
    let receiver = to.copied().or_else(|| {
        s.left
            .iter()
            .rev()
            .filter(|l| !site.prepositional(l) && !enclosed(l) && before_verb(l))
            .find(|l| l.actors.len() == 1 && !x.actors.contains(&l.actors[0]))
            .filter(|l| {
                let from = past_relative(site.text, l.end, site.c.start);
                gap_words(site.words, from, site.c.start) <= site.reach()
            })
            .copied()
    });
    Some(match receiver {
        Some(y) => givers(site, s, x)
            .into_iter()
            .filter(|g| *g != y.actors[0])
            .map(|g| (g, y.actors[0]))
            .collect(),
        None => Vec::new(),
    })
}

/// "The Houthis fought the Saudis with arms from Iran": goods "with" which a hostile
/// verb's subject acts go to the subject, not to the verb's object (one supplied "with"
/// goods is their receiver); the start of that verb.
fn verb_acting_with(site: &CueSite) -> Option<usize> {
    word_before(site.text, site.words, site.c.start).filter(|w| w.eq_ignore_ascii_case("with"))?;
    site.cues
        .iter()
        .filter(|m| m.cue == Cue::Verb(Relation::Hostile) && m.end <= site.c.start)
        .map(|m| m.start)
        .next_back()
}

/// Who gives, from the first name after "of" or "from": a person named by a role of that
/// name ("the support of al-Qaeda chief X" is X's), and the names coordinated with it
/// ("of X and the Afghan Taliban").
fn givers(site: &CueSite, s: &Sides, x: &Slot) -> Vec<ActorRef> {
    let text = site.text;
    let mut at = s
        .right
        .iter()
        .position(|y| std::ptr::eq(*y, x))
        .unwrap_or(0);
    let role_of = |y: &Slot, z: &Slot| {
        (site.kind_of)(z.actors[0]) == Kind::Person
            && (site.kind_of)(y.actors[0]) != Kind::Person
            && gap_words(site.words, y.end, z.start) <= 3
            && !text[y.end..z.start].contains([',', ';'])
            && site.cues.iter().any(|m| {
                m.start >= y.end
                    && m.end <= z.start
                    && matches!(
                        m.cue,
                        Cue::Noun(Relation::Leads) | Cue::Noun(Relation::MemberOf)
                    )
            })
    };
    if s.right.get(at + 1).is_some_and(|z| role_of(x, z)) {
        at += 1;
    }
    let mut out: Vec<ActorRef> = s.right[at].actors.clone();
    let mut last = s.right[at];
    for y in s.right.iter().skip(at + 1) {
        let glue = site.gap(last.end, y.start);
        if glue != ["and"] || text[last.end..y.start].contains(',') || y.actors.len() != 1 {
            break;
        }
        out.push(y.actors[0]);
        last = y;
    }
    out
}

/// "An ally of HTS, the SNA ...", "A longtime backer of the junta, Russia ...": a noun of
/// relation with "of" opening the sentence describes the name after the comma.
fn role_of_before_name(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let (text, c) = (site.text, site.c);
    if !site.noun || !s.left.is_empty() {
        return None;
    }
    let ss = site.words.first().map_or(c.start, |w| w.start);
    let opening = between(text, site.words, clause_start(text, ss, c.start), c.start);
    let described = opening.len() <= 3
        && opening
            .first()
            .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "one" | "another"));
    let owner = s.near_right?;
    let of = site.gap(c.end, owner.start).first().map(String::as_str) == Some("of")
        || site.cue_word().ends_with(" of");
    if !described || !of {
        return None;
    }
    // "An ally of Hayat Tahrir al-Sham (HTS), the SNA": the acronym is the owner's.
    let bearer = s
        .right
        .iter()
        .find(|y| y.start >= owner.end && y.actors != owner.actors)?;
    let glue = text[owner.end..bearer.start].trim();
    let glue = match glue.strip_prefix('(') {
        Some(rest) => rest.split_once(')').map_or(glue, |(_, after)| after.trim()),
        None => glue,
    };
    let apposed = glue == "," || glue == ", the";
    apposed.then(|| vec![(bearer.actors[0], owner.actors[0])])
}

/// "the training of X by Y", "the arming of X by Y": a noun cue with "of" names who
/// undergoes it and "by" who does it.
fn nominal_by(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let hostile = site.rel == Relation::Hostile;
    if !site.noun || (site.rel.symmetric() && !hostile) {
        return None;
    }
    let patient = s.near_right?;
    if let Some(pairs) = agent_first(site, s, patient) {
        return Some(pairs);
    }
    // "the killing of X by Y", "the attack on X by Y".
    let first = site.gap(site.c.end, patient.start).first().cloned();
    let of = match first.as_deref() {
        Some("of") => true,
        Some("on" | "against") => hostile,
        None => site.cue_word().ends_with(" of"),
        _ => false,
    };
    if !of {
        return None;
    }
    let agent = s.right.iter().find(|y| y.start >= patient.end)?;
    let lead = site.gap(patient.end, agent.start);
    let by = lead.last().is_some_and(|w| w == "by") && lead.len() <= 6;
    (by && !site.text[patient.end..agent.start].contains([',', ';']))
        .then(|| vec![(agent.actors[0], patient.actors[0])])
}

/// "A drone strike by Turkey on SDF positions", "repeated attacks by ISWAP against
/// Nigeria's military", "support by Iran to the Houthis": the agent right after "by", then
/// the one acted on after a preposition (a few words between at most, no comma).
fn agent_first(site: &CueSite, s: &Sides, agent: &Slot) -> Option<Vec<Pair>> {
    if site.gap(site.c.end, agent.start) != ["by"] || agent.actors.len() != 1 {
        return None;
    }
    let patient = s.right.iter().find(|y| y.start >= agent.end)?;
    let lead = site.gap(agent.end, patient.start);
    let aimed = match lead.first().map(String::as_str) {
        Some("on" | "against" | "at") => site.rel == Relation::Hostile,
        Some("to" | "for" | "of") => site.rel != Relation::Hostile,
        _ => false,
    };
    (aimed
        && lead.len() <= 3
        && patient.actors.len() == 1
        && !site.text[agent.end..patient.start].contains([',', ';', '('])
        && !site.cue_between(agent.end, patient.start))
    .then(|| vec![(agent.actors[0], patient.actors[0])])
}

/// "the support that X provides to Y", "the weapons which X sends to Y": a relative
/// clause after a noun cue names the giver and, after "to", the receiver.
fn given_in_relative(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let c = site.c;
    if !site.noun || site.rel.symmetric() {
        return None;
    }
    let giver = s.near_right?;
    let lead = site.gap(c.end, giver.start);
    if !matches!(lead.as_slice(), [w] if w == "that" || w == "which") {
        return None;
    }
    let receiver = s.right.iter().find(|y| y.start >= giver.end)?;
    let verb = site.gap(giver.end, receiver.start);
    let gives = verb.len() <= 4
        && verb.last().is_some_and(|w| w == "to")
        && verb.iter().any(|w| {
            matches!(
                w.as_str(),
                "provides"
                    | "provided"
                    | "gives"
                    | "gave"
                    | "offers"
                    | "offered"
                    | "extends"
                    | "extended"
                    | "sends"
                    | "sent"
                    | "lends"
                    | "lent"
                    | "delivers"
                    | "delivered"
                    | "supplies"
                    | "supplied"
                    | "grants"
                    | "granted"
            )
        });
    (gives && giver.actors.len() == 1 && receiver.actors.len() == 1)
        .then(|| vec![(giver.actors[0], receiver.actors[0])])
}

/// "formed the group with the support of X": after an action noun (not an agent noun
/// such as "backer"), "of" names the giver; the receiver is the nearest name before.
fn support_of(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let x = s.near_right?;
    let word = site.cue_word();
    // ("the main patron of X": the patron gives.)
    let agent = agent_head(site) || word.ends_with("ist") || word.ends_with("ists");
    let transfer = matches!(
        site.rel,
        Relation::Funds
            | Relation::Supplies
            | Relation::Sponsors
            | Relation::Trains
            | Relation::Mediates
            | Relation::Shelters
    );
    // "the support of X", "the cover and support of X"; not "the UAE's support of X".
    let prior: Vec<&Word> = site
        .words
        .iter()
        .filter(|w| w.end <= site.c.start)
        .collect();
    let window = &prior[prior.len().saturating_sub(3)..];
    let determined = window
        .iter()
        .any(|w| site.text[w.start..w.end].eq_ignore_ascii_case("the"))
        && !window.iter().any(|w| {
            let t = &site.text[w.start..w.end];
            t.ends_with("'s") || t.ends_with("’s")
        });
    if !site.noun
        || agent
        || !transfer
        || !determined
        || site.gap(site.c.end, x.start).first().map(String::as_str) != Some("of")
        || site.gap(site.c.end, x.start).len() > 4
    {
        return None;
    }
    // ("X was killed on the orders of his brother Y": Y ordered the act of force; he backs
    // no one it was done to.)
    let ordered_force = matches!(word.as_str(), "orders" | "instructions")
        && site
            .cues
            .iter()
            .any(|m| m.end <= site.c.start && m.cue == Cue::Verb(Relation::Hostile));
    if ordered_force {
        return Some(Vec::new());
    }
    // The receiver is a subject, not the object of a preposition ("independence from X
    // with the support of Y") nor of a verb ("attacked Ukraine with the help of Y").
    let receiver = s
        .left
        .iter()
        .rev()
        .filter(|l| !site.prepositional(l) && site.verb_of_object(l).is_none())
        .find(|l| l.actors.len() == 1 && !x.actors.contains(&l.actors[0]))
        .filter(|l| gap_words(site.words, l.end, site.c.start) <= site.reach());
    // ("which the government and UNITA signed under the mediation of X": a go-between
    // stands between both sides joined as the subject.)
    let joined_side = receiver
        .filter(|_| site.rel == Relation::Mediates)
        .and_then(|r| {
            s.left
                .iter()
                .rev()
                .find(|l| l.end <= r.start)
                .filter(|l| site.text[l.end..r.start] == *" and " && l.actors.len() == 1)
        });
    match receiver {
        Some(r) => Some(
            givers(site, s, x)
                .into_iter()
                .flat_map(|g| {
                    std::iter::once(r)
                        .chain(joined_side)
                        .filter(move |side| side.actors[0] != g)
                        .map(move |side| (g, side.actors[0]))
                })
                .collect(),
        ),
        // "the mediation of China persuaded the two parties": the parties come after.
        None if site.rel == Relation::Mediates => {
            let parties = s.right.iter().skip(1).find_map(|y| pair_slot(y))?;
            Some(vec![(x.actors[0], parties.0), (x.actors[0], parties.1)])
        }
        None => None,
    }
}

/// "Hamas supporters rushed the fence": the people who back the party named right before
/// the noun, not a party backing another.
fn followers(site: &CueSite, x: &Slot) -> bool {
    matches!(
        site.cue_word().as_str(),
        "supporters" | "supporter" | "backers" | "backer"
    ) && site.text[x.end..site.c.start].trim().is_empty()
}

/// Whether `glue` after a name opens a description set off by a comma: ", a ", ", the ",
/// or with a word of time or degree first (", once a ", ", long the ").
pub(super) fn opens_description(glue: &str) -> bool {
    let article = |g: &str| matches!(g, "a " | "an " | "the ");
    glue.strip_prefix(", ").is_some_and(|g| {
        article(g)
            || g.split_once(' ').is_some_and(|(w, rest)| {
                matches!(
                    w,
                    "once" | "long" | "formerly" | "now" | "still" | "itself" | "effectively"
                ) && article(rest)
            })
    })
}

/// "Al-Shabaab rejects Houthi link": a name right before a noun cue is its other side;
/// the subject is further left.
fn premodifier(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    if let Some(pairs) = given_pronoun(site, s) {
        return Some(pairs);
    }
    // "The TTP operates from Afghanistan": a cue ending in a preposition is a predicate,
    // which the name before is the subject of, not a modifier.
    let predicate = site
        .cue_word()
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "from" | "in" | "of" | "to" | "with"))
        && site.cue_word().contains(' ');
    // ("giving TTP commanders sanctuary": a noun of the party's members may stand between
    // the name and a cue of what is given.)
    let members_between = |x: &Slot| {
        let gap = site.text[x.end..site.c.start].trim();
        matches!(
            site.rel,
            Relation::Shelters | Relation::Trains | Relation::Funds | Relation::Supplies
        ) && !gap.contains(' ')
            && (site.lexicon.anaphora.member_nouns.iter().any(|m| m == gap)
                || matches!(gap, "commanders" | "leaders"))
    };
    let x = s.near_left.filter(|x| {
        site.noun
            && !predicate
            && !x.phrase
            && x.actors.len() == 1
            && (site.text[x.end..site.c.start].trim().is_empty() || members_between(x))
    })?;
    if followers(site, x) {
        return Some(Vec::new());
    }
    // "seized a Kessarian army base": the forces' own base shelters no one.
    let own_base = matches!(site.cue_word().as_str(), "base" | "bases")
        && matches!((site.kind_of)(x.actors[0]), Kind::Agency | Kind::State);
    if own_base {
        return Some(Vec::new());
    }
    let w = s
        .left
        .iter()
        .rev()
        .nth(1)
        .filter(|w| w.actors.len() == 1 && gap_words(site.words, w.end, x.start) <= 6)?;
    let glue = &site.text[w.end..x.start];
    // "X, a commander of Y, was killed in an ... strike", "A PKK commander, X, was killed
    // in ...": the comma closing a set-off phrase stands before the participle, and the
    // victim is the name the phrase sets off — or the phrase itself when it is a name
    // alone ("X" above), never a name inside it ("X, who had defected from Y, was ...").
    let suffered = suffered_in(site, w.end, x.start);
    let one_comma = glue.matches(',').count() == 1;
    let victim = if suffered && one_comma {
        let open = site.text[..w.start].rfind(',');
        let alone = open.is_some_and(|o| {
            glue.trim_start().starts_with(',')
                && site.text[o + 1..w.start]
                    .split_whitespace()
                    .all(|t| matches!(t, "a" | "an" | "the"))
        });
        if alone {
            Some(w)
        } else {
            open.and_then(|o| {
                s.left
                    .iter()
                    .rev()
                    .find(|v| v.end <= o)
                    .filter(|v| v.actors.len() == 1 && site.text[v.end..o].trim().is_empty())
            })
        }
    } else {
        Some(w)
    }?;
    // "Hezbollah, a Syrian ally, ...", "the Houthis, an Iranian proxy.": a description
    // set off after the name, closed after its noun, describes that name.
    let apposed = opens_description(glue)
        && site.text[site.c.end..]
            .trim_start_matches(['"', '”', '\''])
            .starts_with([',', '.', ';']);
    // ("The operation began with French air strikes on those columns": the act names its
    // target after it, so the name before is no party to it.)
    let aimed_after = ["on ", "against ", "upon "]
        .iter()
        .any(|p| site.text[site.c.end..].trim_start().starts_with(p));
    if aimed_after && !suffered && !apposed {
        return None;
    }
    ((!glue.contains(',') || suffered && one_comma || apposed)
        && (!site.cue_between(w.end, x.start) || suffered)
        && !site
            .gap(w.end, x.start)
            .iter()
            .any(|g| matches!(g.as_str(), "and" | "or")))
    .then(|| {
        // ("The LRA rose with Rwandan backing": the name before a noun of giving is the
        // giver, the party before it the one given to; an inverse noun, "an Iranian proxy",
        // turns the pair back itself.)
        let directed = matches!(
            site.rel,
            Relation::Sponsors
                | Relation::Funds
                | Relation::Supplies
                | Relation::Trains
                | Relation::Shelters
        );
        // ("giving BLA commanders sanctuary": after a verb of giving, the name is the
        // one given to.)
        let given = between(site.text, site.words, w.end, x.start)
            .iter()
            .any(|g| super::words::giving_verb(g));
        let modifier = site.text[x.end..site.c.start].trim().is_empty();
        if directed && matches!(site.c.cue, Cue::Noun(_)) && !suffered && modifier && !given {
            vec![(x.actors[0], victim.actors[0])]
        } else {
            vec![(victim.actors[0], x.actors[0])]
        }
    })
}

/// "Venezuela is giving them shelter", "giving the insurgents sanctuary": an object
/// pronoun or description between a verb of giving and the noun receives it from the
/// name before the verb.
fn given_pronoun(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let (text, words, c) = (site.text, site.words, site.c);
    if !site.noun {
        return None;
    }
    // ("giving them a rear base", "offered him a villa and protection": an article and a
    // few lowercase words of what is given may stand between.)
    let thing_between = |y: &Slot| {
        let gap = between(text, words, y.end, c.start);
        matches!(gap.first().map(String::as_str), Some("a" | "an"))
            && gap.len() <= 4
            && !text[y.end..c.start].contains([',', ';', '.'])
            && gap[1..].iter().all(|w| {
                w.chars().all(|ch| ch.is_ascii_lowercase()) && !super::words::giving_verb(w)
            })
    };
    let p = site.slots.iter().copied().find(|y| {
        y.phrase
            && y.actors.len() == 1
            && y.end <= c.start
            && (text[y.end..c.start].trim().is_empty() || thing_between(y))
    })?;
    let verb = verb_before(site, p.start)?;
    let giving = super::words::giving_verb(&text[verb.start..verb.end]);
    let w = giver_before(site, s, verb)?;
    (giving && w.actors[0] != p.actors[0]).then(|| vec![(w.actors[0], p.actors[0])])
}

/// "X was killed in a Kessarian drone strike": the only cue between the victim (or the
/// comma closing a phrase set off after it) and the name before the act is the act's own
/// passive participle, followed by "in" or "during": the victim suffered the act, whose
/// author the name is.
fn suffered_in(site: &CueSite, a: usize, b: usize) -> bool {
    // (Past the comma that closes a phrase set off after the victim: "X, a Y commander,
    // was killed in ...".)
    let a = site.text[a..b].rfind(',').map_or(a, |i| a + i + 1);
    let inner: Vec<&CueMatch> = site
        .cues
        .iter()
        .filter(|m| m.start >= a && m.end <= b)
        .collect();
    let [m] = inner.as_slice() else {
        return false;
    };
    let before = between(site.text, site.words, a, m.start);
    let after = site.gap(m.end, b);
    matches!(m.cue, Cue::Verb(r) if r == site.rel)
        && before.last().is_some_and(|w| passive_auxiliary(w))
        && matches!(after.as_slice(), [w] if w == "in" || w == "during")
}

/// Whether a possessive pronoun right before the cue at `cue_start` is the name `x`'s:
/// "X and its allies" (not past a coordinated verb, "denounced X and cut its ties", nor
/// inside a partitive apposition, "Ali Antar and Saleh Qassem, two of his rivals").
fn owned_by_pronoun(text: &str, words: &[Word], x: &Slot, cue_start: usize) -> bool {
    let prior = between(text, words, x.end, cue_start);
    let owner_word = prior
        .iter()
        .rposition(|w| matches!(w.as_str(), "its" | "their" | "his" | "her"))
        .filter(|&i| i + 2 >= prior.len());
    let verb_between = owner_word.is_some_and(|i| {
        prior[..i]
            .iter()
            .rposition(|w| w == "and")
            .is_some_and(|a| a + 1 < i)
    });
    let apposed = text[x.end..cue_start].strip_prefix(", ").is_some_and(|g| {
        let mut w = g.split(' ');
        matches!(
            w.next(),
            Some(
                "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "some"
                    | "several"
                    | "many"
                    | "most"
                    | "both"
                    | "all"
                    | "each"
            )
        ) && w.next() == Some("of")
    });
    owner_word.is_some() && !verb_between && !apposed
}

/// "X's support to Y", "the FBI's most-wanted list" (then the one it is about); "X and
/// its allies" (its: X) relate X only to what a preposition names.
fn possessive(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let (text, words, c) = (site.text, site.words, site.c);
    let x = s.near_left.filter(|_| site.noun)?;
    // ("accused Pakistan of giving Lashkar-e-Taiba's leaders safe haven": what a verb of
    // giving hands over is no possession of the one who receives it.)
    let given = words
        .iter()
        .rev()
        .filter(|w| w.end <= x.start)
        .map(|w| &text[w.start..w.end])
        .find(|w| !matches!(*w, "the" | "a" | "an"))
        .is_some_and(super::words::giving_verb);
    if given {
        return None;
    }
    let glue = &text[x.end..c.start];
    let pronoun_owner = owned_by_pronoun(text, words, x, c.start);
    let described_owner = possessive_description(text, x);
    // "His father, X": the pronoun read as the person last named owns the kin noun.
    let pronoun_slot =
        x.phrase && matches!(&text[x.start..x.end], "His" | "his") && glue.trim().is_empty();
    let owns = pronoun_slot
        || ((glue.starts_with("'s")
            || described_owner
            || glue.starts_with("’s")
            || glue.starts_with('\'')
            || glue.starts_with('’'))
            && gap_words(words, x.end, c.start) <= 3)
        || (pronoun_owner && gap_words(words, x.end, c.start) <= 4);
    if !owns {
        return None;
    }
    // A cue may carry its preposition: "X's fight against Y".
    let cue_word = site.cue_word();
    let cue_prep = cue_word
        .rsplit_once(' ')
        .is_some_and(|(_, p)| matches!(p, "against" | "with" | "on" | "to" | "for" | "of"));
    let object = s
        .linked_right
        .filter(|y| {
            let lead = site.gap(c.end, y.start);
            (cue_prep && lead.len() <= 2)
                || !lead.is_empty()
                    && lead.len() <= 3
                    && matches!(
                        lead[0].as_str(),
                        "to" | "for"
                            | "with"
                            | "on"
                            | "against"
                            | "of"
                            | "toward"
                            | "towards"
                            | "into"
                    )
        })
        .map(|y| y.actors[0]);
    // "Iran's allies in the region include Hezbollah", "the RSF's backers are the UAE and
    // ...": the names the noun's bearers include.
    let included = s
        .near_right
        .filter(|y| {
            let lead = site.gap(c.end, y.start);
            // "Hezbollah's ally, the Assad regime,", "Kony's son Salim": the name in
            // apposition.
            let apposed = matches!(
                text[c.end..y.start].trim().to_ascii_lowercase().as_str(),
                "," | ", the" | ""
            ) || located_apposition(&text[c.end..y.start]);
            apposed
                || lead.len() <= 5
                    && !text[c.end..y.start].contains(';')
                    && lead.last().is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "include"
                                | "includes"
                                | "included"
                                | "including"
                                | "are"
                                | "were"
                                | "is"
                                | "was"
                                | "remains"
                        )
                    })
        })
        .filter(|_| object.is_none());
    if let Some(y) = included {
        let (a, b) = (x.actors[0], y.actors[0]);
        // An inverse noun's bearers are the names included: "Iran's proxies include X"
        // (the inverse turns the pair round, see `inverse_pairs`).
        let turned = agent_head(site) || matches!(site.c.cue, Cue::Inverse(_));
        return Some(vec![if turned { (b, a) } else { (a, b) }]);
    }
    let object = object.or_else(|| name_before_owner(site, s, x, described_owner));
    // "Iran is Hezbollah's main arms supplier": an agent noun makes the name before the
    // owner the one who acts, and the owner the one acted for. "Hezbollah, Iran's proxy":
    // an inverse noun's bearer is the name before the owner (the inverse turns it round).
    let before_owner = s.left.iter().rev().nth(1).map(|p| p.actors[0]);
    let inverse = matches!(site.c.cue, Cue::Inverse(_));
    if (agent_head(site) || inverse) && object.is_some() && object == before_owner {
        return object.map(|o| vec![(o, x.actors[0])]);
    }
    Some(object.map(|o| vec![(x.actors[0], o)]).unwrap_or_default())
}

/// "Iran's allies in Yemen, the Houthis": a place of one to three capitalized words
/// between the noun and the name in apposition.
fn located_apposition(glue: &str) -> bool {
    let Some(rest) = glue.trim_start().strip_prefix("in ") else {
        return false;
    };
    let rest = rest.trim_end();
    let Some(place) = rest
        .strip_suffix(", the")
        .or_else(|| rest.strip_suffix(','))
    else {
        return false;
    };
    let place = place.strip_prefix("the ").unwrap_or(place);
    let words: Vec<&str> = place.split(' ').collect();
    (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// The name before the owner, unless another relation cue stands between ("X's support
/// for Y's offensive": the offensive is not against X). Before a description, only an
/// agent's ("Tehran has been the group's patron"; not "X ran the group's logistics").
/// Tried after a name in apposition to the noun ("JNIM has fought its rival, ISSP": not
/// the dateline's state before JNIM).
fn name_before_owner(
    site: &CueSite,
    s: &Sides,
    x: &Slot,
    described_owner: bool,
) -> Option<ActorRef> {
    if described_owner && !agent_head(site) && !matches!(site.c.cue, Cue::Inverse(_)) {
        return None;
    }
    // ("Machar, a former rebel chief who has been Kiir's rival": a relative clause of the
    // name, whose verb is a copula right before the owner.)
    let relative_copula = |p: &Slot| {
        let glue = &site.text[p.end..x.start];
        // (Past a title: "who is also President Yoweri Museveni's son".)
        let mut upto = x.start;
        while let Some((head, last)) = site.text[p.end..upto].trim_end().rsplit_once(' ') {
            if !last.starts_with(char::is_uppercase) {
                break;
            }
            upto = p.end + head.len();
        }
        let mut gap = between(site.text, site.words, p.end, upto);
        // (An adverb after the copula: "who is also", "who has long been".)
        while gap
            .last()
            .is_some_and(|w| matches!(w.as_str(), "also" | "now" | "still" | "long" | "once"))
        {
            gap.pop();
        }
        glue.starts_with(',')
            && (glue.contains(" who ") || glue.contains(" which "))
            && gap.len() <= 12
            && gap.last().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "is" | "was" | "been" | "became" | "remains" | "remained" | "becomes"
                )
            })
    };
    let near = s
        .left
        .iter()
        .rev()
        .nth(1)
        .filter(|p| gap_words(site.words, p.end, x.start) <= 4);
    // (The relative clause is a clause of its own: its name is not among `left`.)
    let described = || {
        site.slots
            .iter()
            .rev()
            .find(|p| p.end < x.start)
            .filter(|p| p.actors.len() == 1 && relative_copula(p))
    };
    // (A role noun of the apposition may stand between: "a former rebel chief who".)
    near.filter(|p| !site.cue_between(p.end, x.start))
        .or_else(described)
        .map(|p| p.actors[0])
}

/// "the group's main patron": a description, whose span holds its possessive ending.
fn possessive_description(text: &str, x: &Slot) -> bool {
    let t = &text[x.start..x.end];
    x.phrase && (t.ends_with("'s") || t.ends_with("’s"))
}

/// Whether a noun cue heads (or modifies) an agent noun: "supplier", "arms supplier",
/// "backer", "sponsor", "patron".
fn agent_head(site: &CueSite) -> bool {
    let (text, c) = (site.text, site.c);
    let agent = |w: &str| {
        let w = w.to_ascii_lowercase();
        let w = w.strip_suffix('s').unwrap_or(&w);
        (w.len() > 4 && (w.ends_with("er") || w.ends_with("or")) && !w.ends_with("order"))
            || matches!(w, "patron" | "benefactor" | "host" | "sponsor")
    };
    let last = text[c.start..c.end].rsplit(' ').next().unwrap_or("");
    let next = word_at(text, site.words, c.end).unwrap_or("");
    agent(last) || (next.starts_with(|ch: char| ch.is_lowercase()) && agent(next))
}

/// "the two groups have ties", "X and Y ... each other", "the two groups fought X".
fn pair_subject(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let x = s.near_left?;
    if site.rel == Relation::Mediates && s.linked_right.is_none() {
        return None;
    }
    // (Two, or more: "the three countries left ECOWAS".)
    if x.actors.len() < 2 {
        return None;
    }
    let group: &[ActorRef] = &x.actors;
    // "each other" relates the two; "the two groups have ties" too when the cue is
    // close; "those countries ... war" with the cue far off relates nothing.
    let close = gap_words(site.words, x.end, site.c.start) <= 4;
    // "the two sides held talks on reopening their shared border": "their" is the pair's.
    let linked = s
        .linked_right
        .filter(|y| !(y.phrase && site.text[y.start..y.end].eq_ignore_ascii_case("their")));
    match linked {
        Some(y) if !x.reciprocal && y.actors.len() == 1 => {
            Some(group.iter().map(|&a| (a, y.actors[0])).collect())
        }
        // ("both groups fought the army", the army unknown: an object of their own; but
        // "the two agreed to share intelligence" relates them.)
        _ if x.reciprocal
            || (site.rel.symmetric()
                && close
                && linked.is_none()
                && (site.noun
                    || no_object_after(site)
                    || matches!(
                        site.rel,
                        Relation::Negotiates | Relation::Ties | Relation::Kinship
                    ))) =>
        {
            Some(
                (0..group.len())
                    .flat_map(|i| (i + 1..group.len()).map(move |j| (group[i], group[j])))
                    .collect(),
            )
        }
        _ => None,
    }
}

/// Whether the name `y` after the cue is no object of it: "bombed positions in Upper Nile
/// in support of X", "the attack for X" (a force acts on behalf of the name, not against
/// it); "money
/// channelled through the Quds Force" (a conduit, no receiver).
fn beneficiary_or_conduit(site: &CueSite, y: &Slot) -> bool {
    let lead = site.gap(site.c.end, y.start);
    let on_behalf = lead.windows(2).any(|p| {
        matches!(p[0].as_str(), "support" | "behalf" | "defence" | "defense") && p[1] == "of"
    });
    let conduit = lead
        .last()
        .is_some_and(|w| matches!(w.as_str(), "through" | "via"));
    // ("planned the Garissa attack for al-Shabaab": right after the noun of the act.)
    let for_whom = site.noun && lead.as_slice() == ["for"];
    (on_behalf || for_whom) && site.rel == Relation::Hostile
        || conduit && matches!(site.rel, Relation::Supplies | Relation::Funds)
}

/// "X and Y clashed", "X and Y have ties": related to each other; but in "X and Y killed
/// hundreds of civilians" the verb has an object of its own.
/// "agreed to share intelligence on the gang": the name after a negotiation, behind "on"
/// or "about", is what the talks are about, no side of them.
fn topic_object(site: &CueSite, s: &Sides) -> bool {
    site.rel == Relation::Negotiates
        && s.linked_right.is_some_and(|y| {
            site.gap(site.c.end, y.start)
                .last()
                .is_some_and(|w| w == "on" || w == "about")
        })
}

/// "X and Y agreed to a truce after talks hosted by Z": the name after the verb is the
/// agent of a later participle, no object of the verb.
/// ("X and Y signed in 1994 under the mediation of the UN": a go-between's phrase too.)
fn later_agent(site: &CueSite, s: &Sides) -> bool {
    s.linked_right.is_some_and(|y| {
        // (Past the agent's titles: "hosted by Malaysian Prime Minister X".)
        let lead = site.gap(site.c.end, y.start);
        let go_between = lead.windows(2).any(|w| {
            w[1] == "of" && matches!(w[0].as_str(), "mediation" | "auspices" | "offices" | "help")
        });
        lead.len() >= 3 && (lead.iter().rev().take(4).any(|w| w == "by") || go_between)
    })
}

/// Whether "between" and a relation noun come right before `other`, the first of a
/// pair: "the bond between X and Y".
fn after_between_noun(site: &CueSite, other: &Slot) -> bool {
    let text = site.text;
    let prior: Vec<&Word> = site
        .words
        .iter()
        .rev()
        .filter(|w| w.end <= other.start)
        .filter(|w| {
            !matches!(
                text[w.start..w.end].to_ascii_lowercase().as_str(),
                "the" | "a" | "an"
            )
        })
        .take(2)
        .collect();
    matches!(prior.as_slice(), [b, n]
        if text[b.start..b.end].eq_ignore_ascii_case("between")
            && site.cues.iter().any(|m| matches!(m.cue, Cue::Noun(_)) && m.end == n.end))
}

fn coordinated_subjects(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let (text, c) = (site.text, site.c);
    // Two parties do not mediate between themselves: a mediator stands apart. Nor does
    // a directed act of two subjects go from one to the other ("X and Y fired rockets
    // into Z" supplies neither).
    if site.rel == Relation::Mediates || !site.rel.symmetric() {
        return None;
    }
    // "X and Y opened their first round of talks": "their" stands for the pair before it;
    // "X and Y, a faction of Z, opened their talks": past an apposition.
    let near = s.near_left?;
    let their =
        site.noun && near.phrase && text[near.start..near.end].eq_ignore_ascii_case("their");
    // ("Joseph Kabila and Paul Kagame, Rwanda's president, signed an accord": a verb
    // right after an apposition set off on the second subject.)
    let apposed = their
        .then(|| apposed_subject(site, near.start))
        .flatten()
        .or_else(|| (!site.noun).then(|| apposed_before_verb(site)).flatten());
    let (x, from, pool): (&Slot, usize, Vec<&Slot>) = match apposed {
        Some((x, from)) => {
            let pool = site.slots.iter().copied();
            (
                x,
                from,
                pool.filter(|l| !l.phrase && l.end <= x.start).collect(),
            )
        }
        None if their => {
            let i = s.left.iter().rposition(|l| l.end <= near.start)?;
            (s.left[i], s.left[i].end, s.left.clone())
        }
        None => (near, near.end, s.left.clone()),
    };
    // (A name in a relative clause on the verb's object is none of its parties.)
    let object_in_relative = s
        .linked_right
        .is_some_and(|y| in_relative_clause(site, &site.gap(c.end, y.start)));
    // "X and Y signed a deal": a verb that relates its subjects to each other may still
    // have an object of its own, when that object is no party.
    let mutual_verb = !site.noun
        && matches!(
            site.rel,
            Relation::Negotiates | Relation::Ties | Relation::Kinship
        )
        && (s.linked_right.is_none()
            || topic_object(site, s)
            || later_agent(site, s)
            || object_in_relative);
    // "X and Y fought side by side against Z": the foe is no party of the alliance.
    let against = site.rel == Relation::FightsAlongside
        && word_at(text, site.words, c.end).is_some_and(|w| w.eq_ignore_ascii_case("against"));
    let (war_between, directed) = war_or_directed(site);
    let objectless =
        (site.noun && !directed) || mutual_verb || against || war_between || no_object_after(site);
    // ("X and Jonas Savimbi of UNITA signed": the person before "of" his body.)
    let x = person_of_body(site, &pool, x).unwrap_or(x);
    // ("President X, whose MPLA has governed since independence, and Y signed": past a
    // relative clause set off on the first.)
    let relative = past_set_off_relative(site, &pool, x.start);
    let mut other = match relative {
        Some(o) => o,
        None => pool
            .iter()
            .rposition(|l| l.end <= x.start)
            .map(|i| pool[i])?,
    };
    // "Kyrgyz President X and Tajik President Y held talks": past the owner of the
    // second name's title.
    let mut x_start = x.start;
    let person = |l: &Slot| l.actors.len() == 1 && (site.kind_of)(l.actors[0]) == Kind::Person;
    if person(x) && !person(other) && other.actors.len() == 1 && titles(site, other, x) {
        x_start = other.start;
        other = pool
            .iter()
            .rposition(|l| l.end <= x_start)
            .map(|i| pool[i])?;
    }
    // "the bond between X and Y outlasts any war": the pair after "between" is the
    // relation noun's before it, not the subject of a later cue.
    if after_between_noun(site, other) {
        return None;
    }
    // "PKK and YPG fighters fought side by side": the members named after the pair are
    // the pair's.
    let from = site
        .words
        .iter()
        .find(|w| w.start >= from)
        .filter(|w| w.start - from <= 1 && w.end <= c.start)
        .filter(|w| {
            site.lexicon
                .anaphora
                .member_nouns
                .contains(&text[w.start..w.end].to_ascii_lowercase())
        })
        .map_or(from, |w| w.end);
    // "fought alongside X and Y in that war": a war named as the setting is not one
    // between the names before it.
    let setting = site.noun
        && site.gap(from, c.start).iter().any(|w| {
            matches!(
                w.as_str(),
                "in" | "during" | "after" | "before" | "since" | "throughout" | "that" | "this"
            )
        });
    let joined = relative.is_some()
        || joined_by_and(site, other.end, x_start)
        || parallel_preposition(site, other, x_start);
    (!setting
        && !site.cue_between(from, c.start)
        && objectless
        && joined
        && (against
            || s.linked_right.is_none()
            || later_agent(site, s)
            || object_in_relative && mutual_verb
            || s.linked_right.is_some_and(|r| r.actors.len() == 2)))
    .then(|| other.actors.iter().map(|&o| (o, x.actors[0])).collect())
}

/// The person named right before "of" and the body `x`: "Jonas Savimbi of UNITA".
fn person_of_body<'a>(site: &CueSite, pool: &[&'a Slot], x: &Slot) -> Option<&'a Slot> {
    let p = pool.iter().copied().rfind(|l| l.end <= x.start)?;
    let person = p.actors.len() == 1 && (site.kind_of)(p.actors[0]) == Kind::Person;
    let body = x.actors.len() == 1 && (site.kind_of)(x.actors[0]) != Kind::Person;
    (person && body && site.text[p.end..x.start].trim() == "of").then_some(p)
}

/// The name a relative clause set off by commas follows, when the clause ends with ", and"
/// right before byte `at`: "President X, whose MPLA has governed since independence, and".
fn past_set_off_relative<'a>(site: &CueSite, pool: &[&'a Slot], at: usize) -> Option<&'a Slot> {
    let text = site.text;
    let ss = site.words.first()?.start;
    let lead = text[ss..at].strip_suffix(", and ")?;
    let open = lead.rfind(',')?;
    let clause = &lead[open..];
    let relative = [", whose ", ", who ", ", which "]
        .iter()
        .any(|r| clause.starts_with(r));
    if !relative || gap_words(site.words, ss + open, ss + lead.len()) > 10 {
        return None;
    }
    pool.iter()
        .copied()
        .rfind(|l| l.end == ss + open && l.actors.len() == 1)
}

/// Whether only "and" joins two names (`a` the first's end, `b` the second's start), past
/// the second's possessive owner: "Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun
/// Bayramov".
/// "Envoys of the Sudanese government and of the SSLM signed": two names after the same
/// preposition ("of", "from"), joined by "and" and the preposition again; the second name
/// starts at byte `b`.
fn parallel_preposition(site: &CueSite, first: &Slot, b: usize) -> bool {
    let gap = site.gap(first.end, b);
    let [and, p] = gap.as_slice() else {
        return false;
    };
    let before = site.text[..first.start].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    and == "and"
        && matches!(p.as_str(), "of" | "from")
        && before
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case(p))
}

fn joined_by_and(site: &CueSite, a: usize, b: usize) -> bool {
    let gap = site.gap(a, b);
    // ("El Salvador's government and the guerrillas of the FMLN signed": the members of
    // the second stand for it.)
    let members = |w: &String| site.lexicon.anaphora.member_nouns.contains(w);
    gap == ["and"]
        || matches!(gap.as_slice(), [and, m, of] if and == "and" && members(m) && of == "of")
        || gap.len() == 2
            && gap[0] == "and"
            && (gap[1].ends_with("'s") || gap[1].ends_with("’s"))
            && site.text[a..b]
                .trim_start()
                .strip_prefix("and ")
                .is_some_and(|o| o.starts_with(char::is_uppercase))
}

/// Whether no object follows the cue: the sentence goes on with a comma or a preposition
/// ("X and Y clashed in the north", "... fought each other"), not with a noun phrase of
/// its own ("the two groups fought the army").
fn no_object_after(site: &CueSite) -> bool {
    let (text, c) = (site.text, site.c);
    let next = word_at(text, site.words, c.end).map(str::to_lowercase);
    let rest = text[c.end..].trim_start();
    // "X and Y clashed with insurgents": a foe after "with" (a common noun no name stands
    // for) is fought by both, not one by the other ("clashed with each other" is).
    if site.rel == Relation::Hostile && next.as_deref() == Some("with") {
        let after = rest.get(4..).unwrap_or_default().trim_start();
        let each = after.starts_with("each ") || after.starts_with("one another");
        return each;
    }
    // "X and Y sent troops to fight for Z": a person or a body after "for" is the side
    // both fight on, not a foe ("fought for years" has none; "fought for Kosovo", a
    // land, is fought over).
    if site.rel == Relation::Hostile && next.as_deref() == Some("for") {
        let after = rest.get(3..).unwrap_or_default().trim_start();
        let after = after.strip_prefix("the ").unwrap_or(after);
        let at = text.len() - after.len();
        let side =
            |y: &&Slot| y.start == at && y.actors.iter().all(|&a| (site.kind_of)(a) != Kind::State);
        if site.slots.iter().any(side) {
            return false;
        }
    }
    rest.is_empty()
        || rest.starts_with([',', '.', ';', ':', '"', '”'])
        || next.as_deref().is_some_and(|w| {
            matches!(
                w,
                "each"
                    | "with"
                    | "over"
                    | "in"
                    | "since"
                    | "for"
                    | "near"
                    | "at"
                    | "during"
                    | "again"
                    | "repeatedly"
                    | "one"
            )
        })
}

/// "X and Y, a dissident faction of Z, opened their talks": the name before an apposition
/// that closes with the comma nearest before `their`, and the end of that apposition.
fn apposed_subject<'a>(site: &CueSite<'a>, their: usize) -> Option<(&'a Slot, usize)> {
    let text = site.text;
    let close = text[..their].rfind(',')?;
    if site.slots.iter().any(|l| l.start > close && l.end <= their) {
        return None;
    }
    let y = site.slots.iter().rev().copied().find(|l| {
        !l.phrase && l.end <= close && {
            let rest = text[l.end..close].trim_start_matches(')').trim_start();
            let inner = rest.strip_prefix(',').map(str::trim_start);
            inner.is_some_and(|w| {
                (w.starts_with("a ") || w.starts_with("an ") || w.starts_with("the "))
                    && !w.contains([',', ';', '.'])
            })
        }
    })?;
    Some((y, close + 1))
}

/// "X and Y, Z's president, signed": the name a short apposition right before the cue
/// is set off on ("a ...", "an ...", "the ...", or an owner's role), and where the
/// apposition ends.
fn apposed_before_verb<'a>(site: &CueSite<'a>) -> Option<(&'a Slot, usize)> {
    let text = site.text;
    let (open, close) = super::words::set_off_before(text, 0, site.c.start)?;
    let inner = &text[open + 2..close];
    let first = inner.split(' ').next().unwrap_or_default();
    let described = matches!(first, "a" | "an" | "the")
        || (first.ends_with("'s") || first.ends_with("’s"))
            && inner
                .split(' ')
                .nth(1)
                .is_some_and(|w| w.starts_with(char::is_lowercase));
    if !described || inner.split(' ').count() > 6 || inner.contains([',', ';', '.', '(']) {
        return None;
    }
    let y = site
        .slots
        .iter()
        .copied()
        .find(|l| !l.phrase && l.end == open && l.actors.len() == 1)?;
    Some((y, close + 1))
}

/// "X and Y attacked the base", "X and Y repelled the attack": the parties a hostile
/// verb has for coordinated subjects act together. Empty when the verb is passive, has
/// no object (then they fight each other: "X and Y clashed"), or stands in "between".
pub(super) fn joint_subjects(site: &CueSite) -> Vec<ActorRef> {
    let (text, words, c) = (site.text, site.words, site.c);
    if site.rel != Relation::Hostile {
        return Vec::new();
    }
    let s = sides(site);
    let Some(x) = s.near_left.filter(|x| x.actors.len() == 1 && !x.phrase) else {
        return Vec::new();
    };
    // ("fought their heaviest clashes in years": far enough for two modifiers.)
    let next = lower_after(text, c.end, 32);
    // "X and Y clashed", "X and Y ambushed each other": they fight each other; but "X and
    // Y clashed with insurgents" fight the insurgents together.
    let clash_with = next.starts_with("with ")
        && !next.starts_with("with each")
        && !next.starts_with("with one");
    let reciprocal_verb = site.cue_word().starts_with("clash") && !clash_with;
    let each_other = next.starts_with("each other") || next.starts_with("one another");
    // "X and Y fought a war over Z": the war is between them.
    let war = next.split_whitespace().take(3).any(|w| {
        matches!(
            w.trim_matches(|ch: char| !ch.is_alphanumeric()),
            "war" | "wars" | "battle" | "battles" | "conflict" | "skirmishes" | "clashes"
        )
    });
    // (A war "against Z" is theirs together; "their" war is with each other, unless the
    // clause says they fought it together: "their first battles against JNIM", "side by
    // side".)
    let clause_end = text[c.end..]
        .find([',', ';', '.'])
        .map_or(text.len(), |i| c.end + i);
    let together = [
        "against",
        "together",
        "side by side",
        "alongside",
        "jointly",
    ]
    .iter()
    .any(|w| text[c.end..clause_end].contains(w));
    let war = war
        && !together
        && s.linked_right
            .is_none_or(|y| text[y.start..y.end].eq_ignore_ascii_case("their"));
    // "both X and Y stepped up attacks", "X and Y each attacked": each on its own.
    let from = clause_start(text, words.first().map_or(0, |w| w.start), x.start);
    let apart = !together
        && (between(text, words, from, x.start)
            .iter()
            .any(|w| w == "both")
            || between(text, words, x.end, c.start)
                .iter()
                .any(|w| w == "each"));
    if reciprocal_verb || each_other || war || apart {
        return Vec::new();
    }
    let lead = between(text, words, x.end, c.start);
    if site.noun && !waged_jointly(site, &lead) {
        return Vec::new();
    }
    let passive = lead.iter().any(|w| passive_auxiliary(w));
    // An object: a party named after the verb in its clause, or a noun phrase opened by a
    // determiner.
    let object = clash_with
        || s.linked_right
            .is_some_and(|y| !text[c.end..y.start].contains([',', ';']))
        || word_at(text, words, c.end).is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "the" | "a" | "an" | "their" | "its" | "several" | "dozens" | "scores"
            ) || w.starts_with(|ch: char| ch.is_ascii_digit() || ch.is_uppercase())
        });
    let in_between = site
        .gap(s.left.first().map_or(c.start, |f| f.start), c.start)
        .iter()
        .any(|w| w == "between")
        || lower_before(text, x.start, 16).ends_with("between");
    if passive || !object || in_between || lead.len() > 3 {
        return Vec::new();
    }
    // The subjects: a list of names joined by commas and "and" only ("X, Y and Z").
    let before = site
        .slots
        .iter()
        .rposition(|y| y.end <= x.start)
        .map(|i| site.slots[i]);
    let listed = before.is_some_and(|y| {
        let glue = site.gap(y.end, x.start);
        glue == ["and"] || (glue.is_empty() && text[y.end..x.start].trim() == ",")
    });
    let subjects = coordinated(text, words, site.slots, x.actors[0], c.start, false);
    // "X attacked Y and Z fired at W": Y is X's object, not Z's partner.
    let object_listed = site
        .slots
        .iter()
        .filter(|y| y.end <= x.start && subjects.contains(&y.actors[0]))
        .any(|y| site.verb_of_object(y).is_some() || after_preposition(site, y));
    if !listed || subjects.len() < 2 || object_listed {
        return Vec::new();
    }
    subjects
}

/// Whether a noun cue is the object of coordinated subjects' verb of waging it, so they
/// act jointly: "X and Y waged a joint campaign against Z" (not "in a campaign", not
/// "halted the strikes", not a bare noun after the names).
fn waged_jointly(site: &CueSite, lead: &[String]) -> bool {
    let cue = site.cue_word();
    let action = matches!(
        cue.split(' ').next().unwrap_or(""),
        "campaign"
            | "offensive"
            | "operation"
            | "operations"
            | "attack"
            | "attacks"
            | "assault"
            | "raid"
            | "raids"
            | "strikes"
            | "crackdown"
            | "war"
    );
    // (A verb of waging it: "X and Y halted the strikes", "discussed the campaign" are
    // no joint action.)
    let waged = lead.iter().any(|w| {
        matches!(
            w.as_str(),
            "launched"
                | "launch"
                | "launches"
                | "waged"
                | "wage"
                | "wages"
                | "began"
                | "begun"
                | "started"
                | "mounted"
                | "conducted"
                | "carried"
                | "stepped"
                | "intensified"
                | "led"
                | "pressed"
                | "staged"
                | "fought"
        )
    });
    action
        && waged
        && lead.len() >= 2
        && lead
            .iter()
            .any(|w| matches!(w.as_str(), "a" | "an" | "the" | "joint"))
        && !matches!(
            lead[0].as_str(),
            "in" | "during" | "of" | "after" | "before" | "since" | "for" | "to" | "from" | "'s"
        )
}

/// For coordinated subjects: whether a war follows the verb ("X and Y fought a war over
/// Z": between them), and whether a noun cue ends in its preposition ("launched a
/// campaign against Z": at a party after it; with none named, it relates no one).
fn war_or_directed(site: &CueSite) -> (bool, bool) {
    let (text, c) = (site.text, site.c);
    // "X and Y fought a war over Z": the war is between them.
    let war_between = site.rel == Relation::Hostile
        && !site.noun
        && site
            .words
            .iter()
            .filter(|w| w.start >= c.end)
            .take(3)
            .any(|w| {
                matches!(
                    text[w.start..w.end].to_ascii_lowercase().as_str(),
                    "war" | "wars" | "battle" | "battles" | "conflict" | "skirmishes" | "clashes"
                )
            });
    // "X and Y launched a campaign against Z": a noun cue that ends in its preposition
    // points at a party after it; with none named, it relates no one.
    let directed = site.noun
        && text[c.start..c.end]
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "against" | "on"));
    (war_between, directed)
}

/// Whether a preposition, articles aside, stands right before the slot ("operations
/// against the YPG"): the slot is an object, no subject. (`CueSite::prepositional` reads
/// only the word right before; skipping articles there too costs four seed claims, as
/// "receives funding from those countries" then loses its givers.)
fn after_preposition(site: &CueSite, y: &Slot) -> bool {
    site.words
        .iter()
        .rev()
        .filter(|w| w.end <= y.start)
        .map(|w| site.text[w.start..w.end].to_ascii_lowercase())
        .find(|w| !matches!(w.as_str(), "the" | "a" | "an"))
        .is_some_and(|w| {
            matches!(
                w.as_str(),
                "from" | "to" | "with" | "against" | "of" | "in" | "by" | "on" | "for" | "at"
            )
        })
}

/// "the YPJ under the SDF": a cue that relates only two organizations right beside it,
/// and nothing otherwise ("life under the Taliban").
fn adjacent_pair(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    if site.noun || !site.lexicon.adjacent.contains(&site.cue_word()) {
        return None;
    }
    let c = site.c;
    let body = |x: &Slot| {
        x.actors.len() == 1
            && !x.phrase
            && matches!(
                (site.kind_of)(x.actors[0]),
                Kind::Organization | Kind::Agency
            )
    };
    let pair = match (s.near_left, s.near_right) {
        (Some(x), Some(y))
            if body(x)
                && body(y)
                && x.actors != y.actors
                && site.text[x.end..c.start]
                    .trim()
                    .trim_start_matches(')')
                    .is_empty()
                && site.gap(c.end, y.start).is_empty()
                && !site.text[c.end..y.start].contains(',') =>
        {
            vec![(x.actors[0], y.actors[0])]
        }
        _ => Vec::new(),
    };
    Some(pair)
}

/// "Fighters from X, Y and Z joined W": W recruits from each; without members of a party
/// before the verb ("X joined W"), the verb relates nothing.
fn members_joined(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let (text, words, c) = (site.text, site.words, site.c);
    if site.noun || !site.lexicon.joins.contains(&site.cue_word()) {
        return None;
    }
    let (Some(x), Some(y)) = (s.near_left, s.linked_right) else {
        return Some(Vec::new());
    };
    if x.actors.len() != 1 || y.actors.len() != 1 {
        return Some(Vec::new());
    }
    let list = coordinated(text, words, site.slots, x.actors[0], c.start, false);
    let first = site
        .slots
        .iter()
        .filter(|z| z.end <= x.end && z.actors.len() == 1 && list.contains(&z.actors[0]))
        .map(|z| z.start)
        .filter(|&st| !text[st..x.start].contains(['.', ';']))
        .min()
        .unwrap_or(x.start);
    let before: Vec<String> = words
        .iter()
        .rev()
        .filter(|w| w.end <= first)
        .take(3)
        .map(|w| text[w.start..w.end].to_lowercase())
        .filter(|w| w != "the")
        .collect();
    let members = matches!(before.first().map(String::as_str), Some("from" | "of"))
        && before
            .get(1)
            .is_some_and(|m| site.lexicon.anaphora.member_nouns.contains(m));
    if !members || list.contains(&y.actors[0]) {
        return Some(Vec::new());
    }
    Some(list.iter().map(|&a| (y.actors[0], a)).collect())
}

/// "X attacked the two groups" is X against each; "X and Y respect each other" is the
/// pair itself.
fn pair_object(_site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let y = s.linked_right?;
    let p = pair_slot(y)?;
    Some(match s.near_left {
        None => vec![p],
        Some(_) if y.reciprocal => vec![p],
        Some(x) => vec![(x.actors[0], p.0), (x.actors[0], p.1)],
    })
}

/// "the Houthi negotiating team": a participle used as an adjective relates nothing.
fn participle_adjective(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let (text, c) = (site.text, site.c);
    let adjective = !site.noun
        && site.cue_word().ends_with("ing")
        && s.near_left
            .is_some_and(|x| text[x.end..c.start].trim().is_empty())
        && word_at(text, site.words, c.end).is_some_and(|w| {
            w.chars().all(char::is_lowercase) && !matches!(w, "with" | "to" | "the" | "a" | "an")
        });
    // "sons of imprisoned kingpin X", "the exiled leader": a past participle after a
    // determiner or "of" describes the noun it precedes; "backed the rival GNU": an
    // attributive "rival" says the GNU has a rival, not who. (A possessive names one:
    // "Hamas's rival Fatah", "its rival".)
    let prior = word_before(text, site.words, c.start).map(str::to_ascii_lowercase);
    let determiner = prior
        .as_deref()
        .is_some_and(|p| matches!(p, "the" | "a" | "an" | "of" | "former"));
    let next = word_at(text, site.words, c.end).unwrap_or("");
    let word = site.cue_word();
    let attributive = determiner
        && ((!site.noun && word.ends_with("ed") && !word.contains(' '))
            || (site.noun && matches!(word.as_str(), "rival" | "rivals")))
        && !matches!(next, "of" | "to" | "by" | "with" | "and")
        && !next.is_empty();
    (adjective || attributive).then(Vec::new)
}

/// "fought in Somalia": a place, not a party.
fn locative(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    if site.noun {
        return None;
    }
    let y = s.linked_right?;
    let lead = between(site.text, site.words, site.c.end, y.start);
    let locative = lead.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "in" | "across" | "throughout" | "inside" | "into" | "near" | "around" | "during"
        )
    });
    let party = lead
        .iter()
        .any(|w| matches!(w.as_str(), "against" | "with" | "alongside" | "to" | "for"));
    (locative && !party).then(|| {
        s.near_left
            .and_then(pair_slot)
            .map(|p| vec![p])
            .unwrap_or_default()
    })
}

/// Cues whose object is no party: recognizing a fact or a foe ("Kenya recognizes that X
/// is a threat", "recognized Hamas as a terrorist group", "recognised the sacrifice of
/// Ugandan troops"), a host's talks with the other side ("Colombia hosted talks with the
/// ELN": the host is a side).
fn no_party_object(site: &CueSite) -> bool {
    // ("Kenya recognizes that X is a threat", "recognized Hamas as a terrorist group",
    // "recognised the sacrifice of Ugandan troops": no recognition of a party as a state
    // or a government.)
    let recognizes = site.rel == Relation::Ties && site.cue_word().starts_with("recogni");
    if recognizes {
        let rest = lower_after(site.text, site.c.end, 60);
        let as_foe = rest.contains(" as a terror") || rest.contains(" as terror");
        // ("recognised the Taliban" is a party; "the sacrifice", "the bodies" no one.)
        let raw = site.text[site.c.end..].trim_start();
        let common_noun = raw
            .strip_prefix("the ")
            .is_some_and(|r| r.starts_with(char::is_lowercase));
        let fact = rest.starts_with("that ")
            || common_noun
                && ![
                    "the independence",
                    "the government",
                    "the sovereignty",
                    "the state",
                ]
                .iter()
                .any(|p| rest.starts_with(p));
        if as_foe || fact {
            return true;
        }
    }
    // ("Colombia hosted talks with the ELN": a host that talks with the other is a side.)
    let talks_with = site.rel == Relation::Mediates
        && site.cue_word().ends_with("talks")
        && word_at(site.text, site.words, site.c.end).is_some_and(|w| w == "with");
    if talks_with {
        return true;
    }
    false
}

/// The nearest names on either side; noun cues only relate what sits next to them ("X
/// ties with Y").
/// Whether a name after the cue, past the words `lead`, stands inside a relative clause
/// on the cue's object: "signed the accord that set Namibia on the road" (but the
/// clause's subject may be the object's maker: "refused to recognise a government that
/// Wenda had proclaimed", and past a determiner: "supplies that many Taliban members saw
/// as critical").
fn in_relative_clause(site: &CueSite, lead: &[String]) -> bool {
    lead.iter()
        .rposition(|w| matches!(w.as_str(), "that" | "which" | "who" | "whom"))
        .is_some_and(|i| {
            // ("ran a militia that Israel armed": the name right after the pronoun
            // opens the clause.)
            let opens = i >= 1 && i + 1 == lead.len();
            i >= usize::from(!site.noun)
                && (opens
                    || !lead[i + 1..].iter().all(|w| {
                        matches!(
                            w.as_str(),
                            "the" | "its" | "their" | "many" | "most" | "some" | "several" | "all"
                        )
                    }))
        })
}

/// Whether the name after the cue, past the words `lead`, stands in an adjunct of its
/// own rather than as the cue's object.
fn in_adjunct(site: &CueSite, s: &Sides, lead: &[String]) -> bool {
    // "attack after US terror designation of ...": a name after a preposition of time
    // is in an adjunct of its own; "attack investigation update from AFRICOM": "from"
    // behind other words hangs on the last of them.
    let temporal = matches!(
        lead.last().map(String::as_str),
        Some("after" | "before" | "since" | "until" | "following" | "amid")
    );
    // ("made up of troops from X": members from a party are the party's.)
    let elsewhere = lead.len() >= 2
        && lead.last().is_some_and(|w| w == "from")
        && !site
            .lexicon
            .anaphora
            .member_nouns
            .contains(&lead[lead.len() - 2])
        && !matches!(
            lead[0].as_str(),
            "to" | "of" | "in" | "by" | "with" | "for" | "on" | "at" | "against" | "from"
        );
    // "Houthi-Saudi talks as Tehran again denies ...": "as" right after a noun cue opens
    // a clause of its own.
    let conjunction = site.noun && lead.len() == 1 && lead[0] == "as";
    // "has flown equipment and personnel from Syria to ...": where the goods left.
    let origin = lead.last().is_some_and(|w| w == "from") && mover(site, s).is_some();
    // "X signed for South Africa": for whom one signs is one's own side, no counterpart.
    let on_behalf = site.rel == Relation::Negotiates && !site.noun && lead == ["for"];
    // "SWAPO fought from Angola": where the fighters fight from is their base, no foe.
    let base = site.rel == Relation::Hostile && !site.noun && lead == ["from"];
    temporal || elsewhere || conjunction || origin || on_behalf || base
}

fn subject_object(site: &CueSite, s: &Sides) -> Option<Vec<Pair>> {
    let y = s.linked_right?;
    if no_party_object(site) {
        return Some(Vec::new());
    }
    if s.near_left.is_none() {
        return fronted_subject(site, y);
    }
    let x = s.near_left?;
    // "X attacked Y and killed Z": Z is X's, not Y's.
    let x = match site.shared_subject(x) {
        Some(Some(w)) => w,
        Some(None) => return Some(Vec::new()),
        None => x,
    };
    // "the attack on the X base in Y, that killed Z": a relative clause after a name
    // inside a prepositional phrase belongs to the noun the phrase hangs on, not to X.
    if relative_after_phrase(site, x) {
        return Some(Vec::new());
    }
    if site.noun && noun_reaches_no_further(site, y) {
        return Some(Vec::new());
    }
    // "help him oust X": a name past another verb cue is that verb's object, unless the
    // two verbs are joined and share it ("has armed and funded X").
    let verb_between = site
        .cues
        .iter()
        .any(|m| m.start >= site.c.end && m.end <= y.start && matches!(m.cue, Cue::Verb(_)))
        && !verb_list(site, y);
    if verb_between {
        return Some(Vec::new());
    }
    if partner_past_object(site, y) {
        return Some(Vec::new());
    }
    // "a council, installed in April with the backing of X": a participle set off right
    // after a name tells what was done to it, by no one named here.
    // (Not a mutual relation: "The M23, allied with Rwanda, took the town".)
    let set_off_participle = !site.noun
        && !site.rel.symmetric()
        && &site.text[x.end..site.c.start] == ", "
        && site.cue_word().ends_with("ed")
        && !site.cue_word().contains(' ');
    if set_off_participle {
        return Some(Vec::new());
    }
    let limit = if (site.denied_between)(x.end, site.c.start) {
        12
    } else {
        8
    };
    // "TRF, which emerged in 2019, operates as a proxy for Y": a relative clause between
    // commas does not part the name from its predicate.
    let from = past_relative(site.text, x.end, site.c.start);
    if site.noun && gap_words(site.words, from, governing_verb(site)) > limit {
        return Some(Vec::new());
    }
    if let Some(pairs) = noun_by_agent(site, (x, y), from) {
        return Some(pairs);
    }
    // "coordinate with the military against X": a name after "against" is the foe of
    // the act, never the partner, patron or pupil.
    let against = site
        .gap(site.c.end, y.start)
        .last()
        .is_some_and(|w| w == "against");
    if against && site.rel != Relation::Hostile {
        return Some(Vec::new());
    }
    if topic_object(site, s) {
        return Some(Vec::new());
    }
    if beneficiary_or_conduit(site, y) {
        return Some(Vec::new());
    }
    let lead = site.gap(site.c.end, y.start);
    // ("fight the mutineers on Vieira's behalf": for whom one fights is no foe.)
    let for_whom = site.rel == Relation::Hostile
        && lead.last().is_some_and(|w| w == "on")
        && ["'s ", "’s ", "' ", "’ "].iter().any(|p| {
            site.text[y.end..]
                .strip_prefix(p)
                .is_some_and(|r| r.starts_with("behalf") || r.starts_with("side"))
        });
    if for_whom || no_object_with(site, y, &lead) || in_adjunct(site, s, &lead) {
        return Some(Vec::new());
    }
    let relative = in_relative_clause(site, &lead);
    // (The names before the verb may still be its parties: "Angola and South Africa
    // signed the accord that ...".)
    if relative {
        return None;
    }
    // "X found refuge in Y", "X's safe havens in Y": the state a shelter is in hosts.
    let host = site.rel == Relation::Shelters
        && site.noun
        && lead.last().is_some_and(|w| w == "in")
        && (site.kind_of)(y.actors[0]) == Kind::State;
    // (Not a possessor: "found refuge with Kenya's Somali clans".)
    let found_with = lead.last().is_some_and(|w| w == "with")
        && !site.text[y.end..].starts_with(['\'', '’'])
        && found_refuge(site);
    if host || found_with {
        return Some(vec![(y.actors[0], x.actors[0])]);
    }
    let y = named_after_owner(site, y).unwrap_or(y);
    Some(vec![(x.actors[0], y.actors[0])])
}

/// Whether `y`, after the words `lead`, is no object for what "with" says: "X and Y
/// joined forces to arrest Z" (one joins forces with a partner named after "with", never
/// with a name past the infinitive), "fought on with South African support" (a giver).
fn no_object_with(site: &CueSite, y: &Slot, lead: &[String]) -> bool {
    let cue = site.cue_word();
    let joined_forces = cue.ends_with(" forces")
        && cue.starts_with("join")
        && lead.first().is_none_or(|w| w != "with");
    // (The lexicon's nouns of giving, read on the word itself: the cue may have gone
    // with the demonym's span.)
    let giver = lead.last().is_some_and(|w| w == "with") && {
        let after = &site.text[y.end..];
        let rest = super::words::after_possessive(after).unwrap_or_else(|| after.trim_start());
        let noun = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        site.lexicon.find(noun).iter().any(|m| {
            m.end == noun.len()
                && matches!(
                    m.cue,
                    Cue::Noun(
                        Relation::Sponsors
                            | Relation::Funds
                            | Relation::Supplies
                            | Relation::Trains
                    )
                )
        })
    };
    joined_forces || giver
}

/// "arming Uganda's own rebels, the Lord's Resistance Army", "contacts with India's own
/// Maoist insurgents, the CPI (Maoist)", "closeness to LURD's chairman, Sekou Conneh": a
/// possessive before a few words of description (lowercase, or a creed's capitalized
/// word) and a party set off by name describes that party, the object.
fn named_after_owner<'a>(site: &CueSite<'a>, y: &Slot) -> Option<&'a Slot> {
    let rest = super::words::after_possessive(&site.text[y.end..])?;
    let (described, after) = rest.split_once(", ")?;
    let words: Vec<&str> = described.split(' ').collect();
    let lower = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    let plain = words.len() <= 3
        && words.last().is_some_and(lower)
        && words.iter().all(|w| {
            !w.is_empty() && (lower(w) || w.chars().all(|c| c.is_alphabetic() || c == '-'))
        });
    // (Not "Kenya's capital, Nairobi": a state's place.)
    let own = (site.kind_of)(y.actors[0]) == Kind::State;
    if !plain {
        return None;
    }
    let at = site.text.len() - after.strip_prefix("the ").unwrap_or(after).len();
    site.slots.iter().copied().find(|z| {
        let kind = (site.kind_of)(z.actors[0]);
        z.start == at
            && !z.phrase
            && z.actors.len() == 1
            && z.actors[0] != y.actors[0]
            && (kind == Kind::Organization || !own && kind == Kind::Person)
    })
}

/// "X found refuge with Y": a shelter noun after a verb of finding or seeking one (whom
/// it is with hosts).
fn found_refuge(site: &CueSite) -> bool {
    const FINDING: [&str; 11] = [
        "found", "find", "finds", "finding", "took", "take", "taken", "taking", "sought", "seek",
        "seeking",
    ];
    // ("found no refuge with": past "no".)
    let before = site.text[..site.c.start].trim_end();
    let before = before.strip_suffix(" no").unwrap_or(before);
    site.rel == Relation::Shelters
        && site.noun
        && matches!(site.cue_word().as_str(), "refuge" | "sanctuary" | "shelter")
        && before
            .rsplit(' ')
            .next()
            .is_some_and(|v| FINDING.contains(&v))
}

/// "Speaking on behalf of Hamas, Basem Naim ...", "Fighting alongside the RSF, Wagner
/// seized ...": a participle opening the sentence tells of the subject after its
/// phrase's comma.
fn fronted_subject(site: &CueSite, y: &Slot) -> Option<Vec<Pair>> {
    let fronted = site
        .cue_word()
        .split(' ')
        .next()
        .is_some_and(|w| w.ends_with("ing"))
        && opens_sentence(site)
        && y.actors.len() == 1;
    fronted
        .then(|| fronted_clause_subject(site, y))
        .flatten()
        .map(|x| vec![(x.actors[0], y.actors[0])])
}

/// "the arrest warrant issued by X": after a noun cue, "by" names its agent, not the
/// party it is aimed at; but "X, who has an arrest warrant issued by Y", "X faces
/// sanctions imposed by Y": the agent acts on the one who has or faces the act.
fn noun_by_agent(site: &CueSite, (x, y): (&Slot, &Slot), from: usize) -> Option<Vec<Pair>> {
    let by = site
        .gap(site.c.end, y.start)
        .last()
        .is_some_and(|w| w == "by");
    if !site.noun || !by {
        return None;
    }
    let lead = site.gap(from, site.c.start);
    let held = !site.prepositional(x)
        && lead.len() <= 4
        && lead.iter().take(2).any(|w| {
            matches!(
                w.as_str(),
                "has" | "have" | "had" | "faces" | "face" | "faced" | "facing"
            )
        });
    Some(if held {
        vec![(y.actors[0], x.actors[0])]
    } else {
        Vec::new()
    })
}

/// Whether a noun cue's phrase ends before `y`: "X's raids and Y's refusal" (a new noun
/// phrase after "and"), "the offensives proved a disaster for X" (a verb of the clause
/// before any preposition).
fn noun_reaches_no_further(site: &CueSite, y: &Slot) -> bool {
    let raw = between(site.text, site.words, site.c.end, y.start);
    let prep = raw
        .iter()
        .position(|w| {
            matches!(
                w.as_str(),
                "on" | "against"
                    | "with"
                    | "to"
                    | "of"
                    | "for"
                    | "by"
                    | "from"
                    | "between"
                    | "in"
                    | "at"
                    | "into"
                    | "upon"
            )
        })
        .unwrap_or(raw.len());
    let head = &raw[..prep];
    // "claimed the attack through its Amniyat wing": a preposition that names a means,
    // a time or a place ends what the noun reaches.
    let adjunct = head.iter().any(|w| {
        matches!(
            w.as_str(),
            "through" | "via" | "after" | "before" | "during" | "since" | "despite" | "near"
        )
    });
    let new_phrase = adjunct
        || head.iter().enumerate().any(|(i, w)| {
            matches!(w.as_str(), "and" | "or" | "but")
                && raw.get(i + 1).is_none_or(|n| {
                    matches!(
                        n.as_str(),
                        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that"
                    )
                })
        });
    let verb = head.iter().any(|w| {
        matches!(
            w.as_str(),
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "have"
                | "had"
                | "turned"
                | "became"
                | "proved"
                | "remains"
                | "remained"
        )
    });
    // "backed by Turkish drones pushed X out": a verb in the past with the name as its
    // own object, no preposition between.
    // (The verb right before the name, articles aside: "armed groups including X" is
    // no verb.)
    let past_verb = prep == raw.len()
        && head
            .iter()
            .rev()
            .find(|w| !matches!(w.as_str(), "the" | "a" | "an" | "its" | "their"))
            .is_some_and(|w| w.len() > 4 && w.ends_with("ed"));
    new_phrase || verb || past_verb
}

/// Whether "that" / "which" opens the cue's clause right after `x`, and `x` is the object
/// of a preposition ("on the X base").
fn relative_after_phrase(site: &CueSite, x: &Slot) -> bool {
    let (text, words) = (site.text, site.words);
    let tail = between(text, words, x.end, site.c.start);
    let Some(rel) = tail.iter().position(|w| w == "that" || w == "which") else {
        return false;
    };
    if rel + 3 < tail.len() {
        return false;
    }
    let prior = words
        .iter()
        .rev()
        .filter(|w| w.end <= x.start)
        .map(|w| text[w.start..w.end].to_ascii_lowercase())
        .find(|w| !matches!(w.as_str(), "the" | "a" | "an"));
    matches!(
        prior.as_deref(),
        Some("on" | "at" | "in" | "near" | "against" | "of" | "inside" | "outside")
    )
}

/// The end of a relative clause or apposition set off by commas right after a name (", which emerged
/// in 2019,"), or `at` when none stands there.
fn past_relative(text: &str, at: usize, before: usize) -> usize {
    // "The BIFF (BIFF), a splinter group ...": past the acronym's closing bracket.
    let at = at + usize::from(text[at..before].starts_with(')'));
    let rest = &text[at..before];
    // "X, a militia founded by remnants of the old army, denied any ties to Y": a closed
    // apposition is skipped the same way.
    if [", a ", ", an ", ", the "]
        .iter()
        .any(|p| rest.starts_with(p))
    {
        return rest[1..].find(',').map_or(at, |i| at + 1 + i + 1);
    }
    // "RENAMO, founded with Rhodesia's backing and later supported by X, fought Y": a
    // participle set off between commas is skipped too.
    if set_off_participle(rest) {
        return rest[1..].find(',').map_or(at, |i| at + 1 + i + 1);
    }
    if ![", which ", ", who "].iter().any(|p| rest.starts_with(p)) {
        return at;
    }
    // Unclosed before the cue, the relative clause holds the cue: count from its last
    // relative pronoun ("X, who is wanted by Y and who has an arrest warrant").
    rest[1..].find(',').map_or_else(
        || {
            let last = rest.rfind(" who ").max(rest.rfind(" which "));
            last.map_or(at, |i| at + i + 1)
        },
        |i| at + 1 + i + 1,
    )
}

/// Whether text after a name opens an aside with a past participle and a preposition, past
/// an adverb: ", founded in 1976,", ", long backed by X,", ", known as Y,".
fn set_off_participle(rest: &str) -> bool {
    let Some(aside) = rest.strip_prefix(", ") else {
        return false;
    };
    let mut words = aside.split(' ');
    let first = words.next().unwrap_or("");
    let adverb = first.ends_with("ly") || matches!(first, "later" | "once" | "long" | "then");
    let word = if adverb {
        words.next().unwrap_or("")
    } else {
        first
    };
    // (A preposition after it, as a passive has: "X, ordered a truce, ..." is X's verb.)
    let next = words.next().unwrap_or("");
    word.len() > 4
        && (word.ends_with("ed") || matches!(word, "known" | "driven" | "born" | "built"))
        && word.chars().all(|c| c.is_ascii_lowercase())
        && matches!(
            next,
            "by" | "in"
                | "with"
                | "as"
                | "from"
                | "after"
                | "under"
                | "for"
                | "on"
                | "at"
                | "during"
        )
}

/// `actor` and the actors listed with it: from its slot nearest the cue (after `pos` when
/// `rightwards`, before it otherwise), along "A, B, C and D".
/// "A, B and C"; "the Iranian X, Russian Y or the Pakistani Z": whether the glue between
/// two names joins them as items of one list (a demonym may stand before an item).
fn list_joined(text: &str, words: &[Word], a: &Slot, b: &Slot) -> bool {
    // "the Free Syrian Army (FSA), al-Qaeda": the bracket closing an acronym is no break.
    // Only before a bare "and"/"or": "X (HTS), the SNA" is an apposition.
    let glue = &text[a.end..b.start];
    // (A found name's acronym is no slot of its own: "the Front (FNLA) and X".)
    let glossed = glue
        .strip_prefix(" (")
        .and_then(|g| g.split_once(')'))
        .filter(|(acr, _)| (2..=12).contains(&acr.len()) && !acr.contains(char::is_whitespace));
    let glue = glossed.map_or(glue, |(_, rest)| rest);
    // (A name's slot may hold its bracketed acronym: "Hayat Tahrir al-Sham (HTS)".)
    let closed = glue.starts_with(')') || glossed.is_some() || text[..a.end].ends_with(')');
    let glue = glue.strip_prefix(')').unwrap_or(glue);
    let ws: Vec<&Word> = words
        .iter()
        .filter(|w| w.start >= b.start - glue.len() && w.end <= b.start)
        .collect();
    // ("the AA (AA) and the RSO": an article after the conjunction still joins.)
    let word_is = |w: &&Word, options: &[&str]| options.contains(&&text[w.start..w.end]);
    let bare = ws.iter().all(|w| word_is(w, &["and", "or"]))
        || (ws.iter().all(|w| word_is(w, &["and", "or", "the"]))
            && ws.iter().any(|w| word_is(w, &["and", "or"]))
            && !glue.contains(','));
    // ("worked closely with AQIM and with MUJAO": the preposition before the first
    // name repeated after "and".)
    let repeated = match ws.as_slice() {
        [and, p] | [and, p, _] if word_is(and, &["and"]) => {
            let prep = &text[p.start..p.end];
            matches!(prep, "with" | "to" | "from" | "against" | "for")
                && (ws.len() == 2 || word_is(&ws[2], &["the"]))
                && preposition_before(&text[..a.start], prep)
        }
        _ => false,
    };
    if repeated && !glue.contains([',', '.', ';', '(']) {
        return true;
    }
    // ("the MPLA (MPLA), Holden Roberto's FNLA": an owner's name before the next item
    // is no apposition's.)
    let owned = glue.ends_with("'s ") || glue.ends_with("’s ");
    (!closed || bare || owned)
        && (glue.contains(',') || !ws.is_empty())
        && ws.iter().all(|w| {
            let t = &text[w.start..w.end];
            matches!(
                t.to_lowercase().as_str(),
                "and" | "or" | "as" | "well" | "the" | "its" | "their" | "nor"
            ) || (t.starts_with(char::is_uppercase) && ws.len() <= 3)
        })
        && !glue.contains(['.', ';', '(', ')'])
}

/// Whether `before` (the text up to a name) ends with the preposition `prep`, "the"
/// after it at most, past a name glossed by its acronym: "with al-Qaeda in the Islamic
/// Maghreb (AQIM".
fn preposition_before(before: &str, prep: &str) -> bool {
    let ends = |t: &str| {
        let t = t.strip_suffix(" the").unwrap_or(t);
        t.strip_suffix(prep).is_some_and(|h| h.ends_with(' '))
    };
    let mut before = before.trim_end();
    if let Some(b) = before.strip_suffix('(') {
        before = b.trim_end();
        for _ in 0..8 {
            match before.rsplit_once(' ') {
                Some((head, w))
                    if w.chars().any(char::is_uppercase)
                        || matches!(w, "in" | "of" | "the" | "for" | "and") =>
                {
                    before = head;
                }
                _ => break,
            }
            if ends(before) {
                break;
            }
        }
    }
    ends(before)
}

pub(super) fn coordinated(
    text: &str,
    words: &[Word],
    slots: &[&Slot],
    actor: ActorRef,
    pos: usize,
    rightwards: bool,
) -> Vec<ActorRef> {
    let mut out = vec![actor];
    let Some(start) = anchor(slots, actor, pos, rightwards) else {
        return out;
    };
    let joins = |a: &Slot, b: &Slot| list_joined(text, words, a, b);
    // Lists run across the cue only for the side the cue points to.
    let right_side = slots[start].start >= pos;
    for forward in [true, false] {
        let mut i = start;
        let mut owners = false;
        loop {
            let next = if forward { i + 1 } else { i.wrapping_sub(1) };
            let Some(n) = slots.get(next) else { break };
            let (a, b) = if forward {
                (slots[i], *n)
            } else {
                (*n, slots[i])
            };
            let crosses = if right_side {
                n.end <= pos
            } else {
                n.start >= pos
            };
            // "the Free Syrian Army (FSA)": the acronym in brackets is the same item.
            let gloss = n.actors.len() == 1
                && n.actors == slots[i].actors
                && text[a.end..b.start].trim() == "("
                && !crosses;
            if gloss {
                i = next;
                continue;
            }
            // "Mali's Colonel A, Burkina Faso's Captain B and Niger's General C": the
            // state that owns an item's title is no item; the list goes on past it.
            let owner_of = |o: &Slot, p: &Slot| {
                o.end <= p.start
                    && text[o.end..].starts_with(['\'', '’'])
                    && title_glue(&text[o.end..p.start])
            };
            // (Only inside a list, or a list of such owners: "Egypt's President X, who
            // mediated" keeps its owner.)
            let listed_before = next
                .checked_sub(1)
                .and_then(|k| slots.get(k))
                .is_some_and(|p| joins(p, n));
            let owner_ahead = forward && slots.get(next + 1).is_some_and(|p| owner_of(n, p));
            let owner_behind = !forward && owner_of(n, slots[i]);
            if (owner_ahead && joins(a, b)
                || owner_behind && (listed_before || owners || out.len() > 1))
                && !crosses
            {
                (i, owners) = (next, true);
                continue;
            }
            // "X, led by A, and Y, whose leader is B, signed": a comma before the "and" of
            // two names joins clauses, not the two; only a longer list ("A, B, and C")
            // takes one.
            let glue = text[a.end..b.start].trim();
            let serial = glue.starts_with(',')
                && matches!(glue[1..].trim_start(), "and" | "and the" | "and its");
            // (The earlier name is the end of a phrase set off by commas: "led by A".)
            let set_off = text[..a.start].rfind(',').is_some_and(|k| {
                let phrase = text[k + 1..a.start].trim_start();
                phrase.len() < 60
                    && (phrase.contains(" by ")
                        || ["by ", "whose ", "who ", "which "]
                            .iter()
                            .any(|w| phrase.starts_with(w)))
            });
            let two_only = serial && set_off;
            let fronted_agent = matches!(glue, "," | ", the") && fronted_agent(text, words, a);
            // "Iran armed the Houthis, Hezbollah and Hamas, and Russia backed Assad": before
            // the cue, ", and" back to a list a verb governs joins two clauses.
            let objects_before =
                !right_side && !forward && serial && object_list(text, words, slots, next, &joins);
            // "a truce brokered by the UN, and Riyadh has since held talks": after the
            // cue, ", and" before a name with a verb of its own opens a clause.
            let clause_after =
                right_side && forward && glue.starts_with(',') && verb_after(text, n);
            // "JNIM, al-Qaeda's Sahel branch": a possessor opens an apposition.
            let possessor = forward && text[n.end..].starts_with(['\'', '’']);
            if crosses
                || two_only
                || fronted_agent
                || clause_after
                || objects_before
                || possessor
                || n.actors.len() != 1
                || n.phrase
                || !joins(a, b)
                || out.contains(&n.actors[0])
                || out.len() >= 8
            {
                break;
            }
            out.push(n.actors[0]);
            i = next;
        }
    }
    out
}

/// Whether a finite verb follows the name `n` ("..., and Riyadh has since held talks").
/// "Supported by the United States, Israel struck ...": whether `a` is the agent of a
/// participle that opens the sentence (its phrase ends at the comma after it).
/// Also "After months of talks mediated by Qatar, Israel and Hamas signed ...": the agent
/// that ends an adjunct opening the sentence.
fn fronted_agent(text: &str, words: &[Word], a: &Slot) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    let by = word_before(text, words, a.start).is_some_and(|w| w == "by");
    let opening = text[first.start..].starts_with(char::is_uppercase)
        && words.iter().take_while(|w| w.end <= a.start).count() <= 4;
    // (The sentence's own text only: its words end where it does.)
    let end = words.last().map_or(first.end, |w| w.end);
    let adjunct_end = first.start + super::slots::opening_adjunct(&text[first.start..end]);
    // "After leaving the United States, X joined ...": an adjunct with a verb of its
    // own ends at its comma too (not "In Mali, Burkina Faso and Niger, ...").
    let verbal = adjunct_end == a.end
        && words
            .iter()
            .skip(1)
            .take_while(|w| w.end <= a.start)
            .any(|w| w.end - w.start > 5 && text[w.start..w.end].ends_with("ing"));
    by && (opening || adjunct_end == a.end) || verbal
}

fn verb_after(text: &str, n: &Slot) -> bool {
    let next = text[n.end..].split_whitespace().next().unwrap_or("");
    matches!(
        next,
        "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would" | "said" | "says"
    )
}

/// Whether the list that ends with slot `k` is a verb's object: walking back over its
/// items, the word before the first is a lowercase word that is no conjunction or
/// preposition ("armed the Houthis, Hezbollah and Hamas").
fn object_list(
    text: &str,
    words: &[Word],
    slots: &[&Slot],
    k: usize,
    joins: &dyn Fn(&Slot, &Slot) -> bool,
) -> bool {
    let mut first = k;
    while first > 0 && joins(slots[first - 1], slots[first]) {
        first -= 1;
    }
    let n = words.partition_point(|w| w.end <= slots[first].start);
    let mut before = words[..n].iter().rev().map(|w| &text[w.start..w.end]);
    let word = match before.next() {
        Some(w) if w.eq_ignore_ascii_case("the") => before.next(),
        w => w,
    };
    word.is_some_and(|w| {
        w.chars().all(|ch| ch.is_ascii_lowercase())
            && w.len() > 2
            && !matches!(
                w,
                "and"
                    | "but"
                    | "with"
                    | "from"
                    | "for"
                    | "between"
                    | "including"
                    | "while"
                    | "that"
                    | "which"
                    | "who"
                    | "whom"
                    | "after"
                    | "before"
                    | "since"
                    | "said"
                    | "says"
                    | "told"
                    | "than"
                    | "like"
                    | "among"
            )
    })
}

/// The slot of `actor` nearest the cue on the side asked, else on either side.
fn anchor(slots: &[&Slot], actor: ActorRef, pos: usize, rightwards: bool) -> Option<usize> {
    if rightwards {
        slots
            .iter()
            .position(|x| x.start >= pos && x.actors == [actor])
    } else {
        slots
            .iter()
            .rposition(|x| x.end <= pos && x.actors == [actor])
    }
    .or_else(|| {
        // The actor sits on the other side ("support from X and Y"): its slot nearest the cue.
        slots
            .iter()
            .enumerate()
            .filter(|(_, x)| x.actors == [actor])
            .min_by_key(|(_, x)| {
                // A slot may straddle `pos` (a cue inside a name): then it is nearest.
                if x.start >= pos {
                    x.start - pos
                } else {
                    pos.saturating_sub(x.end)
                }
            })
            .map(|(i, _)| i)
    })
}

/// True when the word after a cue aims it at a target: "rockets at", "drones on".
pub(super) fn aimed_at(text: &str, words: &[Word], pos: usize) -> bool {
    word_at(text, words, pos).is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "at" | "on" | "against" | "into" | "toward" | "towards"
        )
    })
}

/// Past forms whose object may be a noun cue: a fight, talks, a deal, ties.
const GOVERNING: [&str; 22] = [
    "fought",
    "waged",
    "launched",
    "mounted",
    "staged",
    "held",
    "led",
    "began",
    "started",
    "opened",
    "resumed",
    "renewed",
    "intensified",
    "escalated",
    "conducted",
    "continued",
    "signed",
    "reached",
    "struck",
    "forged",
    "maintained",
    "kept",
];

/// Where a noun cue's clause reaches its verb: "took up arms in 2013 and fought sporadic
/// battles with X" measures the subject's distance to "fought", whose object the noun is
/// (one of `GOVERNING` at most two modifiers before it); the cue itself otherwise.
fn governing_verb(site: &CueSite) -> usize {
    let before: Vec<&Word> = site
        .words
        .iter()
        .filter(|w| w.end <= site.c.start)
        .rev()
        .take(3)
        .collect();
    for (k, w) in before.iter().enumerate() {
        let word = &site.text[w.start..w.end];
        if GOVERNING.contains(&word) {
            // (Not a relative clause's verb: "the deal that ended a war against Y" is not
            // the subject's war.)
            let relative = before
                .get(k + 1)
                .is_some_and(|p| matches!(&site.text[p.start..p.end], "that" | "which" | "who"));
            return if relative { site.c.start } else { w.start };
        }
        let next = if k == 0 {
            site.c.start
        } else {
            before[k - 1].start
        };
        let modifier = word.chars().all(|c| c.is_lowercase() || c == '-')
            && !site.text[w.end..next].contains([',', ';', '(']);
        if !modifier
            || matches!(
                word,
                "and" | "or" | "to" | "of" | "in" | "on" | "with" | "by"
            )
        {
            break;
        }
    }
    site.c.start
}
