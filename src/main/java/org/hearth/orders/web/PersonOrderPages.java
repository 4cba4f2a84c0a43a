package org.hearth.orders.web;

import org.hearth.platform.Dates;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.audit.NotAudited;
import org.hearth.orders.Applicant;
import org.hearth.orders.ClockRule;
import org.hearth.orders.NewBreach;
import org.hearth.orders.NewOrder;
import org.hearth.orders.OrderId;
import org.hearth.orders.OrderType;
import org.hearth.orders.Orders;
import org.hearth.orders.PoliceResponse;
import org.hearth.orders.ProtectiveOrder;
import org.hearth.people.People;
import org.hearth.people.PersonGuard;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's protective orders: the list, a page per order (clocks, breaches), the form recording an order and the
 * one recording a breach. For casework roles whose agency is involved with the person ({@link PersonGuard}: a real
 * ground, never a break-glass reading); reads are audited by {@link Orders} with the ids of every person on the
 * orders shown.
 */
@Controller
@PreAuthorize(OrderRoles.ROLES)
class PersonOrderPages {

    static final String FORM = "orderForm";
    static final String BREACH = "breachForm";
    private static final Pattern TIME = Pattern.compile("^\\s*(\\d{1,2})[:.](\\d{2})\\s*$");

    private final Orders orders;
    private final People people;
    private final PersonGuard guard;

    PersonOrderPages(Orders orders, People people, PersonGuard guard) {
        this.orders = orders;
        this.people = people;
        this.guard = guard;
    }

    private PersonId person(UUID personId) {
        return guard.grounded(personId);
    }

    @GetMapping("/people/{personId}/orders")
    @NotAudited("Orders.forPerson audits the read with the ids of every person on the orders")
    String list(@PathVariable UUID personId, Model model) {
        PersonId person = person(personId);
        LocalDate today = orders.today();
        model.addAttribute("personId", person.toString());
        model.addAttribute("personName", people.name(person).orElse(""));
        model.addAttribute("orders", orders.forPerson(person).stream()
                .map(o -> OrderViews.listRow(o, person, today)).toList());
        model.addAttribute("types", orders.types().stream().map(OrderViews::typeRow).toList());
        return "orders/list";
    }

    @GetMapping("/people/{personId}/orders/new")
    @NotAudited("People.record audits the read of the person's record (the relations offered)")
    String form(@PathVariable UUID personId, Model model) {
        PersonId person = person(personId);
        model.addAttribute(FORM, new OrderForm());
        return page(person, model);
    }

    @PostMapping("/people/{personId}/orders")
    @NotAudited("Orders.record audits the new order in its transaction, with every person's id")
    String record(@PathVariable UUID personId, @ModelAttribute(FORM) OrderForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        PersonId person = person(personId);
        OrderType type = form.getType() == null ? null : orders.type(form.getType().strip()).orElse(null);
        boolean madeTimeNeeded = type != null && type.clocks().stream()
                .anyMatch(c -> c.anchor() == ClockRule.Anchor.MADE);
        Instant made = instant(result, "madeAt", form.getMadeAt(), form.getMadeAtTime(), madeTimeNeeded);
        Instant notice = instant(result, "noticeAt", form.getNoticeAt(), form.getNoticeAtTime(), true);
        Instant served = instant(result, "servedAt", form.getServedAt(), form.getServedAtTime(), false);
        Instant hearing = instant(result, "hearingAt", form.getHearingAt(), form.getHearingAtTime(), true);
        Instant notified = instant(result, "subjectNotifiedAt", form.getSubjectNotifiedAt(),
                form.getSubjectNotifiedAtTime(), false);
        LocalDate starts = FormErrors.date(result, "startsOn", form.getStartsOn());
        LocalDate ends = FormErrors.date(result, "endsOn", form.getEndsOn());
        Applicant applicant = FormErrors.choice(Applicant.class, form.getApplicant(), result, "applicant",
                "Choose who applied for the order");
        boolean subject = "SUBJECT".equals(form.getRole());
        if (!"SUBJECT".equals(form.getRole()) && !"PROTECTED".equals(form.getRole())) {
            result.rejectValue("role", "invalid", "Choose whether the order protects this person or is against them");
        }
        PersonId other = FormErrors.id(form.getOther(), PersonId::new);
        NewOrder order = new NewOrder(form.getType(), subject ? (other == null ? List.of() : List.of(other))
                : List.of(person), subject ? person : other, applicant, form.getApplicantDetail(),
                form.getAuthorisedBy(), made, notice, served, hearing, starts, ends, form.getConditions(),
                form.isElectronicMonitoring(), notified);
        try {
            if (result.hasErrors()) {
                orders.check(person, order); // what else is wrong, so the summary lists it all; saves nothing
            } else {
                ProtectiveOrder saved = orders.record(person, order);
                flash.addFlashAttribute("success", saved.type().shortName() + " recorded: " + saved.reference() + ".");
                return "redirect:/people/" + personId + "/orders/" + saved.id();
            }
        } catch (InvalidInputException e) {
            // the module names the people "protectedPersons" and "subject": on this form both are "other"
            List<InvalidInputException.Problem> mapped = new ArrayList<>();
            for (InvalidInputException.Problem p : e.problems()) {
                boolean party = p.field().equals("protectedPersons") || p.field().equals("subject");
                mapped.add(new InvalidInputException.Problem(party ? "other" : p.field(), p.message()));
            }
            FormErrors.reject(result, new InvalidInputException(mapped));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(person, model);
    }

    @GetMapping("/people/{personId}/orders/{orderId}")
    @NotAudited("Orders.find audits the read with the ids of every person on the order")
    String order(@PathVariable UUID personId, @PathVariable UUID orderId, Model model) {
        PersonId person = person(personId);
        ProtectiveOrder order = orders.find(new OrderId(orderId), person)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!model.containsAttribute(BREACH)) {
            model.addAttribute(BREACH, new BreachForm());
        }
        return orderPage(person, order, model);
    }

