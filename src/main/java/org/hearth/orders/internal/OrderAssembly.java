package org.hearth.orders.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hearth.orders.Clock;
import org.hearth.orders.ClockRule;
import org.hearth.orders.OrderClocks;
import org.hearth.orders.OrderId;
import org.hearth.orders.OrderType;
import org.hearth.orders.ProtectiveOrder;
import org.hearth.orders.ProtectiveOrder.Party;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.springframework.stereotype.Component;

/**
 * An order as the module answers it, from the stored row: its type, its clocks timed by {@link OrderClocks}, and
 * each person named as the caller's {@code party} names them (the need-to-know decision is the caller's:
 * {@link OrderService#party}). No access decision and no database here.
 */
@Component
class OrderAssembly {

    private final OrderClocks clocks;

    OrderAssembly(OrderClocks clocks) {
        this.clocks = clocks;
    }

    ProtectiveOrder order(OrderStore.StoredOrder s, Map<String, OrderType> types, Function<PersonId, Party> party) {
        OrderType type = types.get(s.typeCode());
        List<Party> protectedPersons = s.protectedPersons().stream().map(p -> party.apply(new PersonId(p))).toList();
        return new ProtectiveOrder(new OrderId(s.id()), s.reference(), type, protectedPersons,
                party.apply(new PersonId(s.subject())), s.applicant(), s.applicantDetail(), s.authorisedBy(),
                s.madeAt(), s.noticeAt(), s.servedAt(), s.hearingAt(), s.startsOn(), s.endsOn(), s.conditions(),
                s.monitoring(), s.notifiedAt(), s.recordedBy(), new AgencyId(s.agency()), s.recordedAt(),
                clocks(type, s), s.breaches());
    }

    /** One clock per rule of the type: from its anchor (null until recorded), due by the rule, met when recorded. */
    private List<Clock> clocks(OrderType type, OrderStore.StoredOrder s) {
        List<Clock> out = new ArrayList<>();
        for (ClockRule rule : type.clocks()) {
            Instant from = OrderRules.anchor(rule, s.madeAt(), s.noticeAt(), s.servedAt());
            Instant met = rule.kind() == ClockRule.Kind.HEARING ? s.hearingAt() : s.notifiedAt();
            out.add(new Clock(rule, from, from == null ? null : clocks.due(rule, from), met));
        }
        return out;
    }
}
