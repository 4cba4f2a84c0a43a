package org.hearth.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.insights.Headline;
import org.hearth.insights.IndicatorSource;
import org.hearth.insights.Section;
import org.hearth.insights.Table;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
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
 * Sanctuary and refuge: who sees the home's address (the coordinator, the surveyor, the referring worker; a contractor
 * on an open job sheet with no names; never an agency without a ground), the landlord consent before works, the
 * refuge address guard in free text, who learns the refuge provider, grants ended with the work, and the figures.
 */
@HearthIntegrationTest
class HousingTest {

    private static final String LINE1 = "14 Quarry Bank Road";
    private static final String POSTCODE = "LS6 2QX";

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Housing housing;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    List<org.hearth.strategy.Bvpi225Evidence> evidence;
    @LocalServerPort
    int port;

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

    private UUID person(String given, String family) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, family, UUID.randomUUID()).update();
        return id;
    }

    private UUID area() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO area (id, partnership_id, name, population) "
                + "VALUES (?, (SELECT id FROM partnership LIMIT 1), ?, 100000)")
                .params(id, Fixtures.uniqueName("Housing Area ")).update();
        return id;
    }

    /** The cast: a referring IDVA and a colleague (agency A), a coordinator, a police surveyor, a contractor, a stranger. */
    private record Cast(UUID person, String family, TestUser referrer, TestUser colleague, TestUser coordinator,
            TestUser surveyor, TestUser contractor, TestUser stranger, AgencyId contractorAgency) {
    }

    private Cast cast() {
        String family = Fixtures.uniqueName("Sanctuary");
        UUID person = person("Hana", family);
        String idva = Fixtures.uniqueName("Housing IDVA ");
        fixtures.grant(person, fixtures.agency(idva).id().value(), "RECORDED");
        String contractor = Fixtures.uniqueName("Housing Locksmiths ");
        return new Cast(person, family, fixtures.enrolledUserAt(idva, Role.PRACTITIONER),
                fixtures.enrolledUserAt(idva, Role.PRACTITIONER),
                fixtures.enrolledUserAt(Fixtures.uniqueName("Housing Council "), Role.PRACTITIONER),
                fixtures.enrolledUserAt(Fixtures.uniqueName("Housing Police "), Role.PRACTITIONER),
                fixtures.enrolledUserAt(contractor, Role.AGENCY_REPRESENTATIVE),
                fixtures.enrolledUserAt(Fixtures.uniqueName("Housing Stranger "), Role.PRACTITIONER),
                fixtures.agency(contractor).id());
    }

    private NewSanctuary home(Cast c, Tenure tenure, LocalDate consent, UUID area) {
        return new NewSanctuary(LocalDate.now().minusDays(30), area, LINE1, null, "Leeds", POSTCODE, true, true,
                tenure, consent, true, c.coordinator().user().id(), c.surveyor().user().id());
    }

    @Test
    void theHomeAddressShowsOnlyToTheCoordinatorTheSurveyorAndTheReferrerAndAContractorSeesAJobWithNoNames() {
        Cast c = cast();
        PersonId person = new PersonId(c.person());
        actAs(c.referrer().user());
        Sanctuary s = housing.refer(person, home(c, Tenure.OWNER, null, null));
        assertThat(s.address()).contains(LINE1).contains(POSTCODE);
        SanctuaryJobId job = housing.addJob(s.id(), new NewJob(Measure.LOCKS, "Two deadlocks", c.contractorAgency(),
                LocalDate.now().minusDays(20), 24550L));
        signOut();

        // the coordinator and the surveyor were granted the record and see the address
        for (TestUser named : List.of(c.coordinator(), c.surveyor())) {
            actAs(named.user());
            assertThat(housing.sanctuary(s.id())).get().extracting(Sanctuary::address).asString().contains(LINE1);
            signOut();
        }
        // a colleague of the referrer's agency holds a ground: sees the referral, not the address
        actAs(c.colleague().user());
        Sanctuary seen = housing.sanctuary(s.id()).orElseThrow();
        assertThat(seen.address()).isNull();
        assertThat(seen.mayManage()).isFalse();
        assertThatThrownBy(() -> housing.recordSurvey(s.id(), LocalDate.now(), "Survey", false))
                .isInstanceOf(AccessDeniedException.class);
        signOut();
        // the API answers the same: the address for the referrer, none for the colleague, nothing for a stranger
        String api = "/api/housing/people/" + c.person() + "/referrals";
        WebSession referrerWeb = new WebSession(port);
        referrerWeb.signIn(c.referrer());
        assertThat(referrerWeb.get(api).body()).contains(LINE1);
        WebSession colleagueWeb = new WebSession(port);
        colleagueWeb.signIn(c.colleague());
        Page colleagues = colleagueWeb.get(api);
        assertThat(colleagues.status()).isEqualTo(200);
        assertThat(colleagues.body()).contains(s.reference()).doesNotContain(LINE1).doesNotContain(POSTCODE);
        WebSession strangerWeb = new WebSession(port);
        strangerWeb.signIn(c.stranger());
        Page strangers = strangerWeb.get(api);
        assertThat(strangers.status()).isEqualTo(403);
        assertThat(strangers.body()).doesNotContain(s.reference());
        // an agency that is not involved learns nothing, not even that there is a referral
        actAs(c.stranger().user());
        assertThatThrownBy(() -> housing.sanctuary(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> housing.sanctuaryFor(person)).isInstanceOf(AccessDeniedException.class);
        assertThat(housing.contractorJobs()).isEmpty();
        assertThat(housing.jobSheet(job)).isEmpty();
        signOut();

        // the contractor: the job sheet with the address, the measure and whom to call; no name, no reason, no risk
        actAs(c.contractor().user());
        assertThatThrownBy(() -> housing.sanctuary(s.id())).isInstanceOf(AccessDeniedException.class);
        JobSheet sheet = housing.jobSheet(job).orElseThrow();
        assertThat(sheet.address()).contains(LINE1).contains(POSTCODE);
        assertThat(sheet.arrangeAccessWith()).contains(c.coordinator().user().displayName());
        assertThat(housing.contractorJobs()).extracting(JobSheet::id).contains(job);
        signOut();
        WebSession web = new WebSession(port);
        web.signIn(c.contractor());
        Page page = web.get("/housing/jobs/" + job);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(LINE1).doesNotContain(c.family()).doesNotContain("Hana")
                .doesNotContain("High risk").doesNotContain("MARAC");
        assertThat(web.get("/people/" + c.person() + "/housing").status()).isEqualTo(403);

        // fitted: the job leaves the contractor's list and its address goes with it
        actAs(c.referrer().user());
        housing.completeJob(s.id(), job, LocalDate.now().minusDays(10), LocalDate.now().minusDays(10));
        assertThat(housing.sanctuary(s.id()).orElseThrow().followUpDueOn())
                .isEqualTo(LocalDate.now().minusDays(10).plusMonths(3));
        signOut();
        actAs(c.contractor().user());
        assertThat(housing.jobSheet(job)).isEmpty();
        signOut();

        // closed after the follow-up: the coordinator's and surveyor's grants end
        actAs(c.coordinator().user());
        housing.close(s.id(), LocalDate.now(), SanctuaryOutcome.STAYED_SAFELY, null);
        assertThatThrownBy(() -> housing.sanctuary(s.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTenantsHomeGetsNoWorksWithoutTheLandlordsConsentAndNothingIsHalfSaved() {
        Cast c = cast();
        actAs(c.referrer().user());
        Sanctuary s = housing.refer(new PersonId(c.person()), home(c, Tenure.PRIVATE_TENANT, null, null));
        int before = jdbc.sql("SELECT count(*) FROM sanctuary_job").query(Integer.class).single();
        assertThatThrownBy(() -> housing.addJob(s.id(), new NewJob(Measure.DOOR, null, c.contractorAgency(),
                LocalDate.now(), null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("measure")
                                .hasEntrySatisfying("measure", m -> assertThat(m).contains("landlord")));
        assertThat(jdbc.sql("SELECT count(*) FROM sanctuary_job").query(Integer.class).single()).isEqualTo(before);
        housing.recordConsent(s.id(), LocalDate.now().minusDays(1));
        housing.addJob(s.id(), new NewJob(Measure.DOOR, null, c.contractorAgency(), LocalDate.now(), null));
        assertThat(housing.sanctuary(s.id()).orElseThrow().jobs()).hasSize(1);
        // a referral the victim does not choose, or with the perpetrator at home, is refused whole
        int referrals = jdbc.sql("SELECT count(*) FROM sanctuary_referral").query(Integer.class).single();
        assertThatThrownBy(() -> housing.refer(new PersonId(c.person()), new NewSanctuary(LocalDate.now(), null,
                LINE1, null, "Leeds", "not a code", false, false, Tenure.OWNER, null, false,
                c.coordinator().user().id(), null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("postcode", "victimChooses", "perpetratorAbsent"));
        assertThat(jdbc.sql("SELECT count(*) FROM sanctuary_referral").query(Integer.class).single())
                .isEqualTo(referrals);
    }

    private RefugeProvider provider(StaffUserId worker, UUID agency, UUID area) {
        StaffUser admin = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR).user();
        actAs(admin);
        RefugeProvider p = housing.addProvider(new NewProvider(Fixtures.uniqueName("Refuge Trust "), area,
                area == null ? "Elsewhere County" : null, agency, worker, 12, 2, 1, 1));
        housing.reportVacancies(p.id(), 3, LocalDate.now());
        signOut();
        return p;
    }

    @Test
    void aRefugeReferralRefusesAPostcodeAndAsksToConfirmStreetLikeTextAndSavesNothingUntilThen() {
        Cast c = cast();
        RefugeProvider p = provider(null, null, null);
        actAs(c.referrer().user());
        PersonId person = new PersonId(c.person());
        int before = jdbc.sql("SELECT count(*) FROM refuge_referral").query(Integer.class).single();
        assertThatThrownBy(() -> housing.referToRefuge(person, referral(p, "Near the refuge at BD7 1AA", true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(Map.entry("needsNote", AddressText.POSTCODE_MESSAGE)));
        assertThatThrownBy(() -> housing.referToRefuge(person, referral(p, "She was at 12 Acacia Road before", false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(Map.entry("needsNote", AddressText.STREET_MESSAGE)));
        assertThat(jdbc.sql("SELECT count(*) FROM refuge_referral").query(Integer.class).single()).isEqualTo(before);
        RefugeReferral saved = housing.referToRefuge(person, referral(p, "She was at 12 Acacia Road before", true));
        assertThat(saved.needsNote()).contains("Acacia");
        // the outcome's note is guarded too
        assertThatThrownBy(() -> housing.recordOutcome(saved.id(), RefugeOutcome.ACCEPTED, null,
                "Moving to the house at LS1 4AP", true, LocalDate.now()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("note"));
        assertThat(housing.refugeReferral(saved.id()).orElseThrow().outcome()).isNull();
        // a reason goes with declined and not suitable
        assertThatThrownBy(() -> housing.recordOutcome(saved.id(), RefugeOutcome.NOT_SUITABLE, null, null, false,
                LocalDate.now())).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("reason"));
    }

    private static NewRefugeReferral referral(RefugeProvider p, String note, boolean confirmed) {
        return new NewRefugeReferral(p.id(), null, LocalDate.now().minusDays(2), 2, false, false, false, true, note,
                confirmed);
    }

    @Test
    void theRefugeProviderShowsOnlyToTheReferringWorkerAndTheProviderAndItsWorkersGrantEndsWithNoSpace() {
        Cast c = cast();
        String providerAgency = Fixtures.uniqueName("Refuge Provider ");
        TestUser worker = fixtures.enrolledUserAt(providerAgency, Role.PRACTITIONER);
        RefugeProvider p = provider(worker.user().id(), fixtures.agency(providerAgency).id().value(), null);
        PersonId person = new PersonId(c.person());
        actAs(c.referrer().user());
        RefugeReferral r = housing.referToRefuge(person, referral(p, null, false));
        assertThat(r.provider()).isEqualTo(p.name());
        signOut();

        actAs(worker.user());
        assertThat(housing.refugeReferral(r.id()).orElseThrow().provider()).isEqualTo(p.name());
        signOut();
        // the referrer's colleague holds a ground on the person, but does not learn where she went
        actAs(c.colleague().user());
        RefugeReferral seen = housing.refugeReferral(r.id()).orElseThrow();
        assertThat(seen.provider()).isNull();
        assertThat(seen.providerArea()).isNull();
        assertThatThrownBy(() -> housing.recordOutcome(r.id(), RefugeOutcome.ACCEPTED, null, null, false,
                LocalDate.now())).isInstanceOf(AccessDeniedException.class);
        signOut();
        actAs(c.stranger().user());
        assertThatThrownBy(() -> housing.refugeReferral(r.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> housing.refugeFor(person)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> housing.reportVacancies(p.id(), 1, LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
        signOut();

        // the provider: no space; its worker's grant on the person ends
        actAs(worker.user());
        housing.recordOutcome(r.id(), RefugeOutcome.NO_SPACE, null, null, false, LocalDate.now());
        assertThatThrownBy(() -> housing.refugeReferral(r.id())).isInstanceOf(AccessDeniedException.class);
        signOut();
        // the web: the colleague's page says the provider is hidden, and never names it
        WebSession web = new WebSession(port);
        web.signIn(c.colleague());
        Page page = web.get("/housing/refuge/" + r.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(p.name()).contains("Shown only to the referring worker");
        WebSession stranger = new WebSession(port);
        stranger.signIn(c.stranger());
        assertThat(stranger.get("/housing/refuge/" + r.id()).status()).isEqualTo(403);
    }

    @Test
    void theRefugeFormRefusesAPostcodeWithTheReasonAndWarnsOfAStreet() {
        Cast c = cast();
        RefugeProvider p = provider(null, null, null);
        WebSession web = new WebSession(port);
        web.signIn(c.referrer());
        web.get("/people/" + c.person() + "/refuge/new");
        Page refused = web.post("/people/" + c.person() + "/refuge", Map.of("provider", p.id().toString(),
                "referredOn.day", "1", "referredOn.month", "12", "referredOn.year", "2026",
                "needsNote", "Flat 3 by the park"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("This looks like an address");
        assertThat(refused.html().getElementById("notAnAddress")).isNotNull();
        Page postcode = web.post("/people/" + c.person() + "/refuge", Map.of("provider", p.id().toString(),
                "referredOn.day", "1", "referredOn.month", "12", "referredOn.year", "2026",
                "needsNote", "at WF1 2AB", "notAnAddress", "true"));
        assertThat(postcode.status()).isEqualTo(400);
        assertThat(postcode.errorSummary()).contains("Remove the postcode");
    }

    @Test
    void theFiguresCountReferralsByOutcomeAndOutOfAreaPlacementsSuppressingSmallCounts() {
        UUID area = area();
        RefugeProvider elsewhere = provider(null, null, null);
        IndicatorSource source = sources.stream().filter(s -> s.section() == Section.HOUSING).findFirst()
                .orElseThrow();
        Cast c = cast();
        for (int i = 0; i < 6; i++) {
            UUID victim = person("Vic", Fixtures.uniqueName("Figures"));
            fixtures.grant(victim, c.referrer().user().agency().value(), "RECORDED");
            actAs(c.referrer().user());
            RefugeReferral r = housing.referToRefuge(new PersonId(victim), new NewRefugeReferral(elsewhere.id(),
                    area, LocalDate.now().minusDays(3), 1, false, i == 0, false, false, null, false));
            housing.recordOutcome(r.id(), i < 5 ? RefugeOutcome.ACCEPTED : RefugeOutcome.NO_SPACE, null, null, false,
                    LocalDate.now());
            signOut();
        }
        IndicatorSource.Figures f = source.figures(LocalDate.now().minusDays(10), LocalDate.now(), area);
        assertThat(f.headlines()).filteredOn(h -> h.id().equals("refuge-referrals")).singleElement()
                .extracting(h -> h.value().text()).isEqualTo("6");
        assertThat(f.headlines()).filteredOn(h -> h.id().equals("refuge-out-of-area")).singleElement()
                .extracting(h -> h.value().text()).isEqualTo("5");
        assertThat(f.headlines()).extracting(Headline::section).containsOnly("HOUSING");
        Table outcomes = f.tables().stream().filter(t -> t.id().equals("refuge-by-outcome")).findFirst().orElseThrow();
        // one "no space": a small count, shown as <5, never as 1; and the 5 accepted hidden too, or 6 - 5 would tell
        assertThat(outcomes.rows().get(1).cells().get(0).text()).isEqualTo("<5");
        assertThat(outcomes.rows().get(0).cells().get(0).text()).isEqualTo("[c]");
        Table needs = f.tables().stream().filter(t -> t.id().equals("refuge-by-needs")).findFirst().orElseThrow();
        assertThat(needs.rows()).filteredOn(r -> r.label().equals("Disability")).singleElement()
                .satisfies(r -> assertThat(r.cells().get(0).text()).isEqualTo("<5"));
        // sanctuary activity in the area counts too
        actAs(c.referrer().user());
        housing.refer(new PersonId(c.person()), home(c, Tenure.OWNER, null, area));
        assertThat(source.figures(LocalDate.now().minusDays(40), LocalDate.now(), area).headlines())
                .filteredOn(h -> h.id().equals("sanctuary-referrals")).singleElement()
                .extracting(h -> h.value().text()).isEqualTo("<5");
    }

    @Test
    void sanctuaryActivityInTheLastYearProposesBvpi225Item7() {
        org.hearth.strategy.Bvpi225Evidence item7 = evidence.stream()
                .filter(e -> e.propose(LocalDate.of(1990, 6, 1)).question() == 7).findFirst().orElseThrow();
        assertThat(item7.propose(LocalDate.of(1990, 6, 1)).yes()).isFalse();
        Cast c = cast();
        actAs(c.referrer().user());
        housing.refer(new PersonId(c.person()), home(c, Tenure.OWNER, null, null));
        org.hearth.strategy.Bvpi225Proposal proposal = item7.propose(LocalDate.now());
        assertThat(proposal.yes()).isTrue();
        assertThat(proposal.reasoning()).contains("cannot see how it is promoted");
        assertThat(proposal.workings()).singleElement().asString().contains("sanctuary referral");
    }
}
