-- The public directory of services (BVPI 225 item 1). Organisations, never people.
CREATE TABLE service (
    id                 UUID PRIMARY KEY,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    provider_agency_id UUID REFERENCES agency (id),
    provider_name      TEXT,
    kind               TEXT NOT NULL CHECK (kind IN ('REFUGE', 'OUTREACH', 'HELPLINE', 'IDVA', 'PERPETRATOR_PROGRAMME',
                                                     'CHILDREN', 'DROP_IN', 'SANCTUARY_SCHEME', 'COUNSELLING',
                                                     'LEGAL_ADVICE')),
    all_areas          BOOLEAN NOT NULL,
    needs              TEXT[] NOT NULL DEFAULT '{}',
    languages          TEXT[] NOT NULL DEFAULT '{}',
    opening_times      TEXT,
    phone              TEXT,
    text_number        TEXT,
    email              TEXT,
    website            TEXT,
    walk_in_address    TEXT,
    description        TEXT,
    accessibility      TEXT,
    refuge_places      INTEGER CHECK (refuge_places IS NULL OR refuge_places >= 0),
    last_reviewed      DATE NOT NULL,
    published          BOOLEAN NOT NULL DEFAULT false,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT service_provider CHECK (provider_agency_id IS NOT NULL OR length(trim(provider_name)) > 0),
    -- a refuge is listed with a phone number only: its address (or anything that could lead to it) is never stored
    CONSTRAINT service_refuge_phone_only CHECK (kind <> 'REFUGE' OR (phone IS NOT NULL AND walk_in_address IS NULL
                                                AND text_number IS NULL AND email IS NULL AND website IS NULL)),
    CONSTRAINT service_refuge_places CHECK (refuge_places IS NULL OR kind = 'REFUGE')
);

CREATE TABLE service_area (
    service_id UUID NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    area_id    UUID NOT NULL REFERENCES area (id),
    PRIMARY KEY (service_id, area_id)
);
