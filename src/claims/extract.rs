//! The extractor: for each sentence, the actor slots (mentions, and phrases such as "the
//! group" or "the two groups" resolved to actors), the cues, and from them claims.

use super::lexicon::{Cue, CueMatch, Lexicon};
use super::time::claim_time;
use super::{Claim, Modality, Polarity, Relation, Source};
use crate::actors::{ActorRef, DocActors, Kind};
use crate::read::date::Date;
use crate::text::Sentence;

/// A place in a sentence that stands for one or two actors.
#[derive(Debug, Clone)]
struct Slot {
    start: usize,
    end: usize,
    actors: Vec<ActorRef>,
    /// A pronoun or description rather than a name.
    phrase: bool,
    /// "each other": the two actors are related to one another.
    reciprocal: bool,
}

/// A word of a sentence.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

/// Which actors a phrase can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    /// Organizations and agencies ("the group").
    Groups,
    /// States ("the government", "those countries").
    States,
    /// Any party but a person ("they", "both sides").
    Any,
}

/// Phrases in a sentence that stand for actors named before them:
/// `(start, end, how many actors, reciprocal, which kinds)`, offsets relative to the sentence.
fn anaphora_spans(
    sentence: &str,
    a: &super::lexicon::Anaphora,
) -> Vec<(usize, usize, usize, bool, Want)> {
    let lower = sentence.to_ascii_lowercase(); // byte offsets stay those of `sentence`
    let mut out: Vec<(usize, usize, usize, bool, Want)> = Vec::new();
    let toks: Vec<(usize, usize)> = {
        let mut v = Vec::new();
        let mut st: Option<usize> = None;
        for (i, ch) in lower.char_indices() {
            if ch.is_alphanumeric() || (ch == '\'' || ch == '’') && st.is_some() {
                st.get_or_insert(i);
            } else if let Some(s) = st.take() {
                v.push((s, i));
            }
        }
        if let Some(s) = st {
            v.push((s, lower.len()));
        }
        v
    };
    let w = |i: usize| &lower[toks[i].0..toks[i].1];
    let orig = |i: usize| &sentence[toks[i].0..toks[i].1];
    let strip = |x: &str| x.trim_end_matches("'s").trim_end_matches("’s").to_string();
    let mut i = 0;
    while i < toks.len() {
        let word = w(i);
        let mut matched = false;
        if word == "the" || word == "both" || word == "those" || word == "these" {
            let two = word == "both"
                || (word == "the" && i + 1 < toks.len() && w(i + 1) == "two")
                || word == "those"
                || word == "these";
            let first = if word == "the" && two { i + 2 } else { i + 1 };
            for k in first..(first + 3).min(toks.len()) {
                if orig(k).chars().next().is_some_and(char::is_uppercase) {
                    break;
                }
                let head = strip(w(k));
                let hit = if two {
                    a.groups_nouns.contains(&head)
                } else {
                    a.group_nouns.contains(&head)
                };
                if hit {
                    let want = if a.state_nouns.contains(&head) {
                        Want::States
                    } else if a.any_nouns.contains(&head) {
                        Want::Any
                    } else {
                        Want::Groups
                    };
                    out.push((toks[i].0, toks[k].1, if two { 2 } else { 1 }, false, want));
                    i = k + 1;
                    matched = true;
                    break;
                }
            }
        }
        if !matched {
            // "it is believed", "it seems": an expletive stands for no one.
            let expletive = word == "it"
                && i + 1 < toks.len()
                && matches!(
                    w(i + 1),
                    "is" | "was"
                        | "seems"
                        | "seemed"
                        | "appears"
                        | "appeared"
                        | "remains"
                        | "remained"
                        | "would"
                        | "could"
                        | "might"
                        | "may"
                        | "should"
                        | "must"
                        | "takes"
                        | "took"
                );
            if a.pronouns.iter().any(|p| p == word) && !expletive {
                out.push((toks[i].0, toks[i].1, 1, false, Want::Any));
            }
            i += 1;
        }
    }
    for r in &a.reciprocals {
        for (off, _) in lower.match_indices(r.as_str()) {
            out.push((off, off + r.len(), 2, true, Want::Any));
        }
    }
    out
}

const PERSON_PRONOUNS: &[&str] = &["he", "she"];

/// The offices a pack gives a person: `(leads or member_of, the organization or state)`.
pub type Offices<'a> = &'a dyn Fn(ActorRef) -> Vec<(Relation, ActorRef)>;

