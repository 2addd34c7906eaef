-- Who belongs to whom (affirmed member_of, leads, part_of), read by assessment for the
-- sources of a pair or of a batch: a small partial index answers without visiting the
-- claims of an actor quoted thousands of times.
CREATE INDEX claim_affiliation ON claim (subject_id, object_id, doc_id)
    WHERE polarity = 'affirmed' AND relation IN ('member_of', 'leads', 'part_of');
