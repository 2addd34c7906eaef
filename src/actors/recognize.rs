//! Recognition in one pass over the text (a word trie of every pack alias, ASCII case
//! folded, and an Aho-Corasick automaton of every acronym, case-sensitive), then
//! discovery of actors no pack names, then in-document resolution.

use super::normalize::{fold, skeleton};
use super::pack::{Kind, Pack};
use super::{ActorRef, Discovered, DocActors, Mention};
use crate::text::Sentence;
use aho_corasick::AhoCorasick;
use found_index::FoundIndex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;

mod aliases;
mod build;
mod demonyms;
mod forces;
mod found_index;
mod juntas;
mod lists;
mod missions;
mod orgs;
mod persons;
mod renamed;
mod repeats;

/// Words inside a person's name that are no surname of their own ("Abdel", "Ould",
/// "Bin").
const NAME_PARTICLES: [&str; 18] = [
    "Abdel", "Abdul", "Abd", "Ould", "Bin", "Ibn", "Abu", "Ben", "El", "Al", "Van", "Von", "De",
    "Da", "Del", "La", "Le", "Mac",
];

/// The actor a pack name (in one of its spellings) names, and the alias it is spelled
/// from: its byte range in `Recognizer::alias_text` (one string for all, not one each).
struct NameTarget {
    actor: usize,
    alias: (u32, u32),
}

/// The pack compiled for recognition. Build once, use for every document.
pub struct Recognizer {
    pub pack: Pack,
    names: crate::text::phrases::Phrases,
    name_targets: Vec<NameTarget>,
    alias_text: String,
    acronyms: AhoCorasick,
    acronym_targets: Vec<usize>,
    /// Skeleton of every multi-letter alias → the one actor that has it.
    skeletons: HashMap<String, Option<usize>>,
    org_heads: HashSet<String>,
    agency_heads: HashSet<String>,
    formants: HashSet<String>,
    connectors: HashSet<String>,
    titles: Vec<Vec<String>>,
    /// Indices into `titles` by their first word, longest title first.
    titles_by_first: HashMap<String, Vec<usize>>,
    roles: HashSet<String>,
    speech: HashSet<String>,
    not_names: HashSet<String>,
    title_words: HashSet<String>,
    /// Given names common in the reporting (`given_names`): a name of two words or more
    /// that opens with one is a person's, wherever it stands.
    given_names: HashSet<String>,
    /// Nouns of ships, whose names are often persons' (`vessel_nouns`: "the tanker Maria
    /// Elena").
    vessel_nouns: HashSet<String>,
    /// Words before a state's name that make a region's (`region_words`: "South America").
    region_words: HashSet<String>,
    /// Head words of parties' names no state's own body bears (`party_heads`).
    party_heads: HashSet<String>,
    locatives: HashSet<String>,
    /// Words common to many names, never the distinctive part of one ("national").
    generic: HashSet<String>,
    /// Each acronym that names one pack actor → the actor.
    pack_acronyms: HashMap<String, usize>,
    /// Lowercase particles inside persons' names ("bin", "de", "la").
    particles: HashSet<String>,
    /// Words after a name that are still part of it ("Jr").
    name_suffixes: HashSet<String>,
    /// Titles that are also given names ("Amir"): before two name words or more, part of the name.
    given_name_titles: HashSet<String>,
    /// Words that introduce another name of the same person ("alias", "a.k.a.").
    alias_markers: Vec<String>,
    /// Words that make a name a place's when they open or close it ("Dam", "Camp").
    place_words: HashSet<String>,
    /// Verbs whose object is a person ("arrested", "led by"), lowercase.
    person_verbs: HashSet<String>,
    /// Nouns of where forces stand ("positions", "base"), lowercase.
    force_sites: HashSet<String>,
    /// Place words in lowercase, and other nouns after a city's name ("airport").
    place_nouns: HashSet<String>,
    /// Prepositions, conjunctions and pronouns ("to", "that", "which").
    function_words: HashSet<String>,
    /// Nouns of forces that are also adjectives ("military"), in lowercase.
    adjective_nouns: HashSet<String>,
    /// Verbs after a capital that make it its government ("has", "will").
    capital_verbs: HashSet<String>,
    /// Words before a capital that make it a party ("with", "against", "accused").
    capital_party_words: HashSet<String>,
    /// Nouns before an organization's name that say what it is ("firm", "consultancy").
    organization_nouns: HashSet<String>,
    /// Lowercase nouns after a name that make it an armed group's ("Fulani militiamen"):
    /// each → the singular the group is named with.
    group_nouns_after: HashSet<String>,
    /// Verbs that take a body as their object ("the movement X led").
    body_verbs: HashSet<String>,
    /// Capitalized words that only describe a group before those nouns ("Islamist").
    not_group_names: HashSet<String>,
    /// Lowercase nouns after a word in capitals, or before "of"/"for the" and one, that
    /// make it an armed group's acronym ("NSCN-IM cadres", "a spokesman for the KNF").
    acronym_nouns: HashSet<String>,
    /// Words in capitals that are never a group's acronym (news agencies).
    not_acronym_groups: HashSet<String>,
    /// Lowercase nouns after a word in capitals that make it a thing's ("the CPA deal").
    acronym_thing_nouns: HashSet<String>,
    /// Nouns of borders (`border_nouns`): "the Niger border" is a place.
    border_nouns: HashSet<String>,
    /// Places a state's possessive opens (`possessed_places`): "Iraq's second city".
    possessed_places: HashSet<String>,
    /// Words that make the capitalized words after them an operation's name, no body's
    /// (`operation_words`): "launched Operation Deliberate Force".
    operation_words: HashSet<String>,
    /// Capitalized words that make a state's name before them a place's (`landform_words`):
    /// "the Niger Delta", "the Congo River".
    landform_words: HashSet<String>,
    /// Nouns of a state's rulers (`state_heads`): "Authorities in Mali" are Mali.
    state_heads: HashSet<String>,
    /// Head words of bodies and units that "the" and the word in lowercase stand for
    /// ("the bureau", "the brigade"): each in lowercase → as a name writes it.
    unit_heads: HashMap<String, String>,
    /// Plural last words of no group's name ("the Golan Heights", "the Armed Forces").
    not_plural_names: HashSet<String>,
    /// Each demonym of a state → the state.
    demonyms: HashMap<String, usize>,
    /// (state, the rest of a body's alias after the state's demonym, lowercase) → the body.
    demonym_aliases: HashMap<(usize, String), usize>,
    /// Each state → its armed forces.
    forces_of: HashMap<usize, usize>,
    /// Each state → the actor its junta is (`juntas.rs`).
    juntas: HashMap<usize, usize>,
    /// Each state → its intelligence service.
    spies_of: HashMap<usize, usize>,
    /// Each state → its police.
    police_of: HashMap<usize, usize>,
    /// Nouns naming a state's police after its demonym, as lowercase words, longest first.
    police_phrases: Vec<Vec<String>>,
    /// Each state's name → the state.
    state_names: HashMap<String, usize>,
    /// Nouns naming a state's spies after its demonym, as lowercase words, longest first.
    intelligence_phrases: Vec<Vec<String>>,
    /// Offices a state holds ("foreign minister"), as lowercase words, longest first.
    state_offices: Vec<Vec<String>>,
    /// What a state does as a party, after its demonym ("Kessarian backing"), longest first.
    state_acts: Vec<Vec<String>>,
    /// Nouns naming a state's forces after its demonym, as lowercase words, longest first.
    force_phrases: Vec<Vec<String>>,
    /// The first words of `force_phrases`.
    force_firsts: HashSet<String>,
}

/// A word of the text with its span.
#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    sentence: usize,
}

/// The tokens of a document in lowercase, one after the other.
struct Lowered {
    all: String,
    ends: Vec<usize>,
}

/// Per surname two persons share, each person with the byte where it is first named.
type SharedSurnames = HashMap<String, Vec<(usize, ActorRef)>>;

impl Lowered {
    fn new(text: &str, toks: &[Tok]) -> Lowered {
        let mut all = String::with_capacity(text.len());
        let mut ends = Vec::with_capacity(toks.len());
        for t in toks {
            let w = &text[t.start..t.end];
            if w.is_ascii() {
                all.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                all.push_str(&w.to_lowercase());
            }
            ends.push(all.len());
        }
        Lowered { all, ends }
    }

    /// Token `i` in lowercase.
    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.all[start..self.ends[i]]
    }
}

/// The state of one document's recognition, handed from stage to stage.
struct Doc<'t> {
    text: &'t str,
    toks: Vec<Tok>,
    /// `toks` in lowercase, for the stages that compare words with word lists.
    lower: Lowered,
    /// Tokens some mention or discovered name already covers.
    covered: Vec<bool>,
    mentions: Vec<Mention>,
    found: Vec<Discovered>,
    /// `found` indexed by its names, for `Recognizer::intern`.
    found_index: FoundIndex,
    /// Spans of discovered actors: start, end, index into `found`, rule.
    found_spans: Vec<(usize, usize, usize, String)>,
    /// Discovered actors that turned out to be another name of an earlier one (see
    /// `renamed.rs`): no spans of their own.
    renamed: Vec<usize>,
}

impl Doc<'_> {
    /// Marks the tokens of every mention as covered.
    fn mark_mentions(&mut self) {
        for m in &self.mentions {
            cover(&self.toks, &mut self.covered, m.start, m.end);
        }
    }

    /// Mentions in text order, overlaps dropped (the earlier, then the longer, wins), each
    /// with its sentence.
    fn finish(self, sentences: &[Sentence]) -> DocActors {
        let sentence_of = |pos: usize| {
            sentences
                .partition_point(|s| s.end <= pos)
                .min(sentences.len().saturating_sub(1))
        };
        let mut mentions = self.mentions;
        mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
        for mut m in mentions {
            if out.last().is_some_and(|p: &Mention| m.start < p.end) {
                continue;
            }
            m.sentence = sentence_of(m.start);
            out.push(m);
        }
        DocActors {
            mentions: out,
            discovered: self.found,
            places: Vec::new(),
        }
    }
}

fn is_cap(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// A capitalized word, or one behind a hyphenated particle: "al-Nour", "wal-Muslimin".
fn is_name_part(s: &str) -> bool {
    if is_cap(s) {
        return true;
    }
    match s.split_once(['-', '‐']) {
        Some((p, rest)) => p.len() <= 3 && p.chars().all(|c| c.is_lowercase()) && is_cap(rest),
        None => glued_particle(s).is_some() || elided_article(s),
    }
}

impl Recognizer {
    /// Whether word `w` describes a group without naming it: one of the pack's
    /// `not_group_names` ("Islamist", "Rival"), or a leaning ("Pro-Iranian",
    /// "pro-government").
    pub(super) fn describes_group(&self, w: &str) -> bool {
        self.not_group_names.contains(w)
            || ["Pro-", "pro-"]
                .iter()
                .any(|p| w.strip_prefix(p).is_some_and(|rest| !rest.is_empty()))
    }
}

/// "d'Ivoire", "l'Est": an elided French particle glued to a capitalized word, inside a
/// name ("the Patriotic Movement of Côte d'Ivoire").
fn elided_article(s: &str) -> bool {
    ["d'", "d’", "l'", "l’"]
        .iter()
        .any(|p| s.strip_prefix(p).is_some_and(is_cap))
}

/// "the Communist Party of Nepal (Maoist)": a creed's word in brackets right after a
/// name (one capitalized word ending in "ist", not an acronym) is part of the name.
fn qualifier_after(text: &str, e: usize) -> Option<&str> {
    let rest = text[e..].strip_prefix(" (")?;
    let word = &rest[..rest.find(')')?];
    (word.len() <= 24
        && word.starts_with(char::is_uppercase)
        && word.ends_with("ist")
        && word.chars().all(|c| c.is_alphabetic() || c == '-'))
    .then_some(word)
}

/// First words of an aside between a capital and its verb ("Kyiv, for its part, has").
const ASIDE_OPENERS: [&str; 16] = [
    "for",
    "however",
    "meanwhile",
    "too",
    "though",
    "in",
    "likewise",
    "instead",
    "by",
    "on",
    "under",
    "despite",
    "after",
    "as",
    "with",
    "at",
];

/// Whether the text before a word ends a sentence (or is empty): the word opens one.
fn opens_sentence(before: &str) -> bool {
    let b = before.trim_end_matches([' ', '"', '“', '\'', '‘']);
    b.is_empty() || b.ends_with(['.', '!', '?', '\n'])
}

/// "between Kigali and Kinshasa", "ties with Moscow", "accuses Kigali of": the word
/// before a capital (one of `party_words`) makes it a party, not a place.
fn party_before(party_words: &HashSet<String>, before: &str) -> bool {
    let mut words = before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .rev();
    // A party word, or two ("relies on", "leans on": the pack's words with a space).
    let party = |w: &str, prev: Option<&str>| {
        party_words.contains(w) || prev.is_some_and(|p| party_words.contains(&format!("{p} {w}")))
    };
    match words.next() {
        // "between Kigali and Kinshasa": the second of a pair after "between"; "leans on
        // Moscow and Kigali": the second of a pair after a party word.
        Some("and") => {
            let name = words.next().is_some_and(is_cap);
            let w = words.next();
            name && w.is_some_and(|w| w == "between" || party(w, words.next()))
        }
        Some(w) => party(w, words.next()),
        None => false,
    }
}

/// Where the name starts in a word whose particle lost its hyphen ("alMuhandis").
fn glued_particle(s: &str) -> Option<usize> {
    let at = s.find(|c: char| !c.is_lowercase())?;
    ((1..=3).contains(&at) && s[at..].chars().next().is_some_and(char::is_uppercase)).then_some(at)
}

/// `name` with each glued particle hyphenated again ("al-Muhandis").
fn unglue(name: &str) -> std::borrow::Cow<'_, str> {
    if !name.split(' ').any(|w| glued_particle(w).is_some()) {
        return name.into();
    }
    let words: Vec<String> = name
        .split(' ')
        .map(|w| match glued_particle(w) {
            Some(at) => format!("{}-{}", &w[..at], &w[at..]),
            None => w.to_string(),
        })
        .collect();
    words.join(" ").into()
}

/// Those who take up arms against a state, after its possessive.
const OPPONENTS: [&str; 9] = [
    "rebels",
    "insurgents",
    "guerrillas",
    "separatists",
    "dissidents",
    "rebellion",
    "insurgency",
    "exiles",
    "secessionists",
];

/// Adverbs a capital's verb may follow: "Kessa also warned", "Kessa then hosted".
const ONE_ADVERB: [&str; 25] = [
    "also",
    "still",
    "now",
    "again",
    "already",
    "repeatedly",
    "reportedly",
    "previously",
    "recently",
    "later",
    "once",
    "flatly",
    "firmly",
    "strongly",
    "publicly",
    "officially",
    "formally",
    "initially",
    "eventually",
    "then",
    "soon",
    "never",
    "long",
    "first",
    "finally",
];

impl Recognizer {
    /// The alias a pack name is spelled from.
    fn alias(&self, t: &NameTarget) -> &str {
        &self.alias_text[t.alias.0 as usize..t.alias.1 as usize]
    }

