-- Decisions about possible duplicates: merge two person records (and unmerge them exactly), or remember that
-- two records are not the same person. Nothing is ever merged automatically.

-- A merged-away record stays as a tombstone pointing at the record that survived it.
ALTER TABLE person ADD COLUMN merged_into UUID REFERENCES person (id);
-- The date of birth was confirmed (seen on a document, or verified with the person). Two records whose dates
-- of birth are both confirmed and differ are refused a merge unless it is forced with a reason.
ALTER TABLE person ADD COLUMN date_of_birth_confirmed BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX person_merged_into ON person (merged_into) WHERE merged_into IS NOT NULL;

-- Pairs of records that may be one person, from the doors (API and import candidates) and from batch runs of
-- the matching engine over the whole register. One row a pair (person_a < person_b); a re-run updates the
-- probability and the explanation but never the decision, so a "not the same person" is never offered again.
CREATE TABLE person_duplicate (
    person_a        UUID NOT NULL REFERENCES person (id),
    person_b        UUID NOT NULL REFERENCES person (id),
    probability     NUMERIC(5, 4) NOT NULL CHECK (probability BETWEEN 0 AND 1),
    reasons         TEXT[] NOT NULL DEFAULT '{}',
    source          TEXT NOT NULL CHECK (source IN ('DOOR', 'BATCH')),
    -- the group of records the engine clustered this pair into (the lower person id of the group)
    cluster_id      UUID,
    found_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    refreshed_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    decision        TEXT CHECK (decision IN ('MERGED', 'NOT_SAME')),
    decision_reason TEXT,
    decided_by      UUID,
    decided_at      TIMESTAMPTZ,
    merge_id        UUID,
    PRIMARY KEY (person_a, person_b),
    CHECK (person_a < person_b),
    CHECK ((decision IS NULL) = (decided_at IS NULL))
);
CREATE INDEX person_duplicate_open ON person_duplicate (probability DESC) WHERE decision IS NULL;
CREATE INDEX person_duplicate_b ON person_duplicate (person_b);
CREATE INDEX person_duplicate_cluster ON person_duplicate (cluster_id) WHERE decision IS NULL;

-- Batch runs of the engine over the register, started by a coordinator or on a schedule.
CREATE TABLE person_duplicate_run (
    id           BIGSERIAL PRIMARY KEY,
    requested_by UUID,
    started_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ,
    status       TEXT NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    persons      INTEGER,
    pairs        INTEGER
);

-- A merge: the survivor keeps everything of both records. The merged record's row as it was, and every row
-- that moved (the ledger below), are kept so that an unmerge restores both records exactly.
CREATE TABLE person_merge (
    id             UUID PRIMARY KEY,
    survivor_id    UUID NOT NULL REFERENCES person (id),
    merged_id      UUID NOT NULL REFERENCES person (id),
    reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    forced         BOOLEAN NOT NULL DEFAULT false,
    force_reason   TEXT,
    conflicts      TEXT[] NOT NULL DEFAULT '{}',
    merged_before  JSONB NOT NULL,
    merged_by      UUID NOT NULL,
    merged_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    unmerged_by    UUID,
    unmerged_at    TIMESTAMPTZ,
    unmerge_reason TEXT,
    CHECK (survivor_id <> merged_id),
    CHECK (NOT forced OR force_reason IS NOT NULL),
    CHECK ((unmerged_at IS NULL) = (unmerged_by IS NULL))
);
CREATE INDEX person_merge_survivor ON person_merge (survivor_id);
CREATE INDEX person_merge_merged ON person_merge (merged_id);
CREATE INDEX person_merge_changed ON person_merge (greatest(merged_at, unmerged_at));

-- Exactly which rows a merge changed, in order: MOVED (a person column of the row keyed by row_data now points
-- at the survivor), REMOVED (a row that would have duplicated one of the survivor's, kept whole in row_data)
-- and ADDED (a row the merge made, e.g. the merged name as an alias of the survivor).
CREATE TABLE person_merge_row (
    merge_id    UUID NOT NULL REFERENCES person_merge (id),
    seq         INTEGER NOT NULL,
    table_name  TEXT NOT NULL CHECK (table_name ~ '^[a-z_]+$'),
    column_name TEXT NOT NULL CHECK (column_name ~ '^[a-z_]+$'),
    kind        TEXT NOT NULL CHECK (kind IN ('MOVED', 'REMOVED', 'ADDED')),
    row_data    JSONB NOT NULL,
    PRIMARY KEY (merge_id, seq)
);
