package org.hearth.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The referral list's caption: which rows of how many, "more than 1,000" where the count stopped. */
class ReferralListCaptionTest {

    private static final long CAP = 1_000;

    @Test
    void saysWhichRowsOfHowMany() {
        assertThat(ReferralListController.caption(1, 50, 105, CAP)).isEqualTo("Referrals 1 to 50 of 105");
        assertThat(ReferralListController.caption(3, 5, 105, CAP)).isEqualTo("Referrals 101 to 105 of 105");
        assertThat(ReferralListController.caption(1, 1, 1, CAP)).isEqualTo("Referrals 1 to 1 of 1");
        assertThat(ReferralListController.caption(1, 0, 0, CAP)).isEqualTo("No referrals");
    }

    @Test
    void beyondTheCountedBoundSaysMoreThan() {
        assertThat(ReferralListController.caption(1, 50, 1_000, CAP)).isEqualTo("Referrals 1 to 50 of 1,000");
        assertThat(ReferralListController.caption(1, 50, 1_001, CAP)).isEqualTo("Referrals 1 to 50 of more than 1,000");
        assertThat(ReferralListController.caption(4_001, 50, 1_001, CAP))
                .isEqualTo("Referrals 200,001 to 200,050 of at least 200,050");
        assertThat(ReferralListController.caption(1, 3, 4, 3)).isEqualTo("Referrals 1 to 3 of more than 3");
        // past the bound, the last page (not full) knows the whole number
        assertThat(ReferralListController.caption(22, 7, 1_001, CAP)).isEqualTo("Referrals 1,051 to 1,057 of 1,057");
    }

    @Test
    void neverFewerThanTheRowsAlreadyPassed() {
        // a page number edited by hand, or referrals decided since: the total is at least the last row's number
        assertThat(ReferralListController.caption(3, 50, 60, CAP)).isEqualTo("Referrals 101 to 150 of 150");
    }
}