    /// The pack actor a name denotes, by alias (folded) or by spelling skeleton.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        let f = fold(name);
        for (i, a) in self.pack.actors.iter().enumerate() {
            if fold(&a.name) == f
                || a.aliases.iter().any(|x| fold(x) == f)
                || a.acronyms.iter().any(|x| x == name || fold(x) == f)
            {
                return Some(i);
            }
        }
        self.skeletons.get(&skeleton(name)).copied().flatten()
    }

    /// Finds and resolves every actor mention in a document.
    pub fn recognize(&self, text: &str, sentences: &[Sentence]) -> DocActors {
        self.recognize_with(text, sentences, &|_| None)
    }

    /// As [`Recognizer::recognize`], with `known` naming the actor (name, kind) behind an
    /// acronym that other documents defined (the store answers it).
    ///
    /// The stages run in order, each over the words no earlier stage covered: pack names
    /// and acronyms, demonyms standing for a state, acronyms defined in the text, acronyms known from other documents,
    /// organizations by shape and after nouns of their kind, misspelled pack names, persons, their aliases,
    /// persons in lists with them, then surnames.
    pub fn recognize_with(
        &self,
        text: &str,
        sentences: &[Sentence],
        known: &dyn Fn(&str) -> Option<(String, Kind)>,
    ) -> DocActors {
        let toks = tokens(text, sentences);
        let mut places = Vec::new();
        let mut d = Doc {
            text,
            covered: vec![false; toks.len()],
            lower: Lowered::new(text, &toks),
            toks,
            mentions: self.pack_mentions(text, &mut places),
            found: Vec::new(),
            found_index: FoundIndex::default(),
            found_spans: Vec::new(),
            renamed: Vec::new(),
        };
        self.drop_cut_names(text, &mut d.mentions);
        self.drop_states_in_names(text, &mut d.mentions);
        self.drop_names_opening_longer(text, &mut d.mentions);
        self.drop_glued_names(text, &mut d.mentions);
        self.extend_person_names(text, &mut d.mentions);
        self.seats_of_named_states(text, &mut d.mentions);
        d.mark_mentions();
        self.demonym_mentions(&mut d);
        self.defined_acronyms(&mut d);
        self.known_acronyms(&mut d, known);
        self.organizations_by_shape(&mut d);
        self.organizations_by_noun(&mut d);
        self.renamed_bodies(&mut d);
        self.misspelled_pack_names(&mut d);
        self.initialisms(&mut d);
        self.modified_acronyms(&mut d);
        self.acronyms_by_use(&mut d);
        self.plural_names_by_use(&mut d);
        self.bare_juntas(&mut d, &places);
        let singles = self.persons_by_context(&mut d);
        for (s, e, i, rule) in std::mem::take(&mut d.found_spans) {
            d.mentions.push(Mention {
                start: s,
                end: e,
                sentence: 0,
                actor: ActorRef::Found(i),
                rule,
            });
        }
        d.mark_mentions();
        self.person_aliases(&mut d);
        self.persons_in_lists(&mut d);
        shorter_person_names(&mut d);
        self.surnames(&mut d, singles);
        self.missions(&mut d);
        self.first_names(&mut d);
        let mut out = d.finish(sentences);
        out.places = places;
        out
    }

    /// The actor a discovered name denotes: a pack actor it spells, a discovered actor of
    /// the same kind it spells or is a short form of, or a new discovered actor.
    fn intern(
        &self,
        found: &mut Vec<Discovered>,
        index: &mut FoundIndex,
        name: String,
        kind: Kind,
        reason: String,
    ) -> ActorRef {
        if let Some(p) = self.skeletons.get(&skeleton(&name)).copied().flatten() {
            return ActorRef::Pack(p);
        }
        let folded = fold(&name);
        let short_form = |a: &str, b: &str| {
            a.split(' ').count() >= 2 && b.starts_with(a) && b[a.len()..].starts_with(' ')
        };
        // The first of the same kind with the same skeleton, or a short form of the name,
        // or the name a short form of it (an index, not a scan: see `found_index.rs`).
        if let Some(i) = index.find(kind, &name) {
            // The fullest form seen names the actor.
            if short_form(&fold(&found[i].name), &folded) {
                index.remove(i, kind, &found[i].name);
                index.add(i, kind, &name);
                found[i].name = name;
            }
            return ActorRef::Found(i);
        }
        index.add(found.len(), kind, &name);
        found.push(Discovered {
            name,
            kind,
            reason,
            acronyms: Vec::new(),
        });
        ActorRef::Found(found.len() - 1)
    }

    /// Stage: acronyms defined in the text, "Islamic State Khorasan Province (ISKP)", and
    /// every later use of them.
    fn defined_acronyms(&self, d: &mut Doc) {
        let text = d.text;
        let mut binds: Vec<(String, ActorRef)> = Vec::new();
        // The first mention ending at each byte, so a definition finds the name before it
        // in constant time (a long document has as many definitions as mentions).
        let mut ending_at: HashMap<usize, (usize, ActorRef)> = HashMap::default();
        for m in &d.mentions {
            ending_at.entry(m.end).or_insert((m.start, m.actor));
        }
        for (open, acr) in acronym_definitions(text) {
            let end = text[..open].trim_end().len();
            if let Some(&(start, actor)) = ending_at.get(&end) {
                // "ADEN, Yemen (AP)": a state's acronym spells its name; other capitals
                // after a state are a credit or a code, not its acronym.
                let state = self.kind_of(actor, &d.found) == Kind::State;
                // "the Eritrean People's Liberation Front (EPLF)", "the Independent
                // National Patriotic Front of Liberia (INPFL)": a pack name that ends a
                // longer one whose initials the acronym spells, where its own do not, is
                // that longer name's.
                let longer = !state
                    && initials(&text[start..end]) != acr
                    && self
                        .long_form(text, &d.toks, end, &acr)
                        .is_some_and(|(s, name)| s < start && initials(&name) == acr);
                if longer {
                    d.mentions.retain(|m| !(m.start == start && m.end == end));
                } else if !state || spells(&acr, &text[start..end]) {
                    binds.push((acr, actor));
                    continue;
                }
                // "the Militarized Communist Party of Peru (MPCP)": the state ends a longer
                // name, read below.
                // (And "the Ejército Gaitanista de Colombia (EGC)".)
                let before = text[..start].trim_end();
                if !longer
                    && ![
                        " of", " de", " del", " da", " do", " des", " du", " to", " in", " for",
                    ]
                    .iter()
                    .any(|c| before.ends_with(c))
                {
                    continue;
                }
            }
            let Some((start, name)) = self.long_form(text, &d.toks, end, &acr) else {
                continue;
            };
            let kind = match self.head_kind(&name).unwrap_or(Kind::Organization) {
                // ("the Sahrawi Liberation Army (SLA)" is a group's; "Zambian Army" a state's.)
                Kind::Agency if orgs::rebel_name(&name.split(' ').collect::<Vec<_>>()) => {
                    Kind::Organization
                }
                k => k,
            };
            let reason = format!("acronym {acr} defined in the text");
            // A pack actor's acronym after a variant of its name: the pack actor.
            // (Not a long form of other words: "the Multinational Security Support (MSS)
            // mission" is no Ministry of State Security.)
            let by_acronym = self
                .pack_acronyms
                .get(&acr)
                .copied()
                .filter(|&p| self.spells_variant(&name, p));
            let r = match by_acronym {
                Some(p) => ActorRef::Pack(p),
                None => self.intern(&mut d.found, &mut d.found_index, name, kind, reason),
            };
            if let ActorRef::Found(i) = r {
                d.found[i].acronyms.push(acr.clone());
                d.found_spans.push((start, end, i, "name".into()));
            } else {
                let of = &self.pack.actors[pack_idx(r)].name;
                let rule = match by_acronym {
                    Some(_) => format!("long form before the acronym {acr} of {of}"),
                    None => format!("spelling variant of {of}"),
                };
                ending_at.entry(end).or_insert((start, r));
                d.mentions.push(Mention {
                    start,
                    end,
                    sentence: 0,
                    actor: r,
                    rule,
                });
            }
            binds.push((acr, r));
        }
        // "Ambazonia Defence Forces (ADF)": the document's own definition wins over the
        // pack actor with that acronym, everywhere in the document.
        let mut defined: HashMap<&str, ActorRef> = HashMap::default();
        for (acr, r) in &binds {
            defined.entry(acr.as_str()).or_insert(*r);
        }
        d.mentions.retain(|m| {
            let surface = text[m.start..m.end].trim_end_matches('s');
            !(m.rule.starts_with("acronym ") && defined.get(surface).is_some_and(|r| *r != m.actor))
        });
        self.uses_of_defined(d, &binds);
        d.mark_mentions();
        for k in 0..d.found_spans.len() {
            let (s, e) = (d.found_spans[k].0, d.found_spans[k].1);
            cover(&d.toks, &mut d.covered, s, e);
        }
    }

    /// Every use of the acronyms `binds` defines (the first definition of an acronym wins),
    /// outside the mentions already found: one pass of one automaton over the text, and
    /// overlaps found by binary search, so the stage stays linear in the document.
    fn uses_of_defined(&self, d: &mut Doc, binds: &[(String, ActorRef)]) {
        let text = d.text;
        let mut first: HashMap<&str, ActorRef> = HashMap::default();
        for (acr, r) in binds {
            first.entry(acr.as_str()).or_insert(*r);
        }
        let acronyms: Vec<&str> = first.keys().copied().collect();
        if acronyms.is_empty() {
            return;
        }
        let Ok(ac) = AhoCorasick::new(&acronyms) else {
            return;
        };
        // The spans already taken, merged, in text order.
        let mut taken: Vec<(usize, usize)> = d.mentions.iter().map(|m| (m.start, m.end)).collect();
        taken.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(taken.len());
        for (s, e) in taken {
            match merged.last_mut() {
                Some(last) if s < last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        let overlaps = |v: &[(usize, usize)], s: usize, e: usize| {
            let i = v.partition_point(|x| x.0 < e);
            i > 0 && v[i - 1].1 > s
        };
        // Mentions this stage adds: found in order of their end, never overlapping.
        let mut added: Vec<(usize, usize)> = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            let acr = acronyms[m.pattern().as_usize()];
            if !boundary_ok(text, s, e) || overlaps(&merged, s, e) || overlaps(&added, s, e) {
                continue;
            }
            let r = first[acr];
            let rule = format!("acronym {acr} defined in the text");
            match r {
                ActorRef::Found(i) => d.found_spans.push((s, e, i, rule)),
                _ => {
                    added.push((s, e));
                    d.mentions.push(Mention {
                        start: s,
                        end: e,
                        sentence: 0,
                        actor: r,
                        rule,
                    })
                }
            }
        }
    }

    /// Stage: acronyms that other documents defined ("KLF" where this one never spells it
    /// out).
    fn known_acronyms(&self, d: &mut Doc, known: &dyn Fn(&str) -> Option<(String, Kind)>) {
        let text = d.text;
        let shouting = shouting_lines(text);
        for i in 0..d.toks.len() {
            let t = d.toks[i];
            let w = &text[t.start..t.end];
            let upper = w.chars().filter(|c| c.is_ascii_uppercase()).count();
            if d.covered[i]
                || upper < 2
                || w.chars().any(|c| c.is_lowercase())
                || w.len() > 10
                || in_shouting_line(&shouting, t.start)
            {
                continue;
            }
            let Some((name, kind)) = known(w) else {
                continue;
            };
            let reason = format!("acronym {w} known from other documents");
            match self.intern(&mut d.found, &mut d.found_index, name, kind, reason.clone()) {
                ActorRef::Found(f) => d.found_spans.push((t.start, t.end, f, reason)),
                r @ ActorRef::Pack(_) => d.mentions.push(Mention {
                    start: t.start,
                    end: t.end,
                    sentence: 0,
                    actor: r,
                    rule: format!("acronym {w}"),
                }),
            }
            d.covered[i] = true;
        }
    }

    /// Stage: organizations by a head word or a formant (see `orgs.rs`).
    fn organizations_by_shape(&self, d: &mut Doc) {
        for (s, e, name, kind, reason) in self.shaped_organizations(d.text, &d.toks, &d.covered) {
            let (e, name) = match qualifier_after(d.text, e) {
                Some(q) => (e + q.len() + 3, format!("{name} ({q})")),
                None => (e, name),
            };
            let r = self.intern(&mut d.found, &mut d.found_index, name, kind, reason);
            self.place(r, s, e, &mut d.found_spans, &mut d.mentions);
            cover(&d.toks, &mut d.covered, s, e);
        }
    }

    /// Stage: organizations named after a noun of their kind (see `orgs.rs`).
    fn organizations_by_noun(&self, d: &mut Doc) {
        // The spans of discovered actors, by start: a candidate is tested against those
        // near it, not against all (quadratic in a long document, issue 17).
        let mut taken = Spans::default();
        for f in &d.found_spans {
            taken.insert(f.0, f.1);
        }
        for (s, e, name, kind, reason) in
            self.organizations_after_nouns(d.text, &d.toks, &d.covered)
        {
            if taken.overlaps(s, e) {
                continue;
            }
            let r = self.intern(&mut d.found, &mut d.found_index, name, kind, reason);
            self.place(r, s, e, &mut d.found_spans, &mut d.mentions);
            if let ActorRef::Found(_) = r {
                taken.insert(s, e);
            }
            cover(&d.toks, &mut d.covered, s, e);
        }
    }

    /// Stage: "Ahmed Godane" for the pack's "Ahmed Abdi Godane" (alias "Godane"): a
    /// capitalized word right before a mention of a pack person, that is a word of the
    /// person's name or aliases the mention lacks, belongs to the mention.
    fn first_names(&self, d: &mut Doc) {
        let text = d.text;
        for m in d.mentions.iter_mut() {
            let ActorRef::Pack(p) = m.actor else {
                continue;
            };
            let actor = &self.pack.actors[p];
            let Some(before) = text[..m.start].strip_suffix(' ') else {
                continue;
            };
            let from = before
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphanumeric() && c != '-')
                .map_or(0, |(i, c)| i + c.len_utf8());
            let word = &before[from..];
            // Not a title ("President", "General"), which aliases may carry.
            let title = self.titles_by_first.contains_key(word)
                || self.titles_by_first.contains_key(&word.to_lowercase());
            if actor.kind != Kind::Person || !is_cap(word) || title {
                continue;
            }
            let surface = &text[m.start..m.end];
            let of_name = std::iter::once(&actor.name)
                .chain(&actor.aliases)
                .any(|n| n.split_whitespace().any(|x| x == word));
            if of_name && !surface.split_whitespace().any(|x| x == word) {
                m.start = from;
            }
        }
        // "President Isaias Afwerki" for the alias "President Isaias": the name's word
        // right after a titled alias belongs to the mention too.
        let mut grown: Vec<(usize, usize)> = Vec::new();
        for m in d.mentions.iter_mut() {
            let ActorRef::Pack(p) = m.actor else {
                continue;
            };
            let actor = &self.pack.actors[p];
            let Some(after) = text[m.end..].strip_prefix(' ') else {
                continue;
            };
            let word = after
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
                .unwrap_or("");
            let surface = &text[m.start..m.end];
            let titled = surface
                .split_whitespace()
                .next()
                .is_some_and(|w| self.titles_by_first.contains_key(w));
            if actor.kind != Kind::Person || !titled || !is_cap(word) {
                continue;
            }
            let missing = !surface.split_whitespace().any(|x| x == word)
                && actor.name.split_whitespace().any(|x| x == word);
            if missing {
                m.end += 1 + word.len();
                grown.push((m.start, m.end));
            }
        }
        // (A mention inside a grown one, "Afwerki" alone, is part of it.)
        d.mentions.retain(|m| {
            !grown
                .iter()
                .any(|&(s, e)| s <= m.start && m.end <= e && (s, e) != (m.start, m.end))
        });
    }

    /// The acronyms among the candidates that a party's name is by how the text uses them:
    /// written twice or more, once after "the" ("the IRA"), acting somewhere ("the KRF
    /// said", "the KRF attacked"), never a thing's ("the CPA deal", "the LAC line"), and
    /// never written in lowercase ("the BIG picture" beside "big").
    fn named_twice<'t>(
        &self,
        text: &'t str,
        toks: &[Tok],
        candidate: &dyn Fn(usize) -> bool,
    ) -> HashSet<&'t str> {
        let word = |i: usize| &text[toks[i].start..toks[i].end];
        // The acronym without a possessive ending ("PJAK's co-chair").
        let base = |i: usize| without_possessive(word(i));
        let adjacent = |a: usize, b: usize| {
            toks[a].sentence == toks[b].sentence
                && text[toks[a].end..toks[b].start].trim().is_empty()
        };
        let mut uses: HashMap<&str, usize> = HashMap::default();
        let (mut acts, mut things, mut after_the): (HashSet<&str>, HashSet<&str>, HashSet<&str>) =
            Default::default();
        for i in (0..toks.len()).filter(|&i| candidate(i)) {
            *uses.entry(base(i)).or_insert(0) += 1;
            let next = (i + 1 < toks.len() && adjacent(i, i + 1)).then(|| word(i + 1));
            if next.is_some_and(|w| self.acting_word(w)) && base(i) == word(i) {
                acts.insert(base(i));
            }
            if next.is_some_and(|w| self.acronym_thing_nouns.contains(w)) {
                things.insert(base(i));
            }
            if i >= 1 && adjacent(i - 1, i) && word(i - 1).eq_ignore_ascii_case("the") {
                after_the.insert(base(i));
            }
        }
        let mut out: HashSet<&str> = uses
            .into_iter()
            .filter(|&(w, n)| {
                n >= 2 && acts.contains(w) && after_the.contains(w) && !things.contains(w)
            })
            .map(|(w, _)| w)
            .collect();
        if !out.is_empty() {
            // (One pass over the words for all of them.)
            for k in 0..toks.len() {
                let x = word(k);
                if x.starts_with(char::is_alphabetic) && x.chars().any(char::is_lowercase) {
                    out.retain(|w| !(w.len() == x.len() && w.eq_ignore_ascii_case(x)));
                }
            }
        }
        out
    }

    /// Whether `w`, at byte `pos`, is a word in capitals that neither the pack nor the
    /// lexicon explains, outside a line written all in capitals.
    fn unexplained_acronym(&self, w: &str, shouting: &[(usize, usize)], pos: usize) -> bool {
        acronym_shape(w)
            && !self.pack_acronyms.contains_key(w)
            && !self.not_acronym_groups.contains(w)
            && !in_shouting_line(shouting, pos)
    }

    /// Whether a word after a name says the name acts: a speech verb, a past tense, or an
    /// auxiliary ("the KRF said", "the KRF attacked", "the KRF has").
    fn acting_word(&self, w: &str) -> bool {
        w.starts_with(char::is_lowercase)
            && (self.speech.contains(w)
                || (w.len() > 4 && w.ends_with("ed"))
                || matches!(
                    w,
                    "has" | "have" | "had" | "claims" | "denies" | "vows" | "warns"
                ))
    }

    /// Stage: "the New IRA", "the Real IRA": a capitalized word between "the" and a word
    /// in capitals that neither the pack nor the document explains names, with it, one
    /// organization, wherever the two stand together.
    fn modified_acronyms(&self, d: &mut Doc) {
        let text = d.text;
        let shouting = shouting_lines(text);
        let word = |i: usize| &text[d.toks[i].start..d.toks[i].end];
        // The acronym without a possessive ending ("PJAK's co-chair").
        let base = |i: usize| without_possessive(word(i));
        let adjacent = |a: usize, b: usize| {
            d.toks[a].sentence == d.toks[b].sentence && text[d.toks[a].end..d.toks[b].start] == *" "
        };
        let pair = |i: usize| {
            let (m, w) = (word(i - 1), base(i));
            let modifier = is_cap(m)
                && m.chars().all(char::is_alphabetic)
                && m.chars().any(char::is_lowercase)
                && !self.demonyms.contains_key(m)
                && !self.title_words.contains(m)
                // ("the European WLTP": an adjective of a people or a region.)
                && !["ean", "ian", "ish", "ese", "can"].iter().any(|x| m.ends_with(x));
            let ok = !d.covered[i]
                && !d.covered[i - 1]
                && adjacent(i - 1, i)
                && modifier
                && self.unexplained_acronym(w, &shouting, d.toks[i].start);
            ok.then(|| format!("{m} {w}"))
        };
        let mut names: Vec<String> = (2..d.toks.len())
            .filter(|&i| adjacent(i - 2, i - 1) && word(i - 2).eq_ignore_ascii_case("the"))
            .filter_map(pair)
            .collect();
        if names.is_empty() {
            return;
        }
        names.sort();
        names.dedup();
        let hits: Vec<(usize, usize, String)> = (1..d.toks.len())
            .filter_map(|i| {
                let name = pair(i).filter(|n| names.contains(n))?;
                Some((i, d.toks[i].start + base(i).len(), name))
            })
            .collect();
        for (i, e, name) in hits {
            let s = d.toks[i - 1].start;
            let reason = format!("{name}: a word before an acronym, after \"the\"");
            let r = self.intern(
                &mut d.found,
                &mut d.found_index,
                name,
                Kind::Organization,
                reason.clone(),
            );
            if let ActorRef::Found(f) = r {
                d.found_spans.push((s, e, f, reason));
                d.covered[i - 1] = true;
                d.covered[i] = true;
            }
        }
    }

    /// Stage: "the Red Dragons attacked a post ... the Red Dragons deny": two to four
    /// capitalized words after "the", the last a plural, written so twice or more and
    /// acting once (a speech verb, a past tense, an auxiliary after it), are a group's
    /// name. Not a place ("the Nuba Mountains"), a people ("the Syrian Kurds"), an outlet
    /// ("the Financial Times") or a state's forces ("the Armed Forces").
    fn plural_names_by_use(&self, d: &mut Doc) {
        let text = d.text;
        let toks = &d.toks;
        let word = |i: usize| &text[toks[i].start..toks[i].end];
        let adjacent = |a: usize, b: usize| {
            toks[a].sentence == toks[b].sentence
                && text[toks[a].end..toks[b].start].trim().is_empty()
        };
        let name_word = |i: usize| {
            let w = word(i);
            !d.covered[i]
                && is_cap(w)
                && w.chars().any(char::is_lowercase)
                && !self.place_words.contains(w)
                && !self.not_names.contains(w)
        };
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for i in 1..toks.len() {
            if d.lower.get(i - 1) != "the" || !adjacent(i - 1, i) {
                continue;
            }
            let mut j = i;
            while j < toks.len() && j - i < 4 && name_word(j) && (j == i || adjacent(j - 1, j)) {
                j += 1;
            }
            let last = word(j.saturating_sub(1));
            let plural = last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("'s");
            if j >= i + 2
                && plural
                && !self.not_plural_names.contains(last)
                && !self.demonyms.contains_key(word(i))
            {
                runs.push((i, j - 1));
            }
        }
        let name = |&(i, e): &(usize, usize)| &text[toks[i].start..toks[e].end];
        let acts = |&(_, e): &(usize, usize)| {
            e + 1 < toks.len() && adjacent(e, e + 1) && self.acting_word(word(e + 1))
        };
        // Per name: how often it is written so, and whether it acts once (one pass: a
        // long document has many such runs).
        let mut uses: HashMap<&str, (usize, bool)> = HashMap::default();
        for r in &runs {
            let u = uses.entry(name(r)).or_insert((0, false));
            u.0 += 1;
            u.1 |= acts(r);
        }
        let named: Vec<(usize, usize)> = runs
            .iter()
            .copied()
            .filter(|r| uses.get(name(r)).is_some_and(|&(n, acted)| n >= 2 && acted))
            .collect();
        for r in named {
            let n = name(&r).to_string();
            let reason = "a plural name written twice after \"the\" and acting".to_string();
            let a = self.intern(
                &mut d.found,
                &mut d.found_index,
                n,
                Kind::Organization,
                reason.clone(),
            );
            if let ActorRef::Found(f) = a {
                let (s, e) = (toks[r.0].start, toks[r.1].end);
                d.found_spans.push((s, e, f, reason));
                cover(&d.toks, &mut d.covered, s, e);
            }
        }
    }

    /// Stage: "NSCN-IM cadres", "FLEC-FAC fighters", "a spokesman for the KNF": a word in
    /// capitals that neither the pack nor the document explains, used once as only a
    /// party's name is (before a member noun, after a role "of"/"for the"), names an
    /// organization by that acronym, wherever the document uses it.
    fn acronyms_by_use(&self, d: &mut Doc) {
        let text = d.text;
        let shouting = shouting_lines(text);
        let word = |i: usize| &text[d.toks[i].start..d.toks[i].end];
        // The acronym without a possessive ending ("PJAK's co-chair").
        let base = |i: usize| without_possessive(word(i));
        let adjacent = |a: usize, b: usize| {
            d.toks[a].sentence == d.toks[b].sentence
                && text[d.toks[a].end..d.toks[b].start].trim().is_empty()
        };
        let lower_in = |set: &HashSet<String>, i: usize| {
            let w = word(i);
            w.starts_with(|c: char| c.is_lowercase()) && set.contains(w)
        };
        let candidate = |i: usize| {
            !d.covered[i] && self.unexplained_acronym(base(i), &shouting, d.toks[i].start)
        };
        let is =
            |i: usize, options: &[&str]| options.iter().any(|o| word(i).eq_ignore_ascii_case(o));
        let twice = self.named_twice(text, &d.toks, &candidate);
        let mut used: Vec<&str> = Vec::new();
        for i in 0..d.toks.len() {
            if !candidate(i) {
                continue;
            }
            let next = (i + 1 < d.toks.len() && adjacent(i, i + 1)).then_some(i + 1);
            let after_the = i >= 1 && adjacent(i - 1, i) && is(i - 1, &["the"]);
            let the_twice = twice.contains(base(i));
            let member_after = next.is_some_and(|n| lower_in(&self.acronym_nouns, n));
            let role_of = after_the
                && i >= 3
                && adjacent(i - 3, i - 2)
                && adjacent(i - 2, i - 1)
                && is(i - 2, &["of", "for"])
                && lower_in(&self.acronym_nouns, i - 3);
            // ("the founder of GATIA": no article between.)
            let bare_role_of = i >= 2
                && adjacent(i - 2, i - 1)
                && adjacent(i - 1, i)
                && is(i - 1, &["of", "for"])
                && lower_in(&self.acronym_nouns, i - 2);
            // ("Guinea's ruling CNRD": a ruling council.)
            let ruling = i >= 1 && adjacent(i - 1, i) && is(i - 1, &["ruling"]);
            if member_after || role_of || bare_role_of || ruling || the_twice {
                used.push(base(i));
            }
        }
        if used.is_empty() {
            return;
        }
        let hits: Vec<(usize, &str)> = (0..d.toks.len())
            .filter(|&i| candidate(i) && used.contains(&base(i)))
            .map(|i| (i, base(i)))
            .collect();
        let bound = self.bracketed_names(d, &hits);
        for (i, w) in hits {
            let reason = format!("acronym {w} used as a party's name");
            if let Some(&(_, r)) = bound.iter().find(|b| b.0 == w) {
                let start = d.toks[i].start;
                d.mentions.push(Mention {
                    start,
                    end: start + w.len(),
                    sentence: 0,
                    actor: r,
                    rule: format!("{reason}, after its name in brackets"),
                });
                d.covered[i] = true;
                continue;
            }
            // ("SOCADEF's spokesman" after "the Southern Cameroons Defence Forces
            // (SOCADEF)": the body the text defined it for.)
            let defined = d
                .found
                .iter()
                .position(|f| f.acronyms.iter().any(|a| a == w));
            let r = match defined {
                Some(f) => ActorRef::Found(f),
                None => self.intern(
                    &mut d.found,
                    &mut d.found_index,
                    w.to_string(),
                    Kind::Organization,
                    reason.clone(),
                ),
            };
            if let ActorRef::Found(f) = r {
                if !d.found[f].acronyms.iter().any(|a| a == w) {
                    d.found[f].acronyms.push(w.to_string());
                }
                let start = d.toks[i].start;
                d.found_spans.push((start, start + w.len(), f, reason));
                d.covered[i] = true;
            }
        }
    }

    /// The acronyms of `hits` written in brackets right after a name that is not a state's,
    /// with that name's actor: a discovered body takes the acronym as its own, a pack
    /// actor is returned.
    fn bracketed_names<'t>(
        &self,
        d: &mut Doc<'t>,
        hits: &[(usize, &'t str)],
    ) -> Vec<(&'t str, ActorRef)> {
        let text = d.text;
        // "the Southern Cameroons Defence Forces (SOCADEF)", "Paraguay's Joint Task Force
        // (FTC)": an acronym in brackets right after a name is that name's, though not
        // its initials (the name found by its shape, or a mention already made).
        let mut bound: Vec<(&'t str, ActorRef)> = Vec::new();
        for &(i, w) in hits {
            let start = d.toks[i].start;
            let Some(open) = text[..start].strip_suffix('(') else {
                continue;
            };
            let end = open.trim_end().len();
            let named = d
                .found_spans
                .iter()
                .find(|s| s.1 == end)
                .map(|s| ActorRef::Found(s.2))
                .or_else(|| d.mentions.iter().find(|m| m.end == end).map(|m| m.actor));
            // Else the capitalized words before the bracket when they end in a head word
            // ("Paraguay's Joint Task Force (FTC)").
            let named = named.or_else(|| {
                let before = &text[..end];
                let from = before
                    .rfind(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-'))
                    .map_or(0, |p| {
                        p + before[p..].chars().next().map_or(1, char::len_utf8)
                    });
                let run: Vec<&str> = before[from..]
                    .split_whitespace()
                    .rev()
                    .take_while(|t| is_cap(t))
                    .collect();
                let name = run.into_iter().rev().collect::<Vec<_>>().join(" ");
                let kind = self.head_kind(&name)?;
                let written = end >= name.len() && text.get(end - name.len()..end) == Some(&name);
                (name.split(' ').count() >= 2 && written).then(|| {
                    let r = self.intern(
                        &mut d.found,
                        &mut d.found_index,
                        name.clone(),
                        kind,
                        format!("name before the acronym {w}"),
                    );
                    if let ActorRef::Found(f) = r {
                        d.found_spans
                            .push((end - name.len(), end, f, "name".into()));
                    }
                    r
                })
            });
            match named {
                Some(ActorRef::Found(f)) if !d.found[f].acronyms.iter().any(|a| a == w) => {
                    d.found[f].acronyms.push(w.to_string());
                }
                Some(r) if self.kind_of(r, &d.found) != Kind::State => bound.push((w, r)),
                _ => {}
            }
        }
        bound
    }

    /// Stage: "KLF" for the "Kivu Liberation Front" the document names elsewhere: a word
    /// in capitals that is exactly the initials of one body the document names (found or
    /// in the pack, and of no other), though the text never defines it.
    fn initialisms(&self, d: &mut Doc) {
        let text = d.text;
        let mut by_initials: HashMap<String, Option<ActorRef>> = HashMap::default();
        let mut add = |name: &str, r: ActorRef| {
            let ini = initials(name);
            if ini.len() >= 2 {
                held_by_one(&mut by_initials, ini, r);
            }
        };
        for (i, f) in d.found.iter().enumerate() {
            if !matches!(f.kind, Kind::Person | Kind::State) && !d.renamed.contains(&i) {
                add(&f.name, ActorRef::Found(i));
            }
        }
        // "AA fighters" after "the Arakan Army": a pack body the document names; by the
        // name it is given there too, in capitalized words ("PNGDF" after "the Papua New
        // Guinea Defence Force", a state's forces).
        for m in &d.mentions {
            if let ActorRef::Pack(p) = m.actor {
                let a = &self.pack.actors[p];
                if !matches!(a.kind, Kind::Person | Kind::State) {
                    add(&a.name, m.actor);
                    let surface = &text[m.start..m.end];
                    let words: Vec<&str> = surface.split(' ').collect();
                    if surface != a.name && words.len() >= 3 && words.iter().all(|w| is_cap(w)) {
                        add(surface, m.actor);
                    }
                }
            }
        }
        if by_initials.is_empty() {
            return;
        }
        self.acronyms_of_named_bodies(d, &by_initials);
        let shouting = shouting_lines(text);
        for i in 0..d.toks.len() {
            let t = d.toks[i];
            let w = &text[t.start..t.end];
            if d.covered[i]
                || w.len() < 2
                || !w.chars().all(|c| c.is_ascii_uppercase())
                || self.pack_acronyms.contains_key(w)
                || in_shouting_line(&shouting, t.start)
            {
                continue;
            }
            match by_initials.get(w) {
                Some(&Some(ActorRef::Found(f))) => {
                    if !d.found[f].acronyms.iter().any(|a| a == w) {
                        d.found[f].acronyms.push(w.to_string());
                    }
                    let reason = format!("initials of {}", d.found[f].name);
                    d.found_spans.push((t.start, t.end, f, reason));
                }
                Some(&Some(r @ ActorRef::Pack(p))) => d.mentions.push(Mention {
                    start: t.start,
                    end: t.end,
                    sentence: 0,
                    actor: r,
                    rule: format!("initials of {}", self.pack.actors[p].name),
                }),
                _ => continue,
            }
            d.covered[i] = true;
        }
    }

    /// "RAF" after "the Red Army Faction", where the pack has "RAF" for another body the
    /// document names by no other name: the acronym is the initials of the body it names.
    fn acronyms_of_named_bodies(
        &self,
        d: &mut Doc,
        by_initials: &HashMap<String, Option<ActorRef>>,
    ) {
        let text = d.text;
        let acronym = |m: &Mention| m.rule.starts_with("acronym ");
        let mut renamed: Vec<(usize, ActorRef)> = Vec::new();
        for (k, m) in d.mentions.iter().enumerate().filter(|(_, m)| acronym(m)) {
            let w = &text[m.start..m.end];
            let Some(&Some(r)) = by_initials.get(w).filter(|r| **r != Some(m.actor)) else {
                continue;
            };
            // (Only where the pack's body is named by nothing else.)
            let named = d
                .mentions
                .iter()
                .any(|o| o.actor == m.actor && &text[o.start..o.end] != w);
            if !named {
                renamed.push((k, r));
            }
        }
        for (k, r) in renamed {
            d.mentions[k].rule = format!("initials of {}", self.name_of(r, &d.found));
            d.mentions[k].actor = r;
        }
    }

    /// Stage: capitalized runs that are a pack name misspelled ("Jammah Islamiyah").
    fn misspelled_pack_names(&self, d: &mut Doc) {
        let (text, toks) = (d.text, &d.toks);
        let mut i = 0;
        while i < toks.len() {
            if d.covered[i] || !is_cap(&text[toks[i].start..toks[i].end]) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < toks.len()
                && j - i < 3
                && !d.covered[j + 1]
                && toks[j + 1].sentence == toks[i].sentence
                && text[toks[j].end..toks[j + 1].start].trim().is_empty()
                && is_name_part(&text[toks[j + 1].start..toks[j + 1].end])
            {
                j += 1;
            }
            // (An initial spells no name: "President B.J. Habibie" is not "President Biya".)
            let initial = (i..=j).any(|k| text[toks[k].start..toks[k].end].chars().count() < 2);
            if j > i && !initial {
                let (s, e) = (toks[i].start, toks[j].end);
                let p = self.skeletons.get(&skeleton(&unglue(&text[s..e])));
                let p = p.copied().flatten();
                // "in Kessaria": a place, not a party, however it is spelled.
                let place = |p: usize| {
                    self.pack.actors[p].kind == Kind::State && self.after_locative(text, s)
                };
                // ("South Sudanese" is the people's word, and spells no "South Sudan".)
                let demonym = self.demonyms.contains_key(&text[s..e]);
                if let Some(p) = p.filter(|&p| !place(p) && !demonym) {
                    d.mentions.push(Mention {
                        start: s,
                        end: e,
                        sentence: 0,
                        actor: ActorRef::Pack(p),
                        rule: format!("spelling variant of {}", self.pack.actors[p].name),
                    });
                    d.covered[i..=j].iter_mut().for_each(|c| *c = true);
                }
            }
            i = j + 1;
        }
    }

    /// Stage: persons after titles and role nouns, and as speakers (see `persons.rs`).
    /// Single-word names are returned for the surname stage: `(start, end, name, reason)`.
    fn persons_by_context(&self, d: &mut Doc) -> Vec<(usize, usize, String, String)> {
        let mut singles = Vec::new();
        for (s, e, name, reason, single) in self.persons(d.text, (&d.toks, &d.lower), &d.covered) {
            if single {
                singles.push((s, e, name, reason));
                continue;
            }
            // "Los Lobos said ...": a Spanish plural article opens a gang's name, never a
            // person's.
            let plural = ["Los ", "Las "].iter().any(|a| name.starts_with(a));
            let kind = if plural {
                Kind::Organization
            } else {
                Kind::Person
            };
            let r = self.intern_person_or_fuller(d, name, kind, reason);
            self.place(r, s, e, &mut d.found_spans, &mut d.mentions);
            cover(&d.toks, &mut d.covered, s, e);
        }
        singles
    }

    /// `intern`, but "Trevino Morales, 54," after "Miguel Angel Trevino Morales": the last
    /// words of a person's fuller name found before are that person.
    fn intern_person_or_fuller(
        &self,
        d: &mut Doc,
        name: String,
        kind: Kind,
        reason: String,
    ) -> ActorRef {
        let fuller = (kind == Kind::Person && name.contains(' '))
            .then(|| {
                d.found.iter().position(|f| {
                    f.kind == Kind::Person
                        && f.name.len() > name.len()
                        && f.name.ends_with(name.as_str())
                        && f.name[..f.name.len() - name.len()].ends_with(' ')
                })
            })
            .flatten()
            .or_else(|| {
                (kind == Kind::Person)
                    .then(|| middle_named(&d.found, &name))
                    .flatten()
            });
        match fuller {
            Some(i) => ActorRef::Found(i),
            None => self.intern(&mut d.found, &mut d.found_index, name, kind, reason),
        }
    }

    /// Each person's last name (and its bare form, "Masri" of "al-Masri"; the first of two
    /// surnames; the first word of a long name that is no given name; failing all these, a
    /// given name that opens the name) → the one person that has it, or `None` when two
    /// do; and for those, where each of the persons sharing it is first named.
    fn surname_index(&self, d: &Doc) -> (HashMap<String, Option<ActorRef>>, SharedSurnames) {
        let mut by_last: HashMap<String, Option<ActorRef>> = HashMap::default();
        let mut holders: SharedSurnames = HashMap::default();
        let mut compounds: Vec<(String, ActorRef)> = Vec::new();
        let mut given_firsts: Vec<(String, ActorRef)> = Vec::new();
        for m in &d.mentions {
            if self.kind_of(m.actor, &d.found) != Kind::Person {
                continue;
            }
            let name = d.text[m.start..m.end]
                .trim_end_matches("'s")
                .trim_end_matches("’s");
            let Some(last) = name.split_whitespace().last() else {
                continue;
            };
            let bare = ["al-", "Al-", "el-", "El-", "ul-", "ad-", "as-", "an-"]
                .iter()
                .find_map(|p| last.strip_prefix(p))
                .filter(|b| is_cap(b));
            // "al-Zubaidi" opens a sentence as "Al-Zubaidi".
            let opening = last
                .starts_with(char::is_lowercase)
                .then(|| {
                    let mut c = last.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect::<String>())
                })
                .flatten();
            // "Sassou" after "Denis Sassou Nguesso", "Uribe" after "Álvaro Uribe Vélez":
            // the first of two surnames stands for the person too, when it is no given
            // name ("Abu Mohammad al-Jolani" is not "Mohammad") nor a particle.
            let words: Vec<&str> = name.split_whitespace().collect();
            let no_given_name = |w: &&str| {
                is_cap(w)
                    && w.chars().all(char::is_alphabetic)
                    && !self.given_names.contains(*w)
                    && !NAME_PARTICLES.contains(w)
            };
            let compound = (words.len() >= 3)
                .then(|| words[words.len() - 2])
                .filter(no_given_name);
            if let Some(c) = compound {
                compounds.push((c.to_string(), m.actor));
            }
            // ("Mobutu" after "Mobutu Sese Seko", "Qahtan" after "Qahtan al-Shaabi": a
            // name of three words or more, or a found name of two, whose first word is no
            // given name is known by that word too. The pack's names of two say by their
            // aliases how they are shortened: "Akhmat" of "Akhmat Kadyrov" is a unit.)
            let found = matches!(m.actor, ActorRef::Found(_));
            let first = (words.len() >= 3 || found && words.len() == 2)
                .then(|| words[0])
                .filter(|w| {
                    no_given_name(w)
                    && w.chars().count() >= 4
                    // (Nor a title: "President" of "President Vladimir Putin".)
                    && !self.titles_by_first.contains_key(*w)
                    && !self.title_words.contains(*w)
                    && !self.roles.contains(&w.to_lowercase())
                    && !self.not_names.contains(*w)
                });
            if let Some(f) = first {
                compounds.push((f.to_string(), m.actor));
            }
            // ("Goukouni" after "Goukouni Oueddei", "Fidel" after "Fidel Castro": a given
            // name opening a person's name stands for that person alone, after its
            // surnames, when no one else named has it.)
            let given = (words.len() >= 2)
                .then(|| words[0])
                .filter(|w| self.given_names.contains(*w) && w.chars().count() >= 4);
            if let Some(g) = given {
                given_firsts.push((g.to_string(), m.actor));
            }
            let keys = [Some(last), bare, opening.as_deref()];
            for key in keys.into_iter().flatten() {
                if key.chars().count() >= 3 && is_cap(key) {
                    held_by_one(&mut by_last, key.to_string(), m.actor);
                    let h = holders.entry(key.to_string()).or_default();
                    match h.iter_mut().find(|(_, a)| *a == m.actor) {
                        Some(first) => first.0 = first.0.min(m.start),
                        None => h.push((m.start, m.actor)),
                    }
                }
            }
        }
        // (A surname someone has as his last stays his: "Guerrero" after "Niño Guerrero"
        // and "Héctor Guerrero Flores" is the first's.)
        compounds.retain(|(c, _)| !by_last.contains_key(c));
        for (c, actor) in compounds {
            held_by_one(&mut by_last, c, actor);
        }
        let mut firsts: HashMap<String, Option<ActorRef>> = HashMap::default();
        for (g, actor) in given_firsts {
            held_by_one(&mut firsts, g, actor);
        }
        for (g, actor) in firsts {
            if let (Some(a), false) = (actor, by_last.contains_key(&g)) {
                by_last.insert(g, Some(a));
            }
        }
        holders.retain(|k, _| by_last.get(k) == Some(&None));
        (by_last, holders)
    }

    /// Stage: surnames and single names, "Quell said" after "Marta Quell"; a single name
    /// no one else has becomes a person of its own.
    fn surnames(&self, d: &mut Doc, singles: Vec<(usize, usize, String, String)>) {
        let (mut by_last, shared) = self.surname_index(d);
        // A surname two persons share ("Perón" of Juan and Isabel Perón) is the one's
        // that alone was named before it.
        let named_before = |last: &str, at: usize| {
            let mut before = shared.get(last)?.iter().filter(|(first, _)| *first < at);
            match (before.next(), before.next()) {
                (Some(&(_, a)), None) => Some(a),
                _ => None,
            }
        };
        for (s, e, name, reason) in singles {
            let last = name.split_whitespace().last().unwrap_or(&name).to_string();
            let (actor, rule) = match by_last.get(&last) {
                Some(Some(r)) => (*r, format!("surname of an actor named earlier ({last})")),
                Some(None) => match named_before(&last, s) {
                    Some(r) => (r, format!("surname of the one named before ({last})")),
                    None => continue,
                },
                None => {
                    let r =
                        self.intern(&mut d.found, &mut d.found_index, name, Kind::Person, reason);
                    by_last.insert(last, Some(r));
                    (r, "name".into())
                }
            };
            d.mentions.push(Mention {
                start: s,
                end: e,
                sentence: 0,
                actor,
                rule,
            });
        }
        d.mark_mentions();
        self.repeated_names(d);
        self.short_names(d);
        self.bodies_by_head(d);
        for (i, t) in d.toks.iter().enumerate() {
            if d.covered[i] {
                continue;
            }
            let w = &d.text[t.start..t.end];
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            let (actor, rule) = match by_last.get(w) {
                Some(Some(r)) => (*r, "surname of an actor named earlier"),
                Some(None) => match named_before(w, t.start) {
                    Some(r) => (r, "surname of the one named before"),
                    None => continue,
                },
                None => continue,
            };
            d.mentions.push(Mention {
                start: t.start,
                end: t.start + w.len(),
                sentence: 0,
                actor,
                rule: format!("{rule} ({w})"),
            });
        }
        self.states_closing_surnames(d);
    }

    /// A state's name right after a person's surname that, with it, closes the person's
    /// name is the person's: "Méndez Montenegro" after "Julio César Méndez Montenegro".
    fn states_closing_surnames(&self, d: &mut Doc) {
        let text = d.text;
        let persons: HashMap<usize, usize> = d
            .mentions
            .iter()
            .filter_map(|m| match m.actor {
                ActorRef::Found(i) if d.found[i].kind == Kind::Person => Some((m.end, i)),
                _ => None,
            })
            .collect();
        for m in d.mentions.iter_mut() {
            let ActorRef::Pack(p) = m.actor else {
                continue;
            };
            if self.pack.actors[p].kind != Kind::State || !text[..m.start].ends_with(' ') {
                continue;
            }
            let Some(&i) = persons.get(&(m.start - 1)) else {
                continue;
            };
            let before = &text[..m.start - 1];
            let surname = before.rsplit(' ').next().unwrap_or("");
            let tail = format!(" {surname} {}", &text[m.start..m.end]);
            if d.found[i].name.ends_with(&tail) {
                m.actor = ActorRef::Found(i);
                m.rule = format!("surname of an actor named earlier ({})", tail.trim());
            }
        }
    }

    /// Records a discovered name at `s..e`: as a span of the discovered actor, or as a
    /// mention of the pack actor it turned out to spell.
    fn place(
        &self,
        r: ActorRef,
        s: usize,
        e: usize,
        found_spans: &mut Vec<(usize, usize, usize, String)>,
        mentions: &mut Vec<Mention>,
    ) {
        match r {
            ActorRef::Found(i) => found_spans.push((s, e, i, "name".into())),
            ActorRef::Pack(p) => mentions.push(Mention {
                start: s,
                end: e,
                sentence: 0,
                actor: r,
                rule: format!("spelling variant of {}", self.pack.actors[p].name),
            }),
        }
    }

    fn kind_of(&self, r: ActorRef, found: &[Discovered]) -> Kind {
        match r {
            ActorRef::Pack(i) => self.pack.actors[i].kind,
            ActorRef::Found(i) => found[i].kind,
        }
    }

    /// The display name of a pack actor or of a body discovered in this document.
    fn name_of<'a>(&'a self, r: ActorRef, found: &'a [Discovered]) -> &'a str {
        match r {
            ActorRef::Pack(i) => &self.pack.actors[i].name,
            ActorRef::Found(i) => &found[i].name,
        }
    }

    /// Whether `name`, whole, is a pack name or alias (one search of the names automaton).
    fn names_whole(&self, name: &str) -> bool {
        self.names.whole(name).is_some()
    }

    /// "the Sahrawi People's Liberation Army", "the Uganda National Liberation Army",
    /// "the Japanese Red Army": a pack name opening with a word common to many names
    /// ("People's Liberation Army" is China's) is only the end of a longer name when a
    /// capitalized word no name explains stands right before it, or a state that is not
    /// the armed body's own. The pack mention is dropped (and the state's with it), so the
    /// longer name is found by its shape.
    fn drop_cut_names(&self, text: &str, mentions: &mut Vec<Mention>) {
        let mut drop = vec![false; mentions.len()];
        for k in 0..mentions.len() {
            let m = &mentions[k];
            let ActorRef::Pack(idx) = m.actor else {
                continue;
            };
            let actor = &self.pack.actors[idx];
            let surface = &text[m.start..m.end];
            let first = surface.split(' ').next().unwrap_or("").to_lowercase();
            let generic = self.generic.contains(&first);
            // (Only a name ending in a head word: "Mozambique Islamic State" and "Gaza
            // Islamic Jihad" keep their actors.)
            let last = surface.rsplit(' ').next().unwrap_or("");
            let headed = self.org_heads.contains(last) || self.agency_heads.contains(last);
            if !matches!(actor.kind, Kind::Organization | Kind::Agency)
                || !headed
                || !surface.contains(' ')
                || !text[..m.start].ends_with(' ')
                || text[..m.start].ends_with("  ")
            {
                continue;
            }
            let before = &text[..m.start - 1];
            let prev = before
                .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
                .unwrap_or("");
            if prev.len() + 2 > m.start || !before.ends_with(prev) {
                continue; // "Pakistan's Tehreek ...", "(UNLA) ...": no bare word before.
            }
            let opener = before[..before.len() - prev.len()].trim_end();
            if prev.is_empty()
                || !is_cap(prev)
                || opener.is_empty()
                || opener.ends_with(['.', '!', '?', '"', '“', '\n'])
            {
                continue;
            }
            let own_state = |state: usize| {
                actor.parent.as_deref() == Some(self.pack.actors[state].id.as_str())
                    || self.forces_of.get(&state) == Some(&idx)
            };
            // A state named right before: the mention that ends there.
            let state_before = k
                .checked_sub(1)
                .map(|j| &mentions[j])
                .filter(|p| p.end + 1 == m.start)
                .and_then(|p| match p.actor {
                    ActorRef::Pack(s) if self.pack.actors[s].kind == Kind::State => Some(s),
                    _ => None,
                });
            let demonym = self.demonyms.get(prev).copied();
            // ("Shiite Popular Mobilization Forces", "Hutu FDLR": a descriptor, no name.)
            let descriptor = self.describes_group(prev);
            let cut = !descriptor
                && match (state_before, demonym) {
                    (Some(state), _) => generic && !own_state(state),
                    // (Another state's armed body: "the Japanese Red Army" is no Soviet army.)
                    (None, Some(state)) => actor.kind == Kind::Agency && !own_state(state),
                    // An unknown word before a state's body: "the Sahrawi People's Liberation
                    // Army" is no Chinese army.
                    (None, None) => {
                        let lower = prev.to_lowercase();
                        generic
                            && actor.kind == Kind::Agency
                            && !self.not_names.contains(prev)
                            && !self.generic.contains(&lower)
                            && !mentions
                                .iter()
                                .any(|p| p.start < m.start && p.end >= m.start - 1)
                    }
                };
            if cut {
                drop[k] = true;
                if state_before.is_some() {
                    drop[k - 1] = true;
                }
            }
        }
        let mut k = 0;
        mentions.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
    }

    /// "the Communist Party of India", "the World Sikh Organization of Canada", "the
    /// Movement for the Emancipation of the Niger Delta": a state's name after the "of" of
    /// a longer name is a word of that name, not the state. After "of" closing two
    /// capitalized words or more that end in a head word of organizations; or after "of
    /// the" when a capitalized word follows it ("Niger Delta"); or after "of" closing a
    /// capitalized cause ("for the Liberation of Angola").
    fn drop_states_in_names(&self, text: &str, mentions: &mut Vec<Mention>) {
        mentions.retain(|m| {
            let ActorRef::Pack(idx) = m.actor else {
                return true;
            };
            if self.pack.actors[idx].kind != Kind::State {
                return true;
            }
            let before = &text[..m.start];
            let article = before.ends_with(" of the ");
            let Some(name) = before
                .strip_suffix(" of the ")
                .or_else(|| before.strip_suffix(" of "))
            else {
                return true;
            };
            let mut words = name.rsplit(' ');
            let head = words.next().unwrap_or("");
            let prior = words.next().unwrap_or("");
            let headed =
                self.org_heads.contains(head) && is_cap(prior) && !self.not_names.contains(prior);
            // ("the National Union for the Total Independence of Angola", "the Popular
            // Movement for the Liberation of Angola": a cause a name is for.)
            let cause = matches!(
                head,
                "Liberation"
                    | "Independence"
                    | "Emancipation"
                    | "Salvation"
                    | "Restoration"
                    | "Unity"
                    | "Reconstruction"
                    | "Self-Determination"
            ) && (is_cap(prior) || prior == "the");
            // ("the Army of the Republic of Bosnia and Herzegovina": a force of the state
            // named by its form of state.)
            let form = matches!(head, "Republic" | "Kingdom" | "Federation" | "Emirate")
                && prior == "the"
                && words.next() == Some("of")
                && words
                    .next()
                    .is_some_and(|w| self.org_heads.contains(w) || self.agency_heads.contains(w));
            let next = text[m.end..].strip_prefix(' ').unwrap_or("");
            let next: &str = next
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            // ("the Prime Minister of India Narendra Modi": no article, the state's own.)
            let longer = article && is_cap(next) && !self.not_names.contains(next) && is_cap(head);
            !(headed || cause || form || longer)
        });
    }

    /// Pack names that open or stand inside a longer name of another body:
    /// - a state before a word of a landform or city, which makes a place of it ("the
    ///   Niger Delta", "the Congo River", "Mexico City");
    /// - any pack name after a word of operations ("Operation Lebanon");
    /// - a state before capitalized words ending in a head word that no state's own body
    ///   bears, a cause ("Sudan Liberation Army"), a party's ("Bangladesh Nationalist
    ///   Party") or a distinctive word ("Kosovo Protection Corps"); "Kenya Defence Forces"
    ///   stays Kenya's;
    /// - a state's body before "of" and a capitalized word that is no pack name: "the
    ///   People's Liberation Army of Manipur" is no Chinese army.
    ///
    /// The words left uncovered are found as one name by their shape.
    fn drop_names_opening_longer(&self, text: &str, mentions: &mut Vec<Mention>) {
        let starts: HashSet<usize> = mentions.iter().map(|m| m.start).collect();
        let ends: HashSet<usize> = mentions.iter().map(|m| m.end).collect();
        mentions.retain(|m| {
            let ActorRef::Pack(idx) = m.actor else {
                return true;
            };
            // ("During Operation Lebanon": an operation's name, not the state.)
            let operation = text[..m.start]
                .strip_suffix(' ')
                .and_then(|b| b.rsplit(' ').next())
                .is_some_and(|w| self.operation_words.contains(w));
            if operation {
                return false;
            }
            let rest = &text[m.end..];
            match self.pack.actors[idx].kind {
                Kind::State => {
                    let next = rest.strip_prefix(' ').unwrap_or("");
                    let next = next.split(|c: char| !c.is_alphanumeric()).next();
                    let landform = next.is_some_and(|w| self.landform_words.contains(w));
                    !landform
                        && !self.opens_longer_name(rest, m.end, &starts)
                        && !self.closes_longer_name(&text[..m.start], &ends)
                }
                Kind::Agency => {
                    let Some(after) = rest.strip_prefix(" of ") else {
                        return true;
                    };
                    let next = after.split([' ', ',', '.']).next().unwrap_or("");
                    let at = m.end + 4;
                    !(is_cap(next) && !self.not_names.contains(next) && !starts.contains(&at))
                }
                _ => true,
            }
        });
    }

    /// A city that was the seat of a state of another era stands for that state where the
    /// document names it: "Moscow" is the Soviet Union's in a text that names the Soviet
    /// Union, "Hanoi" North Vietnam's (the pack lists the city among that state's seats;
    /// the automaton gives it to the state listed first, today's).
    fn seats_of_named_states(&self, text: &str, mentions: &mut [Mention]) {
        let actors = &self.pack.actors;
        let seat = |m: &Mention, i: usize| actors[i].is_seat(&text[m.start..m.end]);
        let named: Vec<usize> = mentions
            .iter()
            .filter_map(|m| match m.actor {
                ActorRef::Pack(i) if actors[i].kind == Kind::State && !seat(m, i) => Some(i),
                _ => None,
            })
            .collect();
        for m in mentions.iter_mut() {
            let ActorRef::Pack(i) = m.actor else {
                continue;
            };
            if actors[i].kind != Kind::State || !seat(m, i) {
                continue;
            }
            if let Some(&other) = named.iter().find(|&&o| o != i && seat(m, o)) {
                m.actor = ActorRef::Pack(other);
                m.rule = format!("seat of {}, named in the text", actors[other].name);
            }
        }
    }

    /// A state's one-word name run on from two capitalized words of no other name is a
    /// person's surname: "President Julio César Méndez Montenegro", "Ricardo Ortiz
    /// Jordan". Not after a title, a demonym, a word of directions or of common names
    /// ("Papua New Guinea", "Northern Ireland"), nor in capitals.
    fn drop_states_ending_person_names(&self, text: &str, mentions: &mut Vec<Mention>) {
        let ends: HashSet<usize> = mentions.iter().map(|m| m.end).collect();
        mentions.retain(|m| {
            let ActorRef::Pack(idx) = m.actor else {
                return true;
            };
            let surface = &text[m.start..m.end];
            if self.pack.actors[idx].kind != Kind::State
                || surface.contains([' ', '-'])
                || !surface.chars().skip(1).any(char::is_lowercase)
            {
                return true;
            }
            let free = |w: &str| {
                w.chars().all(char::is_alphabetic)
                    && w.chars().skip(1).any(char::is_lowercase)
                    && self.distinctive(w)
                    && !self.title_words.contains(w)
                    && !self.demonyms.contains_key(w)
                    && !self.place_words.contains(w)
                    && !self.landform_words.contains(w)
            };
            let mut before = &text[..m.start];
            for _ in 0..2 {
                let Some(rest) = before.strip_suffix(' ') else {
                    return true;
                };
                let w = rest.rsplit([' ', '\n']).next().unwrap_or("");
                if !free(w) || ends.contains(&rest.len()) {
                    return true;
                }
                before = &rest[..rest.len() - w.len()];
            }
            false
        });
    }

    /// A pack person's name run on by the next words of their own full name is one
    /// mention: "Teodoro Obiang Nguema" (alias "Teodoro Obiang", name "Teodoro Obiang
    /// Nguema Mbasogo") ends after "Nguema", not before it.
    fn extend_person_names(&self, text: &str, mentions: &mut [Mention]) {
        let starts: HashSet<usize> = mentions.iter().map(|m| m.start).collect();
        for m in mentions.iter_mut() {
            let ActorRef::Pack(idx) = m.actor else {
                continue;
            };
            let actor = &self.pack.actors[idx];
            if actor.kind != Kind::Person {
                continue;
            }
            // (The longer words must open one of the person's names: "Teodoro Obiang Nguema"
            // opens "Teodoro Obiang Nguema Mbasogo".)
            let opens_a_name = |longer: &str| {
                std::iter::once(&actor.name)
                    .chain(&actor.aliases)
                    .any(|n| n.starts_with(longer) && n[longer.len()..].starts_with(' '))
            };
            while let Some(rest) = text[m.end..].strip_prefix(' ') {
                let word = rest
                    .split(|c: char| !(c.is_alphabetic() || c == '-'))
                    .next()
                    .unwrap_or("");
                let at = m.end + 1;
                let longer = &text[m.start..at + word.len()];
                if !is_cap(word) || !opens_a_name(longer) || starts.contains(&at) {
                    break;
                }
                m.end = at + word.len();
            }
        }
    }

    /// A pack person's one word hyphenated to another capitalized one is part of another
    /// name ("Yunus-Bek Yevkurov" is no Muhammad Yunus), and so is a state's after a title
    /// ("President France-Albert René").
    fn drop_hyphened_first_names(&self, text: &str, mentions: &mut Vec<Mention>) {
        let starts: HashSet<usize> = mentions.iter().map(|m| m.start).collect();
        mentions.retain(|m| {
            let ActorRef::Pack(idx) = m.actor else {
                return true;
            };
            let one_word = !text[m.start..m.end].contains([' ', '-']);
            // (A name goes on past the hyphenated word: "Yunus-Bek Yevkurov", not
            // "Putin-Xi summit".)
            let hyphened = text[m.end..].strip_prefix('-').is_some_and(|r| {
                let mut words = r.split(' ');
                words
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                    && words
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
            }) && !starts.contains(&(m.end + 1));
            // ("President France-Albert René": a state's name too, after a title.)
            let titled = text[..m.start]
                .trim_end()
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| self.title_words.contains(w));
            let kind = self.pack.actors[idx].kind;
            !(one_word && hyphened && (kind == Kind::Person || kind == Kind::State && titled))
        });
    }

    /// A pack person's one-word name or an organization's acronym glued to other
    /// capitalized words is part of another name: "Assad Ahmad Barakat" is no Bashar
    /// al-Assad, "Hafez Assad" neither, and "the Unruly ISIS gang" is no Islamic State. Not
    /// after a title, a demonym, a possessive or a word opening its sentence ("Suspected
    /// ISIS fighters"), nor before a pack name.
    /// Nor is a name after a particle of Arabic names: "Yasser Abu Shabab" is no
    /// al-Shabaab.
    fn drop_glued_names(&self, text: &str, mentions: &mut Vec<Mention>) {
        self.drop_hyphened_first_names(text, mentions);
        mentions.retain(|m| {
            let before = &text[..m.start];
            ![
                "Abu ", "Abou ", "Umm ", "bin ", "Bin ", "ibn ", "Ibn ", "Ould ",
            ]
            .iter()
            .any(|p| {
                before.ends_with(p) && {
                    let prev = before[..before.len() - p.len()].trim_end();
                    prev.rsplit(' ').next().is_some_and(|w| {
                        w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                    })
                }
            })
        });
        self.drop_article_run_ons(text, mentions);
        self.drop_states_ending_person_names(text, mentions);
        let starts: HashSet<usize> = mentions.iter().map(|m| m.start).collect();
        let ends: HashSet<usize> = mentions.iter().map(|m| m.end).collect();
        mentions.retain(|m| {
            let ActorRef::Pack(idx) = m.actor else {
                return true;
            };
            let is_person = self.pack.actors[idx].kind == Kind::Person;
            let person = is_person && !text[m.start..m.end].contains([' ', '-']);
            // ("his son Ismael Zambada Sicairos", "Joaquin Guzman Lopez": a person's full
            // name run on by a surname none of their names has is a relative's.)
            let full_name = is_person && !person;
            let acronym =
                self.pack.actors[idx].kind == Kind::Organization && m.rule.starts_with("acronym");
            if !person && !acronym && !full_name {
                return true;
            }
            let free = |w: &str| {
                is_name_part(w)
                    && !self.not_names.contains(w)
                    && !self.title_words.contains(w)
                    && !self.demonyms.contains_key(w)
            };
            // ("Ahmed Godane", "Qassim Soleimani": a spelling of the rest of the person's own
            // name.)
            let own = |w: &str| {
                let stem: String = w.chars().take(4).collect();
                let actor = &self.pack.actors[idx];
                std::iter::once(&actor.name)
                    .chain(&actor.aliases)
                    .flat_map(|n| n.split([' ', '-']))
                    .any(|p| p.starts_with(stem.as_str()))
            };
            let before = text[..m.start].strip_suffix(' ').unwrap_or("");
            let prev = before.rsplit([' ', '\n']).next().unwrap_or("");
            let opener = before[..before.len() - prev.len()].trim_end();
            // ("the Kurdish YPG", "Islamist HTS": an adjective of a people or a creed
            // describes the acronym's group, and names none.)
            let adjective = acronym
                && (self.describes_group(prev)
                    || ["ish", "ian", "ese", "ean"]
                        .iter()
                        .any(|x| prev.ends_with(x)));
            let glued_before = !prev.is_empty()
                && before.len() < m.start
                && prev.chars().all(char::is_alphabetic)
                && !adjective
                && free(prev)
                && !(person && own(prev))
                && !ends.contains(&(m.start - 1))
                && !opener.is_empty()
                && !opener.ends_with(['.', '!', '?', '"', '“', '”', ':', '\n']);
            let next = text[m.end..].strip_prefix(' ').unwrap_or("");
            let next = next.split([' ', ',', '.', ';', ':']).next().unwrap_or("");
            // ("the Biden Administration", "the Putin Regime": the person's government.)
            let government = matches!(
                next.to_lowercase().as_str(),
                "administration" | "regime" | "government" | "cabinet" | "era" | "years"
            );
            // (The run ends there: "Ismael Zambada Sicairos, ...", not "X Y Z W".)
            let last = || {
                let after = &text[m.end + 1 + next.len()..];
                !after
                    .strip_prefix(' ')
                    .is_some_and(|a| a.starts_with(char::is_uppercase))
            };
            let glued_after = (person || full_name && !next.is_empty() && last())
                && !government
                && text[m.end..].starts_with(' ')
                && !own(next)
                && next.chars().all(char::is_alphabetic)
                && free(next)
                && !starts.contains(&(m.end + 1));
            let glued_before = glued_before && !full_name;
            !((glued_before || glued_after) && !title_case_line(text, m.start))
        });
    }

    /// "Fatah al-Intifada" is no Fatah: an organization's name run on by an Arabic article
    /// before a capitalized word is another's.
    fn drop_article_run_ons(&self, text: &str, mentions: &mut Vec<Mention>) {
        let starts: HashSet<usize> = mentions.iter().map(|m| m.start).collect();
        mentions.retain(|m| {
            let ActorRef::Pack(idx) = m.actor else {
                return true;
            };
            let rest = &text[m.end..];
            let article = ["al-", "el-", "Al-", "El-"]
                .iter()
                .find_map(|a| rest.strip_prefix(' ')?.strip_prefix(a));
            !(self.pack.actors[idx].kind == Kind::Organization
                && article.is_some_and(|w| w.starts_with(char::is_uppercase))
                && !starts.contains(&(m.end + 1)))
        });
    }

    /// Whether `name`, a long form written before pack actor `p`'s acronym, is a variant
    /// of one of the actor's names: a distinctive word of it in one of them, or half its
    /// words.
    fn spells_variant(&self, name: &str, p: usize) -> bool {
        let a = &self.pack.actors[p];
        let known: HashSet<String> = std::iter::once(&a.name)
            .chain(&a.aliases)
            .flat_map(|n| fold(n).split(' ').map(str::to_string).collect::<Vec<_>>())
            .collect();
        let words: Vec<&str> = name
            .split([' ', '-'])
            .filter(|w| w.starts_with(char::is_uppercase))
            .collect();
        let shared: Vec<&&str> = words.iter().filter(|w| known.contains(&fold(w))).collect();
        // ("the Malayan National Liberation Army (MNLA)" is no variant of the "National
        // Movement for the Liberation of Azawad": distinctive words of its own outnumber
        // those it shares, here none; "Democratic Karen Buddhist Army" shares "Karen" with
        // the "Democratic Karen Benevolent Army" as much as it differs, and is a variant.)
        let own = words
            .iter()
            .filter(|w| self.distinctive(w) && !known.contains(&fold(w)))
            .count();
        let common = shared.iter().filter(|w| self.distinctive(w)).count();
        common >= own && common > 0 || own == 0 && shared.len() * 2 >= words.len()
    }

    /// Whether a capitalized word of a name tells it from others: no word common to many
    /// names ("National", "Security"), no head ("Front", "Forces"), no opener ("The").
    fn distinctive(&self, w: &str) -> bool {
        is_cap(w)
            && !self.generic.contains(&w.to_lowercase())
            && !self.org_heads.contains(w)
            && !self.agency_heads.contains(w)
            && !self.not_names.contains(w)
    }

    /// Whether `rest`, the text after a state's name ending at `end`, runs on in
    /// capitalized words to a head word of a cause's or a party's name, or of a body's
    /// with a word no state's own forces bear ("Kosovo Protection Corps").
    fn opens_longer_name(&self, rest: &str, end: usize, starts: &HashSet<usize>) -> bool {
        if !rest.starts_with(' ') || starts.contains(&(end + 1)) {
            return false;
        }
        let mut words = Vec::new();
        let mut offset = end + 1;
        for w in rest[1..].split(' ').take(7) {
            offset += w.len() + 1;
            // ("the Kenya Land and Freedom Army": "and" joins two capitalized words of
            // the name, when no other name opens after it.)
            if !words.is_empty()
                && matches!(w, "and" | "of")
                && rest
                    .get(offset - end..)
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
                && !starts.contains(&offset)
            {
                words.push(w);
                continue;
            }
            let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
            // ("Burma National Revolutionary Army": a word common to names may open it.)
            let opener =
                self.not_names.contains(bare) && !self.generic.contains(&bare.to_lowercase());
            if !is_name_part(bare) || (words.is_empty() && opener) {
                break;
            }
            words.push(bare);
            if bare.len() != w.len() {
                break;
            }
        }
        let Some(head) = words
            .iter()
            .rposition(|w| self.org_heads.contains(*w) || self.agency_heads.contains(*w))
        else {
            return false;
        };
        // ("the Lesotho Congress for Democracy": a body's head right after the state and
        // "for" a cause make one name.)
        let for_a_cause = words.first().is_some_and(|w| self.org_heads.contains(*w))
            && rest[1..].split(' ').nth(1) == Some("for")
            && rest[1..]
                .split(' ')
                .nth(2)
                .is_some_and(|w| is_cap(w) && !self.not_names.contains(w));
        if for_a_cause {
            return true;
        }
        // ("the Kosovo Protection Corps": a word no state's own body bears in its name
        // makes one body of them all, not "Kenya Defence Forces" or "Iraq Security Forces".)
        let distinctive = words[..head].iter().any(|w| self.distinctive(w));
        head >= 1
            && (orgs::rebel_name(&words[..=head])
                || self.party_heads.contains(words[head])
                || distinctive)
    }

    /// Whether `before`, the text before a state's name, ends in a capitalized word that
    /// goes on a longer name opened by a head word: "the Front for the Liberation of
    /// Occupied South Yemen" (not "of South Yemen", which a name's "of" reads, nor
    /// "in Northern Iraq", nor a name of its own before the state).
    fn closes_longer_name(&self, before: &str, ends: &HashSet<usize>) -> bool {
        let Some(rest) = before.strip_suffix(' ') else {
            return false;
        };
        if ends.contains(&rest.len()) {
            return false;
        }
        let mut words = rest.rsplit(' ');
        // (Words of one name: no comma or stop ends any of them, "Rights, Ankara".)
        let plain = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '-');
        let prev = words.next().unwrap_or("");
        if !is_cap(prev) || !plain(prev) || self.not_names.contains(prev) {
            return false;
        }
        for w in words.take(7) {
            if !plain(w) {
                return false;
            }
            if self.org_heads.contains(w) {
                return true;
            }
            if !(is_cap(w) || self.connectors.contains(w)) {
                return false;
            }
        }
        false
    }

    /// Whether the name at `s..e` goes on a list of places ended at `place_end` ("in Iraq
    /// and Syria"), not where it opens a new clause ("the border with Saudi Arabia, and
    /// Iran arms them").
    fn listed_place(&self, text: &str, (s, e): (usize, usize), place_end: Option<usize>) -> bool {
        let next_word = text[e..]
            .strip_prefix(' ')
            .and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next())
            .unwrap_or("");
        place_end.is_some_and(|p: usize| {
            p <= s
                && matches!(&text[p..s], ", " | " and " | " or " | ", and " | ", or ")
                && !(text[p..s].starts_with(',') && self.verb_like(next_word))
                // ("In Pretoria, Angola and South Africa signed": the signatories.)
                && !(&text[p..s] == ", " && opens_subject_list(text, s))
        })
    }

    /// "Imam Muhammad al-Badr": whether a name opening with a particle, at `s`, follows a
    /// given name, and so ends a person's name (not the body's the pack knows by it).
    fn ends_a_persons_name(&self, text: &str, s: usize, surface: &str) -> bool {
        let prev = text[..s].split_whitespace().next_back().unwrap_or("");
        surface
            .split_once('-')
            .is_some_and(|(p, _)| self.particles.contains(&p.to_lowercase()))
            && text[..s].ends_with(' ')
            && self.given_names.contains(prev)
    }

    fn pack_mentions(&self, text: &str, places: &mut Vec<(usize, ActorRef)>) -> Vec<Mention> {
        let mut out = Vec::new();
        // The end of the last state read as a place: "in Iraq and Syria" makes both places.
        let mut place_end = None;
        for m in self.names.find_longest(text) {
            let (s, e) = (m.start, m.end);
            if !boundary_ok(text, s, e) {
                continue;
            }
            let target = &self.name_targets[m.phrase];
            let (idx, alias) = (&target.actor, self.alias(target));
            let surface = &text[s..e];
            let actor = &self.pack.actors[*idx];
            if !surface.chars().any(|c| c.is_uppercase()) && alias.chars().any(|c| c.is_uppercase())
            {
                // "hamas" inside prose is rarely the group; persons are always capitalized.
                let short = !alias.contains([' ', '-']) && alias.chars().count() < 6;
                if short || actor.kind == Kind::Person {
                    continue;
                }
            }
            // "National Security Council": a longer name this alias is only the end of.
            let prev = text[..s].split_whitespace().next_back().unwrap_or("");
            if actor.kind != Kind::Person && self.ends_a_persons_name(text, s, surface) {
                continue;
            }
            if is_cap(prev)
                && self.generic.contains(&prev.to_lowercase())
                && text[..s].ends_with(' ')
                && !text[..s].trim_end().ends_with(['.', '!', '?'])
            {
                let at_sentence_start = text[..s - prev.len() - 1].trim_end().is_empty()
                    || text[..s - prev.len() - 1]
                        .trim_end()
                        .ends_with(['.', '\n', '"', '“']);
                if !at_sentence_start {
                    continue;
                }
            }
            let listed_place = self.listed_place(text, (s, e), place_end);
            // "closed its border with Chad, which it accuses of ...": a relative clause
            // makes the state a party again.
            let described = text[..s].ends_with(" with ")
                && (text[e..].starts_with(", which ") || text[e..].starts_with(", whose "));
            // "Lake Chad", "Inner Mongolia", "Port Sudan": a place word before the state's
            // name makes the whole a place's name.
            // ("South America", "Latin America", "North Sinai": a region's name; "South
            // Sudan" is a pack name of its own, matched whole.)
            let place_name = text[..s].ends_with(' ')
                && (self.place_words.contains(prev) || self.region_words.contains(prev));
            if actor.kind == Kind::State
                && (listed_place
                    || place_name
                    || self.after_locative(text, s) && !described
                    || self.owns_place_at(text, s, e)
                    || self.border_use(text, e)
                    || self.possessed_place(text, e))
            {
                if !place_name {
                    places.push((s, ActorRef::Pack(*idx)));
                }
                place_end = Some(e);
                continue; // "in Sudan", "at Kenya's Manda Bay": a place, not a party
            }
            if actor.is_seat(alias) && !self.government_use(text, s, e) {
                // "MANILA (Reuters) -": a capital opening a dateline places the story in
                // its state.
                if crate::text::opens_dateline(text, s) && !surface.chars().any(char::is_lowercase)
                {
                    places.push((s, ActorRef::Pack(*idx)));
                }
                continue; // "Kessa airport", "the Kessa talks": the city, not the government
            }
            if self.modifier_use(text, alias, e) {
                continue; // "Kessarian military assistance": what the forces give, not them
            }
            out.push(Mention {
                start: s,
                end: e,
                sentence: 0,
                actor: ActorRef::Pack(*idx),
                rule: format!("alias \"{alias}\""),
            });
        }
        let shouting = shouting_lines(text);
        // The name mentions above are in text order and never overlap, nor do the acronym
        // mentions below: an overlap is found by binary search in each.
        let names = out.len();
        for m in self.acronyms.find_iter(text) {
            let (s, mut e) = (m.start(), m.end());
            // "VDPs": the plural of an acronym in capitals.
            let plural = text[e..].starts_with('s')
                && text[s..e].chars().all(|c| c.is_ascii_uppercase())
                && boundary_ok(text, s, e + 1);
            e += plural as usize;
            if !boundary_ok(text, s, e)
                || in_shouting_line(&shouting, s)
                || overlaps_sorted(&out[..names], s, e)
                || overlaps_sorted(&out[names..], s, e)
            {
                continue;
            }
            let idx = self.acronym_targets[m.pattern().as_usize()];
            out.push(Mention {
                start: s,
                end: e,
                sentence: 0,
                actor: ActorRef::Pack(idx),
                rule: format!("acronym {}", &text[s..e]),
            });
        }
        out.sort_by_key(|m| m.start);
        self.nicknamed_persons(text, &mut out);
        out
    }

    /// `Ismael "El Mayo" Zambada`: a nickname in quotes between a given name and a surname
    /// is no part of the name; when the two words around it are a pack person's name, the
    /// whole is a mention of that person (in place of any mention inside it). `out` stays
    /// in text order.
    fn nicknamed_persons(&self, text: &str, out: &mut Vec<Mention>) {
        let mut found = Vec::new();
        for (open, close) in [('"', '"'), ('“', '”')] {
            let mut from = 0;
            while let Some(i) = text[from..].find(open).map(|i| from + i) {
                let inner_start = i + open.len_utf8();
                let Some(j) = text[inner_start..].find(close).map(|j| inner_start + j) else {
                    break;
                };
                from = j + close.len_utf8();
                let nick = &text[inner_start..j];
                let nick_words = nick.split(' ').count();
                if nick_words > 3 || !nick.split(' ').all(is_cap) || !text[..i].ends_with(' ') {
                    continue;
                }
                let given_start = text[..i - 1]
                    .rfind(|c: char| !c.is_alphabetic())
                    .map_or(0, |k| {
                        k + text[k..].chars().next().map_or(1, char::len_utf8)
                    });
                let given = &text[given_start..i - 1];
                let Some(rest) = text[from..].strip_prefix(' ') else {
                    continue;
                };
                let len = rest
                    .find(|c: char| !c.is_alphabetic() && c != '-')
                    .unwrap_or(rest.len());
                let surname = &rest[..len];
                if !is_cap(given) || !is_cap(surname) {
                    continue;
                }
                let joined = format!("{given} {surname}");
                let whole = self
                    .names
                    .find_longest(&joined)
                    .into_iter()
                    .find(|m| m.start == 0 && m.end == joined.len());
                let Some(idx) = whole.map(|m| self.name_targets[m.phrase].actor) else {
                    continue;
                };
                if self.pack.actors[idx].kind == Kind::Person {
                    let end = from + 1 + len;
                    found.push(Mention {
                        start: given_start,
                        end,
                        sentence: 0,
                        actor: ActorRef::Pack(idx),
                        rule: format!("name \"{joined}\" around a nickname"),
                    });
                }
            }
        }
        if found.is_empty() {
            return;
        }
        out.retain(|m| !found.iter().any(|f| m.start < f.end && f.start < m.end));
        out.extend(found);
        out.sort_by_key(|m| m.start);
    }

    /// True when a capital at `start..end` stands for its government: as the subject of a
    /// verb ("Kessa said", "Kessa has"), as an agent ("backed by Kessa") or an owner
    /// ("Kessa's envoy"); never before a place noun ("Kessa airport", "the Kessa talks").
    fn government_use(&self, text: &str, start: usize, end: usize) -> bool {
        let rest = &text[end..];
        if rest.starts_with(['\'', '’']) {
            return true;
        }
        let word_at = |r: &'_ str| -> (usize, String) {
            let w = r
                .strip_prefix(' ')
                .and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next())
                .unwrap_or("");
            (w.len() + 1, w.to_string())
        };
        let (skip, mut next) = word_at(rest);
        // "Kessa also warned", "Kessa repeatedly denied", "Kessa then hosted": past one
        // adverb.
        if ONE_ADVERB.contains(&next.as_str())
            || next.len() > 5 && next.ends_with("ly") && !next.starts_with(char::is_uppercase)
        {
            next = word_at(&rest[skip.min(rest.len())..]).1;
        }
        let next = next.as_str();
        let place = self.place_nouns.contains(&next.to_lowercase());
        if !place && party_before(&self.capital_party_words, &text[..start]) {
            return true;
        }
        // "Riyadh and the Houthis have held talks", "Kyiv, for its part, has said": a
        // capital opening its sentence, coordinated with a party or set off by a
        // parenthetical before the verb, is the subject.
        if opens_sentence(&text[..start]) {
            // "Moscow, which backed Assad throughout the war, has ...": a relative clause
            // of an act describes the government.
            let relative_act = rest
                .strip_prefix(", which ")
                .and_then(|r| r.split(' ').next())
                .is_some_and(|w| (w.len() > 4 && w.ends_with("ed")) || matches!(w, "has" | "had"));
            if relative_act {
                return true;
            }
            let mood = |w: &str| w.len() > 5 && (w.ends_with("ous") || w.ends_with("ed"));
            // (Not before a copula: "Kabul, besieged for weeks, was calm" describes the
            // city.)
            let mood_aside = rest
                .strip_prefix(", ")
                .and_then(|r| r.split(' ').next())
                .is_some_and(mood);
            let verb_after = match next {
                "and" => rest.trim_start().strip_prefix("and "),
                // (An aside of the subject's own; "Bamako, the capital, is calm" describes
                // a place.)
                "" => rest
                    .strip_prefix(", ")
                    .and_then(|r| r.split_once(", "))
                    .filter(|(aside, _)| {
                        aside.len() <= 40
                            && !aside.contains(['.', ';'])
                            && aside.split(' ').next().is_some_and(|w| {
                                // ("Beijing, anxious about its border, hosted talks",
                                // "Kigali, angered by the report, recalled": the
                                // government's mood.)
                                ASIDE_OPENERS.contains(&w) || mood(w)
                            })
                    })
                    .map(|(_, r)| r),
                _ => None,
            }
            .and_then(|r| {
                let mut words = r
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| !w.is_empty())
                    .peekable();
                // Past the other party's name, or its description: "Kigali and the rebels
                // have denied".
                while let Some(&w) = words.peek() {
                    words.next();
                    if ONE_ADVERB.contains(&w) {
                        continue;
                    }
                    if w == "the" {
                        words.next_if(|n| !is_cap(n));
                    } else if !is_cap(w) {
                        // ("have been shelled" is a passive too.)
                        return (w != "have" || words.next() != Some("been")).then_some(w);
                    }
                }
                None
            });
            // (A strong verb only: "Nairobi and Mombasa hotels" ends in "-s" too.)
            // (Plural verbs only after "and": "cities like Beijing have" is no subject.)
            let strong = |w: &str| {
                self.speech.contains(w)
                    || self.capital_verbs.contains(w)
                    || w.ends_with("ed")
                    // (Not a passive: "Khartoum and Omdurman were shelled".)
                    || next == "and" && matches!(w, "have" | "hold" | "still")
            };
            let copula = |w: &str| matches!(w, "is" | "was" | "are" | "were" | "has" | "had");
            if verb_after.is_some_and(|w| strong(w) && !(mood_aside && copula(w))) {
                return true;
            }
        }
        if next.is_empty() || is_cap(next) || place {
            return text[..start].trim_end().ends_with(" by");
        }
        // "Chisinau and Tiraspol still hold talks": a plural verb after a second conjunct.
        let second = text[..start]
            .strip_suffix(" and ")
            .and_then(|b| b.split_whitespace().next_back())
            .is_some_and(is_cap);
        let plural = second && matches!(next, "have" | "are" | "were" | "hold" | "remain");
        self.verb_like(next) || plural || text[..start].trim_end().ends_with(" by")
    }

    /// Whether a word after a capital reads as its verb: a speech verb, one of
    /// `capital_verbs`, or a past or third-person form.
    fn verb_like(&self, w: &str) -> bool {
        self.speech.contains(w)
            || self.capital_verbs.contains(w)
            || (w.len() > 3 && (w.ends_with("ed") || w.ends_with('s')))
    }

    /// True when an alias ending in an adjective ("military") at byte `end` modifies the
    /// noun after it ("military ruler", "military assistance") rather than naming a body:
    /// the next word is lowercase and neither a verb (a speech verb, one of
    /// `capital_verbs`, a past form), a function word ("in", "that"), nor a noun of forces
    /// or roles ("military officials").
    pub(super) fn modifier_use(&self, text: &str, alias: &str, end: usize) -> bool {
        let Some(adj) = alias
            .rsplit(' ')
            .next()
            .filter(|w| self.adjective_nouns.contains(&w.to_lowercase()))
        else {
            return false;
        };
        let next = text[end..]
            .strip_prefix(' ')
            .and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next())
            .unwrap_or("");
        let lowercase = next.chars().next().is_some_and(char::is_lowercase);
        let verb = self.speech.contains(next)
            || self.capital_verbs.contains(next)
            || next.ends_with("ed")
            || self.function_words.contains(next)
            || self.connectors.contains(next)
            || self.locatives.contains(next);
        // "Burkina Faso's military leader", "the military junta": who rules the state, not
        // a member of its forces.
        let rulers = matches!(
            next,
            "leader" | "leaders" | "ruler" | "rulers" | "junta" | "government" | "regime"
        );
        let body = self
            .force_phrases
            .iter()
            .any(|p| p.last().is_some_and(|w| w == next))
            || self.force_sites.contains(next)
            || (self.roles.contains(next) && !rulers);
        adj.len() > 1 && lowercase && !verb && !body
    }

    /// True when the words before byte `pos` are a locative preposition ("in (the)").
    fn after_locative(&self, text: &str, pos: usize) -> bool {
        let mut words = text[..pos].split_whitespace().rev();
        let mut w = words.next().unwrap_or("");
        // "the ruling junta in Burkina Faso", "the government in Kabul": a government
        // and the state it governs are one party, not a place.
        let before = text[..pos].split_whitespace().rev().nth(1).unwrap_or("");
        // "found refuge in Venezuela", "safe havens in Pakistan": the state hosts.
        if w == "in"
            && matches!(
                before,
                "junta"
                    | "government"
                    | "regime"
                    | "authorities"
                    | "administration"
                    | "refuge"
                    | "sanctuary"
                    | "sanctuaries"
                    | "haven"
                    | "havens"
                    | "safe-havens"
                    | "asylum"
            )
        {
            return false;
        }
        // "near the borders with Niger and Burkina Faso": a border's other side is a place.
        if w == "with" && matches!(before, "border" | "borders" | "frontier" | "frontiers") {
            return true;
        }
        if w.eq_ignore_ascii_case("the") {
            w = words.next().unwrap_or("");
        }
        // "in Doha, Qatar", "in Manda Bay, Kenya": a country after a place named in a
        // locative phrase.
        // (Not a list that a verb follows: "In New York, Angola, Cuba and South Africa
        // signed the accord" names the signatories after the place.)
        if w.ends_with(',') && is_cap(w) && !opens_subject_list(text, pos) {
            w = words.next().unwrap_or("");
            for _ in 0..2 {
                if is_cap(w) && !self.locatives.contains(&w.to_lowercase()) {
                    w = words.next().unwrap_or("");
                }
            }
        }
        // "in western Mali", "across northern Syria".
        // "in north-central Burkina Faso": a compound direction too.
        // (Not a relative pronoun: "talks in which Qatar and Egypt acted as mediators";
        // nor a span of time: "Within days Senegal and Guinea sent troops".)
        if w.chars().all(|c| c.is_lowercase() || c == '-')
            && !self.locatives.contains(w)
            && w.len() > 3
            && !matches!(w, "which" | "whom" | "whose" | "what" | "turn")
            && !matches!(
                w,
                "hours" | "days" | "weeks" | "months" | "years" | "decades" | "time"
            )
        {
            let prev = words.next().unwrap_or("");
            if self.locatives.contains(&prev.to_lowercase()) {
                return true;
            }
        }
        self.locatives.contains(&w.to_lowercase())
    }

    /// "an attack at Kenya's Manda Bay": a state before the named place it holds, after
    /// "at", is where something happened ("at Iran's Revolutionary Guards" is a party).
    fn owns_place_at(&self, text: &str, s: usize, e: usize) -> bool {
        let before = text[..s].split_whitespace().next_back().unwrap_or("");
        let Some(rest) = ["'s ", "’s "]
            .iter()
            .find_map(|g| text[e..].strip_prefix(g))
        else {
            return false;
        };
        let place: Vec<&str> = rest
            .split_whitespace()
            .take(4)
            .take_while(|w| is_cap(w))
            .map(|w| w.trim_end_matches([',', '.', ';', ':']))
            .collect();
        before.eq_ignore_ascii_case("at")
            && !place.is_empty()
            && self.head_kind(&place.join(" ")).is_none()
    }

    /// "Iraq's second city", "Syria's oil-rich north-east": a state's possessive before a
    /// place noun (up to two lowercase words between) names a place, not a party.
    fn possessed_place(&self, text: &str, e: usize) -> bool {
        let Some(rest) = ["'s ", "’s "]
            .iter()
            .find_map(|g| text[e..].strip_prefix(g))
        else {
            return false;
        };
        let words: Vec<&str> = rest
            .split(' ')
            .take(3)
            .map_while(|w| {
                let w = w.trim_end_matches([',', '.', ';', ':']);
                w.starts_with(|c: char| c.is_lowercase()).then_some(w)
            })
            .collect();
        // "hosted Sudan's rebels", "Sudan's southern rebels": those who fight a state are
        // in it, not of it.
        let describing = |w: &str| {
            ["ern", "ist", "ian", "ic", "al"]
                .iter()
                .any(|e| w.ends_with(e))
        };
        let against = match words.as_slice() {
            [w, ..] if OPPONENTS.contains(w) => true,
            [a, w, ..] => describing(a) && OPPONENTS.contains(w),
            _ => false,
        };
        against || words.iter().any(|w| self.possessed_places.contains(*w))
    }

    /// "along the Niger border", "the Chad-Sudan frontier": a state's name before a noun of
    /// borders (past a second name joined by a hyphen) names a place.
    fn border_use(&self, text: &str, e: usize) -> bool {
        let rest = match text[e..].strip_prefix(['-', '–']) {
            // The second state's name: capitalized words up to the noun.
            Some(r) => {
                let name: usize = r
                    .split(' ')
                    .take_while(|w| w.starts_with(char::is_uppercase))
                    .map(|w| w.len() + 1)
                    .sum();
                &r[name.min(r.len())..]
            }
            None => text[e..].strip_prefix(' ').unwrap_or(""),
        };
        let noun = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        self.border_nouns.contains(noun)
    }

    fn head_kind(&self, name: &str) -> Option<Kind> {
        let last = name.split_whitespace().rev().find(|w| is_cap(w))?;
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.iter().any(|w| self.agency_heads.contains(*w)) {
            return Some(Kind::Agency);
        }
        if words.iter().any(|w| self.org_heads.contains(*w)) || self.org_heads.contains(last) {
            return Some(Kind::Organization);
        }
        None
    }

    /// The capitalized phrase before byte `end` whose initials spell `acr`.
    fn long_form(
        &self,
        text: &str,
        toks: &[Tok],
        end: usize,
        acr: &str,
    ) -> Option<(usize, String)> {
        let last = toks.partition_point(|t| t.end <= end);
        if last == 0 {
            return None;
        }
        let mut words: Vec<usize> = Vec::new();
        let mut i = last;
        while i > 0 && words.len() < 10 {
            let t = toks[i - 1];
            let w = &text[t.start..t.end];
            let gap = &text[t.end..words.last().map(|&j| toks[j].start).unwrap_or(end)];
            if !gap.trim().is_empty() && !gap.trim().chars().all(|c| c == '-') {
                break;
            }
            // "Kessaria's Northern Army (KNA)": the owner is no part of the name.
            // ("the Eritrean People's Liberation Front (EPLF)": a people's is the name's.)
            let possessive = (w.ends_with("'s") || w.ends_with("’s"))
                && !matches!(w, "People's" | "People’s" | "Women's" | "Women’s");
            let elided = name_initial(w).is_some();
            // ("the Regional Assistance Mission to Solomon Islands (RAMSI)": the acronym
            // checks what "to" joins.)
            let joins = self.connectors.contains(&w.to_lowercase()) || w == "to";
            if !possessive && (elided || joins) {
                words.push(i - 1);
                i -= 1;
            } else {
                break;
            }
        }
        words.reverse();
        let letters: Vec<char> = acr.chars().filter(|c| c.is_ascii_uppercase()).collect();
        // Try the longest suffix of the phrase whose initials match the acronym.
        for from in 0..words.len() {
            let span = &words[from..];
            let first = &text[toks[span[0]].start..toks[span[0]].end];
            if !is_cap(first) || self.not_names.contains(first) {
                continue;
            }
            let initials: Vec<char> = span
                .iter()
                .flat_map(|&j| {
                    text[toks[j].start..toks[j].end]
                        .split('-')
                        .map(|p| p.chars().next().unwrap_or(' '))
                        .collect::<Vec<_>>()
                })
                .filter(|c| c.is_uppercase())
                .collect();
            if initials.len() >= 2
                && initials.first() == letters.first()
                && subsequence(&letters, &initials)
            {
                let start = toks[span[0]].start;
                return Some((start, text[start..end].to_string()));
            }
        }
        self.translated_long_form(text, toks, &words, end, &letters)
    }

    /// "the First Capital Command (PCC)", "the Militarized Communist Party of Peru
    /// (MPCP)": an acronym of the name in another language, or in another word order,
    /// still names the organization right before it when the whole capitalized run is an
    /// organization's name (a head word in it, and a word no other name shares), and the
    /// acronym has as many letters as the run has capitalized words.
    fn translated_long_form(
        &self,
        text: &str,
        toks: &[Tok],
        words: &[usize],
        end: usize,
        letters: &[char],
    ) -> Option<(usize, String)> {
        let word = |j: usize| &text[toks[j].start..toks[j].end];
        let first = words.iter().position(|&j| {
            let w = word(j);
            let after_the = j > 0 && matches!(word(j - 1), "the" | "The");
            is_cap(w) && (after_the || !self.not_names.contains(w))
        })?;
        let span = &words[first..];
        let caps = span
            .iter()
            .filter(|&&j| name_initial(word(j)).is_some())
            .count();
        let headed = span.iter().any(|&j| {
            let w = word(j);
            self.org_heads.contains(w) || self.agency_heads.contains(w)
        });
        // ("a Foreign Terrorist Organization (FTO)": words common to names only name none.)
        let distinctive = span.iter().any(|&j| self.distinctive(word(j)));
        // "the Union of Resistance Forces (UFR)", "the Coordination of Azawad Movements
        // (CMA)": a French or Spanish acronym spells the same initials in another order.
        // ("the Defence and Security Forces (FDS)", "the Republican Forces of Côte
        // d'Ivoire (FRCI)": any order, when the name has three capitalized words or more.)
        let mut initials: Vec<char> = span.iter().filter_map(|&j| name_initial(word(j))).collect();
        initials.sort_unstable();
        let mut sorted = letters.to_vec();
        sorted.sort_unstable();
        let permuted = caps >= 3 && initials == sorted;
        ((headed && distinctive || permuted) && caps >= 2 && letters.len() == caps).then(|| {
            let start = toks[span[0]].start;
            (start, text[start..end].to_string())
        })
    }
}

