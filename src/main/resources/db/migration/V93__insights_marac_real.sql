-- The MARAC figures come from the MARAC module's cases discussed (the view marac_case_discussed, V107), not from the
-- hub's triage decisions: the stand-in column goes.
ALTER TABLE insights_referral_fact DROP COLUMN marac_repeat;
