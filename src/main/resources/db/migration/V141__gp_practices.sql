-- encompass: GP practices (docs/encompass.md, issue 13 point 4). The practices register per area (as for schools),
-- with whether a practice undertakes routine enquiry about domestic abuse; a person's registered practice; the
-- notification to the practice for the record of a hub or MARAC case (victim and perpetrator, never shown in patient
-- online access), read by the practice's key adult after signing in; the hub's attention list of people whose
-- practice is not known; and referrals identified by routine enquiry (its yield, per practice).

CREATE TABLE gp_practice (
    id              uuid PRIMARY KEY,
    area_id         uuid NOT NULL,
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- the NHS Organisation Data Service code of a GP practice: a letter and five digits
    ods_code        text NOT NULL UNIQUE CHECK (ods_code ~ '^[A-Z][0-9]{5}$'),
    contact_name    text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 120),
    contact_email   text NOT NULL CHECK (length(contact_email) BETWEEN 3 AND 320),
    routine_enquiry text NOT NULL DEFAULT 'NO' CHECK (routine_enquiry IN ('YES', 'IN_DISCUSSION', 'NO')),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX gp_practice_area ON gp_practice (area_id, name);

-- which practice a key adult's account (role ESTABLISHMENT_CONTACT) belongs to
CREATE TABLE gp_practice_contact (
    user_id     uuid NOT NULL,
    practice_id uuid NOT NULL REFERENCES gp_practice (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, practice_id)
);

-- a person's registered GP practice
CREATE TABLE person_gp_practice (
    person_id   uuid PRIMARY KEY,
    practice_id uuid NOT NULL REFERENCES gp_practice (id),
    recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE gp_notification (
    id              uuid PRIMARY KEY,
    practice_id     uuid NOT NULL REFERENCES gp_practice (id),
    person_id       uuid NOT NULL,
    -- the patient's part in the case
    part            text NOT NULL CHECK (part IN ('VICTIM', 'PERPETRATOR')),
    -- what the case is: a hub decision or a MARAC referral, and its id
    source          text NOT NULL CHECK (source IN ('HUB', 'MARAC')),
    source_id       uuid NOT NULL,
    case_reference  text,
    patient_name    text,
    patient_dob     date,
    decided_on      date NOT NULL,
    decisions       text,
    contact         text NOT NULL,
    -- RCGP/Caldicott: recorded in the patient's record and never shown in patient online access
    hide_from_online_access boolean NOT NULL DEFAULT true CHECK (hide_from_online_access),
    created_at      timestamptz NOT NULL DEFAULT now(),
    acknowledged_at timestamptz,
    acknowledged_by uuid,
    UNIQUE (source, source_id, person_id)
);
CREATE INDEX gp_notification_practice ON gp_notification (practice_id, created_at DESC);

-- a person of a hub or MARAC case whose practice is not known: the hub is told, never silently dropped
CREATE TABLE gp_attention (
    id          uuid PRIMARY KEY,
    person_id   uuid NOT NULL,
    part        text NOT NULL CHECK (part IN ('VICTIM', 'PERPETRATOR')),
    source      text NOT NULL CHECK (source IN ('HUB', 'MARAC')),
    source_id   uuid NOT NULL,
    -- what the notification will say once the practice is found
    case_reference text,
    decided_on  date NOT NULL,
    decisions   text,
    contact     text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    UNIQUE (source, source_id, person_id)
);

-- referrals identified by a practice's routine enquiry about domestic abuse (its yield)
CREATE TABLE gp_routine_enquiry_referral (
    referral_id uuid PRIMARY KEY,
    practice_id uuid NOT NULL REFERENCES gp_practice (id),
    recorded_by uuid NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX gp_routine_enquiry_practice ON gp_routine_enquiry_referral (practice_id);
