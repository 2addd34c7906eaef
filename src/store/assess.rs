//! The rows assessment reads: claims, documents, copied passages and actors of the
//! current documents.

use super::{Result, Store};
use crate::assess::{ActorFact, ClaimFact, CopySpan, Corpus, DocFact, Modality};
use std::collections::HashMap;

impl Store {
    /// Everything `assess` needs, for the current version of every document.
    pub fn corpus(&self) -> Result<Corpus> {
        let mut st = self.conn.prepare(
            "SELECT id, name, title, author, outlet, original_outlet, published, original_published, ingested_at
             FROM document WHERE current = 1 ORDER BY id",
        )?;
        let docs: HashMap<i64, DocFact> = st
            .query_map([], |r| {
                Ok(DocFact {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    meta: super::docs::meta_at(r, 2)?,
                    ingested_at: r.get(8)?,
                })
            })?
            .map(|d| d.map(|d| (d.id, d)))
            .collect::<std::result::Result<_, _>>()?;
        let mut st = self.conn.prepare(
            "SELECT c.id, c.doc_id, c.start, c.\"end\", c.subject_id, c.relation, c.object_id,
                    c.polarity, c.modality, c.source_id, c.cue, c.time,
                    CAST(substr(CAST(d.text AS BLOB), c.start + 1, c.\"end\" - c.start) AS TEXT)
             FROM claim c JOIN document d ON d.id = c.doc_id AND d.current = 1
             ORDER BY c.doc_id, c.sentence, c.id",
        )?;
        let claims: Vec<ClaimFact> = st
            .query_map([], |r| {
                Ok(ClaimFact {
                    id: r.get(0)?,
                    doc_id: r.get(1)?,
                    start: r.get(2)?,
                    end: r.get(3)?,
                    subject_id: r.get(4)?,
                    relation: r.get(5)?,
                    object_id: r.get(6)?,
                    affirmed: r.get::<_, String>(7)? == "affirmed",
                    modality: Modality::parse(&r.get::<_, String>(8)?),
                    source_id: r.get(9)?,
                    cue: r.get(10)?,
                    time: r.get(11)?,
                    sentence: r.get::<_, Option<String>>(12)?.unwrap_or_default(),
                })
            })?
            .collect::<std::result::Result<_, _>>()?;
        let mut st = self.conn.prepare(
            "SELECT r.copy_doc, r.copy_start, r.copy_end, r.source_doc, r.source_start, r.source_end
             FROM reuse r
             JOIN document c ON c.id = r.copy_doc AND c.current = 1
             JOIN document s ON s.id = r.source_doc AND s.current = 1",
        )?;
        let copies: Vec<CopySpan> = st
            .query_map([], |r| {
                Ok(CopySpan {
                    copy_doc: r.get(0)?,
                    copy_start: r.get(1)?,
                    copy_end: r.get(2)?,
                    source_doc: r.get(3)?,
                    source_start: r.get(4)?,
                    source_end: r.get(5)?,
                })
            })?
            .collect::<std::result::Result<_, _>>()?;
        let mut st = self.conn.prepare("SELECT id, name, kind FROM actor")?;
        let actors: HashMap<i64, ActorFact> = st
            .query_map([], |r| {
                Ok(ActorFact {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                })
            })?
            .map(|a| a.map(|a| (a.id, a)))
            .collect::<std::result::Result<_, _>>()?;
        Ok(Corpus {
            claims,
            docs,
            copies,
            actors,
        })
    }

    /// Every actor's name and every name it was seen under, for suggestions.
    pub fn actor_names(&self) -> Result<Vec<(i64, String)>> {
        let mut st = self.conn.prepare(
            "SELECT id, name FROM actor UNION SELECT actor_id, surface FROM alias ORDER BY 1, 2",
        )?;
        let rows = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<std::result::Result<_, _>>()?;
        Ok(rows)
    }
}
