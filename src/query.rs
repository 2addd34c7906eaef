//! Between the store and its front ends (the CLI, `serve`, exports): what they ask of
//! a store beyond its rows. Which actors a name the user typed means
//! (`find_actor_ids`), and the key under which a `map` output is kept
//! (`Store::kept_output`): the state of the store and a hash of the code that assesses
//! and renders, so that a tiegraph that weighs evidence or prints differently never
//! shows another's results.

use crate::actors::normalize::{fold, skeleton};
use crate::store::{Result, Store};

/// Actor ids whose name or any name they were seen under matches `name`: folded (case,
/// accents, hyphens, "the"), else by spelling skeleton ("al Qaida" = "al-Qaeda").
pub fn find_actor_ids(store: &Store, name: &str) -> Result<Vec<i64>> {
    // Names equal after folding have equal skeletons: the index narrows the search to
    // the names that can match at all.
    let rows = store.names_with_skeleton(&skeleton(name))?;
    let pick = |key: &dyn Fn(&str) -> String| {
        let want = key(name);
        let mut ids: Vec<i64> = rows
            .iter()
            .filter(|(_, n)| key(n) == want)
            .map(|(id, _)| *id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let ids = pick(&|s: &str| fold(s));
    if !ids.is_empty() || skeleton(name).replace(' ', "").len() < 4 {
        return Ok(ids);
    }
    Ok(pick(&|s: &str| skeleton(s)))
}

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
