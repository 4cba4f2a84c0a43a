package org.hearth.commissioning;

import java.util.UUID;

/**
 * A published national estimate of what domestic abuse costs (e.g. £23bn a year, 2004; the Home Office's £66bn,
 * 2019), with the population it covers, its source and year: the area's share is worked out from its population.
 */
public record CostEstimate(UUID id, String label, long nationalPence, long nationalPopulation, String source,
        int year) {

    /** The area's share of the national cost, in proportion to its population. */
    public long areaShare(long areaPopulation) {
        return Money.share(nationalPence, areaPopulation, nationalPopulation);
    }
}
