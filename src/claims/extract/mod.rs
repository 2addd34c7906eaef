//! The extractor. For each sentence, in stages:
//!
//! 1. `words`: the sentence's words as byte spans;
//! 2. `slots`: the places that stand for actors — names, and phrases ("the group", "the
//!    two groups", "it", a quoted "we") resolved to actors named before;
//! 3. the cues of the lexicon, and `speakers`: who says what the sentence says;
//! 4. for each relation cue, the constructions that pair two slots around it, each a
//!    named rule (`pairs` for verbs and nouns of relation, `roles` for role nouns);
//!    compound modifiers ("Iran-backed") and titles of known offices beside them;
//! 5. `polarity`: polarity and modality from the cues of the clause; the source from the
//!    speaker, the quotation or the denier.

mod attacks;
mod deployments;
mod mediators;
mod members;
mod missions;
mod pairs;
mod partisans;
mod polarity;
mod roles;
mod slots;
mod speakers;
mod tenures;
mod words;

use super::lexicon::{Cue, CueMatch, Lexicon};
use super::time::claim_time;
use super::{Claim, Modality, Polarity, Relation, Source};
use crate::actors::{ActorRef, DocActors, Kind};
use crate::read::date::Date;
use crate::text::Sentence;
use pairs::{aimed_at, coordinated, joint_subjects, relation_pairs, CueSite, Pair};
use roles::{apposed_head, indefinite_leader, kinds_fit, known_offices, role_pairs};
use slots::{compound_modifier, Reading, Slot};
use speakers::{denier, find_speaker, quote_spans, Hearing};
use words::{between, gap_words, passive_auxiliary, word_before, Word};

/// The offices a pack gives a person: `(leads or member_of, the organization or state)`.
pub type Offices<'a> = &'a dyn Fn(ActorRef) -> Vec<(Relation, ActorRef)>;

/// What the extractor knows of the actors beyond the text: their kinds, the offices the
/// pack gives persons, and the armed forces of states.
pub struct Knowledge<'a> {
    pub kind_of: &'a dyn Fn(ActorRef) -> Kind,
    pub offices: Offices<'a>,
    /// The armed forces "the military" means when this actor was named last (a state's
    /// forces, or the forces themselves).
    pub forces: &'a dyn Fn(ActorRef) -> Option<ActorRef>,
    /// The state whose armed forces this actor is ("both countries" after "Rwandan
    /// troops" counts Rwanda).
    pub state_of_forces: &'a dyn Fn(ActorRef) -> Option<ActorRef>,
    /// The state that answers for this agency (its forces, or the pack's parents up to a
    /// state: the Revolutionary Guards are Iran's).
    pub parent_state: &'a dyn Fn(ActorRef) -> Option<ActorRef>,
    /// Whether a surface is a state's capital ("Khartoum" for Sudan), which stands for
    /// its government.
    pub is_capital: &'a dyn Fn(ActorRef, &str) -> bool,
    /// Whether a text spells the actor's name or a demonym of it, whole or inside other
    /// words ("Fiji's army").
    pub spelled_in: &'a dyn Fn(ActorRef, &str) -> bool,
}

/// The document being read, and what the extractor knows of its actors.
struct Doc<'a> {
    text: &'a str,
    sentences: &'a [Sentence],
    kind_of: &'a dyn Fn(ActorRef) -> Kind,
    offices: Offices<'a>,
    forces: &'a dyn Fn(ActorRef) -> Option<ActorRef>,
    state_of_forces: &'a dyn Fn(ActorRef) -> Option<ActorRef>,
    parent_state: &'a dyn Fn(ActorRef) -> Option<ActorRef>,
    spelled_in: &'a dyn Fn(ActorRef, &str) -> bool,
    lexicon: &'a Lexicon,
    /// The quotations, in order and apart (see `quote_spans`).
    quotes: Vec<(usize, usize)>,
    /// Every actor the document names somewhere.
    named: Vec<ActorRef>,
    /// How the document names each actor: `(actor, surface)`, sorted, without repeats.
    surfaces: Vec<(ActorRef, &'a str)>,
    /// The state the document is about, when one stands out among the states it names:
    /// an untitled "President X" or "the military" with no state named before is its.
    home: Option<ActorRef>,
    /// The state "the federal government" means: as `home`, where mentions of a state's
    /// armed forces count for it too.
    home_government: Option<ActorRef>,
    /// The state of the dateline ("ADEN, Yemen (AP) —") and where it stands, if there is one.
    dateline: Option<(usize, ActorRef)>,
    /// For a dateline whose state the text never names (a bureau's, "LONDON — ..."), the
    /// state the text names most, if one does.
    bureau: Option<ActorRef>,
    /// Mentions of a state's government, in order: its capital ("Khartoum says"), or its
    /// name with a word of government ("Sudanese authorities", "Chad's government").
    governments: Vec<(usize, ActorRef)>,
}

impl Doc<'_> {
    fn in_quote(&self, p: usize) -> bool {
        in_quotes(&self.quotes, p)
    }
}

/// Whether byte `p` is inside one of `quotes` (in order and apart, as `quote_spans` gives
/// them): the last one starting at or before `p` is the only one that can hold it, found
/// by binary search (a scan of every quotation for every cue made a long document
/// quadratic, issue 17).
fn in_quotes(quotes: &[(usize, usize)], p: usize) -> bool {
    let n = quotes.partition_point(|&(s, _)| s <= p);
    n > 0 && p < quotes[n - 1].1
}

/// The quotations of `quotes` (in order and apart) that overlap the span `ss..se`.
fn quotes_over(quotes: &[(usize, usize)], ss: usize, se: usize) -> &[(usize, usize)] {
    let first = quotes.partition_point(|&(_, e)| e <= ss);
    let n = quotes[first..].partition_point(|&(s, _)| s < se);
    &quotes[first..first + n]
}

/// What reading the earlier sentences carries forward.
#[derive(Default)]
struct Memory {
    /// Mentions seen so far, in order.
    history: Vec<(usize, ActorRef)>,
    /// The last person in `history`.
    last_person: Option<ActorRef>,
    last_speaker: Option<ActorRef>,
    /// Quotations met so far and who speaks them, in the order of their starts.
    quote_speaker: Vec<(usize, usize, Option<ActorRef>)>,
    /// Next mention of the document to read.
    m_at: usize,
    /// What each actor leads or belongs to by the claims so far.
    held: Held,
    /// The last attack told with no author (see `attacks`).
    attack: Option<attacks::Unclaimed>,
}

/// The affirmed claims so far by subject, in document order: what a person leads or
/// belongs to is looked up among that person's claims, not by scanning every claim of the
/// document for every sentence (which made a long document's extraction quadratic).
#[derive(Default)]
pub(super) struct Held {
    by_subject: std::collections::HashMap<ActorRef, Vec<(Relation, ActorRef)>>,
    /// How many of the document's claims are indexed.
    seen: usize,
}

impl Held {
    /// Indexes the claims added since the last call.
    fn update(&mut self, claims: &[Claim]) {
        for c in &claims[self.seen.min(claims.len())..] {
            if c.polarity == Polarity::Affirmed {
                self.by_subject
                    .entry(c.subject)
                    .or_default()
                    .push((c.relation, c.object));
            }
        }
        self.seen = claims.len();
    }

    /// Whether the claims so far make someone other than `person` lead `body`.
    fn led_by_other(&self, body: ActorRef, person: ActorRef) -> bool {
        self.by_subject.iter().any(|(&s, held)| {
            s != person
                && held
                    .iter()
                    .any(|&(rel, o)| rel == Relation::Leads && o == body)
        })
    }

    /// The affirmed relations of `a` as subject, in document order.
    pub(super) fn of(&self, a: ActorRef) -> &[(Relation, ActorRef)] {
        self.by_subject.get(&a).map_or(&[], Vec::as_slice)
    }
}

impl Memory {
    /// Who speaks the quotation around `pos`, if any is known.
    fn quoted_by(&self, pos: usize) -> Option<ActorRef> {
        // Quotations do not overlap: only the last one starting at or before `pos` can
        // hold it.
        let n = self.quote_speaker.partition_point(|q| q.0 <= pos);
        n.checked_sub(1)
            .map(|k| self.quote_speaker[k])
            .filter(|q| pos < q.1)
            .and_then(|q| q.2)
    }
}

/// Whether a text spells an actor's name or a demonym of it (`Knowledge::spelled_in`).
type SpelledIn<'a> = &'a dyn Fn(ActorRef, &str) -> bool;

/// The state named most, when it has at least two mentions and at least twice as many as
/// any other state. A mention of a state's armed forces ("the Ethiopian army") counts for
/// the state.
fn home_state(
    text: &str,
    actors: &DocActors,
    known: (&dyn Fn(ActorRef) -> Kind, SpelledIn),
    forces: &dyn Fn(ActorRef) -> Option<ActorRef>,
) -> Option<ActorRef> {
    let (kind_of, spelled_in) = known;
    // (A dateline that names its state; a capital alone, "MANILA (Reuters) -", places the
    // story but makes no office there the home state's: "PRISTINA — ... President
    // Vucic" is Serbia's.)
    if let Some((_, state)) = dateline_state(text, actors, kind_of, false) {
        return Some(state);
    }
    let mut counts: Vec<(ActorRef, usize)> = Vec::new();
    for m in actors
        .mentions
        .iter()
        .filter(|m| kind_of(m.actor) == Kind::State && !m.names_a_people())
    {
        match counts.iter_mut().find(|(a, _)| *a == m.actor) {
            Some((_, n)) => *n += 1,
            None => counts.push((m.actor, 1)),
        }
    }
    // Mentions by actor, sorted once: counting each state's forces in all mentions made a
    // long document with many states slow.
    let mut all: Vec<ActorRef> = actors.mentions.iter().map(|m| m.actor).collect();
    all.sort_unstable();
    for (state, n) in counts.iter_mut() {
        if let Some(f) = forces(*state).filter(|f| f != state) {
            *n += all.partition_point(|a| *a <= f) - all.partition_point(|a| *a < f);
        }
    }
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    // "SUVA — ... Fiji's army ...": a story that names no state by itself stands in the
    // state of its dateline.
    if counts.is_empty() {
        return dateline_state(text, actors, kind_of, true).map(|(_, s)| s);
    }
    let counted = match counts.as_slice() {
        [(a, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(_, m)| *n >= 2 * m) => *a,
        _ => return None,
    };
    // "OTTAWA - ... an Indian prison ... India ...": the story stands in another state's
    // capital; the state named most is no home of its titles.
    // (Only a state the text names, or spells in a demonym: "NAIROBI - Somali officials
    // ... Defence Minister X" is Somalia's; "ST GEORGE'S - A Grenadian court ... Cuba
    // ... Cuba" stands in Grenada.)
    let named = |s: ActorRef| actors.mentions.iter().any(|m| m.actor == s) || spelled_in(s, text);
    match dateline_state(text, actors, kind_of, true) {
        Some((_, placed)) if placed != counted && named(placed) => None,
        _ => Some(counted),
    }
}

/// The state of the story's dateline (see `dateline_state`), its home state (see
/// `home_state`), and its home with each state's armed forces counting for it.
fn places_of_story(
    text: &str,
    actors: &DocActors,
    known: &Knowledge,
) -> (
    Option<(usize, ActorRef)>,
    Option<ActorRef>,
    Option<ActorRef>,
) {
    let k = (known.kind_of, known.spelled_in);
    (
        dateline_state(text, actors, known.kind_of, true),
        home_state(text, actors, k, &|_| None),
        home_state(text, actors, k, known.forces),
    )
}

/// The actors the document names, sorted, without repeats.
fn named_actors(actors: &DocActors) -> Vec<ActorRef> {
    let mut v: Vec<ActorRef> = actors.mentions.iter().map(|m| m.actor).collect();
    v.sort();
    v.dedup();
    v
}

/// "LONDON — ... Iran's ... Iran's ... the government's forces": where the dateline's state
/// is named nowhere else, the state named most (twice at least, and more than any other)
/// is the story's, the dateline a bureau's.
fn bureau_state(
    actors: &DocActors,
    kind_of: &dyn Fn(ActorRef) -> Kind,
    dateline: Option<(usize, ActorRef)>,
) -> Option<ActorRef> {
    let (at, placed) = dateline?;
    let states = || {
        actors
            .mentions
            .iter()
            .filter(|m| kind_of(m.actor) == Kind::State)
    };
    if states().any(|m| m.actor == placed && m.start != at) {
        return None;
    }
    let mut counts: Vec<(ActorRef, usize)> = Vec::new();
    for m in states() {
        match counts.iter_mut().find(|(a, _)| *a == m.actor) {
            Some((_, n)) => *n += 1,
            None => counts.push((m.actor, 1)),
        }
    }
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    match counts.as_slice() {
        [(a, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(_, m)| n > m) => Some(*a),
        _ => None,
    }
}

/// How the document names each actor: `(actor, surface)`, sorted, without repeats.
fn surfaces<'t>(text: &'t str, actors: &DocActors) -> Vec<(ActorRef, &'t str)> {
    let mut v: Vec<(ActorRef, &str)> = actors
        .mentions
        .iter()
        .map(|m| (m.actor, &text[m.start..m.end]))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The mentions of a state that name its government: its capital, or its name with a
/// word of government in or right after it ("Sudanese authorities", "Chad's government").
fn government_mentions(
    text: &str,
    actors: &DocActors,
    known: &Knowledge,
) -> Vec<(usize, ActorRef)> {
    const GOVERNMENT: [&str; 5] = [
        "government",
        "authorities",
        "officials",
        "administration",
        "regime",
    ];
    actors
        .mentions
        .iter()
        .filter(|m| (known.kind_of)(m.actor) == Kind::State)
        .filter(|m| {
            let surface = &text[m.start..m.end];
            let after = text[m.end..]
                .trim_start_matches(['\'', '’', 's'])
                .trim_start();
            // ("the Lomé accord", "the 2019 Khartoum agreement": a capital naming a thing;
            // "signed at Lomé": a place.)
            let before: Vec<&str> = text[..m.start].split_whitespace().rev().take(2).collect();
            // ("the government in Baghdad" is its government.)
            let place = before.first().is_some_and(|w| {
                matches!(
                    *w,
                    "in" | "at" | "to" | "from" | "near" | "into" | "outside"
                )
            }) && before.get(1).is_none_or(|w| !GOVERNMENT.contains(w));
            let modifier = before.iter().any(|w| w.eq_ignore_ascii_case("the")) || place;
            (known.is_capital)(m.actor, surface) && !modifier
                || GOVERNMENT
                    .iter()
                    .any(|g| surface.contains(g) || after.starts_with(g))
        })
        .map(|m| (m.start, m.actor))
        .collect()
}

/// "ADEN, Yemen (AP) —": the state of the dateline, where the story stands.
fn dateline_state(
    text: &str,
    actors: &DocActors,
    kind_of: &dyn Fn(ActorRef) -> Kind,
    capital_alone: bool,
) -> Option<(usize, ActorRef)> {
    let stated = actors
        .mentions
        .iter()
        .take_while(|m| m.start < 2000)
        .find(|m| kind_of(m.actor) == Kind::State && in_dateline(text, m.start, m.end))
        .map(|m| (m.start, m.actor));
    // "MANILA (Reuters) -", "KABUL, March 3 -": a capital alone (the recognizer keeps a
    // capital in capitals opening a line as a place of its state).
    let capital = || {
        actors.places.iter().find(|&&(p, a)| {
            // ("ADDIS ABABA, March 3 -": the place may have more words than one.)
            let line = &text[p..text[p..].find('\n').map_or(text.len(), |i| p + i)];
            let end = line
                .find([',', '(', '—', '–'])
                .into_iter()
                .chain(line.find(" - "))
                .min();
            let Some(end) = end.filter(|&e| e <= 40) else {
                return false;
            };
            let after = line[end..].trim_start_matches([' ', '\u{a0}']);
            let after = dated(after).unwrap_or(after);
            p < 2000
                && kind_of(a) == Kind::State
                && crate::text::opens_dateline(text, p)
                && (after.starts_with(['(', '—', '–']) || after.starts_with("- "))
        })
    };
    stated.or_else(|| capital().filter(|_| capital_alone).copied())
}

/// Whether `start..end` is the state of a dateline: a line opening with a place in
/// capitals and a comma ("ADEN, ", "SAN JOSE, "), the state, then the credit or the dash
/// that ends the dateline ("Yemen (AP) —", "Mali —", "Sudan:").
fn in_dateline(text: &str, start: usize, end: usize) -> bool {
    let line = &text[text[..start].rfind('\n').map_or(0, |i| i + 1)..start];
    let Some(place) = line.strip_suffix(", ") else {
        return false;
    };
    let capitals = place.chars().filter(|c| c.is_uppercase()).count();
    let place_ok = capitals >= 2
        && place.len() <= 40
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\'' | '’'));
    let after = text[end..].trim_start_matches([' ', '\u{a0}']);
    // "QUETTA, Pakistan, Nov 9 - ": a date may stand before the dash.
    let after = dated(after).unwrap_or(after);
    place_ok && (after.starts_with(['(', '—', '–', ':']) || after.starts_with("- "))
}

/// What follows ", Nov 9 " (a month's name and a day) at the start of `s`.
fn dated(s: &str) -> Option<&str> {
    let rest = s.strip_prefix(", ")?;
    let (month, rest) = rest.split_once(' ')?;
    let month_ok = month.len() >= 3
        && month.starts_with(char::is_uppercase)
        && month.trim_end_matches('.').chars().all(char::is_alphabetic);
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    (month_ok && (1..=2).contains(&digits)).then(|| rest[digits..].trim_start())
}

/// Records in `heard` (`Memory::quote_speaker`) that `speaker` speaks the quotation
/// `qs..qe`, unless its speaker is known already.
fn hear(
    heard: &mut Vec<(usize, usize, Option<ActorRef>)>,
    (qs, qe): (usize, usize),
    speaker: Option<ActorRef>,
) {
    match heard.binary_search_by_key(&qs, |q| q.0) {
        Err(k) => heard.insert(k, (qs, qe, speaker)),
        Ok(k) if heard[k].2.is_none() => heard[k].2 = speaker,
        Ok(_) => {}
    }
}

/// One sentence, read: its words, slots, cues and speaker.
struct Read {
    si: usize,
    ss: usize,
    se: usize,
    words: Vec<Word>,
    slots: Vec<Slot>,
    cues: Vec<CueMatch>,
    speaker: Option<ActorRef>,
    /// The speaker phrase, kept out of the claims' arguments.
    speaker_spans: Vec<(usize, usize)>,
    /// Per slot: a name before a hyphenated modifier ("Iran-backed"), no argument of cues.
    modifiers: Vec<bool>,
    /// Named pairs "X's Y" as read before possessors were dropped: `(x, y, start, end)`.
    possessives: Vec<(ActorRef, ActorRef, usize, usize)>,
}

/// The rule of a title's claim whose state the document names only as a place (or by
/// the capital of its dateline): the place is then the state's mention (see
/// `DocActors::mention_places`).
pub const PLACED_OFFICE: &str = "title of a known office, its state named as a place";

/// Extracts the claims of one document.
pub fn extract(
    text: &str,
    sentences: &[Sentence],
    actors: &DocActors,
    known: &Knowledge,
    lexicon: &Lexicon,
    published: Option<Date>,
) -> Vec<Claim> {
    let (dateline, home, home_government) = places_of_story(text, actors, known);
    let doc = Doc {
        text,
        sentences,
        kind_of: known.kind_of,
        offices: known.offices,
        forces: known.forces,
        state_of_forces: known.state_of_forces,
        parent_state: known.parent_state,
        spelled_in: known.spelled_in,
        lexicon,
        quotes: quote_spans(text),
        named: named_actors(actors),
        home,
        home_government,
        dateline,
        bureau: bureau_state(actors, known.kind_of, dateline),
        governments: government_mentions(text, actors, known),
        surfaces: surfaces(text, actors),
    };
    let mut mem = Memory::default();
    let mut out = Vec::new();
    for si in 0..sentences.len() {
        mem.held.update(&out);
        let r = read_sentence(&doc, actors, &mut mem, si);
        let mut claims: Vec<Claim> = Vec::new();
        for ci in 0..r.cues.len() {
            claims.extend(cue_claims(&doc, &mem, &r, ci));
        }
        claims.extend(office_claims(&doc, (&mem, &actors.places), &r, &claims));
        claims.extend(named_parts(&doc, &mem, &r, &claims));
        claims.extend(partisans::partisans(&doc, &r, &claims));
        claims.extend(groups_of_persons(&doc, &r, &claims));
        let leaders = (&mem.held, mem.last_person);
        claims.extend(roles::subordinates_of_leaders(&doc, leaders, &r, &claims));
        claims.extend(roles::successions(&doc, leaders, &r, &claims));
        claims.extend(tenures::ended_tenures(&doc, leaders, &r, &claims));
        claims.extend(possessed_organizations(&doc, &r, &claims));
        claims.extend(roles::persons_of_bodies(&doc, &mem.held, &r, &claims));
        claims.extend(owned_units(&doc, &r, &claims));
        claims.extend(compound_claims(&doc, &r));
        claims.extend(co_agents(&doc, &r, &claims));
        claims.extend(joined_bodies(&doc, &r));
        third_party_roles(&doc, &r, &mut claims);
        mediators::mediation(&doc, &r, &out, &mut claims);
        claims.extend(confrontations(&doc, &r));
        claims.extend(missions::missions(&doc, &r, &claims));
        claims.extend(roles::representatives(&doc, &r));
        deployments::troops_sent_to_aid(&doc, &r, &mut claims);
        claims.extend(deployments::advisers(&doc, &r));
        claims.extend(deployments::acted_together(&doc, &r, &claims));
        state_claims(&doc, &r, &actors.places, &mut claims);
        let (blames, blamed) = blamed_attacks(&doc, &r);
        if !blames.is_empty() {
            // "blamed the attack on Y": no attack on Y.
            // The act blamed, read as the writer's: the blamer says it.
            claims.retain(|c| {
                !(c.relation == Relation::Hostile
                    && (blamed.contains(&c.object) && violent_act(&c.cue)
                        || blames
                            .iter()
                            .any(|b| b.subject == c.subject && b.object == c.object)))
            });
            claims.extend(blames);
        }
        if let Some((merged, body)) = merged_to_form(&doc, &r) {
            // (Their "joining forces" is no alliance with the body they form.)
            claims.retain(|c| c.subject != body && c.object != body);
            claims.extend(merged);
        }
        if let Some((led, leader)) = under_leaders(&doc, &r) {
            claims.retain(|c| c.subject != leader && c.object != leader);
            claims.push(led);
        }
        persons_parties(&doc, &mem.held, &r, &mut claims);
        let denied = trailing_denials(&doc, &r, &claims);
        claims.extend(denied);
        let denied = closing_denials(&doc, &r, &claims);
        claims.extend(denied);
        claims.extend(denied_accusations(&doc, &r, &out));
        let sides = mediators::mediated_sides(&claims);
        claims.extend(sides);
        // "BAMENDA, Cameroon (Reuters) - Gunmen killed six Cameroonian soldiers": no state
        // fights its own forces, nor beside them, nor negotiates with them ("Washington and the Taliban
        // held talks on an agreement for US troops to leave").
        let not_own = |c: &Claim| {
            !matches!(
                c.relation,
                Relation::Hostile | Relation::Negotiates | Relation::FightsAlongside
            ) || ((doc.state_of_forces)(c.object) != Some(c.subject)
                && (doc.state_of_forces)(c.subject) != Some(c.object))
        };
        claims.retain(not_own);
        drop_own_bodies(&mut claims);
        drop_attacked_bases(&mut claims);
        drop_possessed_persons(&doc, &r, &mut claims);
        let told = told_attacks(&doc, &r, &mut mem, &claims);
        claims.extend(told.into_iter().filter(not_own));
        finish_sentence(&doc, &r, claims, published, &mut out);
        // A phrase resolved to one actor ("the council") is a mention too: the next
        // sentence's "It" continues it.
        for x in &r.slots {
            if !x.phrase || (x.actors.len() == 1 && !x.reciprocal) {
                mem.history.push((x.start, x.actors[0]));
                if (doc.kind_of)(x.actors[0]) == Kind::Person {
                    mem.last_person = Some(x.actors[0]);
                }
            }
        }
    }
    without_vague_ties(out)
}

/// "accused Talabani's party of giving PKK units shelter": a person's possessive before
/// a group noun stands for the organization the document has said he leads (before a
/// "government" or "regime", the state), named once in the sentence; what the sentence
/// says of it is that body's, not the person's.
fn persons_parties(doc: &Doc, held: &Held, r: &Read, claims: &mut Vec<Claim>) {
    let text = doc.text;
    for x in r.slots.iter().filter(|x| !x.phrase && x.actors.len() == 1) {
        let p = x.actors[0];
        // ("Fidel Castro, whose government armed Y": the relative possessive likewise.)
        let whose = text[x.end..].strip_prefix(", whose ");
        let Some(rest) = words::after_possessive(&text[x.end..]).or(whose) else {
            continue;
        };
        let noun = rest.split([' ', ',', '.', ';']).next().unwrap_or_default();
        let want = match noun {
            "government" | "regime" | "administration" => Kind::State,
            "party" => Kind::Organization,
            _ if doc.lexicon.anaphora.group_nouns.iter().any(|g| g == noun) => Kind::Organization,
            _ => continue,
        };
        let once = r.slots.iter().filter(|y| y.actors.contains(&p)).count() == 1;
        if (doc.kind_of)(p) != Kind::Person || !once {
            continue;
        }
        let mut led: Vec<ActorRef> = held
            .of(p)
            .iter()
            .filter(|&&(rel, o)| rel == Relation::Leads && (doc.kind_of)(o) == want)
            .map(|&(_, o)| o)
            .collect();
        // (Failing the document, the state the pack gives the person to lead, if named.)
        if led.is_empty() && want == Kind::State {
            led = (doc.offices)(p)
                .into_iter()
                .filter(|&(rel, o)| {
                    rel == Relation::Leads
                        && (doc.kind_of)(o) == Kind::State
                        && doc.named.binary_search(&o).is_ok()
                })
                .map(|(_, o)| o)
                .collect();
        }
        led.sort();
        led.dedup();
        let [body] = led[..] else {
            continue;
        };
        // (After "whose" the person is the main clause's subject: only what the relative
        // clause tells is the state's, "X, whose government armed Y, was indicted by Z".)
        let clause = whose.map(|rest| {
            let start = x.end + 2;
            let end = rest.find(',').map_or(r.se, |i| text.len() - rest.len() + i);
            &text[start..end.max(start)]
        });
        for c in claims.iter_mut().filter(|c| {
            !matches!(
                c.relation,
                Relation::Leads | Relation::MemberOf | Relation::Kinship
            ) && clause.is_none_or(|k| k.contains(c.cue.as_str()))
        }) {
            if c.subject == p {
                c.subject = body;
            }
            if c.object == p {
                c.object = body;
            }
        }
        claims.retain(|c| c.subject != c.object);
    }
}

/// An attack told before, claimed or denied in sentence `r` (unless the sentence relates
/// the party otherwise); and the attack `r` tells with no author, remembered for the
/// sentences after (see `attacks`).
fn told_attacks(doc: &Doc, r: &Read, mem: &mut Memory, claims: &[Claim]) -> Vec<Claim> {
    let hostile_with = |a: ActorRef| {
        claims
            .iter()
            .any(|c| c.relation == Relation::Hostile && (c.subject == a || c.object == a))
    };
    let told: Vec<Claim> = attacks::claimed_or_denied(doc, r, mem.attack)
        .into_iter()
        .filter(|c| !hostile_with(c.subject))
        .collect();
    if let Some(a) = attacks::unclaimed_attack(doc, r) {
        if !hostile_with(a.victim) {
            mem.attack = Some(a);
        }
    }
    told
}

