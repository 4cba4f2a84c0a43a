package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@link PersonAccess#endHeldBy}: a holder no longer entitled (a hub representative replaced for the day, a MARAC
 * member removed) loses at once every current grant of that ground on those bases, and nothing else: not another
 * holder's, not another basis's, not another ground's. Each ended grant is audited, naming the grant and the person,
 * and the answer is the number ended.
 */
@HearthIntegrationTest
class GrantEndingGuardTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonAccess access;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    private UUID person() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Ending', ?, ?)")
                .params(id, Fixtures.uniqueName("Grant"), UUID.randomUUID()).update();
        return id;
    }

    private UUID grant(UUID person, StaffUser holder, String ground, GrantBasis basis) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, user_id, expires_at, basis_kind, basis_id)
                VALUES (?, ?, ?, 'RECORD', ?, ?, ?, ?)""")
                .params(id, person, ground, holder.id().value(), Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)),
                        basis.kind(), basis.id()).update();
        return id;
    }

    private boolean current(UUID grant) {
        return jdbc.sql("SELECT ended_at IS NULL FROM person_access_grant WHERE id = ?").param(grant)
                .query(Boolean.class).single();
    }

    @Test
    void aHolderNoLongerEntitledLosesThatGroundOnThoseBasesOnlyAndEachEndIsAudited() {
        StaffUser replaced = fixtures.enrolledUser(Role.AGENCY_REPRESENTATIVE).user();
        StaffUser colleague = fixtures.enrolledUser(Role.AGENCY_REPRESENTATIVE).user();
        StaffUser coordinator = fixtures.enrolledUser(Role.HUB_COORDINATOR).user();
        UUID victim = person();
        UUID child = person();
        GrantBasis today = GrantBasis.of("hub-meeting", UUID.randomUUID());
        GrantBasis tomorrow = GrantBasis.of("hub-meeting", UUID.randomUUID());
        GrantBasis elsewhere = GrantBasis.of("hub-meeting", UUID.randomUUID());
        UUID victimToday = grant(victim, replaced, "HUB_MEETING", today);
        UUID childToday = grant(child, replaced, "HUB_MEETING", today);
        UUID victimTomorrow = grant(victim, replaced, "HUB_MEETING", tomorrow);
        UUID victimElsewhere = grant(victim, replaced, "HUB_MEETING", elsewhere);
        UUID research = grant(victim, replaced, "MARAC_RESEARCH", today);
        UUID colleagues = grant(victim, colleague, "HUB_MEETING", today);

        actAs(coordinator);
        int ended = access.endHeldBy(replaced.id(), AccessGround.HUB_MEETING, List.of(today, tomorrow, today));
        signOut();

        assertThat(ended).isEqualTo(3);
        assertThat(current(victimToday)).isFalse();
        assertThat(current(childToday)).isFalse();
        assertThat(current(victimTomorrow)).isFalse();
        assertThat(current(victimElsewhere)).as("a basis not named").isTrue();
        assertThat(current(research)).as("another ground").isTrue();
        assertThat(current(colleagues)).as("another holder").isTrue();
        assertThat(jdbc.sql("SELECT ended_by FROM person_access_grant WHERE id = ?").param(childToday)
                .query(UUID.class).single()).isEqualTo(coordinator.id().value());
        for (UUID[] g : List.of(new UUID[] {victimToday, victim}, new UUID[] {childToday, child},
                new UUID[] {victimTomorrow, victim})) {
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM audit_event WHERE action = 'UPDATE' AND record_type = 'access-grant'
                      AND actor_id = ? AND record_ids = ARRAY[?, ?]::text[] AND reason = ?""")
                    .params(coordinator.id().value(), g[0].toString(), g[1].toString(),
                            "ended: holder no longer entitled (hub-meeting)").query(Long.class).single())
                    .as("the end of " + g[0] + " is audited once").isEqualTo(1);
        }

        // ending again ends nothing and audits nothing more
        actAs(coordinator);
        assertThat(access.endHeldBy(replaced.id(), AccessGround.HUB_MEETING, List.of(today))).isZero();
        signOut();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'access-grant' AND ? = ANY(record_ids)""")
                .param(victimToday.toString()).query(Long.class).single()).isEqualTo(1);
    }

    private long auditedEnd(StaffUser actor, UUID grant, UUID person, String reason) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'UPDATE' AND record_type = 'access-grant'
                  AND actor_id = ? AND record_ids = ARRAY[?, ?]::text[] AND reason = ?""")
                .params(actor.id().value(), grant.toString(), person.toString(), reason).query(Long.class).single();
    }

    /**
     * {@link PersonAccess#endOn}: a case leaving (a MARAC case transferred out) ends every current grant on that
     * person of those grounds on those bases, whoever holds it, and nothing else: not on another person, not of another
     * ground, not on another basis. Each end is audited with the grant and the person; the answer is the number ended.
     */
    @Test
    void aCaseLeavingEndsThoseGroundsOnThatPersonOnThoseBasesOnlyAndEachEndIsAudited() {
        StaffUser rep = fixtures.enrolledUser(Role.AGENCY_REPRESENTATIVE).user();
        StaffUser other = fixtures.enrolledUser(Role.AGENCY_REPRESENTATIVE).user();
        StaffUser coordinator = fixtures.enrolledUser(Role.HUB_COORDINATOR).user();
        UUID victim = person();
        UUID child = person();
        GrantBasis leaving = GrantBasis.of("marac-referral", UUID.randomUUID());
        GrantBasis staying = GrantBasis.of("marac-referral", UUID.randomUUID());
        UUID research = grant(victim, rep, "MARAC_RESEARCH", leaving);
        UUID action = grant(victim, other, "MARAC_ACTION", leaving);
        UUID otherBasis = grant(victim, rep, "MARAC_RESEARCH", staying);
        UUID otherGround = grant(victim, rep, "HUB_MEETING", leaving);
        UUID otherPerson = grant(child, rep, "MARAC_RESEARCH", leaving);
        List<AccessGround> grounds = List.of(AccessGround.MARAC_RESEARCH, AccessGround.MARAC_ACTION,
                AccessGround.MARAC_RESEARCH);

        actAs(coordinator);
        assertThat(access.endOn(new PersonId(victim), List.of(), List.of(leaving), "no grounds")).isZero();
        assertThat(access.endOn(new PersonId(victim), grounds, List.of(), "no bases")).isZero();
        assertThat(current(research)).isTrue();
        int ended = access.endOn(new PersonId(victim), grounds, List.of(leaving, leaving), "case transferred");
        signOut();

        assertThat(ended).isEqualTo(2);
        assertThat(current(research)).isFalse();
        assertThat(current(action)).isFalse();
        assertThat(current(otherBasis)).as("another basis").isTrue();
        assertThat(current(otherGround)).as("another ground").isTrue();
        assertThat(current(otherPerson)).as("another person").isTrue();
        assertThat(jdbc.sql("SELECT ended_by FROM person_access_grant WHERE id = ?").param(action).query(UUID.class)
                .single()).isEqualTo(coordinator.id().value());
        assertThat(auditedEnd(coordinator, research, victim, "ended: case transferred")).isEqualTo(1);
        assertThat(auditedEnd(coordinator, action, victim, "ended: case transferred")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'access-grant' AND ? = ANY(record_ids)")
                .param(otherPerson.toString()).query(Long.class).single()).isZero();

        actAs(coordinator);
        assertThat(access.endOn(new PersonId(victim), grounds, List.of(leaving), "again")).as("already ended").isZero();
    }
}
