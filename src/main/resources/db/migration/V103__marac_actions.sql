-- MARAC actions (issue 12, points 5 and 6): agreed at the meeting for the victim, the children or the perpetrator,
-- owned by a member agency, due on a date, addressing a stated risk; tracked to completion with progress notes.
CREATE TABLE marac_action (
    id                 UUID PRIMARY KEY,
    meeting_id         UUID NOT NULL REFERENCES marac_meeting (id),
    marac_referral_id  UUID NOT NULL REFERENCES marac_referral (id),
    subject            TEXT NOT NULL CHECK (subject IN ('VICTIM', 'CHILDREN', 'PERPETRATOR')),
    description        TEXT NOT NULL CHECK (length(trim(description)) > 0 AND length(description) <= 2000),
    risk               TEXT NOT NULL CHECK (length(trim(risk)) > 0 AND length(risk) <= 1000),
    owner_agency_id    UUID NOT NULL REFERENCES agency (id),
    due_on             DATE NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by         UUID REFERENCES staff_user (id),
    closed_at          TIMESTAMPTZ,
    closed_by          UUID REFERENCES staff_user (id),
    closed_by_name     TEXT
);
CREATE INDEX marac_action_referral ON marac_action (marac_referral_id);
CREATE INDEX marac_action_open ON marac_action (owner_agency_id, due_on) WHERE closed_at IS NULL;

CREATE TABLE marac_action_progress (
    id                UUID PRIMARY KEY,
    action_id         UUID NOT NULL REFERENCES marac_action (id),
    note              TEXT NOT NULL CHECK (length(trim(note)) > 0 AND length(note) <= 4000),
    evidence          TEXT CHECK (length(evidence) <= 2000),
    completes         BOOLEAN NOT NULL DEFAULT false,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by       UUID REFERENCES staff_user (id),
    recorded_by_name  TEXT NOT NULL
);
CREATE INDEX marac_action_progress_action ON marac_action_progress (action_id, recorded_at);