/// "the al-Qaeda-linked JNIM" and, later, "al-Qaeda's branch JNIM": the bare tie of a
/// compound between two parties the document relates more precisely, as firmly and the
/// same way, is dropped. (A tie stated in words of its own stays a statement of its own.)
fn without_vague_ties(mut claims: Vec<Claim>) -> Vec<Claim> {
    let precise: Vec<(ActorRef, ActorRef, Polarity, Modality)> = claims
        .iter()
        .filter(|c| c.relation != Relation::Ties)
        .flat_map(|c| {
            [
                (c.subject, c.object, c.polarity, c.modality),
                (c.object, c.subject, c.polarity, c.modality),
            ]
        })
        .collect();
    claims.retain(|c| {
        c.relation != Relation::Ties
            || c.rule != "compound modifier"
            || !precise.contains(&(c.subject, c.object, c.polarity, c.modality))
    });
    claims
}

/// "'s " between an owner and what it owns, or with an epithet or two between: "Khalifa
/// Haftar's self-styled Libyan National Army", "Hemedti's paramilitary RSF" (lowercase
/// words of an adjective's or a participle's shape, hyphenated or ending "-ary", "-ous",
/// "-ful", "-ic", "-al", "-ed": no noun, verb or preposition).
fn possessive_glue(glue: &str) -> bool {
    // "X, whose Ras Kamboni militia ...", "X, a former commander whose Y ...": the name
    // the relative clause is set off on owns what "whose" opens.
    if glue.starts_with(", ")
        && glue.ends_with(" whose ")
        && !glue[1..].contains([',', ';', '(', ')'])
    {
        return true;
    }
    let Some(rest) = words::after_possessive(glue) else {
        return false;
    };
    let epithets: Vec<&str> = rest.split_whitespace().collect();
    rest.is_empty()
        || rest.ends_with(' ')
            && epithets.len() <= 2
            && epithets.iter().all(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && w.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
                    && (w.contains('-')
                        // ("Turabi's opposition Popular Congress party": a noun of standing
                        // too; not one of relation, "Iran's ally Hezbollah".)
                        || matches!(*w, "opposition" | "rebel" | "breakaway" | "own" | "armed")
                        || ["ary", "ous", "ful", "ic", "al", "ed", "ist"]
                            .iter()
                            .any(|s| w.len() > s.len() + 3 && w.ends_with(s)))
            })
}

/// Stages 1–3 for sentence `si`: words, slots, cues, speaker.
fn read_sentence(doc: &Doc, actors: &DocActors, mem: &mut Memory, si: usize) -> Read {
    let text = doc.text;
    let (ss, se) = (doc.sentences[si].start, doc.sentences[si].end);
    let words = words::words(text, ss, se);
    let mut slots = slots::named(
        (doc.text, &doc.lexicon.alias_markers),
        actors,
        &mut mem.m_at,
        ss,
        se,
    );
    let mut possessives: Vec<_> = slots
        .windows(2)
        .filter(|w| possessive_glue(&text[w[0].end..w[1].start]))
        .filter(|w| w[0].actors.len() == 1 && w[1].actors.len() == 1)
        .map(|w| (w[0].actors[0], w[1].actors[0], w[0].start, w[1].end))
        .collect();
    possessives.extend(slots::named_phrases(text, &words, &mut slots));
    slots::drop_possessors(text, &doc.lexicon.diplomatic_roles, &mut slots);
    let in_quote = |p: usize| doc.in_quote(p);
    let reading = Reading {
        text,
        ss,
        se,
        prev_start: si.checked_sub(1).map_or(ss, |p| doc.sentences[p].start),
        words: &words,
        history: &mem.history,
        kind_of: doc.kind_of,
        forces: doc.forces,
        state_of_forces: doc.state_of_forces,
        in_quote: &in_quote,
        home: doc.home_government,
        dateline: doc.dateline,
        bureau: doc.bureau,
        governments: &doc.governments,
        places: &actors.places,
        aimed_verbs: &doc.lexicon.anaphora.aimed_verbs,
        sovereigns: &doc.lexicon.anaphora.sovereigns,
    };
    slots::resolve_phrases(&reading, &doc.lexicon.anaphora, &mut slots);
    // "Kagame's government": the state its person leads, by the pack or the document;
    // "Janjalani's group": the organization its person leads or belongs to.
    // ("President X's government", with the title in this sentence: the home state's.)
    let titled: Vec<ActorRef> = slots
        .iter()
        .filter(|x| !x.phrase && x.actors.len() == 1 && head_of_state_before(text, ss, x.start))
        .map(|x| x.actors[0])
        .collect();
    // (Not the dateline's: "NAIROBI - President X's government accused Rwanda".)
    let home = doc.home_government;
    let state_led_by = |a: ActorRef| {
        holder_of(doc, &mem.held, a, true).or_else(|| home.filter(|_| titled.contains(&a)))
    };
    let group_of = |a: ActorRef| holder_of(doc, &mem.held, a, false);
    let a = &doc.lexicon.anaphora;
    slots::governments(
        (text, ss),
        (&a.state_nouns, &a.forces_nouns, &a.group_nouns),
        (&state_led_by, &group_of),
        doc.kind_of,
        &mut slots,
    );
    slots::persons_men(&reading, a, &mut slots);
    let cues = sentence_cues(doc, &slots, ss, se);
    let (speaker, speaker_spans) = find_speaker(&Hearing {
        text,
        words: &words,
        slots: &slots,
        cues: &cues,
        in_quote: &in_quote,
        last_person: mem.last_person,
        last_speaker: mem.last_speaker,
        that_only: &doc.lexicon.that_only,
        subordinators: &doc.lexicon.subordinators,
        media: &doc.lexicon.media,
        answer_verbs: &doc.lexicon.answer_verbs,
        judge_verbs: &doc.lexicon.judge_verbs,
    });
    if let Some(sp) = speaker {
        mem.last_speaker = Some(sp);
    }
    for &q in quotes_over(&doc.quotes, ss, se) {
        hear(&mut mem.quote_speaker, q, speaker);
    }
    let who_speaks = |pos: usize| mem.quoted_by(pos).or(speaker);
    slots::first_person(
        &reading,
        &doc.lexicon.anaphora,
        &who_speaks,
        &mem.held,
        &mut slots,
    );
    let modifiers = slots
        .iter()
        .map(|x| compound_modifier((text, &doc.lexicon.anaphora.led_bodies), &words, &slots, x))
        .collect();
    Read {
        si,
        ss,
        se,
        words,
        slots,
        cues,
        speaker,
        speaker_spans,
        modifiers,
        possessives,
    }
}

/// Whether a head of state's title with no owner stands right before `pos`, at the start
/// of its sentence ("President Patrice Talon's government ...").
fn head_of_state_before(text: &str, ss: usize, pos: usize) -> bool {
    let before = text[ss..pos].trim_end();
    // (After a dateline: "COTONOU, Benin - President X's government".)
    let before = before.rsplit(" - ").next().unwrap_or(before);
    let before = before.rsplit(['—', '–']).next().unwrap_or(before).trim();
    // (Lowercased only when short enough to be a title: this runs for every name.)
    before.starts_with(char::is_uppercase)
        && before.len() <= "prime minister".len()
        && HEADS_OF_STATE.contains(&before.to_lowercase().as_str())
}

/// Titles that lead a state: "President", "Prime Minister", "Premier" (not "Chancellor":
/// Britain's is its finance minister, and a visiting one is often a guest of the
/// dateline's state).
pub(super) const HEADS_OF_STATE: [&str; 7] = [
    "president",
    "prime minister",
    "premier",
    "emperor",
    "king",
    "queen",
    "shah",
];

/// What a person holds, by the pack or the claims of the document so far: the state the
/// person leads (`state`), else the organization the person leads or belongs to.
fn holder_of(doc: &Doc, held: &Held, a: ActorRef, state: bool) -> Option<ActorRef> {
    let fits = |rel: Relation, o: ActorRef| {
        let kind = (doc.kind_of)(o);
        if state {
            rel == Relation::Leads && kind == Kind::State
        } else {
            matches!(rel, Relation::Leads | Relation::MemberOf) && kind == Kind::Organization
        }
    };
    (doc.offices)(a)
        .into_iter()
        .find(|&(rel, o)| fits(rel, o))
        .map(|(_, o)| o)
        .or_else(|| {
            held.of(a)
                .iter()
                .rev()
                .find(|&&(rel, o)| fits(rel, o))
                .map(|&(_, o)| o)
        })
}

/// The lexicon's cues in the sentence, but for those inside an actor's name ("United
/// States", "Resolute Support Mission").
fn sentence_cues(doc: &Doc, slots: &[Slot], ss: usize, se: usize) -> Vec<CueMatch> {
    let cues: Vec<CueMatch> = doc
        .lexicon
        .find(&doc.text[ss..se])
        .into_iter()
        .map(|c| CueMatch {
            start: c.start + ss,
            end: c.end + ss,
            ..c
        })
        .filter(|c| {
            !slots
                .iter()
                .any(|x| !x.phrase && x.start < c.end && c.start < x.end)
        })
        .collect();
    // "rejected claims of links with X", "reports of talks": a word of speech before
    // "of" is a noun, and says nothing (not a participle: "accused of arming X").
    let cues: Vec<CueMatch> = cues
        .into_iter()
        .filter(|c| {
            c.cue != Cue::Speech
                || !doc.text[c.end..se].starts_with(" of ")
                || doc.text[c.start..c.end].ends_with("ed")
        })
        .collect();
    // "received a Russian delegation": a verb of receiving is a meeting only when a
    // body or an envoy follows within a few words.
    let text = doc.text;
    let lexicon = doc.lexicon;
    let reception = |c: &CueMatch| {
        lexicon
            .receptions
            .contains(&text[c.start..c.end].to_lowercase())
    };
    let hosted_pair = |c: &CueMatch| {
        reception(c) && pairs::hosted_pair(text, slots.iter(), doc.kind_of, c.end).is_some()
    };
    let cues: Vec<CueMatch> = cues
        .into_iter()
        .filter(|c| c.cue != Cue::Verb(Relation::Shelters) || !hosted_pair(c))
        .filter(|c| {
            c.cue != Cue::Verb(Relation::Negotiates)
                || !reception(c)
                || hosted_pair(c)
                || text[c.end..se]
                    .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                    .filter(|w| !w.is_empty())
                    .take(5)
                    .map(str::to_lowercase)
                    .any(|w| lexicon.bodies.contains(&w) || lexicon.diplomatic_roles.contains(&w))
        })
        // "Back-channel contacts": a verb joined by a hyphen to the word after it is the
        // head of a compound, no verb.
        .filter(|c| {
            !matches!(c.cue, Cue::Verb(_))
                || !text[c.end..se]
                    .strip_prefix('-')
                    .is_some_and(|rest| rest.starts_with(char::is_alphabetic))
        })
        .collect();
    let read_as_noun = |c: &CueMatch| read_as_noun(doc, ss, se, c);
    // The same word as a noun of one relation and a verb of another ("arm": a part, or
    // to supply) is read the same way.
    let twin = |c: &CueMatch, noun: bool| {
        cues.iter().any(|m| {
            m.start == c.start
                && m.end == c.end
                && if noun {
                    matches!(m.cue, Cue::Noun(_))
                } else {
                    matches!(m.cue, Cue::Verb(_))
                }
        })
    };
    cues.iter()
        .filter(|c| match c.cue {
            Cue::Verb(_) if twin(c, true) => !read_as_noun(c),
            Cue::Noun(_) if twin(c, false) => read_as_noun(c),
            Cue::Verb(_) => !plural_noun(doc.text, ss, c),
            _ => true,
        })
        .filter(|c| !adjectival_participle(doc.text, ss, c))
        .map(|c| fought_for_a_cause(doc.lexicon, &doc.text[..se], c))
        .map(|c| after_an_article(doc.text, ss, slots, c))
        .collect()
}

/// A word that is both a verb and a noun of one relation ("support", "attack") is read
/// once: as a noun after a determiner, a possessive or a preposition, else as a verb.
fn read_as_noun(doc: &Doc, ss: usize, se: usize, c: &CueMatch) -> bool {
    let before = doc.text[ss..c.start].trim_end();
    let mut prior = before
        .rsplit(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '’' && ch != '-')
        .filter(|w| !w.is_empty());
    // An infinitive is a verb: "and to support".
    let first = prior.next();
    if first.is_some_and(|w| w.eq_ignore_ascii_case("to")) {
        return false;
    }
    // "denied that Russia supplies X": after a name opening a clause the word is its
    // verb ("the Iranian support" is a noun: an article before the capital).
    let second = prior.clone().next();
    let named = first.is_some_and(|w| {
        w.starts_with(char::is_uppercase) && !w.ends_with("'s") && !w.ends_with("’s")
    });
    // (But "with Rwandan and Ugandan backing": a pair of names after a preposition or
    // an article modifies the noun.)
    let modified = {
        let mut further = prior.clone().skip(1);
        further
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && further.next().is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "with" | "the" | "of" | "for" | "without" | "under"
                )
            })
    };
    if named
        && !modified
        && second.is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "that" | "and" | "but" | "as" | "while"
            )
        })
    {
        return false;
    }
    // "giving them shelter": what a verb of giving gives is a noun.
    let object_pronoun = first.is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "them" | "it" | "him" | "her" | "us"
        )
    });
    if object_pronoun && second.is_some_and(words::giving_verb) {
        return true;
    }
    // "giving PKK units shelter", "gave the PKK shelter": past a receiver's name (and a
    // noun of its members), likewise.
    let receiver_word = |w: &&str| {
        w.starts_with(char::is_uppercase) && !words::giving_verb(w)
            || doc.lexicon.anaphora.member_nouns.iter().any(|m| m == w)
            || matches!(*w, "the" | "commanders" | "leaders")
    };
    let mut back = before
        .rsplit(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .filter(|w| !w.is_empty())
        .take(4)
        .peekable();
    let named_receiver = back
        .peek()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        || back
            .clone()
            .nth(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    if named_receiver
        && back
            .find(|w| !receiver_word(w))
            .is_some_and(words::giving_verb)
    {
        return true;
    }
    // No verb of the lexicon takes "of" after it: "an arm of the Taliban"; nor, but in
    // its participle, "by": "Repeated attacks by ISWAP against ...".
    let by = doc.text[c.end..se].starts_with(" by ") && !doc.text[c.start..c.end].ends_with("ed");
    if doc.text[c.end..se].starts_with(" of ") || by {
        return true;
    }
    // The two words before: "the support", "Iran's alleged support".
    [first, prior.next()].into_iter().flatten().any(|prev| {
        let prev = prev.to_lowercase();
        prev.ends_with("'s")
            || prev.ends_with("’s")
            || matches!(
                prev.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "of"
                    | "for"
                    | "with"
                    | "without"
                    | "any"
                    | "no"
                    | "such"
                    | "and"
                    | "military"
                    | "financial"
                    | "political"
            )
    })
}

/// "attacked commercial ships", "foreign funds", "two supplies": a verb cue in -s after
/// an adjective or a number is a plural noun, and relates no one.
fn plural_noun(text: &str, ss: usize, c: &CueMatch) -> bool {
    let cue = &text[c.start..c.end];
    if cue.contains(' ') || !cue.ends_with('s') || cue.ends_with("ss") {
        return false;
    }
    let before = text[ss..c.start].trim_end();
    if before.len() == text[ss..c.start].len() {
        return false;
    }
    let prev = before
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("");
    let adjective = prev.starts_with(|ch: char| ch.is_lowercase())
        && [
            "al", "ic", "ous", "ive", "ary", "ian", "ese", "ful", "less", "ish",
        ]
        .iter()
        .any(|end| prev.ends_with(end));
    let number = prev.chars().all(|ch| ch.is_ascii_digit()) && !prev.is_empty()
        || matches!(
            prev,
            "two" | "three" | "four" | "five" | "several" | "many" | "few" | "other" | "some"
        );
    adjective || number
}

/// "in the clash", "the fighting between X and Y": a verb cue right after an article is
/// a noun, and pairs as one.
fn after_an_article(text: &str, ss: usize, slots: &[Slot], c: CueMatch) -> CueMatch {
    let Cue::Verb(rel) = c.cue else {
        return c;
    };
    let before = text[ss..c.start].trim_end();
    let prev = before
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("");
    let is_article = |w: &str| matches!(w.to_ascii_lowercase().as_str(), "the" | "a" | "an");
    // "an Israeli strike", "a Hamas attack": a name modifying the noun may stand between
    // (only after "a" or "an": "the Taliban attacked" is a verb).
    let modified = slots.iter().any(|x| {
        !x.phrase
            && x.end <= c.start
            && x.start >= ss
            && text[x.end..c.start].trim().is_empty()
            && text[..x.start]
                .trim_end()
                .rsplit(|ch: char| !ch.is_alphanumeric())
                .next()
                .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "a" | "an"))
    });
    let article = before.len() < text[ss..c.start].len() && (is_article(prev) || modified);
    if article {
        CueMatch {
            cue: Cue::Noun(rel),
            ..c
        }
    } else {
        c
    }
}

/// "the banned Islamic Salvation Front", "a wanted man": a past participle right after
/// an article describes the noun after it, and relates no one.
fn adjectival_participle(text: &str, ss: usize, c: &CueMatch) -> bool {
    let word = &text[c.start..c.end];
    let prev = text[ss..c.start]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(' ').next())
        .unwrap_or("");
    matches!(c.cue, Cue::Verb(_))
        && !word.contains(' ')
        && word.ends_with("ed")
        && matches!(prev, "the" | "The" | "a" | "A" | "an" | "An")
}

/// "X and Y have fought for control of the routes": a side's verb ("fought for X") whose
/// "for" takes no party is its verb alone, when the lexicon reads that verb as hostile.
fn fought_for_a_cause(lexicon: &Lexicon, text: &str, c: &CueMatch) -> CueMatch {
    if c.cue != Cue::Verb(Relation::MemberOf) {
        return *c;
    }
    let phrase = text[c.start..c.end].to_ascii_lowercase();
    let Some(verb) = phrase.strip_suffix(" for") else {
        return *c;
    };
    let fight = lexicon
        .find(verb)
        .iter()
        .any(|m| m.start == 0 && m.end == verb.len() && m.cue == Cue::Verb(Relation::Hostile));
    let next = text[c.end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|ch: char| !ch.is_alphanumeric());
    // (A name may open in lowercase: "fought for al-Qaeda".)
    let particle_name = ["al-", "el-", "ad-", "as-", "an-", "ash-", "at-"]
        .iter()
        .any(|p| next.starts_with(p) && next[p.len()..].starts_with(char::is_uppercase));
    let cause = next.starts_with(char::is_lowercase)
        && !particle_name
        && !matches!(
            next,
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "both" | "rival" | "them"
        );
    if fight && cause {
        CueMatch {
            end: c.start + verb.len(),
            cue: Cue::Verb(Relation::Hostile),
            ..*c
        }
    } else {
        *c
    }
}

/// "the head of the LTTE's political wing": who heads a body's part is a member of the
/// body (the part, unnamed, is no actor).
fn heads_a_part(doc: &Doc, c: &CueMatch) -> bool {
    let after = words::lower_after(doc.text, c.end, 80);
    let Some(rest) = after.strip_prefix("of ") else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let Some(k) = rest.find("'s ").or_else(|| rest.find("’s ")) else {
        return false;
    };
    let owner_words = rest[..k].split(' ').count();
    let part: Vec<&str> = rest[k..].split(' ').skip(1).take(3).collect();
    owner_words <= 5
        && part.iter().any(|w| {
            let w = w.trim_end_matches([',', '.', ';']);
            doc.lexicon.parts.iter().any(|p| p == w)
        })
}

/// The relation a cue's pairs bear, as the rule that paired them read it: "the leaders of
/// A and B respectively" each lead one; "a leader of X" and "the faction led by Y" are
/// members.
fn paired_relation(
    doc: &Doc,
    r: &Read,
    c: &CueMatch,
    (rel, noun): (Relation, bool),
    rule: &str,
) -> Relation {
    let text = doc.text;
    let singular_leads = || {
        let word = &text[c.start..c.end];
        doc.lexicon
            .find(word.strip_suffix('s').unwrap_or(word))
            .iter()
            .any(|m| m.cue == Cue::Noun(Relation::Leads))
    };
    if rule == "respective roles" && singular_leads() {
        Relation::Leads
    } else if rel == Relation::Leads
        && (noun && (indefinite_leader(text, &r.words, &r.slots, c, r.ss) || heads_a_part(doc, c))
            || !noun && roles::led_part_of_owner(text, &r.words, &r.slots, c))
    {
        Relation::MemberOf
    } else {
        rel
    }
}

/// Stage 4 for one relation cue: its pairs, widened along lists, turned into claims.
fn cue_claims(doc: &Doc, mem: &Memory, r: &Read, ci: usize) -> Vec<Claim> {
    let (text, c) = (doc.text, &r.cues[ci]);
    if skipped_cue(text, &r.words, c, r.se, &doc.lexicon.answer_verbs) {
        return Vec::new();
    }
    let (rel, noun, inverse) = match c.cue {
        Cue::Verb(rel) => (rel, false, false),
        Cue::Noun(rel) => (rel, true, false),
        Cue::Inverse(rel) => (rel, true, true),
        _ => return Vec::new(),
    };
    // ("the main supplier of arms": the noun after an agent noun of the same relation and
    // "of" is what that agent gives, read with it.)
    if noun
        && r.cues
            .iter()
            .any(|m| m.cue == c.cue && &text[m.end..c.start.max(m.end)] == " of ")
    {
        return Vec::new();
    }
    let role =
        noun && !inverse && matches!(rel, Relation::MemberOf | Relation::Leads | Relation::PartOf);
    // "X, who heads Y, said ...": the speaker's own relative clause relates the speaker.
    let of_speaker = r
        .speaker_spans
        .iter()
        .any(|&(_, e)| speakers_clause(text, &r.cues, e, c.start));
    let candidates = candidates(doc, r, c, role || of_speaker);
    let denied_between = |a: usize, b: usize| {
        r.cues
            .iter()
            .any(|m| m.cue == Cue::Denial && m.start >= a && m.end <= b)
    };
    let site = CueSite {
        text,
        words: &r.words,
        slots: &candidates,
        c,
        rel,
        noun,
        kind_of: doc.kind_of,
        cues: &r.cues,
        denied_between: &denied_between,
        lexicon: doc.lexicon,
    };
    let (pairs, rule) = if role {
        role_pairs(&site)
    } else {
        let (pairs, rule) = relation_pairs(&site);
        (widen_lists(&site, pairs, rule), rule)
    };
    let rel = paired_relation(doc, r, c, (rel, noun), rule);
    let pairs = if inverse {
        inverse_pairs(&site, pairs)
    } else {
        pairs
    };
    let implied = implied_pairs(&site, rel, &pairs);
    let modes = support_modes(text, &r.words, c, rel, noun);
    let pairs = pairs
        .into_iter()
        .flat_map(|p| {
            let rels = if modes.is_empty() {
                vec![refine(doc, r, c, rel, noun, p)]
            } else {
                modes.clone()
            };
            let p = founded_offshoot(doc, c, rel, p);
            rels.into_iter().map(move |rel| (rel, p, rule))
        })
        .chain(implied);
    let hosted = rel == Relation::Shelters && !noun && hosted_talks(text, r, c);
    let mut out = Vec::new();
    for (rel, (subj, obj), rule) in pairs {
        // "Talks between X and Y, hosted by Kenya": the host of talks stands between their
        // sides (which the talks relate); it shelters no one.
        let rel = match (hosted, rule) {
            (true, "passive with by") => Relation::Mediates,
            (true, _) => continue,
            _ => rel,
        };
        if subj == obj
            || !kinds_fit(rel, (doc.kind_of)(subj), (doc.kind_of)(obj))
            || own_forces(doc, rel, (subj, obj))
            || personal_act(doc, c, rel, (subj, obj))
        {
            continue;
        }
        let at = candidates
            .iter()
            .rev()
            .find(|x| x.end <= c.start && x.actors.contains(&subj))
            .map(|x| x.start);
        let (polarity, modality, source) = stance(doc, mem, r, ci, (subj, at), role);
        let (source, modality) = narrated(
            (rule, role, of_speaker),
            doc.in_quote(c.start),
            subj,
            source,
            modality,
        );
        out.push(Claim {
            subject: subj,
            relation: rel,
            object: obj,
            polarity,
            modality,
            source,
            sentence: r.si,
            start: r.ss,
            end: r.se,
            cue: text[c.start..c.end].to_string(),
            rule,
            time: None,
        });
    }
    out
}

/// The voice of a claim of pair rule `rule`: "Security Adviser X said ...", "X declared
/// victory over the government of President Y": a title (`role`) is the narrator's
/// description, whoever speaks, and so is a speaker's own relative clause (`of_speaker`,
/// "X, who heads Y, said"), outside quotations. ("X and Y agreed to a truce after talks
/// hosted by Prime Minister Z": the title is held now, whatever the sentence pledges or
/// supposes.)
fn narrated(
    (rule, role, of_speaker): (&str, bool, bool),
    quoted: bool,
    subject: ActorRef,
    source: Source,
    modality: Modality,
) -> (Source, Modality) {
    let title = matches!(
        rule,
        "owner, role, name" | "name, role of owner" | "role of owner, name" | "force, rank, name"
    ) || source == Source::Actor(subject);
    let source = if (role && title || of_speaker) && !quoted {
        Source::Author
    } else {
        source
    };
    let modality =
        if role && title && matches!(modality, Modality::Commitment | Modality::Hypothetical) {
            Modality::Asserted
        } else {
            modality
        };
    (source, modality)
}

