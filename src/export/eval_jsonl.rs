//! The evaluation format of `../shared/eval/SCHEMA.md`: JSON Lines of `document`,
//! `mention` and `claim` records.

use crate::store::{Result, Store};
use serde_json::json;
use std::io::Write;

pub fn write(store: &Store, out: &mut dyn Write) -> Result<()> {
    let io = |e: std::io::Error| crate::store::StoreError(format!("cannot write the export: {e}"));
    for d in store.documents()? {
        let rec = json!({
            "type": "document",
            "doc": d.name,
            "title": d.title,
            "author": d.author,
            "outlet": d.outlet,
            "original_outlet": d.original_outlet,
            "published": d.published,
            "shares_text_with": d.shares_text_with(),
        });
        writeln!(out, "{rec}").map_err(io)?;
    }
    for (doc, _, name, kind) in store.document_actors()? {
        let rec = json!({"type": "mention", "doc": doc, "actor": name, "kind": kind});
        writeln!(out, "{rec}").map_err(io)?;
    }
    Ok(())
}
