package org.hearth.referrals.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.partnership.AgencyId;

/** Reading a file's header and rows into checked incidents: no database, no state. */
final class ImportRows {

    private ImportRows() {
    }

    /** The row checked, or null when it cannot be (it could not be read, or has the wrong number of columns). */
    static IncidentRow.Checked check(CsvRecords.Row row, int width, Map<ImportColumn, Integer> positions,
            AgencyId agency, Map<String, AgencyId> agencies) {
        if (row.problem() != null || row.fields().size() != width) {
            return null;
        }
        return IncidentRow.check(positions, row.fields(), agency, agencies, LocalDate.now());
    }

    static String policeReference(CsvRecords.Row row, Map<ImportColumn, Integer> positions) {
        Integer at = positions.get(ImportColumn.POLICE_REFERENCE);
        if (at == null || at >= row.fields().size()) {
            return null;
        }
        String v = row.fields().get(at).trim();
        return v.isEmpty() ? null : v.length() > 40 ? v.substring(0, 40) : v;
    }

    /** Reads the header into column positions; returns why it is unusable, or null. */
    static String header(CsvRecords.Row header, Map<ImportColumn, Integer> positions) {
        if (header == null) {
            return "The file is empty.";
        }
        if (header.problem() != null) {
            return "The header line cannot be read: " + header.problem() + ".";
        }
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i);
            Optional<ImportColumn> column = ImportColumn.of(name);
            if (column.isEmpty()) {
                unknown.add(name.length() > 40 ? name.substring(0, 40) + "…" : name);
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                return "The header names the column " + column.get().header() + " twice. Nothing was imported.";
            }
        }
        if (!unknown.isEmpty()) {
            return "The header has columns Hearth does not know: " + String.join(", ", unknown)
                    + ". Check them against the column specification. Nothing was imported.";
        }
        List<String> missing = java.util.Arrays.stream(ImportColumn.values())
                .filter(c -> c.required() && !positions.containsKey(c)).map(ImportColumn::header).toList();
        if (!missing.isEmpty()) {
            return "The header lacks required columns: " + String.join(", ", missing) + ". Nothing was imported.";
        }
        return null;
    }
}
