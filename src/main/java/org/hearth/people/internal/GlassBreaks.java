package org.hearth.people.internal;

import java.util.List;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.GlassBreak;
import org.hearth.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Breaking the glass: a member of staff (never an API client) with a reason of at least 10 characters reads a
 * record for {@link PeopleRules#BREAK_GLASS}; every opening audited and listed for hub coordinators and information
 * governance to review (whose record, and the reason typed about them: no one else, not the partnership coordinator).
 */
@Component
class GlassBreaks {

    private final GlassBreakStore store;
    private final AuditTrail audit;

    GlassBreaks(GlassBreakStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    void open(PersonId id, String reason) {
        String why = PeopleRules.breakGlassReason(reason);
        StaffPrincipal me = AccessRules.staff();
        store.open(id, me.id(), why, PeopleRules.BREAK_GLASS);
        audit.record(AuditAction.BREAK_GLASS, "person", List.of(id.toString()), why);
    }

    List<GlassBreak> list(boolean unreviewedOnly, int offset, int limit) {
        requireReviewer();
        audit.record(AuditAction.SEARCH, "break-glass", List.of(), unreviewedOnly ? "unreviewed" : "all");
        List<GlassBreak> breaks = store.list(unreviewedOnly, offset, limit);
        List<String> shown = breaks.stream().map(b -> b.person().toString()).distinct().sorted().toList();
        if (!shown.isEmpty()) { // the page names them: a read of each shown, by id
            audit.record(AuditAction.READ, "person", shown, "break-glass reviews: names shown");
        }
        return breaks;
    }

    long count(boolean unreviewedOnly) {
        requireReviewer();
        return store.count(unreviewedOnly);
    }

    void review(long id) {
        if (store.review(id, requireReviewer().id())) {
            audit.record(AuditAction.UPDATE, "break-glass", List.of(String.valueOf(id)), "reviewed");
        }
    }

    /** Break-glass openings are reviewed by hub coordinators and information governance only. */
    private static StaffPrincipal requireReviewer() {
        StaffPrincipal me = AccessRules.staff();
        if (!me.hasRole(Role.HUB_COORDINATOR) && !me.hasRole(Role.INFORMATION_GOVERNANCE)) {
            throw new AccessDeniedException("Hub coordinators and information governance review break-glass openings");
        }
        return me;
    }
}