/// Extracts the claims of one document.
pub fn extract(
    text: &str,
    sentences: &[Sentence],
    actors: &DocActors,
    kind_of: &dyn Fn(ActorRef) -> Kind,
    offices: Offices,
    lexicon: &Lexicon,
    published: Option<Date>,
) -> Vec<Claim> {
    let quotes = quote_spans(text);
    let in_quote = |p: usize| quotes.iter().any(|&(s, e)| s <= p && p < e);
    let mut out = Vec::new();
    let mut history: Vec<(usize, ActorRef)> = Vec::new(); // mentions seen so far, in order
    let mut last_speaker: Option<ActorRef> = None;
    let mut quote_speaker: Vec<(usize, usize, Option<ActorRef>)> = Vec::new();
    let mut m_at = 0;
    for (si, sent) in sentences.iter().enumerate() {
        let (ss, se) = (sent.start, sent.end);
        let s_text = &text[ss..se];
        let words = words(text, ss, se);
        // Named slots.
        let mut slots: Vec<Slot> = Vec::new();
        while m_at < actors.mentions.len() && actors.mentions[m_at].start < se {
            let m = &actors.mentions[m_at];
            if m.start >= ss {
                slots.push(Slot {
                    start: m.start,
                    end: m.end,
                    actors: vec![m.actor],
                    phrase: false,
                    reciprocal: false,
                });
            }
            m_at += 1;
        }
        // "Somalia's al-Shabaab", "Iran's Revolutionary Guard": the possessor only
        // modifies the name that follows it.
        let modifiers: Vec<usize> = (0..slots.len().saturating_sub(1))
            .filter(|&i| {
                let glue = &text[slots[i].end..slots[i + 1].start];
                matches!(glue, "'s " | "’s " | "' " | "’ ")
            })
            .collect();
        for i in modifiers.into_iter().rev() {
            slots.remove(i);
        }
        // Phrases resolved to actors named before them.
        for (ps, pe, n, reciprocal, want) in anaphora_spans(s_text, &lexicon.anaphora) {
            let (s, e) = (ss + ps, ss + pe);
            if slots.iter().any(|x| x.start < e && s < x.end) {
                continue;
            }
            let before: Vec<(usize, ActorRef)> = history
                .iter()
                .copied()
                .chain(
                    slots
                        .iter()
                        .filter(|x| x.end <= s && !x.phrase)
                        .map(|x| (x.start, x.actors[0])),
                )
                .filter(|(_, a)| match (want, kind_of(*a)) {
                    (_, Kind::Person) => false,
                    (Want::Groups, k) => matches!(k, Kind::Organization | Kind::Agency),
                    (Want::States, k) => k == Kind::State,
                    (Want::Any, _) => true,
                })
                .collect();
            // A pronoun does not stand for a name its own sentence gives later
            // ("they are welcomed as guests of the Front").
            let later: Vec<ActorRef> = slots
                .iter()
                .filter(|x| x.start >= e && !x.phrase)
                .map(|x| x.actors[0])
                .collect();
            let before: Vec<(usize, ActorRef)> = if n == 1 {
                before
                    .into_iter()
                    .filter(|(_, a)| !later.contains(a))
                    .collect()
            } else {
                before
            };
            let mut picked = last_distinct(&before, n, s);
            // "The coalition is led by ...": a phrase opening its sentence continues the
            // previous sentence's subject, its first fitting actor.
            let opens = gap_words(&words, ss, s) <= 1;
            if n == 1 && opens && (want != Want::Any || !in_quote(s)) {
                let prev_start = si.checked_sub(1).map_or(ss, |p| sentences[p].start);
                if let Some(&(_, a)) = before.iter().find(|(p, _)| *p >= prev_start && *p < ss) {
                    picked = vec![a];
                }
            }
            // "They came into prominence after they started ...": a pronoun repeats the
            // reading of the sentence's first one.
            if n == 1 && want == Want::Any {
                if let Some(first) = slots
                    .iter()
                    .find(|x| x.phrase && x.actors.len() == 1 && x.start < s && !reciprocal)
                {
                    if text[first.start..first.end].eq_ignore_ascii_case(&text[s..e]) {
                        picked = first.actors.clone();
                    }
                }
            }
            if picked.len() == n {
                slots.push(Slot {
                    start: s,
                    end: e,
                    actors: picked,
                    phrase: true,
                    reciprocal,
                });
            }
        }
        slots.sort_by_key(|x| x.start);

        let cues: Vec<CueMatch> = lexicon
            .find(s_text)
            .into_iter()
            .map(|c| CueMatch {
                start: c.start + ss,
                end: c.end + ss,
                ..c
            })
            // A cue inside an actor's name is part of the name ("United States",
            // "Resolute Support Mission").
            .filter(|c| {
                !slots
                    .iter()
                    .any(|x| !x.phrase && x.start < c.end && c.start < x.end)
            })
            .collect();

        // Who speaks: attribution outside quotes in this sentence.
        let (speaker, speaker_spans) = find_speaker(
            text,
            &words,
            &slots,
            &cues,
            &in_quote,
            &history,
            kind_of,
            last_speaker,
        );
        if let Some(sp) = speaker {
            last_speaker = Some(sp);
        }
        for &(qs, qe) in quotes.iter().filter(|(qs, qe)| *qs < se && ss < *qe) {
            if !quote_speaker.iter().any(|q| q.0 == qs) {
                quote_speaker.push((qs, qe, speaker));
            } else if let Some(q) = quote_speaker.iter_mut().find(|q| q.0 == qs) {
                if q.2.is_none() {
                    q.2 = speaker;
                }
            }
        }

        // "We drove them out of the valley," said a Malian officer: in a quotation,
        // "we" is the speaker's side, the speaker itself when it is an organization, else
        // the organization the document has said the speaker belongs to or leads.
        for w in &words {
            let token = &text[w.start..w.end];
            if !lexicon
                .anaphora
                .first_person
                .iter()
                .any(|p| p.eq_ignore_ascii_case(token))
                || !in_quote(w.start)
            {
                continue;
            }
            let who = quote_speaker
                .iter()
                .rev()
                .find(|q| q.0 <= w.start && w.start < q.1)
                .and_then(|q| q.2)
                .or(speaker);
            let side = who.and_then(|a| {
                if kind_of(a) != Kind::Person {
                    return Some(a);
                }
                out.iter()
                    .rev()
                    .find(|c: &&Claim| {
                        c.subject == a
                            && matches!(c.relation, Relation::MemberOf | Relation::Leads)
                            && c.polarity == Polarity::Affirmed
                    })
                    .map(|c| c.object)
            });
            if let Some(side) = side {
                if !slots.iter().any(|x| x.start < w.end && w.start < x.end) {
                    slots.push(Slot {
                        start: w.start,
                        end: w.end,
                        actors: vec![side],
                        phrase: true,
                        reciprocal: false,
                    });
                }
            }
        }
        slots.sort_by_key(|x| x.start);

        let mut sentence_claims: Vec<Claim> = Vec::new();
        for (ci, c) in cues.iter().enumerate() {
            // "the U.S.-led coalition": compounds are read below, not as verbs.
            if text[..c.start].ends_with('-') {
                continue;
            }
            // "fought ... with money and weapons": an instrument, not a transfer.
            let prior_word = words
                .iter()
                .rev()
                .find(|w| w.end <= c.start)
                .map(|w| text[w.start..w.end].to_lowercase());
            if matches!(c.cue, Cue::Noun(_))
                && prior_word.as_deref() == Some("with")
                && !text[c.end..se].trim_start().starts_with("from")
            {
                continue;
            }
            let (rel, noun, inverse) = match c.cue {
                Cue::Verb(r) => (r, false, false),
                Cue::Noun(r) => (r, true, false),
                Cue::Inverse(r) => (r, true, true),
                _ => continue,
            };
            let role =
                matches!(rel, Relation::MemberOf | Relation::Leads | Relation::PartOf) && noun;
            // A speaker is no party to what they say, but their own title still counts.
            let candidates: Vec<&Slot> = slots
                .iter()
                .filter(|x| role || !speaker_spans.iter().any(|&(s, e)| x.start < e && s < x.end))
                .filter(|x| !compound_modifier(text, &words, &slots, x))
                .collect();
            let pairs = if role {
                role_pairs(
                    text,
                    &words,
                    &candidates,
                    c,
                    rel,
                    kind_of,
                    &lexicon.topical_roles,
                )
            } else {
                relation_pairs(
                    text,
                    &words,
                    &candidates,
                    c,
                    rel,
                    noun,
                    &|a, b| {
                        cues.iter()
                            .any(|m| m.cue == Cue::Denial && m.start >= a && m.end <= b)
                    },
                    kind_of,
                )
            };
            // Lists: "shelter to ISWAP, Ansaru and JNIM"; "Russia and Iran fund ...".
            let pairs: Vec<(ActorRef, ActorRef)> = if role {
                pairs
            } else {
                pairs
                    .into_iter()
                    .flat_map(|(a, b)| {
                        let subjects = coordinated(text, &words, &candidates, a, c.start, false);
                        let objects = coordinated(text, &words, &candidates, b, c.end, true);
                        subjects
                            .into_iter()
                            .flat_map(move |x| objects.clone().into_iter().map(move |y| (x, y)))
                    })
                    .collect()
            };
            // "another JNIM leader, X": one leader among several is a member. The
            // determiner opens the role phrase: only the owner's name and adjectives such
            // as "senior" may stand between.
            let indefinite = rel == Relation::Leads && noun && {
                let owner_start = slots
                    .iter()
                    .rev()
                    .find(|x| x.end <= c.start && gap_words(&words, x.end, c.start) <= 2)
                    .map_or(c.start, |x| x.start);
                let prior: Vec<String> = between(
                    text,
                    &words,
                    owner_start.saturating_sub(60).max(ss),
                    owner_start,
                );
                prior
                    .iter()
                    .rev()
                    .find(|w| {
                        !matches!(
                            w.as_str(),
                            "senior"
                                | "former"
                                | "top"
                                | "local"
                                | "key"
                                | "prominent"
                                | "powerful"
                                | "military"
                                | "regional"
                                | "deputy"
                        )
                    })
                    .is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "a" | "an" | "another" | "several" | "other" | "some"
                        )
                    })
            };
            let rel = if indefinite { Relation::MemberOf } else { rel };
            // An inverse noun needs its bearer linked to it: "X are guests of Y", "X, a proxy of Y".
            let pairs: Vec<(ActorRef, ActorRef)> = if inverse {
                pairs
                    .into_iter()
                    .filter(|(a, _)| {
                        candidates
                            .iter()
                            .rev()
                            .find(|x| x.end <= c.start && x.actors.contains(a))
                            .is_some_and(|x| {
                                let glue = &text[x.end..c.start];
                                let ws = between(text, &words, x.end, c.start);
                                glue.contains(',')
                                    || ws.iter().any(|w| {
                                        matches!(
                                            w.as_str(),
                                            "is" | "are"
                                                | "was"
                                                | "were"
                                                | "as"
                                                | "became"
                                                | "remain"
                                                | "remains"
                                                | "considered"
                                        )
                                    })
                            })
                    })
                    .collect()
            } else {
                pairs
            };
            // "X are guests of Y": Y shelters X.
            let pairs: Vec<(ActorRef, ActorRef)> = if inverse {
                pairs.into_iter().map(|(a, b)| (b, a)).collect()
            } else {
                pairs
            };
            for (subj, obj) in pairs {
                // "the hardline wing is headed by the River Brigades": an organization
                // heading another's faction is part of it.
                let rel = if matches!(rel, Relation::Leads | Relation::MemberOf)
                    && kind_of(subj) == Kind::Organization
                    && kind_of(obj) == Kind::Organization
                {
                    Relation::PartOf
                } else if rel == Relation::Supplies && noun && aimed_at(text, &words, c.end) {
                    // "launched rockets at X": weapons aimed at someone are an attack.
                    Relation::Hostile
                } else {
                    rel
                };
                if subj == obj || !kinds_fit(rel, kind_of(subj), kind_of(obj)) {
                    continue;
                }
                // Modifiers count only on the same side of a quotation mark as the cue.
                let quoted = in_quote(c.start);
                let same: Vec<CueMatch> = cues
                    .iter()
                    .copied()
                    .filter(|m| in_quote(m.start) == quoted)
                    .collect();
                let at = same
                    .iter()
                    .position(|m| m.start == c.start && m.cue == c.cue)
                    .unwrap_or(0);
                let polarity = polarity(text, &words, &same, at, ss, &lexicon.through_that);
                // A question asserts nothing.
                // The modality window opens at the comma before the subject: in "While X would
                // help, Y provided Z" the "would" is not Y's.
                let subject_at = candidates
                    .iter()
                    .rev()
                    .find(|x| x.end <= c.start && x.actors.contains(&subj))
                    .map(|x| x.start);
                let window_from = subject_at
                    .and_then(|p| text[ss..p].rfind(", ").map(|q| ss + q + 2))
                    .unwrap_or(ss);
                let modality = if s_text.trim_end_matches(['"', '”', '’', ')']).ends_with('?') {
                    Modality::Hypothetical
                } else {
                    modality(text, &same, at, window_from)
                };
                let mut source = match speaker {
                    Some(a) => Source::Actor(a),
                    None => Source::Author,
                };
                if in_quote(c.start) {
                    let q = quote_speaker
                        .iter()
                        .rev()
                        .find(|q| q.0 <= c.start && c.start < q.1)
                        .and_then(|q| q.2);
                    source = q
                        .or(speaker)
                        .or(last_speaker)
                        .map(Source::Actor)
                        .unwrap_or(Source::Author);
                }
                if let Some(d) = denier(&cues, ci, &slots, c.start) {
                    source = Source::Actor(d);
                }
                sentence_claims.push(Claim {
                    subject: subj,
                    relation: rel,
                    object: obj,
                    polarity,
                    modality,
                    source,
                    sentence: si,
                    start: ss,
                    end: se,
                    cue: text[c.start..c.end].to_string(),
                    rule: if role { "role noun" } else { "relation cue" },
                    time: None,
                });
            }
        }
        // "President Biden", "Foreign Minister X": a title the pack says the person holds
        // names the office's organization even when the sentence does not.
        for (person, rel, office, cue) in known_offices(text, &slots, &cues, kind_of, offices) {
            if sentence_claims
                .iter()
                .any(|c| c.subject == person && c.relation == rel)
            {
                continue;
            }
            sentence_claims.push(Claim {
                subject: person,
                relation: rel,
                object: office,
                polarity: Polarity::Affirmed,
                modality: Modality::Asserted,
                // A title is the narrator's description unless a quotation gives it.
                source: if in_quote(cue.start) {
                    speaker.map(Source::Actor).unwrap_or(Source::Author)
                } else {
                    Source::Author
                },
                sentence: si,
                start: ss,
                end: se,
                cue: text[cue.start..cue.end].to_string(),
                rule: "title of a known office",
                time: None,
            });
        }
        // Compound modifiers: "the Iran-backed Houthis", "al-Qaeda-linked JNIM".
        for (k, x) in slots.iter().enumerate() {
            let rest = &text[x.end..se];
            let Some(after) = rest.strip_prefix('-') else {
                continue;
            };
            let word: String = after
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase();
            let Some((_, rel)) = lexicon.compounds.iter().find(|(w, _)| *w == word) else {
                continue;
            };
            let word_end = x.end + 1 + word.len();
            let target = slots[k + 1..]
                .iter()
                .find(|y| y.start >= word_end)
                .filter(|y| {
                    !text[word_end..y.start].contains([',', ';', '.'])
                        && gap_words(&words, word_end, y.start) <= 3
                });
            if let (Some(y), 1) = (target, x.actors.len()) {
                for &o in &y.actors {
                    if x.actors[0] != o && kinds_fit(*rel, kind_of(x.actors[0]), kind_of(o)) {
                        sentence_claims.push(Claim {
                            subject: x.actors[0],
                            relation: *rel,
                            object: o,
                            polarity: Polarity::Affirmed,
                            modality: Modality::Asserted,
                            source: speaker.map(Source::Actor).unwrap_or(Source::Author),
                            sentence: si,
                            start: ss,
                            end: se,
                            cue: text[x.end..word_end].to_string(),
                            rule: "compound modifier",
                            time: None,
                        });
                    }
                }
            }
        }
        // A specific type stated for a pair replaces plain `ties` for it.
        let specific: Vec<(ActorRef, ActorRef)> = sentence_claims
            .iter()
            .filter(|c| c.relation != Relation::Ties)
            .flat_map(|c| [(c.subject, c.object), (c.object, c.subject)])
            .collect();
        sentence_claims
            .retain(|c| c.relation != Relation::Ties || !specific.contains(&(c.subject, c.object)));
        // The time the sentence states, worked out only for sentences that claim something.
        let time = if sentence_claims.is_empty() {
            None
        } else {
            claim_time(s_text, published)
        };
        let mut seen = Vec::new();
        for mut c in sentence_claims {
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
        for x in &slots {
            if !x.phrase {
                history.push((x.start, x.actors[0]));
            }
        }
    }
    out
}

