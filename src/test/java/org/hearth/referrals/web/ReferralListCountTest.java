package org.hearth.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Partnerships;
import org.hearth.referrals.ReferralRegister;
import org.hearth.referrals.ReferralRegister.Filter;
import org.hearth.referrals.ReferralRegister.State;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The referral list's total, counted only up to a bound ({@code hearth.referrals.list-counted-up-to}), here lowered
 * to 60 through the controller's constructor so that a few rows pass it: the caption says "more than 60" past it and
 * the exact figure up to it, the pages still follow one another to the last row, and the count keeps to
 * need-to-know (an agency counts its own referrals only, whatever it asks for). The controller is called on the real
 * register and database, as the signed-in user; the page's rendering is {@code ReferralListTest}'s.
 */
@HearthIntegrationTest
class ReferralListCountTest {

    private static final long CAP = 60;

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferralRegister register;
    @Autowired
    Partnerships partnerships;

    Agency ours;
    Agency theirs;
    UUID hub;

    @BeforeEach
    void referrals() {
        ours = fixtures.agency(Fixtures.uniqueName("Count Police "));
        theirs = fixtures.agency(Fixtures.uniqueName("Count Council "));
        hub = fixtures.enrolledUser(Role.HUB_COORDINATOR).user().id().value();
        // 105 of ours over three days (60 decided, 45 waiting), and 3 of another agency's among them
        for (int i = 0; i < 105; i++) {
            referral(ours, LocalDate.now().minusDays(i % 3), i % 7 < 4 ? "SIGNPOST" : null);
            if (i % 40 == 0) {
                referral(theirs, LocalDate.now().minusDays(i % 3), "REFER_TO_MARAC");
            }
        }
    }

    /** Decides the ones left waiting, so that they never stand in another test's triage queue. */
    @AfterEach
    void decided() {
        jdbc.sql("""
                UPDATE referral SET triage_outcome = 'SIGNPOST', triage_reason = 'Test decision', triaged_by = ?,
                    triaged_at = now()
                WHERE referring_agency_id IN (?, ?) AND triage_outcome IS NULL""")
                .params(hub, ours.id().value(), theirs.id().value()).update();
    }

    @Test
    void pastTheBoundTheCaptionSaysMoreThanAndThePagesGoOnToTheEnd() {
        ReferralListController list = new ReferralListController(register, partnerships, CAP);
        List<String> captions = new ArrayList<>();
        List<Object> seen = new ArrayList<>();
        String next = "/referrals";
        while (next != null) {
            Link link = next(next);
            ExtendedModelMap model = as(ours, Role.PRACTITIONER, () -> get(list, link));
            captions.add((String) model.get("caption"));
            ((List<?>) model.get("rows")).forEach(seen::add);
            next = (String) model.get("next");
        }
        assertThat(captions).containsExactly("Referrals 1 to 50 of more than 60", "Referrals 51 to 100 of at least 100",
                "Referrals 101 to 105 of 105");
        assertThat(seen).as("every one of ours once, none of theirs").hasSize(105).doesNotHaveDuplicates()
                .allMatch(r -> ((ReferralListController.Row) r).agency().equals(ours.name()));

        // filters combined below the bound: the exact figure
        ReferralListForm waitingOnes = new ReferralListForm();
        waitingOnes.setState(State.WAITING);
        ExtendedModelMap waiting = as(ours, Role.PRACTITIONER, () -> get(list, waitingOnes));
        assertThat(waiting.get("caption")).isEqualTo("Referrals 1 to 45 of 45");
        ReferralListForm decided = new ReferralListForm();
        decided.setState(State.DECIDED);
        assertThat(as(ours, Role.PRACTITIONER, () -> get(list, decided)).get("caption"))
                .as("exactly the bound: still exact").isEqualTo("Referrals 1 to 50 of 60");
    }

    @Test
    void anAgencyNotInvolvedCountsNoneOfAnothersReferrals() {
        ReferralListController list = new ReferralListController(register, partnerships, CAP);
        Agency stranger = fixtures.agency(Fixtures.uniqueName("Count Stranger "));
        ReferralListForm askingForOurs = new ReferralListForm();
        askingForOurs.setAgency(ours.id().value());
        assertThat(as(stranger, Role.PRACTITIONER, () -> get(list, askingForOurs)).get("caption"))
                .isEqualTo("No referrals");
        Filter ourAgency = new Filter(null, null, ours.id(), null, null, null);
        assertThat(as(stranger, Role.AGENCY_REPRESENTATIVE, () -> register.count(ourAgency, 1_000))).isZero();
        assertThat(as(theirs, Role.PRACTITIONER, () -> register.count(ourAgency, 1_000)))
                .as("their own three, never ours").isEqualTo(3);
        assertThat(as(ours, Role.PRACTITIONER, () -> register.count(Filter.none(), 61))).isEqualTo(61);
        assertThat(as(theirs, Role.HUB_COORDINATOR, () -> register.count(ourAgency, 1_000))).isEqualTo(105);
    }

    private static ExtendedModelMap get(ReferralListController list, ReferralListForm form) {
        return get(list, form, 1, null);
    }

    private static ExtendedModelMap get(ReferralListController list, ReferralListForm form, int page, String after) {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(list.list(form, new BeanPropertyBindingResult(form, "filters"), page, after, null, model, response))
                .isEqualTo("referrals/list");
        assertThat(response.getStatus()).isEqualTo(200);
        return model;
    }

    /** The next page's link followed: its page number and key (no filter in these links). */
    private static ExtendedModelMap get(ReferralListController list, Link link) {
        return get(list, new ReferralListForm(), link.page(), link.after());
    }

    private record Link(int page, String after) {
    }

    private static Link next(String href) {
        var query = UriComponentsBuilder.fromUriString(href).build().getQueryParams();
        return new Link(query.containsKey("page") ? Integer.parseInt(query.getFirst("page")) : 1,
                query.getFirst("after"));
    }

    private <T> T as(Agency agency, Role role, Supplier<T> work) {
        StaffUser u = fixtures.enrolledUserAt(agency.name(), role).user();
        StaffPrincipal principal = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(),
                true, false, true, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void referral(Agency agency, LocalDate received, String outcome) {
        UUID person = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(person, "Counted", "Victim", UUID.randomUUID()).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent,
                    triage_outcome, triage_reason, triaged_by, triaged_at)
                VALUES (?, ?, 'WEB', ?, ?, ?, 'GIVEN', ?, ?, ?, CASE WHEN CAST(? AS text) IS NULL THEN NULL ELSE now() END)""")
                .params(id, "RC-" + id.toString().substring(0, 8), agency.id().value(), received, person, outcome,
                        outcome == null ? null : "Test decision", outcome == null ? null : hub, outcome)
                .update();
    }
}
