-- MARAC (marac module, versions V100-V109): MARACs with their areas and standing member agencies, referrals to
-- MARAC (with the criteria met and the evidence), meetings and their agendas.
CREATE TABLE marac (
    id              UUID PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    schedule        TEXT NOT NULL CHECK (schedule IN ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    chair_id        UUID NOT NULL REFERENCES staff_user (id),
    coordinator_id  UUID NOT NULL REFERENCES staff_user (id),
    capacity        INTEGER NOT NULL DEFAULT 20 CHECK (capacity > 0),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE marac_area (
    marac_id  UUID NOT NULL REFERENCES marac (id) ON DELETE CASCADE,
    area_id   UUID NOT NULL REFERENCES area (id),
    PRIMARY KEY (marac_id, area_id)
);

-- standing member agencies, each with a named representative and a deputy (members of that agency's staff)
CREATE TABLE marac_member (
    marac_id           UUID NOT NULL REFERENCES marac (id) ON DELETE CASCADE,
    agency_id          UUID NOT NULL REFERENCES agency (id),
    representative_id  UUID NOT NULL REFERENCES staff_user (id),
    deputy_id          UUID REFERENCES staff_user (id),
    PRIMARY KEY (marac_id, agency_id),
    CHECK (deputy_id IS NULL OR deputy_id <> representative_id)
);

CREATE TABLE marac_meeting (
    id            UUID PRIMARY KEY,
    marac_id      UUID NOT NULL REFERENCES marac (id),
    meets_on      DATE NOT NULL,
    published_at  TIMESTAMPTZ,
    published_by  UUID,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (marac_id, meets_on)
);

CREATE TABLE marac_referral (
    id                   UUID PRIMARY KEY,
    reference            TEXT NOT NULL UNIQUE,
    marac_id             UUID REFERENCES marac (id),
    victim_id            UUID NOT NULL REFERENCES person (id),
    source               TEXT NOT NULL CHECK (source IN ('TRIAGE', 'PERSON_PAGE', 'API')),
    -- the front-door referral whose triage decision made it (one MARAC referral per decision)
    referral_id          UUID UNIQUE,
    referred_on          DATE NOT NULL,
    referred_by_name     TEXT NOT NULL,
    referred_by_user     UUID,
    referring_agency_id  UUID NOT NULL REFERENCES agency (id),
    criteria             TEXT[] NOT NULL,
    evidence             TEXT NOT NULL,
    judgement_reason     TEXT,
    risk_score           INTEGER,
    consent              TEXT NOT NULL CHECK (consent IN ('GIVEN', 'REFUSED', 'OVERRIDDEN')),
    lawful_basis         TEXT,
    consent_reason       TEXT,
    repeat               BOOLEAN NOT NULL,
    repeat_of_id         UUID REFERENCES marac_referral (id),
    meeting_id           UUID REFERENCES marac_meeting (id),
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (cardinality(criteria) > 0),
    CHECK (consent <> 'OVERRIDDEN' OR (lawful_basis IS NOT NULL AND consent_reason IS NOT NULL)),
    CHECK (NOT ('PROFESSIONAL_JUDGEMENT' = ANY (criteria)) OR judgement_reason IS NOT NULL)
);
CREATE INDEX marac_referral_victim ON marac_referral (victim_id);
CREATE INDEX marac_referral_meeting ON marac_referral (meeting_id);
CREATE INDEX marac_referral_waiting ON marac_referral (marac_id) WHERE meeting_id IS NULL;

CREATE TABLE marac_referral_perpetrator (
    marac_referral_id  UUID NOT NULL REFERENCES marac_referral (id) ON DELETE CASCADE,
    person_id          UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (marac_referral_id, person_id)
);
CREATE INDEX marac_referral_perpetrator_person ON marac_referral_perpetrator (person_id);

CREATE SEQUENCE marac_referral_number;
