package org.hearth.partnership;

import java.time.LocalDate;

/** A group's terms of reference: plain text, any of which may be blank (null), and the date they are next reviewed. */
public record TermsOfReference(String purpose, String remit, String frequency, String quorum, LocalDate reviewOn) {

    public static TermsOfReference none() {
        return new TermsOfReference(null, null, null, null, null);
    }
}
