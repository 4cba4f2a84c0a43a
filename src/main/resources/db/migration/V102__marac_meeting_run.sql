-- The MARAC meeting itself (issue 12, point 5): attendance by member agency, and what the meeting did with each case
-- on its agenda (minutes, the IDVA's update, whether the chair shared the victim's address in the minutes, closed or
-- adjourned). A meeting is marked held; a case closes at the meeting.
ALTER TABLE marac_meeting
    ADD COLUMN held_at  TIMESTAMPTZ,
    ADD COLUMN held_by  UUID REFERENCES staff_user (id);

ALTER TABLE marac_referral
    ADD COLUMN closed_on  DATE;

CREATE TABLE marac_attendance (
    meeting_id   UUID NOT NULL REFERENCES marac_meeting (id),
    agency_id    UUID NOT NULL REFERENCES agency (id),
    status       TEXT NOT NULL CHECK (status IN ('PRESENT', 'DEPUTY', 'APOLOGIES', 'ABSENT')),
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by  UUID REFERENCES staff_user (id),
    PRIMARY KEY (meeting_id, agency_id)
);

-- one row per case discussed (or adjourned) at a meeting; the referral's meeting_id moves on when it is adjourned,
-- this row stays with the meeting that adjourned it
CREATE TABLE marac_case (
    meeting_id         UUID NOT NULL REFERENCES marac_meeting (id),
    marac_referral_id  UUID NOT NULL REFERENCES marac_referral (id),
    minutes            TEXT CHECK (length(minutes) <= 8000),
    idva_update        TEXT CHECK (length(idva_update) <= 4000),
    -- the address the chair chose to share with the agencies in the minutes (a copy made when chosen), or null
    shared_address     TEXT,
    outcome            TEXT CHECK (outcome IN ('CLOSED', 'ADJOURNED')),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by         UUID REFERENCES staff_user (id),
    PRIMARY KEY (meeting_id, marac_referral_id)
);
CREATE INDEX marac_case_referral ON marac_case (marac_referral_id);
