package org.hearth.audit.internal;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.hearth.audit.AuditVerification;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit chain's verification run on another database (a restored copy), for the backup tests. */
public final class TestChainVerifier {

    private TestChainVerifier() {
    }

    /** The running application's checkpoint file. */
    public static Path checkpointFile(ApplicationContext ctx) {
        return ctx.getBean(Checkpoints.class).file();
    }

    /** Verifies the chain in {@code ds} against the checkpoints in {@code checkpoints}, with Hearth's key. */
    public static AuditVerification verify(ApplicationContext ctx, DataSource ds, Path checkpoints) {
        AuditKeys keys = ctx.getBean(AuditKeys.class);
        return new ChainVerifier(new JdbcTemplate(ds), keys, new Checkpoints(checkpoints, keys.checkpoint())).verify();
    }

    /** The same with keys derived from another secret key (a restore without the right key). */
    public static AuditVerification verifyWithAnotherKey(DataSource ds, Path checkpoints) {
        byte[] chain = new byte[32];
        byte[] checkpoint = new byte[32];
        new java.security.SecureRandom().nextBytes(chain);
        new java.security.SecureRandom().nextBytes(checkpoint);
        AuditKeys keys = new AuditKeys(chain, checkpoint);
        return new ChainVerifier(new JdbcTemplate(ds), keys, new Checkpoints(checkpoints, keys.checkpoint())).verify();
    }
}
