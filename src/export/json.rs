//! The JSON shapes of assessments (shared by `ties --format json` and `export --format
//! json`), and the whole-map JSON export.

use super::spill::Spill;
use super::Selection;
use crate::assess::graph::Centrality;
use crate::assess::{DocFact, Evidence, Period, Side, Tie};
use crate::store::Store;
use serde_json::{json, Value};
use std::io::Write;

pub fn doc_json(d: &DocFact) -> Value {
    doc_meta_json(&d.name, &d.meta)
}

/// A document's name and metadata, as every JSON output gives them.
pub fn doc_meta_json(name: &str, m: &crate::read::Meta) -> Value {
    json!({
        "doc": name,
        "title": m.title,
        "author": m.author,
        "outlet": m.outlet,
        "original_outlet": m.original_outlet,
        "published": m.published,
    })
}

/// A period as every JSON output gives it: its bounds and which time dates the claims.
pub fn period_json(p: &Period) -> Value {
    json!({"from": p.from, "to": p.to, "time": p.basis.as_str()})
}

pub fn side_json(s: &Side) -> Value {
    json!({
        "claims": s.claims,
        "independent_sources": s.independent_sources,
        "asserted_sources": s.asserted_sources,
        "copied_claims": s.copied_claims,
        "by_modality": s.by_modality,
        "source_kinds": s.source_kinds,
        "first": s.first,
        "last": s.last,
        "weight": (s.weight * 100.0).round() / 100.0,
        "sources": s.sources.iter().map(|x| json!({
            "name": x.name,
            "kind": x.kind,
            "claims": x.claims,
            "documents": x.documents,
            "weight": x.weight,
        })).collect::<Vec<_>>(),
    })
}

pub fn evidence_json(e: &Evidence) -> Value {
    let mut v = doc_json(&e.doc);
    let extra = json!({
        "claim_id": e.claim_id,
        "polarity": if e.affirmed { "affirmed" } else { "negated" },
        "modality": e.modality.as_str(),
        "subject": e.subject,
        "object": e.object,
        "sentence": e.sentence,
        "cue": e.cue,
        "date": e.date,
        "date_basis": e.dated_by.map(|b| b.as_str()),
        "event_time": e.event,
        "report_time": e.reported,
        "speaker": e.speaker,
        "speaker_kind": e.speaker_kind,
        "copied_from": e.copied_from.as_deref().map(doc_json),
        "copies": e.copies.iter().map(|c| {
            let mut d = doc_json(&c.doc);
            d["claim_id"] = json!(c.claim_id);
            d
        }).collect::<Vec<_>>(),
    });
    if let (Some(m), Value::Object(x)) = (v.as_object_mut(), extra) {
        m.extend(x);
    }
    // Only documents with pages (PDF) name the page.
    if let Some(p) = e.page {
        v["page"] = json!(p);
    }
    v
}

pub fn tie_json(t: &Tie, with_evidence: bool) -> Value {
    let mut v = json!({
        "relation": t.relation,
        "subject": t.subject,
        "object": t.object,
        "symmetric": t.symmetric,
        "confidence": t.confidence,
        "level": t.level,
        "explanation": t.explanation,
        "first": t.first,
        "last": t.last,
        "event_first": t.times.event_first,
        "event_last": t.times.event_last,
        "report_first": t.times.report_first,
        "report_last": t.times.report_last,
        "affirmed": side_json(&t.affirmed),
        "negated": side_json(&t.negated),
    });
    if with_evidence {
        v["evidence"] = t.evidence.iter().map(evidence_json).collect();
    }
    v
}

pub fn actor_json(c: &Centrality, kind: &str) -> Value {
    json!({
        "id": c.id,
        "name": c.name,
        "kind": kind,
        "degree": c.degree,
        "weighted_degree": c.weighted_degree,
        "umbrella_for": c.umbrella_for,
    })
}

