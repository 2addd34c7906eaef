//! What assessing part of a store needs and no more: the claims of a pair (a dossier)
//! or of a range of pairs (a batch), completed with the affiliations of their sources,
//! the documents and copied passages behind them (chains of copies followed as
//! `origin::CopyIndex` follows them), and the actors they name. The store answers each
//! question by key; which passages to follow is decided here.

use super::{origin, ActorFact, Affiliations, ClaimFact, CopySpan, Corpus, DocFact};
use crate::store::{PairRange, Store, StoreError};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// What every batch of a whole store's assessment reads alike, read once for all of
/// them: who belongs to whom, every current document, and every copied passage between
/// current documents.
pub struct Shared {
    pub affiliations: Arc<Affiliations>,
    pub docs: Docs,
    pub passages: Passages,
    /// Every actor of the store.
    pub actors: Actors,
}

/// Documents by id, each shared by the evidence that cites it; the map itself shared
/// by every batch.
pub type Docs = Arc<HashMap<i64, Arc<DocFact>>>;

/// Actors by id, shared as `Docs` are.
pub type Actors = Arc<HashMap<i64, ActorFact>>;

impl Shared {
    /// Read from `store`, with `docs` its current documents when the caller holds them.
    ///
    /// The copied passages are read here while a connection of its own reads the
    /// documents, affiliations and actors (`alongside`): these had been the
    /// single-threaded start of every `map`.
    pub fn read(store: &Store, docs: Option<&Docs>) -> Result<Shared, StoreError> {
        type Others = (Option<Docs>, Affiliations, Actors);
        let others = |s: &Store| -> Result<Others, StoreError> {
            let read = match docs {
                Some(_) => None,
                None => Some(Arc::new(s.current_doc_facts()?)),
            };
            Ok((read, s.affiliations_all()?, s.actors_frame()?.actors))
        };
        let passages = || {
            // Which documents are current: those the caller holds, or their ids alone.
            let ids: FxHashSet<i64> = match docs {
                Some(_) => FxHashSet::default(),
                None => store.current_doc_ids()?.into_iter().collect(),
            };
            let current = |id| docs.map_or_else(|| ids.contains(&id), |d| d.contains_key(&id));
            Passages::read(store, &current)
        };
        let ((read, affiliations, actors), passages) = alongside(store, others, passages)?;
        Ok(Shared {
            affiliations: Arc::new(affiliations),
            passages,
            docs: read.unwrap_or_else(|| docs.cloned().unwrap_or_default()),
            actors,
        })
    }
}

/// `beside` run on a connection of its own on another thread while `here` runs on this
/// one, when the store is a file or a server; one after the other on `store` when not
/// (a store in memory). How the whole-store reads of `map` and the exports share the
/// cores before the batches start.
pub(super) fn alongside<A: Send, B>(
    store: &Store,
    beside: impl FnOnce(&Store) -> Result<A, StoreError> + Send,
    here: impl FnOnce() -> Result<B, StoreError>,
) -> Result<(A, B), StoreError> {
    let Some(path) = store.path() else {
        return Ok((beside(store)?, here()?));
    };
    std::thread::scope(|scope| {
        let other = scope.spawn(move || beside(&Store::open_reader(&path)?));
        let b = here()?;
        let a = other
            .join()
            .map_err(|_| StoreError::Internal("a read on another connection"))??;
        Ok((a, b))
    })
}

/// Copied passages with their row ids, ordered by the document that copies, then by
/// row id, with where each document's part starts: a document's passages in the order
/// `Store::passages_copied_into` gives them, found with one hash look-up. A passage is
/// kept in 32 bytes, not 56, when its numbers fit in 32 bits (a copying document's
/// passages that do not are kept whole, in `wide`).
pub struct Passages {
    packed: Vec<Packed>,
    wide: Vec<(i64, CopySpan)>,
    /// Document id → its part of `packed`, or of `wide`.
    parts: FxHashMap<i64, Part>,
}

