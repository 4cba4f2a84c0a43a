-- audit_event is now written once (V248 moved the chain to audit_chain): its chain columns, their constraints, the
-- appender's partial index and the trigger that allowed chaining an unchained row go. Nothing may UPDATE, DELETE or
-- TRUNCATE audit_event or audit_chain (the owner too, until it turns triggers off).
DROP TRIGGER audit_event_insert_unchained ON audit_event;
DROP FUNCTION audit_event_insert_unchained();
DROP INDEX audit_event_unchained;
ALTER TABLE audit_event DROP CONSTRAINT audit_event_chained_whole;
ALTER TABLE audit_event DROP CONSTRAINT audit_event_seq;
ALTER TABLE audit_event DROP COLUMN seq, DROP COLUMN prev_hash, DROP COLUMN hash;

CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER audit_chain_no_update BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