/// The capital a word of a name opens with, past an elided article ("d'Ivoire" → 'I').
fn name_initial(w: &str) -> Option<char> {
    let w = ["d'", "d’", "l'", "l’"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .unwrap_or(w);
    w.chars().next().filter(|c| c.is_uppercase())
}

fn pack_idx(r: ActorRef) -> usize {
    match r {
        ActorRef::Pack(i) | ActorRef::Found(i) => i,
    }
}

fn subsequence(needle: &[char], hay: &[char]) -> bool {
    let mut it = hay.iter();
    needle.iter().all(|c| it.any(|h| h == c)) && hay.len() <= needle.len() + 1
}

/// Spelling variants of an alias: hyphens and spaces exchanged, apostrophes curled or dropped.
fn variants(alias: &str) -> Vec<String> {
    let mut out = vec![alias.to_string()];
    if alias.contains('-') {
        out.push(alias.replace('-', " "));
    }
    if alias.contains("al ") || alias.contains("Al ") {
        out.push(alias.replace("al ", "al-").replace("Al ", "Al-"));
    }
    for i in 0..out.len() {
        if out[i].contains('\'') {
            let (curled, dropped) = (out[i].replace('\'', "’"), out[i].replace('\'', ""));
            out.extend([curled, dropped]);
        }
    }
    out
}

/// Stage: "Che Guevara" in a headline and "Ernesto Che Guevara" in the body are one
/// person: a found person's name of two words or more that ends another found person's
/// name (that one alone) is a short form of it, and its mentions are that person's, when
/// all of them come before the fuller name is first given, and no noun of kin stands
/// right before that ("His son, Ahmed Karim Haddad" is another than Karim Haddad).
fn shorter_person_names(d: &mut Doc) {
    let persons: Vec<usize> = (0..d.found.len())
        .filter(|&i| d.found[i].kind == Kind::Person)
        .collect();
    if persons.len() < 2 {
        return;
    }
    let mut fuller: Vec<(usize, usize)> = Vec::new();
    for &i in &persons {
        let short = &d.found[i].name;
        if !short.contains(' ') {
            continue;
        }
        let mut longer = persons.iter().filter(|&&j| {
            let long = &d.found[j].name;
            j != i
                && long.len() > short.len()
                && long.ends_with(short.as_str())
                && long[..long.len() - short.len()].ends_with(' ')
        });
        if let (Some(&j), None) = (longer.next(), longer.next()) {
            let first_of = |a: usize| {
                d.mentions
                    .iter()
                    .filter(|m| m.actor == ActorRef::Found(a))
                    .map(|m| m.start)
                    .min()
            };
            let last_short = d
                .mentions
                .iter()
                .filter(|m| m.actor == ActorRef::Found(i))
                .map(|m| m.end)
                .max();
            let (Some(long_at), Some(short_end)) = (first_of(j), last_short) else {
                continue;
            };
            let between = &d.text[short_end..long_at];
            let kin = d.text[..long_at]
                .rsplit(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .take(3)
                .any(|w| KIN_NOUNS.contains(&w.to_lowercase().as_str()));
            if short_end <= long_at && between.contains(['.', '\n']) && !kin {
                fuller.push((i, j));
            }
        }
    }
    for m in &mut d.mentions {
        if let ActorRef::Found(i) = m.actor {
            if let Some(&(_, j)) = fuller.iter().find(|f| f.0 == i) {
                m.actor = ActorRef::Found(j);
            }
        }
    }
}

/// Nouns of kin that set a person apart from a relative who shares the name.
const KIN_NOUNS: [&str; 12] = [
    "son", "daughter", "father", "mother", "brother", "sister", "wife", "husband", "widow",
    "nephew", "cousin", "uncle",
];

/// Prefixes a hyphen joins to a name to make one word, no pair of names: "Pan-African",
/// "Post-Soviet" (not "Pro-" or "Anti-", which name a side).
const NAME_PREFIXES: [&str; 4] = ["Pan", "Non", "Neo", "Post"];

fn boundary_ok(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    // "then-al-Qaeda chief", "ex-Wagner fighters": a prefix of time leaves the name whole.
    let time_prefix = ["then-", "ex-"].iter().any(|p| {
        text[..s].ends_with(p)
            && !text[..s - p.len()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    });
    // "India-US cooperation", "US-Iran talks": a pair of names joined by a hyphen.
    let paired = before == Some('-') && {
        let left = text[..s - 1]
            .rsplit(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '(' | '-'))
            .next()
            .unwrap_or("");
        left.chars().count() >= 2
            && !NAME_PREFIXES.contains(&left)
            && left.starts_with(char::is_uppercase)
            && left.chars().all(|c| c.is_alphabetic() || c == '.')
            && text[..s - 1 - left.len()]
                .chars()
                .next_back()
                .is_none_or(|c| c != '-')
    };
    // "PORT-AU-PRINCE": a name in capitals between two hyphens, in a word all in
    // capitals, is a syllable of it (not "Russia-Iran-Turkey").
    let inner = after == Some('-')
        && text[e + 1..].starts_with(|c: char| c.is_ascii_uppercase())
        && text[e + 1..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
        && text[s..e].chars().all(|c| !c.is_lowercase());
    time_prefix
        || paired && !inner && !after.is_some_and(char::is_alphanumeric)
        || !before.is_some_and(|c| {
            c.is_alphanumeric()
                || c == '-'
                    && text[..s].len() > 1
                    && text[..s - 1]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
        }) && !after.is_some_and(|c| {
            // "Iran-backed", "Houthi-held", "US-Houthi talks": a compound still names
            // the actor; only a number glued on ("F-16") makes it part of another word.
            c.is_alphanumeric()
                || (c == '-'
                    && text[e + 1..]
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_ascii_digit()))
        })
}

/// The lines of `text` written in capitals (shouted headlines), where acronyms cannot be
/// told from words: their byte ranges, in order.
fn shouting_lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let (mut letters, mut upper) = (0usize, 0usize);
        for c in line.chars() {
            if c.is_ascii() {
                letters += c.is_ascii_alphabetic() as usize;
                upper += c.is_ascii_uppercase() as usize;
            } else if c.is_alphabetic() {
                letters += 1;
                upper += c.is_uppercase() as usize;
            }
        }
        if letters > 12 && upper * 10 > letters * 8 {
            out.push((start, start + line.len()));
        }
        start += line.len();
    }
    out
}

