package org.hearth.platform;

/** Groups of navigation items: each has a page listing its items ({@code /sections/{slug}}). */
public enum NavigationSection {
    FRONT_DOOR("Front door", "front-door", "Referrals in: make a referral, the triage queue, the daily hub meeting "
            + "and the police incident import."),
    CASEWORK("Casework", "casework", "Your cases and the case-holding services: allocation, contact, safety plans "
            + "and handovers."),
    PEOPLE("People", "people", "Records of people: add a person, possible duplicates and access reviews."),
    PARTNERSHIP("Partnership", "partnership", "How the partnership works together: groups and meetings, the "
            + "public directory of services and the indicators."),
    STRATEGY("Strategy", "strategy", "The strategy and action plan, the BVPI 225 self-assessment and training."),
    ADMINISTRATION("Administration", "administration", "The partnership's settings, agencies, users and their "
            + "role approvals, API clients and the audit trail.");

    private final String label;
    private final String slug;
    private final String description;

    NavigationSection(String label, String slug, String description) {
        this.label = label;
        this.slug = slug;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String path() {
        return "/sections/" + slug;
    }

    public String slug() {
        return slug;
    }

    public String description() {
        return description;
    }
}
