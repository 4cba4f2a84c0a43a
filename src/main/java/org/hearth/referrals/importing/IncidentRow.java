package org.hearth.referrals.importing;

import static org.hearth.referrals.importing.ImportColumn.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonDetails;
import org.hearth.people.Sex;
import org.hearth.referrals.AbuseType;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.VictimRelationship;
import org.hearth.referrals.internal.IncomingReferral;

/**
 * One row of a police incident file, checked field by field. Every problem is collected (not just the first),
 * and messages name the column but never repeat its value, which may be personal data.
 */
final class IncidentRow {

    private final Map<ImportColumn, Integer> positions;
    private final List<String> fields;
    private final List<String> problems = new ArrayList<>();

    private IncidentRow(Map<ImportColumn, Integer> positions, List<String> fields) {
        this.positions = positions;
        this.fields = fields;
    }

    /** The row as a referral, or the reasons it is not one. */
    record Checked(String policeReference, IncomingReferral referral, List<String> problems) {
    }

    /**
     * @param agencies police agencies by lower-case name, for {@code referring_agency}
     */
    static Checked check(Map<ImportColumn, Integer> positions, List<String> fields, AgencyId defaultAgency,
            Map<String, AgencyId> agencies, LocalDate today) {
        return new IncidentRow(positions, fields).check(defaultAgency, agencies, today);
    }