/// Whether `pos` falls in one of the `shouting_lines` (in order, disjoint).
/// Whether the line around `pos` is written in title case, as headlines are: most of
/// its words capitalized ("Colombia's Petro Opens Talks With ELN").
fn title_case_line(text: &str, pos: usize) -> bool {
    // (A headline is short: a line longer than this either way is none, and the scan for
    // its ends stays bounded.)
    const LONGEST: usize = 300;
    let mut from = pos.saturating_sub(LONGEST);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (pos + LONGEST).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let start = match text[from..pos].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let end = match text[pos..to].find('\n') {
        Some(i) => pos + i,
        None if to == text.len() => to,
        None => return false,
    };
    let words = text[start..end]
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_alphabetic));
    let (mut all, mut caps) = (0, 0);
    for w in words {
        all += 1;
        caps += is_cap(w) as usize;
    }
    all >= 3 && caps * 10 >= all * 6
}

fn in_shouting_line(lines: &[(usize, usize)], pos: usize) -> bool {
    let i = lines.partition_point(|&(s, _)| s <= pos);
    i > 0 && pos < lines[i - 1].1
}

/// Whether `s..e` overlaps one of `mentions`, which are in text order and disjoint.
fn overlaps_sorted(mentions: &[Mention], s: usize, e: usize) -> bool {
    let i = mentions.partition_point(|m| m.start < e);
    i > 0 && mentions[i - 1].end > s
}

