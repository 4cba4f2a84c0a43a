package org.hearth.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.hub.ActionSubject;
import org.hearth.hub.HubMeetings.NewAction;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What the hub refuses before anything is written: each bound at its edge, each field's message. */
class HubInputTest {

    static final AgencyId AGENCY = new AgencyId(UUID.randomUUID());
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    static Map<String, String> refused(ThrowingCallable call) {
        InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                call);
        assertThat(e).as("refused").isNotNull();
        return e.errors();
    }

    @Test
    void informationIsBoundedAndNothingIsAddedToAnEndedMeeting() {
        assertThatCode(() -> HubInput.information("x".repeat(5000), false)).doesNotThrowAnyException();
        assertThat(refused(() -> HubInput.information("x".repeat(5001), false)))
                .containsExactly(Map.entry("text", "The information must be 5,000 characters or fewer"));
        assertThat(refused(() -> HubInput.information("  ", false)))
                .containsExactly(Map.entry("text", "Enter the information the agency brings"));
        assertThat(refused(() -> HubInput.information(null, false)))
                .containsExactly(Map.entry("text", "Enter the information the agency brings"));
        assertThat(refused(() -> HubInput.information("Known to housing", true)))
                .containsExactly(Map.entry("text", "The meeting has ended"));
    }

    static NewAction action(String description) {
        return new NewAction(ActionSubject.VICTIM, description, AGENCY, NOW.plusSeconds(60));
    }

    @Test
    void anActionIsBoundedOwnedByAKnownAgencyAndDueInTheFuture() {
        assertThatCode(() -> HubInput.action(action("x".repeat(1000)), true, NOW)).doesNotThrowAnyException();
        assertThat(refused(() -> HubInput.action(action("x".repeat(1001)), true, NOW)))
                .containsExactly(Map.entry("description", "The action must be 1,000 characters or fewer"));
        assertThat(refused(() -> HubInput.action(action(" "), true, NOW)))
                .containsExactly(Map.entry("description", "Describe the action"));
        assertThat(refused(() -> HubInput.action(action(null), true, NOW)))
                .containsExactly(Map.entry("description", "Describe the action"));
        assertThat(refused(() -> HubInput.action(new NewAction(null, "Visit", AGENCY, NOW.plusSeconds(60)), true, NOW)))
                .containsExactly(Map.entry("subject", "Choose whom the action is for"));
        assertThat(refused(() -> HubInput.action(action("Visit"), false, NOW)))
                .containsExactly(Map.entry("owner", "Choose the agency that owns the action"));
        assertThat(refused(() -> HubInput.action(new NewAction(ActionSubject.VICTIM, "Visit", AGENCY, null), true,
                NOW))).containsExactly(Map.entry("due", "Enter when the action is due"));
        assertThat(refused(() -> HubInput.action(new NewAction(ActionSubject.VICTIM, "Visit", AGENCY,
                NOW.minusSeconds(1)), true, NOW))).containsExactly(Map.entry("due", "The action must be due in the future"));
        assertThatCode(() -> HubInput.action(new NewAction(ActionSubject.VICTIM, "Visit", AGENCY, NOW), true, NOW))
                .as("due now").doesNotThrowAnyException();
    }

    static Optional<StaffUser> rep(AgencyId agency, boolean enabled) {
        return Optional.of(new StaffUser(new StaffUserId(UUID.randomUUID()), "rep", "A Rep", "rep@example.test",
                agency, Set.of(), enabled, false, true, false, null));
    }

    @Test
    void theRepresentativeWorksForTheAgencyAttendingHasAnActiveAccountAndTheMeetingHasNotEnded() {
        assertThatCode(() -> HubInput.attendance(AGENCY, true, rep(AGENCY, true), false)).doesNotThrowAnyException();
        assertThat(refused(() -> HubInput.attendance(AGENCY, false, rep(AGENCY, true), false)))
                .containsExactly(Map.entry("agency", "Choose the agency attending"));
        assertThat(refused(() -> HubInput.attendance(AGENCY, true, Optional.empty(), false)))
                .containsExactly(Map.entry("representative", "Choose the agency's representative"));
        assertThat(refused(() -> HubInput.attendance(AGENCY, true, rep(new AgencyId(UUID.randomUUID()), true), false)))
                .containsExactly(Map.entry("representative", "The representative must work for the agency attending"));
        assertThat(refused(() -> HubInput.attendance(AGENCY, true, rep(AGENCY, false), false)))
                .containsExactly(Map.entry("representative", "Choose a representative whose account is active"));
        assertThat(refused(() -> HubInput.attendance(AGENCY, true, rep(AGENCY, true), true)))
                .containsExactly(Map.entry("agency", "The meeting has ended"));
        // no agency named: only that is said of it, the representative's agency is not compared with nothing
        assertThat(refused(() -> HubInput.attendance(null, false, rep(AGENCY, true), false)))
                .containsExactly(Map.entry("agency", "Choose the agency attending"));
    }
}
