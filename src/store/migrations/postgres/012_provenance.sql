-- PostgreSQL's migration 012 (see ../012_provenance.sql).
ALTER TABLE document ADD COLUMN analysis TEXT COLLATE "C";
CREATE INDEX document_analysis ON document (analysis) WHERE current = 1;
CREATE TABLE store_meta (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);
