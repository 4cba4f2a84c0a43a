package org.hearth.risk.internal;

import org.hearth.risk.MaracRules;
import org.hearth.risk.RiskPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hearth.risk.*}: the visible-high-risk threshold, the suggested bands and the potential-escalation
 * threshold, for areas that set their own.
 *
 * @param visibleHighThreshold <q>yes</q> answers that make a visible high risk (default 14)
 * @param escalationIncidents police incidents in 12 months that make a potential escalation (default 3)
 * @param bands where the suggested medium and high bands start (default 10 and 14)
 */
@ConfigurationProperties("hearth.risk")
record RiskProperties(@DefaultValue("14") int visibleHighThreshold, @DefaultValue("3") int escalationIncidents,
        @DefaultValue Bands bands) {

    /** Suggested bands: scores below {@code mediumFrom} are standard, below {@code highFrom} medium. */
    record Bands(@DefaultValue("10") int mediumFrom, @DefaultValue("14") int highFrom) {
    }

    RiskPolicy policy() {
        return new RiskPolicy(visibleHighThreshold, bands.mediumFrom(), bands.highFrom());
    }

    MaracRules maracRules() {
        return new MaracRules(escalationIncidents);
    }
}
