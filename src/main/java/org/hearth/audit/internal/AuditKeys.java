package org.hearth.audit.internal;

import org.hearth.platform.HearthSecretKey;
import org.springframework.stereotype.Component;

/**
 * The keys of the audit chain and of its checkpoints, derived from Hearth's secret key ({@code HEARTH_SECRET_KEY},
 * kept outside the database) with labels of their own, so neither says anything about the other or the secret key.
 */
@Component
class AuditKeys {

    private final byte[] chain;
    private final byte[] checkpoint;

    @org.springframework.beans.factory.annotation.Autowired
    AuditKeys(HearthSecretKey secret) {
        this(secret.derive("audit-chain/v1"), secret.derive("audit-checkpoint/v1"));
    }

    AuditKeys(byte[] chain, byte[] checkpoint) {
        this.chain = chain;
        this.checkpoint = checkpoint;
    }

    byte[] chain() {
        return chain;
    }

    byte[] checkpoint() {
        return checkpoint;
    }
}
