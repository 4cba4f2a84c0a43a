package org.hearth.casework.internal;

import java.util.List;
import org.hearth.access.Actor;
import org.hearth.casework.Case;
import org.hearth.casework.CaseStatus;
import org.hearth.people.PersonId;
import org.hearth.people.PersonInvolvementSource;
import org.hearth.platform.Dates;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's casework cases for the "Involvements" part of their page, open ones first: each only to those who may
 * read that case ({@link CaseAccessRules#mayRead}: its worker, its service's managers, the receiving side of a
 * handover waiting), never for a ground on the person alone or a break-glass reading. The cases shown are audited as
 * casework's lists are, as a read of the person.
 */
@Component
@Order(10)
class CaseInvolvements implements PersonInvolvementSource {

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final CaseworkAudit audit;

    CaseInvolvements(JdbcClient jdbc, CaseStore store, CaseworkAudit audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
    }

    @Override
    public List<Involvement> involvementsFor(PersonId person) {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient() || !CaseAccessRules.caseworker(me)) {
            return List.of();
        }
        List<Case> cases = jdbc.sql(CaseRow.SELECT + """
                 WHERE c.person_id = :person ORDER BY c.status = 'CLOSED', c.referred_on DESC, c.reference DESC""")
                .param("person", person.value()).query(CaseRow::map).list().stream()
                .filter(r -> CaseAccessRules.mayRead(r, me, store::managerOf)).map(CaseRow::c).toList();
        audit.listed(cases, "a person's page");
        return cases.stream().map(CaseInvolvements::involvement).toList();
    }

    private static Involvement involvement(Case c) {
        String status = c.status() == CaseStatus.CLOSED && c.closedOn() != null ? "Closed " + Dates.day(c.closedOn())
                : c.status().label();
        String worker = c.workerName() == null ? "no worker yet" : "worker " + c.workerName();
        return new Involvement(c.kind().label() + " case", c.reference(), status, c.serviceName() + ", " + worker,
                "/casework/cases/" + c.id());
    }
}
