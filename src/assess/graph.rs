//! The map as a whole: which actors are central, which is an umbrella for many, and
//! what changed between two periods.

use super::{Head, Tie, BELONGING};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// An actor's place on the map.
#[derive(Debug, Clone)]
pub struct Centrality {
    pub id: i64,
    pub name: String,
    /// Actors it has an affirmed tie with.
    pub degree: usize,
    /// Sum over those actors of the strongest tie's confidence.
    pub weighted_degree: f64,
    /// Actors said to be part of this one or sworn to it.
    pub umbrella_for: Vec<String>,
}

/// Centrality of every actor on the map of `ties` (only ties with affirming support).
pub fn centrality(ties: &[Tie]) -> Vec<Centrality> {
    let names: HashMap<i64, &str> = ties
        .iter()
        .flat_map(|t| [(t.subject_id, &*t.subject), (t.object_id, &*t.object)])
        .collect();
    let edges = ties
        .iter()
        .map(|t| (t.subject_id, t.object_id, t.relation.as_str(), t.confidence));
    rank(edges, &|id| {
        names.get(&id).map_or_else(String::new, |n| n.to_string())
    })
}

/// As `centrality`, of ties held as heads, their actors named by `name`.
pub fn centrality_of_heads(ties: &[Head], name: &dyn Fn(i64) -> String) -> Vec<Centrality> {
    let edges = ties
        .iter()
        .map(|t| (t.subject_id, t.object_id, t.relation.as_str(), t.confidence));
    rank(edges, name)
}

/// Centrality from each tie's (subject, object, relation, confidence).
fn rank<'a>(
    edges: impl Iterator<Item = (i64, i64, &'a str, f64)>,
    name: &dyn Fn(i64) -> String,
) -> Vec<Centrality> {
    let mut best: HashMap<(i64, i64), f64> = HashMap::new();
    let mut under: BTreeMap<i64, BTreeSet<String>> = BTreeMap::new();
    for (s, o, relation, confidence) in edges.filter(|e| e.3 > 0.0) {
        for (x, y) in [(s, o), (o, s)] {
            let e = best.entry((x, y)).or_insert(0.0);
            *e = e.max(confidence);
        }
        if BELONGING.contains(&relation) {
            under.entry(o).or_default().insert(name(s));
        }
    }
    let mut out: BTreeMap<i64, Centrality> = BTreeMap::new();
    for ((x, _), c) in best {
        let e = out.entry(x).or_insert_with(|| Centrality {
            id: x,
            name: name(x),
            degree: 0,
            weighted_degree: 0.0,
            umbrella_for: Vec::new(),
        });
        e.degree += 1;
        e.weighted_degree += c;
    }
    for (id, set) in under {
        if let Some(e) = out.get_mut(&id) {
            e.umbrella_for = set.into_iter().collect();
        }
    }
    let mut v: Vec<Centrality> = out.into_values().collect();
    for c in &mut v {
        c.weighted_degree = (c.weighted_degree * 100.0).round() / 100.0;
    }
    v.sort_by(|a, b| {
        b.weighted_degree
            .total_cmp(&a.weighted_degree)
            .then(b.degree.cmp(&a.degree))
            .then(a.name.cmp(&b.name))
    });
    v
}

/// How a tie changed from one period to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// Affirmed in the period, with no evidence before it.
    New,
    /// Confidence rose by at least 0.1.
    Stronger,
    /// Confidence fell by at least 0.1.
    Weaker,
    /// Denied (or said to have ended) in the period.
    Denied,
    /// Evidence before the period, none in it.
    Quiet,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::New => "new",
            ChangeKind::Stronger => "stronger",
            ChangeKind::Weaker => "weaker",
            ChangeKind::Denied => "denied",
            ChangeKind::Quiet => "quiet",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Change {
    pub kind: ChangeKind,
    pub key: String,
    pub label: String,
    pub before: f64,
    pub after: f64,
}

/// What changed between `before` (ties assessed on earlier claims) and `during` (ties
/// assessed on the period's claims), their actors named by `name`.
pub fn changes(before: &[&Head], during: &[&Head], name: &dyn Fn(i64) -> String) -> Vec<Change> {
    let prev: HashMap<String, &Head> = before.iter().map(|t| (t.key(), *t)).collect();
    let now: HashMap<String, &Head> = during.iter().map(|t| (t.key(), *t)).collect();
    let mut out = Vec::new();
    for t in during {
        let key = t.key();
        let b = prev.get(&key).map(|p| p.confidence).unwrap_or(0.0);
        let mut push = |kind| {
            out.push(Change {
                kind,
                key: key.clone(),
                label: t.label(name),
                before: b,
                after: t.confidence,
            })
        };
        if t.negated_claims > 0 {
            push(ChangeKind::Denied);
        }
        if !prev.contains_key(&key) {
            if t.affirmed_claims > 0 {
                push(ChangeKind::New);
            }
        } else if t.confidence >= b + 0.1 {
            push(ChangeKind::Stronger);
        } else if t.confidence + 0.1 <= b {
            push(ChangeKind::Weaker);
        }
    }
    for t in before {
        if !now.contains_key(&t.key()) && t.confidence > 0.0 {
            out.push(Change {
                kind: ChangeKind::Quiet,
                key: t.key(),
                label: t.label(name),
                before: t.confidence,
                after: 0.0,
            });
        }
    }
    out.sort_by(|a, b| {
        a.kind.cmp(&b.kind).then(
            (b.after - b.before)
                .abs()
                .total_cmp(&(a.after - a.before).abs())
                .then(a.key.cmp(&b.key)),
        )
    });
    out
}
