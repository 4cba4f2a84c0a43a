package org.hearth.people;

import java.util.List;

/**
 * A person already known who may be the one being entered, with why: each entry of {@code reasons} is one
 * field's comparison in words, for or against (e.g. "Date of birth with day and month swapped", "Different
 * postcode"), never the engine's weights. {@code score} is the match probability, 0 to 1, and ranks.
 */
public record Candidate(PersonId id, String name, String dateOfBirth, double score, List<String> reasons) {

    /** The date of birth as a person writes it ("14 March 1988"); empty when not known. */
    public String bornOn() {
        if (dateOfBirth == null || dateOfBirth.isBlank()) {
            return "";
        }
        try {
            return org.hearth.platform.Dates.day(java.time.LocalDate.parse(dateOfBirth));
        } catch (java.time.format.DateTimeParseException e) {
            return dateOfBirth;
        }
    }
}
