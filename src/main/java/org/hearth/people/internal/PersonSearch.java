package org.hearth.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.platform.Dates;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.Candidate;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.platform.SearchProvider;
import org.hearth.platform.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People found by the search box: by name through the matching engine (nicknames, spelling and sound, aliases),
 * plus an exact surname or alias; by date of birth; by postcode; by Hearth id. A person the user's agency is not
 * involved with comes back as the locked-down record shows them (name and year of birth). A search by postcode
 * returns only people the user may already see: otherwise it would confirm where someone lives. Audited: the kind
 * of query and the ids returned, never the text typed.
 */
@Component
public class PersonSearch implements SearchProvider {

    static final int MAX = 25;
    /** How many are looked at before need-to-know, so that withheld people never crowd out those shown. */
    static final int CANDIDATES = 500;
    private static final DateTimeFormatter DAY = Dates.DAY;

    private final JdbcClient jdbc;
    private final PersonAccess access;
    private final PersonMatcher matcher;
    private final AuditTrail audit;

    PersonSearch(JdbcClient jdbc, PersonAccess access, PersonMatcher matcher, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.matcher = matcher;
        this.audit = audit;
    }

    /** A person found, before need-to-know is applied; {@code onCurrentName}: found by the name they go by now. */
    record Found(UUID id, String name, LocalDate born, boolean onCurrentName) {
    }

    /**
     * A person as a search returns them: {@code dateOfBirth} only when the user may see the full record
     * ({@code restricted} false); otherwise the year of birth alone, as the locked-down record shows it.
     */
    public record PersonHit(PersonId id, String name, LocalDate dateOfBirth, Integer yearOfBirth, boolean restricted) {
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        return find(query).stream().map(h -> new SearchHit("Person", h.name(), "/people/" + h.id(),
                h.yearOfBirth() == null ? "Date of birth not known"
                        : h.restricted() ? "Born " + h.yearOfBirth() : "Born " + DAY.format(h.dateOfBirth()),
                h.restricted())).toList();
    }

