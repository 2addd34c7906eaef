//! What the map, the exports and their filters share: the ties of a period above a
//! confidence, and the centrality of the actors they connect.

use crate::assess::graph::{centrality, Centrality, Change};
use crate::assess::{assess_batches, BATCH_CLAIMS};
use crate::assess::{Corpus, Period, Tie};
use crate::store::Store;
use std::collections::HashMap;

pub struct Selection {
    /// The actors, and the documents when an export lists them.
    pub corpus: Corpus,
    /// How many documents the ties were assessed from.
    pub documents: usize,
    pub period: Period,
    pub min_confidence: f64,
    /// Ties with at least one affirming claim in the period and a confidence of at least
    /// `min_confidence`, strongest first. (Ties only ever denied are left off the map;
    /// `ties A B` shows them.)
    pub ties: Vec<Tie>,
    pub centrality: Vec<Centrality>,
    /// What changed against everything earlier, when the period has a start and the
    /// changes were assessed (`tiegraph map`).
    pub changes: Option<Vec<Change>>,
}

impl Selection {
    /// A selection of ties already assessed (`all`, strongest first), with `frame`
    /// naming their actors and documents (see `Store::corpus_frame`).
    pub fn from_ties(
        frame: Corpus,
        period: Period,
        min_confidence: f64,
        all: Vec<Tie>,
    ) -> Selection {
        let documents = frame.docs.len();
        let ties: Vec<Tie> = all
            .into_iter()
            .filter(|t| t.affirmed.claims > 0 && t.confidence >= min_confidence)
            .collect();
        let centrality = centrality(&ties);
        Selection {
            corpus: frame,
            documents,
            period,
            min_confidence,
            ties,
            centrality,
            changes: None,
        }
    }

    /// Every selected tie again, now with its evidence, assessed from `store` a batch of
    /// actor pairs at a time (so that exports hold one batch's evidence, not the whole
    /// store's): `each(i, tie)`, `i` the tie's place in `ties`, in the order of batches.
    pub fn for_each_evidence(
        &self,
        store: &Store,
        mut each: impl FnMut(usize, &Tie) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let index: HashMap<String, usize> = self
            .ties
            .iter()
            .enumerate()
            .map(|(i, t)| (t.key(), i))
            .collect();
        assess_batches(store, &self.period, true, BATCH_CLAIMS, |ties| {
            for t in &ties {
                if let Some(&i) = index.get(&t.key()) {
                    each(i, t)?;
                }
            }
            Ok(())
        })
    }

    /// Actor ids on the map, in the order of their centrality.
    pub fn actor_ids(&self) -> Vec<i64> {
        self.centrality.iter().map(|c| c.id).collect()
    }
}
