-- Systems allowed to call the API (e.g. a police incident feed), each acting for one agency with scopes.
-- Only a SHA-256 hash of each token is kept; the token is shown once, when the client is created.
CREATE TABLE api_client (
    id           UUID PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    agency_id    UUID NOT NULL REFERENCES agency (id),
    scopes       TEXT[] NOT NULL CHECK (cardinality(scopes) > 0),
    token_hash   TEXT NOT NULL UNIQUE,
    token_hint   TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by   UUID NOT NULL REFERENCES staff_user (id),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    revoked_by   UUID REFERENCES staff_user (id)
);
CREATE UNIQUE INDEX api_client_active_name ON api_client (lower(name)) WHERE revoked_at IS NULL;
