//! Between the store and its front ends (the CLI, `serve`, exports): what they ask of
//! a store beyond its rows. For now, the key under which a `map` output is kept
//! (`Store::kept_output`): the state of the store and a hash of the code that assesses
//! and renders, so that a tiegraph that weighs evidence or prints differently never
//! shows another's results.

use crate::store::{Result, Store};

/// The code that assesses and renders a kept output.
const SOURCES: [&[u8]; 17] = [
    include_bytes!("assess/mod.rs"),
    include_bytes!("assess/batches.rs"),
    include_bytes!("assess/load.rs"),
    include_bytes!("store/rows.rs"),
    include_bytes!("assess/origin.rs"),
    include_bytes!("assess/score.rs"),
    include_bytes!("assess/time.rs"),
    include_bytes!("assess/graph.rs"),
    include_bytes!("export/map.rs"),
    include_bytes!("export/json.rs"),
    include_bytes!("export/selection.rs"),
    include_bytes!("export/escape.rs"),
    include_bytes!("export/mod.rs"),
    include_bytes!("main.rs"),
    include_bytes!("store/assess.rs"),
    include_bytes!("store/cache.rs"),
    include_bytes!("query.rs"),
];

/// FNV-1a (as `reuse` hashes words) over `SOURCES`, computed by the compiler.
pub const OUTPUT_CODE: u64 = crate::store::fnv_files(crate::reuse::FNV_OFFSET, &SOURCES);

/// The state under which an output of `store` made now is kept and found again.
pub fn output_state(store: &Store) -> Result<String> {
    store.output_state(OUTPUT_CODE)
}
