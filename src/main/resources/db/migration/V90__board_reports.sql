-- Insights: board reports. A report is a chosen period (and optionally one area) with the coordinator's commentary
-- per section; its figures are computed when it is downloaded, never stored. No person data.
CREATE TABLE board_report (
    id          UUID PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    period_from DATE NOT NULL,
    period_to   DATE NOT NULL,
    area_id     UUID REFERENCES area (id),
    created_by  UUID,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (period_to >= period_from)
);
CREATE INDEX board_report_recent ON board_report (created_at DESC);

CREATE TABLE board_report_commentary (
    report_id   UUID NOT NULL REFERENCES board_report (id) ON DELETE CASCADE,
    section     TEXT NOT NULL,
    text        TEXT NOT NULL CHECK (length(text) <= 10000),
    updated_by  UUID,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (report_id, section)
);
