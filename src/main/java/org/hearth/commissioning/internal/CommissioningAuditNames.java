package org.hearth.commissioning.internal;

import org.hearth.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names commissioning records on the audit trail page: streams by year, contracts and KPIs by title. */
@Component
class CommissioningAuditNames extends SqlAuditNames {

    CommissioningAuditNames(JdbcClient jdbc) {
        super(jdbc,
                "SELECT b.id, 'Budget: ' || s.name || ' ' || b.year || '-' || lpad(((b.year + 1) % 100)::text, 2, '0') "
                        + "FROM commissioning_budget b JOIN commissioning_stream s ON s.code = b.stream WHERE b.id = ANY(:ids)",
                "SELECT c.id, 'Contribution to ' || s.name || ' ' || b.year FROM commissioning_contribution c "
                        + "JOIN commissioning_budget b ON b.id = c.budget_id JOIN commissioning_stream s ON s.code = b.stream "
                        + "WHERE c.id = ANY(:ids)",
                "SELECT p.id, 'Spend on ' || s.name || ' ' || b.year || ' Q' || p.quarter FROM commissioning_spend p "
                        + "JOIN commissioning_budget b ON b.id = p.budget_id JOIN commissioning_stream s ON s.code = b.stream "
                        + "WHERE p.id = ANY(:ids)",
                "SELECT id, 'Contract: ' || title FROM commissioning_contract WHERE id = ANY(:ids)",
                "SELECT id, 'KPI: ' || name FROM commissioning_kpi WHERE id = ANY(:ids)",
                "SELECT id, 'Cost estimate: ' || label FROM commissioning_cost_estimate WHERE id = ANY(:ids)");
    }
}
