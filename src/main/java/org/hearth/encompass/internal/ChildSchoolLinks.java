package org.hearth.encompass.internal;

import java.util.List;
import org.hearth.access.Actor;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.people.PersonLinkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the person page of a child Operation Encompass knows (a school recorded, a notification, or a place on the
 * hub's attention or health visiting list): a link to the child's school page ({@code /people/{id}/school}), for
 * those the page lets in only (casework roles with a real ground on the child, {@code PersonAccess.holdsGround}). The
 * link names the school, which says where the child is every school day: a break-glass reading, or a grant that only
 * reads for a while, shows the record without it, as it shows it without a confidential address.
 */
@Component
class ChildSchoolLinks implements PersonLinkSource {

    private final JdbcClient jdbc;
    private final PersonAccess access;

    ChildSchoolLinks(JdbcClient jdbc, PersonAccess access) {
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
        List<String> school = jdbc.sql("""
                SELECT CASE WHEN c.home_educated THEN 'home-educated' ELSE s.name END
                FROM child_school c JOIN school s ON s.id = c.school_id WHERE c.child_id = ?""")
                .param(person.value()).query(String.class).list();
        if (!school.isEmpty()) {
            return List.of(new PersonLink("School: " + school.get(0) + " (change)", "/people/" + person + "/school"));
        }
        boolean known = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM encompass_notification WHERE child_id = :p)
                    OR EXISTS (SELECT 1 FROM encompass_attention WHERE child_id = :p)
                    OR EXISTS (SELECT 1 FROM encompass_health_visiting WHERE child_id = :p)""")
                .param("p", person.value()).query(Boolean.class).single();
        return known ? List.of(new PersonLink("School: not known (record it)", "/people/" + person + "/school"))
                : List.of();
    }
}
