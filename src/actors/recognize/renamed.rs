//! Other names of a body given in the text: "the Muttahida Qaumi Movement, known until
//! 1997 as the Mohajir Qaumi Movement", "the Movement for Peace, formerly the Peace
//! Front". The second name is the first's actor, and so are its initials.

use super::{Doc, Recognizer};
use crate::actors::{pack::Kind, ActorRef, Mention};

/// Words that may stand before "known": "also known as", "formerly known as".
const BEFORE_KNOWN: [&str; 12] = [
    "also",
    "formerly",
    "previously",
    "once",
    "later",
    "locally",
    "widely",
    "commonly",
    "better",
    "originally",
    "officially",
    "then",
];

/// Whether `gap` (the text between two names) says the second is another name of the
/// first: ", known as the ", ", known until 1997 as ", ", formerly the ".
pub(super) fn names_the_same(gap: &str) -> bool {
    let Some(rest) = gap.strip_prefix(", ").or_else(|| gap.strip_prefix(" (")) else {
        return false;
    };
    let words: Vec<&str> = rest.split(' ').filter(|w| !w.is_empty()).collect();
    let words = match words.last() {
        Some(&"the") => &words[..words.len() - 1],
        _ => &words[..],
    };
    // ", formerly the X": a former name with no "known as".
    if matches!(words, ["formerly" | "previously" | "once"]) {
        return true;
    }
    let Some(known) = words.iter().position(|&w| w == "known") else {
        return false;
    };
    let before_ok = words[..known].iter().all(|w| BEFORE_KNOWN.contains(w));
    let after = &words[known + 1..];
    // "known as", "known until 1997 as", "known locally as", "known since 2004 as".
    let after_ok = match after {
        ["as"] => true,
        ["until" | "since" | "from", year, "as"] => year.chars().all(|c| c.is_ascii_digit()),
        [adverb, "as"] => BEFORE_KNOWN.contains(adverb),
        _ => false,
    };
    before_ok && after_ok && known <= 2
}

impl Recognizer {
    /// Stage: a discovered body named right after another body's name by "known as"
    /// (see `names_the_same`) is that body: its spans become the first name's actor's.
    pub(super) fn renamed_bodies(&self, d: &mut Doc) {
        let text = d.text;
        let body = |r: ActorRef, d: &Doc| {
            matches!(self.kind_of(r, &d.found), Kind::Organization | Kind::Agency)
        };
        // Every body's span in text order: (start, end, actor).
        let mut spans: Vec<(usize, usize, ActorRef)> = d
            .found_spans
            .iter()
            .map(|&(s, e, f, _)| (s, e, ActorRef::Found(f)))
            .chain(d.mentions.iter().map(|m| (m.start, m.end, m.actor)))
            .filter(|&(_, _, r)| body(r, d))
            .collect();
        spans.sort_by_key(|s| s.0);
        let mut same: Vec<(usize, ActorRef)> = Vec::new();
        for w in spans.windows(2) {
            let ((_, a_end, a), (b_start, _, b)) = (w[0], w[1]);
            let ActorRef::Found(f) = b else { continue };
            if a == b || b_start < a_end || !names_the_same(&text[a_end..b_start]) {
                continue;
            }
            if !same.iter().any(|&(g, _)| g == f) {
                same.push((f, a));
            }
        }
        for (f, a) in same {
            let rule = format!("another name of {}", self.name_of(a, &d.found));
            let mut k = 0;
            while k < d.found_spans.len() {
                if d.found_spans[k].2 != f {
                    k += 1;
                    continue;
                }
                match a {
                    ActorRef::Found(g) => {
                        d.found_spans[k].2 = g;
                        d.found_spans[k].3.clone_from(&rule);
                        k += 1;
                    }
                    ActorRef::Pack(_) => {
                        let (start, end, _, _) = d.found_spans.remove(k);
                        d.mentions.push(Mention {
                            start,
                            end,
                            sentence: 0,
                            actor: a,
                            rule: rule.clone(),
                        });
                    }
                }
            }
            d.renamed.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::names_the_same;

    #[test]
    fn gaps_that_give_another_name() {
        for gap in [
            ", known as the ",
            ", also known as ",
            ", formerly known as the ",
            ", known until 1997 as the ",
            ", known locally as ",
            ", formerly the ",
            " (known as the ",
        ] {
            assert!(names_the_same(gap), "{gap:?}");
        }
        for gap in [
            ", ",
            " and the ",
            ", which fought the ",
            ", known for its ",
            " as ",
        ] {
            assert!(!names_the_same(gap), "{gap:?}");
        }
    }
}
