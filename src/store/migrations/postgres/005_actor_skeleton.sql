-- PostgreSQL's migration 005 (see ../005_actor_skeleton.sql).
ALTER TABLE actor ADD COLUMN skeleton TEXT COLLATE "C";
CREATE INDEX actor_skeleton ON actor (skeleton);
