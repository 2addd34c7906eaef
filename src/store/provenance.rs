//! What produced a stored analysis: this tiegraph's version, a hash of the code that
//! analyzes a document's text (segmentation, recognition, extraction, resolution across
//! documents), and a hash of the packs in force (the embedded pack and lexicon, then
//! every `--pack` file in order). Each document records the provenance of its mentions,
//! actors and claims (`document.analysis`); the store records the `--pack` files of its
//! latest ingest or reanalysis, so that `map`, `ties` and `serve` can tell when what is
//! in force now differs from what the store was analyzed with.

use super::cache::fnv_files;
use super::db::p;
use super::{Result, Store, StoreError};

/// `(path, bytes)` of each source compiled into the binary.
macro_rules! sources {
    ($($path:literal),* $(,)?) => {
        [$(($path, include_bytes!($path) as &[u8])),*]
    };
}

/// The code whose output `reanalyze` replaces. Tests (`tests.rs`) are left out: they do
/// not change what is found. `every_analysis_source_is_hashed` checks that no source of
/// `text`, `actors` or `claims` is missing.
const ANALYSIS_SOURCES: [(&str, &[u8]); 40] = sources![
    "../text/mod.rs",
    "../text/phrases.rs",
    "../actors/mod.rs",
    "../actors/merge.rs",
    "../actors/normalize.rs",
    "../actors/pack.rs",
    "../actors/recognize.rs",
    "../actors/recognize/aliases.rs",
    "../actors/recognize/build.rs",
    "../actors/recognize/demonyms.rs",
    "../actors/recognize/forces.rs",
    "../actors/recognize/found_index.rs",
    "../actors/recognize/juntas.rs",
    "../actors/recognize/lists.rs",
    "../actors/recognize/missions.rs",
    "../actors/recognize/orgs.rs",
    "../actors/recognize/persons.rs",
    "../actors/recognize/renamed.rs",
    "../actors/recognize/repeats.rs",
    "../claims/mod.rs",
    "../claims/lexicon.rs",
    "../claims/time.rs",
    "../claims/extract/mod.rs",
    "../claims/extract/attacks.rs",
    "../claims/extract/deployments.rs",
    "../claims/extract/mediators.rs",
    "../claims/extract/members.rs",
    "../claims/extract/missions.rs",
    "../claims/extract/pairs.rs",
    "../claims/extract/partisans.rs",
    "../claims/extract/polarity.rs",
    "../claims/extract/roles.rs",
    "../claims/extract/slots.rs",
    "../claims/extract/speakers.rs",
    "../claims/extract/tenures.rs",
    "../claims/extract/words.rs",
    "../read/date.rs",
    "../ingest/mod.rs",
    "actors.rs",
    "claims.rs",
];

/// The hash continued from `state` over `ANALYSIS_SOURCES[from..to]`.
const fn analysis_code(state: u64, from: usize, to: usize) -> u64 {
    let mut h = state;
    let mut i = from;
    while i < to && i < ANALYSIS_SOURCES.len() {
        h = fnv_files(h, &[ANALYSIS_SOURCES[i].1]);
        i += 1;
    }
    h
}

// The compiler evaluates the hash in parts, each a constant of its own: one evaluation
// over all the sources runs past the compiler's limit for a constant (the
// `long_running_const_eval` lint). The parts chain, so the hash is the same as one pass.
const ANALYSIS_PART_1: u64 = analysis_code(crate::reuse::FNV_OFFSET, 0, 8);
const ANALYSIS_PART_2: u64 = analysis_code(ANALYSIS_PART_1, 8, 16);
const ANALYSIS_PART_3: u64 = analysis_code(ANALYSIS_PART_2, 16, 24);
const ANALYSIS_PART_4: u64 = analysis_code(ANALYSIS_PART_3, 24, 30);

/// Hash of the analysis code, computed by the compiler.
const ANALYSIS_CODE: u64 = analysis_code(ANALYSIS_PART_4, 30, ANALYSIS_SOURCES.len());

const DEFAULT_PACK: &[u8] = include_bytes!("../../packs/default.toml");

// In quarters too, as the analysis code above: the default pack is long.
const QUARTER: usize = DEFAULT_PACK.len() / 4;
const PACK_1: (&[u8], &[u8]) = DEFAULT_PACK.split_at(QUARTER);
const PACK_2: (&[u8], &[u8]) = PACK_1.1.split_at(QUARTER);
const PACK_3: (&[u8], &[u8]) = PACK_2.1.split_at(QUARTER);
const PACK_PART_1: u64 = fnv_files(crate::reuse::FNV_OFFSET, &[PACK_1.0]);
const PACK_PART_2: u64 = fnv_files(PACK_PART_1, &[PACK_2.0]);
const PACK_PART_3: u64 = fnv_files(PACK_PART_2, &[PACK_3.0]);
const PACK_PART_4: u64 = fnv_files(PACK_PART_3, &[PACK_3.1]);

/// Hash of the embedded pack and lexicon, computed by the compiler; user packs continue it.
const EMBEDDED_PACKS: u64 = fnv_files(PACK_PART_4, &[include_bytes!("../../packs/lexicon.toml")]);

