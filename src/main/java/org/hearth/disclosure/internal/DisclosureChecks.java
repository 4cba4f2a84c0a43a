package org.hearth.disclosure.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.ApplicationId;
import org.hearth.disclosure.CheckTask;
import org.hearth.disclosure.HoldingAgency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGrant;
import org.hearth.people.PersonAccess;
import org.hearth.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The checks with agencies holding a record about the subject, audited: which agencies hold one (the team), asking
 * one (the team), and the checks asked of an agency and its answer (its casework roles).
 */
@Component
class DisclosureChecks {

    private final DisclosureStore store;
    private final DisclosureAssembler assembler;
    private final DisclosureApplications applications;
    private final PersonAccess access;
    private final StaffUsers users;
    private final Partnerships partnerships;
    private final AuditTrail audit;

    DisclosureChecks(DisclosureStore store, DisclosureAssembler assembler, DisclosureApplications applications,
            PersonAccess access, StaffUsers users, Partnerships partnerships, AuditTrail audit) {
        this.store = store;
        this.assembler = assembler;
        this.applications = applications;
        this.access = access;
        this.users = users;
        this.partnerships = partnerships;
        this.audit = audit;
    }

    List<HoldingAgency> holdingAgencies(ApplicationId id) {
        Actor me = DisclosureRules.team(DisclosureApplications.me());
        Application a = assembler.load(store.ofAgency(id.value(), me.agency().value())
                .orElseThrow(() -> new NoSuchElementException("No such application")));
        Set<AgencyId> asked = new LinkedHashSet<>();
        a.checks().forEach(c -> asked.add(c.agency()));
        Map<AgencyId, String> holders = new LinkedHashMap<>();
        for (AccessGrant g : access.currentGrants(a.subject().id())) {
            if (!DisclosureRules.holdsARecord(g)) {
                continue;
            }
            AgencyId agency = g.holder().agency() != null ? g.holder().agency()
                    : users.find(g.holder().user()).map(StaffUser::agency).orElse(null);
            if (agency != null) {
                holders.computeIfAbsent(agency, k -> partnerships.agency(k).map(x -> x.name()).orElse("An agency"));
            }
        }
        audit.record(AuditAction.READ, JdbcDisclosures.RECORD_TYPE, List.of(a.id().toString(),
                a.subject().id().toString()), "agencies holding records about the subject");
        return holders.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new HoldingAgency(e.getKey(), e.getValue(), asked.contains(e.getKey()))).toList();
    }

    Application askAgency(ApplicationId id, AgencyId agency) {
        Actor me = DisclosureRules.team(DisclosureApplications.me());
        UUID app = applications.requireOpen(id, me);
        if (agency == null || holdingAgencies(id).stream().noneMatch(h -> h.id().equals(agency))) {
            throw InvalidInputException.of("agency", "Choose an agency that holds a record about the subject");
        }
        var today = DisclosureApplications.today();
        if (!store.askCheck(app, agency.value(), today, today.plusDays(JdbcDisclosures.CHECK_DAYS), me.displayName())) {
            throw InvalidInputException.of("agency", "This agency has already been asked");
        }
        Application saved = assembler.load(app);
        audit.record(AuditAction.CREATE, JdbcDisclosures.CHECK_TYPE, List.of(app.toString(),
                saved.subject().id().toString(), agency.toString()), "check asked of an agency");
        return saved;
    }

    List<CheckTask> checksForMyAgency() {
        Actor me = DisclosureRules.caseworker(DisclosureApplications.me());
        List<CheckTask> out = store.checksOf(me.agency().value()).stream().map(assembler::checkTask).toList();
        List<String> ids = new ArrayList<>();
        out.forEach(t -> {
            ids.add(t.id().toString());
            if (t.subject() != null) {
                ids.add(t.subject().toString());
            }
        });
        audit.record(AuditAction.READ, JdbcDisclosures.CHECK_TYPE, ids, "disclosure checks asked of the agency");
        return out;
    }

    CheckTask answerCheck(UUID check, Boolean holdsInformation, String response) {
        Actor me = DisclosureRules.caseworker(DisclosureApplications.me());
        boolean answered = store.answered(check, me.agency().value())
                .orElseThrow(() -> new NoSuchElementException("No such check for this agency"));
        InvalidInputException.refuseIfAny(DisclosureRules.answer(answered, holdsInformation, response));
        store.answer(check, DisclosureApplications.today(), holdsInformation, DisclosureRules.trimmed(response),
                me.displayName());
        audit.record(AuditAction.UPDATE, JdbcDisclosures.CHECK_TYPE, List.of(check.toString()), "check answered");
        return checksForMyAgency().stream().filter(t -> t.id().equals(check)).findFirst().orElseThrow();
    }
}
