package org.hearth.orders.internal;

import org.hearth.platform.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.orders.Breach;
import org.hearth.orders.ClockRule;
import org.hearth.orders.NewBreach;
import org.hearth.orders.NewOrder;
import org.hearth.orders.OrderFigures;
import org.hearth.orders.OrderId;
import org.hearth.orders.OrderType;
import org.hearth.orders.Orders;
import org.hearth.orders.ProtectiveOrder;
import org.hearth.orders.ProtectiveOrder.Party;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders module's guards and audit: who may read, record or change what (a real ground on the person an order
 * is read or recorded through; system administrators for the types), who is named by name, who may be named on an
 * order, and the audit entry of every read and write. The rules an order must meet are {@link OrderRules}', the
 * SQL {@link OrderStore}'s, the answer's assembly {@link OrderAssembly}'s.
 */
@Service
@Transactional
class OrderService implements Orders {

    static final String RECORD_TYPE = "protective-order";
    static final String TYPE_RECORD = "order-type";

    private final OrderStore store;
    private final OrderRules rules;
    private final OrderAssembly assembly;
    private final People people;
    private final PersonAccess access;
    private final AuditTrail audit;

    OrderService(OrderStore store, OrderRules rules, OrderAssembly assembly, People people, PersonAccess access,
            AuditTrail audit) {
        this.store = store;
        this.rules = rules;
        this.assembly = assembly;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    // ------------------------------------------------------------------------------------------------ types

    @Override
    @Transactional(readOnly = true)
    public List<OrderType> types() {
        return store.types();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderType> type(String code) {
        return store.type(code);
    }

    @Override
    public OrderType saveClock(String typeCode, ClockRule clock, boolean adding) {
        OrderType type = keptType(typeCode);
        String label = OrderRules.clock(type, clock, adding);
        if (adding) {
            store.addClock(type.code(), clock, label);
        } else {
            store.changeClock(type.code(), clock, label);
        }
        audit.record(AuditAction.UPDATE, TYPE_RECORD, List.of(type.code()), OrderWords.clockChange(clock, adding));
        return store.type(type.code()).orElseThrow();
    }

    @Override
    public OrderType saveLength(String typeCode, Integer minDays, Integer maxDays, Integer warningDays) {
        OrderType type = keptType(typeCode);
        OrderRules.length(type, minDays, maxDays, warningDays);
        store.changeLength(type.code(), minDays, maxDays, warningDays);
        OrderType saved = store.type(type.code()).orElseThrow();
        audit.record(AuditAction.UPDATE, TYPE_RECORD, List.of(type.code()), OrderWords.lengthChange(type, saved));
        return saved;
    }

    /** The type to change: system administrators only, and a type that exists. */
    private OrderType keptType(String typeCode) {
        if (!Actor.current().map(a -> a.hasRole(Role.SYSTEM_ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Order types are kept by system administrators");
        }
        OrderType type = typeCode == null ? null : store.type(typeCode).orElse(null);
        if (type == null) {
            throw InvalidInputException.of("type", "There is no such order type");
        }
        return type;
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
        List<ProtectiveOrder> orders = assemble(store.naming(person));
        auditRead(person, orders, "orders on a person's record");
        return orders;
    }

    @Override
    public Optional<ProtectiveOrder> find(OrderId id, PersonId through) {
        guard(through);
        Optional<ProtectiveOrder> order = through(id, through);
        order.ifPresent(o -> auditRead(through, List.of(o), "a protective order"));
        return order;
    }

    /** The order, only if it names the person it is read through. */
    private Optional<ProtectiveOrder> through(OrderId id, PersonId through) {
        return assemble(store.byId(id.value()).stream().toList()).stream().filter(o -> o.people().contains(through))
                .findFirst();
    }

    /** Audits a read: the person it was read through, every other person on the orders, then the orders. */
    private void auditRead(PersonId through, List<ProtectiveOrder> orders, String reason) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(through.toString());
        orders.forEach(o -> o.people().forEach(p -> ids.add(p.toString())));
        orders.forEach(o -> ids.add(o.id().toString()));
        audit.record(AuditAction.READ, RECORD_TYPE, List.copyOf(ids), reason);
    }

    private List<ProtectiveOrder> assemble(List<OrderStore.StoredOrder> stored) {
        Map<String, OrderType> types = store.types().stream().collect(Collectors.toMap(OrderType::code, t -> t));
        return stored.stream().map(s -> assembly.order(s, types, this::party)).toList();
    }

    /**
     * A person named on an order, by name only to a reader who may read their record: a practitioner grounded on the
     * subject alone must not learn who the order protects (a new partner, children).
     */
    Party party(PersonId id) {
        boolean readable = Actor.current().isEmpty() || access.mayView(id);
        return new Party(id, readable ? people.name(id).orElse("Unknown") : "A person whose record you cannot see");
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
        UUID id = UUID.randomUUID();
        String reference = "PO-" + today().getYear() + "-" + String.format("%05d", store.nextNumber());
        store.insert(id, reference, type.code(), o, recorder(me));
        List<String> ids = new ArrayList<>();
        ids.add(id.toString());
        o.protectedPersons().forEach(p -> ids.add(p.toString()));
        ids.add(o.subject().toString());
        audit.record(AuditAction.CREATE, RECORD_TYPE, ids, type.shortName() + " " + reference);
        return assemble(store.byId(id).stream().toList()).get(0);
    }

    /** The guard on the person it is recorded through, then every rule, with who may be named. */
    private OrderType validate(PersonId through, NewOrder o) {
        guard(through);
        return rules.order(through, o, store.types(), this::refused, Instant.now());
    }

    /**
     * Of the other people an order names, those the actor may not name: every one must be a person the actor holds a
     * ground on, or a relation on the full record of the person it is recorded through, and a person that exists.
     */
    Set<PersonId> refused(PersonId through, Set<PersonId> others) {
        Set<PersonId> allowed = new HashSet<>(access.groundedAmong(others));
        if (!allowed.containsAll(others)) {
            PersonRecord record = people.record(through).orElse(null);
            if (record != null && record.full()) {
                record.relationships().forEach(r -> allowed.add(r.other()));
            }
        }
        Set<PersonId> refused = new LinkedHashSet<>();
        for (PersonId p : others) {
            if (!allowed.contains(p) || people.name(p).isEmpty()) {
                refused.add(p);
            }
        }
        return refused;
    }

    @Override
    public Breach recordBreach(OrderId id, PersonId through, NewBreach b) {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        guard(through);
        ProtectiveOrder order = through(id, through)
                .orElseThrow(() -> new NoSuchElementException("No such order on this record"));
        OrderRules.breach(b, order, today());
        UUID breach = UUID.randomUUID();
        OrderStore.Recorder by = recorder(me);
        store.insertBreach(breach, id.value(), b, by);
        List<String> ids = new ArrayList<>(List.of(id.toString()));
        order.people().forEach(p -> ids.add(p.toString()));
        audit.record(AuditAction.UPDATE, RECORD_TYPE, ids, "breach recorded");
        return new Breach(breach, b.occurredOn(), b.policeResponse(), OrderStore.trimmed(b.details()), by.name(),
                Instant.now());
    }

    /** Who records: a member of staff by id and name; an API client by name only. */
    static OrderStore.Recorder recorder(Actor me) {
        return new OrderStore.Recorder(me.apiClient() ? null : me.actorId(), me.displayName(), me.agency().value());
    }

    // ------------------------------------------------------------------------------------------------ figures

    @Override
    @Transactional(readOnly = true)
    public OrderFigures figures(LocalDate from, LocalDate to) {
        Map<String, OrderStore.Counts> counts = store.counts(from, to);
        OrderStore.Counts none = new OrderStore.Counts(0, 0, 0);
        return new OrderFigures(from, to, store.types().stream().map(t -> {
            OrderStore.Counts c = counts.getOrDefault(t.code(), none);
            return new OrderFigures.Row(t.code(), t.name(), c.made(), c.ordersBreached(), c.breaches());
        }).toList());
    }
}
