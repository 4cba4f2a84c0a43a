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
import org.hearth.people.Named;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.NamedPeople;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.springframework.stereotype.Component;

/**
 * The people on an application and the team's access to them: the person named (known, matched or made) and the
 * {@code DISCLOSURE} grants to each member of the team at the agency, resting on the application until it closes.
 */
@Component
class DisclosureTeam {

    private final DisclosureStore store;
    private final NamedPeople named;
    private final PersonAccess access;
    private final StaffUsers users;

    DisclosureTeam(DisclosureStore store, NamedPeople named, PersonAccess access, StaffUsers users) {
        this.store = store;
        this.named = named;
        this.access = access;
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
     * birth, or a new record ({@link NamedPeople#resolve}). A new record's agency grant is replaced by the team's own
     * grants ({@link #grantTeam}).
     */
    PersonId resolve(String field, Named n, List<PersonId> created) {
        return named.resolve(field, n.existing(), n.givenName(), n.familyName(), n.dateOfBirth(),
                AccessGround.DISCLOSURE, created);
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
        named.endAgencyGrants(created, AccessGround.DISCLOSURE);
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
