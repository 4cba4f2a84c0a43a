package org.hearth.marac.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.Meeting;
import org.hearth.marac.ReferralSource;
import org.hearth.marac.WaitingReferral;
import org.hearth.marac.WaitingReferral.Reason;
import org.hearth.marac.internal.WaitingRules.Facts;
import org.hearth.marac.internal.WaitingRules.MeetingState;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.referrals.Consent;
import org.hearth.risk.MaracCriterion.Kind;
import org.junit.jupiter.api.Test;

/** Why a referral waits, worked out from its MARAC's meetings, and which meetings may take it. */
class WaitingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant MADE = Instant.parse("2026-12-01T10:00:00Z");
    private static final MaracId MARAC = new MaracId(UUID.randomUUID());

    private static MaracReferral referral(MaracId marac, MaracMeetingId meeting) {
        return new MaracReferral(new MaracReferralId(UUID.randomUUID()), "MR-2026-00001", marac,
                new PersonId(UUID.randomUUID()), List.of(), ReferralSource.API, null, TODAY.minusDays(6), "Test",
                null, Set.of(Kind.VISIBLE_HIGH_RISK), "", null, 16, Consent.GIVEN, null, null, false, null, null,
                meeting, null, null);
    }

    private static MeetingState meeting(LocalDate on, Instant published, Instant held, int listed, MaracId marac) {
        return new MeetingState(new Meeting(new MaracMeetingId(UUID.randomUUID()), marac, on, published), held,
                MADE.minusSeconds(86400), listed, 20);
    }

    private static WaitingReferral why(List<MeetingState> meetings, LocalDate adjournedOn) {
        return WaitingRules.why(referral(MARAC, null), "Eastvale MARAC", meetings, new Facts(MADE, adjournedOn), TODAY);
    }

    @Test
    void eachReasonInWordsWithItsDates() {
        WaitingReferral noMarac = WaitingRules.why(referral(null, null), null, List.of(), new Facts(MADE, null), TODAY);
        assertThat(noMarac.reason()).isEqualTo(Reason.NO_MARAC);
        assertThat(noMarac.cause()).doesNotContainIgnoringCase("choose");
        assertThat(noMarac.why()).endsWith("Choose its MARAC.");
        WaitingReferral none = why(List.of(), null);
        assertThat(none.reason()).isEqualTo(Reason.NO_MEETING);
        assertThat(none.why()).isEqualTo("No meeting of Eastvale MARAC is planned. Add a meeting.");
        assertThat(none.cause()).as("the cause, for any reader: no instruction")
                .isEqualTo("No meeting of Eastvale MARAC is planned.");

        MeetingState published = meeting(TODAY.plusDays(2), Instant.parse("2026-11-30T10:00:00Z"), null, 12, MARAC);
        WaitingReferral closed = why(List.of(published), null);
        assertThat(closed.reason()).isEqualTo(Reason.AGENDA_PUBLISHED);
        assertThat(closed.why()).startsWith("The agenda of the meeting on 9 December 2026 was published on "
                + "30 November 2026, so it takes no more cases");
        assertThat(closed.meetings()).isEmpty();

        MeetingState full = meeting(TODAY.plusDays(7), null, null, 20, MARAC);
        WaitingReferral allFull = why(List.of(published, full), null);
        assertThat(allFull.reason()).isEqualTo(Reason.MEETINGS_FULL);
        assertThat(allFull.why()).contains("14 December 2026, 20 of 20").endsWith("Add a meeting, or move a case.");
        assertThat(allFull.cause()).as("no meeting's capacity for any reader").isEqualTo("Every meeting planned is full.");

        MeetingState room = meeting(TODAY.plusDays(21), null, null, 17, MARAC);
        WaitingReferral since = why(List.of(published, full, room), null);
        assertThat(since.reason()).isEqualTo(Reason.ROOM_SINCE);
        assertThat(since.why()).isEqualTo("Referred when the meeting on 28 December 2026 was full, or taken off it "
                + "since. The meeting on 28 December 2026 has 3 places left.");
        assertThat(since.cause()).doesNotContain("places");
        assertThat(since.meetings()).extracting(m -> m.placesLeft()).containsExactly(3);
        WaitingReferral empty = why(List.of(meeting(TODAY.plusDays(21), null, null, 0, MARAC)), null);
        assertThat(empty.why()).as("a meeting where no place was ever taken").endsWith("No case is listed yet on the "
                + "meeting on 28 December 2026: all 20 places are free.");

        WaitingReferral adjourned = why(List.of(), TODAY.minusDays(7));
        assertThat(adjourned.reason()).isEqualTo(Reason.ADJOURNED);
        assertThat(adjourned.why()).startsWith("Adjourned at the meeting on 30 November 2026, when no later meeting "
                + "was planned. No meeting");
        assertThat(adjourned.cause()).isEqualTo("Adjourned at the meeting on 30 November 2026, when no later meeting "
                + "was planned.");
    }

    @Test
    void aReferralWhoseFactsWereNotReadYetStillSaysWhyItWaits() {
        // made between the query of the facts and the select of the referrals: no facts, no failure
        WaitingReferral made = WaitingRules.why(referral(MARAC, null), "Eastvale MARAC",
                List.of(meeting(TODAY.plusDays(7), null, null, 19, MARAC)), null, TODAY);
        assertThat(made.reason()).isEqualTo(Reason.ROOM_SINCE);
        assertThat(made.cause()).startsWith("Not taken when the meeting on 14 December 2026 was added");
    }

    @Test
    void onlyAMeetingOfItsMaracNotHeldPublishedPastOrFullTakesAWaitingReferral() {
        MaracReferral waiting = referral(MARAC, null);
        MeetingState open = meeting(TODAY.plusDays(7), null, null, 19, MARAC);
        assertThat(WaitingRules.placeErrors(waiting, null, open, true, "Eastvale MARAC", TODAY)).isEmpty();
        assertThat(WaitingRules.placeErrors(waiting, null, meeting(TODAY.plusDays(7), null, null, 20, MARAC), true,
                "Eastvale MARAC", TODAY)).containsEntry("meetingId",
                        "The meeting on 14 December 2026 is full: 20 of 20 places taken");
        assertThat(WaitingRules.placeErrors(waiting, null, meeting(TODAY, null, MADE, 3, MARAC), true, "E", TODAY)
                .get("meetingId")).contains("has been held");
        assertThat(WaitingRules.placeErrors(waiting, null, meeting(TODAY.plusDays(1), MADE, null, 3, MARAC), true,
                "E", TODAY).get("meetingId")).contains("is published");
        assertThat(WaitingRules.placeErrors(waiting, null, meeting(TODAY.minusDays(1), null, null, 3, MARAC), true,
                "E", TODAY).get("meetingId")).contains("has passed");
        assertThat(WaitingRules.placeErrors(waiting, null, meeting(TODAY.plusDays(7), null, null, 3,
                new MaracId(UUID.randomUUID())), true, "Eastvale MARAC", TODAY).get("meetingId"))
                .contains("another MARAC");
        assertThat(WaitingRules.placeErrors(waiting, null, null, false, "E", TODAY))
                .containsEntry("meetingId", "Choose a meeting");
        assertThat(WaitingRules.placeErrors(referral(MARAC, new MaracMeetingId(UUID.randomUUID())),
                TODAY.plusDays(7), open, true, "E", TODAY).get("meetingId"))
                .isEqualTo("It is already listed on the meeting on " + Dates.day(TODAY.plusDays(7)));
    }
}
