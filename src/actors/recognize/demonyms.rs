//! Demonyms standing for their state or its armed forces: "the Kessarian foreign
//! minister" (the state holds the office), "Kessarian-backed militias" (the state acts),
//! "Kessarian and Morvian troops" (the first state's forces, named only by its demonym).
//! The mention covers the demonym alone, so that the office, the person and the rest of a
//! compound stay words of their own for the claims extractor.
//!
//! A state's forces and spies named by a noun after its demonym or its possessive
//! ("Kessarian troops", "Kessaria's army", "Kessarian intelligence") or before "of" and
//! its name ("the armed forces of Kessaria"): one mention over the whole phrase.

use super::{is_cap, Doc, Recognizer};
use crate::actors::{ActorRef, Mention};

/// Whether the lowercase phrases `words` follow token `k` word by word in one sentence.
fn phrase_at(d: &Doc, k: usize, words: &[String]) -> bool {
    let toks = &d.toks;
    k + words.len() <= toks.len()
        && words.iter().enumerate().all(|(n, w)| {
            let t = toks[k + n];
            d.text[t.start..t.end].eq_ignore_ascii_case(w)
                && (n == 0 || adjacent(d, k + n - 1, k + n))
        })
}

/// Tokens `a` and `b` of one sentence with only space between them.
fn adjacent(d: &Doc, a: usize, b: usize) -> bool {
    let toks = &d.toks;
    toks[a].sentence == toks[b].sentence && d.text[toks[a].end..toks[b].start].trim().is_empty()
}

/// "-backed", "-led", "-sponsored": a past participle after a hyphen.
fn participle(rest: &str) -> bool {
    rest.len() > 3 && rest.ends_with("ed") && rest.chars().all(|c| c.is_ascii_lowercase())
}

impl Recognizer {
    /// The state whose demonym starts at token `i`, and the token after the demonym.
    fn demonym_at(&self, d: &Doc, i: usize) -> Option<(usize, usize)> {
        let toks = &d.toks;
        if i + 1 < toks.len() && adjacent(d, i, i + 1) {
            let two = &d.text[toks[i].start..toks[i + 1].end];
            if let Some(&s) = self.demonyms.get(two) {
                return Some((s, i + 2));
            }
        }
        let s = *self.demonyms.get(&d.text[toks[i].start..toks[i].end])?;
        Some((s, i + 1))
    }

    /// The office or force noun phrase at token `k`, from `phrases`.
    fn phrase_from(&self, d: &Doc, k: usize, phrases: &[Vec<String>]) -> Option<String> {
        self.phrase_len(d, k, phrases).map(|n| {
            let (s, e) = (d.toks[k].start, d.toks[k + n - 1].end);
            d.text[s..e].to_lowercase()
        })
    }

    /// The number of words of the longest phrase of `phrases` at token `k`.
    fn phrase_len(&self, d: &Doc, k: usize, phrases: &[Vec<String>]) -> Option<usize> {
        if k >= d.toks.len() || k == 0 || !adjacent(d, k - 1, k) {
            return None;
        }
        phrases.iter().find(|p| phrase_at(d, k, p)).map(Vec::len)
    }

