-- Failed sign-ins, counted three ways (LoginThrottle): per client address and typed username (existing or not),
-- per client address alone (a much higher ceiling), and second-factor codes per account. Each counter earns a
-- growing delay rather than a hard lock. login_throttle (per username only) is no longer used.
CREATE TABLE sign_in_throttle (
    throttle_key     TEXT PRIMARY KEY,
    -- the typed username (lower case) for the per-pair and second-factor counters, so an administrator can clear them
    username_key     TEXT,
    failures         INTEGER NOT NULL,
    last_failure_at  TIMESTAMPTZ NOT NULL,
    blocked_until    TIMESTAMPTZ
);
CREATE INDEX sign_in_throttle_username ON sign_in_throttle (username_key);
