//! The JSON API: what each endpoint answers, from a snapshot of the store (actors,
//! assessed ties, layout) or, for claims and documents, from the store itself.

use super::http::{Request, Response};
use super::layout;
use crate::actors::normalize::fold;
use crate::assess::graph::centrality;
use crate::assess::time::Basis;
use crate::assess::{Corpus, Period, Tie};
use crate::store::actors::ActorInfo;
use crate::store::claims::ClaimFilter;
use crate::store::Store;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

/// Graphs of periods other than "all dates" kept per snapshot.
const PERIOD_CACHE: usize = 48;
/// The most claims one `/api/claims` page returns.
const MAX_PAGE: usize = 1000;

/// Serialized graphs by period bounds and time basis.
type PeriodCache = BTreeMap<(Option<String>, Option<String>, Basis), std::sync::Arc<Vec<u8>>>;

/// What the API reads, built once per state of the store.
pub struct Snapshot {
    /// `PRAGMA data_version` when built: another connection's commit changes it.
    pub version: i64,
    pub corpus: Corpus,
    /// Every tie of all dates, denied-only ones included, strongest first (dated on the
    /// default basis, event time).
    pub ties: Vec<Tie>,
    /// The first and last dates of all ties on the report basis, worked out when first
    /// asked for.
    report_timeline: std::sync::OnceLock<Value>,
    pub positions: HashMap<i64, (f64, f64)>,
    pub actors: Vec<ActorInfo>,
    actor_index: HashMap<i64, usize>,
    claim_doc: HashMap<i64, i64>,
    /// The graph of all dates, serialized.
    pub graph: Vec<u8>,
    periods: Mutex<PeriodCache>,
}

impl Snapshot {
    pub fn build(store: &Store, version: i64) -> Result<Snapshot, String> {
        let corpus = store.corpus().map_err(|e| e.to_string())?;
        let actors = store.actors().map_err(|e| e.to_string())?;
        let ties = corpus.assess_all(&Period::default());
        let mut nodes = Vec::new();
        let mut edges = Vec::new();
        for t in &ties {
            nodes.push(t.subject_id);
            nodes.push(t.object_id);
            edges.push((t.subject_id, t.object_id, t.confidence));
        }
        let positions = layout::layout(&nodes, &edges);
        let actor_index = actors.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
        let claim_doc = corpus.claims.iter().map(|c| (c.id, c.doc_id)).collect();
        let mut snap = Snapshot {
            version,
            corpus,
            ties,
            positions,
            actors,
            actor_index,
            claim_doc,
            graph: Vec::new(),
            report_timeline: std::sync::OnceLock::new(),
            periods: Mutex::new(BTreeMap::new()),
        };
        snap.graph = serde_json::to_vec(&graph_json(&snap, &snap.ties, &Period::default()))
            .map_err(|e| e.to_string())?;
        Ok(snap)
    }

    fn actor(&self, id: i64) -> Option<&ActorInfo> {
        self.actor_index.get(&id).map(|&i| &self.actors[i])
    }

    /// From the first to the last date of any tie, all dates, on `basis` (the range of
    /// the UI's "as of" slider).
    fn timeline(&self, basis: Basis) -> Value {
        if basis == Basis::default() {
            return timeline(&self.ties);
        }
        self.report_timeline
            .get_or_init(|| {
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

/// The map of one period: nodes with positions and edges (one per tie).
fn graph_json(snap: &Snapshot, ties: &[Tie], period: &Period) -> Value {
    let affirmed: Vec<Tie> = ties
        .iter()
        .filter(|t| t.affirmed.claims > 0)
        .cloned()
        .collect();
    let weights: HashMap<i64, (usize, f64)> = centrality(&affirmed)
        .into_iter()
        .map(|c| (c.id, (c.degree, c.weighted_degree)))
        .collect();
    let mut ids: Vec<i64> = ties
        .iter()
        .flat_map(|t| [t.subject_id, t.object_id])
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let nodes: Vec<Value> = ids
        .iter()
        .map(|&id| {
            let (x, y) = snap.positions.get(&id).copied().unwrap_or((0.0, 0.0));
            let (deg, w) = weights.get(&id).copied().unwrap_or((0, 0.0));
            json!({
                "id": id,
                "name": snap.corpus.actor_name(id),
                "kind": snap.kind(id),
                "x": x,
                "y": y,
                "deg": deg,
                "w": w,
            })
        })
        .collect();
    let mut kinds: Vec<String> = nodes
        .iter()
        .filter_map(|n| n["kind"].as_str().map(String::from))
        .collect();
    kinds.sort();
    kinds.dedup();
    json!({
        "version": snap.version,
        "period": crate::export::json::period_json(period),
        "timeline": snap.timeline(period.basis),
        "relations": crate::claims::Relation::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
        "kinds": kinds,
        "nodes": nodes,
        "edges": ties.iter().map(tie_edge).collect::<Vec<_>>(),
    })
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

/// `GET /api/graph[?from=&to=&time=]`
pub fn graph(snap: &Snapshot, req: &Request) -> Response {
    let p = match period(req) {
        Ok(p) => p,
        Err(r) => return r,
    };
    if p.is_open() && p.basis == Basis::default() {
        return Response::json_bytes(snap.graph.clone());
    }
    let key = (p.from.clone(), p.to.clone(), p.basis);
    if let Some(hit) = snap.periods.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return Response::json_bytes(hit.to_vec());
    }
    let ties = snap.corpus.assess_all(&p);
    let body = serde_json::to_vec(&graph_json(snap, &ties, &p)).unwrap_or_default();
    if let Ok(mut m) = snap.periods.lock() {
        if m.len() >= PERIOD_CACHE {
            m.clear();
        }
        m.insert(key, std::sync::Arc::new(body.clone()));
    }
    Response::json_bytes(body)
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
            .map(|a| actor_json(a, snap.positions.contains_key(&a.id)))
            .collect(),
    ))
}

/// `GET /api/actors/{id}`: the actor, its names and why each was attached, its ties.
pub fn actor(snap: &Snapshot, id: i64) -> Response {
    let Some(a) = snap.actor(id) else {
        return Response::error(404, "no such actor");
    };
    let ties: Vec<Value> = snap
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
    let mut v = actor_json(a, snap.positions.contains_key(&id));
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
                    "on_map": snap.positions.contains_key(&a.id),
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
    let ids = store
        .find_actor_ids(v)
        .map_err(|e| Response::error(500, &e.to_string()))?;
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
        let span: Option<(i64, i64, i64)> = store
            .conn()
            .query_row(
                "SELECT doc_id, start, \"end\" FROM claim WHERE id = ?1",
                [claim],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .ok();
        match span {
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
