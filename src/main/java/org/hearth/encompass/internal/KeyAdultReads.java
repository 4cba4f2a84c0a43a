package org.hearth.encompass.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;

/**
 * A key adult's own notifications, a school's (Operation Encompass) or a GP practice's: each read is audited with the
 * id of the person it is about, and each acknowledgement with the notification's id.
 */
final class KeyAdultReads {

    /** A key adult's notification, with the id of the person (the child, the patient) it is about. */
    record Mine<N>(N notification, UUID person) {
    }

    private KeyAdultReads() {
    }

    /** The notifications found, the people they name audited as read ({@code what}), when there are any. */
    static <N> List<N> listed(AuditTrail audit, List<Mine<N>> found, String what) {
        if (!found.isEmpty()) {
            audit.record(AuditAction.READ, "person", found.stream().map(m -> m.person().toString()).toList(), what);
        }
        return found.stream().map(Mine::notification).toList();
    }

    /** The notification found, the person it names audited as read ({@code what}). */
    static <N> Optional<N> read(AuditTrail audit, Optional<Mine<N>> found, String what) {
        found.ifPresent(m -> audit.record(AuditAction.READ, "person", List.of(m.person().toString()), what));
        return found.map(Mine::notification);
    }

    /** {@code changed}, the acknowledgement audited on the notification ({@code recordType}) when it was. */
    static boolean acknowledged(AuditTrail audit, boolean changed, String recordType, UUID id) {
        if (changed) {
            audit.record(AuditAction.UPDATE, recordType, List.of(id.toString()), "acknowledged");
        }
        return changed;
    }
}
