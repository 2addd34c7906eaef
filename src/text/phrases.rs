//! Sets of phrases (pack names, lexicon cues) found in text on word boundaries.
//!
//! A phrase is read as a run of tokens: a word (a maximal run of alphanumeric chars) or
//! a single other char (a space, a hyphen, an apostrophe). The set is a trie over the
//! tokens' hashes, so it is built in well under a millisecond for thousands of phrases,
//! where an Aho-Corasick automaton over their bytes took tens of milliseconds at every
//! start, and a search costs one hash look-up per token of the text. A match starts and
//! ends at token edges: a phrase is never found inside a word ("Iran" in "Tirana"),
//! which the callers had to reject anyway.

use rustc_hash::FxHashMap;

const NO_PHRASE: u32 = u32::MAX;

/// A phrase found in a text: its byte range and its index in the set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    pub phrase: usize,
}

/// A set of phrases, ASCII case folded or not.
pub struct Phrases {
    /// (node, token hash) → the child node; node 0 is the root.
    edges: FxHashMap<(u32, u64), u32>,
    /// A bit per first-token hash class: most tokens of a text start no phrase, and are
    /// passed over without a look-up.
    firsts: [u64; 16],
    /// Per node, the phrase that ends there (`NO_PHRASE` for none).
    ends: Vec<u32>,
    /// The phrases, one after the other, to confirm a match byte for byte (a hash can
    /// collide), and where each ends.
    all: String,
    phrase_ends: Vec<usize>,
    fold: bool,
}

/// A token: its byte range and hash.
#[derive(Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    hash: u64,
}

fn mix(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The tokens of `text`, hashed with ASCII case folded when `fold`.
fn tokens(text: &str, fold: bool, out: &mut Vec<Token>) {
    out.clear();
    out.reserve(text.len() / 4);
    let bytes = text.as_bytes();
    let lower = |b: u8| if fold { b.to_ascii_lowercase() } else { b };
    // The length of the char at `i` and whether it is a word char: ASCII at once, other
    // chars decoded to tell a letter from a sign.
    let char_at = |i: usize| -> (usize, bool) {
        let b = bytes[i];
        if b < 0x80 {
            (1, b.is_ascii_alphanumeric())
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.len_utf8(), c.is_alphanumeric())
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let mut hash = 0u64;
        let (len, word) = char_at(i);
        for &b in &bytes[i..i + len] {
            hash = mix(hash, lower(b));
        }
        i += len;
        while word && i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_alphanumeric() {
                hash = mix(hash, lower(b));
                i += 1;
                continue;
            }
            let (len, word) = char_at(i);
            if !word {
                break;
            }
            for &b in &bytes[i..i + len] {
                hash = mix(hash, lower(b));
            }
            i += len;
        }
        out.push(Token {
            start,
            end: i,
            hash,
        });
    }
}

/// The word and bit of `firsts` for a first token's hash (its top 10 bits).
fn first_bit(hash: u64) -> (usize, u64) {
    let k = (hash >> 54) as usize;
    (k >> 6, 1 << (k & 63))
}

