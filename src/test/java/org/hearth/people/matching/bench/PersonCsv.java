package org.hearth.people.matching.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hearth.people.matching.MatchRecord;

/**
 * Reads person records from CSV in either of two layouts, told apart by the header:
 * <ul>
 * <li>FEBRL: {@code rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state,
 * date_of_birth, soc_sec_id} (comma then space; dates {@code yyyyMMdd}; the person is N in {@code rec-N-org} and
 * {@code rec-N-dup-K});</li>
 * <li>Hearth: {@code id,given_name,surname,date_of_birth,sex,address,postcode[,cluster]} (ISO dates; {@code cluster}
 * is the true person when known).</li>
 * </ul>
 * A row that cannot be read is reported by line number and reason, never with its contents.
 */
public final class PersonCsv {

    private static final Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");

    private PersonCsv() {
    }

    public static Dataset read(Path file, boolean withIdentifier) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, withIdentifier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dataset read(Reader reader, boolean withIdentifier) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header.containsKey("rec_id")) {
                return febrl(parser, withIdentifier);
            }
            if (header.containsKey("id") && header.containsKey("given_name")) {
                return hearth(parser, header.containsKey("cluster"), withIdentifier && header.containsKey("identifier"));
            }
            throw new IllegalArgumentException("unknown CSV layout: expected a FEBRL (rec_id, ...) or Hearth (id, "
                    + "given_name, ...) header");
        }
    }

    private static Dataset febrl(CSVParser parser, boolean withIdentifier) {
        List<MatchRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CSVRecord row : parser) {
            long line = parser.getCurrentLineNumber();
            if (row.size() != 11) {
                problems.add("line " + line + ": expected 11 columns, found " + row.size());
                continue;
            }
            String id = row.get("rec_id");
            Matcher m = FEBRL_ID.matcher(id);
            if (!m.matches()) {
                problems.add("line " + line + ": rec_id is not rec-N-org or rec-N-dup-K");
                continue;
            }
            if (!ids.add(id)) {
                problems.add("line " + line + ": duplicate rec_id");
                continue;
            }
            String address = join(join(row.get("street_number"), " ", row.get("address_1")), ", ",
                    join(join(row.get("address_2"), ", ", row.get("suburb")), ", ", row.get("state")));
            records.add(new MatchRecord(id, blank(row.get("given_name")), blank(row.get("surname")),
                    blank(row.get("date_of_birth")), null, blank(address), blank(row.get("postcode")),
                    withIdentifier ? blank(row.get("soc_sec_id")) : null));
            truth.add(m.group(1));
        }
        return new Dataset(records, truth.toArray(new String[0]), problems);
    }

    private static Dataset hearth(CSVParser parser, boolean hasCluster, boolean hasIdentifier) {
        List<MatchRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int columns = parser.getHeaderNames().size();
        for (CSVRecord row : parser) {
            long line = parser.getCurrentLineNumber();
            if (!row.isConsistent()) {
                problems.add("line " + line + ": expected " + columns + " columns, found " + row.size());
                continue;
            }
            String id = blank(row.get("id"));
            if (id == null) {
                problems.add("line " + line + ": missing id");
                continue;
            }
            if (!ids.add(id)) {
                problems.add("line " + line + ": duplicate id");
                continue;
            }
            records.add(new MatchRecord(id, blank(row.get("given_name")), blank(row.get("surname")),
                    blank(row.get("date_of_birth")), blank(row.get("sex")), blank(row.get("address")),
                    blank(row.get("postcode")), hasIdentifier ? blank(row.get("identifier")) : null));
            truth.add(hasCluster ? blank(row.get("cluster")) : null);
        }
        return new Dataset(records, truth.toArray(new String[0]), problems);
    }

    /** Writes records in the Hearth layout, with the truth as {@code cluster} when given. */
    public static void write(Path file, Dataset data) {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                var printer = new org.apache.commons.csv.CSVPrinter(out, CSVFormat.DEFAULT.builder()
                        .setHeader("id", "given_name", "surname", "date_of_birth", "sex", "address", "postcode",
                                "cluster")
                        .get())) {
            for (int i = 0; i < data.records().size(); i++) {
                MatchRecord r = data.records().get(i);
                printer.printRecord(r.id(), r.givenName(), r.surname(), r.dateOfBirth(), r.sex(), r.address(),
                        r.postcode(), data.truth() == null ? null : data.truth()[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(String a, String sep, String b) {
        a = blank(a);
        b = blank(b);
        if (a == null) {
            return b == null ? "" : b;
        }
        return b == null ? a : a + sep + b;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
