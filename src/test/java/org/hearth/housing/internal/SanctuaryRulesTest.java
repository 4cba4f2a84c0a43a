package org.hearth.housing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.housing.Measure;
import org.hearth.housing.NewJob;
import org.hearth.housing.NewSanctuary;
import org.hearth.housing.SanctuaryOutcome;
import org.hearth.housing.Tenure;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

/** The sanctuary scheme's input rules, a message per field, without the database. */
class SanctuaryRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final StaffUserId COORDINATOR = new StaffUserId(UUID.randomUUID());
    private static final AgencyId LOCKSMITH = new AgencyId(UUID.randomUUID());
    private static final HousingRules.Known KNOWN = new HousingRules.Known(area -> false,
            LOCKSMITH::equals, COORDINATOR::equals);

    private static NewSanctuary referral(String postcode, boolean chooses, boolean absent, StaffUserId coordinator) {
        return new NewSanctuary(TODAY.minusDays(3), null, "1 Test Road", null, "Leeds", postcode, chooses, absent,
                Tenure.SOCIAL_TENANT, null, true, coordinator, null);
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aReferralIsVictimLedForAHomeThePerpetratorHasLeftWithARealPostcodeAndCoordinator() {
        assertThat(SanctuaryRules.referral(referral(" ls1 4ap ", true, true, COORDINATOR), TODAY, KNOWN)).isEmpty();
        assertThat(SanctuaryRules.postcode(" ls1 4ap ")).isEqualTo("LS1 4AP");
        assertThat(fields(SanctuaryRules.referral(referral("LS1", false, false, new StaffUserId(UUID.randomUUID())),
                TODAY, KNOWN))).containsExactly("postcode", "victimChooses", "perpetratorAbsent", "coordinator");
        NewSanctuary nothing = new NewSanctuary(TODAY.plusDays(1), UUID.randomUUID(), " ", "x".repeat(201), null,
                null, true, true, null, TODAY.plusDays(1), false, null, new StaffUserId(UUID.randomUUID()));
        assertThat(fields(SanctuaryRules.referral(nothing, TODAY, KNOWN))).containsExactly("referredOn", "areaId",
                "line1", "line2", "town", "postcode", "tenure", "landlordConsentOn", "coordinator", "surveyor");
    }

    @Test
    void aTenantsHomeGetsNoJobBeforeTheLandlordsConsent() {
        NewJob job = new NewJob(Measure.LOCKS, null, LOCKSMITH, TODAY, 12_000L);
        assertThat(SanctuaryRules.job(Tenure.SOCIAL_TENANT, null, TODAY.minusDays(3), job, KNOWN))
                .extracting(Problem::field, Problem::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "measure", "A tenant's home needs the landlord's consent recorded before any works: record "
                                + "it on the referral first"));
        assertThat(SanctuaryRules.job(Tenure.SOCIAL_TENANT, TODAY, TODAY.minusDays(3), job, KNOWN)).isEmpty();
        assertThat(SanctuaryRules.job(Tenure.OWNER, null, TODAY.minusDays(3), job, KNOWN)).isEmpty();
        NewJob bad = new NewJob(null, "x".repeat(1001), new AgencyId(UUID.randomUUID()), TODAY.minusDays(4), -1L);
        assertThat(fields(SanctuaryRules.job(Tenure.OWNER, null, TODAY.minusDays(3), bad, KNOWN)))
                .containsExactly("measure", "detail", "contractor", "bookedOn", "cost");
    }

    @Test
    void surveyMarkerFittingAndFollowUpFollowTheReferralAndAreNotInTheFuture() {
        LocalDate referred = TODAY.minusDays(10);
        assertThat(SanctuaryRules.survey(referred, TODAY, "Door weak", TODAY)).isEmpty();
        assertThat(fields(SanctuaryRules.survey(referred, referred.minusDays(1), " ", TODAY)))
                .containsExactly("surveyedOn", "surveyNotes");
        assertThat(fields(SanctuaryRules.survey(referred, TODAY.plusDays(1), "x".repeat(4001), TODAY)))
                .containsExactly("surveyedOn", "surveyNotes");
        assertThat(fields(SanctuaryRules.consent(null, TODAY))).containsExactly("landlordConsentOn");
        assertThat(SanctuaryRules.consent(TODAY, TODAY)).isEmpty();
        assertThat(SanctuaryRules.marker(null, TODAY, TODAY)).extracting(Problem::message)
                .containsExactly("Ask the police for the marker first (with the survey)");
        assertThat(SanctuaryRules.marker(TODAY, TODAY.minusDays(1), TODAY)).extracting(Problem::message)
                .containsExactly("The marker cannot be confirmed before it was asked for");
        assertThat(SanctuaryRules.marker(referred, TODAY, TODAY)).isEmpty();
        assertThat(SanctuaryRules.fitting(referred, TODAY, TODAY, TODAY)).isEmpty();
        assertThat(fields(SanctuaryRules.fitting(referred, TODAY, TODAY.minusDays(1), TODAY)))
                .containsExactly("safetyCheckedOn");
        assertThat(fields(SanctuaryRules.fitting(referred, referred.minusDays(1), null, TODAY)))
                .containsExactly("fittedOn");
        assertThat(SanctuaryRules.closing(referred, TODAY, SanctuaryOutcome.STAYED_SAFELY, null, TODAY)).isEmpty();
        assertThat(fields(SanctuaryRules.closing(referred, null, null, "x".repeat(4001), TODAY)))
                .containsExactly("followedUpOn", "outcome", "note");
    }

    @Test
    void aJobsCostFromNothingToOneHundredThousandPoundsOrNotKnownYet() {
        for (Long pence : new Long[] {0L, 10_000_000L, null}) {
            NewJob job = new NewJob(Measure.LOCKS, "d".repeat(1000), LOCKSMITH, TODAY.minusDays(3), pence);
            assertThat(SanctuaryRules.job(Tenure.OWNER, null, TODAY.minusDays(3), job, KNOWN)).as("%s", pence).isEmpty();
        }
        NewJob dear = new NewJob(Measure.LOCKS, null, LOCKSMITH, TODAY, 10_000_001L);
        assertThat(SanctuaryRules.job(Tenure.OWNER, null, TODAY.minusDays(3), dear, KNOWN)).extracting(Problem::message)
                .containsExactly("Enter a cost from £0 to £100,000");
        NewJob unbooked = new NewJob(Measure.LOCKS, null, null, null, null);
        assertThat(fields(SanctuaryRules.job(Tenure.OWNER, null, TODAY.minusDays(3), unbooked, KNOWN)))
                .containsExactly("contractor", "bookedOn");
    }

    @Test
    void aSurveyorWhoIsOneOfOurStaffAFittingDateBeforeItsSafetyCheckAndNoPostcodeStoredAsNone() {
        StaffUserId surveyor = new StaffUserId(UUID.randomUUID());
        HousingRules.Known known = new HousingRules.Known(area -> true, LOCKSMITH::equals,
                user -> user.equals(COORDINATOR) || user.equals(surveyor));
        NewSanctuary surveyed = new NewSanctuary(TODAY, UUID.randomUUID(), "1 Test Road", null, "Leeds", "LS1 4AP",
                true, true, Tenure.OWNER, TODAY, true, COORDINATOR, surveyor);
        assertThat(SanctuaryRules.referral(surveyed, TODAY, known)).isEmpty();
        NewSanctuary undated = new NewSanctuary(null, null, "1 Test Road", null, "Leeds", null, true, true,
                Tenure.OWNER, null, true, null, null);
        assertThat(fields(SanctuaryRules.referral(undated, TODAY, known))).containsExactly("referredOn", "postcode",
                "coordinator");
        assertThat(SanctuaryRules.postcode(null)).isNull();
        assertThat(fields(SanctuaryRules.fitting(TODAY.minusDays(10), null, TODAY, TODAY)))
                .containsExactly("fittedOn");
        assertThat(fields(SanctuaryRules.marker(TODAY, null, TODAY))).containsExactly("markerConfirmedOn");
    }
}
