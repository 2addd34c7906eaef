//! Slots: the places in a sentence that stand for actors — names, and phrases such as
//! "the group", "the two groups", "they" or a quoted "we" resolved to actors named before.

use super::words::{clause_start, gap_words, title_glue, word_before, Word};
use crate::actors::{ActorRef, DocActors, Kind};
use crate::claims::lexicon::Anaphora;
use crate::claims::Relation;

/// A place in a sentence that stands for one or two actors.
#[derive(Debug, Clone)]
pub(super) struct Slot {
    pub start: usize,
    pub end: usize,
    pub actors: Vec<ActorRef>,
    /// A pronoun or description rather than a name.
    pub phrase: bool,
    /// "each other": the two actors are related to one another.
    pub reciprocal: bool,
}

/// Which actors a phrase can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Want {
    /// Organizations and agencies ("the group").
    Groups,
    /// Organizations only: a state's agency is no militia ("the militia", "the rebels").
    Armed,
    /// Organizations and intergovernmental bodies: "the alliance" is a rebel alliance or
    /// NATO, never a state's army.
    Alliance,
    /// States ("the government", "those countries").
    States,
    /// Any party but a person ("they", "both sides").
    Any,
    /// The document's own state when one stands out, else as `States` ("the federal
    /// government").
    Home,
    /// The person last named ("the guerrilla leader").
    Person,
}

/// Phrases in a sentence that stand for actors named before them:
/// `(start, end, how many actors, reciprocal, which kinds)`, offsets relative to the sentence.
pub(super) fn anaphora_spans(
    sentence: &str,
    a: &Anaphora,
) -> Vec<(usize, usize, usize, bool, Want)> {
    let lower = sentence.to_ascii_lowercase(); // byte offsets stay those of `sentence`
    let mut out: Vec<(usize, usize, usize, bool, Want)> = Vec::new();
    let toks = word_spans(&lower);
    let w = |i: usize| &lower[toks[i].0..toks[i].1];
    let orig = |i: usize| &sentence[toks[i].0..toks[i].1];
    let strip = strip_possessive;
    let mut i = 0;
    while i < toks.len() {
        let word = w(i);
        let mut matched = false;
        if let Some((last, want)) = owned_phrase(a, &w, &orig, i, toks.len()) {
            out.push((toks[i].0, toks[last].1, 1, false, want));
            i = last + 1;
            continue;
        }
        // "The latter's chief, X": the party named last.
        if word == "the" && i + 1 < toks.len() && strip(w(i + 1)) == "latter" {
            out.push((toks[i].0, toks[i + 1].1, 1, false, Want::Any));
            i += 2;
            continue;
        }
        // "That group, which fights for ...": a demonstrative opening its sentence.
        let demonstrative = matches!(orig(i), "That" | "This");
        let next = (i + 1 < toks.len()).then(|| w(i + 1));
        let (opens, two, three) = counted_opener(word, next);
        if opens || demonstrative {
            let first = if matches!(word, "the" | "all") && two {
                i + 2
            } else {
                i + 1
            };
            for k in first..(first + 3).min(toks.len()) {
                // ("the King sent his army": a sovereign's title, capitalized, right after
                // the article and before no name.)
                let sovereign = k == first
                    && word == "the"
                    && a.sovereigns.contains(&strip(w(k)))
                    && (k + 1 >= toks.len() || !orig(k + 1).starts_with(char::is_uppercase));
                if orig(k).chars().next().is_some_and(char::is_uppercase) && !sovereign {
                    break;
                }
                let head = strip(w(k));
                // "the guerrilla leader" (not "the leader Ivan Marquez", a title).
                let person = !two
                    && (word == "the" || demonstrative)
                    && a.person_nouns.contains(&head)
                    && !joined_title(a, &w, k, toks.len())
                    && (k + 1 >= toks.len() || !orig(k + 1).starts_with(char::is_uppercase));
                // "the gang leader": the person, not the gang.
                let leader_after =
                    k + 1 < toks.len() && head == w(k) && a.person_nouns.contains(&strip(w(k + 1)));
                // "the two men signed a deal", "the two leaders met": the two persons last
                // named.
                let persons = two
                    && (matches!(head.as_str(), "men" | "women")
                        || JOINED_PAIR_PERSONS.contains(&head.as_str()));
                let person = person || persons;
                let hit = person
                    || !leader_after
                        && if two {
                            a.groups_nouns.contains(&head)
                                || word == "either"
                                    && matches!(head.as_str(), "side" | "party" | "camp")
                        } else {
                            a.group_nouns.contains(&head)
                        };
                // "the rebels of the Kessar Front": the name that follows is the one meant.
                let named_after = k + 2 < toks.len()
                    && w(k + 1) == "of"
                    && (orig(k + 2).starts_with(char::is_uppercase)
                        || (w(k + 2) == "the"
                            && k + 3 < toks.len()
                            && orig(k + 3).starts_with(char::is_uppercase)));
                if hit && !named_after {
                    // ("the government" alone: the story's own, when it has one.)
                    let home = !demonstrative
                        && ((first..k).any(|j| a.home_qualifiers.iter().any(|q| q == w(j)))
                            || word == "the" && k == first && head == "government");
                    let want = phrase_want(a, &head, home && !two, person);
                    let n = if three {
                        3
                    } else if two {
                        2
                    } else {
                        1
                    };
                    out.push((toks[i].0, toks[k].1, n, false, want));
                    i = k + 1;
                    matched = true;
                    break;
                }
            }
        }
        // "Both were arrested", "The two met in Doha": opening the sentence alone before a
        // verb, the pair named last (not "Hamas and Fatah both fought").
        if !matched && i == 0 && pair_alone(&w, &orig, i, toks.len()) {
            let last = if word == "the" { i + 1 } else { i };
            out.push((toks[i].0, toks[last].1, 2, false, Want::Any));
            i = last + 1;
            continue;
        }
        if !matched {
            out.extend(pronoun_at(sentence, a, &w, &toks, i));
            i += 1;
        }
    }
    for r in &a.reciprocals {
        for (off, _) in lower.match_indices(r.as_str()) {
            out.push((off, off + r.len(), 2, true, Want::Any));
        }
    }
    out
}

/// A sovereign's title ("the King", "the emperor"): the ruler so titled named before, not
/// the person named last ("the King" after "King Hussein ... Leila Khaled"). Capitalized,
/// the title stands for no one else; in lowercase it may be a ruler named without it
/// ("Ethiopia's emperor, Haile Selassie"), read as any person phrase (`None`).
fn sovereign(
    r: &Reading,
    (s, e): (usize, usize),
    before: &[(usize, ActorRef)],
) -> Option<Vec<ActorRef>> {
    let title = sovereign_title(r.sovereigns, &r.text[s..e])?;
    let titled = before
        .iter()
        .rev()
        .find(|&&(p, _)| titled_at(r.text, p, title));
    let capitalized = r.text[s..e]
        .split(' ')
        .nth(1)
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    (titled.is_some() || capitalized).then(|| titled.map(|&(_, a)| vec![a]).unwrap_or_default())
}

/// The sovereign's title a phrase is ("the King's" → "king"), if it is one.
fn sovereign_title<'a>(sovereigns: &'a [String], phrase: &str) -> Option<&'a str> {
    let head = phrase.split(' ').nth(1)?.to_ascii_lowercase();
    let head = strip_possessive(&head);
    sovereigns.iter().find(|&t| *t == head).map(String::as_str)
}

/// Whether the mention at byte `p` carries the title: "King Hussein", "President Gamal
/// Abdel Nasser" (the title inside the mention or right before it).
fn titled_at(text: &str, p: usize, title: &str) -> bool {
    let before = text[..p].trim_end();
    let word_before = before.rsplit([' ', '\n']).next().unwrap_or("");
    let first = text[p..].split(' ').next().unwrap_or("");
    word_before.eq_ignore_ascii_case(title) || first.eq_ignore_ascii_case(title)
}

/// Whether `word` (lowercase, `next` after it) opens a phrase that stands for parties
/// named before, and whether it counts two (or more) and three: "the", "both", "those",
/// "these", "either" ("denied arming either side": the two sides named last), "the two",
/// "the three" ("the three countries left ECOWAS": the last three named), and "all two"
/// or "all three" ("all three governments armed them").
fn counted_opener(word: &str, next: Option<&str>) -> (bool, bool, bool) {
    let counted = matches!(word, "the" | "all");
    let three = counted && next == Some("three");
    let two = matches!(word, "both" | "those" | "these" | "either")
        || counted && next == Some("two")
        || three;
    let opens =
        matches!(word, "the" | "both" | "those" | "these" | "either") || word == "all" && two;
    (opens, two, three)
}

/// A pronoun at token `i` (of `toks`, over `sentence`; `w` lowercased) standing for one
/// actor: any ("it", "they", a possessor of a tie) or a person ("he").
fn pronoun_at<'s>(
    sentence: &str,
    a: &Anaphora,
    w: &dyn Fn(usize) -> &'s str,
    toks: &[(usize, usize)],
    i: usize,
) -> Option<(usize, usize, usize, bool, Want)> {
    let word = w(i);
    // "it is believed", "it seems": an expletive stands for no one; but not what a party
    // says or denies of itself ("X said it was armed by Y", "X rejected claims that it is
    // backed by Y").
    // (Only a passive with its agent: "X said it was unclear ..." stays an expletive.)
    let passive_by = i + 3 < toks.len() && w(i + 2).ends_with("ed") && w(i + 3) == "by";
    let reported = passive_by
        && (i >= 1 && SPEAKING.contains(&w(i - 1))
            || i >= 2
                && w(i - 1) == "that"
                && (SPEAKING.contains(&w(i - 2)) || REPORTS.contains(&w(i - 2))));
    // "It is widely believed to be backed by X": a raised subject is the party the
    // belief is about, unlike "it is believed that".
    let raised = word == "it" && {
        let mut k = i + 2;
        if k < toks.len() && w(k).ends_with("ly") {
            k += 1;
        }
        k + 1 < toks.len()
            && matches!(w(i + 1), "is" | "was")
            && RAISING.contains(&w(k))
            && w(k + 1) == "to"
    };
    let expletive = word == "it"
        && !reported
        && !raised
        && i + 1 < toks.len()
        && expletive_after(w(i + 1), (i + 2 < toks.len()).then(|| w(i + 2)));
    // "protecting them (the ELN)": the bracket names whom the pronoun meant.
    let glossed = sentence[toks[i].1..].trim_start().starts_with('(');
    let possessor = owns_a_tie(a, w, i, toks.len());
    if (a.pronouns.iter().any(|p| p == word) || possessor) && !expletive && !glossed {
        Some((toks[i].0, toks[i].1, 1, false, Want::Any))
    } else if a.person_pronouns.iter().any(|p| p == word) && !glossed {
        Some((toks[i].0, toks[i].1, 1, false, Want::Person))
    } else {
        None
    }
}

/// Whether the person noun at token `k` (of `n`) is the first of joined titles: "X, the
/// founder and leader of Y", "the founder and spiritual leader" (past one modifier).
fn joined_title<'s>(a: &Anaphora, w: &dyn Fn(usize) -> &'s str, k: usize, n: usize) -> bool {
    k + 2 < n
        && matches!(w(k + 1), "and" | "or")
        && (k + 2..(k + 4).min(n)).any(|j| a.person_nouns.contains(&strip_possessive(w(j))))
}

/// "Mwai Kibaki, the country's president": "country's" or "nation's" at token `k`, as a
/// possessive only (not "across the country") and before an office or a body of the
/// state ("the country's elites" are no party), stands for the story's own state, else
/// the state named last.
fn country_office<'s>(
    w: &dyn Fn(usize) -> &'s str,
    orig: &dyn Fn(usize) -> &'s str,
    k: usize,
    n: usize,
) -> bool {
    let office = |k: usize| {
        k < n
            && (w(k).ends_with("minister")
                || matches!(
                    w(k),
                    "president"
                        | "prime"
                        | "leader"
                        | "ruler"
                        | "head"
                        | "army"
                        | "military"
                        | "armed"
                        | "security"
                        | "government"
                        | "foreign"
                        | "defence"
                        | "defense"
                        | "interior"
                        | "intelligence"
                        | "police"
                        | "de"
                        | "new"
                        | "former"
                        | "then"
                        | "top"
                        | "vice"
                        | "deputy"
                        | "king"
                        | "chief"
                        | "first"
                        | "interim"
                ))
    };
    k < n
        && orig(k).starts_with(char::is_lowercase)
        && matches!(strip_possessive(w(k)).as_str(), "country" | "nation")
        && w(k) != strip_possessive(w(k))
        && office(k + 1)
}

/// A word without its possessive ending: "the group's", and the plural "the rebels'".
fn strip_possessive(x: &str) -> String {
    x.trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(['\'', '’'])
        .to_string()
}

/// Heads of "the two <noun>" that stand only for two persons joined by "and" just before
/// ("the two leaders signed"; "the two men" may reach further back, as it always has).
const JOINED_PAIR_PERSONS: [&str; 4] = ["leaders", "presidents", "ministers", "brothers"];

/// The byte spans of the words of `lower` (an apostrophe inside a word is its own).
fn word_spans(lower: &str) -> Vec<(usize, usize)> {
    let mut v = Vec::new();
    let mut st: Option<usize> = None;
    for (i, ch) in lower.char_indices() {
        if ch.is_alphanumeric() || (ch == '\'' || ch == '’') && st.is_some() {
            st.get_or_insert(i);
        } else if let Some(s) = st.take() {
            v.push((s, i));
        }
    }
    if let Some(s) = st {
        v.push((s, lower.len()));
    }
    v
}

/// Whether "both" or "the two" at token `i` (of `n`) stands alone before a verb: "Both
/// were arrested", "the two met", "the two have fought" (not "both sides", "both Mali and
/// Niger", "the two countries").
fn pair_alone<'s>(
    w: &dyn Fn(usize) -> &'s str,
    orig: &dyn Fn(usize) -> &'s str,
    i: usize,
    n: usize,
) -> bool {
    let next = match w(i) {
        "both" => i + 1,
        "the" if i + 1 < n && w(i + 1) == "two" => i + 2,
        _ => return false,
    };
    next < n
        && !orig(next).starts_with(char::is_uppercase)
        && matches!(
            w(next),
            "are"
                | "were"
                | "have"
                | "had"
                | "has"
                | "will"
                | "would"
                | "met"
                | "fought"
                | "signed"
                | "agreed"
                | "held"
                | "deny"
                | "denied"
                | "remain"
                | "remained"
        )
}

