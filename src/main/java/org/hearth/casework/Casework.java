package org.hearth.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.marac.MaracReferralId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.referrals.ReferralId;

/**
 * Cases of the case-holding services. A case is read by its allocated worker, its service's managers, and (while a
 * handover waits) the receiving worker or service's managers; an API client of the service's agency with scope
 * {@code casework:read} reads its agency's cases. Every read is audited with the person's id, every write too.
 * Need-to-know is granted and ended through {@code people.PersonAccess}: allocation grants the worker
 * {@code ALLOCATED}/{@code SAFE_CONTACT} and their agency {@code ALLOCATED}/{@code RECORD} (basis
 * {@code casework-case}); a handover grants the receiving agency {@code HANDOVER}/{@code RECORD} until it is
 * accepted, when the old worker's grant (and the old agency's, when the agency changes) ends.
 */
public interface Casework {

    /**
     * A referral to a service from a person's page or the API, by the current actor, who must hold a ground on the
     * person (break-glass does not count). A person with a case of that kind not yet closed gets that case back.
     *
     * @throws org.springframework.security.access.AccessDeniedException without a ground
     * @throws org.hearth.platform.InvalidInputException for an unknown service or a blank reason
     */
    Case refer(PersonId person, CaseServiceId service, String reason, CaseSource source);

    /**
     * The hub's triage decision to refer {@code victim} to a service of {@code kind}: one case per decision and kind.
     * The referral's details (referring agency, reason) are read when {@code referrals} still records that outcome;
     * the event's victim is used otherwise (the hub may record several outcomes at once).
     */
    Optional<Case> fromTriage(ReferralId referral, PersonId victim, ServiceKind kind);

    /** A referral to MARAC offers the victim an IDVA: one case per referral to MARAC. */
    Optional<Case> fromMarac(MaracReferralId referral, PersonId victim, org.hearth.marac.MaracId marac);

    /** The case, if the current actor may read it (audited); empty when there is none, refused otherwise. */
    Optional<Case> find(CaseId id);

    /** The current member of staff's open cases, first contact due soonest first (audited). */
    List<Case> myCases();

    /** Cases of the services of an agency (API clients of that agency), newest first; {@code worker} may be null. */
    List<Case> agencyCases(AgencyId agency, StaffUserId worker);

    /** A service's cases awaiting allocation, oldest first (its managers). References and dates: no names. */
    List<Case> queue(CaseServiceId service);

    /**
     * Allocates a case waiting in the queue to a worker of its service (its managers).
     *
     * @throws org.hearth.platform.InvalidInputException for a worker of another service
     */
    Case allocate(CaseId id, StaffUserId worker);

    /**
     * Hands the case over with a note: to a colleague in the same service ({@code toWorker}), or to another service
     * of the same kind, another agency's or the agency's own in another area ({@code toService}, one that
     * {@link CaseService#takesOverFrom} the case's). {@code toAgency}, the case page's field before it named
     * services, still names the agency's one service that takes over. The worker or a manager.
     *
     * @throws org.hearth.platform.InvalidInputException for a worker of another service, a service that does not
     *     take over (another kind, the case's own), an agency with no such service or several, both or neither, a
     *     blank note, a handover already waiting
     */
    Handover handover(CaseId id, StaffUserId toWorker, CaseServiceId toService, AgencyId toAgency, String note);

    /** The receiving worker or service manager accepts: the case moves and the old worker's access ends. */
    Case acceptHandover(HandoverId id);

    /**
     * Records a contact attempt as made. On a channel the person's safe-contact rules mark unsafe it is recorded,
     * flagged and escalated to the service's managers at once ("My work").
     *
     * @throws org.hearth.platform.InvalidInputException for a time in the future or before the referral
     */
    ContactAttempt recordContact(CaseId id, Instant attemptedAt, ContactMethod method, ContactOutcome outcome,
            String notes);

    /** A manager acknowledges an attempt on an unsafe channel. */
    void acknowledge(CaseId id, UUID contact);

    List<ContactAttempt> contacts(CaseId id);

    void setEngagement(CaseId id, Engagement engagement);

    CaseNote addNote(CaseId id, NoteType type, LocalDate on, String text);

    List<CaseNote> notes(CaseId id);

    /**
     * The case's chronology, oldest first: its own events, notes and contact attempts, with the person's front-door
     * referrals, risk assessments and referrals to MARAC that the reader may see.
     */
    List<ChronologyEntry> chronology(CaseId id);

    /** Saves a new version of the safety plan. */
    SafetyPlan saveSafetyPlan(CaseId id, SafetyPlan.Sections sections);

    /** Every version of the safety plan, newest first. */
    List<SafetyPlan> safetyPlans(CaseId id);

    SupportItem addSupport(CaseId id, SupportNeed need, String intervention);

    SupportItem updateSupport(CaseId id, UUID item, SupportStatus status, String outcome);

    List<SupportItem> supportPlan(CaseId id);

    /** Asks for a new DASH at this stage; the next assessment {@code risk} records for the person is linked to it. */
    RiskReview requestRiskReview(CaseId id, RiskStage stage);

    List<RiskReview> riskReviews(CaseId id);

    /** Whether the current actor may write to the case (its worker or a manager of its service). */
    boolean mayWork(CaseId id);

    /** Whether the current member of staff manages the case's service. */
    boolean manages(CaseServiceId service);
}
