package org.hearth.people.matching.internal;

import static org.hearth.people.matching.internal.ReferencePopulation.cap;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hearth.people.matching.internal.ReferencePopulation.Person;

/**
 * A further record of a {@link ReferencePopulation} person, corrupted the way agencies' records differ: typos,
 * phonetic spellings, nicknames and initials, swapped names, a new surname, swapped day and month, a wrong digit,
 * a move, missing fields. Deterministic for the random source's state.
 */
final class RecordCorruption {

    private static final String[][] VARIANTS = {{"ph", "f"}, {"f", "ph"}, {"ck", "k"}, {"c", "k"}, {"k", "c"},
        {"y", "i"}, {"i", "y"}, {"ie", "y"}, {"ll", "l"}, {"nn", "n"}, {"tt", "t"}, {"ss", "s"}, {"ou", "ow"},
        {"ey", "y"}, {"th", "t"}, {"ae", "e"}, {"son", "sen"}, {"s", "z"}, {"z", "s"}, {"w", "v"}};
    private static final String[][] NICKNAMES = {{"william", "bill", "will", "liam"}, {"robert", "bob", "rob"},
        {"richard", "rick", "dick"}, {"margaret", "maggie", "peggy"}, {"elizabeth", "liz", "beth", "betty"},
        {"katherine", "kate", "katie"}, {"catherine", "cathy", "kate"}, {"james", "jim", "jimmy"},
        {"michael", "mike", "mick"}, {"thomas", "tom", "tommy"}, {"christopher", "chris"}, {"christine", "chris"},
        {"samantha", "sam"}, {"samuel", "sam"}, {"daniel", "dan", "danny"}, {"david", "dave"},
        {"jennifer", "jenny", "jen"}, {"rebecca", "becky"}, {"stephen", "steve"}, {"steven", "steve"},
        {"matthew", "matt"}, {"anthony", "tony"}, {"andrew", "andy"}, {"joseph", "joe"}, {"patricia", "pat"},
        {"victoria", "vicky"}, {"nicola", "nicky"}, {"susan", "sue"}, {"deborah", "debbie"}, {"edward", "ed", "ted"},
        {"jonathan", "jon"}, {"benjamin", "ben"}, {"alexander", "alex"}, {"frederick", "fred"}, {"kenneth", "ken"},
        {"raymond", "ray"}, {"philip", "phil"}, {"mohammed", "muhammad"}, {"abigail", "abbie"}, {"eleanor", "ellie"}};

    private RecordCorruption() {
    }

    static Person corrupt(Person p, SplittableRandom r) {
        String given = p.given();
        String surname = p.surname();
        int dob = p.dob();
        String sex = p.sex();
        String address = p.address();
        String postcode = p.postcode();

        double g = r.nextDouble();
        if (g < 0.08) {
            given = typo(given, r);
        } else if (g < 0.14) {
            given = nickname(given, r);
        } else if (g < 0.17) {
            given = variant(given, r);
        } else if (g < 0.19) {
            given = given.substring(0, 1);
        } else if (g < 0.20) {
            given = null;
        }
        double s = r.nextDouble();
        if (s < 0.06) {
            surname = typo(surname, r);
        } else if (s < 0.09) {
            surname = variant(surname, r);
        } else if (s < ("F".equals(p.sex()) ? 0.21 : 0.10)) {
            surname = ReferencePopulation.surname(r); // married, divorced, or known by a partner's or stepfather's name
        } else if (s < ("F".equals(p.sex()) ? 0.22 : 0.11)) {
            surname = surname + "-" + ReferencePopulation.surname(r);
        } else if (s < ("F".equals(p.sex()) ? 0.23 : 0.12)) {
            surname = null;
        }
        if (r.nextDouble() < 0.02 && given != null && surname != null) {
            String t = given;
            given = surname;
            surname = t;
        }
        double d = r.nextDouble();
        int year = dob / 10000;
        int month = dob / 100 % 100;
        int day = dob % 100;
        if (d < 0.03 && day <= 12 && day != month) {
            dob = year * 10000 + day * 100 + month;
        } else if (d < 0.07) {
            dob = digitWrong(dob, r);
        } else if (d < 0.085) {
            java.time.LocalDate date = java.time.LocalDate.of(year, month, day).plusDays(r.nextInt(-300, 301));
            dob = date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        } else if (d < 0.125) {
            dob = -1;
        }
        double a = r.nextDouble();
        if (a < 0.20) {
            String near = r.nextBoolean() ? postcode.substring(0, postcode.indexOf(' ')) : null;
            String[] place = ReferencePopulation.place(r, near);
            address = place[0];
            postcode = place[1];
        } else if (a < 0.25) {
            address = typo(address, r);
        } else if (a < 0.30) {
            address = null;
        }
        double pc = r.nextDouble();
        if (pc < 0.03 && postcode != null) {
            postcode = typo(postcode, r);
        } else if (pc < 0.08) {
            postcode = null;
        }
        double x = r.nextDouble();
        if (x < 0.05) {
            sex = null;
        } else if (x < 0.055) {
            sex = "F".equals(sex) ? "M" : "F";
        }
        return new Person(cap(given), cap(surname), dob, sex, address, postcode);
    }

    private static String typo(String s, SplittableRandom r) {
        if (s == null || s.length() < 3) {
            return s;
        }
        char[] c = s.toCharArray();
        int k = 1 + r.nextInt(c.length - 2);
        char letter = (char) ('a' + r.nextInt(26));
        if (Character.isUpperCase(c[k])) {
            letter = Character.toUpperCase(letter);
        }
        return switch (r.nextInt(4)) {
            case 0 -> s.substring(0, k) + letter + s.substring(k + 1);
            case 1 -> s.substring(0, k) + s.substring(k + 1);
            case 2 -> s.substring(0, k) + letter + s.substring(k);
            default -> {
                char t = c[k];
                c[k] = c[k + 1 < c.length ? k + 1 : k - 1];
                c[k + 1 < c.length ? k + 1 : k - 1] = t;
                yield new String(c);
            }
        };
    }

    private static String variant(String s, SplittableRandom r) {
        String lower = s.toLowerCase();
        int start = r.nextInt(VARIANTS.length);
        for (int k = 0; k < VARIANTS.length; k++) {
            String[] v = VARIANTS[(start + k) % VARIANTS.length];
            int at = lower.indexOf(v[0], 1);
            if (at > 0) {
                return lower.substring(0, at) + v[1] + lower.substring(at + v[0].length());
            }
        }
        return typo(s, r);
    }

    private static String nickname(String s, SplittableRandom r) {
        String lower = s.toLowerCase();
        for (String[] group : NICKNAMES) {
            if (Arrays.asList(group).contains(lower)) {
                String other;
                do {
                    other = group[r.nextInt(group.length)];
                } while (other.equals(lower));
                return other;
            }
        }
        return s;
    }

    private static int digitWrong(int dob, SplittableRandom r) {
        char[] c = Integer.toString(dob).toCharArray();
        if (r.nextInt(4) == 0) {
            int k = 4 + r.nextInt(3);
            char t = c[k];
            c[k] = c[k + 1];
            c[k + 1] = t;
        } else {
            int k = 2 + r.nextInt(6);
            c[k] = (char) ('0' + (c[k] - '0' + 1 + r.nextInt(9)) % 10);
        }
        return Integer.parseInt(new String(c));
    }
}
