//! Demonyms standing for their state or its armed forces: "the Kessarian foreign
//! minister" (the state holds the office), "Kessarian-backed militias" (the state acts),
//! "Kessarian and Morvian troops" (the first state's forces, named only by its demonym).
//! The mention covers the demonym alone, so that the office, the person and the rest of a
//! compound stay words of their own for the claims extractor.

use super::{Doc, Recognizer};
use crate::actors::{ActorRef, Mention};

/// Whether the lowercase phrases `words` follow token `k` word by word in one sentence.
fn phrase_at(d: &Doc, k: usize, words: &[String]) -> bool {
    let toks = &d.toks;
    k + words.len() <= toks.len()
        && words.iter().enumerate().all(|(n, w)| {
            let t = toks[k + n];
            d.text[t.start..t.end].eq_ignore_ascii_case(w)
                && (n == 0 || adjacent(d, k + n - 1, k + n))
        })
}

/// Tokens `a` and `b` of one sentence with only space between them.
fn adjacent(d: &Doc, a: usize, b: usize) -> bool {
    let toks = &d.toks;
    toks[a].sentence == toks[b].sentence && d.text[toks[a].end..toks[b].start].trim().is_empty()
}

/// "-backed", "-led", "-sponsored": a past participle after a hyphen.
fn participle(rest: &str) -> bool {
    rest.len() > 3 && rest.ends_with("ed") && rest.chars().all(|c| c.is_ascii_lowercase())
}

impl Recognizer {
    /// The state whose demonym starts at token `i`, and the token after the demonym.
    fn demonym_at(&self, d: &Doc, i: usize) -> Option<(usize, usize)> {
        let toks = &d.toks;
        if i + 1 < toks.len() && adjacent(d, i, i + 1) {
            let two = &d.text[toks[i].start..toks[i + 1].end];
            if let Some(&s) = self.demonyms.get(two) {
                return Some((s, i + 2));
            }
        }
        let s = *self.demonyms.get(&d.text[toks[i].start..toks[i].end])?;
        Some((s, i + 1))
    }

    /// The office or force noun phrase at token `k`, from `phrases`.
    fn phrase_from(&self, d: &Doc, k: usize, phrases: &[Vec<String>]) -> Option<String> {
        if k >= d.toks.len() || !adjacent(d, k - 1, k) {
            return None;
        }
        phrases
            .iter()
            .find(|p| phrase_at(d, k, p))
            .map(|p| p.join(" "))
    }

    /// Rule: the demonym of a state before an office, or of a state's forces in a
    /// coordination before a force noun: `(actor, rule)`.
    fn demonym_reading(
        &self,
        d: &Doc,
        state: usize,
        next: usize,
        dem: &str,
    ) -> Option<(usize, String)> {
        if let Some(office) = self.phrase_from(d, next, &self.state_offices) {
            return Some((state, format!("demonym {dem} before {office}")));
        }
        let forces = *self.forces_of.get(&state)?;
        let toks = &d.toks;
        let and = next < toks.len()
            && adjacent(d, next - 1, next)
            && (d.text[toks[next].start..toks[next].end] == *"and"
                || d.text[toks[next].start..toks[next].end] == *"or");
        let (_, after) = if and {
            self.demonym_at(d, next + 1)?
        } else {
            return None;
        };
        let noun = self.phrase_from(d, after, &self.force_phrases)?;
        Some((
            forces,
            format!("demonym {dem} in a coordination before {noun}"),
        ))
    }

    /// Stage: demonyms that stand for a state or its forces (see the module comment).
    pub(super) fn demonym_mentions(&self, d: &mut Doc) {
        let mut i = 0;
        while i < d.toks.len() {
            let t = d.toks[i];
            if d.covered[i] {
                i += 1;
                continue;
            }
            let w = &d.text[t.start..t.end];
            let compound = w.split_once('-').and_then(|(p, rest)| {
                let s = *self.demonyms.get(p)?;
                participle(rest).then(|| (s, p.len(), format!("demonym {p} before -{rest}")))
            });
            let reading = compound.or_else(|| {
                let (state, next) = self.demonym_at(d, i)?;
                let dem = &d.text[t.start..d.toks[next - 1].end];
                let (actor, rule) = self.demonym_reading(d, state, next, dem)?;
                Some((actor, dem.len(), rule))
            });
            if let Some((actor, len, rule)) = reading {
                d.mentions.push(Mention {
                    start: t.start,
                    end: t.start + len,
                    sentence: 0,
                    actor: ActorRef::Pack(actor),
                    rule,
                });
                super::cover(&d.toks, &mut d.covered, t.start, t.start + len);
            }
            i += 1;
        }
    }
}
