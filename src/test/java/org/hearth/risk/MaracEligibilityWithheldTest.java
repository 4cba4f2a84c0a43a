package org.hearth.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hearth.people.PersonId;
import org.junit.jupiter.api.Test;

/**
 * MARAC eligibility as a reader by break-glass alone sees it: without the Repeat criterion, met or not (its
 * explanation names the victim's last referral to MARAC, or says there was none), and with the note saying why.
 */
class MaracEligibilityWithheldTest {

    private static final LocalDate ON = LocalDate.of(2026, 12, 7);
    private static final MaracReferralHistory.PriorReferral EARLIER = new MaracReferralHistory.PriorReferral("r",
            "MR-2026-00001", ON.minusMonths(2), Set.of(PersonId.random()));

    @Test
    void theRepeatCriterionAndTheReferralItRepeatsAreLeftOut() {
        MaracEligibility all = new MaracEligibility(PersonId.random(), ON, List.of(
                new MaracCriterion(MaracCriterion.Kind.VISIBLE_HIGH_RISK, false, "below"),
                new MaracCriterion(MaracCriterion.Kind.REPEAT, true, "repeats MR-2026-00001")), EARLIER);
        assertThat(all.maracHistoryWithheld()).isFalse();
        assertThat(all.withheldNote()).isNull();
        assertThat(all.eligible()).isTrue();

        MaracEligibility seen = all.withoutMaracHistory();
        assertThat(seen.criteria()).extracting(MaracCriterion::kind).containsExactly(
                MaracCriterion.Kind.VISIBLE_HIGH_RISK);
        assertThat(seen.repeatOf()).isNull();
        assertThat(seen.eligible()).as("only the criteria shown count").isFalse();
        assertThat(seen.maracHistoryWithheld()).isTrue();
        assertThat(seen.withheldNote()).contains("not shown when you read a record by breaking the glass")
                .doesNotContain("MR-");
    }

    @Test
    void theNoteIsTheSameWhetherOrNotSheWasEverReferred() {
        MaracEligibility never = new MaracEligibility(PersonId.random(), ON, List.of(
                new MaracCriterion(MaracCriterion.Kind.REPEAT, false, "Not referred to MARAC before")), null);
        MaracEligibility referred = new MaracEligibility(PersonId.random(), ON, List.of(
                new MaracCriterion(MaracCriterion.Kind.REPEAT, true, "repeats MR-2026-00001")), EARLIER);
        assertThat(never.withoutMaracHistory().criteria()).isEmpty();
        assertThat(never.withoutMaracHistory().withheldNote()).isEqualTo(referred.withoutMaracHistory().withheldNote());
    }
}
