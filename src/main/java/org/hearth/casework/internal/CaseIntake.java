package org.hearth.casework.internal;

import org.hearth.platform.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.casework.Case;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseServices;
import org.hearth.casework.CaseSource;
import org.hearth.casework.ServiceKind;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.Maracs;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.TriageOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * How a case begins: a referral by someone holding a lasting ground on the person, or an event (the hub's triage
 * decision, a referral to MARAC) placed with a service by {@link ServicePlacement}. One open case per person and kind
 * of service: referring again gives the case back to a reader who may read it, and otherwise says only that one is
 * open (the attempt audited); a redelivered event finds the case it made.
 */
@Component
class CaseIntake {

    private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);

    private final CaseStore store;
    private final CaseworkAudit audit;
    private final CaseServices services;
    private final PersonAccess access;
    private final Partnerships partnerships;
    private final Referrals referrals;
    private final Maracs maracs;
    private final Clock clock = Clock.system(Dates.UK);

    CaseIntake(CaseStore store, CaseworkAudit audit, CaseServices services, PersonAccess access,
            Partnerships partnerships, Referrals referrals, Maracs maracs) {
        this.store = store;
        this.audit = audit;
        this.services = services;
        this.access = access;
        this.partnerships = partnerships;
        this.referrals = referrals;
        this.maracs = maracs;
    }

    Case refer(PersonId person, CaseServiceId service, String reason, CaseSource source) {
        Actor me = Roles.actor();
        if (!access.holdsGround(person)) {
            throw new AccessDeniedException("No ground on this record");
        }
        Optional<CaseService> s = service == null ? Optional.empty() : services.find(service);
        String why = CaseInputRules.referral(s, reason);
        Optional<UUID> open = store.openCaseOfKind(person, s.get().kind());
        if (open.isPresent()) {
            CaseRow existing = store.row(open.get()).orElseThrow();
            if (CaseAccessRules.mayRead(existing, me, store::managerOf)) {
                return existing.c();
            }
            // another service's case: the referrer learns only that one is open, never its service, worker or state
            audit.referredAgainWhileOpen(open.get(), person, me.agency());
            throw InvalidInputException.of("service", "This person already has an open case with a service of this"
                    + " kind, so no second case was opened. Speak to the hub if you have more to share.");
        }
        UUID id = insert(s.get(), person, source, null, source.name(), me.displayName(), me.agency(), why);
        audit.referred(id, person, s.get().kind());
        return load(id).orElseThrow();
    }

    Optional<Case> fromTriage(ReferralId referral, PersonId victim, ServiceKind kind) {
        Optional<UUID> existing = store.bySource(CaseSource.TRIAGE, referral.value(), kind);
        if (existing.isPresent()) {
            return load(existing.get());
        }
        TriageOutcome outcome = kind == ServiceKind.OUTREACH ? TriageOutcome.OUTREACH : TriageOutcome.REFER_TO_IDVA;
        // heard after the decision was saved, without a signed-in user: the hub's decision is the ground
        Referral ref = referrals.decided(referral, outcome, JdbcCasework.TRIAGE_READER).orElse(null);
        if (ref == null) {
            // the referral records another of the hub's outcomes as its own: the event's victim is enough
            return placeFromEvent(victim, kind, List.of(), CaseSource.TRIAGE, referral.value(), "The hub", null,
                    "The hub's triage decision: " + outcome.label());
        }
        // the victim's area (the referral's) decides the service, not the referring agency's (the police have none)
        AreaId area = ref.area() != null ? ref.area()
                : partnerships.agency(ref.referringAgency()).map(Agency::area).orElse(null);
        return placeFromEvent(ref.victim(), kind, area == null ? List.of() : List.of(area), CaseSource.TRIAGE,
                referral.value(), ref.triagedBy() == null ? "The hub" : ref.triagedBy(), ref.referringAgency(),
                "The hub's triage decision: " + outcome.label()
                        + (ref.triageReason() == null ? "" : ". " + ref.triageReason()));
    }

    Optional<Case> fromMarac(MaracReferralId referral, PersonId victim, MaracId marac) {
        Optional<UUID> existing = store.bySource(CaseSource.MARAC, referral.value(), ServiceKind.IDVA);
        if (existing.isPresent()) {
            return load(existing.get());
        }
        List<AreaId> areas = marac == null ? List.of() : maracs.find(marac).map(Marac::areas).orElse(List.of());
        return placeFromEvent(victim, ServiceKind.IDVA, areas, CaseSource.MARAC, referral.value(), "MARAC", null,
                "Referred to MARAC: every MARAC case is offered an IDVA");
    }

    private Optional<Case> placeFromEvent(PersonId person, ServiceKind kind, List<AreaId> areas, CaseSource source,
            UUID sourceId, String by, AgencyId agency, String reason) {
        Optional<UUID> open = store.openCaseOfKind(person, kind);
        if (open.isPresent()) {
            return load(open.get());
        }
        Optional<CaseService> service = ServicePlacement.choose(services.all(), kind, areas);
        if (service.isEmpty()) {
            log.warn("No {} service to place a case from {} {}", kind, source, sourceId);
            return Optional.empty();
        }
        UUID id = insert(service.get(), person, source, sourceId, kind.name(), by, agency, reason);
        if (id == null) {
            return store.bySource(source, sourceId, kind).flatMap(this::load);
        }
        audit.placed(id, person, source, sourceId);
        return load(id);
    }

    /** Writes the case, due for first contact by the service's target; null when a redelivered event made it. */
    private UUID insert(CaseService service, PersonId person, CaseSource source, UUID sourceId, String sourceKind,
            String by, AgencyId agency, String reason) {
        LocalDate today = LocalDate.now(clock);
        return store.insert(service, person, source, sourceId, sourceKind, by, agency, reason, today,
                services.firstContactDue(service.id(), today));
    }

    private Optional<Case> load(UUID id) {
        return store.row(id).map(CaseRow::c);
    }
}