/// Titles right before a person's name ("President X", "Foreign Minister X") whose
/// relation matches an office the pack gives that person: `(person, relation, office, cue)`.
fn known_offices(
    text: &str,
    slots: &[Slot],
    cues: &[CueMatch],
    kind_of: &dyn Fn(ActorRef) -> Kind,
    offices: Offices,
) -> Vec<(ActorRef, Relation, ActorRef, CueMatch)> {
    let mut out = Vec::new();
    for x in slots.iter().filter(|x| !x.phrase && x.actors.len() == 1) {
        let person = x.actors[0];
        if kind_of(person) != Kind::Person {
            continue;
        }
        let Some(cue) = cues.iter().rev().find(|c| {
            c.end <= x.start
                && text[c.end..x.start].trim().is_empty()
                && matches!(c.cue, Cue::Noun(Relation::Leads | Relation::MemberOf))
                && text[c.start..].starts_with(char::is_uppercase)
        }) else {
            continue;
        };
        let Cue::Noun(rel) = cue.cue else { continue };
        for (r, office) in offices(person) {
            if r == rel {
                out.push((person, rel, office, *cue));
            }
        }
    }
    out
}

/// The last `n` distinct actors before byte `pos`, most recent first.
fn last_distinct(history: &[(usize, ActorRef)], n: usize, pos: usize) -> Vec<ActorRef> {
    let mut out: Vec<ActorRef> = Vec::new();
    let mut items: Vec<&(usize, ActorRef)> = history.iter().filter(|(p, _)| *p < pos).collect();
    items.sort_by_key(|(p, _)| *p);
    for (_, a) in items.into_iter().rev() {
        if !out.contains(a) {
            out.push(*a);
            if out.len() == n {
                break;
            }
        }
    }
    out
}

