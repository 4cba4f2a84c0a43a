package org.hearth.housing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.people.PersonId;

/**
 * Sanctuary referrals and refuge referrals. Methods act as the signed-in user (or API client). A referral is read
 * and written only by an actor holding a real ground on its person ({@code PersonAccess.holdsGround}), else
 * {@link org.springframework.security.access.AccessDeniedException}; reads are audited with the person's id. Input is
 * refused with {@link org.hearth.platform.InvalidInputException}, a message per field, nothing written.
 */
public interface Housing {

    // ---- sanctuary

    /** The person's sanctuary referrals, newest first. */
    List<Sanctuary> sanctuaryFor(PersonId person);

    /** One sanctuary referral; empty when there is none. */
    Optional<Sanctuary> sanctuary(SanctuaryId id);

    /** Refers the person's home to the scheme; grants the coordinator (and surveyor) {@code ALLOCATED}. */
    Sanctuary refer(PersonId person, NewSanctuary referral);

    /** Records the police security survey (coordinator or surveyor), and whether a marker on the address was asked. */
    void recordSurvey(SanctuaryId id, LocalDate surveyedOn, String findings, boolean markerRequested);

    /** Records the landlord's consent to the works (a tenant's home: no job before it). */
    void recordConsent(SanctuaryId id, LocalDate consentOn);

    /** Records that the police confirmed the marker on the address. */
    void confirmMarker(SanctuaryId id, LocalDate confirmedOn);

    /** Adds a job; refused for a tenant's home without a landlord consent record. */
    SanctuaryJobId addJob(SanctuaryId id, NewJob job);

    /** Records a job fitted and (optionally) its safety check; the follow-up falls due 3 months after the last fit. */
    void completeJob(SanctuaryId id, SanctuaryJobId job, LocalDate fittedOn, LocalDate safetyCheckedOn);

    /** Records the follow-up visit and the outcome, closing the referral and ending its grants. */
    void close(SanctuaryId id, LocalDate followedUpOn, SanctuaryOutcome outcome, String note);

    /** The open jobs of the actor's agency as a contractor (job sheets; no person is named). */
    List<JobSheet> contractorJobs();

    /** One open job of the actor's agency as a contractor; empty otherwise (a finished job's address is gone). */
    Optional<JobSheet> jobSheet(SanctuaryJobId job);

    // ---- refuge

    /** The refuge providers with their places and last reported vacancies, by name. */
    List<RefugeProvider> providers();

    Optional<RefugeProvider> provider(RefugeProviderId id);

    /** Adds a provider (partnership coordinators and administrators). */
    RefugeProvider addProvider(NewProvider provider);

    /** Records vacancies as the provider reports them (its own staff, partnership coordinators, administrators). */
    void reportVacancies(RefugeProviderId id, int vacancies, LocalDate on);

    /** The person's refuge referrals, newest first. */
    List<RefugeReferral> refugeFor(PersonId person);

    Optional<RefugeReferral> refugeReferral(RefugeReferralId id);

    /** Refers the person to a provider; grants its named worker {@code ALLOCATED}. */
    RefugeReferral referToRefuge(PersonId person, NewRefugeReferral referral);

    /**
     * Records the outcome (the referring worker or the provider): a reason for declined by the refuge and not
     * suitable; a note holds no address. Anything but accepted ends the provider's grant.
     */
    void recordOutcome(RefugeReferralId id, RefugeOutcome outcome, DeclineReason reason, String note,
            boolean notAnAddress, LocalDate on);

    /** Records the move into refuge (accepted only) or out of it (ending the provider's grant). */
    void recordMove(RefugeReferralId id, LocalDate movedInOn, LocalDate movedOutOn);

    /** Refuge places (capacity) of active providers in the partnership's areas, for BVPI 225 item 2. */
    int refugePlaces();

    /** Today in the UK. */
    LocalDate today();
}
