-- MARAC research (SafeLives' research form): one task per member agency per case on a published agenda, due before
-- the meeting. What the agency's own records hold on the victim, the children and the perpetrator, facts kept apart
-- from opinion, anything withheld with the reason. Internal to the meeting: never in minutes or exports.
CREATE TABLE marac_research (
    id                 UUID PRIMARY KEY,
    meeting_id         UUID NOT NULL REFERENCES marac_meeting (id),
    marac_referral_id  UUID NOT NULL REFERENCES marac_referral (id),
    agency_id          UUID NOT NULL REFERENCES agency (id),
    due_on             DATE NOT NULL,
    nothing_held       BOOLEAN NOT NULL DEFAULT false,
    victim_facts       TEXT CHECK (length(victim_facts) <= 4000),
    children_facts     TEXT CHECK (length(children_facts) <= 4000),
    perpetrator_facts  TEXT CHECK (length(perpetrator_facts) <= 4000),
    opinion            TEXT CHECK (length(opinion) <= 4000),
    withheld           TEXT CHECK (length(withheld) <= 2000),
    withheld_reason    TEXT CHECK (length(withheld_reason) <= 2000),
    returned_at        TIMESTAMPTZ,
    returned_by        UUID REFERENCES staff_user (id),
    returned_by_name   TEXT,
    chased_at          TIMESTAMPTZ,
    UNIQUE (meeting_id, marac_referral_id, agency_id),
    CHECK (withheld IS NULL OR withheld_reason IS NOT NULL),
    CHECK (returned_at IS NULL OR nothing_held OR victim_facts IS NOT NULL OR children_facts IS NOT NULL
           OR perpetrator_facts IS NOT NULL)
);
CREATE INDEX marac_research_agency ON marac_research (agency_id, returned_at);
