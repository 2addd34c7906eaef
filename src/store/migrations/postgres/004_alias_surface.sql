-- PostgreSQL's migration 004 (see ../004_alias_surface.sql): the alias index; the
-- shingle index SQLite rebuilds here is the key PostgreSQL's migration 001 gave it.
-- Lookups of discovered actors by the exact name another document used ("KLF").
CREATE INDEX alias_surface ON alias (surface);
