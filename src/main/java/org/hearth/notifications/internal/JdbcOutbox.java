package org.hearth.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.notifications.MessageId;
import org.hearth.notifications.MessageKind;
import org.hearth.notifications.MessageStatus;
import org.hearth.notifications.Outbox;
import org.hearth.notifications.OutboxMessage;
import org.hearth.notifications.OutgoingMessage;
import org.hearth.notifications.Recipient;
import org.hearth.notifications.RecipientKind;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outbox in PostgreSQL ({@code notification_outbox}). */
@Service
class JdbcOutbox implements Outbox {

    private static final String COLUMNS = "id, recipient_kind, recipient_id, recipient_label, address, kind, "
            + "idempotency_key, link, status, attempts, next_attempt_at, channel, last_error, created_at, sent_at";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcOutbox(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public MessageId enqueue(OutgoingMessage message) {
        Map<String, String> errors = new LinkedHashMap<>();
        Recipient to = message.recipient();
        if (to == null || to.kind() == null || to.id() == null) {
            errors.put("recipient", "Say who the message goes to");
        } else {
            if (to.address() == null || !to.address().strip().matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")) {
                errors.put("address", "Enter an e-mail address in the correct format, like name@example.gov.uk");
            }
            if (to.label() == null || to.label().isBlank() || to.label().length() > 200) {
                errors.put("label", "Name the recipient in 200 characters or fewer");
            }
        }
        if (message.kind() == null) {
            errors.put("kind", "Say what kind of message it is");
        }
        if (message.idempotencyKey() == null || message.idempotencyKey().isBlank()
                || message.idempotencyKey().length() > 200) {
            errors.put("idempotencyKey", "Give the message's cause as a key of 200 characters or fewer");
        }
        if (message.signInPath() == null || !message.signInPath().startsWith("/")
                || message.signInPath().startsWith("//")) {
            errors.put("signInPath", "The link must be a page of Hearth's own, starting with /");
        }
        InvalidInputException.refuseIfAny(errors);
        UUID id = UUID.randomUUID();
        Optional<UUID> made = jdbc.sql("""
                INSERT INTO notification_outbox (id, recipient_kind, recipient_id, recipient_label, address, kind,
                    idempotency_key, link, next_attempt_at)
                VALUES (:id, :recipientKind, :recipientId, :label, :address, :kind, :key, :link, now())
                ON CONFLICT (recipient_kind, recipient_id, idempotency_key) DO NOTHING
                RETURNING id""")
                .param("id", id)
                .param("recipientKind", to.kind().name())
                .param("recipientId", to.id())
                .param("label", to.label().strip())
                .param("address", to.address().strip())
                .param("kind", message.kind().name())
                .param("key", message.idempotencyKey())
                .param("link", message.signInPath())
                .query(UUID.class).optional();
        return new MessageId(made.orElseGet(() -> jdbc.sql("""
                SELECT id FROM notification_outbox
                WHERE recipient_kind = :recipientKind AND recipient_id = :recipientId AND idempotency_key = :key""")
                .param("recipientKind", to.kind().name())
                .param("recipientId", to.id())
                .param("key", message.idempotencyKey())
                .query(UUID.class).single()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OutboxMessage> find(MessageId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_outbox WHERE id = :id")
                .param("id", id.value()).query(JdbcOutbox::row).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutboxMessage> list(MessageStatus status, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_outbox WHERE status = :status "
                        + "ORDER BY created_at DESC, id LIMIT :limit")
                .param("status", status.name()).param("limit", Math.max(0, Math.min(limit, 1000)))
                .query(JdbcOutbox::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<MessageStatus, Long> counts() {
        Map<MessageStatus, Long> out = new EnumMap<>(MessageStatus.class);
        for (MessageStatus s : MessageStatus.values()) {
            out.put(s, 0L);
        }
        jdbc.sql("SELECT status, count(*) AS n FROM notification_outbox GROUP BY status")
                .query((rs, n) -> Map.entry(MessageStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    @Transactional
    public boolean resend(MessageId id) {
        int changed = jdbc.sql("""
                UPDATE notification_outbox SET status = 'QUEUED', attempts = 0, next_attempt_at = now()
                WHERE id = :id AND status = 'DEAD'""")
                .param("id", id.value()).update();
        if (changed == 1) {
            audit.record(AuditAction.UPDATE, "outbox-message", id.value());
        }
        return changed == 1;
    }

    static OutboxMessage row(ResultSet rs, int n) throws SQLException {
        return new OutboxMessage(new MessageId(rs.getObject("id", UUID.class)),
                new Recipient(RecipientKind.valueOf(rs.getString("recipient_kind")),
                        rs.getObject("recipient_id", UUID.class), rs.getString("address"),
                        rs.getString("recipient_label")),
                MessageKind.valueOf(rs.getString("kind")), rs.getString("idempotency_key"), rs.getString("link"),
                MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("channel"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
