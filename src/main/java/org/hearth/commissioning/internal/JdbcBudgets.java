package org.hearth.commissioning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.commissioning.BudgetTable;
import org.hearth.commissioning.Budgets;
import org.hearth.commissioning.Contribution;
import org.hearth.commissioning.ContributionStatus;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.Money;
import org.hearth.commissioning.Spend;
import org.hearth.commissioning.StreamBudget;
import org.hearth.commissioning.WorkStream;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcBudgets implements Budgets {
    static final int NOTE_MAX = 1000;
    static final int FUND_MAX = 200;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Partnerships partnerships;

    JdbcBudgets(JdbcClient jdbc, AuditTrail audit, Partnerships partnerships) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.partnerships = partnerships;
    }

    static LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkStream> streams() {
        return jdbc.sql("SELECT code, name, coordination, safe_accommodation FROM commissioning_stream ORDER BY position")
                .query((rs, n) -> new WorkStream(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WorkStream> stream(String code) {
        return streams().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FinancialYear> years() {
        return jdbc.sql("SELECT DISTINCT year FROM commissioning_budget ORDER BY year DESC").query(Integer.class).list()
                .stream().map(FinancialYear::new).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StreamBudget> year(FinancialYear year) {
        Map<String, WorkStream> streams = new LinkedHashMap<>();
        streams().forEach(s -> streams.put(s.code(), s));
        record Head(UUID id, String stream, long pence) {
        }
        List<Head> heads = jdbc.sql("""
                SELECT b.id, b.stream, b.amount_pence FROM commissioning_budget b
                JOIN commissioning_stream s ON s.code = b.stream WHERE b.year = ? ORDER BY s.position""")
                .param(year.start()).query((rs, n) -> new Head(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getLong(3))).list();
        Map<UUID, List<Contribution>> contributions = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.budget_id, c.id, c.agency_id, a.name, c.amount_pence, c.status, c.source_fund
                FROM commissioning_contribution c JOIN commissioning_budget b ON b.id = c.budget_id
                JOIN agency a ON a.id = c.agency_id WHERE b.year = ? ORDER BY a.name, c.recorded_at, c.id""")
                .param(year.start()).query((rs, n) -> contributions.computeIfAbsent(rs.getObject(1, UUID.class),
                        k -> new ArrayList<>()).add(new Contribution(rs.getObject(2, UUID.class),
                                new AgencyId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getLong(5),
                                ContributionStatus.valueOf(rs.getString(6)), rs.getString(7)))).list();
        Map<UUID, List<Spend>> spend = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.budget_id, s.id, s.quarter, s.amount_pence, s.note FROM commissioning_spend s
                JOIN commissioning_budget b ON b.id = s.budget_id WHERE b.year = ? ORDER BY s.quarter, s.recorded_at, s.id""")
                .param(year.start()).query((rs, n) -> spend.computeIfAbsent(rs.getObject(1, UUID.class),
                        k -> new ArrayList<>()).add(new Spend(rs.getObject(2, UUID.class), rs.getInt(3), rs.getLong(4),
                                rs.getString(5)))).list();
        return heads.stream().map(h -> new StreamBudget(year, streams.get(h.stream()), h.pence(),
                contributions.getOrDefault(h.id(), List.of()), spend.getOrDefault(h.id(), List.of()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public BudgetTable table(FinancialYear year) {
        return BudgetTable.of(year, year(year), year(year.previous()));
    }

    @Override
    public StreamBudget setBudget(FinancialYear year, String stream, long pence) {
        Map<String, String> errors = new LinkedHashMap<>();
        WorkStream s = stream(errors, stream);
        if (pence < 0) {
            errors.put("amount", "A budget cannot be negative");
        } else if (pence > Money.MOST_PENCE) {
            errors.put("amount", "A budget must be £1,000,000,000 or less");
        }
        InvalidInputException.refuseIfAny(errors);
        UUID id = jdbc.sql("""
                INSERT INTO commissioning_budget (id, year, stream, amount_pence, updated_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (year, stream) DO UPDATE SET amount_pence = EXCLUDED.amount_pence,
                    updated_by = EXCLUDED.updated_by, updated_at = now()
                RETURNING id""").params(UUID.randomUUID(), year.start(), s.code(), pence, actorId())
                .query(UUID.class).single();
        audit.record(AuditAction.UPDATE, "commissioning_budget", id);
        return budget(year, s.code());
    }

    @Override
    public StreamBudget contribute(FinancialYear year, String stream, AgencyId agency, long pence,
            ContributionStatus status, String sourceFund) {
        Map<String, String> errors = new LinkedHashMap<>();
        WorkStream s = stream(errors, stream);
        UUID budget = s == null ? null : budgetId(year, s.code());
        if (s != null && budget == null) {
            errors.put("stream", "Set the budget for " + s.name() + " in " + year.label() + " before adding contributions");
        }
        Optional<Agency> partner = agency == null ? Optional.empty() : partnerships.agency(agency);
        if (partner.isEmpty()) {
            errors.put("agency", "Select the partner agency contributing");
        }
        if (pence <= 0) {
            errors.put("amount", pence < 0 ? "A contribution cannot be negative" : "Enter a contribution of more than £0");
        } else if (pence > Money.MOST_PENCE) {
            errors.put("amount", "A contribution must be £1,000,000,000 or less");
        }
        if (status == null) {
            errors.put("status", "Select whether the contribution is committed or pledged");
        }
        if (sourceFund == null || sourceFund.isBlank()) {
            errors.put("sourceFund", "Enter the fund the money comes from, for example Public health grant");
        } else if (sourceFund.length() > FUND_MAX) {
            errors.put("sourceFund", "The fund must be 200 characters or fewer");
        }
        InvalidInputException.refuseIfAny(errors);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO commissioning_contribution (id, budget_id, agency_id, amount_pence, status, source_fund,
                    recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, budget, agency.value(), pence, status.name(), sourceFund.trim(), actorId()).update();
        audit.record(AuditAction.CREATE, "commissioning_contribution", id);
        return budget(year, s.code());
    }

    @Override
    public StreamBudget recordSpend(FinancialYear year, String stream, int quarter, long pence, String note) {
        Map<String, String> errors = new LinkedHashMap<>();
        WorkStream s = stream(errors, stream);
        UUID budget = null;
        if (s != null) {
            // one writer at a time per stream and year, so two spends cannot pass the committed check together
            budget = jdbc.sql("SELECT id FROM commissioning_budget WHERE year = ? AND stream = ? FOR UPDATE")
                    .params(year.start(), s.code()).query(UUID.class).optional().orElse(null);
            if (budget == null) {
                errors.put("stream", "Set the budget for " + s.name() + " in " + year.label() + " before recording spend");
            }
        }
        if (quarter < 1 || quarter > 4) {
            errors.put("quarter", "Select the quarter the money was spent in");
        }
        if (pence < 0) {
            errors.put("amount", "Spend cannot be negative: record a refund by correcting the quarter's spend");
        } else if (pence == 0) {
            errors.put("amount", "Enter spend of more than £0");
        } else if (pence > Money.MOST_PENCE) {
            errors.put("amount", "Spend must be £1,000,000,000 or less");
        }
        String why = note == null || note.isBlank() ? null : note.trim();
        if (why != null && why.length() > NOTE_MAX) {
            errors.put("note", "The note must be 1,000 characters or fewer");
        }
        if (errors.isEmpty() && why == null) {
            StreamBudget current = budget(year, s.code());
            long after = current.spent() + pence;
            if (after > current.committed()) {
                errors.put("note", "This spend takes " + s.name() + " to " + Money.format(after) + ", above the "
                        + Money.format(current.committed()) + " partners have committed: add a note saying why");
            }
        }
        InvalidInputException.refuseIfAny(errors);
        UUID id = UUID.randomUUID();
        Optional<Actor> actor = Actor.current();
        jdbc.sql("""
                INSERT INTO commissioning_spend (id, budget_id, quarter, amount_pence, note, api_client_id, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, budget, quarter, pence, why,
                        actor.filter(Actor::apiClient).map(Actor::actorId).orElse(null),
                        actor.filter(a -> !a.apiClient()).map(Actor::actorId).orElse(null)).update();
        audit.record(AuditAction.CREATE, "commissioning_spend", id);
        return budget(year, s.code());
    }

    private StreamBudget budget(FinancialYear year, String stream) {
        return year(year).stream().filter(b -> b.stream().code().equals(stream)).findFirst().orElseThrow();
    }

    private UUID budgetId(FinancialYear year, String stream) {
        return jdbc.sql("SELECT id FROM commissioning_budget WHERE year = ? AND stream = ?")
                .params(year.start(), stream).query(UUID.class).optional().orElse(null);
    }

    private WorkStream stream(Map<String, String> errors, String code) {
        Optional<WorkStream> s = code == null ? Optional.empty() : stream(code);
        if (s.isEmpty()) {
            errors.put("stream", "Select the work stream");
        }
        return s.orElse(null);
    }

    static UUID actorId() {
        return Actor.current().map(Actor::actorId).orElse(null);
    }
}
