package org.hearth.orders.web;

import java.util.List;
import java.util.NoSuchElementException;
import org.hearth.audit.NotAudited;
import org.hearth.orders.ClockRule;
import org.hearth.orders.OrderType;
import org.hearth.orders.Orders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Order types as JSON for system administrators: every type with its length, warning lead time and clocks, and
 * {@code PUT /api/orders/types/{code}} changing a type's length and warning ({@code minDays}, {@code maxDays}:
 * null for no limit; {@code warningDays}). Errors are problem details naming each field; {@link Orders#saveLength}
 * checks the role again and audits the change.
 */
@RestController
@RequestMapping("/api/orders/types")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
@NotAudited("order types are the partnership's rules, not people; Orders.saveLength records each change")
class OrderTypeApi {

    record ClockView(String kind, String label, String anchor, int amount, String unit, List<String> excluded,
            boolean enforced, String rule) {

        static ClockView of(ClockRule c) {
            return new ClockView(c.kind().name(), c.label(), c.anchor().name(), c.amount(), c.unit().name(),
                    c.excluded().stream().map(Enum::name).sorted().toList(), c.enforced(), c.describeFrom());
        }
    }

    record TypeView(String code, String name, String shortName, Integer minDays, Integer maxDays,
            boolean endRequired, int warningDays, String length, List<ClockView> clocks) {

        static TypeView of(OrderType t) {
            return new TypeView(t.code(), t.name(), t.shortName(), t.minDays(), t.maxDays(), t.endRequired(),
                    t.warningDays(), t.lengthWords(), t.clocks().stream().map(ClockView::of).toList());
        }
    }

    record LengthRequest(Integer minDays, Integer maxDays, Integer warningDays) {
    }

    private final Orders orders;

    OrderTypeApi(Orders orders) {
        this.orders = orders;
    }

    @GetMapping
    List<TypeView> types() {
        return orders.types().stream().map(TypeView::of).toList();
    }

    @GetMapping("/{code}")
    TypeView type(@PathVariable String code) {
        return orders.type(code).map(TypeView::of).orElseThrow(NoSuchElementException::new);
    }

    @PutMapping("/{code}")
    TypeView change(@PathVariable String code, @RequestBody LengthRequest body) {
        OrderType type = orders.type(code).orElseThrow(NoSuchElementException::new);
        return TypeView.of(orders.saveLength(type.code(), body.minDays(), body.maxDays(), body.warningDays()));
    }
}
