package org.hearth.partnership;

import java.util.UUID;

/** The partnership this installation serves. {@code population} may be unknown (null). */
public record Partnership(UUID id, String name, Integer population) {
}
