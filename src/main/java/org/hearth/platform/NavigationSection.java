package org.hearth.platform;

/** Groups of navigation items: each has a page listing its items ({@code /sections/{slug}}). */
public enum NavigationSection implements Worded {
    FRONT_DOOR("Referrals in: make a referral, the triage queue, the daily hub meeting and the police incident import."),
    CASEWORK("Your cases and the case-holding services: allocation, contact, safety plans and handovers."),
    PEOPLE("Records of people: add a person, possible duplicates and access reviews."),
    PARTNERSHIP("How the partnership works together: groups and meetings, the public directory of services and the "
            + "indicators."),
    STRATEGY("The strategy and action plan, the BVPI 225 self-assessment and training."),
    ADMINISTRATION("The partnership's settings, agencies, users and their role approvals, API clients and the audit "
            + "trail.");

    private final String description;

    NavigationSection(String description) {
        this.description = description;
    }

    public String path() {
        return "/sections/" + slug();
    }

    /** As in its page's URL, e.g. "front-door". */
    public String slug() {
        return Enums.slug(name());
    }

    public String description() {
        return description;
    }
}
