package org.hearth.subjectaccess;

import java.time.LocalDate;
import java.util.List;

/**
 * What the requester receives: every module's section with each flagged item either released (after review) or
 * replaced by a redaction note naming its item number and why. A redacted value is not in this object at all.
 *
 * @param releasedTo who receives it: the person, or their representative "on behalf of" the person
 */
public record SubjectAccessPackage(String reference, String personName, LocalDate receivedOn, LocalDate producedOn,
        boolean released, List<Section> sections, List<Redaction> redactions, String releasedTo) {

    public record Section(String title, List<Entry> entries) {
    }

    public record Entry(String heading, List<Line> lines) {
    }

    /**
     * A line of the output: a value, or (when {@code redacted}) the note "Withheld (item 3): names another person".
     *
     * @param item the flagged item's number, or null when it was never flagged
     */
    public record Line(String label, String value, Integer item, boolean redacted) {
    }

    /** A withheld item: its number and why it was withheld (never the value). */
    public record Redaction(int item, String why) {
    }
}
