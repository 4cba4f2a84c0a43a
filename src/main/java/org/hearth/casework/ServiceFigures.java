package org.hearth.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A service's figures over a period: capacity now (open cases against the guide scaled by the workers' hours), time
 * to first contact for the cases referred in the period against the service's target, and the outcomes at exit of the
 * cases closed in the period. Counts only, never a person.
 *
 * @param fte the hours of its workers, in full-time equivalents
 * @param guideLow the low end of the guide for those hours (the full-time low times the FTE, rounded)
 * @param contactedInTarget first contact made by the date due (working days from referral)
 * @param medianDaysToContact the median of calendar days from referral to first contact, or null with none
 * @param exits the answers at exit by measure code, then answer (e.g. PHYSICAL to STOPPED to 12)
 * @param riskLower exits whose risk is lower than at intake (both recorded)
 */
public record ServiceFigures(CaseServiceId service, String name, ServiceKind kind, LocalDate from, LocalDate to,
        BigDecimal fte, long open, int guideLow, int guideHigh, long referred, long contactedInTarget,
        long contactedLate, long notContacted, Double medianDaysToContact, long engaged, long closed,
        long closedWithExit, Map<String, Map<OutcomeAnswer, Long>> exits, long riskCompared, long riskLower,
        long riskSame, long riskHigher) {

    /** Open cases per full-time worker, or null without hours. */
    public Double perFte() {
        return fte.signum() == 0 ? null : open / fte.doubleValue();
    }

    /** "Room", "Full" (within the guide) or "Over", as for a worker. */
    public String band() {
        return open > guideHigh ? "Over" : open >= guideLow ? "Full" : "Room";
    }

    public long answered(String measure, OutcomeAnswer answer) {
        return exits.getOrDefault(measure, Map.of()).getOrDefault(answer, 0L);
    }
}
