//! Organizations by the shape of their names: a head word ("... Network") or a formant
//! ("Lashkar-e-...") and the capitalized words around it.

use super::{is_cap, is_name_part, Recognizer, Tok};
use crate::actors::pack::Kind;

/// An organization found: `(start, end, name, kind, reason)`.
pub(super) type OrgSpan = (usize, usize, String, Kind, String);

/// Nouns of a person after a noun of a body: "a clan elder", "a party activist".
const PERSON_AFTER: [&str; 14] = [
    "elder",
    "elders",
    "activist",
    "activists",
    "organizer",
    "organiser",
    "member",
    "members",
    "worker",
    "figure",
    "supporter",
    "loyalist",
    "boss",
    "veteran",
];

/// Plurals of armed or organized bodies, before a list of their names.
const PLURAL_BODIES: [&str; 11] = [
    "factions",
    "groups",
    "gangs",
    "militias",
    "cartels",
    "movements",
    "organizations",
    "organisations",
    "networks",
    "coalitions",
    "alliances",
];

/// Heads of deliberating bodies, whose names may go on after "on".
const DELIBERATING: [&str; 6] = [
    "Commission",
    "Committee",
    "Council",
    "Conference",
    "Forum",
    "Panel",
];

/// Words that open a sentence before a comma and name nothing ("Afterwards, the ...").
pub(super) const SENTENCE_ADVERBS: [&str; 23] = [
    "Afterwards",
    "Afterward",
    "Elsewhere",
    "Earlier",
    "Later",
    "Overnight",
    "Previously",
    "Since",
    "Then",
    "Nonetheless",
    "Nevertheless",
    "Moreover",
    "Thereafter",
    "Meanwhile",
    "Today",
    "Yesterday",
    "Now",
    "Soon",
    "Eventually",
    "Finally",
    "Initially",
    "Recently",
    "Instead",
];

/// One scan of a document for shaped organization names.
struct Scan<'a> {
    r: &'a Recognizer,
    text: &'a str,
    toks: &'a [Tok],
    covered: &'a [bool],
    /// Per phrase, whether the document uses it as a title again (see `recurring_title`):
    /// a scan of the whole text, read once per phrase.
    titles: std::cell::RefCell<rustc_hash::FxHashMap<&'a str, bool>>,
}

