-- Staff users, their roles, second factor and sign-in throttling.
CREATE TABLE staff_user (
    id              UUID PRIMARY KEY,
    username        TEXT NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,59}$'),
    display_name    TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    email           TEXT,
    agency_id       UUID NOT NULL REFERENCES agency (id),
    password_hash   TEXT NOT NULL,
    enabled         BOOLEAN NOT NULL DEFAULT true,
    -- demo accounts (synthetic demo partnership only) may sign in without a second factor
    demo            BOOLEAN NOT NULL DEFAULT false,
    totp_secret     TEXT,
    totp_last_step  BIGINT,
    mfa_enrolled_at TIMESTAMPTZ,
    last_login_at   TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_user_username_unique ON staff_user (username);
CREATE INDEX staff_user_agency ON staff_user (agency_id);

CREATE TABLE staff_user_role (
    user_id UUID NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('SYSTEM_ADMIN', 'PARTNERSHIP_COORDINATOR', 'HUB_COORDINATOR',
                                          'PRACTITIONER', 'AGENCY_REPRESENTATIVE', 'ANALYST')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE recovery_code (
    id        BIGSERIAL PRIMARY KEY,
    user_id   UUID NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at   TIMESTAMPTZ
);
CREATE INDEX recovery_code_user ON recovery_code (user_id);

-- Failed sign-ins keyed by the username typed, whether or not it exists, so a lockout reveals nothing.
CREATE TABLE login_throttle (
    username_key     TEXT PRIMARY KEY,
    failures         INTEGER NOT NULL,
    last_failure_at  TIMESTAMPTZ NOT NULL,
    locked_until     TIMESTAMPTZ
);