/// The map as one JSON document: actors, ties with their evidence, documents. Written
/// element by element, so that no tree of the whole document is held in memory.
pub fn write(sel: &Selection, store: &Store, out: &mut dyn Write) -> std::io::Result<()> {
    // Keys in the order serde_json's maps keep (sorted), as a whole-document write would.
    writeln!(out, "{{")?;
    write!(out, "  \"actors\": ")?;
    write_array(
        out,
        sel.centrality
            .iter()
            .map(|c| actor_json(c, &sel.corpus.actor_kind(c.id))),
    )?;
    writeln!(out, ",")?;
    let mut docs: Vec<&DocFact> = sel.corpus.docs.values().map(|d| &**d).collect();
    docs.sort_by_key(|d| d.id);
    write!(out, "  \"documents\": ")?;
    write_array(out, docs.into_iter().map(doc_json))?;
    writeln!(out, ",")?;
    writeln!(out, "  \"min_confidence\": {},", json!(sel.min_confidence))?;
    writeln!(out, "  \"period\": {},", period_json(&sel.period))?;
    write!(out, "  \"ties\": ")?;
    // Ties with their evidence come a batch of pairs at a time; each is rendered as it
    // comes and set in its place, strongest first, from the spill.
    let mut spill = Spill::new(sel.ties.len())?;
    sel.for_each_evidence(store, |i, t| {
        spill.put_with(i, &mut |w| {
            w.write_all(if i == 0 { b"[" } else { b"," })?;
            write_tie_element(t, w)
        })
    })?;
    sel.all_found(&spill)?;
    spill.copy_to(out)?;
    out.write_all(if sel.ties.is_empty() { b"[]" } else { b"\n  ]" })?;
    writeln!(out, "\n}}")
}

/// A JSON array, one pretty-printed element at a time, indented one level.
fn write_array(out: &mut dyn Write, items: impl Iterator<Item = Value>) -> std::io::Result<()> {
    let mut first = true;
    for v in items {
        out.write_all(if first { b"[" } else { b"," })?;
        first = false;
        out.write_all(&element(&v)?)?;
    }
    out.write_all(if first { b"[]" } else { b"\n  ]" })
}

/// A tie as an element of the export's `"ties"`: `tie_json(t, true)` with the actors'
/// ids, as `element` renders it.
pub fn tie_element(t: &Tie) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    write_tie_element(t, &mut out)?;
    Ok(out)
}

/// `tie_element`, written to `out` as it is rendered.
pub fn write_tie_element(t: &Tie, out: &mut dyn Write) -> std::io::Result<()> {
    let mut v = tie_json(t, false);
    v["subject_id"] = json!(t.subject_id);
    v["object_id"] = json!(t.object_id);
    element_with_evidence(v, &t.evidence, out)
}

/// As `element` of `tie` with an `"evidence"` array of `evidence`, each item rendered
/// on its own and written as it comes: neither the tree nor the text of a tie with tens
/// of thousands of sentences is ever held whole.
fn element_with_evidence(
    mut tie: Value,
    evidence: &[Evidence],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    // A mark in the evidence's place, replaced by the rendered array.
    const MARK: &str = "\u{1}evidence\u{1}";
    tie["evidence"] = json!(MARK);
    let text = element(&tie)?;
    let mark = format!("\"evidence\": {}", serde_json::to_string(MARK)?);
    let Some(at) = find(&text, mark.as_bytes()) else {
        return Err(std::io::Error::other("the evidence's place was not found"));
    };
    let (at, mark) = (at + "\"evidence\": ".len(), &mark["\"evidence\": ".len()..]);
    out.write_all(&text[..at])?;
    if evidence.is_empty() {
        out.write_all(b"[]")?;
    } else {
        // Items two spaces deeper than the key, which `element` set at six.
        out.write_all(b"[")?;
        for (k, e) in evidence.iter().enumerate() {
            let item = serde_json::to_string_pretty(&evidence_json(e))?;
            out.write_all(if k == 0 { b"\n" } else { b",\n" })?;
            out.write_all(b"        ")?;
            out.write_all(item.replace('\n', "\n        ").as_bytes())?;
        }
        out.write_all(b"\n      ]")?;
    }
    out.write_all(&text[at + mark.len()..])
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// One element of an array under a top-level key, as a pretty whole-document write
/// places it: on a new line, indented two levels.
pub(super) fn element(v: &Value) -> std::io::Result<Vec<u8>> {
    let text = serde_json::to_string_pretty(v)?;
    Ok(format!("\n    {}", text.replace('\n', "\n    ")).into_bytes())
}
