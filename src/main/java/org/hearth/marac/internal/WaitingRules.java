package org.hearth.marac.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.Meeting;
import org.hearth.marac.WaitingReferral;
import org.hearth.marac.WaitingReferral.OpenMeeting;
import org.hearth.marac.WaitingReferral.Reason;
import org.hearth.platform.Dates;

/**
 * Why a referral waits for a meeting, and whether a meeting can take it: worked out from the meetings of its MARAC
 * (no database, no access checks: {@link JdbcWaitingReferrals} does both).
 */
final class WaitingRules {

    private WaitingRules() {
    }

    /** A meeting of the MARAC as the rules need it: its state, when it was added, how many cases it has. */
    record MeetingState(Meeting meeting, Instant heldAt, Instant createdAt, int listed, int capacity) {

        boolean held() {
            return heldAt != null;
        }

        /** Not published, not held, today or later: it can take a case if it has room. */
        boolean open(LocalDate today) {
            return !meeting.published() && !held() && !meeting.meetsOn().isBefore(today);
        }

        boolean full() {
            return listed >= capacity;
        }

        String day() {
            return Dates.day(meeting.meetsOn());
        }

        OpenMeeting open() {
            return new OpenMeeting(meeting, listed, capacity);
        }
    }

    /** What the referral's own rows say: when it was made, and the last meeting that adjourned it (or null). */
    record Facts(Instant createdAt, LocalDate adjournedOn) {
    }

    /**
     * Why the referral waits. {@code meetings}: its MARAC's meetings not held, today or later, soonest first;
     * {@code facts} null (a referral made since they were read) counts as nothing known. The cause states the facts
     * only (any reader); {@code then} adds what a coordinator can do about it.
     */
    static WaitingReferral why(MaracReferral r, String maracName, List<MeetingState> meetings, Facts facts,
            LocalDate today) {
        Facts known = facts == null ? new Facts(null, null) : facts;
        if (r.marac() == null) {
            return new WaitingReferral(r, Reason.NO_MARAC, "No MARAC was found for it (its area is covered by none, "
                    + "or it named no area).", "Choose its MARAC.", List.of());
        }
        List<MeetingState> open = meetings.stream().filter(m -> m.open(today)).toList();
        List<MeetingState> withRoom = open.stream().filter(m -> !m.full()).toList();
        List<OpenMeeting> choices = withRoom.stream().map(MeetingState::open).toList();
        Reason reason;
        String now;
        String todo;
        if (!withRoom.isEmpty()) {
            MeetingState first = withRoom.get(0);
            reason = Reason.ROOM_SINCE;
            now = first.listed() == 0
                    ? "No case is listed yet on the meeting on " + first.day() + ": all " + places(first.capacity())
                            + " are free."
                    : "The meeting on " + first.day() + " has " + places(first.capacity() - first.listed()) + " left.";
            todo = null;
        } else if (!open.isEmpty()) {
            reason = Reason.MEETINGS_FULL;
            now = "Every meeting planned is full.";
            todo = "Places taken: " + open.stream().map(m -> m.day() + ", " + m.listed() + " of " + m.capacity())
                    .collect(Collectors.joining("; ")) + ". Add a meeting, or move a case.";
        } else {
            MeetingState published = meetings.stream().filter(m -> m.meeting().published() && !m.held())
                    .reduce((a, b) -> b).orElse(null);
            if (published != null) {
                reason = Reason.AGENDA_PUBLISHED;
                now = "The agenda of the meeting on " + published.day() + " was published on "
                        + Dates.day(LocalDate.ofInstant(published.meeting().publishedAt(), Dates.UK))
                        + ", so it takes no more cases, and no later meeting is planned.";
            } else {
                reason = Reason.NO_MEETING;
                now = "No meeting of " + maracName + " is planned.";
            }
            todo = "Add a meeting.";
        }
        if (known.adjournedOn() != null) {
            return new WaitingReferral(r, Reason.ADJOURNED, "Adjourned at the meeting on "
                    + Dates.day(known.adjournedOn()) + ", when no later meeting was planned.",
                    todo == null ? now : now + " " + todo, choices);
        }
        if (reason == Reason.ROOM_SINCE) {
            MeetingState first = withRoom.get(0);
            boolean after = known.createdAt() != null && known.createdAt().isAfter(first.createdAt());
            return new WaitingReferral(r, reason, (after ? "Referred when the meeting on " + first.day() + " was full"
                    : "Not taken when the meeting on " + first.day() + " was added") + ", or taken off it since.",
                    (after ? "" : "A new meeting takes the cases waiting in agenda order, up to capacity. ") + now,
                    choices);
        }
        return new WaitingReferral(r, reason, now, todo, choices);
    }

    private static String places(int n) {
        return n == 1 ? "1 place" : n + " places";
    }

    /**
     * Why the meeting cannot take the referral (field {@code meetingId}), or nothing. {@code listedOn}: the day of
     * the meeting the referral is already listed on, or null; {@code meeting} null: none chosen or no such meeting.
     */
    static Map<String, String> placeErrors(MaracReferral r, LocalDate listedOn, MeetingState meeting, boolean chosen,
            String maracName, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String error = null;
        if (r.transferred()) {
            error = "The case was transferred to " + r.transferredTo() + ": it is closed here";
        } else if (r.meeting() != null) {
            error = "It is already listed on the meeting on " + Dates.day(listedOn);
        } else if (r.marac() == null) {
            error = "Choose its MARAC first";
        } else if (meeting == null) {
            error = chosen ? "There is no such meeting: choose a meeting of " + maracName : "Choose a meeting";
        } else if (!meeting.meeting().marac().equals(r.marac())) {
            error = "That meeting is of another MARAC: choose a meeting of " + maracName + ", the MARAC of its area";
        } else if (meeting.held()) {
            error = "The meeting on " + meeting.day() + " has been held: choose a later meeting";
        } else if (meeting.meeting().published()) {
            error = "The agenda of the meeting on " + meeting.day() + " is published: it takes no more cases";
        } else if (meeting.meeting().meetsOn().isBefore(today)) {
            error = "The meeting on " + meeting.day() + " has passed: choose a later meeting";
        } else if (meeting.full()) {
            error = "The meeting on " + meeting.day() + " is full: " + meeting.listed() + " of " + meeting.capacity()
                    + " places taken";
        }
        if (error != null) {
            errors.put("meetingId", error);
        }
        return errors;
    }
}
