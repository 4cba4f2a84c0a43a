package org.hearth.referrals.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a police incident file, in template order. The specification page, the template and the
 * importer all read this list, so they cannot disagree. Columns may come in any order; required ones must be
 * present; any other header is refused.
 */
public enum ImportColumn {
    POLICE_REFERENCE("police_reference", true, "The force's incident reference, up to 40 characters. Unique: a row "
            + "whose reference is already in Hearth is skipped as already imported.", "NP/2026/000123"),
    INCIDENT_DATE("incident_date", true, "Date of the incident, yyyy-mm-dd, not in the future.", "2026-03-27"),
    INCIDENT_TIME("incident_time", false, "Time of the incident, 24-hour hh:mm.", "21:30"),
    REFERRING_AGENCY("referring_agency", false, "Name of the police agency in Hearth that refers. Blank: the "
            + "agency chosen when uploading.", "Northfield Police"),
    OFFICER_NAME("officer_name", false, "The officer who attended or referred.", "PC 1234 Dana Wells"),
    VICTIM_GIVEN_NAME("victim_given_name", true, "Victim's first name.", "Fern"),
    VICTIM_FAMILY_NAME("victim_family_name", true, "Victim's last name.", "Example"),
    VICTIM_DATE_OF_BIRTH("victim_date_of_birth", false, "yyyy-mm-dd. With the names, it lets Hearth link the "
            + "victim to an existing record (only on an exact match).", "1990-04-12"),
    VICTIM_SEX("victim_sex", false, "FEMALE, MALE, NOT_KNOWN or NOT_STATED.", "FEMALE"),
    VICTIM_POSTCODE("victim_postcode", false, "Postcode of the victim's address. Never a refuge's.", "NF1 2AB"),
    PERPETRATOR_GIVEN_NAME("perpetrator_given_name", false, "First name of the person causing harm.", "Gary"),
    PERPETRATOR_FAMILY_NAME("perpetrator_family_name", false, "Last name of the person causing harm; needed if any "
            + "perpetrator column is filled.", "Sample"),
    PERPETRATOR_DATE_OF_BIRTH("perpetrator_date_of_birth", false, "yyyy-mm-dd.", "1987-10-03"),
    RELATIONSHIP("relationship", false, "Victim's relationship to the person causing harm: INTIMATE_PARTNER, "
            + "EX_PARTNER, FAMILY_MEMBER or OTHER.", "INTIMATE_PARTNER"),
    CHILD_1_GIVEN_NAME("child_1_given_name", false, "First child in the household: first name.", "Hal"),
    CHILD_1_FAMILY_NAME("child_1_family_name", false, "First child: last name (needed to name a child).", "Example"),
    CHILD_1_DATE_OF_BIRTH("child_1_date_of_birth", false, "First child: yyyy-mm-dd.", "2020-01-15"),
    CHILD_1_PRESENT("child_1_present", false, "First child present at the incident: Y or N.", "Y"),
    CHILD_2_GIVEN_NAME("child_2_given_name", false, "Second child: first name.", ""),
    CHILD_2_FAMILY_NAME("child_2_family_name", false, "Second child: last name.", ""),
    CHILD_2_DATE_OF_BIRTH("child_2_date_of_birth", false, "Second child: yyyy-mm-dd.", ""),
    CHILD_2_PRESENT("child_2_present", false, "Second child present: Y or N.", ""),
    CHILD_3_GIVEN_NAME("child_3_given_name", false, "Third child: first name.", ""),
    CHILD_3_FAMILY_NAME("child_3_family_name", false, "Third child: last name.", ""),
    CHILD_3_DATE_OF_BIRTH("child_3_date_of_birth", false, "Third child: yyyy-mm-dd.", ""),
    CHILD_3_PRESENT("child_3_present", false, "Third child present: Y or N.", ""),
    ABUSE_TYPES("abuse_types", true, "One or more of PHYSICAL, SEXUAL, PSYCHOLOGICAL, ECONOMIC, COERCIVE_CONTROL, "
            + "STALKING, HONOUR_BASED, FORCED_MARRIAGE, FGM, separated by semicolons.", "PHYSICAL;COERCIVE_CONTROL"),
    CONSENT("consent", true, "Victim's consent to share: GIVEN, REFUSED or OVERRIDDEN (shared without consent).",
            "GIVEN"),
    CONSENT_BASIS("consent_basis", false, "Needed when consent is OVERRIDDEN: VITAL_INTERESTS, CHILD_SAFEGUARDING, "
            + "ADULT_SAFEGUARDING, CRIME_PREVENTION or PUBLIC_TASK.", ""),
    CONSENT_REASON("consent_reason", false, "Needed when consent is OVERRIDDEN: why.", ""),
    NARRATIVE("narrative", true, "What happened, up to 20,000 characters. Quote it (\"...\") if it holds commas, "
            + "quotes or line breaks; double any quote inside.", "Neighbour called police after shouting."),
    DASH_GRADE("dash_grade", false, "The police's DASH risk grade: STANDARD, MEDIUM or HIGH. Blank: not assessed. "
            + "The daily hub meeting takes high and medium risk first.", "MEDIUM"),
    DASH_SCORE("dash_score", false, "The police's DASH score: the number of \"yes\" answers, a whole number from 0 "
            + "to 27.", "11");

    private final String header;
    private final boolean required;
    private final String meaning;
    private final String example;

    ImportColumn(String header, boolean required, String meaning, String example) {
        this.header = header;
        this.required = required;
        this.meaning = meaning;
        this.example = example;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public String meaning() {
        return meaning;
    }

    public String example() {
        return example;
    }

    public static Optional<ImportColumn> of(String header) {
        String h = header == null ? "" : header.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(h)).findFirst();
    }
}
