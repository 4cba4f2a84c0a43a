package org.hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Perpetrator programmes: a referral's course (assessment, start, sessions, risk, ending) with the partner's worker
 * told only what the issue allows (never the programme's notes), the provider granted the perpetrator's record but
 * never the partner's, the grant ended with the referral, capacity, refusals writing nothing, and an agency not
 * involved refused at every door.
 */
@HearthIntegrationTest
class ProgrammesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseServices services;
    @Autowired
    Casework casework;
    @Autowired
    Programmes programmes;
    @Autowired
    PersonAccess access;
    @Autowired
    List<WorkItems> workItems;
    @Autowired
    List<org.hearth.insights.IndicatorSource> indicators;

    @AfterEach
    void tearDown() {
        CaseworkTest.signOut();
    }

    private UUID person(String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, Fixtures.uniqueName("Programme"), UUID.randomUUID()).update();
        return id;
    }

    private List<WorkList> work() {
        return workItems.stream().flatMap(w -> w.forCurrentUser().stream()).toList();
    }

    private long referrals(UUID perpetrator) {
        return jdbc.sql("SELECT count(*) FROM programme_referral WHERE person_id = ?").param(perpetrator)
                .query(Long.class).single();
    }

    @Test
    void aReferralRunsItsCourseAndThePartnersWorkerIsToldOnlyWhatSheMayKnow() {
        String idvaAgency = Fixtures.uniqueName("Programme IDVA");
        StaffUser manager = fixtures.enrolledUserAt(idvaAgency, Role.PRACTITIONER).user();
        StaffUser worker = fixtures.enrolledUserAt(idvaAgency, Role.PRACTITIONER).user();
        String providerAgency = Fixtures.uniqueName("Programme Provider");
        StaffUser provider = fixtures.enrolledUserAt(providerAgency, Role.PRACTITIONER).user();
        StaffUser referrer = fixtures.enrolledUserAt(Fixtures.uniqueName("Programme Probation"), Role.PRACTITIONER)
                .user();
        StaffUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Programme Stranger"), Role.PRACTITIONER)
                .user();
        CaseworkTest.actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        CaseService s = services.create(fixtures.agency(idvaAgency).id(), null, ServiceKind.IDVA,
                Fixtures.uniqueName("Service "), 2, 60, 80);
        services.setWorker(s.id(), manager.id(), BigDecimal.ONE, true);
        services.setWorker(s.id(), worker.id(), BigDecimal.ONE, false);
        Programme programme = programmes.create(fixtures.agency(providerAgency).id(),
                Fixtures.uniqueName("Building Better Relationships "), true, 1);
        UUID victim = person("Vera");
        UUID perpetrator = person("Pete");
        UUID other = person("Paul");
        fixtures.grant(victim, referrer.agency().value(), "RECORDED");
        fixtures.grant(perpetrator, referrer.agency().value(), "RECORDED");
        fixtures.grant(other, referrer.agency().value(), "RECORDED");
        CaseworkTest.actAs(referrer);
        Case c = casework.refer(new PersonId(victim), s.id(), "High risk", CaseSource.PERSON_PAGE);
        CaseworkTest.actAs(manager);
        casework.allocate(c.id(), worker.id());

        // only administrators add programmes
        CaseworkTest.actAs(referrer);
        assertThatThrownBy(() -> programmes.create(referrer.agency(), "Not mine", false, 10))
                .isInstanceOf(AccessDeniedException.class);

        // refused input writes nothing: the partner is not the perpetrator, a reason is required
        assertThatThrownBy(() -> programmes.refer(new PersonId(perpetrator), programme.id(), new PersonId(perpetrator),
                " ")).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsKeys("partner", "reason"));
        assertThat(referrals(perpetrator)).isZero();
        // an agency not involved with the perpetrator cannot refer him
        CaseworkTest.actAs(stranger);
        assertThatThrownBy(() -> programmes.refer(new PersonId(perpetrator), programme.id(), null, "Court order"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(referrals(perpetrator)).isZero();

        CaseworkTest.actAs(referrer);
        ProgrammeReferral r = programmes.refer(new PersonId(perpetrator), programme.id(), new PersonId(victim),
                "Community order with a programme requirement");
        assertThat(r.partnerLinked()).isTrue();
        assertThat(r.status()).isEqualTo(ProgrammeStatus.REFERRED);
        assertThatThrownBy(() -> programmes.refer(new PersonId(perpetrator), programme.id(), null, "Again"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("open referral");
        ProgrammeReferral second = programmes.refer(new PersonId(other), programme.id(), null, "Voluntary");
        assertThat(second.partnerLinked()).isFalse();

        // the provider holds the perpetrator's record, never the partner's
        CaseworkTest.actAs(provider);
        assertThat(programmes.staffOf(programme.id())).isTrue();
        assertThat(access.holdsGround(new PersonId(perpetrator))).isTrue();
        assertThat(access.mayView(new PersonId(victim))).as("the partner's record").isFalse();
        assertThat(access.mayViewContact(new PersonId(victim))).isFalse();
        assertThatThrownBy(() -> casework.find(c.id())).as("the partner's case").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.noticesFor(c.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(programmes.referrals(programme.id())).extracting(ProgrammeReferral::reference)
                .contains(r.reference(), second.reference());
        assertThat(programmes.referral(r.id()).orElseThrow().toString()).doesNotContain(victim.toString())
                .doesNotContain(c.id().toString());

        // an agency not involved, the referrer and the partner's worker never read or work the referral
        for (StaffUser outsider : List.of(stranger, referrer, worker)) {
            CaseworkTest.actAs(outsider);
            assertThat(programmes.staffOf(programme.id())).isFalse();
            assertThatThrownBy(() -> programmes.referral(r.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programmes.referrals(programme.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programmes.assess(r.id(), true, LocalDate.now()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programmes.tellPartnerWorker(r.id(), "x"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        CaseworkTest.actAs(stranger);
        assertThatThrownBy(() -> programmes.noticesFor(c.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT status FROM programme_referral WHERE id = ?").param(r.id().value())
                .query(String.class).single()).isEqualTo("REFERRED");

        // the course
        CaseworkTest.actAs(provider);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        assertThatThrownBy(() -> programmes.assess(r.id(), null, today.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsKeys("suitable", "on"));
        programmes.assess(r.id(), true, today);
        programmes.assess(second.id(), true, today);
        assertThat(programmes.start(r.id(), today).status()).isEqualTo(ProgrammeStatus.STARTED);
        assertThatThrownBy(() -> programmes.start(second.id(), today)).as("one place, taken")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no free place");
        assertThat(programmes.find(programme.id()).orElseThrow().waiting()).isEqualTo(1);
        programmes.recordSession(r.id(), today, ProgrammeAttendance.MISSED, "PROGRAMME-ONLY note: minimised the abuse");
        assertThatThrownBy(() -> programmes.recordSession(r.id(), today, ProgrammeAttendance.ATTENDED, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already recorded");
        programmes.tellPartnerWorker(r.id(), "He said he knows where she is staying now");
        assertThatThrownBy(() -> programmes.tellPartnerWorker(second.id(), "No partner"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> programmes.end(second.id(), today, ProgrammeEndReason.COMPLETED))
                .as("not started").isInstanceOf(InvalidInputException.class);

        // the partner's worker is told: started, missed, risk; never the programme's note
        CaseworkTest.actAs(worker);
        List<PartnerNotice> notices = programmes.noticesFor(c.id());
        assertThat(notices).extracting(PartnerNotice::kind).containsExactlyInAnyOrder(PartnerNotice.Kind.STARTED,
                PartnerNotice.Kind.MISSED, PartnerNotice.Kind.RISK);
        assertThat(notices).extracting(PartnerNotice::words).noneMatch(w -> w.contains("PROGRAMME-ONLY"))
                .anyMatch(w -> w.contains("knows where she is staying"));
        assertThat(work().stream().filter(l -> l.title().equals("Perpetrator programme: news for your cases"))
                .flatMap(l -> l.rows().stream()).map(WorkList.WorkRow::label)).contains(c.reference());
        // My work shows the newest few and links to all of them on My cases, which lists each with its case
        assertThat(work().stream().filter(l -> l.title().equals("Perpetrator programme: news for your cases"))
                .map(WorkList::href)).containsExactly("/casework/my-cases#programme-news");
        assertThat(programmes.myRecentNotices(Programmes.NEWS_DAYS)).hasSize(3)
                .allSatisfy(n -> assertThat(n.caseReference()).isEqualTo(c.reference()));
        CaseworkTest.actAs(stranger);
        assertThat(work().stream().flatMap(l -> l.rows().stream()).map(WorkList.WorkRow::label))
                .doesNotContain(c.reference());
        assertThat(programmes.myRecentNotices(Programmes.NEWS_DAYS)).as("another agency's worker: none of them")
                .isEmpty();

        // it ends: the partner's worker is told why, and the provider's grant ends
        CaseworkTest.actAs(provider);
        programmes.end(r.id(), today, ProgrammeEndReason.NON_ATTENDANCE);
        assertThat(access.holdsGround(new PersonId(perpetrator))).as("grant ended with the referral").isFalse();
        CaseworkTest.actAs(worker);
        assertThat(programmes.noticesFor(c.id())).extracting(PartnerNotice::words)
                .contains("He left the programme: did not attend");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'person' AND ? = ANY(record_ids)
                AND reason = 'casework: perpetrator programme referral'""").param(perpetrator.toString())
                .query(Long.class).single()).as("the referral's read audited with the perpetrator's id").isPositive();

        // the figures: the programme's row, its small counts suppressed ("<5"), never a raw value
        org.hearth.insights.IndicatorSource source = indicators.stream()
                .filter(i -> i.section() == org.hearth.insights.Section.PERPETRATORS).findFirst().orElseThrow();
        org.hearth.insights.IndicatorSource.Figures figures = source.figures(today.minusDays(30), today, null);
        org.hearth.insights.Table.Row row = figures.tables().get(0).rows().stream()
                .filter(x -> x.label().equals(programme.name())).findFirst().orElseThrow();
        // referred 2, started 1, completed 0, stopped 1: each small count hidden, its value not carried
        for (int col : new int[] {0, 1, 3}) {
            assertThat(row.cells().get(col).text()).isIn("<5", "[c]");
            assertThat(row.cells().get(col).value()).isNull();
        }
        assertThat(figures.headlines()).extracting(org.hearth.insights.Headline::id).contains("programme-referrals",
                "programme-completion-rate", "programme-median-wait");
    }
}
