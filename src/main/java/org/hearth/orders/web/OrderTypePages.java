package org.hearth.orders.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.audit.NotAudited;
import org.hearth.orders.ClockRule;
import org.hearth.orders.ExcludedDay;
import org.hearth.orders.OrderType;
import org.hearth.orders.Orders;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Order types for system administrators: the list with each type's clocks, adding a clock to a type and changing
 * one (what meets it, what it counts from, how long, the days it leaves out, whether a late hearing is refused).
 * The security chain lets only administrators reach {@code /admin/**}; {@link Orders#saveClock} checks again.
 */
@Controller
@RequestMapping("/admin/order-types")
@NotAudited("order types are the partnership's rules, not people; Orders.saveClock records each change")
class OrderTypePages {

    /** A type and its clocks, as the list shows them. */
    record TypeRow(String code, String name, String shortName, String length, int warningDays, List<ClockRow> clocks) {
    }

    record ClockRow(String kind, String kindLabel, String label, String rule, String enforced) {
    }

    private final Orders orders;

    OrderTypePages(Orders orders) {
        this.orders = orders;
    }

    static String kindLabel(ClockRule.Kind kind) {
        return kind == ClockRule.Kind.HEARING ? "The hearing" : "The subject's notification of name and address";
    }

    @Navigation(label = "Order types", order = 87, section = NavigationSection.ADMINISTRATION, roles = "SYSTEM_ADMIN")
    @GetMapping
    String list(Model model) {
        model.addAttribute("types", orders.types().stream().map(t -> new TypeRow(t.code(), t.name(), t.shortName(),
                t.lengthWords(), t.warningDays(), t.clocks().stream().map(c -> new ClockRow(c.kind().name(),
                        kindLabel(c.kind()), c.label(), c.describeFrom(), c.enforced() ? "Refused when late" : "Flagged when late"))
                        .toList())).toList());
        return "orders/types";
    }

    @GetMapping("/{code}/clocks/new")
    String newClock(@PathVariable String code, Model model) {
        OrderType type = type(code);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("excluded", List.of());
        return form(type, null, model, new LinkedHashMap<>(), values);
    }

    @PostMapping("/{code}/clocks")
    String addClock(@PathVariable String code, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(type(code), null, form, model, response, redirect);
    }

    @GetMapping("/{code}/clocks/{kind}")
    String clock(@PathVariable String code, @PathVariable String kind, Model model) {
        OrderType type = type(code);
        ClockRule c = type.clock(kind(kind)).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("label", c.label());
        values.put("anchor", c.anchor().name());
        values.put("amount", String.valueOf(c.amount()));
        values.put("unit", c.unit().name());
        values.put("excluded", c.excluded().stream().map(Enum::name).toList());
        values.put("enforced", String.valueOf(c.enforced()));
        return form(type, c.kind(), model, new LinkedHashMap<>(), values);
    }

    @PostMapping("/{code}/clocks/{kind}")
    String changeClock(@PathVariable String code, @PathVariable String kind,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        OrderType type = type(code);
        ClockRule.Kind k = kind(kind);
        if (type.clock(k).isEmpty()) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return save(type, k, form, model, response, redirect);
    }

    private String save(OrderType type, ClockRule.Kind changing, MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        ClockRule.Kind kind = changing != null ? changing
                : FormErrors.constant(ClockRule.Kind.class, form.getFirst("kind"));
        ClockRule.Anchor anchor = FormErrors.constant(ClockRule.Anchor.class, form.getFirst("anchor"));
        ClockRule.Unit unit = FormErrors.constant(ClockRule.Unit.class, form.getFirst("unit"));
        String amountText = form.getFirst("amount") == null ? "" : form.getFirst("amount").strip();
        int amount = 0;
        if (!amountText.matches("\\d{1,4}")) {
            errors.put("amount", amountText.isEmpty() ? "Enter how many hours or days"
                    : "Enter the amount as a whole number, for example 48");
        } else {
            amount = Integer.parseInt(amountText);
        }
        Set<ExcludedDay> excluded = EnumSet.noneOf(ExcludedDay.class);
        for (String e : form.getOrDefault("excluded", List.of())) {
            ExcludedDay d = FormErrors.constant(ExcludedDay.class, e);
            if (d == null) {
                errors.put("excluded", "Choose the days the clock leaves out from the list");
            } else {
                excluded.add(d);
            }
        }
        boolean enforced = "true".equals(form.getFirst("enforced"));
        if (!errors.containsKey("excluded")) {
            try {
                // an amount that is not a number goes as 0, so the module lists every other refusal with it
                orders.saveClock(type.code(), new ClockRule(kind, form.getFirst("label"), anchor, amount, unit, excluded,
                        enforced), changing == null);
                redirect.addFlashAttribute("success", type.shortName() + ": the clock met by "
                        + kindLabel(kind).toLowerCase(java.util.Locale.UK) + " is saved");
                return "redirect:/admin/order-types#" + type.code();
            } catch (InvalidInputException e) {
                e.errors().forEach(errors::putIfAbsent);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : List.of("type", "kind", "label", "anchor", "amount", "unit", "excluded", "enforced")) {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.remove(field));
            }
        }
        ordered.putAll(errors);
        errors = ordered;
        Map<String, Object> values = new LinkedHashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? null : v.get(0)));
        values.put("excluded", form.getOrDefault("excluded", List.of()));
        return form(type, changing, model, errors, values);
    }

    @GetMapping("/{code}/length")
    String length(@PathVariable String code, Model model) {
        OrderType type = type(code);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("minDays", type.minDays() == null ? "" : String.valueOf(type.minDays()));
        values.put("maxDays", type.maxDays() == null ? "" : String.valueOf(type.maxDays()));
        values.put("warningDays", String.valueOf(type.warningDays()));
        return lengthForm(type, model, new LinkedHashMap<>(), values);
    }

    @PostMapping("/{code}/length")
    String changeLength(@PathVariable String code, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        OrderType type = type(code);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer min = days(form.getFirst("minDays"), "minDays", true, errors);
        Integer max = days(form.getFirst("maxDays"), "maxDays", true, errors);
        Integer warning = days(form.getFirst("warningDays"), "warningDays", false, errors);
        if (errors.isEmpty()) {
            try {
                orders.saveLength(type.code(), min, max, warning);
                redirect.addFlashAttribute("success", type.shortName() + ": the length and warning are saved");
                return "redirect:/admin/order-types#" + type.code();
            } catch (InvalidInputException e) {
                errors.putAll(e.errors());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : List.of("type", "minDays", "maxDays", "warningDays")) {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? null : v.get(0)));
        return lengthForm(type, model, ordered, values);
    }

    /** A whole number of days, or null when blank (and blank is allowed); a message in {@code errors} otherwise. */
    private static Integer days(String text, String field, boolean blankAllowed, Map<String, String> errors) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            if (!blankAllowed) {
                errors.put(field, "Enter how many days before an order ends its worker is warned");
            }
            return null;
        }
        if (!t.matches("\\d{1,5}")) {
            errors.put(field, "Enter a whole number of days, for example 14");
            return null;
        }
        return Integer.parseInt(t);
    }

    private String lengthForm(OrderType type, Model model, Map<String, String> errors, Map<String, Object> values) {
        model.addAttribute("type", type);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "orders/type-length";
    }

    private String form(OrderType type, ClockRule.Kind changing, Model model, Map<String, String> errors,
            Map<String, Object> values) {
        model.addAttribute("type", type);
        model.addAttribute("changing", changing == null ? null : changing.name());
        model.addAttribute("changingLabel", changing == null ? null : kindLabel(changing));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("kindChoices", Option.of(OrderTypePages::kindLabel, ClockRule.Kind.values()));
        model.addAttribute("anchorChoices", Option.of(a -> "When " + a.words(), ClockRule.Anchor.values()));
        model.addAttribute("unitChoices", List.of(new Option("HOURS", "Hours"), new Option("DAYS", "Days")));
        List<Option> days = new ArrayList<>();
        for (ExcludedDay d : ExcludedDay.values()) {
            String label = d.label();
            days.add(new Option(d.name(), Character.toUpperCase(label.charAt(0)) + label.substring(1)));
        }
        model.addAttribute("excludedChoices", days);
        model.addAttribute("enforcedChoices", List.of(new Option("true", "Yes: refuse an order whose hearing is after it"),
                new Option("false", "No: show it as missed")));
        return "orders/type-clock";
    }

    private OrderType type(String code) {
        return orders.type(code).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private static ClockRule.Kind kind(String kind) {
        ClockRule.Kind k = FormErrors.constant(ClockRule.Kind.class, kind);
        if (k == null) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return k;
    }
}
