package org.hearth.risk.internal;

import org.hearth.risk.MaracRules;
import org.hearth.risk.RiskPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The configured rules as beans, and method security, which the access module does not enable: the risk pages
 * and API restrict roles with {@code @PreAuthorize} (analysts never see a person).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class RiskConfiguration {

    @Bean
    RiskPolicy riskPolicy(RiskProperties properties) {
        return properties.policy();
    }

    @Bean
    MaracRules maracRules(RiskProperties properties) {
        return properties.maracRules();
    }
}
