//! Where a span of text first appeared: following copied passages back, document by
//! document, to the earliest one.

use super::CopySpan;
use std::collections::{HashMap, HashSet};

/// Share of an evidence span that must lie inside a copied passage for the span to
/// count as copied. Passage bounds come from word alignment and may clip a word or the
/// final punctuation of a sentence, so "inside" allows a little slack.
pub const INSIDE: f64 = 0.8;

/// Copied passages by copying document.
pub struct CopyIndex<'a> {
    by_copy: HashMap<i64, Vec<&'a CopySpan>>,
}

/// The earliest place a span was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub doc_id: i64,
    /// The span mapped into the origin document (approximate: proportional within the
    /// passage).
    pub start: i64,
    pub end: i64,
    /// Documents passed through, from the first copy to the origin.
    pub chain: Vec<i64>,
}

impl<'a> CopyIndex<'a> {
    pub fn new(copies: &'a [CopySpan]) -> CopyIndex<'a> {
        let mut by_copy: HashMap<i64, Vec<&CopySpan>> = HashMap::new();
        for c in copies {
            by_copy.entry(c.copy_doc).or_default().push(c);
        }
        CopyIndex { by_copy }
    }

    /// Follows the passages containing `[start, end)` of `doc` back to the earliest
    /// document; the span's own document when it lies in no copied passage.
    pub fn origin(&self, doc: i64, start: i64, end: i64) -> Origin {
        let mut cur = Origin {
            doc_id: doc,
            start,
            end,
            chain: vec![doc],
        };
        let mut seen: HashSet<i64> = HashSet::from([doc]);
        while let Some(p) = self.containing(cur.doc_id, cur.start, cur.end) {
            if !seen.insert(p.source_doc) {
                break;
            }
            let (s, e) = map_span(p, cur.start, cur.end);
            cur.doc_id = p.source_doc;
            cur.start = s;
            cur.end = e;
            cur.chain.push(p.source_doc);
        }
        cur
    }

    /// The copied passage of `doc` that holds most of `[start, end)`, if one holds
    /// enough of it.
    fn containing(&self, doc: i64, start: i64, end: i64) -> Option<&'a CopySpan> {
        containing(self.by_copy.get(&doc)?.iter().copied(), start, end)
    }
}

/// Of `passages` (all of one copying document), the one that holds most of
/// `[start, end)`, if one holds enough of it. Only passages overlapping the span can.
pub fn containing<'a>(
    passages: impl Iterator<Item = &'a CopySpan>,
    start: i64,
    end: i64,
) -> Option<&'a CopySpan> {
    let len = (end - start).max(1) as f64;
    passages
        .map(|p| {
            let overlap = (end.min(p.copy_end) - start.max(p.copy_start)).max(0);
            (overlap, p)
        })
        .filter(|(o, _)| *o as f64 >= INSIDE * len)
        .max_by_key(|(o, p)| (*o, -p.source_doc))
        .map(|(_, p)| p)
}

/// Maps a span of the copy into the source, proportionally within the passage.
pub fn map_span(p: &CopySpan, start: i64, end: i64) -> (i64, i64) {
    let clen = (p.copy_end - p.copy_start).max(1) as f64;
    let slen = (p.source_end - p.source_start) as f64;
    let at = |x: i64| {
        let x = x.clamp(p.copy_start, p.copy_end);
        p.source_start + (((x - p.copy_start) as f64) * slen / clen).round() as i64
    };
    (at(start), at(end))
}
