package org.hearth.orders.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.orders.Applicant;
import org.hearth.orders.Breach;
import org.hearth.orders.Clock;
import org.hearth.orders.NewBreach;
import org.hearth.orders.NewOrder;
import org.hearth.orders.OrderId;
import org.hearth.orders.Orders;
import org.hearth.orders.PoliceResponse;
import org.hearth.orders.ProtectiveOrder;
import org.hearth.people.PersonGuard;
import org.hearth.people.PersonId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's protective orders as JSON, for casework roles whose agency is involved with the person. Times are ISO
 * 8601 with an offset ({@code 2026-12-04T18:00:00Z}), dates {@code 2026-12-04}. Errors are RFC 9457 problem details
 * naming each invalid field ({@code type}, {@code protectedPersons}, {@code subject}, {@code applicant},
 * {@code madeAt}, {@code noticeAt}, {@code hearingAt}, {@code startsOn}, {@code endsOn}, ...); unknown fields are
 * refused. Reads are audited by {@link Orders} with the ids of every person on the orders.
 */
@RestController
@RequestMapping("/api/people/{personId}/orders")
@PreAuthorize(OrderRoles.ROLES)
class OrderApi {

    private final Orders orders;
    private final PersonGuard guard;

    OrderApi(Orders orders, PersonGuard guard) {
        this.orders = orders;
        this.guard = guard;
    }

    /** A new order: the person in the path must be one of the protected persons or the subject. */
    record OrderRequest(String type, List<UUID> protectedPersons, UUID subject, Applicant applicant,
            String applicantDetail, String authorisedBy, OffsetDateTime madeAt, OffsetDateTime noticeAt,
            OffsetDateTime servedAt, OffsetDateTime hearingAt, LocalDate startsOn, LocalDate endsOn,
            String conditions, Boolean electronicMonitoring, OffsetDateTime subjectNotifiedAt) {
    }

    record BreachRequest(LocalDate occurredOn, PoliceResponse policeResponse, String details) {
    }

    record ClockView(String kind, String label, String rule, Instant from, Instant due, Instant metAt,
            Clock.Status status) {
    }

    record BreachView(String id, LocalDate occurredOn, PoliceResponse policeResponse, String details,
            String recordedBy, Instant recordedAt) {

        static BreachView of(Breach b) {
            return new BreachView(b.id().toString(), b.occurredOn(), b.policeResponse(), b.details(),
                    b.recordedByName(), b.recordedAt());
        }
    }

    record PartyView(String id, String name) {
    }

    record OrderView(String id, String reference, String type, String typeName, ProtectiveOrder.Status status,
            boolean endingSoon, List<PartyView> protectedPersons, PartyView subject, Applicant applicant,
            String applicantDetail, String authorisedBy, Instant madeAt, Instant noticeAt, Instant servedAt,
            Instant hearingAt, LocalDate startsOn, LocalDate endsOn, String conditions, boolean electronicMonitoring,
            Instant subjectNotifiedAt, String recordedBy, Instant recordedAt, List<ClockView> clocks,
            List<BreachView> breaches) {

        static OrderView of(ProtectiveOrder o, LocalDate today, Instant now) {
            return new OrderView(o.id().toString(), o.reference(), o.type().code(), o.type().name(), o.status(today),
                    o.endingSoon(today), o.protectedPersons().stream()
                            .map(p -> new PartyView(p.id().toString(), p.name())).toList(),
                    new PartyView(o.subject().id().toString(), o.subject().name()), o.applicant(), o.applicantDetail(),
                    o.authorisedBy(), o.madeAt(), o.noticeAt(), o.servedAt(), o.hearingAt(), o.startsOn(), o.endsOn(),
                    o.conditions(), o.electronicMonitoring(), o.subjectNotifiedAt(), o.recordedByName(),
                    o.recordedAt(), o.clocks().stream().map(c -> new ClockView(c.rule().kind().name(),
                            c.rule().label(), c.rule().describeFrom(), c.from(), c.due(), c.metAt(), c.status(now)))
                            .toList(), o.breaches().stream().map(BreachView::of).toList());
        }
    }

    @GetMapping
    @NotAudited("Orders.forPerson audits the read with the ids of every person on the orders")
    List<OrderView> list(@PathVariable UUID personId) {
        PersonId person = guard.grounded(personId);
        LocalDate today = orders.today();
        Instant now = Instant.now();
        return orders.forPerson(person).stream().map(o -> OrderView.of(o, today, now)).toList();
    }

    @GetMapping("/{orderId}")
    @NotAudited("Orders.find audits the read with the ids of every person on the order")
    OrderView order(@PathVariable UUID personId, @PathVariable UUID orderId) {
        PersonId person = guard.grounded(personId);
        return orders.find(new OrderId(orderId), person).map(o -> OrderView.of(o, orders.today(), Instant.now()))
                .orElseThrow(NoSuchElementException::new);
    }

    @PostMapping
    @NotAudited("Orders.record audits the new order in its transaction, with every person's id")
    ResponseEntity<OrderView> record(@PathVariable UUID personId, @RequestBody OrderRequest body) {
        PersonId person = guard.grounded(personId);
        ProtectiveOrder saved = orders.record(person, new NewOrder(body.type(),
                body.protectedPersons() == null ? List.of()
                        : body.protectedPersons().stream().filter(java.util.Objects::nonNull).map(PersonId::new).toList(),
                body.subject() == null ? null : new PersonId(body.subject()), body.applicant(), body.applicantDetail(),
                body.authorisedBy(), instant(body.madeAt()), instant(body.noticeAt()), instant(body.servedAt()),
                instant(body.hearingAt()), body.startsOn(), body.endsOn(), body.conditions(),
                Boolean.TRUE.equals(body.electronicMonitoring()), instant(body.subjectNotifiedAt())));
        return ResponseEntity.created(URI.create("/api/people/" + personId + "/orders/" + saved.id()))
                .body(OrderView.of(saved, orders.today(), Instant.now()));
    }

    @PostMapping("/{orderId}/breaches")
    @NotAudited("Orders.recordBreach audits the breach in its transaction, with every person's id")
    ResponseEntity<BreachView> breach(@PathVariable UUID personId, @PathVariable UUID orderId,
            @RequestBody BreachRequest body) {
        PersonId person = guard.grounded(personId);
        Breach saved = orders.recordBreach(new OrderId(orderId), person,
                new NewBreach(body.occurredOn(), body.policeResponse(), body.details()));
        return ResponseEntity.created(URI.create("/api/people/" + personId + "/orders/" + orderId))
                .body(BreachView.of(saved));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
