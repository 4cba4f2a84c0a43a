-- risk_waiting_follow (V253) in PL/pgSQL, its body unchanged: the referrals' trigger (V254) calls it once a referral
-- written, and a LANGUAGE sql function that cannot be inlined is planned again at every call (0.44 ms of PostgreSQL's
-- time a referral in the police import, more than the insert it makes), while PL/pgSQL keeps its plan for the
-- session (BENCHMARKS.md, "Police import").
CREATE OR REPLACE FUNCTION risk_waiting_follow(referral UUID, victim UUID) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO risk_waiting (referral_id, person_id, assessment_id, final_grade, score, visible_high_risk)
    SELECT risk_waiting_follow.referral, risk_waiting_follow.victim, latest.id, latest.final_grade, latest.score,
           latest.visible_high_risk
    FROM (SELECT 1) one
    LEFT JOIN LATERAL (
        SELECT ra.id, ra.final_grade, ra.score, ra.visible_high_risk FROM risk_assessment ra
        WHERE ra.person_id = risk_waiting_follow.victim ORDER BY ra.assessed_on DESC, ra.recorded_at DESC LIMIT 1) latest ON true
    ON CONFLICT (referral_id) DO UPDATE SET person_id = EXCLUDED.person_id, assessment_id = EXCLUDED.assessment_id,
        final_grade = EXCLUDED.final_grade, score = EXCLUDED.score, visible_high_risk = EXCLUDED.visible_high_risk;
END;
$$;
