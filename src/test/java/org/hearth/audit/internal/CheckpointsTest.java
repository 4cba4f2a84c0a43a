package org.hearth.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.hearth.platform.HearthSecretKey;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint file without the application: what is appended, and what an edit of the file turns into. */
class CheckpointsTest {

    static final byte[] KEY = "checkpoint-key-for-the-unit-test".getBytes(StandardCharsets.US_ASCII);
    static final String HASH = "ab".repeat(32);

    @TempDir
    Path dir;

    @Test
    void anAppendedCheckpointReadsBackSignedAndTheFileIsPrivate() throws Exception {
        Path file = dir.resolve("nested/deeper/audit-checkpoints");
        Checkpoints checkpoints = new Checkpoints(file, KEY);
        assertThat(checkpoints.file()).isEqualTo(file);
        assertThat(checkpoints.exists()).isFalse();
        assertThat(checkpoints.read()).isEmpty();
        Instant before = Instant.now().minusMillis(1);
        checkpoints.append(42, HASH, 7);
        // private from the first line on
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        checkpoints.append(43, "cd".repeat(32), 7);
        assertThat(checkpoints.exists()).isTrue();
        List<Checkpoints.Checkpoint> read = checkpoints.read();
        assertThat(read).hasSize(2);
        Checkpoints.Checkpoint first = read.get(0);
        assertThat(first.valid()).isTrue();
        assertThat(first.line()).isEqualTo(1);
        assertThat(first.seq()).isEqualTo(42);
        assertThat(first.hash()).isEqualTo(HASH);
        assertThat(first.legacyEnd()).isEqualTo(7);
        assertThat(first.at()).isAfter(before).isBefore(Instant.now().plusSeconds(1));
        assertThat(read.get(1).line()).isEqualTo(2);
        assertThat(read.get(1).seq()).isEqualTo(43);
        assertThat(Files.readString(file)).startsWith("v1 seq=42 hash=" + HASH + " legacy=7 at=").endsWith("\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aCheckpointEditedInTheFileIsNoLongerValid() throws Exception {
        Path file = dir.resolve("audit-checkpoints");
        Checkpoints checkpoints = new Checkpoints(file, KEY);
        checkpoints.append(10, HASH, 0);
        checkpoints.append(20, HASH, 0);
        String text = Files.readString(file);
        // the attacker moves the second checkpoint back to entry 12, keeping its MAC
        Files.writeString(file, text.replace("v1 seq=20 ", "v1 seq=12 "));
        List<Checkpoints.Checkpoint> read = checkpoints.read();
        assertThat(read.get(0).valid()).isTrue();
        assertThat(read.get(1).valid()).isFalse();
        assertThat(read.get(1).seq()).isEqualTo(12);
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsNotValid() {
        Path file = dir.resolve("audit-checkpoints");
        new Checkpoints(file, "someone-elses-key-000000000000000".getBytes(StandardCharsets.US_ASCII)).append(5, HASH, 0);
        assertThat(new Checkpoints(file, KEY).read()).singleElement()
                .satisfies(cp -> assertThat(cp.valid()).isFalse());
    }

    @Test
    void aLineThatDoesNotParseIsReportedAsChangedWithItsLineNumber() throws Exception {
        Path file = dir.resolve("audit-checkpoints");
        Checkpoints checkpoints = new Checkpoints(file, KEY);
        checkpoints.append(1, HASH, 0);
        Files.writeString(file, Files.readString(file) + "\n   \nnot a checkpoint\n");
        List<Checkpoints.Checkpoint> read = checkpoints.read();
        assertThat(read).hasSize(2);
        assertThat(read.get(0).valid()).isTrue();
        assertThat(read.get(1).line()).isEqualTo(4);
        assertThat(read.get(1).valid()).isFalse();
        assertThat(read.get(1).hash()).isNull();
    }

    @Test
    void aSignedLineWithATimeThatIsNotATimeIsNotValid() throws Exception {
        Path file = dir.resolve("audit-checkpoints");
        String body = "v1 seq=3 hash=" + HASH + " legacy=0 at=yesterday";
        Files.writeString(file, body + " mac=" + ChainHash.hmac(KEY, body) + "\n");
        Checkpoints.Checkpoint cp = new Checkpoints(file, KEY).read().get(0);
        assertThat(cp.valid()).isFalse();
        assertThat(cp.at()).isNull();
        assertThat(cp.seq()).isEqualTo(3);
    }

    @Test
    void aSignedLineWrittenByHandWithTheKeyIsValid() throws Exception {
        Path file = dir.resolve("audit-checkpoints");
        String body = "v1 seq=3 hash=" + HASH + " legacy=2 at=2026-01-02T03:04:05.006Z";
        Files.writeString(file, body + " mac=" + ChainHash.hmac(KEY, body) + "\n");
        Checkpoints.Checkpoint cp = new Checkpoints(file, KEY).read().get(0);
        assertThat(cp.valid()).isTrue();
        assertThat(cp.at()).isEqualTo(Instant.parse("2026-01-02T03:04:05.006Z"));
        assertThat(cp.legacyEnd()).isEqualTo(2);
    }

    @Test
    void aFileThatCannotBeWrittenOrReadIsAnError() throws Exception {
        Path directory = dir.resolve("a-directory");
        Files.createDirectories(directory);
        Checkpoints checkpoints = new Checkpoints(directory, KEY);
        assertThatThrownBy(() -> checkpoints.append(1, HASH, 0)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Could not append");
        assertThatThrownBy(checkpoints::read).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Could not read");
    }

    @Test
    void theFileIsTheConfiguredOneElseBesideTheSecretKey() {
        MockEnvironment configured = new MockEnvironment().withProperty("hearth.audit.checkpoint-file",
                " target/elsewhere/checkpoints ");
        assertThat(Checkpoints.file(configured)).isEqualTo(Path.of("target/elsewhere/checkpoints").toAbsolutePath());
        MockEnvironment blank = new MockEnvironment().withProperty("hearth.audit.checkpoint-file", " ");
        assertThat(Checkpoints.file(blank)).isEqualTo(HearthSecretKey.home(blank).resolve("audit-checkpoints"))
                .isNotNull();
    }
}