impl Scan<'_> {
    fn word(&self, i: usize) -> &str {
        &self.text[self.toks[i].start..self.toks[i].end]
    }

    fn adjacent(&self, a: usize, b: usize) -> bool {
        let toks = self.toks;
        toks[a].sentence == toks[b].sentence
            && self.text[toks[a].end..toks[b].start].trim().is_empty()
    }

    fn possessive(&self, i: usize) -> bool {
        self.word(i).ends_with("'s") || self.word(i).ends_with("’s")
    }

    /// "the Lord's Resistance Army", "the People's Revolutionary Front": a possessive that
    /// opens a name after "the" belongs to it. An owner's name
    /// before a name is recognized on its own ("Pakistan's Haqqani Network") or stands
    /// without "the" ("Kabila's Republican Guard").
    fn possessive_in_name(&self, i: usize) -> bool {
        // (Opening a sentence with no "the", a possessive is an owner's: "Savimbi's
        // National Union ... went back to war".)
        let opens = i > 0 && matches!(self.word(i - 1), "the" | "The") && self.adjacent(i - 1, i);
        // "the Sahrawi People's Liberation Army": inside a name, the possessives that
        // names are made of.
        let inside = matches!(
            self.bare(i),
            "People" | "Peoples" | "Workers" | "Martyrs" | "Lord" | "Nation" | "Patriots"
        );
        (opens || inside) && is_cap(self.bare(i)) && !self.r.not_names.contains(self.bare(i))
    }

    /// "the Martyrs' Brigade": a plural possessive opening a name, its apostrophe between
    /// the two words.
    fn plural_possessive(&self, a: usize, b: usize) -> bool {
        let toks = self.toks;
        toks[a].sentence == toks[b].sentence
            && matches!(&self.text[toks[a].end..toks[b].start], "' " | "’ ")
            && self.word(a).ends_with('s')
            && self.possessive_in_name(a)
    }

    /// The word without its possessive ending ("Army's" → "Army").
    fn bare(&self, i: usize) -> &str {
        let w = self.word(i);
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w)
    }

    fn connector(&self, w: &str) -> bool {
        self.r.connectors.contains(&w.to_lowercase())
    }

    /// Leftwards from a head word: capitalized words, unit numbers and connectors.
    fn extend_left(&self, mut from: usize) -> usize {
        while from > 0
            && (self.adjacent(from - 1, from) || self.plural_possessive(from - 1, from))
            && !self.covered[from - 1]
            && (!self.possessive(from - 1) || self.possessive_in_name(from - 1))
        {
            let p = self.word(from - 1);
            // "215 Maiwand Corps", "3rd Brigade": a unit number opens the name.
            let numeral = |w: &str| {
                w.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                        .chars()
                        .all(|c| c.is_ascii_digit())
            };
            let number = numeral(p);
            // ("the 26th of July Movement": a date's day before "of" opens it too.)
            let day_of = p == "of"
                && from >= 2
                && numeral(self.word(from - 2))
                && is_cap(self.word(from))
                && crate::read::date::month_number(self.word(from)).is_some();
            // ("the al-Baraa bin Malik Brigade": a name behind a connector of names, the
            // pack's "al", is a part too; not "pro-Iranian".)
            let part = |w: &str| {
                is_cap(w)
                    || w.split_once('-').is_some_and(|(a, _)| self.connector(a)) && is_name_part(w)
            };
            if part(p)
                || number
                || day_of
                || (self.connector(p) && from >= 2 && part(self.word(from - 2)))
            {
                from -= 1;
            } else {
                break;
            }
        }
        from
    }

    /// Rightwards: formant names run on; any name may continue "of/for the X and Y".
    fn extend_right(&self, mut to: usize, formant: bool) -> usize {
        let r = self.r;
        let toks = self.toks;
        let mut run_on = formant;
        loop {
            let n = to + 1;
            if n >= toks.len() || !self.adjacent(to, n) || self.covered[n] || self.possessive(to) {
                break;
            }
            let nw = self.word(n);
            // "the Independent International Commission on Decommissioning": a deliberating
            // body's name may go on after "on" (not "the Council on Monday").
            let on = nw == "on"
                && DELIBERATING.contains(&self.bare(to))
                && n + 1 < toks.len()
                && self.adjacent(n, n + 1)
                && !self.covered[n + 1]
                && is_cap(self.word(n + 1))
                && is_name_part(self.word(n + 1))
                && !r.not_names.contains(self.word(n + 1));
            if on && !self.possessive(n) {
                to = n + 1;
                run_on = true;
                continue;
            }
            if self.connector(nw) && !is_name_part(nw) {
                let mut k = n;
                while k + 1 < toks.len()
                    && self.adjacent(k, k + 1)
                    && self.connector(self.word(k + 1))
                    && !is_name_part(self.word(k + 1))
                {
                    k += 1;
                }
                if k + 1 < toks.len()
                    && self.adjacent(k, k + 1)
                    && is_name_part(self.word(k + 1))
                    && !self.covered[k + 1]
                    && (run_on || matches!(nw, "of" | "for"))
                    && !self.second_name(n, k)
                    && !self.owner_after_and(n, k)
                {
                    to = k + 1;
                    run_on = true;
                    continue;
                }
                break;
            }
            if is_name_part(nw)
                && (run_on || r.org_heads.contains(nw) || r.agency_heads.contains(nw))
                && (run_on || !r.not_names.contains(nw))
            {
                to = n;
                continue;
            }
            break;
        }
        to
    }

    /// Whether the connectors `n..=k` are "and the" before a second name of its own, not
    /// the rest of one ("the Front of Corsica and the FLNC split", "the Union of X and the
    /// Army of Y" are two; "the Islamic State of Iraq and the Levant" is one): an acronym,
    /// or two capitalized words or more, after the article.
    fn second_name(&self, n: usize, k: usize) -> bool {
        if k < n + 1 || self.word(k) != "the" || self.word(k - 1) != "and" {
            return false;
        }
        let first = self
            .bare(k + 1)
            .split(['-', '‐'])
            .next()
            .unwrap_or_default();
        let acronym = first.len() >= 2 && first.chars().all(|c| !c.is_lowercase());
        // ("the Union des Combattants": past a connector too.)
        let part = |i: usize| i < self.toks.len() && self.adjacent(i - 1, i);
        let longer = part(k + 2)
            && (is_name_part(self.word(k + 2))
                || (self.connector(self.word(k + 2))
                    && part(k + 3)
                    && is_name_part(self.word(k + 3))));
        acronym || longer
    }

    /// Whether the connector `n` (alone: `k == n`) is "and" before an owner opening the
    /// next item of a list ("Roberto's Front for the Liberation of Angola and Jonas
    /// Savimbi's UNITA"): a given name opens a person, or two capitalized words or more
    /// end in a possessive. (One word's possessive may close the name: "the Front for
    /// Justice and Equality's fighters".)
    fn owner_after_and(&self, n: usize, k: usize) -> bool {
        if k != n || self.word(n) != "and" {
            return false;
        }
        if self.r.given_names.contains(self.word(k + 1)) {
            return true;
        }
        let mut i = k + 1;
        while i + 1 < self.toks.len()
            && !self.possessive(i)
            && self.adjacent(i, i + 1)
            && is_cap(self.word(i + 1))
        {
            i += 1;
        }
        i > k + 1 && self.possessive(i) && !self.possessive_in_name(i)
    }

    /// "SSC-Khatumo", "FLNC-Union": an acronym joined by a hyphen to a capitalized word
    /// names a body of its own, when neither part is a name the pack knows ("US-Iran").
    fn hyphenated_acronym(&self, i: usize) -> Option<OrgSpan> {
        let w = self.bare(i);
        let (acronym, rest) = w.split_once('-')?;
        let caps = acronym.len() >= 2 && acronym.chars().all(|c| c.is_ascii_uppercase());
        // (A word, not a second acronym: "EPA-EFE" credits a photo, "FRONT-RUNNER" is a
        // headline's.)
        let word = rest.len() >= 3
            && rest.starts_with(|c: char| c.is_uppercase())
            && rest.chars().all(char::is_alphabetic)
            && rest.chars().any(char::is_lowercase)
            // ("IMF-Backed reforms": a participle describes.)
            && !["ed", "ing"].iter().any(|e| rest.ends_with(e));
        if !caps || !word || self.r.lookup(acronym).is_some() || self.r.lookup(rest).is_some() {
            return None;
        }
        if self.r.demonyms.contains_key(rest) || self.r.not_names.contains(rest) {
            return None;
        }
        let (s, e) = (self.toks[i].start, self.toks[i].start + w.len());
        Some((
            s,
            e,
            w.to_string(),
            Kind::Organization,
            "acronym-name".to_string(),
        ))
    }

    /// Whether a formant written as a word of its own ("Los", "Jaish") opens a name here:
    /// a capitalized word that is no place's ("Los Angeles") follows it.
    fn formant_opens(&self, i: usize) -> bool {
        let w = self.word(i);
        if w.contains(['-', '‐']) {
            return true;
        }
        let next =
            |k: usize| (k < self.toks.len() && self.adjacent(k - 1, k)).then(|| self.word(k));
        if !matches!(w, "Los" | "Las") {
            // "Frente Comuneros del Sur", "Comandos de la Frontera": a name part follows,
            // right after or past one or two connectors.
            return (i + 1..=i + 3)
                .find(|&k| next(k).is_none_or(|n| !self.connector(n) || is_name_part(n)))
                .and_then(next)
                .is_some_and(|n| is_name_part(n) && (is_cap(n) || !self.connector(n)));
        }
        i + 1 < self.toks.len() && self.adjacent(i, i + 1) && is_cap(self.word(i + 1)) && {
            // ("Los Angeles-based": the place before a hyphenated suffix.)
            let next = self.bare(i + 1).split('-').next().unwrap_or_default();
            // ("Las Anod" is a town: the article goes with a plural or a Spanish word,
            // "Los Choneros", "Los Pachenca".)
            next.ends_with(['s', 'a', 'o'])
                && !self.r.not_names.contains(next)
                && !self.r.place_words.contains(next)
        }
    }

    /// The words `from..=to` as an organization, if one of them is distinctive and the
    /// name has two parts or more.
    fn accept(&self, mut from: usize, to: usize, head: usize, formant: bool) -> Option<OrgSpan> {
        let r = self.r;
        // "The", "According": words that open sentences, not names; but "Northern",
        // "National" open names ("Northern Operational Command").
        let opener = |w: &str| {
            (r.not_names.contains(w) && !r.generic.contains(&w.to_lowercase())) || self.connector(w)
        };
        // ("the All Tripura Tiger Force", "the All India Trinamool Congress": "All" after
        // an article opens the name.)
        let all = |k: usize| {
            self.word(k) == "All"
                && k > 0
                && matches!(self.word(k - 1), "the" | "The")
                && self.adjacent(k - 1, k)
        };
        while from < to && opener(self.word(from)) && !all(from) {
            // "Operation Deliberate Force" names an operation, not a force.
            if r.operation_words.contains(self.word(from)) {
                return None;
            }
            from += 1;
        }
        let names: Vec<&str> = (from..=to).map(|i| self.bare(i)).collect();
        let distinctive = names.iter().any(|n| r.distinctive(n));
        // ("National Resistance Army", "National Liberation Front": common words and a
        // head are a name when they carry a rebel's cause, in three words or more.)
        let distinctive = distinctive || names.len() >= 3 && rebel_name(&names);
        // ("the Defence and Security Forces": two capitalized common words joined by "and"
        // before a head are one body's name; the common phrase is written in lowercase.)
        let distinctive = distinctive || coordinated_name(&names);
        // "15 Corps", "3rd Brigade", "Brigade 444": a numbered unit.
        let numbered = names[0].starts_with(|c: char| c.is_ascii_digit())
            || names.len() == 2 && names[1].chars().all(|c| c.is_ascii_digit());
        let parts = names.len() + names.first().map_or(0, |n| n.matches('-').count());
        let titled = !(distinctive || numbered || formant) && self.recurring_title(from, to, head);
        // "Malaysia's National Security Council": common words after a state's possessive
        // name that state's own body, "National Security Council of Malaysia".
        let owner = (!(distinctive || numbered || titled || formant) && parts >= 2)
            .then(|| self.possessing_state(from))
            .flatten();
        if let Some(state) = owner {
            let (s, e) = (self.toks[from].start, self.toks[to].end);
            let phrase = super::without_possessive(&self.text[s..e]);
            let name = format!("{phrase} of {state}");
            let reason = format!("common words after {state}'s");
            return Some((s, s + phrase.len(), name, Kind::Agency, reason));
        }
        if !((distinctive || numbered || titled) && parts >= 2) {
            return None;
        }
        let s = self.toks[from].start;
        let mut name = self.text[s..self.toks[to].end].to_string();
        if let Some(stripped) = name.strip_suffix("'s").or_else(|| name.strip_suffix("’s")) {
            name = stripped.to_string();
        }
        let w = self.bare(head);
        // ("in the Democratic Republic of Congo": a state's name spelled another way is
        // the state's, a place or a party as the pack's own name would be.)
        let spelled = self
            .r
            .skeletons
            .get(&crate::actors::normalize::skeleton(&name));
        if spelled
            .copied()
            .flatten()
            .is_some_and(|p| r.pack.actors[p].kind == Kind::State)
        {
            return None;
        }
        // "Uganda National Liberation Army": a cause no state's army carries in its name.
        let rebel = rebel_name(&names);
        let (kind, reason) = if formant {
            (
                Kind::Organization,
                format!("formant {}", names[0].split('-').next().unwrap_or("")),
            )
        } else if r.agency_heads.contains(w) && (numbered || !rebel) {
            (Kind::Agency, format!("head word {w}"))
        } else {
            (Kind::Organization, format!("head word {w}"))
        };
        let e = s + name.len();
        Some((s, e, name, kind, reason))
    }
}

