//! Other names of a person given in the text: "Name, alias Other", "Name a.k.a. Other",
//! "alias “Other”" (a nom de guerre standing alone, in quotes).

use super::{is_name_part, Doc, Recognizer};
use crate::actors::{pack::Kind, ActorRef, Mention};

/// The first person's mention ending at each byte: the actor.
type Ending = rustc_hash::FxHashMap<usize, ActorRef>;

/// Opening quotes around an alias.
const QUOTES: &[char] = &['“', '"', '‘', '\'', '«'];

impl Recognizer {
    /// The name after an alias marker that ends at byte `pos`: its token range, and
    /// whether it is quoted.
    fn alias_name(&self, d: &Doc, pos: usize) -> Option<(usize, usize, bool)> {
        let rest = &d.text[pos..];
        let skipped = rest.len() - rest.trim_start_matches([' ', ':']).len();
        let rest = &rest[skipped..];
        let quoted = rest.starts_with(QUOTES);
        let at = pos
            + skipped
            + rest
                .chars()
                .next()
                .filter(|_| quoted)
                .map_or(0, char::len_utf8);
        let toks = &d.toks;
        let first = toks.partition_point(|t| t.start < at);
        if first >= toks.len() || toks[first].start != at {
            return None;
        }
        let word = |k: usize| &d.text[toks[k].start..toks[k].end];
        let mut last = first;
        while last + 1 < toks.len()
            && last - first < 3
            && toks[last + 1].sentence == toks[first].sentence
            && d.text[toks[last].end..toks[last + 1].start]
                .trim()
                .is_empty()
            && is_name_part(word(last + 1))
        {
            last += 1;
        }
        let ok = (first..=last).all(|k| is_name_part(word(k)) && !d.covered[k])
            && !self.not_names.contains(word(first));
        ok.then_some((first, last, quoted))
    }

    /// The person whose mention ends just before byte `pos` (commas and spaces between),
    /// from `persons_ending`.
    fn person_before(&self, d: &Doc, persons_ending: &Ending, pos: usize) -> Option<ActorRef> {
        let before = d.text[..pos].trim_end_matches([' ', ',', '(']);
        persons_ending.get(&before.len()).copied()
    }

    /// Notes `m` in `persons_ending` if it is a person's and the first to end where it
    /// ends: the mention a scan of the mentions in order would find first.
    fn note_person(&self, d: &Doc, persons_ending: &mut Ending, m: &Mention) {
        if self.kind_of(m.actor, &d.found) == Kind::Person {
            persons_ending.entry(m.end).or_insert(m.actor);
        }
    }

    /// Stage: aliases of persons (see the module comment).
    pub(super) fn person_aliases(&self, d: &mut Doc) {
        let text = d.text;
        let mut found: Vec<(usize, usize, usize, usize, bool)> = Vec::new();
        for (k, marker) in self.alias_markers.iter().enumerate() {
            for (s, _) in text.match_indices(marker.as_str()) {
                let e = s + marker.len();
                let bounded = !text[..s].ends_with(char::is_alphanumeric)
                    && !text[e..].starts_with(char::is_alphanumeric);
                if !bounded {
                    continue;
                }
                if let Some((first, last, quoted)) = self.alias_name(d, e) {
                    found.push((s, first, last, k, quoted));
                }
            }
        }
        found.sort_unstable();
        // The first person's mention ending at each byte, kept up to date as aliases are
        // added: looking each one up in all the mentions made the stage quadratic in a
        // long document (issue 17).
        let mut persons_ending = Ending::default();
        for m in &d.mentions {
            self.note_person(d, &mut persons_ending, m);
        }
        for (s, first, last, k, quoted) in found {
            if d.covered[first..=last].iter().any(|&c| c) {
                continue;
            }
            let (start, end) = (d.toks[first].start, d.toks[last].end);
            let name = &text[start..end];
            let (actor, rule) = match self.person_before(d, &persons_ending, s) {
                Some(r) => (
                    r,
                    format!("another name after \"{}\"", self.alias_markers[k]),
                ),
                // A nom de guerre standing alone, in quotes: "alias “Other”".
                None if !quoted => continue,
                None => {
                    let r = self.intern(
                        &mut d.found,
                        &mut d.found_index,
                        name.to_string(),
                        Kind::Person,
                        "alias".into(),
                    );
                    (r, "name".into())
                }
            };
            let m = Mention {
                start,
                end,
                sentence: 0,
                actor,
                rule,
            };
            self.note_person(d, &mut persons_ending, &m);
            d.mentions.push(m);
            super::cover(&d.toks, &mut d.covered, start, end);
        }
    }
}