fn words(text: &str, ss: usize, se: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text[ss..se].char_indices() {
        if c.is_alphanumeric() || (matches!(c, '-' | '\'' | '’') && start.is_some()) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Word {
                start: ss + s,
                end: ss + i,
            });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: ss + s,
            end: se,
        });
    }
    out
}

/// Number of words between byte positions `a <= b`.
fn gap_words(words: &[Word], a: usize, b: usize) -> usize {
    words.iter().filter(|w| w.start >= a && w.end <= b).count()
}

fn word_at<'a>(text: &'a str, words: &[Word], pos: usize) -> Option<&'a str> {
    words
        .iter()
        .find(|w| w.start >= pos)
        .map(|w| &text[w.start..w.end])
}

/// The lowercased words strictly between two byte positions.
fn between(text: &str, words: &[Word], a: usize, b: usize) -> Vec<String> {
    words
        .iter()
        .filter(|w| w.start >= a && w.end <= b)
        .map(|w| text[w.start..w.end].to_lowercase())
        .collect()
}

/// True when the text between two slots is a clause or sentence break.
fn crosses_clause(text: &str, a: usize, b: usize) -> bool {
    let t = &text[a.min(b)..a.max(b)];
    t.contains(';')
        || t.contains(" -- ")
        || t.contains(" – ")
        || t.contains(" — ")
        || t.contains(": ")
}

