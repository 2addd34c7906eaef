//! What the map, the exports and their filters share: the ties of a period above a
//! confidence, and the centrality of the actors they connect.

use super::spill::Spill;
use crate::assess::graph::{centrality_of_heads, Centrality, Change};
use crate::assess::{assess_batches, Detail, Summaries, BATCH_CLAIMS};
use crate::assess::{Corpus, Head, Period, Tie};
use crate::claims::Relation;
use crate::store::Store;
use rustc_hash::FxHashMap;

pub struct Selection {
    /// The actors, and the documents when an export lists them.
    pub corpus: Corpus,
    /// How many documents the ties were assessed from.
    pub documents: usize,
    pub period: Period,
    pub min_confidence: f64,
    /// Ties with at least one affirming claim in the period and a confidence of at least
    /// `min_confidence`, strongest first, as heads. (Ties only ever denied are left off
    /// the map; `ties A B` shows them.)
    pub ties: Vec<Head>,
    /// The first of `ties` with their summaries, as many as were asked to be kept whole.
    pub whole: Vec<Tie>,
    pub centrality: Vec<Centrality>,
    /// What changed against everything earlier, when the period has a start and the
    /// changes were assessed (`tiegraph map`).
    pub changes: Option<Vec<Change>>,
}

/// Whether a tie is on the map: affirmed at least once, at `min_confidence` or more.
pub fn selected(t: &Tie, min_confidence: f64) -> bool {
    t.affirmed.claims > 0 && t.confidence >= min_confidence
}

impl Selection {
    /// A selection of ties already assessed (`all`, with `summaries`' `select` the
    /// same as `selected` at `min_confidence`), with `frame` naming their actors and
    /// documents (see `Store::corpus_frame`).
    pub fn from_summaries(
        frame: Corpus,
        period: Period,
        min_confidence: f64,
        all: Summaries,
    ) -> Selection {
        let documents = frame.docs.len();
        let ties: Vec<Head> = all
            .heads
            .into_iter()
            .filter(|t| t.affirmed_claims > 0 && t.confidence >= min_confidence)
            .collect();
        let centrality = centrality_of_heads(&ties, &|id| frame.actor_name(id));
        Selection {
            corpus: frame,
            documents,
            period,
            min_confidence,
            ties,
            whole: all.whole,
            centrality,
            changes: None,
        }
    }

    /// The name of an actor on the map.
    pub fn name(&self, id: i64) -> String {
        self.corpus.actor_name(id)
    }

    /// Every selected tie again, now with its evidence, assessed from `store` a batch of
    /// actor pairs at a time (so that exports hold one batch's evidence, not the whole
    /// store's): `each(i, tie)`, `i` the tie's place in `ties`, in the order of batches.
    pub fn for_each_evidence(
        &self,
        store: &Store,
        mut each: impl FnMut(usize, &Tie) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        // Keyed by relation and ids, not by `key()`'s string: at 376,000 ties the strings
        // were 30 MB of an export's peak.
        let index: FxHashMap<(Relation, i64, i64), u32> = self
            .ties
            .iter()
            .enumerate()
            .map(|(i, t)| ((t.relation, t.subject_id, t.object_id), i as u32))
            .collect();
        // An export's frame holds every current document; the map's, none.
        let docs = (!self.corpus.docs.is_empty()).then_some(&self.corpus.docs);
        assess_batches(
            store,
            &self.period,
            Detail::Evidence,
            BATCH_CLAIMS,
            docs,
            |ties| {
                for t in &ties {
                    let Some(relation) = Relation::parse(&t.relation) else {
                        continue;
                    };
                    if let Some(&i) = index.get(&(relation, t.subject_id, t.object_id)) {
                        each(i as usize, t)?;
                    }
                }
                Ok(())
            },
        )
    }

    /// An error naming the first tie that `spill` holds no piece for: every selected tie
    /// must come again with its evidence.
    pub fn all_found(&self, spill: &Spill) -> std::io::Result<()> {
        match (0..self.ties.len()).find(|&i| !spill.has(i)) {
            Some(i) => Err(std::io::Error::other(format!(
                "tie {} was not found again with its evidence",
                self.ties[i].key()
            ))),
            None => Ok(()),
        }
    }

    /// Actor ids on the map, in the order of their centrality.
    pub fn actor_ids(&self) -> Vec<i64> {
        self.centrality.iter().map(|c| c.id).collect()
    }
}
