package org.hearth.housing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.people.PersonLinkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Sanctuary and refuge" on a person's page, for casework roles with a real ground on the person (a break-glass
 * reading shows no link: the pages would refuse it): the referrals by reference, and the page to make one.
 */
@Component
class HousingLinks implements PersonLinkSource {

    private final JdbcClient jdbc;
    private final PersonAccess access;

    HousingLinks(JdbcClient jdbc, PersonAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public List<PersonLink> linksFor(PersonId person) {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient() || !me.worksCases()
                || !access.holdsGround(person)) {
            return List.of();
        }
        List<PersonLink> out = new ArrayList<>();
        jdbc.sql("SELECT id, reference FROM sanctuary_referral WHERE person_id = ? ORDER BY referred_on DESC")
                .param(person.value()).query((rs, n) -> out.add(new PersonLink("Sanctuary referral "
                        + rs.getString(2), "/housing/sanctuary/" + rs.getObject(1, UUID.class)))).list();
        jdbc.sql("SELECT id, reference FROM refuge_referral WHERE person_id = ? ORDER BY referred_on DESC")
                .param(person.value()).query((rs, n) -> out.add(new PersonLink("Refuge referral "
                        + rs.getString(2), "/housing/refuge/" + rs.getObject(1, UUID.class)))).list();
        out.add(new PersonLink("Sanctuary and refuge referrals (make one)", "/people/" + person + "/housing"));
        return out;
    }
}
