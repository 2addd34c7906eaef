//! The JSON API: what each endpoint answers, from a snapshot of the store (actors,
//! assessed ties, layout) or, for claims and documents, from the store itself.

use super::http::{Request, Response};
use super::{layout, view};
use crate::actors::normalize::fold;
use crate::assess::graph::centrality;
use crate::assess::time::Basis;
use crate::assess::{Corpus, Period, Tie};
use crate::store::actors::ActorInfo;
use crate::store::claims::ClaimFilter;
use crate::store::Store;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Mutex;

/// Graphs of periods other than "all dates" kept per snapshot.
const PERIOD_CACHE: usize = 48;
/// Assessed ties of periods other than "all dates" kept per snapshot.
const PERIOD_TIES_CACHE: usize = 8;
/// The most claims one `/api/claims` page returns.
const MAX_PAGE: usize = 1000;
/// Actors in the overview when the request names no limit.
pub const OVERVIEW_ACTORS: usize = 150;
/// Actors in a neighbourhood when the request names no limit.
pub const NEIGHBOURHOOD_ACTORS: usize = 120;
/// Lines (pairs of actors) drawn per actor shown, at most.
const PAIRS_PER_ACTOR: usize = 2;
/// The largest number a `limit` may be (past it, `limit=all`).
const MAX_LIMIT: usize = 100_000;

/// Serialized graphs by period bounds, time basis and number of actors.
type PeriodCache =
    BTreeMap<(Option<String>, Option<String>, Basis, Option<usize>), std::sync::Arc<Vec<u8>>>;
type PeriodKey = (Option<String>, Option<String>, Basis);
type Positions = HashMap<i64, (f64, f64)>;

/// The ties of one period, with each actor's degree and weighted degree on them.
pub struct PeriodTies {
    /// Strongest first; denied-only ties included; no evidence (summaries).
    pub ties: Vec<Tie>,
    weights: HashMap<i64, (usize, f64)>,
    /// Actors with any tie in the period.
    actors: usize,
}

impl PeriodTies {
    fn new(ties: Vec<Tie>) -> PeriodTies {
        let affirmed: Vec<Tie> = ties
            .iter()
            .filter(|t| t.affirmed.claims > 0)
            .cloned()
            .collect();
        let weights = centrality(&affirmed)
            .into_iter()
            .map(|c| (c.id, (c.degree, c.weighted_degree)))
            .collect();
        let actors: HashSet<i64> = ties
            .iter()
            .flat_map(|t| [t.subject_id, t.object_id])
            .collect();
        PeriodTies {
            ties,
            weights,
            actors: actors.len(),
        }
    }
}

/// What the API reads, built once per state of the store.
pub struct Snapshot {
    /// `Store::data_version` when built: another connection's commit changes it.
    pub version: i64,
    pub corpus: Corpus,
    /// Every tie of all dates, denied-only ones included, strongest first (dated on the
    /// default basis, event time), without evidence.
    pub all: std::sync::Arc<PeriodTies>,
    /// Centrality, neighbours and communities on the map of all dates.
    pub structure: view::Structure,
    /// The first and last dates of all ties on each basis (event, report), worked out
    /// when first asked for.
    timelines: [std::sync::OnceLock<Value>; 2],
    /// Positions of every actor (`limit=all`), laid out when first asked for.
    full_layout: std::sync::OnceLock<Positions>,
    /// Positions of the overview of each number of actors asked for.
    overview_layouts: Mutex<HashMap<usize, std::sync::Arc<Positions>>>,
    pub actors: Vec<ActorInfo>,
    actor_index: HashMap<i64, usize>,
    claim_doc: HashMap<i64, i64>,
    /// Kinds of the actors with ties.
    kinds: Vec<String>,
    /// The default overview of all dates, serialized.
    pub graph: Vec<u8>,
    periods: Mutex<PeriodCache>,
    period_ties: Mutex<BTreeMap<PeriodKey, std::sync::Arc<PeriodTies>>>,
}

