//! Role nouns ("Hamas spokesman X", "X, a faction of Y", "the leader of Y, X"): the
//! organization that owns the role, then the one who bears it. Also titles whose office
//! the pack knows ("President X").

use super::pairs::{CueSite, Pair};
use super::slots::Slot;
use super::words::{after_possessive, between, gap_words, Word};
use super::Offices;
use crate::actors::{ActorRef, Kind};
use crate::claims::lexicon::{Cue, CueMatch, Lexicon};
use crate::claims::Relation;

/// A role noun in its sentence.
struct Role<'a> {
    site: &'a CueSite<'a>,
    /// The role noun, lowercased.
    word: String,
    /// "member": an organization can be a member too ("the Arakan Army, a member of the
    /// alliance").
    any_member: bool,
    /// An envoy's role: the state it is sent "to" is its host, not its employer.
    diplomatic: bool,
}

impl Role<'_> {
    fn is_bearer(&self, x: &Slot) -> bool {
        // ("Both are factions of X": a phrase may stand for two bearers.)
        let wants_person = self.site.rel != Relation::PartOf;
        (x.actors.len() == 1 || x.phrase)
            && x.actors.iter().all(|&a| {
                self.any_member || ((self.site.kind_of)(a) == Kind::Person) == wants_person
            })
    }

    fn is_owner(&self, x: &Slot) -> bool {
        (self.site.kind_of)(x.actors[0]) != Kind::Person
    }

    fn kind(&self, x: &Slot) -> Kind {
        (self.site.kind_of)(x.actors[0])
    }
}

/// Pairs for role nouns: `(bearer, organization)` for member_of/leads, `(part, whole)` for
/// part_of; and the name of the rule that found the bearer.
pub(super) fn role_pairs(site: &CueSite) -> (Vec<Pair>, &'static str) {
    let lexicon = site.lexicon;
    let topical = &lexicon.topical_roles;
    let word = site.text[site.c.start..site.c.end].to_lowercase();
    let role = Role {
        site,
        any_member: site.rel == Relation::MemberOf && matches!(word.as_str(), "member" | "members"),
        diplomatic: lexicon.diplomatic_roles.contains(&word),
        word,
    };
    if let Some(pair) = possessed_part(&role) {
        return (vec![pair], "owner's name, role");
    }
    if no_title_of_names(site, &role.word) {
        return (Vec::new(), "counted plural");
    }
    // "X, the U.N. secretary-general's personal envoy": a possessive role is another's;
    // the name holds the role that follows.
    if site.text[site.c.end..].starts_with("'s ") || site.text[site.c.end..].starts_with("’s ") {
        return (Vec::new(), "another's role");
    }
    let (before, after) = (owner_before(&role), owner_after(&role));
    // "U.S. Army Gen. X": a rank relates only its force right before to the name after.
    if lexicon.ranks.contains(&role.word) {
        let adjacent = before.filter(|o| site.text[o.end..site.c.start].trim().is_empty());
        // ("an SSPDF general, Majur Dak": after an indefinite force and rank, a name set
        // off by a comma.)
        let indefinite = adjacent.is_some_and(|o| {
            let lead = site.text[..o.start].trim_end();
            lead.ends_with(" a") || lead.ends_with(" an")
        });
        let bearer = site
            .slots
            .iter()
            .find(|x| x.start >= site.c.end)
            .filter(|x| {
                let glue = site.text[site.c.end..x.start].trim();
                (glue.is_empty() || indefinite && glue == ",") && role.is_bearer(x)
            });
        return match (adjacent, bearer) {
            (Some(o), Some(b)) => (vec![(b.actors[0], o.actors[0])], "force, rank, name"),
            _ => (Vec::new(), "rank without its force"),
        };
    }
    // "Iran's UN envoy X": the possessor employs the envoy.
    let before = before.map(|o| {
        let diplomatic = lexicon.diplomatic_roles.contains(&role.word);
        let possessor = site.slots.iter().copied().find(|p| {
            p.end < o.start
                && matches!(&site.text[p.end..o.start], "'s " | "’s ")
                && (site.kind_of)(p.actors[0]) != Kind::Person
        });
        match possessor {
            Some(p) if diplomatic => p,
            _ => o,
        }
    });
    let after_first = owner_after_first(&role, before, after);
    let Some(owner) = (if after_first { after } else { before }) else {
        return (Vec::new(), "role without an owner");
    };
    // "a Russia expert", "the senior Yemen analyst": a state before a topical role
    // is its subject matter, not its employer.
    if !after_first && role.kind(owner) == Kind::State && topical.contains(&role.word) {
        return (Vec::new(), "topical role");
    }
    let owner_before = before.filter(|_| !after_first);
    let found = owner_before
        .and_then(|_| bearer_after_noun(&role))
        .map(|b| (b, "owner, role, name"))
        .or_else(|| {
            owner_before
                .and_then(|_| bearer_after_include(&role))
                .map(|b| (b, "owner, role, include names"))
        })
        .or_else(|| {
            owner_before
                .is_none()
                .then(|| bearer_after_owner(&role, owner))
                .flatten()
                .map(|b| (b, "role of owner, name"))
        })
        .or_else(|| {
            let phrase_start = owner_before.map_or(site.c.start, |o| o.start.min(site.c.start));
            bearer_before(&role, phrase_start).map(|(b, appositive)| {
                if appositive {
                    (b, "name, role of owner")
                } else {
                    (b, "name is role of owner")
                }
            })
        });
    match found {
        // "Hamas leaders X and Y", "its commanders include X, Y and Z": every name of
        // the list bears the role.
        Some((b, rule)) => {
            if let Some(pairs) = respective_pairs(&role, b, rule, owner) {
                return (pairs, "respective roles");
            }
            let mut pairs = bearer_pairs(&role, b, (rule, after_first), owner);
            if let Some(s) = successor(site, b) {
                pairs.push((s.actors[0], owner.actors[0]));
            }
            (pairs, rule)
        }
        None => (Vec::new(), "role without a bearer"),
    }
}

/// The pairs of bearer `b` (found by `rule`) and the others it lists with `owner`.
fn bearer_pairs(
    role: &Role,
    b: &Slot,
    (rule, after_first): (&str, bool),
    owner: &Slot,
) -> Vec<Pair> {
    let plural_apposition = rule == "name, role of owner" && role.word.ends_with('s');
    if rule == "name is role of owner" || plural_apposition || b.actors.len() > 1 {
        bearers_before(role, b, rule)
            .into_iter()
            .map(|a| (a, owner.actors[0]))
            .collect()
    } else if after_first || !rule.starts_with("name") {
        listed_after(role, b)
            .into_iter()
            .map(|x| (x.actors[0], owner.actors[0]))
            .collect()
    } else {
        vec![(b.actors[0], owner.actors[0])]
    }
}

/// "X and Y, the leaders of A and B respectively": each bearer of a plural role is the
/// bearer of the role of its owner in turn (see `respective_owners`).
fn respective_pairs(role: &Role, b: &Slot, rule: &str, owner: &Slot) -> Option<Vec<Pair>> {
    if rule == "owner, role, name" {
        return paired_lists(role, b, owner);
    }
    if !matches!(rule, "name, role of owner" | "name is role of owner") {
        return None;
    }
    let mut bearers = bearers_before(role, b, rule);
    // (In the order they are named.)
    bearers.sort_by_key(|a| {
        role.site
            .slots
            .iter()
            .position(|x| x.end <= b.end && x.actors.contains(a))
    });
    let owners = respective_owners(role, owner, bearers.len())?;
    Some(bearers.into_iter().zip(owners).collect())
}

