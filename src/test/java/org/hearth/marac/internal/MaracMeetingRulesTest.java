package org.hearth.marac.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracAction.Subject;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracMeetings.Attendance;
import org.hearth.marac.MaracMeetings.Outcome;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.Meeting;
import org.hearth.marac.Member;
import org.hearth.marac.NewMaracAction;
import org.hearth.marac.ReferralSource;
import org.hearth.partnership.AgencyId;
import org.hearth.people.Address;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.people.SafeContact;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.Consent;
import org.junit.jupiter.api.Test;

/** The rules of running a MARAC meeting, without a database ({@link MaracMeetingRules}). */
class MaracMeetingRulesTest {

    private static final AgencyId MEMBER = AgencyId.random();
    private static final AgencyId OUTSIDER = AgencyId.random();
    private static final Marac MARAC = new Marac(MaracId.random(), "MARAC", List.of(), null, null, null,
            Marac.DEFAULT_CAPACITY, List.of(new Member(MEMBER, null, null)));
    private static final LocalDate MEETS = LocalDate.of(2026, 6, 1);

    private static MaracMeetingStore.MeetingRow row(Instant published, Instant held) {
        return new MaracMeetingStore.MeetingRow(new Meeting(MaracMeetingId.random(), MARAC.id(), MEETS, published),
                held, null);
    }

