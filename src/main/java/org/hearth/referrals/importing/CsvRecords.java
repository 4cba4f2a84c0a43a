package org.hearth.referrals.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV records one at a time from a stream, in bounded memory, so that one bad record never stops the file.
 * Records are framed at the byte level (a newline outside double quotes ends a record; UTF-8 never uses the
 * bytes of {@code "} or newline inside a multi-byte character, so this is safe before decoding). A record longer
 * than {@link #MAX_RECORD_BYTES} is skipped to its end without being kept, and reported. Each record is decoded
 * strictly as UTF-8 (a decoder set to {@link CodingErrorAction#REPORT}): bad bytes reject that record only. The
 * fields of a record are then parsed by Commons CSV (RFC 4180: commas, double quotes, doubled quotes inside).
 */
final class CsvRecords implements AutoCloseable {

    /** Longest record kept: a full 20,000-character narrative plus the other fields fits with room to spare. */
    static final int MAX_RECORD_BYTES = 128 * 1024;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrim(false).get();

    /** One record: its fields, or why it could not be read. {@code line} is the line it starts on. */
    record Row(long line, List<String> fields, String problem) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long line = 1;
    private boolean first = true;

    CsvRecords(InputStream in) {
        this.in = in;
    }

    /** The next non-blank record, or null at the end of the stream. */
    Row next() throws IOException {
        while (true) {
            long start = line;
            ByteCollector record = new ByteCollector();
            boolean quoted = false;
            boolean sawAny = false;
            int b;
            while ((b = read()) != -1) {
                sawAny = true;
                if (b == '\n') {
                    line++;
                    if (!quoted) {
                        break;
                    }
                }
                if (b == '"') {
                    quoted = !quoted;
                }
                record.add(b);
            }
            if (!sawAny) {
                return null;
            }
            if (record.overflowed()) {
                return new Row(start, null, "The line is longer than " + (MAX_RECORD_BYTES / 1024)
                        + " KB, so it was not read (is a quote left open?)");
            }
            byte[] bytes = record.bytes();
            if (first) {
                first = false;
                if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
                    bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
                }
            }
            if (quoted) {
                return new Row(start, null, "A quoted field is not closed before the end of the file");
            }
            String text;
            try {
                text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new Row(start, null, "The line is not valid UTF-8 text; save the file as UTF-8 and try again");
            }
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (text.isBlank()) {
                continue;
            }
            return parse(start, text);
        }
    }

    private static Row parse(long line, String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                return new Row(line, null, "The line is not valid CSV");
            }
            List<String> fields = new ArrayList<>(records.get(0).size());
            records.get(0).forEach(fields::add);
            return new Row(line, fields, null);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new Row(line, null, "The line is not valid CSV (check its quotes)");
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private int read() throws IOException {
        if (pos == limit) {
            limit = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[pos++] & 0xff;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Collects a record's bytes up to the cap; past it, only notes that it overflowed. */
    private static final class ByteCollector {
        private byte[] bytes = new byte[256];
        private int size;
        private boolean overflowed;

        void add(int b) {
            if (overflowed) {
                return;
            }
            if (size == MAX_RECORD_BYTES) {
                overflowed = true;
                bytes = null;
                return;
            }
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(MAX_RECORD_BYTES, bytes.length * 2));
            }
            bytes[size++] = (byte) b;
        }

        boolean overflowed() {
            return overflowed;
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
