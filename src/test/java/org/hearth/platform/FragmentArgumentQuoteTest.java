package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thymeleaf cannot parse an escaped quote ({@code \'}) inside a fragment expression's argument: the page fails with
 * a 500, and only when that block renders (the daily hub's "Open today's meeting" did, on working days only). A
 * fragment's words take a typographic apostrophe (’) instead. Any template that writes {@code \'} inside a
 * {@code ~{...}} fails here, with its file and line, whatever the day.
 */
class FragmentArgumentQuoteTest {

    private static final Pattern ESCAPED_QUOTE_IN_FRAGMENT = Pattern.compile("~\\{[^}]*\\\\'");

    @Test
    void noFragmentArgumentHoldsAnEscapedQuote() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(NoInlineComponentMarkupTest.TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                found.addAll(offences(file.getFileName().toString(), Files.readAllLines(file)));
            }
        }
        assertThat(found).as("an escaped quote in a fragment's argument: write ’ instead").isEmpty();
    }

    @Test
    void theGuardCatchesTheHubsOldButton() {
        assertThat(offences("today.html", List.of("<p>Today</p>",
                "<div th:replace=\"~{components :: button('Open today\\'s meeting', null)}\"></div>",
                "<div th:replace=\"~{components :: button('Open today’s meeting', null)}\"></div>",
                "<p th:text=\"'Today\\'s meeting'\"></p>")))
                .containsExactly("today.html:2");
    }

    static List<String> offences(String name, List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (ESCAPED_QUOTE_IN_FRAGMENT.matcher(lines.get(i)).find()) {
                out.add(name + ":" + (i + 1));
            }
        }
        return out;
    }
}
