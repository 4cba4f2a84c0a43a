package org.hearth.housing.internal;

import java.util.Set;
import org.hearth.platform.NavigationItem;
import org.hearth.platform.NavigationSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Refuge providers (vacancies) for referrers and the partnership's coordinators; job sheets for contractors. */
@Configuration(proxyBeanMethods = false)
class HousingNavigation {

    @Bean
    NavigationItem refugeProvidersNavigation() {
        return new NavigationItem("Refuge vacancies", "/housing/refuges", 27, Set.of("ROLE_HUB_COORDINATOR",
                "ROLE_PRACTITIONER", "ROLE_AGENCY_REPRESENTATIVE")).in(NavigationSection.CASEWORK);
    }

    /** The same page for the partnership's coordinators and administrators, who add providers: beside the directory. */
    @Bean
    NavigationItem refugeProvidersForManagersNavigation() {
        return new NavigationItem("Refuge providers", "/housing/refuges", 27, Set.of("ROLE_PARTNERSHIP_COORDINATOR",
                "ROLE_SYSTEM_ADMIN")).in(NavigationSection.PARTNERSHIP);
    }

    @Bean
    NavigationItem sanctuaryJobsNavigation() {
        return new NavigationItem("Sanctuary jobs", "/housing/jobs", 28, Set.of("ROLE_HUB_COORDINATOR",
                "ROLE_PRACTITIONER", "ROLE_AGENCY_REPRESENTATIVE")).in(NavigationSection.CASEWORK);
    }
}