/// Relations a cue's pairs imply besides its own: joint action, common foes, helped fights.
fn implied_pairs(
    site: &CueSite,
    rel: Relation,
    pairs: &[Pair],
) -> Vec<(Relation, Pair, &'static str)> {
    // "X and Y attacked Z": besides each against Z, X and Y act together.
    let joint = joint_subjects(site);
    let mut out: Vec<(Relation, Pair, &'static str)> = joint
        .iter()
        .enumerate()
        .flat_map(|(i, &a)| {
            joint[i + 1..]
                .iter()
                .map(move |&b| (Relation::FightsAlongside, (a, b), "joint action"))
        })
        .collect();
    // "X fought alongside Y against Z", "X is a partner of Y in the fight against Z":
    // both are Z's foes.
    if matches!(rel, Relation::FightsAlongside | Relation::Ties) {
        out.extend(common_foe(site, pairs));
    }
    // "Kenya fought with Uganda against al-Shabaab": the partner "with" names before
    // "against" fights beside the subject (see `beside_object`), and both fight the foe.
    if rel == Relation::Hostile && !site.noun {
        let with: Vec<Pair> = pairs
            .iter()
            .copied()
            .filter(|&(_, o)| with_against(site.text, site.slots, site.c, o))
            .collect();
        if !with.is_empty() {
            out.extend(common_foe(site, &with));
        }
    }
    // "hired to help Mozambique's forces fight Y": who helps fight Y is Y's foe too.
    if matches!(rel, Relation::Sponsors | Relation::FightsAlongside) {
        out.extend(helps_fight(site, pairs));
    }
    // "Qatar hosted the talks between X and Y": X and Y hold the talks.
    let talks = site.cue_word();
    if rel == Relation::Mediates && (talks.ends_with(" talks") || talks.ends_with("negotiations")) {
        let mut sides: Vec<ActorRef> = pairs.iter().map(|p| p.1).collect();
        sides.sort();
        sides.dedup();
        if let ([a, b], Some(m)) = (sides.as_slice(), pairs.first()) {
            if pairs.iter().all(|p| p.0 == m.0) && m.0 != *a && m.0 != *b {
                out.push((Relation::Negotiates, (*a, *b), "talks between them"));
            }
        }
        // ("talks between X and three fronts: A, B and C": X with each.)
        if let (true, Some(m)) = (sides.len() > 2, pairs.first()) {
            if pairs.iter().all(|p| p.0 == m.0 && p.1 != m.0) {
                let first = m.1;
                out.extend(
                    pairs[1..]
                        .iter()
                        .filter(|p| p.1 != first)
                        .map(|p| (Relation::Negotiates, (first, p.1), "talks between them")),
                );
            }
        }
    }
    out
}

/// "X fought alongside Y against Z": the first name after "against" past the partner, in
/// the clause, is the foe of both.
fn common_foe(site: &CueSite, pairs: &[Pair]) -> Vec<(Relation, Pair, &'static str)> {
    let text = site.text;
    if pairs.is_empty() {
        return foe_past_description(site);
    }
    let Some(last) = site
        .slots
        .iter()
        .filter(|x| x.start >= site.c.end && pairs.iter().any(|p| x.actors.contains(&p.1)))
        .map(|x| x.end)
        .max()
        // "X and Y fought side by side against Z": both sides named before the cue.
        .or_else(|| {
            let before = |a: ActorRef| {
                site.slots
                    .iter()
                    .any(|x| x.end <= site.c.start && x.actors.contains(&a))
            };
            pairs
                .iter()
                .all(|&(a, b)| before(a) && before(b))
                .then_some(site.c.end)
        })
    else {
        return Vec::new();
    };
    // "against Z", "in the fight against Z", "in their war on Z", "to fight Z".
    let aimed = |gap: &[String]| {
        let gap: Vec<&str> = gap
            .iter()
            .map(String::as_str)
            .filter(|w| !matches!(*w, "the" | "a" | "an" | "their" | "its" | "joint"))
            .collect();
        let fight = |w: &str| {
            matches!(
                w,
                "fight" | "fighting" | "war" | "battle" | "campaign" | "struggle"
            )
        };
        match gap.as_slice() {
            ["against"] => true,
            ["in", f, "against" | "on"] => fight(f),
            ["to", "fight"] | ["to", "fight", "against"] => true,
            _ => false,
        }
    };
    let foe = site.slots.iter().find(|y| {
        y.start >= last
            && y.actors.len() == 1
            && !text[last..y.start].contains([',', ';', '.'])
            && aimed(&between(text, site.words, last, y.start))
    });
    let Some(foe) = foe else {
        return Vec::new();
    };
    let mut sides: Vec<ActorRef> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    sides.sort();
    sides.dedup();
    sides
        .into_iter()
        .filter(|&a| a != foe.actors[0])
        .map(|a| (Relation::Hostile, (a, foe.actors[0]), "common foe"))
        .collect()
}

/// "US forces began fighting alongside the tribal militias against the jihadists": with a
/// partner no name stands for, the subject right before the verb is still the foe of the
/// first name after "against" (only the partner's words between, no comma).
fn foe_past_description(site: &CueSite) -> Vec<(Relation, Pair, &'static str)> {
    let (text, c) = (site.text, site.c);
    if site.noun || site.rel != Relation::FightsAlongside {
        return Vec::new();
    }
    let subject = site.slots.iter().rev().find(|x| {
        x.end <= c.start && x.actors.len() == 1 && gap_words(site.words, x.end, c.start) <= 2
    });
    let foe = site
        .slots
        .iter()
        .find(|y| y.start >= c.end && y.actors.len() == 1);
    let (Some(subject), Some(foe)) = (subject, foe) else {
        return Vec::new();
    };
    let gap = between(text, site.words, c.end, foe.start);
    let aimed = gap.len() <= 7
        && !text[c.end..foe.start].contains([',', ';', '.'])
        && gap.iter().rposition(|w| w == "against").is_some_and(|i| {
            gap[i + 1..].iter().all(|w| w == "the") && gap[..i].first().is_some_and(|w| w == "the")
        });
    (aimed && subject.actors != foe.actors)
        .then(|| {
            (
                Relation::Hostile,
                (subject.actors[0], foe.actors[0]),
                "common foe",
            )
        })
        .into_iter()
        .collect()
}

/// "help X fight Y", "helping X to track down Y", "assist X in fighting Y": the helper
/// of each pair is the foe of Y, the object of the act of force that follows the helped.
fn helps_fight(site: &CueSite, pairs: &[Pair]) -> Vec<(Relation, Pair, &'static str)> {
    let (text, words) = (site.text, site.words);
    let word = text[site.c.start..site.c.end].to_lowercase();
    let helping = matches!(
        word.as_str(),
        "help" | "helps" | "helped" | "helping" | "assist" | "assists" | "assisted" | "assisting"
    );
    if !helping {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &(helper, helped) in pairs {
        let Some(y) = site
            .slots
            .iter()
            .find(|x| x.start >= site.c.end && x.actors.contains(&helped))
        else {
            continue;
        };
        let act = site.cues.iter().find(|m| {
            m.cue == Cue::Verb(Relation::Hostile)
                && m.start >= y.end
                && !text[y.end..m.start].contains([',', ';', ':', '.'])
                && matches!(
                    between(text, words, y.end, m.start)
                        .iter()
                        .map(String::as_str)
                        .collect::<Vec<_>>()
                        .as_slice(),
                    [] | ["to"] | ["in"]
                )
        });
        let Some(act) = act else {
            continue;
        };
        let foe = site.slots.iter().find(|z| {
            z.start >= act.end
                && z.actors.len() == 1
                && gap_words(words, act.end, z.start) <= 6
                && !text[act.end..z.start].contains([',', ';', '.'])
        });
        // (Nor the helped: "helped the FACA push it back", with "it" read as the FACA.)
        if let Some(foe) = foe.filter(|z| z.actors[0] != helper && z.actors[0] != helped) {
            out.push((Relation::Hostile, (helper, foe.actors[0]), "helps fight"));
        }
    }
    out
}

/// "X financially and militarily assisted Y": adverbs before a verb of support name what
/// was given (funds, supplies); empty when none does.
fn support_modes(
    text: &str,
    words: &[Word],
    c: &CueMatch,
    rel: Relation,
    noun: bool,
) -> Vec<Relation> {
    let helping = matches!(rel, Relation::Sponsors | Relation::FightsAlongside);
    if noun || !helping {
        return Vec::new();
    }
    let mut modes = Vec::new();
    let before = words.iter().rev().filter(|w| w.end <= c.start).take(4);
    for w in before {
        let mode = match text[w.start..w.end].to_lowercase().as_str() {
            "financially" => Relation::Funds,
            "militarily" | "logistically" => Relation::Supplies,
            "and" | "has" | "have" | "had" | "also" | "both" | "heavily" => continue,
            _ => break,
        };
        if !modes.contains(&mode) {
            modes.push(mode);
        }
    }
    modes
}

/// Whether the cue at `cue` stands in a relative clause set off right after a speaker
/// that ends at `speaker_end`: "X, who heads Y, said", "..., said X, who leads Y". The
/// clause describes the speaker in the writer's voice, and says nothing itself.
fn speakers_clause(text: &str, cues: &[CueMatch], speaker_end: usize, cue: usize) -> bool {
    let Some(gap) = text.get(speaker_end..cue) else {
        return false;
    };
    // "X, backed by Y, said", "X, a group affiliated with Y, claimed": any phrase set off
    // after a speaker who speaks after it describes the speaker too.
    let speaks_after = || {
        cues.iter()
            .any(|m| matches!(m.cue, Cue::Speech | Cue::Attribution) && m.start > cue)
    };
    let Some(clause) = [", who ", ", which "]
        .iter()
        .find_map(|p| gap.strip_prefix(p))
        .or_else(|| gap.strip_prefix(", ").filter(|_| speaks_after()))
    else {
        return false;
    };
    !clause.contains([',', ';', '(', '"', '“'])
        && !cues
            .iter()
            .any(|m| matches!(m.cue, Cue::Speech) && m.start > speaker_end && m.start < cue)
}

/// The slots a cue may pair: not modifiers, not the speaker (unless for their own title),
/// and only persons for a person's kin.
fn candidates<'r>(doc: &Doc, r: &'r Read, c: &CueMatch, role: bool) -> Vec<&'r Slot> {
    let text = doc.text;
    // A speaker is no party to what they say, but their own title still counts (not a
    // judge's after "by": "described by Kenya as an affiliate of al-Qaeda").
    r.slots
        .iter()
        .zip(&r.modifiers)
        .filter(|(_, &modifier)| !modifier)
        .map(|(x, _)| x)
        .filter(|x| {
            let spoken = r
                .speaker_spans
                .iter()
                .any(|&(s, e)| x.start < e && s < x.end);
            let judge = text[..x.start].ends_with("by ") || text[..x.start].ends_with("by the ");
            !spoken || role && !judge
        })
        // A person's kin are persons: "the brother of the late MILF chairman X" relates X.
        .filter(|x| {
            !doc.lexicon
                .kin
                .contains(&text[c.start..c.end].to_lowercase())
                || x.actors.iter().all(|&a| (doc.kind_of)(a) == Kind::Person)
        })
        .collect()
}

/// Whether the verb of meeting at `c` ends a clause of place opened by "where" a few
/// words before it: "the triangle where Sudan, Libya and Egypt meet".
fn where_places(text: &str, words: &[Word], c: &CueMatch, se: usize) -> bool {
    let n = words.partition_point(|w| w.end <= c.start);
    let opened = words[n.saturating_sub(8)..n]
        .iter()
        .any(|w| &text[w.start..w.end] == "where");
    let rest = text[c.end..se].trim_start();
    opened && (rest.is_empty() || rest.starts_with([',', '.', ';']))
}

/// Cues that relate nothing where they stand: "the U.S.-led coalition" (a compound, read
/// apart) and "fought ... with money and weapons" (an instrument, not a transfer).
fn skipped_cue(
    text: &str,
    words: &[Word],
    c: &CueMatch,
    se: usize,
    answer_verbs: &[String],
) -> bool {
    // (But "the gang's then-leader X": a role once held.)
    if text[..c.start].ends_with('-') && !text[..c.start].ends_with("then-") {
        return true;
    }
    // "for the PKK to lay down its arms", "gave up their weapons": disarmament gives no one
    // anything.
    if matches!(c.cue, Cue::Noun(Relation::Supplies)) {
        let n = words.partition_point(|w| w.end <= c.start);
        // (Compared in place: this runs for every noun of supply.)
        let before: Vec<&str> = words[n.saturating_sub(3)..n]
            .iter()
            .map(|w| &text[w.start..w.end])
            .collect();
        let disarm = before.windows(2).any(|p| {
            matches!(
                (p[0], p[1]),
                (
                    "lay" | "laid" | "laying" | "lays" | "put" | "putting",
                    "down"
                ) | ("give" | "gave" | "giving" | "gives", "up")
            )
        }) || before.iter().any(|w| {
            matches!(
                *w,
                "surrender"
                    | "surrendered"
                    | "surrendering"
                    | "decommission"
                    | "decommissioned"
                    | "burned"
                    | "burning"
                    | "destroyed"
            )
        });
        if disarm {
            return true;
        }
    }
    let prior_word = word_before(text, words, c.start).map(str::to_lowercase);
    // "threatened to leave NATO": a threat of some other act is no act of force.
    // (Compared in place: this runs for every cue.)
    let cue_text = &text[c.start..c.end];
    // "the border triangle where Sudan, Libya and Egypt meet": places meet, no parties.
    if (cue_text == "meet" || cue_text == "meets") && where_places(text, words, c, se) {
        return true;
    }
    // "The Taliban ruled out talks": ruling something out rules no one.
    if matches!(cue_text, "ruled" | "rules")
        && words::word_at(text, words, c.end).is_some_and(|w| w == "out")
    {
        return true;
    }
    if (cue_text.eq_ignore_ascii_case("threatened") || cue_text.eq_ignore_ascii_case("threatens"))
        && words::word_at(text, words, c.end).is_some_and(|w| w.eq_ignore_ascii_case("to"))
    {
        return true;
    }
    // "directing the group from hiding", "went into hiding": no one is hidden.
    if text[c.start..c.end].eq_ignore_ascii_case("hiding")
        && matches!(prior_word.as_deref(), Some("from" | "in" | "into"))
    {
        return true;
    }
    // "responded with airstrikes on X": an act of force answering another is no
    // instrument ("defied Iran with attacks on Y" still is).
    let answer = words
        .iter()
        .rev()
        .filter(|w| w.end <= c.start)
        .nth(1)
        .is_some_and(|w| answer_verbs.contains(&text[w.start..w.end].to_ascii_lowercase()));
    // "X provided Y with weapons": after a verb of giving, what comes "with" is given.
    let given = || {
        words[..words.partition_point(|w| w.end <= c.start)]
            .iter()
            .rev()
            .skip(1)
            .take(6)
            .find(|w| {
                pairs::GIVE_WITH.contains(&text[w.start..w.end].to_ascii_lowercase().as_str())
            })
            .is_some_and(|w| !text[w.end..c.start].contains([',', ';']))
    };
    matches!(c.cue, Cue::Noun(rel) if rel != Relation::Hostile || !answer)
        && prior_word.as_deref() == Some("with")
        && !text[c.end..se].trim_start().starts_with("from")
        && !given()
}

/// Lists: "shelter to ISWAP, Ansaru and JNIM"; "Russia and Iran fund ...". (Not after a
/// participle that opens the sentence: in "Backed by X, Y ..." the comma after the
/// agent opens no list.)
fn widen_lists(site: &CueSite, pairs: Vec<Pair>, rule: &str) -> Vec<Pair> {
    if rule == "passive with by" && pairs::opens_sentence(site) {
        return pairs;
    }
    // ("the conflict between Armenia and Azerbaijan": both sides stand after the cue, and
    // so do their lists; not "Armenian" earlier in the sentence.)
    // (A mediator between them stands before the cue: "Qatar mediates between X and Y".)
    let (from, rightwards) = if rule == "between X and Y" && site.rel != Relation::Mediates {
        (site.c.end, true)
    } else {
        (site.c.start, false)
    };
    pairs
        .into_iter()
        .flat_map(|(a, b)| {
            let subjects = coordinated(site.text, site.words, site.slots, a, from, rightwards);
            let mut objects = coordinated(site.text, site.words, site.slots, b, site.c.end, true);
            // "attacked X and Y fired at Z": a name right before a verb of its own opens a
            // new clause and ends the list.
            if let Some(k) = objects.iter().skip(1).position(|&y| opens_clause(site, y)) {
                objects.truncate(k + 1);
            }
            // "clashes between X and the army supported by Y": a pair after "between" is
            // no list another cue's argument spreads over.
            let subjects = if between_pair(site, &subjects) || singular_relative(site, a) {
                vec![a]
            } else {
                subjects
            };
            // (A mediator's object is the pair itself: "brokered a truce to end the war
            // between X and Y".)
            let objects = if between_pair(site, &objects) && site.rel != Relation::Mediates {
                vec![b]
            } else {
                objects
            };
            subjects
                .into_iter()
                .flat_map(move |x| objects.clone().into_iter().map(move |y| (x, y)))
        })
        .collect()
}

/// "the PUP, and the UDP, which was linked to the UDA": a relative clause in the singular
/// right after the last name of a list is that name's alone.
fn singular_relative(site: &CueSite, a: ActorRef) -> bool {
    let text = site.text;
    let Some(x) = site
        .slots
        .iter()
        .rev()
        .find(|x| x.end <= site.c.start && x.actors == [a])
    else {
        return false;
    };
    let rest = &text[x.end..site.c.start];
    // (Past an acronym in brackets: "the Ulster Democratic Party (UDP), which".)
    let rest = match rest.strip_prefix(" (") {
        Some(r) => r.split_once(')').map_or(rest, |(_, after)| after),
        None => rest,
    };
    [", which ", ", who "].iter().any(|p| {
        rest.strip_prefix(p).is_some_and(|r| {
            let verb = r.split(' ').next().unwrap_or("");
            matches!(verb, "was" | "is" | "has")
        })
    })
}

/// Whether a list of several actors is the pair of a "between X and Y".
fn between_pair(site: &CueSite, list: &[ActorRef]) -> bool {
    if list.len() < 2 {
        return false;
    }
    let first = site
        .slots
        .iter()
        .filter(|x| x.actors.iter().any(|a| list.contains(a)))
        .map(|x| x.start)
        .min();
    // "between X of Kessaria and Y": the list starts at the name that owns the state.
    let first = first.map(|s| {
        let lead = site.text[..s].trim_end();
        match lead.strip_suffix(" of") {
            Some(head) => site
                .slots
                .iter()
                .find(|x| x.end == head.trim_end().len())
                .map_or(s, |x| x.start),
            None => s,
        }
    });
    first.is_some_and(|s| {
        // "between President X and Y": up to two title words may follow "between".
        let mut lead = site.text[..s].trim_end();
        for _ in 0..2 {
            let Some((head, last)) = lead.rsplit_once(' ') else {
                break;
            };
            if !last.starts_with(char::is_uppercase) {
                break;
            }
            lead = head.trim_end();
        }
        let lead = lead.as_bytes();
        lead.len() >= 8 && lead[lead.len() - 8..].eq_ignore_ascii_case(b" between")
    })
}

/// Whether the name of `actor` after the cue stands right before a verb of its own.
fn opens_clause(site: &CueSite, actor: ActorRef) -> bool {
    let Some(x) = site
        .slots
        .iter()
        .find(|x| x.start >= site.c.end && x.actors.contains(&actor))
    else {
        return false;
    };
    site.cues.iter().any(|m| {
        matches!(m.cue, Cue::Verb(_) | Cue::Speech | Cue::Denial)
            && m.start >= x.end
            && gap_words(site.words, x.end, m.start) <= 1
            && !site.text[x.end..m.start].contains([',', '(', ')'])
    })
}

/// An inverse noun needs its bearer linked to it ("X are guests of Y", "X, a proxy of
/// Y"), and relates the other way round: Y shelters X.
fn inverse_pairs(site: &CueSite, pairs: Vec<Pair>) -> Vec<Pair> {
    let (text, c) = (site.text, site.c);
    // "Iran's proxies include X and Y": the bearers are named after the noun.
    let included = |a: &ActorRef| {
        site.slots
            .iter()
            .find(|x| x.start >= c.end && x.actors.contains(a))
            .is_some_and(|x| {
                let ws = between(text, site.words, c.end, x.start);
                // "Iran's main proxy, Hezbollah,": the bearer in apposition.
                let apposed = matches!(
                    text[c.end..x.start].trim().to_ascii_lowercase().as_str(),
                    "," | ", the"
                );
                apposed
                    || ws.len() <= 6
                        && ws.iter().any(|w| {
                            matches!(
                                w.as_str(),
                                "include" | "includes" | "included" | "including" | "are" | "were"
                            )
                        })
            })
    };
    // "the SNA, a coalition of factions that Ankara funds": the subject of a relative
    // clause after the noun is none of its parts.
    let relative = |b: &ActorRef| {
        site.slots
            .iter()
            .find(|x| x.start >= c.end && x.actors.contains(b))
            .is_some_and(|x| {
                between(text, site.words, c.end, x.start)
                    .iter()
                    .any(|w| matches!(w.as_str(), "that" | "which" | "who" | "whom" | "whose"))
            })
    };
    // "The TTP (still) operates from Afghanistan", "The alliance comprises X and Y": a
    // verb's subject needs no copula.
    let cue = text[c.start..c.end].to_ascii_lowercase();
    let predicate = matches!(
        cue.split(' ').next().unwrap_or(""),
        "operate"
            | "operates"
            | "operated"
            | "operating"
            | "took"
            | "sought"
            | "taking"
            | "comprises"
            | "comprised"
            | "consists"
            | "consisted"
    );
    // "X suffered losses at the hands of Y", "X grew under the leadership of Y": a
    // prepositional phrase attaches to its clause whatever the verb.
    let adjunct = cue.starts_with("at ") || cue.starts_with("under ");
    let subject = |a: &ActorRef| {
        site.slots
            .iter()
            .rev()
            .find(|x| x.end <= c.start && x.actors.contains(a))
            .is_some_and(|x| {
                !text[x.end..c.start].contains(',')
                    && gap_words(site.words, x.end, c.start) <= if adjunct { 6 } else { 3 }
            })
    };
    pairs
        .into_iter()
        .filter(|(_, b)| !relative(b))
        .filter(|(a, _)| {
            ((predicate || adjunct) && subject(a))
                || included(a)
                || site
                    .slots
                    .iter()
                    .rev()
                    .find(|x| x.end <= c.start && x.actors.contains(a))
                    .is_some_and(|x| {
                        let ws = between(text, site.words, x.end, c.start);
                        text[x.end..c.start].contains(',')
                            || ws.iter().any(|w| {
                                matches!(
                                    w.as_str(),
                                    "is" | "are"
                                        | "was"
                                        | "were"
                                        // ("has long been a proxy of X", "had become").
                                        | "been"
                                        | "become"
                                        | "as"
                                        | "became"
                                        | "remain"
                                        | "remains"
                                        | "remained"
                                        | "considered"
                                )
                            })
                    })
        })
        .map(|(a, b)| (b, a))
        .collect()
}

/// "Nigerian troops arrested Abubakar Shekau's deputy": a person named only as the
/// possessor of a relative or an aide is not the one acted on.
fn drop_possessed_persons(doc: &Doc, r: &Read, claims: &mut Vec<Claim>) {
    let a = &doc.lexicon.anaphora;
    let possessed = |x: &Slot| {
        let rest = doc.text[x.end..].trim_start_matches(['\'', '’']);
        let Some(rest) = rest.strip_prefix("s ") else {
            return false;
        };
        let noun: String = rest
            .chars()
            .take_while(|ch| ch.is_alphabetic() || *ch == '-')
            .collect();
        a.aides.contains(&noun) || a.kin.contains(&noun)
    };
    claims.retain(|c| {
        if c.relation != Relation::Hostile || (doc.kind_of)(c.object) != Kind::Person {
            return true;
        }
        let mut named = r
            .slots
            .iter()
            .filter(|x| !x.phrase && x.actors == [c.object])
            .peekable();
        named.peek().is_none() || !named.all(possessed)
    });
}

/// "The M23 attacked a base of the FARDC": who attacks a party's base in a sentence gives
/// it no shelter there.
fn drop_attacked_bases(claims: &mut Vec<Claim>) {
    let fought: Vec<Pair> = claims
        .iter()
        .filter(|c| c.relation == Relation::Hostile && c.polarity == Polarity::Affirmed)
        .map(|c| (c.subject, c.object))
        .collect();
    claims.retain(|c| {
        c.relation != Relation::Shelters
            || !fought
                .iter()
                .any(|&p| p == (c.subject, c.object) || p == (c.object, c.subject))
    });
}

/// "Kyrgyz President X and Tajik President Y held talks": nobody talks to, fights, fights
/// beside, mediates for or has ties with the body the same sentence makes them head or
/// member of, nor with a fellow head or member of that body.
fn drop_own_bodies(claims: &mut Vec<Claim>) {
    let titled: Vec<Pair> = claims
        .iter()
        .filter(|c| matches!(c.relation, Relation::Leads | Relation::MemberOf))
        .filter(|c| c.polarity == Polarity::Affirmed)
        .map(|c| (c.subject, c.object))
        .collect();
    let bodies = |a: ActorRef| {
        titled
            .iter()
            .filter(move |&&(p, _)| p == a)
            .map(|&(_, b)| b)
    };
    claims.retain(|c| {
        let (s, o) = (c.subject, c.object);
        // ("Hamas political chief X and Hamas negotiator Y met": two of one body; but a
        // fellow may be a foe, "X seized power in Niger and detained President Y".)
        let fellows =
            c.relation != Relation::Hostile && bodies(s).any(|b| bodies(o).any(|d| d == b));
        !matches!(
            c.relation,
            Relation::Negotiates
                | Relation::Hostile
                | Relation::Mediates
                | Relation::FightsAlongside
                | Relation::Ties
        ) || !(fellows
            || titled.iter().any(|&(p, b)| {
                // ("South Sudan placed First Vice President X under house arrest": a body
                // may act against its own member.)
                let custody = c.relation == Relation::Hostile && c.rule == "X held Y hostage";
                (s, o) == (p, b) || (s, o) == (b, p) && !custody
            }))
    });
}

/// "Russian instructors train the army" read as Russia training its own forces: a state
/// arming, training, paying or backing its own armed forces says nothing of a tie, and
/// comes from reading "the army" as the wrong state's.
fn own_forces(doc: &Doc, rel: Relation, (s, o): Pair) -> bool {
    matches!(
        rel,
        Relation::Trains | Relation::Supplies | Relation::Funds | Relation::Sponsors
    ) && ((doc.state_of_forces)(o) == Some(s) || (doc.state_of_forces)(s) == Some(o))
}

/// "Ali Larijani, who advised Ali Khamenei": a person's counsel to another is no
/// training.
/// A cue that relates persons otherwise: advice to a person, a person's guest.
fn personal_act(doc: &Doc, c: &CueMatch, rel: Relation, (s, o): Pair) -> bool {
    advice_to_a_person(doc, c, rel, o) || a_persons_guest(doc, c, rel, (s, o))
}

/// "The envoy had hosted Vucic and Kurti in Brussels": a person who hosts a person
/// receives a guest, and shelters no one.
fn a_persons_guest(doc: &Doc, c: &CueMatch, rel: Relation, (s, o): Pair) -> bool {
    rel == Relation::Shelters
        && (doc.kind_of)(s) == Kind::Person
        && (doc.kind_of)(o) == Kind::Person
        && doc.text[c.start..c.end]
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("host"))
}

fn advice_to_a_person(doc: &Doc, c: &CueMatch, rel: Relation, object: ActorRef) -> bool {
    rel == Relation::Trains
        && (doc.kind_of)(object) == Kind::Person
        && doc.text[c.start..c.end]
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("advis"))
}

/// "Al-Qaeda founded the Nusra Front", "a militia founded by Hamas": an organization
/// that founds another has made an offshoot of its own, so the founded body is the part
/// (a pair read as founder first, turned round).
fn founded_offshoot(doc: &Doc, c: &CueMatch, rel: Relation, (s, o): Pair) -> Pair {
    if rel != Relation::Leads {
        return (s, o);
    }
    let org = |a: ActorRef| (doc.kind_of)(a) == Kind::Organization;
    let cue = doc.text[c.start..c.end].to_ascii_lowercase();
    let founding = cue.starts_with("found") || cue.starts_with("co-found");
    if founding && org(s) && org(o) {
        (o, s)
    } else {
        (s, o)
    }
}

/// Whether the last name of `a` before the cue `c` is a place the verb's subject went to
/// or is in: "crossed into Tajikistan and fought for the UTO".
fn placed_before(doc: &Doc, r: &Read, c: &CueMatch, a: ActorRef) -> bool {
    r.slots
        .iter()
        .rev()
        .find(|x| x.end <= c.start && x.actors.contains(&a))
        .is_some_and(|x| {
            let before = doc.text[r.ss..x.start].trim_end();
            [" into", " in", " to", " across", " through"]
                .iter()
                .any(|p| before.ends_with(p))
        })
}

