package org.hearth.platform;

import java.nio.file.Path;
import java.util.Base64;
import org.flywaydb.core.Flyway;
import org.hearth.HearthApplication;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.Lifecycle;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second database of the tests' embedded server to restore a backup into, and a second Hearth started on it: what an
 * operator does after a restore. Tests drop it when done ({@link #drop()}).
 */
public final class TestRestore {

    private static final String DATABASE = "hearth_restore_test";
    private static final String TEMPLATE = "hearth_restore_template";

    private TestRestore() {
    }

    /**
     * A new database migrated as Hearth migrates (an empty Hearth of the same release): a copy of a template database
     * migrated once per test server, so a second caller does not migrate again.
     */
    public static synchronized PGSimpleDataSource emptyHearth(Flyway flyway) {
        drop();
        if (!TestSuperuser.jdbc().queryForObject("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = ?)",
                Boolean.class, TEMPLATE)) {
            TestSuperuser.jdbc().execute("CREATE DATABASE " + TEMPLATE);
            Flyway.configure(TestRestore.class.getClassLoader()).configuration(flyway.getConfiguration())
                    .dataSource(database(TEMPLATE)).callbacks(new org.flywaydb.core.api.callback.Callback[0]).load()
                    .migrate();
        }
        TestSuperuser.jdbc().execute("CREATE DATABASE " + DATABASE + " TEMPLATE " + TEMPLATE);
        return database(DATABASE);
    }

    /** The superuser on another database of the tests' server. */
    private static PGSimpleDataSource database(String name) {
        PGSimpleDataSource su = (PGSimpleDataSource) TestSuperuser.dataSource();
        PGSimpleDataSource there = new PGSimpleDataSource();
        // by name, not by editing the URL: getUrl() ends with every connection property ("/postgres?..."), so a
        // replaceFirst("/postgres$", ...) left it naming the tests' own database, and a "restore" went into that
        there.setUrl(su.getUrl());
        there.setDatabaseName(name);
        there.setUser(su.getUser());
        there.setPassword(su.getPassword());
        return there;
    }

    public static void drop() {
        TestSuperuser.jdbc().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    /**
     * Hearth started on {@code db} (as its superuser: the test server's roles are the first Hearth's) with the same
     * secret key and erasure ledger as the Hearth whose backup was restored; its own audit checkpoints in {@code home}.
     * <p>
     * What a start does to the database before it serves anyone runs as in production, and nothing else: no web
     * server (the checks read the database), and every bean made only when something needs it, except those that
     * act at start by themselves ({@link SmartInitializingSingleton}, {@link Lifecycle}) and what they use. Event
     * listeners still hear the start.
     */
    public static ConfigurableApplicationContext startHearth(PGSimpleDataSource db, HearthSecretKey key, Path ledger,
            Path home) {
        LazyInitializationExcludeFilter actsAtStart = (name, definition, type) -> type != null
                && (SmartInitializingSingleton.class.isAssignableFrom(type) || Lifecycle.class.isAssignableFrom(type));
        return new SpringApplicationBuilder(HearthApplication.class).web(WebApplicationType.NONE)
                .lazyInitialization(true)
                .initializers(context -> context.getBeanFactory().registerSingleton("actsAtStart", actsAtStart))
                .run("--HEARTH_DB_URL=" + db.getUrl(),
                "--HEARTH_DB_USER=" + db.getUser(), "--HEARTH_DB_PASSWORD=" + db.getPassword(),
                "--HEARTH_DB_OWNER_USER=" + db.getUser(), "--HEARTH_DB_OWNER_PASSWORD=" + db.getPassword(),
                "--HEARTH_SECRET_KEY=" + Base64.getEncoder().encodeToString(key.raw()),
                "--hearth.security.allow-privileged-database-role=true",
                "--hearth.audit.checkpoint-file=" + home.resolve("audit-checkpoints"),
                "--hearth.retention.erasure-ledger=" + ledger, "--hearth.demo.enabled=false", "--server.port=0",
                "--hearth.notifications.poll=0", "--hearth.matching.duplicates.every=0");
    }
}