    /**
     * The people found for the signed-in user, need-to-know applied, audited (the ids shown). A person whose record
     * the user may not read is shown only when found by the name they go by now, and by nothing more: never by a
     * former name or alias (that would link the two), a date of birth (that would confirm it) or a postcode (that
     * would confirm where they live). A postcode finds only people the user holds a real ground for.
     */
    @Transactional(readOnly = true)
    public List<PersonHit> find(SearchQuery query) {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient() || !me.worksCases()) {
            return List.of();
        }
        List<Found> found = switch (query.kind()) {
            case NAME -> byName(query);
            case DATE -> byDateOfBirth(query.date());
            case POSTCODE -> byPostcode(query.text());
            case ID -> byIds(List.of(query.id()));
            case REFERRAL_REFERENCE, POLICE_REFERENCE -> null; // referrals answer these
        };
        if (found == null) {
            return List.of();
        }
        // need-to-know for the whole list in one query, so the time taken says nothing about who was withheld
        List<PersonId> ids = found.stream().map(f -> new PersonId(f.id())).toList();
        Set<PersonId> viewable = access.viewableAmong(ids);
        Set<PersonId> grounded = query.kind() == SearchQuery.Kind.POSTCODE ? access.groundedAmong(ids) : Set.of();
        boolean byDetail = query.kind() == SearchQuery.Kind.DATE || query.date() != null;
        List<PersonHit> hits = new ArrayList<>();
        for (Found f : found) {
            PersonId id = new PersonId(f.id());
            boolean full = viewable.contains(id);
            if (shown(query.kind(), full, grounded.contains(id), byDetail, f.onCurrentName()) && hits.size() < MAX) {
                hits.add(hit(f, full));
            }
        }
        audit.record(AuditAction.SEARCH, "person", hits.stream().map(h -> h.id().toString()).toList(),
                "search by " + query.kind().label());
        return hits;
    }

    /**
     * Whether a person found is shown at all. By postcode: only with a real ground ({@code grounded}: a grant or the
     * hub role, never a break-glass reading). By name or date of birth: when the user may see the full record, or
     * else (as a stub) only when found by the name they go by now and by no detail (a date of birth typed).
     */
    static boolean shown(SearchQuery.Kind kind, boolean full, boolean grounded, boolean byDetail, boolean onCurrentName) {
        return switch (kind) {
            case POSTCODE -> grounded;
            case NAME, DATE -> full || (!byDetail && onCurrentName);
            default -> true;
        };
    }

    /** A person as shown: the date of birth only with the full record, otherwise the year alone and restricted. */
    static PersonHit hit(Found f, boolean full) {
        return new PersonHit(new PersonId(f.id()), f.name(), full ? f.born() : null,
                f.born() == null ? null : f.born().getYear(), !full);
    }

    /**
     * The first name starts as typed, in lower case, as a range of the index's byte ("C") order rather than a
     * {@code LIKE}, so that the index narrows it even in a generic plan (code point U+10FFFF ends the range).
     */
    private static final String GIVEN_STARTS_AS_TYPED = """
            lower(p.given_name) COLLATE "C" >= lower(:given) COLLATE "C"
            AND lower(p.given_name) COLLATE "C" < (lower(:given) || chr(1114111)) COLLATE "C"
            """;

    private List<Found> byName(SearchQuery query) {
        String[] words = query.name().split(" ");
        String family = words[words.length - 1];
        String given = words.length > 1 ? String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)) : "";
        Map<UUID, Boolean> onCurrentName = new LinkedHashMap<>();
        PersonDetails probe = new PersonDetails(given, family, query.date(), null, null, null, null, null, false,
                null, null, null);
        for (Candidate c : matcher.candidates(probe, null, MAX)) {
            onCurrentName.put(c.id().value(), c.reasons().stream().noneMatch(r -> r.contains(MatchExplanation.VIA_ALIAS)));
        }
        // an exact surname (or other name) finds everyone of that name, even where the engine, which needs more
        // than a name to be sure, found them unlikely; those whose first name starts as typed come first, then by
        // first name. Each part is read in the order of the index person_search_name (V246), so a surname shared
        // by tens of thousands costs a few hundred index entries, not a read and sort of every one of them. With no
        // first name typed, everyone of the surname starts as typed: said as `true`, since PostgreSQL cannot tell that
        // the range from '' to U+10FFFF holds them all, and read all 76,000 of a common surname through a bitmap
        // (53,000 pages, seconds) to keep 500
        jdbc.sql("""
                SELECT id, current FROM (
                  (SELECT p.id, true AS current, 0 AS rank, lower(p.given_name) COLLATE "C" AS given FROM person p
                   WHERE lower(p.family_name) = lower(:family) AND p.merged_into IS NULL AND (%1$s)
                     AND (CAST(:dob AS date) IS NULL OR p.date_of_birth = :dob)
                   ORDER BY 4 LIMIT :max)
                  UNION ALL
                  (SELECT p.id, true, 1, lower(p.given_name) COLLATE "C" FROM person p
                   WHERE lower(p.family_name) = lower(:family) AND p.merged_into IS NULL
                     AND lower(p.given_name) COLLATE "C" < lower(:given) COLLATE "C"
                     AND (CAST(:dob AS date) IS NULL OR p.date_of_birth = :dob)
                   ORDER BY 4 LIMIT :max)
                  UNION ALL
                  (SELECT p.id, true, 1, lower(p.given_name) COLLATE "C" FROM person p
                   WHERE lower(p.family_name) = lower(:family) AND p.merged_into IS NULL
                     AND lower(p.given_name) COLLATE "C" >= (lower(:given) || chr(1114111)) COLLATE "C"
                     AND (CAST(:dob AS date) IS NULL OR p.date_of_birth = :dob)
                   ORDER BY 4 LIMIT :max)
                  UNION ALL
                  (SELECT p.id, lower(p.family_name) = lower(:family), CASE WHEN %1$s THEN 0 ELSE 1 END,
                          lower(p.given_name) COLLATE "C"
                   FROM person_alias a JOIN person p ON p.id = a.person_id
                   WHERE lower(a.family_name) = lower(:family) AND p.merged_into IS NULL
                     AND (CAST(:dob AS date) IS NULL OR p.date_of_birth = :dob)
                   ORDER BY 3, 4 LIMIT :max)) found
                ORDER BY rank, given LIMIT :max""".formatted(given.isEmpty() ? "true" : GIVEN_STARTS_AS_TYPED))
                .param("family", family).param("given", given)
                .param("dob", query.date()).param("max", CANDIDATES)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getBoolean("current"))).list()
                .forEach(e -> onCurrentName.merge(e.getKey(), e.getValue(), Boolean::logicalOr));
        // and, whatever matched (the first matcher, before the engine's index is built, does not say when an alias
        // did), a surname that does not even start like the one typed is not the name they go by now
        return byIds(List.copyOf(onCurrentName.keySet())).stream()
                .map(f -> new Found(f.id(), f.name(), f.born(), onCurrentName.get(f.id())
                        && sameInitial(f.name(), family)))
                .toList();
    }

    /** Whether the last word of {@code name} (the family name) starts with the letter {@code family} starts with. */
    static boolean sameInitial(String name, String family) {
        String current = name.substring(name.lastIndexOf(' ') + 1);
        return !current.isEmpty() && !family.isEmpty()
                && Character.toLowerCase(current.charAt(0)) == Character.toLowerCase(family.charAt(0));
    }

    private List<Found> byDateOfBirth(LocalDate date) {
        return jdbc.sql("""
                SELECT id, given_name || ' ' || family_name AS name, date_of_birth FROM person
                WHERE date_of_birth = ? AND merged_into IS NULL ORDER BY family_name, given_name LIMIT ?""")
                .params(date, CANDIDATES).query(PersonSearch::found).list();
    }

    private List<Found> byPostcode(String postcode) {
        return jdbc.sql("""
                SELECT DISTINCT ON (p.family_name, p.given_name, p.id) p.id, p.given_name || ' ' || p.family_name AS name,
                       p.date_of_birth
                FROM person p JOIN person_address a ON a.person_id = p.id
                WHERE upper(replace(a.postcode, ' ', '')) = ? AND p.merged_into IS NULL
                ORDER BY p.family_name, p.given_name, p.id LIMIT ?""")
                .params(postcode.replace(" ", ""), CANDIDATES).query(PersonSearch::found).list();
    }

    /** The people of these ids that exist and were not merged away, in the order given. */
    private List<Found> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Found> found = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, given_name || ' ' || family_name AS name, date_of_birth FROM person
                WHERE id = ANY (?) AND merged_into IS NULL""")
                .param(ids.toArray(UUID[]::new)).query(PersonSearch::found).list()
                .forEach(f -> found.put(f.id(), f));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Found found(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Found(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("date_of_birth", LocalDate.class), true);
    }
}
