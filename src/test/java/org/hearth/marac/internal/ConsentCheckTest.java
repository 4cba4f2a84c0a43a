package org.hearth.marac.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.junit.jupiter.api.Test;

/**
 * A referral to MARAC shares the case with every member agency once its agenda is published: without the victim's
 * consent only on a lawful basis, with a reason of 10 to 2,000 characters.
 */
class ConsentCheckTest {

    private static Map<String, String> check(Consent consent, LawfulBasis basis, String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        MaracReferralRules.checkConsent(consent, basis, reason, errors);
        return errors;
    }

    @Test
    void consentOrALawfulBasisWithAReason() {
        assertThat(check(Consent.GIVEN, null, null)).isEmpty();
        assertThat(check(null, null, null)).containsOnlyKeys("consent");
        assertThat(check(Consent.REFUSED, LawfulBasis.VITAL_INTERESTS, "Threats to kill this week")).containsOnlyKeys("consent");
        assertThat(check(Consent.OVERRIDDEN, null, null)).containsOnlyKeys("lawfulBasis", "consentReason");
        assertThat(check(Consent.OVERRIDDEN, LawfulBasis.VITAL_INTERESTS, "Threats to kill this week")).isEmpty();
    }

    @Test
    void theReasonIsAtLeast10AndAtMost2000Characters() {
        assertThat(check(Consent.OVERRIDDEN, LawfulBasis.VITAL_INTERESTS, "0123456789")).as("10").isEmpty();
        assertThat(check(Consent.OVERRIDDEN, LawfulBasis.VITAL_INTERESTS, "012345678"))
                .containsEntry("consentReason", "Say why it is shared without consent (at least 10 characters)");
        assertThat(check(Consent.OVERRIDDEN, LawfulBasis.VITAL_INTERESTS, "   012345678   ")).as("counted stripped")
                .containsOnlyKeys("consentReason");
        assertThat(check(Consent.OVERRIDDEN, LawfulBasis.VITAL_INTERESTS, "r".repeat(2000))).as("2,000").isEmpty();
        assertThat(check(Consent.OVERRIDDEN, LawfulBasis.VITAL_INTERESTS, "r".repeat(2001)))
                .containsEntry("consentReason", "The reason must be 2000 characters or fewer");
    }
}
