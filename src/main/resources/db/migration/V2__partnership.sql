-- The partnership an installation serves, its areas (e.g. districts) and member agencies.
CREATE TABLE partnership (
    id         UUID PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    population INTEGER CHECK (population IS NULL OR population > 0),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- one partnership per installation
CREATE UNIQUE INDEX partnership_single ON partnership ((true));

CREATE TABLE area (
    id             UUID PRIMARY KEY,
    partnership_id UUID NOT NULL REFERENCES partnership (id),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    population     INTEGER CHECK (population IS NULL OR population > 0)
);
CREATE UNIQUE INDEX area_name_unique ON area (partnership_id, lower(name));

CREATE TABLE agency (
    id             UUID PRIMARY KEY,
    partnership_id UUID NOT NULL REFERENCES partnership (id),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sector         TEXT NOT NULL CHECK (sector IN ('POLICE', 'COUNCIL', 'HEALTH', 'EDUCATION', 'PROBATION',
                                                   'COURTS', 'VOLUNTARY', 'OTHER')),
    statutory      BOOLEAN NOT NULL,
    area_id        UUID REFERENCES area (id),
    active         BOOLEAN NOT NULL DEFAULT true,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX agency_name_unique ON agency (partnership_id, lower(name));
