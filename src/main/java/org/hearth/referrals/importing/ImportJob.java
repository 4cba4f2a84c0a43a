package org.hearth.referrals.importing;

import java.time.Instant;
import java.util.UUID;

/** An import of a police incident file, with its progress. */
public record ImportJob(UUID id, String fileName, UUID agencyId, String agencyName, UUID uploadedBy,
        String uploadedByName, Status status, int rowsRead, int imported, int alreadyImported, int rejected,
        String message, Instant createdAt, Instant finishedAt) {

    /** Where the import is. */
    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    /** A rejected row: its line, its police reference if it had one, and why. */
    public record Rejection(long line, String policeReference, String reason) {
    }
}
