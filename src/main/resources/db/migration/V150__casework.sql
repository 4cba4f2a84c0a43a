-- Casework (casework module, versions V150-V159): case-holding services (IDVA, outreach...) of an agency with
-- their workers and hours, cases referred to them, allocation and handover, contact attempts, notes, safety and
-- support plans, and the DASH reviews a case asked the risk module for.
CREATE TABLE casework_service (
    id                  UUID PRIMARY KEY,
    agency_id           UUID NOT NULL REFERENCES agency (id),
    area_id             UUID REFERENCES area (id),
    kind                TEXT NOT NULL CHECK (kind IN ('IDVA', 'OUTREACH', 'YOUNG_PEOPLES_IDVA', 'CHILDREN_WORKER',
                            'REFUGE_SUPPORT')),
    name                TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    first_contact_days  INTEGER NOT NULL DEFAULT 2 CHECK (first_contact_days BETWEEN 0 AND 30),
    full_time_low       INTEGER NOT NULL DEFAULT 60 CHECK (full_time_low > 0),
    full_time_high      INTEGER NOT NULL DEFAULT 80 CHECK (full_time_high >= full_time_low),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- workers (and managers) of a service, with their hours as a fraction of full time
CREATE TABLE casework_worker (
    service_id  UUID NOT NULL REFERENCES casework_service (id) ON DELETE CASCADE,
    user_id     UUID NOT NULL REFERENCES staff_user (id),
    fte         NUMERIC(3, 2) NOT NULL CHECK (fte > 0 AND fte <= 1),
    manager     BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (service_id, user_id)
);
CREATE INDEX casework_worker_user ON casework_worker (user_id);

CREATE SEQUENCE casework_case_number;

CREATE TABLE casework_case (
    id                   UUID PRIMARY KEY,
    reference            TEXT NOT NULL UNIQUE,
    service_id           UUID NOT NULL REFERENCES casework_service (id),
    person_id            UUID NOT NULL REFERENCES person (id),
    source               TEXT NOT NULL CHECK (source IN ('TRIAGE', 'MARAC', 'PERSON_PAGE', 'API')),
    -- the front-door referral or referral to MARAC that made it (one case per source and service kind)
    source_id            UUID,
    source_kind          TEXT NOT NULL,
    referred_on          DATE NOT NULL,
    referred_by          TEXT NOT NULL,
    referring_agency_id  UUID REFERENCES agency (id),
    reason               TEXT,
    status               TEXT NOT NULL DEFAULT 'AWAITING_ALLOCATION'
                             CHECK (status IN ('AWAITING_ALLOCATION', 'OPEN', 'CLOSED')),
    worker_id            UUID REFERENCES staff_user (id),
    allocated_at         TIMESTAMPTZ,
    first_contact_due    DATE NOT NULL,
    first_attempt_at     TIMESTAMPTZ,
    first_contact_at     TIMESTAMPTZ,
    engagement           TEXT CHECK (engagement IN ('ENGAGED', 'NOT_ENGAGED', 'DECLINED', 'UNCONTACTABLE')),
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((status = 'OPEN') = (worker_id IS NOT NULL) OR status = 'CLOSED')
);
CREATE UNIQUE INDEX casework_case_from_source ON casework_case (source, source_id, source_kind)
    WHERE source_id IS NOT NULL;
CREATE INDEX casework_case_worker ON casework_case (worker_id) WHERE status = 'OPEN';
CREATE INDEX casework_case_service ON casework_case (service_id, status);
CREATE INDEX casework_case_person ON casework_case (person_id);

-- a reallocation or handover: to a colleague (to_worker_id) or to another service (its queue, or a named worker)
CREATE TABLE casework_handover (
    id              UUID PRIMARY KEY,
    case_id         UUID NOT NULL REFERENCES casework_case (id),
    from_service_id UUID NOT NULL REFERENCES casework_service (id),
    from_worker_id  UUID REFERENCES staff_user (id),
    to_service_id   UUID NOT NULL REFERENCES casework_service (id),
    to_worker_id    UUID REFERENCES staff_user (id),
    note            TEXT NOT NULL CHECK (length(trim(note)) > 0),
    requested_by    UUID NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    accepted_by     UUID,
    accepted_at     TIMESTAMPTZ
);
CREATE UNIQUE INDEX casework_handover_pending ON casework_handover (case_id) WHERE accepted_at IS NULL;

CREATE TABLE casework_contact (
    id              UUID PRIMARY KEY,
    case_id         UUID NOT NULL REFERENCES casework_case (id),
    attempted_at    TIMESTAMPTZ NOT NULL,
    method          TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    notes           TEXT,
    -- the person's safe-contact rules said this channel is not safe: recorded all the same, and escalated
    unsafe_channel  BOOLEAN NOT NULL DEFAULT false,
    acknowledged_by UUID,
    acknowledged_at TIMESTAMPTZ,
    recorded_by     UUID NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX casework_contact_case ON casework_contact (case_id, attempted_at);
CREATE INDEX casework_contact_unsafe ON casework_contact (case_id) WHERE unsafe_channel AND acknowledged_at IS NULL;

CREATE TABLE casework_note (
    id           UUID PRIMARY KEY,
    case_id      UUID NOT NULL REFERENCES casework_case (id),
    type         TEXT NOT NULL CHECK (type IN ('CONTACT', 'AGENCY_LIAISON', 'RISK', 'COURT', 'SAFEGUARDING')),
    noted_on     DATE NOT NULL,
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    recorded_by  UUID NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX casework_note_case ON casework_note (case_id, noted_on);

-- every version of the safety plan is kept; the current one is the highest
CREATE TABLE casework_safety_plan (
    case_id           UUID NOT NULL REFERENCES casework_case (id),
    version           INTEGER NOT NULL CHECK (version > 0),
    safe_contacts     TEXT,
    escape_plan       TEXT,
    documents_and_bag TEXT,
    code_word         TEXT,
    children          TEXT,
    technology        TEXT,
    at_home           TEXT,
    at_work           TEXT,
    recorded_by       UUID NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, version)
);

CREATE TABLE casework_support_item (
    id            UUID PRIMARY KEY,
    case_id       UUID NOT NULL REFERENCES casework_case (id),
    need          TEXT NOT NULL CHECK (need IN ('HOUSING', 'CRIMINAL_JUSTICE', 'CIVIL_ORDERS', 'HEALTH', 'FINANCE',
                      'IMMIGRATION', 'CHILDREN')),
    intervention  TEXT NOT NULL CHECK (length(trim(intervention)) > 0),
    status        TEXT NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'STOPPED')),
    outcome       TEXT,
    updated_by    UUID NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX casework_support_item_case ON casework_support_item (case_id);

-- a DASH review the case asked for (intake, escalation, exit) and the assessment risk recorded for it
CREATE TABLE casework_risk_review (
    id             UUID PRIMARY KEY,
    case_id        UUID NOT NULL REFERENCES casework_case (id),
    stage          TEXT NOT NULL CHECK (stage IN ('INTAKE', 'ESCALATION', 'EXIT')),
    requested_by   UUID NOT NULL,
    requested_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    assessment_id  UUID,
    linked_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX casework_risk_review_assessment ON casework_risk_review (assessment_id) WHERE assessment_id IS NOT NULL;
