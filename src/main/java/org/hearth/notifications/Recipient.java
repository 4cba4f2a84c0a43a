package org.hearth.notifications;

import java.util.UUID;

/**
 * Who a message goes to.
 *
 * @param kind an establishment (a school's or a GP practice's contact) or a user of Hearth
 * @param id the establishment's or user's id, in its own module
 * @param address the e-mail address to use
 * @param label how the administrators' outbox page names the recipient (e.g. "Hillside Primary School:
 *        designated safeguarding lead"); never a person at risk
 */
public record Recipient(RecipientKind kind, UUID id, String address, String label) {
}
