-- PostgreSQL's migration 011 (see ../011_document_origin.sql).
ALTER TABLE document ADD COLUMN origin TEXT COLLATE "C";
ALTER TABLE document ADD COLUMN url TEXT COLLATE "C";
ALTER TABLE document ADD COLUMN fetched TEXT COLLATE "C";
ALTER TABLE document ADD COLUMN pages BIGINT;
ALTER TABLE document ADD COLUMN page_starts TEXT COLLATE "C";
