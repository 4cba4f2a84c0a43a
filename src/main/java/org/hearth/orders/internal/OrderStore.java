package org.hearth.orders.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.orders.Applicant;
import org.hearth.orders.Breach;
import org.hearth.orders.ClockRule;
import org.hearth.orders.ExcludedDay;
import org.hearth.orders.NewBreach;
import org.hearth.orders.NewOrder;
import org.hearth.orders.OrderType;
import org.hearth.orders.PoliceResponse;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The protective orders' tables, SQL only: named parameters, one mapper per row shape, no rule and no access check
 * (those are {@link OrderService}'s and {@link OrderRules}'). Values are written as given; trimming blank text to
 * null is the only shaping done here.
 */
@Component
class OrderStore {

    private final JdbcClient jdbc;

    OrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An order as stored: its columns, the people it protects (by id, in id order) and its breaches, newest first. */
    record StoredOrder(UUID id, String reference, String typeCode, UUID subject, Applicant applicant,
            String applicantDetail, String authorisedBy, Instant madeAt, Instant noticeAt, Instant servedAt,
            Instant hearingAt, LocalDate startsOn, LocalDate endsOn, String conditions, boolean monitoring,
            Instant notifiedAt, String recordedBy, UUID agency, Instant recordedAt, List<UUID> protectedPersons,
            List<Breach> breaches) {
    }

    /** Who records an order or a breach: the staff user (null for an API client), the name shown, the agency. */
    record Recorder(UUID userId, String name, UUID agency) {
    }

    /** Per type code: orders made, orders breached, breaches. */
    record Counts(long made, long ordersBreached, long breaches) {
    }

    // ------------------------------------------------------------------------------------------------ types

