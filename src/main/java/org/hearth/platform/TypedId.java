package org.hearth.platform;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A typed id: a record around one UUID ({@code PersonId}, {@code CaseId}...), so that a person's id cannot be passed
 * where a case's is meant. Every id record implements this, refuses a null value and prints as the bare UUID (its
 * {@code toString}, which URLs and audit entries use). Java gives a record no way to inherit a constructor check or
 * {@code toString}, so those stay in each record; what ids share beyond that lives here.
 */
public interface TypedId extends Serializable {

    UUID value();

    /** The id in {@code text} (trimmed) made by {@code make}, or empty when {@code text} is null or not a UUID. */
    static <T extends TypedId> Optional<T> parse(String text, Function<UUID, T> make) {
        return uuid(text).map(make);
    }

    /** The UUID in {@code text} (trimmed), or empty when {@code text} is null or not a UUID. */
    static Optional<UUID> uuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
