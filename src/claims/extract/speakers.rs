//! Who says a claim: quotations, speech verbs and "according to", and the denier of a
//! denied claim.

use super::slots::Slot;
use super::words::{
    between, claims_an_act, gap_words, passive_auxiliary, word_at, word_before, Word,
};
use crate::actors::ActorRef;
use crate::claims::lexicon::{Cue, CueMatch};
use crate::claims::Relation;

const PERSON_PRONOUNS: &[&str] = &["he", "she"];

/// What finding the speaker of a sentence needs.
pub(super) struct Hearing<'a> {
    pub text: &'a str,
    pub words: &'a [Word],
    pub slots: &'a [Slot],
    pub cues: &'a [CueMatch],
    pub in_quote: &'a dyn Fn(usize) -> bool,
    /// The last person named in the sentences before (kept as they are read: looking it
    /// up in every mention so far made a long document without persons quadratic).
    pub last_person: Option<ActorRef>,
    pub last_speaker: Option<ActorRef>,
    /// Speech verbs that speak only before "that" (`[claims.speech] that_only`).
    pub that_only: &'a [String],
    /// Words that open a clause of time or cause (`[claims.speech] subordinators`).
    pub subordinators: &'a [String],
    /// Nouns of a medium a speaker speaks in (`[claims.speech] media`).
    pub media: &'a [String],
    /// Verbs of answering (`[claims.speech] answer_verbs`).
    pub answer_verbs: &'a [String],
    /// Participles of judging (`[claims.speech] judge_verbs`).
    pub judge_verbs: &'a [String],
}

/// The speaker named in a sentence outside its quotations, and the spans of the speaker
/// phrase (kept out of the claim's arguments).
pub(super) fn find_speaker(h: &Hearing) -> (Option<ActorRef>, Vec<(usize, usize)>) {
    let cues = h
        .cues
        .iter()
        .filter(|c| matches!(c.cue, Cue::Speech | Cue::Attribution) && !(h.in_quote)(c.start));
    for c in cues {
        if not_a_speech_verb(h, c) {
            continue;
        }
        match speaker_of(h, c) {
            // "X cut ties with Y after Kyiv admitted ...": who speaks in a clause of time
            // or cause speaks for that clause only.
            Heard::Named(x) if subordinate(h, x) => {}
            Heard::Named(x) => {
                // "X claimed to have killed Y": the speaker of an infinitive complement
                // is also its subject, and stays a party to the claim.
                // (So is that of a gerund: "X acknowledged maintaining contacts with Y".)
                let infinitive = x.end <= c.start
                    && word_at(h.text, h.words, c.end).is_some_and(|w| {
                        w.eq_ignore_ascii_case("to") || w.len() > 5 && w.ends_with("ing")
                    });
                let spans = if infinitive {
                    Vec::new()
                } else {
                    vec![(x.start, x.end)]
                };
                return (Some(x.actors[0]), spans);
            }
            Heard::Pronoun(who, span) => return (who, span.into_iter().collect()),
            Heard::Nobody => {}
        }
    }
    match judge(h) {
        Some((x, end)) => (Some(x.actors[0]), vec![(x.start, end)]),
        None => (None, Vec::new()),
    }
}

/// The agent of a passive of judging outside quotations: "X has been linked by U.S.
/// officials to Y", "X was described by the army as having links to Y". The agent speaks
/// for what follows and is no party to it.
/// Returns the first agent and where the agents end.
fn judge<'a>(h: &Hearing<'a>) -> Option<(&'a Slot, usize)> {
    let (text, words) = (h.text, h.words);
    (1..words.len().saturating_sub(1)).find_map(|i| {
        let w = &text[words[i].start..words[i].end];
        let aux = &text[words[i - 1].start..words[i - 1].end];
        if !passive_auxiliary(aux)
            || !h.judge_verbs.iter().any(|j| j == w)
            || !text[words[i + 1].start..words[i + 1].end].eq_ignore_ascii_case("by")
            || (h.in_quote)(words[i].start)
        {
            return None;
        }
        let at = h.slots.iter().position(|x| x.start >= words[i + 1].end)?;
        let agent = &h.slots[at];
        // ("by U.S. and Ecuadorean officials": the last of a list ends the agents.)
        let mut last = agent;
        for y in &h.slots[at + 1..] {
            if !matches!(&text[last.end..y.start], " and " | ", " | " and the ") {
                break;
            }
            last = y;
        }
        // The agent's phrase ends before "as", "to", "of", "for" or "with", what it says.
        let next = word_at(text, words, last.end)?.to_ascii_lowercase();
        let said = matches!(next.as_str(), "as" | "to" | "of" | "for" | "with" | "on");
        (agent.actors.len() == 1
            && !agent.phrase
            && gap_words(words, words[i + 1].end, agent.start) <= 3
            && said)
            .then_some((agent, last.end))
    })
}

