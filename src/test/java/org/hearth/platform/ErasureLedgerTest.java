package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The erasure ledger: lines read back as written and signed; a changed line, another key or no key are not valid. */
class ErasureLedgerTest {

    static final byte[] KEY = new byte[32];
    static final byte[] OTHER = "another key of thirty-two bytes!".getBytes();

    @TempDir
    Path dir;

    @Test
    void readsBackEachErasureSigned() {
        ErasureLedger ledger = new ErasureLedger(dir.resolve("erasure-ledger"), KEY);
        UUID person = UUID.randomUUID();
        UUID merged = UUID.randomUUID();
        UUID approver = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-05T21:00:00.123456Z");
        ledger.append(at, person, List.of(person, merged), approver);
        ledger.append(at.plusSeconds(60), merged, List.of(merged), approver);

        List<ErasureLedger.Entry> entries = ledger.entries();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).isEqualTo(new ErasureLedger.Entry(1, at, person, List.of(person, merged), approver,
                true));
        assertThat(entries.get(1).line()).isEqualTo(2);
        assertThat(entries.get(1).valid()).isTrue();
        assertThat(new ErasureLedger(ledger.file(), OTHER).entries()).extracting(ErasureLedger.Entry::valid)
                .containsOnly(false);
        assertThat(new ErasureLedger(ledger.file(), null).entries()).extracting(ErasureLedger.Entry::at)
                .containsExactly(at, at.plusSeconds(60));
    }

    @Test
    void aChangedOrForeignLineIsNotValid() throws Exception {
        ErasureLedger ledger = new ErasureLedger(dir.resolve("erasure-ledger"), KEY);
        UUID person = UUID.randomUUID();
        UUID someoneElse = UUID.randomUUID();
        ledger.append(Instant.now(), person, List.of(person), UUID.randomUUID());
        String line = Files.readString(ledger.file());
        Files.writeString(ledger.file(), line + line.replace(person.toString(), someoneElse.toString())
                + "not a line\n");

        assertThat(ledger.entries()).extracting(ErasureLedger.Entry::valid).containsExactly(true, false, false);
        assertThat(ledger.entries().get(1).person()).as("read, but not to be trusted").isEqualTo(someoneElse);
        assertThat(new ErasureLedger(dir.resolve("none"), KEY).entries()).isEmpty();
    }
}
