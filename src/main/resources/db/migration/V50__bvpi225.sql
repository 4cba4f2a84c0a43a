-- BVPI 225 (2005-2008 statutory indicator): 11 yes/no questions, score = % answered yes, each with a RAG status.
-- Partnership-level self-assessment: no person data.
CREATE TABLE bvpi225_question (
    number         INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 11),
    text           TEXT NOT NULL,       -- as DOMAIN.md words it
    full_question  TEXT NOT NULL,       -- as the indicator asked it (seed 002, Appendix A)
    guidance       TEXT NOT NULL        -- what evidence satisfies it
);

INSERT INTO bvpi225_question (number, text, full_question, guidance) VALUES
(1, 'directory of local services for victims (review at least every 2 years)',
 'Has the local authority produced a directory of local services that can help victims of domestic violence?',
 'A published directory of local services, every entry reviewed within the last 2 years. Hearth''s directory of services is the evidence: its review dates.'),
(2, 'at least 1 refuge place per 10,000 population',
 'Is there within the local authority area a minimum of 1 refuge place per ten thousand population?',
 'The number of refuge places in the area and the population it serves (mid-year estimate). Places of refuges in Hearth''s directory divided by the partnership''s population.'),
(3, 'council employs or funds a DV coordinator',
 'Does the local authority employ directly or fund a voluntary sector-based domestic violence co-ordinator?',
 'The coordinator post: job description, the budget line or the funding agreement with the voluntary sector body.'),
(4, 'multi-agency strategy produced and adopted',
 'Has the local authority produced and adopted a multi-agency strategy to tackle domestic violence developed in partnership with other agencies?',
 'The strategy document and the minute of its adoption (e.g. Cabinet endorsement), with the agencies that developed it.'),
(5, 'supports a multi-agency DV forum meeting at least 4 times a year',
 'Does the local authority support and facilitate a local multi-agency domestic violence forum that meets at least four times a year?',
 'Dates and minutes of at least 4 forum meetings in the year, and what the council provides (chair, secretariat, venue).'),
(6, 'information-sharing protocol agreed between key statutory partners',
 'Has the local authority developed an information-sharing protocol and had it agreed between key statutory partners?',
 'The signed protocol and which statutory partners (police, health, children''s and adult social care, probation) have signed it.'),
(7, 'a ''sanctuary'' type scheme launched and promoted',
 'Has the local authority developed, launched and promoted a ''sanctuary'' type scheme to enable victims and their children to remain in their own home, where they choose to do so and where safety can be guaranteed?',
 'The scheme''s launch, how it is promoted, and the number of homes made safe in the year.'),
(8, 'reduction in % of homeless acceptances due to DV previously re-housed in the last 2 years due to DV',
 'Has there been a reduction in the percentage of cases accepted as homeless due to domestic violence that had previously been re-housed in the last two years by that local authority as a result of domestic violence?',
 'Housing options figures for this year and last: acceptances due to domestic violence, and how many of them had been re-housed for domestic violence in the previous 2 years.'),
(9, 'tenancy agreement clause: perpetrating DV can be grounds for eviction',
 'Does the council''s tenancy agreement have a specific clause stating that perpetration of domestic violence by a tenant can be considered grounds for eviction? (For local authorities that have transferred their housing stock, the clause should be contained in the LSVT organisations'' tenancy agreement.)',
 'The clause in the council''s (or the stock transfer landlord''s) tenancy agreement.'),
(10, 'DV education pack funded and developed with the forum',
 'Has the local authority funded and developed a domestic violence education pack in consultation with the wider domestic violence forum?',
 'The education pack, its funding, and the forum''s part in developing it (e.g. schools using it).'),
(11, 'multi-agency training in the last 12 months for front-line and managerial staff in at least two of: housing, social services, education, health, front-line police',
 'Has the local authority carried out a programme of multi-agency training in the last twelve months covering front line and managerial staff in at least two of the following groups: housing staff, social services staff providing services in the local authority area; education staff; health staff; and front line police officers?',
 'Training sessions in the last 12 months with dates and attendance, showing front-line and managerial staff from at least two of the named groups.');

-- One row per revision of a period's assessment. A period is drafted, then reported (locked); a correction is a
-- new revision (a draft copied from the last), so every reported revision is kept.
CREATE TABLE bvpi225_assessment (
    id          UUID PRIMARY KEY,
    period      TEXT NOT NULL CHECK (period ~ '^[0-9]{4}/[0-9]{2}$'),
    starts_on   DATE NOT NULL,
    ends_on     DATE NOT NULL,
    revision    INTEGER NOT NULL CHECK (revision >= 1),
    status      TEXT NOT NULL CHECK (status IN ('DRAFT', 'REPORTED')),
    reported_on DATE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT bvpi225_dates CHECK (ends_on > starts_on),
    CONSTRAINT bvpi225_reported CHECK ((status = 'REPORTED') = (reported_on IS NOT NULL)),
    UNIQUE (period, revision)
);
CREATE UNIQUE INDEX bvpi225_one_draft_per_period ON bvpi225_assessment (period) WHERE status = 'DRAFT';

CREATE TABLE bvpi225_answer (
    assessment_id UUID NOT NULL REFERENCES bvpi225_assessment (id),
    question      INTEGER NOT NULL REFERENCES bvpi225_question (number),
    answer        BOOLEAN,                                  -- null: not answered yet
    rag           TEXT CHECK (rag IN ('RED', 'AMBER', 'GREEN')),
    evidence      TEXT,
    proposed      BOOLEAN,                                  -- what Hearth proposed when it was saved (null: nothing)
    overridden    BOOLEAN NOT NULL DEFAULT false,           -- the coordinator answered otherwise (with evidence)
    PRIMARY KEY (assessment_id, question),
    CONSTRAINT bvpi225_override_has_evidence CHECK (NOT overridden OR length(trim(evidence)) > 0)
);

-- A reported revision is locked, even against the application.
CREATE FUNCTION bvpi225_locked() RETURNS trigger AS $$
DECLARE
    target UUID;
BEGIN
    IF TG_TABLE_NAME = 'bvpi225_assessment' THEN
        IF OLD.status = 'REPORTED' THEN
            RAISE EXCEPTION 'BVPI 225 assessment % is reported and locked', OLD.id;
        END IF;
    ELSE
        IF TG_OP = 'DELETE' THEN
            target := OLD.assessment_id;
        ELSE
            target := NEW.assessment_id;
        END IF;
        IF EXISTS (SELECT 1 FROM bvpi225_assessment a WHERE a.id = target AND a.status = 'REPORTED') THEN
            RAISE EXCEPTION 'BVPI 225 assessment % is reported and locked', target;
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER bvpi225_assessment_locked BEFORE UPDATE OR DELETE ON bvpi225_assessment
    FOR EACH ROW EXECUTE FUNCTION bvpi225_locked();
CREATE TRIGGER bvpi225_answer_locked BEFORE INSERT OR UPDATE OR DELETE ON bvpi225_answer
    FOR EACH ROW EXECUTE FUNCTION bvpi225_locked();
