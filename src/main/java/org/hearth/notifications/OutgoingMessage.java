package org.hearth.notifications;

/**
 * A message to queue.
 *
 * @param recipient who gets it
 * @param kind what the message is about (chooses nothing of its words, which never change)
 * @param idempotencyKey the cause, as the caller names it (e.g. "encompass:" + the notification's id): the same
 *        recipient never gets two messages with one key
 * @param signInPath the page of Hearth's own where the recipient reads what waits (a path, e.g.
 *        "/establishment/notifications"); the outbox makes it an absolute link
 */
public record OutgoingMessage(Recipient recipient, MessageKind kind, String idempotencyKey, String signInPath) {
}
