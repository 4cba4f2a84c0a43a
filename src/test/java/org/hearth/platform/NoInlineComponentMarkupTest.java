package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages build forms and GOV.UK components from the fragments in {@code templates/components.html} (checked by
 * {@link ComponentMarkupTest}), never by hand: a copy drifts (a missing {@code aria-describedby}, radio ids in
 * another convention). Any template but components.html that writes one of these components' classes fails here,
 * with its file and line.
 */
class NoInlineComponentMarkupTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /**
     * The component classes only components.html may write, with their elements and error modifiers. (govuk-hint
     * and govuk-label also style text in tables; a hand-written field still needs a form group, refused here.)
     */
    static final Pattern COMPONENT_CLASS = Pattern.compile("\\bgovuk-(form-group|fieldset|error-message"
            + "|error-summary|input|textarea|select|radios|checkboxes|date-input|file-upload|password-input"
            + "|character-count|button-group|back-link|inset-text|warning-text|details|notification-banner)"
            + "(__[a-z-]+|--error)?(?![\\w-])");

    @Test
    void noTemplateButComponentsWritesComponentMarkup() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
                if (name.equals("components.html")) {
                    continue;
                }
                found.addAll(offences(name, Files.readAllLines(file)));
            }
        }
        assertThat(found).as("GOV.UK component markup outside components.html: use its fragments").isEmpty();
    }

    @Test
    void theGuardCatchesAHandWrittenFormGroup() {
        assertThat(offences("people/x.html", List.of("<p>", "  <div class=\"govuk-form-group govuk-form-group--error\">",
                "<a class=\"govuk-back-link\" href=\"/\">Back</a>", "<span class=\"govuk-radios__label\">x</span>")))
                .containsExactly("people/x.html:2: govuk-form-group", "people/x.html:2: govuk-form-group--error",
                        "people/x.html:3: govuk-back-link", "people/x.html:4: govuk-radios__label");
        assertThat(offences("people/y.html", List.of("<div th:replace=\"~{components :: textInput('age', 'Age', null, "
                + "'govuk-input--width-2')}\"></div>", "<p class=\"govuk-body govuk-hint-like\">"))).isEmpty();
    }

    /**
     * {@code th:replace} (or {@code th:insert}) runs before {@code th:if}, {@code th:unless} and {@code th:each} on
     * the same element, so those are silently ignored (an empty tag once showed on every row of My work): put the
     * condition or the loop on a {@code th:block} around the fragment.
     */
    static final Pattern IGNORED_CONDITION = Pattern.compile(
            "<[a-z]+[^>]*\\bth:(replace|insert)=[^>]*\\bth:(if|unless|each)=|<[a-z]+[^>]*\\bth:(if|unless|each)=[^>]*\\bth:(replace|insert)=");

    @Test
    void noConditionOrLoopSitsBesideAFragmentOnOneElement() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (IGNORED_CONDITION.matcher(lines.get(i)).find()) {
                        found.add(TEMPLATES.relativize(file) + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(IGNORED_CONDITION.matcher("<strong th:if=\"${x}\" th:replace=\"~{components :: tag('a', null)}\">")
                .find()).as("the guard sees it").isTrue();
        assertThat(found).as("th:if, th:unless or th:each ignored beside th:replace: wrap the fragment in a th:block")
                .isEmpty();
    }

    static List<String> offences(String name, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = COMPONENT_CLASS.matcher(lines.get(i));
            while (m.find()) {
                found.add(name + ":" + (i + 1) + ": " + m.group());
            }
        }
        return found;
    }
}
