package org.hearth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.casework.PartnerNotice;
import org.hearth.casework.Programme;
import org.hearth.casework.ProgrammeAttendance;
import org.hearth.casework.ProgrammeEndReason;
import org.hearth.casework.ProgrammeId;
import org.hearth.casework.ProgrammeReferral;
import org.hearth.casework.ProgrammeReferralId;
import org.hearth.casework.ProgrammeStatus;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of perpetrator programmes, without a database ({@link ProgrammeRules}). */
class ProgrammeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final PersonId HIM = PersonId.random();
    private static final PersonId HER = PersonId.random();
    private static final Programme PROGRAMME = programme(10, 3);

    private static Programme programme(int places, int taken) {
        return new Programme(new ProgrammeId(UUID.randomUUID()), AgencyId.random(), "Provider", "Change", false,
                places, taken, 0, null);
    }

    private static ProgrammeReferral referral(ProgrammeStatus status, boolean partnerLinked,
            List<ProgrammeReferral.Session> sessions) {
        return new ProgrammeReferral(new ProgrammeReferralId(UUID.randomUUID()), "PP-2026-00001",
                PROGRAMME.id(), "Change", HIM, TODAY.minusMonths(2), "Coercive control", status,
                TODAY.minusMonths(1), status == ProgrammeStatus.STARTED ? TODAY.minusDays(14) : null, null, null,
                partnerLinked, sessions);
    }

    @Test
    void thePartnerOnlyFromHisRecord() {
        assertThat(ProgrammeRules.referralErrors(Optional.of(PROGRAMME), false, HIM, HER, true, "Coercive control"))
                .isEmpty();
        assertThat(ProgrammeRules.referralErrors(Optional.of(PROGRAMME), false, HIM, HER, false, "Coercive control"))
                .as("no ground on her record: her worker would be told").containsOnlyKeys("partner");
        assertThat(ProgrammeRules.referralErrors(Optional.of(PROGRAMME), false, HIM, HIM, true, "Coercive control"))
                .as("not his own partner").containsOnlyKeys("partner");
        assertThat(ProgrammeRules.referralErrors(Optional.of(PROGRAMME), false, HIM, null, false, "Coercive control"))
                .as("no partner named").isEmpty();
    }

    @Test
    void aReferralToAProgrammeWithAReason() {
        assertThat(ProgrammeRules.referralErrors(Optional.empty(), false, HIM, null, false, ""))
                .containsOnlyKeys("programme", "reason");
        assertThat(ProgrammeRules.referralErrors(Optional.of(PROGRAMME), true, HIM, null, false, "r".repeat(5001)))
                .containsEntry("programme", "This person already has an open referral to Change")
                .containsOnlyKeys("programme", "reason");
    }

    @Test
    void aProgramme() {
        assertThat(ProgrammeRules.programmeErrors(true, "Change", false, 12)).isEmpty();
        assertThat(ProgrammeRules.programmeErrors(false, "", false, 0)).containsOnlyKeys("agency", "name", "places");
        assertThat(ProgrammeRules.programmeErrors(true, "Change", true, 1001))
                .containsEntry("name", "There is already a programme called Change").containsKey("places");
        assertThat(ProgrammeRules.programmeErrors(true, "n".repeat(201), false, null)).containsKeys("name", "places");
    }

    @Test
    void eachStepInItsStatus() {
        ProgrammeReferral waiting = referral(ProgrammeStatus.WAITING, false, List.of());
        assertThatThrownBy(() -> ProgrammeRules.assessErrors(waiting, true, TODAY, TODAY))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ProgrammeRules.startErrors(waiting, PROGRAMME, TODAY, TODAY)).isEmpty();
        assertThat(ProgrammeRules.startErrors(waiting, programme(3, 3), TODAY, TODAY)).containsOnlyKeys("on");
        assertThat(ProgrammeRules.startErrors(waiting, PROGRAMME, TODAY.plusDays(1), TODAY)).containsOnlyKeys("on");
        assertThat(ProgrammeRules.endErrors(waiting, TODAY, ProgrammeEndReason.COMPLETED, TODAY))
                .as("only someone on it completes it").containsOnlyKeys("reason");
        assertThatThrownBy(() -> ProgrammeRules.endErrors(referral(ProgrammeStatus.ENDED, false, List.of()), TODAY,
                ProgrammeEndReason.OTHER, TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSessionOncePerDay() {
        ProgrammeReferral started = referral(ProgrammeStatus.STARTED, false, List.of(
                new ProgrammeReferral.Session(TODAY.minusDays(7), ProgrammeAttendance.ATTENDED, null, "A. Worker")));
        assertThat(ProgrammeRules.sessionErrors(started, TODAY, ProgrammeAttendance.MISSED, "", TODAY)).isEmpty();
        assertThat(ProgrammeRules.sessionErrors(started, TODAY.minusDays(7), null, "n".repeat(5001), TODAY))
                .containsOnlyKeys("on", "attendance", "note");
        assertThat(ProgrammeRules.sessionErrors(started, TODAY.minusDays(30), ProgrammeAttendance.MISSED, "", TODAY))
                .as("before he started").containsOnlyKeys("on");
    }

    @Test
    void riskGoesOnlyToALinkedWorker() {
        assertThatThrownBy(() -> ProgrammeRules.checkRiskNotice(referral(ProgrammeStatus.STARTED, false, List.of()),
                "Threats")).hasMessageContaining("no support worker linked");
        assertThatThrownBy(() -> ProgrammeRules.checkRiskNotice(referral(ProgrammeStatus.STARTED, true, List.of()),
                "")).isInstanceOf(InvalidInputException.class);
        ProgrammeRules.checkRiskNotice(referral(ProgrammeStatus.STARTED, true, List.of()), "Threats");
        assertThat(ProgrammeRules.words(PartnerNotice.Kind.ENDED, "OTHER", null))
                .isEqualTo("He left the programme: another reason");
        assertThat(ProgrammeRules.words(PartnerNotice.Kind.RISK, null, "Threats"))
                .isEqualTo("Risk from the programme: Threats");
    }

    @Test
    void placesFromOneToAThousandAndANameOfUpTo200Characters() {
        assertThat(ProgrammeRules.programmeErrors(true, "n".repeat(ProgrammeRules.MAX_NAME), false, 1)).isEmpty();
        assertThat(ProgrammeRules.programmeErrors(true, "Change", false, ProgrammeRules.MAX_PLACES)).isEmpty();
        assertThat(ProgrammeRules.programmeErrors(true, "Change", false, 0))
                .containsExactly(java.util.Map.entry("places", "Enter the number of places as a whole number from 1 "
                        + "to 1000"));
        assertThat(ProgrammeRules.programmeErrors(true, "n".repeat(201), false, 5))
                .containsExactly(java.util.Map.entry("name", "The name must be 200 characters or fewer"));
        assertThat(ProgrammeRules.referralErrors(Optional.of(PROGRAMME), false, HIM, null, false,
                "r".repeat(ProgrammeRules.MAX_TEXT))).isEmpty();
        assertThat(ProgrammeRules.strip(null)).isEmpty();
        assertThat(ProgrammeRules.strip("  Change ")).isEqualTo("Change");
    }

    @Test
    void anAssessmentOfAReferralSaysWhetherHeIsSuitableOnADayFromTheReferral() {
        ProgrammeReferral referred = referral(ProgrammeStatus.REFERRED, false, List.of());
        assertThat(ProgrammeRules.assessErrors(referred, false, TODAY, TODAY)).isEmpty();
        assertThat(ProgrammeRules.assessErrors(referred, null, null, TODAY))
                .containsEntry("suitable", "Say whether he is suitable for the programme")
                .containsEntry("on", "Enter the date").hasSize(2);
        assertThat(ProgrammeRules.assessErrors(referred, true, referred.referredOn().minusDays(1), TODAY))
                .containsOnlyKeys("on");
        assertThat(ProgrammeRules.assessErrors(referred, true, referred.referredOn(), TODAY)).isEmpty();
        assertThatThrownBy(() -> ProgrammeRules.startErrors(referred, PROGRAMME, TODAY, TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessage("PP-2026-00001 is waiting for assessment");
        assertThatThrownBy(() -> ProgrammeRules.sessionErrors(referred, TODAY, ProgrammeAttendance.ATTENDED, "",
                TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStartAfterTheAssessmentAndAnyDayWhenNoneIsRecorded() {
        ProgrammeReferral waiting = referral(ProgrammeStatus.WAITING, false, List.of());
        assertThat(ProgrammeRules.startErrors(waiting, PROGRAMME, waiting.assessedOn().minusDays(1), TODAY))
                .containsOnlyKeys("on");
        assertThat(ProgrammeRules.startErrors(waiting, programme(3, 2), waiting.assessedOn(), TODAY)).isEmpty();
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        ProgrammeRules.day(TODAY.minusYears(5), null, errors, TODAY);
        assertThat(errors).as("no earlier step").isEmpty();
    }

    @Test
    void anEndFollowsTheStartOrTheReferralAndOnlySomeoneOnItCompletesIt() {
        ProgrammeReferral started = referral(ProgrammeStatus.STARTED, false, List.of());
        assertThat(ProgrammeRules.endErrors(started, TODAY, ProgrammeEndReason.COMPLETED, TODAY)).isEmpty();
        assertThat(ProgrammeRules.endErrors(started, started.startedOn().minusDays(1), ProgrammeEndReason.OTHER,
                TODAY)).as("before he started").containsOnlyKeys("on");
        ProgrammeReferral referred = referral(ProgrammeStatus.REFERRED, false, List.of());
        assertThat(ProgrammeRules.endErrors(referred, referred.referredOn(), ProgrammeEndReason.OTHER, TODAY))
                .as("not started: from the referral").isEmpty();
        assertThat(ProgrammeRules.endErrors(referred, TODAY, null, TODAY))
                .containsExactly(java.util.Map.entry("reason", "Choose whether he completed the programme or why it "
                        + "stopped"));
        assertThatThrownBy(() -> ProgrammeRules.sessionErrors(referral(ProgrammeStatus.WAITING, false, List.of()),
                TODAY, ProgrammeAttendance.ATTENDED, "", TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSessionNoteOfUpTo5000CharactersAndADayNeeded() {
        ProgrammeReferral started = referral(ProgrammeStatus.STARTED, false, List.of(
                new ProgrammeReferral.Session(TODAY.minusDays(7), ProgrammeAttendance.ATTENDED, null, "A. Worker")));
        assertThat(ProgrammeRules.sessionErrors(started, TODAY, ProgrammeAttendance.ATTENDED,
                "n".repeat(ProgrammeRules.MAX_TEXT), TODAY)).isEmpty();
        assertThat(ProgrammeRules.sessionErrors(started, null, ProgrammeAttendance.ATTENDED, "", TODAY))
                .containsExactly(java.util.Map.entry("on", "Enter the date"));
    }

    @Test
    void theRiskNoticeUpTo5000CharactersAndEachNoticesWords() {
        ProgrammeReferral linked = referral(ProgrammeStatus.STARTED, true, List.of());
        ProgrammeRules.checkRiskNotice(linked, "r".repeat(ProgrammeRules.MAX_TEXT));
        assertThatThrownBy(() -> ProgrammeRules.checkRiskNotice(linked, "r".repeat(ProgrammeRules.MAX_TEXT + 1)))
                .hasMessage("The risk must be 5000 characters or fewer");
        assertThat(ProgrammeRules.words(PartnerNotice.Kind.STARTED, null, null)).isEqualTo("He started the programme");
        assertThat(ProgrammeRules.words(PartnerNotice.Kind.MISSED, null, null)).isEqualTo("He did not attend a session");
        assertThat(ProgrammeRules.words(PartnerNotice.Kind.COMPLETED, null, null))
                .isEqualTo("He completed the programme");
        assertThat(ProgrammeRules.words(PartnerNotice.Kind.ENDED, null, null)).isEqualTo("He left the programme: stopped");
    }
}
