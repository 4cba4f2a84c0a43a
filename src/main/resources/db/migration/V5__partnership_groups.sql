-- The partnership's groups (strategic board, forum, operational group, MARAC steering group, sub-groups), who sits
-- on them (agencies and their named representatives: staff and partners, never victims), and their meetings with
-- attendance by agency and by representative. Who recorded what is in the audit trail.
CREATE TABLE partnership_group (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('STRATEGIC_BOARD', 'FORUM', 'OPERATIONAL_GROUP', 'MARAC_STEERING_GROUP',
                                              'SUB_GROUP', 'OTHER')),
    parent_id   UUID REFERENCES partnership_group (id) CHECK (parent_id IS NULL OR parent_id <> id),
    chair       TEXT,
    purpose     TEXT,
    remit       TEXT,
    frequency   TEXT,
    quorum      TEXT,
    review_on   DATE,
    active      BOOLEAN NOT NULL DEFAULT true,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX partnership_group_name_unique ON partnership_group (lower(name));
CREATE INDEX partnership_group_parent ON partnership_group (parent_id);

CREATE TABLE group_agency (
    group_id   UUID NOT NULL REFERENCES partnership_group (id),
    agency_id  UUID NOT NULL REFERENCES agency (id),
    PRIMARY KEY (group_id, agency_id)
);

CREATE TABLE group_member (
    id          UUID PRIMARY KEY,
    group_id    UUID NOT NULL REFERENCES partnership_group (id),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role        TEXT,
    agency_id   UUID NOT NULL REFERENCES agency (id),
    removed     BOOLEAN NOT NULL DEFAULT false,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX group_member_group ON group_member (group_id);

CREATE TABLE group_meeting (
    id           UUID PRIMARY KEY,
    group_id     UUID NOT NULL REFERENCES partnership_group (id),
    held_on      DATE NOT NULL,
    minutes      TEXT,
    decisions    TEXT,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX group_meeting_held ON group_meeting (group_id, held_on);

CREATE TABLE meeting_agency_attendance (
    meeting_id  UUID NOT NULL REFERENCES group_meeting (id),
    agency_id   UUID NOT NULL REFERENCES agency (id),
    presence    TEXT NOT NULL CHECK (presence IN ('ATTENDED', 'APOLOGIES', 'ABSENT')),
    PRIMARY KEY (meeting_id, agency_id)
);

CREATE TABLE meeting_member_attendance (
    meeting_id  UUID NOT NULL REFERENCES group_meeting (id),
    member_id   UUID NOT NULL REFERENCES group_member (id),
    presence    TEXT NOT NULL CHECK (presence IN ('ATTENDED', 'APOLOGIES', 'ABSENT')),
    PRIMARY KEY (meeting_id, member_id)
);
