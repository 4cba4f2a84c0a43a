package org.hearth.subjectaccess.internal;

import java.util.Set;
import org.hearth.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Subject access" for information governance only. */
@Configuration(proxyBeanMethods = false)
class SubjectAccessNavigation {

    @Bean
    NavigationItem subjectAccessItem() {
        return new NavigationItem("Subject access", "/subject-access", 28, Set.of("ROLE_INFORMATION_GOVERNANCE"));
    }
}
