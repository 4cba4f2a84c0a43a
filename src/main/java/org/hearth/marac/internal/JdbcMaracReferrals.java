package org.hearth.marac.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.MaracReferralMade;
import org.hearth.marac.MaracReferrals;
import org.hearth.marac.Maracs;
import org.hearth.marac.NewMaracReferral;
import org.hearth.marac.ReferralSource;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.TriageOutcome;
import org.hearth.risk.MaracCriterion.Kind;
import org.hearth.risk.MaracEligibility;
import org.hearth.risk.MaracReferralHistory.PriorReferral;
import org.hearth.risk.MaracRules;
import org.hearth.risk.RiskAssessment;
import org.hearth.risk.RiskAssessments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals to MARAC, each call in one transaction: who may call (a ground on the victim's record, coordinators for
 * the lists), the audit and the event; the rules of a referral are {@link MaracReferralRules} (no database), its SQL
 * {@link MaracReferralStore}.
 */
@Service
@Transactional
class JdbcMaracReferrals implements MaracReferrals {
    /** Who the audit trail names for work done on hearing the hub's triage decision. */
    static final String SYSTEM = "MARAC (the hub's triage decision)";

    private final MaracReferralStore store;
    private final Maracs maracs;
    private final Partnerships partnerships;
    private final People people;
    private final PersonAccess access;
    private final RiskAssessments risk;
    private final Referrals referrals;
    private final AgendaListing listing;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(Dates.UK);

