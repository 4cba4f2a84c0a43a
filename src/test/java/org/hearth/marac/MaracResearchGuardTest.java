package org.hearth.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.marac.MaracTestSupport.actAs;
import static org.hearth.marac.MaracTestSupport.signOut;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.referrals.Consent;
import org.hearth.risk.MaracCriterion.Kind;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * MARAC research's guard ({@code JdbcMaracResearch.represents} and the filter of {@code mine}) one condition at a
 * time: a representative still named for the agency is refused the task, and no longer lists it, once they may no
 * longer represent it (their account disabled) or once their grant on the victim has ended; the deputy may return
 * it; the coordinator reads it. Every read and return is audited with the task and the victim.
 */
@HearthIntegrationTest
class MaracResearchGuardTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Maracs maracs;
    @Autowired
    Agendas agendas;
    @Autowired
    MaracReferrals referrals;
    @Autowired
    MaracResearch research;
    @Autowired
    PersonAccess access;

    @AfterEach
    void tearDown() {
        signOut();
    }

    private <T> T as(StaffUser user, Supplier<T> action) {
        actAs(user);
        try {
            return action.get();
        } finally {
            signOut();
        }
    }

    private record Setting(StaffUser coordinator, StaffUser rep, StaffUser deputy, UUID victim, Meeting meeting,
            UUID task) {
    }

    private Setting setting() {
        MaracTestSupport support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        StaffUser coordinator = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR).user();
        String a = Fixtures.uniqueName("Research Guard A");
        StaffUser rep = fixtures.enrolledUserAt(a, Role.AGENCY_REPRESENTATIVE).user();
        StaffUser deputy = fixtures.enrolledUserAt(a, Role.PRACTITIONER).user();
        Marac marac = support.marac(coordinator, 20, List.of(new Member(rep.agency(), rep.id(), deputy.id())));
        UUID victim = support.person("Rhea");
        UUID perpetrator = support.person("Ross");
        as(coordinator, () -> referrals.refer(new NewMaracReferral(new PersonId(victim),
                List.of(new PersonId(perpetrator)), marac.id(), Set.of(Kind.PROFESSIONAL_JUDGEMENT),
                "Threats to kill after separation", Consent.GIVEN, null, null), ReferralSource.PERSON_PAGE));
        LocalDate meetsOn = LocalDate.now(ZoneId.of("Europe/London")).plusDays(14);
        Meeting meeting = as(coordinator, () -> agendas.addMeeting(marac.id(), meetsOn));
        as(coordinator, () -> {
            agendas.publish(meeting.id());
            return null;
        });
        UUID task = as(rep, () -> research.mine()).get(0).id();
        return new Setting(coordinator, rep, deputy, victim, meeting, task);
    }

    private long audited(StaffUser actor, String action, UUID task, UUID victim, String reason) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = ? AND record_type = 'marac-research'
                  AND record_ids = ARRAY[?, ?]::text[] AND reason IS NOT DISTINCT FROM ?""")
                .params(actor.id().value(), action, task.toString(), victim.toString(), reason).query(Long.class)
                .single();
    }

    @Test
    void aNamedRepresentativeWhoMayNoLongerRepresentTheAgencyIsRefusedTheTask() {
        Setting s = setting();
        jdbc.sql("UPDATE staff_user SET enabled = false WHERE id = ?").param(s.rep().id().value()).update();
        assertThat(as(s.rep(), () -> research.mine())).isEmpty();
        assertThatThrownBy(() -> as(s.rep(), () -> research.find(s.task()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.rep(), () -> research.submit(s.task(), new ResearchAnswers(true, null, null,
                null, null, null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT returned_at IS NULL FROM marac_research WHERE id = ?").param(s.task())
                .query(Boolean.class).single()).isTrue();
        // the deputy, still entitled, answers for the agency
        assertThat(as(s.deputy(), () -> research.mine())).extracting(ResearchTask::id).containsExactly(s.task());
        assertThat(as(s.deputy(), () -> research.find(s.task()))).isPresent();
        assertThat(audited(s.deputy(), "READ", s.task(), s.victim(), null)).isEqualTo(1);
        as(s.deputy(), () -> research.submit(s.task(), new ResearchAnswers(true, null, null, null, null, null,
                null)));
        assertThat(audited(s.deputy(), "UPDATE", s.task(), s.victim(), "returned")).isEqualTo(1);
        as(s.deputy(), () -> research.submit(s.task(), new ResearchAnswers(false, "Seen at A&E", null, null, null,
                null, null)));
        assertThat(audited(s.deputy(), "UPDATE", s.task(), s.victim(), "corrected")).isEqualTo(1);
    }

    @Test
    void aNamedRepresentativeWhoseGrantOnTheVictimEndedIsRefusedTheTask() {
        Setting s = setting();
        as(s.coordinator(), () -> {
            for (AccessGrant g : access.currentGrants(new PersonId(s.victim()))) {
                if (g.ground() == AccessGround.MARAC_RESEARCH && g.holder().user() != null
                        && g.holder().user().equals(s.rep().id())) {
                    access.end(g.id());
                }
            }
            return null;
        });
        assertThat(as(s.rep(), () -> access.mayView(new PersonId(s.victim())))).isFalse();
        assertThat(as(s.rep(), () -> research.mine())).isEmpty();
        assertThatThrownBy(() -> as(s.rep(), () -> research.find(s.task()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.rep(), () -> research.submit(s.task(), new ResearchAnswers(true, null, null,
                null, null, null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(audited(s.rep(), "READ", s.task(), s.victim(), null)).as("nothing read").isZero();

        // the coordinator reads it (audited), lists the meeting's research and chases the agency
        assertThat(as(s.coordinator(), () -> research.find(s.task()))).isPresent();
        assertThat(audited(s.coordinator(), "READ", s.task(), s.victim(), null)).isEqualTo(1);
        assertThat(as(s.coordinator(), () -> research.chase(s.meeting().id(), s.rep().agency()))).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_id = ? AND record_type = 'marac-meeting' AND reason = ?""")
                .params(s.coordinator().id().value(), "research chased: 1 outstanding for agency " + s.rep().agency())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(as(s.coordinator(), () -> research.forMeeting(s.meeting().id()))).extracting(ResearchTask::id)
                .containsExactly(s.task());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_id = ? AND record_type = 'marac-research'
                  AND record_ids = ARRAY[?, ?]::text[] AND reason = 'research of the meeting'""")
                .params(s.coordinator().id().value(), s.meeting().id().toString(), s.victim().toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyACoordinatorChasesResearchAndTheListOfOnesOwnIsAudited() {
        Setting s = setting();
        // the representative lists their task: a reading of the victim's record, audited
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'READ' AND record_type = 'person'
                  AND ? = ANY (record_ids) AND reason = 'MARAC research list'""")
                .params(s.rep().id().value(), s.victim().toString()).query(Long.class).single()).isEqualTo(1);
        // chasing an agency is the coordinator's: the representative is refused and nothing is marked chased
        assertThatThrownBy(() -> as(s.rep(), () -> research.chase(s.meeting().id(), s.rep().agency())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT chased_at IS NULL FROM marac_research WHERE id = ?").param(s.task())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void everyFieldOfAReturnIsBoundedAndAReasonIsKeptOnlyWithWhatIsWithheld() {
        Setting s = setting();
        String facts = "f".repeat(4000);
        String withheld = "w".repeat(2000);
        // at the limits: accepted
        as(s.deputy(), () -> research.submit(s.task(), new ResearchAnswers(false, facts, facts, facts, facts,
                withheld, withheld)));
        // one over, field by field: refused, naming the field
        List<String> fields = List.of("victimFacts", "childrenFacts", "perpetratorFacts", "opinion", "withheld",
                "withheldReason");
        for (int i = 0; i < fields.size(); i++) {
            String[] v = {"Seen at A&E", null, null, null, "A file", "Third-party information"};
            v[i] = (i < 4 ? facts : withheld) + "x";
            String field = fields.get(i);
            assertThatThrownBy(() -> as(s.deputy(), () -> research.submit(s.task(), new ResearchAnswers(false, v[0],
                    v[1], v[2], v[3], v[4], v[5])))).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).containsOnlyKeys(field));
        }
        // a reason without anything withheld is not kept
        as(s.deputy(), () -> research.submit(s.task(), new ResearchAnswers(false, "Seen at A&E", null, null, null,
                null, "No reason needed")));
        assertThat(jdbc.sql("SELECT withheld_reason IS NULL FROM marac_research WHERE id = ?").param(s.task())
                .query(Boolean.class).single()).isTrue();
    }

    /**
     * {@code JdbcMaracResearch.setFor}: on publishing, a member agency gets a task when its representative may
     * represent it or, failing that, its deputy may; an agency with neither gets none (nobody could return it).
     */
    @Test
    void aTaskIsSetForAnAgencyWhoseDeputyMayRepresentItAndNoneForOneWithNobodyEntitled() {
        MaracTestSupport support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        StaffUser coordinator = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR).user();
        String a = Fixtures.uniqueName("Research Set A");
        StaffUser repA = fixtures.enrolledUserAt(a, Role.AGENCY_REPRESENTATIVE).user();
        StaffUser deputyA = fixtures.enrolledUserAt(a, Role.PRACTITIONER).user();
        String b = Fixtures.uniqueName("Research Set B");
        StaffUser repB = fixtures.enrolledUserAt(b, Role.AGENCY_REPRESENTATIVE).user();
        String c = Fixtures.uniqueName("Research Set C");
        StaffUser repC = fixtures.enrolledUserAt(c, Role.AGENCY_REPRESENTATIVE).user();
        StaffUser deputyC = fixtures.enrolledUserAt(c, Role.PRACTITIONER).user();
        Marac marac = support.marac(coordinator, 20, List.of(new Member(repA.agency(), repA.id(), deputyA.id()),
                new Member(repB.agency(), repB.id(), null), new Member(repC.agency(), repC.id(), deputyC.id())));
        UUID victim = support.person("Tess");
        UUID perpetrator = support.person("Tom");
        as(coordinator, () -> referrals.refer(new NewMaracReferral(new PersonId(victim),
                List.of(new PersonId(perpetrator)), marac.id(), Set.of(Kind.PROFESSIONAL_JUDGEMENT),
                "Stalking after separation", Consent.GIVEN, null, null), ReferralSource.PERSON_PAGE));
        for (StaffUser gone : List.of(repA, repB, repC, deputyC)) {
            jdbc.sql("UPDATE staff_user SET enabled = false WHERE id = ?").param(gone.id().value()).update();
        }
        Meeting meeting = as(coordinator, () -> agendas.addMeeting(marac.id(),
                LocalDate.now(ZoneId.of("Europe/London")).plusDays(14)));
        as(coordinator, () -> {
            agendas.publish(meeting.id());
            return null;
        });
        assertThat(jdbc.sql("SELECT agency_id FROM marac_research WHERE meeting_id = ?").param(meeting.id().value())
                .query(UUID.class).list()).containsExactly(repA.agency().value());
        assertThat(as(deputyA, () -> research.mine())).extracting(ResearchTask::meeting).containsExactly(meeting.id());
    }
}