/// Whether the speaker's name opens a clause of time or cause ("after Kyiv admitted").
fn subordinate(h: &Hearing, x: &Slot) -> bool {
    word_before(h.text, h.words, x.start)
        .map(str::to_ascii_lowercase)
        .is_some_and(|w| h.subordinators.contains(&w))
}

/// "the claims of ...", "X's alleged support", "..., but noted that": the word is a noun
/// or an adjective, or its subject is elided.
fn not_a_speech_verb(h: &Hearing, c: &CueMatch) -> bool {
    let (text, words, that_only, answer_verbs) = (h.text, h.words, h.that_only, h.answer_verbs);
    if c.cue != Cue::Speech {
        return false;
    }
    if claims_an_act(text, (c.start, c.end)) {
        return true;
    }
    // "X maintained close ties with Y": some verbs speak only before "that".
    let verb = text[c.start..c.end].to_ascii_lowercase();
    // "the army responded with artillery fire": a verb of answering followed by the means
    // of the answer is an act, not speech.
    let means = word_at(text, words, c.end)
        .is_some_and(|w| w.eq_ignore_ascii_case("with") || w.eq_ignore_ascii_case("by"));
    if means && answer_verbs.contains(&verb) {
        return true;
    }
    if that_only.contains(&verb)
        && !word_at(text, words, c.end).is_some_and(|w| w.eq_ignore_ascii_case("that"))
    {
        return true;
    }
    let prev = word_before(text, words, c.start).map(str::to_lowercase);
    let determiner = prev.as_deref().is_some_and(|p| {
        matches!(
            p,
            "the"
                | "a"
                | "an"
                | "these"
                | "those"
                | "such"
                | "his"
                | "her"
                | "their"
                | "its"
                | "of"
        )
    });
    // ("recognised X and Y as independent states": after a lowercase word, "states" is
    // the noun.)
    let noun_states = verb == "states"
        && prev
            .as_deref()
            .is_some_and(|p| p.chars().all(|ch| ch.is_ascii_lowercase()) && !p.ends_with("ly"))
        && !word_before(text, words, c.start).is_some_and(|p| p.starts_with(char::is_uppercase));
    if noun_states {
        return true;
    }
    let possessed = text[..c.start].ends_with("'s ") || text[..c.start].ends_with("’s ");
    let elided = prev.as_deref().is_some_and(|p| matches!(p, "but" | "and"));
    // "X is said to have ...": a passive speech verb hedges; X does not speak. (Not
    // "Islamic State (IS) claimed": the auxiliary is written in lower case.)
    // (An adverb may stand between: "X is widely reported to ...", "X was also said".)
    let adverb = |w: &str| w.ends_with("ly") || matches!(w, "also" | "still" | "now" | "often");
    let aux_at = match words.partition_point(|w| w.end <= c.start).checked_sub(1) {
        Some(k) if adverb(&text[words[k].start..words[k].end]) => words[k].start,
        _ => c.start,
    };
    let passive = word_before(text, words, aux_at)
        .is_some_and(|p| matches!(p, "is" | "was" | "are" | "were" | "been" | "being"));
    // "X has been accused by Y": with its agent named, a passive verb still speaks, for Y.
    let agent = word_at(text, words, c.end).is_some_and(|w| w == "by");
    determiner || possessed || elided || (passive && !agent)
}

enum Heard<'a> {
    Named(&'a Slot),
    /// "he said": the last speaker, or the last person named; the span of a pronoun
    /// that speaks, kept out of what is said.
    Pronoun(Option<ActorRef>, Option<(usize, usize)>),
    Nobody,
}

