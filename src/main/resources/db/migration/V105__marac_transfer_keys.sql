-- MARAC transfers (marac module), keys. This partnership's signing key for transfer files (JWS, ES256): made once,
-- on the first transfer out or the first export of the public key. The private key is kept sealed (AES-256-GCM
-- under a key derived from HEARTH_SECRET_KEY, bound to its key id), so a copy of the database alone cannot sign a
-- transfer file. The public key is kept as a JWK, for administrators to give to partner MARACs.
CREATE TABLE marac_signing_key (
    key_id              TEXT PRIMARY KEY,
    public_jwk          TEXT NOT NULL,
    private_jwk_sealed  TEXT NOT NULL CHECK (private_jwk_sealed LIKE 'v1:%'),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- one signing key at a time (a single row with true)
    current             BOOLEAN NOT NULL DEFAULT true
);
CREATE UNIQUE INDEX marac_signing_key_current ON marac_signing_key (current) WHERE current;

-- Partner MARACs' public keys, imported by an administrator (Hearth never fetches keys from the internet). A file
-- signed by a revoked key, or by a key not here, is refused.
CREATE TABLE marac_partner (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    key_id      TEXT NOT NULL UNIQUE,
    public_jwk  TEXT NOT NULL,
    added_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    added_by    UUID REFERENCES staff_user (id),
    revoked_at  TIMESTAMPTZ,
    revoked_by  UUID REFERENCES staff_user (id)
);
