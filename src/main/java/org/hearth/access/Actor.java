package org.hearth.access;

import java.util.Optional;
import org.hearth.audit.AuditActor;
import org.hearth.partnership.AgencyId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whoever is acting: a signed-in member of staff ({@link StaffPrincipal}) or a system calling the API with a
 * token ({@link ApiClientPrincipal}). Both act for one agency, which is what need-to-know and involvement turn
 * on. Code that needs a person (allocating a worker, breaking the glass, triage) asks for a {@link StaffPrincipal}.
 */
public interface Actor extends AuditActor {

    /** The agency the actor works or acts for. */
    AgencyId agency();

    /** Roles are held by staff only; an API client holds none and works through its scopes. */
    boolean hasRole(Role role);

    /** A name to show or record (a member of staff's name, or an API client's name). */
    String displayName();

    /** Whether the actor holds a casework role ({@link Role#CASEWORK}): the roles that may open a person's record. */
    default boolean worksCases() {
        return Role.CASEWORK.stream().anyMatch(this::hasRole);
    }

    /** True for a system calling with an API token. */
    default boolean apiClient() {
        return false;
    }

    /** The current actor, if the request (or background task) is authenticated as one. */
    static Optional<Actor> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Actor a ? Optional.of(a) : Optional.empty();
    }
}
