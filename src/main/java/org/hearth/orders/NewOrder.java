package org.hearth.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hearth.people.PersonId;

/**
 * An order as entered (page or API); {@link Orders#record} checks it and writes all or nothing. Times are instants
 * (a page reads them as UK time).
 *
 * @param typeCode an {@link OrderType#code()}
 * @param protectedPersons the people it protects (at least one)
 * @param subject the person it binds
 * @param noticeAt when the notice it follows was given (a DVPO: the DVPN), which starts the hearing clock
 * @param subjectNotifiedAt when the subject gave the police their name and address (a DAPO)
 */
public record NewOrder(String typeCode, List<PersonId> protectedPersons, PersonId subject, Applicant applicant,
        String applicantDetail, String authorisedBy, Instant madeAt, Instant noticeAt, Instant servedAt,
        Instant hearingAt, LocalDate startsOn, LocalDate endsOn, String conditions, boolean electronicMonitoring,
        Instant subjectNotifiedAt) {

    public NewOrder {
        protectedPersons = protectedPersons == null ? List.of() : List.copyOf(protectedPersons);
    }
}
