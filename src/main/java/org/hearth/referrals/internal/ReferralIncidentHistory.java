package org.hearth.referrals.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.people.PersonId;
import org.hearth.risk.IncidentHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A victim's incidents as the referrals record them, for the MARAC criteria. A police incident is a referral
 * from a police agency; an incident's date is the incident date, or the date received when it is not known;
 * a MARAC referral is a triage decision to refer to MARAC, dated when it was made.
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
    public Optional<LocalDate> lastMaracReferral(PersonId victim) {
        return jdbc.sql("""
                SELECT (triaged_at AT TIME ZONE 'Europe/London')::date FROM referral
                WHERE victim_id = ? AND triage_outcome = 'REFER_TO_MARAC' ORDER BY triaged_at DESC LIMIT 1""")
                .param(victim.value()).query(LocalDate.class).optional();
    }

    @Override
    public List<LocalDate> incidentDates(PersonId victim) {
        return jdbc.sql("SELECT coalesce(incident_on, received_on) FROM referral WHERE victim_id = ?")
                .param(victim.value()).query(LocalDate.class).list();
    }
}
