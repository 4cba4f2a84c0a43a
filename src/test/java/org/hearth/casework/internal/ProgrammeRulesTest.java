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
}
