-- A referral that names a person already recorded, whom the referring agency had no grant to see (an exact match
-- at the API or import door, or a record opened only by breaking the glass), is linked to that record but grants
-- the agency nothing: the hub confirms the link first ("this is the same person"), which grants the referring
-- agency REFERRER on the record.
CREATE TABLE referral_link_check (
    referral_id  UUID NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES person (id),
    confirmed_at TIMESTAMPTZ,
    confirmed_by UUID,
    PRIMARY KEY (referral_id, person_id),
    CHECK ((confirmed_at IS NULL) = (confirmed_by IS NULL))
);
CREATE INDEX referral_link_check_waiting ON referral_link_check (referral_id) WHERE confirmed_at IS NULL;
CREATE INDEX referral_link_check_person ON referral_link_check (person_id);
