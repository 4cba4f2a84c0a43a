-- Assessments stay append-only, with one exception: while two person records are merged or unmerged (the people
-- module sets hearth.person_merge for that transaction only), an assessment's person_id may move between them,
-- and nothing else about it may change.
CREATE FUNCTION risk_assessment_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND coalesce(current_setting('hearth.person_merge', true), '') = 'on'
       AND to_jsonb(NEW) - 'person_id' = to_jsonb(OLD) - 'person_id' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% is append-only: make a new version or a new assessment instead', TG_TABLE_NAME;
END;
$$;
DROP TRIGGER risk_assessment_immutable ON risk_assessment;
CREATE TRIGGER risk_assessment_immutable BEFORE UPDATE OR DELETE ON risk_assessment
    FOR EACH ROW EXECUTE FUNCTION risk_assessment_refuse_change();
