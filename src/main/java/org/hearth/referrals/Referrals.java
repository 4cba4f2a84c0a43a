package org.hearth.referrals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.people.PersonId;

/** The referrals module's API. Acts as the signed-in user (or API client); reads and writes are audited. */
public interface Referrals {

    /**
     * Records a referral and publishes {@link ReferralReceived}. The referring agency is granted
     * {@code REFERRER} on every person the referral names (victim, perpetrators, children) that it already holds a
     * grant for or that the door made for it; a person it held no grant for (an exact match at the API or import
     * door, or a record opened by breaking the glass) is linked but grants nothing until a hub coordinator
     * {@link #confirmLink confirms the link}.
     */
    Referral submit(NewReferral referral);

    /**
     * The referral, if the current user may see it: staff of the referring agency, hub coordinators, and
     * those who may see the victim's record. Others get an {@code AccessDeniedException}.
     */
    Optional<Referral> find(ReferralId id);

    /**
     * Whether the current reader sees {@code referral} only through a break-glass reading of its victim (neither the
     * hub, nor the referring agency, nor a ground of their own): the hub's decision, which may be a referral to MARAC,
     * is then not shown to them, as no other MARAC involvement is.
     */
    boolean decisionWithheld(Referral referral);

    /**
     * Untriaged referrals, highest risk first (the victim's latest assessment; not yet assessed last) and then
     * longest waiting, {@code limit} from {@code offset}; filters may be null.
     */
    List<QueueEntry> triageQueue(UUID areaId, UUID agencyId, int offset, int limit);

    /**
     * For the hub's daily meeting (hub coordinators only; audited as a search): the referrals not yet decided whose
     * area (the referral's, else its referring agency's) is {@code area}, received on or after {@code from} and
     * before {@code before}, plus those of {@code carried} in that area still undecided, whatever their date. A
     * referral whose area nobody knows is never a candidate: it waits on {@link #withoutArea()} until a hub
     * coordinator places it. Unordered: the hub orders its agenda.
     */
    List<HubCandidate> hubCandidates(org.hearth.partnership.AreaId area, java.time.LocalDate from,
            java.time.LocalDate before, java.util.Collection<ReferralId> carried);

    /**
     * The referrals not yet decided whose area nobody knows (neither the referral nor its referring agency names
     * one), oldest first, at most 500 (hub coordinators only; audited as a search).
     */
    List<HubCandidate> withoutArea();

    /**
     * A hub coordinator places a referral whose area nobody knew in an area (audited).
     *
     * @throws org.hearth.platform.InvalidInputException (field {@code area}) for an unknown area, or when the
     *     referral already has an area
     * @throws java.util.NoSuchElementException when there is no such referral
     */
    void placeInArea(ReferralId id, org.hearth.partnership.AreaId area);

    /** How many referrals wait for triage under the same filters. */
    long waiting(UUID areaId, UUID agencyId);

    /**
     * The referral, when the hub's triage decisions on it include {@code outcome}: for a module acting on the decision
     * after it was saved (it hears {@link ReferralTriaged} without a signed-in user, so need-to-know cannot apply;
     * the hub's decision is the ground). The read is audited as {@code reader}.
     */
    Optional<Referral> decided(ReferralId id, TriageOutcome outcome, String reader);

    /**
     * The referral and its area, for a module acting on its arrival (it hears {@link ReferralReceived} without a
     * signed-in user: Operation Encompass must tell the children's schools). Audited as a read by {@code reader}
     * with {@code purpose}.
     */
    Optional<Arrival> arrived(ReferralId id, String reader, String purpose);

    /**
     * {@link #arrived} for many referrals at once (a chunk of the police import, heard as {@link ReferralsReceived}):
     * read in four statements whatever their number, each read audited as {@link #arrived} audits it. In the order
     * of {@code ids}; a referral not found is left out.
     */
    List<Arrival> arrivedAll(List<ReferralId> ids, String reader, String purpose);

    /** A referral as it arrived, with the area it was made for (null when none was given). */
    record Arrival(Referral referral, org.hearth.partnership.AreaId area) {
    }


    /** Records one decision made outside the daily meeting (see {@link #triage(ReferralId, Set, String, boolean)}). */
    default void triage(ReferralId id, TriageOutcome outcome, String reason) {
        triage(id, Set.of(outcome), reason, true);
    }

    /**
     * Records the hub's decisions on a referral, with the reason and who decided (a hub coordinator), and publishes
     * {@link ReferralTriaged} with all of them. {@code outsideMeeting} marks a decision made between meetings
     * (urgent, on the triage page); the daily meeting records its decisions with false. A referral is decided once.
     *
     * @throws org.hearth.platform.InvalidInputException (field {@code outcomes}) for no decision, or an exclusive
     *     one ("no further action", "information only") with others; (field {@code reason}) for no reason
     * @throws IllegalStateException when the referral was already decided
     */
    void triage(ReferralId id, Set<TriageOutcome> outcomes, String reason, boolean outsideMeeting);

    /** People the referral names whose link to an existing record waits for a hub coordinator (ids only). */
    List<PersonId> unconfirmedLinks(ReferralId id);

    /**
     * A hub coordinator confirms that the person the referral was linked to is the same person: the referring
     * agency is granted {@code REFERRER} on the record (approved by the coordinator).
     *
     * @throws java.util.NoSuchElementException when no such link waits
     */
    void confirmLink(ReferralId id, PersonId person);

    /** Referrals naming this person as victim, newest first (ids only: callers fetch what they may see). */
    List<ReferralId> forVictim(PersonId victim);

    /** Whether any referral names this person as causing harm (a yes or no only; nothing of a referral is read). */
    boolean namesAsCausingHarm(PersonId person);
}
