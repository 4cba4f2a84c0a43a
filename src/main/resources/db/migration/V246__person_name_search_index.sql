-- Search by name (PersonSearch.byName): everyone of the surname typed, those whose first name starts as typed first,
-- then by first name, 500 at most. With only lower(family_name) indexed, a common surname at national scale (83,179
-- persons called Smith among 5.1 million) was read whole and sorted: seconds a search. This index gives the rows
-- already in that order, with what the query reads, so a search reads a few hundred entries whatever the surname.
CREATE INDEX person_search_name ON person (lower(family_name), (lower(given_name) COLLATE "C"))
    INCLUDE (id, date_of_birth) WHERE merged_into IS NULL;
