-- The online matcher polls for persons created or changed (and addresses added) since its last poll.
CREATE INDEX person_updated_at ON person (updated_at);
CREATE INDEX person_address_created_at ON person_address (created_at);
