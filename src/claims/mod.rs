//! Claims: what each sentence says about whom — typed, directed relations between
//! resolved actors, with polarity, modality, the source who says so, the evidence span
//! and the time the claim refers to.
//!
//! Architecture invariant: every claim's span is a sentence of its document and covers a
//! mention (or a resolved pronoun or phrase) of each of its actors — or, for a title whose
//! office the pack knows ("President X"), the title, when the document names the office's
//! organization; the cue words live in the lexicon pack, not in code.

mod extract;
pub mod lexicon;
mod time;

pub use extract::{extract, Knowledge, Offices, PLACED_OFFICE};
pub use lexicon::Lexicon;

use crate::actors::{ActorRef, Kind};

/// The 16 relation types of the claim schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Relation {
    Ties,
    Trains,
    Funds,
    Supplies,
    Shelters,
    FightsAlongside,
    PledgesAllegiance,
    Kinship,
    Mediates,
    RecruitsFrom,
    PartOf,
    MemberOf,
    Leads,
    Sponsors,
    Hostile,
    Negotiates,
}

impl Relation {
    pub const ALL: [Relation; 16] = [
        Relation::Ties,
        Relation::Trains,
        Relation::Funds,
        Relation::Supplies,
        Relation::Shelters,
        Relation::FightsAlongside,
        Relation::PledgesAllegiance,
        Relation::Kinship,
        Relation::Mediates,
        Relation::RecruitsFrom,
        Relation::PartOf,
        Relation::MemberOf,
        Relation::Leads,
        Relation::Sponsors,
        Relation::Hostile,
        Relation::Negotiates,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Ties => "ties",
            Relation::Trains => "trains",
            Relation::Funds => "funds",
            Relation::Supplies => "supplies",
            Relation::Shelters => "shelters",
            Relation::FightsAlongside => "fights_alongside",
            Relation::PledgesAllegiance => "pledges_allegiance",
            Relation::Kinship => "kinship",
            Relation::Mediates => "mediates",
            Relation::RecruitsFrom => "recruits_from",
            Relation::PartOf => "part_of",
            Relation::MemberOf => "member_of",
            Relation::Leads => "leads",
            Relation::Sponsors => "sponsors",
            Relation::Hostile => "hostile",
            Relation::Negotiates => "negotiates",
        }
    }

    pub fn parse(s: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Symmetric relations hold both ways; their argument order carries no meaning.
    pub fn symmetric(self) -> bool {
        matches!(
            self,
            Relation::Ties
                | Relation::FightsAlongside
                | Relation::Kinship
                | Relation::Hostile
                | Relation::Negotiates
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Polarity {
    Affirmed,
    Negated,
}

impl Polarity {
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Affirmed => "affirmed",
            Polarity::Negated => "negated",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Modality {
    Asserted,
    Hedged,
    Commitment,
    Hypothetical,
}

impl Modality {
    /// Reads a stored modality; anything unknown is an assertion.
    pub fn parse(s: &str) -> Modality {
        match s {
            "hedged" => Modality::Hedged,
            "commitment" => Modality::Commitment,
            "hypothetical" => Modality::Hypothetical,
            _ => Modality::Asserted,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Hedged => "hedged",
            Modality::Commitment => "commitment",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

/// Per pack actor, the offices the pack gives it: a leader or founder leads, a commander,
/// member, official or spokesman is a member (pack indices).
pub fn offices_of(pack: &crate::actors::Pack) -> Vec<Vec<(Relation, usize)>> {
    let index: std::collections::HashMap<&str, usize> = pack
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let organization = |i: usize| pack.actors[i].kind == Kind::Organization;
    pack.actors
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let roles = a.roles.iter().filter_map(|r| {
                let rel = match r.role.as_str() {
                    "leader" | "founder" => Relation::Leads,
                    _ => Relation::MemberOf,
                };
                index.get(r.of.as_str()).map(|&j| (rel, j))
            });
            // An organization's parent organization ("ELN Central Command" of the ELN):
            // claimed only where the name holds the parent's (see `named_parts`).
            let parent = a
                .parent
                .as_deref()
                .and_then(|p| index.get(p).copied())
                .filter(|&j| organization(i) && organization(j) && j != i)
                .map(|j| (Relation::PartOf, j));
            roles.chain(parent).collect()
        })
        .collect()
}

/// The offices of one actor, from a table made by [`offices_of`].
pub fn offices(table: &[Vec<(Relation, usize)>], r: ActorRef) -> Vec<(Relation, ActorRef)> {
    match r {
        ActorRef::Pack(i) => table
            .get(i)
            .map(|v| v.iter().map(|&(rel, j)| (rel, ActorRef::Pack(j))).collect())
            .unwrap_or_default(),
        ActorRef::Found(_) => Vec::new(),
    }
}

/// Who the document says makes a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The document's own voice.
    Author,
    /// A resolved actor (a person, or an organization speaking as one).
    Actor(ActorRef),
}

/// One claim, as extracted from one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub subject: ActorRef,
    pub relation: Relation,
    pub object: ActorRef,
    pub polarity: Polarity,
    pub modality: Modality,
    pub source: Source,
    /// Index of the evidence sentence; `start..end` is its byte span.
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    /// The cue words that fired.
    pub cue: String,
    /// The name of the construction that paired the arguments (shown by `explain`).
    pub rule: &'static str,
    /// When the claim holds, if the text says: its *event time* (`YYYY`, `YYYY-MM`,
    /// `YYYY-MM-DD`, or an interval `START/END` of two of them; see `time.rs`). The
    /// document's publication date, its *report time*, is not copied here.
    pub time: Option<String>,
}
