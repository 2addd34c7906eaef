-- Keys that a distributed PostgreSQL (Citus, docs/SCALING.md) needs: every key of a
-- table spread by document holds the document. Claims and copied passages are stored
-- on their document's shard, so their primary keys become (doc_id, id) and
-- (copy_doc, rowid); the old indexes on doc_id and copy_doc alone are those keys'
-- first columns and go. Claims are still found by id alone (a claim's evidence) through
-- an index of its own.
ALTER TABLE claim DROP CONSTRAINT claim_pkey;
ALTER TABLE claim ADD PRIMARY KEY (doc_id, id);
DROP INDEX claim_doc;
CREATE INDEX claim_id ON claim (id);
ALTER TABLE reuse DROP CONSTRAINT reuse_pkey;
ALTER TABLE reuse ADD PRIMARY KEY (copy_doc, rowid);
DROP INDEX reuse_copy;
-- Copied passages are read in the order they were found, as before.
CREATE INDEX reuse_rowid ON reuse (rowid);
