-- An agency's referrals with their area and decision in the index itself: "My work"'s counts of the last 30 days
-- (waiting, decided) and an agency's list filtered by area or decision are answered from the index alone, not from
-- tens of thousands of table rows (issue 16 section 4). Replaces V243's index of the same columns.
CREATE INDEX referral_agency_received_covering ON referral
    (referring_agency_id, received_on DESC, created_at DESC, id) INCLUDE (area_id, triage_outcome);
DROP INDEX referral_agency_received;
ALTER INDEX referral_agency_received_covering RENAME TO referral_agency_received;
-- The search box's referral reference, matched whatever its case (ReferralSearch): by index, not by reading every row.
CREATE INDEX referral_reference_upper ON referral (upper(reference));
