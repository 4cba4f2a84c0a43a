package org.hearth.commissioning;

import java.time.LocalDate;
import java.util.List;
import org.hearth.partnership.AgencyId;

/** A commissioned service: its provider agency, work stream, value, term, break clauses and KPIs. */
public record Contract(ContractId id, String title, AgencyId provider, String providerName, WorkStream stream,
        long valuePence, LocalDate startsOn, LocalDate endsOn, String breakClauses, List<Kpi> kpis) {

    /** How far ahead a contract's end is flagged: re-commissioning takes time. */
    public static final int WARNING_MONTHS = 6;

    public Contract {
        kpis = List.copyOf(kpis);
    }

    /** True from six months before its end to its last day. */
    public boolean endingSoon(LocalDate today) {
        return !today.isAfter(endsOn) && !today.isBefore(endsOn.minusMonths(WARNING_MONTHS));
    }

    public boolean ended(LocalDate today) {
        return today.isAfter(endsOn);
    }
}
