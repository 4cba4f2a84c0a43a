-- Strategy: a strategy with themes and objectives (each objective's current-performance status kept as a history),
-- action areas mapped to objectives, actions with progress updates; and the LGA/Tavistock partnership checklist.
-- Partnership-level records, never person data.
CREATE TABLE strategy (
    id          UUID PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    starts_on   DATE NOT NULL,
    ends_on     DATE NOT NULL CHECK (ends_on > starts_on),
    adopted_on  DATE,
    adopted_by  TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((adopted_on IS NULL) = (adopted_by IS NULL))
);

CREATE TABLE strategy_theme (
    id           UUID PRIMARY KEY,
    strategy_id  UUID NOT NULL REFERENCES strategy (id),
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position     INTEGER NOT NULL,
    UNIQUE (strategy_id, name)
);

CREATE TABLE strategy_objective (
    id           UUID PRIMARY KEY,
    theme_id     UUID NOT NULL REFERENCES strategy_theme (id),
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    position     INTEGER NOT NULL
);

-- Every status an objective has had: the latest (by date, then when recorded) is its current status.
CREATE TABLE strategy_objective_status (
    id            BIGSERIAL PRIMARY KEY,
    objective_id  UUID NOT NULL REFERENCES strategy_objective (id),
    status        TEXT NOT NULL CHECK (status IN ('WORKING_TOWARDS', 'SOME_SUCCESS', 'GAP_IDENTIFIED', 'ACHIEVED')),
    recorded_on   DATE NOT NULL,
    recorded_by   TEXT NOT NULL,
    note          TEXT,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX strategy_objective_status_objective ON strategy_objective_status (objective_id, recorded_on);

CREATE TABLE strategy_action_area (
    id           UUID PRIMARY KEY,
    strategy_id  UUID NOT NULL REFERENCES strategy (id),
    number       INTEGER NOT NULL,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    UNIQUE (strategy_id, number)
);

CREATE TABLE strategy_action_area_objective (
    area_id       UUID NOT NULL REFERENCES strategy_action_area (id),
    objective_id  UUID NOT NULL REFERENCES strategy_objective (id),
    PRIMARY KEY (area_id, objective_id)
);

-- The partnership self-assessment checklist (LGA/Tavistock): questions per area, each may reveal a common problem.
CREATE TABLE checklist_question (
    code      TEXT PRIMARY KEY,
    area      TEXT NOT NULL,
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    problem   TEXT
);

CREATE TABLE checklist_run (
    id           UUID PRIMARY KEY,
    run_on       DATE NOT NULL,
    recorded_by  TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE checklist_answer (
    id             UUID PRIMARY KEY,
    run_id         UUID NOT NULL REFERENCES checklist_run (id),
    question_code  TEXT NOT NULL REFERENCES checklist_question (code),
    answer         TEXT NOT NULL CHECK (answer IN ('YES', 'PARTLY', 'NO')),
    note           TEXT,
    UNIQUE (run_id, question_code)
);

CREATE TABLE strategy_action (
    id                   UUID PRIMARY KEY,
    strategy_id          UUID NOT NULL REFERENCES strategy (id),
    area_id              UUID REFERENCES strategy_action_area (id),
    description          TEXT NOT NULL CHECK (length(trim(description)) > 0),
    owner_agency_id      UUID NOT NULL REFERENCES agency (id),
    due_on               DATE NOT NULL,
    rag                  TEXT NOT NULL CHECK (rag IN ('RED', 'AMBER', 'GREEN')),
    done_on              DATE,
    checklist_answer_id  UUID REFERENCES checklist_answer (id),
    created_at           TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX strategy_action_strategy ON strategy_action (strategy_id);
CREATE INDEX strategy_action_checklist ON strategy_action (checklist_answer_id);

CREATE TABLE strategy_action_progress (
    id           BIGSERIAL PRIMARY KEY,
    action_id    UUID NOT NULL REFERENCES strategy_action (id),
    noted_on     DATE NOT NULL,
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    rag          TEXT CHECK (rag IN ('RED', 'AMBER', 'GREEN')),
    done         BOOLEAN NOT NULL DEFAULT false,
    recorded_by  TEXT NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX strategy_action_progress_action ON strategy_action_progress (action_id);

INSERT INTO checklist_question (code, area, position, text, problem) VALUES
('SL1', 'SUSTAINABILITY_LEADERSHIP', 1, 'Does the partnership have a clearly stated common purpose that every partner has signed up to?', 'NO_COMMON_PURPOSE'),
('SL2', 'SUSTAINABILITY_LEADERSHIP', 2, 'Is there a named senior leader (chief officer or elected member) championing domestic abuse work?', 'NO_LEADERSHIP'),
('SL3', 'SUSTAINABILITY_LEADERSHIP', 3, 'Do partners'' parent organisations (their boards, cabinets and chief officers) actively support the partnership?', 'NO_PARENT_SUPPORT'),
('SL4', 'SUSTAINABILITY_LEADERSHIP', 4, 'Have partners stayed committed over the last year (attendance kept up, agreed actions delivered)?', 'LOSS_OF_COMMITMENT'),
('SL5', 'SUSTAINABILITY_LEADERSHIP', 5, 'Is domestic abuse embedded in the Local Strategic Partnership and Local Area Agreement, beyond the political cycle?', 'POLITICAL_DIVISION'),
('ST1', 'STRUCTURES', 1, 'Is there a strategic group that develops the overall strategy?', NULL),
('ST2', 'STRUCTURES', 2, 'Is there a forum for practitioners, partnership and lobbying issues and for developing practice?', NULL),
('ST3', 'STRUCTURES', 3, 'Is there an operational group that manages and monitors services and outcomes?', NULL),
('ST4', 'STRUCTURES', 4, 'Do voluntary sector providers sit on the strategic group as equals?', 'DOMINANT_PARTNER'),
('ST5', 'STRUCTURES', 5, 'Are the roles of the county, district and other councils in the partnership clear?', 'DIFFERENT_GOALS'),
('RS1', 'STRATEGY_RESOURCES', 1, 'Is the strategy founded on the resources actually available, rather than a paper exercise?', 'INADEQUATE_RESOURCES'),
('RS2', 'STRATEGY_RESOURCES', 2, 'Are partners'' contributions linked to the costs domestic abuse brings them (health, housing, social care, not only criminal justice)?', 'INADEQUATE_RESOURCES'),
('RS3', 'STRATEGY_RESOURCES', 3, 'Do partners share the strategy''s goals and assumptions?', 'DIFFERENT_GOALS'),
('RS4', 'STRATEGY_RESOURCES', 4, 'Is the strategy reviewed as services and practice develop, with a date for the next review?', NULL),
('PD1', 'PRACTICE_DELIVERY', 1, 'Is there refuge provision and outreach coverage across the whole area?', 'INADEQUATE_RESOURCES'),
('PD2', 'PRACTICE_DELIVERY', 2, 'Are advocacy services (IDVAs) in place for high-risk victims?', NULL),
('PD3', 'PRACTICE_DELIVERY', 3, 'Are there services for children, men, and black and minority ethnic groups?', NULL),
('PD4', 'PRACTICE_DELIVERY', 4, 'Are perpetrator programmes available that meet Respect standards?', NULL),
('PD5', 'PRACTICE_DELIVERY', 5, 'Do providers help design the monitoring of services and outcomes, and supply its data?', 'CULTURE_CLASH'),
('CR1', 'COORDINATOR', 1, 'Is there a domestic abuse coordinator with secure funding?', 'INADEQUATE_RESOURCES'),
('CR2', 'COORDINATOR', 2, 'Is the coordinator''s post located and managed so they are supported, not isolated?', 'NO_PARENT_SUPPORT'),
('CR3', 'COORDINATOR', 3, 'Is the coordinator''s role (strategy, practice development, operational links or partnership development) agreed and reviewed as it changes?', 'NO_COMMON_PURPOSE');
