-- Court support: the criminal case's milestones (charge, first hearing, trial, verdict, sentence, other hearings)
-- with the victim's attendance, and the special measures asked for (Youth Justice and Criminal Evidence Act 1999
-- ss23-30) and what the court decided.
CREATE TABLE casework_court_event (
    id           UUID PRIMARY KEY,
    case_id      UUID NOT NULL REFERENCES casework_case (id),
    kind         TEXT NOT NULL CHECK (kind IN ('CHARGE', 'FIRST_HEARING', 'TRIAL', 'VERDICT', 'SENTENCE', 'OTHER_HEARING')),
    event_on     DATE NOT NULL,
    event_time   TIME,
    court        TEXT,
    details      TEXT,
    -- the victim's attendance, once the day has come
    attendance   TEXT CHECK (attendance IN ('ATTENDED', 'DID_NOT_ATTEND', 'NOT_REQUIRED')),
    recorded_by  UUID NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX casework_court_event_case ON casework_court_event (case_id, event_on);
CREATE INDEX casework_court_event_day ON casework_court_event (event_on);

CREATE TABLE casework_special_measure (
    id            UUID PRIMARY KEY,
    case_id       UUID NOT NULL REFERENCES casework_case (id),
    measure       TEXT NOT NULL CHECK (measure IN ('SCREENS', 'LIVE_LINK', 'EVIDENCE_IN_PRIVATE', 'WIGS_AND_GOWNS',
                      'VIDEO_EVIDENCE_IN_CHIEF', 'VIDEO_CROSS_EXAMINATION', 'INTERMEDIARY', 'COMMUNICATION_AIDS')),
    status        TEXT NOT NULL CHECK (status IN ('REQUESTED', 'GRANTED', 'REFUSED')),
    requested_on  DATE NOT NULL,
    decided_on    DATE,
    recorded_by   UUID NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((status = 'REQUESTED') = (decided_on IS NULL)),
    UNIQUE (case_id, measure)
);
