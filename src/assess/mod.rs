//! Assessment: from stored claims to a judgement per actor pair and relation type — the
//! affirming and negating claims, how many independent sources stand behind each side,
//! when, from which kinds of source, and a confidence with its reasons in words.
//!
//! Architecture invariant: assessment is pure. It takes the rows the store hands it
//! (`Corpus`) and returns values; it never prints, and only `batches` (which cuts a
//! whole store into batches and schedules them) and `load` (which reads a pair's or a
//! batch's rows) ask the store for rows.
//!
//! Independence rules:
//! - a claim whose evidence lies in a passage another document copied from an earlier
//!   one is folded under its origin (following copies of copies to the earliest), and
//!   counts once;
//! - the document's own voice counts once per origin document; a quoted speaker counts
//!   once however many documents quote them.

pub mod batches;
pub mod graph;
pub mod load;
pub mod origin;
pub mod score;
pub mod time;

pub use batches::{assess_batches, heads, summaries, Summaries, BATCH_CLAIMS};
pub use load::corpus_for_pair;

use crate::actors::normalize::{fold, skeleton};
use crate::read::date::When;
use origin::CopyIndex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
use std::sync::Arc;

/// How firmly a claim is put (the claims stage's type).
pub use crate::claims::Modality;

/// Relation types that are a form of cooperation: any of them implies a tie.
pub const COOPERATIVE: [&str; 12] = [
    "ties",
    "trains",
    "funds",
    "supplies",
    "shelters",
    "fights_alongside",
    "pledges_allegiance",
    "kinship",
    "part_of",
    "member_of",
    "leads",
    "sponsors",
];

/// Relations that make the object an umbrella over the subject (a group over groups).
pub const BELONGING: [&str; 2] = ["part_of", "pledges_allegiance"];

/// Relation types whose argument order carries no meaning (see `claims::Relation`).
pub fn is_symmetric(relation: &str) -> bool {
    crate::claims::Relation::parse(relation).is_some_and(|r| r.symmetric())
}

/// The rows assessment reads, as the store hands them over.
pub use crate::store::rows::{ActorFact, Affiliations, ClaimFact, CopySpan, Corpus, DocFact};

