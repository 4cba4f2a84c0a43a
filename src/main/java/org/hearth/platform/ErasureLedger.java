package org.hearth.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The erasure ledger: every erasure of a person, kept in a file outside the database
 * ({@code hearth.retention.erasure-ledger}, {@code HEARTH_ERASURE_LEDGER}; default {@code erasure-ledger} beside the
 * secret key and data directory), so that a restore of an older backup cannot bring an erased person back: Hearth
 * erases again, at start and before it serves anyone, every person the ledger names who is in the database without a
 * tombstone. Ids and dates only, never personal data. One line per erasure:
 * {@code v1 at=<instant> person=<uuid> records=<uuid>,<uuid>... approved=<uuid> mac=<hex>} (the records: the person
 * and those merged into them), the MAC being HMAC-SHA256 with a key derived from the secret key over everything before
 * {@code " mac="}. Only ever appended to; a backup never carries it and a restore never replaces it.
 */
@Component
public class ErasureLedger {

    private static final Pattern LINE = Pattern.compile("v1 at=(\\S+) person=([0-9a-f-]{36}) "
            + "records=([0-9a-f-]{36}(?:,[0-9a-f-]{36})*) approved=([0-9a-f-]{36}) mac=([0-9a-f]{64})");

    /** An erasure as read back: {@code valid} is false when its MAC does not match or it does not parse. */
    public record Entry(int line, Instant at, UUID person, List<UUID> records, UUID approvedBy, boolean valid) {
    }

    private final Path file;
    private final byte[] key;

    @Autowired
    ErasureLedger(Environment env, HearthSecretKey secret) {
        this(file(env), secret.derive("erasure-ledger/v1"));
    }

    /** A ledger at {@code file}; {@code key} null reads it without checking the MACs (every entry then invalid). */
    public ErasureLedger(Path file, byte[] key) {
        this.file = file.toAbsolutePath();
        this.key = key;
    }

    static Path file(Environment env) {
        String configured = env.getProperty("hearth.retention.erasure-ledger", "").trim();
        return configured.isEmpty() ? HearthSecretKey.home(env).resolve("erasure-ledger") : Path.of(configured);
    }

    public Path file() {
        return file;
    }

    /** Appends an erasure and forces it to disk; an erasure that cannot be recorded here must not commit. */
    public synchronized void append(Instant at, UUID person, List<UUID> records, UUID approvedBy) {
        String body = "v1 at=" + at.truncatedTo(ChronoUnit.MICROS) + " person=" + person + " records="
                + String.join(",", records.stream().map(UUID::toString).toList()) + " approved=" + approvedBy;
        String line = body + " mac=" + mac(body) + "\n";
        try {
            AppendOnlyFile.append(file, line);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not record the erasure in the erasure ledger " + file, e);
        }
    }

    /** Every erasure in the file, oldest first (none when there is no file). */
    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        String[] lines;
        try {
            lines = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\n", -1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the erasure ledger " + file, e);
        }
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(parse(i + 1, lines[i]));
            }
        }
        return out;
    }

    private Entry parse(int line, String text) {
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            return new Entry(line, null, null, List.of(), null, false);
        }
        try {
            List<UUID> records = new ArrayList<>();
            for (String r : m.group(3).split(",")) {
                records.add(UUID.fromString(r));
            }
            String body = text.substring(0, text.lastIndexOf(" mac="));
            boolean valid = key != null && MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII),
                    m.group(5).getBytes(StandardCharsets.US_ASCII));
            return new Entry(line, Instant.parse(m.group(1)), UUID.fromString(m.group(2)), List.copyOf(records),
                    UUID.fromString(m.group(4)), valid);
        } catch (RuntimeException e) {
            return new Entry(line, null, null, List.of(), null, false);
        }
    }

    private String mac(String body) {
        if (key == null) {
            return "";
        }
        return HexFormat.of().formatHex(HearthSecretKey.hmacSha256(key, body.getBytes(StandardCharsets.US_ASCII)));
    }
}
