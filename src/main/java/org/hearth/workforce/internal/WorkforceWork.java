package org.hearth.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.hearth.workforce.Ambassador;
import org.hearth.workforce.Ambassadors;
import org.hearth.workforce.QualityMark;
import org.hearth.workforce.QualityMarkHolding;
import org.springframework.stereotype.Component;

/**
 * "My work" for the partnership coordinator (and administrators): Quality Marks due for renewal (expiring within
 * {@link QualityMark#RENEWAL_MONTHS} months, or lapsed in the last {@link QualityMark#RENEWAL_MONTHS}) and DV
 * ambassadors whose yearly refresher is overdue. Organisations' names and ambassadors' names only (staff, not
 * people at risk), for the roles that manage the registers.
 */
@Component
class WorkforceWork implements WorkItems {

    private final QualityMark qualityMark;
    private final Ambassadors ambassadors;

    WorkforceWork(QualityMark qualityMark, Ambassadors ambassadors) {
        this.qualityMark = qualityMark;
        this.ambassadors = ambassadors;
    }

    @Override
    public List<WorkList> forCurrentUser() {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient()
                || !(me.hasRole(Role.PARTNERSHIP_COORDINATOR) || me.hasRole(Role.SYSTEM_ADMIN))) {
            return List.of();
        }
        LocalDate today = qualityMark.today();
        List<WorkList> lists = new ArrayList<>();
        List<QualityMarkHolding> renewals = qualityMark.dueForRenewal(today);
        if (!renewals.isEmpty()) {
            long lapsed = renewals.stream().filter(h -> h.expiresOn().isBefore(today)).count();
            lists.add(new WorkList(50, "Quality Mark renewals", lapsed + " lapsed and " + (renewals.size() - lapsed)
                    + " expiring in the next " + QualityMark.RENEWAL_MONTHS + " months.",
                    renewals.stream().limit(5).map(h -> new WorkRow(h.holder().name() + " (level " + h.level() + ")",
                            "/workforce/quality-mark", (h.expiresOn().isBefore(today) ? "Expired " : "Expires ")
                                    + Dates.DAY.format(h.expiresOn()),
                            h.expiresOn().isBefore(today) ? "Lapsed" : "Renewal due",
                            h.expiresOn().isBefore(today) ? "red" : "yellow")).toList(),
                    "/workforce/quality-mark", "Open the Quality Mark"));
        }
        List<Ambassador> overdue = ambassadors.refresherOverdue(today);
        if (!overdue.isEmpty()) {
            lists.add(new WorkList(51, "DV ambassadors' refreshers", overdue.size() + " overdue.",
                    overdue.stream().limit(5).map(a -> new WorkRow(a.name() + ", " + a.agencyName(),
                            "/workforce/ambassadors/" + a.id(), "Refresher was due " + Dates.DAY.format(a.refresherDue()),
                            "Overdue", "red")).toList(),
                    "/workforce/ambassadors", "Open the ambassadors"));
        }
        return lists;
    }
}
