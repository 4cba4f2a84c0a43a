-- Tells the risk module which referrals wait for triage, so it keeps their victims' latest assessment with them
-- (its read model, V253): in the transaction that writes the referral, whichever door or job writes it (the form,
-- the API, the police import's batches, a merge moving the victim and its undoing, an erasure, the demo, the bench
-- generator's COPY). Through the risk module's two functions only, never its table.
CREATE FUNCTION referral_waiting_to_risk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.triage_outcome IS NULL THEN
            PERFORM risk_waiting_forget(OLD.id);
        END IF;
    ELSIF NEW.triage_outcome IS NULL THEN
        PERFORM risk_waiting_follow(NEW.id, NEW.victim_id);
    ELSIF TG_OP = 'UPDATE' AND OLD.triage_outcome IS NULL THEN
        PERFORM risk_waiting_forget(NEW.id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER referral_waiting AFTER INSERT OR DELETE OR UPDATE OF triage_outcome, victim_id ON referral
    FOR EACH ROW EXECUTE FUNCTION referral_waiting_to_risk();

-- the referrals waiting now (read through V244's index of the waiting ones)
SELECT risk_waiting_follow(id, victim_id) FROM referral WHERE triage_outcome IS NULL;