/// `(byte of "(", acronym)` for every "(ACR)" in the text.
fn acronym_definitions(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices('(') {
        let rest = &text[open + 1..];
        // An acronym is at most 10 bytes: look no further for its ")" (a long document
        // full of "(" and no ")" would otherwise be read again for each).
        let Some(close) = rest.bytes().take(11).position(|b| b == b')') else {
            continue;
        };
        let inner = &rest[..close];
        let upper = inner.chars().filter(|c| c.is_ascii_uppercase()).count();
        if (2..=10).contains(&inner.len())
            && upper >= 2
            && inner
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '&')
            && inner.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && !dateline_credit(&rest[close + 1..])
        {
            out.push((open, inner.to_string()));
        }
    }
    out
}

/// Whether the text after a "(ACR)" makes it a wire service's credit in a dateline,
/// "KABUL (Reuters) —", "ADEN, Yemen (AP) –": a dash follows.
fn dateline_credit(after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\u{a0}']);
    after.starts_with(['—', '–']) || after.starts_with("- ") || after.starts_with("--")
}

/// Whether the letters of `acr` appear in order in `name` (case aside): "UAE" in
/// "United Arab Emirates", "DRC" in "Democratic Republic of the Congo".
/// "Charles Ghankay Taylor" after "Charles Taylor", or the other way round: a person found
/// before with the same first and last names, one of the two with capitalized middle
/// names the other has not.
fn middle_named(found: &[Discovered], name: &str) -> Option<usize> {
    let words: Vec<&str> = name.split(' ').collect();
    fn ends<'a>(w: &[&'a str]) -> (&'a str, &'a str) {
        (w[0], w[w.len() - 1])
    }
    if words.len() < 2 {
        return None;
    }
    found.iter().position(|f| {
        let other: Vec<&str> = f.name.split(' ').collect();
        let (short, long) = if other.len() < words.len() {
            (&other, &words)
        } else {
            (&words, &other)
        };
        f.kind == Kind::Person
            && short.len() == 2
            && long.len() >= 3
            && ends(short) == ends(long)
            && long[1..long.len() - 1].iter().all(|w| is_cap(w))
    })
}

