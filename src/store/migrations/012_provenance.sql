-- What produced each document's analysis (its sentences, mentions, actors and claims):
-- tiegraph's version, a hash of its analysis code and a hash of the packs in force, as
-- `store/provenance.rs` writes it. NULL: analyzed before this was recorded. The partial
-- index answers "is any current document analyzed otherwise?" with a seek.
ALTER TABLE document ADD COLUMN analysis TEXT;
CREATE INDEX document_analysis ON document (analysis) WHERE current = 1;
-- What the store keeps about itself, by key: the `--pack` files of its latest ingest or
-- reanalysis (`pack_files`, JSON) and how many reanalyses replaced its analysis
-- (`generation`, part of the state outputs are kept under).
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
