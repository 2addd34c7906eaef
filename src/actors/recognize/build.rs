//! Compiling a pack into the recognizer's automata and word sets.

use super::{variants, NameTarget, Recognizer};
use crate::actors::normalize::skeleton;
use crate::actors::pack::{ActorDef, Kind, Pack};
use crate::text::phrases::Phrases;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Words in the names of a state's intelligence services.
const SPY_WORDS: &[&str] = &[
    "Intelligence",
    "Directorate of Security",
    "Security Directorate",
    "Security Service",
];

/// Words in the names of a state's police. (Read in names only: a special unit's alias
/// often ends in one, "counterterrorism police", "secret police".)
const POLICE_WORDS: &[&str] = &["Police", "Gendarmerie"];

/// Words in the names of a state's armed forces.
const FORCE_WORDS: &[&str] = &["Forces", "Armed", "Army", "Military", "Defense", "Defence"];

/// The patterns of both automata, with the actor each one names.
#[derive(Default)]
struct Patterns {
    names: Vec<String>,
    name_targets: Vec<NameTarget>,
    alias_text: String,
    skeletons: HashMap<String, Option<usize>>,
    acronyms: Vec<String>,
    acronym_targets: Vec<usize>,
}

impl Patterns {
    /// An alias of actor `idx`, in each of its spelling variants (first one wins).
    fn add(&mut self, alias: &str, idx: usize) {
        // (Most aliases have no other spelling: they are taken as they are, without the
        // list of variants.)
        let article = |w: &[u8]| matches!(w, [b'a' | b'A', b'l', b' ']);
        if !alias.contains(['-', '\'']) && !alias.as_bytes().windows(3).any(article) {
            self.add_variant(alias.to_string(), alias, idx);
            return;
        }
        for v in variants(alias) {
            self.add_variant(v, alias, idx);
        }
    }

    /// (A spelling that another alias has already, in other case, is kept too: the
    /// phrase set finds the first one added.)
    fn add_variant(&mut self, v: String, alias: &str, idx: usize) {
        if v.chars().count() < 3 {
            return;
        }
        self.names.push(v);
        // (Each variant of an alias points to the alias's one copy.)
        let last = self.name_targets.last().map(|t| t.alias);
        let alias = match last {
            Some((s, e)) if &self.alias_text[s as usize..e as usize] == alias => (s, e),
            _ => {
                let s = self.alias_text.len() as u32;
                self.alias_text.push_str(alias);
                (s, self.alias_text.len() as u32)
            }
        };
        self.name_targets.push(NameTarget { actor: idx, alias });
    }

    /// An alias of actor `idx`, also indexed by its spelling skeleton when `name` (the
    /// alias without a title before it) spells at least `SKELETON_LETTERS` letters of it.
    fn add_with_skeleton(&mut self, alias: &str, name: &str, idx: usize) {
        self.add(alias, idx);
        if skeleton(name).bytes().filter(|&b| b != b' ').count() >= SKELETON_LETTERS {
            let sk = skeleton(alias);
            let e = self.skeletons.entry(sk).or_insert(Some(idx));
            if *e != Some(idx) {
                *e = None;
            }
        }
    }
}

/// Whether an actor is named as a body of this kind: its name contains one of `words`, or
/// an alias ends in one ("Tatmadaw", alias "Myanmar military"; "military intelligence"
/// ends in no force word). For the police, the name only (see `POLICE_WORDS`).
fn named_as(f: &ActorDef, words: &[&str]) -> bool {
    let by_alias = words != POLICE_WORDS;
    words.iter().any(|w| f.name.contains(w))
        || by_alias
            && f.aliases.iter().any(|a| {
                let last = a.rsplit(' ').next().unwrap_or(a);
                words.iter().any(|w| last.eq_ignore_ascii_case(w))
            })
}

/// For each actor id, the first agency under it named as a body of this kind.
fn agencies_by_parent(pack: &Pack, words: &[&str]) -> HashMap<String, usize> {
    let mut out: HashMap<String, usize> = HashMap::default();
    for (i, f) in pack.actors.iter().enumerate() {
        if f.kind == Kind::Agency && named_as(f, words) {
            if let Some(p) = &f.parent {
                out.entry(p.clone()).or_insert(i);
            }
        }
    }
    out
}

