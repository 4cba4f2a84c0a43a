package org.hearth.notifications;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox: the only way a module tells someone outside Hearth that something waits for them.
 *
 * <p>A message says "You have a new notification from &lt;partnership&gt;. Sign in to read it." and gives the link;
 * nothing else of what happened ever leaves Hearth by this route.
 */
public interface Outbox {

    /**
     * Queues a message in the caller's transaction (there must be one: without it this throws
     * {@link org.springframework.transaction.IllegalTransactionStateException}), so the message exists if and only
     * if the caller's work commits. A message whose recipient and idempotency key were queued before is not queued
     * again: the earlier one's id is returned, so a recipient never gets the same message twice.
     *
     * @throws org.hearth.platform.InvalidInputException on a blank address, key or link, or a link that is not a
     *         path of Hearth's own (starting with "/")
     */
    MessageId enqueue(OutgoingMessage message);

    /** A message, for the administrators' outbox page. */
    Optional<OutboxMessage> find(MessageId id);

    /** The newest messages in a state, at most {@code limit}. */
    List<OutboxMessage> list(MessageStatus status, int limit);

    /** How many messages are in each state. */
    Map<MessageStatus, Long> counts();

    /**
     * Queues a dead-lettered message again, for system administrators: its attempts start again from zero. Audited.
     * Only a dead letter can be sent again (a sent message never is).
     *
     * @return false when the message is not a dead letter
     */
    boolean resend(MessageId id);
}
