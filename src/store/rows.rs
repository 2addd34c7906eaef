//! The rows assessment reads (claims, documents, copied passages, actors, affiliations),
//! as the store hands them over: plain values, judged by `assess`, which owns no row
//! type of its own so that the store needs nothing from it.

use crate::actors::Kind;
use crate::claims::{Modality, Relation};
use crate::read::date::When;
use std::collections::HashMap;
use std::sync::Arc;

/// One stored claim, as the store hands it over.
#[derive(Debug, Clone)]
pub struct ClaimFact {
    pub id: i64,
    pub doc_id: i64,
    /// Byte span of the evidence sentence in the document's text.
    pub start: i64,
    pub end: i64,
    pub subject_id: i64,
    pub relation: Relation,
    pub object_id: i64,
    pub affirmed: bool,
    pub modality: Modality,
    /// `None`: the document's own voice.
    pub source_id: Option<i64>,
    pub cue: String,
    /// The time the sentence refers to: a partial date or an interval of two.
    pub time: Option<When>,
    pub sentence: String,
}

/// A document's metadata.
#[derive(Debug, Clone, Default)]
pub struct DocFact {
    pub id: i64,
    pub name: String,
    pub meta: crate::read::Meta,
    /// Seconds since the epoch when the document was stored.
    pub ingested_at: i64,
}

/// A passage of `copy_doc` that also appears, earlier, in `source_doc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CopySpan {
    pub copy_doc: i64,
    pub copy_start: i64,
    pub copy_end: i64,
    pub source_doc: i64,
    pub source_start: i64,
    pub source_end: i64,
}

#[derive(Debug, Clone)]
pub struct ActorFact {
    pub id: i64,
    pub name: String,
    pub kind: Kind,
}

/// Everything assessment reads.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub claims: Vec<ClaimFact>,
    /// Shared: evidence points at its document rather than copying it; and the map
    /// may be the whole store's, shared by every batch (see `assess::load::Shared`).
    pub docs: Arc<HashMap<i64, Arc<DocFact>>>,
    pub copies: Vec<CopySpan>,
    /// As `docs`: the actors the claims name, or every actor of the store.
    pub actors: Arc<HashMap<i64, ActorFact>>,
    /// Who belongs to whom across the whole store, when `claims` are only part of it
    /// (see `affiliations`); `None`: read from `claims`.
    pub affiliations: Option<Arc<Affiliations>>,
}

/// Actor id → the actors it is said (affirmed) to be a member, leader or part of.
pub type Affiliations = rustc_hash::FxHashMap<i64, rustc_hash::FxHashSet<i64>>;
