-- subjectaccess: a request made by a representative for the person (a solicitor, an advocate, a parent for a young
-- child, someone else with authority): who they are, the authority they showed, and the identity check of both the
-- representative and the person. The release goes to the representative; the redaction stays the person's own.
ALTER TABLE subject_access_request ADD COLUMN representative_name TEXT
    CHECK (length(trim(representative_name)) BETWEEN 1 AND 200);
ALTER TABLE subject_access_request ADD COLUMN representative_kind TEXT
    CHECK (representative_kind IN ('SOLICITOR', 'ADVOCATE', 'PARENT', 'OTHER'));
ALTER TABLE subject_access_request ADD COLUMN representative_authority TEXT
    CHECK (length(trim(representative_authority)) BETWEEN 1 AND 1000);
ALTER TABLE subject_access_request ADD COLUMN representative_checked_on DATE;
ALTER TABLE subject_access_request ADD COLUMN representative_evidence TEXT
    CHECK (length(representative_evidence) <= 500);
ALTER TABLE subject_access_request ADD CONSTRAINT subject_access_request_representative_check CHECK (
    (representative_name IS NULL) = (representative_kind IS NULL)
    AND (representative_name IS NULL) = (representative_authority IS NULL)
    AND (representative_checked_on IS NULL) = (representative_evidence IS NULL)
    AND (representative_name IS NOT NULL OR representative_checked_on IS NULL));
-- released to a representative only once both identities are checked
ALTER TABLE subject_access_request ADD CONSTRAINT subject_access_request_release_representative_check CHECK (
    released_at IS NULL OR representative_name IS NULL OR representative_checked_on IS NOT NULL);
