package org.hearth.marac;

import org.hearth.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Meetings and their agendas, for hub/MARAC coordinators. A referral goes onto the next unpublished meeting of its
 * MARAC (on or after the day) with room; a new meeting takes the referrals awaiting listing, up to capacity. An
 * agenda lists repeats first, then the highest latest risk score (none last), then the longest waiting.
 *
 * <p>Publishing an agenda grants each member agency's named representative and deputy
 * {@code MARAC_RESEARCH} (scope record) on the victim and perpetrators of every case on it, until the end of the
 * 28th day after the meeting (basis {@code marac-meeting}), audited.
 */
public interface Agendas {

    /** Days after the meeting the research grants last. */
    int GRANT_DAYS_AFTER_MEETING = 28;

    /** The MARAC's meetings, soonest last. */
    List<Meeting> meetings(MaracId marac);

    Optional<Meeting> meeting(MaracMeetingId id);

    /**
     * Adds a meeting and lists the MARAC's referrals awaiting listing onto it, in agenda order, up to capacity.
     *
     * @throws InvalidInputException for no date, a date in the past, or a date that already has a meeting
     */
    Meeting addMeeting(MaracId marac, LocalDate meetsOn);

    Optional<Agenda> agenda(MaracMeetingId meeting);

    /**
     * The coordinator moves a case to another unpublished meeting (of any MARAC: the referral goes with it), or
     * back to awaiting listing ({@code to} null). A case on a published agenda stays.
     */
    void move(MaracReferralId referral, MaracMeetingId to);

    /** Publishes the agenda and makes the research grants (see above). Publishing twice does nothing more. */
    void publish(MaracMeetingId meeting);
}