fn speaker_of<'a>(h: &Hearing<'a>, c: &CueMatch) -> Heard<'a> {
    let (text, words) = (h.text, h.words);
    let after = named_after(h, c);
    // "X supplies Y, analysts said": words after a comma are the verb's own subject, and
    // the name before the comma is part of what is said.
    let before = named_before(h, c).filter(|b| {
        let between = &text[b.end..c.start];
        let Some(comma) = between.rfind(',') else {
            return true;
        };
        // Common nouns only ("officials", "regional analysts"): a capital may begin a name
        // the pack lacks, or a date ("in a Thursday, May 30 statement").
        let subject: Vec<&str> = between[comma + 1..].split_whitespace().collect();
        let common = !subject.is_empty()
            && subject.len() <= 4
            && subject
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_lowercase()))
            && !matches!(subject.as_slice(), ["it" | "he" | "she" | "they" | "we"]);
        !common
    });
    // The subject of what is said stays a party to it: no span is kept out.
    if let Some(x) = owned_speaker(h, c) {
        return Heard::Pronoun(Some(x.actors[0]), None);
    }
    let verb = text[c.start..c.end].to_lowercase();
    // "X has been accused by Y of ...": the agent accuses.
    // Never the accused before the verb: unnamed accusers ("by Western officials") leave
    // the claim to the writer.
    if verb == "accused" && word_at(text, words, c.end).is_some_and(|w| w == "by") {
        let agent =
            h.slots.iter().find(|x| x.start >= c.end).filter(|x| {
                x.actors.len() == 1 && !x.phrase && gap_words(words, c.end, x.start) <= 4
            });
        return agent.map_or(Heard::Nobody, Heard::Named);
    }
    let pick = if c.cue == Cue::Attribution {
        after
    } else if verb == "told" || verb == "tells" {
        before.or(after)
    } else {
        // "X said" or "said X": the nearer one; a pronoun before the verb is the last speaker.
        let pron = word_before(text, words, c.start).map(str::to_lowercase);
        if pron
            .as_deref()
            .is_some_and(|p| PERSON_PRONOUNS.contains(&p) || p == "they")
            && before.is_none_or(|b| gap_words(words, b.end, c.start) > 0)
        {
            if pron.as_deref() == Some("they") {
                // "They say ..., according to X": an unnamed "they" leaves the
                // attribution to a later cue.
                return Heard::Nobody;
            }
            let n = words.partition_point(|w| w.end <= c.start);
            let span = n.checked_sub(1).map(|i| (words[i].start, words[i].end));
            // ("Putin spoke with Netanyahu. He said ...": the pronoun's own reading, the
            // subject before, when the sentence opens with it.)
            let read = span.and_then(|(s, _)| {
                h.slots
                    .iter()
                    .find(|x| x.phrase && x.start == s && x.actors.len() == 1)
                    .map(|x| x.actors[0])
            });
            return Heard::Pronoun(read.or(h.last_speaker).or(h.last_person), span);
        }
        // "..., said X": a name after the verb speaks only where the verb follows what is
        // said; in "Officials believe X, which ..." X begins the content.
        let lead = text[..c.start].trim_end();
        let inverted = lead.is_empty()
            || lead.ends_with([',', '”', '"', '’', '\'', '—', '–', '-', ':', '\n'])
            || words
                .iter()
                .rev()
                .find(|w| w.end <= c.start)
                .is_none_or(|w| {
                    before.is_some_and(|b| b.end >= w.end)
                        || matches!(
                            text[w.start..w.end].to_ascii_lowercase().as_str(),
                            "also" | "further" | "later" | "then"
                        )
                });
        let after = after.filter(|_| inverted || before.is_some());
        match (before, after) {
            // "X did Y, says Z": a comma ends what is said; the name after speaks.
            (Some(b), Some(a))
                if text[b.end..c.start].contains(',') && gap_words(words, c.end, a.start) <= 1 =>
            {
                Some(a)
            }
            (Some(b), _) if gap_words(words, b.end, c.start) <= 1 => Some(b),
            (_, Some(a)) if gap_words(words, c.end, a.start) <= 1 => Some(a),
            (Some(b), Some(a)) => Some(if c.start - b.end <= a.start - c.end {
                b
            } else {
                a
            }),
            (b, a) => b.or(a),
        }
    };
    pick.map_or(Heard::Nobody, Heard::Named)
}

