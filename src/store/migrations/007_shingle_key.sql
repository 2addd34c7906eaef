-- The copy-detection index as one b-tree keyed (hash, doc_id), instead of a rowid table
-- with two indexes: one b-tree insert per posting instead of three. A superseded
-- document's postings are found again from its stored text (its fingerprint).
CREATE TABLE shingle_keyed (
    hash   INTEGER NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES document (id),
    PRIMARY KEY (hash, doc_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO shingle_keyed (hash, doc_id) SELECT hash, doc_id FROM shingle;
DROP TABLE shingle;
ALTER TABLE shingle_keyed RENAME TO shingle;
-- Mentions are read by document (and scanned whole): the document's rows are kept
-- together under one key instead of a rowid table plus an index on doc_id.
CREATE TABLE mention_keyed (
    doc_id   INTEGER NOT NULL REFERENCES document (id),
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actor (id),
    rule     TEXT NOT NULL,
    PRIMARY KEY (doc_id, start, "end", actor_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO mention_keyed SELECT doc_id, start, "end", sentence, actor_id, rule FROM mention;
DROP TABLE mention;
ALTER TABLE mention_keyed RENAME TO mention;