/// "the Greek and Turkish prime ministers, Karamanlis and Menderes": owners joined before
/// a plural role and as many names after it are paired in turn.
fn paired_lists(role: &Role, b: &Slot, owner: &Slot) -> Option<Vec<Pair>> {
    let text = role.site.text;
    if !role.word.ends_with('s') || owner.actors.len() != 1 {
        return None;
    }
    let mut owners = vec![owner.actors[0]];
    let mut first = owner;
    for x in role
        .site
        .slots
        .iter()
        .rev()
        .filter(|x| x.end <= owner.start)
    {
        let glue = text[x.end..first.start].trim();
        if !matches!(glue, "," | "and" | ", and") || x.actors.len() != 1 {
            break;
        }
        owners.insert(0, x.actors[0]);
        first = x;
    }
    let bearers = listed_after(role, b);
    (owners.len() >= 2 && owners.len() == bearers.len())
        .then(|| bearers.iter().map(|x| x.actors[0]).zip(owners).collect())
}

/// As many owners as bearers, listed from `owner` on and closed by "respectively".
fn respective_owners(role: &Role, owner: &Slot, n: usize) -> Option<Vec<ActorRef>> {
    let text = role.site.text;
    let mut owners = vec![owner];
    for x in role.site.slots.iter().filter(|x| x.start >= owner.end) {
        let last = owners[owners.len() - 1];
        let glue = text[last.end..x.start].trim_start_matches(',').trim();
        if !matches!(glue, "" | "and" | "the" | "and the") || x.actors.len() != 1 {
            break;
        }
        owners.push(x);
    }
    let last = owners[owners.len() - 1];
    let respectively = text[last.end..]
        .trim_start_matches(',')
        .trim_start()
        .starts_with("respectively");
    (respectively && n > 1 && owners.len() == n && owner.actors.len() == 1)
        .then(|| owners.iter().map(|x| x.actors[0]).collect())
}

/// The bearers of a role named before it: the phrase's actors ("Both are factions of
/// X"), and before a plural role after a copula the names joined to the bearer ("The AA
/// and the TNLA had been members of X").
fn bearers_before(role: &Role, b: &Slot, rule: &str) -> Vec<ActorRef> {
    let site = role.site;
    // (And an apposition: "X and Y, two senior Hamas commanders".)
    let plural =
        role.word.ends_with('s') && matches!(rule, "name is role of owner" | "name, role of owner");
    if !plural || b.actors.len() > 1 {
        return b.actors.clone();
    }
    super::pairs::coordinated(site.text, site.words, site.slots, b.actors[0], b.end, false)
}

/// "X succeeded Y as head of Z", "X replaced Y as leader of Z": the role after "as" is
/// X's too (now), not only Y's (before).
fn successor<'a>(site: &CueSite<'a>, b: &Slot) -> Option<&'a Slot> {
    let (text, words) = (site.text, site.words);
    if b.end > site.c.start {
        return None;
    }
    let glue = text[b.end..site.c.start].trim_start().to_lowercase();
    if !(glue.starts_with("as ") || glue == "as") {
        return None;
    }
    let verb = words.iter().rev().find(|w| w.end <= b.start)?;
    let succeeding = matches!(
        text[verb.start..verb.end].to_lowercase().as_str(),
        "succeeded" | "succeeds" | "succeeding" | "replaced" | "replaces" | "replacing"
    );
    if !succeeding || !text[verb.end..b.start].trim().is_empty() {
        return None;
    }
    site.slots
        .iter()
        .rev()
        .find(|x| x.end <= verb.start)
        .copied()
        .filter(|x| {
            x.actors.len() == 1
                && (site.kind_of)(x.actors[0]) == Kind::Person
                && gap_words(words, x.end, verb.start) <= 2
                && !text[x.end..verb.start].contains([',', ';'])
        })
}

/// A list that starts with `first`: the names after it joined only by commas,
/// semicolons, "and", or another name of one of them ("X, alias Y; Z and W").
fn listed_after<'a>(role: &Role<'a>, first: &'a Slot) -> Vec<&'a Slot> {
    let text = role.site.text;
    // ("Congolese President X and Kagame met": a state has one head, though "alias" may
    // name him twice; other roles in the singular may head a list, "among them Minister
    // X and Y".)
    let plural = !matches!(
        role.word.to_lowercase().as_str(),
        "president" | "prime minister" | "premier" | "king" | "emir"
    );
    let mut out = vec![first];
    let mut last = first;
    for x in role
        .site
        .slots
        .iter()
        .copied()
        .filter(|x| x.start >= first.end)
    {
        let glue = text[last.end..x.start].to_ascii_lowercase();
        let joined = glue
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .all(|w| match w {
                "" | "alias" => true,
                "and" | "a" | "certain" | "or" => plural,
                _ => false,
            });
        // "Indonesia's justice minister, Hamid Awaluddin, and Malik Mahmud, ...": after a
        // bearer set off by commas, a name after ", and" joins the whole phrase, not
        // the role (a role in the plural is shared: "its leaders, X, and Y").
        let apposed = first.start >= role.site.c.end
            && text[role.site.c.end..first.start].trim() == ","
            && glue.contains(',')
            && !role.word.ends_with('s');
        if !joined || apposed || x.actors.len() != 1 {
            break;
        }
        if role.is_bearer(x) && !out.iter().any(|o| o.actors[0] == x.actors[0]) {
            out.push(x);
        }
        last = x;
    }
    out
}

/// "Abu Sayyaf leaders who are believed to be with him include X": the bearers follow
/// "include" a few words after the role noun.
fn bearer_after_include<'a>(role: &Role<'a>) -> Option<&'a Slot> {
    let (text, words, c) = (role.site.text, role.site.words, role.site.c);
    let include = words
        .iter()
        .filter(|w| w.start >= c.end)
        .take(10)
        .find(|w| {
            matches!(
                text[w.start..w.end].to_ascii_lowercase().as_str(),
                "include" | "included" | "includes" | "including"
            )
        })?;
    // "its affiliates, including X": a comma may open the list.
    let gap = &text[c.end..include.start];
    let opened =
        gap.trim() == "," && text[include.start..include.end].eq_ignore_ascii_case("including");
    if gap.contains([',', ';', '.']) && !opened {
        return None;
    }
    role.site
        .slots
        .iter()
        .copied()
        .find(|x| x.start >= include.end)
        .filter(|x| role.is_bearer(x) && text[include.end..x.start].trim().is_empty())
}

/// The owner before the role: "Hamas spokesman", "Hezbollah's armed wing". Past a copula
/// the name before the role is its bearer instead ("X is a front for Y").
/// Whether the owner after the role owns it rather than the one before. Both "the
/// senior Yemen analyst for the Crisis Group" and "the U.S. envoy for Yemen": a state is
/// more often a modifier; otherwise the nearer owner wins. ("the military commander of
/// the Islamic Movement of Uzbekistan": a bare force noun right before the role describes
/// it; the name after "of" owns it.)
fn owner_after_first(role: &Role, before: Option<&Slot>, after: Option<&Slot>) -> bool {
    let site = role.site;
    let described = |b: &Slot, a: &Slot| {
        b.phrase
            && !a.phrase
            && site.text[b.end..site.c.start].trim().is_empty()
            && matches!(site.text[site.c.end..a.start].trim(), "of" | "of the")
    };
    match (before, after) {
        (Some(b), Some(a)) if described(b, a) => true,
        (Some(b), Some(a)) => role.kind(b) == Kind::State && role.kind(a) != Kind::State,
        (None, Some(_)) => true,
        _ => false,
    }
}

fn owner_before<'a>(role: &Role<'a>) -> Option<&'a Slot> {
    let (text, words, c) = (role.site.text, role.site.words, role.site.c);
    // (Also "of": "the main coalition partner of President X" names no owner of the
    // title; the title belongs to the phrase after "of".)
    let copula = |a: usize, b: usize| {
        between(text, words, a, b).iter().any(|w| {
            matches!(
                w.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "as"
                    | "remains"
                    | "became"
                    | "become"
                    | "becomes"
                    | "be"
                    | "been"
                    | "of"
            )
        })
    };
    role.site.slots.iter().rev().copied().find(|x| {
        x.end <= c.start
            // ("the ULMWP's UK-based chairman": a name in a compound is no owner.)
            && !text[x.end..].starts_with('-')
            && role.is_owner(x)
            && gap_words(words, x.end, c.start) <= 3
            && !text[x.end..c.start].contains([',', '—', '–'])
            && !text[x.end..c.start].contains(" - ")
            && !copula(x.end, c.start)
            // ("four of his commanders, among them his deputy X": a possessive pronoun
            // between owns the role, not the name before it.)
            && !between(text, words, x.end, c.start)
                .iter()
                .any(|w| matches!(w.as_str(), "his" | "her" | "its" | "their"))
            // ("Norway arrests Ambazonian separatist leader X": a verb between; but after
            // a possessive a participle only describes the role, "its jailed founder".)
            && (possessive_owner(text, x)
                || !role.site.cues.iter().any(|m| {
                    m.start >= x.end && m.end <= c.start && matches!(m.cue, Cue::Verb(_))
                }))
            // ("Chad's army said President X": a verb of speech between ends the owner's
            // phrase, possessive or not.)
            && !role
                .site
                .cues
                .iter()
                .any(|m| m.start >= x.end && m.end <= c.start && m.cue == Cue::Speech)
    })
}

