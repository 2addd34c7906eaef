//! What the map shows of a large store. The whole graph of a year of reporting does not
//! read as a picture, nor fit in one response, so the map asks for a part of it:
//! - the overview: the most central actors and the strongest ties among them;
//! - a neighbourhood: one actor, its strongest neighbours and, at two steps, the actors
//!   most tied to those, placed on rings around it.
//!
//! Either way the lines are chosen by pair of actors (a pair's ties go together, as the
//! map draws one line a pair and its dossier lists them all): first each actor's
//! strongest pair, so no chosen actor is left without a line, then the strongest of
//! the rest up to a budget.

use super::cluster::louvain;
use crate::assess::graph::centrality;
use crate::assess::Tie;
use std::collections::{HashMap, HashSet};

/// An actor's standing on the map of all dates.
#[derive(Debug, Clone, Copy)]
pub struct Standing {
    /// Position in the ranking by centrality, 0 for the most central.
    pub rank: usize,
    /// Actors with an affirmed tie to it, and the sum of those ties' confidence.
    pub degree: usize,
    pub weight: f64,
    /// Its community (0 the largest) in the graph of affirmed ties.
    pub community: usize,
}

/// The shape of the map of all dates: who is central, who neighbours whom.
pub struct Structure {
    pub standing: HashMap<i64, Standing>,
    /// Actors with any tie, most central first.
    pub order: Vec<i64>,
    /// Each actor's neighbours with the strongest affirmed confidence between them (0
    /// for a pair only ever denied), strongest first.
    pub neighbours: HashMap<i64, Vec<(i64, f64)>>,
    /// Members of each community.
    pub community_sizes: Vec<usize>,
}

impl Structure {
    pub fn build(ties: &[Tie]) -> Structure {
        let affirmed: Vec<Tie> = ties
            .iter()
            .filter(|t| t.affirmed.claims > 0)
            .cloned()
            .collect();
        let cent = centrality(&affirmed);
        let mut best: HashMap<(i64, i64), f64> = HashMap::new();
        for t in ties {
            let (a, b) = pair_key(t);
            let w = if t.affirmed.claims > 0 {
                t.confidence
            } else {
                0.0
            };
            let e = best.entry((a, b)).or_insert(0.0);
            *e = e.max(w);
        }
        let mut neighbours: HashMap<i64, Vec<(i64, f64)>> = HashMap::new();
        for (&(a, b), &w) in &best {
            neighbours.entry(a).or_default().push((b, w));
            neighbours.entry(b).or_default().push((a, w));
        }
        // Central actors first (the order `centrality` gives), then actors whose every
        // tie is denied, by how many they have.
        let mut order: Vec<i64> = cent.iter().map(|c| c.id).collect();
        let ranked: HashSet<i64> = order.iter().copied().collect();
        let mut rest: Vec<i64> = neighbours
            .keys()
            .copied()
            .filter(|id| !ranked.contains(id))
            .collect();
        rest.sort_by_key(|id| (std::cmp::Reverse(neighbours[id].len()), *id));
        order.extend(rest);
        // Communities over the affirmed pairs, weighted by confidence.
        let index: HashMap<i64, usize> = order.iter().enumerate().map(|(i, &id)| (id, i)).collect();
        let mut edges: Vec<(usize, usize, f64)> = best
            .iter()
            .filter(|(_, &w)| w > 0.0)
            .map(|(&(a, b), &w)| (index[&a], index[&b], w))
            .collect();
        edges.sort_by_key(|x| (x.0, x.1));
        let comm = louvain(order.len(), &edges);
        let mut community_sizes = vec![0; comm.iter().copied().max().map_or(0, |m| m + 1)];
        for &c in &comm {
            community_sizes[c] += 1;
        }
        let by_id: HashMap<i64, (usize, f64)> = cent
            .iter()
            .map(|c| (c.id, (c.degree, c.weighted_degree)))
            .collect();
        let standing = order
            .iter()
            .enumerate()
            .map(|(rank, &id)| {
                let (degree, weight) = by_id.get(&id).copied().unwrap_or((0, 0.0));
                (
                    id,
                    Standing {
                        rank,
                        degree,
                        weight,
                        community: comm[rank],
                    },
                )
            })
            .collect();
        for list in neighbours.values_mut() {
            list.sort_by(|x, y| {
                y.1.total_cmp(&x.1)
                    .then_with(|| rank_of(&index, x.0).cmp(&rank_of(&index, y.0)))
            });
        }
        Structure {
            standing,
            order,
            neighbours,
            community_sizes,
        }
    }

