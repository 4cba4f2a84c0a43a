package org.hearth.marac;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Set-up for the marac tests: acting as a user, people, areas and MARACs. */
class MaracTestSupport {

    final Fixtures fixtures;
    final JdbcClient jdbc;
    final Partnerships partnerships;
    final Maracs maracs;

    MaracTestSupport(Fixtures fixtures, JdbcClient jdbc, Partnerships partnerships, Maracs maracs) {
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.maracs = maracs;
    }

    /** Acts as this user in the calling thread (clear with {@link #signOut}). */
    static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    UUID person(String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, Fixtures.uniqueName("Marac"), UUID.randomUUID()).update();
        return id;
    }

    /** The "Marac Test Area" (made if need be; the partnership exists once any fixture agency does). */
    synchronized AreaId area() {
        fixtures.agency("Test Agency");
        return partnerships.areas().stream().filter(a -> a.name().equals("Marac Test Area")).findFirst()
                .map(a -> a.id()).orElseGet(() -> partnerships.addArea("Marac Test Area", 100000).id());
    }

    /** A MARAC in the first area with these member agencies, made by the coordinator (also its chair). */
    Marac marac(StaffUser coordinator, int capacity, List<Member> members) {
        actAs(coordinator);
        try {
            return maracs.create(new MaracDetails(Fixtures.uniqueName("MARAC"), List.of(area()), Schedule.FORTNIGHTLY,
                    coordinator.id(), coordinator.id(), capacity, members));
        } finally {
            signOut();
        }
    }

    /** A referral to MARAC written directly (for agenda order and repeats at dates in the past). */
    UUID referral(Marac marac, UUID victim, LocalDate on, boolean repeat, Integer score, UUID... perpetrators) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, marac_id, victim_id, source, referred_on, referred_by_name,
                    referring_agency_id, criteria, evidence, risk_score, consent, repeat)
                VALUES (?, ?, ?, ?, 'PERSON_PAGE', ?, 'Test', ?, '{VISIBLE_HIGH_RISK}', 'test', ?, 'GIVEN', ?)""")
                .params(id, "MR-T-" + id.toString().substring(0, 8), marac == null ? null : marac.id().value(), victim,
                        on, fixtures.agency("Test Agency").id().value(), score, repeat).update();
        for (UUID p : perpetrators) {
            jdbc.sql("INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id) VALUES (?, ?)")
                    .params(id, p).update();
        }
        return id;
    }

    /** A front-door referral (an incident) naming the victim and perpetrators. */
    UUID incident(UUID victim, LocalDate on, UUID... perpetrators) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id, consent)
                VALUES (?, ?, 'WEB', ?, ?, ?, ?, 'GIVEN')""")
                .params(id, "T-" + id.toString().substring(0, 13), fixtures.agency("Test Agency").id().value(), on, on,
                        victim).update();
        for (UUID p : perpetrators) {
            jdbc.sql("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)").params(id, p).update();
        }
        return id;
    }

    static Set<Role> roles(Role... roles) {
        return Set.of(roles);
    }
}
