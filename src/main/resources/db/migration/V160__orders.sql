-- Protective orders (orders module, versions V160-V169): order types as data (their clocks, lengths, the lead time of
-- the warning before an order ends, who may apply, where a pilot runs), the orders recorded on people, and breaches.
-- The types are seeded here and kept as data: a pilot's dates and areas, a type's lead time or its clocks change by
-- a row, never by code.

CREATE TABLE order_type (
    code                   TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]*$'),
    name                   TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    short_name             TEXT NOT NULL CHECK (length(trim(short_name)) > 0),
    legislation            TEXT,
    sort_order             INTEGER NOT NULL,
    -- the order's length in days, counting the day it starts and the day it ends; null: no limit
    min_days               INTEGER CHECK (min_days > 0),
    max_days               INTEGER CHECK (max_days > 0),
    -- an end date must be given (a fixed-length order)
    end_required           BOOLEAN NOT NULL DEFAULT false,
    -- the involved agencies are warned this many days before the order ends (0: on the last day only)
    warning_days           INTEGER NOT NULL CHECK (warning_days >= 0),
    -- who must authorise it (e.g. a superintendent for a DVPN); null: no authorisation is recorded
    authorisation          TEXT,
    -- who may apply: POLICE, VICTIM, THIRD_PARTY (with the court's leave), COURT (of its own motion)
    applicants             TEXT[] NOT NULL CHECK (applicants <@ ARRAY['POLICE', 'VICTIM', 'THIRD_PARTY', 'COURT']
                                                  AND cardinality(applicants) > 0),
    electronic_monitoring  BOOLEAN NOT NULL DEFAULT false,
    -- the notice an order follows (a DVPO follows a DVPN); its time starts the hearing clock
    notice_type            TEXT REFERENCES order_type (code),
    -- the time of that notice must be recorded (a DVPO always follows a DVPN; a DAPO need not follow a DAPN)
    notice_required        BOOLEAN NOT NULL DEFAULT false,
    -- a type available only from (and until) a date, e.g. the DAPO pilot from 27 November 2024
    available_from         DATE,
    available_to           DATE,
    availability_note      TEXT,
    breach_note            TEXT,
    CHECK (min_days IS NULL OR max_days IS NULL OR max_days >= min_days),
    CHECK (available_from IS NULL OR available_to IS NULL OR available_to >= available_from)
);

-- where a type is available for now (a pilot's areas, each from a date and perhaps until one)
CREATE TABLE order_type_area (
    type_code  TEXT NOT NULL REFERENCES order_type (code) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    from_date  DATE,
    to_date    DATE,
    note       TEXT,
    PRIMARY KEY (type_code, name),
    CHECK (to_date IS NULL OR to_date >= from_date)
);

-- a type's clocks: each a deadline counted from an anchor (the order made, the notice given, the order served) by
-- an amount of hours or days, leaving out the excluded days (SUNDAY, SATURDAY, BANK_HOLIDAY from the calendar
-- module, CHRISTMAS_DAY on the 25th whatever the weekday, GOOD_FRIDAY as the calendar names it). The clock is met
-- by the hearing (HEARING) or the subject's notification of name and address to the police (NOTIFICATION).
CREATE TABLE order_type_clock (
    type_code    TEXT NOT NULL REFERENCES order_type (code) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('HEARING', 'NOTIFICATION')),
    label        TEXT NOT NULL CHECK (length(trim(label)) > 0),
    anchor       TEXT NOT NULL CHECK (anchor IN ('MADE', 'NOTICE', 'SERVED')),
    amount       INTEGER NOT NULL CHECK (amount > 0),
    unit         TEXT NOT NULL CHECK (unit IN ('HOURS', 'DAYS')),
    excluded     TEXT[] NOT NULL DEFAULT '{}'
                 CHECK (excluded <@ ARRAY['SUNDAY', 'SATURDAY', 'BANK_HOLIDAY', 'CHRISTMAS_DAY', 'GOOD_FRIDAY']),
    -- a refused record when the target is outside the clock (a hearing after 48 hours); else only flagged
    enforced     BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (type_code, kind)
);

