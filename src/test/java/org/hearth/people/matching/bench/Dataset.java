package org.hearth.people.matching.bench;

import java.util.List;
import org.hearth.people.matching.MatchRecord;

/**
 * Records read for a benchmark, with the true person of each record where the file carries it
 * ({@code truth[i]}, null when unknown) and the rows that could not be read (line number and reason only).
 */
public record Dataset(List<MatchRecord> records, String[] truth, List<String> problems) {

    public boolean hasTruth() {
        if (truth == null) {
            return false;
        }
        for (String t : truth) {
            if (t == null) {
                return false;
            }
        }
        return true;
    }
}
