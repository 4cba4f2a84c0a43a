package org.hearth.retention.internal;

import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.retention.Retention;
import org.springframework.stereotype.Component;

/**
 * "My work" for partnership coordinators: a count of the records past their retention date awaiting a decision, with
 * a link to the review list (no ids, no names on the home page).
 */
@Component
class RetentionWork implements WorkItems {

    private final Retention retention;

    RetentionWork(Retention retention) {
        this.retention = retention;
    }

    @Override
    public List<WorkList> forCurrentUser() {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient() || !me.hasRole(Role.PARTNERSHIP_COORDINATOR)) {
            return List.of();
        }
        int waiting = retention.awaitingDecision();
        if (waiting == 0) {
            return List.of();
        }
        return List.of(new WorkList(45, "Records past their retention date", waiting
                + (waiting == 1 ? " record is" : " records are") + " past the retention date and awaiting your decision: "
                + "erase or hold.", List.of(), "/retention", "The retention review"));
    }
}
