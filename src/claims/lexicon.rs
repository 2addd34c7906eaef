//! The claim lexicon compiled from the packs' `[claims]` tables into one phrase set.

use super::Relation;
use crate::text::phrases::Phrases;
use std::collections::HashMap;

/// What a cue phrase signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Verb(Relation),
    Noun(Relation),
    /// A noun whose subject follows it: "guests of Y" (Y shelters them), "proxy of Y".
    Inverse(Relation),
    Negator,
    Denial,
    Ending,
    Commitment,
    Hedge,
    Hypothetical,
    Speech,
    Attribution,
    /// A fixed phrase whose words are no cue: "not only", "no doubt".
    Neutral,
    /// A verb of launching ("fired"), a hostile cue only with a projectile and a target's
    /// preposition after it ([claims.launches]); `Lexicon::find` reads it so.
    Launch,
    /// A verb of taking by force ("captured"), also a hostile cue reaching over what is
    /// taken to whom it is taken from: "captured [the town from] X" ([claims.seizures]).
    Seize,
    /// A verb of pushing ("pushed"), a hostile cue only with a particle of repulsion a few
    /// words after it: "pushed [the rebels] back" ([claims.repulses]).
    Repel,
    /// A verb of helping ("helped"): before another relation's verb it gives way to it,
    /// and the two read as one cue of that relation ("helped defeat X", "help train Y").
    Help,
    /// A verb of letting ("allowed"), a shelters cue only when its object is let stay or
    /// work on the subject's ground: "allowed [X] to operate from its territory"
    /// ([claims.permits]).
    Permit,
    /// A verb of fighting with "on" ("fought on"), a fights-alongside cue only when a
    /// party's possessive and "side" or "behalf" follow: "fought on Mané's side"
    /// ([claims.sides]).
    Side,
}

/// A cue found in a text.
#[derive(Debug, Clone, Copy)]
pub struct CueMatch {
    pub start: usize,
    pub end: usize,
    pub cue: Cue,
}

