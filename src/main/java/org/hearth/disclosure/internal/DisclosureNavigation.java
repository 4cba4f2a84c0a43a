package org.hearth.disclosure.internal;

import java.util.Set;
import org.hearth.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Clare's Law" for the disclosure team only; nobody else learns the applications exist from the navigation. */
@Configuration(proxyBeanMethods = false)
class DisclosureNavigation {

    @Bean
    NavigationItem clareNavigation() {
        return new NavigationItem("Clare’s Law", "/disclosure", 27, Set.of("ROLE_DISCLOSURE_TEAM"));
    }
}
