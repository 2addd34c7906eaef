//! "U.N. forces", "the UN peacekeepers": the forces of an international organization are
//! its mission in the theater, when the document names exactly one.

use super::{Doc, Recognizer};
use crate::actors::{ActorRef, Kind};

/// Nouns for the troops an organization fields, after its name and at most one modifier.
const FORCE_NOUNS: &[&str] = &[
    "forces",
    "troops",
    "peacekeepers",
    "contingents",
    "soldiers",
];

impl Recognizer {
    /// Rule: an organization's name before a force noun ("U.N. forces", "the United Nations
    /// peacekeeping forces") names the one mission of that organization the document names
    /// elsewhere ("MONUSCO"); with none or several named, the organization stays.
    pub(super) fn missions(&self, d: &mut Doc) {
        let mut named: Vec<usize> = d
            .mentions
            .iter()
            .filter_map(|m| match m.actor {
                ActorRef::Pack(i) => Some(i),
                ActorRef::Found(_) => None,
            })
            .collect();
        named.sort_unstable();
        named.dedup();
        let text = d.text;
        self.merge_parent_before_mission(d);
        for k in 0..d.mentions.len() {
            let ActorRef::Pack(p) = d.mentions[k].actor else {
                continue;
            };
            if self.pack.actors[p].kind != Kind::Igo {
                continue;
            }
            let Some(end) = force_noun_after(text, d.mentions[k].end) else {
                continue;
            };
            let id = &self.pack.actors[p].id;
            let mut missions: Vec<usize> = named
                .iter()
                .copied()
                .filter(|&i| {
                    let a = &self.pack.actors[i];
                    a.kind == Kind::Igo && a.parent.as_ref() == Some(id) && fields_troops(&a.name)
                })
                .collect();
            missions.sort_unstable();
            missions.dedup();
            if let [mission] = missions[..] {
                let m = &mut d.mentions[k];
                m.actor = ActorRef::Pack(mission);
                m.end = end;
                m.rule = format!("forces of {} in the theater", self.pack.actors[p].name);
            }
        }
    }
}

impl Recognizer {
    /// "U.N. MONUSCO peacekeeping forces": an organization's name right before the name of
    /// its own mission only qualifies it; the two are one mention of the mission.
    fn merge_parent_before_mission(&self, d: &mut Doc) {
        let text = d.text;
        let mut k = 0;
        while k + 1 < d.mentions.len() {
            let (a, b) = (&d.mentions[k], &d.mentions[k + 1]);
            let joined = b.start == a.end + 1 && &text[a.end..b.start] == " ";
            let child_of = match (a.actor, b.actor) {
                (ActorRef::Pack(p), ActorRef::Pack(c)) => {
                    self.pack.actors[c].parent.as_ref() == Some(&self.pack.actors[p].id)
                        && self.pack.actors[p].kind == Kind::Igo
                }
                _ => false,
            };
            if joined && child_of {
                let start = a.start;
                d.mentions[k + 1].start = start;
                d.mentions.remove(k);
            } else {
                k += 1;
            }
        }
    }
}

/// Whether a body's name says it fields troops: a "Mission" or a "Force", not an agency
/// ("United Nations Interim Force in Lebanon", not "Office for the Coordination ...").
fn fields_troops(name: &str) -> bool {
    name.split_whitespace()
        .any(|w| matches!(w, "Mission" | "Force" | "Forces"))
}

/// The end of "forces" (or "peacekeeping forces") right after byte `at`.
fn force_noun_after(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let mut pos = 0;
    for hop in 0..2 {
        let skipped = rest[pos..].len() - rest[pos..].trim_start_matches(' ').len();
        if skipped != 1 {
            return None;
        }
        let from = pos + 1;
        let len = rest[from..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len() - from);
        let word = &rest[from..from + len];
        if FORCE_NOUNS.contains(&word) {
            return Some(at + from + len);
        }
        // One lowercase modifier may stand between: "peacekeeping forces".
        if hop == 1 || len == 0 || !word.starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
        pos = from + len;
    }
    None
}
