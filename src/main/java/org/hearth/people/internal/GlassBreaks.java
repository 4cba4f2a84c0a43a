package org.hearth.people.internal;

import java.util.List;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.GlassBreak;
import org.hearth.people.PersonId;
import org.springframework.stereotype.Component;

/**
 * Breaking the glass: a member of staff (never an API client) with a reason of at least 10 characters reads a
 * record for {@link PeopleRules#BREAK_GLASS}; every opening audited and listed for coordinators to review.
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

    List<GlassBreak> list(boolean unreviewedOnly) {
        audit.record(AuditAction.SEARCH, "break-glass", List.of(), unreviewedOnly ? "unreviewed" : "all");
        return store.list(unreviewedOnly);
    }

    void review(long id) {
        if (store.review(id, AccessRules.staff().id())) {
            audit.record(AuditAction.UPDATE, "break-glass", List.of(String.valueOf(id)), "reviewed");
        }
    }
}
