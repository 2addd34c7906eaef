//! tiegraph: reads reporting on armed groups and their backers and maps who is tied to
//! whom, with the evidence behind every tie.
//!
//! The pipeline, one module a stage (see ARCHITECTURE.md):
//! `read` → `text` → `actors` → `claims` → `assess`, with `reuse` beside it,
//! `store` underneath, and `export` / the CLI on top. `ingest` wires them for files.

pub mod actors;
pub mod assess;
pub mod claims;
pub mod export;
pub mod fuzzing;
pub mod ingest;
pub mod ordered;
pub mod query;
pub mod read;
pub mod reuse;
pub mod serve;
pub mod store;
pub mod synth;
pub mod text;
