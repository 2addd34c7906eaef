//! The other uses of a name discovered once by its context: "the security firm Orlan"
//! tells that Orlan is a body; "Orlan also supplied weapons" three sentences on names it
//! too, with no noun of its kind beside it.

use super::{cover, is_cap, Doc, Recognizer};
use rustc_hash::FxHashMap as HashMap;

impl Recognizer {
    /// Stage: every uncovered use of the words of a discovered organization's span
    /// elsewhere in the document, whole (no capitalized word glued before or after it),
    /// the last word possibly possessive ("Orlan's fighters"), is a mention of it.
    pub(super) fn repeated_names(&self, d: &mut Doc) {
        let text = d.text;
        let toks = &d.toks;
        let word = |i: usize| &text[toks[i].start..toks[i].end];
        let adjacent = |a: usize, b: usize| {
            toks[a].sentence == toks[b].sentence && text[toks[a].end..toks[b].start] == *" "
        };
        // Each discovered span's words, by its first word.
        let mut by_first: HashMap<&str, Vec<(Vec<&str>, usize)>> = HashMap::default();
        for &(s, e, f, _) in &d.found_spans {
            let words: Vec<&str> = text[s..e].split(' ').collect();
            let (Some(first), Some(last)) = (words.first(), words.last()) else {
                continue;
            };
            // "Fulani militia" is made of "Fulani militiamen": only spans that are the
            // name as written, capitalized at both ends, are looked for again.
            if !is_cap(first) || !is_cap(last) || words.iter().any(|w| w.contains('\'')) {
                continue;
            }
            let list = by_first.entry(first).or_default();
            if !list.iter().any(|(w, _)| *w == words) {
                list.push((words, f));
            }
        }
        if by_first.is_empty() {
            return;
        }
        let bare = |w: &'_ str| -> String {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w)
                .to_string()
        };
        let mut found = Vec::new();
        for i in 0..toks.len() {
            if d.covered[i] {
                continue;
            }
            let Some(list) = by_first.get(bare(word(i)).as_str()) else {
                continue;
            };
            // Part of a longer name ("Radio Orlan").
            if i > 0
                && adjacent(i - 1, i)
                && is_cap(word(i - 1))
                && !self.not_names.contains(word(i - 1))
            {
                continue;
            }
            // ("Hope is fading": a one-word name opening a sentence may be a word.)
            let opens = i == 0 || toks[i - 1].sentence != toks[i].sentence;
            for (words, f) in list {
                let n = words.len();
                if n == 1 && opens {
                    continue;
                }
                let j = i + n - 1;
                let fits = j < toks.len()
                    && (i..=j).all(|k| !d.covered[k] && (k == i || adjacent(k - 1, k)))
                    && (0..n).all(|k| {
                        let w = word(i + k);
                        w == words[k] || (k == n - 1 && bare(w) == words[k])
                    });
                if !fits {
                    continue;
                }
                let possessive = word(j).len() > words[n - 1].len();
                let longer =
                    !possessive && j + 1 < toks.len() && adjacent(j, j + 1) && is_cap(word(j + 1));
                if !longer {
                    let end = toks[j].start + words[n - 1].len();
                    found.push((i, j, toks[i].start, end, *f));
                    break;
                }
            }
        }
        for (i, j, s, e, f) in found {
            d.found_spans.push((
                s,
                e,
                f,
                "a name the document introduced earlier or later".into(),
            ));
            cover(&d.toks, &mut d.covered, d.toks[i].start, d.toks[j].end);
        }
    }
}
