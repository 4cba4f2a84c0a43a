package org.hearth.notifications.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the messages that are due, one transaction per message: the row is claimed with
 * {@code FOR UPDATE SKIP LOCKED} (so several instances of Hearth never send one message twice), sent through the
 * configured channel, and marked sent; a failure counts an attempt and waits {@code backoff × 2^(attempts-1)}
 * (at most {@code max-backoff}), and the last allowed attempt dead-letters the message with the reason.
 *
 * <p>At least once: a message is marked sent after the channel accepted it, in the transaction that holds its row,
 * so a crash between the two sends it again rather than never.
 */
@Component
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final NotificationSettings settings;
    private final Partnerships partnerships;
    private final String linkBase;
    private volatile Channel configured;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("notification-outbox"));

    OutboxWorker(JdbcClient jdbc, TransactionTemplate tx, NotificationSettings settings, Partnerships partnerships,
            @Value("${hearth.security.public-base-url:}") String publicBaseUrl) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
        this.partnerships = partnerships;
        String base = !settings.linkBaseUrl().isBlank() ? settings.linkBaseUrl()
                : !publicBaseUrl.isBlank() ? publicBaseUrl : "http://localhost:8080";
        this.linkBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The channel of {@code hearth.notifications.channel}, made when first needed. */
    public Channel configuredChannel() {
        Channel c = configured;
        if (c == null) {
            c = switch (settings.channel().strip().toLowerCase(java.util.Locale.ROOT)) {
                case "smtp" -> new SmtpChannel(settings.smtp());
                case "notify" -> new NotifyChannel(settings.notifyService());
                case "in-app", "" -> new InAppChannel();
                default -> throw new IllegalStateException(
                        "hearth.notifications.channel must be in-app, smtp or notify");
            };
            configured = c;
        }
        return c;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        configuredChannel(); // a wrong setting stops the start, not the first message
        long every = settings.poll().toMillis();
        if (every > 0) {
            worker.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void runQuietly() {
        try {
            run(configuredChannel(), Instant.now());
        } catch (RuntimeException e) {
            log.warn("The outbox worker's round failed ({}); trying again", e.getClass().getName());
        }
    }

    /**
     * Sends, through {@code channel}, every message due at {@code now} (at most the configured batch); returns how
     * many were sent.
     */
    public int run(Channel channel, Instant now) {
        String partnership = partnerships.current().map(Partnership::name).orElse("the partnership");
        int sent = 0;
        try {
            for (int i = 0; i < settings.batch(); i++) {
                Optional<Boolean> outcome = tx.execute(status -> sendOne(channel, partnership, now));
                if (outcome == null || outcome.isEmpty()) {
                    break;
                }
                if (outcome.get()) {
                    sent++;
                }
            }
        } finally {
            channel.roundEnded();
        }
        return sent;
    }

    /** Empty when nothing was due; else whether the message went. */
    private Optional<Boolean> sendOne(Channel channel, String partnership, Instant now) {
        Optional<Due> due = jdbc.sql("""
                SELECT id, address, link, attempts FROM notification_outbox
                WHERE status = 'QUEUED' AND next_attempt_at <= :now
                ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param("now", java.sql.Timestamp.from(now))
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("address"),
                        rs.getString("link"), rs.getInt("attempts")))
                .optional();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Due m = due.get();
        try {
            channel.send(new Channel.Envelope(m.id().toString(), m.address(), partnership, linkBase + m.link()));
        } catch (Exception e) {
            failed(m, FailureReason.of(e), now);
            return Optional.of(false);
        }
        jdbc.sql("""
                UPDATE notification_outbox SET status = 'SENT', attempts = attempts + 1, channel = :channel,
                    sent_at = now() WHERE id = :id""")
                .param("channel", channel.name()).param("id", m.id()).update();
        return Optional.of(true);
    }

    private void failed(Due m, String reason, Instant now) {
        int attempts = m.attempts() + 1;
        if (attempts >= settings.maxAttempts()) {
            jdbc.sql("""
                    UPDATE notification_outbox SET status = 'DEAD', attempts = :attempts, last_error = :reason
                    WHERE id = :id""")
                    .param("attempts", attempts).param("reason", reason).param("id", m.id()).update();
            log.warn("Outbox message {} dead-lettered after {} attempts", m.id(), attempts);
            return;
        }
        jdbc.sql("""
                UPDATE notification_outbox SET attempts = :attempts, last_error = :reason, next_attempt_at = :next
                WHERE id = :id""")
                .param("attempts", attempts).param("reason", reason)
                .param("next", java.sql.Timestamp.from(now.plus(backoff(attempts))))
                .param("id", m.id()).update();
        log.info("Outbox message {} not sent (attempt {}); trying again later", m.id(), attempts);
    }

    /** The wait after the {@code attempts}-th failure: backoff, doubled each time, at most max-backoff. */
    Duration backoff(int attempts) {
        Duration wait = settings.backoff();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private record Due(UUID id, String address, String link, int attempts) {
    }
}
