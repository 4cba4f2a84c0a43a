-- notifications: the outbox. A message holds no personal data: who it goes to (an establishment's or a user's
-- address), what kind it is, the caller's idempotency key and the link to sign in; the words are fixed.
CREATE TABLE notification_outbox (
    id               uuid PRIMARY KEY,
    recipient_kind   text NOT NULL CHECK (recipient_kind IN ('ESTABLISHMENT', 'USER')),
    recipient_id     uuid NOT NULL,
    recipient_label  text NOT NULL CHECK (length(recipient_label) BETWEEN 1 AND 200),
    address          text NOT NULL CHECK (length(address) BETWEEN 3 AND 320),
    kind             text NOT NULL,
    idempotency_key  text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    link             text NOT NULL CHECK (link LIKE '/%'),
    status           text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'DEAD')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    channel          text,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    -- never twice to one recipient for one cause
    UNIQUE (recipient_kind, recipient_id, idempotency_key)
);

CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX notification_outbox_status ON notification_outbox (status, created_at DESC);
