-- Commissioning: work streams, budgets by financial year (a year is its starting calendar year: 2026 is 2026-27),
-- partner agencies' contributions, spend by quarter, contracts with KPIs and quarterly returns, and the national
-- cost estimates behind the cost model. Money is whole pence (BIGINT), never floating point. No person data.
CREATE TABLE commissioning_stream (
    code               TEXT PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    name               TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    coordination       BOOLEAN NOT NULL DEFAULT false,
    safe_accommodation BOOLEAN NOT NULL DEFAULT false,
    position           INTEGER NOT NULL
);
INSERT INTO commissioning_stream (code, name, coordination, safe_accommodation, position) VALUES
('IDVA', 'IDVA service', false, false, 1),
('OUTREACH', 'Outreach', false, false, 2),
('REFUGE', 'Refuge', false, true, 3),
('SANCTUARY', 'Sanctuary scheme', false, true, 4),
('PERPETRATOR', 'Perpetrator programme', false, false, 5),
('COORDINATION', 'Partnership coordination', true, false, 6),
('TRAINING', 'Training', false, false, 7);

CREATE TABLE commissioning_budget (
    id            UUID PRIMARY KEY,
    year          INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    stream        TEXT NOT NULL REFERENCES commissioning_stream (code),
    amount_pence  BIGINT NOT NULL CHECK (amount_pence >= 0),
    updated_by    UUID,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (year, stream)
);

CREATE TABLE commissioning_contribution (
    id            UUID PRIMARY KEY,
    budget_id     UUID NOT NULL REFERENCES commissioning_budget (id),
    agency_id     UUID NOT NULL REFERENCES agency (id),
    amount_pence  BIGINT NOT NULL CHECK (amount_pence > 0),
    status        TEXT NOT NULL CHECK (status IN ('COMMITTED', 'PLEDGED')),
    source_fund   TEXT NOT NULL CHECK (length(trim(source_fund)) > 0),
    recorded_by   UUID,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX commissioning_contribution_budget ON commissioning_contribution (budget_id);

CREATE TABLE commissioning_spend (
    id            UUID PRIMARY KEY,
    budget_id     UUID NOT NULL REFERENCES commissioning_budget (id),
    quarter       INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    amount_pence  BIGINT NOT NULL CHECK (amount_pence > 0),
    note          TEXT,
    api_client_id UUID,
    recorded_by   UUID,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX commissioning_spend_budget ON commissioning_spend (budget_id);

CREATE TABLE commissioning_contract (
    id             UUID PRIMARY KEY,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    provider_id    UUID NOT NULL REFERENCES agency (id),
    stream         TEXT NOT NULL REFERENCES commissioning_stream (code),
    value_pence    BIGINT NOT NULL CHECK (value_pence > 0),
    starts_on      DATE NOT NULL,
    ends_on        DATE NOT NULL,
    break_clauses  TEXT,
    recorded_by    UUID,
    recorded_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (ends_on > starts_on)
);
CREATE INDEX commissioning_contract_ends ON commissioning_contract (ends_on);

-- A KPI is computed from Hearth's records (measure names a KpiSource bean) or entered by the provider each quarter.
CREATE TABLE commissioning_kpi (
    id                UUID PRIMARY KEY,
    contract_id       UUID NOT NULL REFERENCES commissioning_contract (id),
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    measure           TEXT,
    target            NUMERIC(14, 2) NOT NULL,
    unit              TEXT NOT NULL CHECK (length(trim(unit)) > 0),
    higher_is_better  BOOLEAN NOT NULL DEFAULT true,
    position          INTEGER NOT NULL
);
CREATE INDEX commissioning_kpi_contract ON commissioning_kpi (contract_id);

CREATE TABLE commissioning_kpi_return (
    kpi_id      UUID NOT NULL REFERENCES commissioning_kpi (id),
    year        INTEGER NOT NULL,
    quarter     INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    value       NUMERIC(14, 2) NOT NULL,
    entered_by  UUID,
    entered_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (kpi_id, year, quarter)
);

-- Published national estimates of what domestic abuse costs, entered as data with their source and year.
CREATE TABLE commissioning_cost_estimate (
    id                   UUID PRIMARY KEY,
    label                TEXT NOT NULL CHECK (length(trim(label)) > 0),
    national_cost_pence  BIGINT NOT NULL CHECK (national_cost_pence > 0),
    national_population  BIGINT NOT NULL CHECK (national_population > 0),
    source               TEXT NOT NULL CHECK (length(trim(source)) > 0),
    year                 INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    recorded_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO commissioning_cost_estimate (id, label, national_cost_pence, national_population, source, year) VALUES
('6f1c2a64-2004-4c3e-9d1a-000000000001', 'Cost of domestic violence to services, the economy and victims',
 2300000000000, 52000000, 'Walby, The Cost of Domestic Violence (Women and Equality Unit), England and Wales', 2004),
('6f1c2a64-2019-4c3e-9d1a-000000000002', 'Economic and social costs of domestic abuse',
 6600000000000, 59400000, 'Home Office Research Report 107, England and Wales, year ending March 2017', 2019);
