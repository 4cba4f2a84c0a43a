-- housing: sanctuary schemes (a victim who chooses to stay at home made safe there: survey, works, police marker,
-- follow-up) and refuge referrals (to a provider and area only: Hearth never stores a refuge address).

CREATE SEQUENCE sanctuary_referral_number;

-- a referral for a victim's own home; the address is held here, confidential: shown only to the scheme's coordinator,
-- the police officer doing the survey and the referring (allocated) worker, and on an open job's sheet to its contractor
CREATE TABLE sanctuary_referral (
    id                   UUID PRIMARY KEY,
    reference            TEXT NOT NULL UNIQUE,
    person_id            UUID NOT NULL REFERENCES person (id),
    area_id              UUID REFERENCES area (id),
    referred_on          DATE NOT NULL,
    address_line1        TEXT NOT NULL CHECK (length(address_line1) BETWEEN 1 AND 200),
    address_line2        TEXT CHECK (length(address_line2) <= 200),
    town                 TEXT NOT NULL CHECK (length(town) BETWEEN 1 AND 100),
    postcode             TEXT NOT NULL CHECK (length(postcode) BETWEEN 5 AND 8),
    -- the scheme's conditions (CLG 2010): the victim chooses to stay, the perpetrator does not live there
    victim_chooses       BOOLEAN NOT NULL CHECK (victim_chooses),
    perpetrator_absent   BOOLEAN NOT NULL CHECK (perpetrator_absent),
    tenure               TEXT NOT NULL CHECK (tenure IN ('OWNER', 'SOCIAL_TENANT', 'PRIVATE_TENANT', 'OTHER')),
    landlord_consent_on  DATE,
    high_risk            BOOLEAN NOT NULL DEFAULT false,
    referring_agency_id  UUID NOT NULL REFERENCES agency (id),
    referred_by          UUID NOT NULL,
    coordinator_id       UUID NOT NULL,
    coordinator_grant_id UUID,
    surveyor_id          UUID,
    surveyor_grant_id    UUID,
    -- the police security survey
    surveyed_on          DATE,
    survey_findings      TEXT CHECK (length(survey_findings) <= 4000),
    -- the police flag on the address
    marker_requested_on  DATE,
    marker_confirmed_on  DATE,
    -- the follow-up visit (3 to 6 months after the works) and the outcome, which closes the referral
    follow_up_due_on     DATE,
    followed_up_on       DATE,
    outcome              TEXT CHECK (outcome IN ('STAYED_SAFELY', 'MOVED', 'FAILED')),
    outcome_note         TEXT CHECK (length(outcome_note) <= 4000),
    closed_on            DATE,
    recorded_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (marker_confirmed_on IS NULL OR marker_requested_on IS NOT NULL),
    CHECK ((outcome IS NULL) = (closed_on IS NULL))
);
CREATE INDEX sanctuary_referral_person ON sanctuary_referral (person_id);
CREATE INDEX sanctuary_referral_referred ON sanctuary_referral (referred_on);

-- a job per measure, by a contractor (an agency of the partnership), with its cost in pence and its dates
CREATE TABLE sanctuary_job (
    id                   UUID PRIMARY KEY,
    referral_id          UUID NOT NULL REFERENCES sanctuary_referral (id),
    reference            TEXT NOT NULL UNIQUE,
    measure              TEXT NOT NULL CHECK (measure IN ('LOCKS', 'DOOR', 'ALARM', 'LIGHTING', 'SAFE_ROOM',
                             'PROPERTY_MARKING', 'WINDOW_LOCKS', 'OTHER')),
    detail               TEXT CHECK (length(detail) <= 1000),
    contractor_id        UUID NOT NULL REFERENCES agency (id),
    booked_on            DATE NOT NULL,
    cost_pence           BIGINT CHECK (cost_pence >= 0 AND cost_pence <= 10000000),
    fitted_on            DATE,
    safety_checked_on    DATE,
    cancelled            BOOLEAN NOT NULL DEFAULT false,
    recorded_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (safety_checked_on IS NULL OR fitted_on IS NOT NULL)
);
CREATE INDEX sanctuary_job_contractor ON sanctuary_job (contractor_id) WHERE fitted_on IS NULL;

