package org.hearth.marac.internal;

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
 * Referrals to MARAC in the retention schedule (referred, closed or transferred) with an automatic hold while a
 * case is open (not closed, not transferred out); an erasure deletes the victim's MARAC referrals with their research,
 * cases, actions and transfers, and takes a perpetrator off the victim's referral (the signed files of its transfers,
 * which name him, are replaced by their SHA-256).
 */
@Component
@Order(10)
class MaracPersonData extends SqlPersonData {

    static final String OPEN_CASE = "Open MARAC case";

    MaracPersonData(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void erase(PersonId person) {
        UUID id = person.value();
        // a transfer's signed file names everyone of its case (name, date of birth, ethnicity...), inside base64 no
        // search finds: where he was a perpetrator, only the file's SHA-256 is kept (the victim's are deleted below)
        jdbc.sql("""
                UPDATE marac_transfer SET jws = ? || encode(sha256(convert_to(jws, 'UTF8')), 'hex')
                WHERE jws NOT LIKE ? AND marac_referral_id IN (
                    SELECT marac_referral_id FROM marac_referral_perpetrator WHERE person_id = ?)""")
                .params(TransferRecords.ERASED, TransferRecords.ERASED + "%", id).update();
        jdbc.sql("DELETE FROM marac_referral_perpetrator WHERE person_id = ?").param(id).update();
        String mine = "SELECT id FROM marac_referral WHERE victim_id = ?";
        jdbc.sql("UPDATE marac_referral SET repeat_of_id = NULL WHERE repeat_of_id IN (" + mine + ")").param(id).update();
        jdbc.sql("DELETE FROM marac_action_progress WHERE action_id IN (SELECT id FROM marac_action WHERE marac_referral_id IN ("
                + mine + "))").param(id).update();
        for (String table : List.of("marac_action", "marac_research", "marac_case", "marac_transfer",
                "marac_referral_perpetrator")) {
            jdbc.sql("DELETE FROM " + table + " WHERE marac_referral_id IN (" + mine + ")").param(id).update();
        }
        jdbc.sql("DELETE FROM marac_referral WHERE victim_id = ?").param(id).update();
    }

    @Override
    public List<RetentionFact> retentionFacts(Collection<PersonId> persons) {
        return involvedAndHeld("""
                SELECT person, max(d) FROM (
                    SELECT victim_id AS person, greatest(referred_on, closed_on, transferred_at::date) AS d FROM marac_referral
                    UNION ALL SELECT p.person_id, greatest(r.referred_on, r.closed_on) FROM marac_referral_perpetrator p
                        JOIN marac_referral r ON r.id = p.marac_referral_id
                ) x GROUP BY person""",
                """
                SELECT DISTINCT person FROM (
                    SELECT victim_id AS person FROM marac_referral WHERE closed_on IS NULL AND transferred_at IS NULL
                    UNION SELECT p.person_id FROM marac_referral_perpetrator p JOIN marac_referral r ON r.id = p.marac_referral_id
                        WHERE r.closed_on IS NULL AND r.transferred_at IS NULL) x""", OPEN_CASE, persons);
    }
}
