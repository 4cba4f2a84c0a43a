-- subjectaccess: a correction of a person's record (rectification, UK GDPR Art. 16) proposed by one information
-- governance officer takes effect only when a second one of the same agency approves it (four eyes, never the same
-- person). The proposal keeps the value before (as it was when proposed) and after, why and at whose request; on
-- approval people's person_correction is written (correction_id). The audit trail records only the ids.
CREATE TABLE subject_access_correction (
    id                UUID PRIMARY KEY,
    request_id        UUID NOT NULL REFERENCES subject_access_request (id),
    person_id         UUID NOT NULL REFERENCES person (id),
    agency_id         UUID NOT NULL REFERENCES agency (id),
    field             TEXT NOT NULL CHECK (field IN ('GIVEN_NAME', 'FAMILY_NAME', 'DATE_OF_BIRTH')),
    old_value         TEXT,
    new_value         TEXT NOT NULL CHECK (length(new_value) BETWEEN 1 AND 200),
    reason            TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 2000),
    requested_by      TEXT NOT NULL CHECK (length(trim(requested_by)) BETWEEN 1 AND 200),
    proposed_by       UUID NOT NULL,
    proposed_by_name  TEXT NOT NULL,
    proposed_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- APPROVED (then correction_id names people's record of it) or REJECTED (with why)
    decision          TEXT CHECK (decision IN ('APPROVED', 'REJECTED')),
    decided_by        UUID,
    decided_by_name   TEXT,
    decided_at        TIMESTAMPTZ,
    decision_reason   TEXT CHECK (length(decision_reason) <= 2000),
    correction_id     UUID,
    CHECK ((decision IS NULL) = (decided_by IS NULL)),
    CHECK ((decision IS NULL) = (decided_at IS NULL)),
    -- four eyes: the second approver is never the proposer (also refused by the module, with a message)
    CHECK (decided_by IS NULL OR decided_by <> proposed_by),
    CHECK ((decision = 'APPROVED') = (correction_id IS NOT NULL)),
    CHECK (decision IS DISTINCT FROM 'REJECTED' OR decision_reason IS NOT NULL)
);
CREATE INDEX subject_access_correction_pending ON subject_access_correction (agency_id, proposed_at)
    WHERE decision IS NULL;
CREATE INDEX subject_access_correction_request ON subject_access_correction (request_id);
