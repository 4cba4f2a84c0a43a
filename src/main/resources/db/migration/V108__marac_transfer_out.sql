-- A case transferred out (issue 12, point 7) is closed at the sending MARAC: marked transferred (to which MARAC,
-- when), off the agendas of meetings not yet held, and out of the referrals awaiting listing.
ALTER TABLE marac_referral
    ADD COLUMN transferred_at  TIMESTAMPTZ,
    ADD COLUMN transferred_to  TEXT CHECK (length(trim(transferred_to)) > 0),
    ADD CONSTRAINT marac_referral_transferred CHECK ((transferred_at IS NULL) = (transferred_to IS NULL));

DROP INDEX marac_referral_waiting;
CREATE INDEX marac_referral_waiting ON marac_referral (marac_id) WHERE meeting_id IS NULL AND transferred_at IS NULL;