/// The relation a pair's kinds and the cue's surroundings make of the cue's relation.
fn refine(doc: &Doc, r: &Read, c: &CueMatch, rel: Relation, noun: bool, (s, o): Pair) -> Relation {
    let org = |a: ActorRef| (doc.kind_of)(a) == Kind::Organization;
    if matches!(rel, Relation::Leads | Relation::MemberOf) && org(s) && org(o) {
        // "the hardline wing is headed by the River Brigades", "the Arakan Army, a member
        // of the alliance": an organization heading or joining another is part of it.
        Relation::PartOf
    } else if rel == Relation::MemberOf
        && doc
            .lexicon
            .unit_leaders
            .contains(&doc.text[c.start..c.end].to_lowercase())
        && ((doc.kind_of)(o) == Kind::Agency || definite_role(doc, r, c, o))
        && !indefinite_leader(doc.text, &r.words, &r.slots, c, r.ss)
    {
        // "U.S. Africa Command commander X", "15 Corps commander": the commander of an
        // armed force or unit leads it; a commander of an armed group is one of many (the
        // roles that work so are the lexicon's `unit_leaders`), unless the text makes him
        // its one commander ("X, the commander of the SDF", "its commander, X").
        Relation::Leads
    } else if rel == Relation::Leads && !noun && body_led(doc, r, c, o) {
        // "a BRN delegation headed by X", "the Boko Haram faction led by X": X heads a
        // body or part of the party's, and so is one of its members.
        Relation::MemberOf
    } else if rel == Relation::Ties
        && !noun
        && (doc.kind_of)(s) == Kind::Person
        && matches!((doc.kind_of)(o), Kind::Organization | Kind::Agency)
        && [
            "broke with",
            "breaks with",
            "breaking with",
            "split with",
            "parted ways",
        ]
        .iter()
        .any(|w| doc.text[c.start..c.end].to_lowercase().starts_with(w))
    {
        // "X broke with the FNLA": a person leaving a body ends a membership.
        Relation::MemberOf
    } else if rel == Relation::MemberOf
        && !noun
        && (doc.kind_of)(s) != Kind::Person
        && ["fought for", "fight for", "fights for", "fighting for"]
            .iter()
            .any(|w| doc.text[c.start..c.end].eq_ignore_ascii_case(w))
        && !placed_before(doc, r, c, s)
        && (doc.kind_of)(o) != Kind::State
    {
        // "Senegal sent troops to fight for Vieira": a state or a body fighting for a
        // party fights on its side (a person fighting for one is its member; a land
        // fought for is fought over: "fought for Kosovo").
        Relation::FightsAlongside
    } else if rel == Relation::Shelters && !noun && hosts_envoys(doc, r, c, o) {
        // "Niger hosted a Russian delegation": hosting a party's envoys is a meeting.
        Relation::Negotiates
    } else if rel == Relation::Hostile && !noun && beside_object(doc, r, c, o) {
        // "fought for years alongside HTS": a fight beside the object, not against it.
        Relation::FightsAlongside
    } else if rel == Relation::Sponsors
        && !noun
        && (doc.kind_of)(s) == Kind::Person
        && org(o)
        && doc.text[c.start..c.end]
            .get(..6)
            .is_some_and(|w| w.eq_ignore_ascii_case("direct"))
    {
        // "Two other sons are believed to be directing Los Chapitos": a person who directs
        // a group runs it.
        Relation::Leads
    } else if rel == Relation::Sponsors && !noun && backed_in_arms(doc, r, c, s) {
        // "GUNT columns backed by Libyan armour", "Turkish aircraft backed a KDP
        // offensive": backing with arms in the field is fighting beside.
        Relation::FightsAlongside
    } else if rel == Relation::Supplies && noun && aimed_at(doc.text, &r.words, c.end) {
        // "launched rockets at X": weapons aimed at someone are an attack.
        Relation::Hostile
    } else {
        rel
    }
}

/// Whether the backer `s` is named by a demonym before arms in the field (see
/// `combat_means`), a few words from the cue `c`: "backed by Libyan armour".
fn backed_in_arms(doc: &Doc, r: &Read, c: &CueMatch, s: ActorRef) -> bool {
    let text = doc.text;
    r.slots.iter().any(|y| {
        let near = if y.start >= c.end {
            gap_words(&r.words, c.end, y.start) <= 3
        } else {
            gap_words(&r.words, y.end, c.start) <= 4
        };
        y.actors == [s]
            && !y.phrase
            && near
            && text[y.end..].strip_prefix(' ').is_some_and(|rest| {
                doc.lexicon.combat_means.iter().any(|m| {
                    rest.strip_prefix(m.as_str())
                        .is_some_and(|t| !t.starts_with(char::is_alphanumeric))
                })
            })
    })
}

/// Whether the party `o` only owns a body or part that the cue says someone leads: "a BRN
/// delegation headed by X", "the Boko Haram faction led by X", "a faction of the MFDC led
/// by X", "its Basilan wing is led by X".
fn body_led(doc: &Doc, r: &Read, c: &CueMatch, o: ActorRef) -> bool {
    let lex = doc.lexicon;
    r.slots
        .iter()
        .rev()
        .find(|y| y.end <= c.start && y.actors.contains(&o))
        .is_some_and(|y| {
            let text = doc.text;
            let gap = text[y.end..c.start].trim().to_lowercase();
            // ("its Basilan wing is led by X", "their shura council was led by X": past an
            // auxiliary or two, and one modifier before the noun.)
            let mut gap = gap.as_str();
            for _ in 0..2 {
                if let Some((head, last)) = gap.rsplit_once(' ') {
                    if words::passive_auxiliary(last) || matches!(last, "has" | "had") {
                        gap = head;
                    }
                }
            }
            // (And a council or officers of a party, which heads of parts do not name:
            // "the head of the council of Malaysia's ..." is no part's.)
            let noun = |g: &str| {
                lex.bodies.iter().chain(&lex.parts).any(|n| n == g)
                    || matches!(g, "council" | "officers")
            };
            // (Not a party's own governing council: "their leadership council was led by
            // X" leads the party.)
            let modified = gap.split_once(' ').is_some_and(|(m, n)| {
                !n.contains(' ')
                    && noun(n)
                    && !matches!(
                        m,
                        "leadership"
                            | "ruling"
                            | "governing"
                            | "supreme"
                            | "sovereign"
                            | "military"
                            | "executive"
                            | "central"
                            | "revolutionary"
                    )
            });
            // ("a faction of the MFDC led by X": the part named before "of"; "the breakaway
            // from Fatah led by X": one broken away, before "from", whose head the sentence
            // leaves unnamed there, and who is read as one of the body's own.)
            let part_of = gap.is_empty() && {
                let before = words::lower_before(text, y.start, 48);
                let before = before.strip_suffix(" the").unwrap_or(&before);
                let of = before
                    .strip_suffix(" of")
                    .and_then(|b| b.rsplit(' ').next())
                    .is_some_and(noun);
                let from = before
                    .strip_suffix(" from")
                    .and_then(|b| b.rsplit(' ').next())
                    .is_some_and(|n| matches!(n, "breakaway" | "splinter" | "offshoot"));
                of || from
            };
            let possessive = y.phrase
                && matches!(
                    text[y.start..y.end].to_lowercase().as_str(),
                    "its" | "their"
                );
            // ("Los Chapitos, the cartel faction run by X": a description's noun, read as
            // the group again, is no owner of the faction.)
            (!y.phrase || possessive)
                && text[y.end..].starts_with(' ')
                && (noun(gap) || modified || part_of)
        })
}

/// Whether a role is its owner's one holder: "its commander, X", "the commander of the
/// SDF" (not "a commander", "Taliban commander X", "the commander of the SDF's Deir ez-Zor
/// council", which heads a unit, nor a state's commander, one of many).
fn definite_role(doc: &Doc, r: &Read, c: &CueMatch, o: ActorRef) -> bool {
    let text = doc.text;
    if (doc.kind_of)(o) == Kind::State {
        return false;
    }
    let before = text[..c.start].trim_end();
    let word = before
        .rsplit(|ch: char| ch.is_whitespace() || ch == '(' || ch == ',')
        .next()
        .unwrap_or("");
    let pronoun =
        matches!(word, "its" | "Its" | "their" | "Their") && text[c.end..].starts_with(',');
    let of_owner = matches!(word, "the" | "The")
        && slot_after(r, c, o).is_some_and(|y| {
            // ("the commander of the Kurdish-led SDF": lowercase words may describe it.)
            let gap = text[c.end..y.start].trim();
            let rest = &text[y.end..];
            let described = gap.strip_prefix("of").is_some_and(|g| {
                g.is_empty()
                    || g.starts_with(' ')
                        && g.split_whitespace().count() <= 3
                        && g.split_whitespace().all(|w| {
                            // ("Kurdish-led", "Iran-backed": a compound adjective.)
                            w.starts_with(char::is_lowercase)
                                || w.contains('-')
                                    && w.rsplit('-')
                                        .next()
                                        .is_some_and(|t| t.starts_with(char::is_lowercase))
                        })
            });
            described && !rest.starts_with("'s") && !rest.starts_with("’s")
        });
    // "X, the SDF commander", "the FARC's commander, X": the owner's name between "the"
    // (or a possessive set off by a comma) and the role (not "the OLA's commander for the
    // south", one of a region).
    let regional = matches!(
        text[c.end..].split_whitespace().next(),
        Some("for" | "in" | "of")
    );
    let owner_first = !regional
        && r.slots
            .iter()
            .rev()
            .find(|y| y.end <= c.start && y.actors.contains(&o))
            .is_some_and(|y| {
                let gap = text[y.end..c.start].trim();
                // ("ORPA's commander, X": a possessive is definite without "the".)
                let possessive = matches!(gap, "'s" | "’s" | "'" | "’");
                let article = matches!(
                    text[..y.start].trim_end().rsplit(' ').next(),
                    Some("the" | "The")
                );
                (gap.is_empty() || possessive)
                    && !y.phrase
                    && (article || possessive && text[c.end..].starts_with(','))
            });
    pronoun || of_owner || owner_first
}

/// The first slot of `o` after the cue.
fn slot_after<'r>(r: &'r Read, c: &CueMatch, o: ActorRef) -> Option<&'r Slot> {
    r.slots
        .iter()
        .find(|y| y.start >= c.end && y.actors.contains(&o))
}

/// Whether "alongside" or "side by side with" stands between a verb of fighting and its
/// object `o` in the same clause: "fought for years alongside X", "fought in Libya
/// alongside X".
fn beside_object(doc: &Doc, r: &Read, c: &CueMatch, o: ActorRef) -> bool {
    let Some(y) = slot_after(r, c, o) else {
        return false;
    };
    let gap = &doc.text[c.end..y.start];
    !gap.contains([',', ';', '.'])
        && gap.split_whitespace().count() <= 6
        && (gap.contains(" alongside ") || gap.contains("side by side with"))
        || with_against(doc.text, &r.slots.iter().collect::<Vec<_>>(), c, o)
}

/// "fought with Uganda against al-Shabaab": the party right after "with" (and "the") of a
/// fighting verb, with "against" right after its name.
fn with_against(text: &str, slots: &[&Slot], c: &CueMatch, o: ActorRef) -> bool {
    slots
        .iter()
        .find(|y| y.start >= c.end && y.actors.contains(&o))
        .is_some_and(|y| {
            matches!(text[c.end..y.start].trim(), "with" | "with the")
                && text[y.end..]
                    .trim_start_matches(')')
                    .starts_with(" against ")
        })
}

/// Whether the name of `o` after the cue names only who sent the party hosted: a body
/// or an envoy follows it ("hosted a Russian delegation", "hosts the Iranian envoy").
fn hosts_envoys(doc: &Doc, r: &Read, c: &CueMatch, o: ActorRef) -> bool {
    let Some(x) = slot_after(r, c, o) else {
        return false;
    };
    let lexicon = doc.lexicon;
    r.words.iter().find(|w| w.start >= x.end).is_some_and(|w| {
        let next = doc.text[w.start..w.end].to_lowercase();
        lexicon.bodies.contains(&next) || lexicon.diplomatic_roles.contains(&next)
    })
}

/// Whether the verb of hosting at `c` tells who hosted talks: "talks hosted by Kenya",
/// "Talks between the government and the SPLM-IO, hosted by Kenya", "talks in Nairobi,
/// hosted by Kenya".
fn hosted_talks(text: &str, r: &Read, c: &CueMatch) -> bool {
    // "Qatar hosted and mediated talks between X and Y", "hosted several rounds of talks":
    // the talks, or their sides after "between", follow within a few words.
    let next = r
        .slots
        .iter()
        .find(|x| x.start >= c.end)
        .map_or(r.se, |x| x.start);
    let ahead = between(text, &r.words, c.end, next);
    if ahead.len() <= 6
        && ahead.iter().any(|w| {
            w == "between"
                || r.cues.iter().any(|m| {
                    m.cue == Cue::Noun(Relation::Negotiates)
                        && m.start >= c.end
                        && m.end <= next
                        && text[m.start..m.end].eq_ignore_ascii_case(w)
                })
        })
    {
        return true;
    }
    let Some(t) = r
        .cues
        .iter()
        .rev()
        .find(|m| m.end <= c.start && m.cue == Cue::Noun(Relation::Negotiates))
    else {
        return false;
    };
    let gap = text[t.end..c.start].trim();
    // (With or without a comma after the talks' sides or place: "Talks between X and Y
    // hosted by the United States".)
    let g = gap.strip_suffix(',').unwrap_or(gap).trim();
    let set_off = ["between ", "in ", "on ", "at "]
        .iter()
        .any(|p| g.starts_with(p))
        && !g.contains([',', ';', '(', '"', '“'])
        && g.split(' ').count() <= 12;
    gap.is_empty() || gap == "," || set_off
}

/// Stage 5: polarity, modality and source of a claim on cue `ci`, whose subject's slot
/// starts at `subject_at`.
fn stance(
    doc: &Doc,
    mem: &Memory,
    r: &Read,
    ci: usize,
    (subject, subject_at): (ActorRef, Option<usize>),
    role: bool,
) -> (Polarity, Modality, Source) {
    let (text, c) = (doc.text, r.cues[ci]);
    // Modifiers count only on the same side of a quotation mark as the cue; a role noun
    // names a place held, which no word of ending around it undoes ("the summit collapsed
    // because President X failed to come").
    let quoted = doc.in_quote(c.start);
    // "..., said X, a member of Y": a role set off by a comma is an apposition of its own;
    // a negation before that comma is not the role's.
    let apposed_from = text[r.ss..c.start]
        .rfind([',', ';', '('])
        .map(|p| r.ss + p)
        .filter(|&p| role && gap_words(&r.words, p, c.start) <= 4)
        .unwrap_or(0);
    let same: Vec<CueMatch> = r
        .cues
        .iter()
        .copied()
        .filter(|m| doc.in_quote(m.start) == quoted)
        .filter(|m| !(role && m.cue == Cue::Ending))
        .filter(|m| m.start >= apposed_from)
        .collect();
    let at = same
        .iter()
        .position(|m| m.start == c.start && m.cue == c.cue)
        .unwrap_or(0);
    let polarity = polarity::polarity(text, &r.words, &same, at, r.ss, &doc.lexicon.through_that);
    // A question asserts nothing. The modality window opens at the comma before the
    // subject: in "While X would help, Y provided Z" the "would" is not Y's.
    let window_from = subject_at
        .and_then(|p| text[r.ss..p].rfind(", ").map(|q| r.ss + q + 2))
        .unwrap_or(r.ss);
    let question = text[r.ss..r.se]
        .trim_end_matches(['"', '”', '’', ')'])
        .ends_with('?');
    let modality = if question {
        Modality::Hypothetical
    } else {
        polarity::modality(text, &same, at, window_from)
    };
    let mut source = r.speaker.map_or(Source::Author, Source::Actor);
    if quoted {
        source = mem
            .quoted_by(c.start)
            .or(r.speaker)
            .or(mem.last_speaker)
            .map_or(Source::Author, Source::Actor);
    }
    if let Some(d) = denier(text, &r.words, &r.cues, ci, &r.slots, subject) {
        source = Source::Actor(d);
    }
    (polarity, modality, source)
}

/// "the paramilitary Rapid Support Forces (RSF) of Mohamed Hamdan Dagalo", "the
/// Balochistan Liberation Front of Allah Nazar Baloch": a group "of" a person is the
/// group the person heads.
fn groups_of_persons(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    let mut out = headed_with(doc, r, claims);
    for pair in r.slots.windows(2) {
        let (x, y) = (&pair[0], &pair[1]);
        let ([group], [person]) = (x.actors.as_slice(), y.actors.as_slice()) else {
            continue;
        };
        let glue = &text[x.end..y.start];
        // (Past the group's acronym in brackets.)
        let glue = glue
            .strip_prefix(" (")
            .and_then(|g| g.split_once(')'))
            .filter(|(acr, _)| acr.chars().all(|ch| ch.is_uppercase() || ch == '-'))
            .map_or(glue, |(_, rest)| rest);
        // (Or past the bracket that closes the acronym's own slot: "(RSF) of".)
        let glue = glue.strip_prefix(')').unwrap_or(glue);
        // ("the Government of National Accord of Fayez al-Sarraj": a body of a state too.)
        // ("the Kosovo Protection Corps under Agim Çeku": a body under a person is led
        // by that person.)
        // ("UNAMET, under Ian Martin, organised the vote": set off by commas too, and a
        // mission as well.)
        // ("the Transitional Federal Government of President Abdullahi Yusuf", "the
        // MNDAA, under the veteran Kokang commander Peng Jiasheng,": a title between.)
        let glue = titled_glue(glue).unwrap_or(glue);
        let set_off = glue == ", under " && text[y.end..].starts_with(',');
        let fits = matches!(
            (doc.kind_of)(*group),
            Kind::Organization | Kind::Agency | Kind::Igo
        ) && (doc.kind_of)(*person) == Kind::Person
            && !x.phrase
            && !y.phrase
            && (glue == " of " || glue == " under " || set_off)
            && !text[y.end..].starts_with(['\'', '’']);
        let stated_already = claims
            .iter()
            .any(|c| c.subject == *person && c.object == *group);
        if fits && !stated_already {
            let pair = (*person, Relation::Leads, *group);
            out.push(stated(
                r,
                pair,
                Polarity::Affirmed,
                glue.trim_start_matches(',').trim(),
                "group of a person",
            ));
        }
    }
    out
}

/// Lowercase nouns of the one at a body's head: "with X as political leader", "the MNDAA,
/// under the veteran commander X".
const HEAD_ROLES: [&str; 7] = [
    "leader",
    "chairman",
    "head",
    "chief",
    "commander",
    "emir",
    "president",
];

/// "eight factions formed the Union of Resistance Forces, with Erdimi at its head",
/// "announced the IMU, with Yuldashev as political leader": a person "with" whom a body
/// named before in the sentence is headed leads it.
fn headed_with(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    for (k, y) in r.slots.iter().enumerate() {
        let [person] = y.actors[..] else { continue };
        if y.phrase || (doc.kind_of)(person) != Kind::Person || !text[..y.start].ends_with(" with ")
        {
            continue;
        }
        let after = &text[y.end..];
        let at_head = [" at its head", " at their head", " at the head"]
            .iter()
            .any(|h| after.starts_with(h));
        let as_role = after.strip_prefix(" as ").is_some_and(|rest| {
            let rest = rest.strip_prefix("its ").unwrap_or(rest);
            let phrase: Vec<&str> = rest
                .split([',', '.', ';'])
                .next()
                .unwrap_or_default()
                .split(' ')
                .collect();
            phrase.len() <= 3
                && phrase.last().is_some_and(|w| HEAD_ROLES.contains(w))
                && phrase
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        });
        if !at_head && !as_role {
            continue;
        }
        // The body: the last named before, in the same clause or the one it closes.
        let Some(body) = r.slots[..k]
            .iter()
            .rev()
            .find(|x| x.actors.len() == 1 && (doc.kind_of)(x.actors[0]) == Kind::Organization)
            .map(|x| x.actors[0])
        else {
            continue;
        };
        let said = claims
            .iter()
            .any(|c| c.subject == person && c.object == body);
        if !said {
            let end = y.end + after.find([',', '.', ';']).unwrap_or(after.len());
            out.push(described(
                doc,
                r,
                (person, Relation::Leads, body),
                (y.start, end),
                "group of a person",
            ));
        }
    }
    out
}

