-- Actors (from packs or discovered), the names they were seen under with the reason each
-- name was attached, and their mentions.
CREATE TABLE actor (
    id      INTEGER PRIMARY KEY,
    pack_id TEXT UNIQUE,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    origin  TEXT NOT NULL CHECK (origin IN ('pack', 'discovered')),
    reason  TEXT
);

CREATE TABLE alias (
    actor_id INTEGER NOT NULL REFERENCES actor (id),
    surface  TEXT NOT NULL,
    skeleton TEXT NOT NULL,
    -- Skeleton of the first two words, to find short and long forms of a name.
    head     TEXT NOT NULL,
    -- For persons: skeleton of the surname.
    surname  TEXT,
    reason   TEXT NOT NULL,
    doc_id   INTEGER REFERENCES document (id),
    UNIQUE (actor_id, surface)
);
CREATE INDEX alias_skeleton ON alias (skeleton);
CREATE INDEX alias_head ON alias (head);
CREATE INDEX alias_surname ON alias (surname);

CREATE TABLE mention (
    doc_id   INTEGER NOT NULL REFERENCES document (id),
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actor (id),
    rule     TEXT NOT NULL
);
CREATE INDEX mention_doc ON mention (doc_id);
CREATE INDEX mention_actor ON mention (actor_id);
