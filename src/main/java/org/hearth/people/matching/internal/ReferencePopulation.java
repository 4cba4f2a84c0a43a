package org.hearth.people.matching.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.hearth.people.matching.MatchRecord;

/**
 * A synthetic reference population (a copy of the benchmarks' generator, no real data) that pads a small
 * store so the model has enough pairs to learn from. Synthetic UK-style person records: Zipf-weighted forenames and
 * surnames from small shipped lists plus a long tail of invented surnames, UK postcode districts with
 * made-up sectors and units tied to invented streets, persons recorded 1 to 8 times (as by police, GP, school
 * and housing), each further record corrupted the way agencies' records differ ({@link RecordCorruption}).
 * Deterministic for a seed.
 */
public final class ReferencePopulation {

    private static final String[] FEMALE = list("forenames-female.txt");
    private static final String[] MALE = list("forenames-male.txt");
    private static final String[] SURNAMES = list("surnames.txt");
    // Zipf-Mandelbrot weights 1/(rank + offset): the most common forename about 4% of a sex, the most
    // common surname about 1.6% of everyone, roughly as in Britain
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

    private static final String[][] AREAS = {{"LS", "29", "Leeds"}, {"BD", "24", "Bradford"}, {"M", "50", "Manchester"},
        {"B", "80", "Birmingham"}, {"L", "40", "Liverpool"}, {"S", "40", "Sheffield"}, {"NE", "40", "Newcastle"},
        {"LE", "19", "Leicester"}, {"PR", "26", "Preston"}, {"BB", "18", "Blackburn"}, {"HX", "7", "Halifax"},
        {"WF", "17", "Wakefield"}, {"HD", "9", "Huddersfield"}, {"YO", "62", "York"}, {"NG", "25", "Nottingham"},
        {"CV", "37", "Coventry"}, {"G", "80", "Glasgow"}, {"CF", "48", "Cardiff"}, {"BS", "40", "Bristol"},
        {"E", "18", "London"}, {"N", "22", "London"}, {"SE", "28", "London"}, {"SW", "20", "London"},
        {"LA", "23", "Lancaster"}, {"FY", "8", "Blackpool"}, {"OL", "16", "Oldham"}, {"BL", "9", "Bolton"},
        {"WN", "8", "Wigan"}, {"DN", "40", "Doncaster"}, {"HU", "20", "Hull"}};
    private static final String[] STREET_BASE = {"church", "park", "victoria", "station", "mill", "manor", "queens",
        "kings", "albert", "grange", "oak", "elm", "beech", "cedar", "willow", "ash", "meadow", "orchard", "chapel",
        "school", "market", "bridge", "north", "south", "west", "east", "high", "new", "green", "hall", "castle",
        "abbey", "priory", "rectory", "vicarage", "york", "lancaster", "windsor", "cambridge", "oxford", "richmond",
        "hampton", "clarence", "george", "william", "edward", "alexandra", "princess", "st johns", "st marys",
        "highfield", "springfield", "woodland", "hillside", "riverside", "brook", "moor", "heath", "common",
        "forest", "valley", "lime", "hawthorn", "rowan", "birch", "holly", "ivy", "laurel", "poplar", "sycamore"};
    private static final String[] STREET_KIND = {"road", "street", "lane", "avenue", "close", "drive", "way",
        "crescent", "grove", "terrace", "place", "gardens", "court", "view", "walk", "mews", "rise"};
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private ReferencePopulation() {
    }

    /** One person as first recorded (the date of birth as {@code yyyyMMdd}, -1 when missing). */
    record Person(String given, String surname, int dob, String sex, String address, String postcode) {
    }

    /** {@code n} records with ids {@code prefix + number}, persons recorded 1 to 8 times. */
    public static List<MatchRecord> generate(int n, long seed, String prefix) {
        return generate(new SplittableRandom(seed), n, prefix, new ArrayList<>());
    }

