package org.hearth.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded database's three roles (superuser, owner, application): made at random on first
 * start, kept in an owner-only {@code db-passwords} file beside the data directory, read back on every start.
 */
final class EmbeddedPasswords {

    private static final String[] ROLES = {EmbeddedRoles.SUPERUSER, EmbeddedRoles.OWNER, EmbeddedRoles.APP};

    private EmbeddedPasswords() {
    }

    static Properties made() {
        Properties p = new Properties();
        SecureRandom random = new SecureRandom();
        for (String role : ROLES) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            p.setProperty(role, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return p;
    }

    static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file)));
        for (String role : ROLES) {
            if (p.getProperty(role, "").isBlank()) {
                throw new IllegalStateException(file + " has no password for " + role
                        + ". Restore the file, or delete it so Hearth sets new passwords on the next start.");
            }
        }
        return p;
    }

    /** Writes the passwords to {@code file}, readable by this user only. */
    static void write(Path file, Properties passwords) throws IOException {
        StringWriter text = new StringWriter();
        passwords.store(text, "Passwords of the embedded database's roles (made by Hearth; keep private)");
        HearthSecretKey.writeOwnerOnly(file, text.toString());
    }
}
