package org.hearth.orders;

import java.time.Instant;
import org.hearth.platform.Worded;

/**
 * One deadline of an order: its rule, when it started ({@code from}: null when its anchor is not recorded yet, e.g.
 * an order not yet served), when it is due, and when it was met (the hearing held, the subject's notification), or
 * null.
 */
public record Clock(ClockRule rule, Instant from, Instant due, Instant metAt) {

    public enum Status implements Worded {
        NOT_STARTED, RUNNING, MET, MET_LATE, MISSED;
    }

    public Status status(Instant now) {
        if (due == null) {
            return Status.NOT_STARTED;
        }
        if (metAt != null) {
            return metAt.isAfter(due) ? Status.MET_LATE : Status.MET;
        }
        return now.isAfter(due) ? Status.MISSED : Status.RUNNING;
    }
}
