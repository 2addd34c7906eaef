-- PostgreSQL's migration 001 (see ../001_documents.sql). Every integer is BIGINT (the
-- store reads and binds 64-bit integers), every text compared or sorted is COLLATE "C"
-- (byte order, as SQLite compares), and the tables that SQLite rebuilt as keyed tables
-- in migration 007 (shingle) have that layout from the start. `reuse.rowid` stands for
-- SQLite's implicit row id, which the store orders by.
CREATE TABLE document (
    id                 BIGSERIAL PRIMARY KEY,
    path               TEXT COLLATE "C" NOT NULL,
    name               TEXT COLLATE "C" NOT NULL,
    version            BIGINT NOT NULL,
    current            BIGINT NOT NULL DEFAULT 1,
    content_hash       TEXT COLLATE "C" NOT NULL,
    format             TEXT COLLATE "C" NOT NULL,
    bytes              BIGINT NOT NULL,
    title              TEXT COLLATE "C",
    author             TEXT COLLATE "C",
    outlet             TEXT COLLATE "C",
    original_outlet    TEXT COLLATE "C",
    published          TEXT COLLATE "C",
    original_published TEXT COLLATE "C",
    ingested_at        BIGINT NOT NULL,
    -- The text of record: every span in the database is a byte range of it. Never updated.
    text               TEXT NOT NULL,
    UNIQUE (path, version)
);
CREATE INDEX document_current_path ON document (path) WHERE current = 1;

CREATE TABLE sentence (
    doc_id BIGINT NOT NULL REFERENCES document (id),
    idx    BIGINT NOT NULL,
    start  BIGINT NOT NULL,
    "end"  BIGINT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

-- A sample of each current document's shingle hashes (see reuse/).
CREATE TABLE shingle (
    hash   BIGINT NOT NULL,
    doc_id BIGINT NOT NULL REFERENCES document (id),
    PRIMARY KEY (hash, doc_id)
);

CREATE TABLE reuse (
    rowid        BIGSERIAL PRIMARY KEY,
    copy_doc     BIGINT NOT NULL REFERENCES document (id),
    copy_start   BIGINT NOT NULL,
    copy_end     BIGINT NOT NULL,
    source_doc   BIGINT NOT NULL REFERENCES document (id),
    source_start BIGINT NOT NULL,
    source_end   BIGINT NOT NULL,
    words        BIGINT NOT NULL
);
CREATE INDEX reuse_copy ON reuse (copy_doc);
CREATE INDEX reuse_source ON reuse (source_doc);
