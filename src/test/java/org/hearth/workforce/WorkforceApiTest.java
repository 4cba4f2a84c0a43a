package org.hearth.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.ApiClients;
import org.hearth.access.ApiScope;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.partnership.Agency;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The workforce JSON doors that write (ambassadors, Quality Mark applications and standards) and the page that keeps
 * the standards. A test that adds a standard retires it again, as other tests award against the standards in use.
 */
@HearthIntegrationTest
class WorkforceApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    QualityMark qualityMark;
    @Autowired
    Ambassadors ambassadors;
    @Autowired
    ApiClients apiClients;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private WebSession coordinator() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        web.open("/workforce/quality-mark");
        return web;
    }

    private static Page json(WebSession web, String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(web.uri(path))
                .header("Accept", "application/json, application/problem+json");
        String csrf = web.open("/workforce/quality-mark").csrf();
        if (csrf != null) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return web.send(b);
    }

    private Page token(String token, String method, String path, String body) {
        WebSession web = new WebSession(port);
        HttpRequest.Builder b = HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return web.send(b);
    }

    static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    @Test
    void aCoordinatorRegistersAnAmbassadorAndBadInputIsAProblemWithNothingWritten() {
        Agency agency = fixtures.agency(Fixtures.uniqueName("Api Housing "));
        WebSession web = coordinator();
        long before = count("ambassador");
        Page bad = json(web, "POST", "/api/workforce/ambassadors",
                "{\"name\":\" \",\"agencyId\":\"nope\",\"staffGroup\":\"PLUMBERS\",\"trainedOn\":\"5 May\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"agencyId\"", "\"field\":\"staffGroup\"", "\"field\":\"trainedOn\"",
                "Give the date as 2026-12-05");
        Page noName = json(web, "POST", "/api/workforce/ambassadors", "{\"name\":\"\",\"agencyId\":\""
                + agency.id().value() + "\",\"staffGroup\":\"HOUSING\",\"trainedOn\":\"2026-01-05\"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("\"field\":\"name\"", "\"field\":\"manager\"");
        assertThat(count("ambassador")).as("nothing half-saved").isEqualTo(before);

        LocalDate trained = ambassadors.today().minusMonths(2);
        Page made = json(web, "POST", "/api/workforce/ambassadors", "{\"name\":\"Rhian Example\",\"jobTitle\":"
                + "\"Tenancy officer\",\"agencyId\":\"" + agency.id().value() + "\",\"staffGroup\":\"HOUSING\","
                + "\"manager\":false,\"trainedOn\":\"" + trained + "\",\"colleaguesSupported\":3}");
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body()).contains("\"name\":\"Rhian Example\"", "\"refresherDue\":\"" + trained.plusMonths(12));
        String id = made.header("Location").substring(made.header("Location").lastIndexOf('/') + 1);
        Page reach = json(web, "POST", "/api/workforce/ambassadors/" + id + "/reach", "{\"colleaguesSupported\":9}");
        assertThat(reach.status()).isEqualTo(200);
        assertThat(reach.body()).contains("\"colleaguesSupported\":9");
        Page early = json(web, "POST", "/api/workforce/ambassadors/" + id + "/refreshers",
                "{\"trainedOn\":\"" + trained.minusDays(1) + "\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("\"field\":\"trainedOn\"", "after the last training");
        assertThat(json(web, "POST", "/api/workforce/ambassadors/" + UUID.randomUUID() + "/reach",
                "{\"colleaguesSupported\":1}").status()).isEqualTo(404);

        WebSession practitioner = new WebSession(port);
        practitioner.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        assertThat(json(practitioner, "POST", "/api/workforce/ambassadors", "{}").status()).isEqualTo(403);
    }

    @Test
    void anHrSystemRecordsItsOwnAgencysAmbassadorsOnly() {
        Agency own = fixtures.agency(Fixtures.uniqueName("Hr Council "));
        Agency other = fixtures.agency(Fixtures.uniqueName("Other Police "));
        Ambassador theirs = ambassadors.register("Dev Example", "Sergeant", other.id(), TrainingAudience.POLICE, true,
                ambassadors.today().minusMonths(3), 0);
        actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        String hr = apiClients.create(Fixtures.uniqueName("HR system"), own.id(), Set.of(ApiScope.AMBASSADORS_WRITE))
                .token();
        String reader = apiClients.create(Fixtures.uniqueName("Ledger"), own.id(), Set.of(ApiScope.COMMISSIONING_READ))
                .token();
        signOut();
        String trained = ambassadors.today().minusDays(10).toString();

        Page mine = token(hr, "POST", "/api/workforce/ambassadors", "{\"name\":\"Ola Example\",\"staffGroup\":"
                + "\"SOCIAL_SERVICES\",\"manager\":true,\"trainedOn\":\"" + trained + "\"}");
        assertThat(mine.status()).as("its own agency when none is given").isEqualTo(201);
        assertThat(mine.body()).contains("\"agencyId\":\"" + own.id().value() + "\"");

        long before = count("ambassador");
        Page elsewhere = token(hr, "POST", "/api/workforce/ambassadors", "{\"name\":\"Ola Example\",\"agencyId\":\""
                + other.id().value() + "\",\"staffGroup\":\"POLICE\",\"manager\":true,\"trainedOn\":\"" + trained + "\"}");
        assertThat(elsewhere.status()).as("another agency's ambassador").isEqualTo(403);
        assertThat(count("ambassador")).isEqualTo(before);
        assertThat(token(hr, "POST", "/api/workforce/ambassadors/" + theirs.id() + "/reach",
                "{\"colleaguesSupported\":50}").status()).isEqualTo(403);
        assertThat(ambassadors.find(theirs.id()).orElseThrow().colleaguesSupported()).isZero();
        assertThat(token(hr, "POST", "/api/workforce/ambassadors/" + theirs.id() + "/step-down",
                "{\"leftOn\":\"" + trained + "\"}").status()).isEqualTo(403);
        assertThat(ambassadors.find(theirs.id()).orElseThrow().active()).isTrue();

        assertThat(token(hr, "GET", "/api/workforce/ambassadors", null).status()).as("writes only").isEqualTo(403);
        assertThat(token(hr, "POST", "/api/workforce/quality-mark/applications", "{}").status()).isEqualTo(403);
        assertThat(token(reader, "POST", "/api/workforce/ambassadors", "{}").status()).isEqualTo(403);
    }

    @Test
    void aQualityMarkApplicationIsWorkedThroughTheApiAndAnAwardWithoutEvidenceIsRefused() {
        Agency agency = fixtures.agency(Fixtures.uniqueName("Api Surgery "));
        WebSession web = coordinator();
        Page badOpen = json(web, "POST", "/api/workforce/quality-mark/applications",
                "{\"holderKind\":\"AGENCY\",\"holderId\":\"" + UUID.randomUUID() + "\",\"level\":3}");
        assertThat(badOpen.status()).isEqualTo(400);
        assertThat(badOpen.body()).contains("\"field\":\"holderId\"", "\"field\":\"level\"");
        Page opened = json(web, "POST", "/api/workforce/quality-mark/applications",
                "{\"holderKind\":\"AGENCY\",\"holderId\":\"" + agency.id().value() + "\",\"level\":1}");
        assertThat(opened.status()).isEqualTo(201);
        String path = opened.header("Location");
        QualityMarkApplicationId id = new QualityMarkApplicationId(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));

        String today = qualityMark.today().toString();
        Page refused = json(web, "POST", path + "/award", "{\"level\":1,\"awardedOn\":\"" + today + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"level\"", "A level 1 award needs evidence for every standard");
        List<QualityMarkStandard> one = qualityMark.standards().stream().filter(s -> s.neededFor(1)).toList();
        String first = one.get(0).code();
        Page metWithout = json(web, "POST", path + "/decisions", "{\"standard\":\"" + first + "\",\"met\":true}");
        assertThat(metWithout.status()).isEqualTo(400);
        assertThat(metWithout.body()).contains("it cannot be met without evidence");
        for (QualityMarkStandard s : one) {
            assertThat(json(web, "POST", path + "/evidence", "{\"standard\":\"" + s.code() + "\",\"note\":\"Seen\"}")
                    .status()).isEqualTo(201);
            assertThat(json(web, "POST", path + "/decisions", "{\"standard\":\"" + s.code() + "\",\"met\":true}")
                    .status()).isEqualTo(200);
        }
        Page awarded = json(web, "POST", path + "/award", "{\"level\":1,\"awardedOn\":\"" + today + "\"}");
        assertThat(awarded.status()).isEqualTo(200);
        assertThat(awarded.body()).contains("\"awardedLevel\":1", "\"expiresOn\":\""
                + qualityMark.today().plusYears(3).minusDays(1));
        assertThat(qualityMark.find(id).orElseThrow().awarded()).isTrue();
        assertThat(json(web, "GET", "/api/workforce/quality-mark/holders", null).body()).contains(agency.name());
    }

    @Test
    void theCoordinatorKeepsTheStandardsAndAnAwardNeedsTheOnesInUse() {
        WebSession web = coordinator();
        assertThat(web.open("/workforce/quality-mark").html().select("#manage-standards").attr("href"))
                .isEqualTo("/workforce/quality-mark/standards");
        web.open("/workforce/quality-mark/standards/new");
        long before = count("qm_standard");
        Page bad = web.post("/workforce/quality-mark/standards", Map.of("title", " ", "description", "", "level", "3"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorSummary()).contains("Enter the standard's title",
                "Say what the standard asks of an organisation", "Choose level 1 or level 2");
        Page badApi = json(web, "POST", "/api/workforce/quality-mark/standards", "{\"title\":\"x\"}");
        assertThat(badApi.status()).isEqualTo(400);
        assertThat(badApi.body()).contains("\"field\":\"level\"", "\"field\":\"description\"");
        assertThat(count("qm_standard")).as("nothing half-saved").isEqualTo(before);

        String title = Fixtures.uniqueName("Safe recruitment ");
        web.open("/workforce/quality-mark/standards/new");
        Page added = web.post("/workforce/quality-mark/standards", Map.of("title", title, "description",
                "Recruitment checks ask about domestic abuse safely", "level", "2"));
        assertThat(added.status()).isEqualTo(303);
        QualityMarkStandard standard = qualityMark.allStandards().stream().filter(s -> s.title().equals(title))
                .findFirst().orElseThrow();
        try {
            assertThat(standard.active()).isTrue();
            assertThat(standard.code()).isEqualTo("S" + standard.position());
            Page list = web.open("/workforce/quality-mark/standards");
            assertThat(list.html().select("tr[data-code=" + standard.code() + "]").text()).contains(title, "In use");

            // an application at level 2 with every other standard met still needs the new one
            Agency agency = fixtures.agency(Fixtures.uniqueName("Standards Trust "));
            QualityMarkApplication a = qualityMark.apply(HolderKind.AGENCY, agency.id().value(), 2);
            for (QualityMarkStandard s : qualityMark.standards()) {
                if (!s.code().equals(standard.code())) {
                    qualityMark.addEvidence(a.id(), s.code(), "Seen", null, null, null);
                    qualityMark.decide(a.id(), s.code(), true, null);
                }
            }
            assertThatThrownBy(() -> qualityMark.award(a.id(), 2, qualityMark.today()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining(standard.position() + " (safe recruitment");

            web.open("/workforce/quality-mark/standards/" + standard.code());
            Page changed = web.post("/workforce/quality-mark/standards/" + standard.code(), Map.of("title", title,
                    "description", "Checks at interview", "level", "2"));
            assertThat(changed.status()).isEqualTo(303);
            web.open("/workforce/quality-mark/standards/" + standard.code());
            assertThat(web.post("/workforce/quality-mark/standards/" + standard.code() + "/retire", Map.of()).status())
                    .isEqualTo(303);
            assertThat(qualityMark.allStandards()).filteredOn(s -> s.code().equals(standard.code()))
                    .extracting(QualityMarkStandard::active, QualityMarkStandard::description)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "Checks at interview"));
            assertThat(qualityMark.award(a.id(), 2, qualityMark.today()).awarded()).as("retired: no longer needed")
                    .isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'quality_mark_standard' AND ? = "
                    + "ANY(record_ids)").param(standard.code()).query(Long.class).single()).isEqualTo(3);
        } finally {
            qualityMark.setStandardActive(standard.code(), false);
        }

        WebSession practitioner = new WebSession(port);
        practitioner.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        assertThat(practitioner.open("/workforce/quality-mark/standards").status()).isEqualTo(403);
    }

    @Test
    void levelOneKeepsAtLeastOneStandard() {
        List<QualityMarkStandard> one = qualityMark.standards().stream().filter(s -> s.level() == 1).toList();
        List<QualityMarkStandard> retired = one.subList(0, one.size() - 1);
        QualityMarkStandard last = one.get(one.size() - 1);
        try {
            retired.forEach(s -> qualityMark.setStandardActive(s.code(), false));
            assertThatThrownBy(() -> qualityMark.setStandardActive(last.code(), false))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("Level 1 needs at least one standard");
            assertThatThrownBy(() -> qualityMark.changeStandard(last.code(), 2, last.title(), last.description()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("Level 1 needs at least one standard");
            assertThat(qualityMark.standards()).extracting(QualityMarkStandard::code).contains(last.code());
        } finally {
            retired.forEach(s -> qualityMark.setStandardActive(s.code(), true));
        }
        assertThat(qualityMark.standards().stream().filter(s -> s.level() == 1)).hasSize(one.size());
    }
}
