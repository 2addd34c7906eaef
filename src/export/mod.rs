//! Exports. Only `export` and `serve` know output JSON shapes.

pub mod eval_jsonl;
