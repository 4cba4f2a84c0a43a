-- encompass: Operation Encompass. The schools register (term dates, non-school days), children's schools, the
-- key adults' accounts, notifications with their clock, the hub's attention list, the health visiting list and
-- the hub's "consider sharing" tasks for referrals from other agencies.

-- the new role of a school's (or GP practice's) key adult (access's role lists, widened here)
ALTER TABLE staff_user_role DROP CONSTRAINT IF EXISTS staff_user_role_role_check;
ALTER TABLE staff_user_role ADD CONSTRAINT staff_user_role_role_check CHECK (role IN ('SYSTEM_ADMIN',
    'PARTNERSHIP_COORDINATOR', 'HUB_COORDINATOR', 'PRACTITIONER', 'AGENCY_REPRESENTATIVE', 'ANALYST',
    'ESTABLISHMENT_CONTACT'));
ALTER TABLE role_grant DROP CONSTRAINT IF EXISTS role_grant_role_check;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_role_check CHECK (role IN ('SYSTEM_ADMIN',
    'PARTNERSHIP_COORDINATOR', 'HUB_COORDINATOR', 'PRACTITIONER', 'AGENCY_REPRESENTATIVE', 'ANALYST',
    'ESTABLISHMENT_CONTACT'));

CREATE TABLE school (
    id            uuid PRIMARY KEY,
    area_id       uuid NOT NULL,
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    urn           text UNIQUE CHECK (urn ~ '^[0-9]{6}$'),
    phase         text NOT NULL,
    dsl_name      text NOT NULL CHECK (length(dsl_name) BETWEEN 1 AND 120),
    dsl_email     text NOT NULL CHECK (length(dsl_email) BETWEEN 3 AND 320),
    deputy_name   text,
    deputy_email  text,
    starts_at     time NOT NULL DEFAULT '08:45',
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX school_area ON school (area_id, name);
-- one education safeguarding team per area (told for home-educated children)
CREATE UNIQUE INDEX school_one_la_team ON school (area_id) WHERE phase = 'LOCAL_AUTHORITY';

CREATE TABLE school_term (
    school_id uuid NOT NULL REFERENCES school (id) ON DELETE CASCADE,
    starts_on date NOT NULL,
    ends_on   date NOT NULL CHECK (ends_on >= starts_on),
    PRIMARY KEY (school_id, starts_on)
);

-- INSET and other non-school days inside a term
CREATE TABLE school_closure (
    school_id uuid NOT NULL REFERENCES school (id) ON DELETE CASCADE,
    day       date NOT NULL,
    PRIMARY KEY (school_id, day)
);

-- a child's school, or home-educated (then school_id is the area's education safeguarding team)
CREATE TABLE child_school (
    child_id       uuid PRIMARY KEY,
    school_id      uuid NOT NULL REFERENCES school (id),
    home_educated  boolean NOT NULL DEFAULT false,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);

-- which establishment a key adult's account belongs to
CREATE TABLE establishment_contact (
    user_id   uuid NOT NULL,
    school_id uuid NOT NULL REFERENCES school (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, school_id)
);

CREATE TABLE encompass_notification (
    id               uuid PRIMARY KEY,
    referral_id      uuid NOT NULL,
    child_id         uuid NOT NULL,
    school_id        uuid NOT NULL REFERENCES school (id),
    police_force     text NOT NULL,
    police_reference text,
    incident_on      date,
    incident_time    time,
    child_present    boolean,
    child_name       text,
    child_dob        date,
    summary          text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    due_at           timestamptz NOT NULL,
    acknowledged_at  timestamptz,
    acknowledged_by  uuid,
    UNIQUE (referral_id, child_id)
);
CREATE INDEX encompass_notification_school ON encompass_notification (school_id, created_at DESC);
CREATE INDEX encompass_notification_open ON encompass_notification (due_at) WHERE acknowledged_at IS NULL;

-- a child of school age from a police incident whose school is not known: the hub is told, never silently dropped
CREATE TABLE encompass_attention (
    id          uuid PRIMARY KEY,
    referral_id uuid NOT NULL,
    child_id    uuid NOT NULL,
    area_id     uuid,
    reason      text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    UNIQUE (referral_id, child_id)
);

-- children under school age at a police incident, for the health visiting service
CREATE TABLE encompass_health_visiting (
    referral_id uuid NOT NULL,
    child_id    uuid NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (referral_id, child_id)
);

-- a referral from another agency naming children: the hub considers sharing (not a statutory notification)
CREATE TABLE encompass_share_task (
    referral_id uuid PRIMARY KEY,
    children    integer NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    done_at     timestamptz,
    done_by     uuid
);