    /// The state whose possessive ("Kessaria's", "North Kessaria’s") spans tokens
    /// `i..next`: the state and `next`.
    fn possessive_at(&self, d: &Doc, i: usize) -> Option<(usize, usize)> {
        let toks = &d.toks;
        for k in i..(i + 3).min(toks.len()) {
            if k > i && !adjacent(d, k - 1, k) {
                return None;
            }
            let w = &d.text[toks[k].start..toks[k].end];
            let Some(stem) = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) else {
                continue;
            };
            let name = &d.text[toks[i].start..toks[k].start + stem.len()];
            return self.state_names.get(name).map(|&s| (s, k + 1));
        }
        None
    }

    /// A state's name of up to three words at token `i` used as a modifier ("DR Congo
    /// army"): the state and the token after the name.
    fn name_at(&self, d: &Doc, i: usize) -> Option<(usize, usize)> {
        let toks = &d.toks;
        for k in i..(i + 3).min(toks.len().saturating_sub(1)) {
            if k > i && !adjacent(d, k - 1, k) {
                return None;
            }
            let name = &d.text[toks[i].start..toks[k].end];
            if let Some(&s) = self.state_names.get(name) {
                return adjacent(d, k, k + 1).then_some((s, k + 1));
            }
        }
        None
    }

    /// The state's forces, spies or police named by a noun phrase at token `k`: the agency and the
    /// token after the phrase. A force noun used as an adjective ("military aid") is none.
    fn body_at(&self, d: &Doc, state: usize, k: usize) -> Option<(usize, usize)> {
        let forces = self.phrase_len(d, k, &self.force_phrases).unwrap_or(0);
        let spies = self
            .phrase_len(d, k, &self.intelligence_phrases)
            .unwrap_or(0);
        let police = self.phrase_len(d, k, &self.police_phrases).unwrap_or(0);
        let (n, of) = if police > forces.max(spies) {
            (police, &self.police_of)
        } else if spies > forces {
            (spies, &self.spies_of)
        } else {
            (forces, &self.forces_of)
        };
        let body = *of.get(&state).filter(|_| n > 0)?;
        let end = d.toks[k + n - 1].end;
        let last = &d.text[d.toks[k + n - 1].start..end];
        (!self.modifier_use(d.text, last, end)).then_some((body, k + n))
    }

    /// Rule: "the armed forces of Kessaria": a force noun phrase of more than one word (or
    /// army, military) at token `i`, "of", and a state's name not followed by a possessive.
    fn forces_of_state(&self, d: &Doc, i: usize) -> Option<(usize, usize, String)> {
        let toks = &d.toks;
        // Most words start no force phrase: one look-up rules them out.
        if !self.force_firsts.contains(d.lower.get(i)) {
            return None;
        }
        let phrase = self.force_phrases.iter().find(|p| {
            (p.len() > 1 || matches!(p[0].as_str(), "army" | "military")) && phrase_at(d, i, p)
        })?;
        let of = i + phrase.len();
        if of + 1 >= toks.len() || &d.text[toks[of].start..toks[of].end] != "of" {
            return None;
        }
        let mut first = of + 1;
        if d.text[toks[first].start..toks[first].end].eq_ignore_ascii_case("the") {
            first += 1;
        }
        for last in first..(first + 3).min(toks.len()) {
            let name = &d.text[toks[first].start..toks[last].end];
            if let Some(&state) = self.state_names.get(name) {
                let forces = *self.forces_of.get(&state)?;
                let possessive = d.text[toks[last].end..].starts_with(['\'', '’']);
                let rule = format!("{} of {name}", phrase.join(" "));
                return (!possessive).then_some((forces, last + 1, rule));
            }
        }
        None
    }

    /// Rule: "Police in Kessaria detained X", "Authorities in Kessaria said": a noun of a
    /// state's police (`police_nouns`) or rulers (`state_heads`) opening its noun phrase,
    /// then "in" and a state's name. The mention covers the noun (the state's name stays a
    /// place).
    /// (Not after a name or an adjective: "US officials in Iraq" are no Iraqi officials,
    /// nor "troops in Mali", which are often another state's.)
    fn body_in_state(&self, d: &Doc, i: usize) -> Option<(usize, usize, String)> {
        let noun = d.lower.get(i);
        let police = self
            .police_phrases
            .iter()
            .any(|p| matches!(p.as_slice(), [w] if w == noun));
        if !police && !self.state_heads.contains(noun) {
            return None;
        }
        let toks = &d.toks;
        let opens = i == 0
            || toks[i - 1].sentence != toks[i].sentence
            || matches!(
                d.lower.get(i - 1),
                "the" | "and" | "that" | "when" | "after" | "as" | "while"
            ) && d.text[toks[i - 1].end..toks[i].start].trim().is_empty();
        if !opens || i + 2 >= toks.len() || d.lower.get(i + 1) != "in" || !adjacent(d, i, i + 1) {
            return None;
        }
        let (state, _) = self.name_at(d, i + 2).or_else(|| {
            // (A state's name closing the sentence: `name_at` wants a word after it.)
            let w = &d.text[toks[i + 2].start..toks[i + 2].end];
            self.state_names.get(w).map(|&s| (s, i + 3))
        })?;
        let actor = if police {
            self.police_of.get(&state).copied().unwrap_or(state)
        } else {
            state
        };
        let place = &d.text[toks[i + 2].start..toks[i + 2].end];
        Some((
            actor,
            toks[i].end - toks[i].start,
            format!("{noun} in {place}"),
        ))
    }

    /// Rule: a state's forces or spies by a noun after its demonym or possessive
    /// ("Kessarian troops", "Kessaria's army"): `(agency, length, rule)`.
    fn owned_body(&self, d: &Doc, i: usize) -> Option<(usize, usize, String)> {
        // "Colombia's government and the ELN": a state's possessive before its government
        // is the state, one mention.
        if let Some((state, next)) = self.possessive_at(d, i).filter(|&(_, n)| n < d.toks.len()) {
            // ("Ethiopia's federal government": past one word of the government's kind.)
            let qualified = next + 1 < d.toks.len()
                && adjacent(d, next, next + 1)
                && matches!(
                    d.lower.get(next),
                    "federal"
                        | "central"
                        | "transitional"
                        | "interim"
                        | "military"
                        | "civilian"
                        | "national"
                        | "new"
                        | "elected"
                );
            let next = if qualified { next + 1 } else { next };
            let noun = d.text[d.toks[next].start..d.toks[next].end].to_lowercase();
            if matches!(
                noun.as_str(),
                "government" | "authorities" | "administration" | "regime" | "leadership"
            ) && adjacent(d, next - 1, next)
                // Not "Mozambique's government forces": the forces, below.
                && self.body_at(d, state, next).is_none()
            {
                let start = d.toks[i].start;
                let owner = &d.text[start..d.toks[next - 1].end];
                let rule = format!("{noun} after {owner}");
                return Some((state, d.toks[next].end - start, rule));
            }
        }
        // ("the South Lebanon Army": a state's name after a capitalized word opens no
        // body of that state; the words are a longer name.)
        // (Not a word that opens the sentence: "The Lebanon army".)
        let in_name = || {
            i > 1
                && d.toks[i - 2].sentence == d.toks[i].sentence
                && adjacent(d, i - 1, i)
                && is_cap(&d.text[d.toks[i - 1].start..d.toks[i - 1].end])
        };
        let (state, next) = self
            .demonym_at(d, i)
            .or_else(|| self.possessive_at(d, i))
            .or_else(|| self.name_at(d, i).filter(|_| !in_name()))?;
        let Some((body, after)) = self.body_at(d, state, next) else {
            return self.possessed_alias(d, i);
        };
        let start = d.toks[i].start;
        let owner = &d.text[start..d.toks[next - 1].end];
        let noun = &d.text[d.toks[next].start..d.toks[after - 1].end];
        let noun = noun.to_lowercase();
        // A site ("Kessarian positions") is no name of the forces: the rule says so, and
        // the forces keep their own name.
        let rule = match noun.rsplit(' ').next() {
            Some(site) if self.force_sites.contains(site) => {
                format!("demonym {owner} before {noun}")
            }
            _ => format!("{noun} after {owner}"),
        };
        Some((body, d.toks[after - 1].end - start, rule))
    }

    /// Rule: "Russia's defence ministry": a state's possessive, then up to three words
    /// that follow the state's demonym in a body's alias ("Russian Defence Ministry").
    /// (Words in lowercase only: "Iran's Revolutionary Guard Corps" is a name of its own
    /// after the state's.)
    fn possessed_alias(&self, d: &Doc, i: usize) -> Option<(usize, usize, String)> {
        let (state, next) = self.possessive_at(d, i)?;
        let toks = &d.toks;
        if next >= toks.len() || !d.text[toks[next].start..].starts_with(char::is_lowercase) {
            return None;
        }
        (1..=3).rev().find_map(|n| {
            let last = next + n - 1;
            if last >= toks.len() || !(next..last).all(|k| adjacent(d, k, k + 1)) {
                return None;
            }
            let rest = d.text[toks[next].start..toks[last].end].to_lowercase();
            let &body = self.demonym_aliases.get(&(state, rest))?;
            let start = toks[i].start;
            let rule = format!(
                "{} as an alias after its state",
                &d.text[start..toks[last].end]
            );
            Some((body, toks[last].end - start, rule))
        })
    }

    /// As `owned_body`, over pack mentions that are only part of the phrase: the state's
    /// name in its possessive ("Kessaria" of "Kessaria's army"), or a shorter name of the
    /// same body ("Kessarian intelligence" of "Kessarian intelligence officials").
    fn possessed_body(
        &self,
        d: &Doc,
        earlier: &Earlier,
        i: usize,
    ) -> Option<(usize, usize, String)> {
        let (state, _) = self
            .possessive_at(d, i)
            .or_else(|| self.demonym_at(d, i))
            .or_else(|| self.name_at(d, i))?;
        let (body, len, rule) = self.owned_body(d, i)?;
        let (start, end) = (d.toks[i].start, d.toks[i].start + len);
        let inside = earlier.overlapping(&d.mentions, start, end).all(|k| {
            let m = &d.mentions[k];
            (m.actor == ActorRef::Pack(state) || m.actor == ActorRef::Pack(body))
                && start <= m.start
                && m.end <= end
                && (m.start, m.end) != (start, end)
        });
        inside.then_some((body, len, rule))
    }

    /// Rule: the demonym of a state before an office, or of a state's forces in a
    /// coordination before a force noun: `(actor, rule)`.
    fn demonym_reading(
        &self,
        d: &Doc,
        state: usize,
        next: usize,
        dem: &str,
    ) -> Option<(usize, String)> {
        if let Some(office) = self.phrase_from(d, next, &self.state_offices) {
            return Some((state, format!("demonym {dem} before {office}")));
        }
        if let Some(act) = self.phrase_from(d, next, &self.state_acts) {
            return Some((state, format!("demonym {dem} before {act}")));
        }
        let toks = &d.toks;
        let and = next < toks.len()
            && adjacent(d, next - 1, next)
            && (d.text[toks[next].start..toks[next].end] == *"and"
                || d.text[toks[next].start..toks[next].end] == *"or");
        let (_, after) = if and {
            self.demonym_at(d, next + 1)?
        } else {
            return None;
        };
        // "Iraqi and Turkish officials", "Qatari and Egyptian mediators": each demonym
        // before the office or act.
        if let Some(office) = self
            .phrase_from(d, after, &self.state_offices)
            .or_else(|| self.phrase_from(d, after, &self.state_acts))
        {
            return Some((
                state,
                format!("demonym {dem} in a coordination before {office}"),
            ));
        }
        let forces = *self.forces_of.get(&state)?;
        let noun = self.phrase_from(d, after, &self.force_phrases)?;
        Some((
            forces,
            format!("demonym {dem} in a coordination before {noun}"),
        ))
    }

    /// "working with the Israelis", "the Americans backed the SDF": a people in the plural
    /// after "the", heading its noun phrase, stands for its state.
    fn plural_people(&self, d: &Doc, i: usize) -> Option<(usize, usize, String)> {
        let toks = &d.toks;
        let w = &d.text[toks[i].start..toks[i].end];
        // ("The French sheltered Aoun", "the Chinese say": a people's name the same in the
        // plural, before a verb or a stop, not before a noun it qualifies.)
        let invariant =
            !w.ends_with('s') && ["ch", "sh", "ese", "ss"].iter().any(|e| w.ends_with(e));
        let state = *self
            .demonyms
            .get(w)
            .filter(|_| w.ends_with('s') || invariant)?;
        let the = i > 0
            && adjacent(d, i - 1, i)
            && matches!(&d.text[toks[i - 1].start..toks[i - 1].end], "the" | "The");
        let word = |k: usize| {
            (k < toks.len() && adjacent(d, k - 1, k)).then(|| &d.text[toks[k].start..toks[k].end])
        };
        let named_next = word(i + 1).is_some_and(|n| n.starts_with(char::is_uppercase));
        // "the Americans held in Kabul", "the Colombians fighting for the RSF", "the Afghans
        // who had worked for them": people described, hostages, fighters, refugees.
        let described = word(i + 1).is_some_and(|n| {
            matches!(
                n,
                "who" | "whom" | "whose" | "that" | "held" | "being" | "kept" | "taken"
            ) || n.ends_with("ing")
                || (n.ends_with("ed")
                    && word(i + 2).is_some_and(|p| {
                        matches!(
                            p,
                            "in" | "by" | "at" | "from" | "for" | "on" | "to" | "near"
                        )
                    }))
        });
        // (The people's name closes its phrase: a verb, a stop or a preposition follows.)
        let closes_phrase = word(i + 1).is_none_or(|n| {
            n.ends_with("ed")
                || matches!(
                    n,
                    "have"
                        | "had"
                        | "were"
                        | "are"
                        | "did"
                        | "do"
                        | "say"
                        | "said"
                        | "says"
                        | "deny"
                        | "denied"
                        | "would"
                        | "will"
                        | "could"
                        | "also"
                        | "then"
                        | "and"
                        | "themselves"
                        // (Or a preposition: "had fought the British for four years".)
                        | "for"
                        | "in"
                        | "from"
                        | "out"
                        | "at"
                        | "until"
                        | "since"
                        | "or"
                        | "but"
                )
        });
        if invariant && !closes_phrase {
            return None;
        }
        (the && !named_next && !described).then(|| {
            (
                state,
                w.len(),
                format!("the {w}{}", crate::actors::A_PEOPLE),
            )
        })
    }

    /// Stage: demonyms that stand for a state or its forces (see the module comment).
    pub(super) fn demonym_mentions(&self, d: &mut Doc) {
        let earlier = Earlier::new(&d.mentions);
        // The earlier mentions a phrase replaces, dropped once at the end: the scan moves
        // forward past each phrase it adds, so no later phrase overlaps them.
        let mut replaced = vec![false; d.mentions.len()];
        let mut i = 0;
        while i < d.toks.len() {
            let t = d.toks[i];
            if d.covered[i] {
                // "Kessaria's army": the state's name is a pack mention; the phrase wins.
                if let Some((actor, len, rule)) = self.possessed_body(d, &earlier, i) {
                    let end = t.start + len;
                    for k in earlier.overlapping(&d.mentions, t.start, end) {
                        replaced[k] = true;
                    }
                    d.mentions.push(Mention {
                        start: t.start,
                        end,
                        sentence: 0,
                        actor: ActorRef::Pack(actor),
                        rule,
                    });
                    super::cover(&d.toks, &mut d.covered, t.start, end);
                    i = d.toks.partition_point(|x| x.start < end);
                    continue;
                }
                i += 1;
                continue;
            }
            let w = &d.text[t.start..t.end];
            let compound = w.split_once('-').and_then(|(p, rest)| {
                let s = *self.demonyms.get(p)?;
                participle(rest).then(|| (s, p.len(), format!("demonym {p} before -{rest}")))
            });
            let reading = compound
                .or_else(|| self.owned_body(d, i))
                .or_else(|| {
                    let (state, next) = self.demonym_at(d, i)?;
                    let dem = &d.text[t.start..d.toks[next - 1].end];
                    let (actor, rule) = self.demonym_reading(d, state, next, dem)?;
                    Some((actor, dem.len(), rule))
                })
                .or_else(|| {
                    let (actor, next, rule) = self.forces_of_state(d, i)?;
                    Some((actor, d.toks[next - 1].end - t.start, rule))
                })
                .or_else(|| self.plural_people(d, i))
                .or_else(|| self.body_in_state(d, i));
            if let Some((actor, len, rule)) = reading {
                d.mentions.push(Mention {
                    start: t.start,
                    end: t.start + len,
                    sentence: 0,
                    actor: ActorRef::Pack(actor),
                    rule,
                });
                super::cover(&d.toks, &mut d.covered, t.start, t.start + len);
                i = d.toks.partition_point(|x| x.start < t.start + len);
                continue;
            }
            i += 1;
        }
        let mut k = 0;
        d.mentions.retain(|_| {
            k += 1;
            !replaced.get(k - 1).copied().unwrap_or(false)
        });
    }
}