/// A possessive pronoun that stands for a party before what it owns: the phrase's last
/// token and what it may stand for.
/// - "its fighters", "their troops": the members of the party last named (two tokens);
/// - "His father, Christy Kinahan, founded the group": "His" opening its sentence before a
///   kin noun stands for the person last named. (Inside a sentence its owner is the
///   subject before it, read by the possessive rule, which an unknown name would leave to
///   the wrong person; "her" too often meets a woman no one named.)
/// - "its founder X", "its leader": "its" owns the role, and stands for the organization
///   last named; "X, whose armed wing is Y": "whose" too stands for the name before it
///   ("Tajikistan, whose president, X" and "Congo said its president, X" may be a
///   state's).
fn owned_phrase<'s>(
    a: &Anaphora,
    w: &dyn Fn(usize) -> &'s str,
    orig: &dyn Fn(usize) -> &'s str,
    i: usize,
    n: usize,
) -> Option<(usize, Want)> {
    let word = w(i);
    if word == "the" && country_office(w, orig, i + 1, n) {
        return Some((i + 1, Want::Home));
    }
    // ("X, whose fighters clashed with Y": "whose" too, for the name before it.)
    if matches!(word, "its" | "their" | "whose")
        && i + 1 < n
        && a.member_nouns.iter().any(|m| m == w(i + 1))
    {
        return Some((i + 1, Want::Any));
    }
    // "His fighters took the town": the person's men act for the person.
    if (word == "his" || word == "her") && i + 1 < n && a.member_nouns.iter().any(|m| m == w(i + 1))
    {
        return Some((i + 1, Want::Person));
    }
    if orig(i) == "His" && i == 0 && i + 1 < n && a.kin.iter().any(|k| k == w(i + 1)) {
        return Some((i, Want::Person));
    }
    if (word == "its" || word == "whose") && owns_a_role(a, w, orig, i, n) {
        // ("Its envoy X": a state's as often as a group's.)
        let office = (i + 1..(i + 3).min(n)).any(|k| {
            matches!(
                w(k),
                "president" | "premier" | "prime" | "envoy" | "ambassador" | "negotiator"
            )
        });
        let want = if word == "whose" || office {
            Want::Any
        } else {
            Want::Groups
        };
        return Some((i, want));
    }
    None
}

/// Whether the possessive at token `i` (of `n`; `w` lowercased, `orig` as written) owns
/// a role: right before it or past one modifier ("its overseas arm"), past a name ("its
/// Central Africa Province affiliate"), a unit's own name ("its Radwan Force"), or two
/// lowercase modifiers ("its national publicity secretary").
fn owns_a_role<'s>(
    a: &Anaphora,
    w: &dyn Fn(usize) -> &'s str,
    orig: &dyn Fn(usize) -> &'s str,
    i: usize,
    n: usize,
) -> bool {
    let owned = |k: usize| k < n && a.owned_roles.iter().any(|m| m == w(k));
    let named = (i + 1..n)
        .take(5)
        .take_while(|&k| orig(k).starts_with(char::is_uppercase))
        .count();
    let two_modifiers = || {
        owned(i + 3)
            && (i + 1..i + 3).all(|k| orig(k).starts_with(char::is_lowercase))
            && !matches!(w(i + 1), "and" | "or")
    };
    owned(i + 1)
        || owned(i + 2)
        || (named > 0 && (owned(i + 1 + named) || unit_after(w, &owned, i + named)))
        || two_modifiers()
}

/// Whether the capitalized run ending at token `last` names a unit: its last word is a
/// unit's ("Province", "Force") or an owned role follows ("its Amniyat intelligence wing").
fn unit_after<'s>(
    w: &dyn Fn(usize) -> &'s str,
    owned: &dyn Fn(usize) -> bool,
    last: usize,
) -> bool {
    owned(last)
        || owned(last + 2)
        || matches!(
            w(last),
            "province" | "brigade" | "brigades" | "battalion" | "division" | "force"
        )
}

/// "its support from Qatar": a possessive pronoun at token `i` (of `n`, lowercased by
/// `w`) before a noun of a tie stands for a party of the tie; not after "X's fighting arm
/// and", where "its" is that arm's, which no name before it stands for.
fn owns_a_tie<'s>(a: &Anaphora, w: &dyn Fn(usize) -> &'s str, i: usize, n: usize) -> bool {
    let strip = |x: &str| x.trim_end_matches("'s").trim_end_matches("’s").to_string();
    let after_possessed = i >= 3
        && w(i - 1) == "and"
        && (i.saturating_sub(4)..i - 1).any(|k| w(k).ends_with("'s") || w(k).ends_with("’s"));
    a.possessives.iter().any(|p| p == w(i))
        && !after_possessed
        && (i + 1..(i + 4).min(n)).any(|k| a.possessed_nouns.iter().any(|m| *m == strip(w(k))))
}

/// The kind of actor a phrase with head noun `head` stands for.
fn phrase_want(a: &Anaphora, head: &String, home: bool, person: bool) -> Want {
    if person {
        Want::Person
    } else if a.state_nouns.contains(head) && home {
        Want::Home
    } else if a.state_nouns.contains(head) {
        Want::States
    } else if a.any_nouns.contains(head) {
        Want::Any
    } else if a.alliance_nouns.contains(head) {
        Want::Alliance
    } else if a.armed_nouns.contains(head) {
        Want::Armed
    } else {
        Want::Groups
    }
}

/// The names listed from byte `at` on ("X, Y and the Z" after "such as"): the slot that
/// starts there, then each joined to the one before by a comma or "and" (an article
/// after it allowed); each a single name.
pub(super) fn names_listed<'s>(
    text: &str,
    slots: impl IntoIterator<Item = &'s Slot>,
    at: usize,
) -> Vec<&'s Slot> {
    let mut out: Vec<&Slot> = Vec::new();
    for y in slots.into_iter().filter(|y| y.start >= at) {
        let joined = match out.last() {
            None => y.start == at,
            Some(p) => {
                let glue = &text[p.end..y.start];
                let glue = glue.strip_suffix("the ").unwrap_or(glue);
                matches!(glue, ", " | " and " | ", and ")
            }
        };
        if !joined || y.phrase || y.actors.len() != 1 {
            break;
        }
        out.push(y);
    }
    out
}

/// Nouns of what is said of a party, before "that" and the clause that says it.
/// Participles of belief and report that raise their subject ("it is believed to be").
const RAISING: [&str; 9] = [
    "believed",
    "thought",
    "said",
    "reported",
    "alleged",
    "understood",
    "known",
    "suspected",
    "rumoured",
];

const REPORTS: [&str; 8] = [
    "claims",
    "reports",
    "allegations",
    "accusations",
    "charges",
    "suggestions",
    "rumours",
    "rumors",
];

/// Whether "it" before these words is an expletive ("it is believed", "it seems", "it
/// could be argued"), not a pronoun ("it was sending weapons", "it could send troops").
fn expletive_after(next: &str, then: Option<&str>) -> bool {
    let then = then.unwrap_or("");
    match next {
        // "It is led by X", "It was founded in 2004": a participle of leading is said of
        // the party; "it is believed", "it is clear" stand for no one.
        "is" | "was" => {
            let progressive = then.ends_with("ing") && then != "being";
            !progressive
                && !matches!(
                    then,
                    // (Only what is said of a group, not of a plan: "It was backed by
                    // Qatar" may be a ceasefire plan.)
                    "led" | "headed" | "founded" | "commanded"
                )
        }
        "seems" | "seemed" | "appears" | "appeared" | "remains" | "remained" | "takes" | "took" => {
            true
        }
        "would" | "could" | "might" | "may" | "should" | "must" => {
            matches!(then, "be" | "seem" | "appear" | "have" | "take" | "remain")
        }
        _ => false,
    }
}

/// The last `n` distinct actors before byte `pos`, most recent first.
pub(super) fn last_distinct(history: &[(usize, ActorRef)], n: usize, pos: usize) -> Vec<ActorRef> {
    let mut out: Vec<ActorRef> = Vec::new();
    let mut items: Vec<&(usize, ActorRef)> = history.iter().filter(|(p, _)| *p < pos).collect();
    items.sort_by_key(|(p, _)| *p);
    for (_, a) in items.into_iter().rev() {
        if !out.contains(a) {
            out.push(*a);
            if out.len() == n {
                break;
            }
        }
    }
    out
}

/// "the US-led NATO forces", "the UAE-backed STC": a name before a hyphenated modifier
/// describes the name it modifies and is no argument of other cues.
pub(super) fn compound_modifier(
    (text, led_bodies): (&str, &[String]),
    words: &[Word],
    slots: &[Slot],
    x: &Slot,
) -> bool {
    // ("held talks under United Nations auspices": a name before "auspices" modifies it;
    // the go-between is `mediators`'.)
    if text[x.end..].starts_with(" auspices") {
        return true;
    }
    let Some(rest) = text[x.end..].strip_prefix('-') else {
        return false;
    };
    if !rest.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let word_end = x.end
        + 1
        + rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
    // "Iran-supported Group": a participle compound modifies what follows, named or not.
    // "TNLA-controlled villages": a compound of territory names whose ground is hit, and
    // its name stays an argument unless another name follows.
    let compound = &text[x.end + 1..word_end];
    let territorial = matches!(
        compound,
        "controlled" | "held" | "occupied" | "dominated" | "ruled"
    );
    // ("against the US-led coalition": the leader stands for the body, when no name
    // follows it.)
    let body = text[word_end..]
        .strip_prefix(' ')
        .and_then(|r| r.split([' ', ',', '.', ';']).next())
        .is_some_and(|n| led_bodies.iter().any(|b| b == n));
    let leader = compound == "led"
        && body
        && !slots
            .iter()
            .any(|y| y.start >= word_end && gap_words(words, word_end, y.start) <= 2);
    let participle = compound.ends_with("ed") && !territorial && !leader;
    participle
        || slots.iter().any(|y| {
            y.start >= word_end
                && !text[word_end..y.start].contains([',', ';', '.'])
                && gap_words(words, word_end, y.start) <= 2
                && slots
                    .iter()
                    .all(|z| z.end <= word_end || z.start >= y.start)
        })
}

/// The names the recognizer found in the sentence `ss..se`; `m_at` walks the document's
/// mentions in order.
pub(super) fn named(
    (text, alias_markers): (&str, &[String]),
    actors: &DocActors,
    m_at: &mut usize,
    ss: usize,
    se: usize,
) -> Vec<Slot> {
    let mut slots = Vec::new();
    while *m_at < actors.mentions.len() && actors.mentions[*m_at].start < se {
        let m = &actors.mentions[*m_at];
        // A mention that runs past its sentence (a name broken by a hard line wrap that
        // the splitter took for a sentence end) is no slot of either sentence.
        // "Alexander Díaz, known as Calarcá": a person's other name is one slot with
        // the name it follows.
        let other_name = slots.last().is_some_and(|x: &Slot| {
            let glue = text[x.end..m.start].trim_matches([' ', ',', '(', '“', '"']);
            x.actors == [m.actor] && alias_markers.iter().any(|k| glue.ends_with(k.as_str()))
        });
        // ("the Southern Sudan Liberation Movement (SSLM) signed": the acronym the text
        // defines in brackets right after the name is one slot with it.)
        let bracketed = slots.last().is_some_and(|x: &Slot| {
            x.actors == [m.actor] && &text[x.end..m.start] == " (" && text[m.end..].starts_with(')')
        });
        if other_name && m.end <= se {
            let x = slots.last_mut().expect("checked above");
            x.end = m.end;
        } else if bracketed && m.end < se {
            let x = slots.last_mut().expect("checked above");
            x.end = m.end + 1;
        } else if m.start >= ss && m.end <= se {
            slots.push(Slot {
                start: known_as_start(text, ss, m.start),
                end: m.end,
                actors: vec![m.actor],
                phrase: false,
                reciprocal: false,
            });
        }
        *m_at += 1;
    }
    slots
}

/// "armed village militias, known together as the Bougainville Resistance Force": a name
/// after ", known as" stands where the common noun it names does, so its slot opens at
/// that noun (one to three lowercase words after an article or a verb). Else `start`.
fn known_as_start(text: &str, ss: usize, start: usize) -> usize {
    let before = &text[ss..start];
    let before = before.strip_suffix("the ").unwrap_or(before);
    let Some(lead) = before.strip_suffix(" as ") else {
        return start;
    };
    // (", known as", ", known locally as", ", known together as".)
    let Some((lead, adverb)) = lead.rsplit_once(", known") else {
        return start;
    };
    let adverb = adverb.trim_start();
    if !(adverb.is_empty() || adverb == "together" || adverb.ends_with("ly"))
        || adverb.contains(' ')
    {
        return start;
    }
    let mut from = lead.len();
    for (n, w) in lead.rsplit(' ').enumerate() {
        let plain = !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
        if n >= 3 || !plain || matches!(w, "the" | "a" | "an" | "its" | "their" | "his") {
            break;
        }
        from -= w.len() + 1;
    }
    if from == lead.len() {
        return start;
    }
    ss + from + 1
}

/// "Somalia's al-Shabaab", "Iran's Revolutionary Guard": the possessor only modifies the
/// name that follows it.
pub(super) fn drop_possessors(text: &str, envoys: &[String], slots: &mut Vec<Slot>) {
    // "Iran's UN envoy": before a diplomatic role the possessor is the employer, and the
    // name after it the body the envoy is sent to; both stay.
    // Only the next few words are read: a role is short, and reading the rest of the
    // document for every possessive would make a long one quadratic.
    let envoy_after = |e: usize| {
        let rest = &text[e..];
        let end = (0..=rest.len().min(64))
            .rev()
            .find(|&i| rest.is_char_boundary(i))
            .unwrap_or(0);
        let rest = rest[..end].trim_start().to_lowercase();
        envoys.iter().any(|r| {
            rest.strip_prefix(r.as_str())
                .is_some_and(|t| !t.starts_with(char::is_alphanumeric))
        })
    };
    let modifiers: Vec<usize> = (0..slots.len().saturating_sub(1))
        .filter(|&i| {
            let glue = &text[slots[i].end..slots[i + 1].start];
            // ("Burundi's ruling CNDD-FDD party": an adjective of standing may come
            // between; not one of relation, "Iran's ally Hezbollah".)
            let described = ["'s ", "’s "].iter().any(|p| {
                glue.strip_prefix(p)
                    .and_then(|rest| rest.strip_suffix(' '))
                    .is_some_and(|adj| {
                        matches!(
                            adj,
                            "ruling"
                                | "governing"
                                | "elite"
                                | "powerful"
                                | "feared"
                                | "notorious"
                                | "main"
                                | "largest"
                                | "biggest"
                                | "leading"
                        )
                    })
            });
            // ("Jordan's King Hussein": the state a ruler heads stays, see
            // `roles::known_offices`.)
            let ruler = super::roles::ruler_named(&text[slots[i + 1].start..slots[i + 1].end]);
            (matches!(glue, "'s " | "’s " | "' " | "’ ") || described)
                && !envoy_after(slots[i + 1].end)
                && !ruler
        })
        .collect();
    for i in modifiers.into_iter().rev() {
        slots.remove(i);
    }
}

