package org.hearth.referrals.internal;

import java.time.LocalDate;
import java.util.List;

import org.hearth.people.PersonId;
import org.hearth.risk.IncidentHistory;
import org.hearth.risk.IncidentHistory.Incident;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A victim's incidents as the referrals record them, for the MARAC criteria. A police incident is a referral
 * from a police agency; an incident's date is the incident date, or the date received when it is not known; its
 * perpetrators are the people the referral names as perpetrators. Referrals to MARAC are the marac module's.
 */
@Component
@Transactional(readOnly = true)
class ReferralIncidentHistory implements IncidentHistory {

    private final JdbcClient jdbc;

    ReferralIncidentHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LocalDate> policeIncidentDates(PersonId victim) {
        return jdbc.sql("""
                SELECT coalesce(r.incident_on, r.received_on) FROM referral r JOIN agency a ON a.id = r.referring_agency_id
                WHERE r.victim_id = ? AND a.sector = 'POLICE'""")
                .param(victim.value()).query(LocalDate.class).list();
    }

    @Override
    public List<Incident> incidents(PersonId victim) {
        return jdbc.sql("""
                SELECT coalesce(r.incident_on, r.received_on) AS on_date,
                       array_remove(array_agg(p.person_id), NULL) AS perpetrators
                FROM referral r LEFT JOIN referral_perpetrator p ON p.referral_id = r.id
                WHERE r.victim_id = ? GROUP BY r.id""")
                .param(victim.value())
                .query((rs, n) -> new Incident(rs.getObject("on_date", LocalDate.class),
                        java.util.Arrays.stream((Object[]) rs.getArray("perpetrators").getArray())
                                .map(o -> new PersonId((java.util.UUID) o)).collect(java.util.stream.Collectors.toSet())))
                .list();
    }
}