/// The mentions a document has before the demonym stage, in the order of their starts, so
/// that those over a span are found by binary search rather than by a scan of all of
/// them for every phrase (which made the stage quadratic in a long document, issue 17).
struct Earlier {
    /// Indices into the mentions, by start.
    by_start: Vec<usize>,
    /// The longest mention's length: no mention starting further back reaches a span.
    longest: usize,
}

impl Earlier {
    fn new(mentions: &[Mention]) -> Self {
        let mut by_start: Vec<usize> = (0..mentions.len()).collect();
        by_start.sort_by_key(|&k| mentions[k].start);
        let longest = mentions
            .iter()
            .map(|m| m.end.saturating_sub(m.start))
            .max()
            .unwrap_or(0);
        Earlier { by_start, longest }
    }

    /// The indices of the earlier mentions that overlap `start..end`.
    fn overlapping<'a>(
        &'a self,
        mentions: &'a [Mention],
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = usize> + 'a {
        let from = start.saturating_sub(self.longest);
        let first = self.by_start.partition_point(|&k| mentions[k].start < from);
        self.by_start[first..]
            .iter()
            .copied()
            .take_while(move |&k| mentions[k].start < end)
            .filter(move |&k| start < mentions[k].end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earlier_mentions_over_a_span_are_those_a_scan_finds() {
        // Mentions of varied lengths, some overlapping, one long, in no particular order.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut mentions = Vec::new();
        for n in 0..400 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let start = (x % 3000) as usize;
            let len = if n == 7 {
                900
            } else {
                ((x >> 20) % 40) as usize
            };
            mentions.push(Mention {
                start,
                end: start + len,
                sentence: 0,
                actor: ActorRef::Pack(0),
                rule: String::new(),
            });
        }
        let earlier = Earlier::new(&mentions);
        for start in (0..3100).step_by(7) {
            for len in [0, 1, 5, 30, 200] {
                let end = start + len;
                let mut got: Vec<usize> = earlier.overlapping(&mentions, start, end).collect();
                got.sort();
                let want: Vec<usize> = (0..mentions.len())
                    .filter(|&k| mentions[k].start < end && start < mentions[k].end)
                    .collect();
                assert_eq!(got, want, "{start}..{end}");
            }
        }
    }
}
