package org.hearth.access.internal;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per typed username (existing or not, so lockout reveals nothing) and locks
 * after {@code hearth.security.max-failed-logins} failures within the lockout duration, for that
 * duration. Writes commit on their own: a failed sign-in is remembered even though it ends in an exception.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(JdbcClient jdbc, @Value("${hearth.security.max-failed-logins:5}") int maxFailures,
            @Value("${hearth.security.lockout-duration:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    boolean isLocked(String username) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM login_throttle WHERE username_key = ? AND locked_until > now())")
                .param(key(username)).query(Boolean.class).single();
    }

    /** Records a failure; true when this failure locks the account. */
    boolean recordFailure(String username) {
        long seconds = lockout.toSeconds();
        return jdbc.sql("""
                INSERT INTO login_throttle AS t (username_key, failures, last_failure_at)
                VALUES (:key, 1, now())
                ON CONFLICT (username_key) DO UPDATE SET
                    failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => :secs) THEN 1
                                    ELSE t.failures + 1 END,
                    last_failure_at = now(),
                    locked_until = CASE WHEN t.last_failure_at >= now() - make_interval(secs => :secs)
                                             AND t.failures + 1 >= :max
                                        THEN now() + make_interval(secs => :secs) ELSE t.locked_until END
                RETURNING locked_until IS NOT NULL AND locked_until > now()""")
                .param("key", key(username)).param("secs", seconds).param("max", maxFailures)
                .query(Boolean.class).single();
    }

    void clear(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE username_key = ?").param(key(username)).update();
    }

    Duration lockout() {
        return lockout;
    }
}