/// "Haftar's confederation of militias known as the Libyan National Army", "a local
/// group called Ansar al-Sunnah": the noun phrase before "known as" / "called" is the name
/// after it. The name's slot takes in the phrase, so a cue before the phrase reaches it;
/// a person's possessive opening the phrase is no argument of its own, and is returned
/// with the name as `(possessor, name, start, end)` (the person's organization).
pub(super) fn named_phrases(
    text: &str,
    words: &[Word],
    slots: &mut Vec<Slot>,
) -> Vec<(ActorRef, ActorRef, usize, usize)> {
    let mut out = Vec::new();
    let mut j = 0;
    while j < slots.len() {
        let y = &slots[j];
        let lead = text[..y.start].trim_end();
        let lead = lead.strip_suffix(" the").unwrap_or(lead);
        let Some(naming) = [" known as", " called", " named", " dubbed"]
            .iter()
            .find_map(|n| lead.strip_suffix(n))
        else {
            j += 1;
            continue;
        };
        let naming_at = naming.len();
        let before: Vec<&Word> = words.iter().filter(|w| w.end <= naming_at).collect();
        let mut start = None;
        let mut possessor = None;
        for (n, w) in before.iter().rev().enumerate().take(9) {
            let word = &text[w.start..w.end];
            if matches!(word, "the" | "a" | "an" | "The" | "A" | "An") && n > 0 {
                start = Some(w.start);
                break;
            }
            if let Some(k) = slots[..j]
                .iter()
                .rposition(|p| p.end <= w.start && matches!(&text[p.end..w.start], "'s " | "’s "))
            {
                if n > 0 && word.starts_with(char::is_lowercase) {
                    possessor = Some(k);
                    start = Some(slots[k].start);
                    break;
                }
            }
            // Lowercase words, or a capitalized adjective that names no one ("Shia").
            let named = slots.iter().any(|p| p.start < w.end && w.start < p.end);
            let noun_word = !named && word.chars().all(|c| c.is_alphabetic() || c == '-');
            if !noun_word || text[w.end..naming_at.max(w.end)].contains(['.', ';', ':']) {
                break;
            }
        }
        let Some(start) = start else {
            j += 1;
            continue;
        };
        slots[j].start = start;
        if let Some(k) = possessor {
            let (p, y) = (&slots[k], &slots[j]);
            if p.actors.len() == 1 && y.actors.len() == 1 {
                out.push((p.actors[0], y.actors[0], p.start, y.end));
            }
            slots.remove(k);
            continue;
        }
        j += 1;
    }
    out
}

impl Slot {
    /// Whether the slot shares a byte with `start..end`.
    fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }

    /// A phrase standing for one actor named before it.
    fn phrase(start: usize, end: usize, actor: ActorRef) -> Slot {
        Slot {
            start,
            end,
            actors: vec![actor],
            phrase: true,
            reciprocal: false,
        }
    }
}

/// What resolving a phrase needs of the document read so far.
pub(super) struct Reading<'a> {
    pub text: &'a str,
    pub ss: usize,
    pub se: usize,
    /// Start of the previous sentence (`ss` for the first).
    pub prev_start: usize,
    pub words: &'a [Word],
    /// Mentions of earlier sentences, in order.
    pub history: &'a [(usize, ActorRef)],
    pub kind_of: &'a dyn Fn(ActorRef) -> Kind,
    /// The armed forces "the military" means when an actor was named last.
    pub forces: &'a dyn Fn(ActorRef) -> Option<ActorRef>,
    /// The state whose armed forces an actor is.
    pub state_of_forces: &'a dyn Fn(ActorRef) -> Option<ActorRef>,
    pub in_quote: &'a dyn Fn(usize) -> bool,
    /// The document's home state, if one stands out.
    pub home: Option<ActorRef>,
    /// The state of the document's dateline and where it stands, if it has one.
    pub dateline: Option<(usize, ActorRef)>,
    /// The state named most where the dateline's is named nowhere else (see
    /// `bureau_state`).
    pub bureau: Option<ActorRef>,
    /// Mentions of a state's government (its capital, "Sudanese authorities"), in order.
    pub governments: &'a [(usize, ActorRef)],
    /// States named as places (see `DocActors::places`).
    pub places: &'a [(usize, ActorRef)],
    /// Verb forms after which a possessive is the target's (`[claims.anaphora] aimed_verbs`).
    pub aimed_verbs: &'a [String],
    /// A state's rulers' titles (`[claims.anaphora] sovereigns`).
    pub sovereigns: &'a [String],
}

impl Reading<'_> {
    /// The mentions a phrase may stand for: the latest ones (a phrase names someone
    /// recent; looking further back would make a long document quadratic).
    fn recent(&self) -> &[(usize, ActorRef)] {
        &self.history[self.history.len().saturating_sub(RECENT)..]
    }
}

/// How many earlier mentions a phrase may reach back over.
const RECENT: usize = 200;

/// "the army", "the armed forces", "government troops": the forces of the state the
/// sentence or the one before names, or of the story's own, the dateline's, or the
/// state named last.
fn forces_phrases(r: &Reading, anaphora: &Anaphora, slots: &mut Vec<Slot>) {
    let s_text = &r.text[r.ss..r.se];
    for (ps, pe, bare) in forces_spans(s_text, anaphora) {
        let (s, e) = (r.ss + ps, r.ss + pe);
        if slots.iter().any(|x| x.start < e && s < x.end) {
            continue;
        }
        // "In neighbouring Niger, the army ...": a state named as a place counts too, and
        // so does the dateline's in the sentence it opens ("QUETTA, Pakistan - ..., the
        // military said").
        let places = r
            .places
            .iter()
            .copied()
            .chain(r.dateline)
            .filter(|&(p, _)| p >= r.ss && p < s);
        // ("China-mediated talks with the military": a modifier's state owns no army
        // named after it.)
        let mut named: Vec<(usize, ActorRef)> = slots
            .iter()
            .filter(|x| x.end <= s && !x.phrase && !r.text[x.end..].starts_with('-'))
            .map(|x| (x.start, x.actors[0]))
            .chain(places)
            .collect();
        named.sort_by_key(|&(p, _)| p);
        let named: Vec<ActorRef> = named.into_iter().map(|(_, a)| a).collect();
        // ("attacks on army convoys" with no state in the sentence: the home state's
        // forces before those of a state named in passing before.)
        let home = || r.home.and_then(|h| (r.forces)(h));
        let in_sentence = named.iter().rev().find_map(|a| (r.forces)(*a));
        let since = |from: usize| {
            r.recent()
                .iter()
                .rev()
                .take_while(move |&&(p, _)| p >= from)
        };
        let recent = |from: usize| since(from).find_map(|(_, a)| (r.forces)(*a));
        // Forces named as such (no state's name): "... hand the city to Myanmar's military
        // junta. The KIA has fought the military".
        let named_forces = |from: usize| {
            since(from)
                .find(|&&(_, a)| (r.forces)(a) == Some(a))
                .map(|&(_, a)| a)
        };
        // (The sentence before counts only when its states are one: "the US flew in
        // ammunition, while Saudi Arabia, the UAE and Jordan sent arms. The army
        // commander ..." is the story's own army.)
        let sole_before = || {
            let mut forces = since(r.prev_start).filter_map(|(_, a)| (r.forces)(*a));
            let first = forces.next()?;
            named_forces(r.prev_start).or_else(|| forces.all(|f| f == first).then_some(first))
        };
        let latest = in_sentence
            .or_else(|| home().filter(|_| bare))
            .or_else(sole_before)
            .or_else(home)
            .or_else(|| r.dateline.and_then(|d| (r.forces)(d.1)))
            // (Before any state named earlier, forces named as such: "Uganda's army
            // entered Congo. Rwanda and Burundi sent troops too. The army fought ...".)
            .or_else(|| named_forces(0))
            .or_else(|| recent(0));
        if let Some(f) = latest {
            slots.push(Slot::phrase(s, e, f));
        }
    }
}

/// Adds the phrases of the sentence resolved to actors named before them.
pub(super) fn resolve_phrases(r: &Reading, anaphora: &Anaphora, slots: &mut Vec<Slot>) {
    colon_lists(r, anaphora, slots);
    loyal_forces(r, anaphora, slots);
    let s_text = &r.text[r.ss..r.se];
    forces_phrases(r, anaphora, slots);
    for (ps, pe) in titled_heads(s_text, anaphora) {
        let (s, e) = (r.ss + ps, r.ss + pe);
        if slots.iter().any(|x| x.start < e && s < x.end) {
            continue;
        }
        let head = &r.text[s..e].rsplit(' ').next().unwrap_or_default();
        let earlier = slots
            .iter()
            .filter(|x| x.end <= s && !x.phrase)
            .map(|x| (x.start, x.actors[0]));
        let named = r.recent().iter().copied().chain(earlier);
        let found = named
            .rev()
            .find(|&(p, _)| name_has(r.text, p, head))
            .map(|(_, a)| a);
        if let Some(a) = found {
            slots.push(Slot::phrase(s, e, a));
        }
    }
    for (ps, pe, n, reciprocal, want) in anaphora_spans(s_text, anaphora) {
        let (s, e) = (r.ss + ps, r.ss + pe);
        if slots.iter().any(|x| x.start < e && s < x.end)
            || unnamed_owner(r, slots, s)
            || apposed_to_name(r, slots, (s, e), n)
        {
            continue;
        }
        // A pair listed after a colon that follows the phrase (see `listed_after_colon`).
        let listed = (n == 2).then(|| listed_after_colon(r, slots, e)).flatten();
        // "Both were arrested", "the two leaders signed": only a pair joined by "and" just
        // before (a pair read further back is too often the wrong one).
        let phrase = r.text[s..e].to_ascii_lowercase();
        let joined_pair = n == 2
            && (matches!(phrase.as_str(), "both" | "the two")
                || JOINED_PAIR_PERSONS.iter().any(|h| phrase.ends_with(h)));
        if listed.is_some() || joined_pair {
            if let Some(pair) = listed.or_else(|| coordinated_antecedent(r, slots, s)) {
                slots.push(Slot {
                    start: s,
                    end: e,
                    actors: pair,
                    phrase: true,
                    reciprocal,
                });
            }
            continue;
        }
        let pair = (n == 1 && r.text[s..e].eq_ignore_ascii_case("they"))
            .then(|| coordinated_antecedent(r, slots, s))
            .flatten();
        let (picked, n) = match pair {
            Some(pair) => (pair, 2),
            None => (resolve_phrase(r, slots, (s, e), n, reciprocal, want), n),
        };
        // "X was living in Kabul when he was killed": a person's pronoun opening a
        // clause of time or place after the person's own name adds no party.
        let named_here = want == Want::Person
            && word_before(r.text, r.words, s).is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "when" | "where" | "after" | "before" | "while" | "until"
                )
            })
            && slots
                .iter()
                .any(|x| !x.phrase && x.end <= s && x.actors == picked);
        if picked.len() == n && !named_here {
            slots.push(Slot {
                start: s,
                end: e,
                actors: picked,
                phrase: true,
                reciprocal,
            });
        }
    }
    slots.sort_by_key(|x| x.start);
}

/// Count words before a plural noun that a colon list may spell out.
const COUNTS: [&str; 9] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// "talks with three insurgent fronts: the EPRDF, the EPLF and the OLF", "ULIMO split into
/// two factions: ULIMO-K, the wing of X, and ULIMO-J": a counted plural of parties right
/// before a colon stands for the parties listed after it, as many as it counts (an item
/// opens the list or follows a comma or "and"; names inside an item's apposition or after
/// its "of" are not items).
fn colon_lists(r: &Reading, anaphora: &Anaphora, slots: &mut Vec<Slot>) {
    let text = r.text;
    let sentence = &text[r.ss..r.se];
    for (at, _) in sentence.match_indices(": ") {
        let colon = r.ss + at;
        // The noun phrase before the colon: a count, up to two modifiers, a plural.
        let lead = &text[r.ss..colon];
        let words: Vec<&str> = lead.rsplit(' ').take(4).collect();
        let Some(count_at) = words.iter().position(|w| COUNTS.contains(w)) else {
            continue;
        };
        let head = words[0];
        let plural = anaphora.groups_nouns.iter().any(|g| g == head)
            || matches!(head, "fronts" | "movements" | "organisations");
        let modifiers_plain = words[1..count_at]
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
        if !plural || count_at == 0 || !modifiers_plain {
            continue;
        }
        let count = COUNTS
            .iter()
            .position(|c| *c == words[count_at])
            .map_or(0, |i| i + 2);
        let phrase_start = colon
            - words[..=count_at]
                .iter()
                .map(|w| w.len() + 1)
                .sum::<usize>()
            + 1;
        let list_end = text[colon..r.se].find(';').map_or(r.se, |i| colon + i);
        let mut items: Vec<ActorRef> = Vec::new();
        let mut last = colon + 1;
        for x in slots
            .iter()
            .filter(|x| x.start > colon && x.end <= list_end && !x.phrase && x.actors.len() == 1)
        {
            let glue = text[last..x.start]
                .trim_start_matches([')', ' '])
                .trim_end();
            // (One describing word, then an article: "and the communist Labour Party".)
            let glue = glue
                .rsplit_once(' ')
                .filter(|(_, w)| {
                    w.chars().all(char::is_lowercase) && !matches!(*w, "and" | "of" | "the")
                })
                .map_or(glue, |(g, _)| g.trim_end());
            let glue = if glue == "the" {
                ""
            } else {
                glue.strip_suffix(" the").unwrap_or(glue)
            };
            let opens = items.is_empty() && glue.is_empty();
            let joined = glue.ends_with(',') || glue.ends_with(" and") || glue == "and";
            if (opens || joined) && !items.contains(&x.actors[0]) {
                items.push(x.actors[0]);
            }
            last = x.end;
        }
        if items.len() == count {
            slots.push(Slot {
                start: phrase_start,
                end: colon,
                actors: items,
                phrase: true,
                reciprocal: false,
            });
        }
    }
}

