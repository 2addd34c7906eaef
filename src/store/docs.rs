//! Reading documents back: metadata, text and copy relations.

use super::db::{p, Row};
use super::{Result, Store};
use crate::read::Meta;
use std::collections::BTreeMap;

/// A stored document's metadata and how it relates to others by copied text.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DocInfo {
    pub id: i64,
    pub name: String,
    pub path: String,
    pub version: i64,
    pub format: String,
    pub bytes: i64,
    #[serde(flatten)]
    pub meta: Meta,
    pub content_hash: String,
    pub sentences: i64,
    /// Where the document sits in its file, when it is one of many or has pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// Earlier documents this one copied passages from.
    pub copies_from: Vec<CopyLink>,
    /// Later documents that copied passages from this one.
    pub copied_by: Vec<CopyLink>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CopyLink {
    pub doc: String,
    pub doc_id: i64,
    pub passages: i64,
    pub words: i64,
}

impl DocInfo {
    /// Names of all documents sharing copied text with this one.
    pub fn shares_text_with(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .copies_from
            .iter()
            .chain(&self.copied_by)
            .map(|c| c.doc.clone())
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

/// The metadata columns `title, author, outlet, original_outlet, published,
/// original_published` of a row, from column `at` on (every document query selects them so).
pub(super) fn meta_at(r: &Row, at: usize) -> Result<Meta> {
    Ok(Meta {
        title: r.get(at)?,
        author: r.get(at + 1)?,
        outlet: r.get(at + 2)?,
        original_outlet: r.get(at + 3)?,
        published: r.get(at + 4)?,
        original_published: r.get(at + 5)?,
        ..Meta::default()
    })
}

impl Store {
    /// Current documents in ingest order.
    pub fn documents(&self) -> Result<Vec<DocInfo>> {
        let mut docs: Vec<DocInfo> = self.db.rows(
            "SELECT d.id, d.name, d.path, d.version, d.format, d.bytes, d.title, d.author, d.outlet,
                    d.original_outlet, d.published, d.original_published, d.content_hash,
                    (SELECT count(*) FROM sentence s WHERE s.doc_id = d.id),
                    d.origin, d.url, d.fetched, d.pages
             FROM document d WHERE d.current = 1 ORDER BY d.id",
            p![],
            |r| {
                let mut meta = meta_at(r, 6)?;
                meta.url = r.get(15)?;
                meta.fetched = r.get(16)?;
                meta.pages = r.get::<Option<i64>>(17)?.map(|n| n as usize);
                Ok(DocInfo {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    path: r.get(2)?,
                    version: r.get(3)?,
                    format: r.get(4)?,
                    bytes: r.get(5)?,
                    meta,
                    content_hash: r.get(12)?,
                    sentences: r.get(13)?,
                    origin: r.get(14)?,
                    copies_from: Vec::new(),
                    copied_by: Vec::new(),
                })
            },
        )?;
        let index: BTreeMap<i64, usize> = docs.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
        let links: Vec<(i64, i64, i64, i64)> = self.db.rows(
            "SELECT copy_doc, source_doc, count(*), CAST(sum(words) AS BIGINT) FROM reuse
             GROUP BY copy_doc, source_doc ORDER BY copy_doc, source_doc",
            p![],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        for (copy, source, passages, words) in links {
            let (Some(&ci), Some(&si)) = (index.get(&copy), index.get(&source)) else {
                continue; // a superseded version
            };
            let source_name = docs[si].name.clone();
            let copy_name = docs[ci].name.clone();
            docs[ci].copies_from.push(CopyLink {
                doc: source_name,
                doc_id: source,
                passages,
                words,
            });
            docs[si].copied_by.push(CopyLink {
                doc: copy_name,
                doc_id: copy,
                passages,
                words,
            });
        }
        Ok(docs)
    }

    /// The stored text of a document.
    pub fn text(&self, doc_id: i64) -> Result<String> {
        self.db
            .row("SELECT text FROM document WHERE id = ?1", p![doc_id], |r| {
                r.get(0)
            })?
            .ok_or(super::StoreError::NoDocument(doc_id))
    }
}
