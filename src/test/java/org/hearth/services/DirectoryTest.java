package org.hearth.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public directory: searching by words, area, need and language finds the right published services; unpublished
 * ones never show; and no page leaves a cookie, is cached or lacks the quick exit.
 */
@HearthIntegrationTest
class DirectoryTest {

    @LocalServerPort
    int port;
    @Autowired
    ServiceDirectory directory;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Fixtures fixtures;

    DirectoryTestData data;
    Area north;
    Area south;
    ListedService northOutreach;
    ListedService everywhereHelpline;
    ListedService southCounselling;
    ListedService hidden;

    @BeforeEach
    void services() {
        data = new DirectoryTestData(directory, partnerships, fixtures);
        north = data.area("North");
        south = data.area("South");
        northOutreach = data.add("Lantern Outreach", Set.of(north.id()), Set.of(Need.WOMEN, Need.NO_RECOURSE),
                List.of("English", "Polish"));
        everywhereHelpline = data.add("Beacon Line", Set.of(), Set.of(Need.MEN), List.of("English", data.tag + "ese"));
        southCounselling = data.add("Willow Counselling", Set.of(south.id()), Set.of(Need.LGBT, Need.WOMEN),
                List.of("Welsh"));
        hidden = data.add("Hidden Service", ServiceKind.OUTREACH, Set.of(north.id()), Set.of(Need.WOMEN),
                List.of(data.tag + "ese"), directory.today(), false);
    }

    private List<ServiceId> found(DirectoryQuery query) {
        return directory.search(query).stream().map(ListedService::id)
                .filter(id -> List.of(northOutreach.id(), everywhereHelpline.id(), southCounselling.id(), hidden.id())
                        .contains(id))
                .toList();
    }

    /** Issue 10, point 16: symbols are searched for as typed, never as wildcards that match everything. */
    @Test
    void wildcardCharactersAreSearchedForLiterally() {
        for (String symbols : List.of("%", "_", "\\", "%%", "_%_")) {
            assertThat(found(new DirectoryQuery(symbols, null, null, null))).as(symbols).isEmpty();
        }
        Page page = new WebSession(port).get("/directory?q=%25");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(northOutreach.name()).doesNotContain(everywhereHelpline.name());
        assertThat(found(new DirectoryQuery("lantern", null, null, null))).containsExactly(northOutreach.id());
    }

    @Test
    void searchesByAreaNeedLanguageAndWords() {
        assertThat(found(new DirectoryQuery(null, north.id(), null, null)))
                .containsExactlyInAnyOrder(northOutreach.id(), everywhereHelpline.id());
        assertThat(found(new DirectoryQuery(null, south.id(), Need.WOMEN, null))).containsExactly(southCounselling.id());
        assertThat(found(new DirectoryQuery(null, null, Need.WOMEN, null)))
                .containsExactlyInAnyOrder(northOutreach.id(), southCounselling.id());
        assertThat(found(new DirectoryQuery(null, null, null, data.tag.toUpperCase() + "ESE")))
                .containsExactly(everywhereHelpline.id());
        assertThat(found(new DirectoryQuery(null, null, null, "polish"))).containsExactly(northOutreach.id());
        assertThat(found(new DirectoryQuery("lantern " + data.tag, null, null, null))).containsExactly(northOutreach.id());
        assertThat(found(new DirectoryQuery("counselling " + data.tag, null, null, null)))
                .as("words match the kind's label too").containsExactly(southCounselling.id());
        assertThat(found(new DirectoryQuery(data.tag, null, null, null))).doesNotContain(hidden.id()).hasSize(3);
        assertThat(found(new DirectoryQuery("lantern willow " + data.tag, null, null, null))).isEmpty();
    }

    @Test
    void theSearchPageIsAGetFormWhoseResultsCanBeLinked() {
        WebSession web = new WebSession(port);
        Page page = web.get("/directory?q=" + data.tag + "&area=" + north.id() + "&need=WOMEN&language=Polish");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("form#search-form").attr("method")).isEqualTo("get");
        assertThat(page.html().select(".hearth-result__name").eachText()).containsExactly("Lantern Outreach " + data.tag);
        assertThat(page.html().select("#area option[selected]").text()).isEqualTo(north.name());
        assertThat(page.html().select("#need option[selected]").val()).isEqualTo("WOMEN");