impl Scan<'_> {
    /// The name of the state whose possessive stands right before token `from`
    /// ("Malaysia's").
    fn possessing_state(&self, from: usize) -> Option<&str> {
        let k = from.checked_sub(1)?;
        if !self.adjacent(k, from) {
            return None;
        }
        let w = self.word(k);
        let bare = super::without_possessive(w);
        if bare.len() == w.len() {
            return None;
        }
        let &state = self.r.state_names.get(bare)?;
        Some(self.r.pack.actors[state].name.as_str())
    }

    /// "the Military Council", "the Islamic Movement": words common to many names and an
    /// organization's (or agency's) head word are still a name where the document writes
    /// them again and again as a title of their own: capitalized after "the" every time,
    /// at least twice, and never as the opening of a longer capitalized name. Its initials
    /// standing alone count as a use ("the National Security Service ... the NSS").
    fn recurring_title(&self, from: usize, to: usize, head: usize) -> bool {
        let toks = self.toks;
        let bare_head = self.bare(head);
        if from == 0
            || !(self.r.org_heads.contains(bare_head) || self.r.agency_heads.contains(bare_head))
            || !(from..=to).all(|i| is_cap(self.word(i)))
            || !matches!(self.word(from - 1), "the" | "The")
            || !self.adjacent(from - 1, from)
        {
            return false;
        }
        let text: &str = self.text;
        let phrase = &text[toks[from].start..toks[to].end];
        let phrase = phrase
            .strip_suffix("'s")
            .or_else(|| phrase.strip_suffix("’s"))
            .unwrap_or(phrase);
        if let Some(&known) = self.titles.borrow().get(phrase) {
            return known;
        }
        let recurs = self.recurs(phrase);
        self.titles.borrow_mut().insert(phrase, recurs);
        recurs
    }

    /// Whether `phrase` is used at least twice, each time after "the" and never opening a
    /// longer capitalized name; its initials standing alone count as a use.
    fn recurs(&self, phrase: &str) -> bool {
        let mut uses = 0;
        for (at, _) in self.text.match_indices(phrase) {
            let before = &self.text[..at];
            let after = &self.text[at + phrase.len()..];
            let the = before.strip_suffix(' ').is_some_and(|b| {
                b.ends_with("the") && !b[..b.len() - 3].ends_with(char::is_alphanumeric)
                    || b.ends_with("The") && !b[..b.len() - 3].ends_with(char::is_alphanumeric)
            });
            let longer = after.starts_with(char::is_alphanumeric)
                || after
                    .strip_prefix(' ')
                    .is_some_and(|a| a.starts_with(char::is_uppercase));
            if !the || longer {
                return false;
            }
            uses += 1;
        }
        let acronym = super::initials(phrase);
        let alone = |at: usize| {
            let before = self.text[..at].chars().next_back();
            let after = self.text[at + acronym.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        };
        if acronym.len() >= 3 && self.text.match_indices(&acronym).any(|(at, _)| alone(at)) {
            uses += 1;
        }
        uses >= 2
    }
}

