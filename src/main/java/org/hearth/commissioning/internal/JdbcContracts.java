package org.hearth.commissioning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.commissioning.Budgets;
import org.hearth.commissioning.Contract;
import org.hearth.commissioning.ContractId;
import org.hearth.commissioning.Contracts;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.Kpi;
import org.hearth.commissioning.KpiResult;
import org.hearth.commissioning.KpiSource;
import org.hearth.commissioning.Money;
import org.hearth.commissioning.KpiRag;
import org.hearth.commissioning.WorkStream;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.TextRequired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcContracts implements Contracts {

    static final BigDecimal MOST = new BigDecimal("999999999999.99");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Partnerships partnerships;
    private final Budgets budgets;
    private final List<KpiSource> sources;

    JdbcContracts(JdbcClient jdbc, AuditTrail audit, Partnerships partnerships, Budgets budgets,
            List<KpiSource> sources) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.partnerships = partnerships;
        this.budgets = budgets;
        this.sources = sources.stream().sorted(Comparator.comparing(KpiSource::label)).toList();
    }

    @Override
    public LocalDate today() {
        return JdbcBudgets.today();
    }

    @Override
    public List<KpiSource> sources() {
        return sources;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contract> all() {
        return load(null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Contract> find(ContractId id) {
        return load(id.value()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contract> endingSoon(LocalDate today) {
        return all().stream().filter(c -> c.endingSoon(today)).toList();
    }

    @Override
    public Contract create(String title, AgencyId provider, String stream, long valuePence, LocalDate startsOn,
            LocalDate endsOn, String breakClauses) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("title", "Enter the service commissioned, for example Northfield IDVA service");
        } else if (title.length() > 200) {
            errors.put("title", "The service must be 200 characters or fewer");
        }
        if (provider == null || partnerships.agency(provider).isEmpty()) {
            errors.put("provider", "Select the provider agency");
        }
        Optional<WorkStream> s = stream == null ? Optional.empty() : budgets.stream(stream);
        if (s.isEmpty()) {
            errors.put("stream", "Select the work stream");
        }
        if (valuePence <= 0) {
            errors.put("value", valuePence < 0 ? "A contract value cannot be negative"
                    : "Enter the contract value, more than £0");
        } else if (valuePence > Money.MOST_PENCE) {
            errors.put("value", "A contract value must be £1,000,000,000 or less");
        }
        if (startsOn == null) {
            errors.put("startsOn", "Enter the date the contract starts");
        }
        if (endsOn == null) {
            errors.put("endsOn", "Enter the date the contract ends");
        } else if (startsOn != null && !endsOn.isAfter(startsOn)) {
            errors.put("endsOn", "The end date must be after the start date");
        }
        if (breakClauses != null && breakClauses.length() > 2000) {
            errors.put("breakClauses", "Break clauses must be 2,000 characters or fewer");
        }
        InvalidInputException.refuseIfAny(errors);
        ContractId id = ContractId.random();
        jdbc.sql("""
                INSERT INTO commissioning_contract (id, title, provider_id, stream, value_pence, starts_on, ends_on,
                    break_clauses, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), title.trim(), provider.value(), s.get().code(), valuePence, startsOn, endsOn,
                        breakClauses == null || breakClauses.isBlank() ? null : breakClauses.trim(),
                        JdbcBudgets.actorId()).update();
        audit.record(AuditAction.CREATE, "commissioning_contract", id.value());
        return find(id).orElseThrow();
    }

    @Override
    public Kpi addKpi(ContractId contract, String name, String measure, BigDecimal target, String unit,
            boolean higherIsBetter) {
        if (find(contract).isEmpty()) {
            throw new java.util.NoSuchElementException("No such contract");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String m = measure == null || measure.isBlank() ? null : measure;
        Optional<KpiSource> source = m == null ? Optional.empty()
                : sources.stream().filter(s -> s.measure().equals(m)).findFirst();
        if (m != null && source.isEmpty()) {
            errors.put("measure", "Select a figure Hearth computes, or none for one the provider enters");
        }
        String label = TextRequired.check(errors, "name", name == null || name.isBlank()
                ? source.map(KpiSource::label).orElse(null) : name, 200,
                "Enter what the KPI measures, for example Clients supported at exit",
                "The KPI must be 200 characters or fewer");
        if (target == null) {
            errors.put("target", "Enter the target as a number, for example 85");
        } else if (target.abs().compareTo(MOST) > 0 || target.scale() > 2) {
            errors.put("target", "Enter the target as a number with at most 2 decimal places");
        }
        String u = TextRequired.check(errors, "unit", unit == null || unit.isBlank()
                ? source.map(KpiSource::unit).orElse(null) : unit, 40,
                "Enter the unit of the target, for example % or cases", "The unit must be 40 characters or fewer");
        InvalidInputException.refuseIfAny(errors);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO commissioning_kpi (id, contract_id, name, measure, target, unit, higher_is_better, position)
                VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM commissioning_kpi
                    WHERE contract_id = ?))""")
                .params(id, contract.value(), label, m, target, u, higherIsBetter, contract.value()).update();
        audit.record(AuditAction.CREATE, "commissioning_kpi", id);
        return new Kpi(id, label, m, target, u, higherIsBetter);
    }

    @Override
    public void enterReturn(ContractId contract, UUID kpi, FinancialYear year, int quarter, BigDecimal value) {
        Contract c = find(contract).orElseThrow(() -> new java.util.NoSuchElementException("No such contract"));
        Kpi k = c.kpis().stream().filter(x -> x.id().equals(kpi)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No such KPI"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (k.computed()) {
            errors.put("value", "Hearth computes this KPI from its records: it is not entered");
        }
        if (quarter < 1 || quarter > 4) {
            errors.put("quarter", "Select the quarter");
        }
        if (value == null) {
            errors.put("value", "Enter the figure for the quarter as a number");
        } else if (value.abs().compareTo(MOST) > 0 || value.scale() > 2) {
            errors.put("value", "Enter the figure as a number with at most 2 decimal places");
        }
        InvalidInputException.refuseIfAny(errors);
        jdbc.sql("""
                INSERT INTO commissioning_kpi_return (kpi_id, year, quarter, value, entered_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (kpi_id, year, quarter) DO UPDATE SET value = EXCLUDED.value,
                    entered_by = EXCLUDED.entered_by, entered_at = now()""")
                .params(kpi, year.start(), quarter, value, JdbcBudgets.actorId()).update();
        audit.record(AuditAction.UPDATE, "commissioning_kpi", kpi);
    }

    @Override
    @Transactional(readOnly = true)
    public List<KpiResult> results(Contract contract, FinancialYear year, int quarter) {
        FinancialYear.checkQuarter(quarter);
        List<KpiResult> results = new ArrayList<>();
        for (Kpi k : contract.kpis()) {
            BigDecimal value;
            if (k.computed()) {
                value = sources.stream().filter(s -> s.measure().equals(k.measure())).findFirst()
                        .flatMap(s -> s.value(contract.provider(), year.quarterStart(quarter), year.quarterEnd(quarter)))
                        .orElse(null);
            } else {
                value = jdbc.sql("SELECT value FROM commissioning_kpi_return WHERE kpi_id = ? AND year = ? AND quarter = ?")
                        .params(k.id(), year.start(), quarter).query(BigDecimal.class).optional().orElse(null);
            }
            results.add(new KpiResult(k, year, quarter, value, KpiRag.of(value, k.target(), k.higherIsBetter())));
        }
        return results;
    }

    private List<Contract> load(UUID only) {
        Map<String, WorkStream> streams = new LinkedHashMap<>();
        budgets.streams().forEach(s -> streams.put(s.code(), s));
        Map<UUID, List<Kpi>> kpis = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT contract_id, id, name, measure, target, unit, higher_is_better FROM commissioning_kpi
                WHERE CAST(:only AS uuid) IS NULL OR contract_id = :only ORDER BY position""")
                .param("only", only).query((rs, n) -> kpis.computeIfAbsent(rs.getObject(1, UUID.class),
                        k -> new ArrayList<>()).add(new Kpi(rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getString(4), rs.getBigDecimal(5), rs.getString(6), rs.getBoolean(7)))).list();
        return jdbc.sql("""
                SELECT c.id, c.title, c.provider_id, a.name, c.stream, c.value_pence, c.starts_on, c.ends_on,
                    c.break_clauses FROM commissioning_contract c JOIN agency a ON a.id = c.provider_id
                WHERE CAST(:only AS uuid) IS NULL OR c.id = :only ORDER BY c.ends_on, c.title, c.id""")
                .param("only", only).query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Contract(new ContractId(id), rs.getString(2), new AgencyId(rs.getObject(3, UUID.class)),
                            rs.getString(4), streams.get(rs.getString(5)), rs.getLong(6),
                            rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9),
                            kpis.getOrDefault(id, List.of()));
                }).list();
    }
}
