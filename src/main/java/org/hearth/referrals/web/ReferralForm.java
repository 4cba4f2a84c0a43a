package org.hearth.referrals.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.people.PersonDetails;
import org.hearth.people.Sex;
import org.hearth.platform.web.DateParts;
import org.hearth.referrals.AbuseType;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.VictimRelationship;
import org.springframework.validation.BindingResult;

/** The referral form as typed; kept in the session between the form and the check-your-answers page. */
public class ReferralForm implements Serializable {

    /** A child named on the form. */
    public static class ChildRow implements Serializable {
        private String givenName = "";
        private String familyName = "";
        private Integer age;
        private boolean present;

        public boolean blank() {
            return (givenName == null || givenName.isBlank()) && (familyName == null || familyName.isBlank());
        }

        public String getGivenName() { return givenName; }
        public void setGivenName(String v) { givenName = v; }
        public String getFamilyName() { return familyName; }
        public void setFamilyName(String v) { familyName = v; }
        public Integer getAge() { return age; }
        public void setAge(Integer v) { age = v; }
        public boolean isPresent() { return present; }
        public void setPresent(boolean v) { present = v; }
    }

    private DateParts incidentDate = new DateParts();
    private String incidentTime = "";
    @Size(max = 40, message = "Police reference must be 40 characters or fewer")
    private String policeReference = "";
    private UUID area;

    @NotBlank(message = "Enter the victim’s first name")
    @Size(max = 100, message = "First name must be 100 characters or fewer")
    private String victimGivenName;
    @NotBlank(message = "Enter the victim’s last name")
    @Size(max = 100, message = "Last name must be 100 characters or fewer")
    private String victimFamilyName;
    private DateParts victimDateOfBirth = new DateParts();
    @Size(max = 10, message = "Postcode must be 10 characters or fewer")
    private String victimPostcode = "";
    private Sex victimSex = Sex.NOT_KNOWN;

    private boolean perpetratorKnown = true;
    @Size(max = 100)
    private String perpetratorGivenName = "";
    @Size(max = 100)
    private String perpetratorFamilyName = "";
    private DateParts perpetratorDateOfBirth = new DateParts();

    private List<ChildRow> children = new ArrayList<>(List.of(new ChildRow(), new ChildRow(), new ChildRow()));
    private VictimRelationship relationship;
    private Set<AbuseType> abuseTypes = EnumSet.noneOf(AbuseType.class);
    @NotNull(message = "Select whether the victim consents to information being shared")
    private Consent consent;
    private LawfulBasis consentBasis;
    @Size(max = 2000, message = "The reason must be 2000 characters or fewer")
    private String consentReason = "";
    @NotBlank(message = "Describe what happened")
    @Size(max = 20000, message = "What happened must be 20,000 characters or fewer")
    private String narrative;

    /** Rules between fields, and real dates and times. */
    public void validate(BindingResult errors) {
        LocalDate today = LocalDate.now();
        if (incidentDate.blank()) {
            errors.rejectValue("incidentDate", "required", "Enter the date of the incident");
        } else if (incidentDate.toDate().isEmpty()) {
            errors.rejectValue("incidentDate", "date", "Date of the incident must be a real date, like 27 3 2026");
        } else if (incidentDate.toDate().get().isAfter(today)) {
            errors.rejectValue("incidentDate", "date", "Date of the incident must be today or in the past");
        }
        if (!incidentTime.isBlank() && incidentTime().isEmpty()) {
            errors.rejectValue("incidentTime", "time", "Time must be a 24-hour time, like 21:30");
        }
        checkBirth(errors, "victimDateOfBirth", victimDateOfBirth, today);
        if (perpetratorKnown) {
            if (perpetratorFamilyName == null || perpetratorFamilyName.isBlank()) {
                errors.rejectValue("perpetratorFamilyName", "required",
                        "Enter the last name of the person causing harm, or say they are not known");
            }
            checkBirth(errors, "perpetratorDateOfBirth", perpetratorDateOfBirth, today);
        }
        for (int i = 0; i < children.size(); i++) {
            ChildRow c = children.get(i);
            if (!c.blank() && (c.getFamilyName() == null || c.getFamilyName().isBlank())) {
                errors.rejectValue("children[" + i + "].familyName", "required", "Enter child " + (i + 1) + "'s last name");
            }
            if (c.getAge() != null && (c.getAge() < 0 || c.getAge() > 17)) {
                errors.rejectValue("children[" + i + "].age", "range", "Child " + (i + 1) + "'s age must be 0 to 17");
            }
        }
        if (abuseTypes.isEmpty()) {
            errors.rejectValue("abuseTypes", "required", "Select at least one type of abuse");
        }
        if (consent == Consent.OVERRIDDEN) {
            if (consentBasis == null) {
                errors.rejectValue("consentBasis", "required", "Select the lawful basis for sharing without consent");
            }
            if (consentReason == null || consentReason.isBlank()) {
                errors.rejectValue("consentReason", "required", "Explain why information is shared without consent");
            }
        }
    }

