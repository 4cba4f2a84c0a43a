package org.hearth.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.ApiClientId;
import org.hearth.access.ApiClientPrincipal;
import org.hearth.access.ApiScope;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseSource;
import org.hearth.casework.CaseStatus;
import org.hearth.casework.Handover;
import org.hearth.casework.HandoverId;
import org.hearth.casework.ServiceKind;
import org.hearth.casework.Worker;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Actors, services and cases for casework's unit tests (no Spring, no database). */
final class CaseworkUnits {

    static final AgencyId AGENCY_X = new AgencyId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final AgencyId AGENCY_Y = new AgencyId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));
    static final PersonId PERSON = new PersonId(UUID.fromString("00000000-0000-0000-0000-00000000000e"));
    static final LocalDate REFERRED = LocalDate.of(2026, 11, 2);

    private CaseworkUnits() {
    }

    static StaffPrincipal staff(AgencyId agency, Role... roles) {
        return new StaffPrincipal(new StaffUserId(UUID.randomUUID()), "user", "A User", agency, Set.of(roles), true,
                false, true, "x");
    }

    static StaffPrincipal practitioner(AgencyId agency) {
        return staff(agency, Role.PRACTITIONER);
    }

    static ApiClientPrincipal client(AgencyId agency, ApiScope... scopes) {
        return new ApiClientPrincipal(new ApiClientId(UUID.randomUUID()), "client", agency, Set.of(scopes));
    }

    static <T extends org.hearth.access.Actor> T signIn(T actor) {
        var auth = actor instanceof StaffPrincipal s
                ? UsernamePasswordAuthenticationToken.authenticated(s, null, s.getAuthorities())
                : UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return actor;
    }

    static StaffUserId user(StaffPrincipal p) {
        return new StaffUserId(p.actorId());
    }

    static CaseService service(AgencyId agency, ServiceKind kind, AreaId area, Worker... workers) {
        return new CaseService(new CaseServiceId(UUID.randomUUID()), agency, "Agency " + agency, area, kind,
                "Service " + UUID.randomUUID(), 2, 60, 80, List.of(workers));
    }

    static Worker worker(StaffPrincipal p, boolean manager) {
        return new Worker(user(p), p.displayName(), BigDecimal.ONE, manager);
    }

    static Case aCase(CaseServiceId service, StaffUserId worker, CaseStatus status, Handover pending) {
        return new Case(new CaseId(UUID.randomUUID()), "CW-2026-00001", service, "The service", ServiceKind.IDVA,
                PERSON, CaseSource.PERSON_PAGE, REFERRED, "A referrer", "Needs support", status, worker,
                worker == null ? null : "The worker", null, REFERRED.plusDays(2), null, null, null, pending, null,
                null);
    }

    static CaseRow row(AgencyId agency, CaseServiceId service, StaffUserId worker) {
        return new CaseRow(aCase(service, worker, worker == null ? CaseStatus.AWAITING_ALLOCATION : CaseStatus.OPEN,
                null), agency);
    }

    static Handover handoverTo(CaseId caseId, CaseServiceId from, CaseServiceId to, StaffUserId toWorker) {
        return new Handover(new HandoverId(UUID.randomUUID()), caseId, from, null, to, "Receiving service", toWorker,
                toWorker == null ? null : "Receiving worker", "Handover note", java.time.Instant.now(), null);
    }
}