impl Recognizer {
    /// Organizations by a head word ("... Network") or a formant ("Lashkar-e-...").
    pub(super) fn shaped_organizations(
        &self,
        text: &str,
        toks: &[Tok],
        covered: &[bool],
    ) -> Vec<OrgSpan> {
        let scan = Scan {
            r: self,
            text,
            toks,
            covered,
            titles: Default::default(),
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let w = scan.word(i);
            // "the Liberation Army's armed wing": a head may end the name possessively.
            let bare = scan.bare(i);
            let head = self.org_heads.contains(bare) || self.agency_heads.contains(bare);
            // ("Al-Jamaa al-Islamiya": an article may open the formant.)
            let core = ["Al-", "al-", "El-"]
                .iter()
                .find_map(|a| w.strip_prefix(a))
                .unwrap_or(w);
            let formant = is_cap(w)
                && self
                    .formants
                    .contains(&core.split(['-', '‐']).next().unwrap_or("").to_lowercase())
                && scan.formant_opens(i);
            if !(covered[i] || head || formant) {
                if let Some(span) = scan.hyphenated_acronym(i) {
                    out.push(span);
                }
            }
            if covered[i] || !(head || formant) {
                i += 1;
                continue;
            }
            let from = if head { scan.extend_left(i) } else { i };
            let to = if formant && matches!(w, "Los" | "Las") {
                // "Los Choneros and Los Lobos": an article's name is its capitalized
                // words, two at most, and runs on over no connector.
                let mut to = i;
                while to < i + 2
                    && to + 1 < toks.len()
                    && scan.adjacent(to, to + 1)
                    && !covered[to + 1]
                    && !scan.possessive(to)
                    && is_cap(scan.word(to + 1))
                {
                    to += 1;
                }
                to
            } else {
                scan.extend_right(i, formant)
            };
            // "Brigade 444", "Battalion 101": a unit numbered after its head.
            let digits = |k: usize| {
                k < toks.len()
                    && scan.adjacent(k - 1, k)
                    && !covered[k]
                    && (1..=5).contains(&scan.word(k).len())
                    && scan.word(k).chars().all(|c| c.is_ascii_digit())
            };
            let to = if head && to == i && digits(i + 1) {
                i + 1
            } else {
                to
            };
            out.extend(scan.accept(from, to, i, formant));
            i = to + 1;
        }
        out
    }
}

impl Scan<'_> {
    /// The capitalized run of one to three name words from token `k`, if it can be a name.
    fn name_run(&self, k: usize) -> Option<usize> {
        self.name_run_of(k, 3)
    }

    /// `name_run` of up to `most` words.
    fn name_run_of(&self, k: usize, most: usize) -> Option<usize> {
        let toks = self.toks;
        let ok = |k: usize| k < toks.len() && !self.covered[k] && is_name_part(self.word(k));
        let first = self.word(k);
        // ("The group called Monday's move bold": a weekday's possessive names no one.)
        let bare = first.trim_end_matches("'s").trim_end_matches("’s");
        if !ok(k)
            || !is_cap(first)
            || self.r.not_names.contains(bare)
            || self.r.place_words.contains(first)
        {
            return None;
        }
        let mut j = k;
        while j - k + 1 < most && ok(j + 1) && self.adjacent(j, j + 1) {
            j += 1;
        }
        let distinctive = (k..=j).any(|i| !self.r.generic.contains(&self.word(i).to_lowercase()));
        distinctive.then_some(j)
    }

    /// Rule: a name after a noun that says what kind of body it is ("the security firm
    /// Orlan", "a company called Tessel Gold").
    fn after_noun(&self, i: usize) -> Option<OrgSpan> {
        let noun = self.word(i);
        // "the rebels called themselves the Anyanya", "guerrillas known as X": fighters
        // naming themselves name their body.
        let fighters = FIGHTERS.contains(&noun)
            && i + 2 < self.toks.len()
            && matches!(
                (self.word(i + 1), self.word(i + 2)),
                ("known", "as") | ("called" | "calling" | "call", "themselves")
            );
        if !self.r.organization_nouns.contains(noun) && !fighters {
            return None;
        }
        let mut k = i + 1;
        if let Some(n) = self.naming(k) {
            k += n;
        } else if let Some(c) = self.called_later(i) {
            k = c + self.naming(c).unwrap_or(1);
        }
        // "known as the Kuru Defenders".
        if k + 1 < self.toks.len() && k > i + 1 && self.word(k) == "the" && self.adjacent(k, k + 1)
        {
            k += 1;
        }
        if k >= self.toks.len() || !self.adjacent(k - 1, k) {
            return None;
        }
        let j = self.name_run(k)?;
        // ("the movement Sam Nujoma led, ...": the name is the subject of a clause whose
        // object is the noun, one verb closing it.)
        if k == i + 1 && self.closes_on_verb(j) {
            return None;
        }
        let (s, e) = (self.toks[k].start, self.toks[j].end);
        let name = self.text[s..e].to_string();
        Some((
            s,
            e,
            name,
            Kind::Organization,
            format!("after the noun {noun}"),
        ))
    }
}

