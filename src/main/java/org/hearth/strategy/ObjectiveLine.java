package org.hearth.strategy;

import java.time.LocalDate;

/**
 * One objective of a strategy, with its status label as shown to users ("Some success"), the status it had before
 * (null when it has had only one) and the date its current status was recorded.
 */
public record ObjectiveLine(String theme, String objective, String status, String previousStatus,
        LocalDate statusSince) {
}