/// The glue " of " or " under " (", under ") of a group and a person, with the person's
/// title between taken out: an article at most, then up to four words, the last a
/// capitalized title ("President", "General") or a lowercase role ("commander",
/// "leader"), the others describing it ("veteran Kokang").
fn titled_glue(glue: &str) -> Option<&'static str> {
    let (head, rest) = [" of ", " under ", ", under "]
        .iter()
        .find_map(|h| glue.strip_prefix(h).map(|r| (*h, r)))?;
    let rest = ["the ", "an ", "a "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    let words: Vec<&str> = rest.trim_end().split(' ').collect();
    let last = words.last()?;
    let title = last.starts_with(char::is_uppercase) || HEAD_ROLES.contains(last);
    let plain = words
        .iter()
        .all(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'));
    (rest.ends_with(' ') && (1..=4).contains(&words.len()) && title && plain).then_some(head)
}

/// A claim the sentence states outright, as its speaker's (or the writer's).
fn stated(
    r: &Read,
    (subject, relation, object): (ActorRef, Relation, ActorRef),
    polarity: Polarity,
    cue: &str,
    rule: &'static str,
) -> Claim {
    Claim {
        subject,
        relation,
        object,
        polarity,
        modality: Modality::Asserted,
        source: r.speaker.map_or(Source::Author, Source::Actor),
        sentence: r.si,
        start: r.ss,
        end: r.se,
        cue: cue.to_string(),
        rule,
        time: None,
    }
}

/// "The fighting pits the RSF against the SAF", "Islamabad also faces a resurgent TTP":
/// framings of a conflict that name its sides.
fn confrontations(doc: &Doc, r: &Read) -> Vec<Claim> {
    let text = doc.text;
    let one = |x: &&Slot| x.actors.len() == 1;
    let mut out = Vec::new();
    for (i, w) in r.words.iter().enumerate() {
        let raw = &text[w.start..w.end];
        const VERBS: [&str; 6] = ["pits", "pitted", "pitting", "faces", "faced", "facing"];
        let Some(verb) = VERBS.into_iter().find(|v| v.eq_ignore_ascii_case(raw)) else {
            continue;
        };
        let pair = match verb {
            // "pits X (, an apposition,) against Y".
            "pits" | "pitted" | "pitting" => {
                // (Not a modifier: "pits Iranian-backed Hezbollah against ...".)
                let x = r
                    .slots
                    .iter()
                    .find(|x| x.start >= w.end && !text[x.end..].starts_with('-'))
                    .filter(one);
                let x = x.filter(|x| gap_words(&r.words, w.end, x.start) <= 1);
                let y = x.and_then(|x| {
                    let at = x.end + text[x.end..r.se].find(" against ")? + " against ".len();
                    r.slots
                        .iter()
                        .find(|y| y.start >= at && gap_words(&r.words, at, y.start) <= 1)
                });
                x.zip(y)
            }
            // "X (also) faces a resurgent Y": an armed group as what a party faces.
            "faces" | "faced" | "facing" => {
                let x = r
                    .slots
                    .iter()
                    .rev()
                    .find(|x| x.end <= w.start)
                    .filter(one)
                    .filter(|x| gap_words(&r.words, x.end, w.start) <= 2);
                // The group heads what is faced: no preposition before it ("sanctions over
                // M23 support"), no noun after it ("a Hamas request").
                let y = r.slots.iter().find(|y| y.start >= w.end).filter(|y| {
                    let punct = text[y.end..].starts_with([',', '.', ';', ':', ')']);
                    let head = punct
                        || words::word_at(text, &r.words, y.end).is_none_or(|n| {
                            !n.starts_with(|c: char| c.is_lowercase())
                                || matches!(n, "in" | "on" | "at" | "and" | "that" | "which" | "as")
                        });
                    between(text, &r.words, w.end, y.start).iter().all(|g| {
                        g.chars().all(|c| c.is_lowercase())
                            && !g.ends_with("ly")
                            && !matches!(
                                g.as_str(),
                                "over" | "from" | "of" | "by" | "with" | "to" | "for" | "against"
                            )
                    }) && gap_words(&r.words, w.end, y.start) <= 2
                        && head
                        && y.actors.len() == 1
                        && (doc.kind_of)(y.actors[0]) == Kind::Organization
                });
                x.zip(y)
            }
            _ => None,
        };
        let Some((x, y)) = pair else {
            continue;
        };
        // ("does not pit", "avoids pitting X against Y", "without pitting".)
        let negated = r.words[i.saturating_sub(2)..i].iter().any(|v| {
            let v = text[v.start..v.end].to_ascii_lowercase();
            matches!(v.as_str(), "not" | "no" | "never" | "without") || v.starts_with("avoid")
        });
        let (a, b) = (x.actors[0], y.actors[0]);
        if a == b || negated || !kinds_fit(Relation::Hostile, (doc.kind_of)(a), (doc.kind_of)(b)) {
            continue;
        }
        out.push(stated(
            r,
            (a, Relation::Hostile, b),
            Polarity::Affirmed,
            &text[w.start..w.end],
            "a conflict's sides",
        ));
    }
    out
}

/// "Kenya and Somalia signed an accord, with Turkey as facilitator", "the AU brokered
/// the agreement, with Kenya and Nigeria as guarantors": third parties set in the role of
/// a go-between mediate for each party of the sentence's talks, and talk with neither.
fn third_party_roles(doc: &Doc, r: &Read, claims: &mut Vec<Claim>) {
    let text = doc.text;
    let mut out = Vec::new();
    let mut brokers: Vec<(ActorRef, &'static str)> = Vec::new();
    for (k, y) in r.slots.iter().enumerate() {
        if y.actors.len() != 1 || y.phrase || !text[r.ss..y.start].trim_end().ends_with(" with") {
            continue;
        }
        // ("with Kenya and Nigeria acting as guarantors": the role after the last of them.)
        let mut group = vec![y];
        while let Some(z) = r.slots.get(k + group.len()).filter(|z| {
            let last = group[group.len() - 1];
            z.actors.len() == 1 && !z.phrase && matches!(&text[last.end..z.start], " and " | ", ")
        }) {
            group.push(z);
        }
        let last = group[group.len() - 1];
        if let Some(role) = words::go_between_role(text, last.end) {
            brokers.extend(group.iter().map(|z| (z.actors[0], role)));
        }
    }
    if brokers.is_empty() {
        return;
    }
    let go_between = |a: ActorRef| brokers.iter().any(|b| b.0 == a);
    // Go-betweens are no side of the talks: "X and Y signed an accord, with Z as
    // guarantor" read as X and Y signing with Z is X's talk with Y.
    let through: Vec<Claim> = claims
        .iter()
        .filter(|c| c.relation == Relation::Negotiates && go_between(c.object))
        .cloned()
        .collect();
    claims.retain(|c| {
        !(matches!(c.relation, Relation::Negotiates | Relation::Mediates)
            && (go_between(c.subject) || go_between(c.object))
            && !(c.relation == Relation::Mediates && go_between(c.subject)))
    });
    let mut parties: Vec<ActorRef> = through.iter().map(|c| c.subject).collect();
    parties.dedup();
    if let ([a, b, ..], Some(template), false) = (
        parties.as_slice(),
        through.first(),
        claims.iter().any(|c| c.relation == Relation::Negotiates),
    ) {
        let mut k = template.clone();
        (k.subject, k.object) = (*a, *b);
        claims.push(k);
    }
    let Some(talks) = claims
        .iter()
        .find(|c| c.relation == Relation::Negotiates && c.polarity == Polarity::Affirmed)
    else {
        return;
    };
    for &(mediator, role) in &brokers {
        for party in [talks.subject, talks.object]
            .into_iter()
            .filter(|&p| p != mediator)
        {
            let mut k = talks.clone();
            (k.subject, k.relation, k.object) = (mediator, Relation::Mediates, party);
            (k.sentence, k.start, k.end) = (r.si, r.ss, r.se);
            k.cue = role.to_string();
            k.rule = "a third party as go-between";
            k.source = r.speaker.map_or(Source::Author, Source::Actor);
            out.push(k);
        }
    }
    claims.extend(out);
}

/// The claims about states named as places or led by persons: custody and bases in a
/// state, power taken in it, heads elected or ruling (see each).
fn state_claims(doc: &Doc, r: &Read, places: &[(usize, ActorRef)], claims: &mut Vec<Claim>) {
    claims.extend(custody_in_state(doc, r, places));
    claims.extend(in_states_prison(doc, r));
    claims.extend(based_in_state(doc, r, places));
    claims.extend(power_in_state(doc, r, places));
    claims.extend(elected_head(doc, r));
    rulers_under(doc, r, claims);
}

/// The claims of `state_under`; the ruler's other acts in the sentence are the state's
/// ("Britain's government under X sent arms to Y": the state acts, not its ruler).
fn rulers_under(doc: &Doc, r: &Read, claims: &mut Vec<Claim>) {
    for led in state_under(doc, r) {
        for c in claims.iter_mut().filter(|c| {
            c.subject == led.subject && c.relation != Relation::Leads && c.object != led.object
        }) {
            c.subject = led.object;
        }
        claims.push(led);
    }
}

/// "Syria, under Hafez al-Assad, ...", "Britain's Labour government under Harold
/// Wilson": a person named after "under" (titles between at most) that follows a state, or
/// a state's government, leads the state.
fn state_under(doc: &Doc, r: &Read) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    for x in r.slots.iter().filter(|x| !x.phrase && x.actors.len() == 1) {
        let person = x.actors[0];
        if (doc.kind_of)(person) != Kind::Person {
            continue;
        }
        // Back over capitalized titles to "under" (by the words' own spans).
        let mut k = r.words.partition_point(|w| w.end <= x.start);
        while k > 0
            && r.words[k - 1].start >= r.ss
            && text[r.words[k - 1].start..r.words[k - 1].end].starts_with(char::is_uppercase)
        {
            k -= 1;
        }
        let Some(under) = k
            .checked_sub(1)
            .map(|u| r.words[u])
            .filter(|u| u.start >= r.ss && &text[u.start..u.end] == "under")
        else {
            continue;
        };
        let before = text[r.ss..under.start].trim_end();
        let before = before.strip_suffix(',').unwrap_or(before).trim_end();
        let end = r.ss + before.len();
        // A state right before, or a noun of government after a state a few words back.
        let government = ["government", "regime", "administration", "junta"]
            .iter()
            .any(|g| before.ends_with(g));
        let state = r
            .slots
            .iter()
            .rfind(|y| {
                !y.phrase
                    && y.actors.len() == 1
                    && y.end <= end
                    && (doc.kind_of)(y.actors[0]) == Kind::State
            })
            .filter(|y| {
                y.end == end
                    || government
                        && words::gap_words(&r.words, y.end, end) <= 3
                        && !text[y.end..end].contains([',', ';'])
            });
        if let Some(y) = state {
            out.push(stated(
                r,
                (person, Relation::Leads, y.actors[0]),
                Polarity::Affirmed,
                "under",
                "a state under its ruler",
            ));
        }
    }
    out
}

/// "Under Abubakar Shekau, Boko Haram pledged allegiance to ...", "Under Baluku, who took
/// over in 2015, the ADF ...": a person named after an opening "Under" leads the subject
/// the adjunct's comma hands on to, and is no party to what that subject does. Returns
/// the claim and the person, whose other claims in the sentence are dropped.
fn under_leaders(doc: &Doc, r: &Read) -> Option<(Claim, ActorRef)> {
    let text = doc.text;
    let first = r.words.first()?;
    if !text[first.start..first.end].eq_ignore_ascii_case("under") {
        return None;
    }
    // The leader right after "Under" (a title or "the late" between at most).
    let x = r.slots.iter().find(|x| x.start >= first.end)?;
    let lead = between(text, &r.words, first.end, x.start);
    // ("Under the leadership of X," and "Under the command of X," too.)
    let lead = match lead.as_slice() {
        [the, head, of]
            if the == "the" && of == "of" && matches!(head.as_str(), "leadership" | "command") =>
        {
            Vec::new()
        }
        _ => lead,
    };
    let of_phrase = lead.is_empty() && text[first.end..x.start].trim().len() > 3;
    let titled = of_phrase
        || r.words
            .iter()
            .filter(|w| w.start >= first.end && w.end <= x.start)
            .all(|w| {
                let g = &text[w.start..w.end];
                g.starts_with(char::is_uppercase) || matches!(g, "the" | "late")
            });
    // "Under Shekau," or "Under Shekau's leadership,": not "Under Petro's peace plan".
    let after = text[x.end..r.se].to_lowercase();
    let adjunct_ends = after.starts_with(',')
        || ["'s ", "’s "].iter().any(|p| {
            after.strip_prefix(p).is_some_and(|a| {
                [
                    "leadership,",
                    "rule,",
                    "command,",
                    "leadership ",
                    "command ",
                ]
                .iter()
                .any(|h| a.starts_with(h))
            })
        });
    if !adjunct_ends
        || x.phrase
        || x.actors.len() != 1
        || lead.len() > 2
        || !titled
        || (doc.kind_of)(x.actors[0]) != Kind::Person
    {
        return None;
    }
    // The subject: the first name the comma closing the adjunct leads to ("..., the ADF
    // swore"), followed by its verb, not by more of a list.
    let y = r.slots.iter().find(|y| {
        y.start >= x.end && {
            let before = text[r.ss.max(y.start.saturating_sub(6))..y.start].trim_end();
            before.ends_with(',') || before.ends_with(", the") || before.ends_with(",the")
        }
    })?;
    let then = text[y.end..r.se].trim_start();
    let object = (doc.kind_of)(y.actors[0]);
    if y.actors.len() != 1
        || then.starts_with([',', '.', ';', ':'])
        || then.starts_with("and ")
        || !matches!(object, Kind::Organization | Kind::State | Kind::Agency)
        || text[x.end..y.start].contains(';')
    {
        return None;
    }
    // "Under Donald Trump, the Taliban signed a deal": a leader the pack knows leads what
    // it knows, and the adjunct only dates the act.
    let offices = (doc.offices)(x.actors[0]);
    if !offices.is_empty() && !offices.iter().any(|&(_, o)| o == y.actors[0]) {
        return None;
    }
    let claim = stated(
        r,
        (x.actors[0], Relation::Leads, y.actors[0]),
        Polarity::Affirmed,
        &text[first.start..first.end],
        "under its leader",
    );
    Some((claim, x.actors[0]))
}

/// "Ansar Dine and al-Mourabitoun merged with the Macina Liberation Front to form JNIM",
/// "the G9 and G-Pep joined forces to form Viv Ansanm": the groups that merge to form a
/// body are parts of it. Returns the claims and the body formed.
fn merged_to_form(doc: &Doc, r: &Read) -> Option<(Vec<Claim>, ActorRef)> {
    let text = doc.text;
    let lower = |w: &Word| text[w.start..w.end].to_ascii_lowercase();
    // (Compared in place: this runs for every word of every sentence.)
    let k = r.words.windows(2).position(|p| {
        let (a, b) = (&text[p[0].start..p[0].end], &text[p[1].start..p[1].end]);
        a.eq_ignore_ascii_case("to")
            && ["form", "create", "found"]
                .iter()
                .any(|v| v.eq_ignore_ascii_case(b))
    })?;
    let form = &r.words[k + 1];
    // The merging verb before it in the clause.
    let merge = r.words[..k].iter().rposition(|w| {
        matches!(
            lower(w).as_str(),
            "merged" | "merge" | "merging" | "united" | "combined" | "joined" | "teamed" | "banded"
        )
    })?;
    let verb = lower(&r.words[merge]);
    let joined_forces = r
        .words
        .get(merge + 1)
        .is_some_and(|w| matches!(lower(w).as_str(), "forces" | "hands"));
    if verb == "joined" && !joined_forces || gap_words(&r.words, r.words[merge].end, form.start) > 8
    {
        return None;
    }
    // The body formed: the first name after the verb, past "a coalition called the".
    let body = r
        .slots
        .iter()
        .find(|y| y.start >= form.end && gap_words(&r.words, form.end, y.start) <= 4)
        .filter(|y| y.actors.len() == 1 && !y.phrase)?;
    let body_actor = body.actors[0];
    if (doc.kind_of)(body_actor) != Kind::Organization {
        return None;
    }
    // The parts: the names of the clause before the verb, and those merged "with".
    let clause = text[r.ss..r.words[merge].start]
        .rfind([';', ':'])
        .map_or(r.ss, |p| r.ss + p);
    let mut parts: Vec<ActorRef> = r
        .slots
        .iter()
        .filter(|x| x.start >= clause && x.end <= form.start && x.actors.len() == 1)
        .filter(|x| matches!((doc.kind_of)(x.actors[0]), Kind::Organization))
        // ("AQIM's Sahara branch merged": the owner is no part.)
        .filter(|x| !text[x.end..].starts_with(['\'', '’']))
        .map(|x| x.actors[0])
        .filter(|&a| a != body_actor)
        .collect();
    parts.dedup();
    if parts.is_empty() {
        return None;
    }
    let cue = &text[r.words[merge].start..form.end];
    let claims = parts
        .into_iter()
        .map(|a| {
            stated(
                r,
                (a, Relation::PartOf, body_actor),
                Polarity::Affirmed,
                cue,
                "merged to form",
            )
        })
        .collect();
    Some((claims, body_actor))
}

/// "Geagea has been in a Lebanese prison since 1994", "He then spent three years in a
/// Syrian jail": the one held in a state's prison (its demonym before the noun, after
/// "in") is held by that state, when the clause names the held before it.
fn in_states_prison(doc: &Doc, r: &Read) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    for y in r.slots.iter().filter(|y| !y.phrase && y.actors.len() == 1) {
        let rest = &text[y.end..r.se];
        let Some(noun) = ["prison", "jail", "custody", "detention"]
            .into_iter()
            .find(|n| rest.strip_prefix(' ').is_some_and(|t| t.starts_with(n)))
        else {
            continue;
        };
        let state = y.actors[0];
        let lead = text[r.ss..y.start].trim_end();
        let placed = [" in a", " in an", " in"].iter().any(|p| lead.ends_with(p));
        if (doc.kind_of)(state) != Kind::State || !placed {
            continue;
        }
        // The held: the clause's first name, a person or a group, before "in", with a verb
        // of being or holding between ("has been", "spent three years", not "visited").
        let from = words::clause_start(text, r.ss, y.start);
        let held_verb = between(text, &r.words, from, y.start).iter().any(|w| {
            matches!(
                w.as_str(),
                "been"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "spent"
                    | "remained"
                    | "remains"
                    | "languished"
                    | "died"
                    | "held"
                    | "kept"
                    | "detained"
                    | "jailed"
                    | "imprisoned"
                    | "sentenced"
                    | "years"
                    | "months"
                    | "locked"
            )
        });
        if !held_verb {
            continue;
        }
        let held = r.slots.iter().find(|x| {
            x.start >= from
                && x.end <= y.start
                && x.actors.len() == 1
                && matches!(
                    (doc.kind_of)(x.actors[0]),
                    Kind::Person | Kind::Organization
                )
                && !text[x.end..y.start].contains(',')
        });
        if let Some(x) = held {
            let (a, b) = (
                r.words.partition_point(|w| w.start < from),
                r.words.partition_point(|w| w.end <= y.start),
            );
            let negated = unasserted(text, &r.words[a..b.max(a)]);
            if !negated {
                out.push(stated(
                    r,
                    (state, Relation::Hostile, x.actors[0]),
                    Polarity::Affirmed,
                    &text[y.start..y.end + 1 + noun.len()],
                    "held in a state's prison",
                ));
            }
        }
    }
    out
}

/// "Baradar was arrested in Pakistan", "X was extradited to the United States": a person
/// or group taken into custody in a state, or handed to one, is held by that state (the
/// state named as the place, when no captor is).
fn custody_in_state(doc: &Doc, r: &Read, places: &[(usize, ActorRef)]) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    for (i, w) in r.words.iter().enumerate() {
        // (Compared in place first: this runs for every word of every sentence.)
        let raw = &text[w.start..w.end];
        if raw.len() < 6 || !raw.ends_with("ed") {
            continue;
        }
        let verb = raw.to_ascii_lowercase();
        let held_in = matches!(
            verb.as_str(),
            "arrested" | "detained" | "captured" | "apprehended" | "jailed" | "imprisoned"
        );
        let handed_to = matches!(verb.as_str(), "extradited" | "deported");
        if !held_in && !handed_to {
            continue;
        }
        // A passive: "was"/"were"/"been" right before (an adverb between at most).
        let passive = r.words[i.saturating_sub(2)..i]
            .iter()
            .any(|v| passive_auxiliary(&text[v.start..v.end].to_ascii_lowercase()));
        let Some(held) = r
            .slots
            .iter()
            .rev()
            .find(|x| x.end <= w.start)
            .filter(|x| x.actors.len() == 1 && gap_words(&r.words, x.end, w.start) <= 3)
        else {
            continue;
        };
        let negated = unasserted(text, &r.words[i.saturating_sub(3)..i]);
        if !passive || negated || text[held.end..w.start].contains(',') {
            continue;
        }
        // "in Pakistan" (a state named as the place) or "to the United States" within a
        // few words; no agent ("by X") between.
        let prep = if held_in { "in" } else { "to" };
        let after: Vec<&Word> = r.words[i + 1..].iter().take(5).collect();
        if after
            .iter()
            .any(|v| text[v.start..v.end].eq_ignore_ascii_case("by"))
        {
            continue;
        }
        let Some(at) = after
            .iter()
            .position(|v| text[v.start..v.end].eq_ignore_ascii_case(prep))
        else {
            continue;
        };
        let from = after[at].end;
        let state = places
            .iter()
            .find(|&&(p, _)| p >= from && p < r.se && gap_words(&r.words, from, p) <= 1)
            .map(|&(_, a)| a)
            .or_else(|| {
                r.slots
                    .iter()
                    .find(|y| y.start >= from && gap_words(&r.words, from, y.start) <= 1)
                    .filter(|y| y.actors.len() == 1)
                    .map(|y| y.actors[0])
            });
        let Some(state) = state.filter(|&s| (doc.kind_of)(s) == Kind::State) else {
            continue;
        };
        if state == held.actors[0] {
            continue;
        }
        out.push(stated(
            r,
            (state, Relation::Hostile, held.actors[0]),
            Polarity::Affirmed,
            &text[w.start..w.end],
            "held in a state",
        ));
    }
    out
}

/// Whether one of `lead`, the words before a verb, makes it no plain statement of fact:
/// a negation or a condition ("was not arrested in", "would take power in").
fn unasserted(text: &str, lead: &[Word]) -> bool {
    lead.iter().any(|v| {
        matches!(
            text[v.start..v.end].to_ascii_lowercase().as_str(),
            "not" | "never" | "n't" | "if" | "would" | "could"
        )
    })
}

/// "General X seized power in Niger", "Y came to power in Chad in 2021": who takes power
/// in a state (named as the place) leads it.
fn power_in_state(doc: &Doc, r: &Read, places: &[(usize, ActorRef)]) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    for (i, w) in r.words.iter().enumerate().skip(1) {
        if !text[w.start..w.end].eq_ignore_ascii_case("power") {
            continue;
        }
        let word = |k: usize| text[r.words[k].start..r.words[k].end].to_ascii_lowercase();
        let verb = &r.words[i - 1];
        let taking = matches!(
            word(i - 1).as_str(),
            "seized"
                | "seizes"
                | "took"
                | "takes"
                | "came"
                | "comes"
                | "rose"
                | "grabbed"
                | "assumed"
                | "assumes"
        );
        // "came to power in": the verb two words back.
        let to = taking
            || i >= 2
                && word(i - 1) == "to"
                && matches!(word(i - 2).as_str(), "came" | "comes" | "rose" | "rises");
        if !taking && !to {
            continue;
        }
        let verb_start = if taking {
            verb.start
        } else {
            r.words[i - 2].start
        };
        let Some(next) = r.words.get(i + 1) else {
            continue;
        };
        if !text[next.start..next.end].eq_ignore_ascii_case("in") {
            continue;
        }
        let Some(&(_, state)) = places
            .iter()
            .find(|&&(p, _)| p >= next.end && p < r.se && gap_words(&r.words, next.end, p) == 0)
        else {
            continue;
        };
        let Some(leader) = r
            .slots
            .iter()
            .rev()
            .find(|x| x.end <= verb_start)
            .filter(|x| x.actors.len() == 1 && gap_words(&r.words, x.end, verb_start) <= 2)
            .map(|x| x.actors[0])
        else {
            continue;
        };
        let negated = unasserted(text, &r.words[i.saturating_sub(4)..i - 1]);
        let person_or_body = matches!(
            (doc.kind_of)(leader),
            Kind::Person | Kind::Organization | Kind::Agency
        );
        if negated
            || !person_or_body
            || leader == state
            || text[verb_start..next.start].contains(',')
        {
            continue;
        }
        out.push(stated(
            r,
            (leader, Relation::Leads, state),
            Polarity::Affirmed,
            &text[verb_start..next.end],
            "took power in a state",
        ));
    }
    out
}

/// "In May 2024 X was elected president", "In 2019, Y became prime minister": who is
/// elected, sworn in or becomes head of state or government, with no state named after
/// the title, leads the story's own state.
fn elected_head(doc: &Doc, r: &Read) -> Vec<Claim> {
    let text = doc.text;
    let Some(home) = doc.home_government else {
        return Vec::new();
    };
    // (Words compared in place: this runs for every word of every sentence.)
    let is = |k: usize, w: &str| {
        r.words
            .get(k)
            .is_some_and(|v| text[v.start..v.end].eq_ignore_ascii_case(w))
    };
    let any = |k: usize, ws: &[&str]| ws.iter().any(|w| is(k, w));
    let mut out = Vec::new();
    for i in 1..r.words.len() {
        let two = is(i, "prime") && is(i + 1, "minister");
        // "won the presidency", "took the premiership".
        let office = i >= 2
            && any(i, &["presidency", "premiership"])
            && is(i - 1, "the")
            && any(
                i - 2,
                &["won", "wins", "took", "takes", "assumed", "assumes"],
            );
        if !two && !office && !any(i, &["president", "premier"]) {
            continue;
        }
        let title_end = if two { i + 1 } else { i };
        // "elected president", "became prime minister", "sworn in as president",
        // "proclaimed himself president".
        let proclaimed = i >= 2
            && any(i - 1, &["himself", "herself"])
            && any(
                i - 2,
                &["proclaimed", "declared", "named", "appointed", "installed"],
            );
        let becoming = proclaimed
            || office
            || any(
                i - 1,
                &["elected", "re-elected", "became", "becomes", "become"],
            )
            || is(i - 1, "as")
                && i >= 2
                && any(
                    i - 2,
                    &[
                        "in", "elected", "appointed", "installed", "served", "serves", "serving",
                        "named", "chosen", "returned",
                    ],
                )
            // ("Fadul was named prime minister": a passive of naming.)
            || i >= 2
                && any(i - 1, &["named", "appointed", "chosen", "installed", "made"])
                && any(i - 2, &["was", "is", "were", "been"])
            // ("Kibaki, who was president from 2002 to 2013".)
            || i >= 2 && any(i - 1, &["was", "is"]) && is(i - 2, "who");
        // ("elected president of Chad" names its state: the role rule reads it.)
        // (But "in March 2013", "in 1994" is a time.)
        let timed = is(title_end + 1, "in")
            && r.words.get(title_end + 2).is_some_and(|w| {
                let w = &text[w.start..w.end];
                w.starts_with(|c: char| c.is_ascii_digit())
                    || w.starts_with(char::is_uppercase)
                        && crate::read::date::month_number(w).is_some()
            });
        if !becoming || is(title_end + 1, "of") || is(title_end + 1, "in") && !timed {
            continue;
        }
        let verb = r.words[if proclaimed || office { i - 2 } else { i - 1 }].start;
        // (Past a relative clause set off on the person: "X, who had promised ..., was".)
        let relative = |x: &Slot| {
            let glue = &text[x.end..verb];
            glue.starts_with(", who ")
                && glue
                    .trim_end()
                    .rsplit(' ')
                    .nth(1)
                    .is_some_and(|w| w.ends_with(','))
        };
        let Some(person) = r
            .slots
            .iter()
            .filter(|x| x.end <= verb && !x.phrase)
            .find(|x| relative(x))
            .or_else(|| r.slots.iter().rev().find(|x| x.end <= verb))
            .filter(|x| {
                x.actors.len() == 1 && (gap_words(&r.words, x.end, verb) <= 4 || relative(x))
            })
            .map(|x| x.actors[0])
            .filter(|&a| (doc.kind_of)(a) == Kind::Person)
        else {
            continue;
        };
        if unasserted(text, &r.words[i.saturating_sub(5)..i]) {
            continue;
        }
        out.push(stated(
            r,
            (person, Relation::Leads, home),
            Polarity::Affirmed,
            &text[verb..r.words[title_end].end],
            "elected head of the story's state",
        ));
    }
    out
}

/// "The BLA is based in Iran", "Hamas, which is headquartered in Qatar": a group based in
/// a state other than the story's own is sheltered by it (the state named as the place;
/// see `domestic_base` for when it is not).
fn based_in_state(doc: &Doc, r: &Read, places: &[(usize, ActorRef)]) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    for (i, w) in r.words.iter().enumerate() {
        let raw = &text[w.start..w.end];
        if !raw.eq_ignore_ascii_case("based") && !raw.eq_ignore_ascii_case("headquartered") {
            continue;
        }
        // A predicate: a copula right before ("is based", "which is based").
        let copula = i.checked_sub(1).is_some_and(|k| {
            matches!(
                text[r.words[k].start..r.words[k].end]
                    .to_ascii_lowercase()
                    .as_str(),
                "is" | "are" | "was" | "were" | "remains" | "remain" | "be" | "been"
            )
        });
        let in_next = r
            .words
            .get(i + 1)
            .filter(|v| text[v.start..v.end].eq_ignore_ascii_case("in"));
        let (true, Some(in_word)) = (copula, in_next) else {
            continue;
        };
        let Some(&(_, state)) = places.iter().find(|&&(p, _)| {
            p >= in_word.end && p < r.se && gap_words(&r.words, in_word.end, p) <= 1
        }) else {
            continue;
        };
        let Some(x) = r
            .slots
            .iter()
            .rev()
            .find(|x| x.end <= w.start && x.actors.len() == 1)
            .filter(|x| gap_words(&r.words, x.end, w.start) <= 4)
        else {
            continue;
        };
        let claim = stated(
            r,
            (state, Relation::Shelters, x.actors[0]),
            Polarity::Affirmed,
            &text[w.start..in_word.end],
            "based in a state",
        );
        if !domestic_base(doc, &claim) {
            out.push(claim);
        }
    }
    out
}

/// Acts of violence a party may be blamed for.
const VIOLENT_ACTS: [&str; 30] = [
    "attack",
    "bombs",
    "bomb",
    "attacks",
    "bombing",
    "bombings",
    "blast",
    "blasts",
    "explosion",
    "explosions",
    "ambush",
    "ambushes",
    "assault",
    "raid",
    "raids",
    "killing",
    "killings",
    "massacre",
    "shelling",
    "strike",
    "strikes",
    "fire",
    "violence",
    "kidnapping",
    "kidnappings",
    "abduction",
    "abductions",
    "assassination",
    "shooting",
    "shootings",
];

/// Whether `word` is one of `VIOLENT_ACTS`, case aside.
fn violent_act(word: &str) -> bool {
    VIOLENT_ACTS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Whether the words between "for"/"of" and an act of violence are the act's own ("the
/// deadly", "carrying out the", "Monday's", "the 1991"), not another act ("backing the").
fn act_words_only(text: &str, words: &[&Word]) -> bool {
    words.iter().all(|v| {
        let g = &text[v.start..v.end];
        matches!(
            g.to_ascii_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "last"
                | "recent"
                | "deadly"
                | "latest"
                | "suicide"
                | "drone"
                | "rocket"
                | "car"
                | "twin"
                | "carrying"
                | "out"
                | "launching"
                | "planning"
                | "orchestrating"
                | "staging"
                | "conducting"
                | "mounting"
                | "these"
                | "those"
                | "this"
                | "that"
                | "most"
                | "some"
                | "all"
                | "many"
                | "several"
                | "series"
                | "wave"
                | "of"
        ) || g.ends_with("'s")
            || g.ends_with("’s")
            || g.chars().all(|ch| ch.is_ascii_digit())
    })
}

/// The party an act blamed on someone hit, read after `from`: "the attack on Kenyan
/// troops", "the assassination of X". `None` when the act names no target; `Some(None)`
/// when it hits something no name stands for ("the drone attack on a tanker").
fn blamed_target<'r>(text: &str, r: &'r Read, from: usize) -> Option<Option<&'r Slot>> {
    let act = |w: &Word| violent_act(&text[w.start..w.end]);
    let noun = r
        .words
        .iter()
        .filter(|v| v.start >= from)
        .take(6)
        .find(|v| act(v))?;
    let prep = r.words.iter().find(|v| v.start >= noun.end)?;
    let prep_text = text[prep.start..prep.end].to_ascii_lowercase();
    // "the assassination of (former Prime Minister) X": X is the one killed.
    let of_victim = prep_text == "of"
        && matches!(
            text[noun.start..noun.end].to_ascii_lowercase().as_str(),
            "assassination" | "killing" | "killings" | "kidnapping" | "abduction"
        );
    // "the car bombs that nearly killed X": the victim of the act's relative clause.
    if matches!(prep_text.as_str(), "that" | "which") {
        let verb = r
            .words
            .iter()
            .filter(|v| v.start >= prep.end)
            .take(2)
            .find(|v| {
                matches!(
                    text[v.start..v.end].to_ascii_lowercase().as_str(),
                    "killed" | "wounded" | "injured" | "targeted" | "hit" | "struck"
                )
            })?;
        return Some(
            r.slots
                .iter()
                .find(|z| z.start >= verb.end)
                .filter(|z| z.actors.len() == 1)
                .filter(|z| gap_words(&r.words, verb.end, z.start) <= 2),
        );
    }
    if !matches!(prep_text.as_str(), "on" | "against") && !of_victim {
        return None;
    }
    Some(
        r.slots
            .iter()
            .find(|z| z.start >= prep.end)
            .filter(|z| z.actors.len() == 1)
            .filter(|z| gap_words(&r.words, prep.end, z.start) <= 3),
    )
}

/// Whether the act of violence after `from` falls on the subject's own people: "(of)
/// killing two of its cadres", "attacking their positions", "shot our men".
fn own_victims(text: &str, r: &Read, from: usize) -> bool {
    let after: Vec<&Word> = r.words.iter().filter(|v| v.start >= from).take(8).collect();
    let Some(k) = after
        .iter()
        .position(|v| violent_act(&text[v.start..v.end]))
    else {
        return false;
    };
    // "killing (two of) its cadres": only a count between the act and the possessive, and
    // no "own" after it ("killing its own citizens" are the killer's).
    let rest: Vec<String> = after[k + 1..]
        .iter()
        .take(5)
        .map(|v| text[v.start..v.end].to_ascii_lowercase())
        .collect();
    let Some(p) = rest
        .iter()
        .position(|w| matches!(w.as_str(), "its" | "their" | "our"))
    else {
        return false;
    };
    let counted = rest[..p].iter().all(|w| {
        w.chars().all(|c| c.is_ascii_digit())
            || matches!(
                w.as_str(),
                "of" | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "dozens"
                    | "scores"
                    | "hundreds"
                    | "several"
                    | "many"
                    | "some"
                    | "one"
                    | "all"
                    | "at"
                    | "least"
            )
    });
    counted && rest.get(p + 1).is_none_or(|w| w != "own")
}

