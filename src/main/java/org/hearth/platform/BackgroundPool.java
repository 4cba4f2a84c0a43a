package org.hearth.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Splits the application's connection pool (the embedded database's, or Spring Boot's for {@code HEARTH_DB_URL})
 * into {@link ConnectionPools}: the pool as configured serves requests, and a second one with the same database,
 * role and settings serves background work, {@code hearth.db.background-pool-size} connections (default 4), each
 * waited for at most {@code hearth.db.background-connection-timeout-ms} (default 60 s: background work may wait,
 * a person may not), a third, {@code hearth.db.nested-pool-size} (default 4), gives a request the second
 * connection a transaction of its own needs while it holds one, and a fourth,
 * {@code hearth.db.background-nested-pool-size} (default: the background pool's size), gives background work its
 * second the same way. See docs/decisions/0011-a-pool-for-background-work.md.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundPool {

    @Bean
    static BeanPostProcessor connectionPoolsSplit(Environment env) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if ("dataSource".equals(name) && bean instanceof HikariDataSource requests) {
                    return new ConnectionPools(requests, nested(requests, env), background(requests, env),
                            backgroundNested(requests, env));
                }
                return bean;
            }
        };
    }

    /**
     * A request's second connection while it holds one (see {@link ConnectionPools}): short work, waited for as long
     * as a request's first.
     */
    static HikariDataSource nested(HikariDataSource requests, Environment env) {
        return beside(requests, "-nested", env.getProperty("hearth.db.nested-pool-size", Integer.class, 4),
                requests.getConnectionTimeout());
    }

    static HikariDataSource background(HikariDataSource requests, Environment env) {
        return beside(requests, "-background", backgroundSize(env), backgroundWait(env));
    }

    /**
     * A background thread's second connection while it holds one (see {@link ConnectionPools}): one for each
     * background connection by default, so a background thread never waits for it; waited for as long as the first.
     */
    static HikariDataSource backgroundNested(HikariDataSource requests, Environment env) {
        return beside(requests, "-background-nested",
                env.getProperty("hearth.db.background-nested-pool-size", Integer.class, backgroundSize(env)),
                backgroundWait(env));
    }

    private static int backgroundSize(Environment env) {
        return env.getProperty("hearth.db.background-pool-size", Integer.class, 4);
    }

    private static long backgroundWait(Environment env) {
        return env.getProperty("hearth.db.background-connection-timeout-ms", Long.class, 60_000L);
    }

    /** A pool with the request pool's database, role and settings, but its own name, size and wait. */
    private static HikariDataSource beside(HikariDataSource requests, String suffix, int size, long waitMillis) {
        HikariConfig config = new HikariConfig();
        requests.copyStateTo(config);
        config.setPoolName((requests.getPoolName() == null ? "hearth" : requests.getPoolName()) + suffix);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(waitMillis);
        HikariDataSource pool = new HikariDataSource();
        config.copyStateTo(pool);
        return pool;
    }
}
