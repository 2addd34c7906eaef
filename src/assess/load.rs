//! What assessing part of a store needs and no more: the claims of a pair (a dossier)
//! or of a range of pairs (a batch), completed with the affiliations of their sources,
//! the documents and copied passages behind them (chains of copies followed as
//! `origin::CopyIndex` follows them), and the actors they name. The store answers each
//! question by key; which passages to follow is decided here.

use super::{origin, Affiliations, ClaimFact, CopySpan, Corpus};
use crate::store::{PairRange, Store, StoreError};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// What `assess_all` needs for the ties of the unordered actor pairs in `range`: their
/// claims both ways round (with sentences when `sentences`), then as in
/// `corpus_for_pair`, with `affiliations` read once for the whole store.
pub fn corpus_for_pairs(
    store: &Store,
    range: PairRange,
    sentences: bool,
    affiliations: Arc<Affiliations>,
) -> Result<Corpus, StoreError> {
    let claims = store.claims_of_pairs(range, sentences)?;
    complete(store, claims, &[], Some(affiliations))
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

/// Completes a corpus around some claims: the affiliations of their sources (given, or
/// read as to `parties`), the documents and copied passages behind them (following
/// chains of copies), and the actors they name (with `parties`).
fn complete(
    store: &Store,
    claims: Vec<ClaimFact>,
    parties: &[i64],
    affiliations: Option<Arc<Affiliations>>,
) -> Result<Corpus, StoreError> {
    // Whom each source belongs to, to tell a party's own voice from a third party's
    // (given for a whole store by the batches; read for these sources otherwise).
    let sources: HashSet<i64> = claims.iter().filter_map(|c| c.source_id).collect();
    let affiliations = match affiliations {
        Some(a) => a,
        None => Arc::new(store.affiliations_of(&sources, parties)?),
    };
    // The copied passages each claim's sentence lies in, and those its mapped span lies
    // in further back, to the end of each chain (as `origin::CopyIndex` walks it): only
    // passages overlapping a span can hold it, so only those are read.
    let mut doc_ids: HashSet<i64> = claims.iter().map(|c| c.doc_id).collect();
    // By row id: the order a scan of the whole table gives (see `containing`'s ties).
    let mut copies: std::collections::BTreeMap<i64, CopySpan> = Default::default();
    // The passages of each document on a chain, read once however many claims reach it.
    let mut read: HashMap<i64, Vec<(i64, CopySpan)>> = HashMap::new();
    for c in &claims {
        let (mut doc, mut start, mut end) = (c.doc_id, c.start, c.end);
        let mut chain = HashSet::from([doc]);
        loop {
            let passages = match read.entry(doc) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(store.passages_copied_into(doc)?)
                }
            };
            // Only passages overlapping the span can hold it.
            let found: Vec<CopySpan> = passages
                .iter()
                .filter(|(_, p)| p.copy_start < end && start < p.copy_end)
                .map(|&(rowid, p)| {
                    copies.insert(rowid, p);
                    p
                })
                .collect();
            let next = origin::containing(found.iter(), start, end).copied();
            let Some(p) = next else { break };
            if !chain.insert(p.source_doc) {
                break;
            }
            (start, end) = origin::map_span(&p, start, end);
            doc = p.source_doc;
            doc_ids.insert(doc);
        }
    }
    let docs = store.doc_facts(&doc_ids)?;
    let actor_ids: HashSet<i64> = parties
        .iter()
        .copied()
        .chain(claims.iter().flat_map(|c| [c.subject_id, c.object_id]))
        .chain(sources)
        .collect();
    let actors = store.actor_facts(&actor_ids)?;
    Ok(Corpus {
        claims,
        docs,
        copies: copies.into_values().collect(),
        actors,
        affiliations: Some(affiliations),
    })
}
