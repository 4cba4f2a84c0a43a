package org.hearth.insights;

/** What the indicators are split by: area, or one equality characteristic of the victim. */
public enum Dimension {
    AREA("Area", "area"),
    ETHNICITY("Ethnicity", "ethnicity"),
    FIRST_LANGUAGE("First language", "first-language"),
    AGE_BAND("Age band", "age-band"),
    SEX("Sex", "sex"),
    DISABILITY("Disability", "disability"),
    SEXUAL_ORIENTATION("Sexual orientation", "sexual-orientation");

    private final String label;
    private final String slug;

    Dimension(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    public String label() {
        return label;
    }

    /** As in URLs and table ids, e.g. "first-language". */
    public String slug() {
        return slug;
    }

    public static java.util.Optional<Dimension> fromSlug(String slug) {
        for (Dimension d : values()) {
            if (d.slug.equals(slug) || d.name().equalsIgnoreCase(slug)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }
}