impl Snapshot {
    pub fn build(store: &Store, version: i64) -> Result<Snapshot, String> {
        let corpus = store.corpus().map_err(|e| e.to_string())?;
        let actors = store.actors().map_err(|e| e.to_string())?;
        let ties = corpus.assess_all_summaries(&Period::default());
        let structure = view::Structure::build(&ties);
        let actor_index: HashMap<i64, usize> =
            actors.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
        let claim_doc = corpus.claims.iter().map(|c| (c.id, c.doc_id)).collect();
        let mut snap = Snapshot {
            version,
            corpus,
            all: std::sync::Arc::new(PeriodTies::new(ties)),
            structure,
            actors,
            actor_index,
            claim_doc,
            kinds: Vec::new(),
            graph: Vec::new(),
            timelines: Default::default(),
            full_layout: std::sync::OnceLock::new(),
            overview_layouts: Mutex::new(HashMap::new()),
            periods: Mutex::new(BTreeMap::new()),
            period_ties: Mutex::new(BTreeMap::new()),
        };
        let mut kinds: Vec<String> = snap
            .structure
            .order
            .iter()
            .map(|&id| snap.kind(id))
            .collect();
        kinds.sort();
        kinds.dedup();
        snap.kinds = kinds;
        let all = std::sync::Arc::clone(&snap.all);
        snap.graph = serde_json::to_vec(&overview_json(
            &snap,
            &all,
            &Period::default(),
            Some(OVERVIEW_ACTORS),
        ))
        .map_err(|e| e.to_string())?;
        Ok(snap)
    }

    fn actor(&self, id: i64) -> Option<&ActorInfo> {
        self.actor_index.get(&id).map(|&i| &self.actors[i])
    }

    /// Whether the actor has any tie (and so can be on the map).
    fn on_map(&self, id: i64) -> bool {
        self.structure.standing.contains_key(&id)
    }

    /// From the first to the last date of any tie, all dates, on `basis` (the range of
    /// the UI's "as of" slider).
    fn timeline(&self, basis: Basis) -> Value {
        let default = basis == Basis::default();
        self.timelines[usize::from(!default)]
            .get_or_init(|| {
                if default {
                    return timeline(&self.all.ties);
                }
                let all = Period {
                    basis,
                    ..Period::default()
                };
                timeline(&self.corpus.assess_all_summaries(&all))
            })
            .clone()
    }

    fn kind(&self, id: i64) -> String {
        self.actor(id)
            .map(|a| a.kind.clone())
            .unwrap_or_else(|| self.corpus.actor_kind(id))
    }

    /// The ties of a period, assessed once and kept for a few periods.
    fn ties_of(&self, p: &Period) -> std::sync::Arc<PeriodTies> {
        if p.is_open() && p.basis == Basis::default() {
            return std::sync::Arc::clone(&self.all);
        }
        let key = (p.from.clone(), p.to.clone(), p.basis);
        if let Some(hit) = self
            .period_ties
            .lock()
            .ok()
            .and_then(|m| m.get(&key).cloned())
        {
            return hit;
        }
        let t = std::sync::Arc::new(PeriodTies::new(self.corpus.assess_all_summaries(p)));
        if let Ok(mut m) = self.period_ties.lock() {
            if m.len() >= PERIOD_TIES_CACHE {
                m.clear();
            }
            m.insert(key, std::sync::Arc::clone(&t));
        }
        t
    }

