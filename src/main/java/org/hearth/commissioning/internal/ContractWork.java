package org.hearth.commissioning.internal;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.commissioning.Contract;
import org.hearth.commissioning.Contracts;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.springframework.stereotype.Component;

/**
 * "My work" for partnership coordinators: contracts ending within six months, so re-commissioning starts in time.
 * No person data.
 */
@Component
class ContractWork implements WorkItems {

    private final Contracts contracts;

    ContractWork(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<WorkList> forCurrentUser() {
        Actor me = Actor.current().orElse(null);
        if (me == null || !me.hasRole(Role.PARTNERSHIP_COORDINATOR)) {
            return List.of();
        }
        LocalDate today = contracts.today();
        List<Contract> ending = contracts.endingSoon(today);
        if (ending.isEmpty()) {
            return List.of();
        }
        List<WorkRow> rows = ending.stream().limit(5)
                .map(c -> new WorkRow(c.title() + " (" + c.providerName() + ")", "/commissioning/contracts/" + c.id(),
                        "Ends " + Dates.DAY.format(c.endsOn()), c.endsOn().isBefore(today.plusMonths(3))
                                ? "Ends within 3 months" : "Ends within 6 months",
                        c.endsOn().isBefore(today.plusMonths(3)) ? "red" : "yellow"))
                .toList();
        return List.of(new WorkList(55, "Contracts ending", ending.size() + (ending.size() == 1 ? " contract ends"
                : " contracts end") + " within 6 months: start re-commissioning now.", rows,
                "/commissioning/contracts", "All contracts"));
    }
}
