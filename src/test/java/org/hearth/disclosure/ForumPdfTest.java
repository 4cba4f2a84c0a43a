package org.hearth.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.people.Named;
import org.hearth.platform.Dates;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The decision forum's PDF, read back as text (PDFBox): the agenda names the agencies asked about the subject and
 * has an attendance list to fill in; the minutes name the forum's members and every agency represented (V171's
 * {@code disclosure_forum_agency}), and an agency that was not there is not named as represented.
 */
@HearthIntegrationTest
class ForumPdfTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    Fixtures fixtures;
    @Autowired
    Disclosures disclosures;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void actAs(StaffUser user) {
        StaffPrincipal principal = new StaffPrincipal(user.id(), user.username(), user.displayName(), user.agency(),
                user.roles(), true, false, true, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @Test
    void theAgendaNamesTheAgenciesAskedAndTheMinutesTheMembersAndTheAgenciesRepresented() throws Exception {
        String police = Fixtures.uniqueName("Forum Police ");
        String probation = Fixtures.uniqueName("Forum Probation ");
        String health = Fixtures.uniqueName("Forum Health ");
        String absent = Fixtures.uniqueName("Forum Absent ");
        TestUser team = fixtures.enrolledUserAt(police, Role.DISCLOSURE_TEAM);
        fixtures.agency(health);
        fixtures.agency(absent);
        LocalDate today = LocalDate.now(UK);
        actAs(team.user());
        Application a = disclosures.apply(new NewApplication(Route.RIGHT_TO_KNOW, today.minusDays(10), true, null,
                null, Named.described("Rhea", Fixtures.uniqueName("Atrisk"), LocalDate.of(1990, 1, 2)),
                Named.described("Sol", Fixtures.uniqueName("Subject"), LocalDate.of(1985, 5, 6)), false, null));
        fixtures.grant(a.subject().id().value(), fixtures.agency(probation).id().value(), "RECORDED");
        disclosures.askAgency(a.id(), fixtures.agency(probation).id());
        SecurityContextHolder.clearContext();
        WebSession web = new WebSession(port);
        web.signIn(team);
        String path = "/disclosure/" + a.id() + "/forum.pdf";

        String agenda = pdfText(web, path);
        assertThat(agenda).contains("Decision forum agenda",
                "The agencies asked about the subject: " + probation + ".", "Members present, with their agencies",
                "Name Agency").doesNotContain("Agencies represented", health);

        actAs(team.user());
        disclosures.decide(a.id(), Decision.withAgencies(today, "DI Hale (police); A. Moss (probation); Dr Lee (GP)",
                true, "The common law power to prevent crime", "She is at high risk", "Only the convictions",
                List.of(fixtures.agency(police).id(), fixtures.agency(probation).id(), fixtures.agency(health).id())));
        SecurityContextHolder.clearContext();
        String minutes = pdfText(web, path);
        assertThat(minutes).contains("Decision forum minutes", "Forum held " + Dates.day(today),
                "Members DI Hale (police); A. Moss (probation); Dr Lee (GP)", "Decision Disclose",
                "Lawful The common law power to prevent crime");
        // "Agencies represented" and its value, one agency a line (by name), up to the next blank line
        List<String> lines = minutes.lines().map(String::strip).toList();
        int at = lines.stream().filter(l -> l.startsWith("Agencies represented")).findFirst().map(lines::indexOf)
                .orElseThrow(() -> new AssertionError("no agencies represented in the minutes: " + minutes));
        java.util.List<String> represented = new java.util.ArrayList<>();
        represented.add(lines.get(at).substring("Agencies represented".length()).strip());
        for (int i = at + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            represented.add(lines.get(i));
        }
        assertThat(represented).containsExactly(java.util.stream.Stream.of(police, probation, health).sorted()
                .toArray(String[]::new));
        assertThat(minutes).doesNotContain(absent);
    }

    private String pdfText(WebSession web, String path) throws Exception {
        web.get("/disclosure");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Cookie", "HEARTH_SESSION=" + web.sessionCookie()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(response.body())) {
            // OpenPDF writes a table's text after the page's paragraphs: read in the order a person sees it
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }
}
