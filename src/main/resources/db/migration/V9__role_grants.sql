-- Four-eyes role grants (StaffUsers.changeRoles): a role that opens people's records, given by an administrator,
-- waits here until a second administrator or a partnership coordinator (never the requester, never the user)
-- approves it; only then is it added to staff_user_role.
CREATE TABLE role_grant (
    id                 UUID PRIMARY KEY,
    user_id            UUID NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    role               TEXT NOT NULL CHECK (role IN ('SYSTEM_ADMIN', 'PARTNERSHIP_COORDINATOR', 'HUB_COORDINATOR',
                                                     'PRACTITIONER', 'AGENCY_REPRESENTATIVE', 'ANALYST')),
    reason             TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    requested_by       UUID NOT NULL,
    requested_by_name  TEXT NOT NULL,
    requested_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    decision           TEXT CHECK (decision IN ('APPROVED', 'REFUSED')),
    decided_by         UUID,
    decided_by_name    TEXT,
    decided_at         TIMESTAMPTZ,
    CHECK ((decision IS NULL) = (decided_by IS NULL)),
    -- four eyes, also in the database: the requester never decides, nor the user it is for
    CHECK (decided_by IS NULL OR (decided_by <> requested_by AND decided_by <> user_id)),
    CHECK (requested_by <> user_id)
);
CREATE UNIQUE INDEX role_grant_one_pending ON role_grant (user_id, role) WHERE decision IS NULL;
CREATE INDEX role_grant_pending ON role_grant (requested_at) WHERE decision IS NULL;
