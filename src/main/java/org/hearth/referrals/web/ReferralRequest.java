package org.hearth.referrals.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.people.PersonDetails;
import org.hearth.people.Sex;
import org.hearth.referrals.AbuseType;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.VictimRelationship;
import org.hearth.platform.web.ApiProblems.FieldProblem;

/**
 * The body of {@code POST /api/referrals}. Dates are ISO 8601 ({@code 2026-03-27}), times {@code 21:30}; codes are
 * the enum names ({@code PHYSICAL}, {@code INTIMATE_PARTNER}, {@code GIVEN}...). Unknown fields are refused.
 */
record ReferralRequest(
        @NotBlank(message = "Enter the referring practitioner's name") @Size(max = 200) String referrerName,
        @PastOrPresent(message = "Date received must be today or in the past") LocalDate receivedDate,
        @NotNull(message = "Enter the date of the incident")
        @PastOrPresent(message = "Date of the incident must be today or in the past") LocalDate incidentDate,
        LocalTime incidentTime,
        @Size(max = 40, message = "Police reference must be 40 characters or fewer") String policeReference,
        @NotNull(message = "Describe the victim") @Valid Person victim,
        @Size(max = 5, message = "Name at most 5 people causing harm") List<@NotNull @Valid Person> perpetrators,
        @Size(max = 10, message = "Name at most 10 children") List<@NotNull @Valid Child> children,
        VictimRelationship relationship,
        @NotEmpty(message = "Give at least one type of abuse") Set<@NotNull AbuseType> abuseTypes,
        @NotNull(message = "Say whether the victim consents to information being shared") Consent consent,
        LawfulBasis consentBasis,
        @Size(max = 2000, message = "The reason must be 2000 characters or fewer") String consentReason,
        @NotBlank(message = "Describe what happened")
        @Size(max = 20000, message = "What happened must be 20,000 characters or fewer") String narrative,
        org.hearth.risk.RiskGrade dashGrade,
        @Min(value = 0, message = "The DASH score is a whole number from 0 to 27")
        @Max(value = 27, message = "The DASH score is a whole number from 0 to 27") Integer dashScore) {

    /** Abuse types in a fixed order, so the same request always hashes the same (for Idempotency-Key). */
    ReferralRequest {
        if (abuseTypes != null && !abuseTypes.isEmpty() && !abuseTypes.contains(null)) {
            abuseTypes = java.util.EnumSet.copyOf(abuseTypes);
        }
    }

    /** A victim or person causing harm. */
    record Person(
            @Size(max = 100, message = "First name must be 100 characters or fewer") String givenName,
            @NotBlank(message = "Enter the last name") @Size(max = 100, message = "Last name must be 100 characters or fewer")
            String familyName,
            @Past(message = "Date of birth must be in the past") LocalDate dateOfBirth,
            Sex sex,
            @Size(max = 10) @Pattern(regexp = "^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$",
                    message = "Enter a UK postcode, like AA1 1AA") String postcode,
            org.hearth.people.Ethnicity ethnicity, org.hearth.people.Disability disability,
            org.hearth.people.SexualOrientation sexualOrientation, org.hearth.people.GenderIdentity genderIdentity) {

        /** The details of a new person (equality codes optional: "not known" when left out). */
        PersonDetails details() {
            return new PersonDetails(givenName == null || givenName.isBlank() ? "Unknown" : givenName.trim(),
                    familyName.trim(), dateOfBirth, null, sex, null, ethnicity, null, false, disability, null, null,
                    sexualOrientation, genderIdentity);
        }
    }

    /** A child, and whether they were present at the incident. */
    record Child(
            @Size(max = 100, message = "First name must be 100 characters or fewer") String givenName,
            @NotBlank(message = "Enter the child's last name") @Size(max = 100) String familyName,
            @Past(message = "Date of birth must be in the past") LocalDate dateOfBirth,
            @Min(value = 0, message = "Age must be 0 to 17") @Max(value = 17, message = "Age must be 0 to 17") Integer age,
            @NotNull(message = "Say whether the child was present") Boolean present) {

        PersonDetails details() {
            return new PersonDetails(givenName == null || givenName.isBlank() ? "Unknown" : givenName.trim(),
                    familyName.trim(), dateOfBirth, dateOfBirth == null ? age : null, Sex.NOT_KNOWN, null, null, null,
                    false, null, null, null);
        }
    }

    List<Person> perpetratorsOrNone() {
        return perpetrators == null ? List.of() : perpetrators;
    }

    List<Child> childrenOrNone() {
        return children == null ? List.of() : children;
    }

    /** Rules between fields, which single-field constraints cannot say. */
    List<FieldProblem> crossFieldProblems() {
        List<FieldProblem> out = new ArrayList<>();
        LocalDate today = LocalDate.now();
        if (victim != null && (victim.givenName() == null || victim.givenName().isBlank())) {
            out.add(new FieldProblem("victim.givenName", "Enter the victim's first name"));
        }
        if (consent == Consent.OVERRIDDEN) {
            if (consentBasis == null) {
                out.add(new FieldProblem("consentBasis", "Give the lawful basis for sharing without consent"));
            }
            if (consentReason == null || consentReason.isBlank()) {
                out.add(new FieldProblem("consentReason", "Explain why information is shared without consent"));
            }
        } else if (consentBasis != null) {
            out.add(new FieldProblem("consentBasis", "Give a lawful basis only when consent is OVERRIDDEN"));
        }
        LocalDate received = receivedDate == null ? today : receivedDate;
        if (incidentDate != null && incidentDate.isAfter(received)) {
            out.add(new FieldProblem("incidentDate", "Date of the incident must be on or before the date received"));
        }
        if (victim != null && tooOld(victim.dateOfBirth(), today)) {
            out.add(new FieldProblem("victim.dateOfBirth", "Date of birth must be in the past 120 years"));
        }
        for (int i = 0; i < perpetratorsOrNone().size(); i++) {
            Person p = perpetratorsOrNone().get(i);
            if (p != null && tooOld(p.dateOfBirth(), today)) {
                out.add(new FieldProblem("perpetrators[" + i + "].dateOfBirth", "Date of birth must be in the past 120 years"));
            }
        }
        for (int i = 0; i < childrenOrNone().size(); i++) {
            Child c = childrenOrNone().get(i);
            if (c != null && c.dateOfBirth() != null && c.dateOfBirth().isBefore(today.minusYears(18))) {
                out.add(new FieldProblem("children[" + i + "].dateOfBirth", "A child must be under 18"));
            }
            if (c != null && c.dateOfBirth() != null && c.age() != null) {
                out.add(new FieldProblem("children[" + i + "].age", "Give a date of birth or an age, not both"));
            }
        }
        return out;
    }

    private static boolean tooOld(LocalDate dob, LocalDate today) {
        return dob != null && dob.isBefore(today.minusYears(120));
    }
}
