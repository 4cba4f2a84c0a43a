-- people: rectification (UK GDPR Art. 16). A correction of a person's record keeps what was changed (the field, the
-- old and the new value), why and at whose request, in the person's own history (not in the audit trail, which
-- records only that a correction was made).
CREATE TABLE person_correction (
    id                UUID PRIMARY KEY,
    person_id         UUID NOT NULL REFERENCES person (id),
    field             TEXT NOT NULL CHECK (field IN ('GIVEN_NAME', 'FAMILY_NAME', 'DATE_OF_BIRTH')),
    old_value         TEXT,
    new_value         TEXT NOT NULL,
    reason            TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 2000),
    requested_by      TEXT NOT NULL CHECK (length(trim(requested_by)) BETWEEN 1 AND 200),
    recorded_by       UUID NOT NULL,
    recorded_by_name  TEXT NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX person_correction_person ON person_correction (person_id, recorded_at);
