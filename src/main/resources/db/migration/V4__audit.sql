-- Append-only, hash-chained audit trail. Each entry's hash covers its fields and the previous
-- entry's hash; the single chain_head row is locked while an entry is appended, so the chain has
-- no gaps or forks even with several application instances.
CREATE TABLE audit_event (
    seq            BIGINT PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor_id       UUID,
    actor_name     TEXT NOT NULL,
    action         TEXT NOT NULL,
    record_type    TEXT,
    record_ids     TEXT[] NOT NULL DEFAULT '{}',
    reason         TEXT,
    source_address TEXT,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL
);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX audit_event_actor ON audit_event (actor_id);
CREATE INDEX audit_event_records ON audit_event USING gin (record_ids);

CREATE TABLE audit_chain_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
