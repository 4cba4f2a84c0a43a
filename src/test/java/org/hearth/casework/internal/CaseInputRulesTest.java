package org.hearth.casework.internal;

import org.hearth.platform.Dates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.hearth.casework.CaseService;
import org.hearth.casework.ContactMethod;
import org.hearth.casework.ContactOutcome;
import org.hearth.casework.Engagement;
import org.hearth.casework.NoteType;
import org.hearth.casework.RiskStage;
import org.hearth.casework.SafetyPlan;
import org.hearth.casework.ServiceKind;
import org.hearth.casework.SupportNeed;
import org.hearth.casework.SupportStatus;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What casework refuses ({@link CaseInputRules}), at each edge: 5,000 characters taken and 5,001 refused (after
 * stripping), today taken and tomorrow refused, an attempt five minutes ahead of the clock taken and one past that
 * refused, an attempt on the day of the referral taken and the day before refused; every field's message at once.
 */
class CaseInputRulesTest {

    static final String MAX = "x".repeat(CaseInputRules.MAX_TEXT);
    static final String OVER = "x".repeat(CaseInputRules.MAX_TEXT + 1);
    static final Optional<CaseService> SERVICE = Optional.of(CaseworkUnits.service(CaseworkUnits.AGENCY_X,
            ServiceKind.IDVA, null));

