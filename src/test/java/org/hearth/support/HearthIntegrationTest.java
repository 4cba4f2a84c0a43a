package org.hearth.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one integration-test setup: the whole application on a random port, on a fresh embedded PostgreSQL
 * shared by every test in the JVM, without the demo data. Keep every integration test on exactly this
 * annotation so Spring reuses a single context. Two agencies' identity providers are a real OpenID Connect server
 * in the same JVM ({@link OidcTestServer}). The fixtures' password is hashed once ({@link FixturePasswordHash}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "hearth.embedded-db.data-dir=",
        "hearth.demo.enabled=false",
        // requests from the test JVM come through a "proxy", so tests can play clients at other addresses
        "hearth.security.trusted-proxies=127.0.0.0/8,::1",
        "hearth.security.absolute-session-timeout=10h",
        // the outbox worker does not run by itself: tests send through OutboxWorker.run with a channel of their own
        "hearth.notifications.poll=0",
        // tests read figures straight after writing the records (InsightsRefreshTest covers a dashboard served stale)
        "hearth.insights.max-staleness=0s",
        // the sign-in warm-up before readiness costs seconds at every start; SignInWarmUpTest starts with it
        "hearth.warm-up.enabled=false"})
@ContextConfiguration(initializers = OidcTestServer.class)
@Import({Fixtures.class, FixturePasswordHash.class})
public @interface HearthIntegrationTest {
}
