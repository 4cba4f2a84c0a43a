-- Each module keeps people's person_involvement (V259) for its own rows, in the transaction that changes them, through
-- people's function person_involvement_changed only, never its table. One trigger function a module table, owned by
-- that module; each passes the persons the old and the new row name and the date each contributes, exactly as the
-- module's PersonDataHolder.retentionFacts reads them (a later date here would leave a due person out of the review).
-- OLD is null in an insert and NEW in a delete, so are their fields. A row whose date comes from another row (a
-- perpetrator's from the referral's) is also kept by that row's trigger.

-- referrals: the victim on the later of received and triaged; perpetrators and children on received
CREATE FUNCTION referral_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.victim_id], greatest(OLD.received_on, OLD.triaged_at::date),
        ARRAY[NEW.victim_id], greatest(NEW.received_on, NEW.triaged_at::date));
    IF TG_OP = 'UPDATE' AND NEW.received_on IS DISTINCT FROM OLD.received_on THEN
        PERFORM person_involvement_changed(TG_OP, people, OLD.received_on, people, NEW.received_on)
        FROM (SELECT ARRAY(SELECT person_id FROM referral_perpetrator WHERE referral_id = NEW.id
                           UNION ALL SELECT person_id FROM referral_child WHERE referral_id = NEW.id) AS people) x;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER referral_involvement AFTER INSERT OR DELETE OR UPDATE OF victim_id, received_on, triaged_at ON referral
    FOR EACH ROW EXECUTE FUNCTION referral_involvement();

-- referrals: a perpetrator or child named on a referral (on its received date; a delete needs no date)
CREATE FUNCTION referral_party_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.person_id],
        (SELECT received_on FROM referral WHERE id = OLD.referral_id),
        ARRAY[NEW.person_id], (SELECT received_on FROM referral WHERE id = NEW.referral_id));
    RETURN NULL;
END;
$$;
CREATE TRIGGER referral_perpetrator_involvement AFTER INSERT OR DELETE OR UPDATE OF person_id, referral_id
    ON referral_perpetrator FOR EACH ROW EXECUTE FUNCTION referral_party_involvement();
CREATE TRIGGER referral_child_involvement AFTER INSERT OR DELETE OR UPDATE OF person_id, referral_id
    ON referral_child FOR EACH ROW EXECUTE FUNCTION referral_party_involvement();

-- risk: an assessment on its date
CREATE FUNCTION risk_assessment_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.person_id], OLD.assessed_on, ARRAY[NEW.person_id],
        NEW.assessed_on);
    RETURN NULL;
END;
$$;
CREATE TRIGGER risk_assessment_involvement AFTER INSERT OR DELETE OR UPDATE OF person_id, assessed_on ON risk_assessment
    FOR EACH ROW EXECUTE FUNCTION risk_assessment_involvement();

-- casework: a case on the later of referred, first contacted and its latest closure; a closure for the case's person
CREATE FUNCTION casework_case_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.person_id], greatest(OLD.referred_on,
            OLD.first_contact_at::date, (SELECT max(closed_on) FROM casework_closure WHERE case_id = OLD.id)),
        ARRAY[NEW.person_id], greatest(NEW.referred_on, NEW.first_contact_at::date,
            (SELECT max(closed_on) FROM casework_closure WHERE case_id = NEW.id)));
    RETURN NULL;
END;
$$;
CREATE TRIGGER casework_case_involvement AFTER INSERT OR DELETE OR UPDATE OF person_id, referred_on, first_contact_at
    ON casework_case FOR EACH ROW EXECUTE FUNCTION casework_case_involvement();

CREATE FUNCTION casework_closure_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY(SELECT person_id FROM casework_case WHERE id = OLD.case_id),
        OLD.closed_on, ARRAY(SELECT person_id FROM casework_case WHERE id = NEW.case_id), NEW.closed_on);
    RETURN NULL;
END;
$$;
CREATE TRIGGER casework_closure_involvement AFTER INSERT OR DELETE OR UPDATE OF case_id, closed_on ON casework_closure
    FOR EACH ROW EXECUTE FUNCTION casework_closure_involvement();

-- casework: a programme referral on the later of referred, started and ended
CREATE FUNCTION programme_referral_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.person_id], greatest(OLD.referred_on, OLD.started_on,
        OLD.ended_on), ARRAY[NEW.person_id], greatest(NEW.referred_on, NEW.started_on, NEW.ended_on));
    RETURN NULL;
