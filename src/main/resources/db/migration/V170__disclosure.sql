-- disclosure: the Domestic Violence Disclosure Scheme (Clare's Law). Applications under the Right to Ask and the
-- Right to Know, their stages with dates, checks with the agencies that hold records about the subject (asked,
-- never read), the decision forum and the disclosure or the reason for none. Seen only by the disclosure team.

-- the disclosure team's role (access's role lists, widened here as V140 did; every existing role kept)
ALTER TABLE staff_user_role DROP CONSTRAINT IF EXISTS staff_user_role_role_check;
ALTER TABLE staff_user_role ADD CONSTRAINT staff_user_role_role_check CHECK (role IN ('SYSTEM_ADMIN',
    'PARTNERSHIP_COORDINATOR', 'HUB_COORDINATOR', 'PRACTITIONER', 'AGENCY_REPRESENTATIVE', 'ANALYST',
    'ESTABLISHMENT_CONTACT', 'DISCLOSURE_TEAM'));
ALTER TABLE role_grant DROP CONSTRAINT IF EXISTS role_grant_role_check;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_role_check CHECK (role IN ('SYSTEM_ADMIN',
    'PARTNERSHIP_COORDINATOR', 'HUB_COORDINATOR', 'PRACTITIONER', 'AGENCY_REPRESENTATIVE', 'ANALYST',
    'ESTABLISHMENT_CONTACT', 'DISCLOSURE_TEAM'));

CREATE SEQUENCE disclosure_application_number;

CREATE TABLE disclosure_application (
    id                       UUID PRIMARY KEY,
    reference                TEXT NOT NULL UNIQUE,
    route                    TEXT NOT NULL CHECK (route IN ('RIGHT_TO_ASK', 'RIGHT_TO_KNOW')),
    received_on              DATE NOT NULL,
    -- the applicant (Right to Ask only): the person at risk themselves, or a third party
    applicant_id             UUID REFERENCES person (id),
    applicant_relationship   TEXT CHECK (length(applicant_relationship) <= 200),
    person_at_risk_id        UUID NOT NULL REFERENCES person (id),
    subject_id               UUID NOT NULL REFERENCES person (id),
    immediate_risk           BOOLEAN NOT NULL DEFAULT false,
    immediate_risk_action    TEXT CHECK (length(immediate_risk_action) <= 4000),
    -- the decision forum
    forum_on                 DATE,
    forum_members            TEXT CHECK (length(forum_members) <= 4000),
    decision                 TEXT CHECK (decision IN ('DISCLOSE', 'NO_DISCLOSURE')),
    lawful                   TEXT CHECK (length(lawful) <= 4000),
    necessary                TEXT CHECK (length(necessary) <= 4000),
    proportionate            TEXT CHECK (length(proportionate) <= 4000),
    decision_recorded_by     TEXT,
    -- the outcome: a disclosure (to whom, by whom, with a safety plan) or the reason for none; closes it
    closed_on                DATE,
    recipient_id             UUID REFERENCES person (id),
    delivered_by             TEXT CHECK (length(delivered_by) <= 200),
    safety_plan              TEXT CHECK (length(safety_plan) <= 4000),
    no_disclosure_reason     TEXT CHECK (length(no_disclosure_reason) <= 4000),
    agency_id                UUID NOT NULL REFERENCES agency (id),
    recorded_by_name         TEXT NOT NULL,
    recorded_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((route = 'RIGHT_TO_ASK') = (applicant_id IS NOT NULL)),
    CHECK (decision IS NULL OR (forum_on IS NOT NULL AND forum_members IS NOT NULL AND lawful IS NOT NULL
        AND necessary IS NOT NULL AND proportionate IS NOT NULL)),
    CHECK (closed_on IS NULL OR closed_on >= received_on),
    CHECK (recipient_id IS NULL OR decision = 'DISCLOSE')
);
CREATE INDEX disclosure_application_open ON disclosure_application (received_on) WHERE closed_on IS NULL;

-- the stages with their dates (one row per stage reached; the outcome is the application's own columns)
CREATE TABLE disclosure_stage (
    application_id  UUID NOT NULL REFERENCES disclosure_application (id),
    stage           TEXT NOT NULL CHECK (stage IN ('CONTACT', 'FACE_TO_FACE', 'CHECKS', 'RISK_ASSESSMENT')),
    reached_on      DATE NOT NULL,
    note            TEXT CHECK (length(note) <= 4000),
    recorded_by     TEXT NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (application_id, stage)
);

-- checks: a question to an agency that holds a record about the subject; it answers, the team never reads
CREATE TABLE disclosure_check (
    id               UUID PRIMARY KEY,
    application_id   UUID NOT NULL REFERENCES disclosure_application (id),
    agency_id        UUID NOT NULL REFERENCES agency (id),
    requested_on     DATE NOT NULL,
    due_on           DATE NOT NULL,
    requested_by     TEXT NOT NULL,
    responded_on     DATE,
    holds_information BOOLEAN,
    response         TEXT CHECK (length(response) <= 4000),
    responded_by     TEXT,
    UNIQUE (application_id, agency_id),
    CHECK ((responded_on IS NULL) = (holds_information IS NULL))
);
CREATE INDEX disclosure_check_agency ON disclosure_check (agency_id) WHERE responded_on IS NULL;