    /// Positions for the overview of `limit` actors (`None`: every actor), laid out
    /// on the strongest ties of all dates among them, so they stay put as the "as of"
    /// date moves.
    fn overview_layout(&self, limit: Option<usize>) -> std::sync::Arc<Positions> {
        let lay = |ids: &[i64], budget: Option<usize>| {
            let set: HashSet<i64> = ids.iter().copied().collect();
            // Ties within a community pull harder than ties between two, so that
            // communities gather into regions.
            let community = |id: i64| self.structure.standing.get(&id).map(|s| s.community);
            let edges: Vec<(i64, i64, f64)> = view::pick_ties(&self.all.ties, &set, None, budget)
                .into_iter()
                .map(|t| {
                    let w = if community(t.subject_id) == community(t.object_id) {
                        1.0 + t.confidence
                    } else {
                        0.2 * t.confidence - 0.6
                    };
                    (t.subject_id, t.object_id, w)
                })
                .collect();
            layout::layout(ids, &edges)
        };
        let Some(n) = limit.filter(|&n| n < self.structure.order.len()) else {
            let full = self
                .full_layout
                .get_or_init(|| lay(&self.structure.order, None));
            return std::sync::Arc::new(full.clone());
        };
        if let Some(hit) = self
            .overview_layouts
            .lock()
            .ok()
            .and_then(|m| m.get(&n).cloned())
        {
            return hit;
        }
        let pos = std::sync::Arc::new(lay(&self.structure.overview(n), Some(n * PAIRS_PER_ACTOR)));
        if let Ok(mut m) = self.overview_layouts.lock() {
            if m.len() >= PERIOD_TIES_CACHE {
                m.clear();
            }
            m.insert(n, std::sync::Arc::clone(&pos));
        }
        pos
    }
}

/// Reads `from` and `to` (YYYY, YYYY-MM or YYYY-MM-DD) and `time` (`event`, the
/// default, or `report`) from the query.
pub fn period(req: &Request) -> Result<Period, Response> {
    let mut p = Period::default();
    if let Some(v) = req.param("time") {
        p.basis =
            Basis::parse(v).ok_or_else(|| Response::error(400, "time must be event or report"))?;
    }
    for (key, slot) in [("from", &mut p.from), ("to", &mut p.to)] {
        if let Some(v) = req.param(key) {
            if !crate::assess::time::is_date(v) {
                return Err(Response::error(
                    400,
                    &format!("{key} must be a date: YYYY, YYYY-MM or YYYY-MM-DD"),
                ));
            }
            *slot = Some(v.to_string());
        }
    }
    Ok(p)
}

fn tie_edge(t: &Tie) -> Value {
    json!({
        "s": t.subject_id,
        "o": t.object_id,
        "rel": t.relation,
        "sym": t.symmetric,
        "conf": t.confidence,
        "level": t.level,
        "aff": t.affirmed.independent_sources,
        "neg": t.negated.independent_sources,
        "affClaims": t.affirmed.claims,
        "negClaims": t.negated.claims,
        "first": t.first,
        "last": t.last,
    })
}

/// What a map response says of the part it shows.
struct Shown<'a> {
    /// `{"mode": ...}` and the parameters of this view.
    view: Value,
    /// The actors that may be shown, in order of importance.
    members: Vec<i64>,
    positions: &'a Positions,
    /// Steps from the focus of a neighbourhood.
    hops: Option<HashMap<i64, u8>>,
    focus: Option<i64>,
    budget: Option<usize>,
    /// Actors there are in all (of the map, or within the neighbourhood's steps).
    total_actors: usize,
}