    @Test
    void aMeetingChangesOnlyOncePublishedAndUntilHeld() {
        Instant now = Instant.now();
        MaracMeetingRules.checkRunning(row(now, null));
        assertThatThrownBy(() -> MaracMeetingRules.checkRunning(row(null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Publish the agenda");
        assertThatThrownBy(() -> MaracMeetingRules.checkRunning(row(now, now)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("marked held");
        assertThatThrownBy(() -> MaracMeetingRules.checkHeldOn(MEETS, MEETS.minusDays(1)))
                .isInstanceOf(InvalidInputException.class);
        MaracMeetingRules.checkHeldOn(MEETS, MEETS);
    }

    @Test
    void attendanceOfMemberAgenciesOnly() {
        MaracMeetingRules.checkAttendance(MARAC, Map.of(MEMBER, Attendance.values()[0]));
        assertThatThrownBy(() -> MaracMeetingRules.checkAttendance(MARAC, Map.of(OUTSIDER, Attendance.values()[0])))
                .isInstanceOf(InvalidInputException.class);
        Map<AgencyId, Attendance> none = new HashMap<>();
        none.put(null, null);
        assertThatThrownBy(() -> MaracMeetingRules.checkAttendance(MARAC, none))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCasesMinutes() {
        assertThat(MaracMeetingRules.caseErrors(Outcome.WAITING, "Discussed", null, true, false, null)).isEmpty();
        assertThat(MaracMeetingRules.caseErrors(Outcome.WAITING, null, null, true, false, null))
                .containsOnlyKeys("minutes");
        assertThat(MaracMeetingRules.caseErrors(Outcome.ADJOURNED, "Discussed", null, false, false, null))
                .containsEntry("minutes", "The case was adjourned to the next meeting");
        assertThat(MaracMeetingRules.caseErrors(Outcome.WAITING, "m".repeat(8001), "i".repeat(4001), false, false,
                null)).containsOnlyKeys("minutes", "idvaUpdate");
        assertThat(MaracMeetingRules.caseErrors(Outcome.WAITING, "Discussed", null, false, true, null))
                .as("nothing the chair can see to share").containsOnlyKeys("shareAddress");
    }

    @Test
    void anActionOwnedByAMemberAndDueWithinAYear() {
        NewMaracAction ok = new NewMaracAction(Subject.VICTIM, "Safety plan", "Stalking", MEMBER, MEETS.plusDays(7));
        assertThat(MaracMeetingRules.actionErrors(Outcome.WAITING, ok, "Safety plan", "Stalking", MARAC, MEETS))
                .isEmpty();
        NewMaracAction outsider = new NewMaracAction(Subject.VICTIM, "Plan", "Risk", OUTSIDER, MEETS.plusYears(2));
        assertThat(MaracMeetingRules.actionErrors(Outcome.WAITING, outsider, "Plan", "Risk", MARAC, MEETS))
                .containsOnlyKeys("owner", "dueOn");
        NewMaracAction empty = new NewMaracAction(null, null, null, null, MEETS.minusDays(1));
        assertThat(MaracMeetingRules.actionErrors(Outcome.ADJOURNED, empty, null, null, MARAC, MEETS))
                .containsOnlyKeys("description", "subject", "risk", "owner", "dueOn")
                .containsEntry("description", "The case was adjourned to the next meeting: agree its actions there");
    }

    private static PersonRecord record(boolean full, SafeContact safe, int hidden, Address... addresses) {
        return new PersonRecord(PersonId.random(), null, List.of(), full, false, false, false, safe,
                List.of(addresses), hidden, List.of(), null, Set.of(), false, List.of());
    }

    private static Address address(boolean confidential, boolean refuge) {
        return new Address(null, "1 High Street", null, "Exeter", "EX1 1AA", LocalDate.of(2020, 1, 1), null,
                confidential, refuge, refuge ? "Refuge" : null);
    }

    @Test
    void theCasePageNeverShowsTheSafePhoneNorAConfidentialAddress() {
        SafeContact safe = new SafeContact(true, false, true, false, false, "mornings", "07700 900123",
                "c/o a friend", "Only her mobile");
        MaracMeetingRules.Contact open = MaracMeetingRules.contact(Optional.of(record(true, safe, 0,
                address(false, false))));
        assertThat(open.safe().safePhone()).isNull();
        assertThat(open.safe().safeAddress()).isNull();
        assertThat(open.safe().safeTimes()).isEqualTo("mornings");
        assertThat(open.address()).contains("1 High Street");
        assertThat(open.confidential()).isFalse();

        MaracMeetingRules.Contact hidden = MaracMeetingRules.contact(Optional.of(record(true, safe, 0,
                address(true, false))));
        assertThat(hidden.address()).isNull();
        assertThat(hidden.confidential()).isTrue();
        assertThat(MaracMeetingRules.contact(Optional.of(record(true, null, 1))).confidential())
                .as("one she cannot see").isTrue();
        assertThat(MaracMeetingRules.contact(Optional.of(record(true, null, 0, address(false, true)))).address())
                .as("no refuge on the page").isNull();
        MaracMeetingRules.Contact limited = MaracMeetingRules.contact(Optional.of(record(false, safe, 0,
                address(false, false))));
        assertThat(limited.address()).as("a limited record: nothing").isNull();
        assertThat(limited.safe().notes()).isNull();
    }

    @Test
    void onlyAFullRecordsAddressIsShared() {
        assertThat(MaracMeetingRules.shareableAddress(Optional.of(record(true, null, 0, address(false, false)))))
                .contains("1 High Street");
        assertThat(MaracMeetingRules.shareableAddress(Optional.of(record(false, null, 0, address(false, false)))))
                .isNull();
        assertThat(MaracMeetingRules.shareableAddress(Optional.empty())).isNull();
    }

    @Test
    void theMinutesAndTheIdvasUpdateAtTheirLimitsAndNoMinutesWhileTheCaseStaysOpen() {
        assertThat(MaracMeetingRules.caseErrors(Outcome.WAITING, "m".repeat(MaracMeetingRules.MAX_MINUTES),
                "i".repeat(MaracMeetingRules.MAX_IDVA), true, false, null)).isEmpty();
        assertThat(MaracMeetingRules.caseErrors(Outcome.WAITING, null, null, false, false, null))
                .as("not closed: minutes may wait").isEmpty();
        assertThat(MaracMeetingRules.caseErrors(Outcome.WAITING, "m".repeat(MaracMeetingRules.MAX_MINUTES + 1), null,
                true, false, null)).containsEntry("minutes", "The minutes must be 8000 characters or fewer");
        assertThat(MaracMeetingRules.caseErrors(Outcome.WAITING, "Discussed", null, false, true, "1 High Street"))
                .as("an address to share").isEmpty();
        assertThat(MaracMeetingRules.caseErrors(Outcome.ADJOURNED, null, null, true, false, null))
                .containsOnlyKeys("minutes").containsEntry("minutes", "The case was adjourned to the next meeting");
    }

    @Test
    void anActionsTextAndRiskAtTheirLimitsAndItsDueDateFromTheMeetingToAYearAfter() {
        String text = "d".repeat(MaracMeetingRules.MAX_ACTION);
        String risk = "r".repeat(MaracMeetingRules.MAX_RISK);
        NewMaracAction onTheDay = new NewMaracAction(Subject.CHILDREN, text, risk, MEMBER, MEETS);
        assertThat(MaracMeetingRules.actionErrors(Outcome.WAITING, onTheDay, text, risk, MARAC, MEETS)).isEmpty();
        NewMaracAction aYearOn = new NewMaracAction(Subject.PERPETRATOR, "Plan", "Risk", MEMBER, MEETS.plusYears(1));
        assertThat(MaracMeetingRules.actionErrors(Outcome.WAITING, aYearOn, "Plan", "Risk", MARAC, MEETS)).isEmpty();
        NewMaracAction tooLong = new NewMaracAction(Subject.VICTIM, text + "d", risk + "r", MEMBER,
                MEETS.plusYears(1).plusDays(1));
        assertThat(MaracMeetingRules.actionErrors(Outcome.WAITING, tooLong, text + "d", risk + "r", MARAC, MEETS))
                .containsEntry("description", "The action must be 2000 characters or fewer")
                .containsEntry("risk", "The risk must be 1000 characters or fewer")
                .containsEntry("dueOn", "The due date must be within a year of the meeting").hasSize(3);
        NewMaracAction before = new NewMaracAction(Subject.VICTIM, "Plan", "Risk", MEMBER, MEETS.minusDays(1));
        assertThat(MaracMeetingRules.actionErrors(Outcome.WAITING, before, "Plan", "Risk", MARAC, MEETS))
                .containsOnlyKeys("dueOn").containsEntry("dueOn", "The due date must be on or after the meeting");
    }

    @Test
    void noRecordToReadShowsNothingAndSafeContactNotYetAsked() {
        MaracMeetingRules.Contact none = MaracMeetingRules.contact(Optional.empty());
        assertThat(none.address()).isNull();
        assertThat(none.confidential()).isFalse();
        assertThat(none.safe()).isEqualTo(SafeContact.notYetAsked());
        MaracMeetingRules.Contact old = MaracMeetingRules.contact(Optional.of(record(true, null, 0,
                new Address(null, "9 Old Road", null, "Exeter", "EX2 2BB", LocalDate.of(2010, 1, 1),
                        LocalDate.of(2019, 12, 31), true, false, null),
                address(false, false))));
        assertThat(old.confidential()).as("a confidential address she has left is not current").isFalse();
        assertThat(old.address()).contains("1 High Street");
        assertThat(old.safe()).isEqualTo(SafeContact.notYetAsked());
        assertThat(MaracMeetingRules.shareableAddress(Optional.of(record(true, null, 0,
                new Address(null, "9 Old Road", null, "Exeter", "EX2 2BB", LocalDate.of(2010, 1, 1),
                        LocalDate.of(2019, 12, 31), false, false, null))))).as("no current address").isNull();
    }

    private static MaracReferral referral(PersonId victim, List<PersonId> perpetrators) {
        return new MaracReferral(MaracReferralId.random(), "MR-2026-00001", MARAC.id(), victim, perpetrators,
                ReferralSource.PERSON_PAGE, null, MEETS, "A. Worker", MEMBER, Set.of(), "", null, null,
                Consent.GIVEN, null, null, false, null, null, null, null, null);
    }

    @Test
    void theAuditNamesTheMeetingThenEachVictimAndPerpetratorOnce() {
        MaracMeetingId meeting = MaracMeetingId.random();
        PersonId victim = PersonId.random();
        PersonId him = PersonId.random();
        PersonId other = PersonId.random();
        PersonId second = PersonId.random();
        assertThat(MaracMeetingRules.ids(meeting, List.of(referral(victim, List.of(him, other)),
                referral(second, List.of(him))))).containsExactly(meeting.toString(), victim.toString(),
                        him.toString(), other.toString(), second.toString());
        assertThat(MaracMeetingRules.ids(meeting, List.of())).containsExactly(meeting.toString());
    }
}
