-- Workforce: the Domestic Abuse Quality Mark (standards as data, applications by agencies and schools, evidence and
-- the assessor's decision per standard, awards with their level and expiry) and the register of DV ambassadors.
-- Agencies and schools are the partnership's and the encompass register's ids (read through their modules' APIs).

CREATE TABLE qm_standard (
    code         TEXT PRIMARY KEY CHECK (code ~ '^[A-Z0-9]{1,10}$'),
    position     INTEGER NOT NULL UNIQUE,
    level        INTEGER NOT NULL CHECK (level IN (1, 2)),
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description  TEXT NOT NULL,
    active       BOOLEAN NOT NULL DEFAULT TRUE
);

-- A synthetic set after seed 003 (3.5): level 1 is the whole organisation's safe response, level 2 adds policy
-- for staff, perpetrators and MARAC. An award at a level needs every active standard up to that level.
INSERT INTO qm_standard (code, position, level, title, description) VALUES
('S1', 1, 1, 'A named domestic abuse lead', 'A named lead (and deputy) at a senior level who staff know to go to, with time to do it.'),
('S2', 2, 1, 'Staff trained to respond', 'Front-line staff have had domestic abuse awareness training in the last two years and managers know the referral routes.'),
('S3', 3, 1, 'Safe enquiry and disclosure', 'Staff ask safely (alone, never with a partner present), respond to a disclosure and record it safely.'),
('S4', 4, 1, 'Risk identification and referral', 'Staff use the DASH checklist where it fits and know how to refer a high-risk victim to MARAC and the IDVA service.'),
('S5', 5, 1, 'Information on display', 'Helpline and local service information is on display and in places a victim can read it safely.'),
('S6', 6, 2, 'A domestic abuse policy', 'A written policy and procedure for service users, reviewed in the last two years.'),
('S7', 7, 2, 'Supporting employees', 'A workplace policy for employees affected by domestic abuse, including safety at work and leave.'),
('S8', 8, 2, 'Working with perpetrators', 'A champion for work with perpetrators and a plan for how the organisation responds to them safely.'),
('S9', 9, 2, 'MARAC and information sharing', 'The organisation takes part in MARAC where it is asked and shares information lawfully and safely.');

CREATE TABLE qm_application (
    id            UUID PRIMARY KEY,
    holder_kind   TEXT NOT NULL CHECK (holder_kind IN ('AGENCY', 'SCHOOL')),
    holder_id     UUID NOT NULL,
    level_sought  INTEGER NOT NULL CHECK (level_sought IN (1, 2)),
    opened_on     DATE NOT NULL,
    opened_by     UUID,
    awarded_level INTEGER CHECK (awarded_level IN (1, 2)),
    awarded_on    DATE,
    expires_on    DATE,
    awarded_by    UUID,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((awarded_level IS NULL) = (awarded_on IS NULL) AND (awarded_on IS NULL) = (expires_on IS NULL)),
    CHECK (expires_on IS NULL OR expires_on > awarded_on)
);
CREATE INDEX qm_application_holder ON qm_application (holder_kind, holder_id);
-- one open application per holder at a time
CREATE UNIQUE INDEX qm_application_one_open ON qm_application (holder_kind, holder_id) WHERE awarded_on IS NULL;

CREATE TABLE qm_evidence (
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL REFERENCES qm_application (id),
    standard_code  TEXT NOT NULL REFERENCES qm_standard (code),
    note           TEXT,
    file_name      TEXT,
    content_type   TEXT,
    content        BYTEA,
    added_on       DATE NOT NULL,
    added_by       UUID,
    added_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (note IS NOT NULL OR content IS NOT NULL),
    CHECK ((file_name IS NULL) = (content IS NULL))
);
CREATE INDEX qm_evidence_application ON qm_evidence (application_id);

CREATE TABLE qm_decision (
    application_id UUID NOT NULL REFERENCES qm_application (id),
    standard_code  TEXT NOT NULL REFERENCES qm_standard (code),
    met            BOOLEAN NOT NULL,
    note           TEXT,
    decided_on     DATE NOT NULL,
    decided_by     UUID,
    PRIMARY KEY (application_id, standard_code)
);

-- DV ambassadors (champions): trained staff who are a point of contact in their agency. Staff, never victims.
CREATE TABLE ambassador (
    id                    UUID PRIMARY KEY,
    name                  TEXT NOT NULL CHECK (length(trim(name)) > 0),
    job_title             TEXT,
    agency_id             UUID NOT NULL,
    staff_group           TEXT NOT NULL CHECK (staff_group IN ('HOUSING', 'SOCIAL_SERVICES', 'EDUCATION', 'HEALTH',
                              'POLICE', 'VOLUNTARY_SECTOR', 'OTHER')),
    manager               BOOLEAN NOT NULL,
    colleagues_supported  INTEGER NOT NULL DEFAULT 0 CHECK (colleagues_supported >= 0),
    left_on               DATE,
    recorded_by           UUID,
    recorded_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ambassador_agency ON ambassador (agency_id);

-- each training an ambassador has had: the first and every refresher
CREATE TABLE ambassador_training (
    ambassador_id UUID NOT NULL REFERENCES ambassador (id),
    trained_on    DATE NOT NULL,
    refresher     BOOLEAN NOT NULL,
    PRIMARY KEY (ambassador_id, trained_on)
);
