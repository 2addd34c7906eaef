-- Documents, their sentences, and the copied-passage index.
CREATE TABLE document (
    id                 INTEGER PRIMARY KEY,
    path               TEXT NOT NULL,
    name               TEXT NOT NULL,
    version            INTEGER NOT NULL,
    current            INTEGER NOT NULL DEFAULT 1,
    content_hash       TEXT NOT NULL,
    format             TEXT NOT NULL,
    bytes              INTEGER NOT NULL,
    title              TEXT,
    author             TEXT,
    outlet             TEXT,
    original_outlet    TEXT,
    published          TEXT,
    original_published TEXT,
    ingested_at        INTEGER NOT NULL,
    -- The text of record: every span in the database is a byte range of it. Never updated.
    text               TEXT NOT NULL,
    UNIQUE (path, version)
);
CREATE INDEX document_current_path ON document (path) WHERE current = 1;

CREATE TABLE sentence (
    doc_id INTEGER NOT NULL REFERENCES document (id),
    idx    INTEGER NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

-- A sample of each current document's shingle hashes (see reuse/).
CREATE TABLE shingle (
    hash   INTEGER NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES document (id)
);
CREATE INDEX shingle_hash ON shingle (hash);
CREATE INDEX shingle_doc ON shingle (doc_id);

-- A passage of copy_doc that also appears in source_doc, which was published (or, when
-- dates are unknown, ingested) earlier.
CREATE TABLE reuse (
    copy_doc     INTEGER NOT NULL REFERENCES document (id),
    copy_start   INTEGER NOT NULL,
    copy_end     INTEGER NOT NULL,
    source_doc   INTEGER NOT NULL REFERENCES document (id),
    source_start INTEGER NOT NULL,
    source_end   INTEGER NOT NULL,
    words        INTEGER NOT NULL
);
CREATE INDEX reuse_copy ON reuse (copy_doc);
CREATE INDEX reuse_source ON reuse (source_doc);
