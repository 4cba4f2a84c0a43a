-- Insights read models: one row per referral and per assessment graded high, with what the indicators need
-- (no names, dates of birth or addresses), kept current by insights' event listeners (see docs/insights.md) and
-- rebuilt from the source tables on start while insights_rollup_state says they are not built.
CREATE TABLE insights_referral_fact (
    referral_id        UUID PRIMARY KEY,
    victim_id          UUID    NOT NULL,
    received_on        DATE    NOT NULL,
    area_id            UUID,
    agency_id          UUID    NOT NULL,
    outcome            TEXT,
    triaged_on         DATE,
    children_present   BOOLEAN NOT NULL,
    repeat_victim      BOOLEAN NOT NULL,
    marac_repeat       BOOLEAN NOT NULL,
    ethnicity          TEXT,
    first_language     TEXT,
    sex                TEXT,
    disability         TEXT,
    sexual_orientation TEXT,
    age                INTEGER
);
CREATE INDEX insights_referral_fact_received_idx ON insights_referral_fact (received_on);
CREATE INDEX insights_referral_fact_victim_idx ON insights_referral_fact (victim_id);

CREATE TABLE insights_high_risk_fact (
    assessment_id      UUID PRIMARY KEY,
    victim_id          UUID NOT NULL,
    assessed_on        DATE NOT NULL,
    area_id            UUID,
    ethnicity          TEXT,
    first_language     TEXT,
    sex                TEXT,
    disability         TEXT,
    sexual_orientation TEXT,
    age                INTEGER
);
CREATE INDEX insights_high_risk_fact_assessed_idx ON insights_high_risk_fact (assessed_on);
CREATE INDEX insights_high_risk_fact_victim_idx ON insights_high_risk_fact (victim_id);

-- one row: when the read models were last rebuilt from scratch (null: never, so the next start rebuilds them)
CREATE TABLE insights_rollup_state (
    id       BOOLEAN PRIMARY KEY DEFAULT true CHECK (id),
    built_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO insights_rollup_state (built_at) VALUES (NULL);