/// "joined two federations that had fought each other: the G9, headed by X, and the
/// G-Pèp": a pair phrase before a colon stands for the first two parties listed after it
/// (persons aside), joined by "and".
fn listed_after_colon(r: &Reading, slots: &[Slot], e: usize) -> Option<Vec<ActorRef>> {
    let colon = e + r.text[e..r.se].find(": ")?;
    let list_end = r.text[colon..r.se].find(';').map_or(r.se, |i| colon + i);
    let person = |a: ActorRef| (r.kind_of)(a) == Kind::Person;
    let mut listed = slots
        .iter()
        .filter(|x| x.start > colon && x.end <= list_end && !x.phrase && x.actors.len() == 1)
        .filter(|x| !person(x.actors[0]));
    let (a, b) = (listed.next()?, listed.next()?);
    let joined = r.text[a.end..b.start].contains(" and ");
    (joined && a.actors[0] != b.actors[0]).then(|| vec![a.actors[0], b.actors[0]])
}

/// "X and Y met in Khujand, where they signed ...", "X and Y held talks. They agreed
/// ...": "they" stands for two names joined by "and" (each may carry a title: "Kyrgyz
/// President X and Tajik President Y"), the last names before it in this sentence or the
/// one before, but for names in a phrase of place or time ("in the Tajik city of").
fn coordinated_antecedent(r: &Reading, slots: &[Slot], s: usize) -> Option<Vec<ActorRef>> {
    let text = r.text;
    // Earlier mentions with where their names end, in order.
    let mut named: Vec<(usize, usize, ActorRef)> = r
        .recent()
        .iter()
        .filter(|&&(p, _)| p >= r.prev_start && p < r.ss)
        .map(|&(p, a)| (p, name_end(text, p), a))
        .collect();
    named.extend(
        slots
            .iter()
            .filter(|x| x.end <= s && !x.phrase && x.actors.len() == 1)
            .map(|x| (x.start, x.end, x.actors[0])),
    );
    named.sort_by_key(|&(p, _, _)| p);
    named.dedup_by_key(|&mut (p, _, _)| p);
    // ("Kyrgyz President X": a name read on into the next mention is a title's owner,
    // one word.)
    for k in 1..named.len() {
        let (p, next) = (named[k - 1].0, named[k].0);
        if named[k - 1].1 > next {
            let word = text[p..next]
                .split([' ', '\'', '’'])
                .next()
                .unwrap_or_default();
            named[k - 1].1 = p + word.len();
        }
    }
    // Past names in a phrase of place ("in the Tajik city of Khujand").
    let placed = |p: usize| {
        let prior: Vec<&str> = r
            .words
            .iter()
            .rev()
            .filter(|w| w.end <= p)
            .take(2)
            .map(|w| &text[w.start..w.end])
            .collect();
        prior.iter().any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "in" | "at" | "near" | "of" | "from" | "outside"
            )
        })
    };
    let mut i = named.len().checked_sub(1)?;
    while placed(named[i].0) {
        i = i.checked_sub(1)?;
    }
    // (A title is capitalized: "Kyrgyz President X", not "the United States struck X".)
    let titled = |owner: &(usize, usize, ActorRef), name: &(usize, usize, ActorRef)| {
        text.get(owner.1..name.0).is_some_and(|g| {
            title_glue(g)
                && g.split_whitespace()
                    .last()
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        })
    };
    let b = named[i];
    // The second name's start, before a title's owner.
    let b_start = match i.checked_sub(1) {
        Some(k) if titled(&named[k], &b) => {
            i = k;
            named[k].0
        }
        _ => b.0,
    };
    let a = named[i.checked_sub(1)?];
    let joined = text
        .get(a.1..b_start)
        .is_some_and(|g| matches!(g.trim(), "and" | "and the"));
    if !joined || a.2 == b.2 || placed(a.0) {
        return None;
    }
    // Nothing but a clause between the pair and "they" ("met on Thursday, where").
    let between = text.get(b.1..s)?;
    // ("X and Y said the militants had regrouped and that they ...": a plural named
    // between is nearer.)
    let plural = between
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| {
            w[0].eq_ignore_ascii_case("the")
                && w[1].len() > 3
                && w[1].ends_with('s')
                && w[1].starts_with(char::is_lowercase)
        });
    (!plural && !between.contains(['"', '“', '(', ';'])).then(|| vec![a.2, b.2])
}

/// "Viv Ansanm, the gang coalition that controls the capital, ... 400 Mawozo ... the
/// coalition's spokesman": a description ("the coalition", at `(s, e)`) stands for the
/// latest candidate the text described with its head noun, when the one picked (the
/// last named) was not: in an apposition after its name ("X, the gang coalition"), in a
/// description before it ("the gang coalition X"), or in the name itself ("the Three
/// Brotherhood Alliance").
fn described_as(
    r: &Reading,
    before: &[(usize, ActorRef)],
    (s, e): (usize, usize),
    picked: &[ActorRef],
) -> Option<ActorRef> {
    let &[last] = picked else {
        return None;
    };
    let head = strip_possessive(r.text[s..e].rsplit(' ').next()?).to_lowercase();
    if head == "group" || head.len() < 4 {
        return None;
    }
    let described = |p: usize| {
        let end = name_end(r.text, p);
        let name = r.text[p..end].to_lowercase();
        let after = r.text[end..].trim_start_matches(|c: char| c == ')' || c.is_alphanumeric());
        let apposed = after.strip_prefix(", ").is_some_and(|t| {
            let words: Vec<&str> = t
                .split(' ')
                .take(5)
                .take_while(|w| !w.contains([',', '.']))
                .collect();
            matches!(words.first().copied(), Some("the" | "a" | "an"))
                && words
                    .iter()
                    .any(|w| strip_possessive(w).eq_ignore_ascii_case(&head))
        });
        let from = (p.saturating_sub(40)..=p)
            .find(|&i| r.text.is_char_boundary(i))
            .unwrap_or(p);
        let lead = &r.text[from..p];
        let lead_words: Vec<&str> = lead.split_whitespace().rev().take(4).collect();
        let prefixed = lead_words
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case(&head))
            && lead_words
                .iter()
                .skip(1)
                .any(|w| matches!(*w, "the" | "The" | "a"));
        name.ends_with(&head) && name.len() > head.len() || apposed || prefixed
    };
    // The latest one so described, named before the last named one's latest mention,
    // when the last named was never so described itself.
    let earlier = || before.iter().filter(|&&(p, _)| p < s);
    let last_seen = earlier().filter(|&&(_, a)| a == last).map(|x| x.0).max()?;
    if earlier().any(|&(q, b)| b == last && described(q)) {
        return None;
    }
    let &(p, a) = earlier().rev().find(|&&(p, _)| described(p))?;
    (a != last && last_seen > p).then_some(a)
}

/// "Sudan armed the LRA, using it as a proxy against Kampala, which it accused of backing
/// the SPLA. Sudan denied arming the movement": a description of a group stands for the
/// party this sentence and the one before are about (named or meant there at least
/// twice), over the one named last when that one is named there only once.
fn topic_over_last(
    r: &Reading,
    before: &[(usize, ActorRef)],
    s: usize,
    picked: &[ActorRef],
) -> Option<ActorRef> {
    let &[last] = picked else {
        return None;
    };
    // (From the start of the sentence before: past the end of the one before that.)
    let prev = r.text[..r.ss].trim_end();
    let prev = prev.strip_suffix(|_: char| true).unwrap_or(prev);
    let from = prev.rfind(['.', '\n']).map_or(0, |i| i + 1);
    // (An acronym in brackets after a name is no second mention.)
    let window: Vec<(usize, ActorRef)> = before
        .iter()
        .copied()
        .filter(|&(p, _)| p >= from && p < s && !r.text[..p].ends_with('('))
        .collect();
    let count = |a: ActorRef| window.iter().filter(|x| x.1 == a).count();
    // Whether the one named last opens this very sentence, as its subject.
    let opening = window
        .iter()
        .find(|x| x.0 >= r.ss)
        .filter(|&&(p, a)| a == last && gap_words(r.words, r.ss, p) <= 1);
    // (Not over that subject in a clause before the phrase's: "The FACT vowed to march on
    // N'Djamena, but the army pushed the rebels back"; in the phrase's own clause it is no
    // antecedent, "Ansar Dine fought alongside the separatists".)
    let opens_clause_before = opening.is_some_and(|&(p, _)| {
        [", but ", ", and ", "; ", ", while ", ", although "]
            .iter()
            .any(|j| r.text[p..s].contains(j))
    });
    if count(last) != 1 || opens_clause_before {
        return None;
    }
    let mut topics: Vec<ActorRef> = window.iter().map(|x| x.1).filter(|&a| a != last).collect();
    topics.sort();
    topics.dedup();
    // (A party named once in this very sentence gives way only to one this sentence
    // names too, "X, a brother of the RSF's leader, is the group's deputy commander";
    // but for the subject of the phrase's own clause.)
    let here = |a: ActorRef| window.iter().any(|x| x.1 == a && x.0 >= r.ss);
    let subject = opening.is_some();
    let mut topics = topics
        .into_iter()
        .filter(|&a| count(a) >= 2 && (here(a) || subject || !here(last)));
    let topic = topics.next()?;
    topics.next().is_none().then_some(topic)
}

