package org.hearth.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;

/**
 * Perpetrator programmes (issue 14, point 8). Methods act as the signed-in member of staff. Need-to-know:
 * <ul>
 * <li>a <b>referral</b> is made by a casework role holding a ground on the perpetrator; the provider agency is then
 * granted his record ({@code ALLOCATED} / {@code RECORD}, basis {@code casework-programme}) until it ends;</li>
 * <li>the <b>programme's staff</b> (casework roles of the provider agency) read and work its referrals; they never
 * see the partner, only whether her worker is linked;</li>
 * <li>the <b>partner's worker</b> (the worker or managers of her open case) reads only {@link #noticesFor}: the
 * programme started, a session missed, completed or stopped with the reason, and risk written for her.</li>
 * </ul>
 * Refusals are {@link org.springframework.security.access.AccessDeniedException}; bad input an
 * {@link org.hearth.platform.InvalidInputException} per field, nothing written. Reads of a referral are audited with
 * the perpetrator's id; writes in their transaction.
 */
public interface Programmes {

    /** Every programme with its places, places taken, waiting list and median wait (no person). */
    List<Programme> all();

    Optional<Programme> find(ProgrammeId id);

    /** A new programme. System administrators only. Fields: {@code agency}, {@code name}, {@code places}. */
    Programme create(AgencyId provider, String name, boolean courtMandated, Integer places);

    /** Whether the signed-in member of staff works for the programme's provider (a casework role of that agency). */
    boolean staffOf(ProgrammeId id);

    /**
     * Refers the perpetrator. The partner, when given, must be a person the referrer holds a ground on and not the
     * perpetrator; her open casework case (the newest), if any, is linked so its worker is told. Fields:
     * {@code programme}, {@code partner}, {@code reason}; an open referral of the same person to the same programme
     * is refused.
     */
    ProgrammeReferral refer(PersonId perpetrator, ProgrammeId programme, PersonId partner, String reason);

    /** The programme's referrals, for its staff, audited with the perpetrators' ids. */
    List<ProgrammeReferral> referrals(ProgrammeId programme);

    /** A referral for the programme's staff (audited); 403 for anyone else. */
    Optional<ProgrammeReferral> referral(ProgrammeReferralId id);

    /** The assessment: suitable (waiting for a place) or not (the referral ends). Field {@code suitable}, {@code on}. */
    ProgrammeReferral assess(ProgrammeReferralId id, Boolean suitable, LocalDate on);

    /** He starts (a free place is needed); the partner's worker is told. Field {@code on}. */
    ProgrammeReferral start(ProgrammeReferralId id, LocalDate on);

    /** A session's attendance; a missed session is told to the partner's worker. Fields {@code on}, {@code attendance}, {@code note}. */
    ProgrammeReferral recordSession(ProgrammeReferralId id, LocalDate on, ProgrammeAttendance attendance, String note);

    /** Completion or stopping with its reason; the partner's worker is told and the provider's grant ends. */
    ProgrammeReferral end(ProgrammeReferralId id, LocalDate on, ProgrammeEndReason reason);

    /** Tells the partner's worker of a risk, in words written for her (the only free text she receives). Field {@code risk}. */
    void tellPartnerWorker(ProgrammeReferralId id, String risk);

    /** What the partner's worker is told, for a reader of the case (the case read audited); newest first. */
    List<PartnerNotice> noticesFor(CaseId partnerCase);

    /**
     * Every notice of the last {@code days} days on the open cases the current member of staff holds (their own
     * cases, as "My work" counts them), newest first; the people behind them audited.
     */
    List<CaseNotice> myRecentNotices(int days);

    /** The days of news "My work" and My cases show the partner's worker. */
    int NEWS_DAYS = 14;

    /** A notice with the case it is about. */
    record CaseNotice(CaseId caseId, String caseReference, PartnerNotice notice) {
    }
}
