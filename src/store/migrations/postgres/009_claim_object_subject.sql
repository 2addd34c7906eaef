-- Claims by object, then subject: a batch of actor pairs (store/assess.rs) reads the
-- claims of its pairs written the other way round through this index, without visiting
-- every claim of an object that has thousands. It serves lookups by object alone too.
DROP INDEX claim_object;
CREATE INDEX claim_object_subject ON claim (object_id, subject_id);
