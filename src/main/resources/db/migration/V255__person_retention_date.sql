-- The retention review reads only the persons whose own record last changed by the latest day that can make a
-- record due (the shortest rule's years ago), a page at a time in this order, and asks every module about those
-- persons only (issue 16 section 4: gathering every module's dates for all 5 million persons at once stalled
-- Hearth for minutes). On a register loaded within the shortest rule's years the range is empty.
CREATE INDEX person_retention_date ON person ((greatest(created_at, updated_at)), id) WHERE merged_into IS NULL;
