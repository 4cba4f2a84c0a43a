package org.hearth.encompass;

import java.util.List;

/** What a register's CSV import (schools, GP practices) did, row by row: each row added, or refused with its reasons. */
public record ImportReport(List<Row> rows) {

    /** A data row (line 2 is the first after the header): the school's or practice's name and either "Added" or the problems. */
    public record Row(int line, String name, boolean added, List<String> problems) {
    }

    public long added() {
        return rows.stream().filter(Row::added).count();
    }

    public long refused() {
        return rows.size() - added();
    }
}