/// The first letters of a name's capitalized words ("Movement for Justice and Equality":
/// "MJE"), or nothing when a word is in capitals itself (an acronym inside the name).
fn initials(name: &str) -> String {
    let mut out = String::new();
    for w in name.split([' ', '-']) {
        let mut chars = w.chars();
        match chars.next() {
            Some(c) if c.is_ascii_uppercase() => {
                if chars.clone().count() > 0 && chars.all(|c| c.is_ascii_uppercase()) {
                    return String::new();
                }
                out.push(c);
            }
            _ => {}
        }
    }
    out
}

fn spells(acr: &str, name: &str) -> bool {
    let mut letters = name.chars().flat_map(char::to_uppercase);
    acr.chars()
        .filter(char::is_ascii_alphabetic)
        .all(|a| letters.any(|c| c == a.to_ascii_uppercase()))
}

/// Marks the tokens overlapping bytes `s..e` as covered (tokens are in text order).
fn cover(toks: &[Tok], covered: &mut [bool], s: usize, e: usize) {
    let mut i = toks.partition_point(|t| t.end <= s);
    while i < toks.len() && toks[i].start < e {
        covered[i] = true;
        i += 1;
    }
}

/// Byte spans, kept by start, that answer whether any of them overlaps a span.
#[derive(Default)]
struct Spans {
    by_start: BTreeSet<(usize, usize)>,
    /// The longest span's length: no span starting further back reaches a later one.
    longest: usize,
}