impl Scan<'_> {
    /// Whether a verb that takes a body as its object follows token `j` and closes its
    /// clause with a comma or the sentence's end ("... Sam Nujoma led, ...", "Tito Okello
    /// commanded.").
    fn closes_on_verb(&self, j: usize) -> bool {
        let toks = self.toks;
        let Some(v) = toks.get(j + 1).filter(|v| v.sentence == toks[j].sentence) else {
            return false;
        };
        // (Verbs that take a body as their object; "the consultancy Orlan Risk agreed," is
        // the body's own verb.)
        let takes_a_body = self.r.body_verbs.contains(self.word(j + 1));
        let after = self.text[v.end..].trim_start();
        self.adjacent(j, j + 1) && takes_a_body && after.starts_with([',', '.', ';'])
    }

    /// "a company owned by X called Y": after an indefinite body noun, the "called" or
    /// "named" that gives its name a few words on, in the same clause (no comma and no
    /// other indefinite noun between).
    fn called_later(&self, i: usize) -> Option<usize> {
        let toks = self.toks;
        let indefinite =
            (i.saturating_sub(3)..i).any(|k| matches!(self.word(k), "a" | "an" | "A" | "An"));
        if !indefinite {
            return None;
        }
        (i + 2..toks.len().min(i + 10))
            .take_while(|&k| toks[k].sentence == toks[i].sentence)
            .take_while(|&k| !self.text[toks[i].end..toks[k].start].contains([',', ';', ':', '(']))
            // "a company run by a man called X": the name is the nearer noun's.
            .take_while(|&k| !matches!(self.word(k), "a" | "an"))
            .find(|&k| self.naming(k).is_some())
    }

    /// The number of words of a phrase that gives a name at token `k`: "called", "named",
    /// "dubbed", "known as", "calling itself", "calls itself".
    fn naming(&self, k: usize) -> Option<usize> {
        let w = |k: usize| {
            if k < self.toks.len() {
                self.word(k)
            } else {
                ""
            }
        };
        match (w(k), w(k + 1)) {
            ("known", "as")
            | ("calling" | "calls" | "call" | "called", "itself" | "themselves") => Some(2),
            ("called" | "named" | "dubbed", _) => Some(1),
            _ => None,
        }
    }

    /// Rule: a name in apposition with a noun that says what kind of body it is ("M
    /// Invest, a company owned by ...", "Orlan, a Russian security firm", "Ebubeagu, the
    /// regional security outfit set up by ...").
    fn apposed_noun(&self, i: usize) -> Option<OrgSpan> {
        let noun = self.word(i);
        if !self.r.organization_nouns.contains(noun) || i < 2 {
            return None;
        }
        if let Some(span) = self.apposed_owned_noun(i) {
            return Some(span);
        }
        let k = self.described_from(i)?;
        let name_end = k.checked_sub(1)?;
        let toks = self.toks;
        let the = self.word(k) == "the";
        // ("the Red Dragons, another separatist militia": one of a kind named before.)
        if !matches!(self.word(k), "a" | "an" | "the" | "another")
            || toks[name_end].sentence != toks[k].sentence
            || self.text[toks[name_end].end..toks[k].start].trim() != ","
            // "Ebubeagu, the security outfit, said": "the" describes the name only
            // when the clause goes on about the noun, not with a verb of its own.
            || the && !self.apposition_ends(i + 1)
            // "X, a Somali brigade commander": the noun is no head.
            || self.role_after(i)
        {
            return None;
        }
        // ("the Azande Ani Kpi Gbe, an ethnic militia": set off so, a name of five words.)
        let start = (name_end.saturating_sub(4)..=name_end)
            .find(|&j| self.name_run_of(j, 5).is_some_and(|e| e == name_end))?;
        // The name opens its clause: a name with more of a name before it is someone
        // else's ("the Wagner-linked M Invest, a company"), and one after "in" is a place
        // ("in Gao, the militia that").
        // ("The Red Dragons, a militia" opens its sentence with "The".)
        if start > 0
            && self.adjacent(start - 1, start)
            && (is_cap(self.word(start - 1)) && self.word(start - 1) != "The"
                || the
                    && self
                        .r
                        .locatives
                        .contains(&self.word(start - 1).to_lowercase()))
        {
            return None;
        }
        // "Separately, the armed wing of ...", "Afterwards, the faction": a sentence
        // adverb names nothing.
        if start == name_end
            && (self.word(start).ends_with("ly") || SENTENCE_ADVERBS.contains(&self.word(start)))
        {
            return None;
        }
        let (s, e) = (toks[start].start, toks[name_end].end);
        Some((
            s,
            e,
            self.text[s..e].to_string(),
            self.apposed_kind(k, i),
            format!("before \", {} ... {noun}\"", self.word(k)),
        ))
    }

    /// Rule: a name set off before its owner's noun of a body: "Amal, Nabih Berri's
    /// movement, had been fighting". The owner is one or two capitalized words, the last
    /// possessive, and the name a run of one to three capitalized words opening its clause.
    fn apposed_owned_noun(&self, i: usize) -> Option<OrgSpan> {
        let noun = self.word(i);
        if !matches!(
            noun,
            "movement" | "party" | "militia" | "faction" | "army" | "group"
        ) {
            return None;
        }
        let owner = i.checked_sub(1)?;
        if !self.adjacent(owner, i) || !self.possessive(owner) || !is_cap(self.word(owner)) {
            return None;
        }
        // ("Amal, Nabih Berri's movement": a given name before the owner's.)
        let k = if owner >= 2 && self.adjacent(owner - 1, owner) && is_cap(self.word(owner - 1)) {
            owner - 1
        } else {
            owner
        };
        let name_end = k.checked_sub(1)?;
        let toks = self.toks;
        if toks[name_end].sentence != toks[k].sentence
            || self.text[toks[name_end].end..toks[k].start].trim() != ","
            || !self.apposition_ends(i + 1)
            || self.role_after(i)
        {
            return None;
        }
        let start = (name_end.saturating_sub(2)..=name_end)
            .find(|&j| self.name_run_of(j, 3).is_some_and(|e| e == name_end))?;
        // The name opens its clause or its sentence.
        let opens = start == 0
            || toks[start - 1].sentence != toks[start].sentence
            || matches!(
                self.text[toks[start - 1].end..toks[start].start].trim(),
                "," | ";"
            )
            || matches!(self.word(start - 1), "The" | "the" | "and" | "by" | "with");
        if !opens || self.r.not_names.contains(self.word(start)) {
            return None;
        }
        let (s, e) = (toks[start].start, toks[name_end].end);
        Some((
            s,
            e,
            self.text[s..e].to_string(),
            Kind::Organization,
            format!("before \", an owner's {noun}\""),
        ))
    }

    /// The kind of body the noun at `i` (described from `k`) says: a state's command,
    /// service or agency ("the army's special forces command"); a mission or a force that
    /// states sent together ("the West African force assembled by ECOWAS", "the regional
    /// force"); otherwise an organization.
    fn apposed_kind(&self, k: usize, i: usize) -> Kind {
        let noun = self.word(i);
        let sent = i + 1 < self.toks.len()
            && matches!(self.word(i + 1), "assembled" | "deployed" | "sent");
        let joint = (k + 1..i).any(|j| {
            matches!(
                self.word(j),
                "regional"
                    | "multinational"
                    | "international"
                    | "peacekeeping"
                    | "African"
                    | "intervention"
                    | "naval"
            )
        });
        match noun {
            "command" | "service" | "agency" => Kind::Agency,
            "mission" => Kind::Igo,
            "force" if sent || joint => Kind::Igo,
            _ => Kind::Organization,
        }
    }

    /// The article of the noun at `i`, back over up to three describing words (lowercase,
    /// or a demonym): "a Russian security firm", "the regional security outfit".
    fn described_from(&self, i: usize) -> Option<usize> {
        let mut k = i - 1;
        let mut described = 0;
        while described < 3 && k > 0 && self.adjacent(k, k + 1) {
            let w = self.word(k);
            // (Or a capitalized people's or place's name: "the largest Kosovo Serb party";
            // or an owner: "the army's special forces command", "the European Union's
            // naval mission".)
            let bare = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
            let owner = bare.is_some_and(|b| b.chars().all(char::is_alphabetic));
            let word = owner || w.chars().all(|c| c.is_alphabetic() || c == '-');
            if matches!(
                w,
                "a" | "an" | "the" | "another" | "A" | "An" | "The" | "Another"
            ) || !word
            {
                break;
            }
            // "Zaghawa, the ethnic group of ...": a people, no body ("an ethnic militia"
            // is one).
            if matches!(
                w,
                "ethnic" | "religious" | "tribal" | "minority" | "linguistic"
            ) && matches!(
                self.word(i),
                "group" | "groups" | "community" | "communities"
            ) {
                return None;
            }
            k -= 1;
            described += 1;
        }
        self.adjacent(k, k + 1).then_some(k)
    }

    /// Whether a person's role follows the noun at `i` ("brigade commander", "clan
    /// elder", "party activist"), or another noun that closes the apposition and is its
    /// head ("Laldenga, a former army clerk, organised relief").
    fn role_after(&self, i: usize) -> bool {
        if i + 1 >= self.toks.len() || !self.adjacent(i, i + 1) {
            return false;
        }
        let next = self.word(i + 1);
        let closes = || {
            next.chars().all(|c| c.is_lowercase())
                && !self.r.organization_nouns.contains(next)
                && (i + 2 >= self.toks.len()
                    || self.toks[i + 2].sentence != self.toks[i + 1].sentence
                    || self.text[self.toks[i + 1].end..self.toks[i + 2].start].trim() == ",")
        };
        self.r.roles.contains(next) || PERSON_AFTER.contains(&next) || closes()
    }

    /// Whether an apposition's noun phrase ends at token `k`: the sentence or clause ends,
    /// or what follows describes the noun ("set up by", "based in", "which").
    fn apposition_ends(&self, k: usize) -> bool {
        if k >= self.toks.len() || self.toks[k].sentence != self.toks[k - 1].sentence {
            return true;
        }
        let between = self.text[self.toks[k - 1].end..self.toks[k].start].trim();
        !between.is_empty() && between != "'" && between != "’"
            || matches!(
                self.word(k),
                "which"
                    | "that"
                    | "whose"
                    | "set"
                    | "based"
                    | "formed"
                    | "assembled"
                    | "deployed"
                    | "sent"
                    | "founded"
                    | "created"
                    | "led"
                    | "owned"
                    | "controlled"
                    | "funded"
                    | "loyal"
                    | "close"
                    | "headed"
                    | "run"
                    | "backed"
                    | "linked"
                    | "allied"
                    | "aligned"
                    | "known"
                    | "operating"
                    | "active"
                    | "of"
                    | "in"
                    | "from"
                    | "behind"
                    | "responsible"
            )
    }

    /// Rule: a name in apposition after a noun that says what kind of body it is ("an
    /// online charity, Yayasan Amal Ummat, which", "a rival faction, the Kivu Front,").
    fn name_after_apposed_noun(&self, i: usize) -> Option<OrgSpan> {
        let noun = self.word(i);
        if i < 1 || i + 2 >= self.toks.len() {
            return None;
        }
        if let Some(span) = self.name_after_owned_noun(i) {
            return Some(span);
        }
        if !self.r.organization_nouns.contains(noun) {
            return None;
        }
        let k = self.described_from(i)?;
        // "The head of the party, Nelson Chamisa": the noun of a role's "of" names the
        // role's owner, not the name after it.
        let of_a_role = k > 0
            && matches!(
                self.word(k - 1),
                "of" | "for" | "to" | "with" | "from" | "by" | "in" | "at"
            );
        if !matches!(self.word(k), "a" | "an" | "A" | "An" | "the" | "The")
            || self.role_after(i)
            || of_a_role
        {
            return None;
        }
        let start = self.apposed_start(i)?;
        self.set_off_name(start, format!("after \"{noun},\""))
    }

    /// The organization's name from token `start`, set off as an apposition closes it.
    fn set_off_name(&self, start: usize, reason: String) -> Option<OrgSpan> {
        let end = self.name_run(start)?;
        if !self.apposition_closes(end) {
            return None;
        }
        let (s, e) = (self.toks[start].start, self.toks[end].end);
        Some((
            s,
            e,
            self.text[s..e].to_string(),
            Kind::Organization,
            reason,
        ))
    }

    /// Rule: a name set off after an owner's noun of an armed body ("his militia, the
    /// Cobras", "Lissouba's own fighters, the Cocoyes", "Habyarimana's party, the MRND"):
    /// an owner's pronoun or a capitalized possessive, "own" and one describing word at
    /// most between. A plural noun ("fighters") takes only a name after "the" ("Nigeria's
    /// richest men, Ojukwu" names a person).
    fn name_after_owned_noun(&self, i: usize) -> Option<OrgSpan> {
        let noun = self.word(i);
        let plural = matches!(noun, "fighters" | "militiamen" | "forces" | "guerrillas");
        let singular = matches!(noun, "militia" | "movement" | "party" | "faction" | "army");
        if !plural && !singular {
            return None;
        }
        let owner = |k: usize| {
            let w = self.word(k);
            matches!(
                w,
                "his" | "her" | "their" | "its" | "His" | "Her" | "Their" | "Its"
            ) || self.possessive(k) && is_cap(w)
        };
        let mut k = i - 1;
        while k > 0 && i - k < 3 && self.adjacent(k, k + 1) && !owner(k) {
            if !self
                .word(k)
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-')
            {
                return None;
            }
            k -= 1;
        }
        if !owner(k) || !self.adjacent(k, k + 1) {
            return None;
        }
        let start = self.apposed_start(i)?;
        if plural && self.word(start - 1) != "the" {
            return None;
        }
        self.set_off_name(start, format!("after an owner's \"{noun},\""))
    }

    /// The first token of a name set off by a comma (or colon) after token `i`, past a
    /// "the" of the name's own.
    fn apposed_start(&self, i: usize) -> Option<usize> {
        let toks = self.toks;
        let mut k = i + 1;
        if k >= toks.len()
            || toks[k].sentence != toks[i].sentence
            || !matches!(self.text[toks[i].end..toks[k].start].trim(), "," | ":")
        {
            return None;
        }
        if matches!(self.word(k), "the") && k + 1 < toks.len() && self.adjacent(k, k + 1) {
            k += 1;
        }
        Some(k)
    }

    /// Whether a name in apposition ends at token `j`: a comma, the sentence's end or a
    /// relative pronoun follows it.
    fn apposition_closes(&self, j: usize) -> bool {
        let toks = self.toks;
        if j + 1 >= toks.len() || toks[j + 1].sentence != toks[j].sentence {
            return true;
        }
        let between = self.text[toks[j].end..toks[j + 1].start].trim();
        matches!(between, "," | ";" | ")" | ".")
            || between.is_empty() && matches!(self.word(j + 1), "which" | "that" | "whose")
    }

    /// Rule: the names listed after a plural noun of bodies ("two factions, the Surenos
    /// and the Revolucionarios, which"), each an organization.
    fn listed_after_plural(&self, i: usize) -> Vec<OrgSpan> {
        // (Only nouns of armed or organized bodies: "two new fronts, Kharkiv and Sumy" are
        // places, "rival clans, X and Y" often persons.)
        let noun = self.word(i);
        if !PLURAL_BODIES.contains(&noun) {
            return Vec::new();
        }
        let Some(mut k) = self.apposed_start(i) else {
            return Vec::new();
        };
        let mut names = Vec::new();
        let mut after_and = false;
        loop {
            let Some(end) = self.name_run(k) else {
                return Vec::new();
            };
            names.push((k, end));
            let toks = self.toks;
            if after_and || names.len() > 6 || end + 2 >= toks.len() {
                break;
            }
            let between = self.text[toks[end].end..toks[end + 1].start].trim();
            let mut next = end + 1;
            if matches!(between, "," | "") && self.word(next) == "and" {
                after_and = true;
                next += 1;
            } else if between != "," {
                break;
            }
            if next + 1 < toks.len() && self.word(next) == "the" {
                next += 1;
            }
            if !self.adjacent(next - 1, next) {
                break;
            }
            k = next;
        }
        let last = names.last().map_or(0, |n| n.1);
        if names.len() < 2 || !self.apposition_closes(last) {
            return Vec::new();
        }
        names
            .into_iter()
            .map(|(a, b)| {
                let (s, e) = (self.toks[a].start, self.toks[b].end);
                (
                    s,
                    e,
                    self.text[s..e].to_string(),
                    Kind::Organization,
                    format!("listed after \"{noun},\""),
                )
            })
            .collect()
    }

    /// Rule: a name before a noun of armed groups ("Fulani militiamen", "Mai-Mai
    /// militias"), named with the noun in the singular ("Fulani militia").
    fn before_noun(&self, i: usize) -> Option<OrgSpan> {
        let noun = self.word(i);
        if i == 0 || !self.r.group_nouns_after.contains(noun) || !self.adjacent(i - 1, i) {
            return None;
        }
        let k = (i.saturating_sub(3)..i).find(|&k| self.name_run(k).is_some_and(|j| j == i - 1))?;
        // "Pablo Escobar's Medellín cartel": an owner's name before the group's is no
        // part of it.
        let k = (k..i - 1)
            .rev()
            .find(|&j| self.possessive(j) && !self.possessive_in_name(j))
            .map_or(k, |j| j + 1);
        let words: Vec<&str> = (k..i).map(|j| self.word(j)).collect();
        let describes = |w: &&str| {
            self.r.describes_group(w)
                || self.r.demonyms.contains_key(*w)
                || self.r.state_names.contains_key(*w)
        };
        // "a Hutu militia": after an indefinite article the words describe a kind of
        // group, they name none.
        let indefinite = k > 0
            && self.adjacent(k - 1, k)
            && matches!(
                self.word(k - 1),
                "a" | "an"
                    | "A"
                    | "An"
                    | "any"
                    | "Any"
                    | "every"
                    | "Every"
                    | "each"
                    | "Each"
                    | "no"
                    | "No"
                    | "another"
                    | "Another"
            );
        // "the Kaekin tribe" names one; "Pashtun tribe elders" describe people of a
        // people.
        let tribe = noun == "tribe"
            && (!(k.saturating_sub(2)..k).any(|j| matches!(self.word(j), "the" | "The"))
                || (i + 1 < self.toks.len() && PERSON_AFTER.contains(&self.word(i + 1))));
        // "the Srpska Lista party" names one; "the Hutu party", "the Kosovo Serb party"
        // describe a party by its people.
        let people_party = noun == "party" && words.len() < 2;
        // "his Dan Na Ambassagou fighters", "the Sacred Struggle movement": a name of two
        // words or more before the members or the movement (one word is more often a
        // people's: "Tuareg fighters", "the Kurdish movement").
        // (Not an acronym's, read as such, nor an adverb opening the sentence: "Later TLF
        // fighters".)
        let opens = k == 0 || self.toks[k - 1].sentence != self.toks[k].sentence;
        let members = matches!(noun, "fighters" | "movement")
            && (words.len() < 2
                || opens && words.len() < 3
                || words
                    .iter()
                    .any(|w| w.len() > 1 && w.chars().all(|c| !c.is_lowercase())));
        // "Aitarak, the Dili militia led by X": set off after a name, the words describe
        // that name's body, they name none.
        let apposed = k >= 2
            && matches!(self.word(k - 1), "the" | "a" | "an")
            && self.text[self.toks[k - 2].end..self.toks[k - 1].start].trim() == ","
            && is_cap(self.word(k - 2));
        // "the Corsica Nazione group" names one; "the Maoist group", "the Kurdish-led
        // group" describe one, and one word is as often a people's ("the Kokang group").
        let described = noun == "group"
            && (words.len() < 2
                || words.iter().any(|w| {
                    w.ends_with("ist")
                        || w.split_once('-')
                            .is_some_and(|(_, b)| b.starts_with(char::is_lowercase))
                        || self.r.place_words.contains(*w)
                        || LAND.contains(w)
                }));
        // "Sadio's faction" is Sadio's, no name of its own.
        if apposed
            || described
            || words.iter().any(describes)
            || indefinite
            || tribe
            || people_party
            || members
            || self.possessive(i - 1)
        {
            return None;
        }
        let singular = match noun {
            "militias" | "militiamen" => "militia",
            n => n.strip_suffix('s').unwrap_or(n),
        };
        let (s, e) = (self.toks[k].start, self.toks[i].end);
        let bare = self.text[s..self.toks[i - 1].end].trim();
        // "Fano militiamen": a pack name before the noun is that actor.
        let known = self.r.names_whole(bare);
        // ("the Kaekin tribe": a people's own name; a clan may be a family's, "the Cantero
        // clan", and keeps its noun.)
        // ("the ruling Morena party": a party's name stands without the noun.)
        // (A group's name stands without the noun: "the Corsica Nazione group".)
        let people = matches!(noun, "tribe" | "party" | "fighters" | "movement" | "group");
        let name = if known || people {
            bare.to_string()
        } else {
            format!("{bare} {singular}")
        };
        Some((
            s,
            e,
            name,
            Kind::Organization,
            format!("before the noun {noun}"),
        ))
    }
}