/// "Kenya blamed al-Shabaab for the attack", "Islamabad blamed the bombing on the BLA",
/// "an ambush the army blamed on ISWAP": a party that blames another for violence says
/// that other attacked it (the blamer as the source). Returns the claims and the blamed
/// parties, whose misread "attack on X" claims in the sentence are dropped.
fn blamed_attacks(doc: &Doc, r: &Read) -> (Vec<Claim>, Vec<ActorRef>) {
    let text = doc.text;
    let (mut out, mut blamed) = (Vec::new(), Vec::new());
    let one = |x: &&Slot| x.actors.len() == 1;
    let act = |w: &Word| violent_act(&text[w.start..w.end]);
    for (i, w) in r.words.iter().enumerate() {
        let raw = &text[w.start..w.end];
        // "accused Serbia of planning the assault": an accusation of violence blames too.
        let accused = ["accused", "accuses", "accuse"]
            .iter()
            .any(|b| b.eq_ignore_ascii_case(raw));
        let blames = ["blamed", "blames", "blame"]
            .iter()
            .any(|b| b.eq_ignore_ascii_case(raw));
        if !accused && !blames {
            continue;
        }
        let for_word = if accused { "of" } else { "for" };
        // The blamer right before the verb (an auxiliary or adverb between at most).
        let Some(x) = r
            .slots
            .iter()
            .rev()
            .find(|x| x.end <= w.start)
            .filter(one)
            .filter(|x| gap_words(&r.words, x.end, w.start) <= 1)
        else {
            continue;
        };
        let lead = word_before(text, &r.words, w.start)
            .unwrap_or("")
            .to_ascii_lowercase();
        if matches!(lead.as_str(), "not" | "never" | "to" | "n't") {
            continue;
        }
        let next: Vec<&Word> = r.words[i + 1..].iter().take(6).collect();
        let on_slot = |from: usize| {
            let on = r
                .words
                .iter()
                .find(|v| v.start >= from && text[v.start..v.end].eq_ignore_ascii_case("on"))?;
            r.slots
                .iter()
                .find(|y| y.start >= on.end)
                .filter(one)
                .filter(|y| gap_words(&r.words, on.end, y.start) <= 1)
                .filter(|_| gap_words(&r.words, from, on.start) <= 3)
        };
        let y = if !accused
            && next.iter().take(4).any(|v| act(v))
            && !r.slots.iter().any(|y| {
                y.start >= w.end && y.start < next.iter().find(|v| act(v)).map_or(0, |v| v.start)
            }) {
            // "blamed the bombing on Y".
            on_slot(w.end)
        } else if !accused && r.words[..i].iter().rev().take(4).any(act) {
            // "the ambush (that) X blamed on Y".
            on_slot(w.end).filter(|y| gap_words(&r.words, w.end, y.start) <= 2)
        } else {
            // "blamed Y for the attack".
            r.slots
                .iter()
                .find(|y| y.start >= w.end)
                .filter(one)
                .filter(|y| gap_words(&r.words, w.end, y.start) <= 1)
                .filter(|y| {
                    let after: Vec<&Word> = r
                        .words
                        .iter()
                        .filter(|v| v.start >= y.end)
                        .take(5)
                        .collect();
                    // Only the act's own words between: "for the deadly attack", "of
                    // carrying out the bombing", not "of backing the RSF assault".
                    let act_at = after.iter().skip(1).position(|v| act(v));
                    after
                        .first()
                        .is_some_and(|f| text[f.start..f.end].eq_ignore_ascii_case(for_word))
                        && act_at.is_some_and(|k| act_words_only(text, &after[1..1 + k]))
                })
        };
        let Some(y) = y else { continue };
        // "blamed Y for the attack on Kenyan troops": the party attacked is the victim.
        let target = blamed_target(text, r, y.end);
        // "blamed Iran for the drone attack on a tanker": the blamer is no victim.
        let victim = match target {
            Some(Some(z)) => z.actors[0],
            Some(None) => continue,
            None => x.actors[0],
        };
        let attacker = y.actors[0];
        let blamer = x.actors[0];
        let kind = (doc.kind_of)(blamer);
        // (A state or its forces: a watchdog that blames a party for killings was not
        // attacked. Any party that blames one for killing its own people was:
        // "accused the army of killing two of its cadres".)
        let own_people = target.is_none() && own_victims(text, r, y.end);
        if victim == attacker || !(matches!(kind, Kind::State | Kind::Agency) || own_people) {
            continue;
        }
        let mut claim = stated(
            r,
            (attacker, Relation::Hostile, victim),
            Polarity::Affirmed,
            raw,
            "blamed for an attack",
        );
        claim.source = Source::Actor(blamer);
        out.push(claim);
        blamed.push(attacker);
    }
    (out, blamed)
}

/// The verbs of joining, founding and leaving a body (see `joined_bodies`).
const JOINING: [&str; 11] = [
    "joined",
    "joins",
    "joining",
    "formed",
    "founded",
    "created",
    "left",
    "quit",
    "exited",
    "withdrew",
    "withdrawn",
];

/// "The Arakan Army joined the Brotherhood Alliance", "Mali, Burkina Faso and Niger left
/// ECOWAS": a party that joins a body (an organization or an intergovernmental one), or
/// founds it with others, is part of it; one that leaves it is no longer. Only plain statements of fact: a
/// negation, a modal or an infinitive before the verb ("threatened to quit") makes none.
fn joined_bodies(doc: &Doc, r: &Read) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    for (i, w) in r.words.iter().enumerate() {
        // (Compared in place first: this runs for every word of every sentence.)
        let raw = &text[w.start..w.end];
        if !JOINING.iter().any(|v| v.eq_ignore_ascii_case(raw)) {
            continue;
        }
        let verb = raw.to_ascii_lowercase();
        let next = r
            .words
            .get(i + 1)
            .map(|n| text[n.start..n.end].to_ascii_lowercase());
        let (polarity, after) = match (verb.as_str(), next.as_deref()) {
            ("joined" | "joins" | "joining" | "formed" | "founded" | "created", _) => {
                (Polarity::Affirmed, w.end)
            }
            ("left" | "quit" | "exited", _) => (Polarity::Negated, w.end),
            ("withdrew" | "withdrawn", Some("from")) => (Polarity::Negated, r.words[i + 1].end),
            _ => continue,
        };
        let lead: Vec<String> = r.words[i.saturating_sub(3)..i]
            .iter()
            .map(|v| text[v.start..v.end].to_ascii_lowercase())
            .collect();
        let hedged = lead.iter().any(|v| {
            matches!(
                v.as_str(),
                "not" | "never" | "to" | "will" | "would" | "could" | "may" | "might" | "if"
            )
        });
        // The subject right before the verb (auxiliaries between); the body right after
        // it, with nothing but an article between.
        let Some(near) = r.slots.iter().rev().find(|x| x.end <= w.start) else {
            continue;
        };
        // ("Machar, a Nuer who studied in Britain, joined the SPLA": past an apposition.)
        let apposed = apposed_to_verb(text, r, w.start);
        let x = apposed.unwrap_or(near);
        let glue = match apposed {
            Some(_) => Vec::new(),
            None => between(text, &r.words, x.end, w.start),
        };
        // ("Chad is joining the AES", "accused X of joining Y".)
        let adjacent = glue.iter().all(|g| {
            matches!(
                g.as_str(),
                "has" | "have" | "had" | "formally" | "officially"
            ) || verb == "joining" && matches!(g.as_str(), "is" | "are" | "was" | "were" | "of")
        });
        let Some(y) = r.slots.iter().find(|y| y.start >= after) else {
            continue;
        };
        let object_glue = between(text, &r.words, after, y.start);
        let body = (doc.kind_of)(y.actors[0]);
        let then = text[y.end..r.se].trim_start();
        if verb.starts_with("join") && !hedged && adjacent && joined_in_fight(then) {
            out.extend(joined_fight(
                text,
                r,
                (x, y),
                polarity,
                &text[w.start..w.end],
            ));
            continue;
        }
        if hedged
            || !adjacent
            || x.phrase && x.actors.len() != 1
            || y.actors.len() != 1
            || object_glue.iter().any(|g| g != "the")
            || !matches!(body, Kind::Organization | Kind::Igo)
            || !a_body_joined(then)
            || text[if apposed.is_some() { w.end } else { x.end }..y.start].contains([',', ';'])
        {
            continue;
        }
        let slots: Vec<&Slot> = r.slots.iter().collect();
        let parties = coordinated(text, &r.words, &slots, x.actors[0], w.start, false);
        // "Mali, Burkina Faso and Niger formed the AES": founders together are its members;
        // one founder alone made an offshoot or leads it (see `founded_offshoot`).
        if !verb.starts_with("join") && polarity == Polarity::Affirmed && parties.len() < 2 {
            continue;
        }
        for a in parties {
            // States found or join blocs of states; organizations, coalitions of groups
            // ("Iran and Syria created Hezbollah" makes neither a member).
            // (A person who joins or leaves a body is a member of it, or was.)
            let joins = verb.starts_with("join");
            let relation = match (doc.kind_of)(a) {
                Kind::State if body == Kind::Igo || joins => Relation::PartOf,
                Kind::Organization if body == Kind::Organization || joins => Relation::PartOf,
                Kind::Person if joins || polarity == Polarity::Negated => Relation::MemberOf,
                _ => continue,
            };
            if a == y.actors[0] {
                continue;
            }
            out.push(stated(
                r,
                (a, relation, y.actors[0]),
                polarity,
                &text[w.start..w.end],
                "joining or leaving a body",
            ));
        }
    }
    out
}

/// "Machar, a Nuer who studied in Britain, joined": the single name an apposition that
/// closes with a comma right before the verb at byte `verb` is set off on (the
/// apposition a description, within the sentence: an article or a lowercase word first,
/// no comma inside).
fn apposed_to_verb<'a>(text: &str, r: &'a Read, verb: usize) -> Option<&'a Slot> {
    let (open, close) = words::set_off_before(text, r.ss, verb)?;
    // (The subject, no object of a preposition: "Defectors from Hamas, the group that
    // rules Gaza, joined Fatah" is no joining of Hamas's.)
    let governed = |start: usize| {
        words::word_before(text, &r.words, start).is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "of" | "from" | "by" | "with" | "to" | "in" | "for" | "against" | "on" | "at"
            )
        })
    };
    let inner = &text[open + 2..close];
    let first = inner.split(' ').next().unwrap_or_default();
    let described = matches!(first, "a" | "an" | "the") || first.starts_with(char::is_lowercase);
    if !described || inner.split(' ').count() > 14 || inner.contains([',', ';', '(', '"']) {
        return None;
    }
    r.slots
        .iter()
        .find(|l| !l.phrase && l.end == open && l.actors.len() == 1)
        .filter(|l| !governed(l.start))
}

/// "Haftar's forces joined the RSF in an assault on army posts": who joins a party in a
/// fight fights beside it, and against the fight's target.
fn joined_fight(
    text: &str,
    r: &Read,
    (x, y): (&Slot, &Slot),
    polarity: Polarity,
    cue: &str,
) -> Vec<Claim> {
    let ([a], [b]) = (x.actors.as_slice(), y.actors.as_slice()) else {
        return Vec::new();
    };
    if a == b {
        return Vec::new();
    }
    let rule = "joined in a fight";
    let mut out = vec![stated(
        r,
        (*a, Relation::FightsAlongside, *b),
        polarity,
        cue,
        rule,
    )];
    if let Some(foe) = fight_target(text, r, y) {
        out.push(stated(r, (*a, Relation::Hostile, foe), polarity, cue, rule));
    }
    out
}

/// The party a fight joined is waged against: "joined the RSF in an assault on army
/// posts", the name after "on" or "against" within a few words, no comma between.
fn fight_target(text: &str, r: &Read, joined: &Slot) -> Option<ActorRef> {
    let z = r.slots.iter().find(|z| z.start >= joined.end)?;
    let glue = between(text, &r.words, joined.end, z.start);
    let aimed = matches!(glue.last().map(String::as_str), Some("on" | "against"))
        || glue.len() >= 2 && matches!(glue[glue.len() - 2].as_str(), "on" | "against");
    (aimed && glue.len() <= 6 && !text[joined.end..z.start].contains([',', ';']))
        .then(|| z.actors.first().copied())
        .flatten()
        .filter(|&f| !joined.actors.contains(&f))
}

/// Whether `then`, after the party a verb of joining names, tells a fight joined: "in an
/// assault on", "in attacking", "in the offensive".
fn joined_in_fight(then: &str) -> bool {
    let Some(rest) = then.strip_prefix("in ") else {
        return false;
    };
    let mut words = rest.split(' ');
    let first = words.next().unwrap_or("");
    let noun = if matches!(first, "a" | "an" | "the" | "its" | "their" | "his") {
        words.next().unwrap_or("")
    } else {
        first
    };
    let noun = noun.trim_end_matches([',', '.', ';']);
    matches!(
        noun,
        "assault"
            | "assaults"
            | "attack"
            | "attacks"
            | "attacking"
            | "offensive"
            | "fight"
            | "fighting"
            | "battle"
            | "battles"
            | "war"
            | "raid"
            | "raids"
            | "operations"
            | "campaign"
            | "bombing"
            | "targeting"
    )
}

/// Whether the name a verb of joining or leaving is followed by `then` is the body joined
/// or left: not in "joined Russia in condemning", "joined forces with".
fn a_body_joined(then: &str) -> bool {
    let joined_in = then.starts_with("forces")
        || then
            .strip_prefix("in ")
            .is_some_and(|t| t.split(' ').next().is_some_and(|v| v.ends_with("ing")));
    // "joined Hezbollah's call", "left Hamas badly weakened": the name is no body joined
    // or left when a possessive or a word of its own follows it (a time or place may:
    // "left ECOWAS in January").
    let next = then
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .next()
        .unwrap_or("");
    let described = then.starts_with(['\'', '’'])
        || next.starts_with(|c: char| c.is_lowercase())
            && !matches!(
                next,
                "in" | "on"
                    | "at"
                    | "after"
                    | "before"
                    | "last"
                    | "this"
                    | "since"
                    | "over"
                    | "and"
                    | "amid"
                    | "following"
                    | "earlier"
                    | "later"
                    | "when"
                    | "as"
                    | "but"
                    | "which"
                    | "because"
                    | "to"
                    | "for"
                    | "with"
                    | "early"
                    | "late"
                    // ("joined the SPLA soon after its founding".)
                    | "soon"
                    | "shortly"
                    | "within"
                    | "during"
                    | "until"
                    | "while"
                    | "again"
                    | "once"
            );
    !joined_in && !described
}

/// "The SDF fought the Islamic State alongside the Syrian army", "Kenyan troops fought
/// al-Shabaab together with Somali forces", "repelled X with the help of Y": after the
/// object of an attack, a party the attackers act with fights alongside them, against
/// the same foe.
fn co_agents(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    const MARKERS: [&str; 5] = [
        "alongside ",
        "together with ",
        "with the help of ",
        "with the support of ",
        "with support from ",
    ];
    let text = doc.text;
    let mut out = Vec::new();
    for c in claims.iter().filter(|c| {
        c.relation == Relation::Hostile
            && c.polarity == Polarity::Affirmed
            && c.rule == "subject and object"
    }) {
        let Some(cue_at) = text[r.ss..r.se].find(c.cue.as_str()).map(|p| r.ss + p) else {
            continue;
        };
        let Some(object) = r
            .slots
            .iter()
            .find(|x| x.start >= cue_at && x.actors.contains(&c.object))
        else {
            continue;
        };
        let rest = text[object.end..r.se].trim_start_matches([' ', ',']);
        let Some(marker) = MARKERS.iter().find(|m| rest.starts_with(*m)) else {
            let allied = parenthetical_ally(doc, r, c, cue_at);
            if allied.is_empty() {
                out.extend(partners_before_participle(doc, r, c, cue_at));
            }
            out.extend(allied);
            continue;
        };
        let from = r.se - rest.len() + marker.len();
        // The ally heads what follows the marker: "alongside the Syrian army", not "with
        // the help of Iranian drones" (a weapon) nor "alongside strikes on Houthi targets".
        let Some(ally) = r.slots.iter().find(|x| {
            x.start >= from
                && between(text, &r.words, from, x.start)
                    .iter()
                    .all(|w| w == "the" || w == "a")
                && x.actors.len() == 1
                && (text[x.end..].starts_with([',', '.', ';'])
                    || words::word_at(text, &r.words, x.end).is_none_or(|n| {
                        !n.starts_with(|c: char| c.is_lowercase())
                            || matches!(
                                n,
                                "in" | "on"
                                    | "at"
                                    | "near"
                                    | "against"
                                    | "and"
                                    | "to"
                                    | "for"
                                    | "during"
                                    | "after"
                                    | "across"
                                    | "around"
                                    | "along"
                                    | "since"
                                    | "of"
                                    | "last"
                                    | "this"
                            )
                    }))
        }) else {
            continue;
        };
        let ally = ally.actors[0];
        if ally == c.subject || ally == c.object {
            continue;
        }
        for (s, rel, o) in [
            (c.subject, Relation::FightsAlongside, ally),
            (ally, Relation::Hostile, c.object),
        ] {
            let mut k = c.clone();
            (k.subject, k.relation, k.object) = (s, rel, o);
            k.cue = marker.trim_end().to_string();
            k.rule = "acting with an ally";
            out.push(k);
        }
    }
    out
}

/// Words after which a name is a partner in the subject's act ("the UPDF, together with
/// the Congolese army, ...").
pub(super) const PARTNER_MARKERS: [&str; 4] = [
    "along with ",
    "alongside ",
    "together with ",
    "jointly with ",
];

/// The slot of a claim's subject last before its cue.
fn subject_slot<'r>(r: &'r Read, c: &Claim, cue_at: usize) -> Option<&'r Slot> {
    r.slots
        .iter()
        .rev()
        .find(|x| x.end <= cue_at && x.actors.contains(&c.subject))
}

/// "M23, along with the Rwandan army, attacked X": an ally set off between the attacker
/// and the attack fights alongside the attacker, against the same foe. Set off by commas,
/// a bare "with" marks one too: "the EPLF, with fighters of the TPLF, drove the ELF ...",
/// "Goukouni, with Libyan troops, drove Habré from the capital" (not "with Libyan
/// backing": the name must close the aside).
fn parenthetical_ally(doc: &Doc, r: &Read, c: &Claim, cue_at: usize) -> Vec<Claim> {
    let text = doc.text;
    let Some(subject) = subject_slot(r, c, cue_at) else {
        return Vec::new();
    };
    let gap = &text[subject.end..cue_at];
    let Some(marker) = gap.strip_prefix(", ").and_then(|g| {
        PARTNER_MARKERS
            .iter()
            .copied()
            .chain(["with "])
            .find(|m| g.starts_with(*m))
    }) else {
        return Vec::new();
    };
    let from = subject.end + 2 + marker.len();
    // ("with fighters of the TPLF": the ally's own members may come first.)
    let members = &doc.lexicon.anaphora.member_nouns;
    let ally = r.slots.iter().find(|x| {
        x.start >= from
            && x.actors.len() == 1
            && between(text, &r.words, from, x.start).iter().all(|w| {
                matches!(w.as_str(), "the" | "its" | "their" | "of" | "from")
                    || members.iter().any(|m| m == w)
            })
            && {
                // (Past the name's acronym in brackets.)
                let after = &text[x.end..cue_at];
                let after = after
                    .strip_prefix(" (")
                    .and_then(|a| a.split_once(')'))
                    .map_or(after, |(_, a)| a);
                // (Or its members after it: "with TPLF fighters".)
                let after = after
                    .strip_prefix(' ')
                    .and_then(|a| members.iter().find_map(|m| a.strip_prefix(m.as_str())))
                    .unwrap_or(after);
                after.starts_with(", ") && !after[2..].contains([',', ';'])
            }
    });
    let Some(ally) = ally.map(|x| x.actors[0]) else {
        return Vec::new();
    };
    if ally == c.subject || ally == c.object {
        return Vec::new();
    }
    [
        (c.subject, Relation::FightsAlongside, ally),
        (ally, Relation::Hostile, c.object),
    ]
    .into_iter()
    .map(|(s, rel, o)| {
        let mut k = c.clone();
        (k.subject, k.relation, k.object) = (s, rel, o);
        k.cue = marker.trim_end().to_string();
        k.rule = "acting with an ally";
        k
    })
    .collect()
}

/// "the UPDF launched an operation together with the Congolese army and the SPLA,
/// bombing the group's camps": the partners listed after the marker, up to the comma
/// before the participle, fight alongside the subject and each other, against its foe.
fn partners_before_participle(doc: &Doc, r: &Read, c: &Claim, cue_at: usize) -> Vec<Claim> {
    let text = doc.text;
    let Some(subject) = subject_slot(r, c, cue_at) else {
        return Vec::new();
    };
    let gap = &text[subject.end..cue_at];
    let Some(comma) = gap
        .trim_end()
        .strip_suffix(',')
        .map(|g| subject.end + g.len())
    else {
        return Vec::new();
    };
    let Some((from, marker)) = PARTNER_MARKERS
        .iter()
        .filter_map(|m| {
            let p = text[subject.end..comma].rfind(m)?;
            Some((subject.end + p + m.len(), m.trim_end()))
        })
        .max()
    else {
        return Vec::new();
    };
    // Only names, joined by "and" or commas, between the marker and the comma.
    let listed: Vec<&Slot> = r
        .slots
        .iter()
        .filter(|x| x.start >= from && x.end <= comma)
        .collect();
    let mut at = from;
    for x in &listed {
        let joint = between(text, &r.words, at, x.start);
        if x.actors.len() != 1 || !joint.iter().all(|w| matches!(w.as_str(), "the" | "and")) {
            return Vec::new();
        }
        at = x.end;
    }
    if listed.is_empty() || !text[at..comma].trim().is_empty() {
        return Vec::new();
    }
    let mut side = vec![c.subject];
    let mut out = Vec::new();
    for ally in listed.iter().map(|x| x.actors[0]) {
        if side.contains(&ally) || ally == c.object {
            continue;
        }
        let pairs = side
            .iter()
            .map(|&s| (s, Relation::FightsAlongside, ally))
            .chain([(ally, Relation::Hostile, c.object)]);
        for (s, rel, o) in pairs {
            let mut k = c.clone();
            (k.subject, k.relation, k.object) = (s, rel, o);
            k.cue = marker.to_string();
            k.rule = "acting with an ally";
            out.push(k);
        }
        side.push(ally);
    }
    out
}

/// "Kinshasa accuses Rwanda of backing the M23. Kigali rejected the accusation.": a
/// denial whose object only points back ("the accusation", "the allegations", "this",
/// "any involvement") denies what the two sentences before claimed of the denier, with
/// the denier as source.
fn denied_accusations(doc: &Doc, r: &Read, earlier: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    let Some(prev) = r.si.checked_sub(1) else {
        return out;
    };
    for d in r.cues.iter().filter(|m| m.cue == Cue::Denial) {
        let after = between(text, &r.words, d.end, r.se);
        let pointer = match after.as_slice() {
            [a, n, ..] if a == "the" || a == "these" || a == "such" => matches!(
                n.as_str(),
                "accusation"
                    | "accusations"
                    | "allegation"
                    | "allegations"
                    | "charge"
                    | "charges"
                    | "claim"
                    | "claims"
                    | "reports"
                    | "report"
            ),
            // "denied this.", "has denied it, saying ...": not "denied this week that ...",
            // "denied it had targeted ...", where a clause of its own follows.
            [w, ..] if w == "this" || w == "it" => {
                let at = d.end + text[d.end..r.se].find(w.as_str()).unwrap_or(0) + w.len();
                text[at..r.se]
                    .trim_start()
                    .starts_with(['.', ',', ';', '"', '”'])
                    || text[at..r.se].trim().is_empty()
            }
            [a, n, ..] if a == "any" => matches!(n.as_str(), "involvement" | "role" | "part"),
            // "The LNA denied taking part.", "denied involvement".
            [t, p, ..] if t == "taking" => p == "part",
            [n, ..] => matches!(n.as_str(), "involvement" | "participation"),
            _ => false,
        };
        // ("has not denied the reports" denies nothing.)
        let lead = between(
            text,
            &r.words,
            d.start.saturating_sub(16).max(r.ss),
            d.start,
        );
        let negated = lead
            .iter()
            .any(|w| matches!(w.as_str(), "not" | "never" | "n't"));
        if !pointer || negated {
            continue;
        }
        // The denier: a name of the subject before the denial verb ("Eritrea's
        // information minister, Yemane Gebremeskel, dismissed ..." speaks for Eritrea).
        let subject: Vec<ActorRef> = r
            .slots
            .iter()
            .filter(|x| x.end <= d.start && x.actors.len() == 1)
            .filter(|x| gap_words(&r.words, x.end, d.start) <= 8)
            .filter(|x| !text[x.end..d.start].contains(';'))
            .map(|x| x.actors[0])
            .collect();
        // Only an accusation is denied: a claim someone else made of the denier ("Kinshasa
        // accuses Rwanda of ..."), not what the writer reported it did.
        // A state answers for its forces and agencies ("Washington accuses Iran's
        // Revolutionary Guards of ... Tehran rejected the accusation").
        // (The sentence's subject, not a name inside a clause on it: "The CPP, which has
        // waged war against the government, rejected the claims".)
        let state_subject = r
            .slots
            .iter()
            .rfind(|x| x.end <= d.start && x.actors.len() == 1)
            .filter(|x| {
                !text[x.end..d.start].contains([',', ';'])
                    && gap_words(&r.words, x.end, d.start) <= 4
            })
            .map(|x| x.actors[0]);
        let answers_for = |accused: ActorRef| {
            subject.contains(&accused)
                || (doc.parent_state)(accused).is_some_and(|st| state_subject == Some(st))
        };
        for c in earlier.iter().filter(|c| {
            c.sentence + 3 >= r.si
                && c.sentence <= prev
                && c.polarity == Polarity::Affirmed
                && answers_for(c.subject)
                && matches!(c.source, Source::Actor(a) if a != c.subject)
        }) {
            let denier = if subject.contains(&c.subject) {
                c.subject
            } else {
                (doc.parent_state)(c.subject).unwrap_or(c.subject)
            };
            let mut k = c.clone();
            k.polarity = Polarity::Negated;
            k.modality = Modality::Asserted;
            k.source = Source::Actor(denier);
            (k.sentence, k.start, k.end) = (r.si, r.ss, r.se);
            k.cue = text[d.start..d.end].to_string();
            k.rule = "denial of the accusation before";
            if !out
                .iter()
                .any(|o: &Claim| o.relation == k.relation && o.object == k.object)
            {
                out.push(k);
            }
        }
    }
    out
}

/// "X accused Y of backing Z, which it denies", "..., a charge Kigali denies", "...,
/// something the rebels deny": the claim stands as the accusers say, and denied by the
/// denier — the name (or description) before the denial verb, else the accused subject.
fn trailing_denials(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    for d in r.cues.iter().filter(|m| m.cue == Cue::Denial) {
        let Some(comma) = text[r.ss..d.start].rfind(',').map(|p| r.ss + p) else {
            continue;
        };
        let lead = between(text, &r.words, comma, d.start);
        // The clause opens with "which", or with a noun of what was said ("a charge", "an
        // allegation that", "claims", "something").
        let opener = lead
            .iter()
            .position(|w| matches!(w.as_str(), "which" | "something") || words::charge_noun(w));
        let Some(which) =
            opener.filter(|&i| i <= 1 && (i == 0 || matches!(lead[0].as_str(), "a" | "an")))
        else {
            continue;
        };
        if lead.len() - which > 5 {
            continue;
        }
        let which_at = comma;
        // "the rebels": a description names the denier; a pronoun ("which it denies") may
        // stand for the wrong one of the names before.
        let denier = r
            .slots
            .iter()
            .find(|x| x.start >= which_at && x.end <= d.start && x.actors.len() == 1);
        // The denied claim stands in the clause the comma closes, past an attribution
        // set off by commas ("..., according to UN experts, which Kigali denies").
        // (Past the commas of a list: "supply the Houthis with drones, missiles and
        // intelligence, a charge Tehran denies".)
        let mut clause = comma;
        for _ in 0..4 {
            let prev = text[r.ss..clause]
                .rfind([',', ';'])
                .map_or(r.ss, |p| r.ss + p);
            let item = between(text, &r.words, prev, clause).len();
            // ("..., and Russia backed Assad, a charge Tehran denies": a clause of its
            // own, with a verb, is the one denied, no list item.)
            let verb = r
                .cues
                .iter()
                .any(|m| matches!(m.cue, Cue::Verb(_)) && m.start >= prev && m.end <= clause);
            clause = prev;
            if verb || item > 4 || prev == r.ss || text[prev..].starts_with(';') {
                break;
            }
        }
        if text[clause..comma]
            .trim_start_matches([',', ';'])
            .trim_start()
            .starts_with("according to")
        {
            clause = text[r.ss..clause]
                .rfind([',', ';'])
                .map_or(r.ss, |p| r.ss + p);
        }
        // ("UN Secretary-General X said the post was targeted, which Israel denied": what
        // was said is denied, not who said it; but not past an attribution set off by
        // commas, "Rwanda arms the M23, UN experts say, which Kigali denies".)
        let said = r
            .cues
            .iter()
            .filter(|m| m.cue == Cue::Speech && m.start >= clause && m.end <= which_at)
            .filter(|m| !text[m.end..].starts_with(','))
            .map(|m| m.end)
            .max();
        let clause = said.map_or(clause, |s| s.max(clause));
        let in_clause = |c: &&Claim| {
            let cue_at = text[r.ss..r.se].find(c.cue.as_str()).map(|p| r.ss + p);
            c.polarity == Polarity::Affirmed && cue_at.is_some_and(|p| p < which_at && p >= clause)
        };
        // "X hosts Y and is believed to arm it, an allegation X rejects": what is alleged is
        // what the clause only hedges, when it hedges anything.
        let hedged = claims
            .iter()
            .filter(in_clause)
            .any(|c| c.modality == Modality::Hedged);
        for c in claims.iter().filter(in_clause) {
            if hedged && c.modality != Modality::Hedged {
                continue;
            }
            // A description ("the rebels") names the denier when it is one of the pair; a
            // pronoun ("which it denies") may stand for the wrong name, and gives way to
            // the accused subject.
            let named = denier
                .filter(|x| {
                    !x.phrase
                        || text[x.start..x.end].starts_with("the ")
                            && (x.actors[0] == c.subject || x.actors[0] == c.object)
                })
                .map(|x| x.actors[0]);
            let mut denied = c.clone();
            denied.polarity = Polarity::Negated;
            // (The denier asserts what others only believe.)
            if denied.modality == Modality::Hedged {
                denied.modality = Modality::Asserted;
            }
            denied.source = Source::Actor(named.unwrap_or(c.subject));
            denied.rule = "denial in a relative clause";
            out.push(denied);
        }
    }
    out
}