pub struct Lexicon {
    phrases: Phrases,
    cues: Vec<Vec<Cue>>,
    pub anaphora: Anaphora,
    /// Words between two names of one person ("Name, known as Other").
    pub alias_markers: Vec<String>,
    /// `(suffix, relation)`: "Iran-backed" is `("backed", Sponsors)`.
    pub compounds: Vec<(String, Relation)>,
    /// Words after which a negation reaches through "that": "not demonstrated that ...".
    pub through_that: Vec<String>,
    /// Words after a helping verb that open its object, not an action it helps do
    /// (`[claims.helps] objects`).
    helped_objects: Vec<String>,
    /// Arms in the field a party backs another with (`[claims.backing] combat_means`):
    /// "backed by Libyan armour" is fighting beside, not patronage.
    pub combat_means: Vec<String>,
    /// Roles that name a subject of study, not an employer, after a state's name.
    pub topical_roles: Vec<String>,
    /// Roles whose possessor employs the bearer and whose modifier is where they are sent
    /// ("Iran's UN envoy").
    pub diplomatic_roles: Vec<String>,
    /// Member roles that lead when the owner is an armed force or unit ("15 Corps
    /// commander").
    pub unit_leaders: Vec<String>,
    /// Military ranks: member roles only when the force's name stands right before and the
    /// bearer right after ("U.S. Army Gen. X").
    pub ranks: Vec<String>,
    /// Kin of one person ("brother", "son"): kinship cues that pair persons only.
    pub kin: Vec<String>,
    /// Bodies a party sends or forms ("delegation"): "a Russian delegation led by X" is
    /// led by X, not Russia.
    pub bodies: Vec<String>,
    /// Parts of a party a person may head (`[claims.roles] parts`: "the X faction led by
    /// Y" makes Y a member of X).
    pub parts: Vec<String>,
    /// Verbs of receiving visitors (`receptions`): a negotiation cue only before a body
    /// or an envoy ("received a Russian delegation"), never before a thing received.
    pub receptions: Vec<String>,
    /// Verbs of going over to a party (`joins` of a relation table, read as that
    /// relation's verbs): "fighters from X joined Y" is Y recruiting from X.
    pub joins: Vec<String>,
    /// Cues that relate only the names right beside them (`adjacent` of a relation table,
    /// read as that relation's verbs): "the YPJ under the SDF".
    pub adjacent: Vec<String>,
    /// Verbs whose subject comments on or looks into an act named after them
    /// (`[claims.speech] comment_verbs`): "the UN condemned the attack on X".
    pub comment_verbs: Vec<String>,
    /// Speech verbs that speak only before "that" (`[claims.speech] that_only`, also
    /// read as speech verbs): "X maintained close ties" is no speech.
    pub that_only: Vec<String>,
    /// Words that open a clause of time or cause, whose speaker speaks for it alone.
    pub subordinators: Vec<String>,
    /// Nouns of a medium a speaker speaks in (`[claims.speech] media`): "X, in a
    /// statement, claimed".
    pub media: Vec<String>,
    /// Verbs of taking (`[claims.speech] taking_verbs`): what is "captured ... from X" is
    /// no gift of X's.
    pub taking_verbs: Vec<String>,
    /// Verbs of answering (`[claims.speech] answer_verbs`): "responded with artillery
    /// fire" is an act.
    pub answer_verbs: Vec<String>,
    /// Participles of judging (`[claims.speech] judge_verbs`) whose agent judges what
    /// follows: "X was described by Y as having links to Z".
    pub judge_verbs: Vec<String>,
    /// Projectiles (`[claims.launches] projectiles`) and the prepositions before their
    /// target (`targets`): "fired another ballistic missile toward X".
    launches: [Vec<String>; 2],
    /// The prepositions before whom a thing is taken from (`[claims.seizures] from`).
    seized_from: Vec<String>,
    /// The particles after a verb of pushing and its object (`[claims.repulses]
    /// particles`).
    repelled: Vec<String>,
    /// What a party is let do on another's ground (`[claims.permits] acts`).
    permitted: Vec<String>,
    /// Verbs of using a ground, and the grounds (`[claims.permits] uses`, `grounds`):
    /// "let the rebels use Congolese territory".
    permitted_grounds: [Vec<String>; 2],
    /// The first words of the acts and verbs of using, and "to": where an act may start.
    permit_heads: Vec<String>,
    /// The verbs of letting (`[claims.permits] verbs`), read by the rule on bases too.
    pub permit_verbs: Vec<String>,
}

/// Words that stand for actors named before them (`[claims.anaphora]`).
#[derive(Debug, Clone, Default)]
pub struct Anaphora {
    pub group_nouns: Vec<String>,
    /// Words that stand for a body only capitalized after "the" ("the Authority").
    pub titled_heads: Vec<String>,
    /// Bodies a state leads, named by a compound of its name ("the US-led coalition"): the
    /// leader stands for them.
    pub led_bodies: Vec<String>,
    /// Lowercase head nouns that after "the" stand for the body last named with the word
    /// in its name ("the mission": the Multinational Security Support Mission).
    pub named_heads: Vec<String>,
    pub groups_nouns: Vec<String>,
    pub pronouns: Vec<String>,
    /// Pronouns that stand for the person last named ("police arrested him").
    pub person_pronouns: Vec<String>,
    /// Possessive pronouns that stand for a party only before one of `possessed_nouns`
    /// ("its support", not "its allies").
    pub possessives: Vec<String>,
    pub possessed_nouns: Vec<String>,
    pub reciprocals: Vec<String>,
    pub state_nouns: Vec<String>,
    pub any_nouns: Vec<String>,
    pub armed_nouns: Vec<String>,
    /// Head nouns that stand for an organization or an intergovernmental body ("the
    /// alliance": a rebel alliance, or NATO), never a state's agency.
    pub alliance_nouns: Vec<String>,
    pub first_person: Vec<String>,
    pub forces_nouns: Vec<String>,
    pub member_nouns: Vec<String>,
    pub owned_roles: Vec<String>,
    pub forces_qualifiers: Vec<String>,
    /// Places and units of a force named after a bare force noun (`forces_sites`): "attacks
    /// on army convoys" are on the state's forces.
    pub forces_sites: Vec<String>,
    /// Modifiers that make a state noun the document's own state ("the federal government").
    pub home_qualifiers: Vec<String>,
    /// Head nouns of "the <noun>" that stand for the person last named ("the guerrilla
    /// leader").
    pub person_nouns: Vec<String>,
    /// Persons named by whom they serve ("X's deputy", "X's bodyguard"): what is done to
    /// them is not done to X.
    pub aides: Vec<String>,
    /// Roles held under a leader ("X's deputy, Y", "his vice-president, Y"): Y belongs to
    /// what X leads.
    pub subordinates: Vec<String>,
    /// Of `subordinates`, those held first in the leader's movement rather than the state
    /// the leader heads ("Prachanda's deputy").
    pub movement_subordinates: Vec<String>,
    /// Kin of one person, `Lexicon::kin` (`[claims.roles] kin`): "His father, X" takes up
    /// the person last named.
    pub kin: Vec<String>,
    /// Verb forms after which "its"/"their" is the target's, not the actor's
    /// (`aimed_verbs`): "accused X of attacking its soldiers".
    pub aimed_verbs: Vec<String>,
    /// Titles of a state's ruler that, capitalized after "the", stand for the ruler so
    /// titled (`sovereigns`): "the King sent his army".
    pub sovereigns: Vec<String>,
}

