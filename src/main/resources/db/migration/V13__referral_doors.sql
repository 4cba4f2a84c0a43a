-- People named in a referral from a system (API or police import) are linked to an existing record only on an
-- exact, unambiguous match; otherwise a new record is made and the people it may be are left here for the hub.
CREATE TABLE referral_possible_match (
    referral_id  UUID NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES person (id),
    candidate_id UUID NOT NULL REFERENCES person (id),
    score        NUMERIC(4, 3) NOT NULL,
    reasons      TEXT[] NOT NULL DEFAULT '{}',
    resolved_at  TIMESTAMPTZ,
    resolved_by  UUID,
    PRIMARY KEY (referral_id, person_id, candidate_id)
);
CREATE INDEX referral_possible_match_open ON referral_possible_match (referral_id) WHERE resolved_at IS NULL;

-- Idempotency-Key of POST /api/referrals: the first answer to a (client, key) is kept and given again for a
-- repeat of the same request; a different request under a used key is refused. Ids and references only.
CREATE TABLE api_idempotency (
    client_id       UUID NOT NULL REFERENCES api_client (id),
    idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    request_hash    TEXT NOT NULL,
    referral_id     UUID REFERENCES referral (id),
    response_status INTEGER,
    response_body   TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, idempotency_key)
);
