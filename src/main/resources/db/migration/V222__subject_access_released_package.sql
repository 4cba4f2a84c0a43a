-- subjectaccess: what was released, kept as released (JSON of the package): a download after the release serves this
-- copy, never the record as it is later (new addresses, new referrals were not part of the request)
ALTER TABLE subject_access_request ADD COLUMN released_package TEXT;
