-- One access model: every access to a person's record is a grant, with its ground, scope, holder (an agency or
-- one named member of staff), start and end, who approved it and what it rests on. Replaces person_involvement
-- (an agency involved for ever) and person_worker (allocated workers). Hub coordinators' standing view is a rule
-- of their role (PersonAccess), and break-glass (break_glass) is a time-limited reading that is never a grant.
CREATE TABLE person_access_grant (
    id           UUID PRIMARY KEY,
    person_id    UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    ground       TEXT NOT NULL CHECK (ground IN ('REFERRER', 'RECORDED', 'ASSESSOR', 'ALLOCATED', 'MARAC_RESEARCH',
                                                 'MARAC_ACTION', 'HANDOVER', 'DISCLOSURE', 'REVIEW')),
    -- RECORD: the full record; SAFE_CONTACT: also the safe phone number and safe address (named staff only)
    scope        TEXT NOT NULL CHECK (scope IN ('RECORD', 'SAFE_CONTACT')),
    agency_id    UUID REFERENCES agency (id),
    user_id      UUID REFERENCES staff_user (id),
    starts_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- a temporary ground's expiry; null until the grant is ended (when its action or case closes)
    expires_at   TIMESTAMPTZ,
    approved_by  UUID,
    basis_kind   TEXT CHECK (basis_kind ~ '^[a-z-]+$'),
    basis_id     TEXT,
    ended_at     TIMESTAMPTZ,
    ended_by     UUID,
    CHECK ((agency_id IS NULL) <> (user_id IS NULL)),
    CHECK (scope = 'RECORD' OR user_id IS NOT NULL),
    CHECK ((basis_kind IS NULL) = (basis_id IS NULL)),
    CHECK (expires_at IS NULL OR expires_at > starts_at)
);
CREATE INDEX person_access_grant_person ON person_access_grant (person_id) WHERE ended_at IS NULL;
CREATE INDEX person_access_grant_agency ON person_access_grant (agency_id, person_id) WHERE ended_at IS NULL;
CREATE INDEX person_access_grant_user ON person_access_grant (user_id, person_id) WHERE ended_at IS NULL;

-- Allocation of a worker whose agency holds no grant (e.g. one who broke the glass) waits for a hub coordinator.
CREATE TABLE allocation_request (
    id              UUID PRIMARY KEY,
    person_id       UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    user_id         UUID NOT NULL REFERENCES staff_user (id),
    agency_id       UUID NOT NULL REFERENCES agency (id),
    requested_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    decision        TEXT CHECK (decision IN ('APPROVED', 'REFUSED')),
    decision_reason TEXT,
    decided_by      UUID,
    decided_at      TIMESTAMPTZ,
    CHECK ((decision IS NULL) = (decided_at IS NULL)),
    CHECK ((decision IS NULL) = (decided_by IS NULL)),
    CHECK (decided_by IS NULL OR decided_by <> user_id)
);
CREATE UNIQUE INDEX allocation_request_waiting ON allocation_request (person_id, user_id) WHERE decision IS NULL;
CREATE INDEX allocation_request_open ON allocation_request (requested_at) WHERE decision IS NULL;

-- The old rows become grants: each involvement an agency's grant of the record, each allocated worker a named
-- worker's safe-contact grant. MARAC becomes MARAC_ACTION, HUB (never written) the agency's RECORDED.
INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, starts_at)
SELECT gen_random_uuid(), person_id,
       CASE reason WHEN 'MARAC' THEN 'MARAC_ACTION' WHEN 'HUB' THEN 'RECORDED' ELSE reason END, 'RECORD', agency_id,
       since
FROM person_involvement;
INSERT INTO person_access_grant (id, person_id, ground, scope, user_id, starts_at)
SELECT gen_random_uuid(), person_id, 'ALLOCATED', 'SAFE_CONTACT', user_id, since FROM person_worker;

-- Merges already made keep their unmerge: their ledger rows for the old tables now name the grants.
UPDATE person_merge_row m SET table_name = 'person_access_grant',
       row_data = jsonb_build_object('id', coalesce(
           (SELECT g.id FROM person_access_grant g
            WHERE g.person_id = (m.row_data ->> 'person_id')::uuid AND g.agency_id = (m.row_data ->> 'agency_id')::uuid
              AND g.ground = CASE m.row_data ->> 'reason' WHEN 'MARAC' THEN 'MARAC_ACTION' WHEN 'HUB' THEN 'RECORDED'
                                 ELSE m.row_data ->> 'reason' END
            LIMIT 1), gen_random_uuid()))
WHERE m.table_name = 'person_involvement' AND m.kind = 'MOVED';
UPDATE person_merge_row m SET table_name = 'person_access_grant',
       row_data = jsonb_build_object('id', coalesce(
           (SELECT g.id FROM person_access_grant g
            WHERE g.person_id = (m.row_data ->> 'person_id')::uuid AND g.user_id = (m.row_data ->> 'user_id')::uuid
              AND g.ground = 'ALLOCATED' LIMIT 1), gen_random_uuid()))
WHERE m.table_name = 'person_worker' AND m.kind = 'MOVED';
UPDATE person_merge_row m SET table_name = 'person_access_grant',
       row_data = jsonb_build_object('id', gen_random_uuid(), 'person_id', m.row_data -> 'person_id',
           'ground', CASE m.row_data ->> 'reason' WHEN 'MARAC' THEN 'MARAC_ACTION' WHEN 'HUB' THEN 'RECORDED'
                          ELSE m.row_data ->> 'reason' END,
           'scope', 'RECORD', 'agency_id', m.row_data -> 'agency_id', 'starts_at', m.row_data -> 'since')
WHERE m.table_name = 'person_involvement' AND m.kind = 'REMOVED';
UPDATE person_merge_row m SET table_name = 'person_access_grant',
       row_data = jsonb_build_object('id', gen_random_uuid(), 'person_id', m.row_data -> 'person_id',
           'ground', 'ALLOCATED', 'scope', 'SAFE_CONTACT', 'user_id', m.row_data -> 'user_id',
           'starts_at', m.row_data -> 'since')
WHERE m.table_name = 'person_worker' AND m.kind = 'REMOVED';

DROP TABLE person_involvement;
DROP TABLE person_worker;