INSERT INTO order_type (code, name, short_name, legislation, sort_order, min_days, max_days, end_required, warning_days,
        authorisation, applicants, electronic_monitoring, notice_type, notice_required, available_from, available_to,
        availability_note, breach_note) VALUES
    ('DVPN', 'Domestic violence protection notice', 'DVPN', 'Crime and Security Act 2010, ss24-26', 10,
        NULL, NULL, false, 1, 'A police officer of the rank of superintendent or above', '{POLICE}', false, NULL, false,
        NULL, NULL, 'Replaced by the DAPN in the pilot areas.', 'Breach of a notice leads to arrest.'),
    ('DVPO', 'Domestic violence protection order', 'DVPO', 'Crime and Security Act 2010, ss27-30', 20,
        14, 28, true, 3, NULL, '{POLICE}', false, 'DVPN', true,
        NULL, NULL, 'Replaced by the DAPO in the pilot areas.', 'Breach is contempt of court (police arrest).'),
    ('DAPN', 'Domestic abuse protection notice', 'DAPN', 'Domestic Abuse Act 2021, ss22-26', 30,
        NULL, NULL, false, 1, 'A police officer of the rank of inspector or above', '{POLICE}', false, NULL, false,
        '2024-11-27', NULL, 'Piloted since 27 November 2024 in the areas listed; the national roll-out date is not yet known.',
        'Breach of a notice leads to arrest.'),
    ('DAPO', 'Domestic abuse protection order', 'DAPO', 'Domestic Abuse Act 2021, ss27-49', 40,
        NULL, NULL, false, 14, NULL, '{POLICE,VICTIM,THIRD_PARTY,COURT}', true, 'DAPN', false,
        '2024-11-27', NULL, 'Piloted since 27 November 2024 in the areas listed; the national roll-out date is not yet known.',
        'Breach is a criminal offence (up to 5 years).'),
    ('NON_MOLESTATION', 'Non-molestation order', 'Non-molestation order', 'Family Law Act 1996, s42', 50,
        NULL, NULL, false, 28, NULL, '{VICTIM,THIRD_PARTY,COURT}', false, NULL, false,
        NULL, NULL, NULL, 'Breach is a criminal offence (s42A, up to 5 years).'),
    ('OCCUPATION', 'Occupation order', 'Occupation order', 'Family Law Act 1996, ss33-38', 60,
        NULL, NULL, false, 28, NULL, '{VICTIM,THIRD_PARTY,COURT}', false, NULL, false,
        NULL, NULL, NULL, 'Breach is contempt of court.'),
    ('RESTRAINING', 'Restraining order', 'Restraining order', 'Sentencing Act 2020, ss359-360', 70,
        NULL, NULL, false, 28, NULL, '{COURT}', false, NULL, false,
        NULL, NULL, NULL, 'Breach is a criminal offence (up to 5 years).'),
    ('BAIL', 'Bail conditions', 'Bail conditions', 'Bail Act 1976; Police and Criminal Evidence Act 1984', 80,
        NULL, NULL, false, 7, NULL, '{POLICE,COURT}', true, NULL, false,
        NULL, NULL, NULL, 'Breach of bail conditions leads to arrest.');

-- the pilot's areas as published (a date not yet confirmed is left out and said in the note)
INSERT INTO order_type_area (type_code, name, from_date, to_date, note)
SELECT t.code, a.name, a.from_date::date, NULL, a.note FROM (VALUES ('DAPN'), ('DAPO')) t (code), (VALUES
    ('Greater Manchester Police', '2024-11-27', NULL),
    ('Metropolitan Police: Croydon, Bromley and Sutton', '2024-11-27', NULL),
    ('British Transport Police', '2024-11-27', NULL),
    ('Cleveland Police', '2025-03-01', 'From March 2025'),
    ('North Wales Police', NULL, 'During 2025: date to be confirmed')) a (name, from_date, note);