#[derive(Clone, Copy)]
struct Packed {
    rowid: i64,
    copy_start: u32,
    copy_end: u32,
    source_doc: u32,
    source_start: u32,
    source_end: u32,
}

#[derive(Clone, Copy)]
enum Part {
    Packed(u32, u32),
    Wide(u32, u32),
}

impl Packed {
    fn of(rowid: i64, p: &CopySpan) -> Option<Packed> {
        let n = |x: i64| u32::try_from(x).ok();
        Some(Packed {
            rowid,
            copy_start: n(p.copy_start)?,
            copy_end: n(p.copy_end)?,
            source_doc: n(p.source_doc)?,
            source_start: n(p.source_start)?,
            source_end: n(p.source_end)?,
        })
    }

    fn unpack(&self, copy_doc: i64) -> (i64, CopySpan) {
        (
            self.rowid,
            CopySpan {
                copy_doc,
                copy_start: self.copy_start.into(),
                copy_end: self.copy_end.into(),
                source_doc: self.source_doc.into(),
                source_start: self.source_start.into(),
                source_end: self.source_end.into(),
            },
        )
    }
}

impl Passages {
    /// Every copied passage between the `current` documents of `store`, packed as it is read:
    /// only one document's part is ever held wide (the rows of a large store, held wide
    /// and then packed, had been 200 MB at the peak of every export).
    fn read(store: &Store, current: &dyn Fn(i64) -> bool) -> Result<Passages, StoreError> {
        let mut out = Passages {
            packed: Vec::new(),
            wide: Vec::new(),
            parts: FxHashMap::default(),
        };
        let mut part: Vec<(i64, CopySpan)> = Vec::new();
        store.each_passage_by_copy(current, |rowid, p| {
            if part.last().is_some_and(|(_, q)| q.copy_doc != p.copy_doc) {
                out.add(&part);
                part.clear();
            }
            part.push((rowid, p));
        })?;
        if !part.is_empty() {
            out.add(&part);
        }
        out.packed.shrink_to_fit();
        Ok(out)
    }

    /// Adds one copying document's passages (its part, in row id order).
    fn add(&mut self, part: &[(i64, CopySpan)]) {
        let packed: Option<Vec<Packed>> = part.iter().map(|(r, p)| Packed::of(*r, p)).collect();
        let at = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        let entry = match packed {
            Some(p) => {
                let from = at(self.packed.len());
                self.packed.extend(p);
                Part::Packed(from, at(self.packed.len()))
            }
            None => {
                let from = at(self.wide.len());
                self.wide.extend_from_slice(part);
                Part::Wide(from, at(self.wide.len()))
            }
        };
        self.parts.insert(part[0].1.copy_doc, entry);
    }

    /// The passages copied into `doc`, each with its row id.
    fn of(&self, doc: i64) -> impl Iterator<Item = (i64, CopySpan)> + '_ {
        let (packed, wide): (&[Packed], &[(i64, CopySpan)]) = match self.parts.get(&doc) {
            Some(&Part::Packed(a, b)) => (&self.packed[a as usize..b as usize], &[]),
            Some(&Part::Wide(a, b)) => (&[], &self.wide[a as usize..b as usize]),
            None => (&[], &[]),
        };
        packed
            .iter()
            .map(move |p| p.unpack(doc))
            .chain(wide.iter().copied())
    }
}

/// What `assess_all` needs for the ties of the unordered actor pairs in `range`: their
/// claims both ways round (with sentences when `sentences`), then as in
/// `corpus_for_pair`, with what `shared` holds read once for the whole store.
pub fn corpus_for_pairs(
    store: &Store,
    range: PairRange,
    sentences: bool,
    shared: &Shared,
) -> Result<Corpus, StoreError> {
    let claims = store.claims_of_pairs(range, sentences, &|doc| shared.docs.contains_key(&doc))?;
    complete(store, claims, &[], Some(shared))
}

