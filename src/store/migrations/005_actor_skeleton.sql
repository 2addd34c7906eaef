-- Name lookups (`ties A B`) go through an index instead of folding every name: the
-- spelling skeleton of each actor's name. Rows from before this migration get theirs
-- when the store is opened (the skeleton is computed in Rust).
ALTER TABLE actor ADD COLUMN skeleton TEXT;
CREATE INDEX actor_skeleton ON actor (skeleton);
