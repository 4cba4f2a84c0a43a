/**
 * Notifications: an outbox that delivers short messages for every module. A module queues a message with
 * {@link org.hearth.notifications.Outbox#enqueue} in its own transaction, so a message exists if and only if what
 * caused it committed; a worker sends it (SMTP, GOV.UK Notify, or the in-app outbox that leaves nothing the
 * machine) with retries and back-off, and dead-letters it with the reason after the configured attempts. A message
 * carries no personal data: only "You have a new notification from the partnership. Sign in to read it." and a link.
 * See docs/notifications.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.hearth.notifications;
