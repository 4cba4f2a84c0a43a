package org.hearth.people.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.Candidate;
import org.hearth.people.ExactPeople;
import org.hearth.people.MatchBand;
import org.hearth.people.NamedPeople;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link NamedPeople} through the module's own API: {@link People} to find or make the record, {@link PersonMatcher}
 * for the candidates, {@link ExactPeople} for namesakes, {@link PersonAccess} for the grants; the one rule of a sure
 * match is {@link #sameKnownPerson}, and it holds only for the one person of that exact name and date of birth.
 */
@Service
@Transactional
class PersonResolver implements NamedPeople {

    /** How many candidates are looked at. */
    static final int CANDIDATES = 5;

    private final People people;
    private final PersonAccess access;
    private final PersonMatcher matcher;
    private final ExactPeople exact;

    PersonResolver(People people, PersonAccess access, PersonMatcher matcher, ExactPeople exact) {
        this.people = people;
        this.access = access;
        this.matcher = matcher;
        this.exact = exact;
    }

    @Override
    public PersonId resolve(String field, PersonId existing, String givenName, String familyName,
            LocalDate dateOfBirth, AccessGround ground, List<PersonId> created) {
        if (existing != null) {
            if (people.name(existing).isEmpty()) {
                throw InvalidInputException.of(field, "There is no such person");
            }
            return existing;
        }
        PersonDetails details = new PersonDetails(givenName.strip(), familyName.strip(), dateOfBirth, null, null, null,
                null, null, false, null, null, null);
        List<PersonId> namesakes = exact.named(details.givenName(), details.familyName(), dateOfBirth);
        if (namesakes.size() == 1) {
            for (Candidate c : matcher.candidates(details, null, CANDIDATES)) {
                if (c.id().equals(namesakes.get(0)) && sameKnownPerson(details, c)) {
                    return c.id();
                }
            }
        }
        PersonId made = people.create(details, List.of(), ground, null);
        created.add(made);
        return made;
    }

    /**
     * Linked without a person's check only when nothing could be a different person: a very likely match with the
     * same name (ignoring case) and the same date of birth; anything less makes a new record, which the hub's
     * possible duplicates may merge later.
     */
    static boolean sameKnownPerson(PersonDetails described, Candidate c) {
        boolean sameDate = described.dateOfBirth() != null && described.dateOfBirth().toString().equals(c.dateOfBirth());
        boolean sameName = c.name() != null && c.name().strip().equalsIgnoreCase(described.fullName());
        return sameDate && sameName && MatchBand.of(c.score(), false) == MatchBand.VERY_LIKELY;
    }

    @Override
    public void endAgencyGrants(Collection<PersonId> created, AccessGround ground) {
        for (PersonId p : created) {
            for (AccessGrant g : access.currentGrants(p)) {
                if (g.ground() == ground && g.holder().agency() != null) {
                    access.end(g.id());
                }
            }
        }
    }
}
