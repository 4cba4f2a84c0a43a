package org.hearth.retention.internal;

import java.util.Set;
import org.hearth.platform.NavigationItem;
import org.hearth.platform.NavigationSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Retention review" under Partnership for coordinators (the schedule is linked from it); "Retention schedule" under
 * Administration for administrators.
 */
@Configuration
class RetentionNavigation {

    @Bean
    NavigationItem retentionReviewNavigation() {
        return new NavigationItem("Retention review", "/retention", 29, Set.of("ROLE_PARTNERSHIP_COORDINATOR"))
                .in(NavigationSection.PARTNERSHIP);
    }

    @Bean
    NavigationItem retentionScheduleNavigation() {
        return new NavigationItem("Retention schedule", "/retention/schedule", 98, Set.of("ROLE_SYSTEM_ADMIN"))
                .in(NavigationSection.ADMINISTRATION);
    }
}
