package org.hearth.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hearth.people.SafeContact;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The page layer of the safe-contact guard on its own: the safe-contact panel renders the safe number and address
 * only for an allocated worker, even if the rules it is given carry them (the store layer is tested in
 * {@code PersonAccessTest}).
 */
class SafeContactFragmentTest {

    private static String render(SafeContact rules, boolean allocated) {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        Context context = new Context();
        context.setVariables(Map.of("rules", rules, "allocated", allocated));
        return engine.process("<div th:replace=\"~{people/fragments :: safeContact(${rules}, ${allocated})}\"></div>",
                context);
    }

    private static final SafeContact WITH_DETAILS = new SafeContact(true, false, true, false, false, "Mornings",
            "07700 900321", "c/o Northfield Library", null);

    @Test
    void onlyAnAllocatedWorkerIsShownTheSafeNumberAndAddress() {
        Document allocated = Jsoup.parse(render(WITH_DETAILS, true));
        assertThat(allocated.selectFirst("#safe-phone").text()).isEqualTo("07700 900321");
        assertThat(allocated.selectFirst("#safe-address").text()).isEqualTo("c/o Northfield Library");

        Document other = Jsoup.parse(render(WITH_DETAILS, false));
        assertThat(other.select("#safe-phone")).isEmpty();
        assertThat(other.select("#safe-address")).isEmpty();
        assertThat(other.text()).doesNotContain("07700 900321").doesNotContain("Northfield Library")
                .contains("Mornings").contains("show only to allocated workers");
    }
}
