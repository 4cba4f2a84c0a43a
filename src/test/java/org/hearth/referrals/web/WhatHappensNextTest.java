package org.hearth.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.referrals.Consent;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.TriageOutcome;
import org.junit.jupiter.api.Test;

/** What the referral page says happens next, for a referral waiting for triage and for each triage outcome. */
class WhatHappensNextTest {

    private static Referral referral(TriageOutcome outcome) {
        return new Referral(ReferralId.random(), "R-1", ReferralSource.WEB, AgencyId.random(), "A referrer",
                LocalDate.of(2026, 1, 5), null, null, null, PersonId.random(), List.of(), List.of(), null, Set.of(),
                Consent.GIVEN, null, null, "Narrative", outcome, outcome == null ? null : "A reason",
                outcome == null ? null : "A coordinator", outcome == null ? null : Instant.parse("2026-01-06T10:00:00Z"),
                Instant.parse("2026-01-05T10:00:00Z"), outcome == null ? Set.of() : Set.of(outcome), true, null, null,
                null);
    }

    @Test
    void eachStageSaysWhatHappensNext() {
        assertThat(ReferralViews.whatHappensNext(referral(null)))
                .isEqualTo("The hub triages it: high-risk and unassessed referrals first, then the longest waiting.");
        assertThat(ReferralViews.whatHappensNext(referral(TriageOutcome.REFER_TO_MARAC)))
                .startsWith("The hub referred the victim to the MARAC");
        assertThat(ReferralViews.whatHappensNext(referral(TriageOutcome.REFER_TO_IDVA)))
                .startsWith("The IDVA service contacts the victim");
        assertThat(ReferralViews.whatHappensNext(referral(TriageOutcome.OUTREACH)))
                .startsWith("The outreach service contacts the victim");
        assertThat(ReferralViews.whatHappensNext(referral(TriageOutcome.SIGNPOST)))
                .startsWith("The victim is given details of services");
        assertThat(ReferralViews.whatHappensNext(referral(TriageOutcome.NO_FURTHER_ACTION)))
                .isEqualTo("No further action: the referral is closed.");
    }
}
