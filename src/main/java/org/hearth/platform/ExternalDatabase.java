package org.hearth.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * An external PostgreSQL ({@code HEARTH_DB_URL}): the application connects as {@code HEARTH_DB_USER}, a role that
 * should own nothing; the migrations run as {@code HEARTH_DB_OWNER_USER} / {@code HEARTH_DB_OWNER_PASSWORD} (or
 * Spring's own {@code spring.flyway.user} / {@code spring.flyway.password}), the role that owns the schema.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${HEARTH_DB_URL:}'.isBlank()")
class ExternalDatabase {

    @Bean
    DatabaseRoles databaseRoles(Environment env) {
        String app = env.getProperty("spring.datasource.username", "").trim();
        String owner = env.getProperty("hearth.db.owner-user", "").trim();
        if (owner.isEmpty()) {
            owner = env.getProperty("spring.flyway.user", "").trim();
        }
        return new DatabaseRoles(app, owner.isEmpty() ? app : owner);
    }

    @Bean
    FlywayConfigurationCustomizer externalOwnerRunsMigrations(Environment env) {
        String owner = env.getProperty("hearth.db.owner-user", "").trim();
        String password = env.getProperty("hearth.db.owner-password", "");
        String url = env.getProperty("spring.flyway.url", env.getProperty("spring.datasource.url", "")).trim();
        return configuration -> {
            if (!owner.isEmpty()) {
                configuration.dataSource(url, owner, password);
            }
        };
    }
}
