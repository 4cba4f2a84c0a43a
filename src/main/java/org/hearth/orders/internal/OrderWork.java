package org.hearth.orders.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.Actor;
import org.hearth.access.StaffWork;
import org.hearth.audit.AuditTrail;
import org.hearth.orders.ClockRule;
import org.hearth.orders.NamedWorkers;
import org.hearth.orders.OrderClocks;
import org.hearth.orders.OrderType;
import org.hearth.orders.Orders;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "My work" from orders, for the agencies involved with a person on the order (their agency holds a grant on the
 * protected person or the subject; the hub role alone does not count): orders in force ending within their type's
 * lead time, and hearings not yet recorded whose clock is running or missed. References, types and dates only, never
 * a name; the people behind the rows shown are audited by id.
 */
@Component
class OrderWork extends StaffWork {

    static final int ROWS = 8;
    /** Orders looked at per list, before need-to-know: the soonest first. */
    static final int CANDIDATES = 500;
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private final Orders orders;
    private final OrderClocks clocks;
    private final PersonAccess access;
    private final List<NamedWorkers> namedWorkers;

    OrderWork(JdbcClient jdbc, Orders orders, OrderClocks clocks, PersonAccess access, AuditTrail audit,
            List<NamedWorkers> namedWorkers) {
        super(jdbc, audit, CASEWORK);
        this.namedWorkers = namedWorkers;
        this.orders = orders;
        this.clocks = clocks;
        this.access = access;
    }

    /** One order a list may show: the person to open it through (one the agency is involved with). */
    record Candidate(UUID id, String reference, String type, LocalDate endsOn, Instant anchor, PersonId through,
            List<PersonId> people) {
    }

