//! The policies of copy detection over what the store's inverted index answers: which
//! sampled shingles are common phrasing, which stored documents a new one is aligned
//! with, and which of two documents sharing passages copied the other. The store only
//! looks postings up, writes them and writes the passages these functions return,
//! asking them through `RULES` (`store::copies::CopyRules`).

use super::{Passage, Shingled};
use crate::read::date::Date;
use crate::store::copies::{Copied, CopyRules, Dated, Sifted};
use std::collections::HashMap;

/// Index entries shared by more documents than this are common phrasing, not copying.
pub const MAX_POSTINGS: usize = 64;
/// At most this many earlier documents are aligned with a new one.
pub const MAX_CANDIDATES: usize = 4;

/// Sifts the postings of document `doc_id`'s sampled hashes `prints`: `postings` holds
/// every (hash, document) pair the index has for them (at most `MAX_POSTINGS` + 1 per
/// hash, since a hash is no longer indexed once it has more), in any order.
pub fn sift(doc_id: i64, prints: Vec<i64>, mut postings: Vec<(i64, i64)>) -> Sifted {
    postings.sort_unstable();
    let mut hits: HashMap<i64, usize> = HashMap::new();
    let mut sifted = Sifted {
        fresh: Vec::with_capacity(prints.len()),
        ..Sifted::default()
    };
    for h in prints {
        let from = postings.partition_point(|p| p.0 < h);
        let to = postings.partition_point(|p| p.0 <= h);
        if to - from > MAX_POSTINGS {
            sifted.common.push(h);
            continue;
        }
        for p in &postings[from..to] {
            *hits.entry(p.1).or_default() += 1;
        }
        sifted.fresh.push(h);
    }
    let mut candidates: Vec<(i64, usize)> = hits
        .into_iter()
        .filter(|(d, n)| *n >= 2 && *d != doc_id)
        .collect();
    candidates.sort_unstable_by_key(|&(d, n)| (std::cmp::Reverse(n), d));
    candidates.truncate(MAX_CANDIDATES);
    sifted.candidates = candidates.into_iter().map(|(d, _)| d).collect();
    sifted
}

/// The passages new document `new` shares with `other` (stored earlier), `a` spans in
/// the new one, `b` in the other, each oriented from copy to source: the earlier
/// publication is the source; a dated document precedes an undated one; otherwise the
/// one stored first.
pub fn orient(new: Dated, other: Dated, passages: &[Passage]) -> Vec<Copied> {
    let new_date = new.published.and_then(Date::parse_iso);
    let other_date = other.published.and_then(Date::parse_iso);
    let new_is_source = match (new_date, other_date) {
        (Some(n), Some(o)) => n < o,
        (Some(_), None) => true,
        _ => false,
    };
    passages
        .iter()
        .map(|p| {
            let (a, b) = ((new.id, p.a_start, p.a_end), (other.id, p.b_start, p.b_end));
            let (copy, source) = if new_is_source { (b, a) } else { (a, b) };
            Copied {
                copy_doc: copy.0,
                copy_start: copy.1,
                copy_end: copy.2,
                source_doc: source.0,
                source_start: source.1,
                source_end: source.2,
                words: p.words,
            }
        })
        .collect()
}

/// The rules of copy detection, as the store applies them.
pub struct Rules;

/// What ingest hands the store with each document.
pub const RULES: Rules = Rules;

impl CopyRules for Rules {
    fn sift(&self, doc_id: i64, prints: Vec<i64>, postings: Vec<(i64, i64)>) -> Sifted {
        sift(doc_id, prints, postings)
    }

    fn copied(&self, new: Dated, shingled: &Shingled, other: Dated, text: &str) -> Vec<Copied> {
        orient(new, other, &super::shared_with(shingled, text))
    }

    fn fingerprint(&self, text: &str) -> Vec<i64> {
        super::fingerprint(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_hashes_are_set_apart_and_candidates_ranked() {
        // Hash 1: document 7 and 8; hash 2: 7 only; hash 3: more than MAX_POSTINGS.
        let mut postings = vec![(1, 7), (1, 8), (2, 7)];
        postings.extend((0..=MAX_POSTINGS as i64).map(|d| (3, 100 + d)));
        let s = sift(9, vec![1, 2, 3, 4], postings);
        assert_eq!(s.fresh, vec![1, 2, 4]);
        assert_eq!(s.common, vec![3]);
        // 8 shares one hash only; the new document itself is never a candidate.
        assert_eq!(s.candidates, vec![7]);
    }

    #[test]
    fn the_earlier_publication_is_the_source() {
        let p = Passage {
            a_start: 0,
            a_end: 10,
            b_start: 5,
            b_end: 15,
            words: 20,
        };
        let at = |id, published| Dated { id, published };
        let copied = |new, other| orient(new, other, &[p])[0];
        let c = copied(at(2, Some("2024-05-01")), at(1, Some("2024-06-01")));
        assert_eq!((c.copy_doc, c.copy_start, c.source_doc), (1, 5, 2));
        let c = copied(at(2, Some("2024-07-01")), at(1, Some("2024-06-01")));
        assert_eq!((c.copy_doc, c.copy_start, c.source_doc), (2, 0, 1));
        // Dated before undated; both undated: the one stored first is the source.
        assert_eq!(copied(at(2, Some("2024-01-01")), at(1, None)).source_doc, 2);
        assert_eq!(copied(at(2, None), at(1, None)).source_doc, 1);
    }
}
