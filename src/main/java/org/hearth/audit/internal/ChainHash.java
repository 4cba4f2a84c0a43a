package org.hearth.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.hearth.audit.AuditEntry;
import org.hearth.platform.HearthSecretKey;

/**
 * The hash of an entry: every field (its place in the chain and the previous entry's hash included), each
 * length-prefixed so no two entries encode alike. Keyed entries use HMAC-SHA256 with the chain key, which is kept
 * outside the database; the legacy segment (entries written before the chain was keyed) used plain SHA-256.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String canonical(AuditEntry e) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {e.seq(), e.occurredAt().truncatedTo(ChronoUnit.MICROS), e.actorId(),
                e.actorName(), e.action(), e.recordType(), String.join("\u001f", e.recordIds()), e.reason(),
                e.sourceAddress(), e.prevHash()}) {
            String s = field == null ? "\u0000" : field.toString();
            canonical.append(s.length()).append(':').append(s).append(';');
        }
        return canonical.toString();
    }

    /** The V4 hash: SHA-256, no key (anyone who can write the table can recompute it). */
    static String legacy(AuditEntry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The keyed hash: HMAC-SHA256 with {@code key}. */
    static String keyed(AuditEntry e, byte[] key) {
        return hmac(key, canonical(e));
    }

    static String hmac(byte[] key, String text) {
        return HexFormat.of().formatHex(HearthSecretKey.hmacSha256(key, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Compares two hex strings in time independent of where they differ. */
    static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
