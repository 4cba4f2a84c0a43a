package org.hearth.people.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.hearth.people.Disability;
import org.hearth.people.Ethnicity;
import org.hearth.people.PersonDetails;
import org.hearth.people.Sex;
import org.hearth.platform.web.DateParts;
import org.springframework.validation.BindingResult;

/** The "add a person" form, as typed. */
public class PersonForm {

    @NotBlank(message = "Enter their first name")
    @Size(max = 100, message = "First name must be 100 characters or fewer")
    private String givenName;
    @NotBlank(message = "Enter their last name")
    @Size(max = 100, message = "Last name must be 100 characters or fewer")
    private String familyName;
    @Size(max = 300, message = "Other names must be 300 characters or fewer")
    private String aliases;
    private DateParts dateOfBirth = new DateParts();
    @Min(value = 0, message = "Estimated age must be 0 or more")
    @Max(value = 120, message = "Estimated age must be 120 or less")
    private Integer estimatedAge;
    private Sex sex = Sex.NOT_KNOWN;
    @Size(max = 100)
    private String genderIdentity;
    private Ethnicity ethnicity;
    @Size(max = 100)
    private String firstLanguage;
    private boolean interpreterNeeded;
    private Disability disability = Disability.NOT_KNOWN;
    @Size(max = 100)
    private String sexualOrientation;
    private org.hearth.people.SexualOrientation sexualOrientationCode = org.hearth.people.SexualOrientation.NOT_KNOWN;
    private org.hearth.people.GenderIdentity genderIdentityCode = org.hearth.people.GenderIdentity.NOT_KNOWN;
    @Size(max = 100)
    private String religion;
    @Size(max = 10, message = "Postcode must be 10 characters or fewer")
    private String postcode;

    /** The shape of a UK postcode (upper case, the space optional). */
    static final java.util.regex.Pattern POSTCODE = java.util.regex.Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    /**
     * Checks what annotations cannot: a real date, not in the future, and not both a date and an age; a postcode
     * shaped like one.
     */
    public void validate(BindingResult errors) {
        if (postcode != null && !postcode.isBlank() && !errors.hasFieldErrors("postcode")
                && !POSTCODE.matcher(postcode.trim().toUpperCase(java.util.Locale.ROOT)).matches()) {
            errors.rejectValue("postcode", "postcode", "Enter a real postcode, like NF1 2AB");
        }
        if (!dateOfBirth.blank()) {
            var date = dateOfBirth.toDate();
            if (date.isEmpty()) {
                errors.rejectValue("dateOfBirth", "date", "Date of birth must be a real date, like 27 3 1990");
            } else if (date.get().isAfter(LocalDate.now())) {
                errors.rejectValue("dateOfBirth", "date", "Date of birth must be in the past");
            } else if (date.get().isBefore(LocalDate.now().minusYears(120))) {
                errors.rejectValue("dateOfBirth", "date", "Date of birth must be within the last 120 years");
            } else if (estimatedAge != null) {
                errors.rejectValue("estimatedAge", "both", "Give a date of birth or an estimated age, not both");
            }
        }
    }

    /** The form filled in from a person's current details, for correcting them. */
    public static PersonForm of(PersonDetails d, List<String> aliases) {
        PersonForm f = new PersonForm();
        f.givenName = d.givenName();
        f.familyName = d.familyName();
        f.aliases = String.join(", ", aliases);
        f.dateOfBirth = DateParts.of(d.dateOfBirth());
        f.estimatedAge = d.estimatedAge();
        f.sex = d.sex();
        f.genderIdentity = d.genderIdentity();
        f.ethnicity = d.ethnicity();
        f.firstLanguage = d.firstLanguage();
        f.interpreterNeeded = d.interpreterNeeded();
        f.disability = d.disability();
        f.sexualOrientation = d.sexualOrientation();
        f.religion = d.religion();
        f.sexualOrientationCode = d.sexualOrientationCode();
        f.genderIdentityCode = d.genderIdentityCode();
        return f;
    }

    public PersonDetails toDetails() {
        return new PersonDetails(givenName.trim(), familyName.trim(), dateOfBirth.toDate().orElse(null), estimatedAge,
                sex, genderIdentity, ethnicity, firstLanguage, interpreterNeeded, disability, sexualOrientation,
                religion, sexualOrientationCode, genderIdentityCode);
    }

    public List<String> aliasList() {
        return aliases == null ? List.of() : List.of(aliases.split("[,;\\n]")).stream().map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getAliases() { return aliases; }
    public void setAliases(String v) { aliases = v; }
    public DateParts getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(DateParts v) { dateOfBirth = v == null ? new DateParts() : v; }
    public Integer getEstimatedAge() { return estimatedAge; }
    public void setEstimatedAge(Integer v) { estimatedAge = v; }
    public Sex getSex() { return sex; }
    public void setSex(Sex v) { sex = v; }
    public String getGenderIdentity() { return genderIdentity; }
    public void setGenderIdentity(String v) { genderIdentity = v; }
    public Ethnicity getEthnicity() { return ethnicity; }
    public void setEthnicity(Ethnicity v) { ethnicity = v; }
    public String getFirstLanguage() { return firstLanguage; }
    public void setFirstLanguage(String v) { firstLanguage = v; }
    public boolean isInterpreterNeeded() { return interpreterNeeded; }
    public void setInterpreterNeeded(boolean v) { interpreterNeeded = v; }
    public Disability getDisability() { return disability; }
    public void setDisability(Disability v) { disability = v; }
    public String getSexualOrientation() { return sexualOrientation; }
    public void setSexualOrientation(String v) { sexualOrientation = v; }
    public org.hearth.people.SexualOrientation getSexualOrientationCode() { return sexualOrientationCode; }
    public void setSexualOrientationCode(org.hearth.people.SexualOrientation v) { sexualOrientationCode = v; }
    public org.hearth.people.GenderIdentity getGenderIdentityCode() { return genderIdentityCode; }
    public void setGenderIdentityCode(org.hearth.people.GenderIdentity v) { genderIdentityCode = v; }
    public String getReligion() { return religion; }
    public void setReligion(String v) { religion = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
}