/// `actor` and the actors listed with it: from its slot nearest the cue (after `pos` when
/// `rightwards`, before it otherwise), along "A, B, C and D".
fn coordinated(
    text: &str,
    words: &[Word],
    slots: &[&Slot],
    actor: ActorRef,
    pos: usize,
    rightwards: bool,
) -> Vec<ActorRef> {
    let mut out = vec![actor];
    let at = if rightwards {
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
                if x.start >= pos {
                    x.start - pos
                } else {
                    pos - x.end
                }
            })
            .map(|(i, _)| i)
    });
    let Some(start) = at else { return out };
    let joins = |a: &Slot, b: &Slot| {
        let glue = &text[a.end..b.start];
        let ws = between(text, words, a.end, b.start);
        (glue.contains(',') || !ws.is_empty())
            && ws.iter().all(|w| {
                matches!(
                    w.as_str(),
                    "and" | "or" | "as" | "well" | "the" | "its" | "their" | "nor"
                )
            })
            && !glue.contains(['.', ';', '(', ')'])
    };
    for forward in [true, false] {
        let mut i = start;
        loop {
            let next = if forward { i + 1 } else { i.wrapping_sub(1) };
            let Some(n) = slots.get(next) else { break };
            let (a, b) = if forward {
                (slots[i], *n)
            } else {
                (*n, slots[i])
            };
            // Lists run across the cue only for the side the cue points to.
            let right_side = slots[start].start >= pos;
            let crosses = if right_side {
                n.end <= pos
            } else {
                n.start >= pos
            };
            if crosses
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

/// Subject/object pairs for a relation cue.
#[allow(clippy::too_many_arguments)]
fn relation_pairs(
    text: &str,
    words: &[Word],
    slots: &[&Slot],
    c: &CueMatch,
    rel: Relation,
    noun: bool,
    denied_between: &dyn Fn(usize, usize) -> bool,
    kind_of: &dyn Fn(ActorRef) -> Kind,
) -> Vec<(ActorRef, ActorRef)> {
    // An object pronoun ("killed them") is never the one who acts.
    let left: Vec<&&Slot> = slots
        .iter()
        .filter(|x| x.end <= c.start && !crosses_clause(text, x.end, c.start))
        .filter(|x| {
            !(x.phrase
                && matches!(
                    text[x.start..x.end].to_ascii_lowercase().as_str(),
                    "them" | "us"
                ))
        })
        .collect();
    let right: Vec<&&Slot> = slots
        .iter()
        .filter(|x| x.start >= c.end && !crosses_clause(text, c.end, x.start))
        .collect();
    let reach = if noun { 14 } else { 10 };
    // "General Quell's unit seized ...": a person's possessive names the owner of the
    // one who acts, not the actor.
    let owned_subject = |x: &&&Slot| {
        !noun && {
            let glue = &text[x.end..c.start];
            glue.starts_with("'s ") || glue.starts_with("’s ")
        }
    };
    let near_left = left
        .last()
        .filter(|x| gap_words(words, x.end, c.start) <= reach)
        .filter(|x| {
            !(owned_subject(x) && x.actors.len() == 1 && kind_of(x.actors[0]) == Kind::Person)
        })
        .or_else(|| {
            // "The Front has pooled fighters with the Brigades in the hills ... to fight the
            // forces": an infinitive far from any name takes its clause's subject, the
            // name that opens the clause.
            let infinitive = !noun
                && words
                    .iter()
                    .rev()
                    .find(|w| w.end <= c.start)
                    .is_some_and(|w| text[w.start..w.end].eq_ignore_ascii_case("to"));
            let opening = left.first().filter(|x| {
                let from = clause_start(
                    text,
                    text[..x.start].rfind(['.', '\n']).map_or(0, |p| p + 1),
                    x.start,
                );
                gap_words(words, from, x.start) <= 4
            });
            opening.filter(|_| infinitive)
        });
    // "The RSF, led by General X, have been fighting ...": the subject is the name the
    // parenthetical describes, not the name inside it.
    let near_left = near_left.map(|x| apposition_head(text, words, &left, x, c.start).unwrap_or(x));
    let near_right = right
        .first()
        .filter(|x| gap_words(words, c.end, x.start) <= 8);
    let pair_slot = |x: &Slot| {
        if x.actors.len() == 2 {
            Some((x.actors[0], x.actors[1]))
        } else {
            None
        }
    };
    // Words between two positions, articles dropped.
    let gap = |a: usize, b: usize| -> Vec<String> {
        between(text, words, a, b)
            .into_iter()
            .filter(|w| !matches!(w.as_str(), "the" | "a" | "an"))
            .collect()
    };

    // "ties between X and Y", "relationship between X and Y".
    if let (Some(first), Some(second)) = (right.first(), right.get(1)) {
        let lead = gap(c.end, first.start);
        if lead.last().map(String::as_str) == Some("between")
            && lead.len() <= 3
            && gap(first.end, second.start) == ["and"]
        {
            // "a mediator between X and Y", "brokered a deal between X and Y": the
            // mediator stands apart from the two parties.
            if rel == Relation::Mediates {
                return near_left
                    .map(|m| {
                        vec![
                            (m.actors[0], first.actors[0]),
                            (m.actors[0], second.actors[0]),
                        ]
                    })
                    .unwrap_or_default();
            }
            return vec![(first.actors[0], second.actors[0])];
        }
    }
    if let Some(x) = right.first() {
        if let Some(p) = pair_slot(x) {
            if gap(c.end, x.start).last().map(String::as_str) == Some("between") {
                return vec![p];
            }
        }
    }
    // "the X–Y relationship", "the U.S.-Houthi talks".
    if let (Some(b), true) = (left.last(), left.len() >= 2) {
        let a = left[left.len() - 2];
        let joint = &text[a.end..b.start];
        if joint.chars().all(|ch| matches!(ch, '-' | '–' | '—' | '/'))
            && !joint.is_empty()
            && gap_words(words, b.end, c.start) <= 1
        {
            return vec![(a.actors[0], b.actors[0])];
        }
    }
    // Passive: "trained by X", "led by X"; without "by" the agent is unknown.
    if !noun {
        let before: Vec<String> = between(
            text,
            words,
            c.start
                .saturating_sub(24)
                .max(near_left.map_or(0, |x| x.end)),
            c.start,
        );
        let cue_word = text[c.start..c.end].to_lowercase();
        let participle = cue_word.ends_with("ed")
            || cue_word.ends_with("en")
            || matches!(
                cue_word.as_str(),
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
            );
        let passive = participle
            && before.iter().rev().take(2).any(|w| {
                matches!(
                    w.as_str(),
                    "was" | "were" | "been" | "being" | "is" | "are" | "be" | "get" | "got"
                )
            });
        if word_at(text, words, c.end).is_some_and(|w| w.eq_ignore_ascii_case("by")) {
            if let (Some(agent), Some(patient)) = (near_right, near_left) {
                if between(text, words, c.end, agent.start).len() <= 4 {
                    return vec![(agent.actors[0], patient.actors[0])];
                }
            }
            return vec![];
        }
        if passive {
            return vec![];
        }
    }
    // "support from X (to Y)", "receives funding from X".
    if let Some(x) = near_right {
        let lead = gap(c.end, x.start);
        // Only what is handed over comes "from" its giver; "sheltering fighters from the
        // TTP" names where the fighters come from.
        let transfer = noun
            || matches!(
                rel,
                Relation::Funds
                    | Relation::Supplies
                    | Relation::Sponsors
                    | Relation::Trains
                    | Relation::Ties
            );
        if transfer && lead.last().map(String::as_str) == Some("from") && lead.len() <= 4 {
            let to = right
                .get(1)
                .filter(|y| gap(x.end, y.start).last().map(String::as_str) == Some("to"));
            // The receiver: "to Y", else the nearest actor before that is not a giver.
            let receiver = to.or_else(|| {
                left.iter()
                    .rev()
                    .find(|l| l.actors.len() == 1 && !x.actors.contains(&l.actors[0]))
                    .filter(|l| gap_words(words, l.end, c.start) <= reach)
            });
            return match receiver {
                Some(y) => x.actors.iter().map(|a| (*a, y.actors[0])).collect(),
                None => vec![],
            };
        }
    }
    // "Al-Shabaab rejects Houthi link": a name right before a noun cue is its other side;
    // the subject is further left.
    if let Some(x) = near_left.filter(|x| {
        noun && !x.phrase && x.actors.len() == 1 && text[x.end..c.start].trim().is_empty()
    }) {
        if let Some(w) = left
            .iter()
            .rev()
            .nth(1)
            .filter(|w| w.actors.len() == 1 && gap_words(words, w.end, x.start) <= 6)
        {
            let glue = &text[w.end..x.start];
            if !glue.contains(',')
                && !gap(w.end, x.start)
                    .iter()
                    .any(|g| matches!(g.as_str(), "and" | "or"))
            {
                return vec![(w.actors[0], x.actors[0])];
            }
        }
    }
    // "is backing those operations, as are U.S. air strikes": past a comma, only a
    // preposition links the cue to a name.
    let near_right = near_right.filter(|y| {
        !text[c.end..y.start].contains(',')
            || gap(c.end, y.start).last().is_some_and(|p| {
                matches!(
                    p.as_str(),
                    "to" | "with" | "against" | "for" | "from" | "on" | "of" | "by" | "between"
                )
            })
    });
    // "X's support to Y", "the FBI's most-wanted list" (then the one it is about);
    // "X and its allies" (its: X) relate X only to what a preposition names.
    let pronoun_owner = {
        let prior = between(text, words, near_left.map_or(c.start, |x| x.end), c.start);
        prior
            .iter()
            .rev()
            .take(2)
            .any(|w| matches!(w.as_str(), "its" | "their" | "his" | "her"))
    };
    if let Some(x) = near_left.filter(|_| noun) {
        let glue = &text[x.end..c.start];
        if ((glue.starts_with("'s")
            || glue.starts_with("’s")
            || glue.starts_with('\'')
            || glue.starts_with('’'))
            && gap_words(words, x.end, c.start) <= 3)
            || (pronoun_owner && gap_words(words, x.end, c.start) <= 4)
        {
            let object = near_right
                .filter(|y| {
                    let lead = gap(c.end, y.start);
                    !lead.is_empty()
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
                .map(|y| y.actors[0])
                .or_else(|| {
                    left.iter()
                        .rev()
                        .nth(1)
                        .filter(|p| gap_words(words, p.end, x.start) <= 4)
                        .map(|p| p.actors[0])
                });
            return object.map(|o| vec![(x.actors[0], o)]).unwrap_or_default();
        }
    }
    // "X and Y have close ties", "X and Y ... each other".
    let coordinated = |a: &Slot, b: &Slot| gap(a.end, b.start) == ["and"];
    if let Some(x) = near_left {
        if let Some(p) = pair_slot(x) {
            // "each other" relates the two; "the two groups have ties" too when the cue is
            // close; "those countries ... war" with the cue far off relates nothing.
            let close = gap_words(words, x.end, c.start) <= 4;
            match near_right {
                Some(y) if !x.reciprocal && y.actors.len() == 1 => {
                    return vec![(p.0, y.actors[0]), (p.1, y.actors[0])];
                }
                _ if x.reciprocal || (rel.symmetric() && close && near_right.is_none()) => {
                    return vec![p]
                }
                _ => {}
            }
        }
        // "X and Y clashed", "X and Y have ties": related to each other; but in "X and Y
        // killed hundreds of civilians" the verb has an object of its own.
        let objectless = noun || {
            let next = word_at(text, words, c.end).map(str::to_lowercase);
            let rest = text[c.end..].trim_start();
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
        };
        if left.len() >= 2
            && objectless
            && coordinated(left[left.len() - 2], x)
            && (near_right.is_none() || near_right.is_some_and(|r| r.actors.len() == 2))
        {
            return vec![(left[left.len() - 2].actors[0], x.actors[0])];
        }
    }
    if let Some(y) = near_right {
        if let Some(p) = pair_slot(y) {
            if near_left.is_none() {
                return vec![p];
            }
            if let Some(x) = near_left {
                // "X and Y respect each other" is the pair itself; "X attacked the two groups" is X against each.
                return if y.reciprocal {
                    vec![p]
                } else {
                    vec![(x.actors[0], p.0), (x.actors[0], p.1)]
                };
            }
        }
    }
    if !noun {
        let cue_word = text[c.start..c.end].to_lowercase();
        // "the Houthi negotiating team": a participle used as an adjective.
        if cue_word.ends_with("ing")
            && near_left.is_some_and(|x| text[x.end..c.start].trim().is_empty())
            && word_at(text, words, c.end).is_some_and(|w| {
                w.chars().all(char::is_lowercase)
                    && !matches!(w, "with" | "to" | "the" | "a" | "an")
            })
        {
            return vec![];
        }
        // "fought in Somalia": a place, not a party.
        if let Some(y) = near_right {
            let lead = between(text, words, c.end, y.start);
            let locative = lead.first().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "in" | "across"
                        | "throughout"
                        | "inside"
                        | "into"
                        | "near"
                        | "around"
                        | "during"
                )
            });
            if locative
                && !lead
                    .iter()
                    .any(|w| matches!(w.as_str(), "against" | "with" | "alongside" | "to" | "for"))
            {
                return near_left
                    .and_then(pair_slot)
                    .map(|p| vec![p])
                    .unwrap_or_default();
            }
        }
    }
    match (near_left, near_right) {
        (Some(x), Some(y)) => {
            // Noun cues only relate what sits next to them: "X ties with Y".
            let limit = if denied_between(x.end, c.start) {
                12
            } else {
                8
            };
            if noun && gap_words(words, x.end, c.start) > limit {
                return vec![];
            }
            vec![(x.actors[0], y.actors[0])]
        }
        _ => vec![],
    }
}

/// The name a parenthetical between commas describes, when `x` sits inside it and the
/// cue follows the closing comma: "The SDF, supported by Washington, remains ...".
fn apposition_head<'a>(
    text: &str,
    words: &[Word],
    left: &[&&'a Slot],
    x: &&'a Slot,
    cue_start: usize,
) -> Option<&'a Slot> {
    let close = x.end + text[x.end..cue_start].find(',')?;
    let tail = between(text, words, close, cue_start);
    if tail.len() > 3
        || tail
            .iter()
            .any(|w| matches!(w.as_str(), "and" | "or" | "but"))
    {
        return None;
    }
    let open = text[..x.start].rfind(',')?;
    let head = left.iter().rev().find(|y| y.end <= open)?;
    let inner = between(text, words, open, close);
    // A list ("X, Y, attacked") is no parenthetical: it needs words of its own.
    let described = inner.iter().any(|w| {
        w.chars().next().is_some_and(char::is_lowercase)
            && !matches!(w.as_str(), "and" | "or" | "the")
    });
    let adjacent = text[head.end..open].trim().is_empty();
    (described && adjacent && head.actors.len() == 1 && !head.phrase).then_some(**head)
}