fn strings(t: &toml::Table, key: &str) -> Vec<String> {
    t.get(key)
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_lowercase))
                .collect()
        })
        .unwrap_or_default()
}

/// The list `key` of the `[claims.<table>]` tables of the packs, merged in order.
fn listed(tables: &[toml::Table], table: &str, key: &str) -> Vec<String> {
    tables
        .iter()
        .filter_map(|t| t.get(table).and_then(|v| v.as_table()))
        .flat_map(|t| strings(t, key))
        .collect()
}

impl Anaphora {
    /// The `[claims.anaphora]` lists of the packs, merged in order.
    fn from_tables(tables: &[toml::Table]) -> Anaphora {
        let mut anaphora = Anaphora::default();
        for t in tables {
            if let Some(a) = t.get("anaphora").and_then(|v| v.as_table()) {
                anaphora.group_nouns.extend(strings(a, "group_nouns"));
                anaphora.titled_heads.extend(strings(a, "titled_heads"));
                anaphora.led_bodies.extend(strings(a, "led_bodies"));
                anaphora.named_heads.extend(strings(a, "named_heads"));
                anaphora.groups_nouns.extend(strings(a, "groups_nouns"));
                anaphora.pronouns.extend(strings(a, "pronouns"));
                anaphora
                    .person_pronouns
                    .extend(strings(a, "person_pronouns"));
                anaphora.possessives.extend(strings(a, "possessives"));
                anaphora
                    .possessed_nouns
                    .extend(strings(a, "possessed_nouns"));
                anaphora.reciprocals.extend(strings(a, "reciprocals"));
                anaphora.state_nouns.extend(strings(a, "state_nouns"));
                anaphora.any_nouns.extend(strings(a, "any_nouns"));
                anaphora.armed_nouns.extend(strings(a, "armed_nouns"));
                anaphora.alliance_nouns.extend(strings(a, "alliance_nouns"));
                anaphora.first_person.extend(strings(a, "first_person"));
                anaphora.forces_nouns.extend(strings(a, "forces_nouns"));
                anaphora.member_nouns.extend(strings(a, "member_nouns"));
                anaphora.owned_roles.extend(strings(a, "owned_roles"));
                anaphora
                    .forces_qualifiers
                    .extend(strings(a, "forces_qualifiers"));
                anaphora
                    .home_qualifiers
                    .extend(strings(a, "home_qualifiers"));
                anaphora.forces_sites.extend(strings(a, "forces_sites"));
                anaphora.person_nouns.extend(strings(a, "person_nouns"));
                anaphora.aides.extend(strings(a, "aides"));
                anaphora.subordinates.extend(strings(a, "subordinates"));
                anaphora
                    .movement_subordinates
                    .extend(strings(a, "movement_subordinates"));
                anaphora.aimed_verbs.extend(strings(a, "aimed_verbs"));
                anaphora.sovereigns.extend(strings(a, "sovereigns"));
            }
        }
        anaphora
    }
}

