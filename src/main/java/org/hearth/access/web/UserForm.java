package org.hearth.access.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserDetails;
import org.hearth.partnership.AgencyId;

/** The change user form, as typed: everything about a user except the username and password. */
public class UserForm {

    @NotBlank(message = "Enter the person's full name")
    @Size(max = 200, message = "Full name must be 200 characters or fewer")
    private String displayName;

    @Email(message = "Enter an email address in the correct format, like name@example.org")
    @Size(max = 254, message = "Email address must be 254 characters or fewer")
    private String email;

    @NotNull(message = "Select the user's agency")
    private UUID agency;

    @NotEmpty(message = "Select at least one role")
    private Set<Role> roles = new LinkedHashSet<>();

    private boolean enabled = true;

    @Size(max = 1000, message = "Reason must be 1,000 characters or fewer")
    private String reason;

    static UserForm of(StaffUser user) {
        UserForm form = new UserForm();
        form.displayName = user.displayName();
        form.email = user.email();
        form.agency = user.agency().value();
        form.roles = user.roles().isEmpty() ? new LinkedHashSet<>() : new LinkedHashSet<>(EnumSet.copyOf(user.roles()));
        form.enabled = user.enabled();
        return form;
    }

    StaffUserDetails details(String username) {
        return new StaffUserDetails(username, displayName.trim(), email == null || email.isBlank() ? null : email.trim(),
                new AgencyId(agency), Set.copyOf(roles), enabled);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    /** Trimmed, so a stray space pasted with the address is not an error. */
    public void setEmail(String email) {
        this.email = email == null ? null : email.trim();
    }

    public UUID getAgency() {
        return agency;
    }

    public void setAgency(UUID agency) {
        this.agency = agency;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : roles;
    }

    /** Why the user needs a role that opens people's records (shown to the second person who approves it). */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
