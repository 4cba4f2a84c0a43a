package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The partnership coordinators' own pages (budgets and contracts, death reviews, the retention review) name
 * {@link Role#COORDINATES_PARTNERSHIP}; no other class writes the expression again.
 */
class CoordinatorRoleTest {

    private static final Pattern COPY = Pattern.compile("hasRole\\(\\s*'PARTNERSHIP_COORDINATOR'\\s*\\)");

    @Test
    void theExpressionNamesTheRole() {
        assertThat(COPY.matcher(Role.COORDINATES_PARTNERSHIP).matches()).isTrue();
    }

    @Test
    void noOtherClassWritesTheCoordinatorRole() throws IOException {
        List<String> copies;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            copies = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("access/Role.java"))
                    .filter(f -> COPY.matcher(InsightsRolesTest.read(f)).find()).map(Path::toString).sorted().toList();
        }
        assertThat(copies).as("use Role.COORDINATES_PARTNERSHIP").isEmpty();
    }
}
