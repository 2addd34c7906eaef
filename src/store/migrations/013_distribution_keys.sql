-- Keys that a distributed PostgreSQL (Citus, docs/SCALING.md) needs, kept alike here.
-- There, claims live on the shard of their document, so the claim's key must hold the
-- document. SQLite's index on claim (doc_id) already ends in the row id inside: made
-- (doc_id, id) and unique, it is the same b-tree under the name of that key. `reuse`
-- needs nothing here: its index on copy_doc ends in the row id too.
DROP INDEX claim_doc;
CREATE UNIQUE INDEX claim_doc_id ON claim (doc_id, id);
