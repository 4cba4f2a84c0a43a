-- Referrals from any agency, through any door (web form, API, police incident import): one record shape.
CREATE SEQUENCE referral_number;

CREATE TABLE referral (
    id                  UUID PRIMARY KEY,
    reference           TEXT NOT NULL UNIQUE,
    source              TEXT NOT NULL CHECK (source IN ('WEB', 'API', 'IMPORT')),
    referring_agency_id UUID NOT NULL REFERENCES agency (id),
    referrer_user_id    UUID REFERENCES staff_user (id),
    referrer_name       TEXT,
    received_on         DATE NOT NULL,
    incident_on         DATE,
    incident_time       TIME,
    police_reference    TEXT,
    victim_id           UUID NOT NULL REFERENCES person (id),
    relationship        TEXT CHECK (relationship IN ('INTIMATE_PARTNER', 'EX_PARTNER', 'FAMILY_MEMBER', 'OTHER')),
    abuse_types         TEXT[] NOT NULL DEFAULT '{}',
    consent             TEXT NOT NULL CHECK (consent IN ('GIVEN', 'REFUSED', 'OVERRIDDEN')),
    consent_basis       TEXT,
    consent_reason      TEXT,
    narrative           TEXT,
    area_id             UUID REFERENCES area (id),
    triage_outcome      TEXT CHECK (triage_outcome IN ('REFER_TO_MARAC', 'REFER_TO_IDVA', 'OUTREACH', 'SIGNPOST',
                                                       'NO_FURTHER_ACTION')),
    triage_reason       TEXT,
    triaged_by          UUID REFERENCES staff_user (id),
    triaged_at          TIMESTAMPTZ,
    api_client_id       UUID,
    idempotency_key     TEXT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (consent <> 'OVERRIDDEN' OR (consent_basis IS NOT NULL AND consent_reason IS NOT NULL)),
    CHECK (incident_on IS NULL OR incident_on <= received_on + 1),
    CHECK ((triage_outcome IS NULL) = (triaged_at IS NULL)),
    CHECK (triage_outcome IS NULL OR triage_reason IS NOT NULL)
);
CREATE UNIQUE INDEX referral_police_reference ON referral (upper(police_reference)) WHERE police_reference IS NOT NULL;
CREATE UNIQUE INDEX referral_idempotency ON referral (api_client_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX referral_victim ON referral (victim_id, received_on);
CREATE INDEX referral_untriaged ON referral (received_on) WHERE triage_outcome IS NULL;

CREATE TABLE referral_perpetrator (
    referral_id UUID NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    person_id   UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (referral_id, person_id)
);
CREATE INDEX referral_perpetrator_person ON referral_perpetrator (person_id);

CREATE TABLE referral_child (
    referral_id UUID NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    person_id   UUID NOT NULL REFERENCES person (id),
    present     BOOLEAN NOT NULL,
    PRIMARY KEY (referral_id, person_id)
);
CREATE INDEX referral_child_person ON referral_child (person_id);
