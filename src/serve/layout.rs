//! A deterministic force layout of the map, computed once per state of the store: each
//! connected component is laid out on its own (spring attraction along ties, repulsion
//! between nearby nodes through a grid, a pull to the centre), then components are
//! packed around the largest. Same ties in, same positions out.

use std::collections::{BTreeMap, HashMap, VecDeque};

/// Ideal distance between tied nodes, in layout units (about pixels at zoom 1).
const K: f64 = 70.0;

/// A laid-out component: members, positions around its centre, radius.
type Placed = (Vec<usize>, Vec<(f64, f64)>, f64);

/// Positions of `nodes` (any order; laid out in ascending id order) given weighted
/// undirected `edges` between them. A tie pulls in proportion to 0.5 + 0.5 × its
/// weight: confidence (0 to 1) as a rule, more or less (down to -0.9) to group actors.
pub fn layout(nodes: &[i64], edges: &[(i64, i64, f64)]) -> HashMap<i64, (f64, f64)> {
    let mut ids: Vec<i64> = nodes.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let index: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    // Adjacency with the strongest weight per pair, in a fixed order.
    let mut adj: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); ids.len()];
    for &(a, b, w) in edges {
        let (Some(&x), Some(&y)) = (index.get(&a), index.get(&b)) else {
            continue;
        };
        if x == y {
            continue;
        }
        for (p, q) in [(x, y), (y, x)] {
            let e = adj[p].entry(q).or_insert(0.0);
            *e = e.max(w);
        }
    }
    let comps = components(&adj);
    let mut placed: Vec<Placed> = comps
        .into_iter()
        .map(|c| {
            let pos = lay_component(&c, &adj);
            let r = pos
                .iter()
                .map(|(x, y)| (x * x + y * y).sqrt())
                .fold(0.0, f64::max)
                + K * 0.6;
            (c, pos, r)
        })
        .collect();
    // Largest first; ties broken by the smallest id in the component.
    placed.sort_by(|a, b| {
        b.0.len()
            .cmp(&a.0.len())
            .then(b.2.total_cmp(&a.2))
            .then(a.0[0].cmp(&b.0[0]))
    });
    let mut out = HashMap::new();
    let mut circles: Vec<(f64, f64, f64)> = Vec::new();
    for (members, pos, r) in placed {
        let (cx, cy) = pack(&circles, r);
        circles.push((cx, cy, r));
        for (i, &m) in members.iter().enumerate() {
            let (x, y) = pos[i];
            out.insert(ids[m], (round(cx + x), round(cy + y)));
        }
    }
    out
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Connected components, each in breadth-first order from its best-connected node.
fn components(adj: &[BTreeMap<usize, f64>]) -> Vec<Vec<usize>> {
    let n = adj.len();
    let mut comp = vec![usize::MAX; n];
    let mut out = Vec::new();
    for start in 0..n {
        if comp[start] != usize::MAX {
            continue;
        }
        // Collect the component, then redo the walk from its highest-degree node.
        let mut members = vec![start];
        comp[start] = out.len();
        let mut i = 0;
        while i < members.len() {
            let v = members[i];
            for &w in adj[v].keys() {
                if comp[w] == usize::MAX {
                    comp[w] = out.len();
                    members.push(w);
                }
            }
            i += 1;
        }
        let root = *members
            .iter()
            .max_by(|&&a, &&b| adj[a].len().cmp(&adj[b].len()).then(b.cmp(&a)))
            .unwrap_or(&start);
        let mut order = vec![root];
        let mut seen: std::collections::HashSet<usize> = [root].into_iter().collect();
        let mut queue = VecDeque::from([root]);
        while let Some(v) = queue.pop_front() {
            let mut next: Vec<usize> = adj[v]
                .keys()
                .copied()
                .filter(|w| !seen.contains(w))
                .collect();
            next.sort_by(|&a, &b| adj[b].len().cmp(&adj[a].len()).then(a.cmp(&b)));
            for w in next {
                seen.insert(w);
                order.push(w);
                queue.push_back(w);
            }
        }
        out.push(order);
    }
    out
}

