package org.hearth.access;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.hearth.partnership.AgencyId;

/** What an administrator enters for a user. The username cannot change once created. */
public record StaffUserDetails(
        @NotBlank(message = "Enter a username")
        @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,59}$",
                message = "Username must be 3 to 60 lower-case letters, digits, dots, dashes or underscores")
        String username,
        @NotBlank(message = "Enter the person’s full name") @Size(max = 200, message = "Name must be 200 characters or fewer")
        String displayName,
        @Email(message = "Enter an email address in the correct format, like name@example.org") @Size(max = 254)
        String email,
        @NotNull(message = "Select the user’s agency") AgencyId agency,
        @NotEmpty(message = "Select at least one role") Set<Role> roles,
        boolean enabled) {
}
