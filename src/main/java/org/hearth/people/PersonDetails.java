package org.hearth.people;

import java.time.LocalDate;

/**
 * Who a person is. Either a date of birth or an estimated age (or neither when unknown); the equality
 * fields are optional and may be "prefers not to say".
 */
public record PersonDetails(String givenName, String familyName, LocalDate dateOfBirth, Integer estimatedAge,
        Sex sex, String genderIdentity, Ethnicity ethnicity, String firstLanguage, boolean interpreterNeeded,
        Disability disability, String sexualOrientation, String religion) {

    public PersonDetails {
        sex = sex == null ? Sex.NOT_KNOWN : sex;
        disability = disability == null ? Disability.NOT_KNOWN : disability;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
