package org.hearth.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Quality Mark: the award rule, expiry and renewal, the register, evidence files and the pages. */
@HearthIntegrationTest
class QualityMarkTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    QualityMark qualityMark;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;

    private QualityMarkApplication applyFor(String agencyName, int level) {
        Agency agency = fixtures.agency(Fixtures.uniqueName(agencyName));
        return qualityMark.apply(HolderKind.AGENCY, agency.id().value(), level);
    }

    private List<QualityMarkStandard> level(int level) {
        return qualityMark.standards().stream().filter(s -> s.neededFor(level)).toList();
    }

    private void evidenceAndMet(QualityMarkApplication a, List<QualityMarkStandard> standards) {
        for (QualityMarkStandard s : standards) {
            qualityMark.addEvidence(a.id(), s.code(), "Policy seen for " + s.code(), null, null, null);
            qualityMark.decide(a.id(), s.code(), true, null);
        }
    }

    private long awarded(QualityMarkApplicationId id) {
        return jdbc.sql("SELECT count(*) FROM qm_application WHERE id = ? AND awarded_on IS NOT NULL")
                .param(id.value()).query(Long.class).single();
    }

    @Test
    void anAwardNeedsEvidenceAndAMetDecisionOnEveryStandardOfItsLevel() {
        QualityMarkApplication a = applyFor("Evidenced Housing ", 1);
        List<QualityMarkStandard> one = level(1);
        assertThat(one).hasSizeGreaterThanOrEqualTo(2);
        QualityMarkStandard last = one.get(one.size() - 1);
        evidenceAndMet(a, one.subList(0, one.size() - 1));
        LocalDate today = qualityMark.today();

        assertThatThrownBy(() -> qualityMark.award(a.id(), 1, today)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A level 1 award needs evidence for every standard: none yet for standard "
                        + last.position());
        assertThat(awarded(a.id())).as("nothing half-saved").isZero();

        qualityMark.addEvidence(a.id(), last.code(), "Posters in every waiting room", null, null, null);
        assertThatThrownBy(() -> qualityMark.award(a.id(), 1, today)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("needs every standard assessed as met: not yet for standard " + last.position());
        qualityMark.decide(a.id(), last.code(), false, "Only in one of three sites");
        assertThatThrownBy(() -> qualityMark.award(a.id(), 1, today)).isInstanceOf(InvalidInputException.class);
        qualityMark.decide(a.id(), last.code(), true, null);

        assertThatThrownBy(() -> qualityMark.award(a.id(), 2, today)).as("level 2 needs its own standards too")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("A level 2 award needs evidence");
        assertThatThrownBy(() -> qualityMark.award(a.id(), 1, today.plusDays(1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("today or in the past");
        assertThat(awarded(a.id())).isZero();

        QualityMarkApplication done = qualityMark.award(a.id(), 1, today);
        assertThat(done.award()).isEqualTo(new QualityMarkApplication.Award(1, today, today.plusYears(3).minusDays(1)));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'quality_mark_application' AND ? = ANY(record_ids)")
                .param(a.id().toString()).query(Long.class).single()).as("opened, evidence, decisions and the award")
                .isGreaterThanOrEqualTo(2L + 2L * one.size());
        assertThatThrownBy(() -> qualityMark.addEvidence(a.id(), last.code(), "late", null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("open a new application to renew");
    }

    @Test
    void metIsRefusedWithoutEvidenceAndNotMetNeedsANote() {
        QualityMarkApplication a = applyFor("Unevidenced Trust ", 1);
        String code = level(1).get(0).code();
        assertThatThrownBy(() -> qualityMark.decide(a.id(), code, true, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot be met without evidence");
        assertThatThrownBy(() -> qualityMark.decide(a.id(), code, false, " ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Say what is missing");
        assertThatThrownBy(() -> qualityMark.addEvidence(a.id(), code, " ", null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Describe the evidence or attach a file");
        assertThat(qualityMark.find(a.id()).orElseThrow().decisions()).isEmpty();
        assertThatThrownBy(() -> qualityMark.apply(HolderKind.AGENCY, a.holder().id(), 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already has an application open");
    }

    @Test
    void anAwardExpiresAfterThreeYearsAndIsDueForRenewalInItsLastThreeMonths() {
        QualityMarkApplication a = applyFor("Expiring Outreach ", 1);
        evidenceAndMet(a, level(1));
        LocalDate today = qualityMark.today();
        qualityMark.award(a.id(), 1, today);
        LocalDate expires = today.plusYears(3).minusDays(1);
        QualityMarkHolding h = qualityMark.latestAwards().stream().filter(x -> x.applicationId().equals(a.id()))
                .findFirst().orElseThrow();
        assertThat(h.expiresOn()).isEqualTo(expires);
        assertThat(h.holdsOn(expires)).isTrue();
        assertThat(h.holdsOn(expires.plusDays(1))).isFalse();
        assertThat(qualityMark.holders(expires).stream().map(QualityMarkHolding::applicationId)).contains(a.id());
        assertThat(qualityMark.holders(expires.plusDays(1)).stream().map(QualityMarkHolding::applicationId))
                .doesNotContain(a.id());
        assertThat(ids(qualityMark.dueForRenewal(expires.minusMonths(3).minusDays(1)))).doesNotContain(a.id());
        assertThat(ids(qualityMark.dueForRenewal(expires.minusMonths(3)))).contains(a.id());
        assertThat(ids(qualityMark.dueForRenewal(expires.plusMonths(3)))).as("lapsed, still to chase").contains(a.id());
        assertThat(ids(qualityMark.dueForRenewal(expires.plusMonths(3).plusDays(1)))).doesNotContain(a.id());

        // a renewal: a new application for the same holder, awarded, is the holder's latest award
        QualityMarkApplication renewal = qualityMark.apply(HolderKind.AGENCY, a.holder().id(), 2);
        evidenceAndMet(renewal, level(2));
        qualityMark.award(renewal.id(), 2, today);
        assertThat(qualityMark.latestAwards().stream().filter(x -> x.holder().id().equals(a.holder().id())))
                .singleElement().satisfies(x -> assertThat(x.level()).isEqualTo(2));
    }

    private static List<QualityMarkApplicationId> ids(List<QualityMarkHolding> holdings) {
        return holdings.stream().map(QualityMarkHolding::applicationId).toList();
    }

    @Test
    void theCoordinatorIsRemindedOfRenewalsAndOtherStaffAreNot() {
        QualityMarkApplication a = applyFor("Lapsing Refuge ", 1);
        evidenceAndMet(a, level(1));
        LocalDate today = qualityMark.today();
        qualityMark.award(a.id(), 1, today);
        // the award was made three years and three months ago: it lapsed three months ago, the oldest still listed
        jdbc.sql("UPDATE qm_application SET awarded_on = ?, opened_on = ?, expires_on = ? WHERE id = ?")
                .params(today.minusYears(3).minusMonths(3), today.minusYears(3).minusMonths(4),
                        today.minusMonths(3), a.id().value()).update();

        WebSession coordinator = new WebSession(port);
        coordinator.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        Page home = coordinator.get("/");
        assertThat(home.html().select("section:contains(Quality Mark renewals)").text())
                .contains(a.holder().name() + " (level 1)", "Lapsed");

        WebSession practitioner = new WebSession(port);
        practitioner.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        assertThat(practitioner.get("/").body()).doesNotContain("Quality Mark renewals");
        assertThat(practitioner.get("/workforce/quality-mark/register").body()).as("lapsed: not on the register")
                .doesNotContain(a.holder().name());
    }

    @Test
    void staffReadTheRegisterAnalystsAndKeyAdultsDoNot() {
        QualityMarkApplication a = applyFor("Registered School Trust ", 1);
        evidenceAndMet(a, level(1));
        qualityMark.award(a.id(), 1, qualityMark.today());
        WebSession practitioner = new WebSession(port);
        practitioner.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        Page register = practitioner.get("/workforce/quality-mark/register");
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.html().select("#holders tr:contains(" + a.holder().name() + ")").text()).contains("Level 1");
        assertThat(practitioner.get("/workforce/quality-mark").status()).isEqualTo(403);
        assertThat(practitioner.get("/api/workforce/quality-mark/holders").status()).isEqualTo(403);

        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(analyst.get("/workforce/quality-mark/register").status()).isEqualTo(403);
    }

    @Test
    void schoolsInTheEncompassRegisterApply() {
        fixtures.agency("Northfield Police");
        UUID area = partnerships.addArea(Fixtures.uniqueName("Larch Vale "), null).id().value();
        UUID school = UUID.randomUUID();
        String name = Fixtures.uniqueName("Larch Primary ");
        jdbc.sql("INSERT INTO school (id, area_id, name, phase, dsl_name, dsl_email) VALUES (?, ?, ?, 'PRIMARY', 'A Lead', 'lead@example.org')")
                .params(school, area, name).update();
        assertThat(qualityMark.candidates()).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(HolderKind.SCHOOL);
            assertThat(h.name()).isEqualTo(name);
        });
        QualityMarkApplication a = qualityMark.apply(HolderKind.SCHOOL, school, 1);
        assertThat(a.holder().name()).isEqualTo(name);
        assertThatThrownBy(() -> qualityMark.apply(HolderKind.SCHOOL, UUID.randomUUID(), 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Choose the agency or school applying");
    }

    @Test
    void aCoordinatorWorksAnApplicationThroughThePages() {
        Agency agency = fixtures.agency(Fixtures.uniqueName("Paged Council "));
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        assertThat(web.open("/workforce/quality-mark").status()).isEqualTo(200);
        web.open("/workforce/quality-mark/applications/new");
        Page refused = web.post("/workforce/quality-mark/applications", Map.of("holder", "", "level", "3"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().title()).startsWith("Error: ");
        assertThat(refused.errorSummary()).contains("Choose the agency or school applying", "Choose level 1 or level 2");

        Page opened = web.post("/workforce/quality-mark/applications", Map.of("holder", "AGENCY:" + agency.id().value(),
                "level", "1"));
        assertThat(opened.status()).isEqualTo(303);
        String path = opened.location();
        QualityMarkApplicationId id = new QualityMarkApplicationId(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
        web.open(path);

        Page award = web.post(path + "/award", Map.of("level", "1", "awardedOn.day", "" + qualityMark.today().getDayOfMonth(),
                "awardedOn.month", "" + qualityMark.today().getMonthValue(), "awardedOn.year", "" + qualityMark.today().getYear()));
        assertThat(award.status()).isEqualTo(400);
        assertThat(award.errorSummary()).contains("A level 1 award needs evidence for every standard: none yet for standards 1");
        assertThat(awarded(id)).isZero();

        String code = level(1).get(0).code();
        Page noEvidence = web.post(path + "/evidence", Map.of("evidenceStandard", code, "evidenceNote", ""));
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.errorSummary()).contains("Describe the evidence or attach a file");
        assertThat(web.post(path + "/evidence", Map.of("evidenceStandard", code, "evidenceNote", "Policy dated May"))
                .status()).isEqualTo(303);
        web.open(path);
        assertThat(web.post(path + "/decisions", Map.of("decisionStandard", code, "met", "yes")).status()).isEqualTo(303);
        Page page = web.open(path);
        assertThat(page.html().select("#standards tr[data-standard=" + code + "]").text()).contains("Policy dated May", "Met");
    }

    @Test
    void anEvidenceFileIsDownloadedAsAnAttachmentAndItsReadAudited() {
        QualityMarkApplication a = applyFor("Filed Charity ", 1);
        String code = level(1).get(0).code();
        byte[] content = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        QualityMarkApplication.Evidence e = qualityMark.addEvidence(a.id(), code, null, "C:\\policies\\policy.html",
                "text/html", content);
        assertThat(e.fileName()).isEqualTo("policy.html");
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        Page file = web.get("/workforce/quality-mark/applications/" + a.id() + "/evidence/" + e.id());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).startsWith("attachment");
        assertThat(file.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(file.body()).isEqualTo(new String(content, StandardCharsets.UTF_8));
        assertThat(web.get("/workforce/quality-mark/applications/" + a.id() + "/evidence/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'quality_mark_application' AND action = 'READ' AND ? = ANY(record_ids)")
                .param(a.id().toString()).query(Long.class).single()).isEqualTo(1);
    }
}
