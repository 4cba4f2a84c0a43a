package org.hearth.access;

/** What a user may do. A user may hold several roles. */
public enum Role {
    SYSTEM_ADMIN("System administrator", "Manages agencies, users and the audit trail"),
    PARTNERSHIP_COORDINATOR("Partnership coordinator", "Runs the partnership: strategy, monitoring, reports"),
    HUB_COORDINATOR("Hub or MARAC coordinator", "Runs the daily hub and MARAC meetings"),
    PRACTITIONER("Practitioner", "Works cases: referrals, risk assessments, support"),
    AGENCY_REPRESENTATIVE("Agency representative", "Represents an agency at meetings and owns its actions"),
    ANALYST("Analyst", "Sees aggregate figures only, never a person"),
    ESTABLISHMENT_CONTACT("School or GP practice key adult",
            "Sees only the notifications sent to their own school or GP practice, and acknowledges them"),
    DISCLOSURE_TEAM("Disclosure team (Clare's Law)",
            "Handles Domestic Violence Disclosure Scheme applications; the only role that sees them"),
    INFORMATION_GOVERNANCE("Information governance",
            "Handles subject access requests and corrections, and reviews break-glass openings; reads a person's record only for a request");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Roles that work with individual people's records (never analysts, who see aggregate figures only). */
    public static final java.util.Set<Role> CASEWORK = java.util.EnumSet.of(HUB_COORDINATOR, PRACTITIONER,
            AGENCY_REPRESENTATIVE);

    /**
     * {@link #CASEWORK} for {@code @PreAuthorize}: a constant, as an annotation needs (the pages and APIs that work
     * with a person's records: casework, MARAC, orders, risk, housing, a child's school, the hub's actions, the people
     * search, the disclosure checks; {@code CaseworkRolesTest}).
     */
    public static final String WORKS_CASES = "hasAnyRole('HUB_COORDINATOR', 'PRACTITIONER', 'AGENCY_REPRESENTATIVE')";

    /**
     * Partnership coordinators and administrators, for {@code @PreAuthorize}: who manages the partnership's own records
     * (its strategy, board reports, retention schedule, refuge directory; the partnership module's groups spell it
     * themselves, as access is built on partnership).
     */
    public static final String MANAGES_PARTNERSHIP = "hasAnyRole('PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN')";

    /**
     * Partnership coordinators alone, for {@code @PreAuthorize}: who keeps the budgets and contracts, the death reviews
     * and the retention review.
     */
    public static final String COORDINATES_PARTNERSHIP = "hasRole('PARTNERSHIP_COORDINATOR')";

    /**
     * Roles that open people's records: an administrator's grant of one needs a reason and waits for a second
     * administrator or a partnership coordinator to approve it ({@link StaffUsers#changeRoles}).
     */
    public static final java.util.Set<Role> NEEDS_APPROVAL = java.util.EnumSet.of(HUB_COORDINATOR, PRACTITIONER,
            AGENCY_REPRESENTATIVE, DISCLOSURE_TEAM, INFORMATION_GOVERNANCE);

    /** Roles whose holders may approve another administrator's grant of a role in {@link #NEEDS_APPROVAL}. */
    public static final java.util.Set<Role> APPROVERS = java.util.EnumSet.of(SYSTEM_ADMIN, PARTNERSHIP_COORDINATOR);

    /**
     * Roles that see the partnership's figures (insights, its API and the modules' figure pages: orders, casework,
     * the hub's volumes, MARAC returns): figures only, so analysts too, never a person.
     */
    public static final java.util.Set<Role> INSIGHTS = java.util.EnumSet.of(PARTNERSHIP_COORDINATOR, SYSTEM_ADMIN,
            ANALYST, HUB_COORDINATOR);

    /** {@link #INSIGHTS} for {@code @PreAuthorize}: a constant, as an annotation needs ({@code InsightsRolesTest}). */
    public static final String SEES_INSIGHTS =
            "hasAnyRole('PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN', 'ANALYST', 'HUB_COORDINATOR')";

    /** The Spring Security authorities of {@code roles}. */
    public static String[] authorities(java.util.Set<Role> roles) {
        return roles.stream().map(Role::authority).toArray(String[]::new);
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
