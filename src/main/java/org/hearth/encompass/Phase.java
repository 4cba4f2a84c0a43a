package org.hearth.encompass;

import java.util.Locale;
import java.util.Optional;

/** A school's phase, as the register (and the CSV import) names it. */
public enum Phase {
    PRIMARY("Primary"),
    SECONDARY("Secondary"),
    ALL_THROUGH("All-through"),
    SPECIAL("Special"),
    ALTERNATIVE_PROVISION("Alternative provision"),
    FURTHER_EDUCATION("Further education"),
    SIXTEEN_TO_NINETEEN("16 to 19"),
    INDEPENDENT("Independent"),
    LOCAL_AUTHORITY("Local authority education safeguarding team");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The phase a CSV cell or form names: by label or by name, any case; empty when unknown. */
    public static Optional<Phase> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (Phase p : values()) {
            if (p.label.toLowerCase(Locale.ROOT).replace('-', ' ').equals(t)
                    || p.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