/// The map of one period: nodes with positions, edges (one per tie) among them, and
/// how much of the whole map that is.
fn map_json(snap: &Snapshot, period_ties: &PeriodTies, period: &Period, shown: Shown) -> Value {
    let set: HashSet<i64> = shown.members.iter().copied().collect();
    let ties = view::pick_ties(&period_ties.ties, &set, shown.focus, shown.budget);
    let mut tied: HashSet<i64> = ties
        .iter()
        .flat_map(|t| [t.subject_id, t.object_id])
        .collect();
    tied.extend(shown.focus);
    let nodes: Vec<Value> = shown
        .members
        .iter()
        .filter(|id| tied.contains(id))
        .map(|&id| {
            let (x, y) = shown.positions.get(&id).copied().unwrap_or((0.0, 0.0));
            let (deg, w) = period_ties.weights.get(&id).copied().unwrap_or((0, 0.0));
            let st = snap.structure.standing.get(&id);
            let mut n = json!({
                "id": id,
                "name": snap.corpus.actor_name(id),
                "kind": snap.kind(id),
                "x": x,
                "y": y,
                "deg": deg,
                "w": w,
                "rank": st.map(|s| s.rank),
                "c": st.map(|s| s.community),
            });
            if let Some(h) = shown.hops.as_ref().and_then(|h| h.get(&id)) {
                n["hop"] = json!(h);
            }
            n
        })
        .collect();
    let shown_actors = nodes.len();
    json!({
        "version": snap.version,
        "period": crate::export::json::period_json(period),
        "timeline": snap.timeline(period.basis),
        "relations": crate::claims::Relation::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
        "kinds": snap.kinds,
        "view": shown.view,
        "total": {"actors": shown.total_actors, "ties": period_ties.ties.len()},
        "shown": {"actors": shown_actors, "ties": ties.len()},
        "nodes": nodes,
        "edges": ties.iter().map(|t| tie_edge(t)).collect::<Vec<_>>(),
    })
}

/// The overview: the `limit` most central actors of all dates (every actor for
/// `None`) and the strongest ties of the period among them.
fn overview_json(
    snap: &Snapshot,
    period_ties: &PeriodTies,
    period: &Period,
    limit: Option<usize>,
) -> Value {
    let members = match limit {
        Some(n) => snap.structure.overview(n),
        None => snap.structure.order.clone(),
    };
    let positions = snap.overview_layout(limit);
    let total = snap.structure.order.len();
    let next = limit.filter(|&n| n < total).map(|n| {
        if n * 2 >= total {
            Value::from("all")
        } else {
            Value::from(n * 2)
        }
    });
    map_json(
        snap,
        period_ties,
        period,
        Shown {
            view: json!({"mode": "overview", "limit": limit, "more": next}),
            members,
            positions: &positions,
            hops: None,
            focus: None,
            budget: limit.map(|n| n * PAIRS_PER_ACTOR),
            total_actors: period_ties.actors,
        },
    )
}

/// Reads `limit`: a number of actors, or `all` (`None`).
fn limit(req: &Request, default: usize) -> Result<Option<usize>, Response> {
    match req.param("limit") {
        None => Ok(Some(default)),
        Some("all") => Ok(None),
        Some(v) => match v.parse::<usize>() {
            Ok(n) if n >= 1 => Ok(Some(n.min(MAX_LIMIT))),
            _ => Err(Response::error(
                400,
                "limit must be a number of actors (1 or more) or all",
            )),
        },
    }
}

/// The first day and the last day of any of `ties`.
fn timeline(ties: &[Tie]) -> Value {
    let (mut first, mut last) = (None, None);
    for t in ties {
        for d in [&t.first, &t.last].into_iter().flatten() {
            crate::assess::widen(&mut first, &mut last, d);
        }
    }
    json!({
        "first": first.as_deref().and_then(crate::assess::time::start),
        "last": last.as_deref().and_then(crate::assess::time::end),
    })
}

/// `GET /api/graph[?limit=&from=&to=&time=]`: the overview (see `overview_json`).
pub fn graph(snap: &Snapshot, req: &Request) -> Response {
    let (p, limit) = match period(req).and_then(|p| Ok((p, limit(req, OVERVIEW_ACTORS)?))) {
        Ok(x) => x,
        Err(r) => return r,
    };
    if p.is_open() && p.basis == Basis::default() && limit == Some(OVERVIEW_ACTORS) {
        return Response::json_bytes(snap.graph.clone());
    }
    let key = (p.from.clone(), p.to.clone(), p.basis, limit);
    if let Some(hit) = snap.periods.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return Response::json_bytes(hit.to_vec());
    }
    let ties = snap.ties_of(&p);
    let body = serde_json::to_vec(&overview_json(snap, &ties, &p, limit)).unwrap_or_default();
    if let Ok(mut m) = snap.periods.lock() {
        if m.len() >= PERIOD_CACHE {
            m.clear();
        }
        m.insert(key, std::sync::Arc::new(body.clone()));
    }
    Response::json_bytes(body)
}

