package org.hearth.commissioning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.commissioning.Budgets;
import org.hearth.commissioning.Contract;
import org.hearth.commissioning.Contracts;
import org.hearth.commissioning.CostEstimate;
import org.hearth.commissioning.CostModel;
import org.hearth.commissioning.Costs;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.KpiSource;
import org.hearth.commissioning.Money;
import org.hearth.commissioning.StreamBudget;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcCosts implements Costs {

    /** The measure counting the cases a provider took on, for unit costs. */
    static final String CASES = "CASES_TAKEN_ON";
    static final String IDVA = "IDVA";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Budgets budgets;
    private final Contracts contracts;
    private final Partnerships partnerships;

    JdbcCosts(JdbcClient jdbc, AuditTrail audit, Budgets budgets, Contracts contracts, Partnerships partnerships) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.budgets = budgets;
        this.contracts = contracts;
        this.partnerships = partnerships;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CostEstimate> estimates() {
        return jdbc.sql("""
                SELECT id, label, national_cost_pence, national_population, source, year
                FROM commissioning_cost_estimate ORDER BY year, label""")
                .query((rs, n) -> new CostEstimate(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getString(5), rs.getInt(6))).list();
    }

    @Override
    public CostEstimate addEstimate(String label, long nationalPence, long nationalPopulation, String source, int year) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (label == null || label.isBlank()) {
            errors.put("label", "Enter what the estimate covers");
        } else if (label.length() > 200) {
            errors.put("label", "What it covers must be 200 characters or fewer");
        }
        if (nationalPence <= 0) {
            errors.put("nationalCost", "Enter the national cost, more than £0");
        } else if (nationalPence > 1_000_000_000_000_000L) {
            errors.put("nationalCost", "Enter the national cost in pounds, for example 66000000000");
        }
        if (nationalPopulation <= 0) {
            errors.put("nationalPopulation", "Enter the population the estimate covers as a whole number");
        }
        if (source == null || source.isBlank()) {
            errors.put("source", "Enter where the estimate was published");
        } else if (source.length() > 500) {
            errors.put("source", "The source must be 500 characters or fewer");
        }
        if (year < 1900 || year > JdbcBudgets.today().getYear()) {
            errors.put("year", "Enter the year it was published, for example 2019");
        }
        InvalidInputException.refuseIfAny(errors);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO commissioning_cost_estimate (id, label, national_cost_pence, national_population, source,
                    year) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, label.trim(), nationalPence, nationalPopulation, source.trim(), year).update();
        audit.record(AuditAction.CREATE, "commissioning_cost_estimate", id);
        return estimates().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public CostModel model(FinancialYear year) {
        List<StreamBudget> streams = budgets.year(year);
        Optional<KpiSource> cases = contracts.sources().stream().filter(s -> s.measure().equals(CASES)).findFirst();
        List<Contract> all = contracts.all();
        List<CostModel.UnitCost> unitCosts = new ArrayList<>();
        CostModel.UnitCost highRisk = null;
        long total = 0;
        for (StreamBudget b : streams) {
            Set<AgencyId> providers = new LinkedHashSet<>();
            all.stream().filter(c -> c.stream().code().equals(b.stream().code()))
                    .filter(c -> !c.startsOn().isAfter(year.lastDay()) && !c.endsOn().isBefore(year.firstDay()))
                    .forEach(c -> providers.add(c.provider()));
            Optional<Long> counted = Optional.empty();
            if (cases.isPresent() && !providers.isEmpty()) {
                long sum = 0;
                boolean any = false;
                for (AgencyId p : providers) {
                    Optional<BigDecimal> v = cases.get().value(p, year.firstDay(), year.lastDay());
                    if (v.isPresent()) {
                        any = true;
                        sum += v.get().longValue();
                    }
                }
                counted = any ? Optional.of(sum) : Optional.empty();
            }
            CostModel.UnitCost unit = new CostModel.UnitCost(b.stream(), b.spent(), counted);
            unitCosts.add(unit);
            if (b.stream().code().equals(IDVA)) {
                highRisk = unit;
            }
            total += b.spent();
        }
        Integer population = partnerships.current().map(Partnership::population).orElse(null);
        List<CostModel.AreaCost> areaCosts = new ArrayList<>();
        if (population != null && population > 0) {
            for (CostEstimate e : estimates()) {
                areaCosts.add(new CostModel.AreaCost(e, e.areaShare(population), total));
            }
        }
        return new CostModel(year, population, unitCosts, highRisk, total, areaCosts);
    }

    static Optional<Long> per(long pence, Optional<Long> count) {
        return count.flatMap(n -> Money.per(pence, n));
    }
}
