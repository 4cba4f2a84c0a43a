-- The school (Operation Encompass) and GP notifications by the person they name: the retention review asks for a page
-- of 5,000 persons' notifications at a time (PersonDataHolder.retentionFacts) and an erasure deletes one person's. With
-- no index each page compared every notification with all 5,000 ids (at 5.1 million persons, 193 pages of 370 ms each:
-- 71 s of the review's SQL for 2,796 rows); with them, 8 ms a page (BENCHMARKS.md, branch scale23).
CREATE INDEX encompass_notification_child ON encompass_notification (child_id);
CREATE INDEX gp_notification_person ON gp_notification (person_id);