impl Lexicon {
    /// Compiles a pack's claim lexicon: its `[claims]` tables, and the words that give a
    /// person another name (`[discovery] alias_markers`, read by the recognizer too).
    pub fn new(pack: &crate::actors::pack::Pack) -> Result<Lexicon, String> {
        let mut lexicon = Lexicon::compile(&pack.claims)?;
        lexicon.alias_markers = pack
            .discovery
            .alias_markers
            .iter()
            .map(|m| m.to_lowercase())
            .collect();
        Ok(lexicon)
    }

    /// Compiles the `[claims]` tables of the packs (in order; lists are merged).
    fn compile(tables: &[toml::Table]) -> Result<Lexicon, String> {
        let mut by_phrase: HashMap<String, Vec<Cue>> = HashMap::new();
        let mut add = |phrase: String, cue: Cue| {
            let e = by_phrase.entry(phrase).or_default();
            if !e.contains(&cue) {
                e.push(cue);
            }
        };
        let [joins, adjacent] = relation_cues(tables, &mut add)?;
        for t in tables {
            // A rank is a member role, read only between a force and a name (`roles.rs`).
            if let Some(r) = t.get("roles").and_then(|v| v.as_table()) {
                for p in strings(r, "ranks") {
                    add(p, Cue::Noun(Relation::MemberOf));
                }
                for p in strings(r, "kin") {
                    add(p, Cue::Noun(Relation::Kinship));
                }
                for p in strings(r, "receptions") {
                    add(p, Cue::Verb(Relation::Negotiates));
                }
            }
            // Lists whose every phrase is one kind of cue.
            const LISTS: [(&str, &str, Cue); 13] = [
                ("polarity", "negators", Cue::Negator),
                ("polarity", "denials", Cue::Denial),
                ("polarity", "ending", Cue::Ending),
                ("polarity", "neutral", Cue::Neutral),
                ("modality", "commitment", Cue::Commitment),
                ("modality", "hedged", Cue::Hedge),
                ("modality", "hypothetical", Cue::Hypothetical),
                ("launches", "verbs", Cue::Launch),
                ("seizures", "verbs", Cue::Seize),
                ("repulses", "verbs", Cue::Repel),
                ("helps", "verbs", Cue::Help),
                ("permits", "verbs", Cue::Permit),
                ("sides", "verbs", Cue::Side),
            ];
            for (table, key, cue) in LISTS {
                if let Some(l) = t.get(table).and_then(|v| v.as_table()) {
                    strings(l, key).into_iter().for_each(|x| add(x, cue));
                }
            }
            if let Some(s) = t.get("speech").and_then(|v| v.as_table()) {
                strings(s, "verbs")
                    .into_iter()
                    .chain(strings(s, "that_only"))
                    .for_each(|x| add(x, Cue::Speech));
                strings(s, "attribution")
                    .into_iter()
                    .for_each(|x| add(x, Cue::Attribution));
            }
        }
        let mut anaphora = Anaphora::from_tables(tables);
        let through_that = listed(tables, "polarity", "through_that");
        let [topical_roles, diplomatic_roles, unit_leaders, ranks, kin, bodies, receptions, parts] =
            Self::role_lists(tables);
        // (The phrases stage reads "His father, X" by the same kin nouns.)
        anaphora.kin = kin.clone();
        let speech = |key| listed(tables, "speech", key);
        let comment_verbs = speech("comment_verbs");
        let that_only = speech("that_only");
        let subordinators = speech("subordinators");
        let media = speech("media");
        let answer_verbs = speech("answer_verbs");
        let taking_verbs = speech("taking_verbs");
        let judge_verbs = speech("judge_verbs");
        let launches = ["projectiles", "targets"].map(|key| listed(tables, "launches", key));
        let seized_from = listed(tables, "seizures", "from");
        let repelled = listed(tables, "repulses", "particles");
        let (permitted, permitted_grounds, permit_heads) = permit_lists(tables);
        let mut compounds = Vec::new();
        for t in tables {
            if let Some(c) = t.get("compounds").and_then(|v| v.as_table()) {
                for (suffix, rel) in c {
                    let rel = rel.as_str().and_then(Relation::parse).ok_or_else(|| {
                        format!("[claims.compounds] {suffix}: not a relation type")
                    })?;
                    compounds.push((suffix.to_lowercase(), rel));
                }
            }
        }
        let mut phrases: Vec<(String, Vec<Cue>)> = by_phrase.into_iter().collect();
        phrases.sort_by(|a, b| a.0.cmp(&b.0));
        let set = Phrases::new(phrases.iter().map(|p| p.0.as_str()), true);
        Ok(Lexicon {
            phrases: set,
            cues: phrases.into_iter().map(|p| p.1).collect(),
            anaphora,
            alias_markers: Vec::new(),
            compounds,
            through_that,
            helped_objects: listed(tables, "helps", "objects"),
            combat_means: listed(tables, "backing", "combat_means"),
            topical_roles,
            diplomatic_roles,
            unit_leaders,
            ranks,
            kin,
            bodies,
            receptions,
            parts,
            joins,
            adjacent,
            comment_verbs,
            that_only,
            subordinators,
            media,
            answer_verbs,
            taking_verbs,
            judge_verbs,
            launches,
            seized_from,
            repelled,
            permitted,
            permitted_grounds,
            permit_heads,
            permit_verbs: listed(tables, "permits", "verbs"),
        })
    }

