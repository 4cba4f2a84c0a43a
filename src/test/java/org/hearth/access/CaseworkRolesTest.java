package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who works with a person's records is written once for {@code @PreAuthorize}: {@link Role#WORKS_CASES}, the roles of
 * {@link Role#CASEWORK}. No other main class spells the same roles, in any order, in a {@code hasAnyRole(...)} of its
 * own (casework, MARAC, orders, risk, housing, a child's school, the hub's actions, the people search and the
 * disclosure checks each had a copy), but platform's search page, which cannot use access (access is built on
 * platform).
 */
class CaseworkRolesTest {

    private static final String PLATFORM_SEARCH = "platform/web/SearchController.java";

    @Test
    void theExpressionNamesTheRoles() {
        Matcher m = InsightsRolesTest.HAS_ANY_ROLE.matcher(Role.WORKS_CASES);
        assertThat(m.matches()).isTrue();
        assertThat(InsightsRolesTest.roles(m.group(1))).isEqualTo(Role.CASEWORK);
    }

    @Test
    void noOtherClassWritesTheCaseworkRoles() throws IOException {
        List<String> copies;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            copies = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("access/Role.java")
                    && !f.endsWith(PLATFORM_SEARCH)).filter(f -> {
                        Matcher m = InsightsRolesTest.HAS_ANY_ROLE.matcher(InsightsRolesTest.read(f));
                        while (m.find()) {
                            if (InsightsRolesTest.roles(m.group(1)).equals(Role.CASEWORK)) {
                                return true;
                            }
                        }
                        return false;
                    }).map(Path::toString).sorted().toList();
        }
        assertThat(copies).as("use Role.WORKS_CASES").isEmpty();
    }
}
