package org.hearth.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL outlives a Hearth killed with {@code kill -9} (nothing stops it) and keeps holding its data
 * directory, so the next Hearth could not start its own. Before the embedded server starts on a kept data directory,
 * this stops such a stale postmaster, and only when all of these hold:
 * <ul>
 * <li>no running Hearth holds the directory (zonky's {@code epg-lock} file lock, released by the kernel when a
 * process dies, can be taken);</li>
 * <li>{@code postmaster.pid} names a live process;</li>
 * <li>that process is a {@code postgres} executable whose {@code -D} is this very directory
 * ({@code /proc/<pid>/cmdline}).</li>
 * </ul>
 * It is asked to shut down (SIGTERM: a smart shutdown, its clients died with the old Hearth), and killed after a
 * minute if it has not. Anything else is left alone and the start fails as before, with its own message.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    static final String ZONKY_LOCK = "epg-lock";

    private StalePostmaster() {
    }

    /** Stops a stale postmaster of {@code dataDir}; true if one was stopped. */
    static boolean stopIfOrphaned(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(dir.resolve(ZONKY_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return false; // this JVM holds it: not stale
            }
            if (lock == null) {
                return false; // a running Hearth holds the directory
            }
            try {
                Optional<ProcessHandle> postmaster = postmasterOf(dir, pidFile);
                if (postmaster.isEmpty()) {
                    return false;
                }
                ProcessHandle p = postmaster.get();
                log.warn("A PostgreSQL left running by a Hearth that was killed holds {} (pid {}): stopping it", dir,
                        p.pid());
                p.destroy();
                try {
                    p.onExit().get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    log.warn("The stale PostgreSQL (pid {}) did not stop in 60 s: killing it", p.pid());
                    p.destroyForcibly();
                    p.onExit().get(30, TimeUnit.SECONDS);
                }
                log.info("Stopped the stale PostgreSQL (pid {})", p.pid());
                return true;
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            log.warn("Could not check {} for a stale PostgreSQL: {}", dir, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping a stale PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not stop the stale PostgreSQL holding " + dir, e);
        }
    }

    /** The live process {@code postmaster.pid} names, if it is a postgres on {@code dir}. */
    static Optional<ProcessHandle> postmasterOf(Path dir, Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        if (!Files.isReadable(cmdline)) {
            log.warn("Cannot tell what process {} is (no /proc): leaving it alone", pid);
            return Optional.empty();
        }
        String[] argv = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0");
        if (!isPostgresOn(argv, dir)) {
            log.warn("postmaster.pid in {} names process {}, which is not a PostgreSQL on that directory: leaving it "
                    + "alone", dir, pid);
            return Optional.empty();
        }
        return process;
    }

    /** Whether a command line is a postgres server's on {@code dir}. */
    static boolean isPostgresOn(String[] argv, Path dir) {
        if (argv.length == 0 || !Path.of(argv[0]).getFileName().toString().equals("postgres")) {
            return false;
        }
        for (int i = 0; i < argv.length - 1; i++) {
            if (argv[i].equals("-D") && same(Path.of(argv[i + 1]), dir)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
