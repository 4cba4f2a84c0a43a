package org.hearth.referrals.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The import reads its file as a stream: a record at a time, never the whole file. */
class CsvRecordsTest {

    /** A generated file of {@code rows} rows, made as it is read; counts the bytes taken from it. */
    private static final class GeneratedFile extends InputStream {
        private final int rows;
        private int next = -1;
        private byte[] current = "police_reference,narrative\n".getBytes(StandardCharsets.UTF_8);
        private int at;
        long consumed;

        GeneratedFile(int rows) {
            this.rows = rows;
        }

        private boolean fill() {
            while (at == current.length) {
                if (++next >= rows) {
                    return false;
                }
                current = ("REF/" + next + ",\"Generated incident " + next + ", with a comma\"\n")
                        .getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            return true;
        }

        @Override
        public int read() {
            if (!fill()) {
                return -1;
            }
            consumed++;
            return current[at++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len && fill()) {
                int chunk = Math.min(len - n, current.length - at);
                System.arraycopy(current, at, b, off + n, chunk);
                at += chunk;
                n += chunk;
            }
            consumed += n;
            return n == 0 && len > 0 ? -1 : n;
        }
    }

    @Test
    void aLargeFileIsReadARecordAtATimeWithinOneBufferOfWhereTheReaderIs() throws IOException {
        int rows = 300_000; // about 15 MB: more than the 64 KB buffer many times over
        GeneratedFile file = new GeneratedFile(rows);
        long delivered = 0;
        long furthestAhead = 0;
        try (CsvRecords records = new CsvRecords(file)) {
            CsvRecords.Row header = records.next();
            assertThat(header.fields()).containsExactly("police_reference", "narrative");
            assertThat(file.consumed).as("bytes read for the header alone").isLessThanOrEqualTo(64 * 1024);
            delivered += "police_reference,narrative\n".length();
            int read = 0;
            CsvRecords.Row row;
            while ((row = records.next()) != null) {
                assertThat(row.problem()).isNull();
                assertThat(row.fields().get(0)).isEqualTo("REF/" + read);
                assertThat(row.fields().get(1)).isEqualTo("Generated incident " + read + ", with a comma");
                delivered += ("REF/" + read + ",\"Generated incident " + read + ", with a comma\"\n").length();
                furthestAhead = Math.max(furthestAhead, file.consumed - delivered);
                read++;
            }
            assertThat(read).isEqualTo(rows);
        }
        // a reader that loaded the file whole would be about 15 MB ahead of the records it had handed out
        assertThat(furthestAhead).as("bytes read ahead of the records delivered").isLessThanOrEqualTo(64 * 1024);
        assertThat(delivered).isGreaterThan(10L << 20);
    }
}
