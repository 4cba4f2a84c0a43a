package org.hearth.notifications.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.access.Role;
import org.hearth.notifications.MessageId;
import org.hearth.notifications.MessageKind;
import org.hearth.notifications.MessageStatus;
import org.hearth.notifications.Outbox;
import org.hearth.notifications.OutboxMessage;
import org.hearth.notifications.OutgoingMessage;
import org.hearth.notifications.Recipient;
import org.hearth.notifications.RecipientKind;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: a message exists if and only if its cause committed, is never queued twice for one recipient and
 * cause, is retried with back-off and dead-lettered with a reason free of personal data; SMTP against GreenMail in
 * this JVM (stopped and started again: nothing lost), GOV.UK Notify's official client against a WireMock stub of
 * its API.
 */
@HearthIntegrationTest
class OutboxTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxWorker worker;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Fixtures fixtures;

    GreenMail mail;
    int smtpPort;

    @BeforeEach
    void startMail() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        smtpPort = mail.getSmtp().getPort();
    }

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    SmtpChannel smtp() {
        return new SmtpChannel(new NotificationSettings.Smtp("127.0.0.1", smtpPort, "", "", false,
                "hearth@example.test", Duration.ofSeconds(5)));
    }

    static String address() {
        return "dsl-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example.test";
    }

    static OutgoingMessage message(String address, String key) {
        return new OutgoingMessage(new Recipient(RecipientKind.ESTABLISHMENT, UUID.nameUUIDFromBytes(address.getBytes()),
                address, "Test School: designated safeguarding lead"), MessageKind.SCHOOL_NOTIFICATION, key,
                "/establishment/notifications");
    }

    MessageId enqueue(OutgoingMessage message) {
        return tx.execute(s -> outbox.enqueue(message));
    }

    List<OutboxMessage> to(String address) {
        return jdbc.sql("SELECT id FROM notification_outbox WHERE address = :a").param("a", address)
                .query(UUID.class).list().stream().map(id -> outbox.find(new MessageId(id)).orElseThrow()).toList();
    }

    List<MimeMessage> received(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    String partnership() {
        return partnerships.current().map(Partnership::name).orElse("the partnership");
    }

    // ------------------------------------------------------------------------------------ the transactional write

    @Test
    void aMessageExistsOnlyIfWhatCausedItCommitted() {
        String rolledBack = address();
        tx.executeWithoutResult(s -> {
            outbox.enqueue(message(rolledBack, "cause-1"));
            s.setRollbackOnly(); // what caused it failed
        });
        assertThat(to(rolledBack)).isEmpty();

        String committed = address();
        MessageId id = enqueue(message(committed, "cause-2"));
        assertThat(to(committed)).extracting(OutboxMessage::id).containsExactly(id);
        assertThat(to(committed).get(0).status()).isEqualTo(MessageStatus.QUEUED);
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() {
        String addr = address();
        assertThatThrownBy(() -> outbox.enqueue(message(addr, "cause"))).isInstanceOf(
                IllegalTransactionStateException.class);
        assertThat(to(addr)).isEmpty();
    }

    @Test
    void badInputIsRefusedFieldByField() {
        assertThatThrownBy(() -> enqueue(new OutgoingMessage(new Recipient(RecipientKind.USER, UUID.randomUUID(),
                "not an address", " "), MessageKind.GENERAL, "", "https://elsewhere.example/")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("address", "label", "idempotencyKey", "signInPath"));
    }

    // ------------------------------------------------------------------------------------------------ idempotency

    @Test
    void aRecipientNeverGetsOneCauseTwice() throws Exception {
        String addr = address();
        MessageId first = enqueue(message(addr, "encompass:42"));
        MessageId again = enqueue(message(addr, "encompass:42"));
        assertThat(again).isEqualTo(first);
        assertThat(to(addr)).hasSize(1);

        worker.run(smtp(), Instant.now());
        // queued once more after it was sent: still the same message, not sent again
        assertThat(enqueue(message(addr, "encompass:42"))).isEqualTo(first);
        worker.run(smtp(), Instant.now().plusSeconds(3600));
        assertThat(received(addr)).hasSize(1);
        assertThat(to(addr).get(0).status()).isEqualTo(MessageStatus.SENT);

        // another cause for the same recipient is another message
        enqueue(message(addr, "encompass:43"));
        worker.run(smtp(), Instant.now());
        assertThat(received(addr)).hasSize(2);
    }

    // --------------------------------------------------------------------------------------------------- channels

    @Test
    void smtpSendsTheFixedWordsAndTheLinkAndNothingElse() throws Exception {
        String addr = address();
        MessageId id = enqueue(message(addr, "cause"));
        worker.run(smtp(), Instant.now());

        List<MimeMessage> got = received(addr);
        assertThat(got).hasSize(1);
        assertThat(got.get(0).getSubject()).isEqualTo("New notification from " + partnership());
        String body = String.valueOf(got.get(0).getContent()).replace("\r\n", "\n").strip();
        assertThat(body).isEqualTo("You have a new notification from " + partnership()
                + ". Sign in to read it.\n\nhttp://localhost:8080/establishment/notifications");
        OutboxMessage sent = outbox.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.channel()).isEqualTo("smtp");
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isNotNull();
    }

    @Test
    void notifySendsThroughItsOfficialClient() {
        WireMockServer notify = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        notify.start();
        try {
            String templateId = UUID.randomUUID().toString();
            String serviceId = UUID.randomUUID().toString();
            String apiKey = "hearth_test-" + serviceId + "-" + UUID.randomUUID();
            notify.stubFor(post(urlEqualTo("/v2/notifications/email")).willReturn(aResponse().withStatus(201)
                    .withHeader("Content-Type", "application/json").withBody("""
                            {"id": "%s", "reference": "r", "uri": "https://example.test/v2/notifications/x",
                             "template": {"id": "%s", "version": 1, "uri": "https://example.test/t"},
                             "content": {"subject": "s", "body": "b", "from_email": "hearth@example.test",
                                         "one_click_unsubscribe_url": null}}"""
                            .formatted(UUID.randomUUID(), templateId))));
            NotifyChannel channel = new NotifyChannel(new NotificationSettings.Notify(apiKey, templateId,
                    notify.baseUrl()));

            String addr = address();
            MessageId id = enqueue(message(addr, "cause"));
            worker.run(channel, Instant.now());

            notify.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/email"))
                    .withHeader("Authorization", matching("Bearer .+"))
                    .withRequestBody(equalToJson("""
                            {"template_id": "%s", "email_address": "%s", "reference": "%s",
                             "personalisation": {"partnership": "%s",
                                                 "link": "http://localhost:8080/establishment/notifications"}}"""
                            .formatted(templateId, addr, id, partnership()), true, true)));
            assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
            assertThat(outbox.find(id).orElseThrow().channel()).isEqualTo("notify");

            // Notify refuses: the status and error type are kept, never Notify's message (it quotes the address)
            notify.stubFor(post(urlEqualTo("/v2/notifications/email")).willReturn(aResponse().withStatus(400)
                    .withHeader("Content-Type", "application/json").withBody("""
                            {"status_code": 400, "errors": [{"error": "BadRequestError",
                             "message": "Can't send to this recipient using a team-only API key (%s)"}]}"""
                            .formatted(addr))));
            String refused = address();
            MessageId other = enqueue(message(refused, "cause"));
            worker.run(channel, Instant.now());
            OutboxMessage failed = outbox.find(other).orElseThrow();
            assertThat(failed.status()).isEqualTo(MessageStatus.QUEUED);
            assertThat(failed.lastError()).isEqualTo("GOV.UK Notify answered 400 (BadRequestError)");
            notify.verify(postRequestedFor(urlEqualTo("/v2/notifications/email"))
                    .withRequestBody(containing(refused)));
        } finally {
            notify.stop();
        }
    }

    // ------------------------------------------------------------------------------- retries and dead letters

    @Test
    void aFailedAttemptWaitsAndIsTriedAgainWithDoublingBackoff() {
        String addr = address();
        MessageId id = enqueue(message(addr, "cause"));
        AtomicInteger calls = new AtomicInteger();
        Channel flaky = new Channel() {
            public String name() {
                return "flaky";
            }

            public void send(Envelope e) {
                if (e.address().equals(addr) && calls.incrementAndGet() <= 2) {
                    throw new MailSendException("421 4.3.2 Service not available, closing channel");
                }
            }
        };
        Instant now = Instant.now();
        worker.run(flaky, now);
        OutboxMessage once = outbox.find(id).orElseThrow();
        assertThat(once.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(once.attempts()).isEqualTo(1);
        assertThat(once.nextAttemptAt()).isBetween(now.plusSeconds(29), now.plusSeconds(31)); // backoff 30s
        assertThat(once.lastError()).startsWith("MailSendException");

        worker.run(flaky, now.plusSeconds(10)); // not due yet
        assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(1);

        worker.run(flaky, now.plusSeconds(31));
        OutboxMessage twice = outbox.find(id).orElseThrow();
        assertThat(twice.attempts()).isEqualTo(2);
        assertThat(twice.nextAttemptAt()).isBetween(now.plusSeconds(31 + 59), now.plusSeconds(31 + 61)); // doubled

        worker.run(flaky, now.plusSeconds(200));
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
        assertThat(calls).hasValue(3);
        assertThat(worker.backoff(20)).isEqualTo(Duration.ofHours(1)); // at most max-backoff
    }

    @Test
    void afterTheLastAttemptTheMessageIsADeadLetterWithAReasonFreeOfPersonalData() {
        String addr = address();
        MessageId id = enqueue(message(addr, "cause"));
        mail.stop(); // the server refuses connections from now on
        Instant at = Instant.now();
        for (int i = 0; i < 5; i++) {
            worker.run(smtp(), at);
            at = at.plus(Duration.ofHours(2));
        }
        OutboxMessage dead = outbox.find(id).orElseThrow();
        assertThat(dead.status()).isEqualTo(MessageStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(5);
        assertThat(dead.lastError()).startsWith("MailSendException").doesNotContain(addr).doesNotContain("@");

        // further rounds leave it alone
        worker.run(smtp(), at.plus(Duration.ofDays(1)));
        assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(5);
    }

    @Test
    void anSmtpRefusalIsKeptWithItsReplyButNotTheAddress() {
        assertThat(FailureReason.of(new MailSendException("Failed messages",
                new jakarta.mail.SendFailedException("550 5.1.1 <" + "kim@school.example.test"
                        + ">: Recipient address rejected\n more")))).isEqualTo(
                "MailSendException: 550 5.1.1 <(address)>: Recipient address rejected");
    }

    @Test
    void aStoppedMailServerLosesNothing() throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String addr = address();
            addresses.add(addr);
            enqueue(message(addr, "cause"));
        }
        mail.stop();
        Instant now = Instant.now();
        worker.run(smtp(), now);
        for (String addr : addresses) {
            OutboxMessage m = to(addr).get(0);
            assertThat(m.status()).isEqualTo(MessageStatus.QUEUED);
            assertThat(m.attempts()).isEqualTo(1);
        }

        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        worker.run(smtp(), now.plus(Duration.ofMinutes(5)));
        for (String addr : addresses) {
            assertThat(received(addr)).as(addr).hasSize(1);
            assertThat(to(addr).get(0).status()).isEqualTo(MessageStatus.SENT);
        }
    }

    // ---------------------------------------------------------------------------------- the administrators' page

    @Test
    void anAdministratorSeesWhyAMessageDiedAndSendsItAgain() {
        String addr = address();
        MessageId id = enqueue(message(addr, "cause"));
        Channel refusing = new Channel() {
            public String name() {
                return "refusing";
            }

            public void send(Envelope e) {
                if (e.address().equals(addr)) {
                    throw new MailSendException("554 5.7.1 Relay access denied");
                }
            }
        };
        Instant at = Instant.now();
        for (int i = 0; i < 5; i++) {
            worker.run(refusing, at);
            at = at.plus(Duration.ofHours(2));
        }
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MessageStatus.DEAD);

        WebSession admin = new WebSession(port);
        admin.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        Page dead = admin.get("/admin/outbox?status=DEAD");
        assertThat(dead.status()).isEqualTo(200);
        var row = dead.html().getElementById("message-" + id);
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("Test School: designated safeguarding lead", "MailSendException")
                .doesNotContain(addr);

        Page resent = admin.post("/admin/outbox/" + id + "/resend", Map.of());
        assertThat(resent.status()).isEqualTo(303);
        OutboxMessage queued = outbox.find(id).orElseThrow();
        assertThat(queued.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(queued.attempts()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'outbox-message' "
                + "AND :id = ANY(record_ids)").param("id", id.toString()).query(Long.class).single()).isEqualTo(1);

        // a message that is not dead is never sent again
        worker.run(new InAppChannel(), Instant.now());
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
        assertThat(outbox.resend(id)).isFalse();
        assertThat(admin.get("/admin/outbox?status=SENT").html().getElementById("message-" + id).text())
                .contains("In-app outbox");
    }
}
