package org.hearth.casework;

import java.time.LocalDate;
import java.util.List;
import org.hearth.people.PersonId;

/**
 * A perpetrator's referral to a programme, as the programme's staff see it: nothing of the partner but whether her
 * support worker is linked (never her name, case, contact details or address).
 *
 * @param partnerLinked the partner has an open casework case whose worker is told when he starts, misses a session
 *     and leaves
 */
public record ProgrammeReferral(ProgrammeReferralId id, String reference, ProgrammeId programme, String programmeName,
        PersonId person, LocalDate referredOn, String reason, ProgrammeStatus status, LocalDate assessedOn,
        LocalDate startedOn, LocalDate endedOn, ProgrammeEndReason endReason, boolean partnerLinked,
        List<Session> sessions) {

    public ProgrammeReferral {
        sessions = List.copyOf(sessions);
    }

    /** One session: the programme's note stays with the programme. */
    public record Session(LocalDate on, ProgrammeAttendance attendance, String note, String recordedBy) {
    }

    public long missed() {
        return sessions.stream().filter(s -> s.attendance() == ProgrammeAttendance.MISSED).count();
    }
}
