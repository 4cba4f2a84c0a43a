package org.hearth.disclosure;

import java.time.LocalDate;

/** An application in a list: reference, route, dates and where it has got to; no person's name. */
public record ApplicationSummary(ApplicationId id, String reference, Route route, LocalDate receivedOn,
        String stage, LocalDate closedOn) {

    public LocalDate dueOn() {
        return Application.dueOn(receivedOn);
    }

    public boolean overdue(LocalDate today) {
        return closedOn == null && today.isAfter(dueOn());
    }
}