/// Whether an owner is written as a possessive: "X's", "the group's", "its", "their".
fn possessive_owner(text: &str, x: &Slot) -> bool {
    let own = &text[x.start..x.end];
    let after = &text[x.end..];
    own.ends_with("'s")
        || own.ends_with("’s")
        || own.ends_with("s'")
        || own.ends_with("s’")
        || after.starts_with("'s ")
        || after.starts_with("’s ")
        || (x.phrase && matches!(own.to_ascii_lowercase().as_str(), "its" | "their"))
}

/// "its West Africa Province affiliate", "Hamas's Qassam Brigades wing": a part named
/// between its possessor and a part's role.
fn possessed_part(role: &Role) -> Option<Pair> {
    let (text, c) = (role.site.text, role.site.c);
    if role.site.rel != Relation::PartOf {
        return None;
    }
    let slots = role.site.slots;
    let i = slots
        .iter()
        .rposition(|x| x.end <= c.start && text[x.end..c.start].trim().is_empty())?;
    let (x, p) = (slots[i], slots.get(i.checked_sub(1)?)?);
    let glue = &text[p.end..x.start];
    let possessive = (p.phrase && glue.trim().is_empty()) || matches!(glue, "'s " | "’s ");
    (possessive
        && role.is_bearer(x)
        && role.is_owner(p)
        && p.actors.len() == 1
        && x.actors != p.actors)
        .then(|| (x.actors[0], p.actors[0]))
}

/// The owner after the role: "spokesman for the SDF"; a cue may carry its preposition
/// ("front for").
fn owner_after<'a>(role: &Role<'a>) -> Option<&'a Slot> {
    let (text, words, c) = (role.site.text, role.site.words, role.site.c);
    let cue_prep = role.word.ends_with(" of") || role.word.ends_with(" for");
    role.site
        .slots
        .iter()
        .copied()
        .find(|x| {
            x.start >= c.end && role.is_owner(x) && {
                let lead = between(text, words, c.end, x.start);
                // ("within": "a faction within the PMF".)
                let prep = |w: &String| {
                    matches!(
                        w.as_str(),
                        "of" | "for" | "in" | "at" | "with" | "to" | "within"
                    )
                };
                // "director of analysis at the firm X", "Deputy Minister of Defense of the
                // Russian Federation": a portfolio of one or two words may stand between.
                let portfolio = lead.first().is_some_and(prep)
                    && (2..=3)
                        .find(|&k| {
                            lead.get(k)
                                .is_some_and(|w| matches!(w.as_str(), "of" | "at" | "with"))
                        })
                        .is_some_and(|k| lead.len() - k <= 4);
                // "head of the ruling military junta in Burkina Faso": the state a
                // government governs owns its offices.
                let government = lead.len() <= 7
                    && lead.first().is_some_and(|w| w == "of")
                    && lead.last().is_some_and(|w| w == "in")
                    && lead.iter().rev().nth(1).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "junta" | "government" | "regime" | "authorities" | "administration"
                        )
                    });
                // "ambassador to Turkey": the host of an envoy.
                let host = role.diplomatic && lead.first().is_some_and(|w| w == "to");
                let linked = !host
                    && if cue_prep {
                        lead.len() <= 2
                    } else {
                        !lead.is_empty() && lead.len() <= 3 && prep(&lead[0])
                            || portfolio
                            || government
                    };
                linked && !text[c.end..x.start].contains(',')
            }
        })
        .map(|x| possessed(role, x))
}

/// "the UK's University of Manchester": the name a possessor owns, right after it.
fn possessed<'a>(role: &Role<'a>, x: &'a Slot) -> &'a Slot {
    let text = role.site.text;
    let glue = ["'s ", "’s "]
        .iter()
        .find(|g| text[x.end..].starts_with(**g));
    glue.and_then(|g| {
        role.site
            .slots
            .iter()
            .copied()
            .find(|y| y.start == x.end + g.len() && role.is_owner(y))
    })
    .unwrap_or(x)
}

/// The bearer right after the role noun: "Hamas spokesman Abu Obeida"; a title may sit
/// between ("JNIM chief Sheikh Iyad").
fn bearer_after_noun<'a>(role: &Role<'a>) -> Option<&'a Slot> {
    let (text, words, c) = (role.site.text, role.site.words, role.site.c);
    role.site.slots.iter().copied().find(|x| {
        x.start >= c.end && role.is_bearer(x) && {
            let gap = &text[c.end..x.start];
            let lead = between(text, words, c.end, x.start);
            // "commander, Lt Gen X": titles, capitalized, may stand between.
            // (Not an office of its own: "to the UN Secretary-General, Foreign Minister X"
            // writes to one and names the other.)
            let titles = gap.trim().trim_start_matches(',').trim();
            let office = lead.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "minister"
                        | "president"
                        | "secretary"
                        | "spokesman"
                        | "spokeswoman"
                        | "ambassador"
                        | "envoy"
                        | "chairman"
                        | "director"
                        | "governor"
                )
            });
            let titled = (1..=3).contains(&lead.len())
                && !office
                && titles
                    .split_whitespace()
                    .all(|t| t.starts_with(char::is_uppercase));
            // "its founder, the cleric X": a description in lowercase may stand between;
            // "ECOWAS's envoy, the former Nigerian leader X": a people's name too.
            let described = gap.trim().strip_prefix(", the ").is_some_and(|d| {
                let n = d.split_whitespace().count();
                (1..=4).contains(&n)
                    && d.split_whitespace()
                        .all(|w| w.chars().all(char::is_alphabetic))
                    && d.split_whitespace()
                        .filter(|w| w.starts_with(char::is_uppercase))
                        .count()
                        <= 1
                    && (n <= 3 || d.starts_with(char::is_lowercase))
            });
            gap.trim().is_empty()
                || gap.trim() == ","
                || gap.trim() == ", the"
                || described
                // "its armed wing the Qassam Brigades": a body may follow its role with
                // an article.
                || (gap.trim() == "the" && role.kind(x) != Kind::Person)
                // "whose armed wing is the TPNPB", "its leader was X".
                || matches!(
                    gap.trim(),
                    "is" | "is the" | "was" | "was the" | "remains" | "remains the"
                )
                || gap.trim() == "("
                // "no commander by the name of X", "a commander named X".
                || matches!(
                    gap.trim(),
                    "by the name of" | "named" | "called" | "identified as" | "known as"
                )
                || titled
                || (gap.trim_end().ends_with(',')
                    && lead.len() <= 4
                    && matches!(
                        lead.first().map(String::as_str),
                        Some("for" | "of" | "in" | "to")
                    ))
        }
    })
}