    fn rank(&self, id: i64) -> usize {
        self.standing.get(&id).map_or(usize::MAX, |s| s.rank)
    }

    fn community(&self, id: i64) -> usize {
        self.standing.get(&id).map_or(usize::MAX, |s| s.community)
    }

    /// The `limit` most central actors.
    pub fn overview(&self, limit: usize) -> Vec<i64> {
        self.order.iter().take(limit).copied().collect()
    }

    /// The neighbourhood of `focus` at `depth` (1 or 2) steps, at most `limit` actors
    /// besides it: the first ring (strongest ties to the focus first) and the second,
    /// each actor of it with the first-ring actor it is most tied to. Also the number
    /// of actors within `depth` steps.
    pub fn neighbourhood(&self, focus: i64, depth: u8, limit: usize) -> Neighbourhood {
        let empty = Vec::new();
        let first_all = self.neighbours.get(&focus).unwrap_or(&empty);
        let first_budget = if depth >= 2 {
            (limit / 2).max(1)
        } else {
            limit
        };
        let mut first: Vec<i64> = first_all
            .iter()
            .take(first_budget)
            .map(|&(id, _)| id)
            .collect();
        let mut within: HashSet<i64> = first_all.iter().map(|&(id, _)| id).collect();
        let mut second: Vec<(i64, i64)> = Vec::new();
        if depth >= 2 {
            // Score of a second-step actor (not a neighbour of the focus, shown or
            // not): its ties to the chosen first ring.
            let mut score: HashMap<i64, (f64, i64, f64)> = HashMap::new();
            for &p in &first {
                for &(q, w) in self.neighbours.get(&p).unwrap_or(&empty) {
                    if q == focus || within.contains(&q) {
                        continue;
                    }
                    let e = score.entry(q).or_insert((0.0, p, -1.0));
                    e.0 += w + 0.01;
                    if w > e.2 {
                        e.1 = p;
                        e.2 = w;
                    }
                }
            }
            for &(p, _) in first_all {
                for &(q, _) in self.neighbours.get(&p).unwrap_or(&empty) {
                    if q != focus {
                        within.insert(q);
                    }
                }
            }
            let mut cands: Vec<(i64, (f64, i64, f64))> = score.into_iter().collect();
            cands.sort_by(|x, y| {
                y.1 .0
                    .total_cmp(&x.1 .0)
                    .then_with(|| self.rank(x.0).cmp(&self.rank(y.0)))
            });
            let room = limit.saturating_sub(first.len());
            second = cands
                .into_iter()
                .take(room)
                .map(|(q, (_, p, _))| (q, p))
                .collect();
        }
        within.remove(&focus);
        // Around the ring, communities together, then strongest first.
        let strength: HashMap<i64, f64> = first_all.iter().copied().collect();
        first.sort_by(|&x, &y| {
            self.community(x)
                .cmp(&self.community(y))
                .then_with(|| strength[&y].total_cmp(&strength[&x]))
                .then(x.cmp(&y))
        });
        Neighbourhood {
            focus,
            first,
            second,
            within: within.len(),
        }
    }
}

/// See `Structure::neighbourhood`.
pub struct Neighbourhood {
    pub focus: i64,
    pub first: Vec<i64>,
    /// Second-ring actors with their first-ring parent.
    pub second: Vec<(i64, i64)>,
    /// Actors within the depth asked for, shown or not.
    pub within: usize,
}

