package org.hearth.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Sector;
import org.hearth.risk.RiskPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What every {@link HearthWebSlice} test shares: its callers, its fixed agency and area, and reading its pages. */
public final class WebSlices {

    /** The signed-in caller's agency and area (synthetic). */
    public static final AgencyId AGENCY = new AgencyId(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    public static final AreaId AREA = new AreaId(UUID.fromString("00000000-0000-4000-8000-0000000000b1"));
    public static final Agency POLICE = new Agency(AGENCY, "Northfield Police", Sector.POLICE, true, AREA, true);

    private WebSlices() {
    }

    /** A fully signed-in member of staff of {@link #AGENCY} with these roles, for {@code with(user(...))}. */
    public static StaffPrincipal staff(Role... roles) {
        return new StaffPrincipal(new StaffUserId(UUID.randomUUID()), "slice.user", "Slice User", AGENCY,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles), true, false, true, "");
    }

    /**
     * Sends a form that must be refused and returns the page it is answered with, asserting the refusal: a 400 whose
     * title starts "Error: " (the layout's rule for a page with errors).
     */
    public static Document refused(MockMvc mvc, RequestBuilder request) throws Exception {
        Document page = Jsoup.parse(mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.title()).startsWith("Error: ");
        return page;
    }

    /**
     * The GOV.UK error summary's links, each as "#field-id message" (the summary is how a screen reader user finds
     * each error), asserting the summary is there.
     */
    public static List<String> errorSummary(Document page) {
        Element summary = page.selectFirst(".govuk-error-summary");
        if (summary == null) {
            throw new AssertionError("no GOV.UK error summary on the page");
        }
        return summary.select(".govuk-error-summary__list a").stream()
                .map(a -> a.attr("href") + " " + a.text()).toList();
    }

    /** The inline error message of the field with this id (GOV.UK: {@code id-error}), or null. */
    public static String fieldError(Document page, String fieldId) {
        Element error = page.getElementById(fieldId + "-error");
        return error == null ? null : error.text();
    }

    /** The beans a slice needs that are no module's API: transactions without a database, the default risk policy. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {

        /** Runs the callback without a database (the mocked APIs write nothing). */
        @Bean
        TransactionTemplate transactionTemplate() {
            return new TransactionTemplate(mock(PlatformTransactionManager.class));
        }

        @Bean
        RiskPolicy riskPolicy() {
            return RiskPolicy.DEFAULT;
        }
    }
}
