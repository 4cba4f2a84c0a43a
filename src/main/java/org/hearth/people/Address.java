package org.hearth.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An address in a person's history. A stay in refuge has no address at all, only the service that
 * provides it. A confidential address shows only to staff of agencies involved with the person.
 */
public record Address(UUID id, String line1, String line2, String town, String postcode, LocalDate from,
        LocalDate to, boolean confidential, boolean inRefuge, String refugeService) {

    public static Address refuge(String service, LocalDate from) {
        return new Address(null, null, null, null, null, from, null, false, true, service);
    }

    public boolean current() {
        return to == null || !to.isBefore(LocalDate.now());
    }

    /** One line for display: the address, or "In refuge, via ...". */
    public String oneLine() {
        if (inRefuge) {
            return "In refuge, via " + refugeService;
        }
        return String.join(", ", java.util.stream.Stream.of(line1, line2, town, postcode)
                .filter(s -> s != null && !s.isBlank()).toList());
    }
}
