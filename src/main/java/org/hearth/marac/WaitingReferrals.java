package org.hearth.marac;

import java.util.List;
import java.util.Optional;
import org.hearth.platform.InvalidInputException;

/**
 * Referrals to MARAC waiting for a meeting: why each waits, and the coordinator adding one to a meeting of its MARAC
 * with room, the way a new referral or a new meeting lists cases. Acts as the current user; audited.
 */
public interface WaitingReferrals {

    /** The MARAC's referrals waiting for a meeting, oldest first, each with why it waits (hub/MARAC coordinators). */
    List<WaitingReferral> waiting(MaracId marac);

    /**
     * A referral as its page shows it, to hub/MARAC coordinators and to those who may view its victim's record other
     * than by break-glass ({@code PersonAccess.mayViewWithoutGlass}; the perpetrators: only those they may view). The
     * reading is audited with the people shown.
     *
     * @throws org.springframework.security.access.AccessDeniedException to anyone else
     */
    Optional<MaracReferralSummary> summary(MaracReferralId id);

    /**
     * Adds a waiting referral to a meeting of its MARAC that is not published, not held, today or later and has
     * room (hub/MARAC coordinators). Audited. Returns the referral's reference and the meeting with its places now,
     * without reading the persons it names.
     *
     * @throws InvalidInputException (field {@code meetingId}) for no meeting, an unknown one, one of another MARAC,
     *     held, published, past or full, or a referral already listed, transferred or with no MARAC
     * @throws java.util.NoSuchElementException for an unknown referral
     */
    Placed place(MaracReferralId referral, MaracMeetingId meeting);

    /** A referral added to a meeting: its reference, and the meeting with the places it has left. */
    record Placed(String reference, WaitingReferral.OpenMeeting meeting) {
    }

    /**
     * A referral to MARAC as its page shows it.
     *
     * @param perpetratorNames the perpetrators the reader may view
     * @param othersNotShown whether it names others the reader may not view (never how many: the number would tell
     *     a reader of the victim something about people whose records they may not read)
     * @param listedOn the meeting it is listed on, or null
     * @param waiting why it waits and where it can go, or null when it is listed or transferred
     */
    record MaracReferralSummary(MaracReferral referral, String maracName, String agencyName, String victimName,
            List<String> perpetratorNames, boolean othersNotShown, Meeting listedOn, WaitingReferral waiting) {

        public MaracReferralSummary {
            perpetratorNames = List.copyOf(perpetratorNames);
        }
    }
}
