-- Police incident files imported in the background: progress while running, then a row-by-row report.
CREATE TABLE import_job (
    id               UUID PRIMARY KEY,
    file_name        TEXT NOT NULL,
    agency_id        UUID NOT NULL REFERENCES agency (id),
    uploaded_by      UUID NOT NULL REFERENCES staff_user (id),
    status           TEXT NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    rows_read        INTEGER NOT NULL DEFAULT 0,
    imported         INTEGER NOT NULL DEFAULT 0,
    already_imported INTEGER NOT NULL DEFAULT 0,
    rejected         INTEGER NOT NULL DEFAULT 0,
    message          TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at      TIMESTAMPTZ
);
CREATE INDEX import_job_recent ON import_job (created_at DESC);

-- Why each rejected row was rejected: its line number and police reference, never its contents.
CREATE TABLE import_rejection (
    job_id           UUID NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    line             BIGINT NOT NULL,
    police_reference TEXT,
    reason           TEXT NOT NULL,
    PRIMARY KEY (job_id, line)
);
