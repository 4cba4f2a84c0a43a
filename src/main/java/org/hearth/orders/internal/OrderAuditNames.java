package org.hearth.orders.internal;

import org.hearth.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Orders in the audit trail by their reference and type ("Protective order PO-2026-00012 (DVPO)"): it names no one. */
@Component
class OrderAuditNames extends SqlAuditNames {

    OrderAuditNames(JdbcClient jdbc) {
        super(jdbc, """
                SELECT o.id, 'Protective order ' || o.reference || ' (' || t.short_name || ')'
                FROM protective_order o JOIN order_type t ON t.code = o.type_code WHERE o.id = ANY(:ids)""");
    }
}
