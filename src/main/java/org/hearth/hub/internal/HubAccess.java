package org.hearth.hub.internal;

import java.util.List;
import java.util.Set;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings.Action;
import org.hearth.hub.HubMeetings.AgendaCase;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may act in the hub, and what is refused (refusals of a read audited as refused): signed-in staff only (never
 * an API client); the coordinator's steps; a meeting for its coordinators and the representatives of the agencies
 * attending; a case only with a ground on its victim; an action completed by its owner agency; the figures for
 * coordinators, administrators and analysts.
 */
@Component
class HubAccess {

    private final HubStore store;
    private final AuditTrail audit;
    private final PersonAccess access;

    HubAccess(HubStore store, AuditTrail audit, PersonAccess access) {
        this.store = store;
        this.audit = audit;
        this.access = access;
    }

    /** The signed-in member of staff; an API client or nobody is refused. */
    static Actor actor() {
        return Actor.current().filter(a -> !a.apiClient())
                .orElseThrow(() -> new AccessDeniedException("Hub meetings are for signed-in staff"));
    }

    static boolean coordinator() {
        return Actor.current().map(a -> !a.apiClient() && a.hasRole(Role.HUB_COORDINATOR)).orElse(false);
    }

    static void requireCoordinator() {
        if (!coordinator()) {
            throw new AccessDeniedException("For hub coordinators");
        }
    }

    /** The figures: hub and partnership coordinators, analysts and administrators. */
    static void requireFigures() {
        Actor me = actor();
        if (!me.hasRole(Role.HUB_COORDINATOR) && !me.hasRole(Role.PARTNERSHIP_COORDINATOR)
                && !me.hasRole(Role.ANALYST) && !me.hasRole(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("For coordinators and analysts");
        }
    }

    /** A coordinator, or the named representative of an agency attending; anyone else is refused (audited). */
    void requireMayOpen(HubMeetingId meeting) {
        if (!coordinator() && !store.attending(meeting, actor().actorId())) {
            audit.recordRefusal(AuditAction.READ, "hub-meeting", List.of(meeting.toString()),
                    "refused: not attending");
            throw new AccessDeniedException("For hub coordinators and the representatives of agencies attending");
        }
    }

    /** The agenda as the reader may see it: a representative sees only the cases whose victim they may view. */
    List<AgendaCase> readable(List<AgendaCase> cases) {
        if (coordinator()) {
            return cases;
        }
        Set<PersonId> readable = access.viewableAmong(cases.stream().map(AgendaCase::victim).toList());
        return cases.stream().filter(c -> readable.contains(c.victim())).toList();
    }

    /** Opening a case: a coordinator, or someone who may view its victim; a refusal is audited. */
    void requireOnCase(AgendaCase c) {
        if (!coordinator() && !access.mayView(c.victim())) {
            audit.recordRefusal(AuditAction.READ, "hub-case", List.of(c.id().toString()),
                    "refused: no ground on the victim");
            throw new AccessDeniedException("No ground on this case");
        }
    }

    /** Reading or writing a case's parts: the meeting's, and a ground on the victim. */
    void requireCaseParts(AgendaCase c) {
        requireMayOpen(c.meeting());
        if (!coordinator() && !access.mayView(c.victim())) {
            throw new AccessDeniedException("No ground on this case");
        }
    }

    /** The agency information is recorded for: a coordinator names it (their own by default); others their own. */
    static AgencyId recordingFor(AgencyId named) {
        Actor me = actor();
        return coordinator() ? (named == null ? me.agency() : named) : me.agency();
    }

    /** Completing an action: its owner agency or a coordinator. */
    static void requireMayComplete(Action a) {
        if (!coordinator() && !a.owner().equals(actor().agency())) {
            throw new AccessDeniedException("For the owner agency and hub coordinators");
        }
    }
}
