package org.hearth.insights.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Resubmits insights' event deliveries that did not complete (the listener failed, or the application stopped
 * before it ran): once a minute, those at least a minute old, from the event publication registry. A refresh
 * recomputes a victim's facts from the source tables, so delivering an event twice is harmless.
 */
@Component
class RollupRetry {

    private static final Logger log = LoggerFactory.getLogger(RollupRetry.class);
    static final Duration EVERY = Duration.ofMinutes(1);

    private final IncompleteEventPublications incomplete;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "insights-rollup-retry");
        t.setDaemon(true);
        return t;
    });

    private final JdbcClient jdbc;

    RollupRetry(IncompleteEventPublications incomplete, JdbcClient jdbc) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
    }

    /** The ids of the incomplete deliveries to insights' listeners (the registry's API does not name the listener). */
    Set<UUID> ours() {
        return Set.copyOf(jdbc.sql("""
                SELECT id FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE ?""")
                .param(RollupListeners.class.getName() + ".%").query(UUID.class).list());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker.scheduleWithFixedDelay(this::resubmit, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    void resubmit() {
        try {
            Set<UUID> ours = ours();
            if (!ours.isEmpty()) {
                incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(EVERY)
                        .withFilter(p -> ours.contains(p.getIdentifier())));
            }
        } catch (RuntimeException e) {
            log.warn("Could not resubmit insights event deliveries: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