/// "the leader of the movement's council, Sheikh X".
fn bearer_after_owner<'a>(role: &Role<'a>, owner: &Slot) -> Option<&'a Slot> {
    let text = role.site.text;
    let b = role
        .site
        .slots
        .iter()
        .copied()
        .find(|x| x.start >= owner.end && role.is_bearer(x))?;
    let glue = text[owner.end..b.start].trim();
    // "a spokesperson for the Kessar Front (KF), Colonel X": the acronym is the owner's.
    let glue = match glue.strip_prefix('(').and_then(|g| g.split_once(')')) {
        Some((acronym, rest)) if !acronym.contains(' ') => rest.trim_start(),
        _ => glue,
    };
    // "the President of Burkina Faso's transition, X": a possessive phrase on the owner
    // may stand before the comma.
    let glue = match after_possessive(glue) {
        Some(rest)
            if rest
                .find(',')
                .is_some_and(|i| rest[..i].split_whitespace().count() <= 2) =>
        {
            &rest[rest.find(',').unwrap_or(0)..]
        }
        _ => glue,
    };
    // "a leader of the group, X" or, with a dash, "a leader of the group—X".
    let titled = [',', '—', '–']
        .iter()
        .find_map(|d| glue.strip_prefix(*d))
        .is_some_and(|t| {
            let t = t.trim();
            t.is_empty() || (!t.contains(' ') && t.chars().next().is_some_and(char::is_uppercase))
        });
    // ("soldiers of the DSP, Mobutu's own guard": a possessive opens another apposition.)
    let possessive = after_possessive(&text[b.end..]).is_some()
        || text[b.start..b.end].ends_with("'s")
        || text[b.start..b.end].ends_with("’s");
    (titled && !possessive).then_some(b)
}

/// An apposition or a copula before the role phrase: "Abu Obeida, Hamas's spokesman";
/// "X is a faction of Y". A parenthetical between commas does not separate the bearer
/// from its role ("Katiba Macina, the brigade founded by X, is part of JNIM").
fn bearer_before<'a>(role: &Role<'a>, phrase_start: usize) -> Option<(&'a Slot, bool)> {
    let (text, words) = (role.site.text, role.site.words);
    let b = role
        .site
        .slots
        .iter()
        .rev()
        .copied()
        .find(|x| x.end <= phrase_start && role.is_bearer(x))?;
    let glue_all = &text[b.end..phrase_start];
    let skip = match (glue_all.find(','), glue_all.rfind(',')) {
        (Some(f), Some(l)) if l > f && glue_all[..f].trim().is_empty() => l + 1,
        _ => 0,
    };
    let from = b.end + skip;
    let gap = between(text, words, from, phrase_start);
    // "X, a senior adviser to Iran's Supreme Leader": the role after "to" (or "of", "for")
    // is another's, whom X serves.
    // (But "X, one of Y's most senior commanders": a partitive names X's role.)
    let partitive = matches!(gap.as_slice(), [one, of] if one == "one" && of == "of");
    if !partitive
        && gap
            .last()
            .is_some_and(|w| matches!(w.as_str(), "to" | "of" | "for" | "under"))
    {
        return None;
    }
    let glue = &text[from..phrase_start];
    // "X, the group's leader" is an apposition; "X, has denied that the group's leader"
    // is a clause about someone else.
    // "X, a Sudan expert and PhD researcher at Y": after an article "and" joins roles.
    // ("X, the founder and leader of Y": one more role joined after "the".)
    // ("X, founder and leader of Y": a role noun of its own before "and".)
    let joined_role = matches!(gap.as_slice(), [_, and] if and == "and")
        && role.site.cues.iter().any(|m| {
            matches!(m.cue, Cue::Noun(Relation::Leads | Relation::MemberOf))
                && m.start >= from
                && m.end <= phrase_start
        });
    let described = matches!(gap.first().map(String::as_str), Some("a" | "an"))
        || matches!(gap.as_slice(), [the, _, and] | [the, _, and, _] if the == "the" && and == "and")
        || joined_role;
    let clause = gap.iter().any(|w| {
        (w == "and" && !described)
            || matches!(
                w.as_str(),
                "that"
                    | "has"
                    | "have"
                    | "had"
                    | "but"
                    | "which"
                    | "said"
                    | "says"
                    | "where"
                    | "when"
                    | "while"
                    | "whose"
                    // ("X, would not free the group's leaders": a finite verb's auxiliary.)
                    | "would"
                    | "will"
                    | "could"
                    | "can"
                    | "did"
                    | "does"
                    | "must"
                    | "should"
            )
    });
    // "X, met Houthi negotiators": a verb between makes a clause, no apposition.
    let clause = clause
        || role.site.cues.iter().any(|m| {
            matches!(m.cue, Cue::Verb(_) | Cue::Speech | Cue::Denial)
                && m.start >= from
                && m.end <= phrase_start
        });
    // "the Kessar Front (KF), the armed wing of X": the acronym's parenthesis closes first.
    // ('X, alias "Fito", the leader of Y': the alias's quotation closes first too.)
    let glue = glue
        .trim_start()
        .trim_start_matches([')', '"', '”', '’', '\'']);
    let appositive = glue.trim_start().starts_with([',', '[', '(']) && gap.len() <= 5 && !clause;
    // ("X served until this year as an officer of Y": a verb of serving before "as".)
    let served = gap.len() <= 8
        && gap.iter().any(|w| w == "as")
        && matches!(
            gap.first().map(String::as_str),
            Some("served" | "serves" | "serving" | "resurfaced" | "worked" | "works")
        );
    // "X is harboring fighters of Y": an auxiliary before a verb in -ing is no copula.
    // (Nor is one before a passive's agent.)
    let copula = (gap.len() <= 5 || served)
        && !glue.contains([':', ';'])
        && gap.iter().enumerate().any(|(i, w)| {
            matches!(
                w.as_str(),
                "is" | "was" | "as" | "became" | "become" | "becomes" | "remains" | "are" | "were"
                    | "being" | "been"
            ) && !gap.get(i + 1).is_some_and(|n| n.ends_with("ing"))
        })
        // "X was detained by U.S. agents": a passive's agent holds no role of X's.
        && !gap.iter().any(|w| w == "by");
    // ("Hezbollah named Naim Qassem its secretary-general": a verb of naming before the
    // bearer, the owner's pronoun right after.)
    let named = glue.trim().is_empty()
        && (text[phrase_start..].starts_with("its ") || text[phrase_start..].starts_with("their "))
        && super::words::word_before(text, words, b.start).is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "named" | "appointed" | "elected" | "made" | "chose" | "picked" | "installed"
            )
        });
    (appositive || copula || named).then_some((b, appositive))
}

/// Titles right before a person's name ("President X", "Foreign Minister X") whose
/// relation matches an office the pack gives that person: `(person, relation, office, cue)`.
pub(super) fn known_offices(
    (text, ss): (&str, usize),
    slots: &[Slot],
    cues: &[CueMatch],
    lexicon: &Lexicon,
    kind_of: &dyn Fn(ActorRef) -> Kind,
    offices: Offices,
) -> Vec<(ActorRef, Relation, ActorRef, CueMatch)> {
    // A rank ("General X") says the bearer serves in some force, not in which.
    let title = |c: &CueMatch| {
        matches!(c.cue, Cue::Noun(Relation::Leads | Relation::MemberOf))
            && text[c.start..].starts_with(char::is_uppercase)
            && !lexicon.ranks.contains(&text[c.start..c.end].to_lowercase())
    };
    let mut out = Vec::new();
    for x in slots.iter().filter(|x| !x.phrase && x.actors.len() == 1) {
        let person = x.actors[0];
        if kind_of(person) != Kind::Person {
            continue;
        }
        // "President X"; a name that carries its title ("President Biden" as a pack
        // alias); "X's government", "X's regime", "the government of X": the person heads
        // what is governed.
        let before = cues
            .iter()
            .rev()
            .find(|c| {
                c.end <= x.start && super::words::honorifics_only(&text[c.end..x.start]) && title(c)
            })
            .copied();
        let inside = || {
            lexicon
                .find(&text[x.start..x.end])
                .into_iter()
                .map(|c| CueMatch {
                    start: c.start + x.start,
                    end: c.end + x.start,
                    ..c
                })
                .find(|c| c.start == x.start && c.end < x.end && title(c))
        };
        // ("Libya's Colonel Muammar Qaddafi": the state the pack has the person lead, its
        // possessive right before the name or a rank.)
        let owner = || owned_by_state(text, slots, x, lexicon, kind_of);
        // ("Jordan's King Hussein": a name that carries a ruler's title heads the state
        // whose possessive it follows, whatever the pack knows.)
        if ruler_named(&text[x.start..x.end]) {
            if let Some((cue, state)) = owner() {
                out.push((person, Relation::Leads, state, cue));
                continue;
            }
        }
        let (cue, only) = match before
            .or_else(inside)
            .or_else(|| governed(text, x, lexicon))
            .or_else(|| {
                let nouns = &lexicon.anaphora.state_nouns;
                super::government_of(text, ss, nouns, x.start)
            })
            .or_else(|| apposed_head(text, cues, x).copied())
        {
            Some(cue) => (cue, None),
            None => match owner() {
                Some((cue, state)) => (cue, Some(state)),
                None => continue,
            },
        };
        let Cue::Noun(rel) = cue.cue else { continue };
        for (r, office) in offices(person) {
            if r == rel && only.is_none_or(|o| o == office) {
                out.push((person, rel, office, cue));
            }
        }
    }
    out
}