/// Pairs for role nouns: `(bearer, organization)` for member_of/leads, `(part, whole)` for part_of.
fn role_pairs(
    text: &str,
    words: &[Word],
    slots: &[&Slot],
    c: &CueMatch,
    rel: Relation,
    kind_of: &dyn Fn(ActorRef) -> Kind,
    topical: &[String],
) -> Vec<(ActorRef, ActorRef)> {
    let wants_person = rel != Relation::PartOf;
    let role = text[c.start..c.end].to_lowercase();
    // "the Arakan Army, a member of the alliance": an organization can be a member too.
    let any_member = rel == Relation::MemberOf && matches!(role.as_str(), "member" | "members");
    let is_bearer = |x: &Slot| {
        x.actors.len() == 1
            && (any_member || (kind_of(x.actors[0]) == Kind::Person) == wants_person)
    };
    let is_owner = |x: &Slot| kind_of(x.actors[0]) != Kind::Person;
    // The owner: "Hamas spokesman", "Hezbollah's armed wing", "spokesman for the SDF".
    // "X is a front for Y": past a copula, the name before the role is its bearer.
    let copula = |a: usize, b: usize| {
        between(text, words, a, b).iter().any(|w| {
            matches!(
                w.as_str(),
                "is" | "are" | "was" | "were" | "as" | "remains" | "became" | "be"
            )
        })
    };
    let owner_before = slots.iter().rev().find(|x| {
        x.end <= c.start
            && is_owner(x)
            && gap_words(words, x.end, c.start) <= 3
            && !text[x.end..c.start].contains(',')
            && !copula(x.end, c.start)
    });
    // A cue may carry its preposition ("front for").
    let cue_prep = role.ends_with(" of") || role.ends_with(" for");
    let owner_after = slots.iter().find(|x| {
        x.start >= c.end && is_owner(x) && {
            let lead = between(text, words, c.end, x.start);
            let linked = if cue_prep {
                lead.len() <= 2
            } else {
                !lead.is_empty()
                    && lead.len() <= 3
                    && matches!(lead[0].as_str(), "of" | "for" | "in" | "at" | "with" | "to")
            };
            linked && !text[c.end..x.start].contains(',')
        }
    });
    // Both "the senior Yemen analyst for the Crisis Group" and "the U.S. envoy for
    // Yemen": a state is more often a modifier; otherwise the nearer owner wins.
    let after_first = match (owner_before, owner_after) {
        (Some(b), Some(a)) => {
            kind_of(b.actors[0]) == Kind::State && kind_of(a.actors[0]) != Kind::State
        }
        (None, Some(_)) => true,
        _ => false,
    };
    let Some(owner) = (if after_first {
        owner_after
    } else {
        owner_before
    }) else {
        return vec![];
    };
    // "a Russia expert", "the senior Yemen analyst": a state before a topical role
    // is its subject matter, not its employer.
    if !after_first && kind_of(owner.actors[0]) == Kind::State && topical.contains(&role) {
        return vec![];
    }
    let owner_before = owner_before.filter(|_| !after_first);
    // The bearer: right after the role noun ("Hamas spokesman Abu Obeida"), or an
    // apposition before it ("Abu Obeida, Hamas's spokesman"; "X is a faction of Y").
    let phrase_start = owner_before.map_or(c.start, |o| o.start.min(c.start));
    let after_noun = slots.iter().find(|x| {
        x.start >= c.end && is_bearer(x) && {
            let gap = &text[c.end..x.start];
            let lead = between(text, words, c.end, x.start);
            // A title may sit between: "JNIM chief Sheikh Iyad".
            let titled = lead.len() == 1
                && gap
                    .trim()
                    .trim_start_matches(',')
                    .trim()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            gap.trim().is_empty()
                || gap.trim() == ","
                || titled
                || (gap.trim_end().ends_with(',')
                    && lead.len() <= 4
                    && matches!(
                        lead.first().map(String::as_str),
                        Some("for" | "of" | "in" | "to")
                    ))
        }
    });
    if let Some(b) = after_noun.filter(|_| owner_before.is_some()) {
        return vec![(b.actors[0], owner.actors[0])];
    }
    // "the leader of the movement's council, Sheikh X".
    if owner_before.is_none() {
        if let Some(b) = slots.iter().find(|x| x.start >= owner.end && is_bearer(x)) {
            let glue = text[owner.end..b.start].trim();
            let titled = glue.strip_prefix(',').is_some_and(|t| {
                let t = t.trim();
                t.is_empty()
                    || (!t.contains(' ') && t.chars().next().is_some_and(char::is_uppercase))
            });
            if titled {
                return vec![(b.actors[0], owner.actors[0])];
            }
        }
    }
    let before = slots
        .iter()
        .rev()
        .find(|x| x.end <= phrase_start && is_bearer(x));
    if let Some(b) = before {
        // "Katiba Macina, the brigade founded by X, is part of JNIM": a parenthetical
        // between commas does not separate the bearer from its role.
        let glue_all = &text[b.end..phrase_start];
        let skip = match (glue_all.find(','), glue_all.rfind(',')) {
            (Some(f), Some(l)) if l > f && glue_all[..f].trim().is_empty() => l + 1,
            _ => 0,
        };
        let from = b.end + skip;
        let gap = between(text, words, from, phrase_start);
        let glue = &text[from..phrase_start];
        let appositive = glue.trim_start().starts_with([',', '[', '(']) && gap.len() <= 5;
        let copula = gap.len() <= 5
            && gap.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "is" | "was" | "as" | "became" | "remains" | "are" | "were"
                )
            });
        if appositive || copula {
            return vec![(b.actors[0], owner.actors[0])];
        }
    }
    vec![]
}