/// `GET /api/neighbourhood?actor=ID[&depth=1|2&limit=&from=&to=&time=]`: an actor, its
/// strongest neighbours (and theirs, at depth 2) on rings around it, and the ties of
/// the period among them. The actors are chosen on the map of all dates, so that the
/// "as of" date shows how the neighbourhood formed.
pub fn neighbourhood(snap: &Snapshot, req: &Request) -> Response {
    let Some(id) = req.param("actor").and_then(|v| v.parse::<i64>().ok()) else {
        return Response::error(400, "give an actor id: ?actor=ID");
    };
    if snap.actor(id).is_none() && !snap.on_map(id) {
        return Response::error(404, "no such actor");
    }
    let depth: u8 = match req.param("depth") {
        None | Some("1") => 1,
        Some("2") => 2,
        Some(_) => return Response::error(400, "depth must be 1 or 2"),
    };
    let (p, limit) = match period(req).and_then(|p| Ok((p, limit(req, NEIGHBOURHOOD_ACTORS)?))) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let n = limit.unwrap_or(MAX_LIMIT);
    let nb = snap.structure.neighbourhood(id, depth, n);
    let positions = nb.radial();
    let ties = snap.ties_of(&p);

    let more = (nb.first.len() + nb.second.len() < nb.within).then(|| {
        if n * 2 >= nb.within {
            Value::from("all")
        } else {
            Value::from(n * 2)
        }
    });
    let v = map_json(
        snap,
        &ties,
        &p,
        Shown {
            view: json!({
                "mode": "focus",
                "actor": id,
                "name": snap.corpus.actor_name(id),
                "depth": depth,
                "limit": limit,
                "more": more,
            }),
            members: nb.members(),
            positions: &positions,
            hops: Some(nb.hops()),
            focus: Some(id),
            budget: Some((nb.first.len() + nb.second.len() + 1) * PAIRS_PER_ACTOR),
            total_actors: nb.within,
        },
    );
    Response::json(&v)
}

fn actor_json(a: &ActorInfo, on_map: bool) -> Value {
    json!({
        "id": a.id,
        "name": a.name,
        "kind": a.kind,
        "origin": a.origin,
        "pack_id": a.pack_id,
        "reason": a.reason,
        "mentions": a.mentions,
        "documents": a.documents,
        "on_map": on_map,
        "aliases": a.surface_forms.iter().map(|f| json!({"name": f.surface, "reason": f.reason})).collect::<Vec<_>>(),
    })
}

/// `GET /api/actors`
pub fn actors(snap: &Snapshot) -> Response {
    Response::json(&Value::Array(
        snap.actors
            .iter()
            .map(|a| actor_json(a, snap.on_map(a.id)))
            .collect(),
    ))
}

/// `GET /api/actors/{id}`: the actor, its names and why each was attached, its ties.
pub fn actor(snap: &Snapshot, id: i64) -> Response {
    let Some(a) = snap.actor(id) else {
        return Response::error(404, "no such actor");
    };
    let ties: Vec<Value> = snap
        .all
        .ties
        .iter()
        .filter(|t| t.subject_id == id || t.object_id == id)
        .map(|t| {
            let (other, name) = if t.subject_id == id {
                (t.object_id, &t.object)
            } else {
                (t.subject_id, &t.subject)
            };
            let direction = if t.symmetric {
                "both"
            } else if t.subject_id == id {
                "out"
            } else {
                "in"
            };
            let mut v = tie_edge(t);
            v["other_id"] = json!(other);
            v["other"] = json!(name);
            v["other_kind"] = json!(snap.kind(other));
            v["direction"] = json!(direction);
            v["subject"] = json!(t.subject);
            v["object"] = json!(t.object);
            v
        })
        .collect();
    let mut v = actor_json(a, snap.on_map(id));
    v["ties"] = Value::Array(ties);
    Response::json(&v)
}

