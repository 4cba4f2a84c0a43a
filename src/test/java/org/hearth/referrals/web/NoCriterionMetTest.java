package org.hearth.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.people.PersonId;
import org.hearth.risk.MaracCriterion;
import org.hearth.risk.MaracEligibility;
import org.junit.jupiter.api.Test;

/**
 * A victim who meets no MARAC referral criterion: "meets none" only once a risk assessment is recorded; without one,
 * the referral page says that two criteria cannot be judged yet (an unassessed victim is not an all-clear).
 */
class NoCriterionMetTest {

    private static final MaracEligibility NONE = new MaracEligibility(PersonId.random(), LocalDate.of(2026, 12, 7),
            List.of(new MaracCriterion(MaracCriterion.Kind.VISIBLE_HIGH_RISK, false, "below"),
                    new MaracCriterion(MaracCriterion.Kind.POTENTIAL_ESCALATION, false, "one incident")), null);

    @Test
    void assessedItMeetsNone() {
        assertThat(ReferralViews.noCriterionMet(NONE, true))
                .isEqualTo("Meets none of the MARAC referral criteria on 7 December 2026");
    }

    @Test
    void unassessedTheRiskCriteriaAreNotKnownYet() {
        assertThat(ReferralViews.noCriterionMet(NONE, false))
                .isEqualTo("No risk assessment is recorded, so visible high risk and professional judgement cannot "
                        + "be judged yet. Meets neither of the other MARAC referral criteria (potential escalation, "
                        + "repeat) on 7 December 2026")
                .doesNotContain("Meets none");
    }

    @Test
    void readByBreakGlassAloneRepeatIsNeitherShownNorSaidToBeUnmet() {
        MaracEligibility seen = NONE.withoutMaracHistory();
        assertThat(ReferralViews.noCriterionMet(seen, true))
                .isEqualTo("Meets none of the MARAC referral criteria shown on 7 December 2026");
        assertThat(ReferralViews.noCriterionMet(seen, false)).endsWith("Does not meet potential escalation on 7 December "
                + "2026").doesNotContainIgnoringCase("repeat");
    }
}