    /**
     * {@code n} records drawn from {@code random}, with each record's person number added to {@code truth} (the
     * benchmarks' ground truth; the engine never sees it).
     */
    public static List<MatchRecord> generate(SplittableRandom random, int n, String prefix, List<String> truth) {
        List<MatchRecord> records = new ArrayList<>(n);
        int person = 0;
        while (records.size() < n) {
            Person p = person(random);
            int copies = Math.min(n - records.size(), clusterSize(random));
            for (int c = 0; c < copies; c++) {
                Person r = c == 0 ? p : RecordCorruption.corrupt(p, random);
                records.add(new MatchRecord(prefix + records.size(), r.given, r.surname, iso(r.dob), r.sex, r.address,
                        r.postcode));
                truth.add(Integer.toString(person));
            }
            person++;
        }
        return records;
    }

    /** 1 record for about 45% of persons, then fewer and fewer up to 8. */
    static int clusterSize(SplittableRandom random) {
        double u = random.nextDouble();
        if (u < 0.45) {
            return 1;
        }
        if (u < 0.70) {
            return 2;
        }
        if (u < 0.84) {
            return 3;
        }
        if (u < 0.92) {
            return 4;
        }
        if (u < 0.96) {
            return 5;
        }
        return 6 + random.nextInt(3);
    }

    private static Person person(SplittableRandom random) {
        boolean female = random.nextBoolean();
        String given = female ? FEMALE[pick(FEMALE_CDF, random)] : MALE[pick(MALE_CDF, random)];
        String surname = surname(random);
        int year = 1935 + random.nextInt(75);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth());
        String[] place = place(random, null);
        return new Person(given, surname, year * 10000 + month * 100 + day, female ? "F" : "M", place[0], place[1]);
    }

    static String surname(SplittableRandom random) {
        if (random.nextDouble() < 0.6) {
            return SURNAMES[pick(SURNAME_CDF, random)];
        }
        String s = TAIL_START[random.nextInt(TAIL_START.length)] + TAIL_END[random.nextInt(TAIL_END.length)];
        if (random.nextDouble() < 0.5) {
            s = s + TAIL_END[random.nextInt(TAIL_END.length)];
        }
        return s;
    }

    /** An address and its postcode; near a given district when {@code nearDistrict} is set. */
    static String[] place(SplittableRandom random, String nearDistrict) {
        String district;
        String town;
        if (nearDistrict != null) {
            district = nearDistrict;
            town = townOf(nearDistrict);
        } else {
            String[] area = AREAS[random.nextInt(AREAS.length)];
            district = area[0] + (1 + random.nextInt(Integer.parseInt(area[1])));
            town = area[2];
        }
        String street = STREET_BASE[random.nextInt(STREET_BASE.length)] + " "
                + STREET_KIND[random.nextInt(STREET_KIND.length)];
        int house = 1 + random.nextInt(random.nextDouble() < 0.8 ? 120 : 400);
        // one street in one district lies in one sector; every 20 houses share a unit
        long h = (district + street).hashCode() * 0x9E3779B97F4A7C15L;
        int sector = (int) Math.floorMod(h >>> 20, 10L);
        long unit = Math.floorMod(h + house / 20 * 0x632BE59BD9B4E019L, 400L);
        String postcode = district + " " + sector + UNIT_LETTERS.charAt((int) (unit / 20))
                + UNIT_LETTERS.charAt((int) (unit % 20));
        String address = house + " " + capitalise(street) + ", " + town;
        if (random.nextDouble() < 0.1) {
            address = "Flat " + (1 + random.nextInt(12)) + ", " + address;
        }
        return new String[] {address, postcode};
    }

    private static String townOf(String district) {
        String letters = district.replaceAll("[0-9]", "");
        for (String[] a : AREAS) {
            if (a[0].equals(letters)) {
                return a[2];
            }
        }
        return "Leeds";
    }


    private static String iso(int ymd) {
        if (ymd < 0) {
            return null;
        }
        return String.format("%04d-%02d-%02d", ymd / 10000, ymd / 100 % 100, ymd % 100);
    }

    static String cap(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitalise(String street) {
        StringBuilder b = new StringBuilder();
        for (String w : street.split(" ")) {
            b.append(b.length() == 0 ? "" : " ").append(cap(w));
        }
        return b.toString();
    }

    private static int pick(double[] cdf, SplittableRandom random) {
        int k = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(cdf.length - 1, k < 0 ? -k - 1 : k);
    }

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
        try (var in = ReferencePopulation.class.getResourceAsStream(name);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
