//! The evaluation format of `../shared/eval/SCHEMA.md`: JSON Lines of `document`,
//! `mention` and `claim` records.

use crate::store::{Result, Store};
use serde_json::json;
use std::io::Write;

pub fn write(store: &Store, out: &mut dyn Write) -> Result<()> {
    let io = |e| crate::store::StoreError::io("cannot write the export", e);
    for d in store.documents()? {
        let mut rec = super::json::doc_meta_json(&d.name, &d.meta);
        rec["type"] = json!("document");
        rec["shares_text_with"] = json!(d.shares_text_with());
        writeln!(out, "{rec}").map_err(io)?;
    }
    let doc_actors = store.document_actors()?;
    let mut names: std::collections::HashMap<(String, i64), String> =
        std::collections::HashMap::new();
    for (doc, id, name, kind) in doc_actors {
        let rec = json!({"type": "mention", "doc": doc, "actor": name, "kind": kind});
        writeln!(out, "{rec}").map_err(io)?;
        names.insert((doc, id), name);
    }
    let name_in = |doc: &str, id: i64, fallback: &str| {
        names
            .get(&(doc.to_string(), id))
            .cloned()
            .unwrap_or_else(|| fallback.to_string())
    };
    for c in store.claims(&Default::default())? {
        let source = match (c.source_id, &c.source) {
            (Some(id), Some(n)) => name_in(&c.doc, id, n),
            _ => "author".to_string(),
        };
        let rec = json!({
            "type": "claim",
            "doc": c.doc,
            "subject": name_in(&c.doc, c.subject_id, &c.subject),
            "relation": c.relation,
            "object": name_in(&c.doc, c.object_id, &c.object),
            "polarity": c.polarity,
            "modality": c.modality,
            "source": source,
            "evidence": c.evidence,
            "time": c.time,
        });
        writeln!(out, "{rec}").map_err(io)?;
    }
    Ok(())
}