/// Participles of heading a body, before "by" and its head (not "run", which places are
/// too: "the Gaza Strip, run by Hamas").
const HEADED: [&str; 4] = ["led", "headed", "commanded", "founded"];

/// Words that end the names of regions and features of the land: "the Gaza Strip", "the
/// West Bank", "the Middle East", "the Blue Nile" name places, never bodies.
const LAND: [&str; 22] = [
    "Strip",
    "Bank",
    "East",
    "West",
    "North",
    "South",
    "Coast",
    "Sea",
    "Nile",
    "Delta",
    "Peninsula",
    "Region",
    "Gulf",
    "Horn",
    "Basin",
    "Plateau",
    "Highlands",
    "Corridor",
    "Territory",
    "Territories",
    "Heights",
    "Belt",
];

impl Scan<'_> {
    /// Rule: a capitalized run after "the", set off by a comma before a participle of
    /// heading and "by" ("The Babbar Khalsa, led by Sukhdev Singh Babbar, ..."): only a
    /// body is led by someone and named with the article (`i` is the participle).
    fn led_after_comma(&self, i: usize) -> Option<OrgSpan> {
        let toks = self.toks;
        if i < 3 || i + 1 >= toks.len() || self.word(i + 1) != "by" || !self.adjacent(i, i + 1) {
            return None;
        }
        if self.text[toks[i - 1].end..toks[i].start].trim() != "," {
            return None;
        }
        let j = i - 1;
        let k = (j.saturating_sub(3)..=j).find(|&k| {
            self.name_run(k) == Some(j) && k > 0 && matches!(self.word(k - 1), "the" | "The")
        })?;
        if !self.adjacent(k - 1, k) {
            return None;
        }
        let words: Vec<&str> = (k..=j).map(|m| self.word(m)).collect();
        let describes = words.iter().any(|w| {
            self.r.describes_group(w)
                || self.r.demonyms.contains_key(*w)
                || self.r.state_names.contains_key(*w)
                || self.r.place_words.contains(*w)
                || LAND.contains(w)
        });
        // (Two words or more: one may be a place's, "in the Hague, led by".)
        if describes || words.len() < 2 {
            return None;
        }
        let (s, e) = (toks[k].start, toks[j].end);
        Some((
            s,
            e,
            self.text[s..e].to_string(),
            Kind::Organization,
            format!("the name set off before {} by", self.word(i)),
        ))
    }
}

