package org.hearth.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads years of synthetic front-door activity of a large area straight into the tables with {@code COPY}: police
 * incidents (and a quarter as many referrals from partner agencies) spread evenly over {@code years} years to today,
 * about 45% of them naming a victim referred before (within the past year or so), three in ten with a child present
 * (from a pool of children), most triaged within days, and about one in ten followed by a risk assessment graded
 * high. Victims carry equality data; invented names only. Deterministic from the seed. The matching engine's index
 * and the insights read models are not touched: the caller rebuilds the read models afterwards.
 */
final class IncidentGenerator {

    private static final String[] GIVEN = {"Amelia", "Olivia", "Isla", "Ava", "Mia", "Grace", "Sophie", "Emily",
        "Jessica", "Chloe", "Lucy", "Hannah", "Laura", "Aisha", "Fatima", "Priya", "Zara", "Leah", "Megan", "Oliver",
        "Jack", "Liam", "Connor", "Imran"};
    private static final String[] FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
        "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Patel", "Khan", "Hussain", "Ali",
        "Begum", "Kaur", "Singh", "Nowak", "Harrison", "Lewis", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore"};
    private static final String[] ETHNICITY = {"WHITE_BRITISH", "WHITE_BRITISH", "WHITE_BRITISH", "WHITE_BRITISH",
        "WHITE_BRITISH", "WHITE_BRITISH", "WHITE_OTHER", "ASIAN_PAKISTANI", "ASIAN_INDIAN", "BLACK_AFRICAN",
        "BLACK_CARIBBEAN", "MIXED_WHITE_BLACK_CARIBBEAN", "ASIAN_BANGLADESHI", "OTHER"};
    private static final String[] LANGUAGE = {"English", "English", "English", "English", "English", "Urdu", "Polish",
        "Punjabi", "Bengali"};
    private static final String[] DISABILITY = {"NO", "NO", "NO", "YES", "NOT_KNOWN"};
    private static final String[] OUTCOMES = {"REFER_TO_MARAC", "REFER_TO_IDVA", "REFER_TO_IDVA", "OUTREACH",
        "OUTREACH", "OUTREACH", "SIGNPOST", "SIGNPOST", "NO_FURTHER_ACTION"};
    private static final int[] DAYS_TO_TRIAGE = {0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 5, 9};
    private static final int BATCH = 50_000;

    record Totals(int persons, int referrals, int children, int highRisk) {
    }

    private final DataSource dataSource;
    private final Random random;

    IncidentGenerator(DataSource dataSource, long seed) {
        this.dataSource = dataSource;
        this.random = new Random(seed);
    }