    @PostMapping("/people/{personId}/orders/{orderId}/breaches")
    @NotAudited("Orders.recordBreach audits the breach in its transaction, with every person's id")
    String breach(@PathVariable UUID personId, @PathVariable UUID orderId, @ModelAttribute(BREACH) BreachForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        PersonId person = person(personId);
        OrderId id = new OrderId(orderId);
        LocalDate on = FormErrors.date(result, "occurredOn", form.getOccurredOn());
        PoliceResponse police = FormErrors.choice(PoliceResponse.class, form.getPoliceResponse(), result,
                "policeResponse", "Choose what the police did");
        try {
            FormErrors.refuseAny(result);
            orders.recordBreach(id, person, new NewBreach(on, police, form.getDetails()));
            flash.addFlashAttribute("success", "Breach recorded.");
            return "redirect:/people/" + personId + "/orders/" + orderId;
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        }
        ProtectiveOrder order = orders.find(id, person)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return orderPage(person, order, model);
    }

    private String orderPage(PersonId person, ProtectiveOrder order, Model model) {
        LocalDate today = orders.today();
        model.addAttribute("personId", person.toString());
        model.addAttribute("personName", people.name(person).orElse(""));
        model.addAttribute("order", order);
        model.addAttribute("endingSoon", order.endingSoon(today));
        model.addAttribute("summary", OrderViews.summary(order, today));
        model.addAttribute("clocks", OrderViews.clocks(order, Instant.now()));
        model.addAttribute("breaches", OrderViews.breaches(order));
        model.addAttribute("policeOptions", Option.withNone("Choose a response", Option.of(PoliceResponse::label,
                PoliceResponse.values())));
        model.addAttribute("breachFields", BreachForm.FIELDS);
        return "orders/order";
    }

    private String page(PersonId person, Model model) {
        PersonRecord record = people.record(person)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("personId", person.toString());
        model.addAttribute("personName", people.name(person).orElse(""));
        List<OrderType> types = orders.types();
        model.addAttribute("typeOptions", Option.withNone("Choose a type", types.stream()
                .map(t -> new Option(t.code(), t.name())).toList()));
        model.addAttribute("roleOptions", List.of(new Option("PROTECTED", "It protects this person"),
                new Option("SUBJECT", "It is against this person")));
        model.addAttribute("otherOptions", Option.withNone("Choose a person", record.relationships().stream()
                .map(r -> new Option(r.other().toString(), r.otherName() + " (" + r.label() + ")")).toList()));
        model.addAttribute("applicantOptions", Option.of(Applicant::label, Applicant.values()));
        model.addAttribute("types", types.stream().map(OrderViews::typeRow).toList());
        model.addAttribute("fields", OrderForm.FIELDS);
        return "orders/new";
    }

    /** A date and a time typed ("14:30", UK time), or null when both are blank. */
    static Instant instant(BindingResult result, String field, DateParts date, String time, boolean timeNeeded) {
        LocalDate day = FormErrors.date(result, field, date);
        boolean noTime = time == null || time.isBlank();
        if (day == null) {
            if (!noTime && (date == null || date.blank())) {
                result.rejectValue(field, "invalid", "Enter the date as well as the time");
            }
            return null;
        }
        if (noTime) {
            if (timeNeeded) {
                result.rejectValue(field + "Time", "invalid", "Enter the time, for example 14:30: a clock starts then");
                return null;
            }
            return day.atStartOfDay(Dates.UK).toInstant();
        }
        Matcher m = TIME.matcher(time);
        try {
            if (!m.matches()) {
                throw new DateTimeException("not a time");
            }
            return day.atTime(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                    .atZone(Dates.UK).toInstant();
        } catch (DateTimeException e) {
            result.rejectValue(field + "Time", "invalid", "Enter a real time on the 24-hour clock, for example 14:30");
            return null;
        }
    }
}
