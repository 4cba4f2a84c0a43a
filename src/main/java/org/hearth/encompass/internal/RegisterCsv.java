package org.hearth.encompass.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hearth.encompass.ImportReport;
import org.hearth.partnership.Area;
import org.hearth.platform.InvalidInputException;

/**
 * A register's CSV file (schools, GP practices) read row by row: the first line must name the register's columns,
 * a row with the wrong number of columns is refused, and every other row goes to the register's own reader, which
 * adds it or says why not. Shared by {@link JdbcSchools} and {@link JdbcGpPractices}; each audits the ids added.
 */
final class RegisterCsv {

    private RegisterCsv() {
    }

    /** What a row came to: the name to report, and the id added or the problems (none when added). */
    record Outcome(String name, UUID added, List<String> problems) {

        static Outcome added(String name, UUID id) {
            return new Outcome(name, id, List.of());
        }

        static Outcome refused(String name, List<String> problems) {
            return new Outcome(name, null, problems);
        }
    }

    /** The file read: the report by line, and the ids of the records added. */
    record Read(ImportReport report, List<String> added) {
    }

    /** The areas by their name in lower case, as a file names them (the first of two with one name). */
    static Map<String, Area> areasByName(List<Area> areas) {
        Map<String, Area> byName = new HashMap<>();
        areas.forEach(a -> byName.putIfAbsent(a.name().strip().toLowerCase(Locale.ROOT), a));
        return byName;
    }

    /** Reads {@code csv}, each consistent row through {@code row} (given the text of each named column). */
    static Read read(Reader csv, List<String> header, Function<UnaryOperator<String>, Outcome> row) {
        List<ImportReport.Row> rows = new ArrayList<>();
        List<String> added = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
            List<String> missing = header.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw InvalidInputException.of("file", "The file's first line must name the columns "
                        + String.join(", ", header) + " (missing: " + String.join(", ", missing) + ")");
            }
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                if (!r.isConsistent()) {
                    rows.add(new ImportReport.Row(line, r.isSet("name") ? r.get("name") : "", false,
                            List.of("The row has " + r.size() + " columns, not " + parser.getHeaderMap().size())));
                    continue;
                }
                Outcome o = row.apply(r::get);
                if (o.added() != null) {
                    added.add(o.added().toString());
                }
                rows.add(new ImportReport.Row(line, o.name(), o.added() != null, o.problems()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (e instanceof InvalidInputException) {
                throw e;
            }
            throw InvalidInputException.of("file", "The file is not CSV Hearth can read");
        }
        return new Read(new ImportReport(rows), added);
    }
}