impl Phrases {
    /// The set of `phrases`, matched with ASCII case folded when `fold_case`. A phrase
    /// given twice keeps its first index; an empty one is never found.
    pub fn new<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>, fold_case: bool) -> Phrases {
        let phrases: Vec<S> = phrases.into_iter().collect();
        let bytes: usize = phrases.iter().map(|p| p.as_ref().len()).sum();
        let mut set = Phrases {
            // About one token in three bytes, each an edge at most.
            edges: FxHashMap::with_capacity_and_hasher(bytes / 3, Default::default()),
            firsts: [0; 16],
            ends: vec![NO_PHRASE],
            all: String::with_capacity(bytes),
            phrase_ends: Vec::new(),
            fold: fold_case,
        };
        let mut toks = Vec::new();
        for p in phrases {
            let p = p.as_ref();
            let idx = set.phrase_ends.len() as u32;
            set.all.push_str(p);
            set.phrase_ends.push(set.all.len());
            tokens(p, fold_case, &mut toks);
            if toks.is_empty() {
                continue;
            }
            let (word, bit) = first_bit(toks[0].hash);
            set.firsts[word] |= bit;
            let mut node = 0u32;
            for t in &toks {
                let next = set.ends.len() as u32;
                node = *set.edges.entry((node, t.hash)).or_insert(next);
                if node == next {
                    set.ends.push(NO_PHRASE);
                }
            }
            if set.ends[node as usize] == NO_PHRASE {
                set.ends[node as usize] = idx;
            }
        }
        set
    }

    pub fn len(&self) -> usize {
        self.phrase_ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrase_ends.is_empty()
    }

    fn lower(&self, b: u8) -> u8 {
        if self.fold {
            b.to_ascii_lowercase()
        } else {
            b
        }
    }

    fn same(&self, text: &str, phrase: u32) -> bool {
        let i = phrase as usize;
        let start = if i == 0 { 0 } else { self.phrase_ends[i - 1] };
        let p = &self.all[start..self.phrase_ends[i]];
        if self.fold {
            p.eq_ignore_ascii_case(text)
        } else {
            p == text
        }
    }

    /// Each phrase that starts at token `i` of `toks`, shortest first. Returns where a
    /// longer phrase ends inside a word, if one does ("Rwanda Defence Force" in "Rwanda
    /// Defence Forces").
    fn walk(
        &self,
        text: &str,
        toks: &[Token],
        i: usize,
        mut found: impl FnMut(PhraseMatch),
    ) -> Option<usize> {
        let (word, bit) = first_bit(toks[i].hash);
        if self.firsts[word] & bit == 0 {
            return None;
        }
        let mut node = 0u32;
        for t in &toks[i..] {
            let Some(&next) = self.edges.get(&(node, t.hash)) else {
                return (node != 0)
                    .then(|| self.inside_word(text, toks[i].start, node, t))
                    .flatten();
            };
            node = next;
            let phrase = self.ends[node as usize];
            let (start, end) = (toks[i].start, t.end);
            if phrase != NO_PHRASE && self.same(&text[start..end], phrase) {
                found(PhraseMatch {
                    start,
                    end,
                    phrase: phrase as usize,
                });
            }
        }
        None
    }

    /// Where the longest phrase from `start` through `node` that ends inside word `t` ends.
    fn inside_word(&self, text: &str, start: usize, node: u32, t: &Token) -> Option<usize> {
        let word = &text.as_bytes()[t.start..t.end];
        if !text[t.start..].starts_with(char::is_alphanumeric) {
            return None;
        }
        let mut hash = 0u64;
        let mut longest = None;
        for (k, &b) in word.iter().enumerate().take(word.len() - 1) {
            hash = mix(hash, self.lower(b));
            let end = t.start + k + 1;
            if !text.is_char_boundary(end) {
                continue;
            }
            let Some(&child) = self.edges.get(&(node, hash)) else {
                continue;
            };
            let phrase = self.ends[child as usize];
            if phrase != NO_PHRASE && self.same(&text[start..end], phrase) {
                longest = Some(end);
            }
        }
        longest
    }

    /// The phrases in `text`, leftmost first and longest at each start, none overlapping
    /// the one before.
    pub fn find_longest(&self, text: &str) -> Vec<PhraseMatch> {
        let mut toks = Vec::new();
        tokens(text, self.fold, &mut toks);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let mut longest = None;
            let inside = self.walk(text, &toks, i, |m| longest = Some(m));
            // A longer phrase that ends inside a word hides the shorter ones, and is no
            // match itself: what it covers is no name.
            // The word it ends inside may still open a name of its own: "the Gambian
            // government" is no "The Gambia", but "Gambian government" is a name.
            if let Some(end) = inside {
                i += 1;
                while i < toks.len() && toks[i].end <= end {
                    i += 1;
                }
                continue;
            }
            match longest {
                Some(m) => {
                    out.push(m);
                    while i < toks.len() && toks[i].start < m.end {
                        i += 1;
                    }
                }
                None => i += 1,
            }
        }
        out
    }

    /// Every phrase in `text` at every token, overlaps included, by end and then by
    /// start (the longest of those that end together first).
    pub fn find_all(&self, text: &str) -> Vec<PhraseMatch> {
        let mut toks = Vec::new();
        tokens(text, self.fold, &mut toks);
        let mut out = Vec::new();
        for i in 0..toks.len() {
            let _ = self.walk(text, &toks, i, |m| out.push(m));
        }
        out.sort_by_key(|m| (m.end, m.start));
        out
    }

    /// The phrase that `text` is, whole.
    pub fn whole(&self, text: &str) -> Option<usize> {
        let mut toks = Vec::new();
        tokens(text, self.fold, &mut toks);
        let mut last = None;
        let _ = self.walk(text, &toks, 0, |m| last = Some(m));
        last.filter(|m| m.start == 0 && m.end == text.len())
            .map(|m| m.phrase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(set: &Phrases, text: &str, all: bool) -> Vec<String> {
        let ms = if all {
            set.find_all(text)
        } else {
            set.find_longest(text)
        };
        ms.iter()
            .map(|m| format!("{}={}", &text[m.start..m.end], m.phrase))
            .collect()
    }

    #[test]
    fn longest_match_at_the_leftmost_start_wins_and_hides_what_it_covers() {
        let set = Phrases::new(
            ["islamic state", "islamic state in iraq", "state", "iraq"],
            true,
        );
        assert_eq!(
            found(
                &set,
                "The Islamic State in Iraq and the state of Iraq.",
                false
            ),
            ["Islamic State in Iraq=1", "state=2", "Iraq=3"]
        );
    }

    #[test]
    fn phrases_match_only_whole_words_and_fold_ascii_case_when_asked() {
        let set = Phrases::new(["iran", "al-shabaab"], true);
        assert_eq!(
            found(&set, "Tirana; IRAN; Iranian; Iran-backed", false),
            ["IRAN=0", "Iran=0"]
        );
        assert_eq!(
            found(&set, "Al-Shabaab’s and al-Shabaabs", false),
            ["Al-Shabaab=1"]
        );
        let exact = Phrases::new(["ISIS"], false);
        assert_eq!(found(&exact, "ISIS and Isis", false), ["ISIS=0"]);
    }

    #[test]
    fn a_longer_phrase_ending_inside_a_word_hides_the_shorter_one() {
        let set = Phrases::new(["rwanda", "rwanda defence force"], true);
        assert_eq!(
            found(
                &set,
                "Rwanda Defence Forces and the Rwanda Defence Force",
                false
            ),
            ["Rwanda Defence Force=1"]
        );
        assert_eq!(found(&set, "Rwanda Defence Ministry", false), ["Rwanda=0"]);
    }

    #[test]
    fn all_matches_overlap_and_come_by_end() {
        let set = Phrases::new(["support", "financial support", "support for"], true);
        assert_eq!(
            found(&set, "financial support for them", true),
            ["financial support=1", "support=0", "support for=2"]
        );
    }

    #[test]
    fn letters_beyond_ascii_are_word_chars_and_signs_are_tokens() {
        let set = Phrases::new(["são tomé", "jama’at", "u.s."], true);
        assert_eq!(
            found(
                &set,
                "São Tomé, Jama’at Nusrat and the U.S. envoy; São Toméan",
                false
            ),
            ["São Tomé=0", "Jama’at=1", "U.S.=2"]
        );
        assert_eq!(set.whole("Jama’at"), Some(1));
        assert_eq!(set.whole("Jama’at Nusrat"), None);
    }

    #[test]
    fn a_phrase_given_twice_keeps_its_first_index() {
        let set = Phrases::new(["Hamas", "hamas", ""], true);
        assert_eq!(found(&set, "hamas", false), ["hamas=0"]);
        assert_eq!(set.len(), 3);
    }
}