    Totals load(int policeIncidents, int years, LocalDate today, UUID police, List<UUID> partners, List<UUID> areas,
            UUID staff, UUID questionnaire) throws Exception {
        int partnerReferrals = policeIncidents / 4;
        int total = policeIncidents + partnerReferrals;
        LocalDate first = today.minusYears(years).plusDays(1);
        int days = (int) ChronoUnit.DAYS.between(first, today) + 1;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            // a pool of children (present at three in ten incidents)
            int childPool = Math.max(100, total / 50);
            List<UUID> children = new ArrayList<>(childPool);
            StringBuilder persons = new StringBuilder();
            for (int i = 0; i < childPool; i++) {
                UUID id = UUID.randomUUID();
                children.add(id);
                persons.append(id).append('\t').append(pick(GIVEN)).append('\t').append(pick(FAMILY)).append('\t')
                        .append(today.minusYears(2 + random.nextInt(14)).minusDays(random.nextInt(365)))
                        .append("\tNOT_KNOWN\t\\N\t\\N\tNOT_KNOWN\t").append(staff).append('\n');
            }
            int personCount = childPool;
            copyPersons(copy, persons);
            persons.setLength(0);

            StringBuilder referrals = new StringBuilder();
            StringBuilder childRows = new StringBuilder();
            StringBuilder assessments = new StringBuilder();
            int[] counts = new int[3];
            // victims referred in about the last year, for repeats (a ring buffer)
            UUID[] recent = new UUID[Math.max(1000, total / years)];
            int recentSize = 0;
            int recentNext = 0;
            int policeLeft = policeIncidents;
            for (int n = 0; n < total; n++) {
                LocalDate received = first.plusDays((long) n * days / total);
                UUID victim;
                if (recentSize > 0 && random.nextDouble() < 0.45) {
                    victim = recent[random.nextInt(recentSize)];
                } else {
                    victim = UUID.randomUUID();
                    personCount++;
                    boolean female = random.nextDouble() < 0.88;
                    boolean dob = random.nextDouble() < 0.9;
                    persons.append(victim).append('\t').append(pick(GIVEN)).append('\t').append(pick(FAMILY))
                            .append('\t').append(dob ? received.minusYears(16 + random.nextInt(55))
                                    .minusDays(random.nextInt(365)).toString() : "\\N")
                            .append('\t').append(female ? "FEMALE" : "MALE").append('\t')
                            .append(random.nextDouble() < 0.85 ? pick(ETHNICITY) : "\\N").append('\t')
                            .append(random.nextDouble() < 0.8 ? pick(LANGUAGE) : "\\N").append('\t')
                            .append(pick(DISABILITY)).append('\t').append(staff).append('\n');
                    recent[recentNext] = victim;
                    recentNext = (recentNext + 1) % recent.length;
                    recentSize = Math.min(recentSize + 1, recent.length);
                }
                boolean isPolice = random.nextInt(total - n) < policeLeft;
                if (isPolice) {
                    policeLeft--;
                }
                UUID referral = UUID.randomUUID();
                UUID agency = isPolice ? police : partners.get(random.nextInt(partners.size()));
                boolean waiting = ChronoUnit.DAYS.between(received, today) < 14 && random.nextDouble() < 0.3;
                String outcome = waiting ? null : pick(OUTCOMES);
                LocalDate triaged = waiting ? null
                        : received.plusDays(DAYS_TO_TRIAGE[random.nextInt(DAYS_TO_TRIAGE.length)]);
                if (triaged != null && triaged.isAfter(today)) {
                    triaged = today;
                }
                referrals.append(referral).append("\tBENCH-").append(n + 1).append('\t')
                        .append(isPolice ? "IMPORT" : "WEB").append('\t').append(agency).append('\t').append(received)
                        .append('\t').append(victim).append("\tGIVEN\t").append(areas.get(random.nextInt(areas.size())))
                        .append('\t').append(outcome == null ? "\\N" : outcome).append('\t')
                        .append(outcome == null ? "\\N" : "Bench decision").append('\t')
                        .append(triaged == null ? "\\N" : triaged + " 12:00:00 Europe/London").append('\n');
                if (random.nextDouble() < 0.3) {
                    childRows.append(referral).append('\t').append(children.get(random.nextInt(childPool)))
                            .append("\ttrue\n");
                    counts[1]++;
                }
                if (random.nextDouble() < 0.1) {
                    LocalDate on = received.plusDays(random.nextInt(3));
                    if (on.isAfter(today)) {
                        on = today;
                    }
                    assessments.append(UUID.randomUUID()).append('\t').append(victim).append('\t').append(questionnaire)
                            .append('\t').append(staff).append('\t').append(agency).append('\t').append(on).append('\t')
                            .append(referral).append("\t15\t14\ttrue\tHIGH\tHIGH\n");
                    counts[2]++;
                }
                counts[0]++;
                if (counts[0] % BATCH == 0 || n == total - 1) {
                    copyPersons(copy, persons);
                    copy.copyIn("""
                            COPY referral (id, reference, source, referring_agency_id, received_on, victim_id, consent,
                                area_id, triage_outcome, triage_reason, triaged_at) FROM STDIN""",
                            new StringReader(referrals.toString()));
                    copy.copyIn("COPY referral_child (referral_id, person_id, present) FROM STDIN",
                            new StringReader(childRows.toString()));
                    copy.copyIn("""
                            COPY risk_assessment (id, person_id, questionnaire_id, assessor_id, agency_id, assessed_on,
                                referral_id, score, high_risk_threshold, visible_high_risk, suggested_grade, final_grade)
                            FROM STDIN""", new StringReader(assessments.toString()));
                    persons.setLength(0);
                    referrals.setLength(0);
                    childRows.setLength(0);
                    assessments.setLength(0);
                }
            }
            c.commit();
            try (var s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("ANALYZE person");
                s.execute("ANALYZE referral");
                s.execute("ANALYZE referral_child");
                s.execute("ANALYZE risk_assessment");
            }
            return new Totals(personCount, counts[0], counts[1], counts[2]);
        }
    }

    private static void copyPersons(CopyManager copy, StringBuilder rows) throws Exception {
        copy.copyIn("""
                COPY person (id, given_name, family_name, date_of_birth, sex, ethnicity, first_language, disability,
                    created_by) FROM STDIN""", new StringReader(rows.toString()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
