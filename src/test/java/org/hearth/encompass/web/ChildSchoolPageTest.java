package org.hearth.encompass.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.encompass.ChildSchools;
import org.hearth.encompass.SchoolId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A child's school from their person page: an involved practitioner sees and sets it (audited, field error for a bad
 * choice, home-educated to the area's team), and the person page links to it; an agency not involved gets 403 (the
 * refusal audited) by page and by the module, and after breaking the glass reads the child's record without the school
 * or the link; an unknown person 404.
 */
@HearthIntegrationTest
class ChildSchoolPageTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Partnerships partnerships;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChildSchools childSchools;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UUID school(AreaId area, String name, String phase) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO school (id, area_id, name, urn, phase, dsl_name, dsl_email)
                VALUES (?, ?, ?, ?, ?, 'Dana Lead', 'dana@school.example.test')""")
                .params(id, area.value(), name, "LOCAL_AUTHORITY".equals(phase) ? null
                        : String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000)), phase).update();
        return id;
    }

    private int audited(String action, UUID child, String reason) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND record_type = 'person' "
                + "AND ? = ANY(record_ids) AND reason LIKE ?").params(action, child.toString(), reason)
                .query(Integer.class).single();
    }

    @Test
    void anInvolvedPractitionerSetsTheChildsSchoolAndAnAgencyNotInvolvedIsRefused() {
        fixtures.agency("Test Agency");
        AreaId area = partnerships.addArea(Fixtures.uniqueName("Child School Area"), 30_000).id();
        String schoolName = Fixtures.uniqueName("Willow Primary ");
        UUID willow = school(area, schoolName, "PRIMARY");
        UUID team = school(area, Fixtures.uniqueName("Education Safeguarding "), "LOCAL_AUTHORITY");
        UUID child = UUID.fromString(fixtures.knownPerson());
        String path = "/people/" + child + "/school";

        WebSession involved = new WebSession(port);
        involved.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        Page form = involved.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("#current-school").text()).isEqualTo("No school recorded.");
        assertThat(form.html().select("#school option").eachAttr("value")).contains(willow.toString(),
                "home:" + area.value()).doesNotContain(team.toString());

        Page refused = involved.post(path, Map.of("school", "not-a-school"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Choose a school");
        Page teamRefused = involved.post(path, Map.of("school", team.toString()));
        assertThat(teamRefused.status()).as("the education safeguarding team is not a school").isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM child_school WHERE child_id = ?").param(child)
                .query(Integer.class).single()).isZero();

        assertThat(involved.post(path, Map.of("school", willow.toString())).status()).isEqualTo(303);
        assertThat(involved.get(path).html().select("#current-school").text()).contains(schoolName);
        assertThat(audited("UPDATE", child, "school recorded")).isEqualTo(1);
        assertThat(involved.get("/people/" + child).html().select("a[href=" + path + "]").text())
                .contains("School: " + schoolName);

        // changed: home-educated, told through the area's education safeguarding team
        assertThat(involved.post(path, Map.of("school", "home:" + area.value())).status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT school_id FROM child_school WHERE child_id = ? AND home_educated").param(child)
                .query(UUID.class).single()).isEqualTo(team);

        // an agency not involved with the child: 403 by page and form, audited, nothing changed
        TestUser stranger = fixtures.enrolledUserAt("Child School Stranger Agency", Role.PRACTITIONER);
        WebSession other = new WebSession(port);
        other.signIn(stranger);
        assertThat(other.get(path).status()).isEqualTo(403);
        assertThat(other.post(path, Map.of("school", willow.toString())).status()).isEqualTo(403);
        assertThat(other.post(path, Map.of("school", "")).status()).as("refused before the form is read")
                .isEqualTo(403);
        assertThat(audited("READ", child, "refused: child's school%")).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT home_educated FROM child_school WHERE child_id = ?").param(child)
                .query(Boolean.class).single()).isTrue();
        assertThat(other.get("/people/" + UUID.randomUUID() + "/school").status()).isEqualTo(404);

        // a break-glass reading shows the child's record, but neither the school nor the way to the page refusing it
        other.open("/people/" + child);
        assertThat(other.post("/people/" + child + "/break-glass",
                Map.of("reason", "Child school test: concern raised by a neighbour")).status() / 100).isEqualTo(3);
        Page glass = other.open("/people/" + child);
        assertThat(glass.html().select("#person-details")).as("the record reads").isNotEmpty();
        assertThat(glass.html().select("a[href=" + path + "]")).isEmpty();
        assertThat(glass.body()).doesNotContain("School:");
        assertThat(other.get(path).status()).isEqualTo(403);

        // the module refuses too, whoever calls it
        actAs(stranger.user());
        assertThatThrownBy(() -> childSchools.recordSchool(new PersonId(child), new SchoolId(willow)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> childSchools.schoolOf(new PersonId(child))).isInstanceOf(AccessDeniedException.class);
        assertThat(audited("UPDATE", child, "refused: child's school%")).isEqualTo(1);

        // analysts and administrators never reach a person's page
        for (Role role : new Role[] {Role.ANALYST, Role.SYSTEM_ADMIN}) {
            WebSession web = new WebSession(port);
            web.signIn(fixtures.enrolledUser(role));
            assertThat(web.get(path).status()).as(role.name()).isEqualTo(403);
        }
    }

    static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }
}
