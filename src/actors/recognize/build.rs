//! Compiling a pack into the recognizer's automata and word sets.

use super::{variants, Recognizer};
use crate::actors::normalize::skeleton;
use crate::actors::pack::{ActorDef, Kind, Pack};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Heads that, after a state's demonym, name the state itself ("Afghan government").
const STATE_HEADS: &[&str] = &[
    "government",
    "authorities",
    "officials",
    "leaders",
    "regime",
    "state",
];

/// The patterns of both automata, with the actor each one names.
#[derive(Default)]
struct Patterns {
    names: Vec<String>,
    name_targets: Vec<(usize, String)>,
    seen: HashSet<String>,
    skeletons: HashMap<String, Option<usize>>,
    acronyms: Vec<String>,
    acronym_targets: Vec<usize>,
}

impl Patterns {
    /// An alias of actor `idx`, in each of its spelling variants (first one wins).
    fn add(&mut self, alias: &str, idx: usize) {
        for v in variants(alias) {
            let key = v.to_lowercase();
            if v.chars().count() >= 3 && self.seen.insert(key) {
                self.names.push(v);
                self.name_targets.push((idx, alias.to_string()));
            }
        }
    }

    /// An alias of actor `idx`, also indexed by its spelling skeleton.
    fn add_with_skeleton(&mut self, alias: &str, idx: usize) {
        self.add(alias, idx);
        let sk = skeleton(alias);
        if sk.replace(' ', "").len() >= 6 {
            let e = self.skeletons.entry(sk).or_insert(Some(idx));
            if *e != Some(idx) {
                *e = None;
            }
        }
    }
}

/// The agency of state `a` whose name contains one of `words`.
fn state_agency(pack: &Pack, a: &ActorDef, words: &[&str]) -> Option<usize> {
    pack.actors.iter().position(|f| {
        f.kind == Kind::Agency
            && f.parent.as_deref() == Some(a.id.as_str())
            && words.iter().any(|w| f.name.contains(w))
    })
}

/// "Malian troops", "Somali security officials", "Afghan intelligence": aliases of a
/// state's armed forces and spies, when the pack names them (an agency whose parent is
/// this state and whose name says so).
fn agency_aliases(pack: &Pack, a: &ActorDef, out: &mut Vec<(String, usize)>) {
    if a.kind != Kind::State || a.demonyms.is_empty() {
        return;
    }
    let forces = state_agency(
        pack,
        a,
        &["Forces", "Armed", "Army", "Military", "Defense", "Defence"],
    );
    let spies = state_agency(
        pack,
        a,
        &[
            "Intelligence",
            "Directorate of Security",
            "Security Directorate",
            "Security Service",
        ],
    );
    if let Some(f) = spies {
        for noun in &pack.discovery.intelligence_nouns {
            for d in &a.demonyms {
                out.push((format!("{d} {noun}"), f));
            }
            out.push((format!("{}'s {noun}", a.name), f));
            out.push((format!("{}’s {noun}", a.name), f));
        }
    }
    if let Some(f) = forces {
        for d in &a.demonyms {
            for noun in &pack.discovery.force_nouns {
                out.push((format!("{d} {noun}"), f));
            }
        }
    }
}

fn patterns(pack: &Pack) -> Patterns {
    let mut p = Patterns::default();
    let mut force_aliases: Vec<(String, usize)> = Vec::new();
    for (i, a) in pack.actors.iter().enumerate() {
        let mut all: Vec<String> = vec![a.name.clone()];
        all.extend(a.aliases.iter().cloned());
        for d in &a.demonyms {
            for head in STATE_HEADS {
                all.push(format!("{d} {head}"));
            }
        }
        agency_aliases(pack, a, &mut force_aliases);
        for alias in &all {
            p.add_with_skeleton(alias, i);
        }
        for acr in &a.acronyms {
            p.acronyms.push(acr.clone());
            p.acronym_targets.push(i);
        }
    }
    for (alias, f) in force_aliases {
        p.add(&alias, f);
    }
    p
}

fn automaton(patterns: &[String], case_insensitive: bool) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(case_insensitive)
        .match_kind(MatchKind::LeftmostLongest)
        // A DFA: more memory (a few MB) for about twice the speed of the default NFA.
        .kind(Some(AhoCorasickKind::DFA))
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
    pub fn new(pack: Pack) -> Recognizer {
        let p = patterns(&pack);
        let d = &pack.discovery;
        let (titles, titles_by_first) = titles(&d.person_titles);
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
            names: automaton(&p.names, true),
            name_targets: p.name_targets,
            acronyms: automaton(&p.acronyms, false),
            acronym_targets: p.acronym_targets,
            skeletons: p.skeletons,
            pack,
        }
    }
}
