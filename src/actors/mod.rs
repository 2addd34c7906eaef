//! Actors: who is mentioned. Pack actors are recognized by a word trie over the text;
//! actors in no pack are discovered by the shape of their names; mentions are resolved
//! to one actor per document (surnames, acronyms defined in the text, spelling variants)
//! and, through the store, across documents.
//!
//! Architecture invariant: every mention is a byte span of the document's text and
//! carries the reason it was attached to its actor.

pub mod merge;
pub mod normalize;
pub mod pack;
mod recognize;

pub use pack::{ActorDef, Kind, Pack, PackError};
pub use recognize::Recognizer;

use crate::text::Sentence;

/// Which actor a mention refers to within one document's analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActorRef {
    /// Index into `Pack::actors`.
    Pack(usize),
    /// Index into `DocActors::discovered`.
    Found(usize),
}

/// An actor discovered in a document, not known to any pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discovered {
    pub name: String,
    pub kind: Kind,
    /// Why it was taken for an actor ("head word Front", "title Mullah", ...).
    pub reason: String,
    /// Acronyms the document defines for it.
    pub acronyms: Vec<String>,
}

/// One mention of an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub actor: ActorRef,
    /// How the span was attached to the actor ("alias", "acronym", "surname of ...").
    pub rule: String,
}

/// The rule of a mention made of a place that names a state (see
/// `DocActors::mention_places`): the state's own name stands in for the place's.
pub(crate) const AS_A_PLACE: &str = "named as a place";

/// How a mention's rule ends when a people in the plural stands for its state ("the
/// Israelis").
pub(crate) const A_PEOPLE: &str = ", a people";

impl Mention {
    /// Whether a people in the plural stands for its state here: no sign of where the
    /// story stands ("the Rwandans" may be troops abroad).
    pub fn names_a_people(&self) -> bool {
        self.rule.ends_with(A_PEOPLE)
    }
}

/// The actors of one document.
#[derive(Debug, Clone, Default)]
pub struct DocActors {
    pub mentions: Vec<Mention>,
    pub discovered: Vec<Discovered>,
    /// States named as places, not parties ("in Niger", "Lake Chad" aside): byte offset
    /// and state, in text order. Who "the army" is may follow from them ("In Niger, the
    /// army ...").
    pub places: Vec<(usize, ActorRef)>,
}

impl DocActors {
    /// Makes the first place that names each of `wanted` a mention of it, where the
    /// document mentions it nowhere else, so that a title's claim on a state named only as
    /// a place has evidence in the store: a state named in a place phrase ("in Pakistan's
    /// largest city ... Prime Minister X's government"), or by the capital of the story's
    /// dateline ("SUVA — ... Prime Minister X"), which is then the evidence.
    pub fn mention_places(&mut self, text: &str, sentences: &[Sentence], wanted: &[ActorRef]) {
        for &a in wanted {
            if self.mentions.iter().any(|m| m.actor == a) {
                continue;
            }
            let Some(&(start, _)) = self.places.iter().find(|p| p.1 == a) else {
                continue;
            };
            // The place's words: "ADDIS ABABA, March 3 —", "in Niger, the army".
            let rest = &text[start..];
            let mut end = rest.len();
            for (i, ch) in rest.char_indices() {
                // ("Port-au-Prince", "ADDIS ABABA".)
                let joins = ch == '-' && rest[i + 1..].starts_with(char::is_alphabetic)
                    || ch == ' ' && rest[i + 1..].starts_with(char::is_uppercase);
                if !(ch.is_alphabetic() || joins) {
                    end = i;
                    break;
                }
            }
            if end == 0 {
                continue;
            }
            let sentence = sentences.partition_point(|s| s.end <= start);
            let at = self.mentions.partition_point(|m| m.start < start);
            self.mentions.insert(
                at,
                Mention {
                    start,
                    end: start + end,
                    sentence,
                    actor: a,
                    rule: AS_A_PLACE.into(),
                },
            );
        }
    }
}
