package org.hearth.people;

import java.time.LocalDate;

/**
 * Who a person is. Either a date of birth or an estimated age (or neither when unknown); the equality
 * fields are optional and may be "prefers not to say". Sexual orientation and gender identity are held twice: coded
 * ({@code sexualOrientationCode}, {@code genderIdentityCode}; "not known" when not recorded), which the SafeLives
 * MARAC return counts, and as free text in the person's own words.
 */
public record PersonDetails(String givenName, String familyName, LocalDate dateOfBirth, Integer estimatedAge,
        Sex sex, String genderIdentity, Ethnicity ethnicity, String firstLanguage, boolean interpreterNeeded,
        Disability disability, String sexualOrientation, String religion, SexualOrientation sexualOrientationCode,
        GenderIdentity genderIdentityCode) {

    public PersonDetails {
        sex = sex == null ? Sex.NOT_KNOWN : sex;
        disability = disability == null ? Disability.NOT_KNOWN : disability;
        sexualOrientationCode = sexualOrientationCode == null ? SexualOrientation.NOT_KNOWN : sexualOrientationCode;
        genderIdentityCode = genderIdentityCode == null ? GenderIdentity.NOT_KNOWN : genderIdentityCode;
    }

    /** Details without the coded sexual orientation and gender identity (both "not known"): for a new person. */
    public PersonDetails(String givenName, String familyName, LocalDate dateOfBirth, Integer estimatedAge, Sex sex,
            String genderIdentity, Ethnicity ethnicity, String firstLanguage, boolean interpreterNeeded,
            Disability disability, String sexualOrientation, String religion) {
        this(givenName, familyName, dateOfBirth, estimatedAge, sex, genderIdentity, ethnicity, firstLanguage,
                interpreterNeeded, disability, sexualOrientation, religion, null, null);
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
