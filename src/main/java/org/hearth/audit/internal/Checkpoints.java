package org.hearth.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.platform.AppendOnlyFile;
import org.hearth.platform.HearthSecretKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the chain's head, appended to a file outside the database
 * ({@code hearth.audit.checkpoint-file}, {@code HEARTH_AUDIT_CHECKPOINT_FILE}; default {@code audit-checkpoints}
 * beside the secret key and data directory). One line per checkpoint:
 * {@code v1 seq=<n> hash=<hex> legacy=<n> at=<instant> mac=<hex>}, the MAC being HMAC-SHA256 with the checkpoint
 * key over everything before {@code " mac="}. The file is only ever appended to; keep it on append-only storage
 * ({@code chattr +a}, a WORM bucket, or copy each line to a log service) so an attacker on the database server
 * cannot shorten it either.
 */
@Component
class Checkpoints {

    private static final Pattern LINE = Pattern.compile(
            "v1 seq=(\\d{1,18}) hash=([0-9a-f]{64}) legacy=(\\d{1,18}) at=(\\S+) mac=([0-9a-f]{64})");

    /** A checkpoint as read back: {@code valid} is false when its MAC does not match (or it does not parse). */
    record Checkpoint(int line, long seq, String hash, long legacyEnd, Instant at, boolean valid) {
    }

    private final Path file;
    private final byte[] key;

    @Autowired
    Checkpoints(Environment env, AuditKeys keys) {
        this(file(env), keys.checkpoint());
    }

    Checkpoints(Path file, byte[] key) {
        this.file = file;
        this.key = key;
    }

    static Path file(Environment env) {
        String configured = env.getProperty("hearth.audit.checkpoint-file", "").trim();
        return configured.isEmpty() ? HearthSecretKey.home(env).resolve("audit-checkpoints")
                : Path.of(configured).toAbsolutePath();
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** Appends a checkpoint of entry {@code seq} (hash {@code hash}) and forces it to disk. */
    synchronized void append(long seq, String hash, long legacyEnd) {
        String body = "v1 seq=" + seq + " hash=" + hash + " legacy=" + legacyEnd + " at="
                + Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String line = body + " mac=" + ChainHash.hmac(key, body) + "\n";
        try {
            AppendOnlyFile.append(file, line);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append an audit checkpoint to " + file, e);
        }
    }

    /** Every checkpoint in the file, oldest first (none when there is no file). */
    synchronized List<Checkpoint> read() {
        List<Checkpoint> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines;
        try {
            // read leniently: a line edited with other characters is reported as changed, not as an error
            lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit checkpoints in " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(text);
            if (!m.matches()) {
                out.add(new Checkpoint(i + 1, 0, null, 0, null, false));
                continue;
            }
            String body = text.substring(0, text.lastIndexOf(" mac="));
            boolean valid = ChainHash.same(ChainHash.hmac(key, body), m.group(5));
            Instant at;
            try {
                at = Instant.parse(m.group(4));
            } catch (RuntimeException e) {
                at = null;
                valid = false;
            }
            out.add(new Checkpoint(i + 1, Long.parseLong(m.group(1)), m.group(2), Long.parseLong(m.group(3)), at,
                    valid));
        }
        return out;
    }
}