/// Whether a person's name opens with the title of a state's ruler ("King Hussein",
/// "Emperor Haile Selassie").
pub(super) fn ruler_named(name: &str) -> bool {
    matches!(
        name.split(' ').next(),
        Some("King" | "Queen" | "Emperor" | "Empress" | "Shah" | "Sultan" | "Emir" | "Amir")
    ) && name.contains(' ')
}

/// A state's possessive right before a person's name, a rank between at most ("Libya's
/// Colonel X"): a cue of leading on the possessive, and the state.
fn owned_by_state(
    text: &str,
    slots: &[Slot],
    x: &Slot,
    lexicon: &Lexicon,
    kind_of: &dyn Fn(ActorRef) -> Kind,
) -> Option<(CueMatch, ActorRef)> {
    let y = slots.iter().rev().find(|y| y.end <= x.start)?;
    let state = (y.actors.len() == 1 && !y.phrase && kind_of(y.actors[0]) == Kind::State)
        .then_some(y.actors[0])?;
    let between = &text[y.end..x.start];
    let rest = after_possessive(between)?;
    let rank = rest.trim_end().to_lowercase();
    (rest.is_empty() || lexicon.ranks.contains(&rank)).then_some((
        CueMatch {
            start: y.start,
            end: y.end + between.len() - rest.len() - 1,
            cue: Cue::Noun(Relation::Leads),
        },
        state,
    ))
}

/// "X's government", "X's regime": a cue of leading on the government word.
fn governed(text: &str, x: &Slot, lexicon: &Lexicon) -> Option<CueMatch> {
    let rest = after_possessive(&text[x.end..])?;
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let start = text.len() - rest.len();
    let lower = word.to_lowercase();
    let singular = !lower.ends_with('s') || lower.ends_with("ss");
    (singular && lexicon.anaphora.state_nouns.contains(&lower)).then_some(CueMatch {
        start,
        end: start + word.len(),
        cue: Cue::Noun(Relation::Leads),
    })
}

/// Whether a role noun is a plain plural, no title of the names around it: a counted
/// plural ending a list ("the UPC, the 3R and several anti-balaka factions"), or groups
/// in a state ("Brazil's two largest criminal factions, the PCC and the CV").
fn no_title_of_names(site: &CueSite, word: &str) -> bool {
    // "the UPC, the 3R and several anti-balaka factions": a counted plural is no title
    // of a name.
    // (Only as an item of a list: "Hamas's two top leaders, X and Y" still names them.)
    let before: Vec<&str> = site
        .words
        .iter()
        .rev()
        .filter(|w| w.end <= site.c.start)
        .take(4)
        .map(|w| &site.text[w.start..w.end])
        .collect();
    let counted = before
        .iter()
        .take(3)
        .take_while(|w| w.chars().all(|ch| ch.is_lowercase() || ch == '-'))
        .position(|w| {
            matches!(
                *w,
                "several"
                    | "many"
                    | "some"
                    | "other"
                    | "various"
                    | "numerous"
                    | "multiple"
                    | "dozens"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "few"
            )
        })
        .is_some_and(|k| {
            before
                .get(k + 1)
                .is_some_and(|w| matches!(*w, "and" | "or"))
        });
    // "Brazil's two largest criminal factions, the PCC and the CV": groups in a state.
    let groups_of_state = matches!(
        word,
        "factions" | "gangs" | "groups" | "militias" | "organizations" | "cartels"
    ) && site.slots.iter().any(|p| {
        p.end <= site.c.start
            && (site.text[p.end..].starts_with("'s") || site.text[p.end..].starts_with("’s"))
            && gap_words(site.words, p.end, site.c.start) <= 5
            && p.actors.len() == 1
            && (site.kind_of)(p.actors[0]) == Kind::State
    });
    counted || groups_of_state
}

/// Whether a relation may hold between actors of these kinds.
pub(super) fn kinds_fit(rel: Relation, s: Kind, o: Kind) -> bool {
    match rel {
        Relation::MemberOf | Relation::Leads => s == Kind::Person && o != Kind::Person,
        // ("Brazil's two largest criminal factions, the PCC and the CV": a group in a state
        // is no part of it; a state's own bodies are agencies.)
        Relation::PartOf => {
            s != Kind::Person && o != Kind::Person && !(s == Kind::Organization && o == Kind::State)
        }
        Relation::PledgesAllegiance | Relation::RecruitsFrom => {
            o != Kind::Person || s == Kind::Person
        }
        _ => true,
    }
}

/// "another JNIM leader, X": one leader among several is a member. The determiner opens
/// the role phrase: only the owner's name and adjectives such as "senior" may stand
/// between.
/// "a former commander of a Bundeswehr paratrooper battalion": the head of one of the
/// owner's units, named after the owner with a unit noun.
fn unit_of_owner(text: &str, words: &[Word], slots: &[Slot], c: &CueMatch) -> bool {
    let Some(x) = slots
        .iter()
        .find(|x| x.start >= c.end && gap_words(words, c.end, x.start) <= 2)
    else {
        return false;
    };
    let lead = between(text, words, c.end, x.start);
    if !matches!(lead.first().map(String::as_str), Some("of")) {
        return false;
    }
    between(text, words, x.end, (x.end + 30).min(text.len()))
        .iter()
        .take(2)
        .take_while(|w| w.chars().all(char::is_lowercase))
        .any(|w| {
            matches!(
                w.as_str(),
                "battalion"
                    | "brigade"
                    | "unit"
                    | "division"
                    | "company"
                    | "regiment"
                    | "cell"
                    | "platoon"
                    | "squad"
                    | "detachment"
            )
        })
}

