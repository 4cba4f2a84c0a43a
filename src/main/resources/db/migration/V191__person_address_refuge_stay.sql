-- people: a stay in refuge written into the address history by the module that records the move (housing's refuge
-- referral), keyed by that record so a redelivered event updates the one entry (the move out ends it)
ALTER TABLE person_address ADD COLUMN refuge_stay_id UUID;
CREATE UNIQUE INDEX person_address_refuge_stay ON person_address (refuge_stay_id) WHERE refuge_stay_id IS NOT NULL;