/// The hash of the packs in force: the embedded ones, then the texts of `user` packs in
/// order (each preceded by its length, so that no two lists of texts hash alike by
/// concatenation).
pub fn packs_hash<'a>(user: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h = EMBEDDED_PACKS;
    for text in user {
        h = fnv_files(h, &[&(text.len() as u64).to_le_bytes(), text.as_bytes()]);
    }
    h
}

/// The provenance of an analysis made by this binary with packs of hash `packs`
/// (`packs_hash`), as stored in `document.analysis`.
pub fn provenance(packs: u64) -> String {
    format!(
        "tiegraph {} code {ANALYSIS_CODE:016x} packs {packs:016x}",
        env!("CARGO_PKG_VERSION")
    )
}

/// A hash of one pack file's text, as `pack_files` records it.
pub fn file_hash(text: &str) -> String {
    format!(
        "{:016x}",
        fnv_files(crate::reuse::FNV_OFFSET, &[text.as_bytes()])
    )
}

/// A `--pack` file as the store records it: its path (absolute) and `file_hash`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PackFile {
    pub path: String,
    pub hash: String,
}

impl Store {
    /// A value the store keeps under `key` (`store_meta`).
    pub(super) fn meta(&self, key: &str) -> Result<Option<String>> {
        self.db.row(
            "SELECT value FROM store_meta WHERE key = ?1",
            p![key],
            |r| r.get(0),
        )
    }

    pub(super) fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        self.db.exec(
            "INSERT OR REPLACE INTO store_meta (key, value) VALUES (?1, ?2)",
            p![key, value],
        )?;
        Ok(())
    }

    /// The `--pack` files of the latest ingest or reanalysis, in order.
    pub fn pack_files(&self) -> Result<Vec<PackFile>> {
        match self.meta("pack_files")? {
            Some(json) => serde_json::from_str(&json).map_err(|source| StoreError::Meta {
                key: "pack_files",
                source,
            }),
            None => Ok(Vec::new()),
        }
    }

    /// Records the `--pack` files in force for this store (see `pack_files`).
    pub fn set_pack_files(&self, files: &[PackFile]) -> Result<()> {
        let json = serde_json::to_string(files).unwrap_or_else(|_| "[]".into());
        self.set_meta("pack_files", &json)
    }

    /// The provenance of some current document's analysis other than `now` ("unknown"
    /// for a document analyzed before provenance was recorded), if any: one index seek
    /// per side of `now`, whatever the store's size.
    pub fn other_analysis(&self, now: &str) -> Result<Option<String>> {
        let first = |sql: &str| -> Result<Option<Option<String>>> {
            self.db.row(sql, p![now], |r| r.get::<Option<String>>(0))
        };
        let found = first(
            "SELECT analysis FROM document WHERE current = 1 AND analysis IS NULL AND CAST(?1 AS TEXT) IS NOT NULL LIMIT 1",
        )?
        .or(first(
            "SELECT analysis FROM document WHERE current = 1 AND analysis < ?1 LIMIT 1",
        )?)
        .or(first(
            "SELECT analysis FROM document WHERE current = 1 AND analysis > ?1 LIMIT 1",
        )?);
        Ok(found.map(|a| a.unwrap_or_else(|| "unknown".to_string())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_pack_files_are_an_error_not_none() {
        let dir = std::env::temp_dir().join(format!("tiegraph-meta-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let store = Store::open(&dir.join("t.db")).unwrap();
        assert_eq!(store.pack_files().unwrap(), Vec::new());
        store.set_meta("pack_files", "[{\"path\": 3").unwrap();
        let e = store.pack_files().unwrap_err();
        assert!(
            matches!(
                e,
                StoreError::Meta {
                    key: "pack_files",
                    ..
                }
            ),
            "{e}"
        );
        drop(store);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn every_analysis_source_is_hashed() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        let mut stack: Vec<std::path::PathBuf> =
            ["text", "actors", "claims"].map(|d| root.join(d)).to_vec();
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                    continue;
                }
                let rel = p
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                let listed = ANALYSIS_SOURCES
                    .iter()
                    .any(|(s, _)| s.strip_prefix("../") == Some(rel.as_str()));
                let is_test = rel.ends_with("/tests.rs");
                if rel.ends_with(".rs") && !is_test && !listed {
                    missing.push(rel);
                }
            }
        }
        assert!(
            missing.is_empty(),
            "add to ANALYSIS_SOURCES in src/store/provenance.rs: {missing:?}"
        );
    }

    #[test]
    fn packs_hash_depends_on_every_user_pack_and_its_order() {
        let a = packs_hash(["x = 1"]);
        assert_ne!(a, packs_hash([]));
        assert_ne!(packs_hash(["a", "b"]), packs_hash(["b", "a"]));
        assert_ne!(packs_hash(["ab", ""]), packs_hash(["a", "b"]));
        assert_eq!(a, packs_hash(["x = 1"]));
        assert!(provenance(a).starts_with("tiegraph "));
    }
}