/// "Karuna led the Tigers' operations in the east": a verb of leading whose object is a
/// part the owner has (its name possessive before a common noun) leads that part, and
/// makes its subject one of the owner's.
pub(super) fn led_part_of_owner(text: &str, words: &[Word], slots: &[Slot], c: &CueMatch) -> bool {
    let Some(x) = slots
        .iter()
        .find(|x| x.start >= c.end && gap_words(words, c.end, x.start) <= 1)
    else {
        return false;
    };
    let rest = &text[x.end..];
    let rest = ["'s ", "’s ", "' ", "’ "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .or_else(|| {
            // (A plural name's possessive is inside the name's span: "the Tigers'".)
            let surface = &text[x.start..x.end];
            (surface.ends_with('\'') || surface.ends_with('’')).then(|| rest.trim_start())
        });
    // (Not a body that leads the whole: "heads the PMF's general staff"; nor a passive's
    // agent, "commanded by Assad's brother".)
    const LEADING_BODIES: [&str; 9] = [
        "staff",
        "leadership",
        "command",
        "council",
        "politburo",
        "committee",
        "board",
        "shura",
        "executive",
    ];
    let passive = between(text, words, c.end, x.start)
        .first()
        .map(String::as_str)
        == Some("by");
    // ("heads the TPNPB's Ndugama regional command": a body of one region is a part.)
    const REGIONAL: [&str; 9] = [
        "regional",
        "provincial",
        "district",
        "local",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
    ];
    rest.is_some_and(|r| {
        let bare = |w: &&str| {
            w.trim_end_matches(|ch: char| !ch.is_alphabetic())
                .to_string()
        };
        let noun: Vec<String> = r.split(' ').take(3).map(|w| bare(&w)).collect();
        let regional = noun.iter().any(|w| REGIONAL.contains(&w.as_str()));
        regional
            || r.starts_with(|ch: char| ch.is_lowercase())
                && !noun[..noun.len().min(2)]
                    .iter()
                    .any(|w| LEADING_BODIES.contains(&w.as_str()))
    }) && !passive
}

pub(super) fn indefinite_leader(
    text: &str,
    words: &[Word],
    slots: &[Slot],
    c: &CueMatch,
    ss: usize,
) -> bool {
    // "director of analysis at the firm": the head of a portfolio, not of the firm.
    let after = between(text, words, c.end, (c.end + 40).min(text.len()));
    let owner = slots
        .iter()
        .rev()
        .find(|x| x.end <= c.start && gap_words(words, x.end, c.start) <= 2);
    // "the NRF's head of foreign relations": with its owner before it, too.
    let portfolio = after.first().is_some_and(|w| w == "of")
        && after.get(1).is_some_and(|w| {
            w.chars().all(char::is_lowercase)
                && !matches!(
                    w.as_str(),
                    "the" | "a" | "an" | "its" | "their" | "government" | "state"
                )
        })
        && (after
            .get(2..4)
            .is_some_and(|ws| ws.iter().any(|w| matches!(w.as_str(), "at" | "with")))
            || owner.is_some_and(|x| matches!(&text[x.end..c.start], "'s " | "’s ")));
    if portfolio || unit_of_owner(text, words, slots, c) {
        return true;
    }
    // "JeM's Kashmir chief X": a place between owner and role makes a regional head,
    // one of the organization's many.
    let regional = owner.is_some_and(|x| {
        words
            .iter()
            .filter(|w| w.start >= x.end && w.end <= c.start)
            .any(|w| text[w.start..w.end].starts_with(char::is_uppercase))
    });
    // "the region's ISIS emir", "the ISIS emir of Southeast Asia": the head of one of
    // the organization's regions.
    let region_before = owner.is_some_and(|x| {
        words
            .iter()
            .rev()
            .find(|w| w.end <= x.start)
            .is_some_and(|w| {
                let p = &text[w.start..w.end];
                p.starts_with(char::is_lowercase) && (p.ends_with("'s") || p.ends_with("’s"))
            })
    });
    let region_after = owner.is_some() && after.first().is_some_and(|w| w == "of") && {
        let place = words.iter().find(|w| w.start >= c.end).and_then(|of| {
            words
                .iter()
                .find(|w| w.start > of.start)
                .filter(|w| text[w.start..w.end].starts_with(char::is_uppercase))
        });
        // ("director-general of Malaysia's National Security Council": a possessor before
        // the owner's name is no region.)
        let possessor = |p: &Word| {
            let rest = &text[p.start..];
            let word_end = rest
                .find([' ', ',', ';'])
                .map_or(text.len(), |e| p.start + e);
            let w = &text[p.start..word_end];
            (w.ends_with("'s") || w.ends_with("’s"))
                && slots.iter().any(|x| x.start == word_end + 1)
        };
        place.is_some_and(|p| {
            !possessor(p) && !slots.iter().any(|x| x.start <= p.start && p.start < x.end)
        })
    };
    if regional || region_before || region_after {
        return true;
    }
    let owner_start = owner.map_or(c.start, |x| x.start);
    let prior = between(
        text,
        words,
        owner_start.saturating_sub(60).max(ss),
        owner_start,
    );
    prior
        .iter()
        .rev()
        .find(|w| {
            !matches!(
                w.as_str(),
                "senior"
                    | "former"
                    | "top"
                    | "local"
                    | "key"
                    | "prominent"
                    | "powerful"
                    | "military"
                    | "regional"
                    | "deputy"
            )
        })
        .is_some_and(|w| {
            matches!(
                w.as_str(),
                "a" | "an" | "another" | "several" | "other" | "some"
            )
        })
}

/// "Ariel Henry, the prime minister at the time,": a head of state's title with no
/// owner set off right after the name `x` (not "the president of X", "the president's").
pub(super) fn apposed_head<'c>(text: &str, cues: &'c [CueMatch], x: &Slot) -> Option<&'c CueMatch> {
    cues.iter().filter(|c| c.start >= x.end).find(|c| {
        let glue = &text[x.end..c.start];
        let title = text[c.start..c.end].to_lowercase();
        let after = &text[c.end..];
        let owned_after = after.starts_with(" of ") || after.starts_with(['\'', '’']);
        let modifiers = [", the ", ", then the ", ", now the "]
            .iter()
            .find_map(|lead| glue.strip_prefix(lead));
        let head = modifiers.is_some_and(title_modifiers)
            && matches!(title.as_str(), "president" | "prime minister" | "premier");
        // ("Enos Nkala, the home affairs minister,", "Museveni, a former defence
        // minister": a minister's portfolio set off after the name.)
        let minister = (title == "minister" || title.ends_with(" minister"))
            && !title.ends_with("prime minister")
            && [", the ", ", then the ", ", a former ", ", the former "]
                .iter()
                .find_map(|lead| glue.strip_prefix(lead))
                .is_some_and(portfolio_words);
        (head || minister) && !owned_after
    })
}

/// The words between the article and "minister" in a title set off after a name: a
/// portfolio's few lowercase words ("home affairs", "finance", "deputy defence"), not an
/// owner's ("the rebels' defence minister", "the party's", "the shadow").
fn portfolio_words(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 3
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_lowercase() || c == '-')
                && !matches!(
                    *w,
                    "rebel" | "rebels" | "party" | "shadow" | "opposition" | "movement" | "group"
                )
        })
}

