-- subjectaccess: subject access requests (UK GDPR Art. 15) handled by information governance, with the review of
-- every flagged item (third parties, their addresses and contact details, MARAC involvement, free text) before a
-- release; rectification of a person's record (Art. 16) is kept in the person's own history (person_correction).

-- the information governance role (access's role lists, widened as V170 did; every existing role kept)
ALTER TABLE staff_user_role DROP CONSTRAINT IF EXISTS staff_user_role_role_check;
ALTER TABLE staff_user_role ADD CONSTRAINT staff_user_role_role_check CHECK (role IN ('SYSTEM_ADMIN',
    'PARTNERSHIP_COORDINATOR', 'HUB_COORDINATOR', 'PRACTITIONER', 'AGENCY_REPRESENTATIVE', 'ANALYST',
    'ESTABLISHMENT_CONTACT', 'DISCLOSURE_TEAM', 'INFORMATION_GOVERNANCE'));
ALTER TABLE role_grant DROP CONSTRAINT IF EXISTS role_grant_role_check;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_role_check CHECK (role IN ('SYSTEM_ADMIN',
    'PARTNERSHIP_COORDINATOR', 'HUB_COORDINATOR', 'PRACTITIONER', 'AGENCY_REPRESENTATIVE', 'ANALYST',
    'ESTABLISHMENT_CONTACT', 'DISCLOSURE_TEAM', 'INFORMATION_GOVERNANCE'));

-- the ground of the officer's reading: the request (people's grounds, widened as V130 did)
ALTER TABLE person_access_grant DROP CONSTRAINT IF EXISTS person_access_grant_ground_check;
ALTER TABLE person_access_grant ADD CONSTRAINT person_access_grant_ground_check CHECK (ground IN ('REFERRER',
    'RECORDED', 'ASSESSOR', 'ALLOCATED', 'MARAC_RESEARCH', 'MARAC_ACTION', 'HANDOVER', 'DISCLOSURE', 'REVIEW',
    'HUB_MEETING', 'SUBJECT_ACCESS'));

CREATE SEQUENCE subject_access_number;

CREATE TABLE subject_access_request (
    id                   UUID PRIMARY KEY,
    reference            TEXT NOT NULL UNIQUE,
    received_on          DATE NOT NULL,
    requester_name       TEXT NOT NULL CHECK (length(trim(requester_name)) BETWEEN 1 AND 200),
    -- the requester as the records know them: the person at risk, a person causing harm, or not known (treated as
    -- causing harm: the safest defaults)
    requester_role       TEXT NOT NULL CHECK (requester_role IN ('PERSON_AT_RISK', 'PERSON_CAUSING_HARM', 'NOT_KNOWN')),
    identity_checked_on  DATE,
    identity_evidence    TEXT CHECK (length(identity_evidence) <= 500),
    person_id            UUID NOT NULL REFERENCES person (id),
    -- one month from receipt (Art. 12(3)); extended by up to two further months for a complex request
    due_on               DATE NOT NULL,
    extended_to          DATE,
    extension_reason     TEXT CHECK (length(extension_reason) <= 2000),
    released_at          TIMESTAMPTZ,
    released_by_name     TEXT,
    agency_id            UUID NOT NULL REFERENCES agency (id),
    recorded_by          UUID NOT NULL,
    recorded_by_name     TEXT NOT NULL,
    recorded_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((identity_checked_on IS NULL) = (identity_evidence IS NULL)),
    CHECK ((extended_to IS NULL) = (extension_reason IS NULL)),
    CHECK (extended_to IS NULL OR extended_to > due_on),
    CHECK (released_at IS NULL OR identity_checked_on IS NOT NULL)
);
CREATE INDEX subject_access_request_open ON subject_access_request (due_on) WHERE released_at IS NULL;
CREATE INDEX subject_access_request_person ON subject_access_request (person_id);

-- the review of a flagged item (by its stable key, e.g. referral:<id>:victim): released, or kept redacted, with why
CREATE TABLE subject_access_review (
    request_id       UUID NOT NULL REFERENCES subject_access_request (id),
    item_key         TEXT NOT NULL CHECK (length(item_key) <= 300),
    decision         TEXT NOT NULL CHECK (decision IN ('RELEASE', 'KEEP_REDACTED')),
    reason           TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 2000),
    reviewed_by_name TEXT NOT NULL,
    reviewed_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (request_id, item_key)
);