/// `GET /api/search?q=`: actors whose name or a name they were seen under matches,
/// best first; close spellings when nothing matches.
pub fn search(snap: &Snapshot, req: &Request) -> Response {
    let q = req.param("q").unwrap_or("").trim();
    if q.is_empty() {
        return Response::json(&json!([]));
    }
    if q.chars().count() > 200 {
        return Response::error(400, "query too long");
    }
    let fq = fold(q);
    let mut hits: Vec<(u8, i64, usize, String)> = Vec::new();
    for (i, a) in snap.actors.iter().enumerate() {
        let name = fold(&a.name);
        let mut best: Option<(u8, String)> = None;
        let mut consider = |score: u8, matched: &str| {
            if best.as_ref().is_none_or(|b| score < b.0) {
                best = Some((score, matched.to_string()));
            }
        };
        if name == fq {
            consider(0, &a.name);
        } else if name.starts_with(&fq) {
            consider(1, &a.name);
        } else if name.contains(&fq) {
            consider(3, &a.name);
        }
        for f in &a.surface_forms {
            let s = fold(&f.surface);
            if s == fq {
                consider(2, &f.surface);
            } else if s.contains(&fq) {
                consider(4, &f.surface);
            }
        }
        if let Some((score, matched)) = best {
            hits.push((score, -a.mentions, i, matched));
        }
    }
    if hits.is_empty() {
        let names: Vec<(i64, String)> = snap
            .actors
            .iter()
            .flat_map(|a| {
                std::iter::once((a.id, a.name.clone()))
                    .chain(a.surface_forms.iter().map(|f| (a.id, f.surface.clone())))
            })
            .collect();
        for (rank, id) in crate::assess::suggest(&names, q, 10)
            .into_iter()
            .enumerate()
        {
            if let Some(&i) = snap.actor_index.get(&id) {
                hits.push((5, rank as i64, i, snap.actors[i].name.clone()));
            }
        }
    }
    hits.sort();
    hits.truncate(20);
    Response::json(&Value::Array(
        hits.into_iter()
            .map(|(score, _, i, matched)| {
                let a = &snap.actors[i];
                json!({
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind,
                    "matched": matched,
                    "close_spelling": score == 5,
                    "on_map": snap.on_map(a.id),
                })
            })
            .collect(),
    ))
}

/// An actor given by id or by name.
fn resolve(store: &Store, v: &str) -> Result<Vec<i64>, Response> {
    if let Ok(id) = v.parse::<i64>() {
        return Ok(vec![id]);
    }
    let ids =
        crate::query::find_actor_ids(store, v).map_err(|e| Response::error(500, &e.to_string()))?;
    if ids.is_empty() {
        return Err(Response::error(404, "no actor by that name"));
    }
    Ok(ids)
}

/// `GET /api/ties?a=&b=[&from=&to=&time=]`: the dossier of two actors (the JSON of
/// `tiegraph ties A B --format json`), each piece of evidence with its `doc_id`.
pub fn ties(snap: &Snapshot, store: &Store, req: &Request) -> Response {
    let (Some(a), Some(b)) = (req.param("a"), req.param("b")) else {
        return Response::error(400, "give two actors: ?a=ID&b=ID");
    };
    let p = match period(req) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let (ids_a, ids_b) = match (resolve(store, a), resolve(store, b)) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    if ids_a.iter().any(|x| ids_b.contains(x)) {
        return Response::error(400, "the two names are the same actor");
    }
    let pair = snap.corpus.assess_pair(&ids_a, &ids_b, &p);
    let mut buf = Vec::new();
    if let Err(e) = crate::export::dossier::write_json(&pair, &p, &mut buf) {
        return Response::error(500, &e.to_string());
    }
    let mut v: Value = match serde_json::from_slice(&buf) {
        Ok(v) => v,
        Err(e) => return Response::error(500, &e.to_string()),
    };
    // The document id of every piece of evidence, to open the document at it.
    let add_doc = |e: &mut Value| {
        if let Some(d) = e["claim_id"].as_i64().and_then(|c| snap.claim_doc.get(&c)) {
            e["doc_id"] = json!(d);
        }
    };
    if let Some(rels) = v["relations"].as_array_mut() {
        for r in rels {
            if let Some(ev) = r["evidence"].as_array_mut() {
                ev.iter_mut().for_each(add_doc);
            }
        }
    }
    if let Some(ev) = v["denials"].as_array_mut() {
        ev.iter_mut().for_each(add_doc);
    }
    v["a_id"] = json!(ids_a[0]);
    v["b_id"] = json!(ids_b[0]);
    Response::json(&v)
}