    static Map<String, String> refused(Executable call) {
        return org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, call).errors();
    }

    @Test
    void aReferralNeedsAServiceAndAReasonOfAtMost5000Characters() {
        assertThat(CaseInputRules.referral(SERVICE, "  Strangled last week \n")).isEqualTo("Strangled last week");
        assertThat(CaseInputRules.referral(SERVICE, " " + MAX + " ")).hasSize(5000);
        assertThat(refused(() -> CaseInputRules.referral(SERVICE, OVER))).containsOnlyKeys("reason")
                .containsValue("The reason must be 5000 characters or fewer");
        assertThat(refused(() -> CaseInputRules.referral(SERVICE, "   "))).containsOnlyKeys("reason");
        assertThat(refused(() -> CaseInputRules.referral(SERVICE, null))).containsOnlyKeys("reason");
        assertThat(refused(() -> CaseInputRules.referral(Optional.empty(), null)).keySet())
                .containsExactly("service", "reason");
        assertThat(refused(() -> CaseInputRules.referral(Optional.empty(), "Why"))).containsOnlyKeys("service");
    }

    @Test
    void aContactAttemptIsMadeNotAheadOfTheClockAndNeverBeforeTheReferral() {
        Instant now = Instant.parse("2026-12-05T12:00:00Z");
        LocalDate referred = LocalDate.of(2026, 12, 1);
        Instant startOfReferralDay = referred.atStartOfDay(Dates.UK).toInstant();
        CaseInputRules.contact(now.plus(Duration.ofMinutes(5)), now, referred, ContactMethod.TEXT,
                ContactOutcome.SPOKE, MAX);
        CaseInputRules.contact(startOfReferralDay, now, referred, ContactMethod.TEXT, ContactOutcome.SPOKE, null);
        assertThat(refused(() -> CaseInputRules.contact(now.plus(Duration.ofMinutes(5)).plusMillis(1), now, referred,
                ContactMethod.TEXT, ContactOutcome.SPOKE, null))).containsOnlyKeys("attemptedOn")
                .containsValue("The attempt must be today or in the past: record attempts once made");
        assertThat(refused(() -> CaseInputRules.contact(startOfReferralDay.minusMillis(1), now, referred,
                ContactMethod.TEXT, ContactOutcome.SPOKE, null))).containsOnlyKeys("attemptedOn")
                .containsValue("The attempt cannot be before the referral on 2026-12-01");
        // the referral's day is the day in the UK: 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time
        CaseInputRules.contact(Instant.parse("2026-06-30T23:30:00Z"), now, LocalDate.of(2026, 7, 1),
                ContactMethod.TEXT, ContactOutcome.SPOKE, null);
        assertThat(refused(() -> CaseInputRules.contact(now, now, referred, ContactMethod.TEXT, ContactOutcome.SPOKE,
                OVER))).containsOnlyKeys("notes").containsValue("The notes must be 5000 characters or fewer");
        assertThat(refused(() -> CaseInputRules.contact(null, now, referred, null, null, OVER)).keySet())
                .containsExactly("attemptedOn", "method", "outcome", "notes");
    }

    @Test
    void aNoteIsTypedDatedNotAfterTodayAndAtMost5000Characters() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        assertThat(CaseInputRules.note(NoteType.RISK, today, today, "  Spoke \n")).isEqualTo("Spoke");
        assertThat(CaseInputRules.note(NoteType.RISK, today.minusYears(1), today, MAX)).hasSize(5000);
        assertThat(refused(() -> CaseInputRules.note(NoteType.RISK, today.plusDays(1), today, "x")))
                .containsOnlyKeys("notedOn").containsValue("The date must be today or in the past");
        assertThat(refused(() -> CaseInputRules.note(NoteType.RISK, today, today, OVER))).containsOnlyKeys("text")
                .containsValue("The note must be 5000 characters or fewer");
        assertThat(refused(() -> CaseInputRules.note(null, null, today, " ")).keySet())
                .containsExactly("type", "notedOn", "text");
    }

    @Test
    void aSafetyPlanHasAtLeastOneSectionAndEachAtMost5000Characters() {
        SafetyPlan.Sections stored = CaseInputRules.safetyPlan(new SafetyPlan.Sections(null, "  ", " Go to Sam's ",
                MAX, null, null, null, null));
        assertThat(stored).isEqualTo(new SafetyPlan.Sections(null, null, "Go to Sam's", MAX, null, null, null, null));
        assertThat(CaseInputRules.safetyPlan(new SafetyPlan.Sections("a", "b", "c", "d", "e", "f", "g", "h")))
                .isEqualTo(new SafetyPlan.Sections("a", "b", "c", "d", "e", "f", "g", "h"));
        assertThat(refused(() -> CaseInputRules.safetyPlan(new SafetyPlan.Sections(null, " ", "", null, null, null,
                null, null)))).containsOnlyKeys("safeContacts")
                .containsValue("Write at least one section of the safety plan");
        assertThat(refused(() -> CaseInputRules.safetyPlan(new SafetyPlan.Sections(OVER, OVER, OVER, OVER, OVER, OVER,
                OVER, OVER))).keySet()).containsExactlyElementsOf(CaseInputRules.PLAN_FIELDS);
        assertThat(refused(() -> CaseInputRules.safetyPlan(new SafetyPlan.Sections(null, null, null, null, null, null,
                null, OVER)))).containsOnlyKeys("atWork");
    }

    @Test
    void anInterventionNamesItsNeedAndWhatWillBeDone() {
        assertThat(CaseInputRules.support(SupportNeed.HOUSING, " Refuge place ")).isEqualTo("Refuge place");
        assertThat(CaseInputRules.support(SupportNeed.HOUSING, MAX)).hasSize(5000);
        assertThat(refused(() -> CaseInputRules.support(SupportNeed.HOUSING, OVER))).containsOnlyKeys("intervention");
        assertThat(refused(() -> CaseInputRules.support(null, null)).keySet()).containsExactly("need", "intervention");
    }

    @Test
    void anInterventionDoneOrStoppedNeedsItsOutcome() {
        assertThat(CaseInputRules.supportUpdate(SupportStatus.IN_PROGRESS, "  ")).isNull();
        assertThat(CaseInputRules.supportUpdate(SupportStatus.PLANNED, null)).isNull();
        assertThat(CaseInputRules.supportUpdate(SupportStatus.DONE, " Moved ")).isEqualTo("Moved");
        assertThat(CaseInputRules.supportUpdate(SupportStatus.STOPPED, MAX)).hasSize(5000);
        assertThat(refused(() -> CaseInputRules.supportUpdate(SupportStatus.DONE, " "))).containsOnlyKeys("outcome");
        assertThat(refused(() -> CaseInputRules.supportUpdate(SupportStatus.STOPPED, null)))
                .containsOnlyKeys("outcome");
        assertThat(refused(() -> CaseInputRules.supportUpdate(SupportStatus.IN_PROGRESS, OVER)))
                .containsOnlyKeys("outcome").containsValue("The outcome must be 5000 characters or fewer");
        assertThat(refused(() -> CaseInputRules.supportUpdate(null, "x"))).containsOnlyKeys("status");
    }

    @Test
    void engagementAndARiskReviewsStageAreChosen() {
        CaseInputRules.engagement(Engagement.ENGAGED);
        CaseInputRules.riskStage(RiskStage.EXIT);
        assertThat(refused(() -> CaseInputRules.engagement(null))).containsOnlyKeys("engagement");
        assertThat(refused(() -> CaseInputRules.riskStage(null))).containsOnlyKeys("stage");
    }

    @Test
    void blankTextIsStoredAsNothing() {
        assertThat(CaseInputRules.blank(null)).isNull();
        assertThat(CaseInputRules.blank(" \n")).isNull();
        assertThat(CaseInputRules.blank(" a ")).isEqualTo("a");
        assertThat(CaseInputRules.strip(null)).isEmpty();
    }
}
