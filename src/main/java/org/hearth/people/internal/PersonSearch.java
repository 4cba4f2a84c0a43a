package org.hearth.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.platform.Dates;
import org.hearth.access.Actor;
import org.hearth.access.Role;
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

    /** A person found, before need-to-know is applied. */
    record Found(UUID id, String name, LocalDate born) {
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

    /** The people found for the signed-in user, need-to-know applied, audited. */
    @Transactional(readOnly = true)
    public List<PersonHit> find(SearchQuery query) {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient() || Role.CASEWORK.stream().noneMatch(me::hasRole)) {
            return List.of();
        }
        List<Found> found = switch (query.kind()) {
            case NAME -> byName(query);
            case DATE -> byDateOfBirth(query.date());
            // a postcode finds only people the user holds a real ground for: break-glass does not count
            case POSTCODE -> byPostcode(query.text()).stream().filter(f -> access.holdsGround(new PersonId(f.id())))
                    .toList();
            case ID -> byIds(List.of(query.id()));
            case REFERRAL_REFERENCE, POLICE_REFERENCE -> null; // referrals answer these
        };
        if (found == null) {
            return List.of();
        }
        audit.record(AuditAction.SEARCH, "person", found.stream().map(f -> f.id().toString()).toList(),
                "search by " + query.kind().label());
        List<PersonHit> hits = new ArrayList<>();
        for (Found f : found) {
            boolean full = access.mayView(new PersonId(f.id()));
            hits.add(new PersonHit(new PersonId(f.id()), f.name(), full ? f.born() : null,
                    f.born() == null ? null : f.born().getYear(), !full));
        }
        return hits;
    }

    private List<Found> byName(SearchQuery query) {
        String[] words = query.name().split(" ");
        String family = words[words.length - 1];
        String given = words.length > 1 ? String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)) : "";
        Map<UUID, Boolean> ids = new LinkedHashMap<>();
        PersonDetails probe = new PersonDetails(given, family, query.date(), null, null, null, null, null, false,
                null, null, null);
        for (Candidate c : matcher.candidates(probe, null, MAX)) {
            ids.put(c.id().value(), true);
        }
        // an exact surname (or other name) finds everyone of that name, even where the engine, which needs more
        // than a name to be sure, found them unlikely; those whose first name starts as typed come first
        jdbc.sql("""
                SELECT p.id FROM person p
                WHERE p.merged_into IS NULL
                  AND (lower(p.family_name) = lower(:family)
                       OR EXISTS (SELECT 1 FROM person_alias a WHERE a.person_id = p.id AND lower(a.family_name) = lower(:family)))
                  AND (CAST(:dob AS date) IS NULL OR p.date_of_birth = :dob)
                ORDER BY (lower(p.given_name) LIKE lower(:givenStart) ESCAPE '\\') DESC, p.family_name, p.given_name
                LIMIT :max""")
                .param("family", family)
                .param("givenStart", given.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("dob", query.date()).param("max", MAX)
                .query(UUID.class).list().forEach(id -> ids.putIfAbsent(id, true));
        return byIds(ids.keySet().stream().limit(MAX).toList());
    }

    private List<Found> byDateOfBirth(LocalDate date) {
        return jdbc.sql("""
                SELECT id, given_name || ' ' || family_name AS name, date_of_birth FROM person
                WHERE date_of_birth = ? AND merged_into IS NULL ORDER BY family_name, given_name LIMIT ?""")
                .params(date, MAX).query(PersonSearch::found).list();
    }

    private List<Found> byPostcode(String postcode) {
        return jdbc.sql("""
                SELECT DISTINCT ON (p.family_name, p.given_name, p.id) p.id, p.given_name || ' ' || p.family_name AS name,
                       p.date_of_birth
                FROM person p JOIN person_address a ON a.person_id = p.id
                WHERE upper(replace(a.postcode, ' ', '')) = ? AND p.merged_into IS NULL
                ORDER BY p.family_name, p.given_name, p.id LIMIT ?""")
                .params(postcode.replace(" ", ""), MAX).query(PersonSearch::found).list();
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
                rs.getObject("date_of_birth", LocalDate.class));
    }
}
