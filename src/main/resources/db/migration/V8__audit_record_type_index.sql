-- The audit trail's search offers the record types the trail holds as a list (read with a skip scan over this
-- index, so the list stays quick however long the trail grows), and filters by one.
CREATE INDEX audit_event_record_type ON audit_event (record_type);
