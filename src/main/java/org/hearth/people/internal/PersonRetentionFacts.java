package org.hearth.people.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.hearth.people.PersonDataHolder;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRetention;
import org.hearth.people.RetentionFact;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the retention schedule needs of persons, gathered from their own record and every module's
 * {@link PersonDataHolder}, SQL and folding only. Either one person, or every live person whose last involvement
 * anywhere is on or before a day: those are read {@value #PAGE} at a time among the persons whose own record last
 * changed by that day (V255's index, in its order), and each module is asked about that page's persons only, so the
 * heap holds a page and the persons kept, never the register (at 5 million persons, gathering everyone's facts at
 * once stalled Hearth for minutes: issue 16 section 4).
 */
@Component
class PersonRetentionFacts {

    static final int PAGE = 5_000;

    private static final String BASE = """
            SELECT id, coalesce(date_of_birth, (created_at - make_interval(years => estimated_age))::date) AS dob,
                   greatest(created_at, updated_at)::date AS last, greatest(created_at, updated_at) AS changed
            FROM person WHERE merged_into IS NULL""";

    private final JdbcClient jdbc;
    private final List<PersonDataHolder> holders;
    private final int page;

    @Autowired
    PersonRetentionFacts(JdbcClient jdbc, List<PersonDataHolder> holders) {
        this(jdbc, holders, PAGE);
    }

    PersonRetentionFacts(JdbcClient jdbc, List<PersonDataHolder> holders, int page) {
        this.jdbc = jdbc;
        this.holders = holders;
        this.page = page;
    }

    /** A live person's own record: date of birth (known or estimated), last change, and the key its page is read by. */
    private record Base(UUID id, LocalDate dob, LocalDate last, OffsetDateTime changed) {
    }

    private static Base base(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Base(rs.getObject("id", UUID.class), rs.getObject("dob", LocalDate.class),
                rs.getObject("last", LocalDate.class), rs.getObject("changed", OffsetDateTime.class));
    }

    /** The person, or nobody when no such live person. */
    List<PersonRetention> of(PersonId person) {
        return gather(jdbc.sql(BASE + " AND id = ?").param(person.value()).query(PersonRetentionFacts::base).list(),
                mergedAway());
    }

    /** Every live person whose last involvement in any module (and their own record's last change) is by {@code day}. */
    List<PersonRetention> involvedBy(LocalDate day) {
        Map<UUID, List<UUID>> merged = mergedAway();
        List<PersonRetention> out = new ArrayList<>();
        Base after = null;
        while (true) {
            // greatest(created_at, updated_at)::date <= day, written so that V255's index answers it
            List<Base> rows = (after == null
                    ? jdbc.sql(BASE + """
                             AND greatest(created_at, updated_at) < CAST(:next AS date)
                            ORDER BY greatest(created_at, updated_at), id LIMIT :page""")
                    : jdbc.sql(BASE + """
                             AND greatest(created_at, updated_at) < CAST(:next AS date)
                             AND (greatest(created_at, updated_at), id) > (:changed, :id)
                            ORDER BY greatest(created_at, updated_at), id LIMIT :page""")
                            .param("changed", after.changed()).param("id", after.id()))
                    .param("next", java.sql.Date.valueOf(day.plusDays(1))).param("page", this.page)
                    .query(PersonRetentionFacts::base).list();
            for (PersonRetention p : gather(rows, merged)) {
                if (!p.lastInvolvement().isAfter(day)) {
                    out.add(p);
                }
            }
            if (rows.size() < this.page) {
                return out;
            }
            after = rows.get(rows.size() - 1);
        }
    }

    private List<PersonRetention> gather(List<Base> base, Map<UUID, List<UUID>> merged) {
        if (base.isEmpty()) {
            return List.of();
        }
        Map<UUID, LocalDate> last = new LinkedHashMap<>();
        Map<UUID, TreeSet<String>> holds = new HashMap<>();
        Map<UUID, Boolean> reviews = new HashMap<>();
        // a fact about a merged-away record (a hold, an open case) counts for the record it was merged into
        Map<UUID, UUID> survivor = new HashMap<>();
        List<PersonId> asked = new ArrayList<>();
        for (Base b : base) {
            last.put(b.id(), b.last());
            survivor.put(b.id(), b.id());
            asked.add(new PersonId(b.id()));
            for (UUID away : merged.getOrDefault(b.id(), List.of())) {
                survivor.put(away, b.id());
                asked.add(new PersonId(away));
            }
        }
        for (PersonDataHolder h : holders) {
            for (RetentionFact f : h.retentionFacts(asked)) {
                UUID id = survivor.get(f.person().value());
                if (id == null) {
                    continue;
                }
                if (f.lastInvolvement() != null && f.lastInvolvement().isAfter(last.get(id))) {
                    last.put(id, f.lastInvolvement());
                }
                if (f.hold() != null) {
                    holds.computeIfAbsent(id, k -> new TreeSet<>()).add(f.hold());
                }
                if (f.deathReview()) {
                    reviews.put(id, true);
                }
            }
        }
        List<PersonRetention> out = new ArrayList<>(base.size());
        for (Base b : base) {
            out.add(new PersonRetention(new PersonId(b.id()), b.dob(), last.get(b.id()),
                    List.copyOf(holds.getOrDefault(b.id(), new TreeSet<>())), reviews.getOrDefault(b.id(), false)));
        }
        return out;
    }

    /** Each live survivor's merged-away records, following merges of merges. */
    private Map<UUID, List<UUID>> mergedAway() {
        Map<UUID, UUID> into = new HashMap<>();
        jdbc.sql("SELECT id, merged_into FROM person WHERE merged_into IS NOT NULL")
                .query((rs, n) -> into.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        Map<UUID, List<UUID>> out = new HashMap<>();
        for (UUID id : into.keySet()) {
            UUID s = into.get(id);
            for (int hops = 0; into.containsKey(s) && hops < into.size(); hops++) {
                s = into.get(s);
            }
            out.computeIfAbsent(s, k -> new ArrayList<>()).add(id);
        }
        return out;
    }
}