END;
$$;
CREATE TRIGGER programme_referral_involvement AFTER INSERT OR DELETE OR UPDATE OF person_id, referred_on, started_on,
    ended_on ON programme_referral FOR EACH ROW EXECUTE FUNCTION programme_referral_involvement();

-- disclosure: every party of an application on the later of received, heard and closed
CREATE FUNCTION disclosure_application_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP,
        ARRAY[OLD.applicant_id, OLD.person_at_risk_id, OLD.subject_id, OLD.recipient_id],
        greatest(OLD.received_on, OLD.forum_on, OLD.closed_on),
        ARRAY[NEW.applicant_id, NEW.person_at_risk_id, NEW.subject_id, NEW.recipient_id],
        greatest(NEW.received_on, NEW.forum_on, NEW.closed_on));
    RETURN NULL;
END;
$$;
CREATE TRIGGER disclosure_application_involvement AFTER INSERT OR DELETE OR UPDATE OF applicant_id, person_at_risk_id,
    subject_id, recipient_id, received_on, forum_on, closed_on ON disclosure_application
    FOR EACH ROW EXECUTE FUNCTION disclosure_application_involvement();

-- encompass: a school notification (the child) and a GP notification (the person) on the day each was made
CREATE FUNCTION encompass_notification_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.child_id], OLD.created_at::date, ARRAY[NEW.child_id],
        NEW.created_at::date);
    RETURN NULL;
END;
$$;
CREATE TRIGGER encompass_notification_involvement AFTER INSERT OR DELETE OR UPDATE OF child_id, created_at
    ON encompass_notification FOR EACH ROW EXECUTE FUNCTION encompass_notification_involvement();

CREATE FUNCTION gp_notification_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.person_id], OLD.created_at::date, ARRAY[NEW.person_id],
        NEW.created_at::date);
    RETURN NULL;
END;
$$;
CREATE TRIGGER gp_notification_involvement AFTER INSERT OR DELETE OR UPDATE OF person_id, created_at
    ON gp_notification FOR EACH ROW EXECUTE FUNCTION gp_notification_involvement();

-- housing: a sanctuary referral's and a refuge referral's dates
CREATE FUNCTION sanctuary_referral_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.person_id],
        greatest(OLD.referred_on, OLD.surveyed_on, OLD.followed_up_on, OLD.closed_on),
        ARRAY[NEW.person_id], greatest(NEW.referred_on, NEW.surveyed_on, NEW.followed_up_on, NEW.closed_on));
    RETURN NULL;
END;
$$;
CREATE TRIGGER sanctuary_referral_involvement AFTER INSERT OR DELETE OR UPDATE OF person_id, referred_on, surveyed_on,
    followed_up_on, closed_on ON sanctuary_referral FOR EACH ROW EXECUTE FUNCTION sanctuary_referral_involvement();

CREATE FUNCTION refuge_referral_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.person_id],
        greatest(OLD.referred_on, OLD.outcome_on, OLD.moved_in_on, OLD.moved_out_on),
        ARRAY[NEW.person_id], greatest(NEW.referred_on, NEW.outcome_on, NEW.moved_in_on, NEW.moved_out_on));
    RETURN NULL;
END;
$$;
CREATE TRIGGER refuge_referral_involvement AFTER INSERT OR DELETE OR UPDATE OF person_id, referred_on, outcome_on,
    moved_in_on, moved_out_on ON refuge_referral FOR EACH ROW EXECUTE FUNCTION refuge_referral_involvement();

-- hub: a case's victim, perpetrators and children on the later of received and decided
CREATE FUNCTION hub_case_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, OLD.victim_id || OLD.perpetrator_ids || OLD.child_ids,
        greatest(OLD.received_on, OLD.decided_at::date),
        NEW.victim_id || NEW.perpetrator_ids || NEW.child_ids, greatest(NEW.received_on, NEW.decided_at::date));
    RETURN NULL;
END;
$$;
CREATE TRIGGER hub_case_involvement AFTER INSERT OR DELETE OR UPDATE OF victim_id, perpetrator_ids, child_ids,
    received_on, decided_at ON hub_case FOR EACH ROW EXECUTE FUNCTION hub_case_involvement();

