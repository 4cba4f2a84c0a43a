package org.hearth.reviews.internal;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The review's clocks, configurable because the commonly quoted ones are not settled (PROTECTION.md): the decision
 * whether to hold a review within {@code hearth.reviews.decision-within} of the notification (default a month), the
 * review completed within {@code hearth.reviews.completion-within} of the decision to hold it (default six months).
 * A clock's due day is fixed when it starts, so changing a setting moves no review already running.
 */
@Component
public class ReviewClocks {

    private final Period decisionWithin;
    private final Period completionWithin;

    public ReviewClocks(@Value("${hearth.reviews.decision-within:P1M}") Period decisionWithin,
            @Value("${hearth.reviews.completion-within:P6M}") Period completionWithin) {
        this.decisionWithin = decisionWithin;
        this.completionWithin = completionWithin;
    }

    public LocalDate decisionDue(LocalDate notifiedOn) {
        return notifiedOn.plus(decisionWithin);
    }

    public LocalDate completionDue(LocalDate decidedOn) {
        return decidedOn.plus(completionWithin);
    }
}
