package org.hearth.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code bin/hearth-db backup DIR} and {@code bin/hearth-db restore DIR} (or {@code java -cp ...
 * org.hearth.platform.DatabaseBackupCommand backup|restore DIR}): see {@link DatabaseBackup} and docs/operations.md.
 *
 * <p>Embedded database ({@code HEARTH_DB_URL} not set): the data directory is {@code HEARTH_DATA_DIR} (default
 * {@code .hearth/pgdata}); a backup uses the running Hearth's server or starts it; a restore needs Hearth stopped.
 * The superuser's password is read from {@code db-passwords} beside the data directory. External database:
 * {@code HEARTH_DB_URL} with {@code HEARTH_BACKUP_DB_USER} / {@code HEARTH_BACKUP_DB_PASSWORD} (a role that reads
 * every table; for a restore, a superuser or a role granted {@code SET ON PARAMETER session_replication_role}).
 *
 * <p>The audit checkpoint file ({@code HEARTH_AUDIT_CHECKPOINT_FILE}, default {@code audit-checkpoints} beside the
 * data directory) is copied into the backup before the snapshot; a restore moves the current one aside (kept,
 * renamed) and puts the backup's in its place. The secret key is never copied (see docs/operations.md).
 *
 * <p>The erasure ledger ({@code HEARTH_ERASURE_LEDGER}, default {@code erasure-ledger} beside the data directory) is
 * never copied nor replaced: after a restore it still names every erasure, including those made since the backup,
 * and Hearth erases those records again when it next starts, before it serves anyone. The restore says how many.
 */
public final class DatabaseBackupCommand {

    private DatabaseBackupCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("backup", "restore").contains(args[0]) || args[1].isBlank()) {
            System.err.println("usage: backup DIR | restore DIR");
            System.exit(2);
        }
        boolean backup = args[0].equals("backup");
        Path dir = Path.of(args[1]).toAbsolutePath();
        String url = env("HEARTH_DB_URL", "");
        String dataDir = env("HEARTH_DATA_DIR", ".hearth/pgdata");
        Path checkpoints = Path.of(env("HEARTH_AUDIT_CHECKPOINT_FILE",
                Path.of(dataDir).toAbsolutePath().getParent().resolve("audit-checkpoints").toString())).toAbsolutePath();
        List<Runnable> onClose = new ArrayList<>();
        try {
            DataSource ds;
            if (url.isBlank()) {
                ds = EmbeddedDatabase.forTool(dataDir, backup, onClose);
            } else {
                PGSimpleDataSource external = new PGSimpleDataSource();
                external.setUrl(url);
                external.setUser(env("HEARTH_BACKUP_DB_USER", env("HEARTH_DB_OWNER_USER", "")));
                external.setPassword(env("HEARTH_BACKUP_DB_PASSWORD", env("HEARTH_DB_OWNER_PASSWORD", "")));
                ds = external;
            }
            long t0 = System.nanoTime();
            DatabaseBackup.Manifest m;
            try (Connection c = ds.getConnection()) {
                if (backup) {
                    Files.createDirectories(dir);
                    if (Files.exists(checkpoints)) {
                        // before the snapshot: every entry a copied checkpoint anchors is in the snapshot
                        Files.copy(checkpoints, dir.resolve("audit-checkpoints"));
                    }
                    m = DatabaseBackup.backup(c, dir);
                } else {
                    m = DatabaseBackup.restore(c, dir);
                    long since = erasedSince(Path.of(env("HEARTH_ERASURE_LEDGER", Path.of(dataDir).toAbsolutePath()
                            .getParent().resolve("erasure-ledger").toString())), m.made());
                    System.out.println(since + " erasures recorded in the erasure ledger since the backup was made: "
                            + "Hearth erases those records again when it starts, before it serves anyone");
                    Path saved = dir.resolve("audit-checkpoints");
                    if (Files.exists(saved)) {
                        if (Files.exists(checkpoints)) {
                            Path aside = checkpoints.resolveSibling(checkpoints.getFileName() + ".before-restore-"
                                    + System.currentTimeMillis());
                            Files.move(checkpoints, aside);
                            System.out.println("The audit checkpoints before the restore are kept in " + aside);
                        }
                        Files.copy(saved, checkpoints, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s %s: %d tables, %,d rows, schema versions up to %s, in %.1f s%n",
                    backup ? "Backed up into" : "Restored from", dir, m.rows().size(), m.totalRows(),
                    last(m.flywayVersions()), (System.nanoTime() - t0) / 1e9);
        } finally {
            onClose.forEach(Runnable::run);
        }
        System.exit(0);
    }

    /** Lines of the ledger (read, not checked: Hearth checks each line's MAC as it replays) made after {@code made}. */
    static long erasedSince(Path ledger, java.time.Instant made) {
        return new ErasureLedger(ledger, null).entries().stream().filter(e -> e.at() != null && e.at().isAfter(made))
                .count();
    }

    private static String last(String versions) {
        return versions.substring(versions.lastIndexOf(',') + 1);
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? System.getProperty(name, otherwise) : v;
    }
}
