package org.hearth.subjectaccess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.people.PersonDataSection.Kind;
import org.junit.jupiter.api.Test;

/** A review's fingerprint: the same for the same kind and value, different when either changes. */
class ReviewFingerprintTest {

    @Test
    void aReviewMatchesOnlyTheKindAndValueItWasMadeOn() {
        String made = ReviewFingerprint.of("07700 900123", Kind.CONFIDENTIAL);
        assertThat(made).matches("[0-9a-f]{64}");
        assertThat(ReviewFingerprint.matches(made, "07700 900123", Kind.CONFIDENTIAL)).isTrue();
        assertThat(ReviewFingerprint.matches(made, "07700 900456", Kind.CONFIDENTIAL)).isFalse();
        assertThat(ReviewFingerprint.matches(made, "07700 900123", Kind.THIRD_PARTY)).isFalse();
        assertThat(ReviewFingerprint.matches(null, "07700 900123", Kind.CONFIDENTIAL)).as("a review from before")
                .isFalse();
    }
}
