package org.hearth.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.marac.MaracTestSupport.actAs;
import static org.hearth.marac.MaracTestSupport.signOut;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.calendar.WorkingDays;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.Consent;
import org.hearth.risk.MaracCriterion.Kind;
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

/**
 * MARAC research: publishing sets a task per member agency per case, due 2 working days before the meeting; only the
 * agency's named representative or deputy returns it, only while they may represent it; the coordinator reads and
 * chases. An agency not on the MARAC, a colleague not named and a representative removed get nothing.
 */
@HearthIntegrationTest
class MaracResearchTest {

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
    WorkingDays workingDays;
    @LocalServerPort
    int port;

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

    @Test
    void membersResearchTheirOwnRecordsAndTheCoordinatorReadsAndChases() {
        MaracTestSupport support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        TestUser hubUser = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        StaffUser coordinator = hubUser.user();
        String a = Fixtures.uniqueName("Research A");
        TestUser repUser = fixtures.enrolledUserAt(a, Role.AGENCY_REPRESENTATIVE);
        StaffUser rep = repUser.user();
        StaffUser colleague = fixtures.enrolledUserAt(a, Role.PRACTITIONER).user();
        StaffUser repB = fixtures.enrolledUserAt(Fixtures.uniqueName("Research B"), Role.AGENCY_REPRESENTATIVE).user();
        StaffUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Research C"), Role.AGENCY_REPRESENTATIVE).user();
        Marac marac = support.marac(coordinator, 20, List.of(new Member(rep.agency(), rep.id(), null),
                new Member(repB.agency(), repB.id(), null)));
        UUID victim = support.person("Rosa");
        UUID perpetrator = support.person("Rex");
        MaracReferral referral = as(coordinator, () -> referrals.refer(new NewMaracReferral(new PersonId(victim),
                List.of(new PersonId(perpetrator)), marac.id(), Set.of(Kind.PROFESSIONAL_JUDGEMENT),
                "Threats to kill after separation", Consent.GIVEN, null, null), ReferralSource.PERSON_PAGE));
        LocalDate meetsOn = LocalDate.now(ZoneId.of("Europe/London")).plusDays(14);
        Meeting meeting = as(coordinator, () -> agendas.addMeeting(marac.id(), meetsOn));
        assertThat(as(rep, () -> research.mine())).as("nothing before publishing").isEmpty();
        as(coordinator, () -> {
            agendas.publish(meeting.id());
            return null;
        });

        // one task per member agency, due 2 working days before the meeting
        List<ResearchTask> all = as(coordinator, () -> research.forMeeting(meeting.id()));
        assertThat(all).extracting(ResearchTask::agency).containsExactlyInAnyOrder(rep.agency(), repB.agency());
        assertThat(all).allSatisfy(t -> assertThat(t.dueOn()).isEqualTo(workingDays.minusWorkingDays(meetsOn, 2)));
        List<ResearchTask> mine = as(rep, () -> research.mine());
        assertThat(mine).singleElement().satisfies(t -> assertThat(t.referral()).isEqualTo(referral.id()));
        UUID task = mine.get(0).id();

        // need-to-know: an agency not on the MARAC, and a colleague who is not named, get nothing
        assertThat(as(stranger, () -> research.mine())).isEmpty();
        assertThatThrownBy(() -> as(stranger, () -> research.find(task))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(colleague, () -> research.find(task))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(repB, () -> research.submit(task, new ResearchAnswers(true, null, null, null,
                null, null, null)))).as("B answers for B only").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> research.forMeeting(meeting.id())))
                .isInstanceOf(AccessDeniedException.class);

        // bad answers: every problem on its field, nothing saved
        assertThatThrownBy(() -> as(rep, () -> research.submit(task, new ResearchAnswers(false, " ", null, null,
                "Worried", "A safeguarding file", null)))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("victimFacts", "withheldReason"));
        assertThatThrownBy(() -> as(rep, () -> research.submit(task, new ResearchAnswers(true, "Seen at A&E", null,
                null, null, null, null)))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("nothingHeld"));
        assertThat(jdbc.sql("SELECT returned_at IS NULL FROM marac_research WHERE id = ?").param(task)
                .query(Boolean.class).single()).isTrue();

        // the representative returns it through the form; the coordinator reads it and chases B
        WebSession web = new WebSession(port);
        web.signIn(repUser);
        Page list = web.get("/marac/research");
        assertThat(list.status()).as(list.html().select("main").text()).isEqualTo(200);
        assertThat(list.html().select("#research").size()).as(list.html().select("main").text()).isEqualTo(1);
        assertThat(list.html().select("#research a").eachAttr("href")).contains("/marac/research/" + task);
        assertThat(web.get("/").html().select("a[href=/marac/research/" + task + "]")).as("in My work").isNotEmpty();
        assertThat(list.html().select("#research tbody tr").text()).contains("To do").doesNotContain("Overdue");
        // past its due day and not returned: overdue, in the list and in My work
        jdbc.sql("UPDATE marac_research SET due_on = due_on - 30 WHERE id = ?").param(task).update();
        assertThat(web.get("/marac/research").html().select("#research tbody tr").text()).contains("Overdue")
                .doesNotContain("To do");
        assertThat(web.get("/").html().select(".govuk-summary-list__row:has(a[href=/marac/research/" + task + "])")
                .text()).contains("Overdue");
        web.get("/marac/research/" + task);
        Page refused = web.post("/marac/research/" + task, Map.of("victimFacts", "", "withheld", "A file"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#victimFacts", "#withheldReason");
        Page returned = web.post("/marac/research/" + task, Map.of("victimFacts", "Two A&E visits in March",
                "perpetratorFacts", "Known to the service for a 2024 assault", "opinion", "Risk rising"));
        assertThat(returned.status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'marac-research' AND action = 'UPDATE'"
                + " AND ? = ANY(record_ids) AND ? = ANY(record_ids)").params(task.toString(), victim.toString())
                .query(Long.class).single()).isPositive();

        WebSession hub = new WebSession(port);
        hub.signIn(hubUser);
        Page agenda = hub.get("/marac/meetings/" + meeting.id());
        assertThat(agenda.html().select("#research-by-agency tbody tr").eachText())
                .anyMatch(t -> t.contains(a) && t.contains("1 0"));
        assertThat(agenda.html().select("#research-by-agency input[name=agency]").eachAttr("value"))
                .containsExactly(repB.agency().toString());
        assertThat(hub.get("/marac/research/" + task).html().select("#answers").text()).contains("Two A&E visits");
        hub.get("/marac/meetings/" + meeting.id());
        assertThat(hub.post("/marac/meetings/" + meeting.id() + "/chase",
                Map.of("agency", repB.agency().toString())).status()).isEqualTo(303);
        assertThat(as(repB, () -> research.mine())).singleElement()
                .satisfies(t -> assertThat(t.chasedAt()).isNotNull());

        // B leaves the MARAC: its representative loses the task with the grant
        as(coordinator, () -> maracs.update(marac.id(), new MaracDetails(marac.name(), marac.areas(),
                marac.schedule(), marac.chair(), marac.coordinator(), marac.capacity(),
                List.of(new Member(rep.agency(), rep.id(), null)))));
        assertThat(as(repB, () -> research.mine())).isEmpty();
        UUID taskB = all.stream().filter(t -> t.agency().equals(repB.agency())).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> as(repB, () -> research.find(taskB))).isInstanceOf(AccessDeniedException.class);
    }
}
