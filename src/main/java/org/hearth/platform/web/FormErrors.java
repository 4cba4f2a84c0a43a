package org.hearth.platform.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.InvalidInputException.Problem;
import org.hearth.platform.TypedId;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The one way a page puts refused input on its form: a module's {@link InvalidInputException} onto the fields it
 * names, and what the binder or the page could not read (text breaking the input rules, an unreal date) refused
 * before the module is asked. The page then answers 400 with the error summary and each field's message.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Puts each refusal on the field it names (a field already in error keeps its first message), or on the form as
     * a whole when the form has no such field.
     */
    public static void reject(BindingResult result, InvalidInputException e) {
        BeanWrapperImpl target = result.getTarget() == null ? null : new BeanWrapperImpl(result.getTarget());
        for (Problem p : e.problems()) {
            if (target != null && isField(target, p.field())) {
                if (!result.hasFieldErrors(p.field())) {
                    result.rejectValue(p.field(), "invalid", p.message());
                }
            } else {
                result.reject("invalid", p.message());
            }
        }
    }

    /**
     * The same refusals with the module's field names changed to the page's ({@code names} maps module to page),
     * for a form whose field differs from the module's name for it.
     */
    public static InvalidInputException rename(InvalidInputException e, Map<String, String> names) {
        return new InvalidInputException(e.problems().stream().map(p -> new Problem(
                names.getOrDefault(p.field(), p.field()), p.message())).toList());
    }

    private static boolean isField(BeanWrapperImpl target, String field) {
        try {
            return target.isReadableProperty(field);
        } catch (RuntimeException e) { // a nested path through a null or an index out of range
            return false;
        }
    }

    /**
     * Refuses the form when any field is in error, whether the binder put it there (text breaking the platform's
     * input rule, which would otherwise be saved as blank) or the page (an unreal date, a choice not offered): the
     * module is then never asked, so a date the page could not read is never passed on as no date (written without
     * it, or refused a second time as missing beside the page's own message).
     */
    public static void refuseAny(BindingResult result) {
        List<Problem> problems = new ArrayList<>();
        for (FieldError e : result.getFieldErrors()) {
            problems.add(new Problem(e.getField(), e.getDefaultMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A date typed, or null: blank is left to the module's check, an unreal date is an error on the field here. */
    public static LocalDate date(BindingResult result, String field, DateParts parts) {
        if (parts == null || parts.blank()) {
            return null;
        }
        Optional<LocalDate> date = parts.toDate();
        if (date.isEmpty()) {
            result.rejectValue(field, "invalid", "The date must be a real date, for example 27 3 2026");
            return null;
        }
        return date.get();
    }

    /**
     * A date that must be typed and be {@code today} or before (a meeting held, training delivered), or null with the
     * field in error: {@code required} when blank, the real-date message when unreal, {@code future} when after today.
     */
    public static LocalDate pastDate(BindingResult result, String field, DateParts parts, LocalDate today,
            String required, String future) {
        if (parts == null || parts.blank()) {
            result.rejectValue(field, "required", required);
            return null;
        }
        LocalDate date = date(result, field, parts);
        if (date != null && date.isAfter(today)) {
            result.rejectValue(field, "future", future);
            return null;
        }
        return date;
    }

    /**
     * A choice (an enum constant's name) from a form, or null: blank is left to the module's check (it says what
     * is missing), a name that is not one of {@code type}'s is {@code message} on the field here.
     */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, BindingResult result, String field,
            String message) {
        E chosen = constant(type, value);
        if (chosen == null && value != null && !value.isBlank()) {
            result.rejectValue(field, "invalid", message);
        }
        return chosen;
    }

    /**
     * A choice (an enum constant's name) sent to the API, or null: blank is left to the module's check, a name that is
     * not one of {@code type}'s is refused here as {@code message} on {@code field} (a 400 naming the field).
     */
    public static <E extends Enum<E>> E named(Class<E> type, String value, String field, String message) {
        E chosen = constant(type, value);
        if (chosen == null && value != null && !value.isBlank()) {
            throw InvalidInputException.of(field, message);
        }
        return chosen;
    }

    /**
     * The constant of {@code type} named {@code value}, or null for blank or unknown: for a page whose module then
     * names the field (a form read as a map, with no binding result).
     */
    public static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * An id chosen from a list, or null when blank; text that is not an id ({@link TypedId#uuid}) becomes a random id,
     * which the module refuses as unknown, so the field gets the module's message.
     */
    public static <T> T id(String text, Function<UUID, T> make) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return make.apply(TypedId.uuid(text).orElseGet(UUID::randomUUID));
    }
}
