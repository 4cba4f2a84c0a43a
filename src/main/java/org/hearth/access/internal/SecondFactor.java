package org.hearth.access.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.apache.commons.codec.digest.DigestUtils;
import org.hearth.access.StaffUserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP (RFC 6238: 30-second steps, 6 digits, HMAC-SHA1, what every authenticator app expects) with
 * java-otp for the codes and ZXing for the enrolment QR code, plus single-use recovery codes.
 * A code is accepted one step either side of now for clock drift, and never twice (replay).
 */
@Component
class SecondFactor {

    static final int RECOVERY_CODES = 10;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecondFactor.class);
    private static final String ISSUER = "Hearth";
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final JdbcClient jdbc;
    private final SecretBox box;
    private final SecureRandom random = new SecureRandom();
    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP);
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    SecondFactor(JdbcClient jdbc, SecretBox box) {
        this(jdbc, box, Clock.systemUTC());
    }

    SecondFactor(JdbcClient jdbc, SecretBox box, Clock clock) {
        this.jdbc = jdbc;
        this.box = box;
        this.clock = clock;
    }

    /**
     * Seals second-factor secrets stored before they were encrypted at rest (once, at start; later ones are sealed
     * as they are stored).
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Transactional
    public void sealStoredSecrets() {
        var plain = jdbc.sql("SELECT id, totp_secret FROM staff_user WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE ?")
                .param(SecretBox.PREFIX + "%").query((rs, n) -> Map.entry(rs.getObject(1, java.util.UUID.class), rs.getString(2)))
                .list();
        for (var row : plain) {
            jdbc.sql("UPDATE staff_user SET totp_secret = ? WHERE id = ?")
                    .params(box.seal(row.getValue(), row.getKey().toString()), row.getKey()).update();
        }
        if (!plain.isEmpty()) {
            log.info("Encrypted {} second-factor secrets stored before encryption at rest", plain.size());
        }
    }

    /** A new random 160-bit secret, base32 as authenticator apps expect. */
    String newSecret() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    String otpauthUri(String secret, String username) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits=6&period=30";
    }

    /** The QR code as inline SVG (no image request, no script), one path of unit squares. */
    String qrSvg(String content) {
        try {
            BitMatrix m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                    + "\" width=\"220\" height=\"220\" role=\"img\" aria-label=\"QR code to add Hearth to your authenticator app\""
                    + " shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                    + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }

    /** The time step a code matches (within one step of now), if any. */
    Optional<Long> matchingStep(String secret, String code) {
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}")) {
            return Optional.empty();
        }
        int wanted = Integer.parseInt(digits);
        long now = clock.instant().getEpochSecond() / STEP.toSeconds();
        for (long step = now - 1; step <= now + 1; step++) {
            if (code(secret, step) == wanted) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    int code(String secret, long step) {
        try {
            var key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
            return totp.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.toSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks a code against the user's enrolled secret; consumes its time step so it cannot be replayed. */
    @Transactional
    boolean verify(StaffUserId user, String code) {
        var row = jdbc.sql("SELECT totp_secret, totp_last_step FROM staff_user WHERE id = ? FOR UPDATE")
                .param(user.value()).query().singleRow();
        String stored = (String) row.get("totp_secret");
        if (stored == null) {
            return false;
        }
        String secret;
        try {
            secret = box.open(stored, user.value().toString());
        } catch (IllegalStateException e) {
            log.error("The second-factor secret of user {} does not decrypt with this key: was the key changed? "
                    + "An administrator can reset the user's second factor.", user.value());
            return false;
        }
        Long last = (Long) row.get("totp_last_step");
        Optional<Long> step = matchingStep(secret, code).filter(s -> last == null || s > last);
        step.ifPresent(s -> jdbc.sql("UPDATE staff_user SET totp_last_step = ? WHERE id = ?").params(s, user.value())
                .update());
        return step.isPresent();
    }

    /** Stores a confirmed secret and returns fresh recovery codes (shown once; only hashes are kept). */
    @Transactional
    List<String> enrol(StaffUserId user, String secret, long confirmedStep) {
        jdbc.sql("UPDATE staff_user SET totp_secret = ?, totp_last_step = ?, mfa_enrolled_at = now(), updated_at = now() WHERE id = ?")
                .params(box.seal(secret, user.value().toString()), confirmedStep, user.value()).update();
        return newRecoveryCodes(user);
    }

    @Transactional
    List<String> newRecoveryCodes(StaffUserId user) {
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(user.value()).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            codes.add(code);
            jdbc.sql("INSERT INTO recovery_code (user_id, code_hash) VALUES (?, ?)")
                    .params(user.value(), hashRecoveryCode(code)).update();
        }
        return codes;
    }

    /** Uses up a recovery code; true when it was valid and unused. */
    @Transactional
    boolean useRecoveryCode(StaffUserId user, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        return jdbc.sql("UPDATE recovery_code SET used_at = now() WHERE user_id = ? AND code_hash = ? AND used_at IS NULL")
                .params(user.value(), hashRecoveryCode(code)).update() == 1;
    }

    int unusedRecoveryCodes(StaffUserId user) {
        return jdbc.sql("SELECT count(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL")
                .param(user.value()).query(Integer.class).single();
    }

    private String recoveryCode() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                s.append('-');
            }
            s.append(RECOVERY_ALPHABET[random.nextInt(RECOVERY_ALPHABET.length)]);
        }
        return s.toString();
    }

    /**
     * Recovery codes carry about 59 random bits, so a fast hash (no salt, no stretching) is enough and
     * lets a code be found in one indexed comparison.
     */
    static String hashRecoveryCode(String code) {
        return DigestUtils.sha256Hex(code.trim().toLowerCase().replace(" ", ""));
    }

}
