-- Persons known to the partnership. Refuge locations are never stored: a stay in refuge is recorded
-- only as "in refuge, via <service>" with no address at all (enforced below).
CREATE TABLE person (
    id                  UUID PRIMARY KEY,
    given_name          TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
    family_name         TEXT NOT NULL CHECK (length(trim(family_name)) > 0),
    date_of_birth       DATE,
    estimated_age       INTEGER CHECK (estimated_age IS NULL OR estimated_age BETWEEN 0 AND 120),
    sex                 TEXT NOT NULL DEFAULT 'NOT_KNOWN'
                        CHECK (sex IN ('FEMALE', 'MALE', 'NOT_KNOWN', 'NOT_STATED')),
    gender_identity     TEXT,
    ethnicity           TEXT,
    first_language      TEXT,
    interpreter_needed  BOOLEAN NOT NULL DEFAULT false,
    disability          TEXT NOT NULL DEFAULT 'NOT_KNOWN'
                        CHECK (disability IN ('YES', 'NO', 'NOT_KNOWN', 'NOT_STATED')),
    sexual_orientation  TEXT,
    religion            TEXT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by          UUID NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (date_of_birth IS NULL OR estimated_age IS NULL)
);
CREATE INDEX person_family_name ON person (lower(family_name));
CREATE INDEX person_dob ON person (date_of_birth);

CREATE TABLE person_alias (
    id          BIGSERIAL PRIMARY KEY,
    person_id   UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    given_name  TEXT,
    family_name TEXT,
    CHECK (coalesce(given_name, family_name) IS NOT NULL)
);
CREATE INDEX person_alias_person ON person_alias (person_id);
CREATE INDEX person_alias_family ON person_alias (lower(family_name));

CREATE TABLE person_address (
    id              UUID PRIMARY KEY,
    person_id       UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    line1           TEXT,
    line2           TEXT,
    town            TEXT,
    postcode        TEXT,
    from_date       DATE,
    to_date         DATE,
    confidential    BOOLEAN NOT NULL DEFAULT false,
    in_refuge       BOOLEAN NOT NULL DEFAULT false,
    refuge_service  TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- refuge: the service only, never a location
    CHECK (NOT in_refuge OR (line1 IS NULL AND line2 IS NULL AND town IS NULL AND postcode IS NULL
                             AND refuge_service IS NOT NULL)),
    CHECK (in_refuge OR line1 IS NOT NULL OR postcode IS NOT NULL),
    CHECK (to_date IS NULL OR from_date IS NULL OR to_date >= from_date)
);
CREATE INDEX person_address_person ON person_address (person_id);
CREATE INDEX person_address_postcode ON person_address (upper(replace(postcode, ' ', '')));

-- How, and whether, a person may be contacted safely. Heads every page about them.
CREATE TABLE safe_contact (
    person_id        UUID PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    call_ok          BOOLEAN,
    voicemail_ok     BOOLEAN,
    text_ok          BOOLEAN,
    post_ok          BOOLEAN,
    email_ok         BOOLEAN,
    safe_times       TEXT,
    -- shown only to the allocated worker
    safe_phone       TEXT,
    safe_address     TEXT,
    notes            TEXT,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by       UUID NOT NULL
);

CREATE TABLE person_relationship (
    id          BIGSERIAL PRIMARY KEY,
    person_id   UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    related_id  UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('INTIMATE_PARTNER', 'EX_PARTNER', 'FAMILY_MEMBER', 'CARER',
                                              'PARENT_OF', 'HOUSEHOLD_MEMBER')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (person_id <> related_id),
    UNIQUE (person_id, related_id, kind)
);
CREATE INDEX person_relationship_related ON person_relationship (related_id);

-- Need-to-know: which agencies are involved with a person, and why. Staff of an involved agency see the
-- full record; everyone else a locked-down stub, unless they break the glass with a reason.
CREATE TABLE person_involvement (
    person_id   UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    agency_id   UUID NOT NULL REFERENCES agency (id),
    reason      TEXT NOT NULL CHECK (reason IN ('REFERRER', 'ASSESSOR', 'ALLOCATED', 'MARAC', 'HUB', 'RECORDED')),
    since       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, agency_id, reason)
);
CREATE INDEX person_involvement_agency ON person_involvement (agency_id);

-- Workers allocated to a person (the only staff who see safe contact numbers and safe addresses).
CREATE TABLE person_worker (
    person_id   UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    user_id     UUID NOT NULL REFERENCES staff_user (id),
    since       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, user_id)
);

-- Break-glass access: time-limited, with the reason given; reported to coordinators.
CREATE TABLE break_glass (
    id          BIGSERIAL PRIMARY KEY,
    person_id   UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    user_id     UUID NOT NULL REFERENCES staff_user (id),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) >= 10),
    opened_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    reviewed_at TIMESTAMPTZ,
    reviewed_by UUID
);
CREATE INDEX break_glass_user_person ON break_glass (user_id, person_id, expires_at);
