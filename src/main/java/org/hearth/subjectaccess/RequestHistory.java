package org.hearth.subjectaccess;

import java.time.Instant;

/** What happened to a request after its release, in words without personal data (an erasure reaching its package). */
public record RequestHistory(Instant at, String what) {
}
