package org.hearth.orders;

import java.time.Instant;

/**
 * One deadline of an order: its rule, when it started ({@code from}: null when its anchor is not recorded yet, e.g.
 * an order not yet served), when it is due, and when it was met (the hearing held, the subject's notification), or
 * null.
 */
public record Clock(ClockRule rule, Instant from, Instant due, Instant metAt) {

    public enum Status {
        NOT_STARTED("Not started"), RUNNING("Running"), MET("Met"), MET_LATE("Met late"), MISSED("Missed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
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
