-- No query looks mentions up by actor (actor listings scan them whole): the index only
-- cost a b-tree insert per mention.
DROP INDEX mention_actor;