-- the 48 hours of s27(3) CSA 2010 and s29(3) DAA 2021 leave out Sundays, bank holidays, Christmas Day and Good Friday
INSERT INTO order_type_clock (type_code, kind, label, anchor, amount, unit, excluded, enforced) VALUES
    ('DVPN', 'HEARING', 'Hearing of the application for a DVPO', 'MADE', 48, 'HOURS',
        '{SUNDAY,BANK_HOLIDAY,CHRISTMAS_DAY,GOOD_FRIDAY}', true),
    ('DVPO', 'HEARING', 'Hearing within 48 hours of the notice', 'NOTICE', 48, 'HOURS',
        '{SUNDAY,BANK_HOLIDAY,CHRISTMAS_DAY,GOOD_FRIDAY}', true),
    ('DAPN', 'HEARING', 'Hearing of the application for a DAPO', 'MADE', 48, 'HOURS',
        '{SUNDAY,BANK_HOLIDAY,CHRISTMAS_DAY,GOOD_FRIDAY}', true),
    ('DAPO', 'HEARING', 'Hearing within 48 hours of the notice', 'NOTICE', 48, 'HOURS',
        '{SUNDAY,BANK_HOLIDAY,CHRISTMAS_DAY,GOOD_FRIDAY}', true),
    ('DAPO', 'NOTIFICATION', 'Subject gives the police their name and address', 'SERVED', 3, 'DAYS', '{}', false);

CREATE SEQUENCE protective_order_number;

CREATE TABLE protective_order (
    id                     UUID PRIMARY KEY,
    reference              TEXT NOT NULL UNIQUE,
    type_code              TEXT NOT NULL REFERENCES order_type (code),
    subject_id             UUID NOT NULL REFERENCES person (id),
    applicant              TEXT NOT NULL CHECK (applicant IN ('POLICE', 'VICTIM', 'THIRD_PARTY', 'COURT')),
    applicant_detail       TEXT,
    authorised_by          TEXT,
    made_at                TIMESTAMPTZ NOT NULL,
    notice_at              TIMESTAMPTZ,
    served_at              TIMESTAMPTZ,
    hearing_at             TIMESTAMPTZ,
    starts_on              DATE NOT NULL,
    ends_on                DATE,
    conditions             TEXT,
    electronic_monitoring  BOOLEAN NOT NULL DEFAULT false,
    subject_notified_at    TIMESTAMPTZ,
    recorded_by            UUID,
    recorded_by_name       TEXT NOT NULL,
    agency_id              UUID NOT NULL REFERENCES agency (id),
    recorded_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX protective_order_subject ON protective_order (subject_id);
CREATE INDEX protective_order_ends ON protective_order (ends_on);
CREATE INDEX protective_order_made ON protective_order (made_at);

-- the protected persons (at least one; never the subject: checked by the module)
CREATE TABLE protective_order_person (
    order_id   UUID NOT NULL REFERENCES protective_order (id) ON DELETE CASCADE,
    person_id  UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (order_id, person_id)
);
CREATE INDEX protective_order_person_person ON protective_order_person (person_id);

CREATE TABLE order_breach (
    id                UUID PRIMARY KEY,
    order_id          UUID NOT NULL REFERENCES protective_order (id) ON DELETE CASCADE,
    occurred_on       DATE NOT NULL,
    police_response   TEXT NOT NULL CHECK (police_response IN ('ARRESTED', 'CHARGED', 'CAUTIONED',
                          'UNDER_INVESTIGATION', 'NO_FURTHER_ACTION', 'NOT_REPORTED')),
    details           TEXT,
    recorded_by       UUID,
    recorded_by_name  TEXT NOT NULL,
    agency_id         UUID NOT NULL REFERENCES agency (id),
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX order_breach_order ON order_breach (order_id);
CREATE INDEX order_breach_occurred ON order_breach (occurred_on);
