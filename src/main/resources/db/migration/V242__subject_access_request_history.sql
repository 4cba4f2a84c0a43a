-- subjectaccess: what happened to a request after its release, in words without personal data: today only an
-- erasure of a person named in the released package (their names, date of birth and addresses replaced there with
-- "[erased]"; the fact of the release, its date and to whom stay). Never a person's id: the erased are not named.
CREATE TABLE subject_access_request_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id  UUID NOT NULL REFERENCES subject_access_request (id),
    happened_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    what        TEXT NOT NULL CHECK (length(trim(what)) BETWEEN 1 AND 500)
);
CREATE INDEX subject_access_request_history_request ON subject_access_request_history (request_id, id);
