-- Indexes for the first matcher's lookups: family name or alias prefix, date of birth, postcode.
CREATE INDEX person_family_prefix ON person (left(lower(family_name), 3));
CREATE INDEX person_alias_family_prefix ON person_alias (left(lower(family_name), 3));
CREATE INDEX person_address_postcode_exact ON person_address (postcode);
