package org.hearth.casework.internal;

import java.util.Set;
import org.hearth.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "My cases" for casework roles; the services for them and for administrators, who set services up. */
@Configuration(proxyBeanMethods = false)
class CaseworkNavigation {

    @Bean
    NavigationItem myCasesNavigation() {
        return new NavigationItem("My cases", "/casework/my-cases", 25,
                Set.of("ROLE_HUB_COORDINATOR", "ROLE_PRACTITIONER", "ROLE_AGENCY_REPRESENTATIVE"))
                .in(org.hearth.platform.NavigationSection.CASEWORK);
    }

    @Bean
    NavigationItem caseworkServicesNavigation() {
        return new NavigationItem("Casework services", "/casework", 26, Set.of("ROLE_SYSTEM_ADMIN",
                "ROLE_HUB_COORDINATOR", "ROLE_PRACTITIONER", "ROLE_AGENCY_REPRESENTATIVE"))
                .in(org.hearth.platform.NavigationSection.CASEWORK);
    }

    @Bean
    NavigationItem programmesNavigation() {
        return new NavigationItem("Perpetrator programmes", "/casework/programmes", 27, Set.of("ROLE_SYSTEM_ADMIN",
                "ROLE_HUB_COORDINATOR", "ROLE_PRACTITIONER", "ROLE_AGENCY_REPRESENTATIVE"))
                .in(org.hearth.platform.NavigationSection.CASEWORK);
    }
}