        Page all = web.get("/directory?q=" + data.tag);
        assertThat(all.html().select(".hearth-result__name").eachText())
                .containsExactly("Beacon Line " + data.tag, "Lantern Outreach " + data.tag, "Willow Counselling " + data.tag);
    }

    @Test
    void aServicePageShowsHowToGetHelpAndHidesUnpublishedServices() {
        WebSession web = new WebSession(port);
        Page page = web.get("/directory/" + northOutreach.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("h1").text()).isEqualTo("Lantern Outreach " + data.tag);
        assertThat(page.html().select("#contact a[href=tel:03069990999]").text()).isEqualTo("0306 999 0999");
        assertThat(page.html().select("#opening-times").text()).isEqualTo("Monday to Friday, 9am to 5pm");
        assertThat(page.body()).contains("If you are in immediate danger call 999", "National Domestic Abuse Helpline");
        assertThat(web.get("/directory/" + hidden.id()).status()).isEqualTo(404);
        assertThat(web.get("/directory/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(web.get("/directory/not-an-id").status()).isEqualTo(400);
    }

    @Test
    void aRefugeIsListedWithAPhoneNumberOnly() {
        ListedService refuge = data.add("Quiet Refuge", ServiceKind.REFUGE, Set.of(), Set.of(Need.WOMEN), List.of(),
                directory.today(), true);
        Page page = new WebSession(port).get("/directory/" + refuge.id());
        assertThat(page.html().select("#contact li")).hasSize(1);
        assertThat(page.html().select("#walk-in")).isEmpty();
        assertThat(page.html().select("#refuge-note").text()).contains("address is kept secret");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ServiceDetails("Refuge", null, "Provider",
                ServiceKind.REFUGE, true, Set.of(), Set.of(), List.of(), null,
                new HowToGetHelp("0306 999 0999", null, null, null, "1 Secret Street"), null, null, 5,
                directory.today(), true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badSearchValuesAreA400WithAnErrorSummary() {
        WebSession web = new WebSession(port);
        Page page = web.get("/directory?area=not-an-area&need=ALIENS");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.errorSummary()).contains("Select an area from the list", "Select who the support is for");
        assertThat(page.html().title()).startsWith("Error: ");
        assertThat(page.header("Set-Cookie")).isNull();
    }

    @Test
    void noPageOfTheDirectorySetsACookieOrMayBeCached() {
        List<String> paths = List.of("/directory", "/directory?q=refuge&need=WOMEN", "/directory/" + northOutreach.id(),
                "/directory/cover-your-tracks", "/directory/" + UUID.randomUUID(), "/directory/" + hidden.id(),
                "/directory/not-an-id", "/directory?area=bad");
        for (String path : paths) {
            WebSession newVisitor = new WebSession(port);
            Page page = newVisitor.send(HttpRequest.newBuilder(newVisitor.uri(path))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
            assertThat(page.status()).as(path).isLessThan(500);
            assertThat(page.response().headers().allValues("Set-Cookie")).as("cookies set by %s", path).isEmpty();
            assertThat(page.header("Cache-Control")).as("caching of %s", path).contains("no-store");
            assertThat(page.html().select(".govuk-exit-this-page a.govuk-exit-this-page__button"))
                    .as("exit control on %s", path).hasSize(1);
            assertThat(page.html().select("link[href^=http], script[src^=http], img[src^=http], iframe"))
                    .as("third-party resources on %s", path).isEmpty();
            if (page.status() == 200 && !path.endsWith("cover-your-tracks")) {
                assertThat(page.html().select("a[href=/directory/cover-your-tracks]")).as("cover your tracks on %s", path)
                        .isNotEmpty();
            }
        }
        // a visitor going from page to page still gets no cookie
        WebSession visitor = new WebSession(port);
        visitor.get("/directory");
        visitor.get("/directory/" + northOutreach.id());
        assertThat(visitor.sessionCookie()).isNull();
    }

    @Test
    void signedInStaffSeeTheSameAnonymousPageAndTheirSessionIsUntouched() {
        var coordinator = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR);
        WebSession web = new WebSession(port);
        web.signIn(coordinator);
        String session = web.sessionCookie();
        Page page = web.get("/directory");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.response().headers().allValues("Set-Cookie")).isEmpty();
        assertThat(page.html().select(".hearth-header__name")).isEmpty();
        assertThat(page.html().select("form[method=post]")).isEmpty();
        assertThat(web.get("/directory/manage").status()).isEqualTo(200);
        assertThat(web.sessionCookie()).isEqualTo(session);
    }
}