/// The words between "the" and a head's title set off after a name: none, or up to two
/// that say when or how the office is held ("the new president", "the Socialist prime
/// minister"), not whose it is ("the party president", "the rebels' president") nor a
/// lesser office ("the deputy prime minister").
fn title_modifiers(gap: &str) -> bool {
    const WHEN: [&str; 10] = [
        "new",
        "interim",
        "acting",
        "incumbent",
        "elected",
        "outgoing",
        "current",
        "sitting",
        "transitional",
        "veteran",
    ];
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 2
        && words.iter().all(|w| {
            let lesser = ["vice", "deputy", "former"]
                .iter()
                .any(|l| w.to_lowercase().starts_with(l));
            WHEN.contains(w)
                || !lesser
                    && w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// "Prachanda's deputy, Baburam Bhattarai", "President X and his vice-president, Y",
/// "Y, Kony's spokesman,": a person named by a role held under a leader (`[anaphora]
/// subordinates`) belongs to the state or body the leader holds, by the pack, the claims
/// before or this sentence's own (`claims`). A role no leader holds gives nothing.
pub(super) fn subordinates_of_leaders(
    doc: &super::Doc,
    (held, last_person): (&super::Held, Option<ActorRef>),
    r: &super::Read,
    claims: &[super::Claim],
) -> Vec<super::Claim> {
    let text = doc.text;
    let person = |x: &Slot| x.actors.len() == 1 && (doc.kind_of)(x.actors[0]) == Kind::Person;
    // What the document says the leader leads comes before what the pack knows; there a
    // deputy is of the leader's movement first ("Prachanda's deputy"), other roles of the
    // state the leader heads first ("Kagame's envoy").
    let body = |k: Kind| matches!(k, Kind::State | Kind::Organization);
    let holder = |p: ActorRef, role: &str| {
        let party_first = doc
            .lexicon
            .anaphora
            .movement_subordinates
            .contains(&role.to_lowercase());
        led_by(held, claims, p)
            .find(|&o| body((doc.kind_of)(o)))
            .or_else(|| super::holder_of(doc, held, p, !party_first))
            .or_else(|| super::holder_of(doc, held, p, party_first))
    };
    let mut out: Vec<super::Claim> = Vec::new();
    let mut push = |bearer: ActorRef, body: ActorRef, role: &str| {
        // ("His successor, Naim Qassem": one who follows or preceded a leader leads what
        // the leader leads.)
        let relation = if matches!(role.to_lowercase().as_str(), "successor" | "predecessor") {
            Relation::Leads
        } else {
            Relation::MemberOf
        };
        let stated = claims
            .iter()
            .chain(&out)
            .any(|c| c.subject == bearer && c.relation == relation && c.object == body);
        if !stated && body != bearer {
            out.push(super::stated(
                r,
                (bearer, relation, body),
                super::Polarity::Affirmed,
                role,
                "role under a leader",
            ));
        }
    };
    // "Taylor handed power to his vice-president, Moses Blah": "his" is the person named
    // last (in this sentence, else before it).
    for (k, y) in r.slots.iter().enumerate() {
        let Some(role) = pronoun_role(doc, y.start).filter(|_| person(y) && !y.phrase) else {
            continue;
        };
        let leader = r.slots[..k]
            .iter()
            .rev()
            .find(|x| person(x) && x.actors != y.actors)
            .map(|x| x.actors[0])
            .or(last_person);
        if let Some(body) = leader.and_then(|l| holder(l, role)) {
            push(y.actors[0], body, role);
        }
    }
    for pair in r.slots.windows(2) {
        let (x, y) = (&pair[0], &pair[1]);
        if !person(x) || !person(y) || x.actors == y.actors || x.phrase || y.phrase {
            continue;
        }
        // The leader before the bearer ("X's deputy, Y"), or after it ("Y, X's deputy,").
        let (leader, bearer, role) = if let Some(role) = role_after_possessor(doc, x, y.start)
            .filter(|_| !text[y.end..].starts_with(['\'', '’']))
        {
            (x, y, role)
        } else if let Some(role) = text[x.end..y.start]
            .strip_prefix(", ")
            .filter(|g| g.trim().is_empty())
            .and_then(|_| role_after_possessor(doc, y, text.len().min(y.end + 60)))
        {
            (y, x, role)
        } else {
            continue;
        };
        if let Some(body) = holder(leader.actors[0], role) {
            push(bearer.actors[0], body, role);
        }
    }
    out
}

/// The role held under a leader that "his" or "her" owns right before byte `at` (a
/// name set off by a comma or not): "his vice-president, Moses Blah".
fn pronoun_role<'t>(doc: &super::Doc<'t>, at: usize) -> Option<&'t str> {
    let text = doc.text;
    let before = text[..at].strip_suffix(' ')?;
    let before = before.strip_suffix(',').unwrap_or(before);
    let from = (before.len().saturating_sub(40)..=before.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(before.len());
    let lower = before[from..].to_lowercase();
    let (_, tail) = lower
        .rsplit_once(" his ")
        .or_else(|| lower.rsplit_once(" her "))?;
    let role = held_role(&doc.lexicon.anaphora.subordinates, tail)?;
    (lower.len() == before.len() - from).then(|| &before[before.len() - role..])
}

/// The role held under the person `x` written right after its possessive: "X's deputy",
/// past at most one lowercase modifier, ending at `until` (the bearer's name, after an
/// optional comma) or, when the bearer comes before, at a comma or the sentence's end.
/// ("his deputy" is `pronoun_role`'s.)
fn role_after_possessor<'t>(doc: &super::Doc<'t>, x: &Slot, until: usize) -> Option<&'t str> {
    let text = doc.text;
    let after = &text[x.end..];
    let rest = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))?;
    let from = text.len() - rest.len();
    let span = text.get(from..until.max(from))?;
    // ("Kony's vice-president and designated successor": the first of joined roles.)
    let span = span.split([',', ';', '.', '(']).next().unwrap_or("");
    let span = span.split(" and ").next().unwrap_or("").trim_end();
    let lower = span.to_lowercase();
    if lower.len() != span.len() {
        return None;
    }
    let role = held_role(&doc.lexicon.anaphora.subordinates, &lower)?;
    Some(&text[from + span.len() - role..from + span.len()])
}

/// The byte length of the role held under a leader (one of `subordinates`) that ends
/// `lower`, a lowercased span holding it and at most one lowercase modifier before it:
/// "deputy", "information minister" (not "vice-president" read as "president").
fn held_role(subordinates: &[String], lower: &str) -> Option<usize> {
    subordinates.iter().find_map(|s| {
        let lead = lower.strip_suffix(s.as_str())?;
        let whole = lead.is_empty() || lead.ends_with(' ');
        let modifiers: Vec<&str> = lead.split_whitespace().collect();
        let plain = modifiers
            .iter()
            .all(|m| m.chars().all(|ch| ch.is_lowercase() || ch == '-'));
        (whole && plain && modifiers.len() <= 1).then_some(s.len())
    })
}

/// The words between a person and the verb they are the subject of: none, or a role set
/// off by commas in lowercase words ("Pik Botha, the foreign minister, signed").
fn set_off_role(between: &str) -> bool {
    between == " "
        || between
            .strip_prefix(", ")
            .and_then(|b| b.strip_suffix(", "))
            .is_some_and(|b| {
                !b.contains(',') && b.split(' ').all(|w| w.starts_with(char::is_lowercase))
            })
}

/// "X signed for the government and Y for the movement", "negotiators led by X for the
/// government": in a sentence that tells talks, a person named right before "for" and a
/// party speaks for that party.
pub(super) fn representatives(doc: &super::Doc, r: &super::Read) -> Vec<super::Claim> {
    let text = doc.text;
    let talks = r.cues.iter().any(|m| {
        matches!(
            m.cue,
            Cue::Verb(Relation::Negotiates) | Cue::Noun(Relation::Negotiates)
        )
    });
    if !talks {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, x) in r.slots.iter().enumerate() {
        if x.phrase || x.actors.len() != 1 || (doc.kind_of)(x.actors[0]) != Kind::Person {
            continue;
        }
        let Some(y) = r.slots.get(k + 1).filter(|y| y.actors.len() == 1) else {
            continue;
        };
        let glue = &text[x.end..y.start];
        let party = matches!(
            (doc.kind_of)(y.actors[0]),
            Kind::State | Kind::Organization | Kind::Agency
        );
        // ("Pik Botha, the foreign minister, signed for South Africa": past the verb of
        // talks the person is the subject of, and a role set off between.)
        let head = glue
            .strip_suffix(" for ")
            .or_else(|| glue.strip_suffix(" for the "));
        let signed = head.is_some_and(|h| {
            let verb_at = x.end + h.len();
            r.cues.iter().any(|m| {
                m.cue == Cue::Verb(Relation::Negotiates)
                    && m.end == verb_at
                    && m.start > x.end
                    && set_off_role(&text[x.end..m.start])
            })
        });
        if (matches!(glue, " for " | " for the ") || signed) && party && !doc.in_quote(x.start) {
            out.push(super::stated(
                r,
                (x.actors[0], Relation::MemberOf, y.actors[0]),
                super::Polarity::Affirmed,
                "for",
                "a side's representative",
            ));
        }
    }
    out
}

