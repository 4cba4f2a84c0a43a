-- Erasure of a person (retention module's range, V210-V219; the tables are the people module's, which erases).
-- A tombstone is all that is left of an erased person: the id, when, the retention rule applied and the member of
-- staff who approved. No name, no date of birth. Other instances read it to drop the person from their index.
CREATE TABLE person_tombstone (
    person_id   UUID PRIMARY KEY,
    erased_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    rule        TEXT NOT NULL CHECK (length(trim(rule)) > 0),
    approved_by UUID NOT NULL REFERENCES staff_user (id)
);
CREATE INDEX person_tombstone_erased_at ON person_tombstone (erased_at);

-- Risk assessments stay append-only, except inside an erasure's transaction (which sets hearth.person_erasure):
-- then their rows may be deleted, never changed.
CREATE OR REPLACE FUNCTION risk_assessment_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND coalesce(current_setting('hearth.person_merge', true), '') = 'on'
       AND to_jsonb(NEW) - 'person_id' = to_jsonb(OLD) - 'person_id' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' AND coalesce(current_setting('hearth.person_erasure', true), '') = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only: make a new version or a new assessment instead', TG_TABLE_NAME;
END;
$$;

CREATE FUNCTION risk_answer_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND coalesce(current_setting('hearth.person_erasure', true), '') = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only: make a new version or a new assessment instead', TG_TABLE_NAME;
END;
$$;
DROP TRIGGER risk_answer_immutable ON risk_answer;
CREATE TRIGGER risk_answer_immutable BEFORE UPDATE OR DELETE ON risk_answer
    FOR EACH ROW EXECUTE FUNCTION risk_answer_refuse_change();