/// "the US-led NATO forces", "the UAE-backed STC": a name before a hyphenated modifier
/// describes the name it modifies and is no argument of other cues.
fn compound_modifier(text: &str, words: &[Word], slots: &[Slot], x: &Slot) -> bool {
    let Some(rest) = text[x.end..].strip_prefix('-') else {
        return false;
    };
    if !rest.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let word_end = x.end
        + 1
        + rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
    slots.iter().any(|y| {
        y.start >= word_end
            && !text[word_end..y.start].contains([',', ';', '.'])
            && gap_words(words, word_end, y.start) <= 2
            && slots
                .iter()
                .all(|z| z.end <= word_end || z.start >= y.start)
    })
}

/// True when the word after a cue aims it at a target: "rockets at", "drones on".
fn aimed_at(text: &str, words: &[Word], pos: usize) -> bool {
    word_at(text, words, pos).is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "at" | "on" | "against" | "into" | "toward" | "towards"
        )
    })
}

fn kinds_fit(rel: Relation, s: Kind, o: Kind) -> bool {
    match rel {
        Relation::MemberOf | Relation::Leads => s == Kind::Person && o != Kind::Person,
        Relation::PartOf => s != Kind::Person && o != Kind::Person,
        Relation::PledgesAllegiance | Relation::RecruitsFrom => {
            o != Kind::Person || s == Kind::Person
        }
        _ => true,
    }
}

/// Clause start for a cue: the last clause break before it within the sentence.
fn clause_start(text: &str, ss: usize, pos: usize) -> usize {
    let t = &text[ss..pos];
    [
        t.rfind(';'),
        t.rfind(": "),
        t.rfind(" -- "),
        t.rfind(", but"),
        t.rfind(" but "),
        t.rfind(", while"),
    ]
    .into_iter()
    .flatten()
    .max()
    .map_or(ss, |p| ss + p + 1)
}

fn polarity(
    text: &str,
    words: &[Word],
    cues: &[CueMatch],
    ci: usize,
    ss: usize,
    through_that: &[String],
) -> Polarity {
    let c = cues[ci];
    let cs = clause_start(text, ss, c.start);
    let mut flips = 0;
    let mut denied = false;
    for (i, m) in cues.iter().enumerate() {
        if i == ci {
            continue;
        }
        match m.cue {
            // A negator reaches the cue through its clause, not past "and"/"but"
            // ("have not changed and has deep ties").
            Cue::Negator
                if m.end <= c.start
                    && m.start >= cs
                    && gap_words(words, m.end, c.start) <= 12
                    && !between(text, words, m.end, c.start).iter().any(|w| {
                        // "no evidence that X armed Y" still denies it.
                        matches!(
                            w.as_str(),
                            "and" | "but" | "while" | "whereas" | "which" | "who"
                        ) || (w == "that"
                            && !negation_passes_that(text, words, m, c.start, through_that))
                    }) =>
            {
                flips += 1
            }
            Cue::Denial if m.end <= c.start && !denied => {
                denied = true;
                flips += 1;
            }
            Cue::Ending if m.end <= c.start && gap_words(words, m.end, c.start) <= 2 => flips += 1,
            Cue::Ending
                if m.start >= c.end
                    && gap_words(words, c.end, m.start) <= 10
                    && !text[c.end..m.start].contains(',') =>
            {
                // "support from X to Y was halted"
                let w = text[m.start..m.end].to_lowercase();
                let aux = words
                    .iter()
                    .rev()
                    .find(|x| x.end <= m.start)
                    .map(|x| text[x.start..x.end].to_lowercase())
                    .is_some_and(|x| {
                        matches!(x.as_str(), "was" | "were" | "been" | "is" | "are" | "be")
                    });
                if aux
                    && matches!(
                        w.as_str(),
                        "halted"
                            | "ended"
                            | "stopped"
                            | "suspended"
                            | "severed"
                            | "cut"
                            | "broken"
                            | "dissolved"
                    )
                {
                    flips += 1;
                }
            }
            _ => {}
        }
    }
    if flips % 2 == 1 {
        Polarity::Negated
    } else {
        Polarity::Affirmed
    }
}

/// "no evidence that X armed Y", "have not yet demonstrated that they cut ties": the
/// negation reaches into the clause after "that" when it negates evidence of it.
fn negation_passes_that(
    text: &str,
    words: &[Word],
    negator: &CueMatch,
    cue_start: usize,
    through_that: &[String],
) -> bool {
    if text[negator.start..negator.end].eq_ignore_ascii_case("no") {
        return true;
    }
    let ws = between(text, words, negator.end, cue_start);
    let Some(at) = ws.iter().position(|w| w == "that") else {
        return false;
    };
    ws[..at].iter().any(|w| through_that.contains(w))
}

