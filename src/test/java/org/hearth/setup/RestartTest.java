package org.hearth.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.HearthApplication;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.AgencyDetails;
import org.hearth.partnership.Partnerships;
import org.hearth.services.ReviewSummary;
import org.hearth.services.ServiceDirectory;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.Bvpi225Status;
import org.hearth.strategy.PartnershipChecklist;
import org.hearth.strategy.StrategyOverview;
import org.hearth.strategy.StrategyStatus;
import org.hearth.partnership.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * What the README's run command promises: the first start loads the demo partnership into a kept data
 * directory, prints the logins, and a restart keeps every record without loading the demo again.
 */
class RestartTest {

    @Test
    void firstStartLoadsTheDemoAndARestartKeepsEverything() throws Exception {
        Path dataDir = Files.createTempDirectory("hearth-restart").resolve("pgdata");
        try {
            int agencies;
            try (ConfigurableApplicationContext first = start(dataDir)) {
                Partnerships partnerships = first.getBean(Partnerships.class);
                List<StaffUser> demoUsers = first.getBean(StaffUsers.class).all();
                assertThat(partnerships.current()).hasValueSatisfying(p -> assertThat(p.name()).contains("Northfield"));
                assertThat(partnerships.agencies()).noneMatch(a -> a.name().equals("Added Before Restart"));
                assertThat(demoUsers).extracting(StaffUser::username)
                        .contains("admin", "coordinator", "hub", "idva", "idva2", "programme", "police", "analyst",
                                "disclosure", "governance", "governance2", "refuge");
                assertThat(demoUsers).allMatch(StaffUser::demo);
                // the programme provider's account works for the agency that runs the demo's programmes, and they
                // hold referrals it can see
                assertThat(first.getBean(JdbcClient.class).sql("""
                        SELECT count(*) FROM programme_referral r JOIN perpetrator_programme p ON p.id = r.programme_id
                        JOIN staff_user u ON u.agency_id = p.agency_id AND u.username = 'programme'
                        WHERE r.status IN ('REFERRED', 'WAITING', 'STARTED')""").query(Integer.class).single())
                        .as("open referrals the programme account sees").isPositive();
                ServiceDirectory directory = first.getBean(ServiceDirectory.class);
                ReviewSummary reviews = directory.reviewSummary(directory.today());
                assertThat(reviews.published()).isGreaterThanOrEqualTo(15);
                assertThat(reviews.overdue()).as("demo services overdue for review").isEqualTo(2);
                Bvpi225Assessments bvpi225 = first.getBean(Bvpi225Assessments.class);
                assertThat(bvpi225.reportedHistory()).extracting(a -> a.period() + " " + a.score().percent() + "%")
                        .containsExactly("2005/06 64%", "2006/07 82%");
                assertThat(bvpi225.periods().get(0).status()).as("a current draft").isEqualTo(Bvpi225Status.DRAFT);
                StrategyOverview strategy = first.getBean(StrategyStatus.class).current(bvpi225.today()).orElseThrow();
                assertThat(strategy.title()).startsWith("Northfield Domestic Abuse Inter-Agency Strategy");
                assertThat(strategy.objectives()).hasSize(12);
                assertThat(strategy.objectives()).filteredOn(o -> o.previousStatus() != null).hasSize(3);
                assertThat(strategy.overdueActions()).as("demo actions overdue").isEqualTo(2);
                assertThat(bvpi225.periods().get(0).answer(4).yes()).as("the draft accepts item 4 from the strategy")
                        .isTrue();
                assertThat(first.getBean(PartnershipChecklist.class).runs()).hasSize(1);
                JdbcClient jdbc = first.getBean(JdbcClient.class);
                assertThat(jdbc.sql("""
                        SELECT count(DISTINCT route) * 100 + count(*) FILTER (WHERE closed_on IS NULL)
                        FROM disclosure_application""").query(Integer.class).single())
                        .as("Clare's Law: both routes, and some open").isGreaterThan(200);
                // housing: sanctuary referrals open and closed, refuge referrals with every outcome, a stay in refuge
                assertThat(jdbc.sql("SELECT count(DISTINCT coalesce(outcome, 'OPEN')) FROM sanctuary_referral")
                        .query(Integer.class).single()).as("sanctuary: open and three outcomes").isEqualTo(4);
                assertThat(jdbc.sql("SELECT count(DISTINCT coalesce(outcome, 'WAITING')) FROM refuge_referral")
                        .query(Integer.class).single()).as("refuge: waiting and five outcomes").isEqualTo(6);
                assertThat(jdbc.sql("""
                        SELECT count(*) FROM person_address a JOIN refuge_referral r ON r.id = a.refuge_stay_id
                        WHERE a.in_refuge AND a.confidential AND a.line1 IS NULL AND a.to_date IS NULL""")
                        .query(Integer.class).single()).as("current stays in refuge").isPositive();
                assertThat(jdbc.sql("SELECT count(*) FROM sanctuary_job WHERE fitted_on IS NULL")
                        .query(Integer.class).single()).as("open sanctuary jobs").isPositive();
                assertThat(jdbc.sql("SELECT count(*) FROM staff_user WHERE username = 'refuge'")
                        .query(Integer.class).single()).isEqualTo(1);
                assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE source = 'IMPORT'").query(Integer.class).single())
                        .isEqualTo(600);
                assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE source = 'WEB'").query(Integer.class).single())
                        .isEqualTo(150);
                double repeatShare = jdbc.sql("""
                        SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM referral o WHERE o.victim_id = r.victim_id
                            AND o.received_on < r.received_on AND o.received_on >= r.received_on - 365) THEN 1.0 ELSE 0 END)
                        FROM referral r""").query(Double.class).single();
                assertThat(repeatShare).as("share of incidents with an earlier one in 12 months").isBetween(0.2, 0.5);
                double childrenShare = jdbc.sql("""
                        SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM referral_child c WHERE c.referral_id = r.id AND c.present)
                            THEN 1.0 ELSE 0 END) FROM referral r""").query(Double.class).single();
                assertThat(childrenShare).as("share of incidents with children present").isBetween(0.2, 0.45);
                // the demo's referrals to MARAC go to the MARAC of the victim's area, never a default one
                assertThat(jdbc.sql("""
                        SELECT count(*) FROM marac_referral m JOIN referral r ON r.id = m.referral_id
                        WHERE r.area_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM marac_area a
                            WHERE a.marac_id = m.marac_id AND a.area_id = r.area_id)""").query(Integer.class).single())
                        .as("MARAC referrals away from the victim's area").isZero();
                assertThat(jdbc.sql("SELECT count(DISTINCT marac_id) FROM marac_referral").query(Integer.class).single())
                        .as("every demo MARAC has referrals").isEqualTo(jdbc.sql("SELECT count(*) FROM marac")
                                .query(Integer.class).single());
                // Operation Encompass and GP practices: schools, children's schools, notifications (a few late, a few
                // not acknowledged), and the demo key adults linked to their establishment
                assertThat(jdbc.sql("SELECT count(*) FROM school").query(Integer.class).single()).isGreaterThan(30);
                assertThat(jdbc.sql("SELECT count(*) FROM child_school").query(Integer.class).single()).isPositive();
                assertThat(jdbc.sql("SELECT count(*) FROM encompass_notification").query(Integer.class).single())
                        .isPositive();
                assertThat(jdbc.sql("SELECT count(*) FROM encompass_notification WHERE acknowledged_at > due_at")
                        .query(Integer.class).single()).as("a few late").isPositive();
                assertThat(jdbc.sql("SELECT count(*) FROM gp_notification").query(Integer.class).single()).isPositive();
                assertThat(jdbc.sql("""
                        SELECT count(*) FROM staff_user u WHERE u.username IN ('school', 'practice') AND (EXISTS (SELECT 1 FROM
                            establishment_contact c WHERE c.user_id = u.id) OR EXISTS (SELECT 1 FROM gp_practice_contact g
                            WHERE g.user_id = u.id))""").query(Integer.class).single()).isEqualTo(2);
                assertThat(jdbc.sql("SELECT count(*) FROM marac_referral WHERE 'VISIBLE_HIGH_RISK' = ANY(criteria)")
                        .query(Integer.class).single()).as("visible high risk among the demo's referrals").isPositive();
                // one case transferred out to a partner MARAC and one received from it, listed with its origin
                assertThat(jdbc.sql("SELECT direction FROM marac_transfer ORDER BY direction").query(String.class)
                        .list()).containsExactly("IN", "OUT");
                assertThat(jdbc.sql("""
                        SELECT count(*) FROM marac_referral r JOIN marac_transfer t ON t.marac_referral_id = r.id
                        WHERE t.direction = 'IN' AND r.source = 'TRANSFER' AND r.meeting_id IS NOT NULL""")
                        .query(Integer.class).single()).as("the transfer in, on an agenda").isOne();
                // a finished SafeLives return: every area has its women aged 16+, and each MARAC discussed cases in
                // the last complete quarter (this test loads a tenth of the demo's referrals, so the yearly volume
                // per 10,000 women aged 16+ is a tenth of the full demo's too)
                org.hearth.marac.Quarter last = org.hearth.marac.Quarter.containing(
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))).previous();
                assertThat(jdbc.sql("SELECT count(*) FROM area a WHERE NOT EXISTS (SELECT 1 FROM marac_area_women w "
                        + "WHERE w.area_id = a.id)").query(Integer.class).single()).as("areas without women 16+").isZero();
                assertThat(jdbc.sql("SELECT count(DISTINCT marac_id) FROM marac_case_discussed "
                        + "WHERE meets_on BETWEEN ? AND ?").params(last.from(), last.to()).query(Integer.class).single())
                        .as("MARACs with cases in the last complete quarter")
                        .isEqualTo(jdbc.sql("SELECT count(*) FROM marac").query(Integer.class).single());
                double perTenThousand = jdbc.sql("SELECT count(*) * 10000.0 / (SELECT sum(women_16_plus) "
                        + "FROM marac_area_women) FROM marac_case_discussed WHERE meets_on > ? AND meets_on <= ?")
                        .params(last.to().minusYears(1), last.to()).query(Double.class).single();
                assertThat(perTenThousand).as("cases a year per 10,000 women aged 16+").isBetween(1.0, 12.0);
                // past MARAC meetings were held: attendance, minutes, actions done, open and overdue
                assertThat(jdbc.sql("SELECT count(*) FROM marac_attendance").query(Integer.class).single())
                        .as("attendance at the demo's past MARACs").isPositive();
                assertThat(jdbc.sql("SELECT count(*) FROM marac_case WHERE minutes IS NOT NULL")
                        .query(Integer.class).single()).as("minutes of the demo's MARAC cases").isPositive();
                assertThat(jdbc.sql("SELECT count(*) FROM marac_action WHERE closed_at IS NOT NULL")
                        .query(Integer.class).single()).as("demo MARAC actions done").isPositive();
                assertThat(jdbc.sql("SELECT count(*) FROM marac_action WHERE closed_at IS NULL AND due_on < current_date")
                        .query(Integer.class).single()).as("demo MARAC actions overdue").isPositive();
                // research in every state: returned on time, returned late, never returned at a meeting held; on
                // the published next agendas, requested (not yet due) and overdue (due, not returned)
                assertThat(jdbc.sql("""
                        SELECT count(DISTINCT CASE
                            WHEN t.returned_at IS NOT NULL AND (t.returned_at AT TIME ZONE 'Europe/London')::date <= t.due_on
                                THEN 'on time'
                            WHEN t.returned_at IS NOT NULL THEN 'late'
                            WHEN t.due_on >= current_date THEN 'requested'
                            WHEN m.held_at IS NULL THEN 'overdue'
                            ELSE 'never returned' END)
                        FROM marac_research t JOIN marac_meeting m ON m.id = t.meeting_id""").query(Integer.class)
                        .single()).as("demo MARAC research states").isEqualTo(5);
                // police actions varied, most done: not dozens of one text, nearly all overdue
                assertThat(jdbc.sql("""
                        SELECT count(DISTINCT a.description) FROM marac_action a JOIN staff_user u
                        ON u.agency_id = a.owner_agency_id AND u.username = 'police'""").query(Integer.class).single())
                        .as("different police MARAC actions").isGreaterThanOrEqualTo(5);
                assertThat(jdbc.sql("""
                        SELECT count(*) FILTER (WHERE a.closed_at IS NULL AND a.due_on < current_date) * 100
                               / greatest(count(*), 1)
                        FROM marac_action a JOIN staff_user u ON u.agency_id = a.owner_agency_id AND u.username = 'police'""")
                        .query(Integer.class).single()).as("% of police MARAC actions overdue").isBetween(1, 25);
                assertThat(jdbc.sql("""
                        SELECT count(*) FROM marac_research t JOIN marac_meeting m ON m.id = t.meeting_id
                        WHERE m.held_at IS NULL AND NOT EXISTS (SELECT 1 FROM person_access_grant g
                            WHERE g.ground = 'MARAC_RESEARCH' AND g.basis_id = m.id::text)""").query(Integer.class)
                        .single()).as("research on a published agenda whose representatives hold no grant").isZero();
                assertThat(jdbc.sql("""
                        SELECT count(*) FROM marac_action a WHERE a.closed_at IS NULL AND NOT EXISTS (
                            SELECT 1 FROM person_access_grant g WHERE g.ground = 'MARAC_ACTION'
                              AND g.basis_id = a.id::text)""").query(Integer.class).single())
                        .as("open demo MARAC actions whose owner holds no grant").isZero();
                // casework: an IDVA case for each victim referred to MARAC, the open ones with the worker's grant
                assertThat(jdbc.sql("SELECT count(*) FROM casework_case").query(Integer.class).single())
                        .isPositive()
                        .isEqualTo(jdbc.sql("SELECT count(DISTINCT victim_id) FROM marac_referral").query(Integer.class).single());
                assertThat(jdbc.sql("""
                        SELECT count(*) FROM casework_case c WHERE c.status = 'OPEN' AND NOT EXISTS (
                            SELECT 1 FROM person_access_grant g WHERE g.person_id = c.person_id AND g.user_id = c.worker_id
                              AND g.scope = 'SAFE_CONTACT' AND g.basis_kind = 'casework-case')""").query(Integer.class).single())
                        .as("open demo cases whose worker holds no grant").isZero();
                // protective orders on demo people: some ending within their type's warning, some breached
                assertThat(jdbc.sql("SELECT count(*) FROM protective_order").query(Integer.class).single())
                        .isGreaterThanOrEqualTo(20);
                assertThat(jdbc.sql("""
                        SELECT count(*) FROM protective_order o JOIN order_type t ON t.code = o.type_code
                        WHERE o.ends_on >= current_date AND o.ends_on - t.warning_days <= current_date""")
                        .query(Integer.class).single()).as("demo orders ending soon").isPositive();
                assertThat(jdbc.sql("SELECT count(DISTINCT order_id) FROM order_breach").query(Integer.class).single())
                        .as("demo orders breached").isPositive();
                // the daily hub: a meeting per area and working day of the last year, with cases and actions (the
                // full demo, 10 times larger, lands near 3,700 cases a year: the order of Leeds' 3,000+)
                assertThat(jdbc.sql("SELECT count(DISTINCT meets_on) FROM hub_meeting").query(Integer.class).single())
                        .as("working days with a meeting").isBetween(240, 256);
                int hubCases = jdbc.sql("SELECT count(DISTINCT referral_id) FROM hub_case").query(Integer.class).single();
                assertThat(hubCases).as("hub cases in a year, from 750 referrals").isBetween(200, 500);
                assertThat(jdbc.sql("SELECT count(*) FROM hub_action").query(Integer.class).single())
                        .isGreaterThan(hubCases);
                assertThat(jdbc.sql("SELECT count(*) FROM hub_case WHERE carried_over").query(Integer.class).single())
                        .as("cases carried over").isPositive();
                demoStructures(first.getBean(org.hearth.partnership.Structures.class), bvpi225);
                partnerships.createAgency(new AgencyDetails("Added Before Restart", Sector.OTHER, false, null, true));
                agencies = partnerships.agencies().size();
            }
            try (ConfigurableApplicationContext second = start(dataDir)) {
                Partnerships partnerships = second.getBean(Partnerships.class);
                assertThat(partnerships.agencies()).hasSize(agencies)
                        .anyMatch(a -> a.name().equals("Added Before Restart"));
                assertThat(second.getBean(StaffUsers.class).all()).hasSize(14);
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir.getParent());
        }
    }

    /** Northfield's groups: all the kinds, a forum an agency drifted away from, and BVPI 225 item 5 proposed yes. */
    private static void demoStructures(org.hearth.partnership.Structures structures, Bvpi225Assessments bvpi225) {
        var groups = structures.groups();
        assertThat(groups).extracting(org.hearth.partnership.PartnershipGroup::kind)
                .containsOnlyOnce(org.hearth.partnership.GroupKind.STRATEGIC_BOARD, org.hearth.partnership.GroupKind.FORUM)
                .contains(org.hearth.partnership.GroupKind.OPERATIONAL_GROUP,
                        org.hearth.partnership.GroupKind.MARAC_STEERING_GROUP, org.hearth.partnership.GroupKind.SUB_GROUP);
        var forum = groups.stream().filter(g -> g.kind() == org.hearth.partnership.GroupKind.FORUM).findFirst().orElseThrow();
        var today = structures.today();
        assertThat(org.hearth.partnership.AttendanceByAgency.of(structures.meetings(forum.id()), today, 8).drifted())
                .as("an agency drifted away from the forum").isNotEmpty();
        var yearStart = java.time.LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
        if (today.isAfter(yearStart.plusDays(31))) { // four meetings need the year to be a month old
            assertThat(bvpi225.proposals(today).get(4).yes()).as("item 5: the forum met 4 times").isTrue();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // arguments, not builder properties: those are defaults that application.yml would override
        return new SpringApplicationBuilder(HearthApplication.class)
                .run("--hearth.embedded-db.data-dir=" + dataDir, "--hearth.demo.enabled=true", "--server.port=0",
                        "--hearth.demo.police-incidents=600", "--hearth.demo.agency-referrals=150",
                        "--hearth.warm-up.enabled=false");
    }
}
