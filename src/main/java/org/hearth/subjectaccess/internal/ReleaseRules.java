package org.hearth.subjectaccess.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.platform.InvalidInputException;
import org.hearth.subjectaccess.FlaggedItem;
import org.hearth.subjectaccess.RequesterRole;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.springframework.stereotype.Component;

/**
 * Four eyes on the release: an officer who released (in the review in force) an item that is someone else's or
 * protects someone (a third party, their details, a confidential address or safe contact, MARAC involvement) may not
 * release the request as well; a second information governance officer does. Not needed when the person at risk asks
 * for herself, with no representative: those items are then hers, or another's already flagged and reviewed.
 */
@Component
class ReleaseRules {

    static final Set<Kind> PROTECTING = EnumSet.of(Kind.THIRD_PARTY, Kind.THIRD_PARTY_DETAIL, Kind.CONFIDENTIAL,
            Kind.MARAC);

    private final ReviewHistory reviews;
    private final RequesterRoles roles;
    private final AuditTrail audit;

    ReleaseRules(ReviewHistory reviews, RequesterRoles roles, AuditTrail audit) {
        this.reviews = reviews;
        this.roles = roles;
        this.audit = audit;
    }

    /** Refuses (audited as a refusal) the release by an officer who released a protecting item of it themselves. */
    void requireSecondOfficer(SubjectAccessRequest r, List<FlaggedItem> flagged, Actor me) {
        if (roles.of(r.requesterRole(), r.person()) == RequesterRole.PERSON_AT_RISK && r.representative() == null) {
            return;
        }
        Map<String, ReviewHistory.Review> latest = reviews.latest(r.id());
        boolean own = flagged.stream().filter(f -> f.decision() == FlaggedItem.Decision.RELEASE)
                .filter(f -> PROTECTING.contains(f.kind()))
                .map(f -> latest.get(f.key()))
                .anyMatch(v -> v != null && me.actorId().equals(v.by()));
        if (own) {
            audit.recordRefusal(AuditAction.UPDATE, SubjectAccessAudit.RECORD_TYPE, List.of(r.id().toString()),
                    "four eyes: the officer who released a protected item may not release the request");
            throw InvalidInputException.of(org.hearth.subjectaccess.SubjectAccess.SECOND_OFFICER, "You released an item that names or protects someone else: a "
                    + "second member of information governance must release this request");
        }
    }
}
