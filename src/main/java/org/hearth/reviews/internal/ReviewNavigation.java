package org.hearth.reviews.internal;

import java.util.Set;
import org.hearth.platform.NavigationItem;
import org.hearth.platform.NavigationSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Death reviews" in the navigation, for partnership coordinators (panel members reach theirs from My work). */
@Configuration
class ReviewNavigation {

    @Bean
    NavigationItem reviewsNavigation() {
        return new NavigationItem("Death reviews", "/reviews", 28, Set.of("ROLE_PARTNERSHIP_COORDINATOR"))
                .in(NavigationSection.PARTNERSHIP);
    }
}