/// "X has no links with Y, its spokesman said": a speaking role that "its" or "their"
/// gives to a party, after a comma that closes what is said, speaks for the subject of
/// what is said (the name that opens the sentence), not for the party named last.
fn owned_speaker<'a>(h: &Hearing<'a>, c: &CueMatch) -> Option<&'a Slot> {
    let (text, words) = (h.text, h.words);
    let before: Vec<&Word> = words.iter().filter(|w| w.end <= c.start).collect();
    let [.., owner, role] = before[..] else {
        return None;
    };
    let owner_word = text[owner.start..owner.end].to_ascii_lowercase();
    let role_word = text[role.start..role.end].to_ascii_lowercase();
    let speaking = matches!(
        role_word.as_str(),
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokesmen"
            | "leader"
            | "leaders"
            | "chief"
            | "commander"
            | "official"
            | "officials"
            | "representative"
            | "envoy"
    );
    if !matches!(owner_word.as_str(), "its" | "their")
        || !speaking
        || !text[..owner.start].trim_end().ends_with(',')
    {
        return None;
    }
    let opening = words.first()?.start;
    h.slots.iter().find(|x| {
        x.end <= owner.start
            && !x.phrase
            && x.actors.len() == 1
            && gap_words(words, opening, x.start) <= 1
            && !(h.in_quote)(x.start)
    })
}

/// "said X," / "said X." / "according to X": the name closes the attribution; in "said
/// that X ..." X begins what is said, not who says it.
fn named_after<'a>(h: &Hearing<'a>, c: &CueMatch) -> Option<&'a Slot> {
    let (text, words) = (h.text, h.words);
    let closes_at = |at: usize| {
        let rest = text[at..].trim_start();
        // A line break ends a headline.
        let line_ends = text[at..at + (text.len() - at - rest.len())].contains('\n');
        line_ends
            || rest.is_empty()
            || rest.starts_with([',', '.', ';', ':', '\n', '('])
            || rest.starts_with("who ")
            || rest.starts_with("in ")
    };
    // "..., says Colombian President": an office after the state's name, then the end.
    let office_closes = |x: &Slot| {
        h.cues.iter().any(|m| {
            matches!(m.cue, Cue::Noun(Relation::Leads | Relation::MemberOf))
                && m.start > x.end
                && gap_words(words, x.end, m.start) == 0
                && matches!(text[x.end..m.start].trim(), "" | "'s" | "’s")
                && closes_at(m.end)
        })
    };
    let closes = |x: &Slot| closes_at(x.end) || office_closes(x);
    let content_clause =
        word_at(text, words, c.end).is_some_and(|w| w.eq_ignore_ascii_case("that"));
    h.slots.iter().find(|x| x.start >= c.end).filter(|x| {
        !content_clause
            && x.actors.len() == 1
            && !x.phrase
            && gap_words(words, c.end, x.start) <= if c.cue == Cue::Attribution { 4 } else { 10 }
            && (c.cue == Cue::Attribution || closes(x))
    })
}

/// "X said"; "Name, the group's spokesman, said": the apposition sits between name and
/// verb, and the name, not the group inside the apposition, is the speaker.
fn named_before<'a>(h: &Hearing<'a>, c: &CueMatch) -> Option<&'a Slot> {
    let (text, words) = (h.text, h.words);
    let apposed = h.slots.iter().rev().find(|x| {
        x.end <= c.start && x.actors.len() == 1 && !x.phrase && {
            let glue = text[x.end..c.start].trim();
            // (A relative clause may run longer than an apposition: "Uganda's army, which
            // has thousands of troops in Ituri under ..., said".)
            let relative = [", which ", ", who ", ", whose "]
                .iter()
                .any(|r| glue.starts_with(r.trim_end()) && glue.len() > r.len());
            glue.len() >= 2
                && glue.starts_with(',')
                && glue.ends_with(',')
                && gap_words(words, x.end, c.start) <= if relative { 30 } else { 12 }
                && !glue[1..glue.len() - 1].contains([',', '"', '“', '”'])
        }
    });
    // "..., through Chad, the report said": a determiner opens the speaker's own phrase.
    let determined = |x: &Slot| {
        words
            .iter()
            .filter(|w| w.start >= x.end && w.end <= c.start)
            .any(|w| {
                matches!(
                    text[w.start..w.end].to_ascii_lowercase().as_str(),
                    "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her"
                )
            })
    };
    // "ISIS in a Thursday, May 30 statement claimed": a phrase of the medium ("in a
    // statement", "on Telegram") stands between the speaker and its verb.
    let medium = |x: &Slot| {
        let gap = between(text, words, x.end, c.start);
        gap.len() <= 8
            && matches!(gap.first().map(String::as_str), Some("in" | "on" | "via"))
            && gap.last().is_some_and(|w| h.media.iter().any(|m| m == w))
            && !h.slots.iter().any(|y| y.start >= x.end && y.end <= c.start)
    };
    let before = h.slots.iter().rev().find(|x| {
        x.end <= c.start
            && x.actors.len() == 1
            && !x.phrase
            && (medium(x) || !determined(x) && gap_words(words, x.end, c.start) <= 3)
            && !text[x.end..c.start].contains('”')
            && !text[x.end..c.start].contains('"')
    });
    apposed.or(before)
}

