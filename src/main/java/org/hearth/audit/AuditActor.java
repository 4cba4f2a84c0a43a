package org.hearth.audit;

import java.util.UUID;

/** Implemented by the authenticated principal so the trail can name who acted without knowing the access module. */
public interface AuditActor {

    UUID actorId();

    String actorName();
}