    /// The lists of `[claims.roles]`: topical, diplomatic, unit leaders, ranks, kin,
    /// bodies, receptions and parts.
    fn role_lists(tables: &[toml::Table]) -> [Vec<String>; 8] {
        let mut out: [Vec<String>; 8] = Default::default();
        for t in tables {
            if let Some(r) = t.get("roles").and_then(|v| v.as_table()) {
                for (list, key) in out.iter_mut().zip([
                    "topical",
                    "diplomatic",
                    "unit_leaders",
                    "ranks",
                    "kin",
                    "bodies",
                    "receptions",
                    "parts",
                ]) {
                    list.extend(strings(r, key));
                }
            }
        }
        out[4] = out[4].iter().map(|k| k.to_lowercase()).collect();
        out[6] = out[6].iter().map(|k| k.to_lowercase()).collect();
        out
    }

    /// Every cue in `text` on word boundaries. Relation cues inside a longer relation cue
    /// are dropped ("support" inside "financial support"); other cues all stay.
    pub fn find(&self, text: &str) -> Vec<CueMatch> {
        let mut out: Vec<CueMatch> = Vec::new();
        // (The spans of taking cues reaching to "from": the verb's own cue stays beside
        // them, for "captured two X commanders from the town".)
        let mut reaching = Vec::new();
        for m in self.phrases.find_all(text) {
            let (s, e) = (m.start, m.end);
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            for cue in &self.cues[m.phrase] {
                let end = match cue {
                    Cue::Launch => {
                        match self.reach(&text[e..], &self.launches[0], &self.launches[1]) {
                            Some(n) => e + n,
                            None => continue,
                        }
                    }
                    Cue::Seize => match self.reach_over_list(&text[e..], &self.seized_from) {
                        Some(n) => {
                            reaching.push((s, e + n));
                            e + n
                        }
                        None => continue,
                    },
                    // (The verb alone is the cue: its object comes before the particle.)
                    Cue::Repel => match self.reach(&text[e..], &[], &self.repelled) {
                        Some(n) if !toward_talks(&text[e + n..]) => e,
                        _ => continue,
                    },
                    // (The verb alone again, its object before "to".)
                    Cue::Permit if self.lets_stay(&text[e..]) => e,
                    Cue::Permit => continue,
                    Cue::Side if on_ones_side(&text[e..]) => e,
                    Cue::Side => continue,
                    _ => e,
                };
                let (cue, end) = match cue {
                    Cue::Launch | Cue::Seize | Cue::Repel => (Cue::Verb(Relation::Hostile), end),
                    Cue::Permit => (Cue::Verb(Relation::Shelters), end),
                    Cue::Side => (Cue::Verb(Relation::FightsAlongside), end),
                    // "joint attacks on X": what is done jointly is done to X.
                    Cue::Noun(Relation::FightsAlongside) => match aimed_at(&text[e..]) {
                        Some(n) => (Cue::Verb(Relation::Hostile), e + n),
                        None => (*cue, end),
                    },
                    c => (*c, end),
                };
                out.push(CueMatch { start: s, end, cue });
            }
        }

        let is_rel = |c: &Cue| matches!(c, Cue::Verb(_) | Cue::Noun(_) | Cue::Inverse(_));
        // "Kigali charged that Kinshasa ...": a verb that also introduces speech, before
        // "that", says something and does nothing to whom it names next.
        let speech_at: Vec<(usize, usize)> = out
            .iter()
            .filter(|m| m.cue == Cue::Speech && text[m.end..].trim_start().starts_with("that "))
            .map(|m| (m.start, m.end))
            .collect();
        out.retain(|m| !(matches!(m.cue, Cue::Verb(_)) && speech_at.contains(&(m.start, m.end))));
        let rel_spans: Vec<(usize, usize)> = out
            .iter()
            .filter(|m| is_rel(&m.cue) && !reaching.contains(&(m.start, m.end)))
            .map(|m| (m.start, m.end))
            .collect();
        // A relation cue inside a longer one gives way ("support" in "financial support"),
        // and so does a speech verb inside a relation cue ("declared" in "declared war").
        out.retain(|m| {
            let inside = |longer: bool| {
                rel_spans.iter().any(|&(s, e)| {
                    s <= m.start && m.end <= e && (!longer || (e - s) > (m.end - m.start))
                })
            };
            match m.cue {
                // "declared" in "declared war", "pledge" in "pledge of allegiance".
                Cue::Speech
                | Cue::Attribution
                | Cue::Commitment
                | Cue::Hedge
                | Cue::Hypothetical => !inside(false),
                ref c if is_rel(c) => !inside(true),
                _ => true,
            }
        });
        // Any other cue inside a longer one of its kind counts once ("no" in "no longer"),
        // and nothing inside a neutral phrase counts ("not" in "not only").
        let spans: Vec<(usize, usize, Cue)> = out
            .iter()
            .filter(|m| !reaching.contains(&(m.start, m.end)))
            .map(|m| (m.start, m.end, m.cue))
            .collect();
        out.retain(|m| {
            m.cue == Cue::Neutral
                || !spans.iter().any(|&(s, e, k)| {
                    s <= m.start
                        && m.end <= e
                        && (e - s) > (m.end - m.start)
                        && (k == m.cue || k == Cue::Neutral)
                })
        });
        out.retain(|m| m.cue != Cue::Neutral);
        out.sort_by_key(|m| (m.start, m.end));
        // (A launch read as an attack may repeat a phrase cue of the same span.)
        out.dedup_by(|a, b| (a.start, a.end, a.cue) == (b.start, b.end, b.cue));
        helped(text, &self.helped_objects, &mut out);
        out
    }
}

