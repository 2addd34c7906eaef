//! What the map, the exports and their filters share: the ties of a period above a
//! confidence, and the centrality of the actors they connect.

use crate::assess::graph::{centrality, Centrality, Change};
use crate::assess::{Corpus, Period, Tie};

pub struct Selection {
    /// The documents and actors (and, when built from a whole corpus, its claims).
    pub corpus: Corpus,
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
    pub fn new(corpus: Corpus, period: Period, min_confidence: f64) -> Selection {
        Selection::with(corpus, period, min_confidence, true)
    }

    /// A selection whose ties carry no evidence (see `Corpus::assess_all_summaries`),
    /// for the map summary.
    pub fn summaries(corpus: Corpus, period: Period, min_confidence: f64) -> Selection {
        Selection::with(corpus, period, min_confidence, false)
    }

    fn with(corpus: Corpus, period: Period, min_confidence: f64, evidence: bool) -> Selection {
        let all = if evidence {
            corpus.assess_all(&period)
        } else {
            corpus.assess_all_summaries(&period)
        };
        Selection::from_ties(corpus, period, min_confidence, all)
    }

    /// A selection of ties already assessed (`all`, strongest first), with `frame`
    /// naming their actors and documents (see `Store::corpus_frame`).
    pub fn from_ties(
        frame: Corpus,
        period: Period,
        min_confidence: f64,
        all: Vec<Tie>,
    ) -> Selection {
        let corpus = frame;
        let ties: Vec<Tie> = all
            .into_iter()
            .filter(|t| t.affirmed.claims > 0 && t.confidence >= min_confidence)
            .collect();
        let centrality = centrality(&ties);
        Selection {
            corpus,
            period,
            min_confidence,
            ties,
            centrality,
            changes: None,
        }
    }

    /// Actor ids on the map, in the order of their centrality.
    pub fn actor_ids(&self) -> Vec<i64> {
        self.centrality.iter().map(|c| c.id).collect()
    }
}
