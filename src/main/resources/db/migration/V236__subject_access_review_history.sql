-- subjectaccess: every review of a flagged item is kept (a later review adds a row, never replaces one), with who
-- reviewed it (the user's id, for the four eyes of the release) and a fingerprint of the value reviewed (sha256 of
-- the kind and value), so that a review never applies to a different value read later. The latest row of a key
-- is the one in force. Rows from before have neither: they no longer match, and their items are flagged again.
ALTER TABLE subject_access_review DROP CONSTRAINT subject_access_review_pkey;
ALTER TABLE subject_access_review ADD COLUMN id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE subject_access_review ADD COLUMN reviewed_by UUID;
ALTER TABLE subject_access_review ADD COLUMN value_sha256 TEXT CHECK (value_sha256 ~ '^[0-9a-f]{64}$');
CREATE INDEX subject_access_review_item ON subject_access_review (request_id, item_key, id);

-- subject access asks whether a hub case names the person as causing harm (hub_case.perpetrator_ids)
CREATE INDEX hub_case_perpetrators ON hub_case USING gin (perpetrator_ids);