/// Whether a possessor's role (up to three lowercase words, an optional comma after)
/// stands between the possessor `a` and the name `y`: "Putin's former bodyguard, Viktor
/// Zolotov", "Qatar's emir, X" (the name is the one the role names).
pub(super) fn possessor_role_between(text: &str, a: &Slot, y: &Slot) -> bool {
    // (A phrase's span holds its possessive: "the country's".)
    let own = text[a.start..a.end].ends_with("'s") || text[a.start..a.end].ends_with("’s");
    let Some(role) = text.get(a.end..y.start).and_then(|g| {
        g.strip_prefix("'s ")
            .or_else(|| g.strip_prefix("’s "))
            .or_else(|| own.then(|| g.strip_prefix(' ')).flatten())
    }) else {
        return false;
    };
    let role = role.trim_end();
    let role = role.strip_suffix(',').unwrap_or(role);
    let words: Vec<&str> = role.split_whitespace().collect();
    // ("the country's de facto president and army chief General X": a longer role, and a
    // capitalized rank or two before the name.)
    // (An age is a describing word too: "37-year-old".)
    let lower = |w: &&str| {
        w.chars()
            .all(|ch| ch.is_lowercase() || ch == '-' || ch.is_ascii_digit())
    };
    let n = words.iter().take_while(|w| lower(w)).count();
    let ranks = &words[n..];
    // ("Déby's son, General X": the role set off, a rank or two before the name.)
    let set_off = match ranks.split_first() {
        Some((role, rest)) => {
            n < 3
                && role.strip_suffix(',').is_some_and(|r| lower(&r))
                && rest.len() <= 2
                && rest.iter().all(|w| w.starts_with(char::is_uppercase))
        }
        None => false,
    };
    (1..=3).contains(&n) && ranks.is_empty()
        || set_off
        || (4..=6).contains(&n)
            && words[..n].contains(&"and")
            && ranks.len() <= 2
            && ranks.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// Where the name of a mention starting at `p` ends: its capitalized words and the
/// connectors between them (read from the text: the mention may be an earlier
/// sentence's).
fn name_end(text: &str, p: usize) -> usize {
    let mut end = p;
    let mut at = p;
    for w in text[p..].split(' ') {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let connector = end > p && matches!(w, "of" | "al" | "de" | "the");
        if w.is_empty() || !(w.starts_with(char::is_uppercase) || connector) {
            break;
        }
        if !connector {
            end = at + bare.len();
        }
        if bare.len() < w.len() {
            break;
        }
        at += w.len() + 1;
    }
    end
}

/// "clashes between the army and forces loyal to (the) X": forces, fighters or troops (the
/// lexicon's member nouns) loyal to a party are that party; its name's slot reaches back
/// over them.
fn loyal_forces(r: &Reading, anaphora: &Anaphora, slots: &mut [Slot]) {
    for k in 0..slots.len() {
        let x = &slots[k];
        if x.phrase || x.actors.len() != 1 {
            continue;
        }
        let head = &r.text[r.ss..x.start];
        let head = head.strip_suffix("the ").unwrap_or(head);
        let Some(before) = head.strip_suffix(" loyal to ") else {
            continue;
        };
        let noun = before.rsplit(' ').next().unwrap_or_default();
        let start = r.ss + before.len() - noun.len();
        let forces = anaphora
            .member_nouns
            .iter()
            .any(|m| m.eq_ignore_ascii_case(noun));
        if forces && !slots[..k].iter().any(|y| y.end > start) {
            slots[k].start = start;
        }
    }
}

/// "Prigozhin's fighters attacked ...": a person's fighters, troops or men (the lexicon's
/// member nouns) act for the person; the person's slot reaches over them. (Read after
/// `governments`: a head of state's forces are the state's, "Hadi's forces".)
pub(super) fn persons_men(r: &Reading, anaphora: &Anaphora, slots: &mut [Slot]) {
    for k in 0..slots.len() {
        let x = &slots[k];
        if x.phrase || x.actors.len() != 1 || (r.kind_of)(x.actors[0]) != Kind::Person {
            continue;
        }
        let Some(rest) = ["'s ", "’s "]
            .iter()
            .find_map(|g| r.text[x.end..r.se].strip_prefix(g))
        else {
            continue;
        };
        let noun = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        let end = r.se - rest.len() + noun.len();
        let men = anaphora.member_nouns.iter().any(|m| m == noun);
        if men && !slots.iter().any(|y| y.start > x.end && y.start < end) {
            slots[k].end = end;
        }
    }
}

/// "Los Lobos, the largest gang in Ecuador, which ...": a description set off after a name
/// describes that name; it is no party of its own (and the clause after it stays the
/// name's).
/// Set off on both sides: a comma closes it a few words on ("Calling itself X, the
/// splinter group is believed ..." has the description for its subject). A possessive
/// owns a role ("said X, the movement's leader").
fn apposed_to_name(r: &Reading, slots: &[Slot], (s, e): (usize, usize), n: usize) -> bool {
    let before = &r.text[r.ss..s];
    let Some(b) = before.strip_suffix(", ") else {
        return false;
    };
    let word = &r.text[s..e];
    let closed = r.text[e..r.se]
        .split_once(',')
        .is_some_and(|(gap, _)| gap.split_whitespace().count() <= 6);
    n == 1
        && closed
        && !word.ends_with("'s")
        && !word.ends_with("’s")
        && (word.starts_with("the ") || word.starts_with("The "))
        && slots
            .iter()
            .any(|x| !x.phrase && x.end == r.ss + b.len() && x.actors.len() == 1)
}

/// "M Invest and its subsidiary": "its" belongs to the name joined right before it; when
/// that name is none the document knows, the pronoun stands for no one named earlier.
fn unnamed_owner(r: &Reading, slots: &[Slot], s: usize) -> bool {
    let before = r.text[r.ss..s].trim_end();
    let Some(rest) = before.strip_suffix(" and") else {
        return false;
    };
    let rest = rest.trim_end();
    let Some(w) = r.words.iter().rev().find(|w| w.end <= r.ss + rest.len()) else {
        return false;
    };
    let first_word = r.words.first().is_some_and(|f| f.start == w.start);
    w.end == r.ss + rest.len()
        && !first_word
        && r.text[w.start..].starts_with(char::is_uppercase)
        && !slots.iter().any(|x| x.start < w.end && w.start < x.end)
}

/// "the Alliance", "the Front": a capitalized head noun of a name, alone after "the",
/// stands for the organization last named with that word in its name; so do a few in
/// lowercase ("the mission"). Byte spans relative to the sentence.
fn titled_heads(sentence: &str, a: &Anaphora) -> Vec<(usize, usize)> {
    let lower = sentence.to_ascii_lowercase(); // byte offsets stay those of `sentence`
    let mut out = Vec::new();
    let mut at = 0;
    // "the Alliance", "another Alliance member".
    let next = |at: usize| {
        ["the ", "another "]
            .iter()
            .filter_map(|d| lower[at..].find(d).map(|i| (at + i, d.len())))
            .min()
    };
    while let Some((i, n)) = next(at) {
        at = i + n;
        if i > 0 && sentence[..i].ends_with(char::is_alphanumeric) {
            continue;
        }
        let rest = &sentence[i + n..];
        let len = rest
            .find(|ch: char| !ch.is_alphanumeric())
            .unwrap_or(rest.len());
        let word = &rest[..len];
        let titled = word.starts_with(char::is_uppercase)
            && word.chars().skip(1).all(char::is_lowercase)
            && (a.group_nouns.iter().any(|g| g.eq_ignore_ascii_case(word))
                || a.titled_heads.iter().any(|g| g.eq_ignore_ascii_case(word)))
            || a.named_heads.iter().any(|g| g == word);
        // "the Alliance for Peace", "the Front of X": the start of a longer name.
        let after = rest[len..].trim_start();
        let continues = after.starts_with(char::is_uppercase)
            || after.starts_with("of ")
            || after.starts_with("for ")
            || rest[len..].starts_with(['-', '\'', '’'])
                && !["'s ", "’s "].iter().any(|g| rest[len..].starts_with(g));
        if titled && !continues {
            out.push((i + n, i + n + len));
        }
    }
    out
}

/// Whether the name starting at byte `pos` holds `head` as one of its words.
fn name_has(text: &str, pos: usize, head: &str) -> bool {
    let end = (pos + 80).min(text.len());
    let end = (end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    for token in text[pos..end].split_whitespace().take(8) {
        let w = token.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        // ("the Multinational Security Support (MSS) mission": past its acronym; a head
        // in lowercase, as "the mission", in any case.)
        if token.starts_with('(') && token.ends_with(')') {
            continue;
        }
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        if w == head || head.starts_with(char::is_lowercase) && w.eq_ignore_ascii_case(head) {
            return true;
        }
        let name_word =
            w.starts_with(char::is_uppercase) || matches!(w, "of" | "for" | "the" | "al" | "and");
        if !name_word {
            return false;
        }
        // A name ends at punctuation: "the Arakan Army, the Alliance".
        if w.len() < token.len() {
            return false;
        }
    }
    false
}

/// "the army", "the armed forces", "government troops": phrases that stand for a state's
/// armed forces, as byte spans relative to the sentence.
/// `(start, end, bare)`: bare for a force noun before a place of its ("army convoys").
pub(super) fn forces_spans(sentence: &str, a: &Anaphora) -> Vec<(usize, usize, bool)> {
    let lower = sentence.to_ascii_lowercase();
    // The runs of alphanumeric chars.
    let mut toks: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in lower.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                toks.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        toks.push((s, lower.len()));
    }
    let w = |i: usize| toks.get(i).map_or("", |t| &lower[t.0..t.1]);
    let upper = |i: usize| {
        toks.get(i)
            .is_some_and(|t| sentence[t.0..].starts_with(char::is_uppercase))
    };
    let mut out = Vec::new();
    let mut i = 0;
    // The noun, one word or two ("armed forces"), compared without allocating.
    let noun_at = |k: usize, n: usize| {
        (k..k + n).all(|j| j < toks.len() && !upper(j))
            && a.forces_nouns.iter().any(|f| match f.split_once(' ') {
                None => n == 1 && f == w(k),
                Some((x, y)) => n == 2 && x == w(k) && y == w(k + 1),
            })
    };
    while i < toks.len() {
        // "ambushes on army convoys", "attacks on military posts": a bare force noun
        // before a place or unit of a force, after no name ("Malian army convoys" is the
        // recognizer's) and no article or possessive ("the army's convoys" is the noun's).
        // (The noun compared first, whole: most tokens are none.)
        let bare_site = a.forces_nouns.iter().any(|f| f == w(i))
            && !upper(i)
            && a.forces_sites.iter().any(|x| x == w(i + 1))
            && lower[toks[i].1..toks.get(i + 1).map_or(toks[i].1, |t| t.0)] == *" "
            && (i == 0 || !upper(i - 1) && !matches!(w(i - 1), "the" | "its" | "their" | "his"));
        if bare_site {
            out.push((toks[i].0, toks[i].1, true));
            i += 2;
            continue;
        }
        let article = w(i) == "the";
        let qualified = !article && a.forces_qualifiers.iter().any(|q| q == w(i));
        if !article && !qualified {
            i += 1;
            continue;
        }
        // "the army soldiers" and "the army": a qualifier only before a noun.
        let k = if article
            && a.forces_qualifiers.iter().any(|q| q == w(i + 1))
            && (noun_at(i + 2, 1) || noun_at(i + 2, 2))
        {
            i + 2
        } else {
            i + 1
        };
        let noun_end = [2, 1].into_iter().find(|&n| noun_at(k, n));
        match noun_end {
            // "the army of Chad" names its owner: that is the recognizer's to read.
            Some(n) if (article || qualified) && w(k + n) != "of" && !upper(i + 1) => {
                out.push((toks[i].0, toks[k + n - 1].1, false));
                i = k + n;
            }
            _ => i += 1,
        }
    }
    out
}

/// Whether a phrase that wants `want` may stand for an actor of kind `k`.
fn fits(want: Want, k: Kind) -> bool {
    match (want, k) {
        (Want::Person, k) => k == Kind::Person,
        (_, Kind::Person) => false,
        (Want::Groups, k) => matches!(k, Kind::Organization | Kind::Agency),
        (Want::Armed, k) => k == Kind::Organization,
        (Want::Alliance, k) => matches!(k, Kind::Organization | Kind::Igo),
        (Want::States | Want::Home, k) => k == Kind::State,
        (Want::Any, _) => true,
    }
}

/// The `n` actors a phrase at `span` stands for, of the kinds it wants.
/// The names that open the clause of byte `s`, one or several joined by "and" or commas
/// ("The Nigerian army and the CJTF have ...").
/// Who an object phrase at `s..e` cannot stand for: its clause's subjects, or for a
/// possessive after a violent verb ("accused X of attacking its soldiers") the name
/// before, who attacks.
fn object_subjects(r: &Reading, slots: &[Slot], (s, e): (usize, usize)) -> Vec<ActorRef> {
    if matches!(&r.text[s..e].split(' ').next(), Some("its" | "their")) {
        return slots
            .iter()
            .rev()
            .find(|x| !x.phrase && x.end <= s && x.actors.len() == 1)
            .map(|x| x.actors.clone())
            .unwrap_or_default();
    }
    clause_subjects(r, slots, s)
}

fn clause_subjects(r: &Reading, slots: &[Slot], s: usize) -> Vec<ActorRef> {
    let from = clause_start(r.text, r.ss, s);
    // ("All three governments armed them": a phrase standing for parties opens the
    // clause, and the object is none of them.)
    // (A reported clause opens after its "that".)
    let opens = r.text[from..s]
        .rfind(" that ")
        .map_or(from, |k| from + k + 6);
    let phrase = slots.iter().find(|x| {
        x.phrase && x.start >= opens && x.end <= s && gap_words(r.words, opens, x.start) <= 1
    });
    if let Some(p) = phrase.filter(|p| p.actors.len() > 1) {
        return p.actors.clone();
    }
    let mut named = slots
        .iter()
        .filter(|x| !x.phrase && x.actors.len() == 1 && x.start >= from && x.end <= s);
    // ("Yahya Sinwar's leadership of Hamas ended when troops killed him": a possessive
    // only determines the subject.)
    let Some(first) = named.next().filter(|x| {
        gap_words(r.words, from, x.start) <= 2
            && !r.text[x.end..].starts_with("'s")
            && !r.text[x.end..].starts_with("’s")
    }) else {
        return Vec::new();
    };
    let mut out = vec![first.actors[0]];
    let mut end = first.end;
    for x in named {
        let glue = r.text[end..x.start].trim().to_ascii_lowercase();
        if !matches!(
            glue.as_str(),
            "and" | "and the" | "," | ", the" | ", and" | ", and the"
        ) {
            break;
        }
        out.push(x.actors[0]);
        end = x.end;
    }
    out
}

/// Whether the phrase at byte `s` follows a verb: a lowercase word before it that is no
/// preposition or conjunction ("fought both groups", not "between both groups").
fn after_verb(r: &Reading, s: usize) -> bool {
    word_before(r.text, r.words, s)
        .map(str::to_ascii_lowercase)
        .is_some_and(|p| {
            p.chars().all(|c| c.is_ascii_lowercase())
                && p.len() > 2
                && !matches!(
                    p.as_str(),
                    "between"
                        | "against"
                        | "towards"
                        | "toward"
                        | "during"
                        | "with"
                        | "from"
                        | "for"
                        | "and"
                        | "but"
                        | "that"
                        | "which"
                        | "who"
                        | "into"
                        | "onto"
                        | "upon"
                        | "about"
                        | "among"
                        | "amid"
                        | "over"
                        | "under"
                        | "after"
                        | "before"
                        | "since"
                        | "while"
                        | "than"
                        | "the"
                        | "said"
                        | "says"
                )
        })
}

/// "in Tajikistan, whose president": "whose" stands for the name right before it (at
/// byte `s`), a place's state too. Not a name behind a preposition that ends an
/// apposition ("FACT, a rebel group from Chad, whose leader"): the usual resolution then.
fn whose_antecedent(r: &Reading, slots: &[Slot], s: usize) -> Option<ActorRef> {
    let before = r.text[r.ss..s].trim_end().trim_end_matches(',').trim_end();
    let end = r.ss + before.len();
    let x = slots.iter().find(|x| x.end == end && x.actors.len() == 1);
    let apposed = x.is_some_and(|x| {
        let lead = r.text[r.ss..x.start].trim_end();
        let prep = lead.rsplit(' ').next().unwrap_or_default();
        matches!(
            prep,
            "from" | "of" | "in" | "at" | "near" | "with" | "to" | "by"
        ) && lead.contains(", a ")
    });
    if apposed {
        return None;
    }
    let named = x.map(|x| x.actors[0]);
    let place = || {
        r.places
            .iter()
            .rev()
            .find(|&&(p, _)| {
                p < end
                    && !r.text[p..end].contains(',')
                    && r.text[p..end].split_whitespace().count() <= 3
            })
            .map(|&(_, a)| a)
    };
    named.or_else(place)
}

/// Whether the pronoun at byte `s` is an object: "them", "him", "her", or "it" right
/// after a verb ("gives it", "backing it"), not after a preposition or opening a clause.
fn object_pronoun(r: &Reading, s: usize) -> bool {
    let word = r.text[s..]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let prev = word_before(r.text, r.words, s).map(str::to_ascii_lowercase);
    // "guarantee it won't serve": a pronoun before its own verb is a subject.
    let next = r
        .words
        .iter()
        .find(|w| w.start > s)
        .map(|w| r.text[w.start..w.end].to_ascii_lowercase())
        .unwrap_or_default();
    let verb_next = matches!(
        next.as_str(),
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "won't"
            | "wouldn't"
            | "can"
            | "could"
            | "cannot"
            | "can't"
            | "must"
            | "should"
            | "may"
            | "might"
            | "did"
            | "does"
            | "do"
            | "didn't"
            | "doesn't"
            | "had'nt"
    ) || next.starts_with("won")
        || next.starts_with("isn")
        || next.starts_with("wasn")
        || (next.len() > 3 && next.ends_with("ed"));
    if verb_next {
        return false;
    }
    match word {
        "them" | "him" | "her" => true,
        // "accused X of attacking its soldiers": whose soldiers a violent act is aimed at
        // is not the one who acts.
        "its" | "their" => prev.is_some_and(|p| r.aimed_verbs.contains(&p)),
        "it" => prev.is_some_and(|p| {
            p.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(
                    p.as_str(),
                    "to" | "of"
                        | "for"
                        | "with"
                        | "from"
                        | "by"
                        | "on"
                        | "in"
                        | "at"
                        | "and"
                        | "or"
                        | "but"
                        | "that"
                        | "which"
                        | "as"
                        | "because"
                        | "if"
                        | "when"
                        | "while"
                        | "after"
                        | "before"
                        | "since"
                        | "said"
                        | "says"
                        | "whether"
                        | "than"
                        | "where"
                        | "though"
                        | "although"
                        | "until"
                        | "unless"
                )
        }),
        _ => false,
    }
}

/// A phrase whose antecedent is settled before any search: "the government" of the
/// home state, "whose" after its name, a pronoun reporting its speaker's words; or else
/// the kind of actor to search for.
fn settled(
    r: &Reading,
    slots: &[Slot],
    (s, e): (usize, usize),
    (n, reciprocal): (usize, bool),
    want: Want,
) -> Result<ActorRef, Want> {
    if want == Want::Home {
        if let Some(h) = home_for(r, slots, s) {
            return Ok(h);
        }
    }
    let want = if want == Want::Home {
        Want::States
    } else {
        want
    };
    let want = if &r.text[s..e] == "whose" {
        if let Some(a) = whose_antecedent(r, slots, s) {
            return Ok(a);
        }
        Want::Groups
    } else {
        want
    };
    if n == 1 && !reciprocal {
        if let Some(a) = speaker_of_clause(r, slots, (s, e), want) {
            return Ok(a);
        }
        if let Some(a) = subject_after_adjunct(r, slots, s, want) {
            return Ok(a);
        }
    }
    Err(want)
}

/// "After his men fought the Badr Organisation, Sadr ordered a halt": "his" in an
/// adjunct opening the sentence stands for the person named first after its comma.
fn subject_after_adjunct(r: &Reading, slots: &[Slot], s: usize, want: Want) -> Option<ActorRef> {
    let first = r.text[s..].split(' ').next().unwrap_or_default();
    if want != Want::Person || !matches!(first, "his" | "His" | "her" | "Her") {
        return None;
    }
    let sentence = &r.text[r.ss..r.se];
    // ("That August, after his men ...": a time phrase may stand before the adjunct.)
    let lead = sentence
        .split_once(", ")
        .filter(|(t, _)| t.split(' ').count() <= 3 && !t.contains(['"', '“']))
        .map_or(0, |(t, _)| t.len() + 2);
    let adjunct = opening_adjunct(&sentence[lead..]);
    let comma = r.ss + lead + adjunct;
    if adjunct == 0 || s >= comma {
        return None;
    }
    let x = slots.iter().find(|x| x.start > comma)?;
    let opens = r.text[comma..x.start]
        .trim_start_matches(',')
        .trim()
        .is_empty();
    (opens && !x.phrase && x.actors.len() == 1 && (r.kind_of)(x.actors[0]) == Kind::Person)
        .then_some(x.actors[0])
}

fn resolve_phrase(
    r: &Reading,
    slots: &[Slot],
    (s, e): (usize, usize),
    n: usize,
    reciprocal: bool,
    want: Want,
) -> Vec<ActorRef> {
    let want = match settled(r, slots, (s, e), (n, reciprocal), want) {
        Ok(a) => return vec![a],
        Err(want) => want,
    };
    // "evidence that it was sending weapons", after "Sudan's armed forces": "it" stands
    // for no name whose last word is a common noun in the plural.
    let singular = matches!(&r.text[s..e], "it" | "It" | "its" | "Its");
    // "According to UN experts, its fighters ...": the source set before the clause is
    // no antecedent of what it reports.
    let source = source_adjunct(&r.text[r.ss..s]).map(|(a, b)| (r.ss + a, r.ss + b));
    let earlier = slots
        .iter()
        .filter(|x| x.end <= s && !x.phrase)
        .filter(|x| source.is_none_or(|(a, b)| x.start < a || x.end > b))
        .filter(|x| !(singular && plural_common(&r.text[x.start..x.end])))
        .map(|x| (x.start, x.actors[0]));
    // A pronoun does not stand for a name its own sentence gives later ("they are
    // welcomed as guests of the Front"); a possessive opening the sentence may ("Its
    // political arm, the IAF, said it had no links to the Brotherhood").
    let opening_possessive =
        matches!(&r.text[s..e], "Its" | "Their") && gap_words(r.words, r.ss, s) == 0;
    let later: Vec<ActorRef> = slots
        .iter()
        .filter(|x| x.start >= e && !x.phrase && !opening_possessive)
        .map(|x| x.actors[0])
        .collect();
    // "it" does not stand for a name that only modifies a noun ("a leaked UN document").
    let pronoun = want == Want::Any && n == 1 && !reciprocal;
    // "Rwandan troops ... leaders of both countries": for states, a state's forces
    // count as the state.
    let as_state = |(p, a): (usize, ActorRef)| match (want, (r.kind_of)(a)) {
        (Want::States, Kind::Agency) => (p, (r.state_of_forces)(a).unwrap_or(a)),
        _ => (p, a),
    };
    let subjects = excluded_subjects(r, slots, (s, e), (n, reciprocal));
    // "The Qassam Brigades, the group's armed wing": a possessive set off after a name is
    // another's, the name's owner.
    let possessive = r.text[s..e].ends_with("'s") || r.text[s..e].ends_with("’s");
    let apposed = r.text[r.ss..s].strip_suffix(", ").and_then(|b| {
        slots
            .iter()
            .find(|x| !x.phrase && x.end == r.ss + b.len() && x.actors.len() == 1)
            .map(|x| x.actors[0])
    });
    let owned_by_other = |a: &ActorRef| possessive && apposed == Some(*a);
    let partners: Vec<ActorRef> = slots
        .iter()
        .filter(|x| x.end <= s && !x.phrase && co_agent(r, slots, x))
        .flat_map(|x| x.actors.iter().copied())
        .collect();
    let before: Vec<(usize, ActorRef)> = r
        .recent()
        .iter()
        .copied()
        .chain(earlier)
        .filter(|(_, a)| !partners.contains(a))
        .map(as_state)
        .filter(|(_, a)| !owned_by_other(a))
        .filter(|(_, a)| fits(want, (r.kind_of)(*a)))
        .filter(|(_, a)| n != 1 || !later.contains(a))
        .filter(|(_, a)| !subjects.contains(a))
        .filter(|&(p, _)| !(pronoun && indefinite_modifier(r.text, p)))
        .collect();
    let before = without_apposed_owners(r.text, recent_persons(r, (s, e), want, before), n);
    if let Some(ruler) = sovereign(r, (s, e), &before) {
        return ruler;
    }
    let mut picked = last_distinct(&before, n, s);
    let description = matches!(want, Want::Groups | Want::Armed | Want::Alliance)
        && !r.text[s..e].starts_with("it");
    let the = r.text[s..e].starts_with("the ") || r.text[s..e].starts_with("The ");
    // "formed the DKBA ... The army armed the new group": a group just formed is the
    // one named last, whatever the sentences are about.
    let fresh = r.text[s..e]
        .split(' ')
        .any(|w| matches!(w, "new" | "newly" | "breakaway" | "splinter"));
    if n == 1 && description && the && !fresh {
        if let Some(subject) = previous_subject(r, &before, &picked) {
            picked = vec![subject];
        }
        if let Some(a) = described_as(r, &before, (s, e), &picked) {
            picked = vec![a];
        } else if let Some(a) = topic_over_last(r, &before, s, &picked) {
            picked = vec![a];
        }
    }
    if n == 2 {
        if let Some(pair) = two_sides(r, &before, s, &picked) {
            picked = pair;
        }
    }
    // "denied arming the paramilitary group ..., evidence that it sent weapons to the
    // Rapid Support Forces": a description of a group with no one before it names the
    // first organization after it ("its" is no description).
    // (Not one opening its sentence: "The militia, led by X, fought the Taliban" names
    // its foe after it, not itself.)
    if picked.is_empty() && n == 1 && description && s != r.ss {
        if let Some(&a) = later.iter().find(|a| fits(Want::Armed, (r.kind_of)(**a))) {
            picked = vec![a];
        }
    }
    if let Some(subject) = apposed_subject(r, slots, (s, e), want, &picked) {
        picked = vec![subject];
    }
    if n == 1 {
        if let Some(a) = continued_reading(r, slots, (s, e), (want, reciprocal), &before) {
            picked = a;
        }
    }
    picked
}

/// Who a phrase at `s..e` (standing for `n` actors) cannot stand for: "Venezuela gives it
/// shelter", "X and Y jointly fought both groups": an object stands for none of its own
/// clause's subjects ("each other" is the subjects themselves); "The Mexican army pushed
/// them back": nor for the state whose forces the subject is; nor for one accused of the
/// act (`accused_of_act`).
fn excluded_subjects(
    r: &Reading,
    slots: &[Slot],
    (s, e): (usize, usize),
    (n, reciprocal): (usize, bool),
) -> Vec<ActorRef> {
    let object = object_pronoun(r, s) || (n == 2 && after_verb(r, s));
    let mut subjects = if object && !reciprocal {
        object_subjects(r, slots, (s, e))
    } else {
        Vec::new()
    };
    let states: Vec<ActorRef> = subjects
        .iter()
        .filter_map(|&a| (r.state_of_forces)(a))
        .collect();
    subjects.extend(states);
    subjects.extend(accused_of_act(r, slots, s));
    if object {
        subjects.extend(reporter_of(r, slots, s));
    }
    subjects
}

/// "The UN has reported that all three governments armed it": the party whose report
/// a "that" clause gives, the name before its verb; an object inside the report is
/// someone else.
fn reporter_of(r: &Reading, slots: &[Slot], s: usize) -> Option<ActorRef> {
    let that = r.text[r.ss..s].rfind(" that ")? + r.ss;
    let mut before = r.text[r.ss..that].split_whitespace().rev();
    let verb = before.next()?;
    let reports = SPEAKING.contains(&verb)
        || matches!(
            verb,
            "reported" | "reports" | "found" | "concluded" | "alleged"
        );
    let speaker = slots
        .iter()
        .filter(|x| x.end <= that && x.actors.len() == 1)
        .max_by_key(|x| x.end)?;
    // (The verb and an auxiliary at most after the name: "X has reported that".)
    let close = gap_words(r.words, speaker.end, that) <= 3;
    (reports && close).then_some(speaker.actors[0])
}

/// Verbs after which a pronoun opening the reported clause stands for the one who speaks.
const SPEAKING: [&str; 14] = [
    "say",
    "says",
    "said",
    "claim",
    "claims",
    "claimed",
    "insist",
    "insists",
    "insisted",
    "admitted",
    "denied",
    "denies",
    "confirmed",
    "announced",
];

/// "The armed forces say they have raided ...", "The military said on Sunday that its
/// offensive ...": a pronoun opening the clause a party's speech verb reports stands for
/// that party, a name or a state's forces ("the armed forces").
fn speaker_of_clause(
    r: &Reading,
    slots: &[Slot],
    (s, e): (usize, usize),
    want: Want,
) -> Option<ActorRef> {
    if !matches!(
        &r.text[s..e],
        "they" | "it" | "its" | "their" | "he" | "she" | "his" | "her"
    ) {
        return None;
    }
    let speaker = slots
        .iter()
        .filter(|x| x.end <= s && x.actors.len() == 1)
        .max_by_key(|x| x.end)?;
    let gap: Vec<&str> = r.text[speaker.end..s].split_whitespace().collect();
    let (verb, rest) = gap.split_first()?;
    // "said it", "said that its", "said on Sunday that it" (a few words of time).
    let reported = match rest {
        [] | ["that"] => true,
        [.., "that"] => rest.len() <= 4 && rest.iter().all(|w| !w.contains(',')),
        _ => false,
    };
    let a = speaker.actors[0];
    // (Of descriptions, only a state's forces: "the coalition says it" is read as before.)
    let sure = !speaker.phrase || (r.kind_of)(a) == Kind::Agency;
    (SPEAKING.contains(verb) && reported && sure && fits(want, (r.kind_of)(a))).then_some(a)
}

/// "The AIS, the armed wing of the FIS, has dissolved itself. The group's emir ...": a
/// description of a group whose nearest candidate was named in an apposition after the
/// subject of an earlier sentence stands for that subject, the name opening it.
fn previous_subject(
    r: &Reading,
    before: &[(usize, ActorRef)],
    picked: &[ActorRef],
) -> Option<ActorRef> {
    let &[last] = picked else {
        return None;
    };
    // The sentence of the nearest candidate, an earlier one.
    if before.iter().any(|&(p, a)| a == last && p >= r.ss) {
        return None;
    }
    let last_pos = before
        .iter()
        .filter(|&&(p, a)| a == last && p < r.ss)
        .map(|x| x.0)
        .max()?;
    let from = r.text[..last_pos]
        .rfind(". ")
        .map_or(0, |i| i + 2)
        .max(r.text[..last_pos].rfind('\n').map_or(0, |i| i + 1));
    let in_previous = |p: usize| p >= from && p < r.ss;
    let (first_pos, subject) = *before
        .iter()
        .filter(|(p, _)| in_previous(*p))
        .min_by_key(|x| x.0)?;
    // The name opens its sentence ("The AIS", "ALGIERS — The AIS").
    let lead = &r.text[from..first_pos];
    let lead = lead.rsplit(['—', '–']).next().unwrap_or(lead);
    let opens = lead.split_whitespace().all(|w| matches!(w, "The" | "the"));
    let last_there = before.iter().any(|&(p, a)| a == last && in_previous(p));
    // (Only a name in an apposition set off after the subject: "The AIS, the armed wing
    // of the FIS, ..."; not "The Taliban sheltered al-Qaeda. The group's leader ...".)
    let apposed = r
        .text
        .get(name_end(r.text, first_pos)..last_pos)
        .is_some_and(|t| {
            // (An acronym in brackets may close the name first: "The Islamic Salvation
            // Army (AIS), the armed wing of ...".)
            let t = t.trim_start();
            let t = match t.strip_prefix('(') {
                Some(rest) => rest.split_once(')').map_or("", |(_, after)| after),
                None => t,
            };
            t.starts_with(',')
        });
    if !apposed {
        return None;
    }
    let last_after = !before.iter().any(|&(p, a)| a == last && p < first_pos);
    (opens && subject != last && last_there && last_after).then_some(subject)
}

/// "accused the Taliban government of giving the insurgents sanctuary": the one accused
/// of an act (a gerund right before the phrase) is not its object.
fn accused_of_act(r: &Reading, slots: &[Slot], s: usize) -> Vec<ActorRef> {
    let Some(gerund) = r.words.iter().rev().find(|w| w.end <= s) else {
        return Vec::new();
    };
    let word = &r.text[gerund.start..gerund.end];
    if word.len() < 5 || !word.ends_with("ing") || !r.text[gerund.end..s].trim().is_empty() {
        return Vec::new();
    }
    let Some(before) = r.text[r.ss..gerund.start].trim_end().strip_suffix(" of") else {
        return Vec::new();
    };
    slots
        .iter()
        .find(|x| x.end == r.ss + before.len())
        .map(|x| x.actors.clone())
        .unwrap_or_default()
}

/// "X launched an offensive together with the army and the SPLA, bombing the group's
/// camps": a name joined to the clause's subject as a partner in the act (the text
/// before it given) is no antecedent of a phrase after it in its sentence. The names
/// listed after the marker count too ("together with the army and the SPLA").
fn co_agent(r: &Reading, slots: &[Slot], x: &Slot) -> bool {
    let mut at = x.start;
    loop {
        let before = &r.text[r.ss..at];
        let before = before.strip_suffix("the ").unwrap_or(before);
        let marked = super::PARTNER_MARKERS.iter().any(|p| before.ends_with(p));
        if marked {
            return true;
        }
        // Back over a list's joint to the name before it.
        let Some(joint) = [", and ", " and ", ", "]
            .iter()
            .find_map(|j| before.strip_suffix(j))
        else {
            return false;
        };
        let end = r.ss + joint.len();
        match slots.iter().find(|y| y.end == end && !y.phrase) {
            Some(y) => at = y.start,
            None => return false,
        }
    }
}

/// The state "the government" stands for: the story's own, or failing one, the one whose
/// government was named last, or the dateline's.
fn home_for(r: &Reading, slots: &[Slot], s: usize) -> Option<ActorRef> {
    // (Failing a state named most, the dateline's: "COLOMBO - ... the government";
    // but not past a government named just before, "NAIROBI - Somalia's government
    // accused X. The government vowed ...".)
    let governs = |end: usize| {
        let rest = r.text[end..]
            .trim_start_matches(['\'', '’', 's'])
            .trim_start();
        rest.starts_with("government")
    };
    let government_near = r
        .recent()
        .iter()
        .filter(|&&(p, a)| p >= r.prev_start && (r.kind_of)(a) == Kind::State)
        .any(|&(p, _)| governs(name_end(r.text, p)))
        || slots.iter().any(|x| {
            x.end <= s
                && x.actors.len() == 1
                && (r.kind_of)(x.actors[0]) == Kind::State
                && governs(x.end)
        });
    let dateline = r.dateline.filter(|_| !government_near);
    // (A bureau's dateline: the state the text names most instead, "LONDON — ... Iran's
    // ... Iran's ... the government's forces".)
    let bureau = dateline.and(r.bureau);
    let dateline = dateline.filter(|_| bureau.is_none());
    let placed = bureau.or(dateline.map(|d| d.1));
    // Failing a state named most, the state whose government was named most so far (the
    // dateline's capital counts once; of as many, the last): "Khartoum says ... Chad
    // mediated talks between the government and the SLA" is Sudan's.
    let counts = government_counts(r.governments, dateline, s);
    // (Of as many, the dateline's first: "AMMAN — ... Washington ... the government".)
    let datelined = |a: ActorRef| dateline.is_some_and(|d| d.1 == a);
    let seat = counts
        .iter()
        .max_by_key(|c| (c.1, datelined(c.0), c.2))
        .map(|c| c.0);
    r.home.or(seat).or(placed)
}

/// Per state, how often the document names its government before byte `before` (see
/// `Doc::governments`; the dateline's capital counts once), and where it did so last.
pub(super) fn government_counts(
    governments: &[(usize, ActorRef)],
    dateline: Option<(usize, ActorRef)>,
    before: usize,
) -> Vec<(ActorRef, usize, usize)> {
    let mut counts: Vec<(ActorRef, usize, usize)> = Vec::new();
    let named = governments.iter().filter(|&&(p, _)| p < before);
    for &(p, a) in named.chain(&dateline) {
        match counts.iter_mut().find(|c| c.0 == a) {
            Some(c) => (c.1, c.2) = (c.1 + 1, c.2.max(p)),
            None => counts.push((a, 1, p)),
        }
    }
    counts
}

/// "he", "him": a person of this sentence or the one before; further back the person
/// meant is as often one no name stands for ("a senior commander").
fn recent_persons(
    r: &Reading,
    (s, e): (usize, usize),
    want: Want,
    before: Vec<(usize, ActorRef)>,
) -> Vec<(usize, ActorRef)> {
    let first = r.text[s..e].split(' ').next().unwrap_or_default();
    let person_pronoun = want == Want::Person
        && matches!(
            first,
            "he" | "He" | "him" | "she" | "She" | "his" | "His" | "her" | "Her"
        );
    if !person_pronoun {
        return before;
    }
    // ("X welcomed Y's call but said it did not apply to his forces": a possessive's
    // person is the one who opens its sentence, before one named since.)
    let possessive = matches!(first, "his" | "His" | "her" | "Her");
    let opener = before.iter().find(|&&(p, _)| p >= r.ss && p < s).copied();
    if let (true, Some(o)) = (possessive, opener) {
        return vec![o];
    }
    // ("Born in Jaffa, he joined Fatah" opening a paragraph of a profile: with no person
    // named in its own sentence, after a fronted phrase, the person the story has named
    // most, twice or more. Not "He said ..." opening one, which wire copy gives a
    // paragraph of its own: the sentence before tells who.)
    let fronted = r.text[r.ss..s].ends_with(", ");
    if opener.is_none() && fronted && opens_paragraph(r.text, r.ss) {
        if let Some(topic) = most_named_person(r) {
            return vec![topic];
        }
    }
    // ("X met Y in Ankara. Turkey has backed him": with no person named in its own
    // sentence, the person who opened the sentence before.)
    if opener.is_none() {
        if let Some(&first) = before.iter().find(|&&(p, _)| p >= r.prev_start && p < r.ss) {
            return vec![first];
        }
    }
    before
        .into_iter()
        .filter(|&(p, _)| p >= r.prev_start)
        .collect()
}

/// Whether the sentence at `ss` opens a paragraph (a line break before it).
fn opens_paragraph(text: &str, ss: usize) -> bool {
    text[..ss]
        .trim_end_matches([' ', '\t', '\r'])
        .ends_with('\n')
}

/// The person the earlier sentences mention most (of the mentions a phrase may reach back
/// over, `Reading::recent`), if mentioned twice or more and more than any other person.
fn most_named_person(r: &Reading) -> Option<(usize, ActorRef)> {
    let mut counts: Vec<(ActorRef, usize, usize)> = Vec::new();
    for &(p, a) in r.recent() {
        if (r.kind_of)(a) != Kind::Person {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == a) {
            Some(c) => {
                c.1 += 1;
                c.2 = p;
            }
            None => counts.push((a, 1, p)),
        }
    }
    let most = counts.iter().map(|c| c.1).max()?;
    let mut top = counts.iter().filter(|c| c.1 == most);
    let first = top.next()?;
    (most >= 2 && top.next().is_none()).then_some((first.2, first.0))
}

/// "According to UN experts, its fighters ...", "where, according to X, they ...": the
/// last source adjunct closed by a comma in `before`, as offsets into it.
fn source_adjunct(before: &str) -> Option<(usize, usize)> {
    let lower = before.to_ascii_lowercase();
    let at = lower.rfind("according to ")?;
    let comma = before[at..].find(',')?;
    Some((at, at + comma))
}

/// The length of the adjunct that opens `sentence` up to its comma ("Since signing the
/// US accord over a year ago, ..."), or 0: a preposition or a subordinating word first.
pub(super) fn opening_adjunct(sentence: &str) -> usize {
    let first = sentence.split([' ', ',']).next().unwrap_or("");
    let adjunct = matches!(
        first.to_ascii_lowercase().as_str(),
        "since"
            | "after"
            | "before"
            | "despite"
            | "in"
            | "on"
            | "at"
            | "during"
            | "following"
            | "with"
            | "under"
            | "as"
            | "while"
            | "when"
            | "although"
            | "though"
            | "amid"
            | "for"
            | "by"
            | "according"
            | "until"
            | "once"
            | "if"
            | "unlike"
            | "like"
            | "besides"
            | "beyond"
            | "within"
            | "without"
            | "through"
    );
    match sentence.find(',') {
        Some(k) if adjunct && sentence[..k].split(' ').count() <= 14 => k,
        _ => 0,
    }
}

/// A one-actor phrase's reading carried over from before it, if any:
/// - "The coalition is led by ...": a phrase opening its sentence continues the previous
///   sentence's subject, its first fitting actor (not a description apposed to a name,
///   "Ebubeagu, the regional outfit, ...");
/// - "They came into prominence after they started ...": a pronoun repeats the reading of
///   the sentence's first one.
fn continued_reading(
    r: &Reading,
    slots: &[Slot],
    (s, e): (usize, usize),
    (want, reciprocal): (Want, bool),
    before: &[(usize, ActorRef)],
) -> Option<Vec<ActorRef>> {
    // ("The latter's chief": the party named last, never the subject before.)
    if r.text[s..e]
        .get(..10)
        .is_some_and(|t| t.eq_ignore_ascii_case("the latter"))
    {
        return None;
    }
    let mut out = None;
    // ("For years it was based in ...": a subject pronoun after a short adjunct that
    // names no one opens the clause too.)
    let pronoun = matches!(
        &r.text[s..e],
        "it" | "they" | "It" | "They" | "he" | "He" | "she" | "She"
    );
    let opens = gap_words(r.words, r.ss, s) <= if pronoun { 4 } else { 1 }
        && !slots
            .iter()
            .any(|x| !x.phrase && x.start >= r.ss && x.end <= s);
    let family = |t: &str| match t.to_ascii_lowercase().as_str() {
        "it" | "its" => "it",
        "they" | "their" | "them" => "they",
        "he" | "him" => "he",
        "she" => "she",
        _ => "",
    };
    // "For years it was based in Libya, where its fighters ...": the possessive of the
    // pronoun that opened the clause continues what that pronoun does.
    let head = r.text[s..e].split(' ').next().unwrap_or("");
    let opened_by_pronoun = !family(head).is_empty()
        && r.words.iter().take_while(|w| w.end <= s).take(5).any(|w| {
            family(&r.text[w.start..w.end]) == family(head)
                && !slots
                    .iter()
                    .any(|x| !x.phrase && x.start >= r.ss && x.end <= w.start)
        });
    let opens = opens || opened_by_pronoun;
    if opens && (want != Want::Any || !(r.in_quote)(s)) {
        // (The subject of the sentence before, past an adjunct that opens it: "After
        // the Qatari talks collapsed, the RSF ...".)
        let from = r.prev_start + opening_adjunct(&r.text[r.prev_start..r.ss]);
        let first = |from: usize| before.iter().find(|(p, _)| *p >= from && *p < r.ss);
        if let Some(&(_, a)) = first(from).or_else(|| first(r.prev_start)) {
            out = Some(vec![a]);
        }
    }
    if want == Want::Any {
        if let Some(first) = slots
            .iter()
            .find(|x| x.phrase && x.actors.len() == 1 && x.start < s && !reciprocal)
        {
            if r.text[first.start..first.end].eq_ignore_ascii_case(&r.text[s..e]) {
                out = Some(first.actors.clone());
            }
        }
    }
    out
}

/// What "the two sides" or "the two countries" stand for when the last two distinct names
/// before them (`picked`) are not the pair meant; none when they are.
fn two_sides(
    r: &Reading,
    before: &[(usize, ActorRef)],
    s: usize,
    picked: &[ActorRef],
) -> Option<Vec<ActorRef>> {
    // "Armenia and Azerbaijan fought ... Russia brokered a truce between the two sides":
    // the two sides are the last pair named together, not the last two names.
    // (Only when a third party of this sentence, who brokers, hosts or urges, would be
    // one of them: "Russia" above.)
    let here = |a: &ActorRef| before.iter().any(|&(p, b)| b == *a && p >= r.ss && p < s);
    // Where the sentence names a third party's part (brokering, hosting, urging), if it
    // does.
    let third_party = || {
        let sentence = r.text[r.ss..s].to_ascii_lowercase();
        [
            "broker",
            "mediat",
            "host",
            "facilitat",
            "urge",
            "called on",
            "calls on",
        ]
        .iter()
        .filter_map(|w| sentence.rfind(w))
        .max()
        .map(|i| r.ss + i)
    };
    let broker_at = if picked.iter().any(here) {
        third_party()
    } else {
        None
    };
    if let Some(v) = broker_at {
        if let Some(pair) = last_coordinated_pair(r, before, s) {
            Some(pair)
        } else {
            // "..., in the presence of Chad's President X, who mediated talks between the
            // two sides": the two are the last two names but the broker's.
            let brokers = brokers_before(r, before, v);
            let others: Vec<(usize, ActorRef)> = before
                .iter()
                .copied()
                .filter(|(_, a)| !brokers.contains(a))
                .collect();
            let pair = last_distinct(&others, 2, s);
            (pair.len() == 2 && !brokers.is_empty()).then_some(pair)
        }
    } else {
        // "Iran summoned Pakistan's envoy ... The United States condemned the attack. The
        // two countries had agreed ...": the two are those of the last sentence that
        // names two, not a name of a sentence naming one and the name before it.
        last_sentence_pair(r, before, s)
    }
}

/// The broker named right before the verb at `v` that makes it one ("Russia brokered",
/// "Chad's President X, who mediated"): the last name before it in its sentence, and the
/// owner whose possessive and title stand before that name.
fn brokers_before(r: &Reading, before: &[(usize, ActorRef)], v: usize) -> Vec<ActorRef> {
    let mut items: Vec<(usize, ActorRef)> = before
        .iter()
        .copied()
        .filter(|&(p, _)| p >= r.ss && p < v)
        .collect();
    items.sort_by_key(|&(p, _)| p);
    let Some(&(last, a)) = items.last() else {
        return Vec::new();
    };
    let mut out = vec![a];
    // "Egypt, backed by the United States, brokered": the name the set-off phrase follows
    // is the broker too.
    // (The phrase closes right before the verb: not "X, who brokered".)
    let closing = r.text[last..v]
        .find(',')
        .map(|i| last + i)
        .filter(|&c| r.text[c + 1..v].trim().is_empty());
    if let (Some(_), Some(open)) = (closing, r.text[r.ss..last].rfind(',').map(|i| r.ss + i)) {
        if let Some(&(_, head)) = items
            .iter()
            .rev()
            .find(|&&(p, _)| p < open && r.text[p..open].split_whitespace().count() <= 4)
        {
            out.push(head);
        }
    }
    // "Chad's President X": an owner two capitalized words or fewer before.
    if let Some(&(p, b)) = items.iter().rev().nth(1) {
        let owner_end = r.text[p..last].find(['\'', '’']).map(|i| p + i);
        let title = owner_end.map(|e| {
            r.text[e..last]
                .trim_start_matches(['\'', '’'])
                .trim_start_matches('s')
        });
        let words: Vec<&str> = title.map_or(Vec::new(), |t| t.split_whitespace().collect());
        if title.is_some()
            && words.len() <= 2
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
        {
            out.push(b);
        }
    }
    out
}

/// How many sentences end in `t` (a stop, question or exclamation mark before a space
/// or a line break).
fn sentence_ends(t: &str) -> usize {
    t.matches(". ").count()
        + t.matches(".\n").count()
        + t.matches("? ").count()
        + t.matches("! ").count()
}

/// The mentions of `before` that stand before `s`, in text order, each once.
fn in_order_before(before: &[(usize, ActorRef)], s: usize) -> Vec<(usize, ActorRef)> {
    let mut items: Vec<(usize, ActorRef)> =
        before.iter().copied().filter(|&(p, _)| p < s).collect();
    items.sort_by_key(|&(p, _)| p);
    items.dedup();
    items
}

/// "X summoned Y's envoy ... Z condemned it. The two countries ...": when the last
/// sentence before `s` that names any of `before` names one only, and the sentence before
/// that names two or more, the first two distinct of those (this sentence up to `s`
/// counts as one; none more than two sentences back).
fn last_sentence_pair(
    r: &Reading,
    before: &[(usize, ActorRef)],
    s: usize,
) -> Option<Vec<ActorRef>> {
    let items = in_order_before(before, s);
    // The items of the sentence ending at `end`: no sentence end between neighbours.
    let sentence_from = |end: usize| {
        let mut start = end - 1;
        while start > 0 && sentence_ends(&r.text[items[start - 1].0..items[start].0]) == 0 {
            start -= 1;
        }
        start
    };
    let distinct = |from: usize, to: usize| {
        let mut v: Vec<ActorRef> = Vec::new();
        for &(_, a) in &items[from..to] {
            if !v.contains(&a) {
                v.push(a);
            }
        }
        v
    };
    if items.is_empty() {
        return None;
    }
    let last = sentence_from(items.len());
    if last == 0 || distinct(last, items.len()).len() != 1 {
        return None;
    }
    let prior = sentence_from(last);
    if sentence_ends(&r.text[items[prior].0..s]) > 2 {
        return None;
    }
    match distinct(prior, last)[..] {
        [a, b, ..] => Some(vec![b, a]),
        _ => None,
    }
}

/// The last two distinct actors named as a pair ("X and Y", "X and the Y") before `s`,
/// in this sentence or the two before it.
fn last_coordinated_pair(
    r: &Reading,
    before: &[(usize, ActorRef)],
    s: usize,
) -> Option<Vec<ActorRef>> {
    let items = in_order_before(before, s);
    items.windows(2).rev().take(12).find_map(|w| {
        let ((a, x), (b, y)) = (w[0], w[1]);
        let glue = r.text.get(a..b)?;
        let joined = (glue.ends_with(" and ") || glue.ends_with(" and the "))
            && !glue.contains([',', '.', ';', ':'])
            && glue.split_whitespace().count() <= 8;
        // (Not so far back that another sentence's pair is meant.)
        let near = sentence_ends(&r.text[b..s]) <= 2;
        (joined && near && x != y).then(|| vec![y, x])
    })
}

/// "The TPNPB, the armed wing of the OPM, said its commander ...": a name inside an
/// apposition to the sentence's subject is not what a possessive after it stands for; the
/// subject is. Returns the subject when `picked` is such a name.
fn apposed_subject(
    r: &Reading,
    slots: &[Slot],
    (s, e): (usize, usize),
    want: Want,
    picked: &[ActorRef],
) -> Option<ActorRef> {
    let phrase = r.text[s..e].to_ascii_lowercase();
    let possessive = phrase == "its" || phrase == "their" || phrase.ends_with("'s");
    // "The United States, which sanctioned the IRGC in 2019, said it stood with
    // Australia": a subject pronoun after the clause is the name the clause describes.
    let subject = phrase == "it" || phrase == "they";
    let [p] = picked else { return None };
    let x0 = slots.iter().find(|x| {
        !x.phrase
            && x.actors.len() == 1
            && x.end < s
            && gap_words(r.words, r.ss, x.start) <= 1
            && fits(want, (r.kind_of)(x.actors[0]))
    })?;
    let rest = r.text[x0.end..s].strip_prefix(", ")?;
    let close = x0.end + 2 + rest.find(',')?;
    let apposed = slots
        .iter()
        .any(|y| y.actors == [*p] && y.start > x0.end && y.end <= close);
    ((possessive || subject && s > close) && apposed && *p != x0.actors[0]).then_some(x0.actors[0])
}

/// "JNIM, al Qaeda's affiliate in the Sahel, claimed the attack. ... attacks by the
/// group": the owner in an apposition describes the name before it and is not what a
/// later phrase takes up, while another name fits.
fn without_apposed_owners(
    text: &str,
    before: Vec<(usize, ActorRef)>,
    n: usize,
) -> Vec<(usize, ActorRef)> {
    // The name the apposition describes must fit too ("Abubakar Shekau, Boko Haram's
    // leader": a person, so "both groups" may still be Boko Haram).
    let head_fits = |p: usize, a: ActorRef| {
        before.iter().any(|&(q, b)| {
            q < p
                && b != a
                && text[q..p].ends_with(", ")
                && !text[q..p - 2].contains([',', '.', ';'])
                && text[q..p].split(' ').count() <= 6
        })
    };
    // (The possessive first: it is rare, and the test for the name before is a scan.)
    let apposed_owner = |p: usize, a: ActorRef| {
        text[..p].ends_with(", ")
            && text[p..]
                .split(' ')
                .take(4)
                .position(|w| w.ends_with("'s") || w.ends_with("’s"))
                .is_some_and(|i| {
                    let next = text[p..].split(' ').nth(i + 1).unwrap_or("");
                    next.starts_with(char::is_lowercase)
                })
            && head_fits(p, a)
    };
    let owners = before.iter().filter(|&&(p, a)| apposed_owner(p, a)).count();
    if owners == 0 || before.len() - owners < n {
        return before;
    }
    let keep: Vec<bool> = before.iter().map(|&(p, a)| !apposed_owner(p, a)).collect();
    before
        .into_iter()
        .zip(keep)
        .filter_map(|(x, k)| k.then_some(x))
        .collect()
}

/// Whether a name's surface ends in a lowercase plural noun ("Sudan's armed forces",
/// "Rwandan troops"), which a singular pronoun does not take up.
fn plural_common(surface: &str) -> bool {
    let last = surface.rsplit(' ').next().unwrap_or(surface);
    surface.contains(' ')
        && last.len() > 3
        && last.starts_with(|c: char| c.is_ascii_lowercase())
        && last.ends_with('s')
        && !last.ends_with("ss")
}

/// Who holds what for a person: the state it leads, the organization it belongs to.
type Holders<'a> = (
    &'a dyn Fn(ActorRef) -> Option<ActorRef>,
    &'a dyn Fn(ActorRef) -> Option<ActorRef>,
);

