-- reviews: domestic abuse related death reviews (DARDR, formerly domestic homicide reviews). The register of
-- notifications, the decision whether to hold a review (the Home Office told of a decision not to), the
-- independent chair, the panel (agencies and named members), requests to agencies for chronologies and individual
-- management reviews with their returns, the dated stages (terms of reference, family contact, panel meetings,
-- drafts, Home Office quality assurance, publication) and the recommendations as tracked actions.

CREATE SEQUENCE review_number;

CREATE TABLE review (
    id                    UUID PRIMARY KEY,
    reference             TEXT NOT NULL UNIQUE,
    -- the pseudonym the published report uses for the deceased ("Adult A", "Jo")
    pseudonym             TEXT NOT NULL CHECK (length(pseudonym) BETWEEN 1 AND 100),
    deceased_id           UUID NOT NULL REFERENCES person (id),
    perpetrator_id        UUID REFERENCES person (id),
    died_on               DATE NOT NULL,
    notified_on           DATE NOT NULL,
    notifying_agency_id   UUID NOT NULL REFERENCES agency (id),
    circumstances         TEXT CHECK (length(circumstances) <= 4000),
    -- the clocks, fixed when each starts from the configured periods
    decision_due_on       DATE NOT NULL,
    decided_on            DATE,
    hold                  BOOLEAN,
    decision_rationale    TEXT CHECK (length(decision_rationale) <= 4000),
    home_office_told_on   DATE,
    completion_due_on     DATE,
    chair                 TEXT CHECK (length(chair) <= 200),
    closed_on             DATE,
    closed_reason         TEXT CHECK (closed_reason IN ('NOT_HELD', 'PUBLISHED')),
    opened_by             UUID NOT NULL REFERENCES staff_user (id),
    opened_by_name        TEXT NOT NULL,
    recorded_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (notified_on >= died_on),
    CHECK (decided_on IS NULL OR (hold IS NOT NULL AND decision_rationale IS NOT NULL AND decided_on >= notified_on)),
    CHECK (hold IS DISTINCT FROM false OR home_office_told_on IS NOT NULL),
    CHECK ((closed_on IS NULL) = (closed_reason IS NULL))
);
CREATE INDEX review_open ON review (notified_on) WHERE closed_on IS NULL;

-- the panel: agencies and their named members (a member holds REVIEW grants on the deceased and the perpetrator
-- until the review is published or closed)
CREATE TABLE review_panel_member (
    review_id      UUID NOT NULL REFERENCES review (id),
    staff_user_id  UUID NOT NULL REFERENCES staff_user (id),
    agency_id      UUID NOT NULL REFERENCES agency (id),
    added_on       DATE NOT NULL,
    added_by       TEXT NOT NULL,
    PRIMARY KEY (review_id, staff_user_id)
);
CREATE INDEX review_panel_member_user ON review_panel_member (staff_user_id);

-- requests to agencies for chronologies and individual management reviews, with their returns
CREATE TABLE review_request (
    id            UUID PRIMARY KEY,
    review_id     UUID NOT NULL REFERENCES review (id),
    agency_id     UUID NOT NULL REFERENCES agency (id),
    kind          TEXT NOT NULL CHECK (kind IN ('CHRONOLOGY', 'IMR')),
    requested_on  DATE NOT NULL,
    due_on        DATE NOT NULL,
    returned_on   DATE,
    UNIQUE (review_id, agency_id, kind),
    CHECK (due_on >= requested_on),
    CHECK (returned_on IS NULL OR returned_on >= requested_on)
);

-- dated stages: terms of reference, family contact, panel meetings (several), drafts, quality assurance, publication
CREATE TABLE review_stage (
    id           UUID PRIMARY KEY,
    review_id    UUID NOT NULL REFERENCES review (id),
    stage        TEXT NOT NULL CHECK (stage IN ('TERMS_OF_REFERENCE', 'FAMILY_CONTACT', 'PANEL_MEETING', 'DRAFT',
                     'SUBMITTED_TO_QA', 'QA_FEEDBACK', 'QA_APPROVED', 'PUBLISHED')),
    reached_on   DATE NOT NULL,
    note         TEXT CHECK (length(note) <= 4000),
    recorded_by  TEXT NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX review_stage_review ON review_stage (review_id);

-- the recommendations: the action plan, each with an owner agency, a due date, its status and evidence
CREATE TABLE review_recommendation (
    id               UUID PRIMARY KEY,
    review_id        UUID NOT NULL REFERENCES review (id),
    number           INT NOT NULL,
    text             TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
    theme            TEXT NOT NULL CHECK (length(theme) BETWEEN 1 AND 200),
    owner_agency_id  UUID NOT NULL REFERENCES agency (id),
    due_on           DATE NOT NULL,
    status           TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    completed_on     DATE,
    evidence         TEXT CHECK (length(evidence) <= 4000),
    UNIQUE (review_id, number),
    CHECK ((status = 'DONE') = (completed_on IS NOT NULL)),
    CHECK (status <> 'DONE' OR evidence IS NOT NULL)
);
CREATE INDEX review_recommendation_open ON review_recommendation (due_on) WHERE status <> 'DONE';
