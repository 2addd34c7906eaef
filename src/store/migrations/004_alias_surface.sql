-- Lookups of discovered actors by the exact name another document used ("KLF").
CREATE INDEX alias_surface ON alias (surface);
-- Copy-detection lookups read (hash, doc_id) from the index alone.
DROP INDEX shingle_hash;
CREATE INDEX shingle_hash_doc ON shingle (hash, doc_id);
