package org.hearth.platform;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Delivers again every event a module's listener did not complete (the listener failed, or the application stopped
 * before it ran): once a minute, those at least a minute old, from Spring Modulith's event publication registry.
 * A lost delivery can matter for safety (a hub's "Refer to MARAC" decision that never becomes a MARAC referral), so
 * no module keeps its own retry. Every {@code @ApplicationModuleListener} must therefore be idempotent: delivering
 * an event twice does what delivering it once does. Where several instances serve one database, one redelivers at a
 * time ({@link SingleInstance}).
 */
@Component
class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);
    static final Duration EVERY = Duration.ofMinutes(1);

    private final IncompleteEventPublications incomplete;
    private final SingleInstance single;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("event-redelivery"));

    EventRedelivery(IncompleteEventPublications incomplete, SingleInstance single) {
        this.incomplete = incomplete;
        this.single = single;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker.scheduleWithFixedDelay(this::redeliver, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    void redeliver() {
        try {
            // one instance at a time: two would deliver the same events twice at once
            single.runExclusively("event-redelivery", () -> incomplete.resubmitIncompletePublications(
                    ResubmissionOptions.defaults().withMinAge(EVERY)));
        } catch (RuntimeException e) {
            // the exception's message may quote the event's values: log its type only
            log.warn("Could not deliver incomplete events again ({}); trying again in {}", e.getClass().getName(),
                    EVERY);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
