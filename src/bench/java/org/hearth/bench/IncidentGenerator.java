package org.hearth.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads years of synthetic front-door activity of a large area straight into the tables with {@code COPY}: police
 * incidents (and a quarter as many referrals from partner agencies) spread evenly over {@code years} years to today,
 * about 45% of them naming a victim referred before (within the past year or so), three in ten with a child present
 * (from a pool of children), most triaged within days, and about one in ten followed by a risk assessment graded
 * high. Seven in ten name a perpetrator: a repeat victim's the one named before (one time in seven a new partner;
 * none if none was named before), a new victim's one in five times a perpetrator already named with another victim
 * (serial perpetrators), otherwise a new person.
 *
 * <p>Names are drawn as the matching engine's reference population draws them (its shipped lists, no real data):
 * Zipf-weighted forenames by sex (the most common about 4% of a sex) and surnames (the most common about 1.6% of
 * everyone), four surnames in ten from a long tail of invented ones. So the commonest full name is shared by about
 * one woman in 1,400 (a few hundred namesakes at a million people: common names make large blocks in real registers
 * too), not one person in 700 for every name (the first version's 24 forenames and 30 surnames made 720 blocks of a
 * thousand namesakes each at 713,000 people, and the person index ran out of memory). Most adults have a current
 * address (house, street, town and postcode in one of five towns' postcode districts). Victims carry equality data.
 * Each person is dated (their record's {@code created_at} and {@code updated_at}) by the first referral naming them,
 * so the register's people are spread over the years as their referrals are (the retention review's "last
 * involvement" starts from that date), not all made on the day of the load. Deterministic from the seed except the
 * record ids. Loaded with the database's row triggers off (in its one transaction, on a superuser connection): they
 * keep two read models a row at a time and made the load stall; {@link GeneratedReadModels} fills those once before
 * the commit ({@code --triggers on}: the old way, the triggers fired for every row). The matching engine's index and
 * the insights read models are not touched: the caller rebuilds the insights read models afterwards.
 */
final class IncidentGenerator {

    /** The first version's names ({@code --names few}): 24 forenames and 30 surnames, kept to reproduce its blocks. */
    private static final String[] FEW_GIVEN = {"Amelia", "Olivia", "Isla", "Ava", "Mia", "Grace", "Sophie", "Emily",
        "Jessica", "Chloe", "Lucy", "Hannah", "Laura", "Aisha", "Fatima", "Priya", "Zara", "Leah", "Megan", "Oliver",
        "Jack", "Liam", "Connor", "Imran"};
    private static final String[] FEW_FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
        "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Patel", "Khan", "Hussain", "Ali",
        "Begum", "Kaur", "Singh", "Nowak", "Harrison", "Lewis", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore"};
    private static final String LISTS = "/org/hearth/people/matching/internal/";
    private static final String[] FEMALE = list("forenames-female.txt");
    private static final String[] MALE = list("forenames-male.txt");
    private static final String[] SURNAMES = list("surnames.txt");
    private static final double[] FEMALE_CDF = zipf(FEMALE.length, 8);
    private static final double[] MALE_CDF = zipf(MALE.length, 8);
    private static final double[] SURNAME_CDF = zipf(SURNAMES.length, 10);
    private static final String[] TAIL_START = {"ash", "black", "brad", "brook", "church", "clay", "cold", "crom",
        "dal", "dun", "east", "fair", "green", "hal", "hart", "hay", "hol", "kings", "lang", "lid", "marl", "mid",
        "mor", "new", "north", "oak", "pen", "ray", "red", "ross", "rother", "salt", "shaw", "south", "stan", "thorn",
        "tre", "wake", "west", "whit", "win", "wood", "yar", "bar", "cal", "far", "gar", "lind", "mat", "ped"};
    private static final String[] TAIL_END = {"ton", "ley", "worth", "by", "field", "ford", "ham", "well", "wood",
        "more", "dale", "stone", "combe", "hurst", "land", "bury", "wick", "side", "bridge", "thwaite", "croft",
        "gate", "ridge", "low", "man", "er", "ett", "ock", "in", "son", "ey", "ow", "ard", "ick", "ly"};
    /** Postcode area, number of districts, town: five towns of one large (invented) police area. */
    private static final String[][] TOWNS = {{"LS", "29", "Leeds"}, {"BD", "24", "Bradford"},
        {"WF", "17", "Wakefield"}, {"HD", "9", "Huddersfield"}, {"HX", "7", "Halifax"}};
    private static final String[] STREET_BASE = {"Church", "Park", "Victoria", "Station", "Mill", "Manor", "Queens",
        "Kings", "Albert", "Grange", "Oak", "Elm", "Beech", "Cedar", "Willow", "Ash", "Meadow", "Orchard", "Chapel",
        "School", "Market", "Bridge", "North", "South", "West", "East", "High", "New", "Green", "Hall", "Castle",
        "Abbey", "Priory", "Rectory", "York", "Lancaster", "Windsor", "Richmond", "Clarence", "George", "Highfield",
        "Springfield", "Woodland", "Hillside", "Riverside", "Brook", "Moor", "Heath", "Hawthorn", "Rowan", "Birch"};
    private static final String[] STREET_KIND = {"Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way",
        "Crescent", "Grove", "Terrace", "Place", "Gardens", "Court", "View", "Walk", "Mews", "Rise"};
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
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

    record Totals(int persons, int referrals, int children, int highRisk, int perpetrators, int serial) {
    }

    private final Random random;
    private final boolean fewNames;
    private final double repeat;
    private final double perpetratorNamed;
    private final boolean triggers;

    /**
     * @param fewNames         the first version's 24 forenames and 30 surnames, no addresses (to reproduce its blocks)
     * @param repeat           the share of referrals naming a victim referred before (0.45)
     * @param perpetratorNamed the share of referrals naming a perpetrator (0.7; 0 for none)
     * @param triggers         load with the row triggers on (the old way: slow), not off and the read models filled
     */
    IncidentGenerator(long seed, boolean fewNames, double repeat, double perpetratorNamed, boolean triggers) {
        this.random = new Random(seed);
        this.fewNames = fewNames;
        this.repeat = repeat;
        this.perpetratorNamed = perpetratorNamed;
        this.triggers = triggers;
    }

    /** Loads on {@code c}, a superuser connection (to turn the triggers off), in one transaction. */
    Totals load(Connection c, int policeIncidents, int years, LocalDate today, UUID police, List<UUID> partners,
            List<UUID> areas, UUID staff, UUID questionnaire) throws Exception {
        int partnerReferrals = policeIncidents / 4;
        int total = policeIncidents + partnerReferrals;
        LocalDate first = today.minusYears(years).plusDays(1);
        int days = (int) ChronoUnit.DAYS.between(first, today) + 1;
        c.setAutoCommit(false);
        if (!triggers) {
            // the triggers (and the foreign keys' checks) off for this transaction only: a failed load leaves
            // them on
            try (var s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
            }
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        // a pool of children (present at three in ten incidents), each written when first named
        int childPool = Math.max(100, total / 50);
        UUID[] children = new UUID[childPool];
        StringBuilder persons = new StringBuilder();
        int personCount = 0;

        StringBuilder referrals = new StringBuilder();
        StringBuilder childRows = new StringBuilder();
        StringBuilder assessments = new StringBuilder();
        StringBuilder addresses = new StringBuilder();
        StringBuilder perpetratorRows = new StringBuilder();
        int[] counts = new int[5];
        // victims referred in about the last year, for repeats (a ring buffer), and the perpetrator each named
        UUID[] recent = new UUID[Math.max(1000, total / years)];
        UUID[] recentPerpetrator = new UUID[recent.length];
        // perpetrators named in about the last year: some go on to another victim (serial perpetrators)
        UUID[] perpetrators = new UUID[recent.length];
        int perpetratorsSize = 0;
        int perpetratorsNext = 0;
        int recentSize = 0;
        int recentNext = 0;
        int policeLeft = policeIncidents;
        for (int n = 0; n < total; n++) {
            LocalDate received = first.plusDays((long) n * days / total);
            UUID victim;
            UUID perpetrator = null;
            boolean named = random.nextDouble() < perpetratorNamed;
            if (recentSize > 0 && random.nextDouble() < repeat) {
                int slot = random.nextInt(recentSize);
                victim = recent[slot];
                if (named && recentPerpetrator[slot] != null) {
                    // usually the perpetrator named before; sometimes a new partner
                    if (random.nextDouble() < 0.15) {
                        recentPerpetrator[slot] = newPerpetrator(persons, addresses, received, staff, today);
                        personCount++;
                        counts[3]++;
                        perpetrators[perpetratorsNext] = recentPerpetrator[slot];
                        perpetratorsNext = (perpetratorsNext + 1) % perpetrators.length;
                        perpetratorsSize = Math.min(perpetratorsSize + 1, perpetrators.length);
                    }
                    perpetrator = recentPerpetrator[slot];
                }
            } else {
                victim = UUID.randomUUID();
                personCount++;
                boolean female = random.nextDouble() < 0.88;
                boolean dob = random.nextDouble() < 0.9;
                persons.append(victim).append('\t').append(given(female)).append('\t').append(surname())
                        .append('\t').append(dob ? received.minusYears(16 + random.nextInt(55))
                                .minusDays(random.nextInt(365)).toString() : "\\N")
                        .append('\t').append(female ? "FEMALE" : "MALE").append('\t')
                        .append(random.nextDouble() < 0.85 ? pick(ETHNICITY) : "\\N").append('\t')
                        .append(random.nextDouble() < 0.8 ? pick(LANGUAGE) : "\\N").append('\t')
                        .append(pick(DISABILITY)).append('\t').append(staff);
                dated(persons, received);
                address(addresses, victim, received, today);
                if (named) {
                    if (perpetratorsSize > 0 && random.nextDouble() < 0.2) {
                        perpetrator = perpetrators[random.nextInt(perpetratorsSize)];
                        counts[4]++;
                    } else {
                        perpetrator = newPerpetrator(persons, addresses, received, staff, today);
                        personCount++;
                        counts[3]++;
                        perpetrators[perpetratorsNext] = perpetrator;
                        perpetratorsNext = (perpetratorsNext + 1) % perpetrators.length;
                        perpetratorsSize = Math.min(perpetratorsSize + 1, perpetrators.length);
                    }
                }
                recent[recentNext] = victim;
                recentPerpetrator[recentNext] = perpetrator;
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
            if (perpetrator != null) {
                perpetratorRows.append(referral).append('\t').append(perpetrator).append('\n');
            }
            if (random.nextDouble() < 0.3) {
                int k = random.nextInt(childPool);
                if (children[k] == null) {
                    children[k] = newChild(persons, received, staff);
                    personCount++;
                }
                childRows.append(referral).append('\t').append(children[k]).append("\ttrue\n");
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
                copy.copyIn("COPY person_address (id, person_id, line1, town, postcode, from_date) FROM STDIN",
                        new StringReader(addresses.toString()));
                copy.copyIn("""
                        COPY referral (id, reference, source, referring_agency_id, received_on, victim_id, consent,
                            area_id, triage_outcome, triage_reason, triaged_at) FROM STDIN""",
                        new StringReader(referrals.toString()));
                copy.copyIn("COPY referral_child (referral_id, person_id, present) FROM STDIN",
                        new StringReader(childRows.toString()));
                copy.copyIn("COPY referral_perpetrator (referral_id, person_id) FROM STDIN",
                        new StringReader(perpetratorRows.toString()));
                copy.copyIn("""
                        COPY risk_assessment (id, person_id, questionnaire_id, assessor_id, agency_id, assessed_on,
                            referral_id, score, high_risk_threshold, visible_high_risk, suggested_grade, final_grade)
                        FROM STDIN""", new StringReader(assessments.toString()));
                persons.setLength(0);
                referrals.setLength(0);
                childRows.setLength(0);
                assessments.setLength(0);
                addresses.setLength(0);
                perpetratorRows.setLength(0);
            }
        }
        if (!triggers) {
            GeneratedReadModels.fill(c);
        }
        c.commit();
        try (var s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("ANALYZE person");
            s.execute("ANALYZE person_address");
            s.execute("ANALYZE referral_perpetrator");
            s.execute("ANALYZE referral");
            s.execute("ANALYZE referral_child");
            s.execute("ANALYZE risk_assessment");
            s.execute("ANALYZE person_involvement");
            s.execute("ANALYZE risk_waiting");
        }
        return new Totals(personCount, counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private static void copyPersons(CopyManager copy, StringBuilder rows) throws Exception {
        copy.copyIn("""
                COPY person (id, given_name, family_name, date_of_birth, sex, ethnicity, first_language, disability,
                    created_by, created_at, updated_at) FROM STDIN""", new StringReader(rows.toString()));
    }

    /** Ends a person's row: made and last changed at midday on the day of the first referral naming them. */
    private static void dated(StringBuilder persons, LocalDate firstReferral) {
        String at = firstReferral + " 12:00:00 Europe/London";
        persons.append('\t').append(at).append('\t').append(at).append('\n');
    }

    /** A child from the pool, written when a referral first names them: under 16 on that day. */
    private UUID newChild(StringBuilder persons, LocalDate received, UUID staff) {
        UUID id = UUID.randomUUID();
        persons.append(id).append('\t').append(given(random.nextBoolean())).append('\t').append(surname())
                .append('\t').append(received.minusYears(random.nextInt(16)).minusDays(random.nextInt(365)))
                .append("\tNOT_KNOWN\t\\N\t\\N\tNOT_KNOWN\t").append(staff);
        dated(persons, received);
        return id;
    }

    /** A new perpetrator (nine in ten men, aged 18 to 65, most with a date of birth and an address). */
    private UUID newPerpetrator(StringBuilder persons, StringBuilder addresses, LocalDate received, UUID staff,
            LocalDate today) {
        UUID id = UUID.randomUUID();
        boolean male = random.nextDouble() < 0.9;
        persons.append(id).append('\t').append(given(!male)).append('\t').append(surname()).append('\t')
                .append(random.nextDouble() < 0.85 ? received.minusYears(18 + random.nextInt(48))
                        .minusDays(random.nextInt(365)).toString() : "\\N")
                .append('\t').append(male ? "MALE" : "FEMALE").append("\t\\N\t\\N\tNOT_KNOWN\t").append(staff);
        dated(persons, received);
        address(addresses, id, received, today);
        return id;
    }

    /** A current address for most adults: house, street, town and a postcode in one of the towns' districts. */
    private void address(StringBuilder addresses, UUID person, LocalDate received, LocalDate today) {
        if (fewNames || random.nextDouble() >= 0.85) {
            return;
        }
        String[] town = TOWNS[random.nextInt(TOWNS.length)];
        String district = town[0] + (1 + random.nextInt(Integer.parseInt(town[1])));
        String street = STREET_BASE[random.nextInt(STREET_BASE.length)] + " "
                + STREET_KIND[random.nextInt(STREET_KIND.length)];
        int house = 1 + random.nextInt(random.nextDouble() < 0.8 ? 120 : 400);
        // one street in one district lies in one sector; every 20 houses share a unit
        long h = (district + street).hashCode() * 0x9E3779B97F4A7C15L;
        int sector = (int) Math.floorMod(h >>> 20, 10L);
        long unit = Math.floorMod(h + house / 20 * 0x632BE59BD9B4E019L, 400L);
        String postcode = district + " " + sector + UNIT_LETTERS.charAt((int) (unit / 20))
                + UNIT_LETTERS.charAt((int) (unit % 20));
        LocalDate from = received.minusDays(random.nextInt(2000));
        addresses.append(UUID.randomUUID()).append('\t').append(person).append('\t').append(house).append(' ')
                .append(street).append('\t').append(town[2]).append('\t').append(postcode).append('\t')
                .append(from.isAfter(today) ? today : from).append('\n');
    }

    private String given(boolean female) {
        if (fewNames) {
            return pick(FEW_GIVEN);
        }
        return cap(female ? FEMALE[pick(FEMALE_CDF)] : MALE[pick(MALE_CDF)]);
    }

    private String surname() {
        if (fewNames) {
            return pick(FEW_FAMILY);
        }
        if (random.nextDouble() < 0.6) {
            return cap(SURNAMES[pick(SURNAME_CDF)]);
        }
        String s = TAIL_START[random.nextInt(TAIL_START.length)] + TAIL_END[random.nextInt(TAIL_END.length)];
        if (random.nextDouble() < 0.5) {
            s = s + TAIL_END[random.nextInt(TAIL_END.length)];
        }
        return cap(s);
    }

    private int pick(double[] cdf) {
        int k = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(cdf.length - 1, k < 0 ? -k - 1 : k);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Zipf-Mandelbrot weights 1/(rank + offset), as a cumulative distribution. */
    private static double[] zipf(int n, double offset) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / (k + 1 + offset);
            cdf[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cdf[k] /= sum;
        }
        return cdf;
    }

    private static String[] list(String name) {
        try (var in = IncidentGenerator.class.getResourceAsStream(LISTS + name);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
