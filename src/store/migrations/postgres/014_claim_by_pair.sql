-- Claims by unordered actor pair (lower id, higher id), as SQLite's: the whole store's
-- claims read a range of pairs at a time, from the index alone where it can.
CREATE INDEX claim_by_pair ON claim (least(subject_id, object_id), greatest(subject_id, object_id))
    INCLUDE (id, doc_id, start, "end", subject_id, relation, object_id, polarity, modality,
             source_id, cue, time);
