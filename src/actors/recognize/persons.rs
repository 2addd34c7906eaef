//! Persons by the words around their names: titles and role nouns before them, speech
//! verbs before or after them, appositions ("Name, a ...", "role, Name").

use super::{is_cap, is_name_part, Lowered, Recognizer, Spans, Tok};
use rustc_hash::FxHashSet as HashSet;

/// A person found: `(start, end, name, reason, single_word)`.
pub(super) type PersonSpan = (usize, usize, String, String, bool);

/// Words before a name that make it a place's: prepositions of place and verbs of taking
/// or striking ground ("in Juarez", "control of Ciudad Juarez", "besieged El Fasher").
const PLACE_BEFORE: [&str; 20] = [
    "in", "at", "to", "into", "near", "across", "around", "outside", "towards", "toward", "of",
    "took", "retook", "seized", "shelled", "bombed", "besieged", "captured", "invaded", "entered",
];

/// Verbs in the past that do not end in "-ed" ("Okello went into exile").
const IRREGULAR_PAST: [&str; 24] = [
    "went", "fled", "took", "led", "fought", "met", "made", "gave", "left", "won", "lost", "ran",
    "came", "became", "held", "told", "sent", "kept", "began", "rose", "fell", "struck", "saw",
    "sought",
];

/// Nouns of a person, besides roles, that a name may follow ("a man named X").
const PERSON_NOUNS: [&str; 17] = [
    "gunman",
    "attacker",
    "bomber",
    "victim",
    "driver",
    "man",
    "woman",
    "boy",
    "girl",
    "person",
    "suspect",
    "businessman",
    "businesswoman",
    "farmer",
    "trader",
    "colonel",
    "individual",
];

/// Verbs only a person does to a body, founding or leading it ("X founded the ...", "X
/// leads the ...").
const LEADING: [&str; 10] = [
    "founded",
    "co-founded",
    "heads",
    "headed",
    "commands",
    "commanded",
    "leads",
    "led",
    "chairs",
    "chaired",
];

/// Participles only a person suffers, after "was" or "has been" ("X was assassinated").
const SUFFERED: [&str; 10] = [
    "killed",
    "assassinated",
    "arrested",
    "detained",
    "kidnapped",
    "abducted",
    "executed",
    "sentenced",
    "jailed",
    "shot",
];

/// Titles that are also surnames: after a given name, with no name after them, they end
/// the name ("Maurice Bishop", "John Major").
const SURNAME_TITLES: [&str; 6] = ["Bishop", "King", "Major", "Marshal", "Judge", "Prince"];

/// Honorifics that stand inside a name, between its words ("Muhammad Haji Ibrahim Egal",
/// "Abdullahi Haji Ali").
const INNER_HONORIFICS: [&str; 2] = ["Haji", "Hajji"];

/// Titles of an office, which a single name after them does not take into how the
/// person is known ("President Sukarno" is Sukarno).
const OFFICES: [&str; 11] = [
    "President",
    "Vice-President",
    "Minister",
    "Premier",
    "Chancellor",
    "Governor",
    "Senator",
    "Ambassador",
    "Mayor",
    "Secretary",
    "Speaker",
];

/// A word with its first letter in capitals ("district" → "District").
fn capitalized(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(c)
        .collect()
}

/// One scan of a document for persons.
struct Scan<'a> {
    r: &'a Recognizer,
    text: &'a str,
    toks: &'a [Tok],
    lowered: &'a Lowered,
    covered: &'a [bool],
    out: Vec<PersonSpan>,
    /// The spans of `out`, to test a new one against those near it rather than against
    /// all (quadratic in a long document, issue 17).
    taken: Spans,
}

impl<'a> Scan<'a> {
    fn word(&self, i: usize) -> &str {
        &self.text[self.toks[i].start..self.toks[i].end]
    }

