-- MARAC transfers (marac module): a case sent to another MARAC (OUT) or received from one (IN), with the signed
-- file (compact JWS) as it was sent or received. Out: the receiving MARAC is a partner (its imported key) or a MARAC
-- of this partnership. In: the referral to MARAC it made, the partner whose key verified it.
CREATE TABLE marac_transfer (
    id                 UUID PRIMARY KEY,
    direction          TEXT NOT NULL CHECK (direction IN ('OUT', 'IN')),
    -- the transfer's own id, carried in the file: a file is received once
    transfer_id        UUID NOT NULL,
    marac_referral_id  UUID NOT NULL REFERENCES marac_referral (id),
    partner_id         UUID REFERENCES marac_partner (id),
    marac_id           UUID REFERENCES marac (id),
    -- OUT: the receiving MARAC's name; IN: the sending MARAC's (shown as "Transferred from ...")
    other_marac        TEXT NOT NULL CHECK (length(trim(other_marac)) > 0),
    reason             TEXT CHECK (length(reason) <= 2000),
    key_id             TEXT NOT NULL,
    jws                TEXT NOT NULL,
    made_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    made_by            UUID REFERENCES staff_user (id),
    made_by_name       TEXT NOT NULL,
    UNIQUE (direction, transfer_id),
    CHECK (direction = 'IN' OR partner_id IS NOT NULL OR marac_id IS NOT NULL)
);
CREATE INDEX marac_transfer_referral ON marac_transfer (marac_referral_id);

-- a referral to MARAC made by receiving a transfer
ALTER TABLE marac_referral DROP CONSTRAINT marac_referral_source_check;
ALTER TABLE marac_referral ADD CONSTRAINT marac_referral_source_check
    CHECK (source IN ('TRIAGE', 'PERSON_PAGE', 'API', 'TRANSFER'));
