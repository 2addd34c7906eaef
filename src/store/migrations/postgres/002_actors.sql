-- PostgreSQL's migration 002 (see ../002_actors.sql); mention has the keyed layout of
-- SQLite's migration 007 from the start, and `alias.rowid` stands for SQLite's row id.
CREATE TABLE actor (
    id      BIGSERIAL PRIMARY KEY,
    pack_id TEXT COLLATE "C" UNIQUE,
    name    TEXT COLLATE "C" NOT NULL,
    kind    TEXT COLLATE "C" NOT NULL,
    origin  TEXT COLLATE "C" NOT NULL CHECK (origin IN ('pack', 'discovered')),
    reason  TEXT COLLATE "C"
);

CREATE TABLE alias (
    rowid    BIGSERIAL PRIMARY KEY,
    actor_id BIGINT NOT NULL REFERENCES actor (id),
    surface  TEXT COLLATE "C" NOT NULL,
    skeleton TEXT COLLATE "C" NOT NULL,
    head     TEXT COLLATE "C" NOT NULL,
    surname  TEXT COLLATE "C",
    reason   TEXT COLLATE "C" NOT NULL,
    doc_id   BIGINT REFERENCES document (id),
    UNIQUE (actor_id, surface)
);
CREATE INDEX alias_skeleton ON alias (skeleton);
CREATE INDEX alias_head ON alias (head);
CREATE INDEX alias_surname ON alias (surname);

CREATE TABLE mention (
    doc_id   BIGINT NOT NULL REFERENCES document (id),
    start    BIGINT NOT NULL,
    "end"    BIGINT NOT NULL,
    sentence BIGINT NOT NULL,
    actor_id BIGINT NOT NULL REFERENCES actor (id),
    rule     TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (doc_id, start, "end", actor_id)
);