/// The actor that denies the claim: the named subject of a denial verb before the cue
/// (of a pair that denies, "both groups deny", the claim's own subject).
pub(super) fn denier(
    text: &str,
    words: &[Word],
    cues: &[CueMatch],
    ci: usize,
    slots: &[Slot],
    subject: ActorRef,
) -> Option<ActorRef> {
    let c = cues[ci];
    let d = cues[..ci]
        .iter()
        .rev()
        .find(|m| m.cue == Cue::Denial && m.end <= c.start)?;
    if !super::polarity::denial_reaches(text, words, cues, d, &c) {
        return None;
    }
    // "Both groups deny ...": each of a pair denies its own part.
    let x = slots
        .iter()
        .rev()
        .find(|x| x.end <= d.start && (x.actors.len() == 1 || x.actors.contains(&subject)))?;
    // "The FDLR, a militia founded by remnants of the old regime, denied ...": a name inside
    // a parenthetical is not the denier; the name it describes is.
    let x = described_by(text, words, slots, x, d.start).unwrap_or(x);
    Some(if x.actors.len() == 1 {
        x.actors[0]
    } else {
        subject
    })
}

/// The name before the parenthetical that holds `x` and closes with a comma right
/// before the verb at `verb` ("X, a group backed by Y, denied"), if `x` sits in one.
fn described_by<'s>(
    text: &str,
    words: &[Word],
    slots: &'s [Slot],
    x: &Slot,
    verb: usize,
) -> Option<&'s Slot> {
    let close = x.end + text[x.end..verb].rfind(',')?;
    let tail = between(text, words, close, verb);
    let adverbs = tail.iter().all(|w| {
        w.ends_with("ly") || matches!(w.as_str(), "has" | "have" | "had" | "also" | "again")
    });
    if tail.len() > 2 || !adverbs {
        return None;
    }
    let open = text[..x.start].rfind(',')?;
    let head = slots.iter().rev().find(|y| y.end <= open)?;
    let inner = between(text, words, open, close);
    let described = inner.first().is_some_and(|w| {
        matches!(w.as_str(), "a" | "an" | "the" | "which" | "who" | "whose") || w.ends_with("ed")
    });
    let adjacent = matches!(text[head.end..open].trim(), "" | ")");
    let list = inner.iter().any(|w| matches!(w.as_str(), "and" | "or"))
        && text[open + 1..close].contains(',');
    (described && adjacent && !list && head.actors.len() == 1 && !head.phrase).then_some(head)
}

/// Spans between quotation marks, paragraph by paragraph; an unclosed quote runs to the
/// end of its paragraph.
pub(super) fn quote_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut para_start = 0;
    for para in text.split_inclusive('\n') {
        let mut open: Option<usize> = None;
        for (i, ch) in para.char_indices() {
            let pos = para_start + i;
            match ch {
                '“' => open = open.or(Some(pos)),
                '”' => {
                    if let Some(o) = open.take() {
                        out.push((o, pos + ch.len_utf8()));
                    }
                }
                '"' => match open.take() {
                    Some(o) => out.push((o, pos + 1)),
                    None => open = Some(pos),
                },
                _ => {}
            }
        }
        if let Some(o) = open {
            out.push((o, para_start + para.trim_end().len()));
        }
        para_start += para.len();
    }
    out
}
