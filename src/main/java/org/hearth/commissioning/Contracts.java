package org.hearth.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.partnership.AgencyId;

/**
 * Commissioned contracts and their KPIs. Refuses input with {@code platform.InvalidInputException} naming the
 * fields ({@code title}, {@code provider}, {@code stream}, {@code value}, {@code startsOn}, {@code endsOn},
 * {@code name}, {@code measure}, {@code target}, {@code unit}, {@code quarter}, {@code value}); nothing is written
 * when it does.
 */
public interface Contracts {

    /** Every contract, ending soonest first. */
    List<Contract> all();

    Optional<Contract> find(ContractId id);

    Contract create(String title, AgencyId provider, String stream, long valuePence, LocalDate startsOn,
            LocalDate endsOn, String breakClauses);

    /**
     * Adds a KPI: computed when {@code measure} names a {@link KpiSource}, otherwise entered quarterly. A target
     * needs its unit.
     */
    Kpi addKpi(ContractId contract, String name, String measure, BigDecimal target, String unit,
            boolean higherIsBetter);

    /** The provider's figure for an entered KPI in a quarter (replacing one already entered). */
    void enterReturn(ContractId contract, java.util.UUID kpi, FinancialYear year, int quarter, BigDecimal value);

    /** Each KPI's figure and RAG in a quarter: computed from Hearth's records, or as entered. */
    List<KpiResult> results(Contract contract, FinancialYear year, int quarter);

    /** The measures Hearth can compute. */
    List<KpiSource> sources();

    /** Contracts whose end falls within {@link Contract#WARNING_MONTHS} of {@code today} (and not yet ended). */
    List<Contract> endingSoon(LocalDate today);

    LocalDate today();
}
