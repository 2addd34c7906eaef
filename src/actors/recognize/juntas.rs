//! "the junta", "junta troops", "Junta spokesman X": a junta named by no state's name is
//! the junta of the state the document is about.

use super::{without_possessive, Doc, HashMap, Mention, Recognizer};
use crate::actors::pack::{Kind, Pack};
use crate::actors::ActorRef;

/// Each state → the pack actor its junta is, from aliases "<state or demonym> junta"
/// ("Myanmar junta" on the Tatmadaw, "Malian junta" on Mali itself).
pub(super) fn juntas(
    pack: &Pack,
    state_names: &HashMap<String, usize>,
    demonyms: &HashMap<String, usize>,
) -> HashMap<usize, usize> {
    let mut out = HashMap::default();
    for (i, a) in pack.actors.iter().enumerate() {
        for alias in &a.aliases {
            let Some(head) = alias.strip_suffix(" junta") else {
                continue;
            };
            let head = without_possessive(head.strip_suffix(" military").unwrap_or(head));
            if let Some(&s) = state_names.get(head).or_else(|| demonyms.get(head)) {
                out.entry(s).or_insert(i);
            }
        }
    }
    out
}

impl Recognizer {
    /// Rule: "junta" that no pack name took is the junta of the state with one that the
    /// document names most; with none named, a discovered "Junta" (the one military
    /// government the story is about).
    pub(super) fn bare_juntas(&self, d: &mut Doc, places: &[(usize, ActorRef)]) {
        let mut target: Option<ActorRef> = None;
        // Where each mention ends, built at the first "junta" (an index, not a scan of
        // every mention for each).
        let mut ends: Option<HashMap<usize, ActorRef>> = None;
        for i in 0..d.toks.len() {
            // ("junta leader X": the leader's role, whose owner is the state.)
            let role_after = i + 1 < d.toks.len()
                && matches!(
                    d.lower.get(i + 1),
                    "leader" | "leaders" | "chief" | "ruler" | "rulers" | "head"
                );
            if d.covered[i] || d.lower.get(i) != "junta" || role_after {
                continue;
            }
            // "Sudan's junta", "the Sudanese junta": the state named right before.
            let ends =
                ends.get_or_insert_with(|| d.mentions.iter().map(|m| (m.end, m.actor)).collect());
            let owner = self.state_before(d.text, ends, d.toks[i].start);
            // ("the RENAMO Military Junta ... the Junta": a body named before with the
            // word in its name, capitalized, is the one meant; the claims read it so.)
            let (s, e) = (d.toks[i].start, d.toks[i].end);
            let named_body = owner.is_none()
                && d.text[s..e] == *"Junta"
                && d.mentions.iter().any(|m| {
                    m.end <= s
                        && m.end - m.start > e - s
                        && d.text[m.start..m.end].contains("Junta")
                });
            if named_body {
                continue;
            }
            let r = match (owner, target) {
                (Some(r), _) | (None, Some(r)) => r,
                (None, None) => {
                    let r = self.doc_junta(d, places);
                    target = Some(r);
                    r
                }
            };
            let rule = "junta of the state the document is about".to_string();
            match r {
                ActorRef::Found(f) => d.found_spans.push((s, e, f, rule)),
                ActorRef::Pack(_) => d.mentions.push(Mention {
                    start: s,
                    end: e,
                    sentence: 0,
                    actor: r,
                    rule,
                }),
            }
            d.covered[i] = true;
        }
    }

    /// The junta of a state named right before `start` ("Sudan's junta"), or the state
    /// itself when the pack knows no junta of it.
    fn state_before(
        &self,
        text: &str,
        ends: &HashMap<usize, ActorRef>,
        start: usize,
    ) -> Option<ActorRef> {
        let actor = [" ", "'s ", "’s ", "'s military ", "’s military "]
            .iter()
            .filter_map(|glue| {
                let e = start.checked_sub(glue.len())?;
                (text.get(e..start) == Some(*glue)).then_some(e)
            })
            .find_map(|e| ends.get(&e).copied())?;
        let ActorRef::Pack(p) = actor else {
            return None;
        };
        if self.pack.actors[p].kind != Kind::State {
            return None;
        }
        Some(ActorRef::Pack(self.juntas.get(&p).copied().unwrap_or(p)))
    }

    /// The junta of the state with one the document names most, or a discovered one.
    /// States named only as places count too ("fighting across Myanmar").
    fn doc_junta(&self, d: &mut Doc, places: &[(usize, ActorRef)]) -> ActorRef {
        let mut counts: HashMap<usize, usize> = HashMap::default();
        let named = d.mentions.iter().map(|m| m.actor);
        for r in named.chain(places.iter().map(|p| p.1)) {
            if let ActorRef::Pack(p) = r {
                // ("Myanmar's military": the junta itself, named.)
                let j = self
                    .juntas
                    .get(&p)
                    .copied()
                    .or_else(|| self.juntas.values().any(|&j| j == p).then_some(p));
                if let Some(j) = j {
                    *counts.entry(j).or_insert(0) += 1;
                }
            }
        }
        let best = counts
            .into_iter()
            .max_by_key(|&(j, n)| (n, std::cmp::Reverse(j)))
            .map(|(j, _)| j);
        match best {
            Some(j) => ActorRef::Pack(j),
            None => self.intern(
                &mut d.found,
                &mut d.found_index,
                "Junta".to_string(),
                Kind::Agency,
                "a junta no state's name owns".to_string(),
            ),
        }
    }
}
