package org.hearth.services.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.hearth.services.ListedService;
import org.hearth.services.ReviewStatus;
import org.hearth.services.ReviewSummary;
import org.hearth.services.ServiceDirectory;
import org.springframework.stereotype.Component;

/** "My work" for those who keep the directory (coordinators and administrators): entries due or overdue a review. */
@Component
class DirectoryWork implements WorkItems {

    private final ServiceDirectory directory;

    DirectoryWork(ServiceDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<WorkList> forCurrentUser() {
        Actor me = Actor.current().orElse(null);
        if (me == null || !(me.hasRole(Role.PARTNERSHIP_COORDINATOR) || me.hasRole(Role.SYSTEM_ADMIN))) {
            return List.of();
        }
        LocalDate today = directory.today();
        ReviewSummary summary = directory.reviewSummary(today);
        if (summary.overdue() + summary.reviewDue() == 0) {
            return List.of();
        }
        List<WorkRow> rows = directory.all().stream().filter(ListedService::published)
                .filter(s -> s.reviewStatus(today) != ReviewStatus.CURRENT)
                .sorted(Comparator.comparing((ListedService s) -> s.reviewStatus(today), Comparator.reverseOrder())
                        .thenComparing(ListedService::lastReviewed))
                .limit(5)
                .map(s -> new WorkRow(s.name(), "/directory/manage/" + s.id() + "/edit",
                        "Last reviewed " + Dates.DAY.format(s.lastReviewed()),
                        s.reviewStatus(today).label(), s.reviewStatus(today) == ReviewStatus.OVERDUE ? "red" : "yellow"))
                .toList();
        return List.of(new WorkList(50, "Directory reviews",
                summary.overdue() + " overdue and " + summary.reviewDue() + " due for review (BVPI 225: every entry at "
                        + "least every 2 years).", rows, "/directory/manage", "Manage the directory"));
    }
}