    private static void checkBirth(BindingResult errors, String field, DateParts parts, LocalDate today) {
        if (!parts.blank()) {
            var date = parts.toDate();
            if (date.isEmpty()) {
                errors.rejectValue(field, "date", "Date of birth must be a real date, like 27 3 1990");
            } else if (date.get().isAfter(today) || date.get().isBefore(today.minusYears(120))) {
                errors.rejectValue(field, "date", "Date of birth must be in the past 120 years");
            }
        }
    }

    public java.util.Optional<LocalTime> incidentTime() {
        try {
            return incidentTime.isBlank() ? java.util.Optional.empty()
                    : java.util.Optional.of(LocalTime.parse(incidentTime.trim().length() == 4 ? "0" + incidentTime.trim() : incidentTime.trim()));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    public PersonDetails victim() {
        return new PersonDetails(victimGivenName.trim(), victimFamilyName.trim(), victimDateOfBirth.toDate().orElse(null),
                null, victimSex, null, null, null, false, null, null, null);
    }

    public PersonDetails perpetrator() {
        String given = perpetratorGivenName == null || perpetratorGivenName.isBlank() ? "Unknown" : perpetratorGivenName.trim();
        return new PersonDetails(given, perpetratorFamilyName.trim(), perpetratorDateOfBirth.toDate().orElse(null),
                null, Sex.NOT_KNOWN, null, null, null, false, null, null, null);
    }

    public List<ChildRow> namedChildren() {
        return children.stream().filter(c -> !c.blank()).toList();
    }

    public DateParts getIncidentDate() { return incidentDate; }
    public void setIncidentDate(DateParts v) { incidentDate = v == null ? new DateParts() : v; }
    public String getIncidentTime() { return incidentTime; }
    public void setIncidentTime(String v) { incidentTime = v == null ? "" : v; }
    public String getPoliceReference() { return policeReference; }
    public void setPoliceReference(String v) { policeReference = v == null ? "" : v; }
    public UUID getArea() { return area; }
    public void setArea(UUID v) { area = v; }
    public String getVictimGivenName() { return victimGivenName; }
    public void setVictimGivenName(String v) { victimGivenName = v; }
    public String getVictimFamilyName() { return victimFamilyName; }
    public void setVictimFamilyName(String v) { victimFamilyName = v; }
    public DateParts getVictimDateOfBirth() { return victimDateOfBirth; }
    public void setVictimDateOfBirth(DateParts v) { victimDateOfBirth = v == null ? new DateParts() : v; }
    public String getVictimPostcode() { return victimPostcode; }
    public void setVictimPostcode(String v) { victimPostcode = v == null ? "" : v; }
    public Sex getVictimSex() { return victimSex; }
    public void setVictimSex(Sex v) { victimSex = v == null ? Sex.NOT_KNOWN : v; }
    public boolean isPerpetratorKnown() { return perpetratorKnown; }
    public void setPerpetratorKnown(boolean v) { perpetratorKnown = v; }
    public String getPerpetratorGivenName() { return perpetratorGivenName; }
    public void setPerpetratorGivenName(String v) { perpetratorGivenName = v == null ? "" : v; }
    public String getPerpetratorFamilyName() { return perpetratorFamilyName; }
    public void setPerpetratorFamilyName(String v) { perpetratorFamilyName = v == null ? "" : v; }
    public DateParts getPerpetratorDateOfBirth() { return perpetratorDateOfBirth; }
    public void setPerpetratorDateOfBirth(DateParts v) { perpetratorDateOfBirth = v == null ? new DateParts() : v; }
    public List<ChildRow> getChildren() { return children; }
    public void setChildren(List<ChildRow> v) { children = v == null ? new ArrayList<>() : v; }
    public VictimRelationship getRelationship() { return relationship; }
    public void setRelationship(VictimRelationship v) { relationship = v; }
    public Set<AbuseType> getAbuseTypes() { return abuseTypes; }
    public void setAbuseTypes(Set<AbuseType> v) { abuseTypes = v == null ? EnumSet.noneOf(AbuseType.class) : v; }
    public Consent getConsent() { return consent; }
    public void setConsent(Consent v) { consent = v; }
    public LawfulBasis getConsentBasis() { return consentBasis; }
    public void setConsentBasis(LawfulBasis v) { consentBasis = v; }
    public String getConsentReason() { return consentReason; }
    public void setConsentReason(String v) { consentReason = v == null ? "" : v; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String v) { narrative = v; }
}
