//! GEXF 1.3 export in dynamic mode: every tie is an edge alive from its first to its
//! last dated claim (by the time the export was asked for: the event time the text
//! gives, or the report's date; the meta description says which), every actor a node
//! alive from its first to its last tie; kind, relation type, confidence, claim counts
//! and the first and last event and report times are attributes; weight is confidence.

use super::escape::{num, xml};
use super::spill::Spill;
use super::Selection;
use crate::assess::time::span;
use crate::assess::Tie;
use std::collections::HashMap;
use std::io::Write;

const NODE_ATTRS: [(&str, &str); 3] = [
    ("kind", "string"),
    ("degree", "integer"),
    ("weighted_degree", "double"),
];

const EDGE_ATTRS: [(&str, &str); 12] = [
    ("relation", "string"),
    ("symmetric", "boolean"),
    ("confidence", "double"),
    ("level", "string"),
    ("affirming_claims", "integer"),
    ("affirming_sources", "integer"),
    ("negating_claims", "integer"),
    ("event_first", "string"),
    ("event_last", "string"),
    ("report_first", "string"),
    ("report_last", "string"),
    ("explanation", "string"),
];

/// ` start="…" end="…"` for the days from `first` to `last`, or nothing when undated.
fn interval(first: Option<&str>, last: Option<&str>) -> String {
    match (first.and_then(span), last.and_then(span)) {
        (Some(f), Some(l)) => format!(" start=\"{}\" end=\"{}\"", f.0, l.1),
        _ => String::new(),
    }
}

fn attvalue(out: &mut dyn Write, id: &str, v: &str) -> std::io::Result<()> {
    writeln!(
        out,
        "          <attvalue for=\"{id}\" value=\"{}\"/>",
        xml(v)
    )
}

/// The edges of a GEXF export, rendered as their ties are first assessed (see
/// `assess::summaries`) and kept in a spill file, then listed strongest first.
pub struct Edges {
    spill: Spill,
    min_confidence: f64,
}

impl Edges {
    pub fn new(min_confidence: f64) -> std::io::Result<Edges> {
        Ok(Edges {
            spill: Spill::new(0)?,
            min_confidence,
        })
    }

    /// Renders tie number `seq` (as `Head::seq` counts), if it is on the map; all but
    /// the edge's opening words, which carry its place in the final order.
    pub fn add(&mut self, seq: usize, t: &Tie) -> std::io::Result<()> {
        if !super::selected(t, self.min_confidence) {
            return Ok(());
        }
        let mut out = Vec::new();
        edge(t, &mut out)?;
        self.spill.put(seq, &out)
    }
}

/// An edge after its id: ends, label, weight, life and attributes.
fn edge(t: &Tie, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        " source=\"a{}\" target=\"a{}\" label=\"{}\" weight=\"{}\"{}>",
        t.subject_id,
        t.object_id,
        xml(&t.relation),
        num(t.confidence.max(0.01)),
        interval(t.first.as_deref(), t.last.as_deref())
    )?;
    writeln!(out, "        <attvalues>")?;
    attvalue(out, "relation", &t.relation)?;
    attvalue(out, "symmetric", if t.symmetric { "true" } else { "false" })?;
    attvalue(out, "confidence", &num(t.confidence))?;
    attvalue(out, "level", t.level)?;
    attvalue(out, "affirming_claims", &t.affirmed.claims.to_string())?;
    attvalue(
        out,
        "affirming_sources",
        &t.affirmed.independent_sources.to_string(),
    )?;
    attvalue(out, "negating_claims", &t.negated.claims.to_string())?;
    for (id, v) in t.times.known() {
        attvalue(out, id, v)?;
    }
    attvalue(out, "explanation", &t.explanation)?;
    writeln!(out, "        </attvalues>")?;
    writeln!(out, "      </edge>")
}

pub fn write(sel: &Selection, edges: Edges, out: &mut dyn Write) -> std::io::Result<()> {
    // Each actor's life on the map: from its earliest to its latest tie.
    let mut life: HashMap<i64, (Option<String>, Option<String>)> = HashMap::new();
    for t in &sel.ties {
        for id in [t.subject_id, t.object_id] {
            let e = life.entry(id).or_default();
            for d in [&t.first, &t.last].into_iter().flatten() {
                crate::assess::widen(&mut e.0, &mut e.1, d);
            }
        }
    }
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">"
    )?;
    writeln!(out, "  <meta>")?;
    writeln!(out, "    <creator>tiegraph</creator>")?;
    writeln!(
        out,
        "    <description>Ties between armed groups and their backers, with confidence from independent sources; edges live from the first to the last claim by {}</description>",
        xml(sel.period.basis.describe())
    )?;
    writeln!(out, "  </meta>")?;
    writeln!(
        out,
        "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" timerepresentation=\"interval\">"
    )?;
    writeln!(out, "    <attributes class=\"node\" mode=\"static\">")?;
    for (name, ty) in NODE_ATTRS {
        writeln!(
            out,
            "      <attribute id=\"{name}\" title=\"{name}\" type=\"{ty}\"/>"
        )?;
    }
    writeln!(out, "    </attributes>")?;
    writeln!(out, "    <attributes class=\"edge\" mode=\"static\">")?;
    for (name, ty) in EDGE_ATTRS {
        writeln!(
            out,
            "      <attribute id=\"{name}\" title=\"{name}\" type=\"{ty}\"/>"
        )?;
    }
    writeln!(out, "    </attributes>")?;
    writeln!(out, "    <nodes>")?;
    for c in &sel.centrality {
        let (f, l) = life
            .get(&c.id)
            .map(|(f, l)| (f.as_deref(), l.as_deref()))
            .unwrap_or((None, None));
        writeln!(
            out,
            "      <node id=\"a{}\" label=\"{}\"{}>",
            c.id,
            xml(&c.name),
            interval(f, l)
        )?;
        writeln!(out, "        <attvalues>")?;
        attvalue(out, "kind", &sel.corpus.actor_kind(c.id))?;
        attvalue(out, "degree", &c.degree.to_string())?;
        attvalue(out, "weighted_degree", &num(c.weighted_degree))?;
        writeln!(out, "        </attvalues>")?;
        writeln!(out, "      </node>")?;
    }
    writeln!(out, "    </nodes>")?;
    writeln!(out, "    <edges>")?;
    edges.spill.copy_in(
        sel.ties.iter().map(|t| t.seq as usize),
        out,
        &mut |i, out| write!(out, "      <edge id=\"e{i}\""),
    )?;
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}
