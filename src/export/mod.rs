//! Exports. Only `export` and `serve` know output JSON shapes.

pub mod csv;
pub mod dossier;
pub mod escape;
pub mod eval_jsonl;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod map;
mod selection;
pub mod spill;
pub mod stix;

pub use selection::{selected, Selection};
