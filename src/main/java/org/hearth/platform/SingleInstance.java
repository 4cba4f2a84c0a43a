package org.hearth.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a background job on one instance of Hearth at a time, when several serve one database: the job holds a
 * PostgreSQL session advisory lock, on a connection of its own, for as long as it runs, and an instance (or thread)
 * that asks for the same job meanwhile skips its round rather than waiting. PostgreSQL releases the lock if the
 * holder's connection dies, so a crashed instance never blocks the others.
 */
@Component
public class SingleInstance {

    private static final Logger log = LoggerFactory.getLogger(SingleInstance.class);
    /** The first key of Hearth's advisory locks ("Hear"), so they never collide with another application's. */
    static final int NAMESPACE = 0x48656172;

    private final DataSource dataSource;

    public SingleInstance(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} unless the job named {@code job} is running elsewhere; returns whether it ran. A failure of
     * {@code work} is thrown after the lock is released.
     */
    public boolean runExclusively(String job, Runnable work) {
        int key = key(job);
        try (Connection c = lockConnection()) {
            c.setAutoCommit(true);
            if (!lock(c, "SELECT pg_try_advisory_lock(?, ?)", key)) {
                log.info("Job {} is running on another instance; this round is skipped", job);
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                lock(c, "SELECT pg_advisory_unlock(?, ?)", key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock of job " + job, e);
        }
    }

    /**
     * The lock's connection, not counted as one the thread holds ({@link ConnectionPools#lockConnection()}): the
     * job's own connections are then first ones from the background pool, not nested ones.
     */
    private Connection lockConnection() throws SQLException {
        return dataSource instanceof ConnectionPools pools ? pools.lockConnection() : dataSource.getConnection();
    }

    static int key(String job) {
        CRC32 crc = new CRC32();
        crc.update(job.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static boolean lock(Connection c, String sql, int key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, NAMESPACE);
            ps.setInt(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
