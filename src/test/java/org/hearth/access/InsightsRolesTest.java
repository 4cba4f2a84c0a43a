package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who sees the partnership's figures is written once: {@link Role#INSIGHTS}, and {@link Role#SEES_INSIGHTS} for
 * {@code @PreAuthorize}. No other main class spells the same roles in a {@code hasAnyRole(...)} of its own (the
 * insights pages, the orders and casework figures, the hub's volumes and MARAC returns each had a copy).
 */
class InsightsRolesTest {

    static final Pattern HAS_ANY_ROLE = Pattern.compile("hasAnyRole\\(((?:\\s*'[A-Z_]+'\\s*,?\"?\\s*\\+?\\s*\"?)+)\\)");

    static Set<Role> roles(String expression) {
        return Arrays.stream(expression.split(",")).map(r -> r.replaceAll("[^A-Z_]", "")).filter(r -> !r.isEmpty())
                .map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    @Test
    void theExpressionNamesTheRoles() {
        Matcher m = HAS_ANY_ROLE.matcher(Role.SEES_INSIGHTS);
        assertThat(m.matches()).isTrue();
        assertThat(roles(m.group(1))).isEqualTo(Role.INSIGHTS);
        assertThat(Role.authorities(Role.INSIGHTS)).containsExactlyInAnyOrder("ROLE_PARTNERSHIP_COORDINATOR",
                "ROLE_SYSTEM_ADMIN", "ROLE_ANALYST", "ROLE_HUB_COORDINATOR");
    }

    @Test
    void noOtherClassWritesTheInsightsRoles() throws IOException {
        List<String> copies;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            copies = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("access/Role.java"))
                    .filter(f -> {
                        Matcher m = HAS_ANY_ROLE.matcher(read(f));
                        while (m.find()) {
                            if (roles(m.group(1)).equals(Role.INSIGHTS)) {
                                return true;
                            }
                        }
                        return false;
                    }).map(Path::toString).sorted().toList();
        }
        assertThat(copies).as("use Role.SEES_INSIGHTS").isEmpty();
    }

    @Test
    void theCheckFindsACopy() {
        Matcher m = HAS_ANY_ROLE.matcher("@PreAuthorize(\"hasAnyRole('HUB_COORDINATOR', 'PARTNERSHIP_COORDINATOR', "
                + "'SYSTEM_ADMIN', 'ANALYST')\")");
        assertThat(m.find()).isTrue();
        assertThat(roles(m.group(1))).isEqualTo(Role.INSIGHTS);
    }

    static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