impl Spans {
    fn insert(&mut self, s: usize, e: usize) {
        self.by_start.insert((s, e));
        self.longest = self.longest.max(e.saturating_sub(s));
    }

    /// Whether a span `(fs, fe)` kept has `fs < e && s < fe`.
    fn overlaps(&self, s: usize, e: usize) -> bool {
        let from = s.saturating_sub(self.longest);
        self.by_start
            .range((from, 0)..(e.max(from), 0))
            .any(|&(fs, fe)| fs < e && s < fe)
    }
}

/// A word shaped like an acronym: capitals (two at least, three with no suffix), with a
/// hyphenated suffix of capitals ("NSCN-IM", "FLEC-FAC") at most; no lowercase letter, no
/// digit ("AK-47", "COVID-19") and no Roman numeral ("VII").
fn acronym_shape(w: &str) -> bool {
    let head = w.split('-').next().unwrap_or(w);
    let caps = head.chars().filter(|c| c.is_ascii_uppercase()).count();
    let roman = w
        .chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'));
    w.len() <= 12
        && !roman
        && w.chars().all(|c| c.is_ascii_uppercase() || c == '-')
        && (caps >= 3 || caps >= 2 && w.contains('-'))
}

/// A word without its possessive ending ("PJAK's" → "PJAK").
fn without_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w)
}

