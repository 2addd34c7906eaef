-- PostgreSQL's migration 003 (see ../003_claims.sql).
CREATE TABLE claim (
    id         BIGSERIAL PRIMARY KEY,
    doc_id     BIGINT NOT NULL REFERENCES document (id),
    sentence   BIGINT NOT NULL,
    start      BIGINT NOT NULL,
    "end"      BIGINT NOT NULL,
    subject_id BIGINT NOT NULL REFERENCES actor (id),
    relation   TEXT COLLATE "C" NOT NULL,
    object_id  BIGINT NOT NULL REFERENCES actor (id),
    polarity   TEXT COLLATE "C" NOT NULL CHECK (polarity IN ('affirmed', 'negated')),
    modality   TEXT COLLATE "C" NOT NULL CHECK (modality IN ('asserted', 'hedged', 'commitment', 'hypothetical')),
    -- NULL: the document's own voice.
    source_id  BIGINT REFERENCES actor (id),
    cue        TEXT COLLATE "C" NOT NULL,
    time       TEXT COLLATE "C"
);
CREATE INDEX claim_doc ON claim (doc_id);
CREATE INDEX claim_pair ON claim (subject_id, object_id);
CREATE INDEX claim_object ON claim (object_id);