/// "Kagame's government", "the Maduro regime": a person's government (a head noun of
/// `state_nouns`, singular) stands for the state the person leads; the person's name
/// stays for the claims about them.
pub(super) fn governments(
    (text, ss): (&str, usize),
    (state_nouns, forces_nouns, group_nouns): (&[String], &[String], &[String]),
    (state_led_by, group_of): Holders,
    kind_of: &dyn Fn(ActorRef) -> Kind,
    slots: &mut Vec<Slot>,
) {
    let mut found = Vec::new();
    for x in slots.iter() {
        if x.phrase || x.actors.len() != 1 || kind_of(x.actors[0]) != Kind::Person {
            continue;
        }
        // "the government of President X": the state before its leader's name.
        if let Some(at) = government_of(text, ss, state_nouns, x.start) {
            if let Some(state) = state_led_by(x.actors[0]) {
                let end = at + text[at..].find(' ').unwrap_or(0);
                // (Nor taken by another leader's: "the government of X, Y's ...".)
                let taken = slots.iter().any(|y| y.overlaps(at, end))
                    || found.iter().any(|(y, _): &(Slot, _)| y.overlaps(at, end));
                if !taken && end > at {
                    let slot = Slot {
                        start: at,
                        end,
                        actors: vec![state],
                        phrase: false,
                        reciprocal: false,
                    };
                    found.push((slot, None));
                }
            }
            continue;
        }
        let glue = ["'s ", "’s ", " "]
            .iter()
            .find(|g| text[x.end..].starts_with(**g))
            .map_or(0, |g| g.len());
        let rest = &text[x.end + glue..];
        let word = &rest[..rest
            .find(|ch: char| !ch.is_alphabetic())
            .unwrap_or(rest.len())];
        let head = word.to_lowercase();
        let singular = !head.ends_with('s') || head.ends_with("ss");
        // "Hadi's forces": the forces of the state the person leads.
        let forces = glue >= 3 && forces_nouns.contains(&head);
        let state = singular && state_nouns.contains(&head);
        // "Janjalani's group": the organization the person leads or belongs to.
        let group = glue >= 3 && singular && !state && group_nouns.contains(&head);
        if glue == 0 || word.is_empty() || !(forces || state || group) {
            continue;
        }
        let start = x.end + glue;
        // A phrase read there before ("forces" as the forces last named) gives way.
        let end = start + word.len();
        let taken = slots
            .iter()
            .any(|y| !((forces || state) && y.phrase) && y.overlaps(start, end))
            || found.iter().any(|(y, _)| y.overlaps(start, end));
        let holder = if group {
            group_of(x.actors[0])
        } else {
            state_led_by(x.actors[0])
        };
        if let (false, Some(state)) = (taken, holder) {
            let slot = Slot {
                start,
                end,
                actors: vec![state],
                phrase: false,
                reciprocal: false,
            };
            // The possessor of forces or a group is no party of its own ("Hadi's forces").
            found.push((slot, (forces || group).then_some(x.start)));
        }
    }
    for (slot, possessor) in found {
        slots.retain(|y| {
            Some(y.start) != possessor && !(y.phrase && y.start < slot.end && slot.start < y.end)
        });
        slots.push(slot);
    }
    // "His fighters took the town": the men of a person who heads a state or a group are
    // that state's or group's.
    for x in slots.iter_mut() {
        let his = text[x.start..x.end]
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("his ") || w.eq_ignore_ascii_case("her "));
        if x.phrase && his && x.actors.len() == 1 && kind_of(x.actors[0]) == Kind::Person {
            if let Some(h) = state_led_by(x.actors[0]).or_else(|| group_of(x.actors[0])) {
                x.actors = vec![h];
            }
        }
    }
    slots.sort_by_key(|x| x.start);
}

