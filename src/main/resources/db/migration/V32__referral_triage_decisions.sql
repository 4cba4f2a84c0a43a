-- The hub often decides several things at once (refer to MARAC and to the IDVA service, and to children's social
-- care): a referral's triage decisions are a set. referral.triage_outcome stays as the first of them (in the order
-- of TriageOutcome), so the readers that count one outcome a referral keep working; the set is here.
ALTER TABLE referral DROP CONSTRAINT referral_triage_outcome_check;
ALTER TABLE referral ADD CONSTRAINT referral_triage_outcome_check CHECK (triage_outcome IN ('REFER_TO_MARAC',
    'REFER_TO_IDVA', 'OUTREACH', 'REFER_TO_CHILDRENS_SOCIAL_CARE', 'STRATEGY_DISCUSSION', 'SIGNPOST',
    'INFORMATION_ONLY', 'NO_FURTHER_ACTION'));
-- a decision made outside the daily meeting (urgent: on the triage page, between meetings)
ALTER TABLE referral ADD COLUMN triaged_outside_meeting BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE referral_triage_decision (
    referral_id UUID NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    outcome     TEXT NOT NULL CHECK (outcome IN ('REFER_TO_MARAC', 'REFER_TO_IDVA', 'OUTREACH',
                    'REFER_TO_CHILDRENS_SOCIAL_CARE', 'STRATEGY_DISCUSSION', 'SIGNPOST', 'INFORMATION_ONLY',
                    'NO_FURTHER_ACTION')),
    PRIMARY KEY (referral_id, outcome)
);
-- the decisions made before the set: one each
INSERT INTO referral_triage_decision (referral_id, outcome)
SELECT id, triage_outcome FROM referral WHERE triage_outcome IS NOT NULL;
