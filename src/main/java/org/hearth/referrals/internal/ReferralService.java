package org.hearth.referrals.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffPrincipal;
import org.hearth.partnership.AreaId;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.HubCandidate;
import org.hearth.referrals.NewReferral;
import org.hearth.referrals.QueueEntry;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralReceived;
import org.hearth.referrals.ReferralTriaged;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.TriageOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: checks who may act ({@link ReferralAccess}) and puts the jobs together: the rules
 * ({@link ReferralRules}), the tables ({@link ReferralStore}, {@link ReferralQueues}), the audit
 * ({@link ReferralAudit}), the referral built from what was written ({@link ReferralAssembly}) and its announcement
 * ({@link Arrivals}).
 */
@Service
@Transactional
class ReferralService implements Referrals {

    private final ReferralStore store;
    private final ReferralQueues queues;
    private final ReferralAudit audit;
    private final ReferralAccess who;
    private final People people;
    private final PersonAccess access;
    private final ApplicationEventPublisher events;
    private final Arrivals arrivals;

    ReferralService(ReferralStore store, ReferralQueues queues, ReferralAudit audit, ReferralAccess who,
            People people, PersonAccess access, ApplicationEventPublisher events, Arrivals arrivals) {
        this.store = store;
        this.queues = queues;
        this.audit = audit;
        this.who = who;
        this.people = people;
        this.access = access;
        this.events = events;
        this.arrivals = arrivals;
    }

    @Override
    public Referral submit(NewReferral r) {
        ReferralId id = ReferralId.random();
        Optional<Actor> actor = Actor.current();
        UUID referrer = actor.filter(a -> !a.apiClient()).map(Actor::actorId).orElse(null);
        UUID apiClient = actor.filter(Actor::apiClient).map(Actor::actorId).orElse(null);
        ReferralStore.Written written = store.insert(id, r, referrer, apiClient)
                .orElseThrow(() -> store.duplicateOf(r.policeReference()));
        people.relateAll(r.victim(), ReferralRules.relationships(r));
        grantNamed(id, r);
        audit.created(id, r.victim());
        arrivals.announce(new ReferralReceived(id, r.victim(), r.referringAgency(), r.source()));
        return ReferralAssembly.submitted(id, r, written);
    }

    /**
     * The referring agency becomes REFERRER on everyone the referral names that it already had a grant for (or
     * that its door just made); anyone else is linked without a grant, for the hub to confirm.
     */
    private void grantNamed(ReferralId id, NewReferral r) {
        // one query for everyone named, not one (or three) a person
        for (PersonId p : access.grantWhereHeld(ReferralRules.named(r), r.referringAgency(), AccessGround.REFERRER,
                GrantBasis.of("referral", id))) {
            store.linkToCheck(id, p);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonId> unconfirmedLinks(ReferralId id) {
        return store.unconfirmedLinks(id);
    }

    @Override
    public void confirmLink(ReferralId id, PersonId person) {
        StaffPrincipal me = who.hubCoordinator("confirm links");
        Referral r = store.load(id).orElseThrow(() -> new NoSuchElementException("No such referral"));
        if (store.confirmLink(id, person, me.id().value()) == 0) {
            throw new NoSuchElementException("No such link waiting");
        }
        access.grant(person, GrantHolder.agency(r.referringAgency()), AccessGround.REFERRER, AccessScope.RECORD, null,
                GrantBasis.of("referral", id));
        audit.linkConfirmed(id, person);
    }

    @Override
    public Optional<Referral> find(ReferralId id) {
        Optional<Referral> referral = store.load(id);
        referral.ifPresent(r -> {
            if (!who.maySee(r)) {
                audit.refused(id);
                throw new AccessDeniedException("Not involved with this referral");
            }
            audit.read(r);
        });
        return referral;
    }

    @Override
    public boolean decisionWithheld(Referral referral) {
        return who.byGlassAlone(referral);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Referral> decided(ReferralId id, TriageOutcome outcome, String reader) {
        Optional<Referral> referral = store.load(id).filter(r -> r.triageOutcomes().contains(outcome));
        referral.ifPresent(r -> audit.readFor(reader, r, "triage decision: " + outcome));
        return referral;
    }

    @Override
    public Optional<Referrals.Arrival> arrived(ReferralId id, String reader, String purpose) {
        Optional<Referral> referral = store.load(id);
        referral.ifPresent(r -> audit.readFor(reader, r, purpose));
        return referral.map(r -> new Arrival(r, store.area(id).orElse(null)));
    }

    @Override
    public List<Referrals.Arrival> arrivedAll(List<ReferralId> ids, String reader, String purpose) {
        List<Referrals.Arrival> out = new ArrayList<>();
        for (Referral r : store.loadAll(ids)) {
            audit.readFor(reader, r, purpose);
            out.add(new Arrival(r, r.area()));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueEntry> triageQueue(UUID areaId, UUID agencyId, int offset, int limit) {
        audit.searched("triage queue");
        return queues.triageQueue(areaId, agencyId, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HubCandidate> hubCandidates(AreaId area, LocalDate from, LocalDate before,
            Collection<ReferralId> carried) {
        who.hubCoordinator("build the hub's agenda");
        audit.searched("hub agenda " + area.value() + " " + from + " to " + before);
        return queues.hubCandidates(area, from, before, carried);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HubCandidate> withoutArea() {
        who.hubCoordinator("place cases with no area");
        audit.searched("hub: cases with no area");
        return queues.withoutArea();
    }

    @Override
    public void placeInArea(ReferralId id, AreaId area) {
        who.hubCoordinator("place cases with no area");
        if (area == null || !store.areaExists(area)) {
            throw InvalidInputException.of("area", "Choose an area");
        }
        boolean known = store.areaKnownForUpdate(id).orElseThrow(() -> new NoSuchElementException("No such referral"));
        if (known) {
            throw InvalidInputException.of("area", "This referral already has an area");
        }
        store.placeInArea(id, area);
        audit.placed(id, area);
    }

    @Override
    @Transactional(readOnly = true)
    public long waiting(UUID areaId, UUID agencyId) {
        return queues.waiting(areaId, agencyId);
    }

    @Override
    public void triage(ReferralId id, Set<TriageOutcome> outcomes, String reason, boolean outsideMeeting) {
        StaffPrincipal me = who.hubCoordinator("record triage decisions");
        ReferralRules.triage(outcomes, reason);
        Set<TriageOutcome> decided = TriageOutcome.sorted(outcomes);
        UUID victim = store.victimForUpdate(id).orElseThrow(() -> new NoSuchElementException("No such referral"));
        if (store.triage(id, decided, reason, me.id().value(), outsideMeeting) == 0) {
            throw new IllegalStateException("Already decided");
        }
        audit.triaged(id, decided, outsideMeeting);
        events.publishEvent(new ReferralTriaged(id, new PersonId(victim), decided));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferralId> forVictim(PersonId victim) {
        return store.forVictim(victim);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean namesAsCausingHarm(PersonId person) {
        return store.namesAsCausingHarm(person);
    }
}