    /// Token `i` in lowercase.
    fn lower(&self, i: usize) -> &'a str {
        let l: &'a Lowered = self.lowered;
        l.get(i)
    }

    /// Tokens `a` and `b` of one sentence with only space (or an initial's dot) between.
    fn adjacent(&self, a: usize, b: usize) -> bool {
        let toks = self.toks;
        toks[a].sentence == toks[b].sentence && {
            let gap = self.text[toks[a].end..toks[b].start].trim();
            gap.is_empty() || gap == "."
        }
    }

    fn name_word(&self, i: usize) -> bool {
        let w = self.word(i);
        let r = self.r;
        is_cap(w)
            && !self.covered[i]
            && !r.title_words.contains(w)
            && !r.roles.contains(self.lower(i))
            && !r.not_names.contains(w)
            && !r.org_heads.contains(w)
            && !r.agency_heads.contains(w)
            && !self.hyphenated_title(w)
            && !r.generic.contains(self.lower(i))
            && w.chars().any(|c| c.is_lowercase())
    }

    /// Whether token `k`, after a name word, is a title's word ending the name: "Sen"
    /// in "Hun Sen said", "Bishop" in "Prime Minister Maurice Bishop" (a title opens a
    /// name, it never follows one); or an honorific inside one, between name words
    /// ("Muhammad Haji Ibrahim Egal").
    fn title_ending_name(&self, k: usize) -> bool {
        let toks = self.toks;
        let w = self.word(k);
        let name_after = k + 1 < toks.len() && self.adjacent(k, k + 1) && self.name_word(k + 1);
        // (A short abbreviation's word, or a title that is also a surname, only: "Ahmed
        // Massoud Minister" is no name.)
        // (A short word before a period is an abbreviation, "Gen."; a surname before one
        // ends its sentence.)
        let period = self.text[toks[k].end..].starts_with('.');
        let short = w.len() <= 4 && !name_after && !period;
        // (Not the end of a title of two words: "the Saudi Crown Prince", "Field Marshal".)
        let titled = k > 0 && {
            let prev = self.word(k - 1);
            let r = self.r;
            r.titles_by_first
                .get(prev)
                .into_iter()
                .flatten()
                .any(|&t| r.titles[t].len() == 2 && r.titles[t][1] == w)
        };
        let surname = SURNAME_TITLES.contains(&w) && (period || !name_after) && !titled;
        let inner = INNER_HONORIFICS.contains(&w) && name_after && !period;
        self.r.title_words.contains(w) && (short || surname || inner) && !self.covered[k]
    }

    /// "the Sheikh Maqsoud district": a name before a noun of places (in lowercase, or
    /// capitalized) is the place's.
    fn before_place_noun(&self, j: usize) -> bool {
        let k = j + 1;
        k < self.toks.len()
            && self.adjacent(j, k)
            && self.r.place_words.contains(&capitalized(self.word(k)))
    }

    /// "Camp Rell", "Marrow Dam": a place, not a person.
    fn place(&self, name: &str) -> bool {
        let mut words = name.split_whitespace();
        let first = words.next().unwrap_or("");
        let last = words.next_back().unwrap_or("");
        self.r.place_words.contains(first) || self.r.place_words.contains(last)
    }

    /// "Colonel-General", "Lieutenant-Colonel": titles joined by a hyphen.
    fn hyphenated_title(&self, w: &str) -> bool {
        w.contains('-')
            && w.split('-')
                .all(|p| self.r.title_words.contains(&capitalized(p)))
    }

    fn particle(&self, i: usize) -> bool {
        let w = self.word(i);
        !is_cap(w) && self.r.particles.contains(w)
    }

    /// "Henry J. Doe": a middle initial at token `k`, between name words.
    fn initial(&self, k: usize) -> bool {
        let toks = self.toks;
        k + 1 < toks.len()
            && self.word(k).len() == 1
            && self.word(k).chars().all(|c| c.is_ascii_uppercase())
            && self.text[toks[k].end..toks[k + 1].start].trim() == "."
            && toks[k].sentence == toks[k + 1].sentence
            && self.name_word(k + 1)
    }

    /// "Henry Doe, Jr.": a suffix after the name ending at token `j`.
    fn suffix_after(&self, j: usize) -> Option<usize> {
        let k = j + 1;
        let ok = k < self.toks.len()
            && self.toks[k].sentence == self.toks[j].sentence
            && matches!(
                self.text[self.toks[j].end..self.toks[k].start].trim(),
                "" | ","
            )
            && self.r.name_suffixes.contains(self.word(k));
        ok.then_some(k)
    }

    /// "S. P. Thamilselvan": one to three initials at token `i`, each with its dot and a
    /// space after (not "U.S."), before a name word; that word's token.
    fn leading_initials(&self, i: usize) -> Option<usize> {
        let toks = self.toks;
        // ("S. P. Thamilselvan", "B.J. Habibie": the dot and a space, or the dot alone
        // before another initial.)
        let initial = |k: usize| {
            k + 1 < toks.len()
                && !self.covered[k]
                && self.word(k).len() == 1
                && self.word(k).chars().all(|c| c.is_ascii_uppercase())
                && (&self.text[toks[k].end..toks[k + 1].start] == ". "
                    || &self.text[toks[k].end..toks[k + 1].start] == "."
                        && self.word(k + 1).len() == 1)
                && toks[k].sentence == toks[k + 1].sentence
        };
        let n = (i..i + 3).take_while(|&k| initial(k)).count();
        // ("F. W. de Klerk": a particle or two may stand before the surname.)
        let particles = (0..2)
            .take_while(|&p| {
                let k = i + n + p;
                k + 1 < toks.len() && self.particle(k) && self.adjacent(k, k + 1)
            })
            .count();
        let k = i + n + particles;
        (n > 0 && k < toks.len() && self.name_word(k)).then_some(k)
    }

    /// The name that starts at token `i`: up to four name words (particles inside), or
    /// initials and a name.
    fn take_name(&self, i: usize) -> Option<usize> {
        let toks = self.toks;
        if i >= toks.len() {
            return None;
        }
        let mut j = if self.name_word(i) {
            i
        } else {
            self.leading_initials(i)?
        };
        let i = j;
        while j + 1 < toks.len()
            && j - i < 4
            && (self.adjacent(j, j + 1) || self.nickname_after(j).is_some())
            && !self.text[toks[j].end..toks[j + 1].start].contains('.')
            // ("Elon Musk's SpaceX": a possessive ends the name.)
            && !self.word(j).ends_with("'s")
            && !self.word(j).ends_with("’s")
        {
            let n = self.word(j + 1);
            // Particles, one or two: "bin", "de la".
            let particles = (1..=2)
                .take_while(|&p| j + p < toks.len() && self.particle(j + p))
                .last()
                .unwrap_or(0);
            let after = j + particles + 1;
            if let Some(k) = self.nickname_after(j) {
                j = k;
            } else if self.name_word(j + 1)
                || (is_name_part(n) && !is_cap(n) && !self.covered[j + 1])
            {
                j += 1;
            } else if self.initial(j + 1) {
                j += 2;
            } else if self.title_ending_name(j + 1) {
                // "Hun Sen said": a title's word after a name, with no period and no name
                // after it, is the name's last word.
                j += 1;
            } else if particles > 0
                && after < toks.len()
                && (j + 1..after).all(|k| self.adjacent(k, k + 1))
                && self.name_word(after)
            {
                j = after;
            } else {
                break;
            }
        }
        Some(self.suffix_after(j).unwrap_or(j))
    }

    /// `Juan "El Flaco" Perez`: after the name word at token `j`, a nickname of up to
    /// three capitalized words in quotes, then a name word: that word's token.
    fn nickname_after(&self, j: usize) -> Option<usize> {
        let toks = self.toks;
        let opens = matches!(
            &self.text[toks[j].end..toks.get(j + 1)?.start],
            " \"" | " “"
        );
        if !opens {
            return None;
        }
        let last = (j + 1..(j + 4).min(toks.len())).find(|&k| {
            k + 1 < toks.len() && matches!(&self.text[toks[k].end..toks[k + 1].start], "\" " | "” ")
        })?;
        let inside = (j + 1..=last).all(|k| {
            is_cap(self.word(k)) && (k == last || &self.text[toks[k].end..toks[k + 1].start] == " ")
        });
        let after = last + 1;
        (inside && toks[after].sentence == toks[j].sentence && self.name_word(after))
            .then_some(after)
    }

    fn push(&mut self, i: usize, j: usize, reason: String, single_ok: bool) {
        let (s, mut e) = (self.toks[i].start, self.toks[j].end);
        // The possessive is no part of the span, in the text ...
        let span = &self.text[s..e];
        if let Some(x) = span.strip_suffix("'s").or_else(|| span.strip_suffix("’s")) {
            e = s + x.len();
        }
        // ... and the nickname is no part of the name ("Juan Perez").
        let mut name = self.text[s..e].to_string();
        for (open, close) in [('"', '"'), ('“', '”')] {
            if let Some(a) = name.find(open) {
                if let Some(b) = name[a + open.len_utf8()..].find(close) {
                    let b = a + open.len_utf8() + b + close.len_utf8();
                    name = format!("{}{}", &name[..a], name[b..].trim_start());
                }
            }
        }
        let single = i == j;
        if (single && !single_ok) || self.place(&name) || self.before_place_noun(j) {
            return;
        }
        if self.taken.overlaps(s, e) {
            return;
        }
        self.add((s, e, name, reason, single));
    }

    fn add(&mut self, found: PersonSpan) {
        self.taken.insert(found.0, found.1);
        self.out.push(found);
    }

    /// The alias marker after the name ending at token `j` ("Name, alias ...").
    fn alias_after(&self, j: usize) -> Option<&str> {
        let rest = self.text[self.toks[j].end..].trim_start_matches([',', ' ']);
        self.r
            .alias_markers
            .iter()
            .find(|m| {
                rest.starts_with(m.as_str()) && !rest[m.len()..].starts_with(char::is_alphanumeric)
            })
            .map(String::as_str)
    }

    /// The title or role noun that starts at token `i`: the token after it, and the title.
    fn title_at(&self, i: usize) -> Option<(usize, String)> {
        let w = self.word(i);
        let r = self.r;
        let toks = self.toks;
        for t in r
            .titles_by_first
            .get(w)
            .into_iter()
            .flatten()
            .map(|&k| &r.titles[k])
        {
            if i + t.len() <= toks.len()
                && t.iter().enumerate().all(|(k, tw)| self.word(i + k) == tw)
                && (0..t.len() - 1).all(|k| self.adjacent(i + k, i + k + 1))
            {
                return Some((i + t.len(), t.join(" ")));
            }
        }
        if r.roles.contains(self.lower(i)) && (is_cap(w) || r.roles.contains(w)) {
            return Some((i + 1, w.to_string()));
        }
        if self.hyphenated_title(w) {
            return Some((i + 1, w.to_string()));
        }
        None
    }

    /// The titles from token `i` on, one after another ("Lt. Gen.", "Brigadier General"):
    /// the token after the last, and the first title.
    fn titles_at(&self, i: usize) -> Option<(usize, String)> {
        let (mut n, title) = self.title_at(i)?;
        while n < self.toks.len() && self.adjacent(n - 1, n) && self.title_words_at(n) {
            n = self.title_at(n).map_or(n + 1, |t| t.0);
        }
        Some((n, title))
    }

    /// Whether a capitalized title (not a role noun) starts at token `n`.
    fn title_words_at(&self, n: usize) -> bool {
        let w = self.word(n);
        is_cap(w) && (self.r.title_words.contains(w) || self.hyphenated_title(w))
    }

    /// "KJS Dhillon" after a title: initials in capitals, then a name.
    fn initials_then_name(&self, n: usize) -> Option<usize> {
        let w = self.word(n);
        let initials = (1..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
        if initials && n + 1 < self.toks.len() && self.adjacent(n, n + 1) && !self.covered[n] {
            return self.take_name(n + 1);
        }
        None
    }

    /// Rule: a name after a title or role noun ("Gen. Sami Sadat", "Prime Minister X").
    /// True when it took one.
    fn after_title(&mut self, i: usize) -> bool {
        let Some((n, title)) = self.titles_at(i) else {
            return false;
        };
        // "one commander (Name)": a name in brackets after a role.
        let bracket = |n: usize| {
            self.toks[n - 1].sentence == self.toks[n].sentence
                && self.text[self.toks[n - 1].end..self.toks[n].start].trim() == "("
        };
        if n >= self.toks.len() || !(self.adjacent(n - 1, n) || bracket(n)) {
            return false;
        }
        let Some(j) = self.take_name(n).or_else(|| self.initials_then_name(n)) else {
            return false;
        };
        if j > n && n == i + 1 && self.r.given_name_titles.contains(&title) {
            // "Amir Karim Tabesh": a given name, not a title.
            self.push(i, j, "name after a given name".into(), false);
            return true;
        }
        let keeps_title = is_cap(&title) && !matches!(title.as_str(), "Mr" | "Mrs" | "Ms" | "Dr");
        if self.before_place_noun(j) {
            return false;
        }
        // ("General Waker-Uz-Zaman": capitalized parts joined by hyphens are a whole name.)
        let joined = self.word(n).split('-').filter(|p| is_cap(p)).count() >= 2;
        // ("President Sukarno", "Chief Minister Zoramthanga": an office is held, not part
        // of the name, as "Mullah Omar" and "King Hussein" are.)
        let office = self.text[self.toks[i].start..self.toks[n].start]
            .split_whitespace()
            .any(|w| OFFICES.contains(&w));
        if j == n && keeps_title && !joined && !office {
            // A single name after a title: keep the title as part of how the person is known.
            let (s, e) = (self.toks[i].start, self.toks[j].end);
            let name = self.text[s..e]
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_string();
            if !self.taken.overlaps(s, e) {
                self.add((
                    self.toks[n].start,
                    self.toks[j].end,
                    name,
                    format!("title {title}"),
                    true,
                ));
            }
        } else {
            self.push(
                n,
                j,
                format!("title {title}"),
                !is_cap(&title) || joined || office,
            );
        }
        true
    }

    /// Rule: a name after a speech verb or "according to" ("said Karim").
    fn after_speech(&mut self, i: usize) {
        let w = self.word(i);
        let lw = self.lower(i);
        let opens = self.r.speech.contains(lw)
            || (lw == "to" && i > 0 && self.word(i - 1).eq_ignore_ascii_case("according"))
            || (lw == "as" && i > 1 && matches!(self.word(i - 1), "himself" | "herself"));
        if !(opens && i + 1 < self.toks.len() && self.adjacent(i, i + 1)) {
            return;
        }
        // "Said Abdullo Nuri": a capitalized given name, not the verb.
        if is_cap(w) && self.r.given_names.contains(w) {
            return;
        }
        if let Some(j) = self.take_name(i + 1) {
            let ends = j + 1 >= self.toks.len()
                || !self.adjacent(j, j + 1)
                || self.toks[j + 1].sentence != self.toks[j].sentence;
            let reason = format!("speaker ({w})");
            self.push(i + 1, j, reason, ends && lw != "to");
        }
    }

    /// Rule: a name of two words or more after a verb whose object is a person
    /// ("arrested Juan Ortega", "led by Ana Ruiz").
    fn after_person_verb(&mut self, i: usize) {
        let lw = self.lower(i);
        // ("led from exile by X": past a place the agent acts from.)
        let from_afar = i >= 3
            && self.lower(i - 2) == "from"
            && matches!(
                self.lower(i - 1),
                "exile" | "abroad" | "prison" | "jail" | "hiding"
            );
        let verb = if from_afar {
            i.saturating_sub(3)
        } else {
            i.saturating_sub(1)
        };
        let opens = if lw == "by" && i > 0 && self.adjacent(i - 1, i) {
            let pair = format!("{} by", self.lower(verb));
            self.r.person_verbs.contains(&pair)
        } else {
            self.r.person_verbs.contains(lw)
        };
        if !(opens && i + 1 < self.toks.len() && self.adjacent(i, i + 1)) {
            return;
        }
        // ("led by the ex-convict Sangak Safarov": past an article and one lowercase
        // noun, a name of two words or more that no organization's or body's word ends.)
        let described = self.lower(i + 1) == "the"
            && i + 3 < self.toks.len()
            && (i + 1..i + 3).all(|k| self.adjacent(k, k + 1))
            && self
                .word(i + 2)
                .chars()
                .all(|ch| ch.is_lowercase() || ch == '-');
        let start = if described { i + 3 } else { i + 1 };
        let Some(j) = self.take_name(start) else {
            return;
        };
        let r = self.r;
        let body = r.org_heads.contains(self.word(j)) || r.agency_heads.contains(self.word(j));
        if described && (j == start || body) {
            return;
        }
        self.push(start, j, format!("object of \"{lw}\""), false);
    }

    /// Whether the one word at `i` is set off by a role that closes its apposition, so a
    /// person known by one name: "Laldenga, the MNF's president, was sworn in",
    /// "Suharto, then a general in the army,". Not a date's word or a sentence adverb
    /// ("Later, the group's leader said"), nor a place after a preposition ("From
    /// Lubumbashi, the alliance's leader", "of Kabul, a retired officer").
    fn apposed_to_a_role(&self, i: usize) -> bool {
        let toks = self.toks;
        let w = self.word(i);
        if i + 3 >= toks.len()
            || date_or_adverb(w)
            || !w.chars().skip(1).any(char::is_lowercase)
            || self.text[toks[i].end..toks[i + 1].start].trim() != ","
            || !matches!(self.lower(i + 1), "a" | "an" | "the" | "then" | "once")
            || i > 0
                && (self.r.locatives.contains(self.word(i - 1))
                    || BEFORE_A_PLACE.contains(&self.lower(i - 1)))
        {
            return false;
        }
        (i + 2..(i + 7).min(toks.len())).any(|k| {
            let closes = k + 1 >= toks.len()
                || toks[k + 1].sentence != toks[k].sentence
                || self.text[toks[k].end..toks[k + 1].start].trim() == ","
                || matches!(self.lower(k + 1), "and" | "of" | "in" | "since" | "until");
            toks[k].sentence == toks[i].sentence
                && self.text[toks[k - 1].end..toks[k].start].trim().is_empty()
                && self.is_role(self.word(k))
                && closes
        })
    }

    /// Rule: a name of two words or more before a speech verb ("Name said") or in an
    /// apposition ("Name, a ...", "Name, the group's spokesman", "spokesman, Name").
    fn before_speech_or_apposition(&mut self, i: usize) {
        let initials = self.leading_initials(i).is_some()
            && (i == 0 || !self.adjacent(i - 1, i) || self.leading_initials(i - 1).is_none());
        if !(self.name_word(i) || initials)
            || (i > 0 && self.adjacent(i - 1, i) && self.name_word(i - 1))
        {
            return;
        }
        // "The Red Dragons, a separatist militia, said": a person's name takes no article.
        if i > 0 && self.adjacent(i - 1, i) && self.lower(i - 1) == "the" {
            return;
        }
        let Some(j) = self.take_name(i) else {
            return;
        };
        let toks = self.toks;
        if j == i && self.apposed_to_a_role(i) {
            self.push(i, i, "one name apposed to a role".into(), true);
            return;
        }
        // "Another son, Saadi, crossed into Niger": one name set off by commas after a
        // noun of kin.
        let kin_before = self.role_before(i).is_some_and(is_kin);
        if j == i
            && kin_before
            && i + 1 < toks.len()
            && self.text[toks[i].end..].starts_with(',')
            && !self.r.not_names.contains(self.word(i))
        {
            self.push(i, i, "one name apposed to kin".into(), true);
            return;
        }
        if j == i || j + 1 >= toks.len() {
            return;
        }
        let r = self.r;
        let next = self.lower(j + 1);
        let gap = &self.text[toks[j].end..toks[j + 1].start];
        if gap.trim().is_empty() && r.speech.contains(next) {
            self.push(i, j, format!("speaker ({next})"), false);
        } else if let Some(marker) = self.alias_after(j) {
            self.push(i, j, format!("name before \"{marker}\""), false);
        } else if gap.trim() == "," && self.age_after(j) {
            self.push(i, j, "name before an age".into(), false);
        } else if gap.trim() == ","
            // "in North Vesh, the largest district": a place.
            && !(i > 0 && r.locatives.contains(self.word(i - 1)))
            && (matches!(next, "a" | "an" | "the" | "who")
                // "Name, then the region's emir", "Name, now a senior commander".
                || (matches!(next, "then" | "now" | "formerly" | "still")
                    && j + 2 < toks.len()
                    && (matches!(self.word(j + 2), "a" | "an" | "the")
                        || self.is_role(self.word(j + 2))))
                || (j + 5 < toks.len() && (1..=4).any(|k| self.is_role(self.word(j + k)))))
            && !self.place_apposed(j)
            && !self.body_apposed(j)
        {
            self.push(i, j, "apposition".into(), false);
        } else if let Some(role) = self.role_before(i) {
            let reason = format!("apposition to {role}");
            self.push(i, j, reason, false);
        }
    }

    /// "Karim Benali, 45, was charged": an age set off by commas after the name ending at
    /// token `j`.
    fn age_after(&self, j: usize) -> bool {
        let toks = self.toks;
        j + 2 < toks.len()
            && toks[j + 1].sentence == toks[j].sentence
            && self
                .word(j + 1)
                .parse::<u8>()
                .is_ok_and(|age| (12..=99).contains(&age))
            && self.text[toks[j + 1].end..].starts_with(',')
    }

    /// Whether the apposition after the name ending at `j` describes a place: "Las Anod,
    /// the main town", "Kalma, a camp for the displaced" (a place noun within its first
    /// four words, before any comma, and before no role: "a town elder").
    fn place_apposed(&self, j: usize) -> bool {
        let toks = self.toks;
        // ("a teacher in the village of", "deputy director of Inner Mongolia's": a
        // person's noun first, or a role after the place's, "a town elder".)
        let personal = |w: &str| {
            self.is_role(w)
                || ["er", "or", "ist", "ent", "ant", "ian"]
                    .iter()
                    .any(|e| w.ends_with(e))
                || matches!(w, "chief" | "official")
        };
        for k in j + 2..(j + 6).min(toks.len()) {
            if !self.text[toks[k - 1].end..toks[k].start].trim().is_empty() {
                return false;
            }
            let w = self.lower(k);
            if personal(w)
                || matches!(
                    w,
                    "in" | "of" | "at" | "for" | "from" | "near" | "on" | "with"
                )
            {
                return false;
            }
            if self.r.place_nouns.contains(w) || matches!(w, "capital" | "district" | "county") {
                return !(k + 1 < toks.len()
                    && self.adjacent(k, k + 1)
                    && personal(self.lower(k + 1)));
            }
        }
        false
    }

    /// Whether the apposition after the name ending at `j` describes a body: "Srpska
    /// Lista, the largest Kosovo Serb party" (an organization's noun within its first five
    /// words, before any comma or preposition, and before no role: "a party leader").
    fn body_apposed(&self, j: usize) -> bool {
        let toks = self.toks;
        // (An article opens the description: "Name, who heads the X Brigade" is a person.)
        if j + 1 >= toks.len() || !matches!(self.lower(j + 1), "a" | "an" | "the") {
            return false;
        }
        for k in j + 2..(j + 7).min(toks.len()) {
            if !self.text[toks[k - 1].end..toks[k].start].trim().is_empty() {
                return false;
            }
            let w = self.lower(k);
            if self.is_role(w) || matches!(w, "of" | "in" | "at" | "for" | "from" | "with" | "who")
            {
                return false;
            }
            if self.r.organization_nouns.contains(w) {
                return !(k + 1 < toks.len()
                    && self.adjacent(k, k + 1)
                    && self.is_role(self.lower(k + 1)));
            }
        }
        false
    }

    /// Rule: a name after a person noun and a word that names it ("a cleric named X", "a
    /// JAS commander known as X", "a man identified as X").
    fn after_naming(&mut self, i: usize) {
        let toks = self.toks;
        let lw = self.lower(i);
        // "named the dead commander as X", "gave his name as X": a naming verb a few words
        // before "as", past its object.
        let named_as = lw == "as"
            && (i.saturating_sub(5)..i.saturating_sub(1))
                .take_while(|&k| toks[k].sentence == toks[i].sentence)
                .any(|k| {
                    matches!(
                        self.lower(k),
                        "named" | "identified" | "names" | "identifies" | "gave" | "gives"
                    ) && (k + 1..i).all(|m| self.adjacent(m - 1, m))
                        && (k + 1..i).any(|m| {
                            let w = self.lower(m);
                            self.is_role(w) || PERSON_NOUNS.contains(&w) || w == "name"
                        })
                });
        let naming = matches!(lw, "named" | "called" | "nicknamed" | "dubbed")
            || named_as
            || lw == "as"
                && i > 0
                && matches!(self.lower(i - 1), "known" | "identified" | "described");
        if !naming || i + 1 >= toks.len() || !self.adjacent(i, i + 1) {
            return;
        }
        let back = if lw == "as" { i - 1 } else { i };
        let person_noun = named_as
            || (back.saturating_sub(4)..back)
                .rev()
                .take_while(|&k| toks[k].sentence == toks[i].sentence && self.adjacent(k, k + 1))
                .any(|k| {
                    let w = self.lower(k);
                    self.is_role(w) || PERSON_NOUNS.contains(&w)
                });
        if !person_noun {
            return;
        }
        let Some(j) = self.take_name(i + 1) else {
            return;
        };
        self.push(i + 1, j, format!("a person {lw} by name"), false);
    }

    /// Rule: a name of two words or more joined by "and" to a person found ("Vesko Quell
    /// and Tarek Olvan signed", "between Tarek Olvan and Vesko Quell"): a pair so joined
    /// is of one kind.
    fn joined_to_persons(&mut self) {
        let toks = self.toks;
        let found: Vec<(usize, usize)> = self.out.iter().map(|p| (p.0, p.1)).collect();
        for i in 1..toks.len().saturating_sub(1) {
            if self.word(i) != "and" || !self.adjacent(i - 1, i) || !self.adjacent(i, i + 1) {
                continue;
            }
            let (before, after) = (toks[i - 1].end, toks[i + 1].start);
            if found.iter().any(|&(_, e)| e == before) {
                if let Some(j) = self.take_name(i + 1).filter(|&j| j > i + 1) {
                    if !self.before_place_noun(j) {
                        self.push(i + 1, j, "joined by \"and\" to a person".into(), false);
                    }
                }
            } else if found.iter().any(|&(s, _)| s == after) {
                // The name before "and": up to three name words back.
                let mut k = i - 1;
                while k > 0 && i - k < 3 && self.name_word(k - 1) && self.adjacent(k - 1, k) {
                    k -= 1;
                }
                let opens = k == 0 || !is_cap(self.word(k - 1));
                if k < i - 1 && self.name_word(k) && self.name_word(i - 1) && opens {
                    self.push(k, i - 1, "joined by \"and\" to a person".into(), false);
                }
            }
        }
    }

    /// Rule: a name of two words or more after a noun of kin and "of" ("the son of Marta
    /// Quell", "the widow of the late Tomas Vell"): only a person has kin.
    fn after_kin_of(&mut self, i: usize) {
        let toks = self.toks;
        if !KIN.contains(&self.lower(i)) || i + 2 >= toks.len() || self.lower(i + 1) != "of" {
            return;
        }
        let mut n = i + 2;
        if self.lower(n) == "the" && n + 1 < toks.len() && self.lower(n + 1) == "late" {
            n += 2;
        }
        if n >= toks.len() || !self.adjacent(i, i + 1) || !self.adjacent(n - 1, n) {
            return;
        }
        let Some(j) = self.take_name(n) else {
            return;
        };
        if j > n && !self.before_place_noun(j) {
            self.push(n, j, format!("after \"{} of\"", self.lower(i)), false);
        }
    }

    /// Rule: a name of two words or more opening its sentence before a verb only a person
    /// does to a body ("Carmen Villalba founded the ..."), or a passive only a person
    /// suffers ("Vesko Quell was killed ...").
    fn before_founding_verb(&mut self, i: usize) {
        let toks = self.toks;
        if i > 0 && toks[i - 1].sentence == toks[i].sentence {
            return;
        }
        // (A founding verb within five words, or a person's passive within seven, before
        // the name is read.)
        let founding = (i + 1..(i + 6).min(toks.len())).any(|k| LEADING.contains(&self.lower(k)))
            || (i + 2..(i + 8).min(toks.len())).any(|k| SUFFERED.contains(&self.lower(k)));
        if !founding {
            return;
        }
        let Some(j) = self.take_name(i) else {
            return;
        };
        if j == i || j + 1 >= toks.len() || !self.adjacent(j, j + 1) {
            return;
        }
        let next = self.lower(j + 1);
        if LEADING.contains(&next) {
            self.push(i, j, format!("subject of \"{next}\""), false);
            return;
        }
        // "Vesko Quell was killed in a drone strike": a passive only a person suffers.
        let aux = match (next, self.lower((j + 2).min(toks.len() - 1))) {
            ("was" | "is", _) => Some(j + 2),
            ("has" | "had", "been") => Some(j + 3),
            _ => None,
        };
        let suffered = aux
            .filter(|&k| k < toks.len() && self.adjacent(k - 1, k))
            .is_some_and(|k| SUFFERED.contains(&self.lower(k)));
        if suffered {
            self.push(
                i,
                j,
                "subject of a passive only a person suffers".into(),
                false,
            );
        }
    }

    /// Rule: a name of two words or more opening with a common given name ("Evo Morales
    /// praised ...", "the arrest of Daniel Kinahan"), not where a capitalized word runs
    /// into it ("the Omar Bongo stadium" is a place's, "Camp Ahmed" too).
    fn after_given_name(&mut self, i: usize) {
        let w = self.word(i);
        // ("Laurent-Désiré Kabila", "Jean-Pierre Bemba": a given name joined to another.)
        let first = w.split('-').next().unwrap_or(w);
        // ("Abu Khalid al-Suri", "Umm Hassan al-Masri": a kunya opens a name of three
        // words or more; "Abu Kamal" and "Abu Ghraib" are places.)
        let kunya = matches!(w, "Abu" | "Umm");
        if !(self.r.given_names.contains(first) || kunya) || self.covered[i] {
            return;
        }
        // (Nor a ship's: "the tanker Maria Elena". An owner's possessive runs into no
        // name: "Cuba's Fidel Castro".)
        // (A date's word opens no name: "On New Year's Eve Mario Monje walked up".)
        let before = |k: usize| {
            let b = self.word(k);
            is_cap(b) && !b.ends_with("'s") && !b.ends_with("’s") && !date_or_adverb(b)
                || self.r.vessel_nouns.contains(self.lower(k))
        };
        if i > 0 && self.adjacent(i - 1, i) && before(i - 1) {
            return;
        }
        let Some(j) = self.take_name(i) else {
            return;
        };
        let toks = self.toks;
        let head_after = j + 1 < toks.len() && self.adjacent(j, j + 1) && {
            let n = self.word(j + 1);
            is_cap(n) && (self.r.org_heads.contains(n) || self.r.agency_heads.contains(n))
        };
        let name = &self.text[toks[i].start..toks[j].end];
        if j > i && !head_after && !self.place(name) && (!kunya || j >= i + 2) {
            self.push(i, j, "given name".into(), false);
        }
    }

    /// The words written alone, capitalized, inside a sentence (no name word glued
    /// before or after them), without a possessive: "overthrew Obote", "Obote's army".
    fn lone_words(&self) -> HashSet<&'a str> {
        let toks = self.toks;
        let text = self.text;
        let mut out = HashSet::default();
        // (Each token's test once: a long document has many.)
        let name: Vec<bool> = (0..toks.len()).map(|k| self.name_word(k)).collect();
        for k in 0..toks.len() {
            let glued_before = k > 0 && name[k - 1] && self.adjacent(k - 1, k);
            let glued_after = k + 1 < toks.len() && name[k + 1] && self.adjacent(k, k + 1);
            let inside = k > 0 && toks[k - 1].sentence == toks[k].sentence;
            // ("Okello went into exile": opening its sentence, before a verb in the past.)
            let opening = !inside
                && k + 1 < toks.len()
                && self.adjacent(k, k + 1)
                && (self.lower(k + 1).ends_with("ed")
                    || self.r.speech.contains(self.lower(k + 1))
                    || IRREGULAR_PAST.contains(&self.lower(k + 1)));
            // ("fighters in Younis", "Murders in Juarez": a place's use.)
            let placed = inside && PLACE_BEFORE.contains(&self.lower(k - 1));
            if (inside || opening) && !placed && !glued_before && !glued_after && name[k] {
                let w = &text[toks[k].start..toks[k].end];
                let w = w
                    .strip_suffix("'s")
                    .or_else(|| w.strip_suffix("’s"))
                    .unwrap_or(w);
                out.insert(w);
            }
        }
        out
    }

    /// Rule: a name of two or three words inside its sentence whose last word the text
    /// also writes alone ("took power from Milton Obote ... overthrew Obote"): a person
    /// named in full, then by surname. Not after "the" or a capitalized word, nor before
    /// a body's head word.
    fn surname_repeated(&mut self, i: usize, lone: &HashSet<&str>) {
        let toks = self.toks;
        if i == 0 || toks[i - 1].sentence != toks[i].sentence || !self.name_word(i) {
            return;
        }
        let glued = self.adjacent(i - 1, i)
            && (is_cap(self.word(i - 1)) || matches!(self.lower(i - 1), "the" | "a" | "an"));
        // (Nor a place's name after a preposition of place or a verb of taking ground:
        // "control of Ciudad Juarez", "besieged El Fasher", "watched Real Madrid".)
        // ("Forces loyal to Tito Okello": a person's "to".)
        let loyal = i >= 2
            && self.lower(i - 1) == "to"
            && matches!(
                self.lower(i - 2),
                "loyal" | "close" | "allied" | "aide" | "adviser"
            );
        let placed = !loyal
            && (PLACE_BEFORE.contains(&self.lower(i - 1))
                || matches!(
                    self.lower(i - 1),
                    "attacked" | "reached" | "watched" | "overran"
                ));
        if glued || placed {
            return;
        }
        let Some(j) = self.take_name(i) else {
            return;
        };
        if j == i || j - i > 2 || (i..=j).any(|k| !self.name_word(k)) {
            return;
        }
        let last = self.word(j);
        let last = last
            .strip_suffix("'s")
            .or_else(|| last.strip_suffix("’s"))
            .unwrap_or(last);
        let head_after = j + 1 < toks.len() && self.adjacent(j, j + 1) && {
            let n = self.word(j + 1);
            is_cap(n) && (self.r.org_heads.contains(n) || self.r.agency_heads.contains(n))
        };
        // ("North Darfur ... Darfur", "Pakistan-administered Kashmir", "the Iraqi": a
        // region's compass word, a compound of a place, a people's adjective.)
        let first = self.word(i);
        let region = matches!(
            first,
            "North"
                | "South"
                | "East"
                | "West"
                | "Northern"
                | "Southern"
                | "Eastern"
                | "Western"
                | "Central"
                | "Upper"
                | "Lower"
                | "Greater"
                | "Inner"
                | "Outer"
        );
        let compound = (i..=j).any(|k| self.word(k).split('-').skip(1).any(|p| !is_cap(p)));
        let people = self.r.demonyms.contains_key(last)
            || matches!(
                last,
                "Day"
                    | "Days"
                    | "Week"
                    | "Year"
                    | "Night"
                    | "Eve"
                    | "Cup"
                    | "Games"
                    | "Prize"
                    | "Road"
                    | "Street"
                    | "Avenue"
                    | "Square"
                    | "Bridge"
                    | "Plains"
                    | "Hills"
            );
        if lone.contains(last)
            && !head_after
            && !region
            && !compound
            && !people
            && last.chars().count() > 2
        {
            self.push(i, j, "surname used alone".into(), false);
        }
    }

    /// Whether `w` is a role noun, or a compound of one ("secretary-general").
    fn is_role(&self, w: &str) -> bool {
        let w = w.to_lowercase();
        // ("vice-president", "co-founder": the head of a hyphenated role counts too.)
        self.r.roles.contains(&w)
            || w.split('-')
                .next()
                .is_some_and(|p| self.r.roles.contains(p))
            || w.rsplit('-')
                .next()
                .is_some_and(|p| self.r.roles.contains(p))
    }

    /// The role noun of an apposition ending before token `i`: "spokesman, Name" or
    /// "the governor of the province, Name".
    fn role_before(&self, i: usize) -> Option<&str> {
        let toks = self.toks;
        if i == 0 || self.text[toks[i - 1].end..toks[i].start].trim() != "," {
            return None;
        }
        // ("three brothers, Zau Seng, Zau Tu and Zau Dan", "his son, Mahamat Déby".)
        let w = self.word(i - 1);
        if self.is_role(w) || is_kin(w) {
            return Some(w);
        }
        // "role of X Y": the role within five words, with "of" after it.
        (i.saturating_sub(6)..i - 1)
            .rev()
            .take_while(|&k| toks[k].sentence == toks[i].sentence)
            .find(|&k| self.is_role(self.word(k)) && self.word(k + 1) == "of")
            .map(|k| self.word(k))
    }
}

