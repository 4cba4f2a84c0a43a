package org.hearth.insights;

import java.util.Optional;
import org.hearth.platform.Enums;
import org.hearth.platform.Worded;

/** What the indicators are split by: area, or one equality characteristic of the victim. */
public enum Dimension implements Worded {
    AREA,
    ETHNICITY,
    FIRST_LANGUAGE,
    AGE_BAND,
    SEX,
    DISABILITY,
    SEXUAL_ORIENTATION;

    /** As in URLs and table ids, e.g. "first-language". */
    public String slug() {
        return Enums.slug(name());
    }

    public static Optional<Dimension> fromSlug(String slug) {
        for (Dimension d : values()) {
            if (d.slug().equals(slug) || d.name().equalsIgnoreCase(slug)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
