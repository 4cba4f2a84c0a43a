package org.hearth.people.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hearth.people.Candidate;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.people.Sex;
import org.hearth.people.matching.FieldEvidence;
import org.hearth.people.matching.MatchEngine;
import org.hearth.people.matching.PersonIndex;
import org.hearth.people.matching.PersonRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers from the person-matching engine's online index of the {@code person} table: one record a person
 * (current name, date of birth, sex, current non-confidential address), plus one a previous name or alias.
 * Built in the background once the application is ready ({@link FirstMatcher} answers until then), then
 * kept current by polling PostgreSQL for persons created or changed since the last poll, every few seconds
 * and before each answer, so a person saved by any instance is matchable at once here and within seconds
 * everywhere. Retrains (a new batch run) in the background when many records were added since. Logs
 * counts and timings only.
 */
@Component
@Primary
class EngineMatcher implements PersonMatcher, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EngineMatcher.class);
    /** Transactions commit after their {@code now()}: each poll looks back this far, skipping what it has. */
    private static final Duration OVERLAP = Duration.ofSeconds(30);
    private static final String ALIAS = "/alias/";

    private final JdbcClient jdbc;
    private final FirstMatcher first;
    private final double minProbability;
    private final long pollMillis;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "person-index");
        t.setDaemon(true);
        return t;
    });

    private volatile PersonIndex index;
    private volatile boolean rebuilding;
    private OffsetDateTime polledAt;
    /** Per person: the change stamp last indexed, and the ids of its records. */
    private final Map<UUID, OffsetDateTime> stamps = new ConcurrentHashMap<>();
    private final Map<UUID, List<String>> recordIds = new ConcurrentHashMap<>();
    private final Map<UUID, PersonRecord> main = new ConcurrentHashMap<>();

    EngineMatcher(JdbcClient jdbc, @Value("${hearth.matching.min-probability:0.05}") double minProbability,
            @Value("${hearth.matching.poll:3s}") Duration poll) {
        this.jdbc = jdbc;
        this.first = new FirstMatcher(jdbc);
        this.minProbability = minProbability;
        this.pollMillis = poll.toMillis();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker.execute(this::buildQuietly);
        worker.scheduleWithFixedDelay(this::pollQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    /** Whether the engine answers (else the first matcher does). */
    boolean ready() {
        return index != null;
    }

    /** Whether the index holds this person (for tests). */
    boolean indexed(UUID person) {
        return main.containsKey(person);
    }

    @Override
    public List<Candidate> candidates(PersonDetails d, String postcode, int max) {
        if (index == null) {
            return first.candidates(d, postcode, max);
        }
        poll();
        PersonIndex current = index;
        PersonRecord probe = new PersonRecord("probe", d.givenName(), d.familyName(),
                d.dateOfBirth() == null ? null : d.dateOfBirth().toString(), sex(d.sex() == null ? null : d.sex().name()),
                null, postcode);
        Map<UUID, Candidate> best = new LinkedHashMap<>();
        for (org.hearth.people.matching.Candidate c : current.candidates(probe, max * 3 + 5)) {
            if (c.probability() < minProbability || best.size() >= max) {
                break;
            }
            String id = c.record().id();
            int alias = id.indexOf(ALIAS);
            UUID person = UUID.fromString(alias < 0 ? id : id.substring(0, alias));
            PersonRecord who = main.get(person);
            if (who == null || best.containsKey(person)) {
                continue;
            }
            best.put(person, new Candidate(new PersonId(person), who.givenName() + " " + who.surname(),
                    who.dateOfBirth() == null ? "" : who.dateOfBirth(), c.probability(), reasons(c.evidence(), alias >= 0)));
        }
        return List.copyOf(best.values());
    }

    // ---- reasons

    static List<String> reasons(List<FieldEvidence> evidence, boolean viaAlias) {
        List<String> out = new ArrayList<>();
        for (FieldEvidence e : evidence) {
            if (e.field().equals("prior") || e.level().startsWith("missing") || e.field().equals("identifier")) {
                continue;
            }
            String field = switch (e.field()) {
                case "forename" -> "Given name";
                case "surname" -> "Family name";
                case "date of birth" -> "Date of birth";
                case "address" -> "Address";
                case "postcode" -> "Postcode";
                case "sex" -> "Sex";
                default -> e.field();
            };
            String level = e.level();
            String said;
            if (level.endsWith("(implied by the address)")) {
                continue;
            } else if (level.equals("exact") || level.equals("same")) {
                said = e.field().equals("surname") && viaAlias ? "the same as a previous name or alias" : "the same";
            } else if (level.startsWith("Jaro-Winkler >= 0.92") || level.equals("one character wrong")) {
                said = "spelt slightly differently";
            } else if (level.startsWith("Jaro-Winkler")) {
                said = "spelt differently";
            } else if (level.startsWith("swapped with")) {
                said = "given and family names swapped";
            } else if (level.startsWith("weighed under")) {
                continue;
            } else if (level.equals("else") || level.equals("different")) {
                said = "different";
            } else {
                said = switch (level) {
                    case "nickname" -> "a short form or nickname";
                    case "phonetic" -> "sounds alike";
                    case "initial" -> "an initial";
                    case "shares a part" -> "shares a part (double-barrelled)";
                    case "day and month swapped" -> "day and month swapped";
                    case "one digit wrong" -> "one digit different";
                    case "within a year" -> "within a year";
                    case "same house and street" -> "same house and street";
                    case "fuzzy" -> "similar";
                    case "same street" -> "same street";
                    case "same sector" -> "same postcode sector";
                    case "same district" -> "same postcode district";
                    default -> level;
                };
            }
            if (e.field().equals("surname") && viaAlias && !said.contains("alias")) {
                said += " (a previous name or alias)";
            }
            out.add(String.format(Locale.UK, "%s: %s (%s%.1f)", field, said, e.weight() >= 0 ? "+" : "\u2212",
                    Math.abs(e.weight())));
        }
        return out;
    }

    // ---- building and polling

    private record Row(UUID id, String given, String family, LocalDate dob, String sex, String address,
            String postcode, String aliases, OffsetDateTime stamp, boolean mergedAway) {
    }

    private static final String SELECT = """
            SELECT p.id, p.given_name, p.family_name, p.date_of_birth, p.sex,
                   a.address, a.postcode, p.merged_into IS NOT NULL AS merged_away,
                   (SELECT string_agg(coalesce(al.given_name, '') || '|' || coalesce(al.family_name, ''), '||' ORDER BY al.id)
                      FROM person_alias al WHERE al.person_id = p.id) AS aliases,
                   greatest(p.updated_at, (SELECT max(x.created_at) FROM person_address x WHERE x.person_id = p.id),
                            (SELECT max(greatest(m.merged_at, m.unmerged_at)) FROM person_merge m
                              WHERE m.survivor_id = p.id OR m.merged_id = p.id)) AS stamp
            FROM person p
            LEFT JOIN LATERAL (
                SELECT concat_ws(', ', x.line1, x.line2, x.town) AS address, x.postcode
                FROM person_address x
                WHERE x.person_id = p.id AND x.to_date IS NULL AND NOT x.in_refuge AND NOT x.confidential
                ORDER BY x.from_date DESC NULLS LAST, x.created_at DESC LIMIT 1) a ON true
            """;

    private List<Row> rows(String where, OffsetDateTime since) {
        var spec = jdbc.sql(SELECT + where);
        if (since != null) {
            spec = spec.param("since", since);
        }
        return spec.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("given_name"),
                rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"),
                rs.getString("address"), rs.getString("postcode"), rs.getString("aliases"),
                rs.getObject("stamp", OffsetDateTime.class), rs.getBoolean("merged_away"))).list();
    }

    private List<PersonRecord> records(Row r) {
        String dob = r.dob() == null ? null : r.dob().toString();
        String sex = sex(r.sex());
        String address = r.address() == null || r.address().isBlank() ? null : r.address();
        List<PersonRecord> out = new ArrayList<>();
        out.add(new PersonRecord(r.id().toString(), r.given(), r.family(), dob, sex, address, r.postcode()));
        if (r.aliases() != null) {
            int n = 0;
            for (String alias : r.aliases().split("\\|\\|")) {
                String[] parts = alias.split("\\|", -1);
                String given = parts[0].isBlank() ? r.given() : parts[0];
                String family = parts.length < 2 || parts[1].isBlank() ? r.family() : parts[1];
                out.add(new PersonRecord(r.id() + ALIAS + n++, given, family, dob, sex, address, r.postcode()));
            }
        }
        return out;
    }

    private static String sex(String sex) {
        return sex == null ? null : switch (sex) {
            case "FEMALE" -> "F";
            case "MALE" -> "M";
            default -> null;
        };
    }

    private void buildQuietly() {
        try {
            build();
        } catch (RuntimeException e) {
            log.warn("Person index not built; the first matcher answers meanwhile: {}", e.getClass().getSimpleName());
        } finally {
            rebuilding = false;
        }
    }

    /** A new batch run over every person; replaces the index when done. */
    private void build() {
        long started = System.nanoTime();
        OffsetDateTime at = jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
        List<Row> rows = rows("WHERE p.merged_into IS NULL", null);
        long read = System.nanoTime();
        List<PersonRecord> records = new ArrayList<>(rows.size() * 11 / 10);
        Map<UUID, OffsetDateTime> newStamps = new ConcurrentHashMap<>();
        Map<UUID, List<String>> newIds = new ConcurrentHashMap<>();
        Map<UUID, PersonRecord> newMain = new ConcurrentHashMap<>();
        for (Row r : rows) {
            List<PersonRecord> rs = records(r);
            records.addAll(rs);
            newStamps.put(r.id(), r.stamp());
            newIds.put(r.id(), rs.stream().map(PersonRecord::id).toList());
            newMain.put(r.id(), rs.get(0));
        }
        PersonIndex built = MatchEngine.withDefaults().index(records);
        synchronized (this) {
            stamps.putAll(newStamps);
            recordIds.putAll(newIds);
            main.putAll(newMain);
            index = built;
            polledAt = at;
        }
        log.info("Person index built: {} persons, {} records in {} ms (read {} ms)", rows.size(), records.size(),
                (System.nanoTime() - started) / 1_000_000, (read - started) / 1_000_000);
        poll();
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Person index poll failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Adds persons created or changed since the last poll (on any instance). */
    synchronized void poll() {
        if (index == null) {
            return;
        }
        OffsetDateTime at = jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
        List<Row> changed = rows("""
                WHERE p.id IN (SELECT id FROM person WHERE updated_at > :since
                               UNION SELECT person_id FROM person_address WHERE created_at > :since
                               UNION SELECT unnest(ARRAY[survivor_id, merged_id]) FROM person_merge
                                     WHERE greatest(merged_at, unmerged_at) > :since)""",
                polledAt.minus(OVERLAP));
        polledAt = at;
        List<PersonRecord> added = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        for (Row r : changed) {
            if (r.stamp().equals(stamps.get(r.id()))) {
                continue;
            }
            List<String> before = recordIds.get(r.id());
            if (before != null) {
                removed.addAll(before);
            }
            if (r.mergedAway()) {
                // a merged-away record is forgotten; an unmerge changes its stamp and it is learnt again
                stamps.put(r.id(), r.stamp());
                recordIds.remove(r.id());
                main.remove(r.id());
                continue;
            }
            List<PersonRecord> rs = records(r);
            added.addAll(rs);
            stamps.put(r.id(), r.stamp());
            recordIds.put(r.id(), rs.stream().map(PersonRecord::id).toList());
            main.put(r.id(), rs.get(0));
        }
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        index = index.with(added, removed);
        if (!rebuilding && index.added() > Math.max(1_000, index.size() / 10)) {
            rebuilding = true;
            worker.execute(this::buildQuietly);
        }
    }
}