/// "X and Y had helped weapons reach the movement; both denied it", "..., but they deny
/// it": a short clause after a semicolon (or ", but") that only denies what came before
/// negates the affirmed claims before it, each denied by its subject unless the clause
/// names its denier.
fn closing_denials(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    for d in r.cues.iter().filter(|m| m.cue == Cue::Denial) {
        let before = &text[r.ss..d.start];
        let Some(split) = before
            .rfind(';')
            .or_else(|| before.rfind(", but "))
            .map(|p| r.ss + p)
        else {
            continue;
        };
        let lead = between(text, &r.words, split, d.start);
        let object = between(text, &r.words, d.end, r.se);
        // ("; neither denied it" denies nothing.)
        let short = lead.len() <= 3
            && object.len() <= 3
            && !lead
                .iter()
                .any(|w| matches!(w.as_str(), "neither" | "none" | "nobody" | "never" | "no"));
        let pronoun = object
            .first()
            .is_some_and(|w| matches!(w.as_str(), "it" | "this" | "that" | "the" | "any"));
        if !short || !pronoun || in_quotes(&doc.quotes, d.start) {
            continue;
        }
        let denier = r
            .slots
            .iter()
            .find(|x| x.start >= split && x.end <= d.start && x.actors.len() == 1)
            .map(|x| (x.actors[0], x.phrase));
        for c in claims.iter().filter(|c| {
            let at = text[r.ss..split].find(c.cue.as_str());
            c.polarity == Polarity::Affirmed && at.is_some()
        }) {
            let mut denied = c.clone();
            denied.polarity = Polarity::Negated;
            if denied.modality == Modality::Hedged {
                denied.modality = Modality::Asserted;
            }
            // The denier the clause names (a description only when one of the pair),
            // else the subject, unless the subject itself told it ("the KDF said it
            // killed 50 fighters; the group denied it").
            let named = denier
                .filter(|&(a, phrase)| !phrase || a == c.subject || a == c.object)
                .map(|(a, _)| a);
            let told_by_subject = c.source == Source::Actor(c.subject);
            let fallback = if told_by_subject { c.object } else { c.subject };
            denied.source = Source::Actor(named.unwrap_or(fallback));
            denied.rule = "denial closing the sentence";
            out.push(denied);
        }
    }
    out
}

/// "President Biden", "Foreign Minister X": a title the pack says the person holds names
/// the office's organization even when the sentence does not.
/// (`seen`: what earlier sentences named, and the states named as places.)
fn office_claims(doc: &Doc, seen: Seen, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let offices = known_offices(
        (doc.text, r.ss),
        &r.slots,
        &r.cues,
        doc.lexicon,
        doc.kind_of,
        doc.offices,
    );
    // (A state guessed for a bare title is not one this sentence gives another head:
    // "the guest of X, the Ivorian president, before President Y pardoned him".)
    let homes = home_offices(doc, seen, r)
        .into_iter()
        .filter(|&(person, rel, state, _)| {
            rel != Relation::Leads
                || !claims.iter().any(|c| {
                    c.relation == Relation::Leads && c.object == state && c.subject != person
                })
        });
    let offices = offices.into_iter().chain(homes);
    let mut out: Vec<Claim> = Vec::new();
    for (person, rel, office, cue) in offices {
        // The office's organization must be one the document names: a title alone is
        // no evidence of a tie to an actor the text never mentions. (The capital of a
        // dateline names its state: "SUVA — ... Prime Minister X".)
        // A state named only as a place counts ("in Pakistan's largest city"), and so does
        // one named only by the capital of the dateline, though not a bureau's:
        // "NAIROBI — ... The acting president, X" in a story that never spells Kenya or
        // Kenyan is no Kenyan's.
        let unnamed = doc.named.binary_search(&office).is_err();
        let dateline = doc.dateline.is_some_and(|d| d.1 == office);
        let placed = seen.1.iter().any(|p| p.1 == office)
            && (!dateline || (doc.spelled_in)(office, doc.text));
        if unnamed && !placed {
            continue;
        }
        let stated = claims
            .iter()
            .chain(out.iter())
            .any(|c| c.subject == person && c.relation == rel);
        if stated {
            continue;
        }
        // A title is the narrator's description unless a quotation gives it.
        let source = if doc.in_quote(cue.start) {
            r.speaker.map_or(Source::Author, Source::Actor)
        } else {
            Source::Author
        };
        out.push(Claim {
            subject: person,
            relation: rel,
            object: office,
            polarity: Polarity::Affirmed,
            modality: Modality::Asserted,
            source,
            sentence: r.si,
            start: r.ss,
            end: r.se,
            cue: doc.text[cue.start..cue.end].to_string(),
            rule: if unnamed {
                PLACED_OFFICE
            } else {
                "title of a known office"
            },
            time: None,
        });
    }
    out
}

/// "the ELN Central Command": a name that holds its parent organization's name, as the
/// document names the parent, states the part (the pack gives the parent). And the
/// members a sentence lists after "Its members" (`members`).
fn named_parts(doc: &Doc, mem: &Memory, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let mut out: Vec<Claim> = members::members_listed(doc, mem, r);
    for x in r.slots.iter().filter(|x| !x.phrase && x.actors.len() == 1) {
        let (part, name) = (x.actors[0], &doc.text[x.start..x.end]);
        // Only organizations have parts in the offices table: skip the look-up for others.
        if (doc.kind_of)(part) != Kind::Organization {
            continue;
        }
        for (rel, whole) in (doc.offices)(part) {
            let from = doc.surfaces.partition_point(|&(a, _)| a < whole);
            let holds = doc.surfaces[from..]
                .iter()
                .take_while(|&&(a, _)| a == whole)
                .any(|&(_, s)| {
                    s.len() < name.len()
                        && (name.starts_with(&format!("{s} ")) || name.ends_with(&format!(" {s}")))
                });
            let said = claims
                .iter()
                .chain(out.iter())
                .any(|c| c.relation == rel && c.subject == part && c.object == whole);
            if rel != Relation::PartOf || !holds || said {
                continue;
            }
            let rule = "a name holding its parent's";
            out.push(stated(
                r,
                (part, rel, whole),
                Polarity::Affirmed,
                name,
                rule,
            ));
        }
    }
    out
}

/// Nouns of an organization's own units ("its armed wing").
const UNITS: [&str; 9] = [
    "wing",
    "branch",
    "affiliate",
    "arm",
    "faction",
    "offshoot",
    "unit",
    "province",
    "subsidiary",
];
/// Nouns of a relation to another party ("the Taliban's al-Qaeda allies").
const RELATIONS: [&str; 24] = [
    "allies",
    "ally",
    "partners",
    "partner",
    "rivals",
    "rival",
    "backers",
    "backer",
    "patrons",
    "patron",
    "sponsors",
    "enemies",
    "enemy",
    "foes",
    "foe",
    "friends",
    "ties",
    "links",
    "counterparts",
    "hosts",
    "proxies",
    "proxy",
    "opponents",
    "adversaries",
];

/// Each organization with a name possessed right after it: (owner, unit, where the
/// owner starts, where it ends, the unit's slot).
fn possessed_units<'r>(
    text: &str,
    r: &'r Read,
) -> Vec<(ActorRef, ActorRef, usize, usize, &'r Slot)> {
    let mut found = Vec::new();
    // "Hezbollah's Radwan Force": the possessor's slot is gone, its pair kept.
    for &(owner, unit, start, end) in &r.possessives {
        if let Some(y) = r.slots.iter().find(|y| y.end == end && y.actors == [unit]) {
            found.push((owner, unit, start, y.start, y));
        }
    }
    // "its Khorasan Province", "the group's armed wing, known as ...".
    for pair in r.slots.windows(2) {
        let (p, y) = (&pair[0], &pair[1]);
        let p_text = &text[p.start..p.end];
        let owner_phrase =
            p_text.eq_ignore_ascii_case("its") || p_text.ends_with("'s") || p_text.ends_with("’s");
        if p.phrase && p.actors.len() == 1 && owner_phrase {
            found.push((p.actors[0], y.actors[0], p.start, p.end, y));
        }
    }
    found
}

/// "Hezbollah's Radwan Force", "its Khorasan Province", "its armed wing, known as the
/// Qassam Brigades", "its Amniyat intelligence wing": an organization's own named unit
/// is part of it. Not a relation noun after the name: "the Taliban's al-Qaeda allies".
fn owned_units(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    // (A state's body owns its units too: "the IRGC's Quds Force", "the Defence
    // Ministry's Africa Corps"; an organization owns no state body.)
    let kinds = |owner: ActorRef, unit: ActorRef| {
        matches!(
            ((doc.kind_of)(owner), (doc.kind_of)(unit)),
            (Kind::Organization, Kind::Organization)
                | (Kind::Agency, Kind::Agency | Kind::Organization)
        )
    };
    let found = possessed_units(text, r);
    let mut out = Vec::new();
    for (owner, unit, p_start, p_end, y) in found {
        // "a fellow at Stanford University's Center for ...": a workplace, no armed unit.
        let workplace =
            word_before(text, &r.words, p_start).is_some_and(|w| w.eq_ignore_ascii_case("at"));
        if y.actors.len() != 1 || y.phrase || owner == unit || !kinds(owner, unit) || workplace {
            continue;
        }
        // Between owner and name: nothing, or a unit noun set off before the name ("its
        // armed wing, known as the"), its modifiers lowercase.
        let gap = between(text, &r.words, p_end, y.start);
        let gap: Vec<&str> = gap
            .iter()
            .map(String::as_str)
            .filter(|g| !matches!(*g, "s" | "known" | "as" | "called" | "named" | "the"))
            .collect();
        let set_off = match gap.as_slice() {
            [] => true,
            [.., role] => gap.len() <= 3 && UNITS.contains(role),
        };
        // After the name: no relation noun ("allies") heads the phrase.
        let after: Vec<String> = r
            .words
            .iter()
            .filter(|w| w.start >= y.end)
            .take(2)
            .map(|w| text[w.start..w.end].to_lowercase())
            .collect();
        // After the name: punctuation, a verb or a function word, or a unit noun ("its
        // Amniyat intelligence wing"); not a noun of its own ("al-Shabaab's al-Qaeda
        // affiliation", "the SDF's Islamic State detainees").
        let related = after
            .first()
            .is_some_and(|a| RELATIONS.contains(&a.as_str()) && !text[y.end..].starts_with(','));
        let noun_after = !text[y.end..].starts_with([',', '.', ';', ':', ')', '"', '”'])
            && after.first().is_some_and(|a| {
                let function = PHRASE_ENDS.contains(&a.as_str()) || a == "has been";
                let unit_follows = after.iter().any(|w| UNITS.contains(&w.as_str()));
                !(function || a.ends_with("ed") || unit_follows)
            });
        let said = claims.iter().any(|c| {
            (c.subject == owner && c.object == unit) || (c.subject == unit && c.object == owner)
        });
        if !set_off || related || noun_after || said || text[p_end..y.start].contains([';', '(']) {
            continue;
        }
        out.push(described(
            doc,
            r,
            (unit, Relation::PartOf, owner),
            (p_start, y.end),
            "an organization's own unit",
        ));
    }
    out
}

/// Words that, right after a name, end its noun phrase: auxiliaries, speech verbs,
/// conjunctions, relative pronouns and prepositions ("Hamas's armed wing, which ...",
/// "his MNLF would not fight").
const PHRASE_ENDS: [&str; 24] = [
    "has", "have", "had", "is", "was", "were", "are", "said", "says", "will", "would", "and",
    "which", "who", "in", "on", "at", "to", "of", "for", "that", "from", "with", "also",
];

/// A claim the writer's own description states (the bytes `start..end` its cue): the
/// speaker's only inside a quotation.
fn described(
    doc: &Doc,
    r: &Read,
    triple: (ActorRef, Relation, ActorRef),
    (start, end): (usize, usize),
    rule: &'static str,
) -> Claim {
    let mut claim = stated(r, triple, Polarity::Affirmed, &doc.text[start..end], rule);
    claim.source = r
        .speaker
        .filter(|_| doc.in_quote(start))
        .map_or(Source::Author, Source::Actor);
    claim
}

/// "the freeze he imposed on his Mahdi Army", "Misuari said his MNLF would not fight": a
/// person's pronoun right before an organization's name, which heads its noun phrase
/// (not "his Taliban captors"), makes the person its leader.
fn his_organizations(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    let mut out = Vec::new();
    for y in r.slots.iter().filter(|y| !y.phrase && y.actors.len() == 1) {
        // (The word before, by its own span.)
        let Some(w) = r
            .words
            .partition_point(|w| w.end <= y.start)
            .checked_sub(1)
            .map(|k| r.words[k])
            .filter(|w| matches!(&text[w.start..w.end], "his" | "His" | "her" | "Her"))
        else {
            continue;
        };
        let (at, pronoun) = (w.start, &text[w.start..w.end]);
        // The person: the last named before it in the sentence.
        let Some(person) = r
            .slots
            .iter()
            .rev()
            .find(|x| x.end <= at && !x.phrase && x.actors.len() == 1)
            .map(|x| x.actors[0])
        else {
            continue;
        };
        let org = y.actors[0];
        let glued = text[at + pronoun.len()..y.start] == *" ";
        // (Before a verb, a function word, or the party's own fighters.)
        let heads = text[y.end..].starts_with([',', '.', ';', ')', ':'])
            || words::word_at(text, &r.words, y.end).is_some_and(|w| {
                w.ends_with("ed")
                    || PHRASE_ENDS.contains(&w)
                    || matches!(w, "a" | "the" | "into" | "against")
                    || doc.lexicon.anaphora.member_nouns.iter().any(|m| m == w)
            });
        let fits = (doc.kind_of)(person) == Kind::Person
            && (doc.kind_of)(org) == Kind::Organization
            && !claims
                .iter()
                .any(|c| c.subject == person && c.object == org);
        if glued && heads && fits {
            out.push(described(
                doc,
                r,
                (person, Relation::Leads, org),
                (at, y.end),
                "a person's body, a body's person",
            ));
        }
    }
    out
}

/// "Amal, Nabih Berri's movement, ...", "the Young Patriots, Charles Blé Goudé's pro-Gbagbo
/// youth movement": an organization set off by a person's possessive and a group noun (a
/// few describing words between) is the one the person leads.
fn apposed_persons_body(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    let lex = &doc.lexicon.anaphora;
    let single = |x: &&Slot| !x.phrase && x.actors.len() == 1;
    let mut out = Vec::new();
    for y in r.slots.iter().filter(single) {
        // (The person named right after the comma, whatever else is read over it:
        // "Nabih Berri's militia".)
        let Some(p) = r.slots.iter().filter(single).find(|p| {
            p.start >= y.end
                && text[y.end..p.start] == *", "
                && (doc.kind_of)(p.actors[0]) == Kind::Person
        }) else {
            continue;
        };
        let (org, person) = (y.actors[0], p.actors[0]);
        if (doc.kind_of)(org) != Kind::Organization {
            continue;
        }
        let Some(rest) = ["'s ", "’s "]
            .iter()
            .find_map(|g| text[p.end..].strip_prefix(g))
        else {
            continue;
        };
        let Some(close) = rest.find([',', '.', ';', ')']) else {
            continue;
        };
        let phrase: Vec<&str> = rest[..close].split(' ').collect();
        let head = phrase.last().copied().unwrap_or_default();
        let group = persons_body_noun(lex, head);
        let describing = phrase[..phrase.len() - 1].iter().all(|w| {
            w.chars().all(|c| c.is_alphabetic() || c == '-')
                && (w.starts_with(char::is_lowercase) || w.contains('-'))
        });
        let said = claims
            .iter()
            .chain(&out)
            .any(|c| c.subject == person && c.object == org);
        if group && describing && phrase.len() <= 4 && !said {
            let end = p.end + (text[p.end..].len() - rest.len()) + close;
            out.push(described(
                doc,
                r,
                (person, Relation::Leads, org),
                (y.start, end),
                "a person's body, a body's person",
            ));
        }
    }
    out
}

/// Whether `head` names a body a person may lead, or its men: a group noun ("movement",
/// "militia"), a noun of its members ("fighters"), "party", "army" or "force"; not a
/// state's government ("regime"), which the person's state answers for.
fn persons_body_noun(lex: &crate::claims::lexicon::Anaphora, head: &str) -> bool {
    let body = lex.group_nouns.iter().any(|g| g == head)
        || lex.member_nouns.iter().any(|g| g == head)
        || matches!(head, "party" | "army" | "force");
    body && !matches!(
        head,
        "government" | "regime" | "administration" | "dictatorship"
    )
}

/// "his militia, the Cobras", "Lissouba's own fighters, the Cocoyes", "Habyarimana's
/// party, the MRND": an organization set off after a person's noun of an armed or
/// political body ("own" and one describing word at most between) is the one the person
/// leads. "his" is the person last named before it in the sentence.
fn owners_body_apposed(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    let lex = &doc.lexicon.anaphora;
    let single = |x: &&Slot| !x.phrase && x.actors.len() == 1;
    let mut out = Vec::new();
    for y in r.slots.iter().filter(single) {
        let org = y.actors[0];
        let before = &text[..y.start];
        let before = before.strip_suffix("the ").unwrap_or(before);
        let Some(phrase) = before.strip_suffix(", ") else {
            continue;
        };
        if (doc.kind_of)(org) != Kind::Organization {
            continue;
        }
        // Back from the noun: "own" and one describing word, then the owner.
        let mut words = phrase.rsplit(' ');
        let head = words.next().unwrap_or_default();
        if !persons_body_noun(lex, head) {
            continue;
        }
        let mut at = phrase.len() - head.len();
        let mut owner = None;
        for w in words.take(3) {
            at -= w.len() + 1;
            let lower = w.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            if matches!(w, "his" | "her" | "His" | "Her") {
                owner = r
                    .slots
                    .iter()
                    .rev()
                    .find(|x| x.end <= at && single(x))
                    .map(|x| x.actors[0]);
                break;
            }
            if w.ends_with("'s") || w.ends_with("’s") {
                let end = at + w.len() - if w.ends_with("'s") { 2 } else { 4 };
                owner = r
                    .slots
                    .iter()
                    .find(|x| x.end == end && single(x))
                    .map(|x| x.actors[0]);
                at = r
                    .slots
                    .iter()
                    .find(|x| x.end == end)
                    .map_or(at, |x| x.start);
                break;
            }
            if !lower || matches!(w, "the" | "a" | "an" | "its" | "their") {
                break;
            }
        }
        let Some(person) = owner.filter(|&p| (doc.kind_of)(p) == Kind::Person) else {
            continue;
        };
        let said = claims
            .iter()
            .any(|c| c.subject == person && c.object == org);
        if !said {
            out.push(described(
                doc,
                r,
                (person, Relation::Leads, org),
                (at, y.end),
                "a person's body, a body's person",
            ));
        }
    }
    out
}

/// "Khalifa Haftar's Libyan National Army", "Hemedti's RSF", "Assad's Syria": a person's
/// organization or state, named right after the possessive, is the one the person leads.
/// "Hamas's Khalil al-Hayya", "the PKK's Cemil Bayik": a body's person named right after
/// its possessive is one of its own, or holds the office the pack knows there; a state's
/// only with an office the pack knows ("Armenia's Ararat Mirzoyan", its foreign minister; "Ecuador's
/// Noboa", its head; not any person named after a state's possessive).
fn possessed_organizations(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let mut out = his_organizations(doc, r, claims);
    out.extend(apposed_persons_body(doc, r, claims));
    out.extend(owners_body_apposed(doc, r, claims));
    out.extend(roles::owner_set_off(doc, r, claims));
    for &(owner, owned, start, end) in &r.possessives {
        let kind = |a: ActorRef| (doc.kind_of)(a);
        // (The office the pack knows the owned person to hold of the owner.)
        let office = (doc.offices)(owned)
            .iter()
            .find(|&&(_, o)| o == owner)
            .map(|&(rel, _)| rel);
        let (person, relation, org) = if kind(owner) == Kind::Person {
            (owner, Relation::Leads, owned)
        } else {
            (owned, office.unwrap_or(Relation::MemberOf), owner)
        };
        let fits = kind(person) == Kind::Person
            && if kind(owner) == Kind::Person {
                // ("Mobutu Sese Seko's Zaire", "Assad's Syria": the state a person owns is
                // the one he rules. A force the text names itself may be a ruler's,
                // "Habré's Armed Forces of the North"; a state's standing agency is not its
                // president's, "Putin's FSB".)
                matches!(kind(org), Kind::Organization | Kind::State)
                    || kind(org) == Kind::Agency && matches!(org, ActorRef::Found(_))
            } else {
                // ("the EU's François Léotard": an intergovernmental body's own too.)
                matches!(kind(org), Kind::Organization | Kind::Agency | Kind::Igo)
                    || kind(org) == Kind::State && office.is_some()
            };
        let said = claims
            .iter()
            .any(|c| c.subject == person && c.object == org);
        if !fits || said {
            continue;
        }
        out.push(described(
            doc,
            r,
            (person, relation, org),
            (start, end),
            "a person's body, a body's person",
        ));
    }
    out
}

/// The title of person `x` with its relation (and whether it names forces): right before
/// the name ("President X"), set off before it ("an army spokesman, X"), after it ("X,
/// the prime minister at the time"), or the person's own government ("X's government",
/// the last flag).
fn title_of(text: &str, state_nouns: &[String], r: &Read, x: &Slot) -> Option<TitleOf> {
    // (A rank may stand between: "an army spokesman, Lt. Gen. X".)
    let rank = |gap: &str| {
        let words: Vec<&str> = gap.split_whitespace().collect();
        words.len() <= 2 && words.iter().all(|w| w.starts_with(char::is_uppercase))
    };
    let before = r.cues.iter().rev().find(|c| {
        c.end <= x.start
            && (words::honorifics_only(&text[c.end..x.start])
                || text[c.end..x.start]
                    .trim()
                    .strip_prefix(',')
                    .is_some_and(rank))
            && home_title(text, c).is_some()
    });
    // ("the Serbian government of Prime Minister X": a head's title after the "of" of a
    // government whose noun carries a name makes the government the head's own.)
    let titled_government = before
        .filter(|c| home_title(text, c).is_some_and(|t| t.0 == Relation::Leads))
        .and_then(|c| government_of(text, r.ss, state_nouns, c.start))
        .filter(|g| {
            r.slots.iter().any(|y| {
                !y.phrase
                    && y.start < g.start
                    && (y.end == g.end || y.end <= g.start && text[y.end..g.start] == *" ")
            })
        });
    if let Some(g) = titled_government {
        return Some((g, (Relation::Leads, false), true));
    }
    before
        .and_then(|c| Some((*c, home_title(text, c)?, false)))
        .or_else(|| {
            apposed_head(text, &r.cues, x).map(|c| {
                let rel = match c.cue {
                    Cue::Noun(Relation::MemberOf) => Relation::MemberOf,
                    _ => Relation::Leads,
                };
                (*c, (rel, false), false)
            })
        })
        .or_else(|| owned_government(text, x.end).map(|c| (c, (Relation::Leads, false), true)))
        .or_else(|| {
            government_of(text, r.ss, state_nouns, x.start)
                .map(|c| (c, (Relation::Leads, false), true))
        })
}

/// "the government of Sheikh Hasina", "the Kabul government of Burhanuddin Rabbani": a
/// government named by its head (the name at byte `pos`, in the sentence from byte `ss`),
/// as "X's government" is: a cue of leading on the government's noun (see
/// `slots::government_of`).
fn government_of(text: &str, ss: usize, state_nouns: &[String], pos: usize) -> Option<CueMatch> {
    let start = slots::government_of(text, ss, state_nouns, pos)?;
    let end = start + text[start..].find(' ')?;
    Some(CueMatch {
        start,
        end,
        cue: Cue::Noun(Relation::Leads),
    })
}

/// "the Kabul government of X", "the Chhattisgarh government of X": the state named
/// right before (or with) a government's noun, the cue `cue`.
fn state_at_noun(doc: &Doc, r: &Read, cue: &CueMatch) -> Option<ActorRef> {
    r.slots
        .iter()
        .filter(|y| !y.phrase && y.actors.len() == 1)
        .find(|y| {
            y.start < cue.start
                && (y.end == cue.end || y.end <= cue.start && doc.text[y.end..cue.start] == *" ")
        })
        .map(|y| y.actors[0])
        .filter(|&a| (doc.kind_of)(a) == Kind::State)
}

/// "Rwandan President X", "the Kenyan president's envoy": whether an owner stands right
/// before a title at byte `at` (not a name that ends a quotation before: `"... by
/// Pakistan," spokesman X`; nor the person's own possessive, `own`: "X's government").
fn owner_before_title(text: &str, r: &Read, at: usize, own: Option<ActorRef>) -> bool {
    r.slots.iter().any(|y| {
        let glue = &text[y.end.min(at)..at];
        own.is_none_or(|p| y.actors != [p])
            && y.end <= at
            && glue.trim().len() <= 3
            // (Nor a dateline's state: "ABUJA, Nigeria — President X".)
            && !glue.contains([',', '"', '”', ';', '—', '–'])
            && glue.trim() != "-"
    })
}

/// The state named right after a government's noun ending at byte `end`: "X's
/// government in Burundi", "X's regime of Zaire".
fn government_in(
    doc: &Doc,
    places: &[(usize, ActorRef)],
    r: &Read,
    end: usize,
) -> Option<ActorRef> {
    let rest = &doc.text[end..r.se];
    let rest = rest
        .strip_prefix(" in ")
        .or_else(|| rest.strip_prefix(" of "))?;
    let at = r.se - rest.len();
    r.slots
        .iter()
        .filter(|y| !y.phrase && y.actors.len() == 1)
        .map(|y| (y.start, y.actors[0]))
        .chain(places.iter().copied())
        .find(|&(p, _)| p == at)
        .map(|(_, a)| a)
        .filter(|&a| (doc.kind_of)(a) == Kind::State)
}

/// "Mariano Rajoy's government", "Envoys of X's administration": the government a person
/// owns makes the person its head, as a title would.
fn owned_government(text: &str, end: usize) -> Option<CueMatch> {
    let rest = words::after_possessive(&text[end..])?;
    let word = ["government", "regime", "administration", "cabinet"]
        .into_iter()
        .find(|w| rest.starts_with(w) && !rest[w.len()..].starts_with(char::is_alphabetic))?;
    let start = text.len() - rest.len();
    Some(CueMatch {
        start,
        end: start + word.len(),
        cue: Cue::Noun(Relation::Leads),
    })
}