fn page(req: &Request) -> Result<(usize, usize), Response> {
    let num = |k: &str, default: usize| -> Result<usize, Response> {
        match req.param(k) {
            None => Ok(default),
            Some(v) => v
                .parse::<usize>()
                .map_err(|_| Response::error(400, "limit and offset must be numbers")),
        }
    };
    Ok((num("limit", 200)?.min(MAX_PAGE), num("offset", 0)?))
}

/// `GET /api/claims[?actor=&relation=&limit=&offset=]`: claims with their evidence.
pub fn claims(store: &Store, req: &Request) -> Response {
    let (limit, offset) = match page(req) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let mut filter = ClaimFilter {
        relation: req.param("relation").map(String::from),
        ..Default::default()
    };
    if let Some(a) = req.param("actor") {
        match resolve(store, a) {
            Ok(ids) => filter.actor_ids = Some(ids),
            Err(r) => return r,
        }
    }
    match store.claims(&filter) {
        Ok(rows) => {
            let total = rows.len();
            let rows: Vec<_> = rows.into_iter().skip(offset).take(limit).collect();
            Response::json(&json!({"total": total, "offset": offset, "claims": rows}))
        }
        Err(e) => Response::error(500, &e.to_string()),
    }
}

/// `GET /api/documents`: metadata of the current documents.
pub fn documents(store: &Store) -> Response {
    match store.documents() {
        Ok(d) => Response::json(&json!(d)),
        Err(e) => Response::error(500, &e.to_string()),
    }
}

/// UTF-16 offset of byte offset `b` in `text` (what JavaScript strings count).
fn utf16_at(text: &str, b: usize) -> Option<usize> {
    text.get(..b).map(|s| s.encode_utf16().count())
}

/// `GET /api/documents/{id}[?claim=ID]`: a document with its text; with a claim of
/// it, the evidence span to highlight (in UTF-16 units, as JavaScript counts).
pub fn document(store: &Store, id: i64, req: &Request) -> Response {
    let docs = match store.documents() {
        Ok(d) => d,
        Err(e) => return Response::error(500, &e.to_string()),
    };
    let Some(info) = docs.into_iter().find(|d| d.id == id) else {
        return Response::error(404, "no such document");
    };
    let text = match store.text(id) {
        Ok(t) => t,
        Err(e) => return Response::error(500, &e.to_string()),
    };
    let mut highlight = Value::Null;
    if let Some(c) = req.param("claim") {
        let Ok(claim) = c.parse::<i64>() else {
            return Response::error(400, "claim must be a number");
        };
        let span = match store.claim_span(claim) {
            Ok(span) => span,
            Err(e) => return Response::error(500, &e.to_string()),
        };
        match span.map(|c| (c.doc_id, c.start, c.end)) {
            Some((d, s, e)) if d == id => {
                if let (Some(s16), Some(e16)) =
                    (utf16_at(&text, s as usize), utf16_at(&text, e as usize))
                {
                    highlight = json!({"claim_id": claim, "start": s16, "end": e16});
                }
            }
            _ => return Response::error(404, "no such claim in this document"),
        }
    }
    let mut v = json!(info);
    v["text"] = json!(text);
    v["highlight"] = highlight;
    Response::json(&v)
}