    @Override
    protected List<WorkList> forStaff(Actor me) {
        LocalDate today = orders.today();
        List<WorkList> lists = new ArrayList<>();
        Set<String> shownIds = new LinkedHashSet<>();
        List<Candidate> ending = involved(me, jdbc.sql("""
                SELECT o.id, o.reference, t.short_name, o.ends_on, NULL::timestamptz AS anchor, o.subject_id
                FROM protective_order o JOIN order_type t ON t.code = o.type_code
                WHERE o.starts_on <= :today AND o.ends_on >= :today AND o.ends_on - t.warning_days <= :today
                ORDER BY o.ends_on, o.reference LIMIT :limit"""));
        // the named worker's own cases first: the orders on them are her list, not her agency's
        Set<PersonId> mine = new java.util.HashSet<>();
        namedWorkers.forEach(n -> mine.addAll(n.peopleOf(me.actorId())));
        List<WorkRow> myRows = new ArrayList<>();
        List<Candidate> myOrders = new ArrayList<>();
        ending.stream().filter(c -> mineOf(c, mine)).forEach(c -> {
            long days = ChronoUnit.DAYS.between(today, c.endsOn());
            myOrders.add(c);
            myRows.add(new WorkRow(c.reference() + ": " + c.type() + " ends", link(c, mine),
                    "Ends " + Dates.DAY.format(c.endsOn()),
                    days == 0 ? "Ends today" : days == 1 ? "Ends tomorrow" : "Ends in " + days + " days",
                    days <= 1 ? "red" : "orange"));
        });
        ending = ending.stream().filter(c -> !mineOf(c, mine)).toList();
        if (!ending.isEmpty()) {
            List<Candidate> shown = ending.stream().limit(ROWS).toList();
            shown.forEach(c -> remember(c, shownIds));
            lists.add(new WorkList(16, "Protective orders ending soon", count(ending.size(), "order")
                    + " your agency is involved with " + (ending.size() == 1 ? "ends" : "end")
                    + " soon: plan the safety of the people they protect."
                    + shownOf(ending.size(), "The %d ending soonest are shown."),
                    shown.stream().map(c -> {
                        long days = ChronoUnit.DAYS.between(today, c.endsOn());
                        return new WorkRow(c.reference() + ": " + c.type(),
                                "/people/" + c.through() + "/orders/" + c.id(), "Ends " + Dates.DAY.format(c.endsOn()),
                                days == 0 ? "Ends today" : days == 1 ? "Ends tomorrow" : "Ends in " + days + " days",
                                days <= 1 ? "red" : "orange");
                    }).toList(), null, null));
        }
        Map<String, ClockRule> hearingRules = orders.types().stream()
                .filter(t -> t.clock(ClockRule.Kind.HEARING).isPresent())
                .collect(Collectors.toMap(OrderType::shortName, t -> t.clock(ClockRule.Kind.HEARING).get()));
        List<Candidate> hearings = involved(me, jdbc.sql("""
                SELECT o.id, o.reference, t.short_name, o.ends_on,
                       CASE c.anchor WHEN 'MADE' THEN o.made_at WHEN 'NOTICE' THEN o.notice_at ELSE o.served_at END
                           AS anchor, o.subject_id
                FROM protective_order o JOIN order_type t ON t.code = o.type_code
                JOIN order_type_clock c ON c.type_code = o.type_code AND c.kind = 'HEARING'
                WHERE o.hearing_at IS NULL AND o.made_at > now() - interval '14 days'
                  AND o.starts_on <= :today + 7
                ORDER BY o.made_at, o.reference LIMIT :limit"""))
                .stream().filter(c -> c.anchor() != null).toList();
        Instant rightNow = Instant.now();
        hearings.stream().filter(c -> mineOf(c, mine)).forEach(c -> {
            Instant due = clocks.due(hearingRules.get(c.type()), c.anchor());
            myOrders.add(c);
            myRows.add(new WorkRow(c.reference() + ": " + c.type() + " hearing", link(c, mine),
                    "Hearing due by " + by(due),
                    rightNow.isAfter(due) ? "Overdue" : "Due", rightNow.isAfter(due) ? "red" : "orange"));
        });
        hearings = hearings.stream().filter(c -> !mineOf(c, mine)).toList();
        if (!mine.isEmpty()) {
            breachesOn(me, mine, today).forEach(b -> {
                myOrders.add(b.order());
                myRows.add(new WorkRow(b.order().reference() + ": " + b.order().type() + " breached",
                        link(b.order(), mine), "Breach on " + Dates.DAY.format(b.on()), "Breach", "red"));
            });
        }
        if (!myRows.isEmpty()) {
            myOrders.forEach(c -> remember(c, shownIds));
            lists.add(new WorkList(4, "Protective orders on your cases", myRows.size()
                    + (myRows.size() == 1 ? " warning" : " warnings") + " on the orders around the people whose cases"
                    + " you hold: an order ending, a hearing due, or a breach in the last " + BREACH_DAYS + " days."
                    + shownOf(myRows.size(), "The first %d are shown."),
                    myRows.stream().limit(ROWS).toList(), null, null));
        }
        if (!hearings.isEmpty()) {
            List<Candidate> shown = hearings.stream().limit(ROWS).toList();
            shown.forEach(c -> remember(c, shownIds));
            Instant now = Instant.now();
            lists.add(new WorkList(13, "Order hearings due", count(hearings.size(), "notice or order")
                    + " your agency is involved with " + (hearings.size() == 1 ? "has" : "have")
                    + " no hearing recorded: record the hearing on the order."
                    + shownOf(hearings.size(), "The %d made longest ago are shown."),
                    shown.stream().map(c -> {
                        Instant due = clocks.due(hearingRules.get(c.type()), c.anchor());
                        return new WorkRow(c.reference() + ": " + c.type(),
                                "/people/" + c.through() + "/orders/" + c.id(),
                                "Hearing due by " + by(due),
                                now.isAfter(due) ? "Overdue" : "Due", now.isAfter(due) ? "red" : "orange");
                    }).toList(), null, null));
        }
        if (!shownIds.isEmpty()) {
            shown(OrderService.RECORD_TYPE, shownIds.stream(), "My work: protective orders");
        }
        return lists;
    }

    /** When a list shows only its first {@link #ROWS}, which ones ({@code %d}: how many), after the count of all. */
    static String shownOf(int total, String which) {
        return total > ROWS ? " " + which.formatted(ROWS) : "";
    }

    /** Days a breach stays on the named worker's list. */
    static final int BREACH_DAYS = 7;

    private static boolean mineOf(Candidate c, Set<PersonId> mine) {
        return c.people().stream().anyMatch(mine::contains);
    }

    /** The link to the order through the person whose case the worker holds. */
    private static String link(Candidate c, Set<PersonId> mine) {
        PersonId through = c.people().stream().filter(mine::contains).findFirst().orElse(c.through());
        return "/people/" + through + "/orders/" + c.id();
    }

    record BreachRow(Candidate order, LocalDate on) {
    }

