package org.hearth.strategy.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hearth.platform.Dates;
import org.hearth.services.ReviewSummary;
import org.hearth.services.ServiceDirectory;
import org.hearth.strategy.Bvpi225Evidence;
import org.hearth.strategy.Bvpi225Proposal;
import org.springframework.stereotype.Component;

/**
 * BVPI 225 item 1 from the directory of services: yes when there is at least one published service and every one
 * was reviewed within the last 2 years.
 */
@Component
class DirectoryReviewEvidence implements Bvpi225Evidence {

    static final DateTimeFormatter DATE = Dates.DAY;

    private final ServiceDirectory directory;

    DirectoryReviewEvidence(ServiceDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Bvpi225Proposal propose(LocalDate today) {
        ReviewSummary s = directory.reviewSummary(today);
        List<String> workings = new ArrayList<>();
        workings.add(s.published() + " published " + (s.published() == 1 ? "service" : "services")
                + " in the directory of services");
        workings.add(s.reviewedWithinTwoYears() + " reviewed within the last 2 years, " + s.overdue() + " overdue"
                + (s.reviewDue() > 0 ? " (" + s.reviewDue() + " due for review soon)" : ""));
        s.oldestReview().ifPresent(d -> workings.add("Oldest review: " + DATE.format(d)));
        String reasoning;
        if (s.published() == 0) {
            reasoning = "No: the directory of services has no published services.";
        } else if (s.allReviewedWithinTwoYears()) {
            reasoning = "Yes: all " + s.published() + " published services in the directory were reviewed within the "
                    + "last 2 years (as at " + DATE.format(today) + ").";
        } else {
            reasoning = "No: " + s.overdue() + " of " + s.published() + " published services in the directory "
                    + (s.overdue() == 1 ? "has" : "have") + " not been reviewed for over 2 years (as at "
                    + DATE.format(today) + ").";
        }
        return new Bvpi225Proposal(1, s.allReviewedWithinTwoYears(), reasoning, workings);
    }
}
