package org.hearth.notifications;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A queued message's id. */
public record MessageId(UUID value) implements TypedId {
    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    /** The id in {@code text}; IllegalArgumentException when it is not a UUID. */
    public static MessageId of(String text) {
        return new MessageId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
