//! Recognition in one pass over the text (an Aho-Corasick automaton of every pack alias,
//! case-insensitive, and of every acronym, case-sensitive), then discovery of actors no
//! pack names, then in-document resolution.

use super::normalize::{fold, skeleton};
use super::pack::{Kind, Pack};
use super::{ActorRef, Discovered, DocActors, Mention};
use crate::text::Sentence;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The pack compiled for recognition. Build once, use for every document.
pub struct Recognizer {
    pub pack: Pack,
    names: AhoCorasick,
    name_targets: Vec<(usize, String)>,
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
    locatives: HashSet<String>,
}

/// A word of the text with its span.
#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    sentence: usize,
}

const GENERIC: &[&str] = &[
    "national",
    "security",
    "special",
    "military",
    "government",
    "islamic",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "federal",
    "state",
    "army",
    "police",
    "armed",
    "joint",
    "united",
    "popular",
    "people's",
    "peoples",
    "democratic",
    "revolutionary",
    "new",
    "free",
    "supreme",
    "high",
    "general",
    "local",
    "regional",
    "provincial",
    "district",
    "border",
    "republican",
    "royal",
    "defense",
    "defence",
    "interior",
    "foreign",
];

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
        None => false,
    }
}

impl Recognizer {
    pub fn new(pack: Pack) -> Recognizer {
        let mut patterns: Vec<String> = Vec::new();
        let mut name_targets = Vec::new();
        let mut seen: HashSet<String> = HashSet::default();
        let mut skeletons: HashMap<String, Option<usize>> = HashMap::default();
        let mut acr_patterns: Vec<String> = Vec::new();
        let mut acronym_targets = Vec::new();
        let mut force_aliases: Vec<(String, usize)> = Vec::new();
        let mut add = |alias: &str,
                       idx: usize,
                       patterns: &mut Vec<String>,
                       name_targets: &mut Vec<(usize, String)>| {
            for v in variants(alias) {
                let key = v.to_lowercase();
                if v.chars().count() >= 3 && seen.insert(key) {
                    patterns.push(v);
                    name_targets.push((idx, alias.to_string()));
                }
            }
        };
        for (i, a) in pack.actors.iter().enumerate() {
            let mut all: Vec<String> = vec![a.name.clone()];
            all.extend(a.aliases.iter().cloned());
            for d in &a.demonyms {
                for head in [
                    "government",
                    "authorities",
                    "officials",
                    "leaders",
                    "regime",
                    "state",
                ] {
                    all.push(format!("{d} {head}"));
                }
            }
            // "Malian troops", "Somali security officials": the state's armed forces, when the
            // pack names them (an agency whose parent is this state and whose name says so).
            if a.kind == Kind::State && !a.demonyms.is_empty() {
                let forces = pack.actors.iter().position(|f| {
                    f.kind == Kind::Agency
                        && f.parent.as_deref() == Some(a.id.as_str())
                        && ["Forces", "Armed", "Army", "Military", "Defense", "Defence"]
                            .iter()
                            .any(|w| f.name.contains(w))
                });
                let spies = pack.actors.iter().position(|f| {
                    f.kind == Kind::Agency
                        && f.parent.as_deref() == Some(a.id.as_str())
                        && [
                            "Intelligence",
                            "Directorate of Security",
                            "Security Directorate",
                            "Security Service",
                        ]
                        .iter()
                        .any(|w| f.name.contains(w))
                });
                if let Some(f) = spies {
                    for noun in &pack.discovery.intelligence_nouns {
                        for d in &a.demonyms {
                            force_aliases.push((format!("{d} {noun}"), f));
                        }
                        force_aliases.push((format!("{}'s {noun}", a.name), f));
                        force_aliases.push((format!("{}’s {noun}", a.name), f));
                    }
                }
                if let Some(f) = forces {
                    for d in &a.demonyms {
                        for noun in &pack.discovery.force_nouns {
                            force_aliases.push((format!("{d} {noun}"), f));
                        }
                    }
                }
            }
            for alias in &all {
                add(alias, i, &mut patterns, &mut name_targets);
                let sk = skeleton(alias);
                if sk.replace(' ', "").len() >= 6 {
                    let e = skeletons.entry(sk).or_insert(Some(i));
                    if *e != Some(i) {
                        *e = None;
                    }
                }
            }
            for acr in &a.acronyms {
                acr_patterns.push(acr.clone());
                acronym_targets.push(i);
            }
        }
        for (alias, f) in force_aliases {
            add(&alias, f, &mut patterns, &mut name_targets);
        }
        let names = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            // A DFA: more memory (a few MB) for about twice the speed of the default NFA.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("alias automaton");
        let acronyms = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            // A DFA: more memory (a few MB) for about twice the speed of the default NFA.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&acr_patterns)
            .expect("acronym automaton");
        let d = &pack.discovery;
        let set = |v: &Vec<String>| v.iter().map(|s| s.to_lowercase()).collect::<HashSet<_>>();
        let mut titles: Vec<Vec<String>> = d
            .person_titles
            .iter()
            .map(|t| {
                t.split_whitespace()
                    .map(|w| w.trim_end_matches('.').to_string())
                    .collect()
            })
            .collect();
        titles.sort_by_key(|t: &Vec<String>| std::cmp::Reverse(t.len()));
        Recognizer {
            org_heads: d.organization_heads.iter().cloned().collect(),
            agency_heads: d.agency_heads.iter().cloned().collect(),
            formants: set(&d.organization_formants),
            connectors: set(&d.name_connectors),
            titles_by_first: {
                let mut m: HashMap<String, Vec<usize>> = HashMap::default();
                for (k, t) in titles.iter().enumerate() {
                    m.entry(t[0].clone()).or_default().push(k);
                }
                m
            },
            titles,
            roles: set(&d.person_roles),
            speech: set(&d.speech_verbs),
            not_names: d.not_names.iter().cloned().collect(),
            title_words: d
                .person_titles
                .iter()
                .map(|t| t.trim_end_matches('.').to_string())
                .filter(|t| !t.contains(' '))
                .collect(),
            locatives: set(&d.locatives),
            names,
            name_targets,
            acronyms,
            acronym_targets,
            skeletons,
            pack,
        }
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
    pub fn recognize_with(
        &self,
        text: &str,
        sentences: &[Sentence],
        known: &dyn Fn(&str) -> Option<(String, Kind)>,
    ) -> DocActors {
        let sentence_of = |pos: usize| {
            sentences
                .partition_point(|s| s.end <= pos)
                .min(sentences.len().saturating_sub(1))
        };
        let mut mentions = self.pack_mentions(text);
        let toks = tokens(text, sentences);
        let mut covered = vec![false; toks.len()];
        let mark = |covered: &mut Vec<bool>, mentions: &[Mention]| {
            for m in mentions {
                cover(&toks, covered, m.start, m.end);
            }
        };
        mark(&mut covered, &mentions);

        let mut found: Vec<Discovered> = Vec::new();
        let mut found_spans: Vec<(usize, usize, usize, String)> = Vec::new(); // start, end, found idx, rule
        let intern =
            |found: &mut Vec<Discovered>, name: String, kind: Kind, reason: String| -> ActorRef {
                if let Some(p) = self.skeletons.get(&skeleton(&name)).copied().flatten() {
                    return ActorRef::Pack(p);
                }
                let sk = skeleton(&name);
                let folded = fold(&name);
                let short_form = |a: &str, b: &str| {
                    a.split(' ').count() >= 2 && b.starts_with(a) && b[a.len()..].starts_with(' ')
                };
                if let Some(i) = found.iter().position(|f| {
                    f.kind == kind
                        && (skeleton(&f.name) == sk
                            || short_form(&folded, &fold(&f.name))
                            || short_form(&fold(&f.name), &folded))
                }) {
                    // The fullest form seen names the actor.
                    if short_form(&fold(&found[i].name), &folded) {
                        found[i].name = name;
                    }
                    return ActorRef::Found(i);
                }
                found.push(Discovered {
                    name,
                    kind,
                    reason,
                    acronyms: Vec::new(),
                });
                ActorRef::Found(found.len() - 1)
            };

        // Acronyms defined in the text: "Islamic State Khorasan Province (ISKP)".
        let mut acronym_binds: Vec<(String, ActorRef)> = Vec::new();
        for (open, acr) in acronym_definitions(text) {
            let before = &text[..open];
            let end = before.trim_end().len();
            if let Some(m) = mentions.iter().find(|m| m.end == end) {
                acronym_binds.push((acr, m.actor));
                continue;
            }
            let Some((start, name)) = self.long_form(text, &toks, end, &acr) else {
                continue;
            };
            let kind = self.head_kind(&name).unwrap_or(Kind::Organization);
            let r = intern(
                &mut found,
                name.clone(),
                kind,
                format!("acronym {acr} defined in the text"),
            );
            if let ActorRef::Found(i) = r {
                found[i].acronyms.push(acr.clone());
                found_spans.push((start, end, i, "name".into()));
            } else {
                mentions.push(Mention {
                    start,
                    end,
                    sentence: 0,
                    actor: r,
                    rule: format!("spelling variant of {}", self.pack.actors[pack_idx(r)].name),
                });
            }
            acronym_binds.push((acr, r));
        }
        for (acr, r) in &acronym_binds {
            for (s, _) in text.match_indices(acr.as_str()) {
                let e = s + acr.len();
                if boundary_ok(text, s, e) && !mentions.iter().any(|m| m.start < e && s < m.end) {
                    match r {
                        ActorRef::Found(i) => found_spans.push((
                            s,
                            e,
                            *i,
                            format!("acronym {acr} defined in the text"),
                        )),
                        _ => mentions.push(Mention {
                            start: s,
                            end: e,
                            sentence: 0,
                            actor: *r,
                            rule: format!("acronym {acr} defined in the text"),
                        }),
                    }
                }
            }
        }
        mark(&mut covered, &mentions);
        for &(s, e, _, _) in &found_spans {
            cover(&toks, &mut covered, s, e);
        }

        // Acronyms that other documents defined ("KLF" where this one never spells it out).
        let shouting = shouting_lines(text);
        for (i, t) in toks.iter().enumerate() {
            let w = &text[t.start..t.end];
            let upper = w.chars().filter(|c| c.is_ascii_uppercase()).count();
            if covered[i]
                || upper < 2
                || w.chars().any(|c| c.is_lowercase())
                || w.len() > 10
                || in_shouting_line(&shouting, t.start)
            {
                continue;
            }
            if let Some((name, kind)) = known(w) {
                let r = intern(
                    &mut found,
                    name,
                    kind,
                    format!("acronym {w} known from other documents"),
                );
                match r {
                    ActorRef::Found(f) => found_spans.push((
                        t.start,
                        t.end,
                        f,
                        format!("acronym {w} known from other documents"),
                    )),
                    ActorRef::Pack(_) => mentions.push(Mention {
                        start: t.start,
                        end: t.end,
                        sentence: 0,
                        actor: r,
                        rule: format!("acronym {w}"),
                    }),
                }
                covered[i] = true;
            }
        }

        // Organizations by shape.
        for (s, e, name, kind, reason) in self.shaped_organizations(text, &toks, &covered) {
            let r = intern(&mut found, name, kind, reason.clone());
            self.place(r, s, e, &mut found_spans, &mut mentions);
            cover(&toks, &mut covered, s, e);
        }

        // Capitalized runs that are a pack name misspelled ("Jammah Islamiyah").
        let mut i = 0;
        while i < toks.len() {
            if covered[i] || !is_cap(&text[toks[i].start..toks[i].end]) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < toks.len()
                && j - i < 3
                && !covered[j + 1]
                && toks[j + 1].sentence == toks[i].sentence
                && text[toks[j].end..toks[j + 1].start].trim().is_empty()
                && is_name_part(&text[toks[j + 1].start..toks[j + 1].end])
            {
                j += 1;
            }
            if j > i {
                let (s, e) = (toks[i].start, toks[j].end);
                if let Some(p) = self
                    .skeletons
                    .get(&skeleton(&text[s..e]))
                    .copied()
                    .flatten()
                {
                    mentions.push(Mention {
                        start: s,
                        end: e,
                        sentence: 0,
                        actor: ActorRef::Pack(p),
                        rule: format!("spelling variant of {}", self.pack.actors[p].name),
                    });
                    covered[i..=j].iter_mut().for_each(|c| *c = true);
                }
            }
            i = j + 1;
        }

        // Persons: after titles and role nouns, and as speakers.
        let mut singles: Vec<(usize, usize, String)> = Vec::new();
        for (s, e, name, reason, single) in self.persons(text, &toks, &covered) {
            if single {
                singles.push((s, e, format!("{name}\u{0}{reason}")));
                continue;
            }
            let r = intern(&mut found, name, Kind::Person, reason);
            self.place(r, s, e, &mut found_spans, &mut mentions);
            cover(&toks, &mut covered, s, e);
        }
        for (s, e, i, rule) in found_spans {
            mentions.push(Mention {
                start: s,
                end: e,
                sentence: 0,
                actor: ActorRef::Found(i),
                rule,
            });
        }

        // Surnames and single names: "Quell said" after "Marta Quell".
        let mut by_last: HashMap<String, Option<ActorRef>> = HashMap::default();
        let person_names: Vec<(ActorRef, String)> = mentions
            .iter()
            .filter(|m| self.kind_of(m.actor, &found) == Kind::Person)
            .map(|m| (m.actor, text[m.start..m.end].to_string()))
            .collect();
        for (r, name) in &person_names {
            let name = name.trim_end_matches("'s").trim_end_matches("’s");
            if let Some(last) = name.split_whitespace().last() {
                // "al-Masri" is also called "Masri".
                let bare = ["al-", "Al-", "el-", "El-", "ul-", "ad-", "as-", "an-"]
                    .iter()
                    .find_map(|p| last.strip_prefix(p))
                    .filter(|b| is_cap(b));
                for key in [Some(last), bare].into_iter().flatten() {
                    if key.chars().count() >= 3 && is_cap(key) {
                        let e = by_last.entry(key.to_string()).or_insert(Some(*r));
                        if *e != Some(*r) {
                            *e = None;
                        }
                    }
                }
            }
        }
        for (s, e, packed) in singles {
            let (name, reason) = packed.split_once('\u{0}').unwrap_or((&packed, ""));
            let last = name.split_whitespace().last().unwrap_or(name).to_string();
            match by_last.get(&last) {
                Some(Some(r)) => mentions.push(Mention {
                    start: s,
                    end: e,
                    sentence: 0,
                    actor: *r,
                    rule: format!("surname of an actor named earlier ({last})"),
                }),
                Some(None) => {}
                None => {
                    let r = intern(
                        &mut found,
                        name.to_string(),
                        Kind::Person,
                        reason.to_string(),
                    );
                    mentions.push(Mention {
                        start: s,
                        end: e,
                        sentence: 0,
                        actor: r,
                        rule: "name".into(),
                    });
                    by_last.insert(last, Some(r));
                }
            }
        }
        mark(&mut covered, &mentions);
        for (i, t) in toks.iter().enumerate() {
            if covered[i] {
                continue;
            }
            let w = &text[t.start..t.end];
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            if let Some(Some(r)) = by_last.get(w) {
                let end = t.start + w.len();
                mentions.push(Mention {
                    start: t.start,
                    end,
                    sentence: 0,
                    actor: *r,
                    rule: format!("surname of an actor named earlier ({w})"),
                });
            }
        }

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
            discovered: found,
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

    fn pack_mentions(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        for m in self.names.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !boundary_ok(text, s, e) {
                continue;
            }
            let (idx, alias) = &self.name_targets[m.pattern().as_usize()];
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
            if is_cap(prev)
                && GENERIC.contains(&prev.to_lowercase().as_str())
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
            if actor.kind == Kind::State && self.after_locative(text, s) {
                continue; // "in Sudan": a place, not a party
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
        for m in self.acronyms.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !boundary_ok(text, s, e)
                || in_shouting_line(&shouting, s)
                || out.iter().any(|x| x.start < e && s < x.end)
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
        out
    }

    /// True when the words before byte `pos` are a locative preposition ("in (the)").
    fn after_locative(&self, text: &str, pos: usize) -> bool {
        let mut words = text[..pos].split_whitespace().rev();
        let mut w = words.next().unwrap_or("");
        if w.eq_ignore_ascii_case("the") {
            w = words.next().unwrap_or("");
        }
        // "in Doha, Qatar": a country after a place named in a locative phrase.
        if w.ends_with(',') && is_cap(w) {
            w = words.next().unwrap_or("");
        }
        // "in western Mali", "across northern Syria".
        if w.chars().all(char::is_lowercase) && !self.locatives.contains(w) && w.len() > 3 {
            let prev = words.next().unwrap_or("");
            if self.locatives.contains(&prev.to_lowercase()) {
                return true;
            }
        }
        self.locatives.contains(&w.to_lowercase())
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
            if is_cap(w) || self.connectors.contains(&w.to_lowercase()) {
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
        None
    }

    /// Organizations by a head word ("... Network") or a formant ("Lashkar-e-...").
    fn shaped_organizations(
        &self,
        text: &str,
        toks: &[Tok],
        covered: &[bool],
    ) -> Vec<(usize, usize, String, Kind, String)> {
        let word = |i: usize| &text[toks[i].start..toks[i].end];
        let adjacent = |a: usize, b: usize| {
            toks[a].sentence == toks[b].sentence
                && text[toks[a].end..toks[b].start].trim().is_empty()
        };
        let possessive = |i: usize| word(i).ends_with("'s") || word(i).ends_with("’s");
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let w = word(i);
            let head_org = self.org_heads.contains(w);
            let head_agency = self.agency_heads.contains(w);
            let formant = is_cap(w)
                && self
                    .formants
                    .contains(&w.split(['-', '‐']).next().unwrap_or("").to_lowercase());

            if covered[i] || !(head_org || head_agency || formant) {
                i += 1;
                continue;
            }
            let (mut from, mut to) = (i, i);
            if head_org || head_agency {
                while from > 0
                    && adjacent(from - 1, from)
                    && !covered[from - 1]
                    && !possessive(from - 1)
                {
                    let p = word(from - 1);
                    // "215 Maiwand Corps", "3rd Brigade": a unit number opens the name.
                    let number = p.chars().next().is_some_and(|c| c.is_ascii_digit())
                        && p.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                            .chars()
                            .all(|c| c.is_ascii_digit());
                    if is_cap(p)
                        || number
                        || (self.connectors.contains(&p.to_lowercase())
                            && from >= 2
                            && is_cap(word(from - 2)))
                    {
                        from -= 1;
                    } else {
                        break;
                    }
                }
            }
            // Rightwards: formant names run on; any name may continue "of/for the X and Y".
            let mut run_on = formant;
            loop {
                let n = to + 1;
                if n >= toks.len() || !adjacent(to, n) || covered[n] || possessive(to) {
                    break;
                }
                let nw = word(n);
                let conn = self.connectors.contains(&nw.to_lowercase()) && !is_name_part(nw);
                if conn {
                    let mut k = n;
                    while k + 1 < toks.len()
                        && adjacent(k, k + 1)
                        && self.connectors.contains(&word(k + 1).to_lowercase())
                        && !is_name_part(word(k + 1))
                    {
                        k += 1;
                    }
                    if k + 1 < toks.len()
                        && adjacent(k, k + 1)
                        && is_name_part(word(k + 1))
                        && !covered[k + 1]
                        && (run_on || matches!(nw, "of" | "for"))
                    {
                        to = k + 1;
                        run_on = true;
                        continue;
                    }
                    break;
                }
                if is_name_part(nw)
                    && (run_on || self.org_heads.contains(nw) || self.agency_heads.contains(nw))
                    && (run_on || !self.not_names.contains(nw))
                {
                    to = n;
                    continue;
                }
                break;
            }
            while from < to
                && (self.not_names.contains(word(from))
                    || self.connectors.contains(&word(from).to_lowercase()))
            {
                from += 1;
            }
            let names: Vec<&str> = (from..=to).map(word).collect();
            let distinctive = names.iter().any(|n| {
                is_cap(n)
                    && !self.org_heads.contains(*n)
                    && !self.agency_heads.contains(*n)
                    && !self.not_names.contains(*n)
                    && !GENERIC.contains(&n.to_lowercase().as_str())
            });
            let parts = names.len() + names.first().map_or(0, |n| n.matches('-').count());
            if distinctive && parts >= 2 {
                let (s, e) = (toks[from].start, toks[to].end);
                let mut name = text[s..e].to_string();
                if let Some(stripped) = name.strip_suffix("'s").or_else(|| name.strip_suffix("’s"))
                {
                    name = stripped.to_string();
                }
                let (kind, reason) = if formant {
                    (
                        Kind::Organization,
                        format!("formant {}", names[0].split('-').next().unwrap_or("")),
                    )
                } else if head_agency {
                    (Kind::Agency, format!("head word {w}"))
                } else {
                    (Kind::Organization, format!("head word {w}"))
                };
                let e = s + name.len();
                out.push((s, e, name, kind, reason));
            }
            i = to + 1;
        }
        out
    }

    /// Persons: `(start, end, name, reason, single_word)`.
    fn persons(
        &self,
        text: &str,
        toks: &[Tok],
        covered: &[bool],
    ) -> Vec<(usize, usize, String, String, bool)> {
        let word = |i: usize| &text[toks[i].start..toks[i].end];
        let adjacent = |a: usize, b: usize| {
            toks[a].sentence == toks[b].sentence && {
                let gap = text[toks[a].end..toks[b].start].trim();
                gap.is_empty() || gap == "."
            }
        };
        let name_word = |i: usize| {
            let w = word(i);
            is_cap(w)
                && !covered[i]
                && !self.title_words.contains(w)
                && !self.roles.contains(&w.to_lowercase())
                && !self.not_names.contains(w)
                && !self.org_heads.contains(w)
                && !self.agency_heads.contains(w)
                && w.chars().any(|c| c.is_lowercase())
        };
        let particle = |w: &str| {
            matches!(
                w,
                "al" | "al-"
                    | "bin"
                    | "ibn"
                    | "ul"
                    | "ud"
                    | "el"
                    | "van"
                    | "von"
                    | "de"
                    | "da"
                    | "abu"
                    | "bint"
            )
        };
        // The name that starts at token `i`: up to four name words (particles inside).
        let take_name = |i: usize| -> Option<usize> {
            if i >= toks.len() || !name_word(i) {
                return None;
            }
            let mut j = i;
            while j + 1 < toks.len()
                && j - i < 4
                && adjacent(j, j + 1)
                && !text[toks[j].end..toks[j + 1].start].contains('.')
            {
                let n = word(j + 1);
                if name_word(j + 1) || (is_name_part(n) && !is_cap(n) && !covered[j + 1]) {
                    j += 1;
                } else if particle(n)
                    && j + 2 < toks.len()
                    && adjacent(j + 1, j + 2)
                    && name_word(j + 2)
                {
                    j += 2;
                } else {
                    break;
                }
            }
            Some(j)
        };
        let mut out: Vec<(usize, usize, String, String, bool)> = Vec::new();
        let push = |out: &mut Vec<(usize, usize, String, String, bool)>,
                    i: usize,
                    j: usize,
                    reason: String,
                    single_ok: bool| {
            let (s, mut e) = (toks[i].start, toks[j].end);
            let mut name = text[s..e].to_string();
            if let Some(x) = name.strip_suffix("'s").or_else(|| name.strip_suffix("’s")) {
                name = x.to_string();
                e = s + name.len();
            }
            let single = i == j;
            if single && !single_ok {
                return;
            }
            if out.iter().any(|o| o.0 < e && s < o.1) {
                return;
            }
            out.push((s, e, name, reason, single));
        };
        for i in 0..toks.len() {
            let w = word(i);
            // Titles ("Gen. Sami Sadat", "Prime Minister X") and capitalized role nouns.
            let mut after_title = None;
            for t in self
                .titles_by_first
                .get(w)
                .into_iter()
                .flatten()
                .map(|&k| &self.titles[k])
            {
                if i + t.len() <= toks.len()
                    && t.iter().enumerate().all(|(k, tw)| word(i + k) == tw)
                    && (0..t.len() - 1).all(|k| adjacent(i + k, i + k + 1))
                {
                    after_title = Some((i + t.len(), t.join(" ")));
                    break;
                }
            }
            if after_title.is_none() && is_cap(w) && self.roles.contains(&w.to_lowercase()) {
                after_title = Some((i + 1, w.to_string()));
            }
            if after_title.is_none() && !is_cap(w) && self.roles.contains(w) {
                after_title = Some((i + 1, w.to_string()));
            }
            if let Some((n, title)) = after_title {
                if n < toks.len() && adjacent(n - 1, n) {
                    if let Some(j) = take_name(n) {
                        let keeps_title =
                            is_cap(&title) && !matches!(title.as_str(), "Mr" | "Mrs" | "Ms" | "Dr");
                        if j == n && keeps_title {
                            // A single name after a title: keep the title as part of how the person is known.
                            let (s, e) = (toks[i].start, toks[j].end);
                            let name = text[s..e].to_string();
                            let name = name
                                .trim_end_matches("'s")
                                .trim_end_matches("’s")
                                .to_string();
                            if !out.iter().any(|o| o.0 < e && s < o.1) {
                                out.push((
                                    toks[n].start,
                                    toks[j].end,
                                    name,
                                    format!("title {title}"),
                                    true,
                                ));
                            }
                        } else {
                            push(&mut out, n, j, format!("title {title}"), !is_cap(&title));
                        }
                        continue;
                    }
                }
            }
            // Speakers: "said Karim", "according to Name", "Name said", "Name, a ..., said".
            let lw = w.to_lowercase();
            if (self.speech.contains(&lw)
                || (lw == "to" && i > 0 && word(i - 1).eq_ignore_ascii_case("according"))
                || (lw == "as" && i > 1 && matches!(word(i - 1), "himself" | "herself")))
                && i + 1 < toks.len()
                && adjacent(i, i + 1)
            {
                {
                    if let Some(j) = take_name(i + 1) {
                        let ends = j + 1 >= toks.len()
                            || !adjacent(j, j + 1)
                            || toks[j + 1].sentence != toks[j].sentence;
                        push(
                            &mut out,
                            i + 1,
                            j,
                            format!("speaker ({w})"),
                            ends && lw != "to",
                        );
                    }
                }
            }
            if name_word(i) && (i == 0 || !name_word(i - 1)) {
                if let Some(j) = take_name(i) {
                    if j > i && j + 1 < toks.len() {
                        let next = word(j + 1).to_lowercase();
                        let gap = &text[toks[j].end..toks[j + 1].start];
                        if gap.trim().is_empty() && self.speech.contains(&next) {
                            push(&mut out, i, j, format!("speaker ({next})"), false);
                        } else if gap.trim() == ","
                            && (matches!(next.as_str(), "a" | "an" | "the" | "who")
                                || (j + 4 < toks.len()
                                    && (1..=3)
                                        .any(|k| self.roles.contains(&word(j + k).to_lowercase()))))
                        {
                            push(&mut out, i, j, "apposition".into(), false);
                        } else if i > 0
                            && self.roles.contains(&word(i - 1).to_lowercase())
                            && text[toks[i - 1].end..toks[i].start].trim() == ","
                        {
                            push(
                                &mut out,
                                i,
                                j,
                                format!("apposition to {}", word(i - 1)),
                                false,
                            );
                        }
                    }
                }
            }
        }
        out
    }
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
    for v in out.clone() {
        if v.contains('\'') {
            out.push(v.replace('\'', "’"));
            out.push(v.replace('\'', ""));
        }
    }
    out
}

fn boundary_ok(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    !before.is_some_and(|c| {
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

/// Whether `pos` falls in one of the `shouting_lines`.
fn in_shouting_line(lines: &[(usize, usize)], pos: usize) -> bool {
    lines.iter().any(|&(s, e)| s <= pos && pos < e)
}

/// `(byte of "(", acronym)` for every "(ACR)" in the text.
fn acronym_definitions(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices('(') {
        let rest = &text[open + 1..];
        let Some(close) = rest.find(')') else {
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
        {
            out.push((open, inner.to_string()));
        }
    }
    out
}

/// Marks the tokens overlapping bytes `s..e` as covered (tokens are in text order).
fn cover(toks: &[Tok], covered: &mut [bool], s: usize, e: usize) {
    let mut i = toks.partition_point(|t| t.end <= s);
    while i < toks.len() && toks[i].start < e {
        covered[i] = true;
        i += 1;
    }
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

#[cfg(test)]
mod tests;