-- refuge providers: a name and the area they serve, never an address; capacity (places) and specialist places
CREATE TABLE refuge_provider (
    id                     UUID PRIMARY KEY,
    name                   TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    area_id                UUID REFERENCES area (id),
    -- outside the partnership: the local authority area in words (no address)
    elsewhere              TEXT CHECK (length(elsewhere) <= 100),
    agency_id              UUID REFERENCES agency (id),
    named_worker_id        UUID,
    places                 INTEGER NOT NULL CHECK (places BETWEEN 0 AND 500),
    places_older_sons      INTEGER NOT NULL DEFAULT 0 CHECK (places_older_sons >= 0),
    places_disabled_access INTEGER NOT NULL DEFAULT 0 CHECK (places_disabled_access >= 0),
    places_nrpf            INTEGER NOT NULL DEFAULT 0 CHECK (places_nrpf >= 0),
    active                 BOOLEAN NOT NULL DEFAULT true,
    CHECK ((area_id IS NULL) <> (elsewhere IS NULL))
);

-- vacancies as the provider reports them (the newest is current)
CREATE TABLE refuge_vacancy (
    id           UUID PRIMARY KEY,
    provider_id  UUID NOT NULL REFERENCES refuge_provider (id),
    vacancies    INTEGER NOT NULL CHECK (vacancies BETWEEN 0 AND 500),
    reported_on  DATE NOT NULL,
    reported_by  TEXT NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX refuge_vacancy_provider ON refuge_vacancy (provider_id, reported_on DESC, recorded_at DESC);

CREATE SEQUENCE refuge_referral_number;

CREATE TABLE refuge_referral (
    id                   UUID PRIMARY KEY,
    reference            TEXT NOT NULL UNIQUE,
    person_id            UUID NOT NULL REFERENCES person (id),
    provider_id          UUID NOT NULL REFERENCES refuge_provider (id),
    area_id              UUID REFERENCES area (id),
    referred_on          DATE NOT NULL,
    referring_agency_id  UUID NOT NULL REFERENCES agency (id),
    referred_by          UUID NOT NULL,
    worker_grant_id      UUID,
    children             INTEGER NOT NULL DEFAULT 0 CHECK (children BETWEEN 0 AND 20),
    older_son            BOOLEAN NOT NULL DEFAULT false,
    disability           BOOLEAN NOT NULL DEFAULT false,
    language             BOOLEAN NOT NULL DEFAULT false,
    nrpf                 BOOLEAN NOT NULL DEFAULT false,
    needs_note           TEXT CHECK (length(needs_note) <= 2000),
    outcome              TEXT CHECK (outcome IN ('ACCEPTED', 'NO_SPACE', 'DECLINED_BY_REFUGE', 'DECLINED_BY_VICTIM',
                             'NOT_SUITABLE')),
    outcome_reason       TEXT CHECK (outcome_reason IN ('NEEDS_NOT_MET', 'RISK_TOO_HIGH', 'SUBSTANCE_USE',
                             'MENTAL_HEALTH', 'OLDER_SON', 'NO_RECOURSE', 'LOCAL_CONNECTION', 'OTHER')),
    outcome_note         TEXT CHECK (length(outcome_note) <= 2000),
    outcome_on           DATE,
    moved_in_on          DATE,
    moved_out_on         DATE,
    recorded_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((outcome IS NULL) = (outcome_on IS NULL)),
    CHECK (outcome_reason IS NULL OR outcome IN ('DECLINED_BY_REFUGE', 'NOT_SUITABLE')),
    CHECK (outcome NOT IN ('DECLINED_BY_REFUGE', 'NOT_SUITABLE') OR outcome_reason IS NOT NULL),
    CHECK (moved_in_on IS NULL OR outcome = 'ACCEPTED'),
    CHECK (moved_out_on IS NULL OR moved_in_on IS NOT NULL)
);
CREATE INDEX refuge_referral_person ON refuge_referral (person_id);
CREATE INDEX refuge_referral_referred ON refuge_referral (referred_on);