/// What `assess_pair(a, b)` needs and no more: the claims between the two sides, the
/// affiliations of their sources, and the documents and copied passages behind them
/// (following chains of copies). Its dossier is the same as with `store.corpus()`, read
/// through the indexes in time that does not grow with the store.
pub fn corpus_for_pair(store: &Store, a: &[i64], b: &[i64]) -> Result<Corpus, StoreError> {
    let claims = store.claims_between(a, b)?;
    let sides: Vec<i64> = a.iter().chain(b).copied().collect();
    complete(store, claims, &sides, None)
}

/// Completes a corpus around some claims: the affiliations of their sources (from
/// `shared`, or read as to `parties`), the documents and copied passages behind them
/// (following chains of copies), and the actors they name (with `parties`).
fn complete(
    store: &Store,
    claims: Vec<ClaimFact>,
    parties: &[i64],
    shared: Option<&Shared>,
) -> Result<Corpus, StoreError> {
    // The copied passages each claim's sentence lies in, and those its mapped span lies
    // in further back, to the end of each chain (as `origin::CopyIndex` walks it): only
    // passages overlapping a span can hold it, so only those are read. The documents
    // they reach are gathered to be read, unless `shared` holds them all.
    let mut doc_ids: Option<HashSet<i64>> = shared
        .is_none()
        .then(|| claims.iter().map(|c| c.doc_id).collect());
    // By row id: the order a scan of the whole table gives (see `containing`'s ties).
    let mut copies: std::collections::BTreeMap<i64, CopySpan> = Default::default();
    // The passages of each document on a chain, read once however many claims reach it.
    let mut read: HashMap<i64, Vec<(i64, CopySpan)>> = HashMap::new();
    for c in &claims {
        let (mut doc, mut start, mut end) = (c.doc_id, c.start, c.end);
        // The documents of the chain so far (a few at most).
        let mut chain: Vec<i64> = vec![doc];
        loop {
            // Only passages overlapping the span can hold it.
            let overlapping = |(rowid, p): (i64, CopySpan)| {
                (p.copy_start < end && start < p.copy_end).then(|| {
                    copies.insert(rowid, p);
                    p
                })
            };
            let found: Vec<CopySpan> = match (shared, read.entry(doc)) {
                (Some(s), _) => s.passages.of(doc).filter_map(overlapping).collect(),
                (None, std::collections::hash_map::Entry::Occupied(e)) => {
                    e.get().iter().copied().filter_map(overlapping).collect()
                }
                (None, std::collections::hash_map::Entry::Vacant(v)) => v
                    .insert(store.passages_copied_into(doc)?)
                    .iter()
                    .copied()
                    .filter_map(overlapping)
                    .collect(),
            };
            let next = origin::containing(found.iter(), start, end).copied();
            let Some(p) = next else { break };
            if chain.contains(&p.source_doc) {
                break;
            }
            chain.push(p.source_doc);
            (start, end) = origin::map_span(&p, start, end);
            doc = p.source_doc;
            if let Some(ids) = &mut doc_ids {
                ids.insert(doc);
            }
        }
    }
    // A batch shares the whole store's documents, actors and affiliations (every claim
    // read is of a current document, and so is every passage's source); a pair reads
    // its own, and whom its sources belong to, to tell a party's own voice from a third
    // party's.
    let (docs, actors, affiliations) = match shared {
        Some(s) => (s.docs.clone(), s.actors.clone(), s.affiliations.clone()),
        None => {
            let sources: HashSet<i64> = claims.iter().filter_map(|c| c.source_id).collect();
            let actor_ids: HashSet<i64> = parties
                .iter()
                .copied()
                .chain(claims.iter().flat_map(|c| [c.subject_id, c.object_id]))
                .chain(sources.iter().copied())
                .collect();
            (
                Arc::new(store.doc_facts(&doc_ids.unwrap_or_default())?),
                Arc::new(store.actor_facts(&actor_ids)?),
                Arc::new(store.affiliations_of(&sources, parties)?),
            )
        }
    };
    Ok(Corpus {
        claims,
        docs,
        copies: copies.into_values().collect(),
        actors,
        affiliations: Some(affiliations),
    })
}
