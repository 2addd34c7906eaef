-- PostgreSQL's migration 008 (see ../008_kept_output.sql).
CREATE TABLE kept_output (
    key    TEXT COLLATE "C" PRIMARY KEY,
    state  TEXT COLLATE "C" NOT NULL,
    output BYTEA NOT NULL
);
