package org.hearth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main class is over {@value #MAX_LINES} lines (issue 18: one job per class; the reference projects' longest is 359).
 * A class that grows past it is split by job.
 */
class ClassSizeTest {

    static final int MAX_LINES = 350;

    @Test
    void noMainClassIsOverTheLimit() throws IOException {
        List<String> over;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            over = files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    long lines = Files.readAllLines(f).size();
                    return lines > MAX_LINES ? f + " (" + lines + " lines)" : null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(java.util.Objects::nonNull).sorted().toList();
        }
        assertThat(over).as("classes over " + MAX_LINES + " lines: split them by job").isEmpty();
    }

    @Test
    void theCheckSeesTheMainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).count()).isGreaterThan(500);
        }
    }
}