    List<OrderType> types() {
        Map<String, List<ClockRule>> clockRules = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM order_type_clock ORDER BY type_code, kind").query((rs, n) -> {
            clockRules.computeIfAbsent(rs.getString("type_code"), k -> new ArrayList<>()).add(clockRule(rs));
            return null;
        }).list();
        Map<String, List<OrderType.PilotArea>> areas = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM order_type_area ORDER BY type_code, from_date NULLS LAST, name").query((rs, n) -> {
            areas.computeIfAbsent(rs.getString("type_code"), k -> new ArrayList<>()).add(new OrderType.PilotArea(
                    rs.getString("name"), rs.getObject("from_date", LocalDate.class),
                    rs.getObject("to_date", LocalDate.class), rs.getString("note")));
            return null;
        }).list();
        return jdbc.sql("SELECT * FROM order_type ORDER BY sort_order, name").query((rs, n) -> new OrderType(
                rs.getString("code"), rs.getString("name"), rs.getString("short_name"), rs.getString("legislation"),
                (Integer) rs.getObject("min_days"), (Integer) rs.getObject("max_days"), rs.getBoolean("end_required"),
                rs.getInt("warning_days"), rs.getString("authorisation"),
                enums(Applicant.class, rs.getArray("applicants")), rs.getBoolean("electronic_monitoring"),
                rs.getString("notice_type"), rs.getBoolean("notice_required"),
                rs.getObject("available_from", LocalDate.class), rs.getObject("available_to", LocalDate.class),
                rs.getString("availability_note"), rs.getString("breach_note"),
                clockRules.getOrDefault(rs.getString("code"), List.of()),
                areas.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    Optional<OrderType> type(String code) {
        return types().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    private static ClockRule clockRule(ResultSet rs) throws SQLException {
        return new ClockRule(ClockRule.Kind.valueOf(rs.getString("kind")), rs.getString("label"),
                ClockRule.Anchor.valueOf(rs.getString("anchor")), rs.getInt("amount"),
                ClockRule.Unit.valueOf(rs.getString("unit")), enums(ExcludedDay.class, rs.getArray("excluded")),
                rs.getBoolean("enforced"));
    }

    void addClock(String typeCode, ClockRule clock, String label) {
        jdbc.sql("""
                INSERT INTO order_type_clock (type_code, kind, label, anchor, amount, unit, excluded, enforced)
                VALUES (:type, :kind, :label, :anchor, :amount, :unit, :excluded, :enforced)""")
                .params(clockParams(typeCode, clock, label)).update();
    }

    void changeClock(String typeCode, ClockRule clock, String label) {
        jdbc.sql("""
                UPDATE order_type_clock SET label = :label, anchor = :anchor, amount = :amount, unit = :unit,
                    excluded = :excluded, enforced = :enforced
                WHERE type_code = :type AND kind = :kind""").params(clockParams(typeCode, clock, label)).update();
    }

    /** The days a clock leaves out, as stored (in the enum's order). */
    static String[] excluded(ClockRule clock) {
        return Arrays.stream(ExcludedDay.values()).filter(clock.excluded()::contains).map(Enum::name)
                .toArray(String[]::new);
    }

    private static Map<String, Object> clockParams(String typeCode, ClockRule clock, String label) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", typeCode);
        p.put("kind", clock.kind().name());
        p.put("label", label);
        p.put("anchor", clock.anchor().name());
        p.put("amount", clock.amount());
        p.put("unit", clock.unit().name());
        p.put("excluded", excluded(clock));
        p.put("enforced", clock.enforced());
        return p;
    }

    void changeLength(String typeCode, Integer minDays, Integer maxDays, Integer warningDays) {
        jdbc.sql("UPDATE order_type SET min_days = :min, max_days = :max, warning_days = :warning WHERE code = :code")
                .param("min", minDays).param("max", maxDays).param("warning", warningDays).param("code", typeCode)
                .update();
    }

    // ------------------------------------------------------------------------------------------------ orders

    /** The orders naming the person, as subject or protected, newest first. */
    List<StoredOrder> naming(PersonId person) {
        return load("""
                WHERE o.subject_id = :p OR EXISTS (SELECT 1 FROM protective_order_person x
                    WHERE x.order_id = o.id AND x.person_id = :p)""", Map.of("p", person.value()));
    }

    Optional<StoredOrder> byId(UUID id) {
        return load("WHERE o.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The columns of one {@code protective_order} row, before its people and breaches are read. */
    private record Row(UUID id, String reference, String type, UUID subject, String applicant, String applicantDetail,
            String authorisedBy, Instant madeAt, Instant noticeAt, Instant servedAt, Instant hearingAt,
            LocalDate startsOn, LocalDate endsOn, String conditions, boolean monitoring, Instant notifiedAt,
            String recordedBy, UUID agency, Instant recordedAt) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("type_code"),
                rs.getObject("subject_id", UUID.class), rs.getString("applicant"), rs.getString("applicant_detail"),
                rs.getString("authorised_by"), instant(rs, "made_at"), instant(rs, "notice_at"),
                instant(rs, "served_at"), instant(rs, "hearing_at"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("conditions"),
                rs.getBoolean("electronic_monitoring"), instant(rs, "subject_notified_at"),
                rs.getString("recorded_by_name"), rs.getObject("agency_id", UUID.class), instant(rs, "recorded_at"));
    }

    private static Breach breach(ResultSet rs, int n) throws SQLException {
        return new Breach(rs.getObject("id", UUID.class), rs.getObject("occurred_on", LocalDate.class),
                PoliceResponse.valueOf(rs.getString("police_response")), rs.getString("details"),
                rs.getString("recorded_by_name"), instant(rs, "recorded_at"));
    }

    private List<StoredOrder> load(String where, Map<String, ?> params) {
        List<Row> rows = jdbc.sql("SELECT o.* FROM protective_order o " + where
                + " ORDER BY o.made_at DESC, o.reference DESC").params(params).query(OrderStore::row).list();
        List<StoredOrder> out = new ArrayList<>();
        for (Row r : rows) {
            List<UUID> protectedPersons = jdbc.sql("""
                    SELECT person_id FROM protective_order_person WHERE order_id = :id ORDER BY person_id""")
                    .param("id", r.id()).query(UUID.class).list();
            List<Breach> breaches = jdbc.sql("""
                    SELECT * FROM order_breach WHERE order_id = :id ORDER BY occurred_on DESC, recorded_at DESC""")
                    .param("id", r.id()).query(OrderStore::breach).list();
            out.add(new StoredOrder(r.id(), r.reference(), r.type(), r.subject(), Applicant.valueOf(r.applicant()),
                    r.applicantDetail(), r.authorisedBy(), r.madeAt(), r.noticeAt(), r.servedAt(), r.hearingAt(),
                    r.startsOn(), r.endsOn(), r.conditions(), r.monitoring(), r.notifiedAt(), r.recordedBy(),
                    r.agency(), r.recordedAt(), protectedPersons, breaches));
        }
        return out;
    }

    /** The next order number (a database sequence). */
    long nextNumber() {
        return jdbc.sql("SELECT nextval('protective_order_number')").query(Long.class).single();
    }

    /** The order's row and one row per person it protects. */
    void insert(UUID id, String reference, String typeCode, NewOrder o, Recorder by) {
        jdbc.sql("""
                INSERT INTO protective_order (id, reference, type_code, subject_id, applicant, applicant_detail,
                    authorised_by, made_at, notice_at, served_at, hearing_at, starts_on, ends_on, conditions,
                    electronic_monitoring, subject_notified_at, recorded_by, recorded_by_name, agency_id)
                VALUES (:id, :reference, :type, :subject, :applicant, :applicantDetail, :authorisedBy, :made, :notice,
                    :served, :hearing, :starts, :ends, :conditions, :monitoring, :notified, :by, :byName, :agency)""")
                .param("id", id).param("reference", reference).param("type", typeCode)
                .param("subject", o.subject().value()).param("applicant", o.applicant().name())
                .param("applicantDetail", trimmed(o.applicantDetail())).param("authorisedBy", trimmed(o.authorisedBy()))
                .param("made", ts(o.madeAt())).param("notice", ts(o.noticeAt())).param("served", ts(o.servedAt()))
                .param("hearing", ts(o.hearingAt())).param("starts", o.startsOn()).param("ends", o.endsOn())
                .param("conditions", trimmed(o.conditions())).param("monitoring", o.electronicMonitoring())
                .param("notified", ts(o.subjectNotifiedAt())).param("by", by.userId()).param("byName", by.name())
                .param("agency", by.agency()).update();
        for (PersonId p : new LinkedHashSet<>(o.protectedPersons())) {
            jdbc.sql("INSERT INTO protective_order_person (order_id, person_id) VALUES (:order, :person)")
                    .param("order", id).param("person", p.value()).update();
        }
    }

    void insertBreach(UUID id, UUID order, NewBreach b, Recorder by) {
        jdbc.sql("""
                INSERT INTO order_breach (id, order_id, occurred_on, police_response, details, recorded_by,
                    recorded_by_name, agency_id)
                VALUES (:id, :order, :on, :response, :details, :by, :byName, :agency)""")
                .param("id", id).param("order", order).param("on", b.occurredOn())
                .param("response", b.policeResponse().name()).param("details", trimmed(b.details()))
                .param("by", by.userId()).param("byName", by.name()).param("agency", by.agency()).update();
    }

    // ------------------------------------------------------------------------------------------------ figures

    /** Orders made (by the day made, in the UK) and breached (by the day of the breach) between two days, by type. */
    Map<String, Counts> counts(LocalDate from, LocalDate to) {
        Map<String, Long> made = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT type_code, count(*) AS made FROM protective_order
                WHERE (made_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to GROUP BY type_code""")
                .param("from", from).param("to", to)
                .query((rs, n) -> made.put(rs.getString("type_code"), rs.getLong("made"))).list();
        Map<String, Counts> out = new LinkedHashMap<>();
        made.forEach((type, n) -> out.put(type, new Counts(n, 0, 0)));
        jdbc.sql("""
                SELECT o.type_code, count(DISTINCT o.id) AS orders, count(*) AS breaches FROM order_breach b
                JOIN protective_order o ON o.id = b.order_id
                WHERE b.occurred_on BETWEEN :from AND :to GROUP BY o.type_code""")
                .param("from", from).param("to", to).query((rs, n) -> out.put(rs.getString("type_code"),
                        new Counts(made.getOrDefault(rs.getString("type_code"), 0L), rs.getLong("orders"),
                                rs.getLong("breaches")))).list();
        return out;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Array array) throws SQLException {
        Set<E> out = EnumSet.noneOf(type);
        for (Object o : (Object[]) array.getArray()) {
            out.add(Enum.valueOf(type, (String) o));
        }
        return out;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
