package org.hearth.disclosure.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.Application.Party;
import org.hearth.disclosure.Named;
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
import org.springframework.stereotype.Component;

/**
 * The people on an application and the team's access to them: the person named (known, matched or made) and the
 * {@code DISCLOSURE} grants to each member of the team at the agency, resting on the application until it closes.
 */
@Component
class DisclosureTeam {

    private final DisclosureStore store;
    private final People people;
    private final PersonAccess access;
    private final PersonMatcher matcher;
    private final StaffUsers users;

    DisclosureTeam(DisclosureStore store, People people, PersonAccess access, PersonMatcher matcher,
            StaffUsers users) {
        this.store = store;
        this.people = people;
        this.access = access;
        this.matcher = matcher;
        this.users = users;
    }

    /** Every person on the application, once: applicant, person at risk, subject, recipient. */
    static List<PersonId> people(Application a) {
        List<PersonId> out = new ArrayList<>();
        for (Party p : new Party[] {a.applicant(), a.personAtRisk(), a.subject(), a.recipient()}) {
            if (p != null && !out.contains(p.id())) {
                out.add(p.id());
            }
        }
        return out;
    }

    /** The audit's ids: the application's, then every person on it. */
    static List<String> ids(Application a) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(a.id().toString());
        people(a).forEach(p -> ids.add(p.toString()));
        return List.copyOf(ids);
    }

    /**
     * The person named: one already known, a very likely match of the description with the same name and date of
     * birth, or a new record. A new record's agency grant is replaced by the team's own grants ({@link #grantTeam}).
     */
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
            // linked without a person's check only when nothing could be a different person: a very likely match
            // with the same name and the same date of birth (a wrong link would disclose someone else's history);
            // anything less makes a new record, which the hub's possible duplicates may merge later
            boolean sameDate = n.dateOfBirth() != null && n.dateOfBirth().toString().equals(c.dateOfBirth());
            boolean sameName = c.name() != null && c.name().strip().equalsIgnoreCase(details.fullName());
            if (sameDate && sameName && MatchBand.of(c.score(), false) == MatchBand.VERY_LIKELY) {
                return c.id();
            }
        }
        PersonId made = people.create(details, List.of(), AccessGround.DISCLOSURE, null);
        created.add(made);
        return made;
    }

    /** A member of the team who joined after the application was made gets the team's grant on opening it. */
    void join(UUID app, Actor me) {
        if (store.closed(app) || me.apiClient()) {
            return;
        }
        for (UUID p : store.peopleOn(app)) {
            if (p != null) {
                access.grant(new PersonId(p), GrantHolder.user(new StaffUserId(me.actorId())),
                        AccessGround.DISCLOSURE, AccessScope.RECORD, null, GrantBasis.of(JdbcDisclosures.BASIS, app));
            }
        }
    }

    /**
     * The team's access to the people on the application: a {@code DISCLOSURE} grant to each member of the team at
     * the agency, resting on the application, until it closes. A record made for the application loses the agency
     * grant {@code People.create} gave it: the rest of the agency has no ground on it.
     */
    void grantTeam(Application a, Actor me, List<PersonId> created) {
        GrantBasis basis = GrantBasis.of(JdbcDisclosures.BASIS, a.id());
        List<StaffUser> team = users.all().stream().filter(u -> u.enabled() && u.agency().equals(me.agency())
                && u.roles().contains(Role.DISCLOSURE_TEAM)).toList();
        for (PersonId p : people(a)) {
            for (StaffUser u : team) {
                access.grant(p, GrantHolder.user(u.id()), AccessGround.DISCLOSURE, AccessScope.RECORD, null, basis);
            }
        }
        for (PersonId p : created) {
            for (AccessGrant g : access.currentGrants(p)) {
                if (g.ground() == AccessGround.DISCLOSURE && g.holder().agency() != null) {
                    access.end(g.id());
                }
            }
        }
    }

    /** Ends the team's grants resting on this application, except on people of another open application. */
    void endTeamGrants(Application a, Actor me) {
        for (PersonId p : people(a)) {
            if (store.onAnotherOpenApplication(a.id().value(), me.agency().value(), p.value())) {
                continue;
            }
            for (AccessGrant g : access.currentGrants(p)) {
                if (g.ground() == AccessGround.DISCLOSURE && g.basis() != null
                        && g.basis().kind().equals(JdbcDisclosures.BASIS)) {
                    access.end(g.id());
                }
            }
        }
    }
}
