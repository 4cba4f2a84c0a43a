package org.hearth.casework.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hearth.people.PersonId;
import org.hearth.people.RetentionFact;
import org.hearth.people.SqlPersonData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Casework in the retention schedule (referred, contacted, closed; programme referrals started and ended) with an
 * automatic hold while a case is awaiting allocation or open; an erasure deletes the person's cases with everything
 * recorded on them (handovers, contacts, notes, safety and support plans, DASH reviews, outcomes, closures, court
 * events, special measures, partner notices) and their perpetrator programme referrals, and takes them off as a
 * programme participant's partner.
 */
@Component
@Order(10)
class CaseworkPersonData extends SqlPersonData {

    static final String OPEN_CASE = "Open casework case";

    CaseworkPersonData(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void erase(PersonId person) {
        UUID id = person.value();
        String programmes = "SELECT id FROM programme_referral WHERE person_id = ?";
        jdbc.sql("DELETE FROM programme_session WHERE referral_id IN (" + programmes + ")").param(id).update();
        jdbc.sql("DELETE FROM programme_partner_notice WHERE referral_id IN (" + programmes + ")").param(id).update();
        jdbc.sql("DELETE FROM programme_referral WHERE person_id = ?").param(id).update();
        jdbc.sql("UPDATE programme_referral SET partner_person_id = NULL WHERE partner_person_id = ?").param(id).update();
        String cases = "SELECT id FROM casework_case WHERE person_id = ?";
        jdbc.sql("UPDATE programme_referral SET partner_case_id = NULL WHERE partner_case_id IN (" + cases + ")")
                .param(id).update();
        jdbc.sql("DELETE FROM casework_outcome_answer WHERE outcome_id IN (SELECT id FROM casework_outcome WHERE case_id IN ("
                + cases + "))").param(id).update();
        for (String table : List.of("programme_partner_notice", "casework_handover", "casework_contact",
                "casework_note", "casework_safety_plan", "casework_support_item", "casework_risk_review",
                "casework_outcome", "casework_closure", "casework_court_event", "casework_special_measure")) {
            jdbc.sql("DELETE FROM " + table + " WHERE case_id IN (" + cases + ")").param(id).update();
        }
        jdbc.sql("DELETE FROM casework_case WHERE person_id = ?").param(id).update();
    }

    @Override
    public List<RetentionFact> retentionFacts(Collection<PersonId> persons) {
        return involvedAndHeld("""
                SELECT person, max(d) FROM (
                    SELECT c.person_id AS person, greatest(c.referred_on, c.first_contact_at::date,
                        (SELECT max(x.closed_on) FROM casework_closure x WHERE x.case_id = c.id)) AS d
                    FROM casework_case c
                    UNION ALL SELECT person_id, greatest(referred_on, started_on, ended_on) FROM programme_referral
                ) x GROUP BY person""",
                "SELECT DISTINCT person_id FROM casework_case WHERE status <> 'CLOSED'", OPEN_CASE, persons);
    }
}
