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
 * Two things a fragment expression's argument cannot hold, each a 500 only when that block renders: an escaped
 * quote ({@code \'}: Thymeleaf cannot parse it; the daily hub's "Open today's meeting" failed so, on working days
 * only), for which a fragment's words take a typographic apostrophe (’); and a bean reference ({@code @dates...}:
 * fragment arguments are evaluated in Thymeleaf's restricted mode; a hub case's actions table failed so once an
 * action was agreed), for which the cell is written by hand. Any template that writes either inside a
 * {@code ~{...}} fails here, with its file and line, whatever the day and whatever the data.
 */
class FragmentArgumentQuoteTest {

    private static final Pattern ESCAPED_QUOTE_IN_FRAGMENT = Pattern.compile("~\\{[^}]*\\\\'");
    private static final Pattern BEAN_IN_FRAGMENT = Pattern.compile("~\\{.*\\$\\{.*@[A-Za-z]");

    @Test
    void noFragmentArgumentHoldsAnEscapedQuote() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(NoInlineComponentMarkupTest.TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                found.addAll(offences(file.getFileName().toString(), Files.readAllLines(file)));
            }
        }
        assertThat(found).as("an escaped quote (write ’) or a bean reference (write the cell by hand) in a fragment's "
                + "argument").isEmpty();
    }

    @Test
    void theGuardCatchesTheHubsOldButton() {
        assertThat(offences("today.html", List.of("<p>Today</p>",
                "<div th:replace=\"~{components :: button('Open today\\'s meeting', null)}\"></div>",
                "<div th:replace=\"~{components :: button('Open today’s meeting', null)}\"></div>",
                "<p th:text=\"'Today\\'s meeting'\"></p>",
                "<td th:replace=\"~{components :: textCells(${ {a.owner(), @dates.day(a.due())} })}\"></td>",
                "<td th:text=\"${@dates.day(a.due())}\"></td>",
                "<a th:replace=\"~{components :: link(@{/hub}, 'Hub')}\"></a>")))
                .containsExactly("today.html:2", "today.html:5");
    }

    static List<String> offences(String name, List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (ESCAPED_QUOTE_IN_FRAGMENT.matcher(line).find() || BEAN_IN_FRAGMENT.matcher(line).find()) {
                out.add(name + ":" + (i + 1));
            }
        }
        return out;
    }
}
