package org.hearth.people.web;

import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.people.PersonMerges;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.springframework.stereotype.Component;

/** "My work" for hub coordinators: how many possible duplicates wait for a decision (a count, no names). */
@Component
class DuplicateWork implements WorkItems {

    private final PersonMerges merges;

    DuplicateWork(PersonMerges merges) {
        this.merges = merges;
    }

    @Override
    public List<WorkList> forCurrentUser() {
        if (Actor.current().filter(a -> a.hasRole(Role.HUB_COORDINATOR)).isEmpty()) {
            return List.of();
        }
        long waiting = merges.countPossibleDuplicates();
        if (waiting == 0) {
            return List.of();
        }
        return List.of(new WorkList(20, "Possible duplicates",
                waiting + (waiting == 1 ? " pair of records waits" : " pairs of records wait")
                        + " for a decision: the same person, or not.",
                List.of(), "/people/duplicates", "Compare and decide"));
    }
}
