package org.hearth.marac;

import java.util.List;

/**
 * A referral to MARAC waiting for a meeting, with why it waits, in words worked out from its MARAC's meetings when
 * asked (never stored), and the meetings it can be added to: of its MARAC, not published, not held, today or later,
 * with room (soonest first).
 *
 * @param cause why it waits, in one short sentence (a list's cell)
 * @param then what has happened since and what to do, or null (said in {@link #why()})
 */
public record WaitingReferral(MaracReferral referral, Reason reason, String cause, String then,
        List<OpenMeeting> meetings) {

    public WaitingReferral {
        meetings = List.copyOf(meetings);
    }

    /** Why it waits, in full: the cause and what has happened since. */
    public String why() {
        return then == null ? cause : cause + " " + then;
    }

    /** Why it waits, for the API; {@link #why()} says it in words, with the dates. */
    public enum Reason {
        /** No MARAC was found for it: the coordinator chooses one. */
        NO_MARAC,
        /** Adjourned at a meeting when no later meeting was planned. */
        ADJOURNED,
        /** A meeting has room now, but had none when the case could have been listed (or it was taken off it). */
        ROOM_SINCE,
        /** Every meeting planned is full. */
        MEETINGS_FULL,
        /** The next meeting's agenda is published (it takes no more cases) and no later meeting is planned. */
        AGENDA_PUBLISHED,
        /** No meeting is planned. */
        NO_MEETING
    }

    /** A meeting that can take the case: how many cases it has and the MARAC's capacity. */
    public record OpenMeeting(Meeting meeting, int listed, int capacity) {

        public int placesLeft() {
            return Math.max(0, capacity - listed);
        }
    }
}
