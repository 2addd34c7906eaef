//! Tie summaries kept in the store: `map` on an unchanged store reads its ties back
//! instead of assessing every claim again.
//!
//! A cached entry is valid for one state: the last document written (every change to
//! claims, actors or copies comes with a new document row) and a hash of the assessment
//! code compiled into this binary, so a tiegraph that weighs evidence differently never
//! reads another's results.

use super::{Result, Store};
use crate::assess::{score, Modality, Period, Side, SourceSummary, Tie};
use rusqlite::OptionalExtension;
use std::collections::BTreeMap;

/// FNV-1a over the assessment sources, computed by the compiler.
const fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    h
}

const ASSESSMENT: u64 = {
    let mut h = 0xcbf2_9ce4_8422_2325;
    h = fnv(h, include_bytes!("../assess/mod.rs"));
    h = fnv(h, include_bytes!("../assess/origin.rs"));
    h = fnv(h, include_bytes!("../assess/score.rs"));
    h = fnv(h, include_bytes!("../assess/time.rs"));
    h = fnv(h, include_bytes!("assess.rs"));
    h = fnv(h, include_bytes!("cache.rs"));
    h
};

#[derive(serde::Serialize, serde::Deserialize)]
struct SideRow {
    claims: usize,
    copied_claims: usize,
    independent_sources: usize,
    asserted_sources: usize,
    by_modality: BTreeMap<String, usize>,
    sources: Vec<SourceSummary>,
    source_kinds: BTreeMap<String, usize>,
    first: Option<String>,
    last: Option<String>,
    weight: f64,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct TieRow {
    relation: String,
    symmetric: bool,
    subject_id: i64,
    subject: String,
    object_id: i64,
    object: String,
    confidence: f64,
    explanation: String,
    affirmed: SideRow,
    negated: SideRow,
    first: Option<String>,
    last: Option<String>,
}

impl SideRow {
    fn from(s: &Side) -> SideRow {
        SideRow {
            claims: s.claims,
            copied_claims: s.copied_claims,
            independent_sources: s.independent_sources,
            asserted_sources: s.asserted_sources,
            by_modality: s
                .by_modality
                .iter()
                .map(|(k, v)| (k.to_string(), *v))
                .collect(),
            sources: s.sources.clone(),
            source_kinds: s.source_kinds.clone(),
            first: s.first.clone(),
            last: s.last.clone(),
            weight: s.weight,
        }
    }

    fn into_side(self) -> Side {
        Side {
            claims: self.claims,
            copied_claims: self.copied_claims,
            independent_sources: self.independent_sources,
            asserted_sources: self.asserted_sources,
            by_modality: self
                .by_modality
                .into_iter()
                .map(|(k, v)| (Modality::parse(&k).as_str(), v))
                .collect(),
            sources: self.sources,
            source_kinds: self.source_kinds,
            first: self.first,
            last: self.last,
            weight: self.weight,
        }
    }
}

impl TieRow {
    fn from(t: &Tie) -> TieRow {
        TieRow {
            relation: t.relation.clone(),
            symmetric: t.symmetric,
            subject_id: t.subject_id,
            subject: t.subject.clone(),
            object_id: t.object_id,
            object: t.object.clone(),
            confidence: t.confidence,
            explanation: t.explanation.clone(),
            affirmed: SideRow::from(&t.affirmed),
            negated: SideRow::from(&t.negated),
            first: t.first.clone(),
            last: t.last.clone(),
        }
    }

    fn into_tie(self) -> Tie {
        Tie {
            relation: self.relation,
            symmetric: self.symmetric,
            subject_id: self.subject_id,
            subject: self.subject,
            object_id: self.object_id,
            object: self.object,
            confidence: self.confidence,
            level: score::level(self.confidence),
            explanation: self.explanation,
            affirmed: self.affirmed.into_side(),
            negated: self.negated.into_side(),
            first: self.first,
            last: self.last,
            evidence: Vec::new(),
        }
    }
}

fn period_key(p: &Period) -> String {
    format!(
        "{}..{}",
        p.from.as_deref().unwrap_or(""),
        p.to.as_deref().unwrap_or("")
    )
}

impl Store {
    /// The state cached ties must have been made from to be read back.
    fn cache_state(&self) -> Result<String> {
        let last: Option<i64> = self
            .conn
            .query_row("SELECT max(id) FROM document", [], |r| r.get(0))?;
        Ok(format!("{ASSESSMENT:016x}:{}", last.unwrap_or(0)))
    }

    /// The cached summaries of `period`, when they are of the store as it is.
    pub(super) fn cached_ties(&self, period: &Period) -> Result<Option<Vec<Tie>>> {
        let state = self.cache_state()?;
        let blob: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT ties FROM tie_cache WHERE period = ?1 AND state = ?2",
                [period_key(period), state],
                |r| r.get(0),
            )
            .optional()?;
        let Some(blob) = blob else {
            return Ok(None);
        };
        // An entry that does not read back is ignored (and replaced when next written).
        Ok(serde_json::from_slice::<Vec<TieRow>>(&blob)
            .ok()
            .map(|rows| rows.into_iter().map(TieRow::into_tie).collect()))
    }

    /// Keeps `ties` as the summaries of `period` for the store as it is, dropping entries
    /// of earlier states. A store that cannot be written now (read-only, or an ingest
    /// holding the lock) is left as it is: the cache only saves time.
    pub(super) fn cache_ties(&self, period: &Period, ties: &[Tie]) {
        let write = || -> Result<()> {
            let state = self.cache_state()?;
            let rows: Vec<TieRow> = ties.iter().map(TieRow::from).collect();
            let blob = serde_json::to_vec(&rows)
                .map_err(|e| super::StoreError(format!("cannot encode ties: {e}")))?;
            self.conn.busy_timeout(std::time::Duration::ZERO)?;
            let done = (|| {
                let tx = self.conn.unchecked_transaction()?;
                tx.execute("DELETE FROM tie_cache WHERE state != ?1", [&state])?;
                tx.execute(
                    "INSERT OR REPLACE INTO tie_cache (period, state, ties) VALUES (?1, ?2, ?3)",
                    rusqlite::params![period_key(period), state, blob],
                )?;
                tx.commit()
            })();
            self.conn.busy_timeout(std::time::Duration::from_secs(10))?;
            Ok(done?)
        };
        let _ = write();
    }
}
