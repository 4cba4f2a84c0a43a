package org.hearth.housing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.housing.AddressText;
import org.hearth.housing.DeclineReason;
import org.hearth.housing.NewProvider;
import org.hearth.housing.NewRefugeReferral;
import org.hearth.housing.RefugeOutcome;
import org.hearth.housing.RefugeProviderId;
import org.hearth.platform.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

/** The refuge input rules without the database: no refuge address in free text, outcomes and moves in order. */
class RefugeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final UUID AREA = UUID.randomUUID();
    private static final HousingRules.Known KNOWN = new HousingRules.Known(AREA::equals, agency -> false,
            user -> false);

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aProviderServesAnAreaOrAPlaceElsewhereNotBothAndHoldsNoAddress() {
        NewProvider good = new NewProvider("Haven", AREA, null, null, null, 10, 2, 1, 0);
        assertThat(RefugeRules.provider(good, name -> false, KNOWN)).isEmpty();
        assertThat(RefugeRules.provider(good, "Haven"::equals, KNOWN)).extracting(Problem::message)
                .containsExactly("There is already a provider with this name");
        NewProvider both = new NewProvider("Haven", AREA, "York", UUID.randomUUID(), null, 501, 502, -1, 0);
        assertThat(fields(RefugeRules.provider(both, name -> false, KNOWN))).containsExactly("areaId", "agencyId",
                "places", "placesOlderSons", "placesDisabledAccess");
        NewProvider street = new NewProvider("Haven", null, "12 Acacia Road LS1 4AP", null, null, 5, 0, 0, 0);
        assertThat(RefugeRules.provider(street, name -> false, KNOWN)).extracting(Problem::message)
                .containsExactly(AddressText.POSTCODE_MESSAGE);
    }

    @Test
    void aReferralNeedsAnActiveProviderAndItsNoteHoldsNoAddressUnlessConfirmed() {
        NewRefugeReferral n = new NewRefugeReferral(new RefugeProviderId(UUID.randomUUID()), null, TODAY, 2, false,
                false, false, false, "Flat 3 was unsafe", false);
        assertThat(RefugeRules.referral(n, false, TODAY, KNOWN)).extracting(Problem::field, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("provider", "Choose the refuge provider"),
                        org.assertj.core.groups.Tuple.tuple("needsNote", AddressText.STREET_MESSAGE));
        NewRefugeReferral confirmed = new NewRefugeReferral(n.provider(), AREA, TODAY, 2, false, false, false, false,
                "Flat 3 was unsafe", true);
        assertThat(RefugeRules.referral(confirmed, true, TODAY, KNOWN)).isEmpty();
        NewRefugeReferral bad = new NewRefugeReferral(n.provider(), UUID.randomUUID(), TODAY.plusDays(1), 21, false,
                false, false, false, "x".repeat(2001), true);
        assertThat(fields(RefugeRules.referral(bad, true, TODAY, KNOWN))).containsExactly("areaId", "referredOn",
                "children", "needsNote");
    }

    @Test
    void anOutcomeIsRecordedOnceWithAReasonOnlyWhereOneIsDue() {
        LocalDate referred = TODAY.minusDays(5);
        assertThat(RefugeRules.outcome(null, referred, RefugeOutcome.ACCEPTED, null, null, false, TODAY, TODAY))
                .isEmpty();
        assertThat(fields(RefugeRules.outcome("ACCEPTED", referred, RefugeOutcome.NOT_SUITABLE, null, null, false,
                referred.minusDays(1), TODAY))).containsExactly("outcome", "reason", "outcomeOn");
        assertThat(fields(RefugeRules.outcome(null, referred, RefugeOutcome.NO_SPACE, DeclineReason.OTHER,
                "LS1 4AP", true, TODAY.plusDays(1), TODAY))).containsExactly("reason", "outcomeOn", "note");
    }

    @Test
    void aMoveIntoRefugeFollowsTheAcceptanceAndTheMoveOutFollowsTheMoveIn() {
        LocalDate accepted = TODAY.minusDays(5);
        assertThat(RefugeRules.move("ACCEPTED", accepted, TODAY, TODAY, null, TODAY)).isEmpty();
        assertThat(RefugeRules.move("ACCEPTED", accepted, accepted, null, TODAY, TODAY)).isEmpty();
        assertThat(RefugeRules.move("NO_SPACE", accepted, TODAY, TODAY, null, TODAY)).extracting(Problem::message)
                .containsExactly("Only an accepted referral has a move into refuge");
        assertThat(fields(RefugeRules.move("ACCEPTED", accepted, accepted.minusDays(1), accepted.minusDays(1),
                accepted.minusDays(2), TODAY))).containsExactly("movedInOn", "movedOutOn");
        assertThat(fields(RefugeRules.move("ACCEPTED", accepted, null, null, null, TODAY)))
                .containsExactly("movedInOn");
    }

    @Test
    void vacanciesAreAReportedCountFromNoneTo500() {
        assertThat(RefugeRules.vacancies(0, TODAY, TODAY)).isEmpty();
        assertThat(fields(RefugeRules.vacancies(501, null, TODAY))).containsExactly("vacancies", "reportedOn");
        assertThat(fields(RefugeRules.vacancies(-1, TODAY.plusDays(1), TODAY)))
                .containsExactly("vacancies", "reportedOn");
    }

    @Test
    void aProvidersPlacesFromNoneTo500AndItsSpecialistPlacesUpToThemItsWorkerOneOfOurStaff() {
        org.hearth.access.StaffUserId worker = new org.hearth.access.StaffUserId(UUID.randomUUID());
        HousingRules.Known withWorker = new HousingRules.Known(AREA::equals, agency -> true, worker::equals);
        assertThat(RefugeRules.provider(new NewProvider("Haven", AREA, null, UUID.randomUUID(), worker, 500, 500, 500,
                500), name -> false, withWorker)).isEmpty();
        assertThat(RefugeRules.provider(new NewProvider("Haven", AREA, null, null, null, 0, 0, 0, 0), name -> false,
                KNOWN)).isEmpty();
        assertThat(RefugeRules.provider(new NewProvider("Haven", AREA, null, null,
                new org.hearth.access.StaffUserId(UUID.randomUUID()), 4, 0, 0, 5), name -> false, withWorker))
                .extracting(Problem::field, Problem::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("namedWorker", "Choose the provider's named worker, or none"),
                        org.assertj.core.groups.Tuple.tuple("placesNrpf",
                                "Specialist places are from 0 to the number of places"));
        assertThat(fields(RefugeRules.provider(new NewProvider(" ", null, null, null, null, -1, 0, 0, 0),
                name -> false, KNOWN))).containsExactly("name", "areaId", "places", "placesOlderSons", "placesDisabledAccess",
                "placesNrpf");
        assertThat(RefugeRules.provider(new NewProvider("Haven", UUID.randomUUID(), null, null, null, 1, 0, 0, 0),
                name -> false, KNOWN)).extracting(Problem::message).containsExactly("Choose an area of the partnership");
    }

    @Test
    void vacanciesUpTo500AndAReferralWithUpTo20Children() {
        assertThat(RefugeRules.vacancies(500, TODAY, TODAY)).isEmpty();
        NewRefugeReferral none = new NewRefugeReferral(new RefugeProviderId(UUID.randomUUID()), AREA, TODAY, 0, false,
                false, false, false, null, false);
        assertThat(RefugeRules.referral(none, true, TODAY, KNOWN)).isEmpty();
        NewRefugeReferral twenty = new NewRefugeReferral(none.provider(), null, TODAY, 20, false, false, false, false,
                null, false);
        assertThat(RefugeRules.referral(twenty, true, TODAY, KNOWN)).isEmpty();
        NewRefugeReferral undated = new NewRefugeReferral(none.provider(), null, null, -1, false, false, false, false,
                null, false);
        assertThat(fields(RefugeRules.referral(undated, true, TODAY, KNOWN))).containsExactly("referredOn", "children");
    }

    @Test
    void aReasonGoesWithADeclineAndAMoveOutNeedsAMoveIn() {
        LocalDate referred = TODAY.minusDays(5);
        assertThat(RefugeRules.outcome(null, referred, RefugeOutcome.NOT_SUITABLE, DeclineReason.OTHER, "Too far",
                false, referred, TODAY)).isEmpty();
        assertThat(RefugeRules.outcome(null, referred, null, null, null, false, TODAY, TODAY))
                .extracting(Problem::field, Problem::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("outcome", "Choose the outcome"));
        assertThat(RefugeRules.move("ACCEPTED", null, TODAY, null, null, TODAY)).as("no date of acceptance").isEmpty();
        assertThat(RefugeRules.move("ACCEPTED", referred, null, null, TODAY, TODAY)).extracting(Problem::message)
                .containsExactly("Enter the date she (or he) moved in");
        assertThat(RefugeRules.move(null, referred, TODAY, null, TODAY.plusDays(1), TODAY)).extracting(Problem::field)
                .containsExactly("movedInOn", "movedOutOn");
    }
}
