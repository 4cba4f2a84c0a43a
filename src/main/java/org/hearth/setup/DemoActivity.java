package org.hearth.setup;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Area;
import org.hearth.partnership.Sector;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of synthetic front-door activity for the demo partnership, deterministic from a seed: police
 * incidents and agency referrals with repeat victims, serial perpetrators and children, at the scale of a
 * mid-size city (DOMAIN.md: Leicester 6,208 incidents a year; Leeds 44.5% repeat victims, 30.6% of
 * incidents with children present). Invented names and postcodes only.
 *
 * <p>Written with batch inserts, not through the modules' APIs, so the first start stays quick; that makes
 * this the one place that writes other modules' tables directly, recorded as a single audit entry.
 */
final class DemoActivity {

    private static final String[] WOMEN = {"Amelia", "Olivia", "Isla", "Ava", "Mia", "Grace", "Sophie", "Emily",
        "Jessica", "Chloe", "Lucy", "Hannah", "Laura", "Rebecca", "Sarah", "Gemma", "Kelly", "Nicola", "Aisha",
        "Fatima", "Priya", "Zara", "Amira", "Leah", "Megan", "Natalie", "Joanne", "Claire", "Donna", "Shannon"};
    private static final String[] MEN = {"Oliver", "Jack", "Harry", "George", "Liam", "Connor", "Daniel", "James",
        "Thomas", "Ryan", "Lee", "Craig", "Darren", "Wayne", "Adam", "Mohammed", "Imran", "Tariq", "Kyle", "Dean",
        "Jamie", "Scott", "Mark", "Paul", "Stephen", "Callum", "Jordan", "Nathan", "Aaron", "Carl"};
    private static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
        "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
        "Jackson", "Clarke", "Patel", "Khan", "Hussain", "Ali", "Begum", "Kaur", "Singh", "Ahmed", "Nowak", "Kowalski",
        "Harrison", "Lewis", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore", "Turner", "Baker", "Fletcher",
        "Marsh", "Holden", "Pickering", "Ashworth", "Kershaw", "Whittaker", "Greenwood", "Sutcliffe", "Brennan"};
    private static final String[] ETHNICITY = {"WHITE_BRITISH", "WHITE_BRITISH", "WHITE_BRITISH", "WHITE_BRITISH",
        "WHITE_BRITISH", "WHITE_BRITISH", "WHITE_BRITISH", "WHITE_OTHER", "ASIAN_PAKISTANI", "ASIAN_INDIAN",
        "BLACK_AFRICAN", "BLACK_CARIBBEAN", "MIXED_WHITE_BLACK_CARIBBEAN", "ASIAN_BANGLADESHI", "OTHER"};
    private static final String[] ABUSE = {"PHYSICAL", "PSYCHOLOGICAL", "COERCIVE_CONTROL", "ECONOMIC", "SEXUAL",
        "STALKING"};
    private static final String[] OUTCOMES = {"REFER_TO_MARAC", "REFER_TO_IDVA", "REFER_TO_IDVA", "OUTREACH",
        "OUTREACH", "OUTREACH", "SIGNPOST", "SIGNPOST", "NO_FURTHER_ACTION"};

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Random random;
    private final LocalDate today;

    DemoActivity(JdbcTemplate jdbc, AuditTrail audit, long seed, LocalDate today) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.random = new Random(seed);
        this.today = today;
    }

    private record Household(UUID victim, UUID perpetrator, List<UUID> children, UUID area, String relationship) {
    }

    /** Loads {@code policeIncidents} police incidents and {@code agencyReferrals} referrals from other agencies. */
    void load(int policeIncidents, int agencyReferrals, List<Agency> agencies, List<Area> areas, List<StaffUser> users) {
        Agency police = agencies.stream().filter(a -> a.sector() == Sector.POLICE).findFirst().orElseThrow();
        List<Agency> others = agencies.stream().filter(a -> a.sector() != Sector.POLICE).toList();
        UUID hub = users.stream().filter(u -> u.roles().contains(Role.HUB_COORDINATOR)).findFirst()
                .map(u -> u.id().value()).orElse(null);
        UUID creator = users.get(0).id().value();

        List<Object[]> persons = new ArrayList<>();
        List<Object[]> addresses = new ArrayList<>();
        List<Object[]> referrals = new ArrayList<>();
        List<Object[]> perpetrators = new ArrayList<>();
        List<Object[]> children = new ArrayList<>();
        List<Object[]> involvements = new ArrayList<>();
        java.util.Set<String> granted = new java.util.HashSet<>();
        List<Object[]> relationships = new ArrayList<>();

        List<Household> households = new ArrayList<>();
        List<UUID> serial = new ArrayList<>();
        int total = policeIncidents + agencyReferrals;
        for (int i = 0; i < total; i++) {
            Household h;
            // about 4 in 10 incidents involve a victim already known this year (Leeds: 44.5%)
            if (!households.isEmpty() && random.nextDouble() < 0.40) {
                h = households.get(random.nextInt(households.size()));
            } else {
                h = newHousehold(persons, addresses, relationships, areas, creator, serial);
                households.add(h);
            }
            boolean fromPolice = i < policeIncidents;
            Agency agency = fromPolice ? police : others.get(random.nextInt(others.size()));
            LocalDate received = today.minusDays(random.nextInt(365));
            LocalDate incident = received.minusDays(random.nextInt(3));
            UUID id = UUID.randomUUID();
            boolean triaged = received.isBefore(today.minusDays(2)) || random.nextDouble() < 0.3;
            String outcome = triaged ? OUTCOMES[random.nextInt(OUTCOMES.length)] : null;
            referrals.add(new Object[] {id, "R" + received.getYear() + "-" + String.format("%06d", i + 1),
                fromPolice ? "IMPORT" : "WEB", agency.id().value(), fromPolice ? null : "Demo practitioner",
                Date.valueOf(received), Date.valueOf(incident), Time.valueOf(LocalTime.of(random.nextInt(24), random.nextInt(60))),
                fromPolice ? "NP-" + received.getYear() + "-" + String.format("%05d", i + 1) : null, h.victim(),
                h.relationship(), "{" + abuse() + "}", random.nextDouble() < 0.9 ? "GIVEN" : "REFUSED",
                "Synthetic demo incident " + (i + 1) + ".", h.area(), outcome,
                triaged ? "Demo triage decision" : null, triaged ? hub : null,
                triaged ? Timestamp.from(received.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()) : null,
                Timestamp.from(received.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())});
            perpetrators.add(new Object[] {id, h.perpetrator()});
            // children present at about 3 in 10 incidents (Leeds: 30.6%)
            boolean present = !h.children().isEmpty() && random.nextDouble() < 0.55;
            for (UUID child : h.children()) {
                children.add(new Object[] {id, child, present});
            }
            // the referring agency's ground on everyone the referral names (victim, perpetrator, children)
            for (UUID named : concat(h.victim(), h.perpetrator(), h.children())) {
                if (granted.add(named + "/" + agency.id().value())) {
                    involvements.add(new Object[] {UUID.randomUUID(), named, agency.id().value(), id.toString()});
                }
            }
        }

        jdbc.batchUpdate("""
                INSERT INTO person (id, given_name, family_name, date_of_birth, estimated_age, sex, ethnicity,
                    first_language, interpreter_needed, disability, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", persons);
        jdbc.batchUpdate("""
                INSERT INTO person_address (id, person_id, line1, town, postcode, from_date)
                VALUES (?, ?, ?, ?, ?, ?)""", addresses);
        jdbc.batchUpdate("""
                INSERT INTO referral (id, reference, source, referring_agency_id, referrer_name, received_on, incident_on,
                    incident_time, police_reference, victim_id, relationship, abuse_types, consent, narrative, area_id,
                    triage_outcome, triage_reason, triaged_by, triaged_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), ?, ?, ?, ?, ?, ?, ?, ?)""", referrals);
        jdbc.batchUpdate("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)", perpetrators);
        jdbc.batchUpdate("INSERT INTO referral_child (referral_id, person_id, present) VALUES (?, ?, ?)", children);
        jdbc.batchUpdate("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, basis_kind, basis_id)
                VALUES (?, ?, 'REFERRER', 'RECORD', ?, 'referral', ?)""", involvements);
        jdbc.batchUpdate("INSERT INTO person_relationship (person_id, related_id, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                relationships);
        assessments(referrals, creator, police.id().value());
        jdbc.queryForObject("SELECT setval('referral_number', ?)", Long.class, total);
        audit.record(AuditAction.CREATE, "demo-data", List.of(), "synthetic demo activity: " + total + " referrals, "
                + persons.size() + " people");
    }

    /**
     * A SafeLives DASH for about a third of referrals, scored from a skewed spread so that roughly one in ten is
     * a visible high risk, graded with the suggested band (0-9 standard, 10-13 medium, 14+ high).
     */
    private void assessments(List<Object[]> referrals, UUID assessor, UUID agency) {
        UUID ric = jdbc.queryForObject("SELECT id FROM risk_questionnaire WHERE code = 'SAFELIVES_RIC' AND version = 1",
                UUID.class);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (Object[] r : referrals) {
            if (random.nextDouble() >= 0.33) {
                continue;
            }
            UUID id = UUID.randomUUID();
            int score = Math.min(24, (int) Math.round(Math.abs(random.nextGaussian()) * 7));
            String grade = score >= 14 ? "HIGH" : score >= 10 ? "MEDIUM" : "STANDARD";
            rows.add(new Object[] {id, r[9], ric, assessor, agency, r[5], r[0], score, score >= 14, grade, grade});
            for (int q = 1; q <= 24; q++) {
                answers.add(new Object[] {id, ric, q, q <= score ? "YES" : "NO"});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO risk_assessment (id, person_id, questionnaire_id, assessor_id, agency_id, assessed_on,
                    referral_id, score, high_risk_threshold, visible_high_risk, suggested_grade, final_grade)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 14, ?, ?, ?)""", rows);
        jdbc.batchUpdate("INSERT INTO risk_answer (assessment_id, questionnaire_id, question_number, answer) VALUES (?, ?, ?, ?)",
                answers);
    }

    private Household newHousehold(List<Object[]> persons, List<Object[]> addresses, List<Object[]> relationships,
            List<Area> areas, UUID creator, List<UUID> serial) {
        boolean femaleVictim = random.nextDouble() < 0.9;
        String family = pick(SURNAMES);
        UUID victim = person(persons, femaleVictim ? pick(WOMEN) : pick(MEN), family, 16 + random.nextInt(55),
                femaleVictim ? "FEMALE" : "MALE", creator);
        Area area = areas.get(random.nextInt(areas.size()));
        int district = 1 + random.nextInt(9);
        addresses.add(new Object[] {UUID.randomUUID(), victim, (1 + random.nextInt(200)) + " " + pick(STREETS),
            area.name(), "NF" + district + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)),
            Date.valueOf(today.minusYears(1 + random.nextInt(5)))});
        UUID perpetrator;
        // a few perpetrators harm more than one victim (serial perpetrators)
        if (!serial.isEmpty() && random.nextDouble() < 0.03) {
            perpetrator = serial.get(random.nextInt(serial.size()));
        } else {
            perpetrator = person(persons, femaleVictim ? pick(MEN) : pick(WOMEN),
                    random.nextDouble() < 0.5 ? family : pick(SURNAMES), 18 + random.nextInt(50),
                    femaleVictim ? "MALE" : "FEMALE", creator);
            if (random.nextDouble() < 0.05) {
                serial.add(perpetrator);
            }
        }
        String relationship = random.nextDouble() < 0.55 ? "INTIMATE_PARTNER"
                : random.nextDouble() < 0.75 ? "EX_PARTNER" : "FAMILY_MEMBER";
        relationships.add(new Object[] {victim, perpetrator, relationship});
        List<UUID> kids = new ArrayList<>();
        if (random.nextDouble() < 0.55) {
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                UUID child = person(persons, random.nextBoolean() ? pick(WOMEN) : pick(MEN), family, random.nextInt(16),
                        "NOT_KNOWN", creator);
                kids.add(child);
                relationships.add(new Object[] {victim, child, "PARENT_OF"});
            }
        }
        return new Household(victim, perpetrator, kids, area.id().value(), relationship);
    }

    private static final String[] STREETS = {"Mill Lane", "Church Street", "Station Road", "Victoria Road",
        "Park Avenue", "Queen Street", "Albert Terrace", "Canal Side", "Moor View", "Chapel Row"};

    private UUID person(List<Object[]> persons, String given, String family, int age, String sex, UUID creator) {
        UUID id = UUID.randomUUID();
        boolean dobKnown = random.nextDouble() < 0.9;
        LocalDate dob = today.minusYears(age).minusDays(random.nextInt(365));
        String ethnicity = random.nextDouble() < 0.85 ? pick(ETHNICITY) : null;
        persons.add(new Object[] {id, given, family, dobKnown ? Date.valueOf(dob) : null, dobKnown ? null : age, sex,
            ethnicity, ethnicity == null || ethnicity.startsWith("WHITE_BRITISH") ? "English" : random.nextBoolean() ? "English" : "Urdu",
            random.nextDouble() < 0.04, random.nextDouble() < 0.1 ? "YES" : "NO", creator});
        return id;
    }

    private String abuse() {
        List<String> types = new ArrayList<>();
        for (String t : ABUSE) {
            if (random.nextDouble() < (t.equals("PHYSICAL") || t.equals("PSYCHOLOGICAL") ? 0.6 : 0.2)) {
                types.add(t);
            }
        }
        if (types.isEmpty()) {
            types.add("PSYCHOLOGICAL");
        }
        return String.join(",", types);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }


    private static List<UUID> concat(UUID victim, UUID perpetrator, List<UUID> children) {
        List<UUID> all = new ArrayList<>();
        all.add(victim);
        if (perpetrator != null) {
            all.add(perpetrator);
        }
        all.addAll(children);
        return all;
    }
}
