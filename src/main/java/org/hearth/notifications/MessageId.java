package org.hearth.notifications;

import java.util.UUID;

/** A queued message's id. */
public record MessageId(UUID value) {

    public MessageId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static MessageId of(String text) {
        return new MessageId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
