//! The other uses of a name discovered once by its context: "the security firm Orlan"
//! tells that Orlan is a body; "Orlan also supplied weapons" three sentences on names it
//! too, with no noun of its kind beside it. So for a person's whole name ("no commander
//! by the name of Kagui Samir Salamat") and a body's ("Los Lobos", found by its context,
//! is not found again by its shape).

use super::{cover, is_cap, ActorRef, Doc, Kind, Mention, Recognizer};
use rustc_hash::FxHashMap as HashMap;

impl Recognizer {
    /// Stage: every use of a discovered person's or body's name as written, not
    /// followed by more of a word, is a mention of it.
    /// - A body's name must be whole and free: no capitalized word glued before or after
    ///   it ("Radio Orlan"), no word of it covered already; one word of it will do, but
    ///   not where it opens a sentence ("Hope is fading").
    /// - A person's name of two words or more may follow a title or a demonym ("Russian
    ///   President X") and run over a mention of its last words, which it replaces
    ///   ("Ustaz Farhan" over "Farhan"); a person's one word is a surname (`surnames`).
    pub(super) fn repeated_names(&self, d: &mut Doc) {
        let text = d.text;
        // Each name by its first word: trying every name at every word made a long
        // document with many persons quadratic.
        let mut by_first: HashMap<&str, Vec<(&str, usize, bool)>> = HashMap::default();
        for (f, found) in d.found.iter().enumerate() {
            let name = found.name.as_str();
            let body = matches!(found.kind, Kind::Organization | Kind::Agency);
            let first = name.split(' ').next().unwrap_or(name);
            let last = name.rsplit(' ').next().unwrap_or(name);
            // "Fulani militia" is made of "Fulani militiamen": only names capitalized at
            // both ends are written as they are named.
            let kind_ok = body || found.kind == Kind::Person && name.contains(' ');
            if kind_ok && is_cap(first) && is_cap(last) {
                by_first.entry(first).or_default().push((name, f, body));
            }
            // "the Rasta City gang" is "Rasta City" later: a body named with its group
            // noun, by the two capitalized words or more before it ("the Bishnoi gang"
            // is not "Bishnoi", who may be its leader).
            let short = name
                .rsplit_once(' ')
                .filter(|(short, noun)| {
                    body && short.contains(' ') && self.group_nouns_after.contains(*noun)
                })
                .map(|(short, _)| short);
            if let Some(short) = short.filter(|_| is_cap(first)) {
                by_first.entry(first).or_default().push((short, f, body));
            }
            // A body's acronyms the document defined ("ESA") are its name too.
            for acronym in found.acronyms.iter().filter(|_| body) {
                by_first
                    .entry(acronym)
                    .or_default()
                    .push((acronym, f, body));
            }
        }
        if by_first.is_empty() {
            return;
        }
        let toks = &d.toks;
        for (i, t) in toks.iter().enumerate() {
            let w = &text[t.start..t.end];
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            let Some(names) = by_first.get(w) else {
                continue;
            };
            // (A capitalized word opening the sentence may be any word: "Later X".)
            let glued_before = i >= 2
                && toks[i - 2].sentence == t.sentence
                && text[toks[i - 1].end..t.start] == *" "
                && is_cap(&text[toks[i - 1].start..toks[i - 1].end])
                && !self
                    .not_names
                    .contains(&text[toks[i - 1].start..toks[i - 1].end]);
            let opens = i == 0 || toks[i - 1].sentence != t.sentence;
            let covered = &d.covered;
            let hit = names.iter().find(|&&(name, _, body)| {
                let Some(after) = text[t.start..].strip_prefix(name) else {
                    return false;
                };
                if after.starts_with(char::is_alphanumeric) {
                    return false;
                }
                if !body {
                    return !covered[i];
                }
                let end = t.start + name.len();
                let longer = after.strip_prefix(' ').is_some_and(is_cap);
                let free = toks[i..]
                    .iter()
                    .zip(&covered[i..])
                    .take_while(|(k, _)| k.start < end)
                    .all(|(_, c)| !c);
                free && !glued_before && !longer && (!opens || name.contains(' '))
            });
            if let Some(&(name, f, _)) = hit {
                let (s, e) = (t.start, t.start + name.len());
                d.mentions.push(Mention {
                    start: s,
                    end: e,
                    sentence: 0,
                    actor: ActorRef::Found(f),
                    rule: "name of an actor named earlier".into(),
                });
                cover(toks, &mut d.covered, s, e);
            }
        }
    }
}