/// Verbs of founding a body, before "the" and its name.
const FOUNDING: [&str; 5] = ["founded", "co-founded", "formed", "established", "created"];

impl Scan<'_> {
    /// Rule: what a founder founded, named after "the" ("Abu Risha founded the Anbar
    /// Awakening"): a capitalized run of two to four words, none a place's.
    fn founded(&self, i: usize) -> Option<OrgSpan> {
        let k = i + 2;
        if k >= self.toks.len() || self.word(i + 1) != "the" || !self.adjacent(i + 1, k) {
            return None;
        }
        let j = self.name_run_of(k, 4)?;
        let places = (k..=j).any(|m| self.r.place_words.contains(self.bare(m)));
        // (The run ends the name: not "the Kessar Front's armed wing", read elsewhere.)
        let ends = j + 1 >= self.toks.len() || !is_cap(self.word(j + 1));
        if j == k || places || !ends || self.possessive(j) {
            return None;
        }
        let (s, e) = (self.toks[k].start, self.toks[j].end);
        Some((
            s,
            e,
            self.text[s..e].to_string(),
            Kind::Organization,
            format!("founded as named after {}", self.word(i)),
        ))
    }
}

impl Recognizer {
    /// Organizations named after a noun of their kind ("the consultancy Orlan").
    pub(super) fn organizations_after_nouns(
        &self,
        text: &str,
        toks: &[Tok],
        covered: &[bool],
    ) -> Vec<OrgSpan> {
        let scan = Scan {
            r: self,
            text,
            toks,
            covered,
            titles: Default::default(),
        };
        let mut out = Vec::new();
        for i in 0..toks.len() {
            // (One look-up per word: every rule below starts from a noun of these.)
            let w = scan.word(i);
            let (founding, headed) = (FOUNDING.contains(&w), HEADED.contains(&w));
            if founding {
                out.extend(scan.founded(i));
            }
            if headed {
                out.extend(scan.led_after_comma(i));
            }
            if founding || headed {
                continue;
            }
            let noun = self.organization_nouns.contains(w)
                || self.group_nouns_after.contains(w)
                || PLURAL_BODIES.contains(&w)
                || FIGHTERS.contains(&w);
            // ("the name of its forces, the Pathet Lao": only an owner's forces.)
            if w == "forces" {
                out.extend(scan.name_after_owned_noun(i));
                continue;
            }
            if !noun {
                continue;
            }
            let one = scan
                .after_noun(i)
                .or_else(|| scan.before_noun(i))
                .or_else(|| scan.apposed_noun(i))
                .or_else(|| scan.name_after_apposed_noun(i));
            match one {
                Some(span) => out.push(span),
                None => out.extend(scan.listed_after_plural(i)),
            }
        }
        out
    }
}

/// Plural nouns of fighters, whose naming of themselves names their body.
const FIGHTERS: [&str; 6] = [
    "rebels",
    "fighters",
    "guerrillas",
    "insurgents",
    "militants",
    "gunmen",
];

/// Whether a name found by its head word carries a rebel's cause ("Liberation",
/// "Resistance", "Red"), which no state's armed body has in its name: such an "Army" or
/// "Command" is a group's.
/// Whether name words read "Capital and Capital Head": a capitalized word, "and", another
/// capitalized word, and a head last (four or five words).
fn coordinated_name(words: &[&str]) -> bool {
    (4..=5).contains(&words.len())
        && words
            .iter()
            .skip(1)
            .take(words.len() - 3)
            .any(|w| *w == "and")
        && words.iter().filter(|w| is_cap(w)).count() == words.len() - 1
}

pub(super) fn rebel_name(words: &[&str]) -> bool {
    words.iter().any(|n| {
        matches!(
            *n,
            "Liberation"
                | "Resistance"
                | "Revolutionary"
                | "Salvation"
                | "Freedom"
                | "Independence"
                | "Patriotic"
                | "Rebel"
                | "Red"
        )
    })
}
