-- The retention schedule (retention module, versions V210-V219): a rule per record type, as data. The reasoning of
-- each default is in docs/retention.md; a coordinator or an administrator may change a rule (who and when kept here,
-- and in the audit trail).
CREATE TABLE retention_rule (
    record_type     TEXT PRIMARY KEY CHECK (record_type IN ('ADULT', 'CHILD', 'DEATH_REVIEW')),
    years_after     INTEGER NOT NULL CHECK (years_after BETWEEN 1 AND 100),
    until_age       INTEGER CHECK (until_age IS NULL OR until_age BETWEEN 18 AND 100),
    reasoning       TEXT NOT NULL CHECK (length(trim(reasoning)) > 0 AND length(reasoning) <= 2000),
    updated_at      TIMESTAMPTZ,
    updated_by      UUID REFERENCES staff_user (id)
);

INSERT INTO retention_rule (record_type, years_after, until_age, reasoning) VALUES
    ('ADULT', 6, NULL, 'Six years after the last involvement: the limitation period for most civil claims (Limitation '
        || 'Act 1980 ss2 and 5), the period most councils and police forces in England and Wales keep adult safeguarding '
        || 'and domestic abuse case records for, and long enough for a repeat within the years SafeLives and the police '
        || 'count repeats over.'),
    ('CHILD', 6, 25, 'Until the 25th birthday, or six years after the last involvement if that is later: a child''s '
        || 'limitation period runs only from 18 (Limitation Act 1980 s28), and children''s social care and health '
        || 'records are commonly kept to 25 (26 if 17 at the end of the involvement) so that a young adult can see '
        || 'what happened to them.'),
    ('DEATH_REVIEW', 20, NULL, 'Twenty years after the review''s last date: a domestic abuse related death review is '
        || 'a statutory review (Domestic Violence, Crime and Victims Act 2004 s9) whose records may be needed for a '
        || 'later inquest, a prosecution or a review of the review; there is no national period, so this is a local '
        || 'decision for the partnership to confirm.');

-- A coordinator's hold on a record past its date, with its kind and reason (no names). Released holds are kept
-- (who and when) until the person is erased.
CREATE TABLE retention_hold (
    id           UUID PRIMARY KEY,
    person_id    UUID NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('LEGAL_HOLD', 'SAFEGUARDING', 'OTHER')),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0 AND length(reason) <= 500),
    held_by      UUID NOT NULL REFERENCES staff_user (id),
    held_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    released_by  UUID REFERENCES staff_user (id),
    released_at  TIMESTAMPTZ,
    CHECK ((released_by IS NULL) = (released_at IS NULL))
);
CREATE UNIQUE INDEX retention_hold_current ON retention_hold (person_id) WHERE released_at IS NULL;