/// Adds an agency for every state with demonyms that the pack names none of this kind
/// for (no agency under it, or under one of its agencies, whose name has one of `words`):
/// "Kessarian Military" so that "Kessarian troops" is a party of its own, "Kessarian
/// Intelligence" for "Kessarian military intelligence".
fn add_state_agencies(pack: &mut Pack, words: &[&str], suffix: &str) {
    // The states that have one: the parent of an agency with such a name, or the
    // parent of the agency such an actor belongs to (one pass, not one per state).
    let mut covered: HashSet<&str> = HashSet::default();
    // (The parent first: most actors have none, and the names are read only for those
    // that do.)
    for f in pack
        .actors
        .iter()
        .filter(|f| f.parent.is_some() && named_as(f, words))
    {
        let Some(p) = f.parent.as_deref() else {
            continue;
        };
        if f.kind == Kind::Agency {
            covered.insert(p);
        }
        if let Some(up) = pack.get(p).filter(|p| p.kind == Kind::Agency) {
            if let Some(state) = up.parent.as_deref() {
                covered.insert(state);
            }
        }
    }
    let mut new = Vec::new();
    for a in &pack.actors {
        if a.kind != Kind::State || a.demonyms.is_empty() {
            continue;
        }
        if !covered.contains(a.id.as_str()) {
            new.push(ActorDef {
                id: format!("{}-{}", a.id, suffix.to_lowercase()),
                name: format!("{} {suffix}", a.demonyms[0]),
                kind: Kind::Agency,
                aliases: Vec::new(),
                acronyms: Vec::new(),
                parent: Some(a.id.clone()),
                demonyms: Vec::new(),
                capital: None,
                seats: Vec::new(),
                roles: Vec::new(),
                note: Some(format!(
                    "{suffix} of a state the pack names no such agency for"
                )),
            });
        }
    }
    for f in new {
        pack.by_id.insert(f.id.clone(), pack.actors.len());
        pack.actors.push(f);
    }
}

/// Each state with demonyms → its agency whose name has one of `words`.
fn state_agencies(pack: &Pack, words: &[&str]) -> HashMap<usize, usize> {
    let by_parent = agencies_by_parent(pack, words);
    let mut out = HashMap::default();
    for (i, a) in pack.actors.iter().enumerate() {
        if a.kind == Kind::State && !a.demonyms.is_empty() {
            if let Some(&f) = by_parent.get(&a.id) {
                out.insert(i, f);
            }
        }
    }
    out
}

/// Each state's names → the state: its name, its acronyms, and the aliases that are
/// proper names ("DR Congo", not "Congolese authorities"), as they stand before a force
/// noun ("the DR Congo army").
fn state_names(pack: &Pack) -> HashMap<String, usize> {
    let mut out = HashMap::default();
    let proper = |alias: &str| {
        alias
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "of" | "the" | "and"))
    };
    for (i, a) in pack.actors.iter().enumerate() {
        if a.kind == Kind::State {
            out.entry(a.name.clone()).or_insert(i);
        }
    }
    for (i, a) in pack.actors.iter().enumerate() {
        if a.kind == Kind::State {
            let names = a.aliases.iter().filter(|x| proper(x)).chain(&a.acronyms);
            for name in names {
                out.entry(name.clone()).or_insert(i);
            }
        }
    }
    out
}

/// Each acronym that names one pack actor → the actor.
fn pack_acronyms(pack: &Pack) -> HashMap<String, usize> {
    let mut out: HashMap<String, Option<usize>> = HashMap::default();
    for (i, a) in pack.actors.iter().enumerate() {
        for acr in &a.acronyms {
            let e = out.entry(acr.clone()).or_insert(Some(i));
            if *e != Some(i) {
                *e = None;
            }
        }
    }
    out.into_iter().filter_map(|(k, v)| Some((k, v?))).collect()
}

/// Each demonym of a state → the state.
fn demonyms(pack: &Pack) -> HashMap<String, usize> {
    let mut out = HashMap::default();
    for (i, a) in pack.actors.iter().enumerate() {
        if a.kind == Kind::State {
            for d in &a.demonyms {
                out.entry(d.clone()).or_insert(i);
            }
        }
    }
    out
}