/// Fruchterman–Reingold on one component, centred on the origin.
fn lay_component(members: &[usize], adj: &[BTreeMap<usize, f64>]) -> Vec<(f64, f64)> {
    let n = members.len();
    if n == 1 {
        return vec![(0.0, 0.0)];
    }
    let local: HashMap<usize, usize> = members.iter().enumerate().map(|(i, &m)| (m, i)).collect();
    let edges: Vec<(usize, usize, f64)> = members
        .iter()
        .enumerate()
        .flat_map(|(i, &m)| {
            let local = &local;
            adj[m]
                .iter()
                .filter_map(move |(w, &wt)| local.get(w).filter(|&&j| j > i).map(|&j| (i, j, wt)))
        })
        .collect();
    // Golden-angle spiral in breadth-first order: neighbours start near each other.
    let golden = std::f64::consts::PI * (3.0 - 5f64.sqrt());
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let r = K * 0.9 * (i as f64).sqrt();
            let a = i as f64 * golden;
            (r * a.cos(), r * a.sin())
        })
        .collect();
    // Hubs need room: the repulsion a node exerts grows with its degree.
    let mass: Vec<f64> = members
        .iter()
        .map(|&m| 1.0 + adj[m].len() as f64 * 0.3)
        .collect();
    // Ties between two well-connected actors are longer, leaving room for the actors
    // around each.
    let span: Vec<f64> = members
        .iter()
        .map(|&m| 1.0 + 0.3 * (adj[m].len() as f64).sqrt())
        .collect();
    let iterations = match n {
        0..=60 => 500,
        61..=400 => 300,
        401..=2000 => 160,
        _ => 80,
    };
    let cutoff = K * 5.0;
    let mut temp = K * 2.0 * (n as f64).sqrt().min(8.0);
    let cool = (0.5f64 / temp).powf(1.0 / iterations as f64);
    let mut disp = vec![(0.0f64, 0.0f64); n];
    for _ in 0..iterations {
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        // Repulsion between nodes in neighbouring grid cells.
        let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
        let cell = |p: (f64, f64)| ((p.0 / cutoff).floor() as i64, (p.1 / cutoff).floor() as i64);
        for (i, &p) in pos.iter().enumerate() {
            grid.entry(cell(p)).or_default().push(i);
        }
        for i in 0..n {
            let (cx, cy) = cell(pos[i]);
            for dx in -1..=1 {
                for dy in -1..=1 {
                    let Some(bucket) = grid.get(&(cx + dx, cy + dy)) else {
                        continue;
                    };
                    for &j in bucket {
                        if j == i {
                            continue;
                        }
                        let (mut ddx, mut ddy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                        let mut d2 = ddx * ddx + ddy * ddy;
                        if d2 < 1e-6 {
                            // Coincident: nudge apart along a direction fixed by the pair.
                            let a = (i * 7919 + j * 104_729) as f64;
                            ddx = a.cos();
                            ddy = a.sin();
                            d2 = 1.0;
                        }
                        let d = d2.sqrt();
                        if d > cutoff {
                            continue;
                        }
                        let f = K * K * mass[j] / d;
                        disp[i].0 += ddx / d * f;
                        disp[i].1 += ddy / d * f;
                    }
                }
            }
        }
        // Attraction along ties, stronger for confident ones.
        for &(i, j, w) in &edges {
            let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
            let d = (dx * dx + dy * dy).sqrt().max(1e-3);
            let f = d * d / (K * span[i].min(span[j])) * (0.5 + 0.5 * w).max(0.05);
            let (fx, fy) = (dx / d * f, dy / d * f);
            disp[i].0 -= fx / mass[i];
            disp[i].1 -= fy / mass[i];
            disp[j].0 += fx / mass[j];
            disp[j].1 += fy / mass[j];
        }
        // A weak pull to the centre keeps loose parts from drifting.
        for i in 0..n {
            disp[i].0 -= pos[i].0 * 0.02;
            disp[i].1 -= pos[i].1 * 0.02;
        }
        for i in 0..n {
            let (dx, dy) = disp[i];
            let d = (dx * dx + dy * dy).sqrt();
            if d > 0.0 {
                let step = d.min(temp);
                pos[i].0 += dx / d * step;
                pos[i].1 += dy / d * step;
            }
        }
        temp *= cool;
    }
    let (mx, my) = pos.iter().fold((0.0, 0.0), |a, p| {
        (a.0 + p.0 / n as f64, a.1 + p.1 / n as f64)
    });
    pos.iter().map(|p| (p.0 - mx, p.1 - my)).collect()
}

/// Where a circle of radius `r` goes: the origin for the first, else the first free
/// spot on a spiral around the circles already placed.
fn pack(circles: &[(f64, f64, f64)], r: f64) -> (f64, f64) {
    if circles.is_empty() {
        return (0.0, 0.0);
    }
    let gap = K * 0.2;
    let mut t: f64 = 0.0;
    loop {
        let radius = 8.0 * t;
        let (x, y) = (radius * t.cos(), radius * t.sin());
        if circles
            .iter()
            .all(|&(cx, cy, cr)| ((x - cx).powi(2) + (y - cy).powi(2)).sqrt() >= cr + r + gap)
        {
            return (x, y);
        }
        t += 0.05 + 2.0 / (1.0 + radius);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_separated() {
        let nodes: Vec<i64> = (1..=40).collect();
        let mut edges = Vec::new();
        for i in 1..=30 {
            edges.push((i, (i % 7) + 1, 0.5));
        }
        edges.push((35, 36, 0.9));
        let a = layout(&nodes, &edges);
        let b = layout(&nodes, &edges);
        assert_eq!(a, b);
        assert_eq!(a.len(), 40);
        for i in 1..=40i64 {
            for j in (i + 1)..=40 {
                let (p, q) = (a[&i], a[&j]);
                let d = ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt();
                assert!(d > 1.0, "{i} and {j} overlap");
            }
        }
    }
}
