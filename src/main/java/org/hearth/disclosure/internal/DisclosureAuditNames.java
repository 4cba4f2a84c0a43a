package org.hearth.disclosure.internal;

import org.hearth.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clare's Law records in the audit trail by their reference: "Clare’s Law application DVDS-2026-0001" and
 * "Disclosure check on DVDS-2026-0001". The reference names no one; the applicant, the person at risk and the subject
 * are named (or not) by the people module's own names, with its need-to-know.
 */
@Component
class DisclosureAuditNames extends SqlAuditNames {

    DisclosureAuditNames(JdbcClient jdbc) {
        super(jdbc,
                "SELECT id, 'Clare’s Law application ' || reference FROM disclosure_application WHERE id = ANY(:ids)",
                """
                SELECT c.id, 'Disclosure check on ' || a.reference FROM disclosure_check c
                JOIN disclosure_application a ON a.id = c.application_id
                WHERE c.id = ANY(:ids)""");
    }
}
