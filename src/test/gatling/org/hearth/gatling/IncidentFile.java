package org.hearth.gatling;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * A synthetic police incident file in the import's format (docs/police-import.md): every row valid, one victim in ten
 * named again a few rows later (a repeat victim, linked by the import's matching), police references
 * {@code GATLING/<run>/<row>} so each run's rows are new. Names are made up, with a family name ending in the run's
 * letters.
 */
final class IncidentFile {

    private static final String[] WOMEN = {"Fern", "Amara", "Beth", "Carys", "Dana", "Elif", "Freya", "Gemma", "Hana"};
    private static final String[] MEN = {"Gary", "Aaron", "Ben", "Craig", "Dean", "Ewan", "Farid", "Glen", "Harun"};
    private static final String HEADER = "police_reference,incident_date,incident_time,officer_name,victim_given_name,"
            + "victim_family_name,victim_date_of_birth,victim_sex,victim_postcode,perpetrator_given_name,"
            + "perpetrator_family_name,perpetrator_date_of_birth,relationship,child_1_given_name,child_1_family_name,"
            + "child_1_present,abuse_types,consent,narrative\n";

    private IncidentFile() {
    }

    /** Writes {@code rows} rows to a new temporary file and returns it. */
    static Path write(int rows, long seed) throws IOException {
        Random random = new Random(seed);
        String run = letters(random, 6);
        Path file = Files.createTempFile("hearth-gatling-incidents-", ".csv");
        String yesterday = LocalDate.now().minusDays(1).toString();
        String[][] recent = new String[8][];
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            for (int i = 0; i < rows; i++) {
                boolean repeat = i >= recent.length && i % 10 == 9;
                String[] victim = repeat ? recent[random.nextInt(recent.length)] : new String[] {
                    WOMEN[random.nextInt(WOMEN.length)], capital(letters(random, 7)) + run, birth(random),
                    "NF" + (1 + random.nextInt(9)) + " " + random.nextInt(10) + inward(random) + inward(random)};
                recent[i % recent.length] = victim;
                String perpetrator = capital(letters(random, 7)) + run;
                out.write(String.join(",", "GATLING/" + run + "/" + i, yesterday, "22:15", "PC Hollis",
                        victim[0], victim[1], victim[2], "FEMALE", victim[3],
                        MEN[random.nextInt(MEN.length)], perpetrator, birth(random), "INTIMATE_PARTNER",
                        "Sol", victim[1], random.nextBoolean() ? "Y" : "N", "PHYSICAL;COERCIVE_CONTROL", "GIVEN",
                        "Synthetic incident " + i + " for the load test"));
                out.write('\n');
            }
        }
        return file;
    }

    private static String letters(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** A letter a postcode's inward part may have (never C, I, K, M, O or V). */
    private static char inward(Random random) {
        String allowed = "ABDEFGHJLNPQRSTUWXYZ";
        return allowed.charAt(random.nextInt(allowed.length()));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String birth(Random random) {
        return LocalDate.of(1955, 1, 1).plusDays(random.nextInt(50 * 365)).toString();
    }
}
