package org.hearth.risk.web;

import java.util.UUID;
import org.hearth.access.StaffPrincipal;
import org.hearth.people.PersonId;
import org.springframework.stereotype.Component;

/**
 * Who may see a person's risk records. The role check (practitioners, hub coordinators and agency
 * representatives; never analysts) is {@link #ROLES}, applied with {@code @PreAuthorize} on every risk page and
 * API handler. Every handler also passes through {@link #person}, the one place the need-to-know check goes.
 */
@Component
class PersonRiskAccess {

    /** Roles that may see person-level risk records. */
    static final String ROLES = "hasAnyRole('PRACTITIONER', 'HUB_COORDINATOR', 'AGENCY_REPRESENTATIVE')";

    /** The person whose risk records {@code me} is about to see or add to. */
    PersonId person(StaffPrincipal me, UUID personId) {
        // TODO need-to-know: once the people module decides involvement (referrer, allocated worker, MARAC action
        // owner, hub member), refuse here (AccessDeniedException) unless me's agency is involved with this
        // person, and offer the audited break-glass route instead. Until then every holder of ROLES may see them.
        return new PersonId(personId);
    }
}
