-- The referral list filtered by a decision, or by waiting for one, read in the list's own order (received, created,
-- newest first, then id) from where a page starts (issue 16 section 4): at 10 million referrals a decision made a
-- few thousand times, or none, would otherwise be looked for through the whole list's index (V243). Timings on the
-- 10-million-referral register in BENCHMARKS.md ("The referral list and My work at 10 million referrals").
CREATE INDEX referral_outcome_received ON referral (triage_outcome, received_on DESC, created_at DESC, id)
    WHERE triage_outcome IS NOT NULL;
CREATE INDEX referral_waiting_received ON referral (received_on DESC, created_at DESC, id)
    INCLUDE (referring_agency_id, area_id) WHERE triage_outcome IS NULL;
