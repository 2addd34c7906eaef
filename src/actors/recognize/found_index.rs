//! An index of the actors a document discovers, so that `Recognizer::intern` finds the
//! one a new name denotes without comparing it with every actor found so far (which made
//! recognition quadratic in a long document's number of actors, issue 17).
//!
//! It answers exactly what the scan answered: the first actor of the same kind whose
//! name has the same spelling skeleton, or is a short form of the new name, or has the
//! new name as a short form ("Alpha Front" and "Alpha Front Brigade": at least two words,
//! the longer one going on after a space).

use super::{fold, skeleton};
use crate::actors::Kind;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeSet;

type Keyed = HashMap<(Kind, String), BTreeSet<usize>>;

#[derive(Default)]
pub(super) struct FoundIndex {
    /// Spelling skeleton → actors.
    skeleton: Keyed,
    /// Folded name → actors.
    name: Keyed,
    /// Each folded name's proper word prefixes (of two words or more) → actors.
    prefix: Keyed,
}

/// The prefixes `p` of `folded` that `short_form(p, folded)` accepts: followed by a space,
/// of two words or more.
fn word_prefixes(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b' ')
        .map(|(k, _)| &folded[..k])
        .filter(|p| p.split(' ').count() >= 2)
}

fn first(map: &Keyed, kind: Kind, key: &str) -> Option<usize> {
    map.get(&(kind, key.to_string()))
        .and_then(|s| s.first().copied())
}

impl FoundIndex {
    /// The first actor of `kind` that `name` denotes (see the module's comment).
    pub(super) fn find(&self, kind: Kind, name: &str) -> Option<usize> {
        let folded = fold(name);
        let mut best = first(&self.skeleton, kind, &skeleton(name));
        let mut consider = |i: Option<usize>| {
            if let Some(i) = i {
                best = Some(best.map_or(i, |b| b.min(i)));
            }
        };
        if folded.split(' ').count() >= 2 {
            consider(first(&self.prefix, kind, &folded));
        }
        for p in word_prefixes(&folded) {
            consider(first(&self.name, kind, p));
        }
        best
    }

    pub(super) fn add(&mut self, i: usize, kind: Kind, name: &str) {
        self.each_key(kind, name, |map, key| {
            map.entry(key).or_default().insert(i);
        });
    }

    pub(super) fn remove(&mut self, i: usize, kind: Kind, name: &str) {
        self.each_key(kind, name, |map, key| {
            if let Some(s) = map.get_mut(&key) {
                s.remove(&i);
            }
        });
    }

    fn each_key(&mut self, kind: Kind, name: &str, mut f: impl FnMut(&mut Keyed, (Kind, String))) {
        let folded = fold(name);
        f(&mut self.skeleton, (kind, skeleton(name)));
        for p in word_prefixes(&folded) {
            f(&mut self.prefix, (kind, p.to_string()));
        }
        f(&mut self.name, (kind, folded));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan the index replaces, on (kind, name) pairs.
    fn scan(found: &[(Kind, String)], kind: Kind, name: &str) -> Option<usize> {
        let short_form = |a: &str, b: &str| {
            a.split(' ').count() >= 2 && b.starts_with(a) && b[a.len()..].starts_with(' ')
        };
        let (sk, folded) = (skeleton(name), fold(name));
        found.iter().position(|(k, n)| {
            *k == kind
                && (skeleton(n) == sk
                    || short_form(&folded, &fold(n))
                    || short_form(&fold(n), &folded))
        })
    }

    #[test]
    fn answers_as_the_scan_did() {
        let words = [
            "Alpha", "Front", "Brigade", "Alfa", "the", "Frunt", "Al-Alpha",
        ];
        let kinds = [Kind::Organization, Kind::Person];
        let mut found: Vec<(Kind, String)> = Vec::new();
        let mut index = FoundIndex::default();
        // A fixed pseudo-random sequence of names of one to four words.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..1500 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let n = 1 + (x % 4) as usize;
            let name: Vec<&str> = (0..n)
                .map(|j| words[((x >> (8 * j + 3)) % words.len() as u64) as usize])
                .collect();
            let name = name.join(" ");
            let kind = kinds[((x >> 40) % 2) as usize];
            let want = scan(&found, kind, &name);
            assert_eq!(index.find(kind, &name), want, "{name:?}");
            match want {
                Some(i) => {
                    let short_form = fold(&found[i].1).split(' ').count() >= 2
                        && fold(&name).starts_with(&fold(&found[i].1))
                        && fold(&name)[fold(&found[i].1).len()..].starts_with(' ');
                    if short_form {
                        index.remove(i, kind, &found[i].1);
                        index.add(i, kind, &name);
                        found[i].1 = name;
                    }
                }
                None => {
                    index.add(found.len(), kind, &name);
                    found.push((kind, name));
                }
            }
        }
        assert!(found.len() > 10);
    }
}
