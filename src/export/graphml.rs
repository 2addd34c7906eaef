//! GraphML export: actors as nodes, one directed edge per tie (a symmetric relation is
//! one edge, lower actor id first, marked `symmetric`), with kind, relation type,
//! confidence, claim and source counts and first/last dates as attributes: `first` and
//! `last` by the time the export was asked for (the graph's `time_basis`), and
//! `event_first`/`event_last` (times the text gives) and `report_first`/`report_last`
//! (publication dates) whatever it was.

use super::escape::{num, xml};
use super::spill::Spill;
use super::Selection;
use crate::assess::Tie;
use crate::store::Store;
use std::io::Write;

const NODE_KEYS: [(&str, &str); 4] = [
    ("label", "string"),
    ("kind", "string"),
    ("degree", "int"),
    ("weighted_degree", "double"),
];

const EDGE_KEYS: [(&str, &str); 17] = [
    ("relation", "string"),
    ("symmetric", "boolean"),
    ("confidence", "double"),
    ("level", "string"),
    ("affirming_claims", "int"),
    ("affirming_sources", "int"),
    ("negating_claims", "int"),
    ("negating_sources", "int"),
    ("copied_claims", "int"),
    ("first", "string"),
    ("last", "string"),
    ("event_first", "string"),
    ("event_last", "string"),
    ("report_first", "string"),
    ("report_last", "string"),
    ("explanation", "string"),
    ("evidence", "string"),
];

fn data(out: &mut dyn Write, key: &str, value: &str) -> std::io::Result<()> {
    writeln!(out, "      <data key=\"{key}\">{}</data>", xml(value))
}

pub fn write(sel: &Selection, store: &Store, out: &mut dyn Write) -> std::io::Result<()> {
    // Each edge quotes its first evidence sentence: edges are rendered as their ties
    // come with their evidence, a batch of pairs at a time, and listed strongest first.
    let mut edges = Spill::new(sel.ties.len())?;
    let mut piece = Vec::new();
    sel.for_each_evidence(store, |i, t| {
        piece.clear();
        edge(i, t, &mut piece)?;
        edges.put(i, &piece)
    })?;
    sel.all_found(&edges)?;
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">"
    )?;
    for (name, ty) in NODE_KEYS {
        writeln!(
            out,
            "  <key id=\"n_{name}\" for=\"node\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        )?;
    }
    for (name, ty) in EDGE_KEYS {
        writeln!(
            out,
            "  <key id=\"e_{name}\" for=\"edge\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        )?;
    }
    writeln!(
        out,
        "  <key id=\"g_time_basis\" for=\"graph\" attr.name=\"time_basis\" attr.type=\"string\"/>"
    )?;
    writeln!(out, "  <graph id=\"tiegraph\" edgedefault=\"directed\">")?;
    writeln!(
        out,
        "    <data key=\"g_time_basis\">{}</data>",
        sel.period.basis.as_str()
    )?;
    for c in &sel.centrality {
        writeln!(out, "    <node id=\"a{}\">", c.id)?;
        data(out, "n_label", &c.name)?;
        data(out, "n_kind", &sel.corpus.actor_kind(c.id))?;
        data(out, "n_degree", &c.degree.to_string())?;
        data(out, "n_weighted_degree", &num(c.weighted_degree))?;
        writeln!(out, "    </node>")?;
    }
    edges.copy_to(out)?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

/// One edge: its ends, attributes and first evidence sentence.
fn edge(i: usize, t: &Tie, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "    <edge id=\"e{i}\" source=\"a{}\" target=\"a{}\">",
        t.subject_id, t.object_id
    )?;
    data(out, "e_relation", &t.relation)?;
    data(
        out,
        "e_symmetric",
        if t.symmetric { "true" } else { "false" },
    )?;
    data(out, "e_confidence", &num(t.confidence))?;
    data(out, "e_level", t.level)?;
    for (key, n) in [
        ("e_affirming_claims", t.affirmed.claims),
        ("e_affirming_sources", t.affirmed.independent_sources),
        ("e_negating_claims", t.negated.claims),
        ("e_negating_sources", t.negated.independent_sources),
        (
            "e_copied_claims",
            t.affirmed.copied_claims + t.negated.copied_claims,
        ),
    ] {
        data(out, key, &n.to_string())?;
    }
    if let Some(f) = &t.first {
        data(out, "e_first", f)?;
    }
    if let Some(l) = &t.last {
        data(out, "e_last", l)?;
    }
    for (name, v) in t.times.known() {
        data(out, &format!("e_{name}"), v)?;
    }
    data(out, "e_explanation", &t.explanation)?;
    if let Some(e) = t.evidence.first() {
        data(out, "e_evidence", &super::escape::line(&e.sentence))?;
    }
    writeln!(out, "    </edge>")
}
