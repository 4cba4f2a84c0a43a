package org.hearth.orders.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.orders.Applicant;
import org.hearth.orders.Breach;
import org.hearth.orders.Clock;
import org.hearth.orders.ClockRule;
import org.hearth.orders.ExcludedDay;
import org.hearth.orders.NewBreach;
import org.hearth.orders.NewOrder;
import org.hearth.orders.OrderClocks;
import org.hearth.orders.OrderFigures;
import org.hearth.orders.OrderId;
import org.hearth.orders.OrderType;
import org.hearth.orders.Orders;
import org.hearth.orders.ProtectiveOrder;
import org.hearth.orders.ProtectiveOrder.Party;
import org.hearth.partnership.AgencyId;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcOrders implements Orders {

    static final String RECORD_TYPE = "protective-order";
    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 200;
    static final int MAX_LENGTH_DAYS = 3650;
    static final int MAX_WARNING_DAYS = 365;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy",
            Locale.UK);

    private final JdbcClient jdbc;
    private final People people;
    private final PersonAccess access;
    private final OrderClocks clocks;
    private final AuditTrail audit;

    JdbcOrders(JdbcClient jdbc, People people, PersonAccess access, OrderClocks clocks, AuditTrail audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.access = access;
        this.clocks = clocks;
        this.audit = audit;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Deadlines.UK);
    }

    // ------------------------------------------------------------------------------------------------ types

    @Override
    @Transactional(readOnly = true)
    public List<OrderType> types() {
        Map<String, List<ClockRule>> clockRules = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM order_type_clock ORDER BY type_code, kind").query((rs, n) -> {
            clockRules.computeIfAbsent(rs.getString("type_code"), k -> new ArrayList<>()).add(new ClockRule(
                    ClockRule.Kind.valueOf(rs.getString("kind")), rs.getString("label"),
                    ClockRule.Anchor.valueOf(rs.getString("anchor")), rs.getInt("amount"),
                    ClockRule.Unit.valueOf(rs.getString("unit")), enums(ExcludedDay.class, rs.getArray("excluded")),
                    rs.getBoolean("enforced")));
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

    @Override
    public OrderType saveClock(String typeCode, ClockRule clock, boolean adding) {
        if (!Actor.current().map(a -> a.hasRole(org.hearth.access.Role.SYSTEM_ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Order types are kept by system administrators");
        }
        OrderType type = typeCode == null ? null : type(typeCode).orElse(null);
        if (type == null) {
            throw InvalidInputException.of("type", "There is no such order type");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (clock.kind() == null) {
            errors.put("kind", "Choose what meets the clock");
        } else if (adding && type.clock(clock.kind()).isPresent()) {
            errors.put("kind", type.shortName() + " already has a clock met by " + kindWords(clock.kind())
                    + ": change that clock instead");
        } else if (!adding && type.clock(clock.kind()).isEmpty()) {
            errors.put("kind", type.shortName() + " has no clock met by " + kindWords(clock.kind()));
        }
        String label = clock.label() == null ? "" : clock.label().strip();
        if (label.isEmpty()) {
            errors.put("label", "Enter the name of the clock, for example \"Hearing of the DVPO application\"");
        } else if (label.length() > MAX_SHORT) {
            errors.put("label", "The name must be " + MAX_SHORT + " characters or fewer");
        }
        if (clock.anchor() == null) {
            errors.put("anchor", "Choose what the clock counts from");
        }
        if (clock.amount() < 1 || clock.amount() > 1000) {
            errors.put("amount", "Enter a whole number from 1 to 1000");
        }
        if (clock.unit() == null) {
            errors.put("unit", "Choose hours or days");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String[] excluded = java.util.Arrays.stream(ExcludedDay.values()).filter(clock.excluded()::contains)
                .map(Enum::name).toArray(String[]::new);
        if (adding) {
            jdbc.sql("""
                    INSERT INTO order_type_clock (type_code, kind, label, anchor, amount, unit, excluded, enforced)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(type.code(), clock.kind().name(), label,
                    clock.anchor().name(), clock.amount(), clock.unit().name(), excluded, clock.enforced()).update();
        } else {
            jdbc.sql("""
                    UPDATE order_type_clock SET label = ?, anchor = ?, amount = ?, unit = ?, excluded = ?, enforced = ?
                    WHERE type_code = ? AND kind = ?""").params(label, clock.anchor().name(), clock.amount(),
                    clock.unit().name(), excluded, clock.enforced(), type.code(), clock.kind().name()).update();
        }
        audit.record(AuditAction.UPDATE, "order-type", List.of(type.code()), (adding ? "clock added: " : "clock changed: ")
                + clock.kind() + " " + clock.amount() + " " + clock.unit() + " from " + clock.anchor()
                + (excluded.length == 0 ? "" : ", leaving out " + String.join(" ", excluded))
                + (clock.enforced() ? ", enforced" : ""));
        return type(type.code()).orElseThrow();
    }

    @Override
    public OrderType saveLength(String typeCode, Integer minDays, Integer maxDays, Integer warningDays) {
        if (!Actor.current().map(a -> a.hasRole(org.hearth.access.Role.SYSTEM_ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Order types are kept by system administrators");
        }
        OrderType type = typeCode == null ? null : type(typeCode).orElse(null);
        if (type == null) {
            throw InvalidInputException.of("type", "There is no such order type");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (minDays != null && (minDays < 1 || minDays > MAX_LENGTH_DAYS)) {
            errors.put("minDays", "Enter the shortest length as a whole number of days from 1 to " + MAX_LENGTH_DAYS
                    + ", or leave it blank for no shortest length");
        }
        if (maxDays != null && (maxDays < 1 || maxDays > MAX_LENGTH_DAYS)) {
            errors.put("maxDays", "Enter the longest length as a whole number of days from 1 to " + MAX_LENGTH_DAYS
                    + ", or leave it blank for no longest length");
        } else if (maxDays != null && minDays != null && !errors.containsKey("minDays") && maxDays < minDays) {
            errors.put("maxDays", "The longest length must be at least the shortest (" + minDays + " days)");
        }
        if (warningDays == null) {
            errors.put("warningDays", "Enter how many days before an order ends its worker is warned");
        } else if (warningDays < 0 || warningDays > MAX_WARNING_DAYS) {
            errors.put("warningDays", "Enter the warning as a whole number of days from 0 to " + MAX_WARNING_DAYS);
        } else if (minDays != null && !errors.containsKey("minDays") && warningDays > 0
                && warningDays >= minDays - 1) {
            // warned from (end - warningDays); an order of minDays starts on (end - minDays + 1)
            errors.put("warningDays", "A " + type.shortName() + " can last " + minDays + (minDays == 1 ? " day" : " days")
                    + ": a warning " + warningDays + (warningDays == 1 ? " day" : " days")
                    + " before it ends would show on its first day. Enter "
                    + (minDays <= 2 ? "0 (warned on its last day)" : "at most " + (minDays - 2)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE order_type SET min_days = ?, max_days = ?, warning_days = ? WHERE code = ?")
                .params(minDays, maxDays, warningDays, type.code()).update();
        OrderType saved = type(type.code()).orElseThrow();
        audit.record(AuditAction.UPDATE, "order-type", List.of(type.code()), "length changed: "
                + type.lengthWords() + ", warned " + type.warningDays() + " days before the end; now "
                + saved.lengthWords() + ", warned " + saved.warningDays() + " days before the end");
        return saved;
    }

    private static String kindWords(ClockRule.Kind kind) {
        return kind == ClockRule.Kind.HEARING ? "the hearing" : "the subject's notification";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderType> type(String code) {
        return types().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Array array) throws SQLException {
        Set<E> out = EnumSet.noneOf(type);
        for (Object o : (Object[]) array.getArray()) {
            out.add(Enum.valueOf(type, (String) o));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** The one need-to-know check: a real ground on the person (a grant, the hub role; never break-glass). */
    private void guard(PersonId person) {
        if (person == null || !access.holdsGround(person)) {
            throw new AccessDeniedException("No ground on this person's record");
        }
    }

    @Override
    public List<ProtectiveOrder> forPerson(PersonId person) {
        guard(person);
        List<ProtectiveOrder> orders = load("""
                WHERE o.subject_id = :p OR EXISTS (SELECT 1 FROM protective_order_person x
                    WHERE x.order_id = o.id AND x.person_id = :p)""", Map.of("p", person.value()));
        auditRead(person, orders, "orders on a person's record");
        return orders;
    }

    @Override
    public Optional<ProtectiveOrder> find(OrderId id, PersonId through) {
        guard(through);
        Optional<ProtectiveOrder> order = load("WHERE o.id = :id", Map.of("id", id.value())).stream()
                .filter(o -> o.people().contains(through)).findFirst();
        order.ifPresent(o -> auditRead(through, List.of(o), "a protective order"));
        return order;
    }

    /** Audits a read: the person it was read through, every other person on the orders, then the orders. */
    private void auditRead(PersonId through, List<ProtectiveOrder> orders, String reason) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(through.toString());
        orders.forEach(o -> o.people().forEach(p -> ids.add(p.toString())));
        orders.forEach(o -> ids.add(o.id().toString()));
        audit.record(AuditAction.READ, RECORD_TYPE, List.copyOf(ids), reason);
    }

    private List<ProtectiveOrder> load(String where, Map<String, ?> params) {
        Map<String, OrderType> types = types().stream().collect(Collectors.toMap(OrderType::code, t -> t));
        record Row(UUID id, String reference, String type, UUID subject, String applicant, String applicantDetail,
                String authorisedBy, Instant madeAt, Instant noticeAt, Instant servedAt, Instant hearingAt,
                LocalDate startsOn, LocalDate endsOn, String conditions, boolean monitoring, Instant notifiedAt,
                String recordedBy, UUID agency, Instant recordedAt) {
        }
        List<Row> rows = jdbc.sql("SELECT o.* FROM protective_order o " + where
                + " ORDER BY o.made_at DESC, o.reference DESC").params(params)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("type_code"), rs.getObject("subject_id", UUID.class), rs.getString("applicant"),
                        rs.getString("applicant_detail"), rs.getString("authorised_by"), instant(rs, "made_at"),
                        instant(rs, "notice_at"), instant(rs, "served_at"), instant(rs, "hearing_at"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getString("conditions"), rs.getBoolean("electronic_monitoring"),
                        instant(rs, "subject_notified_at"), rs.getString("recorded_by_name"),
                        rs.getObject("agency_id", UUID.class), instant(rs, "recorded_at")))
                .list();
        List<ProtectiveOrder> out = new ArrayList<>();
        for (Row r : rows) {
            List<Party> protectedPersons = jdbc.sql("""
                    SELECT person_id FROM protective_order_person WHERE order_id = ? ORDER BY person_id""")
                    .param(r.id()).query(UUID.class).list().stream().map(p -> party(new PersonId(p))).toList();
            List<Breach> breaches = jdbc.sql("""
                    SELECT * FROM order_breach WHERE order_id = ? ORDER BY occurred_on DESC, recorded_at DESC""")
                    .param(r.id()).query((rs, n) -> new Breach(rs.getObject("id", UUID.class),
                            rs.getObject("occurred_on", LocalDate.class),
                            org.hearth.orders.PoliceResponse.valueOf(rs.getString("police_response")),
                            rs.getString("details"), rs.getString("recorded_by_name"), instant(rs, "recorded_at")))
                    .list();
            OrderType type = types.get(r.type());
            out.add(new ProtectiveOrder(new OrderId(r.id()), r.reference(), type, protectedPersons,
                    party(new PersonId(r.subject())), Applicant.valueOf(r.applicant()), r.applicantDetail(),
                    r.authorisedBy(), r.madeAt(), r.noticeAt(), r.servedAt(), r.hearingAt(), r.startsOn(), r.endsOn(),
                    r.conditions(), r.monitoring(), r.notifiedAt(), r.recordedBy(), new AgencyId(r.agency()),
                    r.recordedAt(), clocksOf(type, r.madeAt(), r.noticeAt(), r.servedAt(), r.hearingAt(),
                            r.notifiedAt()), breaches));
        }
        return out;
    }

    /**
     * A person named on an order, by name only to a reader who may read their record: a practitioner grounded on the
     * subject alone must not learn who the order protects (a new partner, children).
     */
    private Party party(PersonId id) {
        boolean readable = Actor.current().isEmpty() || access.mayView(id);
        return new Party(id, readable ? people.name(id).orElse("Unknown") : "A person whose record you cannot see");
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private List<Clock> clocksOf(OrderType type, Instant made, Instant notice, Instant served, Instant hearing,
            Instant notified) {
        List<Clock> out = new ArrayList<>();
        for (ClockRule rule : type.clocks()) {
            Instant from = anchor(rule, made, notice, served);
            Instant met = rule.kind() == ClockRule.Kind.HEARING ? hearing : notified;
            out.add(new Clock(rule, from, from == null ? null : clocks.due(rule, from), met));
        }
        return out;
    }

    private static Instant anchor(ClockRule rule, Instant made, Instant notice, Instant served) {
        return switch (rule.anchor()) {
            case MADE -> made;
            case NOTICE -> notice;
            case SERVED -> served;
        };
    }

    // ------------------------------------------------------------------------------------------------ writing

    @Override
    public void check(PersonId through, NewOrder o) {
        validate(through, o);
    }

    @Override
    public ProtectiveOrder record(PersonId through, NewOrder o) {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        OrderType type = validate(through, o);
        LocalDate today = today();
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('protective_order_number')").query(Long.class).single();
        String reference = "PO-" + today.getYear() + "-" + String.format("%05d", number);
        jdbc.sql("""
                INSERT INTO protective_order (id, reference, type_code, subject_id, applicant, applicant_detail,
                    authorised_by, made_at, notice_at, served_at, hearing_at, starts_on, ends_on, conditions,
                    electronic_monitoring, subject_notified_at, recorded_by, recorded_by_name, agency_id)
                VALUES (:id, :reference, :type, :subject, :applicant, :applicantDetail, :authorisedBy, :made, :notice,
                    :served, :hearing, :starts, :ends, :conditions, :monitoring, :notified, :by, :byName, :agency)""")
                .param("id", id).param("reference", reference).param("type", type.code())
                .param("subject", o.subject().value()).param("applicant", o.applicant().name())
                .param("applicantDetail", trimmed(o.applicantDetail())).param("authorisedBy", trimmed(o.authorisedBy()))
                .param("made", ts(o.madeAt())).param("notice", ts(o.noticeAt())).param("served", ts(o.servedAt()))
                .param("hearing", ts(o.hearingAt())).param("starts", o.startsOn()).param("ends", o.endsOn())
                .param("conditions", trimmed(o.conditions())).param("monitoring", o.electronicMonitoring())
                .param("notified", ts(o.subjectNotifiedAt()))
                .param("by", me.apiClient() ? null : me.actorId()).param("byName", me.displayName())
                .param("agency", me.agency().value()).update();
        for (PersonId p : new LinkedHashSet<>(o.protectedPersons())) {
            jdbc.sql("INSERT INTO protective_order_person (order_id, person_id) VALUES (?, ?)").params(id, p.value())
                    .update();
        }
        List<String> ids = new ArrayList<>();
        ids.add(id.toString());
        o.protectedPersons().forEach(p -> ids.add(p.toString()));
        ids.add(o.subject().toString());
        audit.record(AuditAction.CREATE, RECORD_TYPE, ids, type.shortName() + " " + reference);
        return load("WHERE o.id = :id", Map.of("id", id)).get(0);
    }

    /** Every check of an order; the type when it passes. */
    private OrderType validate(PersonId through, NewOrder o) {
        guard(through);
        Map<String, String> errors = new LinkedHashMap<>();
        OrderType type = null;
        if (o.typeCode() == null || o.typeCode().isBlank()) {
            errors.put("type", "Choose the type of order");
        } else {
            type = type(o.typeCode().strip()).orElse(null);
            if (type == null) {
                errors.put("type", "Choose a type of order from the list");
            }
        }
        checkPeople(through, o, errors);
        if (o.applicant() == null) {
            errors.put("applicant", "Choose who applied for the order");
        } else if (type != null && !type.applicants().contains(o.applicant())) {
            errors.put("applicant", "Applications for " + articled(type) + " are made by "
                    + words(type.applicants().stream().sorted().map(a -> lowerFirst(a.label())).toList())
                    + ": choose one of them");
        }
        checkLength(o.applicantDetail(), "applicantDetail", "Who applied", MAX_SHORT, errors);
        if (type != null && type.authorisation() != null && blank(o.authorisedBy())) {
            errors.put("authorisedBy", "Give the name and rank of the officer who authorised the "
                    + type.shortName() + " (" + lowerFirst(type.authorisation()) + ")");
        }
        checkLength(o.authorisedBy(), "authorisedBy", "Who authorised it", MAX_SHORT, errors);
        LocalDate today = today();
        Instant soon = Instant.now().plusSeconds(3600);
        if (o.madeAt() == null) {
            errors.put("madeAt", "Enter when the order was made");
        } else if (o.madeAt().isAfter(soon)) {
            errors.put("madeAt", "When the order was made cannot be in the future");
        } else if (type != null) {
            LocalDate madeOn = day(o.madeAt());
            if (type.availableFrom() != null && madeOn.isBefore(type.availableFrom())) {
                errors.put("madeAt", type.shortName() + "s can be made only from "
                        + Dates.DAY.format(type.availableFrom()));
            } else if (type.availableTo() != null && madeOn.isAfter(type.availableTo())) {
                errors.put("madeAt", type.shortName() + "s could be made only until "
                        + Dates.DAY.format(type.availableTo()));
            }
        }
        if (type != null && type.noticeRequired() && o.noticeAt() == null) {
            errors.put("noticeAt", "Enter when the " + (type.noticeType() == null ? "notice" : type.noticeType())
                    + " was given: the hearing clock starts then");
        }
        if (o.noticeAt() != null && o.madeAt() != null && o.noticeAt().isAfter(o.madeAt())) {
            errors.put("noticeAt", "The notice must be given before the order is made");
        }
        if (o.servedAt() != null && o.madeAt() != null && o.servedAt().isBefore(o.madeAt())) {
            errors.put("servedAt", "The order cannot be served before it was made");
        } else if (o.servedAt() != null && o.servedAt().isAfter(soon)) {
            errors.put("servedAt", "When the order was served cannot be in the future");
        }
        if (o.subjectNotifiedAt() != null && o.madeAt() != null && o.subjectNotifiedAt().isBefore(o.madeAt())) {
            errors.put("subjectNotifiedAt", "The notification cannot be before the order was made");
        }
        if (type != null) {
            checkClocks(type, o, errors);
        }
        if (o.startsOn() == null) {
            errors.put("startsOn", "Enter the date the order starts");
        } else if (o.madeAt() != null && o.startsOn().isBefore(day(o.madeAt()))) {
            errors.put("startsOn", "The order cannot start before the day it was made");
        }
        if (o.endsOn() == null) {
            if (type != null && type.endRequired()) {
                errors.put("endsOn", "Enter the date the order ends: a " + type.shortName() + " lasts "
                        + type.lengthWords());
            }
        } else if (o.startsOn() != null && o.endsOn().isBefore(o.startsOn())) {
            errors.put("endsOn", "The order must end on or after the day it starts");
        } else if (type != null) {
            type.lengthProblem(o.startsOn(), o.endsOn()).ifPresent(m -> errors.put("endsOn", m));
        }
        checkLength(o.conditions(), "conditions", "The conditions", MAX_TEXT, errors);
        if (o.electronicMonitoring() && type != null && !type.electronicMonitoring()) {
            errors.put("electronicMonitoring", "Electronic monitoring can be a condition only of "
                    + words(types().stream().filter(OrderType::electronicMonitoring).map(OrderType::shortName)
                            .toList()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return type;
    }


    /**
     * The people named: at least one protected, a subject who is not also protected, the person it is recorded
     * through among them, and every other one a person the actor holds a ground on or a relation of that person.
     */
    private void checkPeople(PersonId through, NewOrder o, Map<String, String> errors) {
        if (o.protectedPersons().isEmpty()) {
            errors.put("protectedPersons", "Name at least one person the order protects");
        }
        if (o.subject() == null) {
            errors.put("subject", "Name the person the order is against");
        } else if (o.protectedPersons().contains(o.subject())) {
            errors.put("subject", "The person the order is against cannot also be protected by it");
        }
        Set<PersonId> named = new LinkedHashSet<>(o.protectedPersons());
        if (o.subject() != null) {
            named.add(o.subject());
        }
        if (errors.isEmpty() && !named.contains(through)) {
            errors.put("protectedPersons", "Record the order on the record of a person it names");
        }
        Set<PersonId> others = new LinkedHashSet<>(named);
        others.remove(through);
        if (others.isEmpty()) {
            return;
        }
        Set<PersonId> allowed = new java.util.HashSet<>(access.groundedAmong(others));
        if (!allowed.containsAll(others)) {
            PersonRecord record = people.record(through).orElse(null);
            if (record != null && record.full()) {
                record.relationships().forEach(r -> allowed.add(r.other()));
            }
        }
        for (PersonId p : others) {
            if (!allowed.contains(p) || people.name(p).isEmpty()) {
                String field = p.equals(o.subject()) ? "subject" : "protectedPersons";
                errors.putIfAbsent(field, "Choose a person from this person's record");
            }
        }
    }

    /** An enforced hearing clock refuses a hearing outside it; a hearing before its anchor is refused always. */
    private void checkClocks(OrderType type, NewOrder o, Map<String, String> errors) {
        for (ClockRule rule : type.clocks()) {
            Instant from = anchor(rule, o.madeAt(), o.noticeAt(), o.servedAt());
            Instant met = rule.kind() == ClockRule.Kind.HEARING ? o.hearingAt() : o.subjectNotifiedAt();
            String field = rule.kind() == ClockRule.Kind.HEARING ? "hearingAt" : "subjectNotifiedAt";
            if (from == null || met == null || errors.containsKey(field)) {
                continue;
            }
            if (met.isBefore(from)) {
                errors.put(field, (rule.kind() == ClockRule.Kind.HEARING ? "The hearing" : "The notification")
                        + " cannot be before " + rule.anchor().words());
            } else if (rule.enforced() && met.isAfter(clocks.due(rule, from))) {
                errors.put(field, "The hearing must be by " + TIME.format(clocks.due(rule, from).atZone(Deadlines.UK))
                        + ": within " + rule.describeFrom());
            }
        }
    }

    @Override
    public Breach recordBreach(OrderId id, PersonId through, NewBreach b) {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        guard(through);
        ProtectiveOrder order = load("WHERE o.id = :id", Map.of("id", id.value())).stream()
                .filter(o -> o.people().contains(through)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No such order on this record"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (b.occurredOn() == null) {
            errors.put("occurredOn", "Enter the date of the breach");
        } else if (b.occurredOn().isAfter(today())) {
            errors.put("occurredOn", "The date of the breach cannot be in the future");
        } else if (b.occurredOn().isBefore(order.startsOn())) {
            errors.put("occurredOn", "The breach must be on or after the day the order starts ("
                    + Dates.DAY.format(order.startsOn()) + ")");
        } else if (order.endsOn() != null && b.occurredOn().isAfter(order.endsOn())) {
            errors.put("occurredOn", "The breach must be on or before the day the order ends ("
                    + Dates.DAY.format(order.endsOn()) + ")");
        }
        if (b.policeResponse() == null) {
            errors.put("policeResponse", "Choose what the police did");
        }
        checkLength(b.details(), "details", "The details", 2000, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID breach = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO order_breach (id, order_id, occurred_on, police_response, details, recorded_by,
                    recorded_by_name, agency_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(breach, id.value(), b.occurredOn(), b.policeResponse().name(), trimmed(b.details()),
                        me.apiClient() ? null : me.actorId(), me.displayName(), me.agency().value())
                .update();
        List<String> ids = new ArrayList<>(List.of(id.toString()));
        order.people().forEach(p -> ids.add(p.toString()));
        audit.record(AuditAction.UPDATE, RECORD_TYPE, ids, "breach recorded");
        return new Breach(breach, b.occurredOn(), b.policeResponse(), trimmed(b.details()), me.displayName(),
                Instant.now());
    }

    // ------------------------------------------------------------------------------------------------ figures

    @Override
    @Transactional(readOnly = true)
    public OrderFigures figures(LocalDate from, LocalDate to) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        List<OrderType> types = types();
        types.forEach(t -> counts.put(t.code(), new long[3]));
        jdbc.sql("""
                SELECT type_code, count(*) FROM protective_order
                WHERE (made_at AT TIME ZONE 'Europe/London')::date BETWEEN ? AND ? GROUP BY type_code""")
                .params(from, to).query((rs, n) -> counts.get(rs.getString(1))[0] = rs.getLong(2)).list();
        jdbc.sql("""
                SELECT o.type_code, count(DISTINCT o.id), count(*) FROM order_breach b
                JOIN protective_order o ON o.id = b.order_id
                WHERE b.occurred_on BETWEEN ? AND ? GROUP BY o.type_code""")
                .params(from, to).query((rs, n) -> {
                    long[] c = counts.get(rs.getString(1));
                    c[1] = rs.getLong(2);
                    c[2] = rs.getLong(3);
                    return null;
                }).list();
        return new OrderFigures(from, to, types.stream().map(t -> {
            long[] c = counts.get(t.code());
            return new OrderFigures.Row(t.code(), t.name(), c[0], c[1], c[2]);
        }).toList());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static LocalDate day(Instant instant) {
        return ZonedDateTime.ofInstant(instant, Deadlines.UK).toLocalDate();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }

    private static void checkLength(String value, String field, String what, int max, Map<String, String> errors) {
        if (value != null && value.strip().length() > max) {
            errors.putIfAbsent(field, what + " must be " + max + " characters or fewer");
        }
    }

    /** "a DVPO", "a non-molestation order", "bail conditions". */
    static String articled(OrderType type) {
        String name = type.shortName();
        boolean acronym = name.equals(name.toUpperCase(Locale.UK));
        String words = acronym ? name : lowerFirst(name);
        return words.endsWith("s") && !acronym ? words : "a " + words;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String words(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
