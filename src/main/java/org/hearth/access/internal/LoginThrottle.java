package org.hearth.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing with growing delays rather than hard locks, so nobody can lock a hub coordinator out
 * at 9 am by typing their username wrongly five times from elsewhere. Three counters:
 * <ul>
 * <li>per <em>client address and typed username</em> (existing or not, so the answer reveals nothing): after
 * {@code hearth.security.sign-in.free-failures} failures each further one doubles the wait, from
 * {@code first-delay} up to {@code max-delay};</li>
 * <li>per <em>client address alone</em>, with a much higher ceiling ({@code address-ceiling} failures) because a
 * police station signs many officers in from one address; password spraying across usernames meets it;</li>
 * <li>per <em>account</em> for second-factor codes, which a right password never resets (only a right code or an
 * administrator's unlock).</li>
 * </ul>
 * A counter is forgotten {@code forget-after} its last failure. Writes commit on their own, so a failure is
 * remembered even though the sign-in ends in an exception.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final int freeFailures;
    private final int addressCeiling;
    private final int freeCodeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;

    LoginThrottle(JdbcClient jdbc,
            @Value("${hearth.security.sign-in.free-failures:4}") int freeFailures,
            @Value("${hearth.security.sign-in.address-ceiling:100}") int addressCeiling,
            @Value("${hearth.security.sign-in.free-code-failures:4}") int freeCodeFailures,
            @Value("${hearth.security.sign-in.first-delay:1m}") Duration firstDelay,
            @Value("${hearth.security.sign-in.max-delay:15m}") Duration maxDelay,
            @Value("${hearth.security.sign-in.forget-after:24h}") Duration forgetAfter) {
        this.jdbc = jdbc;
        this.freeFailures = freeFailures;
        this.addressCeiling = addressCeiling;
        this.freeCodeFailures = freeCodeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
    }

    static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String pair(String address, String username) {
        return "pair:" + address + "|" + key(username);
    }

    private static String address(String address) {
        return "addr:" + address;
    }

    private static String code(String username) {
        return "code:" + key(username);
    }

    /** When the password step may be tried again from this address for this username, if it must wait. */
    Optional<Instant> passwordBlockedUntil(String address, String username) {
        return latest(blockedUntil(pair(address, username)), blockedUntil(address(address)));
    }

    /** Records a wrong password (or unknown username); returns when the next try may come, if it must wait. */
    Optional<Instant> recordPasswordFailure(String address, String username) {
        return latest(fail(pair(address, username), key(username), freeFailures),
                fail(address(address), null, addressCeiling));
    }

    /** A right password clears its own (address, username) counter: never the address's, nor the codes'. */
    void passwordAccepted(String address, String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = ?").param(pair(address, username)).update();
    }

    Optional<Instant> codeBlockedUntil(String username) {
        return blockedUntil(code(username));
    }

    /** Records a wrong second-factor code; returns when the next try may come, if it must wait. */
    Optional<Instant> recordCodeFailure(String username) {
        return fail(code(username), key(username), freeCodeFailures);
    }

    void codeAccepted(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = ?").param(code(username)).update();
    }

    /** An administrator's unlock: forgets every counter of this username, from any address. */
    void clear(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE username_key = ?").param(key(username)).update();
    }

    private Optional<Instant> blockedUntil(String throttleKey) {
        return jdbc.sql("SELECT blocked_until FROM sign_in_throttle WHERE throttle_key = ? AND blocked_until > now()")
                .param(throttleKey).query(LoginThrottle::instant).optional().flatMap(i -> i);
    }

    /**
     * Counts a failure (starting again after {@code forget-after} without one) and, past {@code free} failures,
     * makes the next try wait {@code first-delay} doubled for each further failure, at most {@code max-delay}.
     */
    private Optional<Instant> fail(String throttleKey, String usernameKey, int free) {
        return jdbc.sql("""
                INSERT INTO sign_in_throttle AS t (throttle_key, username_key, failures, last_failure_at, blocked_until)
                VALUES (:key, :user, 1, now(), CASE WHEN 1 > :free THEN now() + make_interval(secs => :first) END)
                ON CONFLICT (throttle_key) DO UPDATE SET
                    failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => :forget) THEN 1
                                    ELSE t.failures + 1 END,
                    last_failure_at = now(),
                    blocked_until = CASE
                        WHEN t.last_failure_at < now() - make_interval(secs => :forget) OR t.failures + 1 <= :free
                            THEN NULL
                        ELSE now() + make_interval(secs => least(:max,
                                 :first * power(2, least(t.failures + 1 - :free - 1, 30))))
                        END
                RETURNING blocked_until""")
                .param("key", throttleKey).param("user", usernameKey).param("free", free)
                .param("first", (double) firstDelay.toSeconds()).param("max", (double) maxDelay.toSeconds())
                .param("forget", (double) forgetAfter.toSeconds())
                .query(LoginThrottle::instant).optional().flatMap(i -> i);
    }

    private static Optional<Instant> instant(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant);
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }
}
