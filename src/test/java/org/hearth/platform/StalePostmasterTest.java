package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Hearth killed with {@code kill -9} leaves its embedded PostgreSQL running on the data directory; the next start
 * stops it ({@link StalePostmaster}) instead of failing, but never a process that is not a postgres on that very
 * directory. The orphan is made for real: a child JVM starts the server and is killed with SIGKILL.
 */
class StalePostmasterTest {

    /** The child JVM: starts a server on the directory, says so, and waits to be killed. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]))
                    .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
            System.out.println("READY " + pg.getPort());
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    @Test
    void aPostgresLeftByAKilledJvmIsStoppedAndTheDirectoryStartsAgain(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pgdata");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Child.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("READY")) {
                // zonky's log
            }
            assertThat(line).as("the child started its server").startsWith("READY");
        }
        child.destroyForcibly(); // SIGKILL, as kill -9
        child.waitFor(30, TimeUnit.SECONDS);
        long pid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        assertThat(postmaster.isAlive()).as("the server outlived its JVM").isTrue();
        try {
            // the same pid named from another directory's postmaster.pid: not a postgres on that directory
            Path other = Files.createDirectories(tmp.resolve("other"));
            Files.writeString(other.resolve("postmaster.pid"), pid + "\n" + other + "\n");
            assertThat(StalePostmaster.stopIfOrphaned(other)).isFalse();
            assertThat(postmaster.isAlive()).isTrue();

            assertThat(StalePostmaster.stopIfOrphaned(dir)).isTrue();
            postmaster.onExit().get(10, TimeUnit.SECONDS);
            assertThat(postmaster.isAlive()).isFalse();
            try (EmbeddedPostgres again = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false).start();
                    var c = again.getPostgresDatabase().getConnection(); var s = c.createStatement();
                    var rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        } finally {
            postmaster.destroyForcibly();
        }
    }

    @Test
    void aPidFileNamingAnotherProgramLeavesThatProgramAlone(@TempDir Path dir) throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "120").start();
        try {
            Files.writeString(dir.resolve("postmaster.pid"), sleeper.pid() + "\n" + dir + "\n");
            assertThat(StalePostmaster.stopIfOrphaned(dir)).isFalse();
            assertThat(sleeper.isAlive()).as("not a postgres: never stopped").isTrue();
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void onlyAPostgresOnThisVeryDirectoryCounts(@TempDir Path dir) {
        assertThat(StalePostmaster.isPostgresOn(new String[] {"/x/bin/postgres", "-D", dir.toString(), "-p", "5"}, dir))
                .isTrue();
        assertThat(StalePostmaster.isPostgresOn(new String[] {"/x/bin/postgres", "-D", "/elsewhere"}, dir)).isFalse();
        assertThat(StalePostmaster.isPostgresOn(new String[] {"/bin/sleep", "-D", dir.toString()}, dir)).isFalse();
        assertThat(StalePostmaster.isPostgresOn(List.of().toArray(String[]::new), dir)).isFalse();
    }
}
