-- disclosure: the risk level found by the risk assessment stage (standard, medium, high, with the day assessed),
-- and the agencies represented at the decision forum (the members' names stay in forum_members).
ALTER TABLE disclosure_application ADD COLUMN risk_level TEXT CHECK (risk_level IN ('STANDARD', 'MEDIUM', 'HIGH'));
ALTER TABLE disclosure_application ADD COLUMN risk_assessed_on DATE;
ALTER TABLE disclosure_application ADD CONSTRAINT disclosure_application_risk_check
    CHECK ((risk_level IS NULL) = (risk_assessed_on IS NULL));

CREATE TABLE disclosure_forum_agency (
    application_id  UUID NOT NULL REFERENCES disclosure_application (id),
    agency_id       UUID NOT NULL REFERENCES agency (id),
    PRIMARY KEY (application_id, agency_id)
);
