//! Claims in the store.

use super::db::{p, Db, Param};
use super::{Result, Store};
use crate::actors::ActorRef;
use crate::claims::{Claim, Source};
use std::collections::HashMap;

pub(super) fn put_claims(
    tx: &Db,
    doc_id: i64,
    claims: &[Claim],
    ids: &HashMap<ActorRef, i64>,
) -> Result<()> {
    // The claims whose actors were both stored, with the values computed for them.
    type Row<'c> = (&'c Claim, [i64; 5], Option<i64>, [&'static str; 3]);
    let kept: Vec<Row> = claims
        .iter()
        .filter_map(|c| {
            let (Some(&s), Some(&o)) = (ids.get(&c.subject), ids.get(&c.object)) else {
                return None;
            };
            let source = match c.source {
                Source::Author => None,
                Source::Actor(a) => ids.get(&a).copied(),
            };
            let ints = [c.sentence as i64, c.start as i64, c.end as i64, s, o];
            let words = [
                c.relation.as_str(),
                c.polarity.as_str(),
                c.modality.as_str(),
            ];
            Some((c, ints, source, words))
        })
        .collect();
    let mut rows: Vec<&dyn Param> = Vec::with_capacity(kept.len() * 12);
    for (c, ints, source, words) in &kept {
        rows.extend([
            &doc_id as &dyn Param,
            &ints[0],
            &ints[1],
            &ints[2],
            &ints[3],
            &words[0],
            &ints[4],
            &words[1],
            &words[2],
            source,
            &c.cue,
            &c.time,
        ]);
    }
    tx.insert_rows(
        "INSERT INTO claim (doc_id, sentence, start, \"end\", subject_id, relation, object_id,
             polarity, modality, source_id, cue, time)",
        12,
        &rows,
    )
}

/// A stored claim with names resolved, for listing and export.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ClaimRow {
    pub id: i64,
    pub doc: String,
    pub doc_id: i64,
    pub subject: String,
    pub subject_id: i64,
    pub relation: String,
    pub object: String,
    pub object_id: i64,
    pub polarity: String,
    pub modality: String,
    /// `None`: the document's own voice.
    pub source: Option<String>,
    pub source_id: Option<i64>,
    pub evidence: String,
    pub start: i64,
    pub end: i64,
    pub cue: String,
    pub time: Option<String>,
    pub published: Option<String>,
    /// The page the evidence is on, for documents with pages (PDF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
}

/// Filters for listing claims.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub actor_ids: Option<Vec<i64>>,
    pub relation: Option<String>,
}

impl Store {
    /// Claims of current documents, in document and sentence order.
    pub fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>> {
        let sql = format!(
            "SELECT c.id, d.name, d.id, s.name, s.id, c.relation, o.name, o.id, c.polarity, c.modality,
                    src.name, src.id, {}, c.start, c.\"end\", c.cue, c.time, d.published, d.page_starts
             FROM claim c
             JOIN document d ON d.id = c.doc_id AND d.current = 1
             JOIN actor s ON s.id = c.subject_id
             JOIN actor o ON o.id = c.object_id
             LEFT JOIN actor src ON src.id = c.source_id
             ORDER BY d.id, c.sentence, c.id",
            self.db.text_of_bytes("d.text", "c.start", "c.\"end\"")
        );
        let rows = self.db.rows(&sql, p![], |r| {
            Ok(ClaimRow {
                id: r.get(0)?,
                doc: r.get(1)?,
                doc_id: r.get(2)?,
                subject: r.get(3)?,
                subject_id: r.get(4)?,
                relation: r.get(5)?,
                object: r.get(6)?,
                object_id: r.get(7)?,
                polarity: r.get(8)?,
                modality: r.get(9)?,
                source: r.get(10)?,
                source_id: r.get(11)?,
                evidence: r.get(12)?,
                start: r.get(13)?,
                end: r.get(14)?,
                cue: r.get(15)?,
                time: r.get(16)?,
                published: r.get(17)?,
                page: {
                    let starts = r.get::<Option<String>>(18)?;
                    let starts = crate::read::Meta::parse_page_starts(starts.as_deref());
                    let meta = crate::read::Meta {
                        page_starts: starts,
                        ..Default::default()
                    };
                    meta.page_of(r.get::<i64>(13)?.max(0) as usize)
                },
            })
        })?;
        let mut out = Vec::new();
        for row in rows {
            if let Some(ids) = &filter.actor_ids {
                if !ids.contains(&row.subject_id) && !ids.contains(&row.object_id) {
                    continue;
                }
            }
            if filter
                .relation
                .as_deref()
                .is_some_and(|r| r != row.relation)
            {
                continue;
            }
            out.push(row);
        }
        Ok(out)
    }

    /// Every actor's name and every name an actor was seen under whose spelling skeleton
    /// is `skeleton`, each with the actor's id (see `query::find_actor_ids`).
    pub fn names_with_skeleton(&self, skeleton: &str) -> Result<Vec<(i64, String)>> {
        self.db.rows(
            "SELECT id, name FROM actor WHERE skeleton = ?1
             UNION SELECT actor_id, surface FROM alias WHERE skeleton = ?1",
            p![skeleton],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }
}
