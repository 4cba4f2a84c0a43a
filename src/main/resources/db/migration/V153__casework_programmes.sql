-- Perpetrator programmes (issue 14, point 8): a provider agency's programmes, referrals of a perpetrator to one,
-- the assessment, attendance by session, completion or the reason it stopped, and the notices the partner's (the
-- victim's) casework worker is given. The programme's own notes never reach the partner's worker; the programme's
-- staff never see the partner's case, contact details or address (docs/casework.md).
CREATE TABLE perpetrator_programme (
    id             UUID PRIMARY KEY,
    agency_id      UUID NOT NULL REFERENCES agency (id),
    name           TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    -- accredited and court-mandated (a requirement of a sentence), or a non-court (voluntary) programme
    court_mandated BOOLEAN NOT NULL,
    places         INTEGER NOT NULL CHECK (places BETWEEN 1 AND 1000),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE programme_referral (
    id                UUID PRIMARY KEY,
    reference         TEXT NOT NULL UNIQUE,
    programme_id      UUID NOT NULL REFERENCES perpetrator_programme (id),
    person_id         UUID NOT NULL REFERENCES person (id),
    -- the partner (the victim) and her open casework case, when she has one: never shown to the programme
    partner_person_id UUID REFERENCES person (id),
    partner_case_id   UUID REFERENCES casework_case (id),
    referred_on       DATE NOT NULL,
    referred_by       UUID NOT NULL REFERENCES staff_user (id),
    reason            TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('REFERRED', 'UNSUITABLE', 'WAITING', 'STARTED', 'COMPLETED',
                                                      'ENDED')),
    assessed_on       DATE,
    started_on        DATE,
    ended_on          DATE,
    end_reason        TEXT CHECK (end_reason IN ('COMPLETED', 'NON_ATTENDANCE', 'WITHDREW', 'EXCLUDED_RISK',
                                                 'RECALLED_OR_CUSTODY', 'MOVED_AWAY', 'OTHER')),
    -- the programme's grant on the perpetrator's record, ended when the referral ends
    grant_id          UUID,
    CHECK (partner_case_id IS NULL OR partner_person_id IS NOT NULL),
    CHECK (ended_on IS NULL OR end_reason IS NOT NULL)
);
CREATE INDEX programme_referral_programme ON programme_referral (programme_id, status);
CREATE INDEX programme_referral_person ON programme_referral (person_id);
CREATE INDEX programme_referral_partner_case ON programme_referral (partner_case_id);

CREATE TABLE programme_session (
    id           UUID PRIMARY KEY,
    referral_id  UUID NOT NULL REFERENCES programme_referral (id),
    session_on   DATE NOT NULL,
    attendance   TEXT NOT NULL CHECK (attendance IN ('ATTENDED', 'MISSED', 'EXCUSED')),
    -- the programme's own note: never given to the partner's worker
    note         TEXT,
    recorded_by  UUID NOT NULL REFERENCES staff_user (id),
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (referral_id, session_on)
);

-- What the partner's worker is told: the event and its day; for RISK, the words written for her worker
CREATE TABLE programme_partner_notice (
    id           UUID PRIMARY KEY,
    referral_id  UUID NOT NULL REFERENCES programme_referral (id),
    case_id      UUID NOT NULL REFERENCES casework_case (id),
    kind         TEXT NOT NULL CHECK (kind IN ('STARTED', 'MISSED', 'ENDED', 'COMPLETED', 'RISK')),
    occurred_on  DATE NOT NULL,
    risk_note    TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX programme_partner_notice_case ON programme_partner_notice (case_id, created_at);

CREATE SEQUENCE programme_referral_number;