/// "President X", "Defence Minister X", "government spokesman X", "an army spokesman,
/// X" with no state before the title, no known office and no state after the name
/// ("President X of Y"): of the document's home state (its head, its government, its
/// armed forces).
/// "fled to Zimbabwe, where President X's government gave him asylum": the state a
/// "where" clause right before the title at `at` opens on.
fn where_state(doc: &Doc, r: &Read, at: usize) -> Option<ActorRef> {
    r.slots
        .iter()
        .find(|y| {
            y.end <= at
                && matches!(doc.text[y.end..at].trim(), ", where" | ", where the")
                && y.actors.len() == 1
                && (doc.kind_of)(y.actors[0]) == Kind::State
        })
        .map(|y| y.actors[0])
}

fn home_offices(doc: &Doc, seen: Seen, r: &Read) -> Vec<(ActorRef, Relation, ActorRef, CueMatch)> {
    let text = doc.text;
    let mut out = Vec::new();
    for x in r.slots.iter().filter(|x| !x.phrase && x.actors.len() == 1) {
        let person = x.actors[0];
        let Some((known, (cue, (relation, forces), own))) = unknown_title(doc, r, x) else {
            continue;
        };
        let cue = &cue;
        let bare_spokesman = bare_spokesman(text, cue, (relation, forces));
        let (of, of_state) = of_after_name(doc, r, x);
        if let (Some(state), false) = (of_state, forces) {
            out.push((person, relation, state, *cue));
            continue;
        }
        // A minister or spokesman with no owner is the home state's only when the document
        // names no other state ("Kenya has sent more troops ... Defence Minister X" in a
        // story datelined Mogadishu may be Kenya's); failing that, the state of the story's
        // context.
        let home = doc.home.filter(|&home| {
            relation == Relation::Leads
                || doc
                    .named
                    .iter()
                    .all(|&a| a == home || (doc.kind_of)(a) != Kind::State)
        });
        let home = home.filter(|_| !bare_spokesman);
        let context = || context_state(doc, seen, r, relation).filter(|_| !bare_spokesman);
        // (The dateline first: the sentence before often names the side the minister
        // answers, "ISLAMABAD - Afghanistan closed the border. Interior Minister X said".)
        let local = || {
            (relation != Relation::Leads)
                .then(|| local_state(doc, seen, r))
                .flatten()
        };
        // ("In Wellington, Foreign Minister X thanked Jakarta": the capital that opens the
        // sentence is where the minister serves.)
        let opening = || opening_place(doc, seen.1, r).filter(|_| !bare_spokesman);
        // (A head of state or government, failing all: see `seat_named_here`.)
        let seat = || {
            (relation == Relation::Leads)
                .then(|| seat_named_here(doc, r))
                .flatten()
        };
        // (Failing all, a head of state is of the state named most, its forces counting
        // for it: "the Mexican government ... the Mexican army ... President X".)
        let most_named = || {
            (relation == Relation::Leads)
                .then_some(doc.home_government)
                .flatten()
        };
        // ("X's government" is the story's own state's, or the one right after it, "X's
        // government in Burundi": a state named near it is as often the one accusing it.)
        // ("the Kabul government of X": the state that owns the government's noun.)
        let at_noun = own.then(|| state_at_noun(doc, r, cue)).flatten();
        let found = if let Some(state) = settled_state(doc, seen.0, r, (person, relation, cue)) {
            Some(state)
        } else if own {
            // (Never a state this sentence names before the person: "Kenya accused Siad
            // Barre's regime" is no Kenyan regime.)
            let named_before = |a: ActorRef| {
                r.slots
                    .iter()
                    .filter(|y| y.end <= x.start)
                    .any(|y| y.actors.iter().any(|&b| state_of(doc, b) == Some(a)))
            };
            government_in(doc, seen.1, r, cue.end)
                .or(at_noun)
                .or_else(|| {
                    home.or_else(context)
                        .or_else(seat)
                        .or_else(most_named)
                        .or_else(|| sole_state_near(doc, seen.0, r, x.start))
                        .filter(|&a| !named_before(a))
                })
        } else {
            let found = opening()
                .or(home)
                .or_else(context)
                .or_else(local)
                .or_else(seat)
                .or_else(most_named);
            // (Failing all and a state named near, the state of the capital the story is
            // datelined in: "BAMAKO — ... President X"; not for "X's government", often
            // a foreign one.)
            near_over(doc, seen.0, r, (person, relation, cue.start), found)
                .or_else(|| (relation == Relation::Leads).then_some(doc.dateline?.1))
                .or_else(|| sole_state(doc, r, x.end).filter(|_| !bare_spokesman))
        };
        let Some(home) = found else {
            continue;
        };
        if refused(
            doc,
            seen.0,
            (person, known, relation == Relation::Leads && !forces),
            home,
        ) {
            continue;
        }
        let body = if forces {
            (doc.forces)(home)
        } else {
            Some(home)
        };
        let owned =
            at_noun.is_none() && owner_before_title(text, r, cue.start, own.then_some(person));
        if let (false, None, Some(body)) = (owned, of, body) {
            out.push((person, relation, body, *cue));
        }
    }
    out
}

/// "Prime Minister X of Sweden": where "of" follows the name of `x`, the byte after it,
/// and the state named there, if one is.
fn of_after_name(doc: &Doc, r: &Read, x: &Slot) -> (Option<usize>, Option<ActorRef>) {
    let text = doc.text;
    let of = text[x.end..]
        .trim_start()
        .strip_prefix("of ")
        .map(|rest| text.len() - rest.len());
    let of_state = of.and_then(|at| {
        r.slots
            .iter()
            .find(|y| y.start == at && !y.phrase && y.actors.len() == 1)
            .map(|y| y.actors[0])
            .filter(|&a| (doc.kind_of)(a) == Kind::State)
    });
    (of, of_state)
}

/// The state a title of leading is of before any guess: the one a "where" clause opens
/// on (see `where_state`), or the one the document already gave the person to lead
/// ("President X of the Seychelles ... X's government").
fn settled_state(
    doc: &Doc,
    mem: &Memory,
    r: &Read,
    (person, relation, cue): (ActorRef, Relation, &CueMatch),
) -> Option<ActorRef> {
    if relation != Relation::Leads {
        return None;
    }
    where_state(doc, r, cue.start).or_else(|| {
        mem.held
            .of(person)
            .iter()
            .find(|&&(rel, o)| rel == Relation::Leads && (doc.kind_of)(o) == Kind::State)
            .map(|&(_, o)| o)
    })
}

/// A spokesman with no owner speaks for the state only where the sentence before opens
/// with it (see `local_state`), never by the document's home.
fn bare_spokesman(text: &str, cue: &CueMatch, (relation, forces): (Relation, bool)) -> bool {
    relation == Relation::MemberOf
        && !forces
        && matches!(
            text[cue.start..cue.end].to_lowercase().as_str(),
            "spokesman" | "spokeswoman" | "spokesperson"
        )
        && !words::lower_before(text, cue.start, 16).ends_with("government")
}

/// The title of person `x` whose office the pack does not give (see `title_of`), and
/// whether the pack knows the person as a group's leader. The pack's offices of a state
/// are read by `known_offices`; a person the pack knows only as a group's leader may
/// still head the story's state by a title ("former President François Bozizé"), but is
/// no state's minister or spokesman by a guess.
fn unknown_title(doc: &Doc, r: &Read, x: &Slot) -> Option<(bool, TitleOf)> {
    let person = x.actors[0];
    let offices = (doc.offices)(person);
    let state_office = offices
        .iter()
        .any(|&(_, o)| (doc.kind_of)(o) == Kind::State);
    if (doc.kind_of)(person) != Kind::Person || state_office {
        return None;
    }
    let title = title_of(doc.text, &doc.lexicon.anaphora.state_nouns, r, x)?;
    let known = !offices.is_empty();
    (!known || title.1 .0 == Relation::Leads).then_some((known, title))
}

/// A title's cue, its relation and whether it names armed forces, and whether it is the
/// person's own government ("X's government").
type TitleOf = (CueMatch, (Relation, bool), bool);

/// A guessed state other than the story's own that the document already gives another
/// leader is not this one's ("François Mitterrand, France's president ... President
/// Habré"); the story's own state has leaders in turn.
fn led_elsewhere(doc: &Doc, mem: &Memory, state: ActorRef, person: ActorRef) -> bool {
    !story_state(doc, state) && mem.held.led_by_other(state, person)
}

/// Whether the state guessed for a title is refused: for a head of state (`leading`), one
/// led elsewhere (see `led_elsewhere`); for a person the pack knows as a group's leader
/// (`known`), any but the state the story is datelined in (a state named most may be a
/// foreign patron's).
fn refused(
    doc: &Doc,
    mem: &Memory,
    (person, known, leading): (ActorRef, bool, bool),
    state: ActorRef,
) -> bool {
    known && doc.dateline.is_none_or(|d| d.1 != state)
        || leading && led_elsewhere(doc, mem, state, person)
}

/// Whether `state` is the story's own: its home, its dateline's, or the seat of the
/// government it names most.
fn story_state(doc: &Doc, state: ActorRef) -> bool {
    doc.home == Some(state)
        || doc.dateline.is_some_and(|d| d.1 == state)
        || government_seat(doc) == Some(state)
}

/// A head of state's title: the one state this sentence and the one before name
/// ("Nigeria has offered him a villa. The offer, made by President X, ..."), over the
/// state `found` otherwise when the document gives that one another leader.
fn near_over(
    doc: &Doc,
    mem: &Memory,
    r: &Read,
    (person, relation, at): (ActorRef, Relation, usize),
    found: Option<ActorRef>,
) -> Option<ActorRef> {
    let nearby = (relation == Relation::Leads)
        .then(|| sole_state_near(doc, mem, r, at))
        .flatten();
    match (nearby, found) {
        (Some(n), Some(h)) if n != h && !mem.held.led_by_other(h, person) => Some(h),
        (Some(n), _) => Some(n),
        (None, h) => h,
    }
}

/// The state an actor is or belongs to: a state itself, or the state of a body or of
/// armed forces.
fn state_of(doc: &Doc, a: ActorRef) -> Option<ActorRef> {
    match (doc.kind_of)(a) {
        Kind::State => Some(a),
        Kind::Agency => (doc.parent_state)(a).or_else(|| (doc.state_of_forces)(a)),
        _ => None,
    }
}

/// The one state named in the sentence before `r` and in `r` before `at` (a state's
/// armed forces or body counting for it), if only one is. (Not one named after: "Prime
/// Minister X's government has portrayed the group as a tool of Syrian intelligence".)
fn sole_state_near(doc: &Doc, mem: &Memory, r: &Read, at: usize) -> Option<ActorRef> {
    let state = |a: ActorRef| state_of(doc, a);
    let prev_start = r.si.checked_sub(1).map_or(r.ss, |p| doc.sentences[p].start);
    let n = mem.history.partition_point(|&(p, _)| p < prev_start);
    let mut states = mem.history[n..]
        .iter()
        .map(|&(_, a)| a)
        .chain(
            r.slots
                .iter()
                .filter(|y| !y.phrase && y.end <= at)
                .flat_map(|y| y.actors.iter().copied()),
        )
        .filter_map(state);
    let first = states.next()?;
    states.all(|s| s == first).then_some(first)
}

/// The state whose government the document names most, when sentence `r` names that
/// government too: "Officials of Prime Minister Nouri al-Maliki have accused ..., and
/// Baghdad has been slow"; not "Prime Minister X said Iraq's militias ...".
fn seat_named_here(doc: &Doc, r: &Read) -> Option<ActorRef> {
    let seat = government_seat(doc)?;
    doc.governments
        .iter()
        .any(|&(p, a)| a == seat && p >= r.ss && p < r.se)
        .then_some(seat)
}

/// The one state the whole document names, when it names only one and not in sentence
/// `r` past byte `after` ("SAN CRISTOBAL - ... the Mexican government ... The interior
/// minister, X, resigned"): the state an unowned title is of, failing every nearer sign.
/// (Named after the bearer, it is as often the other side: "Secretary of State X met
/// Qatari officials".)
fn sole_state(doc: &Doc, r: &Read, after: usize) -> Option<ActorRef> {
    let mut states = doc
        .named
        .iter()
        .copied()
        .filter(|&a| (doc.kind_of)(a) == Kind::State);
    let first = states.next()?;
    let here = r
        .slots
        .iter()
        .any(|x| x.start >= after && x.actors.contains(&first));
    (states.next().is_none() && !here).then_some(first)
}

/// The state whose government the document names most (`Doc::governments`; the
/// dateline's capital counts once), when one does so more than any other.
fn government_seat(doc: &Doc) -> Option<ActorRef> {
    let mut counts = slots::government_counts(&doc.governments, doc.dateline, usize::MAX);
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [(a, ..)] => Some(*a),
        [(a, n, _), (_, m, _), ..] if n > m => Some(*a),
        _ => None,
    }
}

/// The state whose place opens the sentence before a comma: "In Wellington, ...".
fn opening_place(doc: &Doc, places: &[(usize, ActorRef)], r: &Read) -> Option<ActorRef> {
    let text = doc.text;
    let lead = text[r.ss..].trim_start();
    let rest = lead.strip_prefix("In ")?;
    let at = text.len() - rest.len();
    let (_, state) = places.iter().find(|p| p.0 == at)?;
    let name_end = rest.find(',')?;
    // (One place of up to three words: "In Addis Ababa,".)
    (rest[..name_end].split(' ').count() <= 3 && (doc.kind_of)(*state) == Kind::State)
        .then_some(*state)
}

/// What earlier sentences named, and the states the document names as places.
type Seen<'a> = (&'a Memory, &'a [(usize, ActorRef)]);

/// The state a title with no owner is of, when the document has no home state: where
/// the dateline stands ("OTTAWA - ... Public Safety Minister X"); for a head of state,
/// only when this sentence and the one before name no other state ("PRISTINA - Serbian
/// authorities ... President X" is Serbia's). (The state a bearer speaks of is no
/// owner: "Foreign Minister X said Ethiopia had refused" is more often the other side's.)
fn context_state(doc: &Doc, (mem, places): Seen, r: &Read, relation: Relation) -> Option<ActorRef> {
    let (_, s) = doc.dateline?;
    if relation != Relation::Leads {
        return Some(s);
    }
    let state = |a: ActorRef| (doc.kind_of)(a) == Kind::State;
    let prev_start = r.si.checked_sub(1).map_or(r.ss, |p| doc.sentences[p].start);
    let mut around = mem
        .history
        .iter()
        .rev()
        .take_while(|(p, _)| *p >= prev_start)
        .map(|&(_, a)| a)
        .chain(
            r.slots
                .iter()
                .filter(|y| !y.phrase)
                .flat_map(|y| y.actors.iter().copied()),
        )
        .chain(
            places
                .iter()
                .filter(|&&(p, _)| p >= prev_start && p < r.se)
                .map(|&(_, a)| a),
        );
    (!around.any(|a| a != s && state(a))).then_some(s)
}

/// The state of a minister or spokesman with no owner, in a story of several states:
/// the state whose capital is where the bearer speaks ("told reporters in Wellington"),
/// else the state (or a state's body) that opens the sentence before ("India's Ministry of
/// External Affairs rejected the charge. ... spokesman X said"), the side whose voice the
/// bearer usually is.
fn local_state(doc: &Doc, (mem, places): Seen, r: &Read) -> Option<ActorRef> {
    let state = |a: ActorRef| state_of(doc, a);
    // (Only where the bearer speaks: "met Qatari officials in Doha" is a visit.)
    let spoken_in = places
        .iter()
        .filter(|&&(p, _)| p >= r.ss && p < r.se)
        .filter(|&&(p, _)| doc.text[r.ss..p].trim_end().ends_with(" in"))
        .find(|&&(p, _)| {
            let before = &doc.text[r.ss..p];
            [" told ", " said ", " says ", " spoke ", " speaking "]
                .iter()
                .any(|v| before.contains(v))
        })
        .and_then(|&(_, a)| state(a));
    if spoken_in.is_some() {
        return spoken_in;
    }
    let prev = r.si.checked_sub(1)?;
    let prev_start = doc.sentences[prev].start;
    // (Past a person who owns the state's name: "President X's government accuses".)
    let n = mem.history.partition_point(|&(p, _)| p < prev_start);
    let opening: Vec<ActorRef> = mem.history[n..]
        .iter()
        .take_while(|&&(p, _)| p < r.ss && doc.text[prev_start..p].split_whitespace().count() <= 5)
        .filter(|&&(_, a)| (doc.kind_of)(a) != Kind::Person)
        .map(|&(_, a)| a)
        .collect();
    let first = state(*opening.first()?)?;
    // ("Israeli and Syrian officials met ...": two states open it, and either may speak.)
    let other = opening
        .iter()
        .any(|&a| state(a).is_some_and(|s| s != first));
    (!other).then_some(first)
}

/// What a title of the home state's makes its bearer, and whether of its armed forces:
/// "President" leads the state; a capitalized "Defence Minister" is of its government; a
/// spokesman is only when "government", "army" or "military" says whose.
fn home_title(text: &str, c: &CueMatch) -> Option<(Relation, bool)> {
    let title = text[c.start..c.end].to_lowercase();
    let capital = text[c.start..].starts_with(char::is_uppercase);
    let before = text[..c.start].trim_end();
    let owner = before
        .rsplit(|ch: char| !ch.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    // ("the ousted president Bashar al-Assad", "former president Evo Morales": a
    // lowercase head of state's title after a word of tenure.)
    let tenure = matches!(
        owner.as_str(),
        "former" | "ousted" | "deposed" | "toppled" | "exiled" | "late" | "interim" | "acting"
    );
    // ("The interior minister, Emilio Chuayffet, resigned": a definite title set off
    // before the name is as good as a capitalized one.)
    let definite = text[c.end..].starts_with(", ")
        && (owner == "the" || {
            // (The last words only: lowercasing all the text before is quadratic.)
            let lead = words::lower_before(text, c.start, 12);
            lead.ends_with("the then") || lead.ends_with("the former")
        });
    let capital = capital || definite;
    // ("interior minister Ljube Boškoski": a portfolio in lowercase right before the name.)
    // ("finance minister Puot Kang Chol": a portfolio's word the lexicon does not list.)
    let portfolio_word = title == "minister"
        && owner.len() >= 4
        && text[..c.start].ends_with(&format!("{owner} "))
        && !matches!(
            owner.as_str(),
            "former" | "then" | "their" | "whose" | "prime" | "rebel" | "party" | "shadow"
        );
    let portfolio = (title.ends_with(" minister") || portfolio_word)
        && text[c.end..]
            .strip_prefix(' ')
            .is_some_and(|t| t.starts_with(char::is_uppercase));
    match title.as_str() {
        t if HEADS_OF_STATE.contains(&t) && (capital || tenure) => Some((Relation::Leads, false)),
        // ("Public Safety Minister X": a portfolio the lexicon does not list.)
        // ("Chief Minister X" heads a province.)
        // ("Secretary of State X", "Attorney General X", "Home Secretary X".)
        t if (capital || portfolio)
            && (t.ends_with(" minister")
                || t == "minister"
                || t == "secretary of state"
                || t == "attorney general"
                || t.ends_with(" secretary") && !t.contains("general"))
            && owner != "chief"
            && !matches!(t, "chief minister" | "first minister") =>
        {
            Some((Relation::MemberOf, false))
        }
        "spokesman" | "spokeswoman" | "spokesperson" => match owner.as_str() {
            "army" | "military" => Some((Relation::MemberOf, true)),
            // (Unowned, only by the sentence before: see `bare_spokesman`.)
            _ => Some((Relation::MemberOf, false)),
        },
        _ => None,
    }
}

/// Compound modifiers: "the Iran-backed Houthis", "al-Qaeda-linked JNIM".
fn compound_claims(doc: &Doc, r: &Read) -> Vec<Claim> {
    let (text, slots) = (doc.text, &r.slots);
    let mut out = Vec::new();
    for (k, x) in slots.iter().enumerate() {
        let Some(after) = text[x.end..r.se].strip_prefix('-') else {
            continue;
        };
        let word: String = after
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        let Some((_, rel)) = doc.lexicon.compounds.iter().find(|(w, _)| *w == word) else {
            continue;
        };
        let word_end = x.end + 1 + word.len();
        // ("a US-sponsored resolution condemning Russia", "Saudi-hosted talks between X and
        // Y": the compound modifies a thing, not the party after it; a broker's compound
        // still reaches the side named, "a China-brokered ceasefire with X".)
        let thing = words::word_at(text, &r.words, word_end).is_some_and(|n| {
            matches!(
                n.to_lowercase().as_str(),
                "talks"
                    | "negotiations"
                    | "resolution"
                    | "resolutions"
                    | "conference"
                    | "summit"
                    | "meeting"
                    | "initiative"
                    | "process"
                    | "plan"
                    | "proposal"
                    | "roadmap"
                    | "framework"
                    | "dialogue"
                    | "elections"
                    | "election"
            )
        });
        if thing && *rel != Relation::Mediates {
            continue;
        }
        let target = slots[k + 1..]
            .iter()
            .find(|y| y.start >= word_end)
            .filter(|y| {
                // ("the Syrian-backed breakaway from Fatah": the noun before "from" is the
                // one backed, not the body it broke from; "Iranian-backed fighters from
                // Kataib Hezbollah" are that body's.)
                !text[word_end..y.start].contains([',', ';', '.'])
                    && !["breakaway from", "splinter from", "offshoot from", "split from"]
                        .iter()
                        .any(|b| text[word_end..y.start].contains(b))
                    && words::gap_words(&r.words, word_end, y.start) <= 3
                    // "Kessarian-backed factions attacked X": a verb between ends the
                    // phrase the modifier is part of.
                    && !r.cues.iter().any(|m| {
                        matches!(m.cue, Cue::Verb(_) | Cue::Speech)
                            && m.start >= word_end
                            && m.end <= y.start
                    })
            })
            .map(|y| (vec![y], r.speaker.map_or(Source::Author, Source::Actor)))
            // A description set beside a name is the writer's own.
            .or_else(|| described_by(text, &slots[..k], x.start).map(|y| (vec![y], Source::Author)))
            .or_else(|| {
                kind_listed(text, slots, (k, word_end))
                    .map(|ys| (ys, r.speaker.map_or(Source::Author, Source::Actor)))
            });
        let (Some((ys, source)), 1) = (target, x.actors.len()) else {
            continue;
        };
        for &o in ys.iter().flat_map(|y| &y.actors) {
            if x.actors[0] == o || !kinds_fit(*rel, (doc.kind_of)(x.actors[0]), (doc.kind_of)(o)) {
                continue;
            }
            out.push(Claim {
                subject: x.actors[0],
                relation: *rel,
                object: o,
                polarity: Polarity::Affirmed,
                modality: Modality::Asserted,
                source: source.clone(),
                sentence: r.si,
                start: r.ss,
                end: r.se,
                cue: text[x.end..word_end].to_string(),
                rule: "compound modifier",
                time: None,
            });
        }
    }
    out
}

/// The names a compound modifier's plural noun stands for (the compound's owner is slot
/// `k`, its word ends at `word_end`): listed after it ("Iran-backed militias such as X
/// and Y", "Iran-backed groups, including X"), or joined before its owner by "and other"
/// ("X and other Iran-backed militias").
fn kind_listed<'s>(
    text: &str,
    slots: &'s [Slot],
    (k, word_end): (usize, usize),
) -> Option<Vec<&'s Slot>> {
    let single = |y: &&Slot| !y.phrase && y.actors.len() == 1;
    let x = &slots[k];
    if let Some(before) = text[..x.start].strip_suffix(" and other ") {
        let y = slots[..k].iter().rev().find(single)?;
        return (y.end == before.len()).then(|| vec![y]);
    }
    let rest = text[word_end..].strip_prefix(' ')?;
    let noun = rest.split([' ', ',']).next()?;
    let plural = noun.len() > 3 && noun.ends_with('s') && noun.chars().all(char::is_lowercase);
    let rest = &rest[noun.len()..];
    let at = text.len() - words::listed_after(rest)?.len();
    let listed = slots::names_listed(text, &slots[k + 1..], at);
    (plural && !listed.is_empty()).then_some(listed)
}

/// The name that a description starting at `at` describes: "Kataib Hezbollah, an
/// Iranian-backed militia", "the SNA is a Turkish-backed force".
fn described_by<'s>(text: &str, before: &'s [Slot], at: usize) -> Option<&'s Slot> {
    let y = before.last()?;
    let gap = text[y.end..at].trim().to_ascii_lowercase();
    let gap = gap.strip_prefix(',').unwrap_or(&gap).trim_start();
    let gap = ["is ", "was ", "are ", "were ", "remains ", "remain "]
        .iter()
        .find_map(|v| gap.strip_prefix(v))
        .unwrap_or(gap);
    matches!(gap, "a" | "an" | "the" | "").then_some(y)
}

/// A specific type stated for a pair replaces plain `ties` for it; the sentence's time
/// goes on every claim; a claim said twice in a sentence is kept once.
/// "ISWAP is based in Nigeria", "Russia has bases in Syria": a base in the country the
/// story is datelined in, or in the state the group's name carries ("Tehreek-e-Taliban Pakistan"), or
/// of a state's forces, is no shelter given.
fn domestic_base(doc: &Doc, c: &Claim) -> bool {
    const BASED: [&str; 6] = [
        "based in",
        "operat",
        "headquartered in",
        "bases in",
        "base in",
        "hideouts in",
    ];
    if c.relation != Relation::Shelters {
        return false;
    }
    let cue = c.cue.to_ascii_lowercase();
    if !BASED.iter().any(|b| cue.starts_with(b)) {
        return false;
    }
    // Only a state other than the story's own, where the story has one: "ISWAP operates
    // from Nigeria" in a Nigerian story is no shelter, and with no home state nothing
    // tells a foreign base from a domestic one.
    let home =
        doc.dateline.is_some_and(|d| d.1 == c.subject) || doc.home.is_none_or(|h| h == c.subject);
    let state_guest = matches!(
        (doc.kind_of)(c.object),
        Kind::State | Kind::Agency | Kind::Igo
    );
    let surfaces = |a: ActorRef| doc.surfaces.iter().filter(move |s| s.0 == a).map(|s| s.1);
    let named_after = surfaces(c.object).any(|o| surfaces(c.subject).any(|h| o.contains(h)));
    home || state_guest || named_after
}

/// "their foreign ministers, Armenia's X and Azerbaijan's Y": a person the pack knows as
/// one state's official or leader holds no office of another state's (a list of owners
/// is easily paired askew).
fn against_known_office(doc: &Doc, c: &Claim) -> bool {
    let offices = (doc.offices)(c.subject);
    let state = |a: ActorRef| (doc.kind_of)(a) == Kind::State;
    matches!(c.relation, Relation::MemberOf | Relation::Leads)
        && c.polarity == Polarity::Affirmed
        && state(c.object)
        && offices.iter().any(|&(_, o)| state(o))
        && !offices.iter().any(|&(_, o)| o == c.object)
}

fn finish_sentence(
    doc: &Doc,
    r: &Read,
    mut claims: Vec<Claim>,
    published: Option<Date>,
    out: &mut Vec<Claim>,
) {
    claims.retain(|c| !domestic_base(doc, c) && !against_known_office(doc, c));
    let specific: Vec<Pair> = claims
        .iter()
        .filter(|c| c.relation != Relation::Ties)
        .flat_map(|c| [(c.subject, c.object), (c.object, c.subject)])
        .collect();
    claims.retain(|c| c.relation != Relation::Ties || !specific.contains(&(c.subject, c.object)));
    // The time the sentence states, worked out only for sentences that claim something.
    let time = if claims.is_empty() {
        None
    } else {
        claim_time(&doc.text[r.ss..r.se], published)
    };
    let mut seen = Vec::new();
    for mut c in claims {
        c.time.clone_from(&time);
        let (a, b) = if c.relation.symmetric() && c.object < c.subject {
            (c.object, c.subject)
        } else {
            (c.subject, c.object)
        };
        let key = (a, c.relation, b, c.polarity, c.modality);
        if !seen.contains(&key) {
            seen.push(key);
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests;
