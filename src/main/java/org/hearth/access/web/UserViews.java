package org.hearth.access.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.access.Role;
import org.hearth.access.RoleGrant;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;

/**
 * The words, dates and rows the user administration pages show, made from staff users and agencies: no request, no
 * model, no store, so each is unit-tested ({@code UserViewsTest}).
 */
final class UserViews {

    static final String UNKNOWN_AGENCY = "Unknown agency";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH)
            .withZone(Dates.UK);

    private UserViews() {
    }

    /** A row of the users table. */
    record UserRow(String id, String name, String username, String agency, String roles, boolean enabled,
            boolean locked, boolean mfaEnrolled, boolean demo) {
    }

    static UserRow row(StaffUser u, Map<AgencyId, String> agencies) {
        return new UserRow(u.id().toString(), u.displayName(), u.username(),
                agencies.getOrDefault(u.agency(), UNKNOWN_AGENCY), roleLabels(u), u.enabled(), u.locked(),
                u.mfaEnrolled(), u.demo());
    }

    /** A user's page: what an administrator may change links to the change form. */
    static List<SummaryRow> summary(StaffUser user, String agency, List<RoleGrant> pending) {
        String edit = "/admin/users/" + user.id() + "/edit";
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Full name", user.displayName(), edit, "Change"));
        rows.add(new SummaryRow("Username", user.username()));
        rows.add(new SummaryRow("Email address", user.email() == null ? "Not given" : user.email(), edit, "Change"));
        rows.add(new SummaryRow("Agency", agency, edit, "Change"));
        rows.add(new SummaryRow("Roles", roleLabels(user), edit, "Change"));
        if (!pending.isEmpty()) {
            rows.add(new SummaryRow("Awaiting approval", pending.stream().map(g -> g.role().label() + " (asked by "
                    + g.requestedByName() + ")").collect(Collectors.joining(", "))));
        }
        rows.add(new SummaryRow("Account", user.enabled() ? "Enabled" : "Disabled: cannot sign in", edit, "Change"));
        rows.add(new SummaryRow("Second factor", user.mfaEnrolled() ? "Set up"
                : user.demo() ? "Not set up (demo account: signs in with a password only)"
                        : "Not set up: they will set one up when they next sign in"));
        rows.add(new SummaryRow("Last signed in", user.lastLoginAt() == null ? "Never" : when(user.lastLoginAt())));
        return rows;
    }

    /** The agencies to choose from (the form's own rule: see {@link #agencyChoices}), none chosen first. */
    static List<Option> agencyOptions(List<Agency> choices) {
        List<Option> options = new ArrayList<>(List.of(new Option("", "Select an agency")));
        options.addAll(Option.of(choices, a -> a.id().value(), a -> a.name() + (a.active() ? "" : " (inactive)")));
        return options;
    }

    /** Active agencies, plus the user's own if it has become inactive ({@code user} null when adding one). */
    static List<Agency> agencyChoices(List<Agency> agencies, StaffUser user) {
        return agencies.stream().filter(a -> a.active() || (user != null && a.id().equals(user.agency()))).toList();
    }

    static List<Option> roleOptions() {
        return Arrays.stream(Role.values()).map(r -> Option.hinted(r.name(), r.label(), r.description())).toList();
    }

    /** What the success message adds when a role waits for a second administrator's approval. */
    static String awaiting(StaffUsers.RoleChange change) {
        if (change.awaitingApproval().isEmpty()) {
            return "";
        }
        return " " + change.awaitingApproval().stream().sorted().map(Role::label).collect(Collectors.joining(", "))
                + " lets them see people's records, so it waits for another administrator or the partnership "
                + "coordinator to approve it.";
    }

    static String roleLabels(StaffUser user) {
        return user.roles().stream().sorted(Comparator.naturalOrder()).map(Role::label)
                .collect(Collectors.joining(", "));
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
