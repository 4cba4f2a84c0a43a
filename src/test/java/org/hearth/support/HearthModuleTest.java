package org.hearth.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The settings every Spring Modulith {@code @ApplicationModuleTest} takes beside it: those of
 * {@link HearthIntegrationTest} that matter without the web server. With the blank data directory a module test
 * shares the JVM's one temporary embedded PostgreSQL with the integration tests (platform's {@code EmbeddedDatabase}
 * keeps one server per data directory while any context uses it), so Flyway finds the schema already there when the
 * shared context has started first; run alone, the module test starts the server and migrates it itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "hearth.embedded-db.data-dir=",
        "hearth.demo.enabled=false",
        "hearth.notifications.poll=0",
        "hearth.insights.max-staleness=0s",
        "hearth.warm-up.enabled=false"})
public @interface HearthModuleTest {
}