impl Lexicon {
    /// After a verb of launching or taking, the length of the words up to the preposition
    /// (one of `targets`) before the party, within a few words of one clause; with
    /// `needs`, one of them comes first: "fired [another ballistic missile toward]",
    /// "launched [a barrage of rockets at]", "captured [the town from]". At least one word
    /// stands between.
    /// `reach` over what is taken, which may be a list of names ("seized Jajce, Drvar and
    /// a string of other towns from X"): its commas before a capitalized word are read
    /// past, and the list may run to ten words.
    fn reach_over_list(&self, after: &str, targets: &[String]) -> Option<usize> {
        let mut at = 0;
        for _ in 0..4 {
            let n = self.reach_n(&after[at..], &[], targets, 10);
            // ("seized Aleppo, Homs and other cities with help from Russia": help comes
            // "from" a friend.)
            if let Some(n) = n {
                let list = &after[..at + n];
                return (!list.contains(" with ")).then_some(at + n);
            }
            // The next comma that opens a name, within the ten words.
            let comma = after[at..].find(", ")?;
            let next = &after[at + comma + 2..];
            let words = after[at..at + comma].split_whitespace().count();
            if words > 10 || !next.starts_with(char::is_uppercase) {
                return None;
            }
            at += comma + 1;
        }
        None
    }

