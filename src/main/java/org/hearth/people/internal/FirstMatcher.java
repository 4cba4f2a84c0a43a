package org.hearth.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.hearth.people.Candidate;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first matcher: finds people sharing a date of birth (also with day and month swapped), the first
 * three letters of a family name or alias, or a postcode (each an indexed lookup), then scores the agreements with fixed weights. Not
 * a bean: {@link EngineMatcher} answers with it only until its index is first built.
 */
class FirstMatcher implements PersonMatcher {

    private static final DoubleMetaphone PHONETIC = new DoubleMetaphone();
    private final JdbcClient jdbc;

    FirstMatcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most this many people are scored: at most this many are read from each way of finding them. */
    static final int CANDIDATE_ROWS = 500;

    /**
     * The people sharing a date of birth (or it with day and month swapped), a family name (the same, then its first
     * three letters, also as an alias) or a postcode: each way read through its index and no further than
     * {@link #CANDIDATE_ROWS}, the same first name and family name first, then the same date of birth or postcode,
     * then the same family name, then the first three letters. At national scale a common family name's first three
     * letters are shared by 83,000 people: they were all read (56,000 pages, seconds) only for 500 of them, any 500, to
     * be scored. A known postcode's addresses are read only when a postcode is given.
     */
    private static final String CANDIDATES = """
            WITH found AS (
                (SELECT id, 0 AS rank FROM person WHERE lower(family_name) = lower(:family) AND merged_into IS NULL
                   AND lower(given_name) COLLATE "C" = lower(:given) COLLATE "C" LIMIT :max)
                UNION ALL (SELECT id, 1 FROM person WHERE date_of_birth IN (:dob, :swapped) LIMIT :max)
                UNION ALL (SELECT person_id, 1 FROM person_address WHERE postcode = :postcode LIMIT :max)
                UNION ALL (SELECT id, 2 FROM person WHERE lower(family_name) = lower(:family) AND merged_into IS NULL
                           LIMIT :max)
                UNION ALL (SELECT id, 3 FROM person WHERE left(lower(family_name), 3) = :prefix LIMIT :max)
                UNION ALL (SELECT person_id, 3 FROM person_alias WHERE left(lower(family_name), 3) = :prefix
                           LIMIT :max)),
            best AS (SELECT id, min(rank) AS rank FROM found GROUP BY id)
            SELECT p.id, p.given_name, p.family_name, p.date_of_birth,
                   CASE WHEN CAST(:postcode AS text) IS NOT NULL THEN
                       (SELECT string_agg(a.postcode, '|') FROM person_address a WHERE a.person_id = p.id) END AS postcodes,
                   (SELECT string_agg(coalesce(al.given_name, '') || ' ' || al.family_name, '|')
                      FROM person_alias al WHERE al.person_id = p.id) AS aliases
            FROM best JOIN person p ON p.id = best.id
            WHERE p.merged_into IS NULL
            ORDER BY best.rank, p.id
            LIMIT :max""";

    private record Row(UUID id, String given, String family, LocalDate dob, String postcodes, String aliases) {
    }

    @Override
    public List<Candidate> candidates(PersonDetails d, String postcode, int max) {
        LocalDate dob = d.dateOfBirth();
        LocalDate swapped = swapped(dob);
        String pc = PeopleRules.normalisePostcode(postcode);
        List<Row> rows = jdbc.sql(CANDIDATES)
                .param("given", d.givenName() == null ? "" : d.givenName().trim()).param("family", family(d))
                .param("dob", dob).param("swapped", swapped)
                .param("prefix", prefix(d.familyName())).param("postcode", pc).param("max", CANDIDATE_ROWS)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("postcodes"), rs.getString("aliases")))
                .list();
        List<Candidate> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> reasons = new ArrayList<>();
            double score = 0;
            if (same(r.family(), d.familyName())) {
                score += 0.3;
                reasons.add("Same family name");
            } else if (soundsAlike(r.family(), d.familyName())) {
                score += 0.2;
                reasons.add("Family name sounds alike");
            } else if (r.aliases() != null && aliasMatches(r.aliases(), d.familyName())) {
                score += 0.2;
                reasons.add("Same family name" + MatchExplanation.VIA_ALIAS);
            }
            if (same(r.given(), d.givenName())) {
                score += 0.25;
                reasons.add("Same given name");
            } else if (soundsAlike(r.given(), d.givenName()) || initialOf(r.given(), d.givenName())) {
                score += 0.12;
                reasons.add("Given name sounds alike, or an initial");
            }
            if (dob != null && dob.equals(r.dob())) {
                score += 0.35;
                reasons.add("Same date of birth");
            } else if (swapped != null && swapped.equals(r.dob())) {
                score += 0.25;
                reasons.add("Date of birth with day and month swapped");
            }
            if (pc != null && r.postcodes() != null && List.of(r.postcodes().split("\\|")).contains(pc)) {
                score += 0.1;
                reasons.add("Postcode of a known address");
            }
            if (score >= 0.3) {
                out.add(new Candidate(new PersonId(r.id()), r.given() + " " + r.family(),
                        r.dob() == null ? "" : r.dob().toString(), Math.min(1, score), reasons));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out.subList(0, Math.min(max, out.size()));
    }

    private static LocalDate swapped(LocalDate dob) {
        if (dob == null || dob.getDayOfMonth() > 12 || dob.getDayOfMonth() == dob.getMonthValue()) {
            return null;
        }
        return LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
    }

    private static String family(PersonDetails d) {
        return d.familyName() == null ? "" : d.familyName().trim();
    }

    private static String prefix(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return n.length() < 3 ? n : n.substring(0, 3);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    private static boolean soundsAlike(String a, String b) {
        return a != null && b != null && !a.isBlank() && !b.isBlank() && PHONETIC.isDoubleMetaphoneEqual(a.trim(), b.trim());
    }

    private static boolean initialOf(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        String x = a.trim().toLowerCase(Locale.ROOT);
        String y = b.trim().toLowerCase(Locale.ROOT);
        return (x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0);
    }

    private static boolean aliasMatches(String aliases, String family) {
        for (String alias : aliases.split("\\|")) {
            String[] parts = alias.trim().split("\\s+");
            if (same(parts[parts.length - 1], family)) {
                return true;
            }
        }
        return false;
    }
}
