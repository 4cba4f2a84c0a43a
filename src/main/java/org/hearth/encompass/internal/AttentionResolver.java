package org.hearth.encompass.internal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.encompass.SchoolId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.Referrals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub has found a child's school: the attention entry is resolved and the incident's notification made to the
 * school now recorded for the child (only the child the entry names, only that school; audited on the child). The
 * callers check who may: the hub's attention list ({@link JdbcEncompass#resolve}) and a hub coordinator's choice on
 * the child's person page ({@link JdbcChildSchools}).
 */
@Component
class AttentionResolver {

    private final EncompassStore store;
    private final AuditTrail audit;
    private final Referrals referrals;
    private final Partnerships partnerships;
    private final JdbcSchools schools;
    private final IncidentNotifier notifier;

    AttentionResolver(EncompassStore store, AuditTrail audit, Referrals referrals, Partnerships partnerships,
            JdbcSchools schools, IncidentNotifier notifier) {
        this.store = store;
        this.audit = audit;
        this.referrals = referrals;
        this.partnerships = partnerships;
        this.schools = schools;
        this.notifier = notifier;
    }

    /**
     * The entry's child is at {@code school} (null: home-educated, the area's education safeguarding team is told):
     * the link is recorded, the notification made and the entry resolved. Refused (field "school") when the referral
     * is no longer in Hearth; an entry not open is not found.
     */
    @Transactional
    void resolve(UUID attentionId, SchoolId school) {
        EncompassStore.Open entry = store.openEntry(attentionId)
                .orElseThrow(() -> new NoSuchElementException("no such attention entry"));
        if (school == null) {
            schools.markHomeEducated(entry.child(), entry.area());
        } else {
            schools.linkChild(entry.child(), school);
        }
        if (!notifyAndResolve(entry)) {
            throw InvalidInputException.of("school", "The referral is no longer in Hearth");
        }
    }

    /**
     * The child's school has just been recorded outside the attention list (from their person page, by someone the
     * caller has already checked holds a ground on the child): each of the child's open attention entries is resolved
     * and its notification made to that school, exactly as if the hub had chosen it on the list. An entry whose
     * referral is no longer in Hearth stays on the list for the hub.
     */
    @Transactional
    void resolveOpenFor(PersonId child) {
        for (EncompassStore.Open entry : store.openEntriesOf(child)) {
            notifyAndResolve(entry);
        }
    }

    /**
     * Notifies the child's recorded school of the entry's incident and marks the entry resolved (audited); false
     * (nothing done) when the referral, or the child on it, is no longer in Hearth.
     */
    private boolean notifyAndResolve(EncompassStore.Open entry) {
        String reader = Actor.current().map(Actor::displayName).orElse(IncidentNotifier.READER);
        var arrival = referrals.arrived(new ReferralId(entry.referralId()), reader, IncidentNotifier.PURPOSE);
        if (arrival.isEmpty()) {
            return false;
        }
        var r = arrival.get().referral();
        String force = partnerships.agency(r.referringAgency()).map(a -> a.name()).orElse("Police");
        IncidentNotifier.Incident incident = notifier.incident(r, arrival.get().area(), force, reader);
        Optional<IncidentNotifier.Child> found = incident.children().stream()
                .filter(x -> x.id().equals(entry.child())).findFirst();
        if (found.isEmpty()) {
            return false;
        }
        notifier.notify(incident, found.get(), new SchoolId(schools.schoolOf(entry.child()).orElseThrow()));
        store.resolved(entry.id());
        audit.record(AuditAction.UPDATE, "person", List.of(entry.child().toString()), "school found for a notification");
        return true;
    }
}