fn modality(text: &str, cues: &[CueMatch], ci: usize, ss: usize) -> Modality {
    let c = cues[ci];
    let cs = clause_start(text, ss, c.start);
    // "It should be noted that ...": a modal on a verb of saying qualifies the saying.
    let on_saying = |m: &CueMatch| {
        let rest = text[m.end..].trim_start().to_ascii_lowercase();
        [
            "be noted",
            "be said",
            "be stressed",
            "be recalled",
            "be remembered",
            "note ",
        ]
        .iter()
        .any(|p| rest.starts_with(p))
    };
    let window = |m: &CueMatch| m.start >= cs && m.end <= c.start && !on_saying(m);
    let any = |k: Cue| cues.iter().any(|m| m.cue == k && window(m));
    if any(Cue::Commitment) {
        Modality::Commitment
    } else if any(Cue::Hypothetical) {
        Modality::Hypothetical
    } else if any(Cue::Hedge)
        || cues.iter().any(|m| {
            m.cue == Cue::Hedge
                && m.start >= ss
                && m.end <= c.start
                && text[m.start..m.end].eq_ignore_ascii_case("reportedly")
        })
    {
        Modality::Hedged
    } else {
        Modality::Asserted
    }
}

/// The actor that denies the claim: the named subject of a denial verb before the cue.
fn denier(cues: &[CueMatch], ci: usize, slots: &[Slot], cue_start: usize) -> Option<ActorRef> {
    let d = cues[..ci]
        .iter()
        .rev()
        .find(|m| m.cue == Cue::Denial && m.end <= cue_start)?;
    slots
        .iter()
        .rev()
        .find(|x| x.end <= d.start && x.actors.len() == 1)
        .map(|x| x.actors[0])
}

/// Spans between quotation marks, paragraph by paragraph; an unclosed quote runs to the
/// end of its paragraph.
fn quote_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut para_start = 0;
    for para in text.split_inclusive('\n') {
        let mut open: Option<usize> = None;
        for (i, ch) in para.char_indices() {
            let pos = para_start + i;
            match ch {
                '“' => open = open.or(Some(pos)),
                '”' => {
                    if let Some(o) = open.take() {
                        out.push((o, pos + ch.len_utf8()));
                    }
                }
                '"' => match open.take() {
                    Some(o) => out.push((o, pos + 1)),
                    None => open = Some(pos),
                },
                _ => {}
            }
        }
        if let Some(o) = open {
            out.push((o, para_start + para.trim_end().len()));
        }
        para_start += para.len();
    }
    out
}

/// The speaker named in a sentence outside its quotations, and the spans of the speaker
/// phrase (kept out of the claim's arguments).
#[allow(clippy::too_many_arguments)]
fn find_speaker(
    text: &str,
    words: &[Word],
    slots: &[Slot],
    cues: &[CueMatch],
    in_quote: &dyn Fn(usize) -> bool,
    history: &[(usize, ActorRef)],
    kind_of: &dyn Fn(ActorRef) -> Kind,
    last_speaker: Option<ActorRef>,
) -> (Option<ActorRef>, Vec<(usize, usize)>) {
    for c in cues
        .iter()
        .filter(|c| matches!(c.cue, Cue::Speech | Cue::Attribution) && !in_quote(c.start))
    {
        // "the claims of ...": a noun, not a speech verb.
        let prev = words
            .iter()
            .rev()
            .find(|w| w.end <= c.start)
            .map(|w| text[w.start..w.end].to_lowercase());
        if c.cue == Cue::Speech
            && prev.as_deref().is_some_and(|p| {
                matches!(
                    p,
                    "the"
                        | "a"
                        | "an"
                        | "these"
                        | "those"
                        | "such"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "of"
                )
            })
        {
            continue;
        }
        // "X's alleged support": after a possessive, a participle is an adjective.
        if c.cue == Cue::Speech
            && (text[..c.start].ends_with("'s ") || text[..c.start].ends_with("’s "))
        {
            continue;
        }
        // "..., but noted that": the subject is elided; leave the speaker unknown.
        if c.cue == Cue::Speech && prev.as_deref().is_some_and(|p| matches!(p, "but" | "and")) {
            continue;
        }
        // "said X," / "said X." / "according to X": the name closes the attribution.
        let closes = |x: &Slot| {
            let rest = text[x.end..].trim_start();
            rest.is_empty()
                || rest.starts_with([',', '.', ';', ':', '\n', '('])
                || rest.starts_with("who ")
                || rest.starts_with("in ")
        };
        // "said that X ...": X begins what is said, not who says it.
        let content_clause =
            word_at(text, words, c.end).is_some_and(|w| w.eq_ignore_ascii_case("that"));
        let after = slots.iter().find(|x| x.start >= c.end).filter(|x| {
            !content_clause
                && x.actors.len() == 1
                && !x.phrase
                && gap_words(words, c.end, x.start)
                    <= if c.cue == Cue::Attribution { 4 } else { 10 }
                && (c.cue == Cue::Attribution || closes(x))
        });
        // "Name, the group's spokesman, said": the apposition sits between name and verb.
        let apposed = slots.iter().rev().find(|x| {
            x.end <= c.start && x.actors.len() == 1 && !x.phrase && {
                let glue = text[x.end..c.start].trim();
                glue.len() >= 2
                    && glue.starts_with(',')
                    && glue.ends_with(',')
                    && gap_words(words, x.end, c.start) <= 12
                    && !glue[1..glue.len() - 1].contains([',', '"', '“', '”'])
            }
        });
        let before = slots.iter().rev().find(|x| {
            x.end <= c.start
                && x.actors.len() == 1
                && !x.phrase
                && gap_words(words, x.end, c.start) <= 3
                && !text[x.end..c.start].contains('”')
                && !text[x.end..c.start].contains('"')
        });
        let verb = text[c.start..c.end].to_lowercase();
        // "Name, the Houthis' chief negotiator, told": the name, not the group inside the
        // apposition, is the speaker.
        let before = apposed.or(before);
        let pick = if c.cue == Cue::Attribution {
            after
        } else if verb == "told" || verb == "tells" {
            before.or(after)
        } else {
            // "X said" or "said X": the nearer one; a pronoun before the verb is the last speaker.
            let pron = words
                .iter()
                .rev()
                .find(|w| w.end <= c.start)
                .map(|w| text[w.start..w.end].to_lowercase());
            if pron
                .as_deref()
                .is_some_and(|p| PERSON_PRONOUNS.contains(&p) || p == "they")
                && before.is_none_or(|b| gap_words(words, b.end, c.start) > 0)
            {
                let who = if pron.as_deref() == Some("they") {
                    // "They say ..., according to X": an unnamed "they" leaves the
                    // attribution to a later cue.
                    continue;
                } else {
                    last_speaker.or_else(|| {
                        history
                            .iter()
                            .rev()
                            .find(|(_, a)| kind_of(*a) == Kind::Person)
                            .map(|(_, a)| *a)
                    })
                };
                return (who, vec![]);
            }
            match (before, after) {
                (Some(b), _) if gap_words(words, b.end, c.start) <= 1 => Some(b),
                (_, Some(a)) if gap_words(words, c.end, a.start) <= 1 => Some(a),
                (Some(b), Some(a)) => Some(if c.start - b.end <= a.start - c.end {
                    b
                } else {
                    a
                }),
                (b, a) => b.or(a),
            }
        };
        if let Some(x) = pick {
            return (Some(x.actors[0]), vec![(x.start, x.end)]);
        }
    }
    (None, vec![])
}

#[cfg(test)]
mod tests;
