package org.hearth.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A hearing's deadline in My work, in the house's words (never "00:00 on" the next day). */
class OrderWorkWordsTest {

    @Test
    void aDeadlineAtMidnightIsTheEndOfTheDayBefore() {
        // midnight in the UK at the start of Wednesday 9 December 2026 (GMT)
        assertThat(OrderWork.by(Instant.parse("2026-12-09T00:00:00Z")))
                .isEqualTo("midnight at the end of Tuesday 8 December");
        assertThat(OrderWork.by(Instant.parse("2026-12-09T21:30:00Z"))).isEqualTo("9:30pm on Wednesday 9 December");
        // British Summer Time: 23:00 UTC is midnight in the UK
        assertThat(OrderWork.by(Instant.parse("2026-06-09T23:00:00Z")))
                .isEqualTo("midnight at the end of Tuesday 9 June");
    }
}
