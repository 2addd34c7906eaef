//! Copied-passage detection.
//!
//! Each document is reduced to word 8-gram shingles over lowercased alphanumeric tokens,
//! so changed whitespace, punctuation and case do not matter. A sample of the shingle
//! hashes (those divisible by [`SAMPLE`], a content-defined choice both copies make alike)
//! goes into an inverted index in the store; candidates found there are verified here by
//! aligning all shingles, bridging small edits, and reported as byte spans in both texts.

pub mod copies;

/// Words per shingle.
pub const K: usize = 8;
/// One shingle hash in `SAMPLE` is indexed.
pub const SAMPLE: u64 = 4;
/// A shared passage must span at least this many words to count as copied.
pub const MIN_WORDS: usize = 20;
/// Two aligned runs separated by at most this many words on both sides are one passage
/// (a word or two changed, a phrase inserted).
const MAX_GAP: usize = 12;

/// A word token as a byte range.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    hash: u64,
}

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    let mut h: u64 = FNV_OFFSET;
    for (i, c) in text.char_indices() {
        if c.is_ascii_alphanumeric() {
            if start.is_none() {
                start = Some(i);
                h = FNV_OFFSET;
            }
            h = (h ^ c.to_ascii_lowercase() as u64).wrapping_mul(FNV_PRIME);
        } else if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
                h = FNV_OFFSET;
            }
            for lc in c.to_lowercase() {
                h = (h ^ lc as u64).wrapping_mul(FNV_PRIME);
            }
        } else if c == '\'' || c == '’' {
            // Apostrophes inside words ("Hamas's") do not split them.
            continue;
        } else if let Some(s) = start.take() {
            out.push(Token {
                start: s,
                end: i,
                hash: h,
            });
        }
    }
    if let Some(s) = start {
        out.push(Token {
            start: s,
            end: text.len(),
            hash: h,
        });
    }
    out
}

pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub(crate) const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

fn shingle_hashes(toks: &[Token]) -> Vec<u64> {
    if toks.len() < K {
        return Vec::new();
    }
    (0..=toks.len() - K)
        .map(|i| {
            let mut h: u64 = 0x9e37_79b9_7f4a_7c15;
            for t in &toks[i..i + K] {
                h = mix(h ^ t.hash);
            }
            // SQLite integers are signed: keep 63 bits.
            h >> 1
        })
        .collect()
}

/// The indexed sample of a text's shingle hashes, deduplicated, as stored in the index.
pub fn fingerprint(text: &str) -> Vec<i64> {
    Shingled::new(text).fingerprint()
}

/// A passage found in both texts: byte ranges in `a` and in `b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Passage {
    pub a_start: usize,
    pub a_end: usize,
    pub b_start: usize,
    pub b_end: usize,
    pub words: usize,
}

/// A text's word tokens and shingles, computed once to compare it with many others.
pub struct Shingled {
    toks: Vec<Token>,
    hashes: Vec<u64>,
}

impl Shingled {
    pub fn new(text: &str) -> Shingled {
        let toks = tokens(text);
        let hashes = shingle_hashes(&toks);
        Shingled { toks, hashes }
    }

    /// The text's [`fingerprint`].
    pub fn fingerprint(&self) -> Vec<i64> {
        let mut v: Vec<i64> = self
            .hashes
            .iter()
            .filter(|&&h| h % SAMPLE == 0)
            .map(|&h| h as i64)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// Every passage of at least [`MIN_WORDS`] words that `a` and `b` share.
pub fn shared_passages(a: &str, b: &str) -> Vec<Passage> {
    shared_with(&Shingled::new(a), b)
}

/// As [`shared_passages`], with `a` already shingled.
pub fn shared_with(a: &Shingled, b: &str) -> Vec<Passage> {
    let ta = &a.toks;
    let ha = &a.hashes;
    let tb = tokens(b);
    let hb = shingle_hashes(&tb);
    // b's shingles sorted by hash (then position): the places of a hash are one run.
    let mut where_b: Vec<(u64, usize)> = hb.iter().enumerate().map(|(j, h)| (*h, j)).collect();
    where_b.sort_unstable();
    // Maximal runs of consecutive equal shingles: (i, j, len) in shingle units.
    let mut runs: Vec<(usize, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < ha.len() {
        let mut best: Option<(usize, usize)> = None;
        let first = where_b.partition_point(|e| e.0 < ha[i]);
        {
            let js = where_b[first..]
                .iter()
                .take_while(|e| e.0 == ha[i])
                .map(|e| e.1);
            for j in js.take(16) {
                let mut n = 0;
                while i + n < ha.len() && j + n < hb.len() && ha[i + n] == hb[j + n] {
                    n += 1;
                }
                if best.is_none_or(|(_, bl)| n > bl) {
                    best = Some((j, n));
                }
            }
        }
        match best {
            Some((j, n)) => {
                runs.push((i, j, n));
                i += n;
            }
            None => i += 1,
        }
    }
    // Merge runs separated by small edits, then keep the long ones.
    let mut merged: Vec<(usize, usize, usize, usize)> = Vec::new(); // a_from, a_to, b_from, b_to (tokens, exclusive)
    for (i, j, n) in runs {
        let (a_from, a_to, b_from, b_to) = (i, i + n - 1 + K, j, j + n - 1 + K);
        if let Some(last) = merged.last_mut() {
            let gap_a = a_from as isize - last.1 as isize;
            let gap_b = b_from as isize - last.3 as isize;
            if (-(K as isize)..=MAX_GAP as isize).contains(&gap_a)
                && (-(K as isize)..=MAX_GAP as isize).contains(&gap_b)
            {
                last.1 = last.1.max(a_to);
                last.3 = last.3.max(b_to);
                continue;
            }
        }
        merged.push((a_from, a_to, b_from, b_to));
    }
    merged
        .into_iter()
        .filter(|m| m.1 - m.0 >= MIN_WORDS)
        .map(|(af, at, bf, bt)| Passage {
            a_start: ta[af].start,
            a_end: ta[at - 1].end,
            b_start: tb[bf].start,
            b_end: tb[bt - 1].end,
            words: at - af,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = "The militia and the rebel front have shared training camps in the northern hills for years, according to two officials who spoke on condition of anonymity. Their fighters exchange weapons and intelligence and sometimes launch joint raids against army outposts along the river.";

    #[test]
    fn finds_copies_through_small_edits() {
        let copy = "Intro line.\n\nThe  militia and the rebel-front have shared training camps in the northern hills for many years, according to two officials who spoke on the condition of anonymity; their fighters exchange weapons and intelligence, and sometimes launch joint raids against army outposts along the river!";
        let p = shared_passages(copy, ORIGINAL);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].words >= 35);
        assert!(copy[p[0].a_start..p[0].a_end].starts_with("The  militia"));
        assert!(ORIGINAL[p[0].b_start..p[0].b_end].ends_with("river"));
        assert!(!fingerprint(copy).is_empty());
        let common = fingerprint(copy)
            .iter()
            .filter(|h| fingerprint(ORIGINAL).contains(h))
            .count();
        assert!(common >= 1);
    }

    #[test]
    fn unrelated_texts_share_nothing() {
        let other = "Officials in the capital said talks with the northern groups would resume next month after a pause caused by the floods, and that a ceasefire was being discussed by the mediators.";
        assert!(shared_passages(ORIGINAL, other).is_empty());
        let short_quote = "As one official said, the militia and the rebel front have shared training camps in the region.";
        assert!(shared_passages(ORIGINAL, short_quote).is_empty());
    }
}
