package org.hearth.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.ApiClients;
import org.hearth.access.ApiScope;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.commissioning.SafeAccommodationReturn.Line;
import org.hearth.partnership.AgencyId;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The safe accommodation duty's figures against a hand-built set of refuge and sanctuary records in financial year
 * 1975-76 (no other test uses it), with records either side of the year that must not count.
 */
@HearthIntegrationTest
class SafeAccommodationTest {

    static final FinancialYear YEAR = new FinancialYear(1975);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SafeAccommodation safeAccommodation;
    @Autowired
    Budgets budgets;
    @Autowired
    ApiClients apiClients;
    @Autowired
    JdbcClient jdbc;

    static boolean loaded;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    @BeforeEach
    synchronized void handBuiltYear() {
        if (loaded) {
            return;
        }
        // an agency first: it makes the partnership when no other test has
        UUID agency = fixtures.agency(Fixtures.uniqueName("Referrer ")).id().value();
        UUID area = UUID.randomUUID();
        jdbc.sql("INSERT INTO area (id, partnership_id, name) VALUES (?, (SELECT id FROM partnership LIMIT 1), ?)")
                .params(area, Fixtures.uniqueName("Safe Area ")).update();
        UUID local = provider(Fixtures.uniqueName("Local refuge "), area, null);
        UUID away = provider(Fixtures.uniqueName("Distant refuge "), null, "Elsewhere");
        LocalDate in = LocalDate.of(1975, 6, 1);
        // 18 accepted (12 in the area, 8 of them moved in; 6 elsewhere), 7 no space, 3 declined (risk), 2 not
        // suitable (older son), 1 awaiting: 31; 10 with children, 2 with no recourse to public funds
        for (int i = 0; i < 12; i++) {
            refuge(agency, local, area, in, "ACCEPTED", null, i < 8 ? in.plusDays(10) : null, i < 10 ? 2 : 0, false);
        }
        for (int i = 0; i < 6; i++) {
            refuge(agency, away, area, in, "ACCEPTED", null, null, 0, false);
        }
        for (int i = 0; i < 7; i++) {
            refuge(agency, local, area, in, "NO_SPACE", null, null, 0, i < 2);
        }
        for (int i = 0; i < 3; i++) {
            refuge(agency, local, area, in, "DECLINED_BY_REFUGE", "RISK_TOO_HIGH", null, 0, false);
        }
        for (int i = 0; i < 2; i++) {
            refuge(agency, local, area, in, "NOT_SUITABLE", "OLDER_SON", null, 0, false);
        }
        refuge(agency, local, area, in, null, null, null, 0, false);
        // either side of the year: not referrals of the year, but one moved in during it
        refuge(agency, local, area, LocalDate.of(1975, 3, 31), "ACCEPTED", null, LocalDate.of(1975, 4, 1), 0, false);
        refuge(agency, local, area, LocalDate.of(1976, 4, 1), "NO_SPACE", null, null, 0, false);

        // sanctuary: 5 referrals; 6 measures fitted in 4 homes at £100 each; a cancelled job and one fitted the
        // year before do not count; 5 closed, stayed safely
        for (int i = 0; i < 5; i++) {
            UUID s = sanctuary(agency, area, in, i < 5 ? in.plusMonths(4) : null);
            if (i < 4) {
                job(s, agency, in.plusDays(20), false);
            }
            if (i < 2) {
                job(s, agency, in.plusDays(21), false);
            }
            if (i == 4) {
                job(s, agency, in.plusDays(22), true);
            }
        }
        UUID before = sanctuary(agency, area, LocalDate.of(1975, 1, 5), null);
        job(before, agency, LocalDate.of(1975, 2, 1), false);

        // the year's money is this test's alone: anything another test (or the input fuzzer) put in 1975-76 goes
        for (String table : List.of("commissioning_spend", "commissioning_contribution")) {
            jdbc.sql("DELETE FROM " + table + " WHERE budget_id IN (SELECT id FROM commissioning_budget WHERE year = ?)")
                    .param(YEAR.start()).update();
        }
        jdbc.sql("DELETE FROM commissioning_budget WHERE year = ?").param(YEAR.start()).update();
        actAs(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR).user());
        AgencyId council = fixtures.agency(Fixtures.uniqueName("Council ")).id();
        budgets.setBudget(YEAR, "REFUGE", 5_000_000L);
        budgets.contribute(YEAR, "REFUGE", council, 4_000_000L, ContributionStatus.COMMITTED, "Part 4 grant");
        budgets.recordSpend(YEAR, "REFUGE", 1, 1_000_000L, null);
        budgets.setBudget(YEAR, "IDVA", 9_000_000L);
        signOut();
        loaded = true;
    }

    private UUID person() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Test', ?, ?)")
                .params(id, Fixtures.uniqueName("Person "), UUID.randomUUID()).update();
        return id;
    }

    private UUID provider(String name, UUID area, String elsewhere) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO refuge_provider (id, name, area_id, elsewhere, places) VALUES (?, ?, ?, ?, 10)")
                .params(id, name, area, elsewhere).update();
        return id;
    }

    private void refuge(UUID agency, UUID provider, UUID area, LocalDate on, String outcome, String reason,
            LocalDate movedIn, int children, boolean nrpf) {
        jdbc.sql("""
                INSERT INTO refuge_referral (id, reference, person_id, provider_id, area_id, referred_on,
                    referring_agency_id, referred_by, children, nrpf, outcome, outcome_reason, outcome_on, moved_in_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), Fixtures.uniqueName("SAT-R-"), person(), provider, area, on, agency,
                        UUID.randomUUID(), children, nrpf, outcome, reason, outcome == null ? null : on.plusDays(2),
                        movedIn).update();
    }

    private UUID sanctuary(UUID agency, UUID area, LocalDate on, LocalDate closedOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO sanctuary_referral (id, reference, person_id, area_id, referred_on, address_line1, town,
                    postcode, victim_chooses, perpetrator_absent, tenure, referring_agency_id, referred_by,
                    coordinator_id, outcome, closed_on, followed_up_on)
                VALUES (?, ?, ?, ?, ?, '1 Test Street', 'Testtown', 'TE1 1ST', true, true, 'OWNER', ?, ?, ?, ?, ?, ?)""")
                .params(id, Fixtures.uniqueName("SAT-S-"), person(), area, on, agency, UUID.randomUUID(),
                        UUID.randomUUID(), closedOn == null ? null : "STAYED_SAFELY", closedOn, closedOn).update();
        return id;
    }

    private void job(UUID referral, UUID contractor, LocalDate fitted, boolean cancelled) {
        jdbc.sql("""
                INSERT INTO sanctuary_job (id, referral_id, reference, measure, contractor_id, booked_on, cost_pence,
                    fitted_on, cancelled) VALUES (?, ?, ?, 'LOCKS', ?, ?, 10000, ?, ?)""")
                .params(UUID.randomUUID(), referral, Fixtures.uniqueName("SAT-J-"), contractor, fitted.minusDays(5),
                        fitted, cancelled).update();
    }

    private static String text(List<Line> lines, String key) {
        return line(lines, key).value().text();
    }

    private static Line line(List<Line> lines, String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theNeedsAssessmentCountsTheYearsRecordsSuppressed() {
        SafeAccommodationReturn r = safeAccommodation.year(YEAR);
        assertThat(r.to()).isEqualTo(LocalDate.of(1976, 3, 31));
        assertThat(text(r.refuge(), "refuge-referrals")).isEqualTo("31");
        assertThat(text(r.refuge(), "refuge-moved-in")).as("8 of the year's and one referred the year before")
                .isEqualTo("9");
        assertThat(text(r.refuge(), "refuge-out-of-area")).isEqualTo("6");
        assertThat(line(r.refuge(), "refuge-out-of-area").share().text()).as("6 of 18 accepted").isEqualTo("33.3%");

        assertThat(r.outcomes()).extracting(l -> l.value().text())
                .as("accepted, no space, declined, declined by victim, not suitable, awaiting: 3, 2 and 1 are "
                        + "small and add up to 6, so the next smallest (7) is hidden too")
                .containsExactly("18", "[c]", "<5", "0", "<5", "<5");
        assertThat(line(r.outcomes(), "outcome-accepted").share().text()).isEqualTo("58.1%");
        assertThat(line(r.outcomes(), "outcome-no-space").share().text()).isEqualTo("[c]");
        assertThat(text(r.declined(), "declined-risk-too-high")).isEqualTo("<5");
        assertThat(text(r.declined(), "declined-older-son")).isEqualTo("<5");
        assertThat(text(r.declined(), "declined-substance-use")).as("a zero beside only hidden counts")
                .isEqualTo("[c]");
        assertThat(line(r.needs(), "need-children").share().text()).isEqualTo("32.3%");
        assertThat(text(r.needs(), "need-children")).isEqualTo("10");
        assertThat(text(r.needs(), "need-nrpf")).isEqualTo("<5");
        assertThat(line(r.needs(), "need-nrpf").share().text()).isEqualTo("[c]");

        assertThat(text(r.sanctuary(), "sanctuary-referrals")).isEqualTo("5");
        assertThat(text(r.sanctuary(), "sanctuary-measures")).isEqualTo("6");
        assertThat(text(r.sanctuary(), "sanctuary-homes-fitted")).isEqualTo("<5");
        assertThat(text(r.sanctuary(), "sanctuary-cost")).isEqualTo("£600");
        assertThat(text(r.sanctuaryOutcomes(), "sanctuary-stayed-safely")).isEqualTo("5");
    }

    @Test
    void theAnnualReturnNeverGivesAHiddenCountAwayBySubtraction() {
        SafeAccommodationReturn r = safeAccommodation.year(YEAR);
        assertThat(text(r.annualReturn(), "return-households-refuge")).isEqualTo("9");
        assertThat(text(r.annualReturn(), "return-not-accommodated"))
                .as("no space (hidden) + declined + not suitable: 12, hidden as no space is").isEqualTo("[c]");
        assertThat(text(r.annualReturn(), "return-no-space")).isEqualTo("[c]");
        assertThat(text(r.annualReturn(), "return-budget")).as("refuge only: IDVA is not safe accommodation")
                .isEqualTo("£50,000");
        assertThat(text(r.annualReturn(), "return-committed")).isEqualTo("£40,000");
        assertThat(text(r.annualReturn(), "return-spent")).isEqualTo("£10,000");
        assertThat(r.streams()).extracting(b -> b.stream().code()).containsExactly("REFUGE");
        assertThat(safeAccommodation.year(new FinancialYear(1974)).refuge().get(0).value().text())
                .as("the referral of 31 March 1975 is the year before's").isEqualTo("<5");
    }

    @Test
    void coordinatorsAndAnalystsReadThePageAndOthersAreRefused() {
        WebSession coordinator = new WebSession(port);
        coordinator.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        Page page = coordinator.open("/commissioning/safe-accommodation?year=1975-76");
        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("h1").text()).isEqualTo("Safe accommodation duty 1975-76");
        assertThat(html.select("#period").text()).contains("1 April 1975", "31 March 1976");
        assertThat(html.select("#refuge tr[data-key=refuge-referrals] td").text()).as("the count, then no share")
                .isEqualTo("31 –");
        assertThat(html.select("#outcomes tr[data-key=outcome-no-space] td").text()).isEqualTo("[c] [c]");
        assertThat(html.select("#annual-return tr[data-key=return-spent] td").text()).isEqualTo("£10,000");
        assertThat(html.select("#safe-spend").text()).contains("Refuge", "£50,000").doesNotContain("IDVA");
        assertThat(coordinator.open("/commissioning/costs?year=1975-76").html().select("#safe-accommodation-link")
                .attr("href")).isEqualTo("/commissioning/safe-accommodation?year=1975-76");

        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(analyst.open("/commissioning/safe-accommodation?year=1975-76").status()).isEqualTo(200);
        Page json = analyst.open("/api/commissioning/safe-accommodation/1975-76");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains("\"key\":\"refuge-referrals\"", "\"text\":\"31\"", "\"spentPence\":1000000");

        WebSession practitioner = new WebSession(port);
        practitioner.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        assertThat(practitioner.open("/commissioning/safe-accommodation").status()).isEqualTo(403);
        assertThat(practitioner.open("/api/commissioning/safe-accommodation/1975-76").status()).isEqualTo(403);
    }

    @Test
    void aFinanceSystemWithTheReadScopeReadsTheFiguresAndNoOtherDoes() {
        actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        AgencyId finance = fixtures.agency(Fixtures.uniqueName("Finance ")).id();
        String reader = apiClients.create(Fixtures.uniqueName("Return reader"), finance,
                Set.of(ApiScope.COMMISSIONING_READ)).token();
        String other = apiClients.create(Fixtures.uniqueName("Spend writer"), finance,
                Set.of(ApiScope.COMMISSIONING_SPEND_WRITE)).token();
        signOut();
        assertThat(api(reader, "/api/commissioning/safe-accommodation/1975-76").status()).isEqualTo(200);
        assertThat(api(reader, "/api/commissioning/safe-accommodation/1975-76").body())
                .contains("\"key\":\"return-households-refuge\"");
        assertThat(api(other, "/api/commissioning/safe-accommodation/1975-76").status()).isEqualTo(403);
        assertThat(api(reader, "/api/commissioning/safe-accommodation/1975").status()).isEqualTo(404);
    }

    private Page api(String token, String path) {
        WebSession web = new WebSession(port);
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json").GET());
    }
}
