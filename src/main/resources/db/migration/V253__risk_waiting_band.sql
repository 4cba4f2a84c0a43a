-- The victim's latest risk assessment kept with each referral waiting for triage (issue 16 section 4): the triage
-- queue and the hub's "Waiting for triage" in My work rank and count the waiting referrals by it, instead of looking
-- up the assessments of every waiting referral's victim (11,553 lookups on each page at 10 million referrals).
-- A read model owned by the risk module: written only by the functions and the trigger below, in the transaction
-- that changes what it depends on; other modules read it through the view risk_waiting_band, and tell it which
-- referrals wait through risk_waiting_follow and risk_waiting_forget (the referrals module's trigger, V254).
CREATE TABLE risk_waiting (
    referral_id       UUID PRIMARY KEY,
    -- the referral's victim
    person_id         UUID NOT NULL,
    -- her latest assessment (the latest assessed_on, then recorded_at), null when she was never assessed
    assessment_id     UUID,
    final_grade       TEXT,
    score             INTEGER,
    visible_high_risk BOOLEAN
);
CREATE INDEX risk_waiting_person ON risk_waiting (person_id);

-- The referral waits for triage with this victim: kept from now on, with her latest assessment.
CREATE FUNCTION risk_waiting_follow(referral UUID, victim UUID) RETURNS void LANGUAGE sql AS $$
    INSERT INTO risk_waiting (referral_id, person_id, assessment_id, final_grade, score, visible_high_risk)
    SELECT referral, victim, latest.id, latest.final_grade, latest.score, latest.visible_high_risk
    FROM (SELECT 1) one
    LEFT JOIN LATERAL (
        SELECT ra.id, ra.final_grade, ra.score, ra.visible_high_risk FROM risk_assessment ra
        WHERE ra.person_id = victim ORDER BY ra.assessed_on DESC, ra.recorded_at DESC LIMIT 1) latest ON true
    ON CONFLICT (referral_id) DO UPDATE SET person_id = EXCLUDED.person_id, assessment_id = EXCLUDED.assessment_id,
        final_grade = EXCLUDED.final_grade, score = EXCLUDED.score, visible_high_risk = EXCLUDED.visible_high_risk;
$$;

-- The referral no longer waits (decided, or deleted).
CREATE FUNCTION risk_waiting_forget(referral UUID) RETURNS void LANGUAGE sql AS $$
    DELETE FROM risk_waiting WHERE referral_id = referral;
$$;

-- The person's latest assessment onto each referral of hers that waits (none found: never assessed).
CREATE FUNCTION risk_waiting_refresh(victim UUID) RETURNS void LANGUAGE sql AS $$
    UPDATE risk_waiting w SET (assessment_id, final_grade, score, visible_high_risk) = (
        SELECT ra.id, ra.final_grade, ra.score, ra.visible_high_risk FROM risk_assessment ra
        WHERE ra.person_id = victim ORDER BY ra.assessed_on DESC, ra.recorded_at DESC LIMIT 1)
    WHERE w.person_id = victim;
$$;

-- An assessment recorded, moved by a merge or its undoing, or erased changes its person's latest one.
CREATE FUNCTION risk_assessment_to_waiting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM risk_waiting_refresh(NEW.person_id);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM risk_waiting_refresh(OLD.person_id);
    ELSE
        PERFORM risk_waiting_refresh(OLD.person_id);
        PERFORM risk_waiting_refresh(NEW.person_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER risk_assessment_waiting AFTER INSERT OR DELETE OR UPDATE OF person_id ON risk_assessment
    FOR EACH ROW EXECUTE FUNCTION risk_assessment_to_waiting();

-- What other modules read: a waiting referral's victim's latest assessment (no row: not waiting).
CREATE VIEW risk_waiting_band AS
    SELECT referral_id, assessment_id IS NOT NULL AS assessed, final_grade, score, visible_high_risk
    FROM risk_waiting;
