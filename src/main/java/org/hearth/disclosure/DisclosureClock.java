package org.hearth.disclosure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The guidance's 28 calendar days from receipt run to the disclosure, or to the decision not to disclose (the whole
 * process, disclosure included). After a decision not to disclose the clock has stopped: the application waits only
 * for its outcome to be recorded. After a decision to disclose it runs on to the disclosure.
 *
 * @param decidedOn the decision forum's date; null before the forum
 * @param disclose the forum's decision; null before the forum
 */
public record DisclosureClock(LocalDate receivedOn, LocalDate decidedOn, Boolean disclose, LocalDate closedOn) {

    public LocalDate dueOn() {
        return Application.dueOn(receivedOn);
    }

    public boolean decided() {
        return decidedOn != null && disclose != null;
    }

    /** Whether the 28 days still run: open, and either undecided or decided to disclose and not yet disclosed. */
    public boolean running() {
        return closedOn == null && !(decided() && !disclose);
    }

    /** Still running after its due day. */
    public boolean overdue(LocalDate today) {
        return running() && today.isAfter(dueOn());
    }

    /** Days from receipt to the forum's decision. */
    public long daysToDecision() {
        return ChronoUnit.DAYS.between(receivedOn, decidedOn);
    }
}
