//! Members listed after a body's possessive: "The Northern Alliance was formed in 2016.
//! Its members are the KIA, the TNLA and the Arakan Army." Each body or state listed is
//! part of the body "its" stands for: the last body the sentence before names.

use super::{described, Claim, Doc, Memory, Read, Relation};
use crate::actors::{ActorRef, Kind};

/// Verbs after "members" that list them.
const LISTING: [&str; 6] = ["are", "were", "include", "included", "includes", "comprise"];

/// Stage: the members listed after "Its members" or "Their members" opening a sentence.
pub(super) fn members_listed(doc: &Doc, mem: &Memory, r: &Read) -> Vec<Claim> {
    let text = doc.text;
    let sentence = &text[r.ss..r.se];
    let Some(rest) = ["Its members ", "Their members ", "Its member groups "]
        .iter()
        .find_map(|p| sentence.strip_prefix(p))
    else {
        return Vec::new();
    };
    let verb = rest.split(' ').next().unwrap_or_default();
    if !LISTING.contains(&verb) || r.si == 0 {
        return Vec::new();
    }
    let list_at = r.ss + (sentence.len() - rest.len()) + verb.len();
    let Some(whole) = whole_before(doc, mem, r.si) else {
        return Vec::new();
    };
    // The names listed: from the verb on, each joined to the one before by a comma or
    // "and", to the clause's end.
    let clause_end = text[list_at..r.se]
        .find([';', ':'])
        .map_or(r.se, |p| list_at + p);
    let mut out = Vec::new();
    let mut last = list_at;
    for x in r
        .slots
        .iter()
        .filter(|x| x.start >= list_at && x.end <= clause_end)
    {
        // (Past an acronym in brackets, and past a name that only describes a member:
        // "the MNDAA of the Kokang region, and the Arakan Army".)
        let glue = text[last..x.start].trim();
        let glue = glue.strip_suffix("the").unwrap_or(glue).trim();
        let joined = last == list_at && glue.is_empty()
            || glue == "("
            || glue.ends_with(',')
            || glue.ends_with(" and")
            || glue == "and"
            || glue.ends_with("as well as");
        if !joined {
            continue;
        }
        last = if text[x.end..clause_end].starts_with(')') {
            x.end + 1
        } else {
            x.end
        };
        let [part] = x.actors[..] else { continue };
        let kind = (doc.kind_of)(part);
        if part != whole && matches!(kind, Kind::Organization | Kind::State | Kind::Agency) {
            out.push(described(
                doc,
                r,
                (part, Relation::PartOf, whole),
                (r.ss, x.end),
                "members listed",
            ));
        }
    }
    out
}

/// The last body (an organization or an intergovernmental one) the sentence before `si`
/// names: "a coalition calling itself the Northern Alliance. Its members ...".
fn whole_before(doc: &Doc, mem: &Memory, si: usize) -> Option<ActorRef> {
    let before = &doc.sentences[si - 1];
    mem.history
        .iter()
        .rev()
        .filter(|&&(at, _)| at >= before.start && at < before.end)
        .map(|&(_, a)| a)
        .find(|&a| matches!((doc.kind_of)(a), Kind::Organization | Kind::Igo))
}