    /** Breaches in the last days of orders naming the worker's people. */
    private List<BreachRow> breachesOn(Actor me, Set<PersonId> mine, LocalDate today) {
        record Row(UUID id, String reference, String type, LocalDate endsOn, UUID subject, LocalDate on) {
        }
        List<UUID> people = mine.stream().map(PersonId::value).toList();
        List<Row> rows = jdbc.sql("""
                SELECT DISTINCT o.id, o.reference, t.short_name, o.ends_on, o.subject_id, b.occurred_on
                FROM order_breach b JOIN protective_order o ON o.id = b.order_id
                JOIN order_type t ON t.code = o.type_code
                WHERE b.occurred_on >= :since AND (o.subject_id IN (:people) OR EXISTS (
                    SELECT 1 FROM protective_order_person p WHERE p.order_id = o.id AND p.person_id IN (:people)))
                ORDER BY b.occurred_on DESC, o.reference LIMIT :limit""")
                .param("since", today.minusDays(BREACH_DAYS)).param("people", people).param("limit", ROWS)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, UUID.class),
                        rs.getObject(6, LocalDate.class))).list();
        Map<UUID, List<PersonId>> protectedBy = peopleOf(rows.stream().map(Row::id).toList());
        List<BreachRow> out = new ArrayList<>();
        for (Row r : rows) {
            List<PersonId> all = new ArrayList<>(protectedBy.getOrDefault(r.id(), List.of()));
            all.add(new PersonId(r.subject()));
            PersonId through = all.stream().filter(mine::contains).findFirst().orElseThrow();
            out.add(new BreachRow(new Candidate(r.id(), r.reference(), r.type(), r.endsOn(), null, through, all),
                    r.on()));
        }
        return out;
    }

    /** The people each order protects, in one query, each order's in the order of their ids. */
    private Map<UUID, List<PersonId>> peopleOf(List<UUID> orderIds) {
        Map<UUID, List<PersonId>> people = new java.util.HashMap<>();
        if (orderIds.isEmpty()) {
            return people;
        }
        jdbc.sql("SELECT order_id, person_id FROM protective_order_person WHERE order_id = ANY(?) "
                + "ORDER BY order_id, person_id").param(orderIds.toArray(UUID[]::new))
                .query((rs, n) -> people.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new PersonId(rs.getObject(2, UUID.class)))).list();
        return people;
    }

    private static void remember(Candidate c, Set<String> ids) {
        c.people().forEach(p -> ids.add(p.toString()));
        ids.add(c.id().toString());
    }

    private static String count(int n, String what) {
        return n + " " + (n == 1 ? what : what.equals("notice or order") ? "notices or orders" : what + "s");
    }

    /** The candidates whose people the actor's agency holds a grant on, each with the person to open it through. */
    private List<Candidate> involved(Actor me, JdbcClient.StatementSpec query) {
        LocalDate today = orders.today();
        record Row(UUID id, String reference, String type, LocalDate endsOn, Instant anchor, UUID subject) {
        }
        List<Row> rows = query.param("today", today).param("limit", CANDIDATES).query((rs, n) -> {
            Timestamp anchor = rs.getTimestamp("anchor");
            return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("short_name"),
                    rs.getObject("ends_on", LocalDate.class), anchor == null ? null : anchor.toInstant(),
                    rs.getObject("subject_id", UUID.class));
        }).list();
        // the people of every order, then the agency's grants on all of them: two queries, not two an order
        Map<UUID, List<PersonId>> protectedBy = peopleOf(rows.stream().map(Row::id).toList());
        List<PersonId> everyone = new ArrayList<>();
        rows.forEach(r -> {
            everyone.addAll(protectedBy.getOrDefault(r.id(), List.of()));
            everyone.add(new PersonId(r.subject()));
        });
        Set<PersonId> granted = access.agencyHoldsGrantAmong(everyone, me.agency());
        List<Candidate> out = new ArrayList<>();
        for (Row r : rows) {
            List<PersonId> people = new ArrayList<>(protectedBy.getOrDefault(r.id(), List.of()));
            people.add(new PersonId(r.subject()));
            Optional<PersonId> through = people.stream().filter(granted::contains).findFirst();
            through.ifPresent(p -> out.add(new Candidate(r.id(), r.reference(), r.type(), r.endsOn(), r.anchor(), p,
                    people)));
        }
        return out;
    }

    /**
     * A deadline in the house's words: "9:30pm on Wednesday 9 December"; at midnight, the end of the day before
     * ("midnight at the end of Tuesday 8 December"), which is the last day there is to do it.
     */
    static String by(Instant due) {
        ZonedDateTime uk = due.atZone(Dates.UK);
        if (uk.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return "midnight at the end of " + WEEKDAY.format(uk.minusDays(1));
        }
        return Dates.time(uk.toLocalTime()) + " on " + WEEKDAY.format(uk);
    }
}