impl Neighbourhood {
    /// Every actor shown, the focus first.
    pub fn members(&self) -> Vec<i64> {
        std::iter::once(self.focus)
            .chain(self.first.iter().copied())
            .chain(self.second.iter().map(|&(q, _)| q))
            .collect()
    }

    /// Steps from the focus of each actor shown.
    pub fn hops(&self) -> HashMap<i64, u8> {
        let mut h: HashMap<i64, u8> = HashMap::new();
        h.insert(self.focus, 0);
        h.extend(self.first.iter().map(|&id| (id, 1)));
        h.extend(self.second.iter().map(|&(id, _)| (id, 2)));
        h
    }

    /// The focus at the centre, the first ring around it in its order, the second
    /// ring outside, each actor near the angle of its parent. Spacing grows with the
    /// number on a ring, so neighbours stay apart.
    pub fn radial(&self) -> HashMap<i64, (f64, f64)> {
        const GAP: f64 = 34.0;
        let tau = std::f64::consts::TAU;
        let mut out = HashMap::new();
        out.insert(self.focus, (0.0, 0.0));
        let n1 = self.first.len();
        let r1 = (n1 as f64 * GAP / tau).max(150.0);
        let mut angle: HashMap<i64, f64> = HashMap::new();
        for (i, &id) in self.first.iter().enumerate() {
            let a = tau * i as f64 / n1.max(1) as f64 - std::f64::consts::FRAC_PI_2;
            angle.insert(id, a);
            out.insert(id, (round(r1 * a.cos()), round(r1 * a.sin())));
        }
        let mut second: Vec<(i64, f64)> = self
            .second
            .iter()
            .map(|&(q, p)| (q, angle.get(&p).copied().unwrap_or(0.0)))
            .collect();
        second.sort_by(|x, y| x.1.total_cmp(&y.1).then(x.0.cmp(&y.0)));
        let n2 = second.len();
        let r2 = (n2 as f64 * GAP / tau).max(r1 + 170.0);
        // Evenly spaced, in order of the parents' angles, starting near the first one.
        let start = second.first().map_or(0.0, |s| s.1);
        for (i, &(q, _)) in second.iter().enumerate() {
            let a = start + tau * i as f64 / n2.max(1) as f64;
            out.insert(q, (round(r2 * a.cos()), round(r2 * a.sin())));
        }
        out
    }
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn rank_of(index: &HashMap<i64, usize>, id: i64) -> usize {
    index.get(&id).copied().unwrap_or(usize::MAX)
}

/// The lower id first.
pub fn pair_key(t: &Tie) -> (i64, i64) {
    (t.subject_id.min(t.object_id), t.subject_id.max(t.object_id))
}

/// The ties of the pairs drawn among `members`: every pair touching `focus` (when
/// given), each member's strongest pair, then the strongest others until `budget`
/// pairs (`None`: all). Ties keep their order in `ties`.
pub fn pick_ties<'a>(
    ties: &'a [Tie],
    members: &HashSet<i64>,
    focus: Option<i64>,
    budget: Option<usize>,
) -> Vec<&'a Tie> {
    // Pair strength: the best affirmed confidence, then the most sources; a pair only
    // ever denied comes after every affirmed one.
    let mut strength: HashMap<(i64, i64), (f64, usize)> = HashMap::new();
    for t in ties {
        if !(members.contains(&t.subject_id) && members.contains(&t.object_id)) {
            continue;
        }
        let e = strength.entry(pair_key(t)).or_insert((-1.0, 0));
        if t.affirmed.claims > 0 {
            e.0 = e.0.max(t.confidence);
            e.1 += t.affirmed.independent_sources;
        }
    }
    let mut pairs: Vec<((i64, i64), (f64, usize))> = strength.into_iter().collect();
    pairs.sort_by(|x, y| {
        y.1 .0
            .total_cmp(&x.1 .0)
            .then(y.1 .1.cmp(&x.1 .1))
            .then(x.0.cmp(&y.0))
    });
    let mut chosen: HashSet<(i64, i64)> = HashSet::new();
    if let Some(f) = focus {
        chosen.extend(pairs.iter().map(|p| p.0).filter(|k| k.0 == f || k.1 == f));
    }
    let mut covered: HashSet<i64> = HashSet::new();
    for &(k, _) in &pairs {
        if !covered.contains(&k.0) || !covered.contains(&k.1) {
            chosen.insert(k);
        }
        covered.insert(k.0);
        covered.insert(k.1);
    }
    let budget = budget.unwrap_or(usize::MAX);
    for &(k, _) in &pairs {
        if chosen.len() >= budget {
            break;
        }
        chosen.insert(k);
    }
    ties.iter()
        .filter(|t| {
            members.contains(&t.subject_id)
                && members.contains(&t.object_id)
                && chosen.contains(&pair_key(t))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::{Side, TieTimes};

    fn tie(s: i64, o: i64, conf: f64) -> Tie {
        Tie {
            relation: "ties".into(),
            symmetric: true,
            subject_id: s,
            subject: format!("a{s}"),
            object_id: o,
            object: format!("a{o}"),
            confidence: conf,
            level: "likely",
            explanation: String::new(),
            affirmed: Side {
                claims: 1,
                independent_sources: 1,
                ..Side::default()
            },
            negated: Side::default(),
            first: None,
            last: None,
            times: TieTimes::default(),
            evidence: Vec::new(),
        }
    }

    /// A hub (1) tied to 2..=9, and 2..=9 tied in a chain, and 10 tied to 9 only.
    fn star() -> Vec<Tie> {
        let mut t: Vec<Tie> = (2..=9).map(|i| tie(1, i, 0.5 + i as f64 / 20.0)).collect();
        t.extend((2..9).map(|i| tie(i, i + 1, 0.3)));
        t.push(tie(9, 10, 0.2));
        t
    }

    #[test]
    fn every_member_keeps_a_line_within_the_budget() {
        let ties = star();
        let members: HashSet<i64> = (1..=10).collect();
        let picked = pick_ties(&ties, &members, None, Some(0));
        let mut seen: HashSet<i64> = HashSet::new();
        for t in &picked {
            seen.insert(t.subject_id);
            seen.insert(t.object_id);
        }
        assert_eq!(seen, members, "each actor's strongest pair is kept");
        // The budget stops at the backbone: not every tie.
        assert!(picked.len() < ties.len());
        // With a focus, all its pairs are kept.
        let focused = pick_ties(&ties, &members, Some(9), Some(0));
        for other in [1, 8, 10] {
            assert!(focused
                .iter()
                .any(|t| pair_key(t) == (other.min(9), other.max(9))));
        }
        assert_eq!(pick_ties(&ties, &members, None, None).len(), ties.len());
    }

    #[test]
    fn neighbourhoods_rank_and_ring() {
        let s = Structure::build(&star());
        assert_eq!(s.order[0], 1, "the hub is the most central");
        let one = s.neighbourhood(1, 1, 3);
        // The three strongest neighbours (9, 8, 7), and how many there are in all.
        let mut first = one.first.clone();
        first.sort_unstable();
        assert_eq!(first, vec![7, 8, 9]);
        assert_eq!(one.within, 8);
        assert!(one.second.is_empty());
        // At two steps, half the room goes to the first ring: here all eight fit.
        let two = s.neighbourhood(1, 2, 16);
        assert_eq!(two.first.len(), 8);
        // 10 is the only actor two steps from the hub, under 9.
        assert_eq!(two.second, vec![(10, 9)]);
        assert_eq!(two.within, 9);
        let pos = two.radial();
        let dist = |id: i64| {
            let (x, y) = pos[&id];
            (x * x + y * y).sqrt()
        };
        assert_eq!(dist(1), 0.0);
        let r1 = dist(2);
        for id in 2..=9 {
            assert!((dist(id) - r1).abs() < 0.5, "{id} is off the first ring");
        }
        assert!(dist(10) > r1 + 100.0);
    }
}