/// Words (alphanumeric runs with inner hyphens and apostrophes) with their sentence.
fn tokens(text: &str, sentences: &[Sentence]) -> Vec<Tok> {
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let part = &text[s.start..s.end];
        let mut start: Option<usize> = None;
        let mut chars = part.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let inner = matches!(c, '-' | '\'' | '’')
                && start.is_some()
                && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() || inner {
                start.get_or_insert(i);
            } else if let Some(st) = start.take() {
                out.push(Tok {
                    start: s.start + st,
                    end: s.start + i,
                    sentence: si,
                });
            }
        }
        if let Some(st) = start {
            out.push(Tok {
                start: s.start + st,
                end: s.end,
                sentence: si,
            });
        }
    }
    out
}

/// Whether the capitalized name at byte `pos` opens a list of names joined by commas and
/// "and" that a verb follows: "Angola, Cuba and South Africa signed ...", "Angola and
/// South Africa signed ..." (not "Qatar, where", "Kenya, on Sunday", "Kenya and beyond").
fn opens_subject_list(text: &str, pos: usize) -> bool {
    // The end of the run of capitalized words at `at`, before any punctuation.
    let name_end = |at: usize| {
        let mut end = at;
        let mut k = at;
        for w in text[at..].split(' ') {
            if !w.starts_with(char::is_uppercase) {
                break;
            }
            let bare = w.trim_end_matches([',', '.', ';', ':']);
            end = k + bare.len();
            if bare.len() < w.len() {
                break;
            }
            k += w.len() + 1;
        }
        end
    };
    let mut at = name_end(pos);
    for _ in 0..6 {
        let rest = &text[at..];
        let (joined, rest) = if let Some(r) = rest
            .strip_prefix(" and ")
            .or_else(|| rest.strip_prefix(", and "))
        {
            (true, r)
        } else if let Some(r) = rest.strip_prefix(", ") {
            (false, r)
        } else {
            return false;
        };
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        if !rest.starts_with(char::is_uppercase) {
            return false;
        }
        at = name_end(text.len() - rest.len());
        if joined {
            let next: String = text[at..]
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            return next.starts_with(char::is_lowercase)
                && !matches!(
                    next.as_str(),
                    "in" | "on" | "at" | "of" | "to" | "for" | "with" | "near" | "from" | "and"
                );
        }
    }
    false
}

/// Records that `actor` has the name `key`: the name stays the actor's while no other
/// actor has it, and is no one's (`None`) once two do.
fn held_by_one(map: &mut HashMap<String, Option<ActorRef>>, key: String, actor: ActorRef) {
    let e = map.entry(key).or_insert(Some(actor));
    if *e != Some(actor) {
        *e = None;
    }
}

#[cfg(test)]
mod tests;
