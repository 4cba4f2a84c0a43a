package org.hearth.notifications;

import java.time.Instant;

/**
 * A message as the outbox holds it.
 *
 * @param channel the channel that sent it (null until sent)
 * @param lastError why the last attempt failed: the exception's type, the SMTP reply or Notify's status and error
 *        type, with any e-mail address taken out (null when none failed)
 */
public record OutboxMessage(MessageId id, Recipient recipient, MessageKind kind, String idempotencyKey,
        String link, MessageStatus status, int attempts, Instant nextAttemptAt, String channel, String lastError,
        Instant createdAt, Instant sentAt) {
}
