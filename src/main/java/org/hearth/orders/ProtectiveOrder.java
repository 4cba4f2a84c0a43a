package org.hearth.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;

/**
 * A protective order as recorded, with its clocks and breaches.
 *
 * @param protectedPersons the people it protects, with their names
 * @param subject the person it binds
 */
public record ProtectiveOrder(OrderId id, String reference, OrderType type, List<Party> protectedPersons,
        Party subject, Applicant applicant, String applicantDetail, String authorisedBy, Instant madeAt,
        Instant noticeAt, Instant servedAt, Instant hearingAt, LocalDate startsOn, LocalDate endsOn,
        String conditions, boolean electronicMonitoring, Instant subjectNotifiedAt, String recordedByName,
        AgencyId agency, Instant recordedAt, List<Clock> clocks, List<Breach> breaches) {

    public ProtectiveOrder {
        protectedPersons = List.copyOf(protectedPersons);
        clocks = List.copyOf(clocks);
        breaches = List.copyOf(breaches);
    }

    /** A person named on an order. */
    public record Party(PersonId id, String name) {
    }

    public enum Status {
        NOT_STARTED("Not in force yet"), IN_FORCE("In force"), ENDED("Ended");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Status status(LocalDate today) {
        if (today.isBefore(startsOn)) {
            return Status.NOT_STARTED;
        }
        return endsOn != null && today.isAfter(endsOn) ? Status.ENDED : Status.IN_FORCE;
    }

    /** Ending within its type's lead time (see {@link OrderType#warnsOn}). */
    public boolean endingSoon(LocalDate today) {
        return !today.isBefore(startsOn) && type.warnsOn(endsOn, today);
    }

    /** Every person on the order: the protected, then the subject. */
    public List<PersonId> people() {
        List<PersonId> all = new java.util.ArrayList<>(protectedPersons.stream().map(Party::id).toList());
        all.add(subject.id());
        return all;
    }
}
