//! CSV export: `nodes.csv`, `edges.csv` and `evidence.csv` in one folder.

use super::escape::{csv, num};
use super::spill::Spill;
use super::Selection;
use crate::assess::{Evidence, Tie};
use crate::store::Store;
use std::io::Write;
use std::path::Path;

fn row(out: &mut dyn Write, fields: &[String]) -> std::io::Result<()> {
    let line: Vec<String> = fields.iter().map(|f| csv(f)).collect();
    write!(out, "{}\r\n", line.join(","))
}

fn s(x: impl ToString) -> String {
    x.to_string()
}

fn opt(x: &Option<String>) -> String {
    x.clone().unwrap_or_default()
}

/// Writes the three files into `dir` (created if needed).
pub fn write(sel: &Selection, store: &Store, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let create = |name: &str| -> std::io::Result<std::io::BufWriter<std::fs::File>> {
        Ok(std::io::BufWriter::new(std::fs::File::create(
            dir.join(name),
        )?))
    };

    let mut nodes = create("nodes.csv")?;
    row(
        &mut nodes,
        &[
            "id",
            "name",
            "kind",
            "degree",
            "weighted_degree",
            "umbrella_for",
        ]
        .map(s),
    )?;
    for c in &sel.centrality {
        row(
            &mut nodes,
            &[
                s(c.id),
                c.name.clone(),
                sel.corpus.actor_kind(c.id),
                s(c.degree),
                num(c.weighted_degree),
                c.umbrella_for.join("; "),
            ],
        )?;
    }
    nodes.flush()?;

    let mut edges = create("edges.csv")?;
    row(
        &mut edges,
        &[
            "edge",
            "source",
            "target",
            "source_name",
            "target_name",
            "relation",
            "symmetric",
            "confidence",
            "level",
            "affirming_claims",
            "affirming_sources",
            "negating_claims",
            "negating_sources",
            "copied_claims",
            "first",
            "last",
            "event_first",
            "event_last",
            "report_first",
            "report_last",
            "explanation",
        ]
        .map(s),
    )?;
    let mut evidence = create("evidence.csv")?;
    row(
        &mut evidence,
        &[
            "edge",
            "claim_id",
            "polarity",
            "modality",
            "subject",
            "object",
            "doc",
            "title",
            "outlet",
            "published",
            "date",
            "date_basis",
            "event_time",
            "report_time",
            "speaker",
            "speaker_kind",
            "sentence",
            "copied_from",
            "copies",
        ]
        .map(s),
    )?;
    // Edges and their evidence rows come a batch of pairs at a time (each tie with its
    // evidence); both are listed tie by tie, strongest first.
    let mut edge_spill = Spill::new(sel.ties.len())?;
    let mut edge_rows: Vec<u8> = Vec::new();
    let mut spill = Spill::new(sel.ties.len())?;
    sel.for_each_evidence(store, |i, t| {
        edge_rows.clear();
        let key = t.key();
        row(&mut edge_rows, &edge_fields(t, &key))?;
        edge_spill.put(i, &edge_rows)?;
        // Row by row into the spill: the strongest tie's rows run to tens of megabytes.
        spill.put_with(i, &mut |w| {
            t.evidence
                .iter()
                .try_for_each(|e| row(w, &evidence_fields(e, &key)))
        })
    })?;
    sel.all_found(&edge_spill)?;
    edge_spill.copy_to(&mut edges)?;
    edges.flush()?;
    spill.copy_to(&mut evidence)?;
    evidence.flush()
}

/// An edge's row: `key` and the tie's summary.
fn edge_fields(t: &Tie, key: &str) -> Vec<String> {
    vec![
        key.to_string(),
        s(t.subject_id),
        s(t.object_id),
        t.subject.clone(),
        t.object.clone(),
        t.relation.clone(),
        s(t.symmetric),
        num(t.confidence),
        s(t.level),
        s(t.affirmed.claims),
        s(t.affirmed.independent_sources),
        s(t.negated.claims),
        s(t.negated.independent_sources),
        s(t.affirmed.copied_claims + t.negated.copied_claims),
        opt(&t.first),
        opt(&t.last),
        opt(&t.times.event_first),
        opt(&t.times.event_last),
        opt(&t.times.report_first),
        opt(&t.times.report_last),
        t.explanation.clone(),
    ]
}

/// A piece of evidence's row under its edge's `key`.
fn evidence_fields(e: &Evidence, key: &str) -> Vec<String> {
    let copies: Vec<String> = e.copies.iter().map(|c| c.doc.name.clone()).collect();
    vec![
        key.to_string(),
        s(e.claim_id),
        s(if e.affirmed { "affirmed" } else { "negated" }),
        s(e.modality.as_str()),
        e.subject.clone(),
        e.object.clone(),
        e.doc.name.clone(),
        opt(&e.doc.meta.title),
        opt(&e.doc.meta.outlet),
        opt(&e.doc.meta.published),
        opt(&e.date),
        s(e.dated_by.map_or("", |b| b.as_str())),
        opt(&e.event),
        opt(&e.reported),
        e.speaker.clone(),
        e.speaker_kind.clone(),
        e.sentence.clone(),
        e.copied_from
            .as_ref()
            .map(|d| d.name.clone())
            .unwrap_or_default(),
        copies.join("; "),
    ]
}