/// Each pack alias of a body that opens with a state's demonym ("Russian Defence
/// Ministry") → the body, keyed by the state and the rest in lowercase ("defence
/// ministry"): "Russia's defence ministry" names it too.
/// (Not the forces, spies or police generated for a state, from `packed` on, nor a
/// one-word rest: those nouns are read with care for adjectives, "Sudan's military
/// ruler".)
fn demonym_aliases(
    pack: &Pack,
    demonyms: &HashMap<String, usize>,
    packed: usize,
) -> HashMap<(usize, String), usize> {
    let mut out = HashMap::default();
    for (i, a) in pack.actors.iter().enumerate().take(packed) {
        if !matches!(a.kind, Kind::Agency | Kind::Organization) {
            continue;
        }
        for alias in std::iter::once(&a.name).chain(&a.aliases) {
            let Some((first, rest)) = alias.split_once(' ') else {
                continue;
            };
            if let (Some(&state), true) = (demonyms.get(first), rest.contains(' ')) {
                out.entry((state, rest.to_lowercase())).or_insert(i);
            }
        }
    }
    out
}

/// Phrases split into lowercase words, longest first.
fn phrases(v: &[String]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = v
        .iter()
        .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
        .collect();
    out.sort_by_key(|p: &Vec<String>| std::cmp::Reverse(p.len()));
    out
}

/// The fewest letters a spelling skeleton indexes a name by: fewer match too much.
const SKELETON_LETTERS: usize = 6;

fn patterns(pack: &Pack) -> Patterns {
    let mut p = Patterns::default();
    let mut generated = String::new();
    for (i, a) in pack.actors.iter().enumerate() {
        for alias in std::iter::once(&a.name).chain(&a.aliases) {
            // ("President Ruto": the title spells most of the skeleton, and "President
            // Ratu" is someone else; only the name after a title counts its letters.)
            let name = pack
                .discovery
                .person_titles
                .iter()
                .find_map(|t| alias.strip_prefix(t.as_str())?.strip_prefix(' '))
                .unwrap_or(alias);
            p.add_with_skeleton(alias, name, i);
        }
        // "Afghan government": a demonym and a word for a state's rulers. (No skeleton:
        // the words are spelled alike by all, and the skeletons are for names.)
        for d in &a.demonyms {
            for head in &pack.discovery.state_heads {
                generated.clear();
                generated.push_str(d);
                generated.push(' ');
                generated.push_str(head);
                p.add(&generated, i);
            }
        }
        for c in a.capital.iter().chain(&a.seats) {
            p.add(c, i);
            // ("YAOUNDÉ —", "Yaounde": a dateline in capitals, a text without accents.
            // The automaton folds the case of ASCII letters only.)
            if !c.is_ascii() {
                let bare = crate::actors::normalize::without_accents(c);
                for v in [c.to_uppercase(), bare] {
                    p.add_variant(v, c, i);
                }
            }
        }
        for acr in &a.acronyms {
            p.acronyms.push(acr.clone());
            p.acronym_targets.push(i);
        }
    }
    p
}

/// The acronyms' automaton: they are found inside longer tokens too ("VDPs").
fn automaton(patterns: &[String], case_insensitive: bool) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(case_insensitive)
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns)
        .expect("pack automaton")
}

fn lower_set(v: &[String]) -> HashSet<String> {
    v.iter().map(|s| s.to_lowercase()).collect()
}

/// Titles split into words (dots dropped), longest first, and indexed by first word.
fn titles(person_titles: &[String]) -> (Vec<Vec<String>>, HashMap<String, Vec<usize>>) {
    let mut titles: Vec<Vec<String>> = person_titles
        .iter()
        .map(|t| {
            t.split_whitespace()
                .map(|w| w.trim_end_matches('.').to_string())
                .collect()
        })
        .collect();
    titles.sort_by_key(|t: &Vec<String>| std::cmp::Reverse(t.len()));
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
    for (k, t) in titles.iter().enumerate() {
        by_first.entry(t[0].clone()).or_default().push(k);
    }
    (titles, by_first)
}