    /// After a verb of letting, whether an act of staying or working somewhere follows
    /// within a few words of one clause, after "to" or bare: "allowed al-Qaeda [to
    /// operate] camps", "which has let him [stay]", "letting UNITA rebels [use Congolese
    /// territory]" (not "allowed aid [to reach] the camps").
    fn lets_stay(&self, after: &str) -> bool {
        let act_at = |rest: &str| {
            let rest = rest.trim_start();
            let rest = rest.strip_prefix("to ").unwrap_or(rest);
            self.permitted.iter().any(|a| {
                rest.strip_prefix(a.as_str())
                    .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
            }) || self.permitted_grounds[0].iter().any(|u| {
                // "use its territory", "use the Khanabad air base": a verb of using with
                // the ground used, or a place named right after ("use Tavildara").
                rest.strip_prefix(u.as_str()).is_some_and(|r| {
                    let used = r.split([',', ';', '.']).next().unwrap_or("");
                    // (A place alone, its clause ending or a preposition after it: not
                    // "use American missiles", "use Leopard tanks".)
                    let mut words = used.split_whitespace();
                    let place = r.starts_with(' ')
                        && words.next().is_some_and(|w| {
                            w.starts_with(char::is_uppercase) && !matches!(w, "The" | "A")
                        })
                        && words.next().is_none_or(|n| {
                            matches!(n, "as" | "to" | "for" | "in" | "against" | "from" | "and")
                        });
                    place
                        || used
                            .split_whitespace()
                            .take(4)
                            .any(|w| self.permitted_grounds[1].iter().any(|g| g == w))
                })
            })
        };
        let mut at = 0;
        for _ in 0..3 {
            let Some(n) = self.reach_n(&after[at..], &[], &self.permit_heads, 6) else {
                return false;
            };
            let word_start = after[..at + n]
                .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
                .map_or(0, |i| i + 1);
            if act_at(&after[word_start..]) {
                return true;
            }
            at += n;
        }
        false
    }

    fn reach(&self, after: &str, needs: &[String], targets: &[String]) -> Option<usize> {
        self.reach_n(after, needs, targets, 7)
    }

    fn reach_n(
        &self,
        after: &str,
        needs: &[String],
        targets: &[String],
        most: usize,
    ) -> Option<usize> {
        let mut needed = needs.is_empty();
        let mut at = 0;
        for k in 0..most {
            let rest = &after[at..];
            // (Quotes may stand around a name: launched "Operation 1027" against X.)
            let gap = rest.len()
                - rest
                    .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”'))
                    .len();
            if rest[..gap].contains(|c: char| !c.is_whitespace() && !matches!(c, '"' | '“' | '”'))
                || gap == 0
            {
                return None;
            }
            let word_len = rest[gap..]
                .find(|c: char| !(c.is_alphanumeric() || c == '-'))
                .unwrap_or(rest.len() - gap);
            if word_len == 0 {
                return None;
            }
            let word = rest[gap..gap + word_len].to_lowercase();
            at += gap + word_len;
            if needed && k > 0 && targets.contains(&word) {
                return Some(at);
            }
            needed |= needs.contains(&word);
        }
        None
    }
}

/// The `[claims.permits]` lists: the acts, the verbs of using and the grounds, and the
/// first words where an act may start (with "to").
fn permit_lists(tables: &[toml::Table]) -> (Vec<String>, [Vec<String>; 2], Vec<String>) {
    let acts = listed(tables, "permits", "acts");
    let grounds = ["uses", "grounds"].map(|key| listed(tables, "permits", key));
    let heads = acts
        .iter()
        .chain(grounds[0].iter())
        .map(|t| t.split(' ').next().unwrap_or_default().to_string())
        .chain(["to".to_string()])
        .collect();
    (acts, grounds, heads)
}

/// Whether a party's possessive and "side" or "behalf" follow within a few words:
/// "[ the rebels'] side", "[ Mané's] side", "[ Joao Vieira's] behalf".
fn on_ones_side(after: &str) -> bool {
    let clause = after.split([',', ';', '.']).next().unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().take(6).collect();
    words.windows(2).enumerate().any(|(i, w)| {
        let owner = w[0].ends_with("'s") || w[0].ends_with("’s") || w[0].ends_with("s'");
        let named = words[..=i]
            .iter()
            .all(|x| x.starts_with(char::is_uppercase) || matches!(*x, "the" | "its"));
        owner && named && matches!(w[1], "side" | "behalf")
    })
}

