package org.hearth.marac;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.partnership.AgencyId;

/**
 * MARAC research. Publishing an agenda sets one task per member agency per case, due 2 working days before the
 * meeting. The agency's named representative or deputy returns what its own records hold (agencies never contact the
 * victim: the IDVA does). Research is internal to the meeting: the chair and coordinator read it; it is never in the
 * minutes or an export. Reads and returns are audited with the case's people.
 */
public interface MaracResearch {

    /** Working days before the meeting the research is due. */
    int DUE_WORKING_DAYS_BEFORE = 2;

    /** The research of the agencies the current user represents (or deputises for), open ones first, by due date. */
    List<ResearchTask> mine();

    /**
     * A task, to its agency's representative or deputy (while they hold research access to the case) or to a hub/MARAC
     * coordinator.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    Optional<ResearchTask> find(UUID id);

    /**
     * Returns (or corrects) the agency's research, as its representative or deputy, before the meeting's day ends.
     *
     * @throws org.hearth.platform.InvalidInputException for no facts and not "nothing held", withheld without a
     *     reason, text too long, or a meeting already held
     */
    ResearchTask submit(UUID id, ResearchAnswers answers);

    /** The research of a meeting, by agency and case, for hub/MARAC coordinators. */
    List<ResearchTask> forMeeting(MaracMeetingId meeting);

    /** The coordinator chases an agency's outstanding research for a meeting; returns how many tasks were chased. */
    int chase(MaracMeetingId meeting, AgencyId agency);
}
