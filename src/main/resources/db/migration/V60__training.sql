-- Workforce: training sessions delivered and who attended, by staff group. Counts only, never a person.
CREATE TABLE training_session (
    id            UUID PRIMARY KEY,
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    delivered_on  DATE NOT NULL,
    provider      TEXT,
    recorded_by   UUID,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX training_session_delivered ON training_session (delivered_on);

CREATE TABLE training_attendance (
    session_id  UUID NOT NULL REFERENCES training_session (id),
    audience    TEXT NOT NULL,
    front_line  INTEGER NOT NULL CHECK (front_line >= 0),
    managerial  INTEGER NOT NULL CHECK (managerial >= 0),
    PRIMARY KEY (session_id, audience)
);
