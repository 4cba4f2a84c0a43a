package org.hearth.subjectaccess.internal;

import java.util.List;
import org.hearth.people.CausingHarmLinks;
import org.hearth.people.PersonId;
import org.hearth.subjectaccess.RequesterRole;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.springframework.stereotype.Component;

/**
 * The records decide the requester's part, not what was typed: someone any module names as causing harm (a referral,
 * a MARAC referral, an order binding them, a hub case, a Clare's Law application about them, a referral to a
 * perpetrator programme) is treated as a person causing harm, even when the request says
 * person at risk (a counter-allegation must not buy the person at risk's rules). Asked when the request is opened and
 * again at every reading, so that a part fixed at opening is never trusted.
 */
@Component
class RequesterRoles {

    private final List<CausingHarmLinks> links;

    RequesterRoles(List<CausingHarmLinks> links) {
        this.links = links;
    }

    RequesterRole of(RequesterRole recorded, PersonId person) {
        return recorded == RequesterRole.PERSON_AT_RISK && links.stream().anyMatch(l -> l.namesAsCausingHarm(person))
                ? RequesterRole.PERSON_CAUSING_HARM : recorded;
    }

    /** The request with the part the records give the requester now. */
    SubjectAccessRequest asTheRecordsSay(SubjectAccessRequest r) {
        RequesterRole role = of(r.requesterRole(), r.person());
        return role == r.requesterRole() ? r : r.withRequesterRole(role);
    }
}
