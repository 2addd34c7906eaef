//! Persons in lists: an unknown name between two persons of one list is a person too
//! ("Ana Sorel, Tomas Reyva and Ilse Marr" where the first and last are known persons).

use super::{is_cap, is_name_part, Doc, Recognizer};
use crate::actors::{pack::Kind, Mention};

impl Recognizer {
    /// The items between two list members ending at `from` and starting at `to`: each a
    /// run of two to four name words, all uncovered; `None` when anything else is there.
    fn list_items(&self, d: &Doc, from: usize, to: usize) -> Option<Vec<(usize, usize)>> {
        let toks = &d.toks;
        let mut items = Vec::new();
        let mut k = toks.partition_point(|t| t.start < from);
        let mut gap_from = from;
        while k < toks.len() && toks[k].start < to {
            let sep = d.text[gap_from..toks[k].start].trim();
            let sep = sep.strip_suffix("and").unwrap_or(sep).trim();
            if !matches!(sep, "," | ";") {
                return None;
            }
            let first = k;
            let word = |k: usize| &d.text[toks[k].start..toks[k].end];
            while k < toks.len()
                && toks[k].start < to
                && is_name_part(word(k))
                && !d.covered[k]
                && (k == first || d.text[toks[k - 1].end..toks[k].start].trim().is_empty())
            {
                k += 1;
            }
            let n = k - first;
            // "..., Ustadz Hata Haipe": a title before the next member belongs to it.
            if (first..k).all(|t| self.title_words.contains(word(t)))
                && d.text[toks[k - 1].end..to].trim().is_empty()
            {
                gap_from = to;
                break;
            }
            if !(2..=4).contains(&n) || !is_cap(word(first)) || self.not_names.contains(word(first))
            {
                return None;
            }
            items.push((first, k - 1));
            gap_from = toks[k - 1].end;
        }
        let sep = d.text[gap_from..to].trim();
        let sep = sep.strip_suffix("and").unwrap_or(sep).trim();
        (matches!(sep, "," | ";" | "") && !items.is_empty()).then_some(items)
    }

    /// Stage: persons between two persons of one list (see the module comment).
    pub(super) fn persons_in_lists(&self, d: &mut Doc) {
        let mut persons: Vec<(usize, usize, usize)> = d
            .mentions
            .iter()
            .filter(|m| self.kind_of(m.actor, &d.found) == Kind::Person)
            .map(|m| (m.start, m.end, d.toks.partition_point(|t| t.end <= m.start)))
            .collect();
        persons.sort_unstable();
        let mut new = Vec::new();
        for w in persons.windows(2) {
            let ((_, a_end, a_tok), (b_start, _, b_tok)) = (w[0], w[1]);
            if a_end >= b_start
                || d.toks[a_tok].sentence != d.toks[b_tok.min(d.toks.len() - 1)].sentence
            {
                continue;
            }
            if let Some(items) = self.list_items(d, a_end, b_start) {
                new.extend(items);
            }
        }
        for (first, last) in new {
            let (s, e) = (d.toks[first].start, d.toks[last].end);
            let name = d.text[s..e].to_string();
            let actor = self.intern(
                &mut d.found,
                &mut d.found_index,
                name,
                Kind::Person,
                "in a list of persons".into(),
            );
            d.mentions.push(Mention {
                start: s,
                end: e,
                sentence: 0,
                actor,
                rule: "name".into(),
            });
            super::cover(&d.toks, &mut d.covered, s, e);
        }
    }
}
