package org.hearth.people.internal;

import java.time.LocalDate;
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
 * anywhere is on or before a day: only the persons whose kept last involvement ({@code person_involvement}, V259,
 * kept by every module's trigger, V260) is by then are read, {@value #PAGE} at a time in its index's order, and each
 * module is asked about that page's persons only. The kept day is never later than the true one, so nobody due is
 * left out, and the facts worked out here decide; a register's persons involved since are never read (issue 16
 * sections 4 and 6: at 5 million persons, gathering everyone's facts at once stalled Hearth for minutes).
 */
@Component
class PersonRetentionFacts {

    static final int PAGE = 5_000;

    /** A person's date of birth (known or estimated) and their own record's last change. */
    private static final String OWN = """
            SELECT id, coalesce(date_of_birth, (created_at - make_interval(years => estimated_age))::date) AS dob,
                   greatest(created_at, updated_at)::date AS last""";

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

    /** A live person's own record: date of birth (known or estimated), last change, and their kept last involvement. */
    record Base(UUID id, LocalDate dob, LocalDate last, LocalDate kept) {
    }

    private static Base base(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Base(rs.getObject("id", UUID.class), rs.getObject("dob", LocalDate.class),
                rs.getObject("last", LocalDate.class), rs.getObject("kept", LocalDate.class));
    }

    /** The person, or nobody when no such live person. */
    List<PersonRetention> of(PersonId person) {
        return gather(jdbc.sql(OWN + ", NULL::date AS kept FROM person WHERE merged_into IS NULL AND id = ?")
                .param(person.value()).query(PersonRetentionFacts::base).list(), mergedAway());
    }

    /** Every live person whose last involvement in any module (and their own record's last change) is by {@code day}. */
    List<PersonRetention> involvedBy(LocalDate day) {
        Map<UUID, List<UUID>> merged = mergedAway();
        List<PersonRetention> out = new ArrayList<>();
        for (List<Base> rows = candidates(day, null); !rows.isEmpty(); rows = candidates(day, rows.get(rows.size() - 1))) {
            for (PersonRetention p : gather(rows, merged)) {
                if (!p.lastInvolvement().isAfter(day)) {
                    out.add(p);
                }
            }
            if (rows.size() < this.page) {
                break;
            }
        }
        return out;
    }

    /**
     * A page of the live persons whose kept last involvement is by {@code day} (a day more: the kept day and the facts
     * may fall either side of midnight in different sessions' time zones), after {@code after} in the index's order.
     */
    List<Base> candidates(LocalDate day, Base after) {
        String from = OWN + """
                , i.last_on AS kept FROM person_involvement i JOIN person ON person.id = i.person_id
                WHERE person.merged_into IS NULL AND i.last_on <= :until""";
        return (after == null
                ? jdbc.sql(from + " ORDER BY i.last_on, i.person_id LIMIT :page")
                : jdbc.sql(from + """
                         AND (i.last_on, i.person_id) > (:kept, :id)
                        ORDER BY i.last_on, i.person_id LIMIT :page""")
                        .param("kept", after.kept()).param("id", after.id()))
                .param("until", day.plusDays(1)).param("page", this.page)
                .query(PersonRetentionFacts::base).list();
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