/// Where the state noun of "the government of X", "the regime of President X" starts,
/// for the person's name at byte `pos` (a title of capitalized words may stand between,
/// no name set off by a comma).
pub(super) fn government_of(
    text: &str,
    ss: usize,
    state_nouns: &[String],
    pos: usize,
) -> Option<usize> {
    // (Within the name's sentence: "... in the government of X. President Y said".)
    let from = (pos.saturating_sub(80).max(ss)..=pos)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(pos);
    let mut before = text[from..pos].trim_end();
    for _ in 0..3 {
        let Some((head, last)) = before.rsplit_once(' ') else {
            break;
        };
        if last == "of" || !last.starts_with(|ch: char| ch.is_uppercase()) {
            break;
        }
        // (A title's words only: "the government of X, Y's successor" is X's.)
        if last.contains([',', ';', ':', ')', '"', '\u{201d}']) {
            return None;
        }
        before = head;
    }
    let head = before.strip_suffix(" of")?;
    let noun = head.rsplit(' ').next()?;
    let singular = !noun.ends_with('s');
    (singular && state_nouns.iter().any(|n| n == noun)).then(|| from + head.len() - noun.len())
}

/// Whether the name at byte `pos` follows an indefinite article, with at most one word
/// between: "a UN document", "a leaked UN report", "an Iranian official".
fn indefinite_modifier(text: &str, pos: usize) -> bool {
    let from = (pos.saturating_sub(24)..=pos)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(pos);
    // The last two words, read from the end (no list built: this runs for every
    // candidate of every pronoun).
    let mut words = text[from..pos].split_whitespace().rev();
    let article = |w: &str| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an");
    match (words.next(), words.next()) {
        (Some(a), _) if article(a) => true,
        (Some(m), Some(a)) if article(a) => m.chars().all(|ch| ch.is_lowercase() || ch == '-'),
        _ => false,
    }
}

