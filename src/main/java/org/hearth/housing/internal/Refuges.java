package org.hearth.housing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.housing.DeclineReason;
import org.hearth.housing.NewProvider;
import org.hearth.housing.NewRefugeReferral;
import org.hearth.housing.RefugeOutcome;
import org.hearth.housing.RefugeProvider;
import org.hearth.housing.RefugeProviderId;
import org.hearth.housing.RefugeReferral;
import org.hearth.housing.RefugeReferralId;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.people.RefugeStayRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Refuge providers and referrals: guards, rules and audit. Only the referring worker and the provider know which
 * refuge; the provider's named worker holds the record while the referral is live. SQL is {@link RefugeStore}'s,
 * the input rules {@link RefugeRules}, the aggregates {@link HousingAssembler}'s.
 */
@Component
class Refuges {

    private final RefugeStore store;
    private final HousingAssembler assembler;
    private final HousingContext context;
    private final PersonAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Refuges(RefugeStore store, HousingAssembler assembler, HousingContext context, PersonAccess access,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.assembler = assembler;
        this.context = context;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    // ---- providers

    private static void providerReader() {
        if (!HousingRules.providerReader(HousingContext.me())) {
            throw new AccessDeniedException("Refuge providers are for referrers and the partnership's coordinators");
        }
    }

    List<RefugeProvider> providers() {
        providerReader();
        return store.providers().stream().map(assembler::provider).toList();
    }

    Optional<RefugeProvider> provider(RefugeProviderId id) {
        providerReader();
        return store.provider(id.value()).map(assembler::provider);
    }

    RefugeProvider addProvider(NewProvider p) {
        if (!HousingRules.manager(HousingContext.me())) {
            throw new AccessDeniedException("Partnership coordinators and administrators keep the refuge providers");
        }
        Problems.refuseAny(RefugeRules.provider(p, store::providerNamed, context.known()));
        UUID id = UUID.randomUUID();
        String name = Problems.blankToNull(p.name());
        store.insertProvider(new RefugeStore.NewProviderRow(id, name, p.areaId(), Problems.blankToNull(p.elsewhere()),
                p.agencyId(), p.namedWorker() == null ? null : p.namedWorker().value(), p.places(),
                p.placesOlderSons(), p.placesDisabledAccess(), p.placesNrpf()));
        audit.record(AuditAction.CREATE, JdbcHousing.PROVIDER, List.of(id.toString()), name);
        return provider(new RefugeProviderId(id)).orElseThrow();
    }

    void reportVacancies(RefugeProviderId id, int vacancies, LocalDate on) {
        Actor me = HousingContext.me();
        RefugeProvider p = provider(id).orElseThrow(() -> new NoSuchElementException("No such provider"));
        if (!HousingRules.reportsVacancies(p.agencyId(), me)) {
            throw new AccessDeniedException("The provider's own staff report its vacancies");
        }
        Problems.refuseAny(RefugeRules.vacancies(vacancies, on, context.today()));
        store.insertVacancies(id.value(), vacancies, on, me.displayName());
        audit.record(AuditAction.UPDATE, JdbcHousing.PROVIDER, List.of(id.toString()),
                "vacancies reported: " + vacancies);
    }

    int refugePlaces() {
        return store.placesInPartnership();
    }

    // ---- referrals

    private RefugeReferral view(RefugeStore.ReferralRow r, Actor me) {
        return assembler.refugeReferral(r, HousingRules.knowsRefuge(r, me));
    }

    private void record(AuditAction action, RefugeStore.ReferralRow r, String what) {
        audit.record(action, JdbcHousing.REFUGE, List.of(r.id().toString(), r.person().toString()), what);
    }

    List<RefugeReferral> refugeFor(PersonId person) {
        return context.readAll(person, JdbcHousing.REFUGE, "refuge referrals",
                me -> store.referralsFor(person.value()).stream().map(r -> view(r, me)).toList(), RefugeReferral::id);
    }

    Optional<RefugeReferral> refugeReferral(RefugeReferralId id) {
        return context.readOne(store.referral(id.value()), RefugeStore.ReferralRow::person, this::view,
                RefugeReferral::id, JdbcHousing.REFUGE,
                r -> r.provider() == null ? "refuge referral" : "refuge referral with its provider");
    }

    RefugeReferral referToRefuge(PersonId person, NewRefugeReferral n) {
        context.guard(person);
        Actor me = HousingContext.me();
        if (me.apiClient()) {
            throw new AccessDeniedException("A member of staff refers to a refuge");
        }
        boolean active = n.provider() != null && store.activeProvider(n.provider().value()).isPresent();
        Problems.refuseAny(RefugeRules.referral(n, active, context.today(), context.known()));
        UUID id = UUID.randomUUID();
        String reference = "REF-" + n.referredOn().getYear() + "-" + String.format("%04d", store.nextNumber());
        UUID worker = store.namedWorker(n.provider().value()).orElse(null);
        UUID grant = worker == null ? null : access.grant(person, GrantHolder.user(new StaffUserId(worker)),
                AccessGround.ALLOCATED, AccessScope.RECORD, null, GrantBasis.of(GrantBasis.WHEREABOUTS, id)).id();
        store.insertReferral(new RefugeStore.NewReferralRow(id, reference, person.value(), n.provider().value(),
                n.areaId(), n.referredOn(), me.agency().value(), me.actorId(), grant, n.children(), n.olderSon(),
                n.disability(), n.language(), n.nrpf(), Problems.blankToNull(n.needsNote())));
        audit.record(AuditAction.CREATE, JdbcHousing.REFUGE, List.of(id.toString(), person.toString()), reference);
        return view(store.referral(id).orElseThrow(), me);
    }

    /** A referral the actor may change: a real ground on its person, and knowing the refuge. */
    private RefugeStore.ReferralRow writable(RefugeReferralId id) {
        RefugeStore.ReferralRow r = store.referral(id.value())
                .orElseThrow(() -> new NoSuchElementException("No such referral"));
        context.guard(new PersonId(r.person()));
        if (!HousingRules.knowsRefuge(r, HousingContext.me())) {
            throw new AccessDeniedException("Only the referring worker and the refuge provider record this");
        }
        return r;
    }

    void recordOutcome(RefugeReferralId id, RefugeOutcome outcome, DeclineReason reason, String note,
            boolean notAnAddress, LocalDate on) {
        RefugeStore.ReferralRow r = writable(id);
        Problems.refuseAny(RefugeRules.outcome(r.outcome(), r.referredOn(), outcome, reason, note, notAnAddress, on,
                context.today()));
        store.outcome(r.id(), outcome.name(), reason == null ? null : reason.name(), Problems.blankToNull(note), on);
        if (outcome != RefugeOutcome.ACCEPTED && r.workerGrant() != null) {
            access.end(r.workerGrant());
        }
        record(AuditAction.UPDATE, r, "outcome: " + outcome.label());
    }

    void recordMove(RefugeReferralId id, LocalDate movedInOn, LocalDate movedOutOn) {
        RefugeStore.ReferralRow r = writable(id);
        LocalDate in = movedInOn != null ? movedInOn : r.movedIn();
        Problems.refuseAny(RefugeRules.move(r.outcome(), r.outcomeOn(), in, movedInOn, movedOutOn, context.today()));
        store.move(r.id(), in, movedOutOn);
        if (movedOutOn != null && r.workerGrant() != null) {
            access.end(r.workerGrant());
        }
        // the person's address history, seen by every agency with a ground: "In refuge, via" the referring agency and
        // the referral's reference, never the provider (shown only to the referring worker and the provider) nor an
        // area or address; the move out ends the entry
        events.publishEvent(new RefugeStayRecorded(new PersonId(r.person()), r.id(), assembler.stayService(r), in,
                movedOutOn));
        record(AuditAction.UPDATE, r, movedOutOn == null ? "moved in" : "moved out");
    }
}
