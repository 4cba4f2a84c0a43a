package org.hearth.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One choice of a select, radios or checkboxes fragment in {@code templates/components.html}: the value posted,
 * the label shown, an optional hint under the label, and whether it is an exclusive choice ("None", "All areas"),
 * which the checkboxes show after an "or" divider and untick the others for. {@code idSuffix} (usually null) gives
 * the input the id {@code name-idSuffix} instead of GOV.UK Frontend's {@code name}, {@code name-2}, ...: for the
 * few forms whose item ids were fixed before the fragments ({@code survivor-left}, {@code outcome-MARAC}).
 */
public record Option(String value, String label, String hint, boolean exclusive, String idSuffix) {

    public Option(String value, String label) {
        this(value, label, null, false, null);
    }

    public Option(String value, String label, String hint, boolean exclusive) {
        this(value, label, hint, exclusive, null);
    }

    /** This choice with its input's id ending in {@code -suffix}. */
    public Option withIdSuffix(String suffix) {
        return new Option(value, label, hint, exclusive, suffix);
    }

    /** The input's id for this choice, the {@code count}th (from 1) of the field {@code name}. */
    public String idIn(String name, int count) {
        return idSuffix != null ? name + "-" + idSuffix : count == 1 ? name : name + "-" + count;
    }

    /** A choice with a hint under its label. */
    public static Option hinted(String value, String label, String hint) {
        return new Option(value, label, hint, false);
    }

    /** A choice that excludes the others ("None of these"), shown after an "or" divider. */
    public static Option exclusive(String value, String label) {
        return new Option(value, label, null, true);
    }

    /** One choice per constant, posted as its name. */
    @SafeVarargs
    public static <E extends Enum<E>> List<Option> of(Function<E, String> label, E... constants) {
        return Arrays.stream(constants).map(c -> new Option(c.name(), label.apply(c))).toList();
    }

    /** One choice per item, with the value and the label each takes from it. */
    public static <T> List<Option> of(Collection<T> items, Function<T, ?> value, Function<T, String> label) {
        return items.stream().map(i -> new Option(String.valueOf(value.apply(i)), label.apply(i))).toList();
    }

    /** {@code options} after a first, blank choice labelled {@code label} ("Choose a stage"). */
    public static List<Option> withNone(String label, List<Option> options) {
        List<Option> out = new ArrayList<>(List.of(new Option("", label)));
        out.addAll(options);
        return out;
    }

    /**
     * Whether this choice is the current value: {@code current} may be null, a string, an enum constant (compared by
     * name), any other value (compared as text), or a collection or array of those (for checkboxes).
     */
    public boolean chosenIn(Object current) {
        if (current == null) {
            return false;
        }
        if (current instanceof Collection<?> many) {
            return many.stream().anyMatch(this::chosenIn);
        }
        if (current instanceof Object[] many) {
            return Arrays.stream(many).anyMatch(this::chosenIn);
        }
        String text = current instanceof Enum<?> e ? e.name() : String.valueOf(current);
        return value.equals(text);
    }
}