    private Checked check(AgencyId defaultAgency, Map<String, AgencyId> agencies, LocalDate today) {
        String policeReference = text(POLICE_REFERENCE, 40);
        if (policeReference == null) {
            problems.add("police_reference is missing");
        }
        LocalDate incidentOn = date(INCIDENT_DATE);
        if (incidentOn == null && value(INCIDENT_DATE) == null) {
            problems.add("incident_date is missing");
        } else if (incidentOn != null && incidentOn.isAfter(today)) {
            problems.add("incident_date is in the future");
        }
        LocalTime incidentTime = time(INCIDENT_TIME);
        AgencyId agency = defaultAgency;
        String agencyName = value(REFERRING_AGENCY);
        if (agencyName != null) {
            agency = agencies.get(agencyName.toLowerCase(Locale.ROOT));
            if (agency == null) {
                problems.add("referring_agency is not a police agency known to Hearth");
            }
        }
        String officer = text(OFFICER_NAME, 200);
        String victimGiven = text(VICTIM_GIVEN_NAME, 100);
        String victimFamily = text(VICTIM_FAMILY_NAME, 100);
        if (victimGiven == null) {
            problems.add("victim_given_name is missing");
        }
        if (victimFamily == null) {
            problems.add("victim_family_name is missing");
        }
        LocalDate victimDob = birth(VICTIM_DATE_OF_BIRTH, today, 120);
        Sex sex = code(VICTIM_SEX, Sex.class);
        String postcode = text(VICTIM_POSTCODE, 10);
        if (postcode != null && !postcode.matches("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$")) {
            problems.add("victim_postcode is not a UK postcode");
        }
        List<PersonDetails> perpetrators = new ArrayList<>();
        String pGiven = text(PERPETRATOR_GIVEN_NAME, 100);
        String pFamily = text(PERPETRATOR_FAMILY_NAME, 100);
        LocalDate pDob = birth(PERPETRATOR_DATE_OF_BIRTH, today, 120);
        if (pFamily != null) {
            perpetrators.add(person(pGiven, pFamily, pDob, Sex.NOT_KNOWN));
        } else if (pGiven != null || value(PERPETRATOR_DATE_OF_BIRTH) != null) {
            problems.add("perpetrator_family_name is missing");
        }
        VictimRelationship relationship = code(RELATIONSHIP, VictimRelationship.class);
        List<IncomingReferral.Child> children = new ArrayList<>();
        child(CHILD_1_GIVEN_NAME, CHILD_1_FAMILY_NAME, CHILD_1_DATE_OF_BIRTH, CHILD_1_PRESENT, today, children);
        child(CHILD_2_GIVEN_NAME, CHILD_2_FAMILY_NAME, CHILD_2_DATE_OF_BIRTH, CHILD_2_PRESENT, today, children);
        child(CHILD_3_GIVEN_NAME, CHILD_3_FAMILY_NAME, CHILD_3_DATE_OF_BIRTH, CHILD_3_PRESENT, today, children);
        Set<AbuseType> abuse = abuseTypes();
        Consent consent = code(CONSENT, Consent.class);
        if (consent == null && value(CONSENT) == null) {
            problems.add("consent is missing");
        }
        LawfulBasis basis = code(CONSENT_BASIS, LawfulBasis.class);
        String reason = text(CONSENT_REASON, 2000);
        if (consent == Consent.OVERRIDDEN) {
            if (basis == null && value(CONSENT_BASIS) == null) {
                problems.add("consent_basis is needed when consent is OVERRIDDEN");
            }
            if (reason == null) {
                problems.add("consent_reason is needed when consent is OVERRIDDEN");
            }
        } else {
            basis = null;
            reason = null;
        }
        String narrative = text(NARRATIVE, 20_000);
        if (narrative == null) {
            problems.add("narrative is missing");
        }
        org.hearth.risk.RiskGrade dashGrade = code(DASH_GRADE, org.hearth.risk.RiskGrade.class);
        Integer dashScore = null;
        String score = value(DASH_SCORE);
        if (score != null) {
            if (score.matches("[0-9]{1,2}") && Integer.parseInt(score) <= org.hearth.referrals.NewReferral.MAX_POLICE_SCORE) {
                dashScore = Integer.parseInt(score);
            } else {
                problems.add("dash_score is not a whole number from 0 to 27");
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(policeReference, null, List.copyOf(problems));
        }
        return new Checked(policeReference, new IncomingReferral(ReferralSource.IMPORT, agency, officer, today,
                incidentOn, incidentTime, policeReference, person(victimGiven, victimFamily, victimDob, sex), postcode,
                perpetrators, children, relationship, abuse, consent, basis, reason, narrative, null, dashGrade, dashScore),
                List.of());
    }

    private void child(ImportColumn given, ImportColumn family, ImportColumn dob, ImportColumn present,
            LocalDate today, List<IncomingReferral.Child> out) {
        String g = text(given, 100);
        String f = text(family, 100);
        LocalDate d = birth(dob, today, 18);
        String p = value(present);
        Boolean wasPresent = null;
        if (p != null) {
            switch (p.toUpperCase(Locale.ROOT)) {
                case "Y", "YES", "TRUE" -> wasPresent = true;
                case "N", "NO", "FALSE" -> wasPresent = false;
                default -> problems.add(present.header() + " must be Y or N");
            }
        }
        if (f != null) {
            out.add(new IncomingReferral.Child(person(g, f, d, Sex.NOT_KNOWN), Boolean.TRUE.equals(wasPresent)));
        } else if (g != null || value(dob) != null || p != null) {
            problems.add(family.header() + " is missing");
        }
    }

    private Set<AbuseType> abuseTypes() {
        String raw = value(ABUSE_TYPES);
        Set<AbuseType> types = EnumSet.noneOf(AbuseType.class);
        if (raw == null) {
            problems.add("abuse_types is missing");
            return types;
        }
        for (String code : raw.split(";")) {
            if (code.isBlank()) {
                continue;
            }
            Optional<AbuseType> type = parse(code, AbuseType.class);
            if (type.isEmpty()) {
                problems.add("abuse_types has an unknown code (allowed: " + allowed(AbuseType.class) + ")");
                return types;
            }
            types.add(type.get());
        }
        if (types.isEmpty()) {
            problems.add("abuse_types is missing");
        }
        return types;
    }

    private static PersonDetails person(String given, String family, LocalDate dob, Sex sex) {
        return new PersonDetails(given == null ? "Unknown" : given, family, dob, null, sex, null, null, null, false,
                null, null, null);
    }

    /** The trimmed value, or null when the column is absent or blank. */
    private String value(ImportColumn column) {
        Integer at = positions.get(column);
        if (at == null || at >= fields.size()) {
            return null;
        }
        String v = fields.get(at).trim();
        return v.isEmpty() ? null : v;
    }

    private String text(ImportColumn column, int max) {
        String v = value(column);
        if (v != null && v.length() > max) {
            problems.add(column.header() + " is longer than " + max + " characters");
        }
        return v;
    }

    private LocalDate date(ImportColumn column) {
        return parsed(column, LocalDate::parse, "is not a real date in the form yyyy-mm-dd");
    }

    private LocalDate birth(ImportColumn column, LocalDate today, int years) {
        LocalDate d = date(column);
        if (d != null && (d.isAfter(today) || d.isBefore(today.minusYears(years)))) {
            problems.add(column.header() + " must be in the past " + years + " years");
            return null;
        }
        return d;
    }

    private LocalTime time(ImportColumn column) {
        return parsed(column, v -> LocalTime.parse(v.length() == 4 ? "0" + v : v),
                "is not a 24-hour time in the form hh:mm");
    }

    private <T> T parsed(ImportColumn column, Function<String, T> parser, String problem) {
        String v = value(column);
        if (v == null) {
            return null;
        }
        try {
            return parser.apply(v);
        } catch (DateTimeParseException e) {
            problems.add(column.header() + " " + problem);
            return null;
        }
    }

    private <E extends Enum<E>> E code(ImportColumn column, Class<E> type) {
        String v = value(column);
        if (v == null) {
            return null;
        }
        Optional<E> e = parse(v, type);
        if (e.isEmpty()) {
            problems.add(column.header() + " has an unknown code (allowed: " + allowed(type) + ")");
        }
        return e.orElse(null);
    }

    private static <E extends Enum<E>> Optional<E> parse(String v, Class<E> type) {
        String name = v.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
