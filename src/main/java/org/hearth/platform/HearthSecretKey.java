package org.hearth.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Hearth's one secret key ({@code hearth.security.secret-key}, {@code HEARTH_SECRET_KEY}: 32 random bytes, base64),
 * kept outside the database, and keys derived from it for each use.
 *
 * <p>With the embedded database and no key set, a key is made once and kept beside the data directory
 * ({@code .hearth/secret-key}, owner-only file); with a temporary embedded database (the tests) one key lives for the
 * run of the JVM. With an external database the key must be set: Hearth refuses to start without it.
 */
@Component
public class HearthSecretKey {

    private static final Logger log = LoggerFactory.getLogger(HearthSecretKey.class);
    /** The key of a temporary embedded database: one per JVM, shared by every context using that database. */
    private static byte[] temporaryKey;

    private final byte[] key;
    private final Path home;

    HearthSecretKey(Environment env) {
        this.key = load(env);
        this.home = home(env);
    }

    /** The raw key (for AES encryption of secrets at rest). */
    public byte[] raw() {
        return key.clone();
    }

    /**
     * A 32-byte key for one purpose, derived from the secret key with HMAC-SHA256 over {@code label} (so a key for
     * one use says nothing about the others or the secret key itself).
     */
    public byte[] derive(String label) {
        return hmacSha256(key, ("hearth:" + label).getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC-SHA256 of {@code data} with {@code key} (the secret key's derivations, the audit chain, the erasure ledger). */
    public static byte[] hmacSha256(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The folder where Hearth keeps files beside its data and key: the parent of {@code hearth.embedded-db.data-dir}
     * (default {@code .hearth}); for a temporary embedded database, a temporary folder for the run.
     */
    public Path home() {
        return home;
    }

    /** The key configured or kept beside the embedded database (see the class comment). */
    public static byte[] load(Environment env) {
        byte[] key = find(env);
        if (key.length != 32) {
            throw new IllegalStateException(
                    "hearth.security.secret-key must be 32 bytes, base64-encoded (e.g. openssl rand -base64 32)");
        }
        return key;
    }

    private static byte[] find(Environment env) {
        String configured = env.getProperty("hearth.security.secret-key", "").trim();
        if (!configured.isEmpty()) {
            return Base64.getDecoder().decode(configured);
        }
        if (!env.getProperty("HEARTH_DB_URL", "").isBlank()) {
            throw new IllegalStateException("Set HEARTH_SECRET_KEY (32 random bytes, base64: openssl rand -base64 32) "
                    + "when Hearth uses an external database; it encrypts second-factor secrets at rest and keys the "
                    + "audit chain.");
        }
        String dataDir = env.getProperty("hearth.embedded-db.data-dir", "").trim();
        if (dataDir.isEmpty()) {
            synchronized (HearthSecretKey.class) {
                if (temporaryKey == null) {
                    temporaryKey = new byte[32];
                    new SecureRandom().nextBytes(temporaryKey);
                }
                return temporaryKey.clone();
            }
        }
        return keyFile(Path.of(dataDir).toAbsolutePath().getParent().resolve("secret-key"));
    }

    /** See {@link #home()}. */
    public static Path home(Environment env) {
        String dataDir = env.getProperty("hearth.embedded-db.data-dir", "").trim();
        if (dataDir.isEmpty()) {
            return TemporaryHome.DIR;
        }
        return Path.of(dataDir).toAbsolutePath().getParent();
    }

    /** A temporary folder for the run, made when first needed and removed at exit. */
    private static final class TemporaryHome {
        static final Path DIR = make();

        private static Path make() {
            try {
                Path dir = Files.createTempDirectory("hearth-");
                dir.toFile().deleteOnExit();
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes {@code content} to a new owner-only file (mode 600 where the file system has modes). */
    public static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".hearth-", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file keeps the directory's permissions
        }
        Files.writeString(temp, content);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                writeOwnerOnly(file, Base64.getEncoder().encodeToString(key));
                log.info("Made a secret key beside the embedded database: {}", file);
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the secret key at " + file, e);
        }
    }
}
