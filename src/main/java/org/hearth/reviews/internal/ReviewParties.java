package org.hearth.reviews.internal;

import java.util.ArrayList;
import java.util.List;
import org.hearth.access.StaffUserId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.NamedPeople;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.people.Named;
import org.hearth.reviews.Review;
import org.springframework.stereotype.Component;

/**
 * The people on a review and who may see their records: the person named (known, matched or made) and the
 * {@code REVIEW} grants resting on the review, for the opening coordinator and the named panel, ended at its close.
 */
@Component
class ReviewParties {

    private final NamedPeople named;
    private final PersonAccess access;

    ReviewParties(NamedPeople named, PersonAccess access) {
        this.named = named;
        this.access = access;
    }

    /** The deceased, then the perpetrator if any. */
    static List<PersonId> people(Review r) {
        List<PersonId> out = new ArrayList<>(List.of(r.deceased().id()));
        if (r.perpetrator() != null) {
            out.add(r.perpetrator().id());
        }
        return out;
    }

    /** The audit's ids: the review, then its people. */
    static List<String> ids(Review r) {
        List<String> ids = new ArrayList<>(List.of(r.id().toString()));
        people(r).forEach(p -> ids.add(p.toString()));
        return ids;
    }

    /**
     * The person named: one known, a very likely match with the same name and date of birth, or a new record
     * ({@link NamedPeople#resolve}).
     */
    PersonId resolve(String field, Named n, List<PersonId> created) {
        return named.resolve(field, n.existing(), n.givenName(), n.familyName(), n.dateOfBirth(), AccessGround.REVIEW,
                created);
    }

    /** The user's view of the review's people, resting on the review. */
    void grant(Review r, StaffUserId user) {
        for (PersonId p : people(r)) {
            access.grant(p, GrantHolder.user(user), AccessGround.REVIEW, AccessScope.RECORD, null,
                    GrantBasis.of(JdbcReviews.BASIS, r.id().value()));
        }
    }

    /** A record made for the review keeps no agency grant: only the review's people see it. */
    void endAgencyGrants(List<PersonId> created) {
        named.endAgencyGrants(created, AccessGround.REVIEW);
    }

    /** Ends every REVIEW grant resting on the review: the panel's and the opening coordinator's. */
    void endGrants(Review r) {
        for (PersonId p : people(r)) {
            for (AccessGrant g : access.currentGrants(p)) {
                if (g.ground() == AccessGround.REVIEW && g.basis() != null
                        && g.basis().kind().equals(JdbcReviews.BASIS) && g.basis().id().equals(r.id().toString())) {
                    access.end(g.id());
                }
            }
        }
    }
}
