package org.hearth.disclosure;

import java.time.LocalDate;

/**
 * An application in a list: reference, route, dates and where it has got to; no person's name.
 *
 * @param decidedOn the decision forum's date, null before it
 * @param disclose the forum's decision, null before it
 */
public record ApplicationSummary(ApplicationId id, String reference, Route route, LocalDate receivedOn,
        String stage, LocalDate decidedOn, Boolean disclose, LocalDate closedOn) {

    public DisclosureClock clock() {
        return new DisclosureClock(receivedOn, decidedOn, disclose, closedOn);
    }

    public LocalDate dueOn() {
        return Application.dueOn(receivedOn);
    }

    public boolean overdue(LocalDate today) {
        return clock().overdue(today);
    }
}
