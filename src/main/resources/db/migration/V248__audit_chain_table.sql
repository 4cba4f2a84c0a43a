-- The audit trail is written once and never updated (decision 0005, amended): an entry's place in the chain (seq,
-- prev_hash, hash) moves out of audit_event into audit_chain, an insert-only table of its own, and the appender
-- finds the entries it has still to chain in audit_pending, a narrow queue filled by audit_event's insert trigger
-- and emptied by audit_chain's. Before, every entry was inserted and then updated by the appender: never a HOT
-- update (seq was indexed), so each entry was written twice into every index of audit_event (BENCHMARKS.md).
-- V249 then drops the chain columns from audit_event.

-- seq: the entry's place in the chain; event_id: the audit_event row it chains (each at most once)
CREATE TABLE audit_chain (
    seq       BIGINT PRIMARY KEY,
    event_id  BIGINT NOT NULL UNIQUE,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
INSERT INTO audit_chain (seq, event_id, prev_hash, hash)
SELECT seq, id, prev_hash, hash FROM audit_event WHERE seq IS NOT NULL;

-- the entries committed but not chained yet, by id (insertion order)
CREATE TABLE audit_pending (
    event_id BIGINT PRIMARY KEY
);
INSERT INTO audit_pending (event_id) SELECT id FROM audit_event WHERE seq IS NULL;

-- Every inserted entry is queued, whoever inserts it: the application role cannot skip the queue (it cannot turn
-- triggers off) and has no privilege on audit_pending but SELECT, so the function runs as its owner.
CREATE FUNCTION audit_event_queue() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO audit_pending (event_id) VALUES (NEW.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER audit_event_queue AFTER INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_queue();

-- The chain grows only at its head, one position after another, and only with pending entries, each once: a
-- statement adding chain rows takes exactly those entries out of the queue, or fails whole. One call a statement
-- (the appender inserts a batch of up to 500 in one statement).
CREATE FUNCTION audit_chain_dequeue() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    n        BIGINT;
    lo       BIGINT;
    hi       BIGINT;
    dequeued BIGINT;
BEGIN
    SELECT count(*), min(seq), max(seq) INTO n, lo, hi FROM added;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    -- contiguous (seq is unique), the newest, and right after an existing place: probes of the primary key only (a
    -- range such as "seq > hi" got a generic plan that read the whole table)
    IF hi - lo + 1 <> n
       OR (SELECT max(seq) FROM audit_chain) <> hi
       OR (lo > 1 AND NOT EXISTS (SELECT 1 FROM audit_chain WHERE seq = lo - 1)) THEN
        RAISE EXCEPTION 'audit_chain grows only at its head, one entry after another';
    END IF;
    DELETE FROM audit_pending p USING added a WHERE p.event_id = a.event_id;
    GET DIAGNOSTICS dequeued = ROW_COUNT;
    IF dequeued <> n THEN
        RAISE EXCEPTION 'only pending audit entries are chained, each once';
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER audit_chain_dequeue AFTER INSERT ON audit_chain
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_dequeue();

-- a SECURITY DEFINER function names its schema, with pg_temp last, so no temporary table can stand in for a table
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION audit_event_queue() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION audit_chain_dequeue() SET search_path = %I, pg_temp', current_schema());
END;
$$;
