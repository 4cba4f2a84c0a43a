-- The retention review asks each module about a page of persons (issue 16 section 4). The hub's, Clare's Law's and
-- the death reviews' queries named their persons through unnest(...), which PostgreSQL cannot narrow by the person,
-- so each page read those tables whole. Their queries now ask each person column on its own (a branch a column, or
-- the arrays' overlap), answered by these indexes (hub_case's victim and perpetrators have theirs: V130, V236).
CREATE INDEX hub_case_children ON hub_case USING gin (child_ids);
CREATE INDEX disclosure_application_applicant ON disclosure_application (applicant_id);
CREATE INDEX disclosure_application_at_risk ON disclosure_application (person_at_risk_id);
CREATE INDEX disclosure_application_subject ON disclosure_application (subject_id);
CREATE INDEX disclosure_application_recipient ON disclosure_application (recipient_id);
CREATE INDEX review_deceased ON review (deceased_id);
CREATE INDEX review_perpetrator ON review (perpetrator_id);
