-- The daily safeguarding hub (docs/hub.md): a meeting per area and working day, its agenda (a snapshot of the
-- referrals and police incidents waiting, in order), attendance by agency, what each agency brings, the decisions
-- (kept on the referral: referrals.triage) and the actions.

-- A new ground of access in the one access model (people.AccessGround): a named representative of an agency
-- attending a hub meeting reads the cases on its agenda until the end of the meeting day.
ALTER TABLE person_access_grant DROP CONSTRAINT IF EXISTS person_access_grant_ground_check;
ALTER TABLE person_access_grant ADD CONSTRAINT person_access_grant_ground_check CHECK (ground IN ('REFERRER',
    'RECORDED', 'ASSESSOR', 'ALLOCATED', 'MARAC_RESEARCH', 'MARAC_ACTION', 'HANDOVER', 'DISCLOSURE', 'REVIEW',
    'HUB_MEETING'));

CREATE TABLE hub_meeting (
    id          UUID PRIMARY KEY,
    area_id     UUID NOT NULL REFERENCES area (id),
    meets_on    DATE NOT NULL,
    -- the agenda's window: referrals received on or after window_from and before meets_on
    window_from DATE NOT NULL,
    opened_by   UUID NOT NULL,
    opened_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at  TIMESTAMPTZ,
    ended_at    TIMESTAMPTZ,
    UNIQUE (area_id, meets_on),
    CHECK (window_from < meets_on),
    CHECK (ended_at IS NULL OR (started_at IS NOT NULL AND ended_at >= started_at))
);

CREATE TABLE hub_case (
    id                  UUID PRIMARY KEY,
    meeting_id          UUID NOT NULL REFERENCES hub_meeting (id) ON DELETE CASCADE,
    referral_id         UUID NOT NULL,
    reference           TEXT NOT NULL,
    source              TEXT NOT NULL,
    received_on         DATE NOT NULL,
    victim_id           UUID NOT NULL,
    perpetrator_ids     UUID[] NOT NULL DEFAULT '{}',
    child_ids           UUID[] NOT NULL DEFAULT '{}',
    children_present    INTEGER NOT NULL DEFAULT 0,
    grade               TEXT CHECK (grade IN ('STANDARD', 'MEDIUM', 'HIGH')),
    score               INTEGER,
    repeat_victim       BOOLEAN NOT NULL DEFAULT false,
    serial_perpetrator  BOOLEAN NOT NULL DEFAULT false,
    area_known          BOOLEAN NOT NULL DEFAULT true,
    carried_over        BOOLEAN NOT NULL DEFAULT false,
    position            INTEGER NOT NULL,
    decided_at          TIMESTAMPTZ,
    decided_by          UUID,
    not_reached         BOOLEAN NOT NULL DEFAULT false,
    UNIQUE (meeting_id, referral_id)
);
CREATE INDEX hub_case_referral ON hub_case (referral_id);
CREATE INDEX hub_case_victim ON hub_case (victim_id);

CREATE TABLE hub_attendance (
    meeting_id        UUID NOT NULL REFERENCES hub_meeting (id) ON DELETE CASCADE,
    agency_id         UUID NOT NULL REFERENCES agency (id),
    representative_id UUID NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (meeting_id, agency_id)
);
CREATE INDEX hub_attendance_representative ON hub_attendance (representative_id);

CREATE TABLE hub_information (
    id          UUID PRIMARY KEY,
    case_id     UUID NOT NULL REFERENCES hub_case (id) ON DELETE CASCADE,
    agency_id   UUID NOT NULL REFERENCES agency (id),
    text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
    -- typed before the meeting by the agency's representative, or in it
    prepared    BOOLEAN NOT NULL,
    recorded_by UUID NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX hub_information_case ON hub_information (case_id, recorded_at);

CREATE TABLE hub_action (
    id              UUID PRIMARY KEY,
    case_id         UUID NOT NULL REFERENCES hub_case (id) ON DELETE CASCADE,
    subject         TEXT NOT NULL CHECK (subject IN ('VICTIM', 'CHILDREN', 'PERPETRATOR')),
    description     TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
    owner_agency_id UUID NOT NULL REFERENCES agency (id),
    due_at          TIMESTAMPTZ NOT NULL,
    created_by      UUID NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    done_at         TIMESTAMPTZ,
    done_by         UUID
);
CREATE INDEX hub_action_owner ON hub_action (owner_agency_id, due_at) WHERE done_at IS NULL;
CREATE INDEX hub_action_case ON hub_action (case_id);
