//! Communities of the tie graph by the Louvain method (Blondel et al., 2008): each node
//! joins the neighbouring community that raises modularity most, until none moves;
//! then every community becomes one node and the same is done again, until a level
//! merges nothing. Nodes are visited in index order, so the result is deterministic.

use std::collections::BTreeMap;

/// A weighted undirected graph: neighbours with weights, and self-loop weights.
struct Graph {
    adj: Vec<Vec<(usize, f64)>>,
    selfloop: Vec<f64>,
}

impl Graph {
    /// Weighted degree of `i`, its self-loop counted twice.
    fn degree(&self, i: usize) -> f64 {
        2.0 * self.selfloop[i] + self.adj[i].iter().map(|&(_, w)| w).sum::<f64>()
    }
}

/// The community of each of `n` nodes given weighted `edges` (pairs given twice or
/// with self-loops are fine: weights add up). Communities are numbered from 0 by size,
/// largest first (ties by their smallest member).
pub fn louvain(n: usize, edges: &[(usize, usize, f64)]) -> Vec<usize> {
    let mut pairs: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    let mut selfloop = vec![0.0; n];
    for &(a, b, w) in edges {
        if a >= n || b >= n || w <= 0.0 {
            continue;
        }
        if a == b {
            selfloop[a] += w;
        } else {
            *pairs.entry((a.min(b), a.max(b))).or_insert(0.0) += w;
        }
    }
    let mut g = Graph {
        adj: vec![Vec::new(); n],
        selfloop,
    };
    for (&(a, b), &w) in &pairs {
        g.adj[a].push((b, w));
        g.adj[b].push((a, w));
    }
    // membership[i]: the node of the current level that original node i is in.
    let mut membership: Vec<usize> = (0..n).collect();
    loop {
        let comm = one_level(&g);
        let count = comm.iter().copied().max().map_or(0, |m| m + 1);
        for m in membership.iter_mut() {
            *m = comm[*m];
        }
        if count == g.adj.len() {
            break;
        }
        g = aggregate(&g, &comm, count);
    }
    by_size(&membership)
}

/// Local moves until no node changes community; communities renumbered 0.. in order
/// of first appearance.
fn one_level(g: &Graph) -> Vec<usize> {
    let n = g.adj.len();
    let k: Vec<f64> = (0..n).map(|i| g.degree(i)).collect();
    let m2: f64 = k.iter().sum();
    let mut comm: Vec<usize> = (0..n).collect();
    if m2 <= 0.0 {
        return comm;
    }
    let mut tot = k.clone();
    // Weight from the node at hand to each neighbouring community, and which were touched.
    let mut link = vec![0.0f64; n];
    let mut touched: Vec<usize> = Vec::new();
    for _pass in 0..50 {
        let mut moved = false;
        for i in 0..n {
            let own = comm[i];
            for &(j, w) in &g.adj[i] {
                let c = comm[j];
                if link[c] == 0.0 {
                    touched.push(c);
                }
                link[c] += w;
            }
            tot[own] -= k[i];
            let gain = |c: usize, link: &[f64]| link[c] - tot[c] * k[i] / m2;
            let mut best = own;
            let mut best_gain = gain(own, &link);
            for &c in &touched {
                let g = gain(c, &link);
                if g > best_gain + 1e-12 {
                    best = c;
                    best_gain = g;
                }
            }
            tot[best] += k[i];
            if best != own {
                comm[i] = best;
                moved = true;
            }
            for &c in &touched {
                link[c] = 0.0;
            }
            touched.clear();
        }
        if !moved {
            break;
        }
    }
    let mut renumber: Vec<usize> = vec![usize::MAX; n];
    let mut next = 0;
    for c in comm.iter_mut() {
        if renumber[*c] == usize::MAX {
            renumber[*c] = next;
            next += 1;
        }
        *c = renumber[*c];
    }
    comm
}

/// The graph whose nodes are the communities of `g`.
fn aggregate(g: &Graph, comm: &[usize], count: usize) -> Graph {
    let mut selfloop = vec![0.0; count];
    let mut pairs: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for (i, nb) in g.adj.iter().enumerate() {
        selfloop[comm[i]] += g.selfloop[i];
        for &(j, w) in nb {
            if j <= i {
                continue;
            }
            let (a, b) = (comm[i], comm[j]);
            if a == b {
                selfloop[a] += w;
            } else {
                *pairs.entry((a.min(b), a.max(b))).or_insert(0.0) += w;
            }
        }
    }
    let mut adj = vec![Vec::new(); count];
    for (&(a, b), &w) in &pairs {
        adj[a].push((b, w));
        adj[b].push((a, w));
    }
    Graph { adj, selfloop }
}

/// Renumbers communities by size, largest first, ties by smallest member.
fn by_size(membership: &[usize]) -> Vec<usize> {
    let count = membership.iter().copied().max().map_or(0, |m| m + 1);
    let mut size = vec![0usize; count];
    let mut first = vec![usize::MAX; count];
    for (i, &c) in membership.iter().enumerate() {
        size[c] += 1;
        first[c] = first[c].min(i);
    }
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by(|&a, &b| size[b].cmp(&size[a]).then(first[a].cmp(&first[b])));
    let mut rank = vec![0; count];
    for (r, &c) in order.iter().enumerate() {
        rank[c] = r;
    }
    membership.iter().map(|&c| rank[c]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two cliques of five joined by one weak edge split into two communities.
    #[test]
    fn two_cliques_joined_by_a_bridge() {
        let mut edges = Vec::new();
        for base in [0, 5] {
            for i in 0..5 {
                for j in (i + 1)..5 {
                    edges.push((base + i, base + j, 1.0));
                }
            }
        }
        edges.push((4, 5, 0.2));
        let c = louvain(10, &edges);
        assert!(c[..5].iter().all(|&x| x == c[0]), "{c:?}");
        assert!(c[5..].iter().all(|&x| x == c[5]), "{c:?}");
        assert_ne!(c[0], c[5]);
        assert_eq!(c, louvain(10, &edges), "deterministic");
    }

    /// A ring of six triangles, each joined to the next by one edge: six communities
    /// (with so few, merging two neighbouring triangles would lower modularity).
    #[test]
    fn ring_of_triangles() {
        let mut edges = Vec::new();
        for t in 0..6 {
            let b = t * 3;
            edges.extend([(b, b + 1, 1.0), (b + 1, b + 2, 1.0), (b, b + 2, 1.0)]);
            edges.push((b + 2, (b + 3) % 18, 1.0));
        }
        let c = louvain(18, &edges);
        let mut distinct: Vec<usize> = c.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), 6, "{c:?}");
        for t in 0..6 {
            assert!(
                c[t * 3] == c[t * 3 + 1] && c[t * 3 + 1] == c[t * 3 + 2],
                "{c:?}"
            );
        }
        // Isolated nodes are their own communities, after the larger ones.
        let lone = louvain(3, &[(0, 1, 1.0)]);
        assert_eq!(lone, vec![0, 0, 1]);
    }
}