/// "Naim Qassem succeeded Nasrallah", "Qassem succeeded him", "He was succeeded by Naim
/// Qassem": one who follows a leader in office leads what the leader led (by this
/// sentence's claims or those before). "replaced" too, with a person after it.
pub(super) fn successions(
    doc: &super::Doc,
    (held, last_person): (&super::Held, Option<ActorRef>),
    r: &super::Read,
    claims: &[super::Claim],
) -> Vec<super::Claim> {
    let text = doc.text;
    // (Most sentences tell no succession: the raw text is tested first.)
    let sentence = &text[r.ss..r.se];
    if !sentence.contains("ucceed") && !sentence.contains("eplace") {
        return Vec::new();
    }
    let person =
        |x: &Slot| !x.phrase && x.actors.len() == 1 && (doc.kind_of)(x.actors[0]) == Kind::Person;
    let is = |k: usize, ws: &[&str]| {
        r.words.get(k).is_some_and(|w| {
            ws.iter()
                .any(|v| text[w.start..w.end].eq_ignore_ascii_case(v))
        })
    };
    // The person a slot or a pronoun at word `k` names.
    let named_at = |k: usize| -> Option<ActorRef> {
        let w = r.words.get(k)?;
        if is(k, &["him", "her", "he", "she"]) {
            return last_person;
        }
        r.slots
            .iter()
            .find(|x| x.start == w.start && person(x))
            .map(|x| x.actors[0])
    };
    let mut out: Vec<super::Claim> = Vec::new();
    for k in 1..r.words.len() {
        let active = is(k, &["succeeded", "succeeds", "replaced", "replaces"]);
        if !active {
            continue;
        }
        let passive = is(k - 1, &["was", "were", "been"]) && is(k + 1, &["by"]);
        let (successor, predecessor) = if passive {
            // ("He was succeeded by X": the subject opening the clause before "was".)
            let before = r.slots.iter().rev().find(|x| x.end <= r.words[k - 1].start);
            let pred = before
                .filter(|x| person(x) && gap_words(&r.words, x.end, r.words[k - 1].start) == 0)
                .map(|x| x.actors[0])
                .or_else(|| (k == 2).then(|| named_at(0)).flatten());
            (named_at(k + 2), pred)
        } else {
            // ("X succeeded Y", "X replaced Y": the subject right before, a person after;
            // "succeeded him" only for the succession verb.)
            let subject = r
                .slots
                .iter()
                .rev()
                .find(|x| x.end <= r.words[k].start)
                .filter(|x| person(x) && gap_words(&r.words, x.end, r.words[k].start) <= 1)
                .map(|x| x.actors[0]);
            let pronoun = is(k + 1, &["him", "her"]);
            let replaced = is(k, &["replaced", "replaces"]);
            let object = if pronoun && replaced {
                None
            } else {
                named_at(k + 1)
            };
            (subject, object)
        };
        let (Some(next), Some(prev)) = (successor, predecessor) else {
            continue;
        };
        let led: Vec<ActorRef> = led_by(held, claims, prev)
            .filter(|&o| (doc.kind_of)(o) != Kind::Person)
            .collect();
        for body in led {
            let stated = claims
                .iter()
                .chain(&out)
                .any(|c| c.subject == next && c.relation == Relation::Leads && c.object == body);
            if !stated && next != prev {
                let cue = &text[r.words[k].start..r.words[k].end];
                out.push(super::stated(
                    r,
                    (next, Relation::Leads, body),
                    super::Polarity::Affirmed,
                    cue,
                    "successor of a leader",
                ));
            }
        }
    }
    out
}

/// What person `p` leads, by this sentence's affirmed claims (`claims`), then by those
/// before, latest first.
fn led_by<'a>(
    held: &'a super::Held,
    claims: &'a [super::Claim],
    p: ActorRef,
) -> impl Iterator<Item = ActorRef> + 'a {
    held_by(held, claims, p, Relation::Leads)
}

/// What `p` holds by `relation` (leads, belongs to): this sentence's affirmed claims
/// first, then the document's before, latest first.
pub(super) fn held_by<'a>(
    held: &'a super::Held,
    claims: &'a [super::Claim],
    p: ActorRef,
    relation: Relation,
) -> impl Iterator<Item = ActorRef> + 'a {
    claims
        .iter()
        .filter(|c| c.polarity == super::Polarity::Affirmed)
        .map(|c| (c.subject, c.relation, c.object))
        .chain(held.of(p).iter().rev().map(move |&(rel, o)| (p, rel, o)))
        .filter(move |&(s, rel, _)| s == p && rel == relation)
        .map(|(_, _, o)| o)
}

/// "The PUK, Jalal Talabani's party, denied it", "Amal, Nabih Berri's movement, ...": a
/// person's possessive before a group noun, set off right after an organization's name,
/// tells who leads it.
pub(super) fn owner_set_off(
    doc: &super::Doc,
    r: &super::Read,
    claims: &[super::Claim],
) -> Vec<super::Claim> {
    let text = doc.text;
    let single = |x: &&Slot| !x.phrase && x.actors.len() == 1;
    let mut out = Vec::new();
    for pair in r.slots.iter().filter(single).collect::<Vec<_>>().windows(2) {
        let (org, person) = (pair[0], pair[1]);
        let (o, p) = (org.actors[0], person.actors[0]);
        if &text[org.end..person.start] != ", "
            || (doc.kind_of)(o) != Kind::Organization
            || (doc.kind_of)(p) != Kind::Person
        {
            continue;
        }
        let Some(rest) = after_possessive(&text[person.end..]) else {
            continue;
        };
        let noun = rest.split([',', ' ']).next().unwrap_or_default();
        let group = noun == "party" || doc.lexicon.anaphora.group_nouns.iter().any(|g| g == noun);
        let set_off = rest[noun.len()..].starts_with(',');
        let said = claims.iter().any(|c| c.subject == p && c.object == o);
        if group && set_off && !said {
            let end = person.end + (text.len() - person.end - rest.len()) + noun.len();
            out.push(super::described(
                doc,
                r,
                (p, Relation::Leads, o),
                (org.start, end),
                "a person's body, a body's person",
            ));
        }
    }
    out
}

/// "Chief Minister X of the Bharatiya Janata Party", "Jonas Savimbi of UNITA": a person
/// named with "of" and a body right after belongs to it. A title of leading before the
/// name (the lexicon's, not a head of state's or a minister's), a lead the document or the
/// pack gives, or no title at all (the way a story names a side's principal: "X of UNITA
/// and Y of the MPLA signed") makes the person its leader; any other title ("Spokesman X
/// of the Front") a member. Not a state ("X of Sudan" may say only where X is from), nor
/// a possessive body ("X of the movement's wing").
pub(super) fn persons_of_bodies(
    doc: &super::Doc,
    held: &super::Held,
    r: &super::Read,
    claims: &[super::Claim],
) -> Vec<super::Claim> {
    let text = doc.text;
    let single = |x: &Slot| x.actors.len() == 1 && !x.phrase;
    let mut out: Vec<super::Claim> = Vec::new();
    for (k, x) in r.slots.iter().enumerate() {
        if !single(x) || (doc.kind_of)(x.actors[0]) != Kind::Person {
            continue;
        }
        let rest = &text[x.end..];
        let Some(at) = rest
            .strip_prefix(" of the ")
            .or_else(|| rest.strip_prefix(" of "))
            .map(|after| text.len() - after.len())
        else {
            continue;
        };
        let Some(y) = r.slots[k + 1..]
            .first()
            .filter(|y| y.start == at && single(y))
        else {
            continue;
        };
        let body = y.actors[0];
        if !matches!((doc.kind_of)(body), Kind::Organization | Kind::Agency)
            || after_possessive(&text[y.end..]).is_some()
        {
            continue;
        }
        let person = x.actors[0];
        let title = r
            .cues
            .iter()
            .rev()
            .find(|c| c.end <= x.start && text[c.end..x.start].trim().is_empty());
        let title_word = title.map(|c| text[c.start..c.end].to_lowercase());
        let heads = title.is_some_and(|c| c.cue == Cue::Noun(Relation::Leads))
            && title_word
                .as_deref()
                .is_some_and(|t| !super::HEADS_OF_STATE.contains(&t) && !t.ends_with("minister"));
        // (One the document or the pack has lead the body leads it: "Jonas Savimbi of
        // UNITA".)
        let leads = led_by(held, claims, person).any(|o| o == body)
            || (doc.offices)(person).contains(&(Relation::Leads, body));
        let relation = if heads || leads || title.is_none() {
            Relation::Leads
        } else {
            Relation::MemberOf
        };
        let stated = claims.iter().chain(&out).any(|c| {
            c.subject == person
                && c.object == body
                && matches!(c.relation, Relation::Leads | Relation::MemberOf)
        });
        if stated {
            continue;
        }
        let cue = title_word.unwrap_or_else(|| "of".to_string());
        out.push(super::stated(
            r,
            (person, relation, body),
            super::Polarity::Affirmed,
            &cue,
            "person of a body",
        ));
    }
    out
}
