package org.hearth.subjectaccess.internal;

import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.springframework.stereotype.Component;

/**
 * The request's ground on the person's record: a {@code SUBJECT_ACCESS} grant (scope {@code RECORD}) to each
 * information governance officer of the agency, resting on the request ({@value #BASIS} and its id), made when the
 * request is opened and ended at the release. An officer who joined information governance after the opening is
 * granted the same ground when they act on the open request ({@link #grantIfMissing}).
 */
@Component
class RequestGrounds {

    static final String BASIS = "subject-access-request";

    private final PersonAccess access;
    private final StaffUsers users;

    RequestGrounds(PersonAccess access, StaffUsers users) {
        this.access = access;
        this.users = users;
    }

    /** At the opening: every enabled officer of the agency. */
    void grantOfficers(SubjectAccessRequest r, Actor me) {
        List<StaffUser> officers = users.all().stream().filter(u -> u.enabled() && u.agency().equals(me.agency())
                && u.roles().contains(Role.INFORMATION_GOVERNANCE)).toList();
        for (StaffUser u : officers) {
            grant(r, u.id());
        }
    }

    /**
     * An officer acting on an open request (approving a correction) who may not see the person, because they were
     * given the role after it was opened: the same grant as the others (the caller checked the role, the agency and
     * that the request is open).
     */
    void grantIfMissing(SubjectAccessRequest r, Actor me) {
        if (!access.mayView(r.person())) {
            grant(r, new StaffUserId(me.actorId()));
        }
    }

    /** At the release: every grant resting on the request. */
    void endAll(SubjectAccessRequest r) {
        for (AccessGrant g : access.currentGrants(r.person())) {
            if (onRequest(g, r)) {
                access.end(g.id());
            }
        }
    }

    private void grant(SubjectAccessRequest r, StaffUserId user) {
        access.grant(r.person(), GrantHolder.user(user), AccessGround.SUBJECT_ACCESS, AccessScope.RECORD, null,
                GrantBasis.of(BASIS, r.id()));
    }

    private static boolean onRequest(AccessGrant g, SubjectAccessRequest r) {
        return g.ground() == AccessGround.SUBJECT_ACCESS && g.basis() != null && g.basis().kind().equals(BASIS)
                && g.basis().id().equals(r.id().toString());
    }
}