/// "We drove them out of the valley," said a Malian officer: in a quotation, "we" is the
/// speaker's side — the speaker itself when it is an organization, else the organization
/// the document has said the speaker belongs to or leads (from the claims so far).
pub(super) fn first_person(
    r: &Reading,
    anaphora: &Anaphora,
    who_speaks: &dyn Fn(usize) -> Option<ActorRef>,
    held: &super::Held,
    slots: &mut Vec<Slot>,
) {
    for w in r.words {
        let token = &r.text[w.start..w.end];
        if !anaphora
            .first_person
            .iter()
            .any(|p| p.eq_ignore_ascii_case(token))
            || !(r.in_quote)(w.start)
        {
            continue;
        }
        let side = who_speaks(w.start).and_then(|a| {
            if (r.kind_of)(a) != Kind::Person {
                return Some(a);
            }
            held.of(a)
                .iter()
                .rev()
                .find(|(rel, _)| matches!(rel, Relation::MemberOf | Relation::Leads))
                .map(|&(_, o)| o)
        });
        if let Some(side) = side {
            if !slots.iter().any(|x| x.start < w.end && w.start < x.end) {
                slots.push(Slot {
                    start: w.start,
                    end: w.end,
                    actors: vec![side],
                    phrase: true,
                    reciprocal: false,
                });
            }
        }
    }
    slots.sort_by_key(|x| x.start);
}

/// Where the subject of the verb at byte `at` ends: before the auxiliaries, adverbs,
/// refusals and "helped" that may stand between ("X had quietly helped bring ...", "X
/// refused to send ...").
pub(super) fn subject_end(text: &str, ss: usize, at: usize) -> usize {
    let mut end = at;
    for _ in 0..3 {
        let lead = text[ss..end].trim_end();
        let word = lead.rsplit(' ').next().unwrap_or_default();
        let skip = matches!(
            word,
            "had"
                | "has"
                | "have"
                | "also"
                | "then"
                | "later"
                | "quietly"
                | "repeatedly"
                | "eventually"
                | "finally"
                | "helped"
                | "help"
                | "helps"
                | "to"
                | "refused"
                | "declined"
                | "did"
                | "not"
                | "never"
        );
        if !skip {
            break;
        }
        end = ss + lead.len() - word.len();
    }
    end
}

/// The parties named one after another from byte `from` (forward) or up to it (backward),
/// joined only by "and", commas and "the": "by Turkey and Russia", "Egypt and Qatar".
pub(super) fn joined_slots(
    slots: &[Slot],
    text: &str,
    from: usize,
    forward: bool,
) -> Vec<ActorRef> {
    // (Two names with nothing between are one phrase, the first modifying the second:
    // "Egypt's intelligence chief X".)
    let glue = |a: usize, b: usize, first: bool| {
        (first || !text[a..b].trim().is_empty())
            && text[a..b]
                .split(|c: char| c.is_whitespace() || c == ',')
                .all(|w| matches!(w, "" | "and" | "the" | "The"))
    };
    let mut out = Vec::new();
    let mut at = from;
    let named: Vec<&Slot> = if forward {
        slots.iter().filter(|x| x.start >= from).collect()
    } else {
        slots.iter().rev().filter(|x| x.end <= from).collect()
    };
    for x in named {
        let joined = if forward {
            glue(at, x.start, out.is_empty())
        } else {
            glue(x.end, at, out.is_empty())
        };
        if !joined || x.actors.len() != 1 {
            break;
        }
        out.push(x.actors[0]);
        at = if forward { x.end } else { x.start };
    }
    out
}