-- marac: the victim on the later of referred, closed and transferred; perpetrators on the later of referred and closed
CREATE FUNCTION marac_referral_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.victim_id],
        greatest(OLD.referred_on, OLD.closed_on, OLD.transferred_at::date),
        ARRAY[NEW.victim_id], greatest(NEW.referred_on, NEW.closed_on, NEW.transferred_at::date));
    IF TG_OP = 'UPDATE' THEN
        PERFORM person_involvement_changed(TG_OP, people, greatest(OLD.referred_on, OLD.closed_on), people,
            greatest(NEW.referred_on, NEW.closed_on))
        FROM (SELECT ARRAY(SELECT person_id FROM marac_referral_perpetrator WHERE marac_referral_id = NEW.id) AS people) x;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER marac_referral_involvement AFTER INSERT OR DELETE OR UPDATE OF victim_id, referred_on, closed_on,
    transferred_at ON marac_referral FOR EACH ROW EXECUTE FUNCTION marac_referral_involvement();

CREATE FUNCTION marac_referral_perpetrator_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.person_id],
        (SELECT greatest(referred_on, closed_on) FROM marac_referral WHERE id = OLD.marac_referral_id),
        ARRAY[NEW.person_id], (SELECT greatest(referred_on, closed_on) FROM marac_referral WHERE id = NEW.marac_referral_id));
    RETURN NULL;
END;
$$;
CREATE TRIGGER marac_referral_perpetrator_involvement AFTER INSERT OR DELETE OR UPDATE OF person_id, marac_referral_id
    ON marac_referral_perpetrator FOR EACH ROW EXECUTE FUNCTION marac_referral_perpetrator_involvement();

-- orders: the subject and each protected person on the later of made, starting and ending
CREATE FUNCTION protective_order_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP,
        ARRAY[OLD.subject_id] || ARRAY(SELECT person_id FROM protective_order_person WHERE order_id = OLD.id),
        greatest(OLD.made_at::date, OLD.starts_on, OLD.ends_on),
        ARRAY[NEW.subject_id] || ARRAY(SELECT person_id FROM protective_order_person WHERE order_id = NEW.id),
        greatest(NEW.made_at::date, NEW.starts_on, NEW.ends_on));
    RETURN NULL;
END;
$$;
CREATE TRIGGER protective_order_involvement AFTER INSERT OR DELETE OR UPDATE OF subject_id, made_at, starts_on, ends_on
    ON protective_order FOR EACH ROW EXECUTE FUNCTION protective_order_involvement();

CREATE FUNCTION protective_order_person_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.person_id],
        (SELECT greatest(made_at::date, starts_on, ends_on) FROM protective_order WHERE id = OLD.order_id),
        ARRAY[NEW.person_id], (SELECT greatest(made_at::date, starts_on, ends_on) FROM protective_order WHERE id = NEW.order_id));
    RETURN NULL;
END;
$$;
CREATE TRIGGER protective_order_person_involvement AFTER INSERT OR DELETE OR UPDATE OF person_id, order_id
    ON protective_order_person FOR EACH ROW EXECUTE FUNCTION protective_order_person_involvement();

-- reviews: the deceased and the perpetrator on the later of notified, decided and closed
CREATE FUNCTION review_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.deceased_id, OLD.perpetrator_id],
        greatest(OLD.notified_on, OLD.decided_on, OLD.closed_on),
        ARRAY[NEW.deceased_id, NEW.perpetrator_id], greatest(NEW.notified_on, NEW.decided_on, NEW.closed_on));
    RETURN NULL;
END;
$$;
CREATE TRIGGER review_involvement AFTER INSERT OR DELETE OR UPDATE OF deceased_id, perpetrator_id, notified_on,
    decided_on, closed_on ON review FOR EACH ROW EXECUTE FUNCTION review_involvement();

-- subject access: a request on the day it was received
CREATE FUNCTION subject_access_request_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM person_involvement_changed(TG_OP, ARRAY[OLD.person_id], OLD.received_on, ARRAY[NEW.person_id],
        NEW.received_on);
    RETURN NULL;
END;
$$;
CREATE TRIGGER subject_access_request_involvement AFTER INSERT OR DELETE OR UPDATE OF person_id, received_on
    ON subject_access_request FOR EACH ROW EXECUTE FUNCTION subject_access_request_involvement();
