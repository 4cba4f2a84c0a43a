-- The retention review's "last involvement" kept per person, so that it reads only the persons who can be due
-- (issue 16 sections 4 and 6): before, it read every person whose own record was older than the shortest rule's
-- years and asked every module about each, most of them involved since. People owns the table and its functions;
-- each module's trigger (V260) calls them in the transaction that changes its rows, whichever door or job writes
-- (the form, the API, the import's batches, a merge and its undoing, an erasure, the demo, the generator's COPY).
--
-- last_on is never later than the person's true last involvement (their own record's last change and every
-- module's dates, the ones PersonDataHolder.retentionFacts gives), and never earlier than their own record's last
-- change: a new fact raises it; a fact deleted, moved to another person or made earlier lowers it to the person's own
-- record's last change (a lower bound the review then reads and works out exactly). So the review's cut-off on it
-- leaves out only persons involved since, and the list is what reading everyone gives.
CREATE TABLE person_involvement (
    person_id UUID PRIMARY KEY,
    last_on   DATE NOT NULL
);

-- Persons whose involvement a fact raises to {@code on} (a date of theirs in a module's row).
-- (PL/pgSQL, as every function here: its statements' plans are kept for the session, where a LANGUAGE sql function's
-- are made again at every call in PostgreSQL 17, as V262 found for risk_waiting_follow)
CREATE FUNCTION person_involved(persons UUID[], on_day DATE) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE person_involvement SET last_on = on_day
    WHERE on_day IS NOT NULL AND person_id = ANY(persons) AND last_on < on_day;
END;
$$;

-- Persons who lost a fact (deleted, moved to someone else, made earlier): their kept day falls back to their own
-- record's last change, which is never later than their true last involvement.
CREATE FUNCTION person_involvement_unsure(persons UUID[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE person_involvement i SET last_on = greatest(p.created_at, p.updated_at)::date
    FROM person p
    WHERE p.id = i.person_id AND i.person_id = ANY(persons) AND i.last_on > greatest(p.created_at, p.updated_at)::date;
END;
$$;

-- A module's row changed ({@code op}: the trigger's TG_OP): it named persons {@code was} on {@code was_on} and now
-- names {@code now} on {@code now_on} (an insert's was and a delete's now are ignored: the trigger passes OLD's and
-- NEW's fields, null there). The one function the modules' triggers call for a row.
CREATE FUNCTION person_involvement_changed(op TEXT, was UUID[], was_on DATE, now UUID[], now_on DATE)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF op <> 'INSERT' THEN
        IF op = 'DELETE' OR (was_on IS NOT NULL AND (now_on IS NULL OR now_on < was_on)) THEN
            PERFORM person_involvement_unsure(was);
        ELSE
            PERFORM person_involvement_unsure(ARRAY(SELECT unnest(was) EXCEPT SELECT unnest(now)));
        END IF;
    END IF;
    IF op <> 'DELETE' THEN
        PERFORM person_involved(now, now_on);
    END IF;
END;
$$;

-- The person's own record: made (their row), changed (raised), dated earlier by hand (fallen back), a record merged
-- into another taken back out (the survivor, and the survivors above it, lose its facts: fallen back).
CREATE FUNCTION person_involvement_own() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    up UUID;
    hops INTEGER := 0;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO person_involvement (person_id, last_on) VALUES (NEW.id, greatest(NEW.created_at, NEW.updated_at)::date);
        RETURN NULL;
    END IF;
    IF greatest(NEW.created_at, NEW.updated_at) < greatest(OLD.created_at, OLD.updated_at) THEN
        PERFORM person_involvement_unsure(ARRAY[NEW.id]);
    ELSE
        PERFORM person_involved(ARRAY[NEW.id], greatest(NEW.created_at, NEW.updated_at)::date);
    END IF;
    up := OLD.merged_into;
    IF up IS NOT NULL AND up IS DISTINCT FROM NEW.merged_into THEN
        WHILE up IS NOT NULL AND hops < 100 LOOP
            PERFORM person_involvement_unsure(ARRAY[up]);
            SELECT merged_into INTO up FROM person WHERE id = up;
            hops := hops + 1;
        END LOOP;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER person_involvement_own AFTER INSERT OR UPDATE OF created_at, updated_at, merged_into ON person
    FOR EACH ROW EXECUTE FUNCTION person_involvement_own();

-- Every person's last involvement now, the same dates as the modules' retentionFacts (a record merged into another
-- counts for itself only here: its survivor's day is then no later than the truth, which is what is needed).
INSERT INTO person_involvement (person_id, last_on)
SELECT p.id, greatest(greatest(p.created_at, p.updated_at)::date, f.d)
FROM person p LEFT JOIN (
    SELECT person, max(d) AS d FROM (
        SELECT victim_id AS person, greatest(received_on, triaged_at::date) AS d FROM referral
        UNION ALL SELECT x.person_id, r.received_on FROM referral_perpetrator x JOIN referral r ON r.id = x.referral_id
        UNION ALL SELECT x.person_id, r.received_on FROM referral_child x JOIN referral r ON r.id = x.referral_id
        UNION ALL SELECT person_id, assessed_on FROM risk_assessment
        UNION ALL SELECT c.person_id, greatest(c.referred_on, c.first_contact_at::date,
            (SELECT max(x.closed_on) FROM casework_closure x WHERE x.case_id = c.id)) FROM casework_case c
        UNION ALL SELECT person_id, greatest(referred_on, started_on, ended_on) FROM programme_referral
        UNION ALL SELECT u.person, greatest(a.received_on, a.forum_on, a.closed_on) FROM disclosure_application a,
            unnest(ARRAY[a.applicant_id, a.person_at_risk_id, a.subject_id, a.recipient_id]) AS u (person)
        UNION ALL SELECT child_id, created_at::date FROM encompass_notification
        UNION ALL SELECT person_id, created_at::date FROM gp_notification
        UNION ALL SELECT person_id, greatest(referred_on, surveyed_on, followed_up_on, closed_on) FROM sanctuary_referral
        UNION ALL SELECT person_id, greatest(referred_on, outcome_on, moved_in_on, moved_out_on) FROM refuge_referral
        UNION ALL SELECT u.person, greatest(h.received_on, h.decided_at::date) FROM hub_case h,
            unnest(h.victim_id || h.perpetrator_ids || h.child_ids) AS u (person)
        UNION ALL SELECT victim_id, greatest(referred_on, closed_on, transferred_at::date) FROM marac_referral
        UNION ALL SELECT x.person_id, greatest(r.referred_on, r.closed_on) FROM marac_referral_perpetrator x
            JOIN marac_referral r ON r.id = x.marac_referral_id
        UNION ALL SELECT subject_id, greatest(made_at::date, starts_on, ends_on) FROM protective_order
        UNION ALL SELECT x.person_id, greatest(o.made_at::date, o.starts_on, o.ends_on) FROM protective_order_person x
            JOIN protective_order o ON o.id = x.order_id
        UNION ALL SELECT u.person, greatest(v.notified_on, v.decided_on, v.closed_on) FROM review v,
            unnest(ARRAY[v.deceased_id, v.perpetrator_id]) AS u (person)
        UNION ALL SELECT person_id, received_on FROM subject_access_request
    ) facts WHERE person IS NOT NULL AND d IS NOT NULL GROUP BY person
) f ON f.person = p.id;

-- Erased with the person. Added after the rows: checked by one join, where a row's check would lock every person.
ALTER TABLE person_involvement ADD CONSTRAINT person_involvement_person_fkey
    FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE;

-- The review's candidates in order, a page at a time: replaces V255's index of the persons' own last change.
CREATE INDEX person_involvement_last ON person_involvement (last_on, person_id);
DROP INDEX person_retention_date;
