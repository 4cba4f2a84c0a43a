package org.hearth.marac.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.marac.WaitingReferrals.MaracReferralSummary;
import org.junit.jupiter.api.Test;

/**
 * The referral page's perpetrators row: the names the reader may view, and that others are named, never how many (a
 * number would tell a reader of the victim something about people whose records they may not read).
 */
class WaitingPagesTest {

    private static String row(List<String> shown, boolean others) {
        return WaitingPages.perpetrators(new MaracReferralSummary(null, null, null, null, shown, others, null, null));
    }

    @Test
    void othersAreSaidWithoutANumber() {
        assertThat(row(List.of(), true)).isEqualTo("Named, but you may not see their records");
        assertThat(row(List.of("Ada Brown", "Cy Dee"), true))
                .isEqualTo("Ada Brown, Cy Dee, and others whose records you may not see");
    }

    @Test
    void withNoneWithheldTheRowNamesThoseShownOrNone() {
        assertThat(row(List.of("Ada Brown"), false)).isEqualTo("Ada Brown");
        assertThat(row(List.of(), false)).isEqualTo("None named");
    }
}
