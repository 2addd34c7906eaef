//! Bodies described as for a party: "Fatah al-Intifada, a pro-Syrian faction", "the
//! pro-government Civil Defence Forces", "pro-Iranian militias such as Kataib Hezbollah",
//! "the Young Patriots, Blé Goudé's pro-Gbagbo youth movement". What is "pro-" a party is
//! tied to it (the schema's `ties`: a leaning, with no act named).

use super::slots::{names_listed, Slot};
use super::{stated, words, Claim, Doc, Read};
use crate::actors::{ActorRef, Kind};
use crate::claims::{Polarity, Relation};

/// The ties of sentence `r`'s bodies to the parties they are said to be "pro-".
pub(super) fn partisans(doc: &Doc, r: &Read, claims: &[Claim]) -> Vec<Claim> {
    let text = doc.text;
    let mut out: Vec<Claim> = Vec::new();
    for (at, end) in pro_words(text, r) {
        let Some(party) = party_of(doc, &text[at + 4..end]) else {
            continue;
        };
        for bearer in bearers(doc, r, at, end) {
            let said = claims.iter().chain(&out).any(|c| {
                (c.subject, c.object) == (bearer, party) || (c.subject, c.object) == (party, bearer)
            });
            if bearer == party || said || (doc.kind_of)(bearer) == Kind::State {
                continue;
            }
            let rule = "a body described as pro- a party";
            let pair = (bearer, Relation::Ties, party);
            out.push(stated(r, pair, Polarity::Affirmed, &text[at..end], rule));
        }
    }
    out
}

/// The words of sentence `r` opening with "pro-" and a capital or "government": their
/// `(start, end)`.
fn pro_words<'r>(text: &'r str, r: &'r Read) -> impl Iterator<Item = (usize, usize)> + 'r {
    r.words.iter().map(|w| (w.start, w.end)).filter(|&(s, e)| {
        let word = &text[s..e];
        let party = word
            .strip_prefix("pro-")
            .or_else(|| word.strip_prefix("Pro-"));
        party.is_some_and(|p| p.starts_with(char::is_uppercase) || p == "government")
    })
}

/// The party a word after "pro-" names: the story's own state for "government"; else an
/// actor the document names by that very word ("pro-Gbagbo", "pro-Moscow"), or a state
/// it names whose name the word extends ("pro-Syrian" after "Syria").
fn party_of(doc: &Doc, word: &str) -> Option<ActorRef> {
    if word == "government" {
        return doc
            .home_government
            .or(doc.home)
            .or(doc.dateline.map(|d| d.1));
    }
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    if let Some(&(a, _)) = doc.surfaces.iter().find(|(_, s)| *s == word) {
        return Some(a);
    }
    doc.surfaces
        .iter()
        .find(|&&(a, s)| {
            (doc.kind_of)(a) == Kind::State
                && s.len() >= 4
                && !s.contains(' ')
                && word.len() > s.len()
                && word.len() <= s.len() + 4
                && word.starts_with(s)
        })
        .map(|&(a, _)| a)
}

/// Who is described as "pro-" a party by the word at `at..end`: the name a description
/// opening with it is set off after ("X, a pro-Syrian faction", "X, Y's pro-Gbagbo
/// movement"), the name right after it ("the pro-government Civil Defence Forces"), or
/// the names listed after its noun ("pro-Iranian militias such as X and Y").
fn bearers(doc: &Doc, r: &Read, at: usize, end: usize) -> Vec<ActorRef> {
    let text = doc.text;
    let named = |x: &&Slot| !x.phrase && x.actors.len() == 1;
    // Set off after a name: ", a ", ", the ", or ", <owner>'s ".
    let before = &text[r.ss..at];
    if let Some(comma) = before.rfind(", ") {
        let article = super::pairs::opens_description(&before[comma..]);
        let owner = r.slots.iter().filter(named).any(|y| {
            y.start == r.ss + comma + 2
                && words::after_possessive(&text[y.end..])
                    .is_some_and(|rest| rest.len() == text.len() - at)
        });
        if article || owner {
            if let Some(x) = r.slots.iter().filter(named).find(|x| x.end == r.ss + comma) {
                return vec![x.actors[0]];
            }
        }
    }
    // Right before a name.
    if let Some(x) = r.slots.iter().filter(named).find(|x| x.start == end + 1) {
        return vec![x.actors[0]];
    }
    // Before a plural noun and a list of examples.
    let rest = &text[end..r.se];
    let mut pos = 0;
    let mut listed = None;
    for _ in 0..3 {
        let Some(w) = rest[pos..].strip_prefix(' ') else {
            break;
        };
        let word = &w[..w.find([' ', ',']).unwrap_or(w.len())];
        if word.is_empty() || !word.chars().all(|c| c.is_lowercase() || c == '-') {
            break;
        }
        pos += 1 + word.len();
        listed = words::listed_after(&rest[pos..]);
        if listed.is_some() {
            break;
        }
    }
    let Some(listed) = listed else {
        return Vec::new();
    };
    let from = r.se - listed.len();
    names_listed(text, &r.slots, from)
        .iter()
        .map(|x| x.actors[0])
        .collect()
}
