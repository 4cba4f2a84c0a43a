package org.hearth.orders.internal;

import static org.hearth.orders.internal.OrderWords.articled;
import static org.hearth.orders.internal.OrderWords.days;
import static org.hearth.orders.internal.OrderWords.kindWords;
import static org.hearth.orders.internal.OrderWords.lowerFirst;
import static org.hearth.orders.internal.OrderWords.words;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.orders.ClockRule;
import org.hearth.orders.NewBreach;
import org.hearth.orders.NewOrder;
import org.hearth.orders.OrderClocks;
import org.hearth.orders.OrderType;
import org.hearth.orders.ProtectiveOrder;
import org.hearth.people.PersonId;
import org.hearth.platform.DateRules;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * What an order, a breach and an order type's clock or length must be, without the database: each rule refuses with
 * an {@link InvalidInputException} naming every field at fault, in the order of the form. Who may be named on an
 * order is asked of the caller ({@link Naming}: {@link OrderService}'s need-to-know guard).
 */
@Component
class OrderRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 200;
    static final int MAX_DETAILS = 2000;
    static final int MAX_LENGTH_DAYS = 3650;
    static final int MAX_WARNING_DAYS = 365;
    static final int MAX_CLOCK_AMOUNT = 1000;
    /** How far ahead of now a time may be entered (a clock a little fast). */
    static final long LEEWAY_SECONDS = 3600;

    /** Of the people an order names besides the one it is recorded through, those the actor may not name. */
    interface Naming {
        Set<PersonId> refused(PersonId through, Set<PersonId> others);
    }

    private final OrderClocks clocks;

    OrderRules(OrderClocks clocks) {
        this.clocks = clocks;
    }

    // ------------------------------------------------------------------------------------------------ orders

    /** Every check of an order; its type when it passes. {@code types} are all types, {@code now} the time now. */
    OrderType order(PersonId through, NewOrder o, List<OrderType> types, Naming naming, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        OrderType type = null;
        if (o.typeCode() == null || o.typeCode().isBlank()) {
            errors.put("type", "Choose the type of order");
        } else {
            String code = o.typeCode().strip();
            type = types.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
            if (type == null) {
                errors.put("type", "Choose a type of order from the list");
            }
        }
        people(through, o, naming, errors);
        if (o.applicant() == null) {
            errors.put("applicant", "Choose who applied for the order");
        } else if (type != null && !type.applicants().contains(o.applicant())) {
            errors.put("applicant", "Applications for " + articled(type) + " are made by "
                    + words(type.applicants().stream().sorted().map(a -> lowerFirst(a.label())).toList())
                    + ": choose one of them");
        }
        length(o.applicantDetail(), "applicantDetail", "Who applied", MAX_SHORT, errors);
        if (type != null && type.authorisation() != null && blank(o.authorisedBy())) {
            errors.put("authorisedBy", "Give the name and rank of the officer who authorised the "
                    + type.shortName() + " (" + lowerFirst(type.authorisation()) + ")");
        }
        length(o.authorisedBy(), "authorisedBy", "Who authorised it", MAX_SHORT, errors);
        times(o, type, now.plusSeconds(LEEWAY_SECONDS), errors);
        if (type != null) {
            clocks(type, o, errors);
        }
        startAndEnd(o, type, errors);
        length(o.conditions(), "conditions", "The conditions", MAX_TEXT, errors);
        if (o.electronicMonitoring() && type != null && !type.electronicMonitoring()) {
            errors.put("electronicMonitoring", "Electronic monitoring can be a condition only of "
                    + words(types.stream().filter(OrderType::electronicMonitoring).map(OrderType::shortName).toList()));
        }
        InvalidInputException.refuseIfAny(errors);
        return type;
    }

    /**
     * The people named: at least one protected, a subject who is not also protected, the person it is recorded
     * through among them, and every other one a person {@code naming} allows.
     */
    private static void people(PersonId through, NewOrder o, Naming naming, Map<String, String> errors) {
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
        Set<PersonId> refused = naming.refused(through, others);
        for (PersonId p : others) {
            if (refused.contains(p)) {
                String field = p.equals(o.subject()) ? "subject" : "protectedPersons";
                errors.putIfAbsent(field, "Choose a person from this person's record");
            }
        }
    }

    /** When it was made, given notice of, served and notified: in order, none in the future, within the type's dates. */
    private static void times(NewOrder o, OrderType type, Instant soon, Map<String, String> errors) {
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
    }

    /** An enforced hearing clock refuses a hearing outside it; a hearing before its anchor is refused always. */
    private void clocks(OrderType type, NewOrder o, Map<String, String> errors) {
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
                errors.put(field, "The hearing must be by " + OrderWords.time(clocks.due(rule, from)) + ": within "
                        + rule.describeFrom());
            }
        }
    }

    /** The days it starts and ends: not before it was made, the end not before the start, within the type's length. */
    private static void startAndEnd(NewOrder o, OrderType type, Map<String, String> errors) {
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
    }

    /** The time a clock counts from: when the order was made, the notice given or the order served. */
    static Instant anchor(ClockRule rule, Instant made, Instant notice, Instant served) {
        return switch (rule.anchor()) {
            case MADE -> made;
            case NOTICE -> notice;
            case SERVED -> served;
        };
    }

    // ------------------------------------------------------------------------------------------------ breaches

    /** A breach: on a day the order was in force and not in the future, with what the police did. */
    static void breach(NewBreach b, ProtectiveOrder order, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (DateRules.past(errors, "occurredOn", b.occurredOn(), today, "Enter the date of the breach",
                "The date of the breach cannot be in the future")) {
            if (b.occurredOn().isBefore(order.startsOn())) {
                errors.put("occurredOn", "The breach must be on or after the day the order starts ("
                        + Dates.DAY.format(order.startsOn()) + ")");
            } else if (order.endsOn() != null && b.occurredOn().isAfter(order.endsOn())) {
                errors.put("occurredOn", "The breach must be on or before the day the order ends ("
                        + Dates.DAY.format(order.endsOn()) + ")");
            }
        }
        if (b.policeResponse() == null) {
            errors.put("policeResponse", "Choose what the police did");
        }
        length(b.details(), "details", "The details", MAX_DETAILS, errors);
        InvalidInputException.refuseIfAny(errors);
    }

    // ------------------------------------------------------------------------------------------------ types

    /** A clock added to ({@code adding}) or changed on a type; its label, stripped, when it passes. */
    static String clock(OrderType type, ClockRule clock, boolean adding) {
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
        if (clock.amount() < 1 || clock.amount() > MAX_CLOCK_AMOUNT) {
            errors.put("amount", "Enter a whole number from 1 to " + MAX_CLOCK_AMOUNT);
        }
        if (clock.unit() == null) {
            errors.put("unit", "Choose hours or days");
        }
        InvalidInputException.refuseIfAny(errors);
        return label;
    }

    /** A type's shortest and longest length (null: none) and how many days before the end its worker is warned. */
    static void length(OrderType type, Integer minDays, Integer maxDays, Integer warningDays) {
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
            errors.put("warningDays", "A " + type.shortName() + " can last " + days(minDays) + ": a warning "
                    + days(warningDays) + " before it ends would show on its first day. Enter "
                    + (minDays <= 2 ? "0 (warned on its last day)" : "at most " + (minDays - 2)));
        }
        InvalidInputException.refuseIfAny(errors);
    }

    // ------------------------------------------------------------------------------------------------ helpers


    static LocalDate day(Instant instant) {
        return ZonedDateTime.ofInstant(instant, Dates.UK).toLocalDate();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void length(String value, String field, String what, int max, Map<String, String> errors) {
        if (value != null && value.strip().length() > max) {
            errors.putIfAbsent(field, what + " must be " + max + " characters or fewer");
        }
    }
}