impl Recognizer {
    pub fn new(mut pack: Pack) -> Recognizer {
        let packed = pack.actors.len();
        add_state_agencies(&mut pack, FORCE_WORDS, "Military");
        add_state_agencies(&mut pack, SPY_WORDS, "Intelligence");
        add_state_agencies(&mut pack, POLICE_WORDS, "Police");
        let p = patterns(&pack);
        let d = &pack.discovery;
        let (titles, titles_by_first) = titles(&d.person_titles);
        let force_phrases = phrases(&[d.force_nouns.clone(), d.force_sites.clone()].concat());
        // (Each read once: the juntas are found by them too.)
        let (state_names, demonyms) = (state_names(&pack), demonyms(&pack));
        let juntas = super::juntas::juntas(&pack, &state_names, &demonyms);
        let demonym_aliases = demonym_aliases(&pack, &demonyms, packed);
        Recognizer {
            org_heads: d.organization_heads.iter().cloned().collect(),
            agency_heads: d.agency_heads.iter().cloned().collect(),
            formants: lower_set(&d.organization_formants),
            connectors: lower_set(&d.name_connectors),
            titles_by_first,
            titles,
            roles: lower_set(&d.person_roles),
            speech: lower_set(&d.speech_verbs),
            not_names: d.not_names.iter().cloned().collect(),
            title_words: d
                .person_titles
                .iter()
                .map(|t| t.trim_end_matches('.').to_string())
                .filter(|t| !t.contains(' '))
                .collect(),
            locatives: lower_set(&d.locatives),
            generic: lower_set(&d.generic_name_words),
            particles: lower_set(&d.name_particles),
            name_suffixes: d.name_suffixes.iter().cloned().collect(),
            given_names: d.given_names.iter().cloned().collect(),
            vessel_nouns: lower_set(&d.vessel_nouns),
            region_words: d.region_words.iter().cloned().collect(),
            party_heads: d.party_heads.iter().cloned().collect(),
            given_name_titles: d.given_name_titles.iter().cloned().collect(),
            alias_markers: d.alias_markers.clone(),
            place_words: d.place_words.iter().cloned().collect(),
            person_verbs: lower_set(&d.person_verbs),
            force_sites: lower_set(&d.force_sites),
            place_nouns: lower_set(&d.place_words),
            capital_verbs: lower_set(&d.capital_verbs),
            capital_party_words: lower_set(&d.capital_party_words),
            adjective_nouns: lower_set(&d.adjective_nouns),
            function_words: lower_set(&d.function_words),
            organization_nouns: d.organization_nouns.iter().cloned().collect(),
            group_nouns_after: d.group_nouns_after.iter().cloned().collect(),
            body_verbs: d.body_verbs.iter().cloned().collect(),
            not_group_names: d.not_group_names.iter().cloned().collect(),
            acronym_nouns: lower_set(&d.acronym_nouns),
            not_acronym_groups: d.not_acronym_groups.iter().cloned().collect(),
            acronym_thing_nouns: lower_set(&d.acronym_thing_nouns),
            border_nouns: lower_set(&d.border_nouns),
            possessed_places: lower_set(&d.possessed_places),
            operation_words: d.operation_words.iter().cloned().collect(),
            landform_words: d.landform_words.iter().cloned().collect(),
            state_heads: lower_set(&d.state_heads),
            unit_heads: d
                .unit_heads
                .iter()
                .map(|h| (h.to_lowercase(), h.clone()))
                .collect(),
            not_plural_names: d.not_plural_names.iter().cloned().collect(),
            pack_acronyms: pack_acronyms(&pack),
            juntas,
            demonym_aliases,
            demonyms,
            forces_of: state_agencies(&pack, FORCE_WORDS),
            spies_of: state_agencies(&pack, SPY_WORDS),
            police_of: state_agencies(&pack, POLICE_WORDS),
            police_phrases: phrases(&d.police_nouns),
            state_names,
            intelligence_phrases: phrases(&d.intelligence_nouns),
            state_offices: phrases(&d.state_offices),
            state_acts: phrases(&d.state_acts),
            force_firsts: force_phrases.iter().map(|p| p[0].clone()).collect(),
            force_phrases,
            names: Phrases::new(&p.names, true),
            name_targets: p.name_targets,
            alias_text: p.alias_text,
            acronyms: automaton(&p.acronyms, false),
            acronym_targets: p.acronym_targets,
            skeletons: p.skeletons,
            pack,
        }
    }
}