impl Recognizer {
    /// Stage: "the Muslim Brotherhood ... the Brotherhood": after a body's name of two
    /// words or more, "the" and the name's last word name it again, when that word is no
    /// common head of a state's bodies ("the Army", "the Forces") nor a generic word, and
    /// no other body the document names ends in it.
    pub(super) fn short_names(&self, d: &mut Doc) {
        let text = d.text;
        let mut by_last: HashMap<&str, (Option<ActorRef>, usize)> = HashMap::default();
        for m in &d.mentions {
            let kind = self.kind_of(m.actor, &d.found);
            // (Any body ending in the word makes it ambiguous; only an organization's is
            // taken up: "the Council" after the UN Security Council and the STC is neither.)
            let body = matches!(kind, Kind::Organization | Kind::Agency | Kind::Igo);
            let surface = &text[m.start..m.end];
            let Some((lead, last)) = surface.rsplit_once(' ') else {
                continue;
            };
            // ("the American University of Beirut": a place ends it, not a name; and
            // in "the Movement for the Emancipation of the Niger Delta" the words after
            // "of" or "for" say what the body is of, its head comes before.)
            let place = matches!(lead.rsplit(' ').next(), Some("of" | "for" | "in" | "de"))
                || lead.split(' ').any(|w| matches!(w, "of" | "for"));
            if !body
                || place
                || !is_cap(last)
                || !last.chars().all(char::is_alphabetic)
                || self.agency_heads.contains(last)
                || self.not_names.contains(last)
                || self.generic.contains(&last.to_lowercase())
            {
                continue;
            }
            let own = (kind == Kind::Organization).then_some(m.actor);
            let entry = by_last.entry(last).or_insert((own, m.end));
            if entry.0 != own {
                entry.0 = None;
            }
            entry.1 = entry.1.min(m.end);
        }
        if by_last.is_empty() {
            return;
        }
        let toks = &d.toks;
        for i in 1..toks.len() {
            let t = toks[i];
            let w = &text[t.start..t.end];
            let Some(&(Some(actor), first_end)) = by_last.get(w) else {
                continue;
            };
            let article = &text[toks[i - 1].start..toks[i - 1].end];
            let glued = |a: usize, b: usize| text[toks[a].end..toks[b].start] == *" ";
            let longer = i + 1 < toks.len()
                && glued(i, i + 1)
                && toks[i + 1].sentence == t.sentence
                && is_cap(&text[toks[i + 1].start..toks[i + 1].end]);
            if t.start < first_end
                || d.covered[i]
                || !matches!(article, "the" | "The")
                || !glued(i - 1, i)
                || longer
            {
                continue;
            }
            one_word_mention(
                (&mut d.mentions, &mut d.covered, toks),
                (t.start, t.end),
                actor,
                "short form of a name given earlier".into(),
            );
        }
    }
}

impl Recognizer {
    /// Stage: "the Federal Bureau of Investigation ... the bureau said", "the Southern
    /// Lions Brigade ... the brigade": "the" and a body's or unit's head word in lowercase
    /// name the body last named with that word in its name, within the three sentences
    /// before. (Not "the army", "the police", "the forces", which the claims stage reads as
    /// a state's forces, nor "the group", which stands for any group.)
    pub(super) fn bodies_by_head(&self, d: &mut Doc) {
        // (The lexicon's `[discovery] unit_heads`.)
        let heads = &self.unit_heads;
        let text = d.text;
        // Mentions of bodies with such a head word, in text order: (start, sentence, head,
        // actor).
        let mut bodies: Vec<(usize, usize, &str, ActorRef)> = Vec::new();
        for m in &d.mentions {
            let kind = self.kind_of(m.actor, &d.found);
            if !matches!(kind, Kind::Agency | Kind::Organization | Kind::Igo) {
                continue;
            }
            let sentence = d.toks.partition_point(|t| t.start < m.start);
            let sentence = d.toks.get(sentence).map_or(0, |t| t.sentence);
            // ("the KDP ... the party's fighters": the head of the body's full name
            // counts for a mention by its acronym.)
            // (Each head once per mention: the name often repeats the surface.)
            let name = self.name_of(m.actor, &d.found);
            let mut own: Vec<&str> = Vec::new();
            for w in text[m.start..m.end].split(' ').chain(name.split(' ')) {
                if let Some(h) = heads.values().find(|h| h.as_str() == w) {
                    if !own.contains(&h.as_str()) {
                        own.push(h.as_str());
                    }
                }
            }
            bodies.extend(own.into_iter().map(|h| (m.start, sentence, h, m.actor)));
        }
        if bodies.is_empty() {
            return;
        }
        bodies.sort_by_key(|b| b.0);
        let toks = &d.toks;
        for i in 1..toks.len() {
            let t = toks[i];
            // ("the party's civilian wing": the word without its possessive.)
            let lower = d.lower.get(i);
            let bare = lower
                .strip_suffix("'s")
                .or_else(|| lower.strip_suffix("’s"))
                .unwrap_or(lower);
            let end = t.end - (lower.len() - bare.len());
            let w = &text[t.start..end];
            // (One look-up in the token's lowercase: this runs for every word.)
            let Some(head) = heads.get(bare).filter(|h| w != h.as_str()) else {
                continue;
            };
            let article = &text[toks[i - 1].start..toks[i - 1].end];
            // ("the bureau of statistics" names another.)
            if d.covered[i]
                || !matches!(article, "the" | "The")
                || text[t.end..].starts_with(" of ")
            {
                continue;
            }
            // The last body with that head before, if near enough.
            let before = bodies.partition_point(|b| b.0 < t.start);
            let Some(&(_, sentence, _, actor)) =
                bodies[..before].iter().rev().find(|b| b.2 == head)
            else {
                continue;
            };
            if t.sentence > sentence + 3 {
                continue;
            }
            let rule = format!("the {} named before", head.to_lowercase());
            one_word_mention(
                (&mut d.mentions, &mut d.covered, toks),
                (t.start, end),
                actor,
                rule,
            );
        }
    }
}

/// A mention of `actor` over one word, which it covers.
fn one_word_mention(
    (mentions, covered, toks): (&mut Vec<Mention>, &mut [bool], &[super::Tok]),
    (start, end): (usize, usize),
    actor: ActorRef,
    rule: String,
) {
    mentions.push(Mention {
        start,
        end,
        sentence: 0,
        actor,
        rule,
    });
    cover(toks, covered, start, end);
}
