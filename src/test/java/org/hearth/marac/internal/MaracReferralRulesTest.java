package org.hearth.marac.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.NewMaracReferral;
import org.hearth.marac.ReferralSource;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.Consent;
import org.hearth.risk.MaracCriterion;
import org.hearth.risk.MaracCriterion.Kind;
import org.hearth.risk.MaracEligibility;
import org.hearth.risk.MaracReferralHistory.PriorReferral;
import org.junit.jupiter.api.Test;

/** The rules of a referral to MARAC, without a database ({@link MaracReferralRules}). */
class MaracReferralRulesTest {

    private static final PersonId VICTIM = PersonId.random();
    private static final PersonId KNOWN = PersonId.random();
    private static final PersonId STRANGER = PersonId.random();
    private static final LocalDate ON = LocalDate.of(2026, 6, 1);

    private static NewMaracReferral referral(List<PersonId> perpetrators, Set<Kind> criteria, String reason) {
        return new NewMaracReferral(VICTIM, perpetrators, null, criteria, reason, Consent.GIVEN, null, null);
    }

    private static Map<String, String> errors(NewMaracReferral r) {
        return MaracReferralRules.referralErrors(r, r.criteria(), Set.of(KNOWN), p -> true, true);
    }

    @Test
    void perpetratorsOnlyFromTheVictimsRecord() {
        assertThat(errors(referral(List.of(KNOWN), Set.of(Kind.VISIBLE_HIGH_RISK), null))).isEmpty();
        assertThat(errors(referral(List.of(STRANGER), Set.of(Kind.VISIBLE_HIGH_RISK), null)))
                .as("no lasting ground on them: publishing the agenda would open their record")
                .containsEntry("perpetrators", "Choose perpetrators from the victim's record");
        assertThat(errors(referral(List.of(VICTIM), Set.of(Kind.VISIBLE_HIGH_RISK), null)))
                .as("the victim is not her own perpetrator").containsOnlyKeys("perpetrators");
        NewMaracReferral unknown = referral(List.of(KNOWN), Set.of(Kind.VISIBLE_HIGH_RISK), null);
        assertThat(MaracReferralRules.referralErrors(unknown, unknown.criteria(), Set.of(KNOWN), p -> false, true))
                .as("no such person: the same message").containsOnlyKeys("perpetrators");
    }

    @Test
    void aCriterionAndAReasonForProfessionalJudgement() {
        assertThat(errors(referral(List.of(), Set.of(), null))).containsOnlyKeys("criteria");
        assertThat(errors(referral(List.of(), Set.of(Kind.PROFESSIONAL_JUDGEMENT), " 012345678 ")))
                .containsOnlyKeys("judgementReason");
        assertThat(errors(referral(List.of(), Set.of(Kind.PROFESSIONAL_JUDGEMENT), "0123456789"))).isEmpty();
        assertThat(errors(referral(List.of(), Set.of(Kind.VISIBLE_HIGH_RISK), "r".repeat(2001))))
                .containsOnlyKeys("judgementReason");
    }

    @Test
    void aMaracThatExists() {
        NewMaracReferral r = new NewMaracReferral(VICTIM, List.of(), MaracId.random(), Set.of(Kind.VISIBLE_HIGH_RISK),
                null, Consent.GIVEN, null, null);
        assertThat(MaracReferralRules.referralErrors(r, r.criteria(), Set.of(), p -> true, false))
                .containsOnlyKeys("marac");
        assertThat(MaracReferralRules.referralErrors(r, r.criteria(), Set.of(), p -> true, true)).isEmpty();
    }

    @Test
    void theCriteriaTheRecordsShowAreAdded() {
        MaracEligibility e = new MaracEligibility(VICTIM, ON, List.of(
                new MaracCriterion(Kind.VISIBLE_HIGH_RISK, true, "Scored 15 on 1 June"),
                new MaracCriterion(Kind.POTENTIAL_ESCALATION, false, "No")), null);
        assertThat(MaracReferralRules.criteria(Set.of(Kind.REPEAT), e))
                .containsExactlyInAnyOrder(Kind.VISIBLE_HIGH_RISK, Kind.REPEAT);
        assertThat(MaracReferralRules.evidence(e, Set.of(Kind.VISIBLE_HIGH_RISK, Kind.POTENTIAL_ESCALATION)))
                .isEqualTo("Visible high risk: Scored 15 on 1 June\n" + Kind.POTENTIAL_ESCALATION.label()
                        + ": identified by the referrer.");
        assertThat(MaracReferralRules.evidence(e, Set.of(Kind.PROFESSIONAL_JUDGEMENT)))
                .isEqualTo("Identified by the referrer.");
    }

    @Test
    void aRepeatNamesOneOfThePerpetrators() {
        PriorReferral earlier = new PriorReferral(java.util.UUID.randomUUID().toString(), "MR-2026-00001",
                ON.minusMonths(3), Set.of(KNOWN));
        MaracEligibility found = new MaracEligibility(VICTIM, ON, List.of(), earlier);
        assertThat(MaracReferralRules.repeatOf(found, Set.of(KNOWN), Set.of(), List::of, ON)).isEqualTo(earlier);
        assertThat(MaracReferralRules.repeatOf(found, Set.of(STRANGER), Set.of(), List::of, ON))
                .as("another perpetrator: not a repeat of that one").isNull();
        MaracEligibility none = new MaracEligibility(VICTIM, ON, List.of(), null);
        assertThat(MaracReferralRules.repeatOf(none, Set.of(KNOWN), Set.of(Kind.REPEAT), () -> List.of(earlier), ON))
                .as("the referrer says it is a repeat").isEqualTo(earlier);
        assertThat(MaracReferralRules.repeatOf(none, Set.of(KNOWN), Set.of(), () -> List.of(earlier), ON)).isNull();
    }

    @Test
    void theMaracCoveringTheAreaElseTheOnlyOne() {
        AreaId north = AreaId.random();
        AreaId south = AreaId.random();
        Marac a = marac(north);
        Marac b = marac(south);
        assertThat(MaracReferralRules.maracFor(List.of(a, b), south)).contains(b.id());
        assertThat(MaracReferralRules.maracFor(List.of(a, b), null)).as("a choice: the coordinator's").isEmpty();
        assertThat(MaracReferralRules.maracFor(List.of(a), south)).as("the only one").contains(a.id());
    }

    @Test
    void aMaracIsChosenOnlyForAReferralNotListedNorTransferred() {
        MaracReferral waiting = found(null, null);
        MaracReferralRules.checkChoice(waiting, true);
        assertThatThrownBy(() -> MaracReferralRules.checkChoice(waiting, false))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MaracReferralRules.checkChoice(found(MaracMeetingId.random(), null), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already on an agenda");
        assertThatThrownBy(() -> MaracReferralRules.checkChoice(found(null, "Westshire MARAC"), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("transferred to Westshire MARAC");
    }

    private static Marac marac(AreaId area) {
        return new Marac(MaracId.random(), "MARAC", List.of(area), null, null, null, Marac.DEFAULT_CAPACITY, List.of());
    }

    private static MaracReferral found(MaracMeetingId meeting, String transferredTo) {
        return new MaracReferral(MaracReferralId.random(), "MR-2026-00002", null, VICTIM, List.of(),
                ReferralSource.PERSON_PAGE, null, ON, "A. Worker", AgencyId.random(), Set.of(Kind.VISIBLE_HIGH_RISK),
                "", null, null, Consent.GIVEN, null, null, false, null, null, meeting, transferredTo,
                transferredTo == null ? null : ON);
    }
}