    JdbcMaracReferrals(MaracReferralStore store, Maracs maracs, Partnerships partnerships, People people,
            PersonAccess access, RiskAssessments risk, Referrals referrals, AgendaListing listing, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.maracs = maracs;
        this.partnerships = partnerships;
        this.people = people;
        this.access = access;
        this.risk = risk;
        this.referrals = referrals;
        this.listing = listing;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public MaracReferral refer(NewMaracReferral r, ReferralSource source) {
        Actor me = Roles.actor();
        if (r.victim() == null || !access.holdsGround(r.victim())) {
            throw new AccessDeniedException("No ground on the victim's record");
        }
        LocalDate today = LocalDate.now(clock);
        MaracEligibility eligibility = risk.eligibility(r.victim(), today);
        Set<Kind> criteria = MaracReferralRules.criteria(r.criteria(), eligibility);
        Map<String, String> errors = MaracReferralRules.referralErrors(r, criteria,
                access.groundedAmong(r.perpetrators()), p -> people.name(p).isPresent(),
                r.marac() == null || maracs.find(r.marac()).isPresent());
        InvalidInputException.refuseIfAny(errors);
        MaracId marac = r.marac() != null ? r.marac() : maracFor(null, me.agency()).orElse(null);
        return insert(new Draft(marac, r.victim(), r.perpetrators(), source, null, today, me.displayName(),
                me.apiClient() ? null : me.actorId(), me.agency(), criteria, eligibility,
                r.criteria().contains(Kind.PROFESSIONAL_JUDGEMENT) ? MaracReferralRules.strip(r.judgementReason()) : null,
                r.consent(), r.lawfulBasis(), MaracReferralRules.strip(r.consentReason())));
    }

    @Override
    public MaracReferral fromTriage(ReferralId id) {
        Optional<UUID> existing = store.fromReferral(id);
        if (existing.isPresent()) {
            return store.load(existing.get());
        }
        // heard after the decision was saved, without a signed-in user: the hub's decision is the ground
        Referral ref = referrals.decided(id, TriageOutcome.REFER_TO_MARAC, SYSTEM)
                .orElseThrow(() -> new IllegalStateException("Referral " + id + " was not triaged to MARAC"));
        LocalDate today = LocalDate.now(clock);
        MaracEligibility eligibility = risk.eligibility(ref.victim(), today);
        Set<Kind> criteria = MaracReferralRules.criteria(Set.of(), eligibility);
        String judgement = null;
        if (criteria.isEmpty()) {
            // the hub referred although the records show no criterion met: its professional judgement
            criteria.add(Kind.PROFESSIONAL_JUDGEMENT);
            judgement = "The hub's triage decision: " + ref.triageReason();
        }
        Actor me = Actor.current().orElse(null);
        return insert(new Draft(maracFor(ref.area(), ref.referringAgency()).orElse(null), ref.victim(), ref.perpetrators(),
                ReferralSource.TRIAGE, id, today, ref.triagedBy() == null ? "The hub" : ref.triagedBy(),
                me == null || me.apiClient() ? null : me.actorId(), ref.referringAgency(), criteria, eligibility,
                judgement, ref.consent(), ref.consentBasis(), ref.consentReason()));
    }

    /** What {@link #insert} writes. */
    private record Draft(MaracId marac, PersonId victim, List<PersonId> perpetrators, ReferralSource source,
            ReferralId referral, LocalDate on, String referredBy, UUID referredByUser, AgencyId agency,
            Set<Kind> criteria, MaracEligibility eligibility, String judgement, Consent consent, LawfulBasis basis,
            String consentReason) {
    }

    private MaracReferral insert(Draft d) {
        MaracReferralId id = MaracReferralId.random();
        Set<PersonId> perpetrators = new HashSet<>(d.perpetrators());
        PriorReferral repeatOf = MaracReferralRules.repeatOf(d.eligibility(), perpetrators, d.criteria(),
                () -> store.history(d.victim()), d.on());
        boolean repeat = repeatOf != null || d.criteria().contains(Kind.REPEAT);
        Set<Kind> criteria = EnumSet.copyOf(d.criteria());
        if (repeatOf != null) {
            criteria.add(Kind.REPEAT);
        }
        Integer score = MaracRules.latest(risk.history(d.victim()), d.on()).map(RiskAssessment::score).orElse(null);
        String reference = "MR-" + d.on().getYear() + "-" + String.format("%05d", store.nextNumber());
        store.insert(new MaracReferralStore.NewRow(id, reference, d.marac(), d.victim(), perpetrators, d.source(),
                d.referral(), d.on(), d.referredBy(), d.referredByUser(), d.agency(), criteria,
                MaracReferralRules.evidence(d.eligibility(), criteria), d.judgement(), score, d.consent(), d.basis(),
                d.consentReason(), repeat, repeatOf));
        if (d.marac() != null) {
            listing.listOnNextWithRoom(id, d.marac(), d.on());
        }
        List<String> ids = List.of(id.toString(), d.victim().toString());
        String what = d.source().name() + (repeat ? " repeat" : "");
        if (Actor.current().isPresent()) {
            audit.record(AuditAction.CREATE, "marac-referral", ids, what);
        } else {
            audit.recordFor(SYSTEM + ", for " + d.referredBy(), d.referredByUser(), AuditAction.CREATE,
                    "marac-referral", ids, what);
        }
        events.publishEvent(new MaracReferralMade(id, d.victim(), d.marac(), repeat));
        return store.load(id.value());
    }

    /** The MARAC for the victim's area, else the referring agency's ({@link MaracReferralRules#maracFor}). */
    private Optional<MaracId> maracFor(AreaId victimArea, AgencyId agency) {
        AreaId area = victimArea != null ? victimArea : partnerships.agency(agency).map(a -> a.area()).orElse(null);
        return MaracReferralRules.maracFor(maracs.all(), area);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaracReferral> withoutMarac() {
        Roles.requireCoordinator();
        return store.select("r.marac_id IS NULL AND r.transferred_at IS NULL ORDER BY r.referred_on, r.created_at");
    }

    @Override
    public MaracReferral chooseMarac(MaracReferralId id, MaracId marac) {
        Roles.requireCoordinator();
        store.lock(id);
        MaracReferral found = store.select("r.id = ?", id.value()).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such referral to MARAC"));
        MaracReferralRules.checkChoice(found, marac != null && maracs.find(marac).isPresent());
        store.setMarac(id, marac);
        listing.listOnNextWithRoom(id, marac, LocalDate.now(clock));
        audit.record(AuditAction.UPDATE, "marac-referral", List.of(id.toString(), found.victim().toString()),
                "MARAC chosen");
        return store.load(id.value());
    }

    /** The victim's referrals to MARAC, for the repeat criterion (no access check: ids and dates only). */
    List<PriorReferral> history(PersonId victim) {
        return store.history(victim);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MaracReferral> find(MaracReferralId id) {
        List<MaracReferral> found = store.select("r.id = ?", id.value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!Roles.coordinator() && !access.mayViewWithoutGlass(found.get(0).victim())) {
            throw new AccessDeniedException("No ground on the victim's record");
        }
        audit.record(AuditAction.READ, "marac-referral", List.of(id.toString()), null);
        return Optional.of(found.get(0));
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaracReferral> forVictim(PersonId victim) {
        if (!Roles.coordinator() && !access.mayViewWithoutGlass(victim)) {
            throw new AccessDeniedException("No ground on the victim's record");
        }
        return store.select("r.victim_id = ? ORDER BY r.referred_on DESC, r.created_at DESC", victim.value());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaracReferral> awaitingListing(MaracId marac) {
        Roles.requireCoordinator();
        return marac == null
                ? store.select("r.meeting_id IS NULL AND r.transferred_at IS NULL ORDER BY r.referred_on, r.created_at")
                : store.select("r.meeting_id IS NULL AND r.transferred_at IS NULL AND r.marac_id = ?"
                        + " ORDER BY r.referred_on, r.created_at", marac.value());
    }

    /** The module's other parts' way to the referrals, unchecked: see {@link MaracReferralStore#select}. */
    List<MaracReferral> select(String where, Object... params) {
        return store.select(where, params);
    }
}
