package org.hearth.platform;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/** A second database of the tests' embedded server to restore a backup into; tests drop it when done ({@link #drop()}). */
public final class TestRestore {

    private static final String DATABASE = "hearth_restore_test";

    private TestRestore() {
    }

    /** A new database migrated as Hearth migrates (an empty Hearth of the same release). */
    public static PGSimpleDataSource emptyHearth(Flyway flyway) {
        PGSimpleDataSource su = (PGSimpleDataSource) TestSuperuser.dataSource();
        drop();
        TestSuperuser.jdbc().execute("CREATE DATABASE " + DATABASE);
        PGSimpleDataSource there = new PGSimpleDataSource();
        there.setUrl(su.getUrl().replaceFirst("/postgres$", "/" + DATABASE));
        there.setUser(su.getUser());
        there.setPassword(su.getPassword());
        Flyway.configure(TestRestore.class.getClassLoader()).configuration(flyway.getConfiguration()).dataSource(there)
                .callbacks(new org.flywaydb.core.api.callback.Callback[0]).load().migrate();
        return there;
    }

    public static void drop() {
        TestSuperuser.jdbc().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }
}
