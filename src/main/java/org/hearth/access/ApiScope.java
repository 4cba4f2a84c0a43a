package org.hearth.access;

import java.util.Arrays;
import java.util.Optional;

/** What an API client may do; each scope is a {@code SCOPE_...} authority of a request carrying its token. */
public enum ApiScope {
    REFERRALS_WRITE("referrals:write", "Send referrals"),
    REFERRALS_READ("referrals:read", "Read back referrals its agency made"),
    MARAC_REFERRALS_WRITE("marac-referrals:write", "Refer people its agency holds a record of to MARAC"),
    CASEWORK_READ("casework:read", "Read the cases of its agency's case-holding services (IDVA, outreach)"),
    CASEWORK_REFERRALS_WRITE("casework-referrals:write",
            "Refer people its agency holds a record of to a case-holding service (IDVA, outreach)"),
    COMMISSIONING_READ("commissioning:read",
            "Read the partnership's commissioning budgets, contributions and spend, and the safe accommodation figures"),
    COMMISSIONING_SPEND_WRITE("commissioning-spend:write", "Record spend against the partnership's commissioning budgets"),
    AMBASSADORS_WRITE("ambassadors:write",
            "Register its own agency's DV ambassadors and record their refreshers, reach and stepping down");

    private final String value;
    private final String label;

    ApiScope(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** As written in tokens and docs, e.g. {@code referrals:write}. */
    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. {@code SCOPE_referrals:write}. */
    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
