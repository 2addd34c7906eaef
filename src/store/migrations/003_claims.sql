-- Claims: one row per claim per evidence sentence.
CREATE TABLE claim (
    id         INTEGER PRIMARY KEY,
    doc_id     INTEGER NOT NULL REFERENCES document (id),
    sentence   INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    subject_id INTEGER NOT NULL REFERENCES actor (id),
    relation   TEXT NOT NULL,
    object_id  INTEGER NOT NULL REFERENCES actor (id),
    polarity   TEXT NOT NULL CHECK (polarity IN ('affirmed', 'negated')),
    modality   TEXT NOT NULL CHECK (modality IN ('asserted', 'hedged', 'commitment', 'hypothetical')),
    -- NULL: the document's own voice.
    source_id  INTEGER REFERENCES actor (id),
    cue        TEXT NOT NULL,
    time       TEXT
);
CREATE INDEX claim_doc ON claim (doc_id);
CREATE INDEX claim_pair ON claim (subject_id, object_id);
CREATE INDEX claim_object ON claim (object_id);
