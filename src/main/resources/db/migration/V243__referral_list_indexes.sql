-- The referral list (newest first, a page at a time) and "My work"'s referrals of the user's agency in the last 30
-- days: read through an index in the list's own order, a page's rows only, instead of sorting every referral
-- (issue 16 section 3; EXPLAIN figures in BENCHMARKS.md, "Gatling").
CREATE INDEX referral_received ON referral (received_on DESC, created_at DESC, id);
CREATE INDEX referral_agency_received ON referral (referring_agency_id, received_on DESC, created_at DESC, id);
