package org.hearth.reviews.internal;

import java.util.ArrayList;
import java.util.List;
import org.hearth.access.StaffUserId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.Candidate;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.MatchBand;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.platform.InvalidInputException;
import org.hearth.reviews.Named;
import org.hearth.reviews.Review;
import org.springframework.stereotype.Component;

/**
 * The people on a review and who may see their records: the person named (known, matched or made) and the
 * {@code REVIEW} grants resting on the review, for the opening coordinator and the named panel, ended at its close.
 */
@Component
class ReviewParties {

    private final People people;
    private final PersonAccess access;
    private final PersonMatcher matcher;

    ReviewParties(People people, PersonAccess access, PersonMatcher matcher) {
        this.people = people;
        this.access = access;
        this.matcher = matcher;
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

    /** The person named: one known, a very likely match with the same name and date of birth, or a new record. */
    PersonId resolve(String field, Named n, List<PersonId> created) {
        if (n.existing() != null) {
            if (people.name(n.existing()).isEmpty()) {
                throw InvalidInputException.of(field, "There is no such person");
            }
            return n.existing();
        }
        PersonDetails details = new PersonDetails(n.givenName().strip(), n.familyName().strip(), n.dateOfBirth(), null,
                null, null, null, null, false, null, null, null);
        for (Candidate c : matcher.candidates(details, null, 5)) {
            boolean sameDate = n.dateOfBirth() != null && n.dateOfBirth().toString().equals(c.dateOfBirth());
            boolean sameName = c.name() != null && c.name().strip().equalsIgnoreCase(details.fullName());
            if (sameDate && sameName && MatchBand.of(c.score(), false) == MatchBand.VERY_LIKELY) {
                return c.id();
            }
        }
        PersonId made = people.create(details, List.of(), AccessGround.REVIEW, null);
        created.add(made);
        return made;
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
        for (PersonId p : created) {
            for (AccessGrant g : access.currentGrants(p)) {
                if (g.ground() == AccessGround.REVIEW && g.holder().agency() != null) {
                    access.end(g.id());
                }
            }
        }
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
