//! GEXF 1.3 export in dynamic mode: every tie is an edge alive from its first to its
//! last dated claim, every actor a node alive from its first to its last tie; kind,
//! relation type, confidence and claim counts are attributes; weight is confidence.

use super::escape::{num, xml};
use super::Selection;
use crate::assess::time::span;
use std::collections::HashMap;
use std::io::Write;

const NODE_ATTRS: [(&str, &str); 3] = [
    ("kind", "string"),
    ("degree", "integer"),
    ("weighted_degree", "double"),
];

const EDGE_ATTRS: [(&str, &str); 8] = [
    ("relation", "string"),
    ("symmetric", "boolean"),
    ("confidence", "double"),
    ("level", "string"),
    ("affirming_claims", "integer"),
    ("affirming_sources", "integer"),
    ("negating_claims", "integer"),
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

pub fn write(sel: &Selection, out: &mut dyn Write) -> std::io::Result<()> {
    // Each actor's life on the map: from its earliest to its latest tie.
    let mut life: HashMap<i64, (String, String)> = HashMap::new();
    for t in &sel.ties {
        let (Some(f), Some(l)) = (t.first.as_deref(), t.last.as_deref()) else {
            continue;
        };
        for id in [t.subject_id, t.object_id] {
            let e = life
                .entry(id)
                .or_insert_with(|| (f.to_string(), l.to_string()));
            if f < e.0.as_str() {
                e.0 = f.to_string();
            }
            if l > e.1.as_str() {
                e.1 = l.to_string();
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
        "    <description>Ties between armed groups and their backers, with confidence from independent sources</description>"
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
            .map(|(f, l)| (Some(f.as_str()), Some(l.as_str())))
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
    for (i, t) in sel.ties.iter().enumerate() {
        writeln!(
            out,
            "      <edge id=\"e{i}\" source=\"a{}\" target=\"a{}\" label=\"{}\" weight=\"{}\"{}>",
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
        attvalue(out, "explanation", &t.explanation)?;
        writeln!(out, "        </attvalues>")?;
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}
