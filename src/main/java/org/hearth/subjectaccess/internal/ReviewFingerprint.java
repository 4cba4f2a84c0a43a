package org.hearth.subjectaccess.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hearth.people.PersonDataSection.Kind;

/**
 * What a review was made on: the sha256 of the item's kind and value. A review applies only while the item holds the
 * same value (a safe contact number or refuge address changed in place is a different value, flagged again).
 */
final class ReviewFingerprint {

    private ReviewFingerprint() {
    }

    static String of(String value, Kind kind) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((kind.name() + "\u0000" + (value == null ? ""
                    : value)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    static boolean matches(String fingerprint, String value, Kind kind) {
        return fingerprint != null && MessageDigest.isEqual(fingerprint.getBytes(StandardCharsets.US_ASCII),
                of(value, kind).getBytes(StandardCharsets.US_ASCII));
    }
}
