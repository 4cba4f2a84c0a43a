-- Outcomes (SafeLives Insights' shape) at intake, review and exit, closure with a reason, reopening.
-- The measures and the closure reasons are data: the exact wording SafeLives uses is not verified.
CREATE TABLE casework_outcome_measure (
    code      TEXT PRIMARY KEY CHECK (code ~ '^[A-Z_]+$'),
    label     TEXT NOT NULL CHECK (length(trim(label)) > 0),
    -- ABUSE: a type of abuse (not present, present, reduced, stopped); WELLBEING: yes, partly, no
    kind      TEXT NOT NULL CHECK (kind IN ('ABUSE', 'WELLBEING')),
    position  INTEGER NOT NULL,
    active    BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO casework_outcome_measure (code, label, kind, position) VALUES
    ('PHYSICAL', 'Physical abuse', 'ABUSE', 1),
    ('SEXUAL', 'Sexual abuse', 'ABUSE', 2),
    ('HARASSMENT_STALKING', 'Harassment and stalking', 'ABUSE', 3),
    ('JEALOUS_CONTROLLING', 'Jealous and controlling behaviour', 'ABUSE', 4),
    ('FEELS_SAFER', 'Feels safer', 'WELLBEING', 5),
    ('QUALITY_OF_LIFE', 'Quality of life has improved', 'WELLBEING', 6);

CREATE TABLE casework_closure_reason (
    code            TEXT PRIMARY KEY CHECK (code ~ '^[A-Z_]+$'),
    label           TEXT NOT NULL CHECK (length(trim(label)) > 0),
    -- false for a victim who disengaged or declined: the case closes without exit outcomes
    needs_outcomes  BOOLEAN NOT NULL DEFAULT true,
    position        INTEGER NOT NULL,
    active          BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO casework_closure_reason (code, label, needs_outcomes, position) VALUES
    ('RISK_REDUCED', 'Risk reduced', true, 1),
    ('SUPPORT_COMPLETE', 'Support completed', true, 2),
    ('MOVED_AWAY', 'Moved away', true, 3),
    ('TRANSFERRED', 'Transferred to another service', true, 4),
    ('DISENGAGED', 'Disengaged', false, 5),
    ('DECLINED', 'Declined support', false, 6),
    ('UNCONTACTABLE', 'Could not be contacted', false, 7);

CREATE TABLE casework_outcome (
    id           UUID PRIMARY KEY,
    case_id      UUID NOT NULL REFERENCES casework_case (id),
    stage        TEXT NOT NULL CHECK (stage IN ('INTAKE', 'REVIEW', 'EXIT')),
    recorded_on  DATE NOT NULL,
    -- the worker's view of the risk at this stage (the DASH reviews are in casework_risk_review)
    risk         TEXT NOT NULL CHECK (risk IN ('HIGH', 'MEDIUM', 'STANDARD')),
    notes        TEXT,
    recorded_by  UUID NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX casework_outcome_case ON casework_outcome (case_id, stage, recorded_on);

CREATE TABLE casework_outcome_answer (
    outcome_id    UUID NOT NULL REFERENCES casework_outcome (id) ON DELETE CASCADE,
    measure_code  TEXT NOT NULL REFERENCES casework_outcome_measure (code),
    answer        TEXT NOT NULL CHECK (answer IN ('NOT_PRESENT', 'PRESENT', 'REDUCED', 'STOPPED', 'YES', 'PARTLY', 'NO')),
    PRIMARY KEY (outcome_id, measure_code)
);

ALTER TABLE casework_case
    ADD COLUMN closed_on       DATE,
    ADD COLUMN closure_reason  TEXT REFERENCES casework_closure_reason (code),
    ADD COLUMN closure_note    TEXT,
    ADD CONSTRAINT casework_case_closed CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL AND closure_reason IS NOT NULL));

-- every closing and reopening, for the chronology
CREATE TABLE casework_closure (
    id             UUID PRIMARY KEY,
    case_id        UUID NOT NULL REFERENCES casework_case (id),
    closed_on      DATE NOT NULL,
    reason         TEXT NOT NULL REFERENCES casework_closure_reason (code),
    note           TEXT,
    closed_by      UUID NOT NULL,
    reopened_at    TIMESTAMPTZ,
    reopened_by    UUID,
    reopen_reason  TEXT
);
CREATE INDEX casework_closure_case ON casework_closure (case_id);
