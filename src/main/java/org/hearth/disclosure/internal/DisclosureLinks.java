package org.hearth.disclosure.internal;

import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.PersonId;
import org.hearth.people.PersonLinkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Clare's Law application" on a person's page, for the disclosure team only (of the agency holding the
 * application): anyone else, whatever their ground on the person, sees no link, so not even that one exists.
 */
@Component
class DisclosureLinks implements PersonLinkSource {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    DisclosureLinks(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public List<PersonLink> linksFor(PersonId person) {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient() || !me.hasRole(Role.DISCLOSURE_TEAM)) {
            return List.of();
        }
        record Row(UUID id, String reference, String role) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT id, reference, CASE WHEN subject_id = :p THEN 'subject'
                    WHEN person_at_risk_id = :p THEN 'person at risk' WHEN applicant_id = :p THEN 'applicant'
                    ELSE 'received the disclosure' END AS role
                FROM disclosure_application WHERE agency_id = :agency
                  AND :p IN (applicant_id, person_at_risk_id, subject_id, recipient_id)
                ORDER BY received_on DESC""").param("p", person.value()).param("agency", me.agency().value())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("role"))).list();
        if (!rows.isEmpty()) {
            audit.record(AuditAction.READ, JdbcDisclosures.RECORD_TYPE,
                    rows.stream().map(r -> r.id().toString()).toList(), "links on a person's page");
        }
        return rows.stream().map(r -> new PersonLink("Clare’s Law application " + r.reference() + ": " + r.role(),
                "/disclosure/" + r.id())).toList();
    }
}