/// Words after which one capitalized word is a place, not a person known by one name:
/// "From Lubumbashi, the alliance's leader", "in central Luzon, the supreme commander".
const BEFORE_A_PLACE: [&str; 15] = [
    "of", "at", "in", "from", "to", "into", "near", "on", "for", "by", "central", "northern",
    "southern", "eastern", "western",
];

/// Whether `w` is a noun of kin, or its plural ("brothers").
fn is_kin(w: &str) -> bool {
    KIN.contains(&w) || w.strip_suffix('s').is_some_and(|s| KIN.contains(&s))
}

/// Nouns of kin before "of" and a person's name.
const KIN: [&str; 14] = [
    "son", "daughter", "brother", "sister", "father", "mother", "wife", "husband", "widow",
    "nephew", "niece", "uncle", "cousin", "grandson",
];

impl Recognizer {
    /// Persons, in text order of the rule that found them.
    pub(super) fn persons(
        &self,
        text: &str,
        (toks, lowered): (&[Tok], &Lowered),
        covered: &[bool],
    ) -> Vec<PersonSpan> {
        let mut scan = Scan {
            r: self,
            text,
            toks,
            lowered,
            covered,
            out: Vec::new(),
            taken: Spans::default(),
        };
        for i in 0..toks.len() {
            if scan.after_title(i) {
                continue;
            }
            scan.after_speech(i);
            scan.after_person_verb(i);
            scan.before_speech_or_apposition(i);
            scan.after_naming(i);
            scan.before_founding_verb(i);
            scan.after_kin_of(i);
            scan.after_given_name(i);
        }
        scan.joined_to_persons();
        // (Last: the rules above name their persons with a reason of their own.)
        let lone = scan.lone_words();
        for i in 0..toks.len() {
            scan.surname_repeated(i, &lone);
        }
        scan.out
    }
}

/// Whether a capitalized word is a date's or a sentence adverb, which may stand right
/// before a given name without being part of the name ("On New Year's Eve Mario Monje",
/// "On Monday Juan", "Later Mario").
fn date_or_adverb(w: &str) -> bool {
    matches!(w, "Eve" | "Day")
        || super::orgs::SENTENCE_ADVERBS.contains(&w)
        || crate::read::date::WEEKDAYS.contains(&w.to_ascii_lowercase().as_str())
        || (w.len() > 3 || w == "May") && crate::read::date::month_number(w).is_some()
}
