package org.hearth.commissioning;

import java.util.List;

/**
 * The cost model: national cost estimates as data, and a year's unit costs and the area's estimated cost of
 * domestic abuse against its spend. Refuses input with {@code platform.InvalidInputException} ({@code label},
 * {@code nationalCost}, {@code nationalPopulation}, {@code source}, {@code year}).
 */
public interface Costs {

    List<CostEstimate> estimates();

    CostEstimate addEstimate(String label, long nationalPence, long nationalPopulation, String source, int year);

    CostModel model(FinancialYear year);
}