/// Which claims to weigh: those dated inside `[from, to]` (bounds inclusive, each
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`), each claim dated by its time on `basis`. With a
/// bound set, undated claims are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Period {
    pub from: Option<String>,
    pub to: Option<String>,
    /// Which of a claim's times dates it (in the period, and as a tie's first and last).
    pub basis: time::Basis,
}

impl Period {
    pub fn is_open(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// Whether a claim dated `date` falls in the period (a partial date is the interval
    /// it names, and counts when that interval meets the period).
    pub fn contains(&self, date: Option<&str>) -> bool {
        if self.is_open() {
            return true;
        }
        let Some(d) = date.and_then(time::span_days) else {
            return false;
        };
        let after_from = self
            .from
            .as_deref()
            .and_then(time::span_days)
            .is_none_or(|f| d.1 >= f.0);
        let before_to = self
            .to
            .as_deref()
            .and_then(time::span_days)
            .is_none_or(|t| d.0 <= t.1);
        after_from && before_to
    }

    /// The period that ends just before this one starts (everything earlier).
    pub fn before(&self) -> Option<Period> {
        let from = self.from.as_deref().and_then(time::span)?;
        Some(Period {
            from: Some("0001-01-01".into()),
            to: Some(time::day_before(&from.0)),
            basis: self.basis,
        })
    }
}

/// One piece of evidence: a claim with its document, speaker and the copies of it
/// found in later documents.
#[derive(Debug, Clone)]
pub struct Evidence {
    pub claim_id: i64,
    pub affirmed: bool,
    pub modality: Modality,
    pub subject: String,
    pub object: String,
    pub doc: Arc<DocFact>,
    /// The date the claim is placed at, on the period's basis (see `dated_by`).
    pub date: Option<String>,
    /// Which time `date` is: the event time, or the report time (on the report basis,
    /// or on the event basis for a claim whose text gives no time); `None`: undated.
    pub dated_by: Option<time::Basis>,
    /// The time the text gives for the relation, if any.
    pub event: Option<String>,
    /// The publication date of the report (of its origin, for a copied passage).
    pub reported: Option<String>,
    pub speaker: String,
    pub speaker_kind: String,
    pub sentence: String,
    /// The page of its document the sentence is on, for documents with pages (PDF).
    pub page: Option<usize>,
    pub cue: String,
    /// Set when this claim sits in a passage copied from an earlier document in which
    /// no matching claim was found: the origin it counts under.
    pub copied_from: Option<Arc<DocFact>>,
    /// Later copies of this claim, folded here and not counted again.
    pub copies: Vec<CopyRef>,
}

#[derive(Debug, Clone)]
pub struct CopyRef {
    pub claim_id: i64,
    pub doc: Arc<DocFact>,
}

/// One independent source on one side of a tie.
#[derive(Debug, Clone)]
pub struct SourceSummary {
    /// `speaker:<actor id>` or `document:<origin document id>`.
    pub key: String,
    pub name: String,
    /// `author`, `party` (one of the pair, or a member or leader of one), or the
    /// speaker's actor kind.
    pub kind: String,
    pub claims: usize,
    pub documents: Vec<String>,
    /// The weight this source adds: its firmest modality, lowered for a party's denial.
    pub weight: f64,
}

/// The affirming or the negating side of a tie.
#[derive(Debug, Clone, Default)]
pub struct Side {
    /// Distinct claims, with copies folded under their origin.
    pub claims: usize,
    /// Claims found in copied passages and folded, not counted.
    pub copied_claims: usize,
    pub independent_sources: usize,
    /// Independent sources with at least one asserted claim.
    pub asserted_sources: usize,
    /// Distinct claims per modality.
    pub by_modality: BTreeMap<&'static str, usize>,
    /// Strongest first (in a summary, the first [`SUMMARY_SOURCES`]).
    pub sources: Vec<SourceSummary>,
    /// Independent sources per kind.
    pub source_kinds: BTreeMap<String, usize>,
    pub first: Option<String>,
    pub last: Option<String>,
    /// Sum of the source weights.
    pub weight: f64,
}

/// In a tie summary (no evidence), each side lists at most this many sources, strongest
/// first, and each source at most this many documents; the counts stay complete.
pub const SUMMARY_SOURCES: usize = 20;

/// The assessment of one relation type between two actors.
#[derive(Debug, Clone)]
pub struct Tie {
    pub relation: String,
    pub symmetric: bool,
    /// For a symmetric relation, the lower actor id first.
    pub subject_id: i64,
    pub subject: String,
    pub object_id: i64,
    pub object: String,
    pub confidence: f64,
    pub level: &'static str,
    pub explanation: String,
    pub affirmed: Side,
    pub negated: Side,
    pub first: Option<String>,
    pub last: Option<String>,
    /// The first and last dates on each basis, whichever the period uses.
    pub times: TieTimes,
    /// Affirming evidence, then negating, each oldest first.
    pub evidence: Vec<Evidence>,
}

/// What ranks, filters and places a tie on a map, without its summary: a store's
/// hundreds of thousands of ties are held as heads (under a hundred bytes each) while
/// only the few printed in full keep their summaries (see `batches::summaries`).
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    pub relation: crate::claims::Relation,
    pub symmetric: bool,
    pub subject_id: i64,
    pub object_id: i64,
    pub confidence: f64,
    pub affirmed_claims: u32,
    pub affirmed_sources: u32,
    pub negated_claims: u32,
    pub negated_sources: u32,
    pub first: Option<DateText>,
    pub last: Option<DateText>,
    /// Its place in the order the ties were assessed in (see `batches::summaries`).
    pub seq: u32,
}

/// A date as its text ("2019-03-14", "1980/1989", "2021-12/2024-03-04"), kept inline
/// when it fits, as every date the claims carry does: a head holds two for each of a
/// store's hundreds of thousands of ties, and two heap blocks each were 50 MB.
#[derive(Clone, PartialEq, Eq)]
pub enum DateText {
    Inline(u8, [u8; 22]),
    Long(Box<str>),
}

impl DateText {
    pub fn new(s: &str) -> DateText {
        let mut b = [0u8; 22];
        match b.get_mut(..s.len()) {
            Some(to) => {
                to.copy_from_slice(s.as_bytes());
                DateText::Inline(s.len() as u8, b)
            }
            None => DateText::Long(Box::from(s)),
        }
    }
}

impl std::ops::Deref for DateText {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            // Whole UTF-8 text copied in by `new`.
            DateText::Inline(n, b) => std::str::from_utf8(&b[..*n as usize]).unwrap_or_default(),
            DateText::Long(s) => s,
        }
    }
}

impl std::fmt::Debug for DateText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl Head {
    pub fn of(t: &Tie, seq: usize) -> Head {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Head {
            relation: crate::claims::Relation::parse(&t.relation)
                .unwrap_or(crate::claims::Relation::Ties),
            symmetric: t.symmetric,
            subject_id: t.subject_id,
            object_id: t.object_id,
            confidence: t.confidence,
            affirmed_claims: count(t.affirmed.claims),
            affirmed_sources: count(t.affirmed.independent_sources),
            negated_claims: count(t.negated.claims),
            negated_sources: count(t.negated.independent_sources),
            first: t.first.as_deref().map(DateText::new),
            last: t.last.as_deref().map(DateText::new),
            seq: count(seq),
        }
    }

    /// As `Tie::key`.
    pub fn key(&self) -> String {
        format!(
            "{}:{}:{}",
            self.relation.as_str(),
            self.subject_id,
            self.object_id
        )
    }

    /// As `Tie::label`, with the actors' names from `name`.
    pub fn label(&self, name: &dyn Fn(i64) -> String) -> String {
        let arrow = if self.symmetric { "—" } else { "→" };
        format!(
            "{} {arrow} {} ({})",
            name(self.subject_id),
            name(self.object_id),
            self.relation.as_str()
        )
    }
}

/// Heads strongest first, in the order of `sort_ties`.
pub fn sort_heads(heads: &mut [Head]) {
    heads.sort_by_cached_key(|t| {
        (
            std::cmp::Reverse(t.confidence.max(0.0).to_bits()),
            std::cmp::Reverse(t.affirmed_sources),
            t.key(),
        )
    });
}

/// A tie's earliest and latest claims by each of their times: `event_*` over the claims
/// whose text gives a time, `report_*` over the dated reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TieTimes {
    pub event_first: Option<String>,
    pub event_last: Option<String>,
    pub report_first: Option<String>,
    pub report_last: Option<String>,
}

impl TieTimes {
    /// The times that are known, by name: `event_first`, `event_last`, `report_first`,
    /// `report_last`.
    pub fn known(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("event_first", &self.event_first),
            ("event_last", &self.event_last),
            ("report_first", &self.report_first),
            ("report_last", &self.report_last),
        ]
        .into_iter()
        .filter_map(|(name, v)| Some((name, v.as_deref()?)))
    }
}

/// Stretches `[first, last]` to cover `date`: `first` the time that starts earliest,
/// `last` the one that ends latest (a decade ends with its last year).
pub fn widen(first: &mut Option<String>, last: &mut Option<String>, date: &str) {
    let Some((s, e)) = time::span_days(date) else {
        return;
    };
    let bounds = |x: &Option<String>| x.as_deref().and_then(time::span_days);
    if bounds(first).is_none_or(|f| s < f.0) {
        *first = Some(date.to_string());
    }
    if bounds(last).is_none_or(|l| e > l.1) {
        *last = Some(date.to_string());
    }
}

/// How much of each tie an assessment works out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// What a tie's `Head` holds, and no more: the counts, confidence, first and last
    /// dates. Names, sources' names and documents, kinds, times and the explanation are
    /// left empty (the map assesses every tie so, then the few it prints in full).
    Head,
    /// Everything but the evidence (see `Corpus::assess_all_summaries`).
    Summary,
    /// Everything.
    Evidence,
}

/// Where a source (see `Corpus::tie`) sorts among a side's sources: as its key
/// (`speaker:<id>` or `document:<id>`) does as text, without writing it.
fn source_key_order((speaker, id): (bool, i64)) -> (bool, [u8; 20], usize) {
    use std::io::Write;
    // Written in place (an i64 takes at most 20 bytes); a shorter text sorts first where
    // it is a prefix, as the zero bytes after it do.
    let mut digits = [0u8; 20];
    let mut rest = &mut digits[..];
    let _ = write!(rest, "{id}");
    let n = 20 - rest.len();
    (speaker, digits, n)
}

/// The first and last of some dates, as `widen` finds them, each date read once: each
/// bound is kept with its day (`YYYYMMDD`), and borrowed until the end.
#[derive(Default)]
struct Bounds<'a> {
    first: Option<(u32, &'a str)>,
    last: Option<(u32, &'a str)>,
}

impl<'a> Bounds<'a> {
    fn add(&mut self, date: &'a str) {
        self.add_days(date, time::span_days(date));
    }

    /// As `add`, with the date's first and last days already read (`time::span_days`).
    fn add_days(&mut self, date: &'a str, days: Option<(u32, u32)>) {
        let Some((s, e)) = days else {
            return;
        };
        if self.first.is_none_or(|f| s < f.0) {
            self.first = Some((s, date));
        }
        if self.last.is_none_or(|l| e > l.0) {
            self.last = Some((e, date));
        }
    }

    fn texts(&self) -> (Option<String>, Option<String>) {
        let text = |b: Option<(u32, &str)>| b.map(|(_, d)| d.to_string());
        (text(self.first), text(self.last))
    }
}

impl Tie {
    /// A stable key: `relation:subject:object`.
    pub fn key(&self) -> String {
        format!("{}:{}:{}", self.relation, self.subject_id, self.object_id)
    }

    pub fn label(&self) -> String {
        let arrow = if self.symmetric { "—" } else { "→" };
        format!(
            "{} {arrow} {} ({})",
            self.subject, self.object, self.relation
        )
    }
}

/// A claim after copy folding: the representative of its group.
struct Rep<'a> {
    claim: &'a ClaimFact,
    /// The document the claim counts under (its own, or the origin it was copied from).
    origin_doc: i64,
    copied_from: Option<i64>,
    copies: Vec<&'a ClaimFact>,
    /// The date on the period's basis, and which time it is.
    date: Option<&'a str>,
    /// The first and last days of `date` (`time::span_days`), read once.
    days: Option<(u32, u32)>,
    dated_by: Option<time::Basis>,
    reported: Option<&'a str>,
}

impl Corpus {
    pub fn actor_name(&self, id: i64) -> String {
        self.actors
            .get(&id)
            .map(|a| a.name.clone())
            .unwrap_or_else(|| format!("actor {id}"))
    }

    pub fn actor_kind(&self, id: i64) -> String {
        self.actors
            .get(&id)
            .map(|a| a.kind.as_str().to_string())
            .unwrap_or_else(|| "unknown".into())
    }

    fn doc(&self, id: i64) -> Arc<DocFact> {
        self.docs.get(&id).cloned().unwrap_or_else(|| {
            Arc::new(DocFact {
                id,
                name: format!("document {id}"),
                ..Default::default()
            })
        })
    }

    fn doc_date(&self, id: i64) -> Option<&str> {
        let d = self.docs.get(&id)?;
        d.meta
            .published
            .as_deref()
            .or(d.meta.original_published.as_deref())
    }

    /// A document's name, borrowed when the corpus holds the document.
    fn doc_name(&self, id: i64) -> std::borrow::Cow<'_, str> {
        match self.docs.get(&id) {
            Some(d) => std::borrow::Cow::Borrowed(d.name.as_str()),
            None => std::borrow::Cow::Owned(format!("document {id}")),
        }
    }

    /// A source met for the first time on a side of a tie, with no claims yet: `(true,
    /// actor)` a speaker, `(false, document)` the author of an origin document.
    /// Unless `named` (for a tie's head), its key and name are left empty and its kind
    /// is `party` or empty, all that weighs it.
    fn source(
        &self,
        (speaker, id): (bool, i64),
        named: bool,
        canon_name: &dyn Fn(i64) -> String,
        is_party: &dyn Fn(i64) -> bool,
    ) -> SourceSummary {
        let (key, name, kind) = if !named {
            let party = speaker && is_party(id);
            let kind = if party { "party" } else { "" };
            (String::new(), String::new(), kind.to_string())
        } else if speaker {
            let kind = if is_party(id) {
                "party".to_string()
            } else {
                self.actor_kind(id)
            };
            (format!("speaker:{id}"), canon_name(id), kind)
        } else {
            let d = self.doc(id);
            let who = d
                .meta
                .author
                .clone()
                .or_else(|| d.meta.outlet.clone())
                .map(|w| format!("{w} ({})", d.name))
                .unwrap_or_else(|| format!("author of {}", d.name));
            (format!("document:{id}"), who, "author".to_string())
        };
        SourceSummary {
            key,
            name,
            kind,
            claims: 0,
            documents: Vec::new(),
            weight: 0.0,
        }
    }

    /// Folds copies under their origins and places every remaining claim in time on
    /// `basis`.
    fn representatives(&self, basis: time::Basis) -> Vec<Rep<'_>> {
        let index = CopyIndex::new(&self.copies);
        let mut by_doc: HashMap<i64, Vec<&ClaimFact>> = HashMap::default();
        for c in &self.claims {
            by_doc.entry(c.doc_id).or_default().push(c);
        }
        // Each copy claim: the origin document, and the origin claim when one matches.
        let mut folded: HashMap<i64, i64> = HashMap::default();
        let mut origin_of: HashMap<i64, i64> = HashMap::default();
        for c in &self.claims {
            let o = index.origin(c.doc_id, c.start, c.end);
            if o.doc_id == c.doc_id {
                continue;
            }
            origin_of.insert(c.id, o.doc_id);
            let same = |x: &&&ClaimFact| {
                x.relation == c.relation
                    && x.affirmed == c.affirmed
                    && same_pair(x, c)
                    && x.start < o.end
                    && o.start < x.end
            };
            if let Some(target) = by_doc.get(&o.doc_id).and_then(|v| v.iter().find(same)) {
                // The origin claim itself may not be a copy (the chain ends there).
                folded.insert(c.id, target.id);
            }
        }
        // Should an origin claim be folded too, go on to where its chain ends; a claim
        // caught in a loop of copies (inconsistent dates) stays unfolded.
        let mut target: HashMap<i64, i64> = HashMap::default();
        for (&c, &t0) in &folded {
            let mut t = t0;
            let mut hops = 0;
            while let Some(&next) = folded.get(&t) {
                hops += 1;
                if hops > 64 {
                    break;
                }
                t = next;
            }
            if !folded.contains_key(&t) {
                target.insert(c, t);
            }
        }
        let folded = target;
        // One sentence read both ways round for a symmetric relation is one claim.
        let mut seen = HashSet::default();
        let twins: HashSet<i64> = self
            .claims
            .iter()
            .filter(|c| {
                let (s, o) = orient(c.relation.as_str(), c.subject_id, c.object_id);
                let key = (
                    c.doc_id,
                    c.start,
                    c.end,
                    &c.relation,
                    c.affirmed,
                    s,
                    o,
                    c.source_id,
                );
                !seen.insert(key)
            })
            .map(|c| c.id)
            .collect();
        let mut copies: HashMap<i64, Vec<&ClaimFact>> = HashMap::default();
        for c in self.claims.iter().filter(|c| !twins.contains(&c.id)) {
            if let Some(t) = folded.get(&c.id) {
                copies.entry(*t).or_default().push(c);
            }
        }
        self.claims
            .iter()
            .filter(|c| !folded.contains_key(&c.id) && !twins.contains(&c.id))
            .map(|c| {
                let origin_doc = origin_of.get(&c.id).copied().unwrap_or(c.doc_id);
                let reported = self
                    .doc_date(origin_doc)
                    .or_else(|| self.doc_date(c.doc_id));
                let (date, dated_by) =
                    time::place(basis, c.time.as_ref().map(When::as_str), reported);
                Rep {
                    claim: c,
                    origin_doc,
                    copied_from: (origin_doc != c.doc_id).then_some(origin_doc),
                    copies: copies.remove(&c.id).unwrap_or_default(),
                    date,
                    days: date.and_then(time::span_days),
                    dated_by,
                    reported,
                }
            })
            .collect()
    }

    /// Who belongs to whom (affirmed member_of, leads, part_of), to tell a party's own
    /// voice from a third party's.
    fn affiliations(&self) -> std::borrow::Cow<'_, Affiliations> {
        if let Some(a) = &self.affiliations {
            return std::borrow::Cow::Borrowed(&**a);
        }
        let mut m: Affiliations = HashMap::default();
        for c in &self.claims {
            if c.affirmed && matches!(c.relation.as_str(), "member_of" | "leads" | "part_of") {
                m.entry(c.subject_id).or_default().insert(c.object_id);
            }
        }
        std::borrow::Cow::Owned(m)
    }

    /// Assessments of every tie, for maps and exports.
    pub fn assess_all(&self, period: &Period) -> Vec<Tie> {
        self.assess_all_with(period, Detail::Evidence)
    }

    /// As `assess_all`, with each tie's `evidence` left empty: the counts, sources,
    /// confidence and dates are the same, for a fraction of the time and memory.
    pub fn assess_all_summaries(&self, period: &Period) -> Vec<Tie> {
        self.assess_all_with(period, Detail::Summary)
    }

    /// Every tie in `period` assessed to the detail asked (see `Detail`).
    pub fn assess_all_with(&self, period: &Period, detail: Detail) -> Vec<Tie> {
        self.assess_all_promoting(period, detail, &|_| false)
    }

    /// Every tie in `period` to its head (`Detail::Head`), but those that `promote`
    /// picks from their heads, which are assessed again to their summaries: how `map`
    /// keeps the summaries of the ties that may turn out to be the strongest.
    pub fn assess_heads_promoting(
        &self,
        period: &Period,
        promote: &dyn Fn(&Tie) -> bool,
    ) -> Vec<Tie> {
        self.assess_all_promoting(period, Detail::Head, promote)
    }

    fn assess_all_promoting(
        &self,
        period: &Period,
        detail: Detail,
        promote: &dyn Fn(&Tie) -> bool,
    ) -> Vec<Tie> {
        let reps = self.representatives(period.basis);
        let reps: Vec<&Rep> = reps.iter().filter(|r| period.contains(r.date)).collect();
        let mut groups: BTreeMap<(&str, i64, i64), Vec<&Rep>> = BTreeMap::new();
        for r in reps {
            let c = r.claim;
            if c.subject_id == c.object_id {
                continue;
            }
            let (s, o) = orient(c.relation.as_str(), c.subject_id, c.object_id);
            groups
                .entry((c.relation.as_str(), s, o))
                .or_default()
                .push(r);
        }
        let aff = self.affiliations();
        let mut ties: Vec<Tie> = groups
            .into_iter()
            .map(|((rel, s, o), reps)| {
                let t = self.tie(rel, s, o, &reps, &aff, &[s], &[o], detail);
                if detail == Detail::Head && promote(&t) {
                    self.tie(rel, s, o, &reps, &aff, &[s], &[o], Detail::Summary)
                } else {
                    t
                }
            })
            .collect();
        sort_ties(&mut ties);
        ties
    }

    /// The dossier of two actors: every relation type between any of `a` and any of `b`
    /// (each side a set of actor ids that are one actor under several records).
    pub fn assess_pair(&self, a: &[i64], b: &[i64], period: &Period) -> Pair {
        let reps = self.representatives(period.basis);
        let (a0, b0) = (a[0], b[0]);
        let canon = |id: i64| {
            if a.contains(&id) {
                Some(a0)
            } else if b.contains(&id) {
                Some(b0)
            } else {
                None
            }
        };
        let aff = self.affiliations();
        let mut groups: BTreeMap<(String, i64, i64), Vec<&Rep>> = BTreeMap::new();
        let mut all: Vec<&Rep> = Vec::new();
        for r in reps.iter().filter(|r| period.contains(r.date)) {
            let c = r.claim;
            let (Some(s), Some(o)) = (canon(c.subject_id), canon(c.object_id)) else {
                continue;
            };
            if s == o {
                continue;
            }
            let (s, o) = if c.relation.symmetric() {
                (a0, b0)
            } else {
                (s, o)
            };
            groups
                .entry((c.relation.as_str().to_string(), s, o))
                .or_default()
                .push(r);
            all.push(r);
        }
        let mut ties: Vec<Tie> = groups
            .into_iter()
            .map(|((rel, s, o), reps)| self.tie(&rel, s, o, &reps, &aff, a, b, Detail::Evidence))
            .collect();
        sort_ties(&mut ties);
        let coop: Vec<&Rep> = all
            .into_iter()
            .filter(|r| COOPERATIVE.contains(&r.claim.relation.as_str()))
            .collect();
        let cooperation = (!coop.is_empty()).then(|| {
            self.tie(
                "any_cooperation",
                a0,
                b0,
                &coop,
                &aff,
                a,
                b,
                Detail::Evidence,
            )
        });
        Pair {
            a: self.actor_name(a0),
            b: self.actor_name(b0),
            ties,
            cooperation,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn tie(
        &self,
        relation: &str,
        s: i64,
        o: i64,
        reps: &[&Rep],
        aff: &Affiliations,
        side_a: &[i64],
        side_b: &[i64],
        detail: Detail,
    ) -> Tie {
        let (with_evidence, named) = (detail == Detail::Evidence, detail != Detail::Head);
        let parties: HashSet<i64> = side_a.iter().chain(side_b).copied().collect();
        let is_party = |id: i64| {
            parties.contains(&id)
                || aff
                    .get(&id)
                    .is_some_and(|set| set.iter().any(|x| parties.contains(x)))
        };
        // A side's records all go by the side's first record's name.
        let canon_name = |id: i64| {
            if side_a.contains(&id) {
                self.actor_name(side_a[0])
            } else if side_b.contains(&id) {
                self.actor_name(side_b[0])
            } else {
                self.actor_name(id)
            }
        };
        let mut evidence = Vec::new();
        let mut sides = [Side::default(), Side::default()];
        let (mut event, mut report) = (Bounds::default(), Bounds::default());
        for (i, affirmed) in [true, false].into_iter().enumerate() {
            let mut mine: Vec<&&Rep> = reps
                .iter()
                .filter(|r| r.claim.affirmed == affirmed)
                .collect();
            // Oldest first, by the day each date starts; undated last.
            mine.sort_by_cached_key(|r| {
                let start = r.days.map(|d| d.0);
                (start.is_none(), start, r.claim.id)
            });
            // Each source as it is first met, found again by who it is: the speaker, or
            // the origin document of the author's own voice.
            let mut found: HashMap<(bool, i64), usize> = HashMap::default();
            let mut list: Vec<SourceSummary> = Vec::new();
            let mut whos: Vec<(bool, i64)> = Vec::new();
            // The documents already listed under each source (a speaker may be quoted in
            // thousands), and whether it asserts anything outright.
            let mut listed: Vec<HashSet<std::borrow::Cow<'_, str>>> = Vec::new();
            let mut asserted: Vec<bool> = Vec::new();
            let side = &mut sides[i];
            let mut dates = Bounds::default();
            for r in &mine {
                let c = r.claim;
                let who = c.source_id.map_or((false, r.origin_doc), |sp| (true, sp));
                let at = *found.entry(who).or_insert_with(|| {
                    list.push(self.source(who, named, &canon_name, &is_party));
                    whos.push(who);
                    listed.push(HashSet::default());
                    asserted.push(false);
                    list.len() - 1
                });
                let e = &mut list[at];
                let mut w = score::modality_weight(c.modality);
                if !affirmed && e.kind == "party" {
                    w *= score::PARTY_DENIAL;
                }
                e.claims += 1;
                e.weight = e.weight.max(w);
                // A summary lists the first few documents of each source (see below); a
                // head none.
                if with_evidence || (named && e.documents.len() < SUMMARY_SOURCES) {
                    for d in std::iter::once(r.origin_doc).chain(r.copies.iter().map(|k| k.doc_id))
                    {
                        let name = self.doc_name(d);
                        if listed[at].insert(name.clone()) {
                            e.documents.push(name.into_owned());
                        }
                    }
                }
                asserted[at] |= c.modality == Modality::Asserted;
                side.claims += 1;
                side.copied_claims += r.copies.len();
                if let Some(d) = r.date {
                    dates.add_days(d, r.days);
                }
                if !named {
                    continue;
                }
                *side.by_modality.entry(c.modality.as_str()).or_default() += 1;
                if let Some(t) = &c.time {
                    event.add(t.as_str());
                }
                if let Some(d) = r.reported {
                    report.add(d);
                }
                if !with_evidence {
                    continue;
                }
                let doc = self.doc(c.doc_id);
                let page = doc.meta.page_of(c.start.max(0) as usize);
                evidence.push(Evidence {
                    claim_id: c.id,
                    page,
                    affirmed,
                    modality: c.modality,
                    subject: canon_name(c.subject_id),
                    object: canon_name(c.object_id),
                    doc,
                    date: r.date.map(str::to_string),
                    dated_by: r.dated_by,
                    event: c.time.as_ref().map(|w| w.as_str().to_string()),
                    reported: r.reported.map(str::to_string),
                    speaker: c
                        .source_id
                        .map(&canon_name)
                        .unwrap_or_else(|| "author".into()),
                    speaker_kind: e.kind.clone(),
                    sentence: c.sentence.clone(),
                    cue: c.cue.clone(),
                    copied_from: r.copied_from.map(|d| self.doc(d)),
                    copies: r
                        .copies
                        .iter()
                        .map(|k| CopyRef {
                            claim_id: k.id,
                            doc: self.doc(k.doc_id),
                        })
                        .collect(),
                });
            }
            (side.first, side.last) = dates.texts();
            // In the order of their keys: the order they are summed and ranked in.
            let mut order: Vec<usize> = (0..list.len()).collect();
            order.sort_by_cached_key(|&i| source_key_order(whos[i]));
            let mut by_key = list.into_iter().map(Some).collect::<Vec<_>>();
            let mut list: Vec<SourceSummary> =
                order.iter().filter_map(|&i| by_key[i].take()).collect();
            side.independent_sources = list.len();
            side.asserted_sources = asserted.iter().filter(|a| **a).count();
            side.weight = list.iter().map(|s| s.weight).sum();
            if !named {
                continue;
            }
            for s in &list {
                *side.source_kinds.entry(s.kind.clone()).or_default() += 1;
            }
            list.sort_by(|x, y| y.weight.total_cmp(&x.weight).then(y.claims.cmp(&x.claims)));
            side.sources = list;
        }
        let mut times = TieTimes::default();
        (times.event_first, times.event_last) = event.texts();
        (times.report_first, times.report_last) = report.texts();
        let [mut affirmed, mut negated] = sides;
        let confidence = score::confidence(affirmed.weight, negated.weight);
        let explanation = if named {
            score::explain(relation, &affirmed, &negated)
        } else {
            String::new()
        };
        if !with_evidence {
            // A summary names the strongest sources; the counts cover them all.
            for side in [&mut affirmed, &mut negated] {
                side.sources.truncate(SUMMARY_SOURCES);
                for s in &mut side.sources {
                    s.documents.truncate(SUMMARY_SOURCES);
                }
            }
        }
        let (mut first, mut last) = (None, None);
        for d in [
            &affirmed.first,
            &affirmed.last,
            &negated.first,
            &negated.last,
        ]
        .into_iter()
        .flatten()
        {
            widen(&mut first, &mut last, d);
        }
        Tie {
            relation: relation.to_string(),
            symmetric: is_symmetric(relation) || relation == "any_cooperation",
            subject_id: s,
            subject: if named {
                self.actor_name(s)
            } else {
                String::new()
            },
            object_id: o,
            object: if named {
                self.actor_name(o)
            } else {
                String::new()
            },
            confidence,
            level: score::level(confidence),
            explanation,
            affirmed,
            negated,
            first,
            last,
            times,
            evidence,
        }
    }
}

/// The assessment of one pair of actors.
#[derive(Debug, Clone)]
pub struct Pair {
    pub a: String,
    pub b: String,
    /// One per relation type (and direction, for directed types), strongest first.
    pub ties: Vec<Tie>,
    /// All cooperative types taken together (any of them implies a tie).
    pub cooperation: Option<Tie>,
}

fn same_pair(x: &ClaimFact, y: &ClaimFact) -> bool {
    (x.subject_id, x.object_id) == (y.subject_id, y.object_id)
        || (x.relation.symmetric() && (x.subject_id, x.object_id) == (y.object_id, y.subject_id))
}

/// Subject and object of a tie: for symmetric relations the lower id first.
fn orient(relation: &str, s: i64, o: i64) -> (i64, i64) {
    if is_symmetric(relation) && o < s {
        (o, s)
    } else {
        (s, o)
    }
}

/// Strongest first: by confidence, then independent affirming sources, then key.
pub fn sort_ties(ties: &mut [Tie]) {
    // Confidence is never negative, so its bits order as its values do; the key string
    // is made once per tie, not once per comparison.
    ties.sort_by_cached_key(|t| {
        (
            std::cmp::Reverse(t.confidence.max(0.0).to_bits()),
            std::cmp::Reverse(t.affirmed.independent_sources),
            t.key(),
        )
    });
}

/// Actors whose name (or a name they were seen under) is closest to `query` in folded
/// spelling: names that contain it or that it contains first, then by edit distance;
/// at most `n` actor ids, closest first.
pub fn suggest(names: &[(i64, String)], query: &str, n: usize) -> Vec<i64> {
    let forms = |s: &str| [fold(s), skeleton(s).replace(' ', "")];
    let q = forms(query);
    // Distance relative to length, in thousandths; 0 when one contains the other.
    let mut scored: Vec<(usize, i64)> = Vec::new();
    for (id, name) in names {
        // The name's forms, and its folded tails ("qaeda" of "al qaeda").
        let f = forms(name);
        let words: Vec<&str> = f[0].split(' ').collect();
        let tails = (1..words.len()).map(|i| (&q[0], words[i..].join(" ")));
        let best = q
            .iter()
            .zip(f.iter().cloned())
            .chain(tails)
            .filter_map(|(a, b)| {
                let (la, lb) = (a.chars().count(), b.chars().count());
                if la == 0 || lb == 0 {
                    return None;
                }
                if la.min(lb) >= 4 && (a.contains(b.as_str()) || b.contains(a.as_str())) {
                    return Some(0);
                }
                Some(edit_distance(a, &b) * 1000 / la.max(lb))
            })
            .min();
        if let Some(d) = best.filter(|d| *d <= 400) {
            scored.push((d, *id));
        }
    }
    scored.sort();
    let mut out: Vec<i64> = Vec::new();
    for (_, id) in scored {
        if !out.contains(&id) {
            out.push(id);
        }
        if out.len() == n {
            break;
        }
    }
    out
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let sub = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::DateText;

    #[test]
    fn a_date_text_gives_back_its_text_inline_or_not() {
        let long = "2020-12-07/2020-12-10 and a little more";
        for s in [
            "",
            "1999",
            "2021-12/2024-03-04",
            "2020-12-07/2020-12-1",
            long,
        ] {
            let d = DateText::new(s);
            assert_eq!(&*d, s);
            assert_eq!(matches!(d, DateText::Inline(..)), s.len() <= 22, "{s}");
        }
        assert_eq!(format!("{:?}", DateText::new("2019-03")), "\"2019-03\"");
    }
}
