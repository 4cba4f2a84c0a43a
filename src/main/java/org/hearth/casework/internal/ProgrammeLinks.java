package org.hearth.casework.internal;

import java.util.List;
import org.hearth.access.Actor;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.people.PersonLinkSource;
import org.hearth.referrals.Referrals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Refer to a perpetrator programme" on the page of a person causing harm (a referral names him so, or he has been
 * referred to a programme before), for those who may refer ({@link org.hearth.casework.Programmes#refer}): members of
 * staff in a casework role holding a real ground on him. A break-glass reading, another role or an agency not
 * involved sees no link (the form would refuse them).
 */
@Component
class ProgrammeLinks implements PersonLinkSource {

    private final JdbcClient jdbc;
    private final PersonAccess access;
    private final Referrals referrals;

    ProgrammeLinks(JdbcClient jdbc, PersonAccess access, Referrals referrals) {
        this.jdbc = jdbc;
        this.access = access;
        this.referrals = referrals;
    }

    @Override
    public List<PersonLink> linksFor(PersonId person) {
        boolean staff = Actor.current().map(a -> !a.apiClient()).orElse(false);
        if (!staff || !Roles.casework() || !access.holdsGround(person) || !causesHarm(person)) {
            return List.of();
        }
        return List.of(new PersonLink("Refer to a perpetrator programme", "/people/" + person + "/programme-referral"));
    }

    private boolean causesHarm(PersonId person) {
        return referrals.namesAsCausingHarm(person) || jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM programme_referral WHERE person_id = ?)").param(person.value())
                .query(Boolean.class).single();
    }
}
