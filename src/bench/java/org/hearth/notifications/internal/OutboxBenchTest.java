package org.hearth.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hearth.notifications.MessageKind;
import org.hearth.notifications.Outbox;
import org.hearth.notifications.OutgoingMessage;
import org.hearth.notifications.Recipient;
import org.hearth.notifications.RecipientKind;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox benchmark of issue 13 (`bench/outbox`, see BENCHMARKS.md): 1,000 messages sent to an SMTP server in the
 * test JVM (GreenMail) by the worker's own rounds, timed from the first round to the last message received (target:
 * under 10 s); then the mail server stopped while 100 more are due, the worker's round failing them all, the server
 * started again on the same port and the next rounds (past the back-off) delivering every one: none lost, none
 * twice. Prints one JSON line.
 */
@HearthIntegrationTest
@EnabledIfSystemProperty(named = "hearth.bench.outbox", matches = "true")
class OutboxBenchTest {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxWorker worker;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    private static OutgoingMessage message(String run, int n) {
        String address = "dsl-" + run + "-" + n + "@school.example.test";
        return new OutgoingMessage(new Recipient(RecipientKind.ESTABLISHMENT, UUID.nameUUIDFromBytes(address.getBytes()),
                address, "Bench School " + n + ": designated safeguarding lead"), MessageKind.SCHOOL_NOTIFICATION,
                "bench:" + run + ":" + n, "/establishment/notifications");
    }

    private static SmtpChannel smtp(int port) {
        return new SmtpChannel(new NotificationSettings.Smtp("127.0.0.1", port, "", "", false, "hearth@example.test",
                Duration.ofSeconds(5)));
    }

    private long queued(String run) {
        return jdbc.sql("SELECT count(*) FROM notification_outbox WHERE idempotency_key LIKE :k AND status = 'QUEUED'")
                .param("k", "bench:" + run + ":%").query(Long.class).single();
    }

    @Test
    void aThousandMessagesAndAStoppedServer() throws Exception {
        int messages = Integer.getInteger("hearth.bench.messages", 1000);
        String run = UUID.randomUUID().toString().substring(0, 8);
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        int port = mail.getSmtp().getPort();
        SmtpChannel channel = smtp(port);
        tx.executeWithoutResult(s -> {
            for (int n = 0; n < messages; n++) {
                outbox.enqueue(message(run, n));
            }
        });
        long started = System.nanoTime();
        int sent = 0;
        int rounds = 0;
        while (sent < messages && rounds < 1000) {
            sent += worker.run(channel, Instant.now());
            rounds++;
        }
        assertThat(mail.waitForIncomingEmail(30_000, messages)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(mail.getReceivedMessages()).hasSize(messages);

        // the mail server stops while 100 more are due: the round fails them all, none is lost
        String down = run + "-down";
        tx.executeWithoutResult(s -> {
            for (int n = 0; n < 100; n++) {
                outbox.enqueue(message(down, n));
            }
        });
        mail.stop();
        int sentWhileDown = worker.run(channel, Instant.now());
        long queuedWhileDown = queued(down);
        GreenMail again = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        again.start();
        int sentAfter = 0;
        Instant later = Instant.now().plus(Duration.ofHours(2)); // past the first back-off
        for (int i = 0; i < 10 && sentAfter < 100; i++) {
            sentAfter += worker.run(channel, later);
        }
        assertThat(again.waitForIncomingEmail(30_000, 100)).isTrue();
        int receivedAfter = again.getReceivedMessages().length;
        again.stop();

        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        System.out.printf("{\"bench\": \"outbox\", \"messages\": %d, \"seconds\": %.2f, \"per_second\": %.0f, "
                + "\"rounds\": %d, \"sent_while_down\": %d, \"queued_while_down\": %d, \"received_after\": %d, "
                + "\"load_average\": %s}%n", messages, seconds, messages / seconds, rounds, sentWhileDown,
                queuedWhileDown, receivedAfter, load);
        assertThat(sentWhileDown).isZero();
        assertThat(queuedWhileDown).as("every message still queued while the server is down").isEqualTo(100);
        assertThat(receivedAfter).as("each delivered once when it returns").isEqualTo(100);
        assertThat(queued(down)).isZero();
        assertThat(seconds).as("1,000 messages in under 10 s").isLessThan(10.0);
    }
}