/// Whether what follows a particle of pushing turns it to talks: "pushed Hamas back to
/// the negotiating table", "pushed the two back together", "back into talks".
fn toward_talks(after: &str) -> bool {
    let rest = after.trim_start().to_ascii_lowercase();
    [
        "to the table",
        "to the negotiating",
        "to talks",
        "to negotiations",
        "into talks",
        "into negotiations",
        "into the talks",
        "together",
        "on ",
        "against ",
        "in the talks",
        "from the brink",
    ]
    .iter()
    .any(|p| rest.starts_with(p))
}

/// The length of a preposition of a target right after a noun ("joint raids [on] X",
/// "a joint offensive [against] X").
fn aimed_at(after: &str) -> Option<usize> {
    let rest = after.strip_prefix(' ')?;
    ["on ", "against ", "upon "]
        .iter()
        .find(|p| rest.starts_with(*p))
        .map(|p| p.len())
}

/// A verb of helping right before another relation's verb ("to" may stand between) gives
/// way to it: the two are one cue of the second's relation, whose subject is the helper's
/// ("Iran helped defeat X" is hostile to X, not Iran fighting beside X).
fn helped(text: &str, objects: &[String], out: &mut Vec<CueMatch>) {
    let mut i = 0;
    while i < out.len() {
        if out[i].cue != Cue::Help {
            i += 1;
            continue;
        }
        let gap = text[out[i].end..].trim_start();
        let gap = gap.strip_prefix("to ").unwrap_or(gap);
        let next = text.len() - gap.len();
        let verb = (i + 1..out.len())
            .find(|&j| out[j].start == next && matches!(out[j].cue, Cue::Verb(_)));
        // "helped bring the two sides to the table", "helped to secure the deal": a helping
        // verb before a verb no cue reads helps do that, and relates no one by itself.
        let next = gap
            .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
            .next()
            .unwrap_or_default();
        // (Not the noun: "with the help of X".)
        let word = &text[out[i].start..out[i].end];
        let action = verb.is_none()
            && !word.eq_ignore_ascii_case("help")
            && !word.eq_ignore_ascii_case("assist")
            && next.starts_with(|ch: char| ch.is_lowercase())
            && !objects.iter().any(|o| o == next);
        match verb {
            Some(j) => {
                out[j].start = out[i].start;
                // (Other cues on the helping verb's own words go with it.)
                let (s, e) = (out[i].start, out[i].end);
                out.retain(|m| !(m.start >= s && m.end <= e));
            }
            None if action => {
                let (s, e) = (out[i].start, out[i].end);
                out.retain(|m| !(m.start >= s && m.end <= e));
            }
            None => i += 1,
        }
    }
    out.retain(|m| m.cue != Cue::Help);
    out.sort_by_key(|m| (m.start, m.end));
}

/// Adds the cues of the `[claims.relations.*]` tables; returns the `joins` and `adjacent`
/// lists, whose cues the pairing rules treat apart.
fn relation_cues(
    tables: &[toml::Table],
    add: &mut dyn FnMut(String, Cue),
) -> Result<[Vec<String>; 2], String> {
    let (mut joins, mut adjacent) = (Vec::new(), Vec::new());
    for t in tables {
        let Some(rels) = t.get("relations").and_then(|v| v.as_table()) else {
            continue;
        };
        for (name, body) in rels {
            let rel = Relation::parse(name)
                .ok_or_else(|| format!("unknown relation type {name:?} in [claims.relations]"))?;
            let body = body
                .as_table()
                .ok_or_else(|| format!("[claims.relations.{name}] must be a table"))?;
            for (key, cue) in [
                ("verbs", Cue::Verb(rel)),
                ("nouns", Cue::Noun(rel)),
                ("inverse_nouns", Cue::Inverse(rel)),
                ("joins", Cue::Verb(rel)),
                ("adjacent", Cue::Verb(rel)),
            ] {
                for p in strings(body, key) {
                    match key {
                        "joins" => joins.push(p.clone()),
                        "adjacent" => adjacent.push(p.clone()),
                        _ => {}
                    }
                    add(p, cue);
                }
            }
        }
    }
    Ok([joins, adjacent])
}
